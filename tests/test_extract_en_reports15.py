"""English reported speech and its speaker (helper h_rep15): the forms a careful reader lists that the
extractor missed. Texts written for these tests, or small pieces of Wikinews text where a comment names
the source."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


# ---- a quote as the reported clause's predicate ------------------------------------------------

def test_a_name_then_a_quoted_predicate_is_reported_whole():
    # _noun_subject_frame: a one-word name as the subject when the quote opens with a finite verb
    # (Wikinews, 'US Representative Elijah Cummings dies at 68')
    body = ("Elijah Cummings died on Thursday.\n\n"
            "In a statement, Maya Rockeymoore Cummings, his wife, said Cummings \"worked until his last breath\".")
    reports = reports_of(body)
    assert any(t == 'Cummings "worked until his last breath"' for _, t, _ in reports)
    assert ("Maya Rockeymoore Cummings", "worked until his last breath", None) in all_en(body)


def test_a_name_before_a_quoted_label_is_no_report():
    # (not 'called Trump "a liar"': the quote opens with no verb)
    body = "The campaign was bitter.\n\nJane Doe called Trump \"a liar and a cheat\" at the rally."
    assert not [t for _, t, _ in reports_of(body) if t.startswith("Trump")]


def test_a_condition_before_the_quote_keeps_the_clause_whole():
    # _condition_then_quote (Wikinews, 'On the campaign trail in the USA, September 2020')
    body = ("Joe Biden visited Delaware.\n\n"
            "Joe Biden argued that if Trump wins re-election, \"these hellish events will continue to become more common.\"")
    assert any(t.startswith('if Trump wins re-election, "these hellish events')
               for _, t, _ in reports_of(body))


def test_a_reflexive_object_opens_no_clause():
    # reflexive_pronouns: 'declared himself "delighted"' is no report; the participle's clause is
    body = ("Robert Jackson joined Labour.\n\n"
            "Prime Minister Tony Blair declared himself \"delighted\", saying Mr Jackson would be warmly welcomed by Labour MPs.")
    texts = [t for _, t, _ in reports_of(body)]
    assert "Mr Jackson would be warmly welcomed by Labour MPs" in texts
    assert not [t for t in texts if t.startswith("himself")]


def test_a_noun_and_its_relative_clause_is_no_report():
    # _reads_as_clause: the quote marks no longer hide the relative pronoun
    body = "Labour met on Monday.\n\nAlan Milburn promised a poll campaign \"which is upbeat and optimistic about the future\"."
    assert not [t for _, t, _ in reports_of(body) if t.startswith("a poll campaign")]
