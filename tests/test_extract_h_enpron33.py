"""Pronoun cues and unnamed spokespeople in English (helper h_enpron33).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en


def _speakers(body: str) -> list[tuple[str, str]]:
    return [(who, text) for who, text, _ in all_en(body)]


# ---- 'for Lind, 52, who told ...': an age between commas leaves the name the relative hangs on ----

def test_a_report_in_a_relative_clause_after_a_name_and_an_age_is_the_named_persons():
    body = ("Marta Lind and Rosa Quell were both nominated for best actress.\n"
            "It is also a first nomination for Lind, 52, who told Radio Five she had not expected the film to do well.\n"
            "\"It was a strange time making it,\" she said.")
    found = _speakers(body)
    assert [text for _, text in found] == ["she had not expected the film to do well", "It was a strange time making it"]
    assert all(who.endswith("Lind") for who, _ in found)  # (not Rosa Quell, named last)


def test_a_relative_clause_after_a_number_that_is_no_age_of_a_name_reports_nothing():
    # (a count between commas after a lower-case word: the relative clause hangs on no one named)
    body = ("Marta Lind won the award on Sunday.\n"
            "The jury met in the hall, 12, who said the vote had been close.")
    assert all(who != "Marta Lind" or "vote" not in text for who, text in _speakers(body))
