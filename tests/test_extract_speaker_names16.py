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


# ---- a state's adjective or a city before a lower-case noun qualifies the noun (h_junk16) ------

def test_a_state_adjective_before_a_noun_and_a_name_gives_the_name():
    body = ("Profits fell.\n\nDutch firm Vandermolen said it would cut jobs.\n\n"
            "On housing, London teacher Mary Jones said: \"Where are we going to live?\"")
    assert {s for s, _, _ in all_en(body)} == {"Vandermolen", "Mary Jones"}


def test_a_state_adjective_before_a_noun_alone_gives_the_noun_phrase():
    body = "Libya has withdrawn its assets from the US, the Libyan central bank has said."
    assert [(s, c) for s, _, c in all_en(body)] == [("Libyan central bank", "LY")]


def test_a_state_or_city_name_before_a_verb_still_speaks():
    body = ("Washington has claimed all four were \"enemy combatants\".\n\n"
            "Moscow reportedly said it would not attend.")
    assert {s for s, _, _ in all_en(body)} == {"Washington", "Moscow"}


def test_a_state_press_speaks_for_the_state_other_press_for_nobody():
    body = ("According to Syrian state media, government forces began deploying.\n\n"
            "Russian news agencies reported that the ministers would meet on Tuesday.")
    assert [(s, c) for s, _, c in all_en(body)] == [("Syrian state media", "SY")]


def test_a_state_word_before_a_verb_keeps_its_reading():
    # ('described' is the verb, not a noun the adjective qualifies)
    body = "The Israelis described the meeting as important but said they would not need to attend."
    assert [s for s, _, _ in all_en(body)] == ["Israelis"]


def test_a_state_word_opening_an_apposition_describes_the_person_before_it():
    body = ("The central bank kept rates on hold.\n\n"
            "Ross Walker, UK economist at a large bank, said he was surprised by the vote.")
    assert [s for s, _, _ in all_en(body)] == ["Ross Walker"]


# ---- an outlet's name is the press even when it splits like a place and a name (h_junk16) -----

def test_an_outlet_read_as_a_place_and_a_name_is_the_press():
    body = ("According to Manila Bulletin, the earthquake was the strongest recorded in the city.\n\n"
            "Riots flared up near the border, Agence France Presse said.")
    assert all_en(body) == []


def test_an_outlet_written_with_a_lower_case_article_is_the_press():
    body = "According to the Times, the prime minister wants a climate deal."
    assert all_en(body) == []


# ---- the words after 'for'/'on' in a body's name close the name (h_junk16) ---------------------

def test_a_body_named_with_for_or_on_is_whole():
    body = ("The Center for Biological Diversity announced on Wednesday the butterfly count was up.\n\n"
            "The Institute for Fiscal Studies said the plan would cost more.")
    assert {s for s, _, _ in all_en(body)} == {"Center for Biological Diversity", "Institute for Fiscal Studies"}


def test_an_office_for_a_field_still_has_its_holder():
    body = ("Minister for Foreign Affairs Retno Marsudi said the talks would go on.\n\n"
            "Campaigners for Peace John Smith said it would not work.")
    assert {s for s, _, _ in all_en(body)} == {"Retno Marsudi", "John Smith"}
