"""Indonesian speaker country (helper h_idctry22): a headline that opens with a listed office holder's
full name over a body that calls the speaker by one of its words, the 'Waka' (Wakil Ketua) title in a
headline, legislators quoted by short names (office_holders.yaml), regional offices missing from the
pack, a regional agency named 'Dinas ...', and a speaker named by an office alone. Every sentence and
headline here is invented for these tests (office holders' names and terms are public data)."""
from __future__ import annotations

from .extract_cases import run


def _countries(body: str, title: str = "T") -> dict:
    return {q["speaker"]: q["country"] for q in run(body, "id", title=title)["quotes"]}


# ---- a headline that opens with a listed office holder's full name ---------------------------------

_GOVERNOR = ("\"Pasar rakyat ini kami bangun untuk pedagang kecil,\" kata Luthfi di Kudus, "
             "Senin (20/10/2025).\n"
             "\"Tahun depan kami tambah dua pasar lagi,\" ujar Luthfi.")


def test_a_holders_full_name_opening_the_headline_gives_the_one_word_speaker_his_state():
    assert _countries(_GOVERNOR, "Ahmad Luthfi Resmikan Pasar Rakyat di Kudus") == {"Luthfi": "ID"}


def test_a_lower_cased_indosum_headline_names_the_holder_too():
    assert _countries(_GOVERNOR, "Ahmad luthfi resmikan pasar rakyat di kudus") == {"Luthfi": "ID"}


def test_a_name_not_listed_or_out_of_term_gives_nothing():
    # (no office holder of that name: the speaker keeps no state)
    assert _countries(_GOVERNOR, "Ahmad Luthfiyah Resmikan Pasar Rakyat") == {"Luthfi": None}
    # (dated before the term: the governor of Central Java listed holds office from 2025-02-20)
    before = "Jakarta, Jumat (20/10/2023) - " + _GOVERNOR.replace("Senin (20/10/2025)", "Jumat (20/10/2023)")
    assert _countries(before, "Ahmad Luthfi Resmikan Pasar Rakyat") == {"Luthfi": None}


def test_the_headline_holder_goes_to_the_speaker_of_his_name_only():
    body = _GOVERNOR + "\n\"Kami pedagang senang,\" kata Tono."
    got = _countries(body, "Ahmad Luthfi Resmikan Pasar Rakyat di Kudus")
    assert got["Luthfi"] == "ID" and got["Tono"] is None


# ---- 'Waka' (Wakil Ketua) opens an office in a headline ---------------------------------------------

def test_waka_mpr_in_the_headline_gives_the_body_speaker_the_state():
    body = ("\"Sosialisasi empat pilar harus sampai ke desa,\" kata Edi di Palu, Senin (6/10/2025).\n"
            "\"Generasi muda perlu dilibatkan,\" ujar Edi.")
    assert _countries(body, "Waka MPR Ajak Pemuda Palu Ikut Sosialisasi") == {"Edi": "ID"}
    # (a party's deputy chair is not the state's)
    assert _countries(body, "Waka Partai Ajak Pemuda Palu Ikut Sosialisasi") == {"Edi": None}


# ---- legislators quoted by short names ---------------------------------------------------------------

def test_the_dpr_speaker_and_members_by_short_names_speak_for_the_state():
    body = ("Jakarta, Senin (20/10/2025) - \"Rapat paripurna digelar pekan depan,\" kata Puan di Kompleks Parlemen.\n"
            "\"Kami akan memanggil mitra kerja komisi,\" kata Sahroni saat dihubungi.\n"
            "\"Jadwal pemilu sudah kami bahas,\" ujar Deddy Sitorus kepada wartawan.")
    got = _countries(body)
    assert got["Puan"] == "ID" and got["Sahroni"] == "ID" and got["Deddy Sitorus"] == "ID"


def test_a_legislator_before_his_first_term_speaks_for_no_state():
    body = "Jakarta, Senin (20/10/2014) - \"Program olahraga desa harus jalan,\" kata Dede Yusuf kepada wartawan."
    assert _countries(body)["Dede Yusuf"] is None
    later = body.replace("2014", "2025")
    assert _countries(later)["Dede Yusuf"] == "ID"


# ---- regional state offices missing from the pack -----------------------------------------------------

def test_a_regional_education_office_and_a_national_roads_office_speak_for_the_state():
    body = ("\"Jadwal ujian sekolah tidak berubah,\" kata Kepala Dikbud Kota Sari Sutini kepada wartawan.\n"
            "\"Perbaikan jalan ditargetkan selesai pekan depan,\" ujar Kepala Balai Pelaksanaan Jalan Nasional "
            "(BPJN) Sumatera Utara Budi Harsono.")
    got = _countries(body)
    assert got.get("Sutini") == "ID" or got.get("Sari Sutini") == "ID", got
    assert got["Budi Harsono"] == "ID"


def test_a_regional_agency_named_by_dinas_and_any_words_speaks_for_the_state():
    body = ("\"Pengecatan ulang trotoar dimulai Senin,\" ujar Dinas PU Kota Sukamaju.\n"
            "\"Pejalan kaki diminta lewat sisi barat,\" tutur Dinas PU.")
    assert set(_countries(body).values()) == {"ID"}
    # (not in a story mostly about another state: its own agency)
    abroad = ("Tokyo - Jepang kembali diguyur hujan. Warga Jepang diminta waspada, dan Jepang menutup sekolah.\n"
              "\"Pengecatan ulang trotoar dimulai Senin,\" ujar Dinas Jalan Prefektur Osaka.")
    assert _countries(abroad).get("Dinas Jalan Prefektur Osaka") != "ID"


# ---- a speaker named by an office alone ----------------------------------------------------------------

def test_a_court_panel_or_an_office_named_alone_speaks_for_the_state():
    body = ("Sidang digelar di Pengadilan Negeri Sukamaju, Rabu (8/10/2025).\n"
            "Dalam amar putusannya, majelis hakim menyatakan terdakwa terbukti menggelapkan dana koperasi.\n"
            "Majelis Hakim Militer menyatakan bahwa terdakwa lain tidak terbukti ikut menggelapkan dana itu.\n"
            "\"Aduan itu sedang kami pelajari,\" kata Wakapolri menjawab pertanyaan wartawan.")
    got = _countries(body)
    assert got.get("majelis hakim") == "ID" and got.get("Majelis Hakim Militer") == "ID", got
    assert got.get("Wakapolri") == "ID", got


def test_a_body_outside_the_state_named_alone_gets_no_state():
    body = ("\"Kami menolak tuduhan itu,\" kata Majelis Ulama Desa Sukamaju.\n"
            "\"Semua harus tenang,\" ujar Juru bicara SDF.")
    got = _countries(body)
    assert all(c is None for c in got.values()), got
