"""A unit's head whose role names only the unit's field speaks for the state body the story opens
with (helper h_role37). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str, title: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country", title=title)


# ---- 'Direktur Statistik Harga' in a story that opens with a state body: that body's director -----

def test_a_directorate_head_is_of_the_state_body_the_story_opens_with():
    body = ("Badan Pusat Statistik (BPS) mencatat kenaikan harga beras pada bulan lalu.\n"
            "\"Beras menjadi penyumbang terbesar kenaikan harga,\" kata Direktur Statistik Harga, Wulan Sari.")
    assert _speakers(body, "BPS catat harga beras naik") == [("Wulan Sari", "ID")]


def test_a_unit_head_in_a_firm_story_speaks_for_no_state():
    # the opening names a firm: its directors have the same titles
    body = ("PT Sinar Digital meluncurkan layanan pembayaran baru bersama Bank Indonesia.\n"
            "\"Layanan ini kami rancang untuk pedagang kecil,\" kata Direktur Pengembangan Bisnis, Wulan Sari.")
    assert _speakers(body, "Sinar Digital luncurkan layanan") == [("Wulan Sari", None)]


def test_a_board_title_is_no_unit_of_the_state_body():
    body = ("Kementerian Agama menggelar pertemuan dengan pengelola travel umrah.\n"
            "\"Kami siap diaudit kapan saja,\" kata Direktur Utama, Hendra Saputra.")
    assert _speakers(body, "Kemenag panggil pengelola travel") == [("Hendra Saputra", None)]


# ---- a ministry secretary's short title is the role, not the name's first word ----------------------

def test_the_sports_ministry_secretary_short_title_is_a_home_office():
    body = ("\"Persiapan tuan rumah sudah delapan puluh persen,\" kata Sesmenpora Bambang S. Wiryo di Jakarta.")
    assert _speakers(body, "Persiapan kejuaraan") == [("Bambang S. Wiryo", "ID")]


def test_a_unit_head_in_a_story_a_survey_institute_opens_speaks_for_no_state():
    # the opening names ministries, but as what a body outside the state judged
    body = ("Lembaga survei Cakrawala Data merilis penilaian kinerja kementerian selama setahun.\n"
            "\"Kementerian Pertanian mendapat skor tertinggi,\" kata Direktur Riset, Arif Nugraha.")
    assert _speakers(body, "Kementerian terbaik versi Cakrawala Data") == [("Arif Nugraha", None)]
