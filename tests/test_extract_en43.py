"""English rules of the helper en (forty-third session): two firms by their one-word names as the joint
subject of a report ('Motorola and Apple announced ...'), each reporting the clause. Sentences invented for
these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


# ---- two one-word firms as a joint subject: each reports ----------------------------------------------

def test_two_one_word_firms_each_report_the_clause():
    body = ("Phone makers are betting on music.\n\n"
            "On Monday, Nokivo and Zentrix announced a new music service would be launched in the spring.")
    assert sorted(_who(body)) == [("Nokivo", "a new music service would be launched in the spring"),
                                  ("Zentrix", "a new music service would be launched in the spring")]


def test_two_rugby_regions_each_report_the_clause():
    body = ("The players will be released for the Six Nations.\n\n"
            "The Harriers and Kestrels say they are happy to support the national side.")
    assert sorted(_who(body)) == [("Harriers", "they are happy to support the national side"),
                                  ("Kestrels", "they are happy to support the national side")]


# ---- ... and what it leaves alone ----------------------------------------------------------------------

def test_a_surname_and_a_one_word_name_stay_one_speaker():
    # 'Dawlish' is a surname here (named in full before): no firm's one-word name, no pair
    body = ("Talks on the merger went on all week.\n\n"
            "Chief executive Tom Dawlish met Brennick in London. On Monday, Dawlish and Brennick announced "
            "the deal would close in May.")
    assert _who(body) == [("Brennick", "the deal would close in May")]


def test_a_given_name_is_no_firm():
    body = ("The band split last year.\n\n"
            "On Monday, Zentrix and Michael announced the tour would go ahead without them.")
    assert _who(body) == [("Michael", "the tour would go ahead without them")]


def test_a_name_after_an_honorific_is_no_firm():
    body = ("The band split last year.\n\n"
            "Mr Zentrix joined in 1999. On Monday, Zentrix and Brennick announced the tour would go ahead "
            "without them.")
    assert _who(body) == [("Brennick", "the tour would go ahead without them")]


# ---- a research project named with 'and' is one body ---------------------------------------------------

def test_project_named_with_and_is_one_body():
    body = ("Music players sell well.\n\n"
            "A study by the Harwick Internet and American Life Project found that music players are the gadget "
            "of choice among young buyers.")
    assert quote_fields(body, "speaker", "speaker_type", "country", lang="en") == [
        ("Harwick Internet and American Life Project", "organization", None)]


# ---- a finding in the present with no 'that': a plural subject and its plain verb ----------------------

def test_study_shows_a_bare_plural_with_a_plain_verb_and_a_comparison():
    body = ("Life expectancy keeps rising.\n\n"
            "The study shows women live longer than men in every region surveyed.")
    assert _who(body) == [("study", "women live longer than men in every region surveyed")]


def test_survey_found_a_plural_with_a_plain_verb_and_an_object():
    body = ("Pay is under pressure.\n\n"
            "The survey found small firms pay their staff less than large ones.")
    assert _who(body) == [("survey", "small firms pay their staff less than large ones")]


def test_research_showing_a_noun_object_and_an_adverb_reports_nothing():
    body = ("Shares fell.\n\n"
            "The research showed mixed results overall for the industry.")
    assert _who(body) == []


def test_police_finding_a_plural_object_reports_nothing():
    body = ("A search went on overnight.\n\n"
            "Police found boats drift further than expected in the bay.")
    assert _who(body) == []


def test_project_by_its_name_is_a_body():
    body = ("The wreck lies off the coast.\n\n"
            "The Harwick Project said the wreck was found last July near the coast.")
    assert quote_fields(body, "speaker", "speaker_type", lang="en") == [("Harwick Project", "organization")]


# ---- a firm named after its state ('France Telecom') is the firm, of no state ------------------------

def test_state_named_telecom_firm_is_one_body_of_no_state():
    body = ("Phone firms are cutting costs.\n\n"
            "Norway Telecom said it would cut 2,000 jobs next year.")
    assert quote_fields(body, "speaker", "speaker_type", "country", lang="en") == [
        ("Norway Telecom", "organization", None)]


def test_state_before_an_office_still_gives_the_state():
    body = ("Phone firms are cutting costs.\n\n"
            "Norway's telecoms minister Kari Holm said the state would keep its stake.")
    assert quote_fields(body, "speaker", "country", lang="en") == [("Kari Holm", "NO")]


def test_one_word_firms_of_a_joint_subject_are_bodies():
    body = ("Phone makers are betting on music.\n\n"
            "On Monday, Nokivo and Zentrix announced a new music service would be launched in the spring.")
    assert sorted(quote_fields(body, "speaker", "speaker_type", lang="en")) == [
        ("Nokivo", "organization"), ("Zentrix", "organization")]
