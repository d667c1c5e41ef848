"""English speakers' countries (helper h_enwho22): a state's name that only places a firm's branch or
office ('Chief Executive of Acme UK', 'at Acme in the US', "Acme's UK sales director") is no state a
person speaks for, nor is a nationality given by another phrase to a person whose role is in a body
that is not the state's (a club's chairman later called 'the American', an 'Indian film director').
Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- a firm's branch by its state ------------------------------------------------------------------

def test_a_state_closing_a_firms_name_is_its_branch():
    g = grammar_en()
    assert g.role_country("Chief Executive of Acme UK") is None
    assert g.role_country("head of Melody Records Germany") is None
    assert g.role_country("president of Zenith Games Entertainment America") is None
    assert g.role_country("Widgetco's UK sales director") is None


def test_a_state_after_the_firm_a_person_works_at_is_its_branch():
    g = grammar_en()
    assert g.role_country("vice president of products at Quill Search in the US") is None


def test_state_bodies_offices_and_states_keep_their_state():
    g = grammar_en()
    assert g.role_country("Police Scotland chief constable") == "GB"
    assert g.role_country("Governor of the Bank of England") == "GB"
    assert g.role_country("Britain's Foreign Secretary") == "GB"
    assert g.role_country("head of the US Federal Trade Commission") == "US"
    assert g.role_country("US Attorney") == "US"
    # (a state's name joined to the word before it is no branch: 'pro-US' is read as before)
    assert not g.places_branch("pro-US campaigner", 4)


def test_a_firms_branch_executive_speaks_for_no_state():
    body = ("Acme said on Monday it would open a store in London. \"Customers want it now,\" said Jane Roe, "
            "Chief Executive of Acme UK.")
    assert [x for x in all_en(body) if x[0] == "Jane Roe"] == [("Jane Roe", "Customers want it now", None)]


def test_the_firm_after_at_further_on_in_the_role_heads_no_state():
    g = grammar_en()
    assert g.heads_other_body("president of domestic distribution at Starlight Pictures")
    assert g.heads_other_body("president of Zenith Games Entertainment America")
    assert not g.heads_other_body("president of the Constitutional Court")


def test_an_executive_introduced_at_a_firm_in_a_state_speaks_for_no_state():
    body = ("The deal was announced on Tuesday. Tom Hale, vice president of products at Quill Search in "
            "the US, said the firm was pleased. \"The readers matter most,\" Mr Hale said.")
    assert [(s, c) for s, _, c in all_en(body)] == [("Tom Hale", None), ("Tom Hale", None)]


# ---- a nationality from another phrase, for a role outside the state ----------------------------------

def test_a_club_chairman_later_called_by_nationality_speaks_for_no_state():
    body = ("Answering a remark by Northfield Club chairman Tom Hale, the American told reporters: \"It "
            "is an insult to every player here.\"")
    assert [c for _, _, c in all_en(body)] == [None]


def test_a_film_director_of_a_nationality_speaks_for_no_state():
    body = ("Indian film director Rani Mehta has finished her new picture. \"It was a joy to make,\" "
            "Mehta said.")
    assert all_en(body) == [("Rani Mehta", "It was a joy to make", None)]


def test_a_party_member_of_a_state_office_keeps_the_state():
    # (a politician's role read as the party; the office named before still gives the state)
    # Source: Wikinews, 'NYC Mayor de Blasio ends US presidential campaign' (2019), shortened
    g = grammar_en()
    assert g.is_non_state("member of the Democratic Party")
    body = ("Yesterday, Bill de Blasio, the mayor of New York, New York, ended his campaign for president "
            "of the United States. De Blasio made the announcement live on television.\n\n"
            "Mayor de Blasio, a member of the Democratic Party, spoke on MSNBC's morning news talk show "
            "Morning Joe when he made the announcement: \"I feel like I have contributed all I can to this "
            "primary election.\"")
    assert [c for _, _, c in all_en(body)] == ["US"]


def test_a_minister_keeps_the_state():
    body = "\"We will act,\" said Belgian sports minister Jan Peeters."
    assert all_en(body) == [("Jan Peeters", "We will act", "BE")]


# ---- a national team's positions ------------------------------------------------------------------------

def test_rugby_positions_before_a_name_are_a_team_not_a_state():
    g = grammar_en()
    assert g.is_non_state("Wales number eight")
    assert g.is_non_state("Ireland hooker")
    assert g.is_non_state("Scotland lock")
    assert g.is_non_state("Wales wing")
    assert not g.is_non_state("Wing Commander")  # (the air force's rank: lower case only)
    body = "\"We were poor in the first half,\" said Scotland number eight Tom Hale."
    assert all_en(body) == [("Tom Hale", "We were poor in the first half", None)]


# ---- a body's possessive before a full name ------------------------------------------------------------

def test_a_bodys_possessive_before_a_full_name_is_the_persons_body():
    g = grammar_en()
    p = g.parse("Rovers's Tom Hale", 0, len("Rovers's Tom Hale"))
    assert (p.name, p.role) == ("Tom Hale", "Rovers's")
    p = g.parse("Widgetco's Jane Roe", 0, len("Widgetco's Jane Roe"))
    assert (p.name, p.role) == ("Jane Roe", "Widgetco's")
    # (a title of common words after a possessive names no one: a film, a game)
    p = g.parse("Howl's Moving Castle", 0, len("Howl's Moving Castle"))
    assert p is None or p.name != "Moving Castle"


def test_a_quote_of_a_person_named_after_a_bodys_possessive_is_theirs():
    body = ("\"We were the better side,\" said Northfield's Tom Hale. \"The referee saw it all.\"")
    assert [s for s, _, _ in all_en(body)] == ["Tom Hale", "Tom Hale"]


# ---- a pronoun after 'but' means the sentence's subject -------------------------------------------------

def test_a_pronoun_after_but_in_a_report_is_the_reporters():
    body = ("Manager Tom Hale has spoken out again. In the second half, striker Jim Dale caught Rovers's "
            "Bob Cole with a late tackle. Hale admitted on Sunday that the foul \"could have hurt (Cole) "
            "badly\", but he believes Rovers were the main aggressors.\n\n"
            "\"They never learn how to lose,\" he added.")
    got = all_en(body)
    assert got[-1][0] == "Tom Hale"
    assert all(s == "Tom Hale" for s, t, _ in got if "aggressors" in t or "lose" in t)
