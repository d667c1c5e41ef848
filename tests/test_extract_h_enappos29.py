"""A relative named by a given name alone after a cue is the speaker (helper h_enappos29).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


# ---- '," said his widow, Denise.': the kin word makes a lone given name a person's ----------------

def test_a_relative_named_by_a_given_name_alone_after_the_cue_speaks():
    body = ("The painter Tom Hale, who has died aged 79, sold his first canvas at twelve. "
            "He died at home on Monday. \"He lived for his work and he never stopped,\" said his widow, Denise.")
    assert _speakers(body) == ["Denise"]


def test_a_place_after_the_kin_word_is_no_speaker():
    # what the rule must not do: a city after the kin word is no given name (the speaker is not the city)
    body = ("The painter Tom Hale died at home on Monday. "
            "\"He was the kindest man I knew,\" said his daughter, Paris.")
    assert "Paris" not in _speakers(body)
