"""English speaker identity (helper h_enwho25): the name of an event, an award or a show is no person,
so no later 'he', 'she' or 'the coach' goes to it; 'White' after a given name is a surname, not a word
of 'White House Press Secretary'; a title that is also a surname, alone ('said King'), is the person
the article named in full. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- an event, an award or a show is no person ---------------------------------------------------

def test_a_competition_named_before_a_described_coach_is_not_the_speaker():
    body = ("Tom Hale is the coach of the French side. The French won the opening match of the Six "
            "Nations on Saturday. \"We will go there with a little fear,\" said the French coach. "
            "He added: \"We still have much to improve.\"")
    assert all_en(body) == [("Tom Hale", "We will go there with a little fear", None),
                            ("Tom Hale", "We still have much to improve", None)]


def test_event_names_parse_as_bodies():
    g = grammar_en()
    for text in ("the Six Nations", "the Brit Awards", "Consumer Electronics Show", "the Davis Cup",
                 "the Athens Olympics"):
        p = g.parse(text, 0, len(text))
        assert p is not None and p.type == "organization", text


# ---- 'White' after a given name is a surname ------------------------------------------------------

def test_white_after_a_given_name_is_a_surname():
    body = "Tom White is expecting a hard game. \"The scrum is a real force,\" he said."
    assert all_en(body) == [("Tom White", "The scrum is a real force", None)]
    # (the title still reads as one: the press secretary speaks for her state)
    assert all_en("White House Press Secretary Jane Cole said the visit was off.") == [
        ("Jane Cole", "the visit was off", "US")]


# ---- a title that is also a surname, alone, is the person named in full --------------------------

def test_a_bare_title_surname_is_the_person_named_in_full():
    assert all_en("DJ Paul King won the award. \"It is amazing,\" said King.") == [
        ("Paul King", "It is amazing", None)]
    assert all_en("Rugby coach Jake White won the award. \"It is amazing,\" said White.") == [
        ("Jake White", "It is amazing", None)]
    # (a title before a name stays the title: 'the King' is King Salman)
    assert all_en("King Salman met the envoy. \"It is a good day,\" said the King.") == [
        ("Salman", "It is a good day", "SA")]


# ---- a state before a firm, a think-tank or a private person is a nationality ---------------------

def test_a_firm_named_by_its_state_speaks_for_no_state():
    assert all_en("\"Others will follow,\" said Tom Hale, chief executive of US firm Acme Labs.") == [
        ("Tom Hale", "Others will follow", None)]
    assert all_en("The US firm said it wants to compete with the big studios.") == [
        ("US firm", "it wants to compete with the big studios", None)]
    assert all_en("Online diaries double in number each year, according to one US research think-tank.") == [
        ("US research think-tank", "Online diaries double in number each year", None)]


def test_a_private_person_named_by_her_state_speaks_for_no_state():
    assert all_en("A US woman is suing the maker, saying its cartridges are set to expire on a date.") == [
        ("US woman", "its cartridges are set to expire on a date", None)]
    # (the state's own people keep it)
    assert all_en("US officials said the plan was sound.") == [("US officials", "the plan was sound", "US")]


# ---- a capitalised preposition inside a body's name ----------------------------------------------

def test_a_body_named_with_a_preposition_is_one_body():
    body = ("The blogger was jailed for 14 years. His sentence was criticised by the watchdog Reporters "
            "Without Borders. \"The court wants to frighten every other writer,\" the group said.")
    assert all_en(body) == [("Reporters Without Borders", "The court wants to frighten every other writer", None)]
    assert all_en("But local group Friends and Neighbours Against Violence said the man must serve his full term.") == [
        ("Friends and Neighbours Against Violence", "the man must serve his full term", None)]


def test_a_preposition_opening_a_sentence_names_no_one():
    g = grammar_en()
    text = "Without Charles"
    assert g.parse(text, 0, len(text)) is None
