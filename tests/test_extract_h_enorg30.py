"""A news outlet quoted through its own spokesperson speaks for itself as a body (helper h_enorg30).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en


def _who(body: str) -> list[tuple[str, str]]:
    return [(speaker, text) for speaker, text, _ in all_en(body)]


# ---- 'A BBC spokeswoman said': the outlet as a body, not the press reporting ---------------------

def test_an_outlets_spokesperson_speaks_for_the_outlet():
    assert _who("A CBS spokeswoman said: \"We are proud of the series and hope to make another.\"") == [
        ("CBS", "We are proud of the series and hope to make another")]
    assert _who("\"We are delighted with the ratings,\" a CBS spokesman said.") == [
        ("CBS", "We are delighted with the ratings")]
    assert _who("A spokeswoman for CBS said it was \"unfair\" to blame the network for the row.") == [
        ("CBS", 'it was "unfair" to blame the network for the row'), ("CBS", "unfair")]


def test_what_the_article_says_the_outlet_said_is_its_own_then():
    body = ("The quiz show Top Floor will not return to screens next year, the BBC has said. "
            "\"No further series is planned at present,\" a spokeswoman said. "
            "The BBC spokeswoman said a new dance contest would be a priority.")
    assert _who(body) == [
        ("BBC", "The quiz show Top Floor will not return to screens next year"),
        ("BBC", "No further series is planned at present"),
        ("BBC", "a new dance contest would be a priority")]


def test_a_later_she_is_still_the_outlets_spokeswoman():
    body = ("Producer Karl Wendt said the show would move to Sundays. A BBC spokeswoman said Lena Marsh "
            "would stay on as editor. She said that the length of the programme was still to be decided.")
    assert _who(body) == [
        ("Karl Wendt", "the show would move to Sundays"),
        ("BBC", "Lena Marsh would stay on as editor"),
        ("BBC", "the length of the programme was still to be decided")]


def test_the_outlet_as_a_channel_or_a_source_stays_no_speaker():
    # with no spokesperson of its own, the outlet is the press
    assert _who("The quiz show Top Floor will not return to screens next year, the BBC has said.") == []
    # who talks to the outlet speaks, the outlet does not; 'according to' it is the press's report;
    # its spokesman is still the body itself, not the channel named before
    body = ("Mr Harlow told the BBC that the scheme had failed. According to the BBC, the scheme cost "
            "two million pounds. Speaking to BBC Radio 4, Mr Harlow said the minister should resign. "
            "A BBC spokesman said the interview would be repeated on Sunday.")
    assert _who(body) == [
        ("Harlow", "the scheme had failed"),
        ("Harlow", "the minister should resign"),
        ("BBC", "the interview would be repeated on Sunday")]
