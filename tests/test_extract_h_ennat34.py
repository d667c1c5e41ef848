"""A nationality word alone is no speaker (helper h_ennat34).
Sentences invented for these tests, in the shape of English sports and arts news."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in run(body, "en")["quotes"]]


# ---- 'The Norwegian twisted his knee ...' with nobody named before: no speaker 'Norwegian' -------

def test_a_nationality_word_left_without_its_person_is_no_speaker():
    body = ("Top seed survived a scare as he beat Tomas Berdal in four sets on Tuesday.\n"
            "The Norwegian twisted his knee in the second set and called for the trainer straight away.\n"
            "\"I felt something go, but it was fine after a few games,\" said Berdal.")
    speakers = _speakers(body)
    assert "Norwegian" not in speakers
    assert "Tomas Berdal" in speakers


def test_a_named_person_described_by_nationality_still_speaks():
    # what the rule must not do: 'the Norwegian' standing for a person named before keeps that person
    body = ("Erik Solberg won his first title in Oslo on Sunday.\n"
            "\"It has been a long wait for this one and I am very happy with how I played today,\" said the Norwegian.")
    assert _speakers(body) == ["Erik Solberg"]
