"""English speakers after a quote and findings in the perfect (helper h_en38).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


# ---- a passive verb after a closed quote names no speaker ----------------------------------------

def test_a_passive_report_after_a_closed_quote_is_no_cue_of_it():
    # 'Six films have been announced' tells what was done to the films; the uncued quote before it
    # goes on with the one quoted last
    body = ("\"We think buyers of the disc would never have bought the film,\" Mr Okafor said. "
            "\"There are people who want the disc because it is small.\" Six films have already been "
            "announced for the console.")
    assert [s for s, _ in _quotes(body)] == ["Okafor", "Okafor"]
    body = ("\"We think buyers of the disc would never have bought the film,\" Mr Okafor said. "
            "\"There are people who want the disc because it is small.\" New rules were announced "
            "by the league on Monday.")
    assert [s for s, _ in _quotes(body)] == ["Okafor", "Okafor"]
    # (what the rule must not do: '," Jane Holt announced.' and '," the league has announced.' speak)
    assert _quotes("\"The season will start in May,\" Jane Holt announced.") == [
        ("Jane Holt", "The season will start in May")]
    body = "\"There are people who want the disc because it is small,\" Tom Reyes has claimed."
    assert [s for s, _ in _quotes(body)] == ["Tom Reyes"]


# ---- research reports its finding in the perfect: 'has shown that' --------------------------------

def test_research_that_has_shown_a_finding_reports_it():
    assert _quotes("The survey has shown that podcast listening has grown by 40% in a year.") == [
        ("survey", "podcast listening has grown by 40% in a year")]
    assert _quotes("The researchers have shown that the mice sleep longer when fed late.") == [
        ("researchers", "the mice sleep longer when fed late")]
    # (what the rule must not do: a person who has shown something made no statement; 'the figures
    # shown in the table' report nothing)
    assert _quotes("Rita Moss has shown that she can win on clay.") == []
    assert _quotes("The figures shown in the table are from last year.") == []


# ---- a word for what someone is, opening the sentence, is no part of their name -------------------

def test_a_profession_opening_the_sentence_is_cut_from_the_name():
    assert [s for s, _ in _quotes("Novelist Andrea Lowe said the book was the best she had written.")] == [
        "Andrea Lowe"]
    assert [s for s, _ in _quotes("Film-maker Spike Dorn said the film had cost far too much.")] == ["Spike Dorn"]
    assert [s for s, _ in _quotes("Man-of-the-match Stephen Hale said the win was well deserved.")] == [
        "Stephen Hale"]
    # (what the rule must not do: a word of the kind opening a body's name stays: 'Sprinter Holdings'
    # is a firm)
    assert [s for s, _ in _quotes("The deal was agreed. Sprinter Holdings said profits had doubled.")] == [
        "Sprinter Holdings"]
