"""English quotes whose source is not a named person (helper h_enorg22): research, figures and reports
with their source, a report's later findings, finding verbs before a document, and a firm called by what
it is after an opening phrase. Texts written for these tests, with invented names."""
from __future__ import annotations

from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import extract_article

from .extract_cases import all_en


def _typed(body):
    x = extract_article(ArticleText(Path("x.txt"), "T", body, {}), Registries(), "x", "en")
    return [(q["speaker"], q["speaker_type"], q["text"]) for q in x.sheet["quotes"]]


# ---- figures and research with their source -------------------------------------------------------

def test_figures_gathered_by_a_body_are_its_report():
    assert all_en("Gamers spent more than ever last year, according to figures released by Acme.") == [
        ("Acme", "Gamers spent more than ever last year", None)]
    assert all_en("According to figures gathered by media regulator Ofcom, the rise means that the "
                  "region has overtaken its rivals.") == [
        ("Ofcom", "the rise means that the region has overtaken its rivals", "GB")]
    assert all_en("The figures collected by the Pocket Radio Association (PRA) showed that nine million "
                  "handsets were sold.") == [
        ("Pocket Radio Association", "nine million handsets were sold", None)]


def test_research_or_figures_opening_the_sentence_with_their_source():
    assert all_en("Research by handset maker Acme shows that more people use their mobiles at home.") == [
        ("Acme", "more people use their mobiles at home", None)]
    assert all_en("Figures gathered by Acme Research show that most owners never send a photo.") == [
        ("Acme Research", "most owners never send a photo", None)]


def test_figures_with_no_source_stay_no_ones():
    assert all_en("About 65% of farmers own at least one tractor, according to official figures.") == []
    assert all_en("The singer is likely to score another number one, according to early sales figures.") == []


def test_a_research_firm_is_not_a_person():
    # (so 'he' after it goes on with the analyst, not with the firm)
    sheet = _typed("A report by Jupiter Research came out on Monday. \"Homes want faster lines,\" said Tom "
                   "Hale, an analyst. The gap between towns is narrowing, the report concluded. The shift "
                   "will spread across the country, he added.")
    assert sheet == [("Tom Hale", "person", "Homes want faster lines"),
                     ("Jupiter Research", "organization", "The gap between towns is narrowing"),
                     ("Tom Hale", "person", "The shift will spread across the country")]


# ---- the report's later findings are its source's ---------------------------------------------------

def test_the_report_concludes_after_a_report_by_a_named_body():
    body = ("Around 20 million people will miss out on services, predicts the report by telecoms giant "
            "Acme. The hope that the divide will vanish on its own is naive, the report concludes. "
            "Those who stay offline will fall further behind, the report suggests.")
    assert all_en(body) == [
        ("Acme", "Around 20 million people will miss out on services", None),
        ("Acme", "The hope that the divide will vanish on its own is naive", None),
        ("Acme", "Those who stay offline will fall further behind", None)]


def test_the_report_said_after_a_report_by_a_named_body_mentioned_before():
    body = ("A report by Acme was published on Monday. Fewer people will be left behind in future, "
            "the report said.")
    assert all_en(body) == [("Acme", "Fewer people will be left behind in future", None)]


def test_an_unowned_report_still_speaks_for_no_one():
    body = ("Teenagers have more gadgets than ever before, a report suggests. They use their influence "
            "to persuade their families to buy, the report said.")
    assert all_en(body) == []


# ---- finding verbs before a document ---------------------------------------------------------------

def test_a_finding_verb_before_research_with_its_source_or_an_unowned_document():
    assert all_en("Around 20 million people will miss out, predicts a report by Acme.") == [
        ("Acme", "Around 20 million people will miss out", None)]
    assert all_en("Around 20 million people will miss out, suggests a new survey.") == [
        ("survey", "Around 20 million people will miss out", None)]


def test_a_finding_verb_before_a_person_is_left_to_the_cue_verbs():
    assert all_en("Around 20 million people will miss out, suggests Mr Hale.") == []


# ---- a firm by what it is, after an opening phrase or with one modifier ------------------------------

def test_a_firm_noun_after_an_opening_phrase_is_the_firm_named_last():
    assert all_en("Acme sold its unit on Monday. In June, the company said that the update would not "
                  "work.") == [("Acme", "the update would not work", None)]
    assert all_en("Acme sold its unit on Monday. For its part, the software giant said it was checking "
                  "the fault.") == [("Acme", "it was checking the fault", None)]


def test_a_firm_noun_with_a_modifier_is_the_firm_named_last_but_not_a_rival():
    assert all_en("Acme sold its unit on Monday. The security firm says customers should delete the attachment.") == [
        ("Acme", "customers should delete the attachment", None)]
    assert all_en("Acme sold its unit on Monday. The rival firm said it was checking the fault.") == []


def test_a_state_before_a_giant_is_no_state_institution():
    assert all_en("US giant Acme said the update would not work with old machines.") == [
        ("Acme", "the update would not work with old machines", None)]


def test_a_courts_act_after_its_finding_is_cut_off():
    body = ("The US Supreme Court heard the appeal of two officials in March. The unanimous court decided "
            "their acts did not break the law, reversing the convictions and sending the case back.")
    assert all_en(body) == [("US Supreme Court", "their acts did not break the law", "US")]


# ---- firms and bodies of no state as a group ---------------------------------------------------------

def test_firms_unions_and_producers_speak_as_a_group():
    assert all_en("Producers say no choice has yet been reached on who will direct the sequel.") == [
        ("Producers", "no choice has yet been reached on who will direct the sequel", None)]
    assert all_en("The plan would see drivers accept longer shifts in return for bonuses, unions said.") == [
        ("unions", "The plan would see drivers accept longer shifts in return for bonuses", None)]
    assert all_en("Acme and Bolt will build the engine together. The engine will work at temperatures of "
                  "more than 900 degrees, the firms said.") == [
        ("firms", "The engine will work at temperatures of more than 900 degrees", None)]


def test_a_counting_quantifier_before_a_described_group():
    assert all_en("Some games developers say the new machine is hard to write for.") == [
        ("developers", "the new machine is hard to write for", None)]
    # (a determiner is no such quantifier: a quoted label after 'The same study also noted' is no one's)
    assert all_en('The same study also noted over 300 "lucky charms" seized in the same period.') == []


# ---- reports with their complementiser, adverbs before it ----------------------------------------------

def test_a_body_reports_that():
    assert all_en("The runner has written to Acme. Acme reports that more families bought electric bikes "
                  "than ever.") == [("Acme", "more families bought electric bikes than ever", None)]
    # (the press reporting is no speaker; the noun is no verb)
    assert all_en("News of the World reports that the striker told a magazine he was unhappy.") == []
    assert all_en("Police said reports that the man fled were false.") == [
        ("Police", "reports that the man fled were false", None)]


def test_a_manner_adverb_before_that_is_no_part_of_the_clause():
    assert all_en("The runner has written to Acme. Acme has said repeatedly that it plans to open ten new "
                  "stores.") == [("Acme", "it plans to open ten new stores", None)]
