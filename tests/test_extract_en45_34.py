"""English who-said-what, round 34 (helper h_en45): two bodies joined by 'and' as the whole subject of a
report verb each report the clause (the annotations list one entry per body), while a coordinator inside
one body's name joins no two speakers. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Blogs are popular.\n\n"


# ---- two bodies joined by 'and' before the report verb ------------------------------------------------

def test_two_centres_each_report_the_clause():
    body = LEAD + ("The Center for Marine Safety and the Center for Coastal Studies said that the reef "
                   "should be protected.")
    assert reports_of(body) == [("Center for Marine Safety", "the reef should be protected", None),
                                ("Center for Coastal Studies", "the reef should be protected", None)]


def test_a_bank_and_a_group_each_report_the_clause():
    body = LEAD + "Bolton Bank and Harrow Finance Group said that they expect a decision this year."
    assert reports_of(body) == [("Bolton Bank", "they expect a decision this year", None),
                                ("Harrow Finance Group", "they expect a decision this year", None)]


def test_an_acronym_and_a_body_after_both_the_each_report():
    body = LEAD + "Both the ACU and Kestrel Fund have urged Ruritania to remove obstacles to trade."
    quotes = reports_of(body)
    assert ("ACU", "urged Ruritania to remove obstacles to trade", None) in quotes
    assert ("Kestrel Fund", "urged Ruritania to remove obstacles to trade", None) in quotes


def test_a_body_with_its_place_and_a_long_body_name_each_report():
    # (after 'of Montana' a body of three words or more is a second body, not more of the first one's name)
    body = LEAD + ("The Civil Rights Union of Northland and Native Voters Rights Fund said the law would "
                   "prevent many voters from voting.")
    assert reports_of(body) == [("Civil Rights Union of Northland", "the law would prevent many voters from voting",
                                 None),
                                ("Native Voters Rights Fund", "the law would prevent many voters from voting",
                                 None)]


# ---- a coordinator inside one body's name --------------------------------------------------------------

def test_a_department_of_two_fields_is_one_body():
    body = LEAD + "The Department of Health and Human Services said that the vaccine was safe."
    assert [q[0] for q in reports_of(body)] == ["Department of Health and Human Services"]


def test_a_body_named_by_two_fields_is_one_body():
    body = LEAD + "The Health and Safety Executive said it was trying to get workers more involved."
    assert [q[0] for q in reports_of(body)] == ["Health and Safety Executive"]


def test_a_body_of_a_region_and_a_sea_is_one_body():
    body = LEAD + "The Commission for Latin America and the Caribbean said the region grew by 5.5% this year."
    assert all(q[0] not in ("Caribbean", "Commission for Latin America") for q in all_en(body))


def test_two_people_are_not_read_as_bodies():
    body = LEAD + "Jim Cole and Ann Roe said that they expect a decision this year."
    assert reports_of(body) == [("Jim Cole", "they expect a decision this year", None),
                                ("Ann Roe", "they expect a decision this year", None)]


# ---- a cue participle that ends a reported clause and leads into a quote ---------------------------------

def test_the_participle_before_a_quote_is_no_part_of_the_report():
    body = LEAD + ("Tom Hale met Ann Roe.\n\n"
                   "An Acme Club spokesperson denied Roe made the remark, insisting: \"She definitely didn't say it.\"")
    quotes = all_en(body)
    assert ("Acme Club", "Roe made the remark", None) in quotes
    assert all(not q[1].endswith("insisting") for q in quotes)


def test_a_participle_with_more_words_after_it_still_opens_a_second_report():
    body = LEAD + "Jim Cole said the plan was a wasted opportunity, adding that it was a scandal."
    assert reports_of(body) == [("Jim Cole", "the plan was a wasted opportunity", None),
                                ("Jim Cole", "it was a scandal", None)]


def test_the_quote_after_said_a_clause_and_adding_is_the_cue_subjects():
    # (not 'the Budget', the subject of the reported clause right after the cue)
    body = LEAD + ("Tom Hale met Ann Roe.\n\n"
                   "The Green Party said the Budget was a \"wasted opportunity\" for the planet, adding: \"Hale "
                   "obviously has an eye on the coming election.\"")
    quotes = all_en(body)
    assert ("Green Party", "Hale obviously has an eye on the coming election", None) in quotes
    assert all(q[0] != "Budget" for q in quotes)


def test_a_pronoun_cue_before_a_clause_and_adding_is_the_person_named_last():
    body = LEAD + ("One of the four, Jim Cole, said the families were delighted with the apology. He said Tom Hale "
                   "had spoken with \"such sincerity\", adding: \"He went beyond what we thought he would.\"")
    quotes = all_en(body)
    assert ("Jim Cole", "He went beyond what we thought he would", None) in quotes
    assert ("Jim Cole", 'Tom Hale had spoken with "such sincerity"', None) in quotes


def test_said_then_a_name_and_a_colon_still_names_the_speaker():
    body = LEAD + "\"It is over,\" he said. Asked about it later, said Jim Cole: \"We will see.\""
    assert ("Jim Cole", "We will see", None) in all_en(body)
