"""Indonesian office holders of 2024-2025 (the Kabinet Merah Putih, heads of state agencies, leaders of
the legislature, governors) named without their office, their nicknames, and the short titles of the
cabinet. Sentences invented for these tests (officials' names only, as general knowledge)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import extract_article

from .extract_cases import direct, indirect, run


def quotes_on(body: str, published: str | None):
    """(speaker, text, country) of an Indonesian article published on the day given (ISO)."""
    article = ArticleText(Path("x.txt"), "T", body, {})
    if published:
        article.meta["published"] = dt.date.fromisoformat(published)
    x = extract_article(article, Registries(), "x", "id")
    return [(q["speaker"], q["text"], q["country"]) for q in x.sheet["quotes"]]


# ---- office holders of 2024-2025 named alone -----------------------------------------------

def test_a_minister_named_alone_speaks_for_indonesia():
    sheet = run('"Stok beras kita aman sampai akhir tahun," kata Zulkifli Hasan di Jakarta.')
    assert direct(sheet) == [("Zulkifli Hasan", "Stok beras kita aman sampai akhir tahun", "ID")]
    sheet = run('"Anggaran daerah harus segera dibelanjakan," ujar Purbaya Yudhi Sadewa.')
    assert direct(sheet)[0][2] == "ID"


def test_a_governor_legislator_police_or_election_officer_named_alone_speaks_for_indonesia():
    for name in ("Pramono Anung", "Harli Siregar", "Suyudi Ario Seto", "Basuki Hadimuljono", "Sufmi Dasco Ahmad",
                 "Habiburokhman", "Afifuddin"):
        sheet = run(f'"Kami akan menindaklanjuti laporan itu," kata {name} kepada wartawan.')
        assert direct(sheet)[0][2] == "ID", name


def test_a_distinctive_short_name_alone_is_the_office_holder():
    sheet = run('"Jakarta siap menampung tambahan dana itu," kata Pramono di Balai Kota.')
    assert direct(sheet) == [("Pramono", "Jakarta siap menampung tambahan dana itu", "ID")]
    sheet = run('"Rapat dengar pendapat digelar besok," kata Dasco di Kompleks Parlemen.')
    assert direct(sheet)[0][2] == "ID"


def test_a_short_name_that_is_part_of_another_persons_name_is_that_person():
    # 'Pramono' alone is the governor; the article's 'Bambang Pramono' is someone else
    body = ('Pengusaha batik Bambang Pramono mengatakan penjualan naik.\n\n'
            '"Pesanan naik dua kali lipat," kata Pramono di Solo.')
    assert {(q["speaker"], q["country"]) for q in run(body)["quotes"]} == {("Bambang Pramono", None)}


def test_a_nickname_alone_speaks_for_the_state_under_the_articles_name():
    # (the name a reader of the article knows: the full name only where the article gives it)
    sheet = run('"Bantuan sosial harus tepat sasaran," kata Gus Ipul di Bandung.')
    assert direct(sheet) == [("Gus Ipul", "Bantuan sosial harus tepat sasaran", "ID")]
    sheet = run('"Produksi pangan naik tahun ini," ujar Zulhas di Jakarta.')
    assert direct(sheet) == [("Zulhas", "Produksi pangan naik tahun ini", "ID")]
    sheet = run('"Desa harus berdaya," kata Cak Imin di Surabaya.')
    assert direct(sheet) == [("Cak Imin", "Desa harus berdaya", "ID")]
    sheet = run('"Rumah rakyat harus dibangun," kata AHY di Jakarta.')
    assert direct(sheet) == [("AHY", "Rumah rakyat harus dibangun", "ID")]


def test_a_nickname_the_article_gives_with_the_full_name_is_the_person():
    body = ('Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau gudang beras di Bekasi, Senin.\n\n'
            '"Penyaluran sudah dimulai hari ini," kata Gus Ipul.')
    assert direct(run(body)) == [("Saifullah Yusuf", "Penyaluran sudah dimulai hari ini", "ID")]
    body = ('Menteri Koordinator Agus Harimurti Yudhoyono (AHY) mengatakan proyek itu berjalan.\n\n'
            '"Kami akan mengawalnya," ujar AHY.')
    assert direct(run(body)) == [("Agus Harimurti Yudhoyono", "Kami akan mengawalnya", "ID")]


def test_terms_of_office_keep_older_stories_right():
    # a finance minister until the reshuffle of September 2025: no state's words after it
    body = '"Defisit anggaran masih terkendali," kata Sri Mulyani di Jakarta.'
    assert quotes_on(body, "2017-04-04")[0][2] == "ID"
    assert quotes_on(body, "2025-10-20")[0][2] is None
    # a coordinating minister of 2024, a candidate for Jakarta's governor in 2016
    body = '"Kami siap bekerja sama," kata Agus Harimurti Yudhoyono di Jakarta.'
    assert quotes_on(body, "2016-11-12")[0][2] is None
    assert quotes_on(body, "2025-10-20")[0][2] == "ID"
    # the governor of Jakarta of 2025 was the cabinet secretary of 2015-2024
    body = '"Anggaran harus dibelanjakan," kata Pramono Anung di Jakarta.'
    assert quotes_on(body, "2017-06-01")[0][2] == "ID"


def test_a_former_president_speaks_for_no_state_after_his_term():
    body = '"Partai kami siap menghadapi pemilu," kata Susilo Bambang Yudhoyono di Cikeas.'
    assert quotes_on(body, "2012-05-01")[0][2] == "ID"
    assert quotes_on(body, "2017-05-01")[0][2] is None


# ---- a nickname given right after the full name -------------------------------------------

def test_a_nickname_after_atau_is_the_person():
    body = ('Wali Kota Malang Hendra Wirawan atau Cak Hen menyampaikan banjir sudah surut sejak pagi.\n\n'
            '"Air sudah turun dan warga mulai kembali ke rumah," kata Cak Hen di Balai Kota.')
    sheet = run(body)
    assert direct(sheet) == [("Hendra Wirawan", "Air sudah turun dan warga mulai kembali ke rumah", "ID")]


def test_a_nickname_in_brackets_is_the_person():
    body = ('Menteri Sosial Hendra Wirawan (Kang Hen) menyebut jalan desa akan diperbaiki.\n\n'
            '"Perbaikan dimulai bulan depan," kata Kang Hen.')
    sheet = run(body)
    assert direct(sheet) == [("Hendra Wirawan", "Perbaikan dimulai bulan depan", "ID")]


def test_initials_in_brackets_are_the_person():
    body = ('Ketua DPRD Kota Malang Rudi Hartanto Saputra (RHS) mengatakan anggaran darurat siap dicairkan.\n\n'
            '"Kami sudah menyetujui dana tanggap darurat," ujar RHS.')
    sheet = run(body)
    assert direct(sheet) == [("Rudi Hartanto Saputra", "Kami sudah menyetujui dana tanggap darurat", "ID")]


def test_another_name_after_atau_or_in_brackets_is_no_nickname():
    # two people ('X atau Y'), a party in brackets, initials that are not the name's
    body = ('Pengamat politik Bambang Sutrisno atau Dewi Lestari bisa saja diundang ke acara itu.\n\n'
            '"Saya belum menerima undangan," kata Dewi Lestari.')
    sheet = run(body)
    assert direct(sheet)[0][0] == "Dewi Lestari"
    body = ('Anggota DPRD Agus Salim Harahap (PKB) mengatakan rapat ditunda.\n\n'
            '"Rapat ditunda sampai pekan depan," kata Agus.\n\n"Kami menolak," kata PKB dalam pernyataannya.')
    sheet = run(body)
    assert [q[0] for q in direct(sheet)][-1] != "Agus Salim Harahap"


# ---- short titles of the cabinet of 2024 ---------------------------------------------------

def test_the_cabinets_short_titles_are_titles():
    sheet = run('Wamenkes Herman Suryadinata mengatakan ada cara lain untuk mencegah keracunan di sekolah.\n\n'
                '"Setiap dapur akan diawasi ahli sanitasi," katanya.')
    assert indirect(sheet) == [("Herman Suryadinata", "ada cara lain untuk mencegah keracunan di sekolah")]
    assert direct(sheet)[0][0] == "Herman Suryadinata" and direct(sheet)[0][2] == "ID"
    sheet = run('"Harga pupuk turun," kata Menko Pangan Joko Santosa di Jakarta.')
    assert direct(sheet) == [("Joko Santosa", "Harga pupuk turun", "ID")]
