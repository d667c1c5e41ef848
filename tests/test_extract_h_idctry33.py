"""Indonesian speaker country (helper h_idctry33): states' short forms, the social security agencies, a
listed official's terms, a one-word speaker the headline names in full, and an office written after the
speaker's own sentences. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _countries(body: str, title: str | None = "T") -> dict[str, set]:
    out: dict[str, set] = {}
    for q in run(body, "id", title=title)["quotes"]:
        out.setdefault(q["speaker"], set()).add(q["country"])
    return out


# ---- a state's Indonesian short form in a foreign office ------------------------------------------

def test_a_deputy_minister_of_afsel_speaks_for_south_africa():
    body = ("Kunjungan itu diumumkan oleh Wakil Menteri Perdagangan Afsel, Thabo Mkhize. "
            "\"Kami akan membahas perdagangan dan investasi,\" kata Thabo Mkhize.")
    assert _countries(body) == {"Thabo Mkhize": {"ZA"}}


def test_a_minister_whose_role_names_no_state_stays_home():
    body = ("Kunjungan itu diumumkan oleh Wakil Menteri Perdagangan, Rudi Hartanto. "
            "\"Kami akan membahas perdagangan dan investasi,\" kata Rudi Hartanto.")
    assert _countries(body) == {"Rudi Hartanto": {"ID"}}


# ---- the social security agencies are the state's; a state-owned firm is not ------------------------

def test_a_director_of_bpjs_kesehatan_and_a_member_of_djsn_speak_for_the_state():
    body = ("Direktur Pelayanan BPJS Kesehatan Wulan Sari mengatakan peserta program terus bertambah. "
            "\"Layanan skrining kini tersedia di semua puskesmas,\" kata Wulan.\n"
            "Di sisi lain, anggota Dewan Jaminan Sosial Nasional, Bambang Irawan menilai program itu perlu "
            "diawasi. \"Kami akan terus mengevaluasi layanan ini,\" kata Bambang.")
    assert _countries(body) == {"Wulan Sari": {"ID"}, "Bambang Irawan": {"ID"}}


def test_a_director_of_a_persero_stays_a_company_voice():
    body = ("Direktur Utama PT Kereta Api Indonesia (Persero) Wulan Sari mengatakan jumlah penumpang naik. "
            "\"Kami menambah perjalanan selama libur sekolah,\" kata Wulan.")
    assert _countries(body) == {"Wulan Sari": {None}}


# ---- a listed official's terms: out of office between them -------------------------------------------

def test_mahfud_md_outside_his_terms_speaks_for_no_state():
    body = ("Jakarta, Senin (10/7/2017) - Mahfud MD mengatakan siap hadir dalam rapat itu. "
            "\"Saya akan datang dan menjelaskan semuanya,\" kata Mahfud MD.")
    assert _countries(body) == {"Mahfud MD": {None}}


def test_mahfud_md_in_office_speaks_for_the_state():
    body = ("Jakarta, Senin (9/3/2020) - Mahfud MD mengatakan siap hadir dalam rapat itu. "
            "\"Saya akan datang dan menjelaskan semuanya,\" kata Mahfud MD.")
    assert _countries(body) == {"Mahfud MD": {"ID"}}


# ---- a one-word speaker the headline names in full as a listed official -------------------------------

def test_a_given_name_the_headline_writes_in_full_is_the_listed_official():
    body = ("Hal itu disampaikan Budi usai rapat di Istana. "
            "\"Semua rumah sakit daerah harus siap menerima pasien,\" kata Budi.")
    assert _countries(body, title="Warga Sambut Budi Gunadi Sadikin di RSUD Bandung") == {"Budi": {"ID"}}


def test_a_given_name_another_person_of_the_article_shares_gets_no_state():
    body = ("Hal itu disampaikan Budi usai rapat di Bandung. "
            "\"Semua rumah sakit daerah harus siap menerima pasien,\" kata Budi.")
    assert _countries(body, title="Warga Sambut Budi Gunadi Sadikin dan Budi Hartono di RSUD Bandung") == {"Budi": {None}}


# ---- an office written after the speaker's own sentences, with no demonstrative -----------------------

def test_an_office_opening_the_sentence_after_the_speakers_own_is_the_speakers():
    body = ("\"Program ini menunjukkan rakyat percaya pada pemerintah,\" kata Sari kepada wartawan, Senin (20/10/2025).\n"
            "Sari mengatakan, pertumbuhan ekonomi tetap terjaga. Anggota Komisi X DPR RI menyoroti program beasiswa "
            "yang masih bermasalah.\n"
            "\"Masalah itu bisa segera diatasi dengan evaluasi,\" ujar Sari.")
    assert _countries(body) == {"Sari": {"ID"}}


def test_an_office_right_after_the_first_mention_needs_its_demonstrative():
    # (the sentence right after the quote may be anyone's: 'Anggota Komisi X DPR RI menyoroti' there is
    # another person, whom the article does not name)
    body = ("\"Program ini menunjukkan rakyat percaya pada pemerintah,\" kata Sari kepada wartawan, Senin (20/10/2025).\n"
            "Anggota Komisi X DPR RI menyoroti program beasiswa yang masih bermasalah.\n"
            "\"Masalah itu bisa segera diatasi dengan evaluasi,\" ujar Sari.")
    assert _countries(body) == {"Sari": {None}}


# ---- a headline's office is not the one-word speaker's whom the body names in full --------------------

def test_a_lecturer_the_body_names_in_full_does_not_take_the_headlines_office():
    body = ("Hal itu diakui oleh Dosen Hukum Pidana dari Universitas Nusantara Bandung Rudi Hartanto Wibisono, saat "
            "bertemu wartawan di Bandung, Jumat (9/2/2018).\n\n"
            "\"Kalau begini, kami sebagai dosen bingung mengajar etika kepada mahasiswa,\" kata Rudi.\n\n"
            "Rudi menilai, sikap itu akan merusak nama lembaga.")
    assert _countries(body, title="Ketua KPU membuat dosen hukum bingung") == {"Rudi": {None}}


def test_a_speaker_named_by_one_name_only_still_takes_the_headlines_office():
    body = ("\"Kami akan mengkaji usulan itu lebih dulu,\" kata Rudi kepada wartawan, Jumat (9/2/2018).\n\n"
            "Rudi menilai, usulan itu cukup baik.")
    assert _countries(body, title="Komisi II DPR Kaji Usulan Sistem Pemilu") == {"Rudi": {"ID"}}
