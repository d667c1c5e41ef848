"""English speakers found missing or wrong in the development sets: a person whose surname is also the
name of a state or a city ('Kevin Jordan', 'Denzel Washington'). Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_en


def speakers(body):
    return [(s, t) for s, t, _ in all_en(body)]


def test_a_given_name_before_a_state_or_city_makes_a_full_name():
    # _place_surname (the pack's masculine_names / feminine_names are the given names known)
    assert ("Kevin Jordan", "the plan would fail") in speakers(
        "The council met on Monday. Kevin Jordan said the plan would fail.")
    assert ("Jack London", "the ship was lost") in speakers(
        "The storm hit the coast. Jack London said the ship was lost.")
    assert ("Denzel Washington", "He was a kind man") in speakers(
        'The actor died on Friday. "He was a kind man," Denzel Washington said.')


def test_a_given_name_before_a_state_keeps_its_apposition_and_gets_no_state():
    got = all_en("The council met on Monday. Mike German, leader of the party, claimed the tax would rise.")
    assert [(s, t) for s, t, _ in got] == [("Mike German", "the tax would rise")]
    got = all_en("The council met on Monday. Kevin Jordan said the plan would fail.")
    assert got[0][2] is None


def test_a_state_after_an_unknown_word_is_still_no_name():
    # no given name before it: a place, not a person
    assert speakers("The council met on Monday. Northern Jordan said nothing.") == []
