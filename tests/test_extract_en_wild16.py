"""English reported speech missed in the wild (shapes counted over Wikinews and BBC samples). Texts written
for these tests, or small pieces of Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import direct, reports_of, run


# ---- an aside between commas inside the reported clause's subject (helper h_wild16) ------------

def test_an_apposition_inside_the_reported_subject_keeps_the_clause():
    # Wikinews, 'Nevada prop plane crash near Las Vegas leaves two dead'
    body = ("Officials said the single-engine propeller plane, a Beechcraft Sierra, was flying to Gillespie "
            "Field airport.")
    assert reports_of(body) == [("Officials", "the single-engine propeller plane, a Beechcraft Sierra, was "
                                 "flying to Gillespie Field airport", None)]


def test_a_phrase_between_commas_then_an_auxiliary_is_the_subjects_verb():
    body = "The mayor said the new bridge, due to open next month, would ease traffic in the old town."
    assert [t for _, t, _ in reports_of(body)] == [
        "the new bridge, due to open next month, would ease traffic in the old town"]
    body = "Police said the footbridge, by the stadium, will be shut if necessary."
    assert [t for _, t, _ in reports_of(body)] == ["the footbridge, by the stadium, will be shut if necessary"]


def test_an_object_list_with_no_verb_after_it_is_no_clause():
    body = "The minister thanked the police, the fire service, and the ambulance crews."
    assert reports_of(body) == []
    body = "The minister visited the hospital, a new building, and met its staff."
    assert reports_of(body) == []


def test_the_province_after_an_office_and_its_place_is_no_second_subject():
    # Wikinews, 'Aftershocks increase death toll of magnitude 6.3 earthquake in southern Philippines'
    body = ("Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would be "
            "cancelled.")
    assert [s for s, _, _ in reports_of(body)] == ["Charles Federic Plotena"]
    body = "The president of France, Emmanuel Macron, said the plan would fail."
    assert [s for s, _, _ in reports_of(body)] == ["Emmanuel Macron"]


# ---- a report after a quote closed by a full stop is no cue of it (helper h_wild16) ------------

def test_a_closed_quote_is_not_the_next_sentences_reporter():
    body = ('The union leader Jane Doe said the talks had failed. "We will strike on Monday. '
            '"The members have voted and the vote was clear." Company spokesman John Smith said the offer '
            'remained on the table.')
    quotes = direct(run(body, "en"))
    assert ("Jane Doe", "The members have voted and the vote was clear", None) in quotes


def test_a_quote_closed_by_a_full_stop_keeps_a_plain_cue_after_it():
    body = 'The coach was pleased. "We turned up knowing it would be a battle." Coach Brad Tronc said on Saturday.'
    assert [s for s, _, _ in direct(run(body, "en"))] == ["Brad Tronc"]


# ---- a trailing cue whose subject is a role before a name, or a body with its article (h_wild16) -

def test_a_trailing_cue_with_a_lower_case_role_before_the_name():
    body = ("The retailer has not yet decided whether to resume firearms sales in the state, company "
            "spokesman John Doe said.")
    assert reports_of(body) == [("John Doe", "The retailer has not yet decided whether to resume firearms "
                                 "sales in the state", None)]
    body = "Labour will pursue its reforms if it wins a third term, the party's election chief Alan Milburn has said."
    assert [s for s, _, _ in reports_of(body)] == ["Alan Milburn"]


def test_a_trailing_cue_with_a_body_or_an_unnamed_spokesman():
    body = "Gross domestic product rose by 0.8% in the fourth quarter, the statistical office INSEE said."
    assert [s for s, _, _ in reports_of(body)] == ["INSEE"]
    body = "They will appear at the magistrates' court on 21 December, a police spokesman said."
    assert [t for _, t, _ in reports_of(body)] == ["They will appear at the magistrates' court on 21 December"]


def test_a_trailing_phrase_that_is_no_reporter():
    for body in ("Russian authorities need not abide by any decision of the court, a Houston court has been told.",
                 "Demonstrators blocked roads and attacked public buildings, newspapers including El Watan reported.",
                 "Squatters have taken over the ranch, and the UK government has asked the authorities to act.",
                 "Some are worried it could be scuppered if, as the minister John Doe has suggested, exams stay.",
                 "While many payments use dollars or euros, the AU announced an electronic payment system."):
        assert reports_of(body) == [], body


def test_a_quote_closed_on_a_comma_then_a_role_before_the_name():
    body = ('The planning office published its figures. "Resources are more than enough to reduce poverty," '
            'deputy planning director Jose Leibovich said.')
    assert [s for s, _, _ in direct(run(body, "en"))] == ["Jose Leibovich"]
    body = '"We turned up here knowing we would be in for a battle", University coach Brad Tronc said.'
    assert [s for s, _, _ in direct(run(body, "en"))] == ["Brad Tronc"]
    # Wikinews, 'University defeat Maroochydore in round five of 2020 Sunshine Coast Rugby Union season':
    # the next paragraph of quotes goes on with the coach
    body = ('"We turned up here knowing we\'d be in for a battle", University coach Brad Tronc said. "They pushed '
            '[reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp."')
    assert [s for s, _, _ in direct(run(body, "en"))] == ["Brad Tronc", "Brad Tronc"]


def test_an_unnamed_office_after_a_quote_leaves_it_to_the_speaker_before():
    body = ('The Conservatives backed the bill. "It will do nothing to solve the immediate problems," a '
            'Conservative spokesman said.')
    assert [s for s, _, _ in direct(run(body, "en"))] != ["spokesman"]
