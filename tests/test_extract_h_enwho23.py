"""English speakers and their country (helper h_enwho23): a capitalised phrase ending in a firm's last
word ('Acme Research', 'Nova Systems') is the firm, never a person a later 'he' or 'she' goes to;
'said the American' after a sentence about someone of no known state is the person named last.
Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- a name ending in a firm's last word is the firm ----------------------------------------------

def test_a_pronoun_after_a_person_of_a_research_firm_is_the_persons():
    body = ("Lenders are moving their ticket kiosks to new software.\n\n"
            "The change was explained by Tom Hale, who heads the consultancy Retail Banking Research. "
            "\"Lenders tend to swap kiosks only when the old ones wear out,\" he said.\n\n"
            "But Mr Hale from Retail Banking Research thinks few kiosks face any danger.")
    assert all_en(body) == [
        ("Tom Hale", "Lenders tend to swap kiosks only when the old ones wear out", None),
        ("Tom Hale", "few kiosks face any danger", None)]


def test_names_ending_in_a_firm_word_are_firms():
    g = grammar_en()
    for text, name in [("Nova Systems", "Nova Systems"), ("Retail Banking Research", "Retail Banking Research"),
                       ("Acme Technologies", "Acme Technologies")]:
        p = g.parse(text, 0, len(text), None, False)
        assert (p.type, p.name) == ("organization", name)
    p = g.parse("Tom Hale", 0, 8, None, False)
    assert (p.type, p.name) == ("person", "Tom Hale")


# ---- '," said the American.': the person the sentence before the quote opens with ----------------

def test_said_the_nationality_is_the_subject_of_the_sentence_before_not_the_player_quoted_most():
    body = ("Tom Hale called the victory the best moment he has had on court after he beat Jim Cole in Madrid.\n\n"
            "Hale beat Cole in straight sets after losing the 2000 final. \"I have dreamed of "
            "this day,\" said Hale. \"I thought about nothing else all week,\" he added. Spanish captain "
            "Ben Ruiz said: \"He played a great game.\" Cole was unhappy with his serve in both "
            "matches on the slow clay of the Grand Stadium. \"It stings because I thought the match was mine "
            "until the last point,\" said the American. \"There were chances for me.\"")
    assert all_en(body) == [
        ("Tom Hale", "I have dreamed of this day", None),
        ("Tom Hale", "I thought about nothing else all week", None),
        ("Ben Ruiz", "He played a great game", None),
        ("Jim Cole", "It stings because I thought the match was mine until the last point", None),
        ("Jim Cole", "There were chances for me", None)]


def test_said_the_nationality_after_a_sentence_naming_the_beaten_player_last():
    body = ("Carl Moss reached the second round on Monday.\n\n"
            "\"It feels really good,\" said Moss. Dan Pike was pleased to beat "
            "Moss in his first match since the spring. \"I felt strong today,\" said the American. \"My timing "
            "was fine.\"")
    assert all_en(body) == [
        ("Carl Moss", "It feels really good", None),
        ("Dan Pike", "I felt strong today", None),
        ("Dan Pike", "My timing was fine", None)]


# ---- what an athlete has won or is to others, before the name ---------------------------------------

def test_an_olympic_champion_before_the_name_is_a_role_not_the_speaker():
    body = ("Double Olympic champion Kelly Moss won the 1,000m in Sheffield on Saturday.\n\n"
            "\"I will decide about the indoor season next week,\" she said. Arsenal team-mate "
            "Jim Cole agreed: \"She is in great form this winter.\"")
    assert all_en(body) == [
        ("Kelly Moss", "I will decide about the indoor season next week", None),
        ("Jim Cole", "She is in great form this winter", None)]


def test_a_capitalised_champion_still_ends_a_surname():
    body = ("The studio has signed a deal for a new film.\n\n"
            "\"We think the story can run for several films,\" said Gill Champion, president of the "
            "studio.")
    assert all_en(body) == [("Gill Champion", "We think the story can run for several films", None)]


def test_a_legend_or_a_replacement_of_a_national_team_speaks_for_no_state():
    body = ("Wales won in Paris on Saturday.\n\n"
            "\"The forwards were superb and the crowd loved every minute,\" said Wales legend Tom Hale. "
            "\"Nobody here is talking about titles yet,\" said Jim Cole, a second-half replacement "
            "in Saturday's win over France in Paris.")
    assert all_en(body) == [
        ("Tom Hale", "The forwards were superb and the crowd loved every minute", None),
        ("Jim Cole", "Nobody here is talking about titles yet", None)]


def test_the_club_wing_or_the_country_international_is_the_player_spoken_of():
    for subject in ("The Holland international", "The Rovers wing"):
        body = ("Head\n\nRovers striker Tom Hale scored twice on Saturday against City. \"We pressed them hard "
                f"before the break,\" said Hale. {subject} said the side would recover. \"We have a good "
                "spirit in the squad.\"")
        assert all_en(body) == [
            ("Tom Hale", "We pressed them hard before the break", None),
            ("Tom Hale", "the side would recover", None),
            ("Tom Hale", "We have a good spirit in the squad", None)], subject


def test_a_spokesman_of_a_league_speaks_for_the_league_named_whole():
    body = ("Both clubs face a hearing over the transfer row.\n\n"
            "A Premier League spokesman said the meeting would be held in March. A National Football "
            "League spokesman said the half-time show would suit families.")
    assert all_en(body) == [
        ("Premier League", "the meeting would be held in March", None),
        ("National Football League", "the half-time show would suit families", None)]
