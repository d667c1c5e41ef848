"""Who said what in English text (helper en4, forty-eighth session): a surname that names a state after an
outlet's possessive, a body's name read as an office before a later 'It says', and BBC's doubled apostrophes
as quote marks. Sentences invented for these tests, in the shape of BBC news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text", lang="en")


# ---- an outlet's possessive, then a full name whose surname names a state -----------------------------

def test_an_outlets_critic_whose_surname_is_a_state_adjective_speaks():
    body = ("Critics back the film for the Oscars.\n\n"
            "\"I think Swank will win this year,\" said the Observer's Philip French.\n")
    assert ("Philip French", "I think Swank will win this year") in _quotes(body)


def test_the_surname_after_mr_is_the_critic_named_before():
    body = ("Critics back the film for the Oscars.\n\n"
            "\"I think Swank will win this year,\" said the Observer's Philip French.\n\n"
            "\"Imelda has got as far as she is going to get,\" said Mr French.\n")
    assert ("Philip French", "Imelda has got as far as she is going to get") in _quotes(body)


def test_a_title_of_common_words_after_a_possessive_is_no_person():
    body = ("Critics back the film for the Oscars.\n\n"
            "\"It is a charming film,\" said the critic of Howl's Moving Castle.\n")
    assert all(s != "Moving Castle" for s, _ in _quotes(body))


# ---- 'The X Council of Britain has complained ... It says ...' ----------------------------------------

def test_it_says_after_a_council_of_a_state_is_the_council():
    body = ("The Hindu Council of Britain has complained to broadcasting watchdog Ofcom. It says the programme "
            "breaches editorial guidelines.\n")
    assert _quotes(body) == [("Hindu Council of Britain", "the programme breaches editorial guidelines")]


def test_it_says_after_an_office_of_a_body_is_no_body():
    body = ("The President of the European Council has complained to the summit. It says the programme "
            "breaches the guidelines.\n")
    assert all(s != "President of the European Council" for s, _ in _quotes(body))


# ---- two apostrophes as quote marks ----------------------------------------------------------------------

def test_doubled_apostrophes_quote_a_speaker():
    body = ("Ireland have named their side for Saturday.\n\n"
            "''We gave Gordon a chance but it didn't work out,'' said Ireland coach Eddie O'Sullivan. ''In terms "
            "of the risk element, it was a sensible precaution. He should be fine for the next game.''\n")
    quotes = _quotes(body)
    assert ("Eddie O'Sullivan", "We gave Gordon a chance but it didn't work out") in quotes
    assert ("Eddie O'Sullivan", "In terms of the risk element, it was a sensible precaution. He should be fine "
            "for the next game") in quotes


def test_a_word_between_doubled_apostrophes_is_no_quote():
    body = ("Ireland have named their side for Saturday.\n\n"
            "We will say nothing of Mike Ruddock ''poaching'' eight of the Dragons side, said the coach.\n")
    assert all(t != "poaching" for _, t in _quotes(body))
