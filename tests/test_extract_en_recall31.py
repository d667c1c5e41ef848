"""English quotes not found, round 31 (helper h_enr39): research, groups and documents read past an aside
between commas, 'they' of a finding after a quote, report verbs and phrases before 'that' the extractor
did not read, and sources after 'according to' described by a few words. Texts written for these tests,
with invented names."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Blogs are popular.\n\n"


# ---- research, a group or a document, then an aside on how it was made, before the verb --------------

def test_research_then_how_it_was_published_reports():
    # research_aside_openers: the study speaks, not the journal
    body = LEAD + "The study, published on Thursday in the journal Nature, found the data were closely correlated."
    assert reports_of(body) == [("study", "the data were closely correlated", None)]


def test_a_finding_verb_after_research_and_its_aside_reports():
    # ('showed' reports only after research: the aside does not hide the survey before it)
    body = LEAD + ("The survey, conducted in June and July, showed that blog readership has shot up by 58% in "
                   "the last year.")
    assert reports_of(body) == [("survey", "blog readership has shot up by 58% in the last year", None)]


def test_a_research_team_then_where_it_works_reports():
    body = LEAD + ("The research team, from the State University of Acme in Albany, said the research was another "
                   "step towards controlling wheelchairs by thought.")
    assert reports_of(body) == [("research team", "the research was another step towards controlling "
                                 "wheelchairs by thought", None)]


def test_research_made_by_a_named_source_is_the_sources():
    # as 'A study conducted by Acme found ...' (document_source_links): the consultancy speaks
    body = LEAD + "The study, conducted by consultancy Bolt Zones, found that 16% of visitors came to sit down."
    assert reports_of(body) == [("Bolt Zones", "16% of visitors came to sit down", None)]


def test_a_group_led_by_someone_is_the_groups_voice():
    body = ("Tom Hale has claimed that Ann Roe took her own life.\n\n"
            "His lawyers, led by Jim Cole, have vowed to prove him innocent at trial.")
    assert ("lawyers", "vowed to prove him innocent at trial", None) in reports_of(body)


def test_the_place_a_document_was_filed_in_is_no_speaker():
    body = ("The parents of a girl are suing Acme.\n\n"
            "The lawsuit, filed in Bolt County, alleges Acme deceived customers by not putting labels on the cover.")
    assert all(q[0] != "County" and q[0] != "Bolt County" for q in reports_of(body))


def test_the_body_a_letter_is_from_speaks():
    body = ("The government acted.\n\n"
            "The letter, from the Home Office, says: \"I am writing to inform you that your passport is withdrawn.\"")
    assert all_en(body) == [("Home Office", "I am writing to inform you that your passport is withdrawn", "GB")]


# ---- 'they' of a finding is the research, not one person quoted since --------------------------------

def test_they_found_after_a_coauthors_quote_is_the_researchers():
    body = ("The researchers used a robot.\n\n"
            "Co-author Tom Hale said, \"Our work shows the wings flapped on their own.\"\n\n"
            "They also attached sets of artificial wings to young ostriches. They found the faster each ostrich "
            "ran, the more it tended to flap.")
    assert ("researchers", "the faster each ostrich ran, the more it tended to flap", None) in reports_of(body)


def test_they_found_after_a_team_opening_the_sentence_before():
    body = ("The Acme team, led by Tom Hale, used data from the Hubble telescope. They found that certain "
            "wavelengths of light weakened when the planet was in the way.")
    assert reports_of(body) == [("team", "certain wavelengths of light weakened when the planet was in the way",
                                 None)]


def test_they_found_after_no_research_is_not_read_so():
    body = "Police called a doctor to the house. They found that the door had been forced."
    assert all(q[0] != "researchers" for q in reports_of(body))


# ---- report verbs and what stands between the verb and 'that' ---------------------------------------

def test_an_allegation_in_the_present_and_what_was_implied_report():
    body = ("Acme sends spam.\n\n"
            "The attorney general Tom Hale alleges that messages sent by Acme broke three laws.\n\n"
            "Jim Cole implied he would consider making the vaccine mandatory.")
    quotes = all_en(body)
    assert ("Tom Hale", "messages sent by Acme broke three laws", None) in quotes
    assert ("Jim Cole", "he would consider making the vaccine mandatory", None) in quotes


def test_a_complaint_a_recognition_a_condition_and_a_decree_with_that_report():
    body = ("Acme makes laptops.\n\n"
            "Critics of the takeover have complained that the money could be better used elsewhere.\n\n"
            "Tom Hale recognised that the makers of the parts would be making money.\n\n"
            "Jim Cole specified that gadgets also needed to be a device of their own.\n\n"
            "Ann Roe decreed after the World Cup that players should have a decent rest during the year.\n\n"
            "The king decreed a state of emergency in the capital.")
    quotes = all_en(body)
    assert ("Critics", "the money could be better used elsewhere", None) in quotes
    assert ("Tom Hale", "the makers of the parts would be making money", None) in quotes
    assert ("Jim Cole", "gadgets also needed to be a device of their own", None) in quotes
    assert ("Ann Roe", "players should have a decent rest during the year", None) in quotes
    assert all(q[0] != "king" for q in quotes)  # (a decree of a thing reports no clause)


def test_an_occasion_between_the_verb_and_that_is_not_reported():
    body = ("Acme makes phones.\n\n"
            "Tom Hale said during the Games that a hamstring injury had stopped him.\n\n"
            "Jim Cole admitted after the match that his side were lucky.")
    assert all_en(body) == [("Tom Hale", "a hamstring injury had stopped him", None),
                            ("Jim Cole", "his side were lucky", None)]


def test_a_fan_speaks_as_someone_unnamed():
    body = "Tom Hale vanished in 1995.\n\nA fan says she saw Hale in the hippy resort of Goa."
    assert reports_of(body) == [("fan", "she saw Hale in the hippy resort of Goa", None)]


# ---- 'according to' a described group, new research, or the report by its source --------------------

def test_according_to_experts_of_a_field_after_the_clause():
    body = "Games grow\n\nGames aimed at casual players are set to be even bigger next year, according to industry experts."
    assert reports_of(body) == [("experts", "Games aimed at casual players are set to be even bigger next year",
                                 None)]


def test_according_to_a_countrys_leading_critics_and_new_research():
    body = ("Oscars\n\nThe Acme Film will win best film at the Oscars, according to the UK's leading movie critics.\n\n"
            "More people are becoming avid blog readers, with 32 million getting hooked in 2004, according to "
            "new research.")
    reports = reports_of(body)
    assert ("critics", "The Acme Film will win best film at the Oscars", None) in reports
    assert ("research", "More people are becoming avid blog readers, with 32 million getting hooked in 2004",
            None) in reports


def test_according_to_the_report_by_a_body_is_the_bodys():
    body = "Acme makes phones.\n\nAccording to the report by the Bolt Institute, broadband is becoming popular."
    assert reports_of(body) == [("Bolt Institute", "broadband is becoming popular", None)]
