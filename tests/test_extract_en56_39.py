"""English who-said-what, round 39 (helper en56): 'the company said' is never an organisation whose name
ends as no firm's does (a university, a stock exchange, a show: non_firm_name_tails, event_name_tails),
nor a name read inside a word ('GSM' of '3GSM'); 'The German company said' is the firm named last, not a
body called 'German company'; 'The spokesman said: "..."' after a person was quoted is no words of that
person going on. An artist's agent is a person of their own, as a lawyer is ('Her agent said ...': filed as
the agent). A clause of its own after '..., but, according to X,' with its own named subject is X's report,
however short. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Markets are busy.\n\n"


def quotes_of(body):
    return quote_fields(body, "speaker", "kind", "text", lang="en")


# ---- 'the company said': no university, exchange or show ----------------------------------------------

def test_the_company_is_not_the_university_named_last():
    body = LEAD + ("A new breed of robotic cars is being developed by Japanese car giant Zentrix. \"They are "
                   "clearly concept vehicles,\" said Dr Tom Hale from the Transport Group at Brinton University. "
                   "The company says that the vehicles will allow the elderly to travel alone.")
    assert ("Brinton University", "indirect", "the vehicles will allow the elderly to travel alone") \
        not in quotes_of(body)


def test_the_company_is_not_the_stock_exchange_named_last():
    body = LEAD + ("Dorvale is parting company with its chief executive. Its shares were down 8% in late "
                   "trading on the London Stock Exchange. In September, the company had said that its sales "
                   "had been weak.")
    assert all(s != "London Stock Exchange" for s, _, _ in quotes_of(body))


def test_the_company_is_not_the_motor_show_named_last():
    body = LEAD + ("Zentrix is working hard to renew its cars, unveiling two models at the International "
                   "Motor Show in Detroit. In addition, the company said its net income was hit by a charge.")
    assert all(s != "International Motor Show" for s, _, _ in quotes_of(body))


def test_the_company_is_still_a_firm_named_last():
    body = LEAD + ("Brinton Holdings has cut 500 jobs at its plant in Leeds. The company said the cuts were "
                   "needed to save money.")
    assert quotes_of(body) == [("Brinton Holdings", "indirect", "the cuts were needed to save money")]


def test_the_group_may_still_be_an_association():
    body = LEAD + ("The Wessex Growers Association has attacked the new rules on farm subsidies. The group "
                   "said the rules would cost farmers millions.")
    assert quotes_of(body) == [("Wessex Growers Association", "indirect",
                                "the rules would cost farmers millions")]


# ---- 'The German company said': the firm named last -------------------------------------------------

def test_the_german_company_is_the_firm_named_last():
    body = LEAD + ("Mobile operators want faster networks. Zentrix has unveiled a network that transmits "
                   "faster mobile data. The German company said data could be sent at one gigabit a second.")
    assert quotes_of(body) == [("Zentrix", "indirect", "data could be sent at one gigabit a second")]


def test_the_australian_firm_is_the_firm_named_last():
    body = LEAD + "Dorvale shares fell on Monday. The Australian firm said it would only break even on the project."
    assert quotes_of(body) == [("Dorvale", "indirect", "it would only break even on the project")]


def test_the_saudi_government_is_still_the_state():
    body = LEAD + "Zentrix shares fell on Monday. But the Saudi government said it would not change its oil policy."
    assert [(s, t) for s, _, t in quotes_of(body)] == [("Saudi government", "it would not change its oil policy")]


# ---- 'The spokesman said: "..."': no person's words going on ------------------------------------------

def test_the_spokesman_after_a_person_is_not_that_person():
    body = LEAD + ("Former media chief Tom Hale is at the centre of a new row. He said: \"It was a silly fuss "
                   "and nothing more than that.\" Later the prime minister's spokesman was asked by "
                   "journalists about Mr Hale's language. The spokesman said: \"The person you are referring "
                   "to is capable of speaking for himself.\"")
    quotes = quotes_of(body)
    assert ("Tom Hale", "direct", "It was a silly fuss and nothing more than that") in quotes
    assert all(not (s == "Tom Hale" and t.startswith("The person you are referring")) for s, _, t in quotes)


def test_the_spokesman_after_a_body_is_that_body():
    body = LEAD + ("Britain has offered to send troops to help with the relief effort, Downing Street said. "
                   "Downing Street said a similar offer might be made to Sri Lanka. However a spokesman pointed out that there were difficulties. The spokesman said: "
                   "\"The government has formally offered the assistance of the troops.\"")
    assert ("Downing Street", "direct", "The government has formally offered the assistance of the troops") \
        in quotes_of(body)


def test_the_german_club_is_no_name_read_across_a_possessive():
    body = LEAD + ("Iranian striker Tom Hale will not travel to Israel for Rovers Munich's Champions League match "
                   "on Wednesday.\n\nThe German club said the player had pulled out because of a back injury.")
    assert all("'s" not in (s or "") for s, _, _ in quotes_of(body))


# ---- an agent: a person of their own ---------------------------------------------------------------

def test_her_agent_said_is_the_agent():
    body = LEAD + "Actress Ann Rowe has died aged 71. Her agent said she had been ill for some time."
    assert quotes_of(body) == [("agent", "indirect", "she had been ill for some time")]


def test_his_spokesman_is_still_the_principal():
    body = LEAD + "Tom Hale was sacked on Monday. His spokesman said he would appeal against the decision."
    assert quotes_of(body) == [("Tom Hale", "indirect", "he would appeal against the decision")]


# ---- '..., but, according to X, <clause>' -----------------------------------------------------------

def test_according_to_after_but_reports_a_short_clause():
    body = LEAD + ("Singer Tom Hale died at his home on Monday. No cause was given, but, according to Jim Cole, "
                   "Hale had undergone surgery recently.")
    assert quotes_of(body) == [("Jim Cole", "indirect", "Hale had undergone surgery recently")]


def test_according_to_his_agent_after_but():
    body = LEAD + ("Singer Tom Hale died at his home on Monday. His family gave no cause, but, according to his "
                   "agent, Hale had undergone surgery recently.")
    assert quotes_of(body) == [("agent", "indirect", "Hale had undergone surgery recently")]


def test_according_to_after_and_leaves_a_short_predicate_alone():
    body = LEAD + ("The new album was released on Monday and, according to Jim Cole, contains few surprises.")
    assert quotes_of(body) == []
