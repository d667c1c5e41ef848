"""English reports and speakers from dev17's errors (helper h_en18): research as the speaker of its findings,
documents given as sources, labels after naming verbs. Texts written for these tests, or small pieces of
Wikinews text where a comment names the article."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


# ---- research findings ---------------------------------------------------------------------

def test_scientists_named_by_their_field_speak_as_research():
    # group_speakers / research_heads 'archaeologists', 'astronomers' (Wikinews, 'Scientists report
    # correlation between locations of Easter Island statues and water', 2019-01-12)
    body = ("The archaeologists say that this study is the first attempt to formally examine the idea that "
            "the locations of the moai are correlated to locations of resources.")
    assert ("archaeologists", "this study is the first attempt to formally examine the idea that the "
            "locations of the moai are correlated to locations of resources", None) in reports_of(body)
    body = "Astronomers said the object is a black hole about 1,000 light years away."
    assert [s for s, _, _ in reports_of(body)] == ["Astronomers"]


def test_an_existential_there_opens_a_finding():
    # finding_clause_openers 'there' (Wikinews, 'Astronomer tells Wikinews about discovery of closest
    # black hole known so far', 2020-05-22)
    body = ("Initially, they thought it was just a binary system. However, upon examination, the researchers "
            "concluded there was a third unseen object in the system.")
    assert ("researchers", "there was a third unseen object in the system", None) in reports_of(body)


def test_plural_research_suggests_and_shows():
    # research_findings 'suggest', 'show': the plural present of findings
    body = "The findings show the flies had trouble landing on the striped surfaces."
    assert ("findings", "the flies had trouble landing on the striped surfaces", None) in reports_of(body)
    # (not a finding verb after no research: pictures are no speaker)
    assert reports_of("The pictures show the flies had trouble landing on the striped surfaces.") == []


def test_a_conjecture_and_an_observation_are_reported():
    # indirect_say_verbs 'speculated', 'observed that' (Wikinews, 'Scientists report skyrocketing
    # phytoplankton population in aftermath of Kilauea eruption', 2019-09-08)
    body = ("The researchers have speculated this upwelling pattern may have occurred repeatedly during "
            "the volcanic process.")
    assert ("researchers", "this upwelling pattern may have occurred repeatedly during the volcanic process",
            None) in reports_of(body)
    body = "The minister observed that the flies had trouble landing on the striped surfaces."
    assert [s for s, _, _ in reports_of(body)] == ["minister"]
    assert reports_of("The researchers observed horse flies around zebras in captive settings.") == []


def test_press_reports_are_no_speaker():
    # news_outlets 'Press', 'Media': the press as such reports what it was told
    body = "Press reports have claimed that Fiat may be willing to accept a cash payment for dropping its claim."
    assert reports_of(body) == []


# ---- documents given as sources ------------------------------------------------------------

def test_a_document_named_by_its_issuer_speaks_for_it():
    # source_document (Wikinews, 'Hungarian state-owned enterprise acquires Hirtenberger Defence Group')
    body = ("US President Trump has called for NATO members to increase military spending. According to a "
            "March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its GDP on military "
            "expenditures in 2018.")
    assert ("NATO", "Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018",
            None) in reports_of(body)
    body = "The fire spread. According to a police statement, the man has been isolated and is in good condition."
    assert [s for s, _, _ in reports_of(body)] == ["police"]


def test_a_press_report_given_as_the_source_has_no_speaker():
    body = "According to a Reuters report, the man has been isolated and is in good condition."
    assert reports_of(body) == []


# ---- labels after naming verbs -------------------------------------------------------------

def test_a_capitalised_label_after_a_naming_verb_is_the_subjects():
    # naming_with_object (Wikinews, 'U.S. House formalizes rules for Trump impeachment proceedings')
    body = ("Donald Trump spoke on Monday. Trump referred to the vote as \"The Impeachment Hoax\".")
    assert ("Donald Trump", "The Impeachment Hoax", "US") in all_en(body)
    # (a name in use, in the passive, is no one's words)
    body = "Donald Trump spoke on Monday. The day is referred to as \"Super Tuesday\"."
    assert all_en(body) == []


# ---- where a reported clause ends ----------------------------------------------------------

def test_a_report_of_someone_else_joined_by_with_ends_the_clause():
    # indirect_cuts ', with ... claiming' (Wikinews, 'State-run bus crashes in Cuba en route to Havana,
    # killing seven', 2019-01-12)
    body = ("The bus overturned in wet conditions; the bus driver told reporters he lost control, with some "
            "local press claiming he was attempting to pass another vehicle.")
    assert reports_of(body) == [("driver", "he lost control", None)]


def test_the_emphatic_past_reports():
    # indirect_say_verbs 'did say' (Wikinews, 'National Basketball Association suspends season due to
    # COVID-19 concerns', 2020-03-13)
    body = ("The NBA did not release the identity of the player in question in its announcement. They did say "
            "he was not present at Chesapeake Energy Arena.")
    assert reports_of(body) == [("NBA", "he was not present at Chesapeake Energy Arena", None)]
    # (a denial stays no report)
    assert reports_of("The minister did not say the economy was growing.") == []


def test_a_statement_agreeing_with_a_clause_reports_it():
    # indirect_say_verbs 'agreeing' (Wikinews, 'US Federal judge rules American Samoans are citizens, then
    # delays implementation', 2019-12-16)
    body = ("The government of American Samoa issued a statement agreeing the issue should be decided by Congress "
            "and not by judges.")
    assert reports_of(body) == [("American Samoa", "the issue should be decided by Congress and not by judges",
                                 "AS")]


def test_the_channel_and_the_clock_time_between_a_report_verb_and_its_clause():
    # indirect_skip 'via Twitter', 'around 11:30 am (1830 UTC),' (Wikinews, 'Scheduled power outages in
    # Northern California begin', 2019-10-09)
    body = "PG&E announced via Twitter around 11:30 am (1830 UTC), phase one had been completed."
    assert reports_of(body) == [("PG&E", "phase one had been completed", None)]
    assert reports_of("Police said at 9 pm the road had reopened.") == [("Police", "the road had reopened", None)]
