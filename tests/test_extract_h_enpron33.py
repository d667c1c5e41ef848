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


# ---- 'Brandvik admitted he was ...': a lone surname opening a sentence before an admission verb ----

def test_a_lone_surname_before_admitted_is_a_speaker_and_the_antecedent_of_the_next_he_said():
    # (the surname never written in full, as in texts whose linked names were lost; the one named
    # last before it is someone else)
    body = ("The world number one next plays the winner of the match against Tommy Ruud.\n"
            "Brandvik admitted he had felt the strain during the long rain delay.\n"
            "\"They expect me to win every week,\" he said.")
    assert _speakers(body) == [("Brandvik", "he had felt the strain during the long rain delay"),
                               ("Brandvik", "They expect me to win every week")]


def test_a_capitalised_word_before_a_finding_verb_stays_no_speaker():
    body = ("The champion beat Tim Henman in four sets.\n"
            "Figures revealed the crowd had been the smallest for ten years.")
    assert _speakers(body) == []

