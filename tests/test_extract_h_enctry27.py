"""Speaker country in English: a state's name or nationality inside a body that is not the state's
gives no state; a state's regulators and statistics offices named alone give theirs (helper h_enctry27).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a member of the European Parliament speaks for no state ---------------------------------------

def test_a_member_of_the_european_parliament_speaks_for_no_state():
    body = ("The vote on the directive was close. \"We will keep fighting this text,\" said Pierre Dulac, "
            "a French Green MEP.")
    assert all_en(body) == [("Pierre Dulac", "We will keep fighting this text", None)]


def test_a_national_legislator_keeps_the_state():
    body = "\"We will keep fighting this text,\" said French Green deputy Pierre Dulac, a member of the National Assembly."
    assert [c for _, _, c in all_en(body)] == ["FR"]


# ---- a sport's association, a project, a faith community's council: no state's body ------------------

def test_a_football_association_named_by_its_short_form_is_no_state_body():
    body = ("\"A fine is enough punishment for these words,\" said Carlos Vega, president of the Italian "
            "FA's disciplinary committee.")
    assert all_en(body) == [("Carlos Vega", "A fine is enough punishment for these words", None)]


def test_a_research_project_named_after_a_nationality_is_no_state_body():
    body = ("\"Phones are now part of daily life,\" said Tom Harker, director of the Brook Internet and "
            "American Family Project.")
    assert all_en(body) == [("Tom Harker", "Phones are now part of daily life", None)]


def test_a_faith_communitys_council_named_after_a_state_is_no_state_body():
    body = "\"We are deeply worried by this portrayal,\" said the Hindu Council of Britain in a statement."
    assert all_en(body) == [("Hindu Council of Britain", "We are deeply worried by this portrayal", None)]


def test_a_states_own_council_keeps_the_state():
    body = "\"We will review every case,\" said the British Council for Trade."
    assert [c for _, _, c in all_en(body)] == ["GB"]


# ---- regulators and statistics offices named without their state -------------------------------------

def test_a_communications_regulator_named_by_its_short_form_is_its_states():
    body = ("The fine was agreed with the Federal Communications Commission (FCC). \"The deal ends all "
            "open cases,\" said John Reed, FCC deputy chief of enforcement.")
    assert all_en(body) == [("John Reed", "The deal ends all open cases", "US")]


def test_a_statistics_office_named_alone_is_its_states():
    body = "\"Prices rose sharply in March,\" the Office for National Statistics said."
    assert all_en(body) == [("Office for National Statistics", "Prices rose sharply in March", "GB")]


def test_an_unlisted_office_for_statistics_gives_no_state():
    body = "\"Prices rose sharply in March,\" the Office for Regional Statistics said."
    assert [c for _, _, c in all_en(body)] == [None]


# ---- a judge in a story with no court sits on a prize's or a show's panel ----------------------------

def test_a_prizes_judge_speaks_for_no_state():
    body = ("Biologist Anna Rowe of London's Royal College won the British book prize on Monday. \"It is a brave "
            "and beautiful book,\" said judge Clara Fenwick. The prize was launched in Britain in 1990 and is "
            "given in the UK each year.")
    assert all_en(body) == [("Clara Fenwick", "It is a brave and beautiful book", None)]


def test_a_judge_in_a_story_of_a_trial_is_the_courts():
    body = ("A London court cleared the singer on Monday. \"There is no case to answer,\" said judge Clara "
            "Fenwick. The trial in Britain had lasted a week and the UK press followed it.")
    assert [c for _, _, c in all_en(body)] == ["GB"]


# ---- a relative clause after the name gives a state only with an office in it ------------------------

def test_a_relative_clause_naming_someone_elses_nationality_gives_no_state():
    body = ("\"I knew nothing about him before this film,\" said Mara Quinn, who came to the gala with her "
            "French husband.")
    assert all_en(body) == [("Mara Quinn", "I knew nothing about him before this film", None)]


def test_a_relative_clause_naming_an_office_keeps_its_state():
    body = "\"We will not give in,\" said Jean Morel, who heads the French culture ministry."
    assert [c for _, _, c in all_en(body)] == ["FR"]
