"""Speaker names that would swallow the last word of the office or place before them: a word written
before a closing quotation mark and its cue ('budaya Betawi," ujar Ikhsan') is no speaker's short name, so a region word the article writes apart
from the name closes the role ('Ketua Pelaksana Lebaran Betawi Mohammad Ikhsan'); a place's head and a
known town close a body's name, the name-like words after them are its head's ('Kepala Dinas Kesehatan
Kabupaten Situbondo Abu Bakar Abdi', whose words may be common ones). Later bare mentions ('Ikhsan',
'Abu Bakar') stay the person's.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- a word before a passive speech verb is what was spoken of, not a speaker (already so) ---------------------

def test_a_region_word_before_a_passive_cue_closes_the_role():
    body = ("Kesenian khas Betawi dikatakan Ketua Pelaksana Lebaran Betawi Mohammad Ikhsan tetap hidup di "
            "kampung-kampung.\n\n"
            "Ikhsan menambahkan, tahun depan acara itu akan digelar lebih besar.")
    assert set(_quotes(body)) == {("Mohammad Ikhsan", "Ketua Pelaksana Lebaran Betawi")}


# ---- a word closing a quotation before its cue is not that cue's speaker -----------------------------

def test_a_region_word_closing_a_quote_closes_the_role():
    body = ("Ketua Pelaksana Lebaran Betawi Mohammad Ikhsan mengatakan, acara itu dihadiri ribuan warga.\n\n"
            "\"Ini pesta rakyat Betawi,\" ujar Ikhsan.\n\n"
            "Menurut Ikhsan, sanggar-sanggar silat ikut tampil.")
    assert set(_quotes(body)) == {("Mohammad Ikhsan", "Ketua Pelaksana Lebaran Betawi")}


def test_a_district_written_as_a_place_closes_the_role():
    body = ("Camat Fatuleu Lambertus Paut mengatakan, warga di Fatuleu menyambut baik gagasan itu.\n\n"
            "\"Kami mendukung wisata berkuda di Fatuleu,\" ujar Lambertus.")
    assert set(_quotes(body)) == {("Lambertus Paut", "Camat Fatuleu")}


def test_a_name_the_article_writes_alone_keeps_its_words():
    # ('Mohammad' is the person's, though 'Betawi' is the office's: a given name stays in the name)
    body = ("Ketua Pelaksana Mohammad Ikhsan Hidayat mengatakan, acara itu dihadiri ribuan warga.\n\n"
            "\"Ini pesta rakyat,\" ujar Ikhsan.")
    assert set(_quotes(body)) == {("Mohammad Ikhsan Hidayat", "Ketua Pelaksana")}


# ---- a place's head and a known town close the body's name -------------------------------------------

def test_a_regency_closes_the_body_before_a_name_of_common_words():
    body = ("Kepala Dinas Kesehatan Kabupaten Situbondo Abu Bakar Abdi menyatakan 30 ibu hamil terjangkit "
            "HIV/AIDS.\n\n"
            "\"Mereka dalam pengawasan petugas,\" kata Abu Bakar.")
    assert _quotes(body) == [("Abu Bakar Abdi", "Kepala Dinas Kesehatan Kabupaten Situbondo")] * 2


def test_a_regency_and_its_province_stay_the_body():
    body = "Dinas Kesehatan Kabupaten Situbondo Jawa Timur menyatakan 30 ibu hamil terjangkit HIV/AIDS."
    assert [s for s, _ in _quotes(body)] != ["Jawa Timur"]
    assert all("Jawa Timur" not in s or s.startswith("Dinas") for s, _ in _quotes(body))
