"""English past offices and the state (helper past44, thirty-third session): a speaker speaks for the state of
the office they hold at the article's time. 'Former <principal> adviser <Name>' opening a sentence with no report
of its own names the adviser, not the principal (whom a later 'He said' would otherwise mean); an office a
relative clause puts in the past ('who was ... until December', 'who served as ...', 'who resigned as ...')
gives no state. Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en

_LEAD = "Trump flew above the rally on Saturday.\n\n"


# ---- 'Former <principal> adviser <Name>' as a narrated subject ------------------------------------------

def test_former_principal_adviser_names_the_adviser_for_the_next_pronoun():
    body = _LEAD + "Former Trump adviser Michael Flynn was on stage. He said the count was rigged."
    assert all_en(body) == [("Michael Flynn", "the count was rigged", None)]


def test_former_principal_adviser_with_a_joined_description():
    body = (_LEAD + "Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over. "
            "This was his first speech since the pardon. He said \"That's pretty cool. Imagine riding a "
            "helicopter over the city.\"")
    assert [(s, c) for s, _, c in all_en(body)] == [("Michael Flynn", None)]


def test_former_principal_aide_and_lawyer_name_the_deputy():
    for title, name in (("aide", "Michael Flynn"), ("lawyer", "Michael Cohen")):
        body = _LEAD + f"Former Trump {title} {name} was on stage. He said the count was rigged."
        assert all_en(body) == [(name, "the count was rigged", None)]


def test_a_present_principal_adviser_still_names_the_adviser():
    body = _LEAD + "Trump adviser Michael Flynn was on stage. He said the count was rigged."
    assert all_en(body) == [("Michael Flynn", "the count was rigged", None)]


def test_former_adviser_as_subject_of_a_speech_verb():
    body = _LEAD + "Former Trump adviser Michael Flynn said the count was rigged."
    assert all_en(body) == [("Michael Flynn", "the count was rigged", None)]


# ---- an office a relative clause puts in the past gives no state ----------------------------------------

_TALKS = "The talks stalled on Monday.\n\n"


def test_who_was_envoy_until_gives_no_state():
    body = _TALKS + "Brett Jones, who was the US envoy to the coalition until December, said the decision was a mistake."
    assert all_en(body) == [("Brett Jones", "the decision was a mistake", None)]


def test_who_served_or_resigned_as_gives_no_state():
    for clause in ("who served as US ambassador to Iraq until 2018", "who resigned as US Secretary of State in March",
                   "who was US Secretary of State until January"):
        body = _TALKS + f"John Smith, {clause}, said the decision was a mistake."
        assert all_en(body) == [("John Smith", "the decision was a mistake", None)], clause


def test_trailing_cue_with_a_past_office_clause_gives_no_state():
    body = _TALKS + "\"The decision is a mistake,\" said John Smith, who was US Secretary of State until January."
    assert all_en(body) == [("John Smith", "The decision is a mistake", None)]


def test_a_present_office_keeps_its_state():
    body = _TALKS + "John Smith, the US ambassador to Iraq, said the decision was a mistake."
    assert all_en(body) == [("John Smith", "the decision was a mistake", "US")]
