"""English speakers and their country (helper h_enwho23): a capitalised phrase ending in a firm's last
word ('Acme Research', 'Nova Systems') is the firm, never a person a later 'he' or 'she' goes to;
'said the American' after a sentence about someone of no known state is the person named last.
Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- a name ending in a firm's last word is the firm ----------------------------------------------

def test_a_pronoun_after_a_person_of_a_research_firm_is_the_persons():
    body = ("Banks are moving their cash machines to new software.\n\n"
            "The change was explained by Tom Hale, managing director of analysis firm Retail Banking Research. "
            "\"Most banks simply upgrade as part of their usual replacement cycle,\" he said.\n\n"
            "But Mr Hale from Retail Banking Research said the number of machines at risk was low.")
    assert all_en(body) == [
        ("Tom Hale", "Most banks simply upgrade as part of their usual replacement cycle", None),
        ("Tom Hale", "the number of machines at risk was low", None)]


def test_names_ending_in_a_firm_word_are_firms():
    g = grammar_en()
    for text, name in [("Nova Systems", "Nova Systems"), ("Retail Banking Research", "Retail Banking Research"),
                       ("Acme Technologies", "Acme Technologies")]:
        p = g.parse(text, 0, len(text), None, False)
        assert (p.type, p.name) == ("organization", name)
    p = g.parse("Tom Hale", 0, 8, None, False)
    assert (p.type, p.name) == ("person", "Tom Hale")
