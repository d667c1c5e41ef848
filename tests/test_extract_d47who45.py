"""Who said what in Indonesian text (helper d47who, forty-fifth session): dev47's wrong speakers and misses.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body):
    return [s for s, _ in _quotes(body)]


# ---- a name in quotes inside the description before the speaker's name --------------------------------

def test_a_quoted_firm_name_in_the_description_keeps_the_person_for_the_next_pronoun():
    body = ("General Manager Transportasi \"Maju Jaya\" Areal Bali, Made Wirawan, menjenguk penumpangnya.\n\n"
            "\"Kami bersama staf memberi perhatian terhadap ibu itu,\" katanya di rumah sakit.\n")
    assert ("Made Wirawan", "Kami bersama staf memberi perhatian terhadap ibu itu") in _quotes(body)


def test_a_long_quote_in_the_description_is_still_no_name():
    body = ("Kepala Desa \"kami tidak pernah menerima laporan itu sama sekali\" Sukamaju, Made Wirawan, hadir.\n\n"
            "\"Kami bersama staf memberi perhatian terhadap ibu itu,\" katanya di rumah sakit.\n")
    assert "Made Wirawan" not in _speakers(body)


# ---- an officer named by rank class, closed by an anaphor ---------------------------------------------

def test_perwira_with_an_anaphor_is_the_officer_spoken_of():
    body = ("Brigjen Aris Budiman saat dikonfirmasi mengaku belum tahu soal sidang itu. Perwira tinggi Polri ini "
            "mengaku siap menjalani apapun prosesnya.\n")
    assert ("Aris Budiman", "siap menjalani apapun prosesnya") in _quotes(body)


# ---- giving an explanation announces the next quote -------------------------------------------------

_ALUMNI = ("\"Itu sebelumnya,\" kata Ketua Presidium Alumni 212 Slamet Maarif.\n\n"
           "Slamet meminta agar wartawan mengonfirmasi ke Ansufri Ibnu Sambo, eks ketua presidium. Saat Slamet "
           "menjabat sebagai ketua, Asma Dewi sudah tidak aktif lagi.\n\n"
           "\"Saat sama kita, dia sudah enggak aktif lagi,\" tuturnya.\n\n")


def test_memberi_penjelasan_makes_the_subject_the_next_speaker():
    body = _ALUMNI + ("Sedang Sambo yang dikonfirmasi soal itu, memberi penjelasan.\n\n"
                      "\"Enggak betul dia koordinator acara itu,\" terang dia.\n")
    assert _quotes(body)[-1] == ("Ibnu Sambo", "Enggak betul dia koordinator acara itu")


def test_plain_narration_about_someone_keeps_the_speaker():
    body = _ALUMNI + ("Sedang Sambo yang dikonfirmasi soal itu, sedang berada di luar kota.\n\n"
                      "\"Enggak betul dia koordinator acara itu,\" terang dia.\n")
    assert _quotes(body)[-1] == ("Slamet Maarif", "Enggak betul dia koordinator acara itu")


# ---- a short form in mixed case, defined in brackets ---------------------------------------------

_KONTRAS = ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) mengingatkan pemerintah untuk "
            "menghindari kekerasan.\n\n")


def test_a_mixed_case_short_form_opening_a_sentence_is_the_body():
    body = _KONTRAS + "KontraS menambahkan bahwa situasi ini harus dilihat sebagai bentuk ketidakpuasan.\n"
    assert ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan",
            "situasi ini harus dilihat sebagai bentuk ketidakpuasan") in _quotes(body)


def test_a_capitalised_common_word_opening_a_sentence_is_still_no_speaker():
    body = _KONTRAS + "Kontras menambahkan bahwa situasi ini harus dilihat sebagai bentuk ketidakpuasan.\n"
    assert "Kontras" not in _speakers(body)


# ---- 'bila' as a complementiser; a conditional with its consequent kept -----------------------------

_SIDANG = "Kuasa hukum terdakwa, Soesilo Aribowo, mencecar saksi Husni Fahmi terkait pertemuan di ruko.\n\n"


def test_bila_after_mengakui_opens_the_admitted_clause():
    body = _SIDANG + "Fahmi pun mengakui bila memang ada pertemuan di ruko itu.\n"
    assert ("Husni Fahmi", "memang ada pertemuan di ruko itu") in _quotes(body)


def test_a_conditional_with_maka_keeps_its_opening_word():
    body = _SIDANG + "Fahmi menjelaskan bila dua saksi datang bersamaan, maka sidang akan ditunda.\n"
    assert ("Husni Fahmi", "bila dua saksi datang bersamaan, maka sidang akan ditunda") in _quotes(body)


def test_jika_with_no_consequent_is_still_cut():
    body = _SIDANG + "Fahmi mengatakan jika memang ada pertemuan di ruko itu.\n"
    assert ("Husni Fahmi", "memang ada pertemuan di ruko itu") in _quotes(body)


# ---- 'Menurut <description>, dr <Name>, ...' --------------------------------------------------------

def test_a_titled_one_word_name_in_apposition_after_menurut_is_the_source():
    body = ("Cuaca ekstrem membuat jamaah haji batuk.\n\n"
            "Menurut dokter kloter SUB 62, dr Roro, jamaah harus banyak minum air hangat.\n")
    assert ("Roro", "jamaah harus banyak minum air hangat") in _quotes(body)


def test_an_untitled_one_word_subject_after_menurut_is_not_read_as_the_source():
    body = ("Cuaca ekstrem membuat jamaah haji batuk.\n\n"
            "Menurut pengamat, Jokowi, harus banyak minum air hangat.\n")
    assert "Jokowi" not in _speakers(body)


# ---- 'mewanti-wanti X untuk ...' --------------------------------------------------------------------

def test_mewanti_wanti_with_untuk_reports_the_warning():
    body = ("Seminar itu digelar di Jakarta.\n\n"
            "Mantan Wakil Presiden Boediono mewanti-wanti pemerintah untuk mengendalikan APBN dengan baik.\n")
    assert [s for s, t in _quotes(body) if "mengendalikan APBN" in t] == ["Boediono"]


# ---- an unnamed source pointed back at by its description inside the quote --------------------------

_FIRE = ("Kapolres Inhil AKBP Dolifar Manurung mengatakan, tiga rumah warga terbakar.\n\n"
         "Namun keterangan sementara dari seorang saksi bernama AD (71), sekitar pukul 21.00 WIB, ia melihat api "
         "sudah membesar.\n\n")


def test_a_quote_speaking_of_the_witness_is_not_the_witness():
    body = _FIRE + "\"Saksi itu berteriak meminta pertolongan saat melihat api,\" jelasnya.\n"
    assert _quotes(body)[-1] == ("Dolifar Manurung", "Saksi itu berteriak meminta pertolongan saat melihat api")


def test_a_quote_not_speaking_of_the_witness_stays_with_the_source():
    base = quote_fields(_FIRE + "\"Saya berteriak meminta pertolongan saat melihat api,\" jelasnya.\n", "speaker")
    assert base[-1] != "Dolifar Manurung"
