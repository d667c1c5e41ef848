"""English pronoun cues (helper h_enit24): an 'it' in a cue ending a sentence (', it warned.') means a
body, never the person the article quoted last: the one spoken of last when that is a body, else the
body the sentence before opens with, else no one. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


def test_it_ending_a_sentence_means_the_body_the_sentence_before_opens_with():
    body = ("Mr Tom Hale said most shoppers had never heard of the tags. He said that was a pity. "
            "The Shoppers Privacy League has claimed that the tags could track people at home. "
            "Every coat and shoe could send out signals about where its owner is, it warned.")
    got = all_en(body)
    assert ("Shoppers Privacy League",
            "Every coat and shoe could send out signals about where its owner is", None) in got
    assert not any(s == "Tom Hale" and t.startswith("Every coat") for s, t, _ in got)


def test_it_ending_a_sentence_after_a_person_and_no_body_is_no_ones():
    body = ("Ms Jane Holt, the head of Acme Cards, told reporters the cards would be issued in May. "
            "The new treaty sets out rules for ports and crews and, above all, for safer seas, it says.")
    got = all_en(body)
    assert not any(s == "Jane Holt" and "treaty" in t for s, t, _ in got)


def test_he_ending_a_sentence_still_means_the_person():
    body = ("Mr Tom Hale said most shoppers had never heard of the tags. "
            "Most of them thought the tags could be read from far away. "
            "The tags would soon be cheap enough for every shop, he said.")
    assert ("Tom Hale", "The tags would soon be cheap enough for every shop", None) in all_en(body)


# ---- a sentence whose subject is 'he' or 'she' names others only in passing ----------------------

def test_a_list_of_names_after_he_does_not_take_the_next_pronoun():
    body = ("\"We need a win,\" said Mark Doyle, the Rovers captain. Doyle won the cup in 1998 with Rovers. "
            "He now plays in Qatar, alongside the likes of Tom Reed, Sam Webb and Luis Moreno. "
            "So he is full of praise for two old friends. \"I am happy that they still play,\" he said.")
    assert all_en(body) == [("Mark Doyle", "We need a win", None),
                            ("Mark Doyle", "I am happy that they still play", None)]


def test_works_named_after_he_do_not_take_the_next_quote():
    body = ("Rick Dale, who restores old prints at Acme Studios, is busy. "
            "He has worked on the Space Wars trilogy, Ocean Tales and Harry Stone. "
            "\"Film people and video people once lived in separate worlds,\" he said.")
    assert ("Rick Dale", "Film people and video people once lived in separate worlds", None) in all_en(body)


def test_a_she_sentence_about_another_woman_keeps_the_named_subject_when_no_pronoun_opens_it():
    # (a sentence opening with a name is about that name, as before)
    body = ("\"It was hard,\" said Jane Holt. Mary Vance, her co-star, won the award. "
            "\"I was very surprised,\" she said.")
    assert ("Mary Vance", "I was very surprised", None) in all_en(body)
