"""Conflicts on text nobody tuned to (dev14 and the corpus samples): a row at home, a police
inquiry, a background remark or a lone accusation is no conflict between states."""
from __future__ import annotations

from .test_conflicts import detect


def _parties(result):
    return set(result["parties"]) if result else set()


def test_a_lone_state_needs_armed_actors():
    # a war of words inside one government: no troops, rebels or secession anywhere
    body = ("Britain's prime minister and his chancellor have declared war on each other, Britain's "
            "newspapers say. The war inside Britain's government dominated the week. Britain's "
            "ministers deny any conflict.")
    assert _parties(detect(body, "en")) == set()
    # the same state fighting rebels: its own conflict
    body = ("Syria's army fought rebels in the north, Syria's ministers said. The war in Syria's north "
            "entered its ninth year. Fighting in Syria's north went on despite a ceasefire.")
    assert _parties(detect(body, "en")) == {"SY"}
    # sanctions on a club of one state are no war of that state
    body = ("Klub Spanyol itu terkena sanksi embargo transfer. Spanyol menilai sanksi itu berat. "
            "Federasi Spanyol meminta embargo dicabut dan sanksi dikurangi.")
    assert _parties(detect(body)) == set()


def test_police_inquiry_at_home_is_no_conflict():
    # (after 'Malaysia awasi ketat mahasiswa yang diduga terpengaruh ISIS', IndoSum)
    body = ("Kepolisian Malaysia memberantas pengaruh kelompok militan ISIS di kampus. Polisi Malaysia "
            "menahan 15 orang terkait serangan ISIS di Malaysia. Militan ISIS, kata polisi, memicu "
            "konflik ideologi di Malaysia.")
    assert _parties(detect(body)) == set()
    # the army fighting the same group: a conflict of that state
    body = ("Tentara Filipina menggempur kelompok militan ISIS di Marawi. Polisi Filipina menahan 15 "
            "orang terkait serangan ISIS di Filipina. Perang melawan ISIS di Filipina berlanjut.")
    assert _parties(detect(body)) == {"PH"}
