"""Indonesian speakers' names and titles (helper h_idname28).
Sentences invented for these tests, in the shape of Indonesian news (IndoSum's detokenised hyphens)."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


# ---- a hyphenated title written with a spaced hyphen ('Co - Founder') is one title ----------------

def test_a_spaced_hyphen_inside_a_title_opening_the_phrase_does_not_make_a_speaker_of_its_first_half():
    body = ("\"Kami akan membuka kantor baru di Surabaya tahun depan,\" ujar Co - Founder Tokopintar, "
            "Andreas Wibisono.")
    assert _speakers(body) == ["Andreas Wibisono"]


def test_a_spaced_hyphen_title_after_menurut_names_the_person():
    body = "Menurut Co - Founder Tokopintar Andreas Wibisono, perusahaan akan menambah karyawan."
    assert [s.split()[-2:] for s in _speakers(body)] == [["Andreas", "Wibisono"]]


def test_a_spaced_hyphen_between_two_names_is_not_joined_as_a_title():
    # 'Jakarta - Bandung' is a route, no title: the phrase still stops at the hyphen
    body = "\"Jalur Jakarta - Bandung akan dibuka besok,\" kata Kepala Dinas Perhubungan Budi Santoso."
    assert _speakers(body) == ["Budi Santoso"]


# ---- a body's document as the source, then a clause whose subject is a person ---------------------

def test_a_ministry_named_as_the_source_reports_a_clause_about_its_minister():
    body = ("Menteri Pertanian Darmawan Santoso meninjau gudang beras di Karawang.\n"
            "Dari keterangan Kementerian Pertanian, Darmawan menutup tiga gudang pada Senin malam.")
    assert [(q["speaker"], q["text"][:8]) for q in run(body, "id")["quotes"]] \
        == [("Kementerian Pertanian", "Darmawan")]


def test_a_person_who_reports_in_the_clause_after_the_source_keeps_his_report():
    # the officer's own cue ('menyebut') makes the clause his, not the police's
    body = "Dari keterangan tertulis Polda Metro Jaya, Kombes Dedi Kurnia menyebut pelaku sudah ditangkap."
    assert _speakers(body) == ["Dedi Kurnia"]
