"""English quotes not found, round 25 (helper h_enrec25): a research document the article speaks of
('the report', 'the survey') reports as the subject of a report verb, inverted after its clause and
after 'according to', by its issuer when the article named one, else as itself; a panel of experts
speaks as a group. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


def speakers(body):
    return [(s, t) for s, t, _ in all_en(body)]


# ---- a research document as the subject of its report verb ---------------------------------------

def test_the_report_said_with_no_issuer_named_speaks_as_the_report():
    assert speakers("The report said sales of music players will double this year.") == [
        ("report", "sales of music players will double this year")]
    assert speakers("But the report suggests that few people will print pictures at kiosks.") == [
        ("report", "few people will print pictures at kiosks")]
    # (the past of forecast before its clause)
    assert speakers("The report forecast that sales of tablets would triple within four years.") == [
        ("report", "sales of tablets would triple within four years")]


def test_the_report_said_is_its_issuers_when_the_article_named_one():
    body = ("A report by analysts Brightwater was published on Monday. "
            "The report said sales of music players will double this year.")
    assert speakers(body) == [("Brightwater", "sales of music players will double this year")]
    # (the owner's name before the noun)
    assert speakers("The Brightwater report suggests that most phones will have better cameras.") == [
        ("Brightwater", "most phones will have better cameras")]


def test_the_press_report_is_still_no_ones():
    body = ("The studio may soon be sold, the Sunday Telegraph reported. "
            "The report said its owners valued the film unit at 300m pounds.")
    assert speakers(body) == []


def test_said_the_report_after_its_clause():
    assert speakers("The new phone networks will need many more masts in rural areas, said the report.") == [
        ("report", "The new phone networks will need many more masts in rural areas")]
    body = ("A report by analysts Brightwater was published on Monday. "
            "Rural areas will need many more masts, said the report.")
    assert speakers(body) == [("Brightwater", "Rural areas will need many more masts")]


def test_according_to_the_report():
    assert speakers("The mobile games market will be worth 300m dollars by 2009, according to the report.") == [
        ("report", "The mobile games market will be worth 300m dollars by 2009")]
    body = ("The studio may soon be sold, the Sunday Telegraph reported. "
            "Its owners valued the film unit at 300m pounds, according to the report.")
    assert speakers(body) == []


def test_the_report_predicted_after_its_clause_on_first_mention():
    assert speakers("Most new buyers of laptops will live in Asia and South America, the report predicted.") == [
        ("report", "Most new buyers of laptops will live in Asia and South America")]
    assert speakers("The harbour will reopen to small boats within a week, the report said.") == [
        ("report", "The harbour will reopen to small boats within a week")]


# ---- a panel of experts ---------------------------------------------------------------------------

def test_a_panel_of_experts_speaks_as_a_group():
    body = ("Sales of phone games will rise sharply, said a panel of experts. "
            "The panel also insisted that the buyers were not only teenagers.")
    assert speakers(body) == [("panel of experts", "Sales of phone games will rise sharply"),
                              ("panel of experts", "the buyers were not only teenagers")]
    assert speakers("Online swapping networks are here to stay, says a panel of industry experts.") == [
        ("panel of industry experts", "Online swapping networks are here to stay")]
    assert speakers("Quick games will win most new players, according to the panel.") == [
        ("panel", "Quick games will win most new players")]
