"""The state an Indonesian speaker speaks for (helper d49ctry, forty-seventh session): dev47's and dev49's
leftovers and a census slip. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body):
    return quote_fields(body, "speaker", "country")


# ---- a regional secretary's assistants (home_titles) -------------------------------------------------

def test_a_regional_secretarys_assistant_for_development_speaks_for_the_state():
    body = ("Menurut Asisten Pembangunan Andi Suryana, wilayah timur kota merupakan wilayah yang cukup potensial "
            "untuk dilakukan pengembangan.\n")
    assert _countries(body) == [("Andi Suryana", "ID")]


def test_a_regional_secretarys_assistant_for_the_economy_speaks_for_the_state():
    body = "Asisten Perekonomian Andi Suryana mengatakan pasar induk akan dipindahkan ke pinggir kota tahun depan.\n"
    assert _countries(body) == [("Andi Suryana", "ID")]


def test_a_coachs_assistant_still_speaks_for_no_state():
    body = "Asisten Pelatih Andi Suryana mengatakan timnya akan tampil menyerang sejak menit pertama.\n"
    assert _countries(body) == [("Andi Suryana", None)]


# ---- a tournament named by its host state (state_name_followers) ---------------------------------------

def test_a_player_back_from_a_foreign_open_speaks_for_no_state():
    body = ("Sepulang dari Jepang Terbuka Rudi Hartanto mengatakan kondisi tubuhnya belum kembali pulih "
            "setelah dua pekan bertanding.\n")
    assert _countries(body) == [("Rudi Hartanto", None)]


def test_a_player_at_a_foreign_open_named_after_a_preposition_speaks_for_no_state():
    body = ("Di Australia Terbuka Rudi Hartanto mengatakan kondisi tubuhnya belum kembali pulih setelah dua pekan "
            "bertanding.\n")
    assert _countries(body) == [("Rudi Hartanto", None)]


def test_a_states_own_office_still_gives_its_state():
    body = ("Menteri Luar Negeri Australia Julie Bishop mengatakan hubungan kedua negara belum kembali pulih "
            "sepenuhnya.\n")
    assert _countries(body) == [("Julie Bishop", "AU")]


# ---- a handle that spells an account the article named ---------------------------------------------------

_POLICE_ACCOUNT = (
    "Hal itu terungkap dari akun resmi Twitter TMC Polda Jabar yang menyebutkan bahwa pagi tadi jalur selatan "
    "sudah dibuka kembali.\n\n"
    "\"Arus lalu lintas di jalur selatan Nagreg terpantau ramai lancar pagi ini,\" tulis akun @TMCPoldaJabar, "
    "Rabu (14/12).\n\n"
    "\"Semoga perjalanan mudik kali ini lancar dan selamat sampai tujuan,\" tulis akun @rina_wulan88.\n")


def test_a_handle_spelling_the_police_account_named_before_is_that_account():
    speakers = _countries(_POLICE_ACCOUNT)
    assert speakers[1][1] == "ID" and "TMC Polda Jabar" in speakers[1][0]


def test_a_handle_spelling_no_name_of_the_article_stays_its_own_speaker():
    assert _countries(_POLICE_ACCOUNT)[2] == ("@rina_wulan88", None)


# ---- a ministry named in words no list holds; the volcanology centre in full (home bodies) -------------

def test_a_ministry_named_in_unlisted_words_is_the_home_states():
    body = ("Kementerian Komunikasi dan Informasi mengaku hingga saat ini telah memblokir sebanyak 6.000 situs "
            "bermuatan negatif.\n")
    assert _countries(body) == [("Kementerian Komunikasi dan Informasi", "ID")]


def test_a_ministry_named_with_a_foreign_state_stays_that_states():
    body = ("Kementerian Luar Negeri Korea Selatan mengatakan hingga saat ini telah memulangkan 600 warganya dari "
            "wilayah konflik.\n")
    assert _countries(body) == [("Kementerian Luar Negeri Korea Selatan", "KR")]


def test_the_volcanology_centre_named_in_full_is_the_home_states():
    body = ("Pusat Vulkanologi dan Mitigasi Bencana Geologi memastikan telah muncul rekahan baru di kawah Gunung "
            "Agung.\n")
    assert _countries(body) == [("Pusat Vulkanologi dan Mitigasi Bencana Geologi", "ID")]
