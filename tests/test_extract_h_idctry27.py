"""Speaker countries in Indonesian news: the state's voices and the bodies beside the state (helper h_idctry27).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country")


# ---- a clerics' council, an Islamic body or a founder named with 'Indonesia' speaks for no state -----

def test_the_head_of_a_clerics_council_named_indonesian_speaks_for_no_state():
    body = ("Ketua Umum Majelis Ulama Indonesia (MUI) Ahmad Sulaiman mengatakan, warga tidak perlu turun ke jalan lagi.\n"
            "\"Percayakan saja kepada mekanisme hukum,\" kata Sulaiman.")
    assert set(_countries(body)) == {("Ahmad Sulaiman", None)}


def test_the_founder_of_a_body_named_indonesian_speaks_for_no_state():
    body = ("Sementara, Founder Hijau Lestari Indonesia, Banyu Pratama, mengatakan, sampah plastik harus dipilah "
            "sejak dari rumah.\n"
            "\"Kami mengajak warga memilah sampahnya sendiri,\" ujar Banyu.")
    assert set(_countries(body)) == {("Banyu Pratama", None)}


def test_an_official_of_the_religious_affairs_ministry_still_speaks_for_the_state():
    body = ("Direktur Jenderal Bimbingan Masyarakat Islam Kementerian Agama Kamaludin Harun mengatakan, "
            "pendaftaran nikah kini bisa dilakukan secara daring.\n"
            "\"Layanan ini gratis,\" kata Kamaludin.")
    assert set(_countries(body)) == {("Kamaludin Harun", "ID")}


# ---- the ministries' regional technical offices are the state's --------------------------------------

def test_the_head_of_a_national_park_office_speaks_for_the_home_state():
    body = ("Kepala Balai Besar Taman Nasional Sukamaju (TNS) Darmono mengatakan, dua objek wisata "
            "baru akan dibuka tahun depan.\n"
            "\"Kami butuh listrik dan air bersih di lokasi,\" kata Darmono.")
    assert set(_countries(body)) == {("Darmono", "ID")}


def test_the_head_of_a_harbour_master_office_speaks_for_the_home_state():
    body = ("Kepala KSOP Tanjung Sari Robert Manurung mengatakan, seluruh kapal wajib diperiksa sebelum berlayar.\n"
            "\"Keselamatan penumpang nomor satu,\" ujar Robert.")
    assert set(_countries(body)) == {("Robert Manurung", "ID")}


def test_a_national_park_director_in_a_story_set_abroad_is_that_state_s():
    body = ("Banjir besar melanda negara bagian Assam, India. Pemerintah India mengirim bantuan ke Assam. "
            "Di India, banjir seperti ini terjadi hampir setiap tahun.\n"
            "Direktur Taman Nasional Manas Rohit Kumar mengatakan, puluhan badak mati akibat banjir.")
    assert ("Rohit Kumar", "IN") in _countries(body) or ("Manas Rohit Kumar", "IN") in _countries(body)


def test_a_foreign_customs_agency_named_in_a_story_abroad_does_not_make_the_story_indonesian():
    # the US customs agency in Indonesian words ('Bea Cukai') is no home institution: the House
    # Speaker of a story set in the US stays the US's
    body = ("Ribuan warga Amerika Serikat turun ke jalan di Washington. Massa menuntut AS menghapuskan badan "
            "Imigrasi dan Bea Cukai (ICE). Demo juga digelar di New York dan Chicago, AS.\n"
            "Ketua DPR Mike Johnson mengecam aksi itu. \"Aksi itu keliru sekali,\" kata Johnson.")
    assert ("Mike Johnson", "US") in _countries(body)


# ---- an office numbered by its holders, said of a well-known official out of office, is a former one ----

def _dated(body: str, published: str) -> list[tuple[str, str | None]]:
    import datetime as dt
    from pathlib import Path

    from generator.articles import ArticleText
    from generator.content import Registries
    from generator.extract import extract_article

    article = ArticleText(Path("x.txt"), "T", body, {"published": dt.date.fromisoformat(published)})
    return [(q["speaker"], q["country"]) for q in extract_article(article, Registries(), "x", "id").sheet["quotes"]]


def test_the_seventh_president_after_his_term_speaks_for_no_state():
    body = ("Presiden RI ke-7, Joko Widodo, mengatakan, dia belum memutuskan akan bergabung dengan partai mana.\n"
            "\"Saya masih ingin istirahat di Solo,\" kata Jokowi.")
    assert set(_dated(body, "2025-10-10")) == {("Joko Widodo", None)}


def test_the_numbered_office_of_a_holder_in_office_is_the_state_s():
    body = ("Presiden RI ke-7, Joko Widodo, mengatakan, pembangunan jalan tol akan dilanjutkan tahun depan.\n"
            "\"Kita kejar target,\" kata Jokowi.")
    assert set(_dated(body, "2018-10-10")) == {("Joko Widodo", "ID")}
