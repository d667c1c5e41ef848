"""Indonesian speaker country (thirty-ninth session), from a third random sample of the census and the
development sets: an unnamed official of a field every state administers, or of a city ('pejabat kesehatan
setempat', 'para pejabat transportasi', 'seorang pejabat kota'), in a story mostly about a foreign state is
that state's official, as 'pejabat setempat' is; and the hajj committee of the Ministry of Religious Affairs
(PPIH, at home and at each embarkation) is a home institution. Sentences invented for these tests, in the
shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _said(body: str, opening: str, title: str = "T") -> set[tuple]:
    return {(q["speaker"], q["country"]) for q in run(body, "id", title=title)["quotes"]
            if q["text"].startswith(opening)}


# ---- an unnamed official of a field or a city, in a story mostly about a foreign state --------------------

_CUBA = ("HAVANA – Sebuah ledakan terjadi di festival kembang api di Kuba dan melukai 22 orang. Festival tahunan "
         "itu digelar di pusat kota Remedios, Kuba, setiap 24 Desember.\n\n")


def test_health_official_of_the_scene_is_the_foreign_states():
    body = _CUBA + "Menurut pejabat kesehatan setempat, beberapa korban saat ini sedang dalam kondisi kritis."
    assert _said(body, "beberapa korban", title="Ledakan di festival kembang api kuba") \
        == {("pejabat kesehatan setempat", "CU")}


def test_transport_officials_are_the_foreign_states():
    body = ("Badai salju melanda pantai timur Amerika Serikat. Sekolah-sekolah di Amerika Serikat diliburkan "
            "dan ribuan penerbangan di Amerika Serikat dibatalkan.\n\n"
            "Para pejabat transportasi mengatakan akan ada lebih banyak rute bus yang ditangguhkan.")
    assert {c for s, c in _said(body, "akan ada lebih banyak")} == {"US"}


def test_health_official_in_a_home_story_is_not_made_foreign():
    # (an Indonesian story naming another state once: the official stays as before, not that state's)
    body = ("Wabah demam berdarah melanda Kabupaten Bogor. Kasus serupa juga pernah terjadi di Malaysia.\n\n"
            "Menurut pejabat kesehatan setempat, puluhan warga masih dirawat di rumah sakit.")
    assert {c for s, c in _said(body, "puluhan warga")} != {"MY"}


def test_company_official_stays_no_states():
    # (an official of a firm, not of a field the state administers: no state, as before)
    body = _CUBA + "Menurut pejabat perusahaan itu, penjualan kembang api tetap berjalan."
    assert {c for s, c in _said(body, "penjualan kembang api")} == {None}


# ---- the hajj committee (PPIH) is a home institution ----------------------------------------------------

def test_hajj_committee_chair_speaks_for_the_home_state():
    body = ("Batam (ANTARA News) - Panitia haji mengadakan rapat evaluasi di Batam, Senin.\n\n"
            "Ketua PPIH Embarkasi Batam Marwin Jamal mengingatkan panitia untuk disiplin mengenakan tanda "
            "pengenal selama di asrama.\n\n"
            "\"Ini akan berbahaya buat jamaah,\" kata Marwin.")
    assert _said(body, "Ini akan berbahaya") == {("Marwin Jamal", "ID")}


def test_foreign_hajj_ministry_stays_its_states():
    # (the host state's own hajj ministry, named with its state, is not the home committee)
    body = ("Mekkah - Jutaan jemaah tiba di Arab Saudi. Pemerintah Arab Saudi menambah petugas di Mekkah, Arab "
            "Saudi.\n\n\"Kami siap melayani,\" kata juru bicara Kementerian Haji Arab Saudi Ahmad Salem.")
    assert _said(body, "Kami siap melayani") == {("Ahmad Salem", "SA")}
