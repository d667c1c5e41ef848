"""Whose state a speaker of an association, of civil society or an analyst speaks for (helper h_idrole29).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- an association's officer speaks for no state, whatever state its name holds -------------------

def test_an_officer_of_an_association_named_after_the_country_speaks_for_no_state():
    body = "Ketua Perkumpulan Petani Garam Indonesia (PPGI) Wulan Kartika mengatakan, harga garam terus turun sejak Mei."
    assert _who(body) == [("Wulan Kartika", "Ketua Perkumpulan Petani Garam Indonesia (PPGI)", None)]


def test_a_civil_society_coalition_watching_a_state_body_speaks_for_no_state():
    body = ("Juru bicara Koalisi Masyarakat Sipil Pemantau Bawaslu Dimas Prakoso mengatakan, "
            "ada kejanggalan dalam proses seleksi anggota.")
    assert _who(body)[0][2] is None


def test_a_state_bodys_officer_still_speaks_for_the_state():
    # (what the rule must not do: an official of the state's own body, with no association in the role)
    body = "Ketua Badan Pengawas Pemilu (Bawaslu) Dimas Prakoso mengatakan, ada kejanggalan dalam proses seleksi anggota."
    assert _who(body)[0][2] == "ID"


# ---- an analyst named with the body he works at keeps the word 'pengamat' in his role --------------

def test_an_analyst_of_a_state_research_body_speaks_for_no_state():
    body = ("Senada, pengamat politik Badan Riset dan Inovasi Nasional (BRIN) Hendra Wibisono menilai "
            "kenaikan harga beras tidak akan berlangsung lama.")
    assert _who(body) == [("Hendra Wibisono", "pengamat politik Badan Riset dan Inovasi Nasional (BRIN)", None)]


def test_an_analyst_introduced_after_according_to_is_the_reports_speaker():
    body = ("Sementara itu, menurut pengamat perikanan, Rudi Hartawan, musim angin barat belum tentu "
            "merugikan para nelayan di pantai utara.")
    assert [(s, c) for s, _, c in _who(body)] == [("Rudi Hartawan", None)]
