"""The article's date as its opening writes it, for articles whose file gives none (helper
h_iddate20): terms of office then apply. Texts written for these tests."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import extract_article, load_pack
from generator.extract.dates import date_in_opening

from .extract_cases import run


def _date(body: str, lang: str = "id"):
    return date_in_opening(body, load_pack(lang))


# ---- reading the date -----------------------------------------------------------------------------

def test_the_day_of_a_statement_in_brackets_after_its_weekday():
    body = ("Pemerintah kota menambah armada bus.\n\"Kami tambah 20 bus,\" kata Kepala Dinas Perhubungan "
            "Budi Santosa di Terminal Kalideres, Jakarta, Senin (20/10/2025).")
    assert _date(body) == dt.date(2025, 10, 20)


def test_a_dateline_with_the_weekday_and_bracketed_date():
    assert _date("Jakarta, Selasa (14/10/2025) -- Harga beras naik.") == dt.date(2025, 10, 14)


def test_spaces_inside_the_brackets_and_a_weekday_glued_to_the_word_before():
    assert _date("Tim gabungan menyita alat berat pada Sabtu (18/10/ 2025).") == dt.date(2025, 10, 18)
    assert _date("Dilansir dari laman klubRabu (22/10/2025), pelatih itu mundur.") == dt.date(2025, 10, 22)


def test_the_weekday_and_month_name_forms():
    assert _date("Acara itu digelar Sabtu, 4 Oktober 2025, di alun-alun.") == dt.date(2025, 10, 4)
    assert _date("Friday, January 4, 2019 \n\nThe council voted.", "en") == dt.date(2019, 1, 4)
    assert _date("The report was published on Friday, 4 March 2005.", "en") == dt.date(2005, 3, 4)


def test_a_weekday_that_is_not_the_dates_own_gives_no_date():
    # (20 October 2025 was a Monday: a slip of the writer, or not a date at all)
    assert _date("\"Kami siap,\" kata Andi, Minggu (20/10/2025).") is None


def test_a_date_without_its_year_or_without_a_weekday_gives_no_date():
    assert _date("\"Kami siap,\" kata Andi, Selasa (21/10).") is None
    assert _date("Proklamasi dibacakan pada 17 Agustus 1945 di Jakarta.") is None


def test_the_first_date_of_the_opening_is_the_articles():
    body = ("\"Kami siap,\" kata Andi di Bandung, Senin (20/10/2025).\n"
            "Rapat berikutnya digelar Jumat (24/10/2025).")
    assert _date(body) == dt.date(2025, 10, 20)


def test_a_date_beyond_the_opening_is_not_read():
    body = "Harga beras naik. " * 400 + "\"Kami siap,\" kata Andi, Senin (20/10/2025)."
    assert _date(body) is None


# ---- using it -------------------------------------------------------------------------------------

def _sheet(body: str, name: str = "x.txt", meta: dict | None = None, lang: str = "id"):
    return extract_article(ArticleText(Path(name), "T", body, meta or {}), Registries(), "x", lang).sheet


def test_the_sheet_carries_the_date_of_the_text_when_the_file_gives_none():
    body = "\"Kami tambah 20 bus,\" kata Budi di Jakarta, Senin (20/10/2025)."
    assert _sheet(body)["article"]["published"] == dt.date(2025, 10, 20)


def test_the_files_date_comes_before_the_texts():
    body = "\"Kami tambah 20 bus,\" kata Budi di Jakarta, Senin (20/10/2025)."
    sheet = _sheet(body, meta={"published": dt.date(2025, 10, 22)})
    assert sheet["article"]["published"] == dt.date(2025, 10, 22)


def test_a_former_president_out_of_office_on_the_texts_date_speaks_for_no_state():
    # Joko Widodo's term (office_holders.yaml) ended in October 2024
    later = ("Mantan presiden itu melapor ke polisi.\n\"Saya serahkan semuanya kepada penyidik,\" kata "
             "Joko Widodo di Solo, Rabu (30/4/2025).")
    earlier = ("Presiden meresmikan jalan tol.\n\"Saya serahkan semuanya kepada penyidik,\" kata "
               "Joko Widodo di Solo, Rabu (3/4/2019).")
    assert [q["country"] for q in run(later)["quotes"] if q["speaker"] == "Joko Widodo"] == [None]
    assert [q["country"] for q in run(earlier)["quotes"] if q["speaker"] == "Joko Widodo"] == ["ID"]


# ---- the headline's office ------------------------------------------------------------------------

def _quotes(body: str, title: str):
    return {(q["speaker"], q["role"], q["country"]) for q in run(body, "id", title=title)["quotes"]}


_BODY = ("Pemerintah meminta warga mengurangi sampah plastik di sungai.\n"
         "\"Sungai kita sudah penuh plastik, ini bukan lagi cerita,\" kata Rudi di Bogor.\n"
         "Rudi meminta pemerintah daerah ikut bergerak.")


def test_the_one_speaker_named_by_one_name_holds_the_headlines_office():
    got = _quotes(_BODY, "Menteri LH: Sungai Kita Sudah Penuh Plastik")
    assert got == {("Rudi", "Menteri LH", "ID")}


def test_the_office_after_a_comma_in_the_headline():
    got = _quotes(_BODY, "Sampah Menumpuk di Sungai, Kapolri: Ini Bukan Cerita")
    assert got == {("Rudi", "Kapolri", "ID")}


def test_a_headline_that_names_a_person_gives_no_office():
    # ('Menteri LH Budi': a name after the title; 'Budi' alone: a name, no office)
    assert _quotes(_BODY, "Menteri LH Budi: Sungai Kita Sudah Penuh Plastik") == {("Rudi", None, None)}
    assert _quotes(_BODY, "Budi: Sungai Kita Sudah Penuh Plastik") == {("Rudi", None, None)}


def test_two_speakers_without_office_leave_the_headline_undecided():
    body = _BODY + "\n\"Kami siap membantu,\" kata Tono."
    got = _quotes(body, "Menteri LH: Sungai Kita Sudah Penuh Plastik")
    assert not any(role == "Menteri LH" for _, role, _ in got)


def test_a_speaker_holding_the_headlines_title_already_is_its_holder():
    body = ("\"Sungai kita sudah penuh plastik,\" kata Menteri Lingkungan Hidup Hadi Prasetyo di Bogor.\n"
            "\"Kami bersihkan besok,\" kata Rudi.")
    got = _quotes(body, "Menteri LH: Sungai Kita Sudah Penuh Plastik")
    assert ("Rudi", "Menteri LH", "ID") not in got


def test_a_date_in_another_articles_headline_is_not_the_articles():
    body = ("Baca juga: Banjir Rendam Kampung, Warga Mengungsi Senin (13/10/2025)\n\n"
            "\"Kami tambah 20 bus,\" kata Budi di Jakarta, Senin (20/10/2025).")
    assert _sheet(body)["article"]["published"] == dt.date(2025, 10, 20)
