"""A person described after a quote ('the Dutchman', 'the 29-year-old', 'the midfielder') is the person
named last, and a team, a prize or a film is never that person (helper h_en35b).
Sentences invented for these tests, in the shape of English sport and show-business news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker", lang="en")


# ---- a nationality before its cue after a quote: the person named last, past a team's name ---------

def test_a_nationality_before_its_cue_is_the_person_named_last_not_the_team():
    body = ("Riverside manager Tom Hale praised his men after a 2-0 win over a battling Kingsbury Athletic side.\n\n"
            "\"We kept the ball well and the goals came late,\" the Dutchman said.")
    assert _speakers(body) == ["Tom Hale"]


def test_a_nationality_after_a_prize_and_a_film_named_last_is_the_person_before_them():
    body = ("Simon Drake flew in on Friday. He said his film Long Road was up for the fair's Silver Heron awards.\n\n"
            "\"I wondered whether coming at all was right,\" the Irishman said.")
    assert _speakers(body)[-1] == "Simon Drake"


def test_a_person_named_before_a_common_word_stays_a_person():
    # (not a team: 'the Tom Hale era' is no word of thing_name_followers)
    body = ("Fans still speak of the Tom Hale era at Riverside.\n\n"
            "\"Those were the best years of my life,\" the Dutchman said.")
    assert _speakers(body) == ["Tom Hale"]


# ---- an age or a position before its cue after a quote ---------------------------------------------

def test_an_age_before_its_cue_is_the_person_named_only_as_an_object():
    body = ("Westbury have signed Kingsbury defender Paul Grantham on a two-year deal.\n\n"
            "\"I am thrilled to be here and cannot wait to start,\" the 29-year-old told the club website.")
    assert _speakers(body) == ["Paul Grantham"]


def test_a_position_before_its_cue_is_the_person_named_last():
    body = ("Westbury have signed Kingsbury's Paul Grantham on a two-year deal.\n\n"
            "\"It was an easy choice for me,\" the midfielder said.")
    assert _speakers(body) == ["Paul Grantham"]
