"""Speaker country through how roles are read (helper h_ctry38): a field expert of a state institute
speaks for no state; an organisation's regional board ('DPD' + its name) is not the state's senate.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import countries_of, run


# ---- 'ahli' (a field expert) speaks for no state; the state's advisers ('staf ahli') do ---------

def test_a_field_expert_of_a_state_institute_speaks_for_no_state():
    body = ("Rina Kartika, ahli botani dari LIPI, mengatakan jenis anggrek itu baru pertama kali ditemukan.\n"
            "\"Kami meneliti sampelnya selama tiga tahun,\" kata Rina.")
    assert countries_of(body) == [("Rina Kartika", None), ("Rina Kartika", None)]


def test_a_state_bodys_expert_staff_keep_the_state():
    # not: 'staf ahli', 'tenaga ahli', 'tim ahli' of a state body are its advisers
    body = ("Staf ahli Bawaslu RI, Yudi Pranata, mengatakan pengawasan akan diperketat.\n"
            "Tenaga Ahli Utama KSP Dewi Lestari mengatakan anggaran sudah disetujui.")
    assert countries_of(body) == [("Yudi Pranata", "ID"), ("Dewi Lestari", "ID")]


# ---- 'DPD' followed by an organisation's name is its regional board, not the senate -------------

def test_an_organisations_regional_board_is_not_the_senate():
    body = ("Sekretaris DPD Gerakan Pemuda Islam (GPI) Jawa Barat Hadi Santoso mengatakan, aksi akan digelar besok.")
    assert countries_of(body) == [("Hadi Santoso", None)]


def test_a_senator_of_a_province_and_of_the_state_stays_the_states():
    # not: 'DPD' followed by a province or by 'RI' is the state's senate
    body = ("Anggota DPD Jawa Barat Hadi Santoso mengatakan, aksi akan digelar besok.\n"
            "Wakil Ketua DPD RI Made Wirawan mengatakan, sidang dimulai pekan depan.")
    assert countries_of(body) == [("Hadi Santoso", "ID"), ("Made Wirawan", "ID")]


# ---- 'menurut' + a former office closed by 'ini'/'itu', no comma: the person spoken of ----------

def test_a_former_office_closed_by_an_anaphor_without_a_comma_is_the_person_spoken_of():
    body = ("Kepala Dinas Pasar Jayapura Hadi Santoso mengatakan, pasar akan dibuka pekan depan.\n"
            "Namun, menurut mantan Kapolres Merauke ini hal tersebut tidak jadi masalah.")
    assert countries_of(body) == [("Hadi Santoso", "ID"), ("Hadi Santoso", "ID")]


def test_an_unnamed_group_closed_by_an_anaphor_is_not_the_person_spoken_of():
    # not: 'warga' is no description of a person spoken of (no kind of person, no former office)
    body = ("Kepala Dinas Pasar Jayapura Hadi Santoso mengatakan, pasar akan dibuka pekan depan.\n"
            "Namun, menurut warga ini hal tersebut tidak jadi masalah.")
    assert [s for s, _ in countries_of(body)] == ["Hadi Santoso"]


# ---- an acting holder ('Pelaksana Tugas', 'Pj') speaks for the office's state -------------------

def test_an_acting_regent_speaks_for_the_state_as_the_regent_does():
    body = ("Pelaksana Tugas Bupati Garut Hadi Santoso mengatakan, pasar akan dibuka pekan depan.\n"
            "Pj Wali Kota Bekasi Dewi Lestari mengatakan, jalan akan diperbaiki bulan depan.")
    assert countries_of(body) == [("Hadi Santoso", "ID"), ("Dewi Lestari", "ID")]


def test_an_acting_head_of_a_firm_stays_the_firms():
    # not: the acting prefix opens a firm's office too, which speaks for no state
    body = "Pelaksana Tugas Direktur Utama PT Sinar Jaya Hadi Santoso mengatakan, harga akan naik bulan depan."
    assert [c for _, c in countries_of(body)] == [None]


# ---- 'Kepala Bandara X Y, NAME': the words after a facility's word name the facility, not a person

def test_the_head_of_an_airport_named_before_is_the_person_in_apposition():
    body = ("Petugas keamanan Bandara Sentani Jayapura menggagalkan penyelundupan burung.\n\n"
            "\"Barang itu hendak masuk kargo,\" kata Kepala Bandara Sentani Jayapura, Hadi Santoso, "
            "saat dikonfirmasi, Rabu (10/5).")
    q = run(body, "id")["quotes"]
    assert [(x["speaker"], x["role"], x["country"]) for x in q] == [
        ("Hadi Santoso", "Kepala Bandara Sentani Jayapura", "ID")]


def test_a_firms_airport_manager_stays_the_firms():
    # not: an airport run by a company has a general manager, a firm's office
    body = "\"Penerbangan dibuka pekan depan,\" kata General Manager PT Angkasa Pura I Bandara Juanda, Hadi Santoso."
    assert countries_of(body) == [("Hadi Santoso", None)]
