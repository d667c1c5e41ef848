"""Countries of Indonesian speakers (helper d46ctry, forty-fourth session): the home state's short name
written with a dot ('R.I'), and a headline's office that gives no state to a suspect the body lists.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str, title: str | None = "T") -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country", title=title)


# ---- 'Konsul Jenderal R.I Jeddah': the home state's short name with a dot ---------------------------

def test_dotted_short_name_of_the_home_state_in_a_consuls_office():
    body = ("Konsul Jenderal R.I Jeddah Budi Santosa menyatakan bahwa pameran berlangsung dari 20 hingga 23 "
            "November.\n\n"
            "Lebih lanjut Konjen Budi menambahkan bahwa Indonesia menyewa 12 booth pada pameran itu.")
    assert {c for _, c in _who(body)} == {"ID"}


def test_undotted_short_name_and_a_foreign_consul_stay_as_they_were():
    body = ("Konsul Jenderal RI Jeddah Budi Santosa menyatakan bahwa pameran berlangsung dari 20 hingga 23 "
            "November.\n\n"
            "Konsul Jenderal Jepang di Surabaya Kenji Tanaka mengatakan bahwa kerja sama kedua negara terus "
            "meningkat.")
    assert [c for _, c in _who(body)] == ["ID", "JP"]


# ---- a headline's police office and a suspect the body lists by initials ----------------------------

_SEIZURE = ("Kepolisian Daerah (Polda) Lampung mengamankan 134 kilogram ganja kering asal Medan.\n\n"
            "\"Barang itu dikirim dari Medan melalui paket ekspedisi,\" kata Kapolda Lampung Irjen Sudjarno di "
            "Bandarlampung, Rabu (5/4).\n\n"
            "Petugas lalu menangkap tersangka dengan inisial R, SA, E dan RAJ di Pelabuhan Bakauheni.\n\n")


def test_suspect_listed_by_initials_gets_no_state_from_the_headline():
    body = _SEIZURE + ("Sementara itu, E mengakui hanya sebagai jasa angkutan saja.\n\n"
                       "\"Tadinya mereka ingin rental lepas kunci, cuma saya tidak kasih,\" kata dia.")
    who = _who(body, title="Polda Lampung amankan 134 kilogram ganja asal Medan")
    assert ("Sudjarno", "ID") in who
    assert ("E", "ID") not in who


def test_headline_office_still_gives_its_state_to_a_bare_speaker_not_listed():
    body = ("\"Barang itu dikirim dari Medan melalui paket ekspedisi,\" kata Sudjarno di Bandarlampung, Rabu "
            "(5/4).\n\n"
            "Petugas lalu menangkap tersangka dengan inisial R dan SA di Pelabuhan Bakauheni.")
    assert _who(body, title="Kapolda Lampung ungkap peredaran ganja asal Medan") == [("Sudjarno", "ID")]


# ---- 'Dubes RI di Kairo Helmy Fauzi mengatakan': an office, its seat and the holder, no comma ----------

def test_office_with_its_seat_then_the_holders_name_speaks_as_the_holder():
    body = ("Duta Besar Indonesia di Jepang Arifin Tasrif mengatakan bahwa kerja sama kedua negara terus "
            "meningkat.")
    assert quote_fields(body, "speaker", "role", "country") == [
        ("Arifin Tasrif", "Duta Besar Indonesia di Jepang", "ID")]


def test_office_with_its_seat_and_no_name_after_it_is_left_alone():
    body = "Kedutaan Besar RI di Kairo mengatakan bahwa kedua WNI itu belum bisa ditemui."
    assert [c for _, c in _who(body)] == ["ID"]
    assert "Kairo" not in [s for s, _ in _who(body)]


# ---- a member of an armed group named after the states it fights in -----------------------------------

def test_recruiter_of_an_armed_group_named_after_a_state_speaks_for_no_state():
    body = ("Pemerintah Australia memberi bantuan konsuler kepada perekrut militan Negara Islam Irak dan Syam "
            "(ISIS), Neil Prakash. Prakash juga mengaku bahwa dia memiliki dua anak yang lahir di Suriah.")
    assert _who(body) == [("Neil Prakash", None)]


def test_the_states_own_military_spokesman_keeps_his_state():
    body = "Juru bicara militer Irak, Yahya Rasool, mengatakan bahwa pasukan telah merebut kota itu dari ISIS."
    assert _who(body) == [("Yahya Rasool", "IQ")]
