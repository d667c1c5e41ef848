"""English who-said-what, round 37 (helper en52): after a cue, a definite description and then a name in
apposition closing the sentence ('," said the committee chairman, MP Tom Hale.') names the speaker; and
uncued quotes between two quotes of one speaker, the second cued by a verb of going on ('Hale added:'),
are that speaker's, not those of whom the narrative sentence between them spoke of. Texts written for
these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, run

LEAD = "Markets are busy.\n\n"


def direct_of(body):
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


# ---- a definite description, then the name in apposition, after the cue --------------------------------

def test_a_description_with_the_article_then_a_name_after_the_cue():
    body = LEAD + ("MPs published a report on the broadcaster. \"Our aim is to make the broadcaster accountable,\" "
                   "said the committee chairman, MP Tom Hale. \"Its spending is not open to scrutiny.\"")
    assert direct_of(body) == [("Tom Hale", "Our aim is to make the broadcaster accountable"),
                               ("Tom Hale", "Its spending is not open to scrutiny")]


def test_a_possessive_description_then_a_name_after_the_cue():
    body = LEAD + ("The festival went ahead after the flood. \"We asked ourselves if we should cancel,\" said the "
                   "festival's executive director, Ana Ruiz.")
    assert direct_of(body) == [("Ana Ruiz", "We asked ourselves if we should cancel")]


def test_a_description_then_a_name_and_when_it_was_said():
    body = LEAD + ("MPs published a report on the broadcaster. \"Our aim is to make the broadcaster accountable,\" "
                   "said the chairman, Tom Hale, on Monday.")
    assert direct_of(body) == [("Tom Hale", "Our aim is to make the broadcaster accountable")]


def test_a_description_then_no_name_is_no_named_speaker():
    body = LEAD + ("MPs published a report on the broadcaster. \"Our aim is to make the broadcaster accountable,\" "
                   "said the report, published by Orvale Research.")
    assert all(s != "Orvale Research" for s, _ in direct_of(body))


# ---- uncued quotes before the same speaker's 'added' -----------------------------------------------------

def test_an_uncued_quote_before_added_is_the_speakers_not_the_narrated_persons():
    body = LEAD + ("Rovers sacked their manager on Monday. \"Walter is the ideal candidate,\" Graeme Lowther told "
                   "the radio station. Tom Brace was appointed caretaker on Tuesday. \"He fits the bill because of "
                   "his knowledge of the club.\" Lowther added: \"Walter is a real football person.\"")
    assert direct_of(body) == [("Graeme Lowther", "Walter is the ideal candidate"),
                               ("Graeme Lowther", "He fits the bill because of his knowledge of the club"),
                               ("Graeme Lowther", "Walter is a real football person")]


def test_an_uncued_quote_before_added_after_a_body_is_spoken_of():
    body = LEAD + ("Rovers sacked their manager on Monday. \"Walter is the ideal candidate,\" Graeme Lowther told "
                   "the radio station. The Northern Football Association has appointed Tom Brace as caretaker. "
                   "\"He fits the bill because of his knowledge of the club.\" Lowther added: \"Walter is a real "
                   "football person.\"")
    speakers = {s for s, _ in direct_of(body)}
    assert speakers == {"Graeme Lowther"}


def test_the_rule_leaves_reports_alone():
    body = LEAD + "Acme Oil said it had met its main objectives for the year."
    assert all_en(body) == [("Acme Oil", "it had met its main objectives for the year", None)]
