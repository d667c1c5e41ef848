"""Wrong speakers in Indonesian text (helper idwho, fortieth session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers


_POST = ("Aktris Rina Kartika mengunggah foto dirinya tanpa riasan di Instagram.\n"
         "\"Saya ingin tampil apa adanya,\" kata Rina Kartika.\n")


# ---- an account's handle after the cue: dotted handles, 'pada akun', 'akun bernama' -------------------

def test_a_dotted_handle_after_pada_akun_is_the_speaker():
    body = _POST + "\"Cantik banget mbak, tetap semangat ya,\" tulis netizen pada akun @dewi.shop21."
    assert direct_speakers(body) == ["Rina Kartika", "@dewi.shop21"]


def test_a_handle_after_akun_bernama_is_the_speaker():
    body = _POST + "\"Kok pucat banget sih?\" tulis akun bernama @tante.ririn."
    assert direct_speakers(body) == ["Rina Kartika", "@tante.ririn"]


def test_a_plain_handle_after_akun_bernama_is_the_speaker():
    body = _POST + "\"Kok pucat banget sih?\" tulis akun bernama @tante_ririn99."
    assert direct_speakers(body) == ["Rina Kartika", "@tante_ririn99"]


def test_a_web_address_after_the_cue_is_no_handle():
    body = _POST + "\"Rina tampil tanpa riasan,\" tulis akun @beritaseleb.com."
    assert "@beritaseleb.com" not in direct_speakers(body)
    assert "@beritaseleb" not in direct_speakers(body)
