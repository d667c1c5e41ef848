"""English quotes not found, round 27 (helper h_enrec27): run-together quote paragraphs (BBC's layout,
'said: "A. "B. "C."') whose unclosed paragraph ends with a single-quoted phrase after its stop, or
whose closing mark has a stray space before it. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import run


def direct_of(body):
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


# ---- run-together paragraphs: the unclosed one ends with a single-quoted phrase -------------------

def test_run_together_paragraph_ending_in_a_single_quoted_phrase():
    body = ('Club chairman Tom Hale said: "We had offers for the ground before. '
            '"But this one makes you stop and say \'now that is something.\' '
            '"My own view is that a new stand would help the team."')
    assert direct_of(body) == [
        ("Tom Hale", "We had offers for the ground before"),
        ("Tom Hale", "But this one makes you stop and say 'now that is something.'"),
        ("Tom Hale", "My own view is that a new stand would help the team")]


def test_a_possessive_before_the_next_opener_ends_no_sentence():
    # (an apostrophe after a plural is no closing single mark: the quote before did not end its sentence)
    body = ('Club chairman Tom Hale said: "We spoke to the players\' "union" about it," he said.')
    assert ("Tom Hale", "We spoke to the players") not in direct_of(body)


# ---- run-together paragraphs: a stray space before the closing mark ------------------------------

def test_run_together_paragraph_closed_after_a_stray_space():
    body = ('Said coach Ian Marsh: "We are confident about Dale and hope he will be ready. '
            '"He adds depth to the squad and gives us options. " Winger Rob Kent remains a doubt '
            'after a knee injury.')
    assert direct_of(body) == [
        ("Ian Marsh", "We are confident about Dale and hope he will be ready"),
        ("Ian Marsh", "He adds depth to the squad and gives us options")]


def test_run_into_a_cue_after_a_stray_space():
    body = ('Defender Sam Reid was sent off in the second half. He said: "It was a terrible moment. '
            '"I apologise to the fans who saw it. Children come to these games. '
            '"It was all a blur and it happened very fast, " added Reid.')
    got = direct_of(body)
    assert ("Sam Reid", "I apologise to the fans who saw it. Children come to these games") in got
    assert ("Sam Reid", "It was all a blur and it happened very fast") in got


# ---- 'warned X' / 'warns X' closing the clause it reports -----------------------------------------

def reports(body):
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "indirect"]


def test_warned_name_after_the_clause_is_an_inverted_cue():
    assert reports("Cheap broadband will make home networks easier to attack, warned Mr Pellow.") == [
        ("Pellow", "Cheap broadband will make home networks easier to attack")]
    assert reports("The rise of online gaming could cause problems for net providers, warns traffic "
                   "analysis firm Brightline.") == [
        ("Brightline", "The rise of online gaming could cause problems for net providers")]


def test_warned_an_addressee_is_still_no_cue():
    assert reports("The inspectors visited the plant on Monday, warned the staff of delays.") == []
    assert reports("The inspectors visited the plant on Monday, warned him about the risks.") == []
