"""A body's possessive in apposition describes the person named before it (helper h_enwho31).
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en


def _speakers(body: str) -> list[str]:
    return [s for s, _, _ in all_en(body)]


# ---- after the cue: 'argues Mr Pike, Factory Monthly's engineer of the year' ----------------------

def test_an_owner_in_apposition_after_the_cue_is_not_the_speaker():
    body = ("Chip maker Gordon Pike has seen many booms.\n"
            "\"We are in a new era now when it comes to chips,\" argues Mr Pike, Factory Monthly's 2004 "
            "Engineer of the Year. The hype is gone.\n"
            "\"In the boom years, something new came along every week,\" he says.")
    assert _speakers(body) == ["Gordon Pike", "Gordon Pike"]


def test_a_name_in_apposition_after_an_owned_office_speaks():
    body = "\"He was the finest teacher I ever had,\" said University of Kent, Canterbury's provost, Anil Mehra."
    assert _speakers(body) == ["Anil Mehra"]


def test_a_body_after_the_cue_without_a_possessive_still_speaks():
    # (not a description: the body's name in apposition after an office is the speaker's body)
    body = "\"Sales will rise this year,\" said Veritec, the chip maker."
    assert _speakers(body) == ["Veritec"]


# ---- before the cue: 'Ard Jan Dekker, Veritec's principal consultant on NFC, said' ------------------

def test_an_owned_role_ending_in_a_field_after_a_preposition_is_the_names_apposition():
    body = ("Ard Jan Dekker, Veritec's principal consultant on NFC, said the survey showed that retailers "
            "needed to inform people.")
    assert _speakers(body) == ["Ard Jan Dekker"]


def test_a_surname_after_a_courtesy_title_before_an_owned_role_speaks():
    body = ("Gordon Pike has seen many booms. Mr Pike, Factory Monthly's engineer of the year, said the era "
            "of chips was new.")
    assert _speakers(body) == ["Gordon Pike"]


def test_a_name_closing_the_owned_role_is_not_read_as_the_field():
    # (no preposition before the capitalised words: they are a name, not what the office is over)
    body = "Jane Roe, Veritec's chief executive Tom Hale, said the era of chips was new."
    assert _speakers(body) != ["Jane Roe"]

