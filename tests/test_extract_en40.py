"""English who-said-what, round 40 (helper en): a firm named with its legal form or a carrier's noun ('Acme
Corp', 'Brinton PLC', 'Zentrix Air Lines') is that firm, so 'the company', 'the airline' and 'it' may be it;
a spokesperson named by the possessive of a definite office or body ('The prime minister's official
spokesman said ...', 'the company's spokeswoman said ...') speaks as that office or body would as the
subject. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Markets are busy.\n\n"


def quotes_of(body):
    return quote_fields(LEAD + body, "speaker", "speaker_type", "kind", "text", lang="en")


# ---- a firm's legal form ----------------------------------------------------------------------------

def test_a_carrier_named_with_air_lines_is_the_airline():
    body = ("Zentrix Air Lines cut its fares on Wednesday. The airline said the move would bring in more "
            "passengers.")
    assert ("Zentrix Air Lines", "organization", "indirect", "the move would bring in more passengers") \
        in quotes_of(body)


def test_a_firm_named_with_plc_in_title_case_is_the_firm():
    body = "Brinton Plc reported a loss on Monday. It said that demand had been weak in Europe."
    assert ("Brinton Plc", "organization", "indirect", "demand had been weak in Europe") in quotes_of(body)


def test_a_source_with_inc_read_as_no_one_is_left_alone():
    # (as often a news site as a firm: 'According to Acme Inc, she received criticism ...')
    body = ("Tom Hale is one of the stars of the show. According to Wrestling Inc, she received online "
            "criticism for her appearances on the show.")
    assert all(s != "Wrestling Inc" for s, _, _, _ in quotes_of(body))


def test_a_firm_named_with_inc_speaks_as_the_firm():
    body = "Brinton Inc said that demand had been weak in Europe."
    assert quotes_of(body) == [("Brinton Inc", "organization", "indirect", "demand had been weak in Europe")]


def test_a_firm_named_with_plc_is_a_firm_not_a_person():
    body = "Brinton Plc said that demand had been weak in Europe."
    assert quotes_of(body) == [("Brinton Plc", "organization", "indirect", "demand had been weak in Europe")]


def test_the_firm_after_shares_in_a_ltd_firm():
    body = "Shares in Zentrix Ltd fell on Monday. The firm said demand had been weak in Europe."
    assert ("Zentrix Ltd", "organization", "indirect", "demand had been weak in Europe") in quotes_of(body)


def test_an_officer_of_a_firm_with_its_legal_form_still_speaks():
    body = "Tom Hale, chief executive of Zentrix Inc, said that demand had been weak in Europe."
    assert [(s, t) for s, t, _, _ in quotes_of(body)] == [("Tom Hale", "person")]
    body = "Zentrix Inc chief executive Tom Hale said that demand had been weak in Europe."
    assert [(s, t) for s, t, _, _ in quotes_of(body)] == [("Tom Hale", "person")]


def test_a_person_whose_name_has_no_legal_form_is_left_alone():
    body = "Tom Hale said that demand had been weak in Europe."
    assert quotes_of(body) == [("Tom Hale", "person", "indirect", "demand had been weak in Europe")]


# ---- the office's or the body's spokesperson ----------------------------------------------------------

def test_the_prime_ministers_official_spokesman_speaks_as_the_prime_minister():
    body = ("Prime Minister Tom Hale met the unions on Monday. The prime minister's official spokesman said "
            "the talks would continue.")
    assert [(s, k, t) for s, _, k, t in quotes_of(body)] == [("Tom Hale", "indirect", "the talks would continue")]


def test_the_companys_spokeswoman_speaks_for_the_company():
    body = ("Zentrix Group reported a loss on Monday. But the company's spokeswoman also said demand had "
            "been weak.")
    assert [(s, t) for s, t, _, _ in quotes_of(body)] == [("Zentrix Group", "organization")]


def test_a_spokesman_of_an_office_no_one_holds_in_the_article_is_no_one():
    body = "Markets fell on Monday. The minister's spokesman said the talks would continue."
    assert all(s != "Markets" for s, _, _, _ in quotes_of(body))


def test_his_spokesman_is_still_read_as_before():
    body = ("Tom Hale was asked about the vote on Monday. His spokesman said the talks would continue.")
    assert [(s, k) for s, _, k, _ in quotes_of(body)] == [("Tom Hale", "indirect")]


# ---- 'in which he': the person the sentence opens with ------------------------------------------------

def test_a_pronoun_after_in_which_is_the_person_the_sentence_opens_with():
    body = ("Newcastle striker Tom Hale is in talks with Celtic. According to Hale's agent, the player "
            "dismissed a permanent move to Birmingham.\n\nHale was fined two weeks' wages after a live TV "
            "interview in which he accused Jim Dale of lying.")
    assert ("Tom Hale", "indirect", "accused Jim Dale of lying") in [(s, k, t) for s, _, k, t in quotes_of(body)]


def test_a_pronoun_after_in_which_with_another_name_between_is_left_as_before():
    body = ("Newcastle striker Tom Hale is in talks with Celtic. Manager Jim Dale said the player would not "
            "play again.\n\nHale met Bob Dale at a dinner in which he accused the board of lying.")
    assert all(not (s == "Tom Hale" and t.startswith("accused")) for s, _, _, t in quotes_of(body))
