"""English rules of the helper en2 (forty-sixth session): a bare reported clause whose verb is a present
form between a singular subject and a bare object ('said the coating repels bacteria') is a clause; a
capitalised common word before a state's name opens a body's name ('An All England Club spokesman
said ...'), which speaks for no state; 'By' opens a phrase of time before a subject with no comma
('By Monday the city stated ...'). Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


def _countries(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country", lang="en")


# ---- a present form between a singular subject and a bare object ------------------------------------

def test_present_form_and_bare_object_is_a_reported_clause():
    body = ("A new coating for toilets has been designed in Seattle.\n\n"
            "Tom Hale said the coating repels bacteria.")
    assert ("Tom Hale", "the coating repels bacteria") in _who(body)


def test_researchers_report_with_a_plural_pronoun():
    body = ("A new coating for toilets has been designed in Seattle.\n\n"
            "The researchers said the coating was cheap. They also reported the coating repels bacteria, "
            "which helps to stop the spread of disease.")
    assert any(s == "researchers" and t.startswith("the coating repels bacteria") for s, t in _who(body))


def test_present_form_with_an_adjective_before_the_subject():
    body = ("Fares will rise in January, the rail operator said.\n\n"
            "Jane Roe said the new timetable gives commuters little choice.")
    assert ("Jane Roe", "the new timetable gives commuters little choice") in _who(body)


# ---- ... and what it leaves alone -------------------------------------------------------------------

def test_object_then_demonstrative_is_no_clause():
    body = ("Hunting with dogs is now banned in England.\n\n"
            "Tom Hale reported a hunt this weekend to the police.")
    assert not any(t.startswith("a hunt") for _, t in _who(body))


def test_object_with_a_possessive_is_no_clause():
    body = ("The race for the nomination narrowed on Friday.\n\n"
            "Tom Hale announced the end of his campaign in Iowa.")
    assert not any(t.startswith("the end of") for _, t in _who(body))


def test_noun_ending_in_s_after_a_noun_is_no_verb():
    body = ("Shares in the energy firm rose on Monday.\n\n"
            "The firm reported a fresh gas discovery in northern India.")
    assert not any(t.startswith("a fresh gas") for _, t in _who(body))


# ---- a capitalised common word before a state's name opens a body's name ----------------------------

def test_all_england_club_spokesman_speaks_for_the_club():
    body = ("The roof at Wimbledon will stay shut on Monday.\n\n"
            "An All England Club spokesman said the roof would be closed for the rest of the day.")
    assert ("All England Club", "the roof would be closed for the rest of the day") in _who(body)


def test_all_england_club_with_lower_case_club_speaks():
    body = ("Davenport hits out at Wimbledon.\n\n"
            "An All England club spokesperson denied Phillips made the remark.")
    assert [s for s, _ in _who(body)] == ["All England"]


def test_all_england_club_speaks_for_no_state():
    body = ("The roof at Wimbledon will stay shut on Monday.\n\n"
            "The All England Club said the roof would be closed for good.")
    assert ("All England Club", None) in _countries(body)


# ---- ... and what it leaves alone -------------------------------------------------------------------

def test_counting_word_before_a_state_opens_no_body():
    body = ("England lost to Wales on Saturday.\n\n"
            "Most Scotland supporters said the result was fair.")
    assert not any(s.startswith("Most") for s, _ in _who(body))


def test_office_before_a_state_is_still_an_office():
    body = ("England lost to Wales on Saturday.\n\n"
            "Former England coach Tom Hale said the pitch was poor.")
    assert ("Tom Hale", "the pitch was poor") in _who(body)


def test_capitalised_first_word_before_a_state_opens_no_body():
    body = ("New accounting rules take effect in the US next year.\n\n"
            "Big US firms said the rules were unfair to them.")
    assert not any(s.startswith("Big") for s, _ in _who(body))


# ---- 'By' opens a phrase of time before the subject with no comma ----------------------------------

def test_by_opens_a_time_phrase_before_a_definite_subject():
    body = ("A water pipe burst in White Plains, New York on Wednesday.\n\n"
            "The pipe burst under the road surface at the intersection of two avenues in the afternoon. "
            "By Monday the city stated the crews had fixed the leak.")
    assert ("city", "the crews had fixed the leak") in _who(body)


def test_by_opens_a_time_phrase_before_a_name():
    body = ("A water pipe burst in White Plains, New York on Wednesday.\n\n"
            "The pipe burst under the road surface at the intersection of two avenues in the afternoon. "
            "By then Acme said the crews had left the site.")
    assert ("Acme", "the crews had left the site") in _who(body)


def test_clause_after_an_inverted_cue_and_a_coordinator_is_not_the_sources():
    body = ("GW Pharma's drug could be available in Canada within months.\n\n"
            "Final approval in Canada should now be little more than a formality, analysts said, "
            "and the company expects full approval for the spray early in 2005.")
    assert not any(t.startswith("the company expects") for _, t in _who(body))
