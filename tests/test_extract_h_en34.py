"""English speakers the cue reading lost (helper h_en34): a surname that is also a common word or a
title's word, named in full before ('Colin High', 'Craig Brown'); a line that labels its quote with
a role and a name before a colon ('- Leeds boss Mark Allen: "..."').
Sentences invented for these tests, in the shape of English sports news."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


# ---- a surname that is a common word, opening a sentence, is the person named in full ------------

def test_a_surname_that_is_a_common_word_opening_a_sentence_is_the_person_named_in_full():
    body = ("Former Wales manager Colin Green backed the choice.\n"
            "But Tom Nanuku said he had doubts about the timing.\n"
            "Green said: \"Walter is an outstanding candidate and he knows the players well.\"")
    assert _speakers(body) == ["Colin Green"]


def test_a_surname_that_is_a_title_word_is_the_person_named_in_full():
    # 'High' is also a word of a title ('High Commissioner'): named in full, it is that referee, not the one named after him
    body = ("The coach called on former referees Colin High and Pete Lander to study the match again.\n"
            "\"The board will be unhappy with what it saw,\" High told the Daily Post.")
    assert _speakers(body)[0] in ("High", "Colin High")


def test_a_common_word_opening_a_sentence_with_no_one_of_that_surname_names_no_one():
    body = ("Coach Colin Marsh was pleased with the draw.\n"
            "Green said: \"We will be back stronger next season, I am sure of that.\"")
    assert "Green" not in _speakers(body)


# ---- a line that labels its quote: role, name, colon -------------------------------------------

def test_a_bullet_line_labelled_with_a_role_and_a_name_is_that_persons_quote():
    body = ("Leeds v Hull\n\n"
            "Midfielder Tom Frampton is a doubt. Joe Oakley and Sam Svensson are likely replacements.\n\n"
            "- Leeds boss Mark Allen: \"After losing eight goals, I have to admit I am not confident. "
            "\"There is no doubt we are the underdogs tonight.\"\n"
            " - Hull boss Harry Redman: \"They will test us on the counter, we know that.\"\n"
            " - LEEDS sit lower in the table than anyone still in the cup.\n")
    assert _speakers(body) == ["Mark Allen", "Mark Allen", "Harry Redman"]


def test_a_label_that_names_no_person_is_no_speaker():
    # a role alone before the colon labels no one: the quote stays with whom the cue names
    body = ("Hull boss Harry Redman spoke after the game.\n\n"
            "- Key stats: \"Leeds have lost all of their last seven games at home,\" Redman said.\n")
    assert _speakers(body) == ["Harry Redman"]


# ---- a writing verb with a written work as its object reports nothing ---------------------------

def test_a_writing_verb_whose_object_is_a_song_reports_no_clause():
    body = ("The single was written by radio presenter Dan Mercer.\n"
            "Mercer wrote the song before the floods but had thought it was too sad to release.")
    assert run(body, "en")["quotes"] == []


def test_a_writing_verb_before_a_clause_still_reports():
    body = "Coach Dan Mercer wrote in his column the team had been poor all season."
    assert [q["speaker"] for q in run(body, "en")["quotes"]] == ["Dan Mercer"]


# ---- a reported clause ends at a full stop before a quote, after an acronym too -----------------

def test_a_report_ends_at_an_acronyms_full_stop_before_a_quote():
    # ('DEC' is also read as the month's short form 'Dec.', so the splitter keeps its full stop)
    body = ("The record was made by radio presenter Dan Mercer.\n"
            "Mercer said every penny it makes would go to the DEC. \"I would only be glad if it sold well,\" "
            "he added.")
    reports = [q["text"] for q in run(body, "en")["quotes"] if q["kind"] == "indirect"]
    assert reports == ["every penny it makes would go to the DEC"]
