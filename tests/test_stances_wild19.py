"""Conflicts and stances on text nobody tuned them to (sixteenth session, from reading the conflicts
of the BBC and Wikinews samples): a pair of states joined by `and` alone is one side acting together,
a headline in which one state helps the other or goes to it names no two adversaries, a state named
only as a war's name is no side of a headline's verb of opposing, `destruction of` is an attack,
`Ivory Coast` is Côte d'Ivoire, and a sanction said to be lifted is no act against its target.
All texts are invented."""
from __future__ import annotations

from .extract_cases import run


def parties(body: str, lang: str = "en", title: str = "T") -> list[str] | None:
    conflict = run(body, lang, title=title)["conflict"]
    return sorted(conflict["parties"]) if conflict else None


def stances(body: str, lang: str = "en", title: str = "T") -> set[tuple]:
    return {(s["country"], s["position"], s["side"]) for s in run(body, lang, title=title)["stances"]}


ROW_WITH_A_BODY = (
    "The Commission has ended its row with Norway and Sweden over fishing quotas.\n\n"
    "The move came after Norway and Sweden pledged to cut their catches next year. Norway and Sweden will "
    "still break the limit this year. After removing Norway and Sweden from its list, the Commission said "
    "the pair were on track. Critics said Norway and Sweden had got away with it.")


def test_a_pair_joined_by_and_alone_is_one_side():
    # five joins and no conflict word beside them: the two act together against a body that is no state
    assert parties(ROW_WITH_A_BODY, title="Commission ends fishing row") is None


def test_a_pair_joined_by_and_with_a_conflict_word_still_counts():
    body = ("Fighting between Norway and Sweden broke out on Monday.\n\n"
            "Norway and Sweden traded fire across the border, officials said.")
    assert parties(body, title="Border fighting") == ["NO", "SE"]


def test_a_headline_where_one_state_helps_the_other_names_no_pair():
    body = ("Britain is to give a grant to help women who survived the genocide in Rwanda.\n\n"
            "Thousands of people were killed during the genocide. The grant will pay for medicines.\n\n"
            "Rwanda's health ministry said the money would reach clinics across Rwanda.")
    assert parties(body, title="UK helps Rwandan women") is None


def test_a_headline_state_after_a_preposition_of_place_is_a_destination():
    # British troops stand by to evacuate citizens; the fighting is France's with the Ivorian army
    body = ("British troops are on standby to evacuate citizens from the Ivory Coast, officials said.\n\n"
            "Nine French soldiers were killed on Saturday. France then ordered the destruction of "
            "Ivory Coast's warplanes.\n\n"
            "The British embassy said it was making contingency plans.")
    assert parties(body, title="British soldiers on standby in Ivory Coast") == ["CI", "FR"]


def test_ivory_coast_is_a_state():
    body = "France ordered the destruction of Ivory Coast's warplanes on Sunday."
    assert parties(body) == ["CI", "FR"]


def test_a_state_named_only_as_a_war_is_no_side_of_a_headline_verb():
    body = ("A bishop has said the money spent on the Iraq war should have gone to the poor.\n\n"
            "He told a radio programme the Iraq war was a waste. Other church leaders agreed.")
    assert parties(body, title="Bishop criticises Iraq war cost") is None
    # a state the headline sets itself against is still the one side
    body = ("Leaders around the world condemned Iran on Monday after the arrests.\n\n"
            "Iran said the journalists had broken its laws. Iran rejected the criticism.")
    assert parties(body, title="World condemns Iran over arrests") == ["IR"]


def test_a_sanction_said_to_be_lifted_is_no_act_against_its_target():
    fight = ("China and Japan clashed over the disputed islands on Monday, and the tensions between China "
             "and Japan rose.\n\n")
    lifted = fight + "Britain said the embargo on arms sales to China is likely to be lifted this year."
    assert ("GB", "opposes", "CN") not in stances(lifted, title="China and Japan clash")
    lift = fight + "Britain wants to lift its weapons embargo on China, its foreign minister said."
    assert ("GB", "opposes", "CN") not in stances(lift, title="China and Japan clash")
    # an embargo imposed stays an act against its target
    imposed = fight + "Britain imposed an embargo on China, its foreign minister said."
    assert ("GB", "opposes", "CN") in stances(imposed, title="China and Japan clash")
