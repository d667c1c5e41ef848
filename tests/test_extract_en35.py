"""English who-said-what, round 35 (helper en47): a report verb before a gerund reports its verb phrase,
verb and all, as the request verbs do ('admitted wanting to ...', 'denied taking ...', 'recalled going
...'), and a quote giving the name of a thing after a naming participle ('a process called "..."', 'a man
identified only as "..."') is no one's speech. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Blogs are popular.\n\n"


# ---- a report verb before a gerund -------------------------------------------------------------------

def test_an_admission_before_a_gerund_is_reported_with_its_verb():
    body = LEAD + "Ruth Calder pressed Tom Avery on oil when Avery admitted wanting to phase out the coal industry."
    assert ("Tom Avery", "admitted wanting to phase out the coal industry", None) in reports_of(body)


def test_a_denial_before_a_gerund_is_reported_with_its_verb():
    body = LEAD + "Marta Kovacs denies taking bribes from the building firm."
    assert reports_of(body) == [("Marta Kovacs", "denies taking bribes from the building firm", None)]


def test_a_suggestion_and_a_memory_before_a_gerund():
    body = LEAD + ("Senator Paul Remick suggested expanding the court to fifteen judges. Singer Ana Ruiz recalled "
                   "going to music festivals with her friends during high school.")
    quotes = reports_of(body)
    assert ("Paul Remick", "suggested expanding the court to fifteen judges", None) in quotes
    assert ("Ana Ruiz", "recalled going to music festivals with her friends during high school", None) in quotes


def test_the_subjects_next_report_after_and_is_its_own():
    body = LEAD + "Marta Kovacs denies using drugs and says she will take legal action over the claims."
    assert reports_of(body) == [("Marta Kovacs", "denies using drugs", None),
                                ("Marta Kovacs", "she will take legal action over the claims", None)]


def test_a_clause_after_but_ends_the_gerund_report():
    body = LEAD + "The Ostrava Civic Fund denies having any role, but its offices have had to close across the region."
    assert reports_of(body) == [("Ostrava Civic Fund", "denies having any role", None)]


def test_a_gerund_opening_a_clause_reports_the_clause():
    # ('keeping ... could cost': the gerund is the subject of a clause reported without 'that')
    body = LEAD + "Tom Harlow suggested keeping troops in the region could cost another billion pounds."
    assert reports_of(body) == [("Tom Harlow", "keeping troops in the region could cost another billion pounds", None)]


def test_a_preposition_in_ing_is_no_gerund():
    body = LEAD + "Tom Harlow denied during the hearing the claims of the firm."
    assert all(not q[1].startswith("denied during") for q in reports_of(body))


def test_a_gerund_report_needs_its_subject_named():
    # (a pronoun's referent is left to the reports of clauses; 'a body, which denies ...' is the body's)
    body = LEAD + ("Tom Harlow advises the Radical Party, which denies engaging in personal campaigning. "
                   "He also denied taking money from the party.")
    assert all(not q[1].startswith(("denies engaging", "denied taking")) for q in reports_of(body))


def test_a_gerund_with_a_quote_leaves_the_quote_as_the_report():
    body = LEAD + 'Singer Ana Ruiz recalls realizing "I am not here just to have fun, I am here to work".'
    assert all(not q[1].startswith("recalls realizing") for q in all_en(body))


def test_a_report_verb_before_a_clause_is_unchanged():
    body = LEAD + "Marta Kovacs denied that she took bribes from the firm."
    assert reports_of(body) == [("Marta Kovacs", "she took bribes from the firm", None)]


# ---- a quote naming a thing ------------------------------------------------------------------------

def test_a_process_called_a_name_is_no_speech():
    body = LEAD + ('Agent Paul Brandt spent most of his career abroad. He specialized in removing people from '
                   'danger, a process called "extraction." He later studied film make-up.')
    assert all(q[1] != "extraction" for q in all_en(body))


def test_a_man_identified_only_as_a_name_is_no_speech():
    body = LEAD + ('Officials later announced the arrest of a farm worker, a man in his forties identified only as '
                   '"K Joseph", over the death of the elephant.')
    assert all(q[1] != "K Joseph" for q in all_en(body))


def test_what_a_subject_called_something_is_still_its_words():
    body = LEAD + 'Senator Paul Remick attacked the bill, which he called "a disgrace to the country".'
    assert ("Paul Remick", "a disgrace to the country", None) in all_en(body)


def test_a_move_the_union_called_is_still_a_quote():
    body = LEAD + 'Senator Paul Remick attacked a move the union called "a betrayal of the workers".'
    assert any(q[1] == "a betrayal of the workers" for q in all_en(body))
