"""English reports the extractor missed whole (helper h_enrecall31). Sentences invented for these
tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import run


def _reports(body: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "indirect"]


# ---- a comma between digits cuts no subject into segments -------------------------------------------

def test_a_number_with_a_thousands_comma_in_an_aside_leaves_the_study_the_subject():
    body = ("Teenagers text more than they talk, a new study suggests.\n"
            "The study, which polled 4,500 pupils in nine cities, found that girls were the keenest texters.")
    assert ("study", "girls were the keenest texters") in _reports(body)


def test_a_comma_after_a_number_still_cuts_the_subject():
    # ('In 2003, 2,400 fans ...': the comma after the year and its space are a break; the fans are
    # no one named and say nothing the sheet keeps)
    body = "In 2003, 2,400 fans said they had seen the club's worst season."
    assert _reports(body) == []


# ---- a finding's clause may open with a quantity ------------------------------------------------------

def test_a_finding_clause_opening_with_a_percentage_is_reported():
    body = ("Shops are slow to lock their wireless networks, a survey says.\n"
            "The survey found 40% of shops had left their networks open to anyone.")
    assert ("survey", "40% of shops had left their networks open to anyone") in _reports(body)


def test_a_finding_clause_opening_with_a_fraction_after_a_lead_is_reported():
    body = ("Drivers are ignoring the new signs, a study suggests.\n"
            "The study found more than a quarter had never noticed the signs at all.")
    assert ("study", "more than a quarter had never noticed the signs at all") in _reports(body)


def test_a_counted_object_of_a_finding_is_no_clause():
    body = ("Doctors are puzzled by the outbreak, a report says.\n"
            "The study found 12 new strains in the water of the village wells.\n"
            "The study found 30% more cases than in the spring.")
    assert _reports(body) == []


# ---- a partial quote in a cue participle's clause after a quote and its cue --------------------------

def test_a_partial_quote_after_adding_that_follows_a_quote_and_its_cue_is_the_speakers():
    body = '"It only took one loud fan to put me off," said Tom Hale, adding that the rest of the crowd was "very fair".'
    direct = [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "direct"]
    assert ("Tom Hale", "very fair") in direct


def test_a_so_called_term_in_the_participle_clause_stays_a_scare_quote():
    body = '"It only took one loud fan to put me off," said Tom Hale, adding that the so-called "ultras" had gone home.'
    direct = [q["text"] for q in run(body, "en")["quotes"] if q["kind"] == "direct"]
    assert "ultras" not in direct
