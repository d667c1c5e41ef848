"""English who-said-what, round 35 (helper en48): the documents of an inquiry speak as a study's do
('The investigation found ...', speaking_documents), and 'would later say' tells a report of the past
(retrospective_adverbs). Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Blogs are popular.\n\n"


# ---- an investigation, an inquiry, an analysis as research ----------------------------------------------

def test_an_investigation_reports_its_finding():
    body = LEAD + "The investigation found the number of migrants rose by 20% last year."
    assert reports_of(body) == [("investigation", "the number of migrants rose by 20% last year", None)]
    body = LEAD + "The investigation reported the rats avoided pressing the lever that shocked another rat."
    assert reports_of(body) == [("investigation", "the rats avoided pressing the lever that shocked another rat",
                                 None)]


def test_an_inquiry_and_an_analysis_report_their_findings():
    assert reports_of(LEAD + "The inquiry found that the company had misled the public.") == [
        ("inquiry", "the company had misled the public", None)]
    assert reports_of(LEAD + "The analysis found that the number of migrants rose by 20% last year.") == [
        ("analysis", "the number of migrants rose by 20% last year", None)]


def test_an_investigation_finding_a_thing_reports_nothing():
    # (a noun object is what was found, not a clause)
    assert reports_of(LEAD + "The investigation found traces of poison in his blood.") == []


# ---- 'would later say' ---------------------------------------------------------------------------------

def test_would_later_say_is_a_report_of_the_past():
    body = LEAD + "Tom Harlow would later say the plan had failed."
    assert reports_of(body) == [("Tom Harlow", "the plan had failed", None)]
    body = LEAD + "Tom Harlow would subsequently claim that the plan had failed."
    assert reports_of(body) == [("Tom Harlow", "the plan had failed", None)]


def test_a_pronoun_before_would_later_say_is_the_person_spoken_of():
    body = LEAD + "Ana Ruiz married Tom Avery in 1963. She would later say her union with Avery was her only happy one."
    assert ("Ana Ruiz", "her union with Avery was her only happy one", None) in all_en(body)


def test_would_say_alone_and_will_later_say_are_no_reports():
    # (a hedge or a habit; not yet said)
    for body in ("Tom Harlow would say the plan had failed.", "Tom Harlow will later say the plan had failed.",
                 "So I would say the plan had failed.", "We can later say the plan had failed."):
        assert reports_of(LEAD + body) == [], body
