"""Speaker names readers would call junk: words that qualify a name or a noun taken for the name
itself ('Tory MP Boris Johnson', 'Paris-based', 'Swedish'). Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- a title written as an acronym ends the role (h_junk16) ------------------------------------

def test_a_title_acronym_before_a_name_is_the_role_not_an_initial():
    # 'MP' is two capitals like the initialism in 'Mahfud MD', but it is a title: it closes the role
    g = grammar_en()
    for phrase, role, name in [("Labour MP Stephen Pound", "Labour MP", "Stephen Pound"),
                               ("Lib Dem MP Jane Doe", "Lib Dem MP", "Jane Doe")]:
        p = g.parse(phrase, 0, len(phrase))
        assert (p.role, p.name) == (role, name)
    body = "The vote was close.\n\nTory MP John Smith said the deal was \"a disgrace\"."
    assert {s for s, _, _ in all_en(body)} == {"John Smith"}


# ---- a qualifier of where a body sits or who owns it is no name (h_junk16) ---------------------

def test_a_located_or_owned_qualifier_is_no_word_of_the_name():
    body = ("Shares fell.\n\nHouston-based Continental said it would cut 500 jobs.\n\n"
            "Meanwhile, UK-based firm Aggregate Industries said it had agreed a deal.\n\n"
            "State-owned Rosneft said it would pay the creditors.")
    assert {s for s, _, _ in all_en(body)} == {"Continental", "Aggregate Industries", "Rosneft"}


def test_a_qualifier_alone_names_no_speaker():
    body = "The merger closed.\n\nThe Leuven-based brewery said it would own most of the voting shares."
    assert all("-based" not in s for s, _, _ in all_en(body))
