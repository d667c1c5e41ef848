"""The Indonesian state's offices and institutions of 2016-2025 (helper h_idhome20): a speaker whose role
is one of them speaks for Indonesia, unless a foreign state qualifies the office; companies, parties,
experts and hospitals stay no state's. Sentences and names invented for these tests."""
from __future__ import annotations

import pytest

from generator.extract.officials import official_country

from .extract_cases import run, quote_fields

_LEAD = "Jakarta - Pemerintah menggelar rapat koordinasi di Jakarta, Senin (6/10).\n\n"


def _countries(sentence: str) -> list[tuple[str, str | None]]:
    return quote_fields(_LEAD + sentence, "speaker", "country")


# ---- the 2024-2029 cabinet: ministries, coordinating ministries and their short titles -------------

@pytest.mark.parametrize("sentence, speaker", [
    ('"Sekolah harus aman bagi anak," kata Mendikdasmen Abdul Rahman.', "Abdul Rahman"),
    ('"Kampus wajib membentuk satgas," kata Mendiktisaintek Hadi Pranoto.', "Hadi Pranoto"),
    ('"Layanan paspor dipercepat," kata Menimipas Joko Suharto.', "Joko Suharto"),
    ('"Pengawasan makanan diperketat," kata Wamenkes Benny Kurniawan di Jakarta.', "Benny Kurniawan"),
    ('"Target pajak tercapai," ujar Wamenkeu Tommy Saputra.', "Tommy Saputra"),
    ('"Stok beras cukup," kata Menko Pangan Zainal Arifin.', "Zainal Arifin"),
    ('"Kami mendata semua korban," kata Kepala Biro Humas Kemenimipas Rudi Hartanto.', "Rudi Hartanto"),
    ('"Situs judi online kami blokir," kata Dirjen Pengawasan Ruang Digital Komdigi Andi Saputra.', "Andi Saputra"),
    ('"Rumah subsidi ditambah," kata Sekjen KemenPKP Bambang Irawan.', "Bambang Irawan"),
])
def test_the_new_cabinets_offices_speak_for_indonesia(sentence, speaker):
    assert (speaker, "ID") in _countries(sentence)


# ---- national agencies set up from 2024 and the state commissions ---------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ('"Makanan bergizi sudah dibagikan," ujar Kepala BGN Darmawan Sutisna.', "Darmawan Sutisna"),
    ('"Gedung kantor selesai tahun depan," kata Kepala Otorita IKN Bagus Hartono.', "Bagus Hartono"),
    ('"ASN akan dipindahkan bertahap," kata Sekretaris Otorita IKN Rahmat Hidayat.', "Rahmat Hidayat"),
    ('"Sidang dilanjutkan pekan depan," kata Juru Bicara MK Fajar Nugroho.', "Fajar Nugroho"),
    # (a home body's name closes the role though its last word could open a name)
    ('"Data kemiskinan kami perbarui," kata Kepala BP Taskin Arif Gunawan.', "Arif Gunawan"),
    ('"Korban harus dilindungi," kata Ketua Komnas Perempuan Andi Yuliani.', "Andi Yuliani"),
])
def test_national_agencies_speak_for_indonesia(sentence, speaker):
    assert (speaker, "ID") in _countries(sentence)


# ---- regional government: heads, agencies, villages ------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ('"Gaji guru honorer dibayar pekan depan," kata Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) '
     'Provinsi Jambi Rina Susanti.', "Rina Susanti"),
    ('"Pajak kendaraan naik," kata Kepala Bapenda Kota Bekasi Dedi Kurnia.', "Dedi Kurnia"),
    ('"Warga kami aman," kata Kepala Kampung Wamena Yosef Wenda.', "Yosef Wenda"),
    ('"Dana desa sudah dibagi," kata Perbekel Desa Tegal Wayan Sudarma.', "Wayan Sudarma"),
    ('"Data kami lengkap," kata Pj Gubernur Sulawesi Barat Bahtiar Ahmad.', "Bahtiar Ahmad"),
    ('"Sampah diangkut tiap hari," kata Kepala DLH Kabupaten Bogor Asep Sudrajat.', "Asep Sudrajat"),
])
def test_regional_offices_and_agencies_speak_for_indonesia(sentence, speaker):
    assert (speaker, "ID") in _countries(sentence)


