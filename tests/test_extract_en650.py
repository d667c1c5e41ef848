"""Who said what in English news (helper en6, fiftieth session): a surname before a description of a body's
office in apposition, a body's name read whole before its possessive, and research that goes on as 'it'.
Sentences invented for these tests, in the shape of BBC and Wikinews reports."""
from __future__ import annotations

from .extract_cases import reports_of


def _reports(body):
    return [(speaker, text) for speaker, text, _ in reports_of(body)]


# ---- a surname, then a body's office in apposition ('Smith, the Football Association's chief executive,') -----

def test_a_surname_before_a_bodys_office_in_apposition_is_the_person_named_in_full():
    body = ("Coach Andy Robinson has asked Colin Smith to study the match. Smith, the Football Association's chief "
            "executive, claimed the referee made three major errors.\n")
    assert ("Colin Smith", "the referee made three major errors") in _reports(body)


def test_an_opening_phrase_before_the_office_still_points_back_at_the_person_spoken_of():
    # (a word that is no surname of anyone named in full leaves the office to the person spoken of last)
    body = ("Michael Howard has denied the claims about the budget. Later, the Tory leader said the party would "
            "win the vote.\n")
    assert _reports(body) == [("Michael Howard", "the party would win the vote")]


# ---- a body's name of three words before its possessive ---------------------------------------------------

def test_a_three_word_bodys_name_before_its_possessive_is_read_without_it():
    body = "The match was close. The Rugby Football Union's manager claimed Kaplan made three major errors.\n"
    speakers = [speaker for speaker, _ in _reports(body)]
    assert speakers == ["Rugby Football Union"]


# ---- research that goes on as 'it' with a finding verb that is no court's -----------------------------------

def test_it_after_a_report_with_a_finding_verb_is_the_report():
    body = ("The report reveals that 87% of searchers usually find what they were looking for. It also shows "
            "that few can spot the difference between paid-for results and organic ones.\n")
    assert ("report", "few can spot the difference between paid-for results and organic ones") in _reports(body)


def test_it_after_a_firm_or_a_film_with_a_finding_verb_reports_nothing():
    body = ("Acme Corp said profits rose by 5% last year. It also shows that few buyers can tell the two "
            "phones apart.\n")
    assert _reports(body) == [("Acme Corp", "profits rose by 5% last year")]
    assert _reports("The film is a hit in Europe. It shows that audiences still love westerns.\n") == []


def test_where_a_bodys_shares_trade_is_no_word_of_its_name():
    # ('Sydney-listed' is a qualifier, as 'Paris-based' is: the firm named before speaks under its own name)
    body = ("Virgin Blue said profits would be lower than the previous year. Sydney-listed Virgin Blue's shares "
            "recovered slightly on Wednesday. Virgin Blue said the fall was due to fuel costs and lower fares.\n")
    assert [speaker for speaker, _ in _reports(body)] == ["Virgin Blue", "Virgin Blue"]
