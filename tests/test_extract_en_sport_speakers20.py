"""English sport, show-business and tech speakers, round 2 (helper h_enbbcx20b): an uncued quote after
a sentence about someone the article has not quoted, which speaks of that person by name, goes on
with the last speaker; character references in a plain-text article are read decoded. Texts
written for these tests, with invented names."""
from __future__ import annotations

from pathlib import Path

from generator.articles import decode_references, read_article

from .extract_cases import all_en


# ---- an uncued quote goes on with the last speaker, not with a player named in between --------

def test_uncued_quotes_that_speak_of_the_player_named_between_are_the_coachs():
    body = ("Rovers coach Tom Hale was pleased with the squad. \"The young winger has earned his place,\" "
            "said Hale. \"He trained hard all month.\" And Rovers forward Jim Cole looks certain to play, "
            "if he recovers from a knee problem. \"I took lessons from last year about fitness.\n\n"
            "\"Every player is judged on his merits and Jim Cole is an outstanding player.\"")
    assert all_en(body) == [
        ("Tom Hale", "The young winger has earned his place", None),
        ("Tom Hale", "He trained hard all month", None),
        ("Tom Hale", "I took lessons from last year about fitness", None),
        ("Tom Hale", "Every player is judged on his merits and Jim Cole is an outstanding player", None)]


def test_an_uncued_quote_after_a_sentence_about_a_new_person_stays_theirs():
    # (the quote does not speak of her: the sentence before introduced the one who says it)
    body = ("\"The show was a success,\" said producer Tom Hale. Actress Mary Vance, who played the "
            "captain, found the part hard. \"I had no lines for weeks and I did not like it at all.\"")
    assert all_en(body) == [("Tom Hale", "The show was a success", None),
                            ("Mary Vance", "I had no lines for weeks and I did not like it at all", None)]


# ---- character references in a plain-text article -----------------------------------------------

def test_character_references_are_decoded_complete_ones_only():
    assert decode_references("Jos&#233; sat in a caf&eacute; at AT&amp;T; R&D and AT&T stay; &#x41;") == \
        "José sat in a café at AT&T; R&D and AT&T stay; A"
    assert decode_references("a &madeup; word") == "a &madeup; word"


def test_a_plain_article_with_references_is_read_decoded(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\n\"We will appeal,\" said Jos&#233; Ramos, the team's lawyer.\n", encoding="utf-8")
    article = read_article(path)
    assert article.body == "\"We will appeal,\" said José Ramos, the team's lawyer."
    assert all_en(article.body) == [("José Ramos", "We will appeal", None)]


# ---- roles: a team's member, a title with its field, a possessive with the apostrophe alone -----

def test_a_national_teams_member_speaks_for_no_state():
    assert all_en("British team member Jane Holt said the squad would understand if the captain stayed home.") == [
        ("Jane Holt", "the squad would understand if the captain stayed home", None)]
    # (a state before a lower-case office still gives it its state)
    assert all_en("Italian economic development minister Marco Bruni said the plan would work.") == [
        ("Marco Bruni", "the plan would work", "IT")]


def test_a_title_with_a_lower_case_field_before_the_name():
    assert all_en("Director of television Jana Holt said the changes were good for the channel.") == [
        ("Jana Holt", "the changes were good for the channel", None)]
    assert all_en("The head of research Peter Roe said the market would grow.") == [
        ("Peter Roe", "the market would grow", None)]


def test_a_possessive_apostrophe_alone_before_a_second_verb():
    body = ("Tom Reyes lost his case on Friday. But Reyes' lawyer Paul Hartley called the fine "
            "\"absurd\" and said his client would appeal within a week.")
    assert ("Paul Hartley", "his client would appeal within a week", None) in all_en(body)
    assert {who for who, _, _ in all_en(body)} == {"Paul Hartley"}


def test_a_clubs_officer_by_field_speaks_for_no_state():
    # (a club named after its city: the city's state is not the officer's)
    assert all_en("Real Toledo director of sport Luis Mora praised the fans for their conduct.") == [
        ("Luis Mora", "praised the fans for their conduct", None)]
    assert all_en("Real Toledo sporting director Luis Mora praised the fans for their conduct.") == [
        ("Luis Mora", "praised the fans for their conduct", None)]


# ---- a person called by nationality is the person named last ------------------------------------

def test_a_nationality_subject_is_the_person_named_last():
    body = ("\"In the third set it all turned around,\" said Marat Kovin. \"I was a little lucky.\" "
            "And the Russian revealed that the win was his best.")
    assert all_en(body)[-1] == ("Marat Kovin", "the win was his best", None)
    body = ("Adrian Mutescu was sacked. Expert Michelle Verrot backed the club. \"It was a very difficult "
            "decision for them.\" It emerged that Mutescu had missed two training camps. The Romanian international "
            "later suggested the camps clashed with his exams.")
    assert all_en(body)[-1] == ("Adrian Mutescu", "the camps clashed with his exams", None)


def test_a_nationality_subject_after_another_speaker_in_the_sentence_is_someone_else():
    body = ("The goal was disallowed by referee John Dalby, who had been watching Bob Dean closely. Dalby said "
            "that Dean was offside, but the Kiwi said he had timed his run well.")
    assert all_en(body) == [("John Dalby", "Dean was offside", None),
                            ("Bob Dean", "he had timed his run well", None)]


def test_a_nationality_after_the_cue_is_the_person_named_last():
    assert all_en("Tom Reid scored twice. \"We played well,\" said the Scot.") == [
        ("Tom Reid", "We played well", None)]


def test_a_nation_a_state_office_or_a_body_is_no_person_by_nationality():
    assert all_en("Tom Reid scored twice. The Chinese said the talks went well.") == [
        ("Chinese", "the talks went well", "CN")]
    assert all_en("Vladimir Putin met the press. The Russian president said the talks went well.") == [
        ("Vladimir Putin", "the talks went well", "RU")]
    assert all(who != "Tom Reid" for who, _, _ in all_en("Tom Reid scored twice. The German company said sales rose."))
