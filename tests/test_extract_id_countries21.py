"""Indonesian speaker country (helper h_idctry21): the office a headline gives the body's one-name
speaker, officials known by nicknames or initials, and state institutions and titles missing from the
pack. Sentences and names invented for these tests, in the shape of Indonesian domestic news (office
holders' nicknames are public data)."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _c(body: str, title: str):
    return quote_fields(body, "speaker", "country", title=title)


def _countries(body: str, title: str = "T") -> dict:
    return {s: c for s, c in _c(body, title)}


# ---- a headline clause that opens with an office or a state institution and its verb -------------

def test_an_office_opening_the_headline_gives_its_state_to_the_bodys_one_name_speaker():
    body = ("Hal ini disampaikan Budi usai rapat di Jakarta, Senin (26/5/2025).\n"
            "\"Pelibatan prajurit sudah sesuai dengan undang-undang,\" ujar Budi di Jakarta.\n"
            "\"Kami bekerja secara profesional,\" tambah Budi.")
    assert set(_c(body, "Panglima Jelaskan Pengamanan Gedung oleh Prajurit")) == {("Budi", "ID")}
    assert set(_c(body, "Ketua Banggar DPR Nilai Program Berjalan Baik")) == {("Budi", "ID")}


def test_an_institution_before_the_headlines_colon_after_a_comma_speaks():
    body = ("\"Warga diminta waspada terhadap genangan,\" ucap Rudi kepada wartawan, Jumat (17/10/2025).\n"
            "\"Curah hujan akan terus naik,\" kata Rudi.")
    assert set(_c(body, "Kota Mulai Diguyur Hujan Deras, BMKG: Warga Diminta Siaga")) == {("Rudi", "ID")}


def test_the_speaker_named_after_the_office_in_the_headline_is_the_one_who_holds_it():
    body = ("Anggota DPR Joko melakukan kegiatan bakti sosial di Lembang, Sabtu (4/10/2025).\n"
            "\"Bantuan ini untuk warga yang membutuhkan,\" kata Joko.\n"
            "\"Kami senang sekali,\" kata Tini.\n"
            "\"Beras ini cukup untuk sebulan,\" ujar Tini.\n"
            "\"Terima kasih banyak,\" tambah Tini.")
    got = _countries(body, "Anggota DPR Joko Bagikan Sembako di Lembang")
    assert got["Joko"] == "ID" and got["Tini"] is None


def test_a_partys_a_field_experts_or_a_passive_headline_gives_no_state():
    body = ("\"Kami mendukung penuh langkah itu,\" kata Rano di Jakarta, Rabu (8/10/2025).\n"
            "\"Semua pihak harus bekerja sama,\" ujar Rano.")
    assert set(_c(body, "PKB Dukung Program Pemerintah")) == {("Rano", None)}
    assert set(_c(body, "Pakar: Aturan Harus Diubah, Bukan Dihapus")) == {("Rano", None)}
    assert set(_c(body, "Ketua Bawaslu Dilaporkan Warga soal Dana Hibah")) == {("Rano", None)}
    # (the institution inside the clause, not opening it: 'Menyusuri Jejak Polri')
    assert set(_c(body, "Dari Bogor ke Cianjur: Menyusuri Jejak Polri")) == {("Rano", None)}
    assert set(_c(body, "Sambut Presiden di Pakistan, Mahasiswa RI Harap Kerja Sama Naik")) == {("Rano", None)}


def test_the_office_goes_to_the_speaker_quoted_most_of_those_with_no_state():
    body = ("\"Jumlah pengawas di kecamatan hanya tiga orang,\" kata Nanang di Kupang, Kamis (9/10/2025).\n"
            "\"Di tingkat desa kami hanya punya satu,\" kata Nanang.\n"
            "\"Saya sendiri melihat antrean panjang,\" kata Lina.")
    got = _countries(body, "Bawaslu Keluhkan Jumlah Pengawas Pemilu")
    assert got["Nanang"] == "ID" and got["Lina"] is None


def test_a_short_form_the_body_spells_out_opens_the_headline():
    body = ("Bank Indonesia (BI) memperkirakan bank sentral AS menahan suku bunganya, Selasa (21/10/2025).\n"
            "\"Kami melihat tekanan inflasi mulai mereda,\" kata Erwin.\n"
            "\"Ruang penurunan masih ada,\" ujar Erwin.")
    assert _countries(body, "BI Perkirakan Suku Bunga Tetap")["Erwin"] == "ID"


# ---- officials known by nicknames or initials --------------------------------------------------

def test_officials_by_nickname_or_initials_speak_for_the_state():
    body = ("Jakarta, Senin (20/10/2025) - \"Partai politik perlu dibenahi,\" kata Bamsoet di Jakarta.\n"
            "\"Sikap pemerintah sudah tepat,\" ujar HNW di Kompleks Parlemen.\n"
            "\"Pembangunan jalan terus berjalan,\" kata Wapres Gibran di Penajam.")
    got = _countries(body)
    assert got["Bamsoet"] == "ID" and got["HNW"] == "ID" and got["Gibran"] == "ID"


def test_a_spokesmans_term_ends_his_states_voice():
    inside = "Jakarta, Rabu (5/7/2017) - \"Kami berharap hakim menolak gugatan itu,\" kata Febri Diansyah."
    after = "Jakarta, Rabu (5/7/2023) - \"Kami berharap hakim menolak gugatan itu,\" kata Febri Diansyah."
    assert _countries(inside)["Febri Diansyah"] == "ID"
    assert _countries(after)["Febri Diansyah"] is None


# ---- state institutions and titles the pack lacked ---------------------------------------------

def test_regional_agencies_and_secretariats_are_the_states():
    body = ("\"Sebanyak 5.000 warga terdampak banjir,\" kata Plh Kepala Pelaksana Badan Penanggulangan "
            "Bencana Aceh (BPBA) Abdul Karim, Minggu (12/10/2025).\n"
            "\"Harga cabai mulai turun,\" kata Asisten II Setdaprov Riau Hendra Wijaya.\n"
            "\"Sampel obat itu kami uji,\" kata Kepala BBPOM Sri Rahayu di Makassar.")
    got = _countries(body)
    assert got["Abdul Karim"] == "ID" and got["Hendra Wijaya"] == "ID" and got["Sri Rahayu"] == "ID"


# ---- an office in apposition that closes after the name, whatever words stand before it ---------

def test_an_office_before_a_name_closed_by_a_comma_is_the_names_after_any_words():
    body = ("Tim kami bertamu ke ruang Kepala Kantor Perwakilan Bank Indonesia Provinsi "
            "Sumatera Selatan, Bambang Wijaya, Senin (15/9/2025).\n"
            "Rencana itu juga dipuji Duta Besar Pakistan, Ahmad Karim, yang meninjau lokasi itu.\n"
            "\"UMKM harus naik kelas,\" kata Bambang Wijaya.\n"
            "\"Kami siap berinvestasi di sini,\" kata Ahmad Karim.")
    got = _countries(body)
    assert got["Bambang Wijaya"] == "ID" and got["Ahmad Karim"] == "PK"


def test_an_office_before_a_name_that_is_not_closed_still_needs_a_plain_opening():
    # ('Usai bertemu Menteri Pertanian, Budi mengatakan': the minister is another person)
    body = ("Usai bertemu dengan Menteri Pertanian, Budi Hartono mengatakan harga gabah akan naik, "
            "Senin (15/9/2025).\n\"Harga gabah akan naik,\" kata Budi Hartono.")
    assert _countries(body)["Budi Hartono"] is None


def test_an_office_closing_with_its_short_form_after_a_dateline_is_the_names():
    body = ("Jakarta, Kantor Berita -- Ketua Dewan Perwakilan Daerah (DPD), Arif Santoso merasa tak salah "
            "dengan jabatannya, Rabu (5/4/2017).\n\"Tidak ada undang-undang yang melarang,\" kata Arif Santoso.")
    got = run(body, "id")["quotes"]
    assert [(q["speaker"], q["role"], q["country"]) for q in got] == [
        ("Arif Santoso", "Ketua Dewan Perwakilan Daerah (DPD)", "ID")]


def test_a_hyphen_inside_an_office_before_a_name_is_no_datelines_end():
    body = ("Kursus itu dibuka pekan lalu. Direktur Pusat Budaya - Konselor Kebudayaan Kedubes Prancis, "
            "Luc Martin mengatakan, kursus ini terbuka untuk umum.")
    got = run(body, "id")["quotes"]
    assert [(q["speaker"], q["country"]) for q in got] == [("Luc Martin", "FR")]


def test_a_person_named_after_the_headlines_office_who_does_not_speak_gives_it_to_no_one():
    # ('Menteri LH Budi Tinjau ...': the minister is Budi, whom the body names; Rudi is someone else)
    body = ("Menteri Lingkungan Hidup Budi Santoso meninjau sungai di Bogor, Senin (6/10/2025).\n"
            "\"Sungai ini sudah penuh plastik,\" kata Rudi, warga setempat.\n"
            "\"Kami membersihkannya tiap pekan,\" ujar Rudi.")
    assert _countries(body, "Menteri LH Budi Tinjau Sungai Penuh Plastik")["Rudi"] is None
    # (a long clause before the colon is the office and its verb, not a name: 'Panglima Jelaskan soal ...: ...')
    body = ("Hal ini disampaikan Agus usai rapat di Jakarta, Senin (26/5/2025).\n"
            "\"Pelibatan prajurit sudah sesuai dengan undang-undang,\" ujar Agus di Jakarta.")
    assert _countries(body, "Panglima Jelaskan soal Pengamanan oleh Prajurit: Sudah Sesuai UU")["Agus"] == "ID"
