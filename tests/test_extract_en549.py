"""Who speaks in English text (helper en5, forty-ninth session): a person named after a body's possessive
whose name holds common words, or after a plural possessive. Sentences invented for these tests, in the
shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body):
    return quote_fields(body, "speaker", lang="en")


# ---- a body's possessive, then a person's full name -------------------------------------------------

def test_a_given_name_that_is_a_common_word_after_a_possessive_opens_the_name():
    body = "Widgetco's Bill Gates said the firm would release a new version next year.\n"
    assert _speakers(body) == ["Bill Gates"]


def test_a_surname_that_is_a_common_word_after_a_possessive_and_a_given_name():
    body = "Deutsche Bank's Simon Champion said the group's shares were undervalued.\n"
    assert _speakers(body) == ["Simon Champion"]


def test_a_plural_possessive_before_a_full_name_owns_the_person():
    body = "Ladbrokes' Warren Lush said the odds on a home win had been cut.\n"
    assert _speakers(body) == ["Warren Lush"]


def test_a_plural_possessive_of_a_body_of_two_words():
    body = "Sky Networks' Sophie Turner Laing said the deal was good for viewers.\n"
    assert _speakers(body) == ["Sophie Turner Laing"]


# ---- where the rule must not fire --------------------------------------------------------------------

def test_common_words_after_a_possessive_that_open_with_no_given_name_are_a_title():
    body = "Hale's Moving Castle said the odds on a home win had been cut.\n"
    assert "Moving Castle" not in _speakers(body)


def test_a_body_after_a_plural_possessive_stays_a_body():
    body = "The Actors' Equity Association said the strike would go ahead.\n"
    assert _speakers(body) == ["Actors' Equity Association"]


# ---- a one-word name, then longer names that add only common words to it ---------------------------

def test_a_body_by_one_word_is_not_its_channels_named_later():
    body = ("Skyco has signed a deal to show the awards.\n"
            "Skyco said it was \"honoured to have won the rights\".\n"
            "There will be films on Skyco Movies and news on Skyco News.\n")
    assert set(_speakers(body)) == {"Skyco"}


def test_a_surname_alone_still_joins_the_full_name_given_later():
    body = ("Aliyev said the talks had failed.\n"
            "President Ilham Aliyev said the talks would go on.\n")
    assert _speakers(body) == ["Ilham Aliyev", "Ilham Aliyev"]
