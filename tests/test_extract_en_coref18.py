"""English report subjects given by a description or 'it' (helper h_coref18): the body the sentence
before opens with, or none. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


def _speakers_of(body, text_start):
    return [s for s, t, _ in all_en(body) if t.startswith(text_start)]


def test_it_as_a_report_subject_is_the_body_the_sentence_before_opens_with():
    body = ("Northwind Holdings is the latest investor to question the bid for Harbour Group.\n\n"
            "It said the offer undervalued the growth prospects of the business.")
    assert ("Northwind Holdings", "the offer undervalued the growth prospects of the business", None) \
        in reports_of(body)


def test_it_after_an_opening_phrase_and_a_description_of_the_firm():
    body = ("German investment bank Kessler Bank has challenged the claim of Voltra to protection.\n\n"
            "In a court filing on Tuesday, it said the oil firm has few ties to the state.")
    assert _speakers_of(body, "the oil firm has few ties") == ["Kessler Bank"]


def test_it_is_no_person_the_sentence_before_opens_with():
    body = ("Mr John Hartley published the review on Monday.\n\n"
            "It said the scheme had failed to reach most of the families it was meant for.")
    assert _speakers_of(body, "the scheme had failed") == []


def test_it_is_not_the_press_the_sentence_before_opens_with():
    body = ("The Financial Times has reported that Fabbro could float its sports car unit.\n\n"
            "It said the carmaker was set to restructure its business after a settlement.")
    assert "Financial Times" not in _speakers_of(body, "the carmaker was set to restructure")


def test_the_firm_and_it_go_on_with_the_firm_an_apposition_introduced():
    body = ("Tube workers walked out last week demanding a pay rise. Metrolinea, the private firm which runs "
            "the five tube lines in the city, has offered an 8% increase in wages. The firm promised no jobs "
            "would be lost as a result of new ticket machines. It said it would put this commitment on paper.")
    assert _speakers_of(body, "no jobs would be lost") == ["Metrolinea"]
    assert _speakers_of(body, "it would put this commitment") == ["Metrolinea"]


def test_the_bank_after_a_sentence_is_the_bank_named_with_the_noun():
    body = ("Mexican workers in the US sent a record sum home last year.\n\n"
            "The Bank of Mexico said that remittances grew 24% last year. Last year, there were 50.9 million "
            "transactions, with an average value of 327 dollars per remittance, the bank said.")
    assert _speakers_of(body, "Last year, there were 50.9 million") == ["Bank of Mexico"]


def test_the_bank_is_left_unresolved_when_another_firm_opened_the_sentence_before():
    body = ("New loans in November fell to 77,000, the lowest rate since 1995, the Bank of England said. "
            "Growth in unsecured lending also slowed last month.\n\n"
            "Overall, Halifax said prices in the final quarter were 0.1% higher than in the previous quarter. "
            "This was the smallest quarterly rise since the second quarter of 2000, the bank said.")
    assert _speakers_of(body, "This was the smallest quarterly rise") == []


def test_the_party_is_the_party_the_sentence_before_opens_with():
    body = ("Labour denies breaking the rules on cold calling.\n\n"
            "The party says it has clear legal advice on the issue.")
    assert _speakers_of(body, "it has clear legal advice") == ["Labour"]


def test_a_passive_subject_is_not_the_body_a_description_stands_for():
    body = ("Pensioners are being promised energy savings by the Liberal Democrats.\n\n"
            "The party says the plans could save the average pensioner 100 pounds every year.")
    assert "Pensioners" not in _speakers_of(body, "the plans could save")


def test_a_word_of_the_language_opening_the_sentence_before_is_no_body():
    body = ("Should it become a firm offer, it should be at a fair price.\n\n"
            "It also said it stayed opposed to the proposal of the bidder.")
    assert _speakers_of(body, "it stayed opposed") == []


def test_it_after_a_person_with_an_office_is_not_that_person():
    body = ("Chairman Sir Alan Kirby said the agency must be replaced.\n\n"
            "The committee reached its conclusions in March. It warned that it could be five years before "
            "the agency was fit for purpose.")
    assert "Alan Kirby" not in _speakers_of(body, "it could be five years")


def test_an_unnamed_spokesman_speaks_for_the_body_the_sentence_before_opens_with():
    body = ("Campaigners called on the government to free the detained men. But the Home Office defended the "
            "measures.\n\nA spokesman said: \"These individuals cannot currently be prosecuted.\"")
    assert _speakers_of(body, "These individuals cannot currently be prosecuted") == ["Home Office"]


def test_a_qualified_spokesman_speaks_for_a_body_only_of_that_name():
    body = ("The Scottish Executive said ministers would be notified.\n\n"
            "An executive spokesman said the health department would prepare the report.")
    assert _speakers_of(body, "the health department would prepare") == ["Scottish Executive"]
    body = ("The Scottish Executive said ministers would be notified.\n\n"
            "A hospital spokesman said the health department would prepare the report.")
    assert "Scottish Executive" not in _speakers_of(body, "the health department would prepare")


def test_a_spokesman_after_the_cue_speaks_for_the_body_the_sentence_before_opens_with():
    body = ("Thames Valley Police said the operation had been reviewed. \"We cannot discuss who was responsible "
            "for the documents,\" said a spokesman.")
    assert _speakers_of(body, "We cannot discuss who was responsible") == ["Thames Valley Police"]
