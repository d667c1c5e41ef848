"""A skipped phrase between a report verb and its clause ends at a word's edge.
Sentences invented for these tests, in the shape of English and Indonesian news."""
from __future__ import annotations

from .extract_cases import reports_of, run


def test_a_clause_opening_with_the_pressure_keeps_its_first_word():
    # 'the press' is an addressee skipped before a clause ('warned the press that ...'); 'the pressure'
    # is the clause's own subject, and the quote must not begin in the middle of a word
    body = ("Former Wales winger Gareth Pryce has warned the pressure is growing on coach Alan Marsh "
            "after two defeats.\n")
    assert reports_of(body) == [("Gareth Pryce", "the pressure is growing on coach Alan Marsh after two defeats",
                                 None)]


def test_the_press_as_an_addressee_is_still_skipped():
    body = "Club chairman Peter Lang told the press that the new stand would open in August.\n"
    assert reports_of(body) == [("Peter Lang", "the new stand would open in August", None)]


def test_no_indirect_quote_begins_inside_a_word():
    # every skipped phrase of the pack ends at a word's edge ('the media' before 'mediators', 'parliament'
    # before 'parliamentary', 'again' before 'against')
    for body in ("Union leader Sarah Cole warned the mediators had run out of time.\n",
                 "Opposition leader Tom Reed said parliamentary rules had been broken.\n",
                 "Coach Dan Harte said against that side his team would need luck.\n"):
        for q in run(body, "en")["quotes"]:
            start = q["span"][0]
            assert start == 0 or not (body[start - 1].isalnum() and body[start].isalnum()), q["text"]
