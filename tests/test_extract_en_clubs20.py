"""English sport and show-business speakers (helper h_enbbcx20): a club's or a show's role word between
the club and a name ('Rovers coach Tom Hale', 'Awards host Dan Rivers'), a national team's coach or
captain who speaks for no state, a description of a club's officer after or before the cue ('said the
Rovers sporting director', 'the Harbour boss said') that means the person the article named with that
role, and a name's possessive with the apostrophe alone ('Jones' lawyer'). Texts written for these
tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a club's or a show's role word joins the body to the name ----------------------------------

def test_a_clubs_coach_before_a_name_after_the_quote():
    body = ("The club lost again on Saturday.\n\n"
            "\"The young winger has earned his place,\" Rovers coach Tom Hale told Radio Riverside. "
            "\"He trained hard all month.\"")
    assert all_en(body) == [("Tom Hale", "The young winger has earned his place", None),
                            ("Tom Hale", "He trained hard all month", None)]


def test_a_clubs_star_and_a_bands_frontman_before_a_name():
    assert all_en("Harbour City star Dario Lentini admitted: \"The derby will be tough for us.\"") == [
        ("Dario Lentini", "The derby will be tough for us", None)]
    assert all_en("The band will rest for a year. Comets frontman Joe Vance said: \"We need a break.\"") == [
        ("Joe Vance", "We need a break", None)]


def test_a_shows_host_and_its_communications_director_before_a_name():
    body = ("Awards host Dan Rivers said he will keep the jokes short.\n\n"
            "\"Snow fell on the night in 1987,\" said Awards communications director Jon Pike.")
    assert all_en(body) == [("Dan Rivers", "he will keep the jokes short", None),
                            ("Jon Pike", "Snow fell on the night in 1987", None)]


# ---- a national team's coach or captain speaks for no state -------------------------------------

def test_a_national_teams_coach_or_captain_speaks_for_no_state():
    assert all_en("\"We will be ready,\" Wales coach Tom Hale said.") == [("Tom Hale", "We will be ready", None)]
    assert all_en("\"We will be ready,\" France captain Jean Dupont said.") == [
        ("Jean Dupont", "We will be ready", None)]
    assert all_en("\"We will be ready,\" Italy skipper Marco Bruni said.") == [
        ("Marco Bruni", "We will be ready", None)]


def test_a_capitalised_captain_is_still_a_states_rank():
    body = ("The US Coast Guard ended its search on Tuesday. US Coast Guard Captain Jane Doe said: "
            "\"We looked for two days.\"")
    assert all_en(body) == [("Jane Doe", "We looked for two days", "US")]


# ---- a description of a club's officer after or before the cue ----------------------------------

def test_the_clubs_officer_after_the_cue_is_the_person_named_with_that_role():
    body = ("Rovers sporting director Frank Arvidsen has denied a rift with the coach, who resigned. "
            "\"That story is simply untrue,\" said the Rovers sporting director.")
    assert all_en(body) == [("Frank Arvidsen", "That story is simply untrue", None)]


def test_the_clubs_coach_is_the_coach_of_that_club_not_the_last_coach_named():
    body = ("Rovers coach Tom Hale named his squad on Monday. He had talked to Harbour coach Eddie Jonas "
            "after the tour.\n\n\"Their defence was the best I have seen,\" said the Rovers coach.")
    assert [q for q in all_en(body) if q[1] == "Their defence was the best I have seen"] == [
        ("Tom Hale", "Their defence was the best I have seen", None)]


def test_a_players_position_after_the_cue_is_the_player_just_spoken_of():
    body = ("Skipper Jason Robbins believes the squad is in good heart. \"Nobody here doubts the plan,\" "
            "said the Harbour full-back.")
    assert [q[0] for q in all_en(body)] == ["Jason Robbins", "Jason Robbins"]


def test_the_clubs_chief_after_the_cue_is_its_chairman_just_spoken_of():
    body = ("Rovers chairman Maurice Lindon said money was no problem. Lindon also said he understood the "
            "interest in Farley. \"Losing him would hurt us,\" said the Rovers chief.")
    assert [q[0] for q in all_en(body)] == ["Maurice Lindon"] * 3


def test_the_clubs_boss_before_the_verb_is_its_manager():
    body = ("Striker Craig Bellows fell out with Harbour manager Jim Reyes. The Harbour boss said Bellows "
            "would be left out of the squad.")
    assert all_en(body) == [("Jim Reyes", "Bellows would be left out of the squad", None)]


# ---- a name ending in 's' with the apostrophe alone ---------------------------------------------

def test_a_possessive_apostrophe_alone_leads_to_the_named_person():
    body = ("The two runners were suspended. But Kenteros' lawyer Greg Ionides told Radio Riverside he "
            "expected both to be cleared.")
    assert all_en(body) == [("Greg Ionides", "he expected both to be cleared", None)]
    assert all_en("\"The scan is on Friday,\" Wales' team physiotherapist Mark Davids said.") == [
        ("Mark Davids", "The scan is on Friday", None)]
