"""A group speaker joined by 'for' to those it acts for is still the subject (helper h_enrec29).
Sentences invented for these tests, in the shape of English entertainment and technology news."""
from __future__ import annotations

from .extract_cases import run


def _reports(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "indirect"]


# ---- 'Lawyers for the pair said ...': the group speaks, as 'Organizers of the rally said' does --------

def test_lawyers_for_the_people_a_story_is_about_report_a_clause():
    body = ("Two photographers were told to stay away from the singer's home in Perth.\n"
            "Lawyers for the pair said the order was unfair and the men would appeal.")
    assert _reports(body) == [("Lawyers", "the order was unfair and the men would appeal")]


def test_lawyers_for_a_group_described_in_two_words_deny_a_claim():
    body = ("Lawyers for the accused bloggers denied claims they had leaked the new handset's design.")
    speakers = [s for s, _ in _reports(body)]
    assert speakers == ["Lawyers"]


def test_a_group_for_a_named_body_is_still_the_body_named():
    # (not the group: 'Lawyers for Acme Records said' is what the base already read, the firm's lawyers)
    body = "Lawyers for Acme Records said the decision was bad."
    assert _reports(body) == [("Lawyers for Acme Records", "the decision was bad")]


def test_for_after_a_lone_person_noun_makes_no_group():
    # ('A lawyer' is one person, no group word: the rule widens the group's phrase only)
    body = "Ann Cole, a lawyer for the family, said the case was weak."
    assert [s for s, _ in _reports(body)] == ["Ann Cole"]


# ---- research with its named source: a word of when before it, what it is of between -----------------

def test_recent_research_by_a_firm_opening_the_sentence_is_the_firms_finding():
    body = "Recent research by Lumo Analytics suggested that buyers would prefer a tablet made for reading."
    assert _reports(body) == [("Lumo Analytics", "buyers would prefer a tablet made for reading")]


def test_a_survey_of_places_listed_with_commas_is_its_named_sources():
    body = ("A survey of cafes in Lyon, Porto, Gdansk and Cork by Nettle Labs found more than half "
            "left their routers open.")
    assert _reports(body) == [("Nettle Labs", "more than half left their routers open")]


def test_a_survey_of_people_with_no_source_stays_no_ones():
    # (nothing named after 'by': no speaker from the places or the people surveyed)
    body = "A survey of shoppers in Leeds and Hull found that most paid by card."
    assert _reports(body) == []
