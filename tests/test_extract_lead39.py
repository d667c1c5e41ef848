"""Indonesian reports behind a source lead-in of the thirty-ninth session: 'Melansir Straits Times, Menteri X
mengatakan ...', 'Dilansir dari Reuters, ...', 'Mengutip ZDnet, ...' name the outlet the report was read in; the
outlet is no name the subject after the comma is in apposition to, and the report stays the subject's. Sentences
invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .extract_cases import run

_REPORT = "Menteri Luar Negeri Jepang Taro Kono mengatakan bahwa pemerintahnya akan menolak rencana itu."


def _reports(body: str) -> list[tuple[str | None, str, str | None]]:
    return [(q["speaker"], q["text"], q["country"]) for q in run(body, "id")["quotes"] if q["kind"] == "indirect"]


@pytest.mark.parametrize("lead_in", ["Melansir Straits Times", "Melansir New York Times", "Dilansir Straits Times",
                                     "Mengutip Straits Times", "Dilansir dari Straits Times",
                                     "Seperti dikutip dari New York Times"])
def test_a_report_behind_an_outlet_lead_in_is_the_subject_s(lead_in):
    assert _reports(f"{lead_in}, {_REPORT}") == [("Taro Kono", "pemerintahnya akan menolak rencana itu", "JP")]


def test_an_office_after_the_lead_in_keeps_its_holder_and_state():
    body = ("Melansir Straits Times, Perwakilan Khusus Perdana Menteri Malaysia Asyraf Wajdi Dusuki mengatakan "
            "bahwa departemen agama bisa mengambil tindakan tegas.")
    assert _reports(body) == [("Asyraf Wajdi Dusuki", "departemen agama bisa mengambil tindakan tegas", "MY")]


def test_a_description_after_the_lead_in_is_the_one_spoken_of():
    body = ("Penyanyi Ed Sheeran resmi bertunangan dengan Cherry Seaborn sejak awal tahun ini.\n\n"
            "Melansir Entertainment Weekly, musisi 27 tahun itu mengaku memakai cincin sebagai bentuk komitmen "
            "tunangannya.")
    assert [s for s, t, _ in _reports(body) if "memakai cincin" in t] == ["Ed Sheeran"]


def test_the_outlet_stays_cited_not_quoted():
    sheet = run(f"Melansir Straits Times, {_REPORT}", "id")
    assert "Straits Times" in sheet["article"]["cites"]
    assert all(q["speaker"] != "Straits Times" for q in sheet["quotes"])


# ---- what the rule leaves alone -------------------------------------------------------------------------------

def test_a_name_in_apposition_before_an_office_still_speaks():
    # (the guard: 'Takuya Shimamura, Presiden Asahi Glass, mengatakan' is the name's, with no lead-in)
    body = "Takuya Shimamura, Presiden Asahi Glass, mengatakan bahwa perusahaannya akan membangun pabrik baru."
    assert [s for s, _, _ in _reports(body)] == ["Takuya Shimamura"]


def test_the_same_report_with_no_lead_in_is_unchanged():
    assert _reports(_REPORT) == [("Taro Kono", "pemerintahnya akan menolak rencana itu", "JP")]


def test_a_lead_in_with_a_pronoun_subject_goes_on_with_the_one_spoken_of():
    body = ("Menteri Luar Negeri Jepang Taro Kono tiba di Jakarta pada Senin (4/12).\n\n"
            "Melansir Straits Times, ia mengatakan bahwa pemerintahnya akan menolak rencana itu.")
    assert [s for s, t, _ in _reports(body) if "menolak rencana" in t] == ["Taro Kono"]


# ---- 'di bidang' opening the field of an office between the title and the name ---------------------------------

def test_an_office_s_field_after_di_bidang_keeps_the_name_and_state():
    body = ("Melansir Straits Times, Perwakilan Perdana Menteri di bidang keagamaan Malaysia Dato Dr Asyraf Wajdi "
            "Dusuki mengatakan departemen agama bisa mengambil tindakan tegas.")
    assert _reports(body) == [("Asyraf Wajdi Dusuki", "departemen agama bisa mengambil tindakan tegas", "MY")]


def test_a_place_after_di_still_ends_the_description():
    # (the guard: 'di' alone opens where one is, which names no holder of the office after it)
    body = ("Perwakilan Perdana Menteri di kantor Putrajaya Asyraf Wajdi Dusuki mengatakan departemen agama bisa "
            "mengambil tindakan tegas.")
    assert [s for s, _, _ in _reports(body)] != ["Asyraf Wajdi Dusuki"]
