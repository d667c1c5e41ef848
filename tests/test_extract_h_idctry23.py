"""Indonesian speaker country (helper h_idctry23): a headline's office over a body that names its
speaker by one name only, pollsters named in English, a listed office holder written after an initial.
Sentences invented for these tests, in the shape of Indonesian domestic news."""
from __future__ import annotations

from .extract_cases import run


def _c(body: str, title: str):
    return sorted({(q["speaker"], q["country"]) for q in run(body, "id", title=title)["quotes"]})


_BODY_ONE_NAME = ("\"Kami akan memanggil kementerian terkait pekan depan,\" kata Wirya kepada wartawan, Senin (6/10/2025).\n"
                  "Wirya mengatakan rapat itu akan membahas anggaran tahun depan.")


# ---- a numbered DPR commission opens the headline: the one-word speaker is a legislator ------------

def test_a_numbered_commission_opening_a_headline_gives_the_one_word_speaker_the_home_state():
    assert _c(_BODY_ONE_NAME, "Komisi IV Belum Ada Rencana Panggil Kementerian") == [("Wirya", "ID")]


def test_a_lettered_dprd_commission_opening_a_headline_gives_the_home_state():
    assert _c(_BODY_ONE_NAME, "Atasi Banjir, Komisi D DPRD Kota Dorong Revisi Perda") == [("Wirya", "ID")]


def test_a_commission_with_its_legislature_opening_a_headline_gives_the_home_state():
    assert _c(_BODY_ONE_NAME, "Komisi VIII DPR Minta Pemerintah Percepat Bantuan") == [("Wirya", "ID")]


def test_a_commission_not_numbered_gives_nothing():
    # ('Komisi Olahraga' of a club or a foundation: no legislature's commission)
    assert _c(_BODY_ONE_NAME, "Komisi Olahraga Kampus Minta Lapangan Baru") == [("Wirya", None)]


# ---- a common word after the office before a colon is the clause's verb, not a name --------------

def test_a_verb_after_the_office_before_the_colon_still_gives_the_office():
    assert _c(_BODY_ONE_NAME, "Legislator Kritik Kementerian: Anggaran Tak Boleh Disembunyikan!") == [("Wirya", "ID")]


def test_a_name_after_the_office_before_the_colon_still_blocks_it():
    # ('Legislator Santo: ...': another person of that name, who is not the body's speaker)
    assert _c(_BODY_ONE_NAME, "Legislator Santo: Anggaran Tak Boleh Disembunyikan!") == [("Wirya", None)]


# ---- a headline's clause before the colon that is an office holder's full name alone -------------

def test_an_office_holders_full_name_alone_before_the_colon_gives_the_short_name_the_state():
    body = ("\"Iklim di sini aman untuk investasi,\" ujar Luthfi kepada wartawan, Rabu (22/10/2025).\n"
            "Luthfi menekankan pemerintah provinsi terus mempermudah perizinan.")
    assert _c(body, "Sebut Wilayahnya Tenang, Ahmad Luthfi: Investasi di Sini Aman") == [("Luthfi", "ID")]


def test_an_unlisted_full_name_alone_before_the_colon_gives_nothing():
    body = ("\"Iklim di sini aman untuk investasi,\" ujar Wirya dalam keterangannya, Selasa (21/10/2025).\n"
            "Wirya menekankan pentingnya perizinan yang mudah.")
    assert _c(body, "Sebut Wilayahnya Tenang, Wirya Santoso: Investasi di Sini Aman") == [("Wirya", None)]


# ---- pollsters and think tanks named in English after 'Indonesia' speak for no state --------------

def test_a_pollster_named_in_english_after_the_state_speaks_for_no_state():
    body = ("Direktur Riset Indonesia Governance Studies (IGS) Rudi Hartono menilai ada empat menteri yang menonjol.\n"
            "\"Mereka menjadi motor utama pemerintahan,\" kata Rudi.")
    assert _c(body, "T") == [("Rudi Hartono", None)]


def test_a_survey_institutes_director_speaks_for_no_state():
    body = "\"Kepuasan publik masih tinggi,\" kata Direktur Eksekutif Lembaga Survei Nusantara Indonesia Dewi Lestari."
    assert _c(body, "T") == [("Dewi Lestari", None)]


def test_a_state_agency_named_after_the_state_still_speaks_for_it():
    body = "\"Stok beras cukup,\" kata Kepala Badan Pangan Nasional Indonesia Dewi Lestari."
    assert _c(body, "T") == [("Dewi Lestari", "ID")]


