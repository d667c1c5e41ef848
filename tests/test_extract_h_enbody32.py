"""Person or body (helper h_enbody32): a person named before a body's office in apposition speaks,
not the body; 'it' is never a person whose given name tells a gender.
Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker", lang="en")


# ---- 'NAME, ORG office, said': the person, not the body ------------------------------------------

def test_a_name_before_a_body_office_without_a_comma_before_the_cue_is_the_speaker():
    body = ('Kate Marlow, PTF chair and veteran campaigner said: "The show is selling gloom to teenagers. '
            '"Nobody checks what they watch."')
    assert _speakers(body) == ["Kate Marlow", "Kate Marlow"]


def test_a_name_before_a_state_led_office_at_a_firm_is_the_speaker_of_no_state():
    body = ("Tom Harker, UK managing director of security firm Mailgate, said the trick was the next "
            "step for fraudsters.")
    sheet = run(body, "en")
    assert [(q["speaker"], q["country"]) for q in sheet["quotes"]] == [("Tom Harker", None)]


def test_a_body_office_with_a_name_after_it_is_not_an_apposition():
    # the office's holder is named after it: he speaks, not the name before the comma
    body = "In Leeds, Acme chief executive Tom Hale said the plant would stay open."
    assert _speakers(body) == ["Tom Hale"]


# ---- 'it' is never a person a given name marks --------------------------------------------------

def test_it_is_not_the_woman_quoted_before():
    body = ('Ann Prowse believes shops will keep their customers. "Most people do not want the hassle '
            'of printing at home," she said. The magazine test found that cheap inks faded first. It '
            'recommended avoiding inks not made by printer makers.')
    assert _speakers(body) == ["Ann Prowse", "Ann Prowse"]


def test_it_is_still_the_firm_named_before():
    body = ("Acme Prints believes shops will keep their customers. The magazine test found that cheap "
            "inks faded first. It recommended avoiding inks not made by printer makers.")
    assert _speakers(body) == ["Acme Prints", "Acme Prints"]


# ---- 'they' is never one person named in full ------------------------------------------------

def test_they_is_not_the_one_singer_named_before():
    body = ("Singer Brian Foley said he was upset about the video. They have said the name of the "
            "school was a coincidence.")
    assert _speakers(body) == ["Brian Foley"]


def test_they_is_still_the_firm_named_before():
    body = ("Acme Records pulled the video on Monday. They have said the name of the school was a "
            "coincidence.")
    assert _speakers(body) == ["Acme Records"]
