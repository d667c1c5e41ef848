"""English rules of the helper en (forty-sixth session): 'They' opening a sentence before a plural
present report verb ('They say ...', 'They also argue ...') is the group the article spoke of, whose
report it is, as 'They said ...' is; a lower-case 'they' inside a sentence ('but they all say that
...', in interviews and comment) stays a vague one, reporting no one. Sentences invented for these
tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import reports_of

PATENTS = "Poland has blocked the adoption of a European law on the patenting of software.\n\n"


def _reports(body: str) -> list[tuple[str, str]]:
    return [(who, text) for who, text, _ in reports_of(body)]


# ---- 'They' opening a sentence reports for the group spoken of ---------------------------------------

def test_they_say_after_critics_is_the_critics_report():
    body = PATENTS + ("Critics say the law would favour large companies over small, innovative ones. They say "
                      "it could have massive ramifications for open source software.")
    assert ("Critics", "it could have massive ramifications for open source software") in _reports(body)


def test_they_also_say_after_experts_is_the_experts_report():
    body = ("Data recovery experts say human behaviour is still to blame in many cases of lost files. "
            "They also say that users should take more time to back up their work.")
    assert ("experts", "users should take more time to back up their work") in _reports(body)


# ---- ... and what it leaves alone -------------------------------------------------------------------

def test_lower_case_they_say_inside_a_sentence_reports_no_one():
    body = PATENTS + "We spoke to many officers, but they all say that it is lockdown and nothing can be done."
    assert _reports(body) == []


def test_they_say_with_no_group_spoken_of_reports_no_one():
    body = PATENTS + "Officers were sent to the town on Monday. They say the war could last for years."
    assert _reports(body) == []


def test_they_say_after_a_person_spoke_is_not_that_person():
    body = PATENTS + ("Open source developer Tom Hale said the law was a threat to small firms. They say the "
                      "vote could come next month.")
    assert all(who != "Tom Hale" for who, text in _reports(body) if text.startswith("the vote"))


# ---- a quantifier of the subject inside a passive verb group ('were each invited') -----------------

DEBATE = "The foundation held two debates in October for third party candidates.\n\n"


def test_were_each_invited_is_passive_and_reports_nothing():
    body = DEBATE + ("Libertarian nominee Jo Hale, Alliance Party nominee Rocky Dole, and rapper Tim West were each "
                     "invited but did not attend.")
    assert _reports(body) == []


def test_were_both_accused_is_passive_and_reports_nothing():
    body = DEBATE + "Jo Hale and Rocky Dole were both accused of lying about their campaign funding."
    assert _reports(body) == []


def test_each_before_an_active_report_verb_still_reports():
    body = DEBATE + "Jo Hale and Rocky Dole each said they would attend the next debate in November."
    assert [who for who, _ in _reports(body)] == ["Jo Hale", "Rocky Dole"]
