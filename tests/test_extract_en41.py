"""English who-said-what, round 41 (helper en): a clause before a comma-closed inline cue whose clause
after opens with a report of its own ('..., said Mr Hale, but he said the studio was still waiting ...')
is what was said alone, and the report after the cue is its own; a deputy's office ('Deputy Prime
Minister Jim Cole') does not hold the office a bare title names ('the prime minister said'); 'the club'
is the club named only before a role its staff hold ('the new Harbour Rovers manager'), written twice
at least, not a state's side, and none when two clubs are so named. Texts written for these tests, with
invented names."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Markets are busy.\n\n"


def quotes_of(body):
    return quote_fields(LEAD + body, "speaker", "text", lang="en")


# ---- the clause before an inline cue, with a report of its own after it --------------------------------

def test_a_clause_before_an_inline_cue_stops_at_the_cue_when_a_report_follows():
    body = ('"We can only guess," said Tom Hale, studio head at Brinton Games. Zentrix had delivered '
            'development kits to the studio, said Mr Hale, but he said the studio was still waiting on '
            'two other makers to send theirs.')
    got = quotes_of(body)
    assert ("Tom Hale", "Zentrix had delivered development kits to the studio") in got
    assert ("Tom Hale", "the studio was still waiting on two other makers to send theirs") in got
    assert all("said Mr Hale" not in t for _, t in got)


def test_a_clause_before_an_inline_cue_goes_on_after_it_with_no_report_there():
    # (the clause after the cue is more of what was said: kept whole, cue and all)
    body = ('"We can only guess," said Tom Hale, studio head at Brinton Games. Zentrix had delivered '
            'development kits to the studio, said Mr Hale, and the other makers were expected to send '
            'theirs within a month.')
    got = quotes_of(body)
    assert any(s == "Tom Hale" and t.startswith("Zentrix had delivered") and t.endswith("within a month")
               for s, t in got)


# ---- a deputy's office --------------------------------------------------------------------------------

def test_a_deputy_prime_minister_is_not_the_prime_minister():
    body = ("Harold Vance has dismissed reports that he would quit. The book claims that at a dinner hosted "
            "by Deputy Prime Minister Jim Cole he told colleagues of his plans. But the prime minister said he "
            "had discussed these claims with his ministers and dismissed them.")
    got = quotes_of(body)
    assert all(s != "Jim Cole" for s, t in got if t.startswith("he had discussed"))


def test_the_deputy_prime_minister_asked_for_is_the_deputy():
    body = ("Deputy Prime Minister Jim Cole visited the flooded towns on Monday. The deputy prime minister "
            "said the government would pay for the repairs.")
    assert ("Jim Cole", "the government would pay for the repairs") in quotes_of(body)


def test_a_prime_minister_named_with_his_office_still_speaks_as_the_prime_minister():
    body = ("Prime Minister Harold Vance visited the flooded towns on Monday. The prime minister said the "
            "government would pay for the repairs.")
    assert ("Harold Vance", "the government would pay for the repairs") in quotes_of(body)


# ---- a club named only before its staff's role --------------------------------------------------------

def test_the_club_is_the_one_named_before_its_managers_role():
    body = ("Jim Cole will be unveiled as the new Harbour Rovers manager on Tuesday. The club have confirmed that "
            "the former England coach will be unveiled as the successor to Tom Hale at a news conference. "
            "Harbour Rovers are 17th in the league.")
    assert ("Harbour Rovers", "the former England coach will be unveiled as the successor to Tom Hale at a "
            "news conference") in quotes_of(body)


def test_two_clubs_named_before_their_staff_leave_the_club_unread():
    body = ("Harbour Rovers manager Jim Cole will discipline Harbour Rovers striker Sam Ode for his foul on Tidewater United "
            "defender Tom Hale. Former Tidewater United coach Ann Price watched from the stand. The club have "
            "confirmed that the player will be fined two weeks' wages.")
    assert all(s not in ("Harbour Rovers", "Tidewater United") for s, t in quotes_of(body)
               if t.startswith("the player"))


def test_a_word_opening_a_sentence_before_a_role_is_no_club():
    body = ("Acme Rovers posted a record loss on Friday. Fund manager Ann Price said she would invest more. "
            "The club appointed an auditor, who has recommended a number of steps to cut its debts.")
    assert all(s != "Fund" for s, _ in quotes_of(body))


def test_a_national_side_before_a_coach_is_no_club():
    # (a state's name before the role leads a national side: 'the club' is left unread)
    body = ("Jim Cole will be unveiled as the new England coach on Tuesday. The club have confirmed that "
            "he will be unveiled at a news conference at the ground.")
    assert all(s != "England" for s, _ in quotes_of(body))


def test_a_club_named_as_such_is_still_the_club():
    body = ("Harbour Rovers have named Jim Cole as their new manager. The club said the former Tidewater United "
            "striker will be unveiled at a news conference.")
    assert ("Harbour Rovers", "the former Tidewater United striker will be unveiled at a news conference") \
        in quotes_of(body)
