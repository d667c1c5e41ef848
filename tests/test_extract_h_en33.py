"""English who-said-what on untuned news (helper h_en33). Sentences invented for these tests, in the
shape of BBC sport reports."""
from __future__ import annotations

from .extract_cases import all_en


def _speaker_of(body: str, words: str) -> str | None:
    return next((s for s, t, _ in all_en(body) if words in t), None)


# ---- 'CLAUSE and NAME said: "..."': the cue's own subject, not the first clause's -------------------

def test_a_name_after_and_before_a_cue_is_the_speaker_not_the_first_clause_subject():
    body = ("Rome coach Carlo Benetti said his team were ready for the trip. Rome beat Turin in a shootout "
            "at the old stadium and Benetti said: \"Everyone here is glad to be home again.\"")
    assert _speaker_of(body, "glad to be home") == "Carlo Benetti"


def test_a_name_after_a_place_and_and_is_the_speaker():
    # (the place after 'at' ends the first clause: no list of two people)
    body = ("Rome coach Carlo Benetti said his team were ready. Rome beat Turin in a shootout after a draw "
            "at Stadio Olimpico and Benetti said: \"We showed real spirit today.\"")
    assert _speaker_of(body, "real spirit") == "Carlo Benetti"


def test_he_after_and_is_the_person_the_sentence_opens_with():
    body = ("Villa's Tom Kessler is waiting on the future of manager Dan Oakes.\n"
            "Oakes is discussing a fresh contract and he said: \"His agent sent me a note.\"")
    assert _speaker_of(body, "agent sent me a note") == "Dan Oakes"


def test_he_after_and_is_not_a_woman_the_sentence_opens_with():
    # (the pronoun's gender is not hers: the man the article spoke of before, as without the rule)
    body = ("Manager Tom Kessler spoke to reporters on Friday.\n"
            "Jane Oakes is discussing a fresh contract and he said: \"Her agent sent me a note.\"")
    assert _speaker_of(body, "agent sent me a note") == "Tom Kessler"
