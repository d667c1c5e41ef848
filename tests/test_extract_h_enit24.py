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
