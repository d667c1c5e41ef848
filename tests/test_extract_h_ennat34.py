"""Whom a nationality subject means after an opening participle phrase (helper h_ennat34).
Sentences invented for these tests, in the shape of English sports and arts news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker", lang="en")


# ---- 'Speaking to Le Soir, the Swiss star added:': the name in an opening participle's phrase is its
# ---- object, not the person the nationality describes --------------------------------------------

def test_a_name_in_an_opening_participle_phrase_is_not_the_nationality_subject():
    body = ("Top seed Karen Mills reached the final on Saturday, in a week dominated by the row over pay.\n\n"
            "Reacting to a remark by tournament chairman Peter Gould, the American said: "
            "\"I think it is deeply unfair if the money is taken away from the women.\"")
    assert _speakers(body) == ["Karen Mills"]


def test_an_outlet_spoken_to_is_not_the_nationality_subject():
    body = ("Anna Vogt said she might return to the tour next year.\n"
            "\"I need to know how fit I am.\" Speaking to Le Soir, the Swiss star added: "
            "\"Smaller events draw thinner crowds in the weeks ahead.\"")
    assert set(_speakers(body)) == {"Anna Vogt"}


def test_an_opening_clause_with_its_own_subject_keeps_that_person():
    # what the rule must not do: 'When Karen Mills took ..., the American said' is Karen Mills
    body = ("Lena Ortiz said the final had been tough for both players.\n\n"
            "When Karen Mills took the trophy on Sunday, the American said: "
            "\"I think it is the best day of my whole career so far and I will remember it.\"")
    assert _speakers(body)[-1] == "Karen Mills"


# ---- 'the 24-year-old Swiss': an adjective of nationality alone after an age is a person ------------

def test_an_age_and_a_nationality_adjective_describe_a_person():
    body = ("Anna Vogt said she might return to the tour next year.\n"
            "\"I need to know how fit I am.\" Speaking to Le Soir, the 24-year-old Swiss added: "
            "\"Smaller events draw thinner crowds in the weeks ahead.\"")
    assert set(_speakers(body)) == {"Anna Vogt"}
