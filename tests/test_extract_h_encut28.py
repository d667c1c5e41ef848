"""A reported clause ends where another subject's report opens inside it (helper h_encut28).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


# ---- another subject with its own report verb ends the first report ---------------------------------

def test_a_report_ends_before_but_and_another_named_subject_thinking():
    body = ("Critic Paula Brenner said the host might draw younger audiences, but Tom Walsh thought "
            "the jokes could drive older viewers away.")
    assert ("Paula Brenner", "the host might draw younger audiences") in _quotes(body)


def test_a_report_ends_before_though_and_a_pronoun_recognising():
    body = ("Inventor Maria Holt said the tablet was a charity project, though she recognised that "
            "the suppliers of its parts would earn money.")
    assert ("Maria Holt", "the tablet was a charity project") in _quotes(body)


def test_a_pronoun_saying_more_after_a_comma_is_a_second_report_of_the_same_subject():
    body = ("Lawyer Dan Keller says the senator does not qualify under the old reading, he says court rulings "
            "have left the rule without force.")
    quotes = _quotes(body)
    assert ("Dan Keller", "the senator does not qualify under the old reading") in quotes
    assert ("Dan Keller", "court rulings have left the rule without force") in quotes


def test_a_report_verb_set_off_by_commas_inside_the_clause_does_not_end_it():
    body = "Analyst Rosa Pine said the merger, she thought, would cut prices for most households."
    texts = [t for _, t in _quotes(body)]
    assert any(t.endswith("would cut prices for most households") for t in texts)
