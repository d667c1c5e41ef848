"""English rule of the helper enread (forty-sixth session): a quote closed on its comma is the object
of the cue after it, so that cue's clause ends at the next comma (a participle's clause goes on after
it: '..., adding that ...') and after a verb of telling the words are whom it was told to; the role in
lower case and the name before such a cue are the speaker. Sentences invented for these tests, in the
shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


# ---- the cue after a quote closed on its comma: a role in lower case, a name, a verb of telling ----

def test_role_and_name_told_reporters():
    body = ("The awards are on Sunday, host Tom Hale said.\n\n"
            "\"It will be a great show,\" producer Jane Dole told reporters.")
    assert ("Jane Dole", "It will be a great show") in _who(body)


def test_role_and_name_told_a_website():
    body = ("Sales of phones rose in January, the firm said.\n\n"
            "\"People want music on their phones,\" mobile analyst Jane Dole told the BBC News website.")
    assert ("Jane Dole", "People want music on their phones") in _who(body)


def test_cue_clause_ends_at_the_comma_before_a_participle():
    body = ("Shares in Acme fell on Monday, analysts said.\n\n"
            "\"We do not expect a sale at this point,\" broker Tom Hale said in a note to investors, "
            "adding that any legal battle would be long.")
    assert ("Tom Hale", "We do not expect a sale at this point") in _who(body)


# ---- ... and what it leaves alone ------------------------------------------------------------------

def test_cue_going_on_with_its_own_object_is_not_the_quote_cue():
    body = ("Tom Hale spoke at the meeting.\n\n"
            "\"We will build it,\" he said. \"Soon,\" the union boss Jane Dole announced a strike over pay "
            "and conditions at the plant.")
    assert ("Jane Dole", "Soon") not in _who(body)


def test_quote_closed_on_a_full_stop_keeps_its_speaker():
    body = ("Tom Hale, the coach, spoke after the game. \"We played well.\" "
            "Producer Jane Dole told reporters the show would go on.")
    assert ("Jane Dole", "We played well.") not in _who(body)
    assert ("Jane Dole", "We played well") not in _who(body)
