"""Findings of reports, surveys and research as their own speakers (helper h_endoc30).
Sentences invented for these tests, in the shape of English news about research."""
from __future__ import annotations

from .extract_cases import quote_fields


def _said(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


# ---- '..., suggests a report into search habits.': a document with what it is into or of ---------

def test_an_inverted_finding_before_a_report_into_a_topic_is_the_reports():
    assert _said("Drivers still prefer paper maps to satnavs, suggests a report into travel habits.") \
        == [("report", "Drivers still prefer paper maps to satnavs")]
    assert _said("Most buyers care more about looks than speed, says a survey of 2,000 shoppers.") \
        == [("survey", "Most buyers care more about looks than speed")]


def test_a_report_of_a_named_body_or_in_the_press_is_not_read_as_a_topic():
    # 'of' then a name: the issuer, no topic; 'in' the press: the press's report
    assert _said("Drivers still prefer paper maps to satnavs, says a report of the Senate transport committee.") \
        != [("report", "Drivers still prefer paper maps to satnavs")]
    assert _said("Drivers still prefer paper maps to satnavs, says a report in the Daily Star.") == []


# ---- '..., shows an in-depth study by phone maker Acme.': a hyphened word before the research -----

def test_research_with_a_hyphened_adjective_reports_as_its_named_source():
    assert _said("Buyers care more about looks than speed, shows an in-depth study by phone maker Nokon.") \
        == [("Nokon", "Buyers care more about looks than speed")]
    assert _said("A year-long survey by Acme Analytics found that most firms back up their data weekly.") \
        == [("Acme Analytics", "most firms back up their data weekly")]