def test_a_regency_whose_short_form_is_an_international_bodys_is_no_international_body():
    # 'OKI' is also the Organisation of Islamic Cooperation (international_bodies); in brackets after
    # the regency's name it is the regency's short form
    got = _countries('"Kami siap membantu warga," kata Bupati Ogan Komering Ilir (OKI) Budi Santoso.')
    assert ("Budi Santoso", "ID") in got


def test_the_international_body_by_its_short_form_in_brackets_stays_no_states():
    got = _countries('"Kami siap membantu," kata Sekretaris Jenderal Organisasi Kerja Sama Islam (OKI) '
                     'Hamid Taha.')
    assert ("Hamid Taha", None) in got


# ---- police, prosecutors, the armed forces ---------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ('"Kami sudah memeriksa saksi," kata Kasi Intel Kejari Bandung Andi Wijaya.', "Andi Wijaya"),
    ('"Berkas perkara sudah lengkap," kata Jampidsus Kejagung Ferdi Ardiansyah.', "Ferdi Ardiansyah"),
    ('"Pelaku sudah kami tangkap," kata Kasatreskrim Polres Gresik Hendra Wijaya.', "Hendra Wijaya"),
    ('"Kami dalami motifnya," kata Kabid Propam Polda Jambi Gunawan Siregar.', "Gunawan Siregar"),
    ('"Jalur mudik dijaga," kata Kakorlantas Polri Agus Santoso.', "Agus Santoso"),
])
def test_law_enforcement_units_speak_for_indonesia(sentence, speaker):
    assert (speaker, "ID") in _countries(sentence)


def test_someone_reporting_at_a_police_station_is_not_the_police():
    # ('di Mapolres': the headquarters is where anyone may stand, not an office he holds)
    body = (_LEAD + "Sejumlah pedagang pasar melapor ke polisi. Wakil para pedagang, Yoga Pratama, yang "
            "datang ke Mapolres Klaten bersama warga lain, mengatakan uang arisan mereka dibawa kabur.")
    got = [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]
    assert got and all(country is None for _, country in got)


# ---- not the state: firms, experts, parties, hospitals, foreign offices ----------------------------

@pytest.mark.parametrize("sentence, speaker, country", [
    ('"Kami ingin transparan," ujar CEO Danantara Rosan Perkasa.', "Rosan Perkasa", None),
    ('"Pasar saham naik," kata Pengamat Pasar Keuangan Ibrahim Salim.', "Ibrahim Salim", None),
    ('"Kami dukung program ini," kata Ketua DPD Partai Golkar NTT Melki Laka.', "Melki Laka", None),
    ('"Risetnya masih berjalan," kata Peneliti Senior BRIN Siti Rahma.', "Siti Rahma", None),
    ('"Kami siap," kata Gubernur California Gavin Newsom.', "Gavin Newsom", "US"),
    ('"Jepang siap," kata Menteri Luar Negeri Jepang Takeshi Iwaya.', "Takeshi Iwaya", "JP"),
])
def test_what_is_not_the_indonesian_state_stays_so(sentence, speaker, country):
    assert (speaker, country) in _countries(sentence)


# ---- names of well-known office holders of 2024-25 (office_holders.yaml) ----------------------------

def test_office_holders_of_the_new_cabinet_speak_for_indonesia_by_name():
    assert official_country("Gus Ipul") == "ID"
    assert official_country("Zulhas") == "ID"
    assert official_country("Hanif Faisol Nurofiq") == "ID"


def test_a_minister_quoted_by_nickname_alone_speaks_for_indonesia():
    body = _LEAD + '"Bantuan sosial sudah cair," kata Gus Ipul kepada wartawan.'
    assert ("Gus Ipul", "ID") in [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]


def test_common_words_of_office_names_do_not_become_title_words():
    # ('Sekda Provinsi' among the titles would make 'Provinsi' a title word and read 'otoritas
    # Provinsi Kandal' as someone's office; titles hold only forms whose words are all title words)
    from generator.extract import load_pack
    pack = load_pack("id")
    words = {w.casefold() for t in pack.words("titles") for w in t.split()}
    assert not words & {"provinsi", "lantas", "kampung", "investasi", "pangan", "daerah"}