# ---- a listed office holder written after an initial the list does not give -----------------------

def test_a_listed_ministers_name_after_an_initial_is_the_minister():
    body = ("\"Kami tidak akan meminta tambahan anggaran,\" ujar M. Iftitah Sulaiman Suryanagara seusai rapat, "
            "Sabtu (18/10/2025).")
    assert _c(body, "T") == [("M. Iftitah Sulaiman Suryanagara", "ID")]


def test_an_initial_before_an_unlisted_name_gives_nothing():
    body = "\"Kami tidak akan meminta tambahan anggaran,\" ujar M. Wirya Santoso Hadi seusai rapat, Sabtu (18/10/2025)."
    assert _c(body, "T") == [("M. Wirya Santoso Hadi", None)]


# ---- lower police and army ranks, the navy's flag ranks and a mayor's short title are titles -------

def test_a_lower_police_rank_before_a_name_is_a_title_of_the_home_state():
    body = "\"Kami sudah memeriksa tiga saksi,\" kata Bripda Wirya Santoso di Jakarta, Senin (6/10)."
    got = [(q["speaker"], q["role"], q["country"]) for q in run(body, "id")["quotes"]]
    assert got == [("Wirya Santoso", "Bripda", "ID")]


def test_a_navy_flag_rank_before_a_short_name_is_a_title_of_the_home_state():
    body = "\"Sampai saat ini dua kru masih dicari,\" kata Laksma Wirya kepada wartawan, Senin (6/10)."
    assert _c(body, "T") == [("Wirya", "ID")]


def test_a_mayors_short_title_before_a_name_is_a_title_of_the_home_state():
    body = "\"Harga cabai naik cukup tinggi,\" ujar Walkot Wirya Santoso di Balai Kota, Senin (6/10)."
    got = [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]
    assert got == [("Wirya Santoso", "ID")]


def test_a_coordinating_ministrys_secretarys_short_title_is_a_title_of_the_home_state():
    body = "\"Kami berterima kasih atas kerja sama ini,\" ujar Sesmenko Wirya Santoso di Jakarta, Senin (6/10)."
    got = [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]
    assert got == [("Wirya Santoso", "ID")]


# ---- office holders quoted by one name only (the article's first lines, with the full name, missing) --

def _dated(body: str, published: str):
    import datetime as dt
    from pathlib import Path

    from generator.articles import ArticleText
    from generator.content import Registries
    from generator.extract import extract_article

    article = ArticleText(Path("x.txt"), "T", body, {"published": dt.date.fromisoformat(published)})
    return [(q["speaker"], q["country"]) for q in extract_article(article, Registries(), "x", "id").sheet["quotes"]]


def test_a_state_secretary_quoted_by_his_surname_alone_speaks_for_the_state_in_his_term():
    body = "\"Drafnya sudah saya terima dan segera diteruskan,\" ujar Prasetyo kepada wartawan, Jumat (19/9/2025)."
    assert _dated(body, "2025-09-19") == [("Prasetyo", "ID")]
    assert _dated(body, "2017-09-19") == [("Prasetyo", None)]


def test_another_prasetyo_named_in_full_keeps_his_own_state():
    body = ("Pemilik toko roti Sinar Jaya, Eka Prasetyo, menjelaskan rencana pembukaan cabang baru.\n"
            "\"Kami akan membuka cabang baru tahun depan,\" kata Prasetyo.")
    assert {c for _, c in _dated(body, "2025-09-19")} == {None}


def test_a_minister_quoted_by_his_given_name_alone_speaks_for_the_state():
    body = "\"Kami terbuka bekerja sama dengan siapa saja,\" ujar Bahlil seusai acara, Senin (20/10/2025)."
    assert _dated(body, "2025-10-20") == [("Bahlil", "ID")]


# ---- central banks known by their English names speak for their states ----------------------------

def test_the_us_central_bank_by_its_english_name_speaks_for_the_us():
    got = _c("Federal Reserve mengatakan inflasi masih terlalu tinggi untuk memangkas bunga.", "T")
    assert got == [("Federal Reserve", "US")]


def test_an_official_of_the_fed_speaks_for_the_us():
    got = _c("Sementara itu, pejabat The Fed, Maria Lestari, berpendapat bunga acuan masih bisa dipangkas tahun ini.", "T")
    assert got == [("Maria Lestari", "US")]
