"""English pronoun cues and salience (helper h_enpron29): a sentence whose whole subject describes a
person ('But the 31-year-old Glaswegian ...', 'the Swiss star') is about the one described, whom the
next 'he said' means; 'the Russian' after someone named by one name only is that one; a pronoun-cued
quote that names its referent in the third person is the one quoted before. Texts written for these
tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


def speakers(body):
    return [(who, text) for who, text, _ in all_en(body)]


# ---- an epithet subject is the person it describes, not the name the sentence before ended with ----

def test_a_he_cue_after_an_age_and_hometown_subject_is_the_described_players():
    body = ("Tom Keller is ready to sign a new deal with Rovers after a fine season.\n\n"
            "Early talks have begun and the defender said: \"I hope it is sorted out soon.\" Town boss "
            "Barry Lomax is said to have been impressed by Keller's form and may make a bid in January. "
            "But the 27-year-old Glaswegian repeated his wish to stay with the club. He added: \"It is "
            "good to be wanted by other clubs but my home is here.\"")
    assert ("Tom Keller", "It is good to be wanted by other clubs but my home is here") in speakers(body)


def test_a_nationality_subject_after_an_opening_phrase_is_the_one_named_before_it():
    body = ("Karl Brenner - polite, hard-working and a superb tennis player.\n\n"
            "When Dan Marsh lost to him again in the final, the Australian said: \"You are the best.\" "
            "Marsh, along with Ivo Petrov and Luka Ricci, will be strong in 2006. According to all those "
            "rivals and even Brenner himself, the Swiss star stands well above the rest.\n\n"
            "\"These days I sense that a bit,\" he told reporters.")
    assert ("Karl Brenner", "These days I sense that a bit") in speakers(body)


def test_a_described_subject_is_not_someone_named_once_in_a_list():
    # ('the rapper' is the article's own rapper, named by one word only; not the act named once)
    body = ("Rapper Kingo is to play a small show in Leeds on Saturday.\n\n"
            "Other acts who may appear at the show include Max Dorn, Lil Peck and Obie Vance. "
            "The rapper was criticised last year after a television show led viewers to complain. "
            "\"He was told to calm the show down and took no notice,\" a station "
            "statement read.")
    assert not any(who == "Obie Vance" for who, _ in speakers(body))


# ---- 'the Russian' after someone named by one name only ----------------------------------------

def test_the_nationality_after_a_lone_named_speaker_is_that_speaker():
    body = ("Fourth seed Petrov survived an injury scare as he beat Ivan Horvat in four sets.\n\n"
            "Horvat, a semi-finalist last year, looked set to push Petrov all the way. Petrov said he "
            "was trying to keep calm this year. \"I try to stay calm because it helps me against players "
            "like Horvat, who is very tough,\" he said. \"I had had enough of shouting.\" The Russian added "
            "that his knee did not trouble him. \"That knee has given me plenty of trouble in the past,\" "
            "he said.")
    assert ("Petrov", "That knee has given me plenty of trouble in the past") in speakers(body)


# ---- a pronoun-cued quote naming the pronoun's referent is the one quoted before -----------------

def test_a_he_cue_quote_naming_the_one_just_spoken_of_is_the_previous_speakers():
    body = ("City manager Frank Doyle has signed a new three-year contract at the club.\n\n"
            "Doyle said he was glad to face the task of another three seasons. Meanwhile, Doyle "
            "has criticised captain Lars Lund for his remarks before the derby. Lund spoke of his dislike "
            "of the rivals ahead of the match, which City lost. \"I've had a quiet word with Lars. It has "
            "been said to the whole squad,\" he said.")
    assert ("Frank Doyle", "I've had a quiet word with Lars. It has been said to the whole squad") \
        in speakers(body)


def test_a_he_cue_quote_not_naming_the_one_spoken_of_stays_theirs():
    # (what the rule must not do: a quote that does not name him is the one the sentence is about)
    body = ("City manager Frank Doyle has signed a new three-year contract at the club.\n\n"
            "Doyle said he was glad to face the task of another three seasons. Meanwhile, Doyle "
            "has criticised captain Lars Lund for his remarks before the derby. Lund spoke of his dislike "
            "of the rivals ahead of the match, which City lost. \"I said what I felt and I stand by "
            "it,\" he said.")
    assert ("Lars Lund", "I said what I felt and I stand by it") in speakers(body)
