"""A bare weekday between a speech verb and its clause is a time, not the report; a rugby wing is a
role before a name; a weekday owning a statement is no speaker (helper h_en35).
Sentences invented for these tests, in the shape of English sports and news reports."""
from __future__ import annotations

from .extract_cases import all_en


# ---- 'said Friday that ...': the weekday is when, not the first words of the report -------------------

def test_a_bare_weekday_after_said_is_not_part_of_the_report():
    body = "Sevens coach Tom Baird said Friday that his side would travel to Dubai next week."
    assert all_en(body) == [("Tom Baird", "his side would travel to Dubai next week", None)]


def test_a_bare_weekday_after_said_before_a_clause_without_that():
    body = "Police chief Dana Holt said Tuesday the road would stay closed until the weekend."
    assert [(s, t) for s, t, _ in all_en(body)] == [("Dana Holt", "the road would stay closed until the weekend")]


def test_a_weekday_ending_the_sentence_after_said_is_left_alone():
    body = "\"We will travel to Dubai with a full squad,\" Tom Baird said Friday."
    assert all_en(body) == [("Tom Baird", "We will travel to Dubai with a full squad", None)]


# ---- 'Former Australian wing Mark Ellwood said': a rugby position joins the role, the name speaks ----

def test_a_nationality_before_a_rugby_wing_and_a_name_is_that_persons_role():
    body = "Former Australian wing Mark Ellwood has told England to stop complaining after their defeat to Wales."
    assert [s for s, _, _ in all_en(body)] == ["Mark Ellwood"]


def test_a_wing_of_a_body_is_left_as_before():
    # a party's wing named after it is still that body, not a person with the role 'armed wing'
    body = "The armed wing Ezz Brigades said the truce would hold."
    assert all_en(body) == [("Ezz Brigades", "the truce would hold", None)]


# ---- "Wednesday's statement said ...": the day it came out, not a speaker 'Wednesday' ----------------

def test_a_weekdays_statement_is_no_speaker_thursday():
    body = ("The IAAF said the excuses of the pair were unacceptable. Kenteris was also charged. "
            "Thursday's statement said a hearing would be held for the pair next month.")
    assert [s for s, _, _ in all_en(body)] == ["IAAF"]


def test_a_weekdays_statement_with_no_one_before_gives_no_speaker_thursday():
    body = "Thursday's report said the federation would hold a hearing for the pair next month."
    assert "Thursday" not in {s for s, _, _ in all_en(body)}


def test_a_surname_that_is_a_month_still_owns_her_statement():
    body = "Theresa May spoke in Leeds. May's statement said the country would leave the union."
    assert [s for s, _, _ in all_en(body)] == ["Theresa May"]
