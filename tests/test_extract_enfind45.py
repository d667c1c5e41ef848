"""English findings and interviews (helper enfind, forty-fifth session): an answer labelled in plain text
after a marked question, a research document an owner heads after an indefinite article, and the state
of a legislature member for a constituency. Sentences invented for these tests, in the shape of English
news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple]:
    return quote_fields(body, "speaker", "country", "text", lang="en")


# ---- 'NG: ...' after '((WN))  ...?': a plain-labelled answer ------------------------------------------

_INTERVIEW = ("Biologist Anna Berglund studies seabirds on remote islands.\n\n"
              "Berglund answered a series of questions for our correspondent.\n\n"
              "((WN))  How did the project start?\n\n"
              "{label}: The project started in 1990, long before I joined the team. We band chicks every "
              "year and follow them for decades.\n\n"
              "((WN))  What comes next?\n\n"
              "{label}: We will count the colonies again next spring.\n")


def test_plain_initials_answer_a_marked_question():
    quotes = _who(_INTERVIEW.format(label="AB"))
    assert [(s, t[:20]) for s, _, t in quotes] == [("Anna Berglund", "The project started "),
                                                    ("Anna Berglund", "We will count the co")]


def test_plain_label_of_no_one_in_the_article_is_no_answer():
    # (a caption or a name the article never introduced: the paragraph is the article's own)
    quotes = _who(_INTERVIEW.format(label="XQ"))
    assert all(s != "XQ" for s, _, _ in quotes)


def test_plain_label_after_an_answer_is_not_a_turn():
    body = ("Biologist Anna Berglund studies seabirds on remote islands.\n\n"
            "((WN))  How did the project start?\n\n"
            "((Anna Berglund))  It started in 1990.\n\n"
            "Note: The colony was counted by boat.\n")
    assert all(s != "Note" for s, _, _ in _who(body))


# ---- 'A CBI quarterly survey found output had risen ...': the owner's finding -------------------------

def test_owned_document_after_indefinite_article_reports_its_finding():
    body = ("Small firms hit by costs\n\n"
            "A CBI quarterly survey found output had risen by the fastest rate in seven years.\n")
    assert [(s, t) for s, _, t in _who(body)] == [("CBI", "output had risen by the fastest rate in seven years")]


def test_owned_document_with_a_noun_object_is_no_finding():
    body = ("Small firms hit by costs\n\n"
            "A CBI quarterly survey found significant quantities of unsold stock in warehouses.\n")
    assert _who(body) == []


# ---- 'the MP for Grantham and Stamford' abroad: the chamber the article names ------------------------

_MUGGED = ("MP attacked by muggers in Kenya\n\n"
           "Tom Hale, the MP for Marlow and Thame, was attacked in a park in Nairobi, Kenya. Kenyan police "
           "said they were questioning several people in Nairobi. He was in Kenya with a Kenya trade mission "
           "{chamber}.\n\n"
           "Mr Hale said in a statement: \"It was a frightening experience in Nairobi.\"\n")


def test_constituency_member_sits_in_the_chamber_the_article_names():
    quotes = _who(_MUGGED.format(chamber="of the House of Commons"))
    assert {c for s, c, _ in quotes if s == "Tom Hale"} == {"GB"}


def test_constituency_member_keeps_the_story_state_without_a_chamber():
    quotes = _who(_MUGGED.format(chamber="of the government"))
    assert {c for s, c, _ in quotes if s == "Tom Hale"} == {"KE"}
