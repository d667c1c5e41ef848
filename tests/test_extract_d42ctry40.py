"""Countries of Indonesian speakers (helper d42ctry, fortieth session): an office whose body lists its
fields with commas before a one-word name, a government named by a place inside a foreign state, and a
given name the article writes alone after 'menurut'. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import dated_countries, quote_fields


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- a body's fields listed with commas, then a one-word name: the person speaks, with the office ------

def test_listed_fields_then_a_one_word_name():
    body = ("“Kami hanya memberi izin,” ujar Kepala Biro Hubungan Masyarakat, Data, dan Informasi Kemenag, "
            "Mastuki, Kamis (10/8).\n\n"
            "Terkait penetapan tersangka, Mastuki menegaskan itu adalah ranah hukum.")
    office = "Kepala Biro Hubungan Masyarakat, Data, Informasi Kemenag"
    assert _who(body) == [("Mastuki", office, "ID"), ("Mastuki", office, "ID")]


def test_listed_fields_then_a_two_word_name_as_before():
    body = "“Kami hanya memberi izin,” ujar Kepala Biro Hukum, Data, dan Informasi Kemenkeu, Joko Susilo, Kamis (10/8)."
    assert _who(body) == [("Joko Susilo", "Kepala Biro Hukum, Data, Informasi Kemenkeu", "ID")]


def test_an_office_and_a_name_with_no_list_stay_apart_from_the_next_person():
    # (no list of fields: the chain's later two-word name is still what decides, as before)
    body = "“Kami siap,” ujar Kepala Biro Hubungan Masyarakat Kemenag, Budi Santoso, Kamis (10/8) petang."
    assert _who(body) == [("Budi Santoso", "Kepala Biro Hubungan Masyarakat Kemenag", "ID")]


# ---- a government named by a place inside a foreign state speaks for that state ------------------------

def test_government_of_a_foreign_province():
    body = ("“Kami meminta warga menghemat air,” tulis pernyataan Pemerintah Western Cape.\n\n"
            "“Kami siap,” tulis pernyataan Pemerintah Provinsi Western Cape.")
    assert _who(body) == [("Pemerintah Western Cape", None, "ZA"), ("Pemerintah Provinsi Western Cape", None, "ZA")]


def test_government_of_a_member_state_named_with_its_unit():
    body = "“Kami menolak aturan itu,” tulis pernyataan Pemerintah Negara Bagian California."
    assert [c for _, _, c in _who(body)] == ["US"]


def test_a_person_named_after_a_home_government_is_left_alone():
    body = "“Kami siap,” kata Kepala Dinas Pemerintah Kota Bandung Budi Santoso."
    assert _who(body)[0][0] == "Budi Santoso"


# ---- a given name alone after 'menurut' is the person's, not a body's word before the name -------------

def test_given_name_after_menurut_stays_in_the_name():
    body = ("“Holding akan menjadi mayoritas,” kata Deputi Bidang Usaha Kementerian BUMN Aloysius Kiik Ro, Rabu.\n\n"
            "Menurut Aloysius, Inalum sedang menunggu peraturan pemerintah.")
    assert _who(body) == [("Aloysius Kiik Ro", "Deputi Bidang Usaha Kementerian BUMN", "ID")] * 2


def test_common_given_name_after_menurut_stays_in_the_name():
    body = ("“UMK tertinggi di Karawang,” kata Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Barat Ferry "
            "Sofwan Arief, Rabu.\n\n"
            "Adapun penetapan UMK tersebut, menurut Ferry dilakukan berdasarkan peraturan pemerintah.")
    office = "Kepala Dinas Tenaga Kerja dan Transmigrasi Jawa Barat"
    assert _who(body) == [("Ferry Sofwan Arief", office, "ID")] * 2


def test_common_word_not_written_alone_stays_in_the_office():
    # ('Rasio' is never the source of 'menurut' alone: it still opens the office as a common word)
    body = "“Kami siap,” kata Kepala Dinas Jawa Barat Rasio Ridho Sani."
    assert _who(body)[0][0] == "Ridho Sani"


# ---- a geological survey is a state's agency, not a pollster ------------------------------------------

def test_geological_survey_speaks_for_its_state():
    body = "Badan Survei Geologi Amerika Serikat menyatakan gempa tersebut tidak berpotensi tsunami."
    assert [c for _, _, c in _who(body)] == ["US"]


def test_a_pollster_named_with_a_state_stays_stateless():
    body = "“Elektabilitasnya naik,” kata Direktur Eksekutif Lembaga Survei Indonesia Budi Santoso."
    assert _who(body) == [("Budi Santoso", "Direktur Eksekutif Lembaga Survei Indonesia", None)]


# ---- an official presented only in a sports federation speaks for none ---------------------------------

def test_minister_presented_only_as_a_federation_chair_speaks_for_no_state():
    body = "“Terima kasih kepada sponsor kami,” kata Ketua Umum PP PBSI Wiranto di Jakarta, Rabu (4/10)."
    assert dated_countries(body, "2017-10-04") == [("Wiranto", None)]


def test_the_same_minister_in_his_office_speaks_for_the_state():
    body = "“Situasi keamanan terkendali,” kata Menko Polhukam Wiranto di Jakarta, Rabu (4/10)."
    assert dated_countries(body, "2017-10-04") == [("Wiranto", "ID")]


def test_the_same_minister_named_bare_keeps_the_registry_state():
    body = "“Situasi keamanan terkendali,” kata Wiranto di Jakarta, Rabu (4/10)."
    assert dated_countries(body, "2017-10-04") == [("Wiranto", "ID")]


def test_the_federation_chair_named_again_bare_stays_stateless():
    body = ("“Terima kasih kepada sponsor kami,” tutur Ketua Umum PP PBSI Wiranto.\n\n"
            "“Semoga atlet Indonesia berprestasi,” kata Wiranto lagi.")
    assert dated_countries(body, "2017-10-04") == [("Wiranto", None), ("Wiranto", None)]


def test_a_party_leader_who_holds_a_state_office_keeps_its_state():
    # (a party's office: the annotators give its leaders the state they serve where the article gives
    # that office too, dev31's Edhy Prabowo in a later epithet; with the party's office alone they give
    # none, dev47's Fadli Zon: tests/test_extract_d47ctry45.py)
    body = ("“Kami menolak rencana itu,” kata Ketua Umum Partai Amanat Nasional (PAN) Zulkifli Hasan.\n\n"
            "“Rakyat lagi susah,” terang Ketua MPR RI tersebut.")
    assert dated_countries(body, "2017-08-21") == [("Zulkifli Hasan", "ID"), ("Zulkifli Hasan", "ID")]
