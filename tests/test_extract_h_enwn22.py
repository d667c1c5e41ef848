"""English international news (Wikinews style): unnamed authorities reporting through the documents they
issue, a city's government as a speaker, and plans made known (helper h_enwn22). Texts written for these
tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, indirect, run


def test_unnamed_authorities_report_through_the_statement_they_issue():
    # statement_issue_verbs, issued_documents (cues.authority_statement): the participle of the document
    body = ("Three men were detained after the protest in Lyon, France.\n\n"
            "On Monday, police issued a statement saying the three men had been charged with arson.")
    assert ("Police", "the three men had been charged with arson", "FR") in \
        [(s.capitalize(), t, c) for s, t, c in all_en(body)]
    body = ("Floods hit the north of Ruritania on Sunday.\n\n"
            "The government released a statement announcing schools would reopen on Thursday.")
    assert [t for _, t, _ in all_en(body)] == ["schools would reopen on Thursday"]
    # ... or a second verb after 'and', the document's subject between
    body = ("A water main burst in Springfield, Ohio, United States.\n\n"
            "Officials issued an advisory of water outages and stated the crews had located the leak.")
    assert [(s, t) for s, t, _ in all_en(body)] == [("Officials", "the crews had located the leak")]


def test_a_city_speaks_for_its_state_by_the_city_alone():
    # unnamed_authorities 'the city': a city's government (the annotations name it `city`)
    body = ("A water main burst in Springfield, Ohio, United States, on Monday.\n\n"
            "The city said the water department had located the problem.\n\n"
            "Shortly thereafter, the city issued a follow-up statement announcing the leak had been contained.")
    got = all_en(body)
    assert ("city", "the water department had located the problem", "US") in got
    assert ("city", "the leak had been contained", "US") in got


def test_the_city_as_a_place_reports_nothing():
    body = ("Springfield is a city in Ohio, United States.\n\n"
            "The city is home to many museums, and the city hosted a fair last week.")
    assert all_en(body) == []


def test_plans_made_known_are_reported_with_their_verb():
    # indirect_request_verbs 'announced their plans to', 'announced his intentions to'
    body = ("The software is popular with hobbyists.\n\n"
            "On Tuesday, software company Acme Systems announced their plans to end support for the old version.")
    assert ("Acme Systems", "announced their plans to end support for the old version") in indirect(run(body, "en"))
    body = ("The project was closed last week.\n\n"
            "Soon after, developer John Hale announced his intentions to start a new project to replace it.")
    assert ("John Hale", "announced his intentions to start a new project to replace it") in indirect(run(body, "en"))
    # (not a plan announced about someone else, without 'to'; nor bare 'plans to', as test_extract_officials has it)
    body = ("The project was closed last week.\n\nJohn Hale announced the plans on Monday.")
    assert indirect(run(body, "en")) == []
    body = ("The project was closed last week.\n\nJohn Hale announced plans to start a new project.")
    assert indirect(run(body, "en")) == []


def test_a_legislator_by_the_chamber_in_lower_case_speaks_for_the_state():
    # lower_roles 'state representative', 'congressman'
    body = ("The abortion bill passed in Alabama, United States.\n\n"
            "Republican state representative Jane Roe said the bill was not enforceable.")
    assert all_en(body) == [("Jane Roe", "the bill was not enforceable", "US")]
    body = ("The abortion bill passed in Alabama, United States.\n\n"
            "Democratic congressman John Doe said the bill was cruel.")
    assert all_en(body) == [("John Doe", "the bill was cruel", "US")]
    # (not a firm's representative)
    body = ("The company hired a sales representative.\n\nA sales representative said the deal was done.")
    assert [c for _, _, c in all_en(body)] in ([], [None])
