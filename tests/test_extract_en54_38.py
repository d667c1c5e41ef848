"""English who-said-what, round 38 (helper en54): a spokesperson named only by a person's possessive as a
report verb's whole subject ('His spokesman said ...', 'But her spokeswoman insisted ...') speaks as that
person's voice, as a named principal's spokesman does, with that person's office and state; never as a
person of the other gender. A spokesperson named by the definite article alone ('The spokesperson also
confirmed ...') is the body the article last quoted through an unnamed spokesperson, or no one. Texts
written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import run, quote_fields

LEAD = "Markets are busy.\n\n"


def quotes_of(body):
    return quote_fields(body, "speaker", "kind", "text", lang="en")


def sheet_of(body):
    return run(body, "en")["quotes"]


# ---- 'His spokesman said': the person the possessive means ---------------------------------------------

def test_his_spokesman_said_is_the_man_spoken_of():
    body = LEAD + "Tom Hale was sacked on Monday. His spokesman said he would appeal against the decision."
    assert quotes_of(body) == [("Tom Hale", "indirect", "he would appeal against the decision")]


def test_but_his_spokesman_insisted_after_a_coordinator():
    body = LEAD + ("Tom Hale is to present a new show on Sunday. But his spokesman insisted his attack on the "
                   "party was not a publicity stunt.")
    assert quotes_of(body) == [("Tom Hale", "indirect", "his attack on the party was not a publicity stunt")]


def test_her_spokesman_keeps_her_office_and_state():
    body = LEAD + ("French minister Anne Roux was sacked on Monday. Her spokesman told reporters that she "
                   "would appeal against the decision.")
    quotes = sheet_of(body)
    assert [(q["speaker"], q["role"], q["country"], q["text"]) for q in quotes] == [
        ("Anne Roux", "French minister", "FR", "she would appeal against the decision")]


def test_her_spokesman_also_said_is_the_woman_not_the_man_named_after_her():
    body = LEAD + ("French minister Anne Roux met Tom Hale on Monday. Her spokesman also said she would appeal "
                   "against the decision.")
    assert [(s, t) for s, _, t in quotes_of(body)] == [("Anne Roux", "she would appeal against the decision")]


def test_his_spokesman_before_a_quote():
    body = LEAD + "Tom Hale was sacked on Monday. His spokesman said: \"He will appeal against the decision.\""
    assert quotes_of(body) == [("Tom Hale", "direct", "He will appeal against the decision")]


def test_her_spokesman_is_never_a_man_who_spoke_last():
    # the woman meant is named with a given name of no known gender; the man quoted last is no one's voice
    body = LEAD + ("Kim Varga has denied reports that she has pulled out of the Open. Open chief Paul Hale had "
                   "said: \"Kim's wrist is not going to heal.\" But her spokesman insisted she had simply "
                   "delayed submitting her entry.")
    assert all(not (s == "Paul Hale" and t.startswith("she had simply delayed")) for s, _, t in quotes_of(body))


def test_their_spokesman_is_left_as_before():
    body = LEAD + "Tom Hale and Ann Roe were sacked on Monday. Their spokesman said they would appeal."
    assert all(s not in ("Tom Hale", "Ann Roe") for s, _, _ in quotes_of(body))


# ---- 'The spokesperson said': the voiced body quoted last ---------------------------------------------

def test_the_spokesperson_also_confirmed_is_the_body_quoted_through_a_spokesperson():
    body = LEAD + ("Delta has declined to elaborate. A spokesperson reiterated this position on Wednesday, "
                   "confirming only that Ms Roe had left. The spokesperson also confirmed that there were "
                   "clear rules on the use of uniforms.")
    assert quotes_of(body) == [("Delta", "indirect", "only that Ms Roe had left"),
                               ("Delta", "indirect", "there were clear rules on the use of uniforms")]


def test_the_spokesman_after_a_named_person_is_no_one():
    body = LEAD + ("Tom Hale resigned on Monday. He said he was tired of the job. The spokesman said the party "
                   "would choose a new leader in March.")
    assert all(not t.startswith("the party would choose") for _, _, t in quotes_of(body))


def test_a_spokesman_for_a_person_is_unchanged():
    body = LEAD + "French minister Anne Roux was sacked on Monday. A spokesman for Ms Roux said she would appeal."
    quotes = sheet_of(body)
    assert [(q["speaker"], q["country"]) for q in quotes] == [("Anne Roux", "FR")]
