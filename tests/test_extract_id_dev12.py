"""Indonesian speaker countries (dev12, with dev10 and dev11): the article's date from an IndoSum file
name, unnamed soldiers and policemen. Texts written for these tests."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.articles import ArticleText, read_article
from generator.content import Registries
from generator.extract import extract_article

from .extract_cases import all_id


def all_id_on(body: str, published: str):
    """(speaker, text, country) of an Indonesian article published on an ISO date."""
    article = ArticleText(Path("x.txt"), "T", body, {"published": dt.date.fromisoformat(published)})
    x = extract_article(article, Registries(), "x", "id")
    return [(q["speaker"], q["text"], q["country"]) for q in x.sheet["quotes"]]


# ---- the article's date from its file name -------------------------------------------------


def test_a_file_named_after_unix_seconds_is_dated(tmp_path):
    # IndoSum names its articles after the moment of publication: 1475091951 is 2016-09-28 19:45 UTC
    path = tmp_path / "1475091951-debat-capres.txt"
    path.write_text("Judul\n\nIsi berita.\n", encoding="utf-8")
    assert read_article(path).meta["published"] == dt.date(2016, 9, 28)
    iso = tmp_path / "2019-01-23_Title.txt"
    iso.write_text("Title\n\nBody.\n", encoding="utf-8")
    assert read_article(iso).meta["published"] == dt.date(2019, 1, 23)


def test_a_number_that_is_no_timestamp_dates_nothing(tmp_path):
    for name in ("123-berita.txt", "98765432101-berita.txt", "business_001.txt"):
        path = tmp_path / name
        path.write_text("Judul\n\nIsi berita.\n", encoding="utf-8")
        assert read_article(path).meta.get("published") is None


def test_a_president_elect_speaks_for_no_state_before_his_term():
    # officials.yaml gives Donald Trump's terms: in January 2017, before the inauguration, he is no
    # US official; once in office he is
    body = "\"Pertemuan kami sangat hebat,\" kata Trump kepada wartawan di New York."
    assert all_id_on(body, "2017-01-10") == [("Trump", "Pertemuan kami sangat hebat", None)]
    assert all_id_on(body, "2017-06-10") == [("Trump", "Pertemuan kami sangat hebat", "US")]


# ---- unnamed soldiers and policemen ----------------------------------------------------------


def test_an_unnamed_general_in_a_story_about_one_state_speaks_for_it():
    body = ("Pasukan Irak terus menggempur sisa pertahanan ISIS di Mosul, Irak. Perdana Menteri Irak "
            "menyatakan kota itu segera bebas.\n\n"
            "Seorang jenderal militer bahkan mengklaim, para militan menggunakan warga sipil sebagai tameng.")
    assert ("Seorang jenderal militer", "para militan menggunakan warga sipil sebagai tameng", "IQ") in all_id(body)


def test_an_unnamed_policeman_after_a_quote_speaks_for_the_states_story():
    body = ("Polisi Bangladesh menahan puluhan pengungsi di perbatasan Bangladesh. Pemerintah Bangladesh "
            "menolak menerima pengungsi baru.\n\n"
            "\"Mereka memohon agar tidak dipulangkan,\" kata seorang polisi yang namanya tak mau disebutkan.")
    assert all_id(body)[-1][2] == "BD"


def test_an_unnamed_witness_or_rebel_stays_of_no_state():
    body = ("Pasukan Irak terus menggempur sisa pertahanan ISIS di Mosul, Irak. Perdana Menteri Irak "
            "menyatakan kota itu segera bebas.\n\n"
            "Seorang saksi mata mengatakan, ledakan terdengar sepanjang malam.")
    assert ("Seorang saksi mata", "ledakan terdengar sepanjang malam", None) in all_id(body)


# ---- offices: a former one written in lower case, a title before a state agency, a mission abroad ----


def test_a_former_office_in_lower_case_before_the_name_gives_no_state():
    body = ("Sementara itu, mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan, "
            "\u201cDunia menyaksikan pernyataan yang tak bisa diterima.\u201d\n\n"
            "Menurut Haiti Laurent Lamothe, pernyataan itu melukai banyak orang.")
    assert {c for s, _, c in all_id(body) if s == "Laurent Lamothe"} == {None}


def test_a_title_before_a_state_agency_named_alone_is_that_states():
    # institution_names 'FBI: US': 'Direktur FBI' is the FBI's director (an Indonesian title opens the role)
    body = "Direktur FBI James Comey mengatakan pihaknya sudah bekerja keras untuk merampungkan peninjauan itu."
    assert all_id(body) == [("James Comey", "pihaknya sudah bekerja keras untuk merampungkan peninjauan itu", "US")]


def test_an_office_in_the_home_embassy_abroad_speaks_for_the_home_state():
    # home_missions: the host city after 'KBRI' is where the embassy is, not whose it is
    body = ("Mahkamah di Riyadh membebaskan seorang pekerja migran.\n\n"
            "\"Ini adalah hasil upaya panjang tim dan pengacara,\" kata Atase Hukum KBRI Riyadh Mihibbuddin.")
    assert all_id(body) == [("Mihibbuddin", "Ini adalah hasil upaya panjang tim dan pengacara", "ID")]
