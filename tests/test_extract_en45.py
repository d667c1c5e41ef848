"""English rules of the helper en (forty-fifth session): a legislature member whose party names the
legislature's state ('Labour MP', 'Tory MP') speaks for that state, not the state the story is mostly
about, unless the story is about a state whose parties bear those names too. Sentences invented for
these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country", lang="en")


# ---- a legislature member's party names the legislature's state -------------------------------------

def test_labour_mp_in_a_story_about_iraq_is_british():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nLabour MP Jane Dole said the war in Iraq was wrong.")
    assert ("Jane Dole", "GB") in _countries(body)


def test_tory_mp_in_a_story_naming_only_the_us_is_british():
    body = ("The agency's chief has stayed in his job, US reports say.\n\n"
            "But committee member and Tory MP Tom Hale said he was amazed Mr Smith was still in his job.")
    assert ("Tom Hale", "GB") in _countries(body)


def test_labour_mp_in_a_story_naming_no_state_is_british():
    body = ("Deaths in custody have risen, a committee of MPs says.\n\n"
            "Labour MP Jane Dole said each death in custody was a death too many.")
    assert ("Jane Dole", "GB") in _countries(body)


# ---- ... and what it leaves alone -------------------------------------------------------------------

def test_mp_with_no_party_keeps_the_story_state():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nMP Tom Hale said the vote should wait.")
    assert ("Tom Hale", "IQ") in _countries(body)


def test_conservative_mp_in_a_story_about_canada_stays_canadian():
    body = ("Canada's budget was passed in Ottawa on Monday. Canada's opposition was split.\n\n"
            "Conservative MP Jane Dole said the budget in Canada was wrong.")
    assert ("Jane Dole", "CA") in _countries(body)


def test_party_leader_with_no_legislature_word_is_not_made_british():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nLabour spokesman Tom Hale said the war in Iraq was wrong.")
    assert ("Tom Hale", "GB") not in _countries(body)
