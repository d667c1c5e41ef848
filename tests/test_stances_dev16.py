"""Conflicts and stances (fourteenth session, from dev16/id's errors and the BBC sample's false
conflicts): an attack in a relative clause about people is theirs, a state named as the scene of an
attack is not its target, a passive hostile cue with no agent sets no pair, a war ended long ago or the
time after it is history, and the home state's diplomatic row is found through its own bodies
(`Panglima TNI`)."""
from __future__ import annotations

from .extract_cases import run


def parties(body: str, lang: str, title: str = "T") -> list[str] | None:
    conflict = run(body, lang, title=title)["conflict"]
    return sorted(conflict["parties"]) if conflict else None


def stances(body: str, lang: str, title: str = "T") -> set[tuple]:
    return {(s["country"], s["position"], s["side"]) for s in run(body, lang, title=title)["stances"]}


def test_attack_in_a_relative_clause_about_people_is_theirs():
    # the police of one state arrested men who shot at an office: no attack of that state on another
    body = ("Kepolisian Jepang menahan dua pria yang menembaki kantor pusat kelompok pendukung Korea Utara "
            "di Tokyo, Jumat (23/2).\n\n"
            "Kedua pria itu adalah aktivis sayap kanan. Polisi mengatakan tidak ada korban dalam insiden itu.\n\n"
            "Kantor itu berfungsi sebagai kedutaan besar Korea Utara di Jepang.")
    assert parties(body, "id") is None
    # the forces of a state are the state's own: `pasukan yang menyerang`
    body = "Rusia mengirim pasukan yang menyerang Ukraina pada Kamis pagi."
    assert parties(body, "id") == ["RU", "UA"]


def test_a_state_named_as_the_scene_of_an_attack_is_not_its_target():
    # (the bombing could happen in the UK: the UK is where, and Spain's capital only its model)
    body = ("Terrorists might try to target the UK in the run-up to the election, a police chief said.\n\n"
            "Home Secretary Charles Clarke has also warned that a Madrid-style pre-election bombing could "
            "happen in the UK too.\n\n"
            "Spain's general election was held three days after the Madrid bombs. The UK election is "
            "expected in May. Spain and the UK share information, officials in the UK said.")
    assert parties(body, "en") is None
    # a preposition that ends the cue itself keeps its object
    body = "Turkey began a military offensive in Syria on Wednesday. Kurdish forces retreated."
    assert parties(body, "en") == ["SY", "TR"]


def test_a_passive_hostile_cue_without_an_agent_sets_no_pair():
    body = ("The planned UK casinos will be barred from copying American selling methods, it has "
            "been proposed.\n\n"
            "The UK culture secretary said the new casinos in the UK would be smaller than those in the US. "
            "Ministers in the UK want to avoid the problems seen in the UK before.")
    assert parties(body, "en") is None
    # with its agent the pair stands
    body = "Syria was attacked by Turkey on Wednesday, officials said. Syria said it would respond."
    assert parties(body, "en") == ["SY", "TR"]


def test_home_state_row_through_its_own_bodies():
    # (Indonesia is never named: its armed forces' chief and spokesman act for it)
    body = ("Panglima TNI Jenderal Gatot Nurmantyo sedianya terbang ke Amerika Serikat untuk menghadiri "
            "sebuah konferensi.\n\n"
            "Namun Gatot mendapat pemberitahuan dirinya ditolak masuk ke Amerika Serikat.\n\n"
            "Gatot bersama rombongan tidak boleh memasuki wilayah AS, menurut pemberitahuan maskapai.\n\n"
            "Kepala Pusat Penerangan TNI, Wuryanto, mengatakan pihaknya meminta penjelasan kepada pihak AS.")
    assert parties(body, "id") == ["ID", "US"]
    assert {("ID", "party", None), ("US", "party", None)} <= stances(body, "id")


def test_a_war_long_over_and_the_years_after_it_are_history():
    # a business story naming a civil war that has ended and the rebuilding after it
    body = ("A property company set up by an assassinated former president lost a fifth of its value in Beirut "
            "on Tuesday.\n\n"
            "The group, the largest on Lebanon's exchange, closed lower.\n\n"
            "It rebuilt the old markets after the end of Lebanon's long 15-year civil war. Critics said he used "
            "Lebanon's post-war rebuilding for his own profit. His assassination last week worried Lebanon's "
            "investors.")
    assert parties(body, "en") is None
