"""Who said what in Indonesian text (helper d45who, forty-third session): dev45's wrong speakers, misses and
extras, and the firm cut at its first word. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


_DPRD = "Ketua DPRD DKI Prasetyo Edi Marsudi hadir dalam rapat itu.\n\n"


# ---- a verb closing the sentence is the short complement's predicate ------------------------------

def test_a_sentence_final_verb_makes_a_short_complement_a_clause():
    body = _DPRD + "Sebelumnya, Prasetyo menyebut kinerja petugas kebersihan menurun.\n"
    assert ("Prasetyo Edi Marsudi", "kinerja petugas kebersihan menurun") in _quotes(body)


def test_a_noun_phrase_closed_by_upcoming_is_no_clause():
    body = "Layanan pesan antar Kirimaja mengumumkan penutupan layanannya per 15 Juli mendatang.\n"
    assert not any("penutupan" in t for _, t in _quotes(body))


def test_a_role_word_then_an_auxiliary_is_no_unnamed_office():
    body = "Petugas masih dalam proses penyelidikan mengungkap penyebab kebakaran terjadi.\n"
    assert not any(s.startswith("Petugas masih") for s, _ in _quotes(body))


# ---- a state body's short name and its province ---------------------------------------------------

def test_a_body_and_its_province_speaks():
    body = ("KPU Jateng menyatakan pemilihan gubernur dipastikan hanya diikuti oleh dua pasangan calon "
            "meski pendaftaran belum ditutup.\n")
    assert ("KPU Jateng", "pemilihan gubernur dipastikan hanya diikuti oleh dua pasangan calon meski "
            "pendaftaran belum ditutup") in _quotes(body)


def test_a_body_and_the_provinces_full_name_speaks():
    body = "Bawaslu Jawa Tengah menilai pelanggaran kampanye meningkat tajam tahun ini.\n"
    assert [s for s, _ in _quotes(body)] == ["Bawaslu Jawa Tengah"]


def test_an_office_of_the_body_and_province_before_a_name_is_the_persons_role():
    got = quote_fields("Ketua KPU Jateng Joko Purnomo mengatakan pendaftaran pasangan calon ditutup malam ini.\n",
                       "speaker", "role")
    assert got == [("Joko Purnomo", "Ketua KPU Jateng")]


# ---- 'memandang' with a comma or 'bahwa' reports a view -------------------------------------------

def test_memandang_with_a_comma_reports_a_view():
    body = ("Direktur Utama PT KAI Edi Sukmoro hadir dalam peresmian itu.\n\n"
            "Sebab Edi memandang, tarif kereta bandara semestinya kompetitif dengan moda transportasi lain.\n")
    assert ("Edi Sukmoro", "tarif kereta bandara semestinya kompetitif dengan moda transportasi lain") \
        in _quotes(body)


def test_memandang_with_bahwa_reports_a_view():
    body = "Gubernur Bali Made Mangku Pastika memandang bahwa perayaan itu berjalan dengan tertib.\n"
    assert [t for _, t in _quotes(body)] == ["perayaan itu berjalan dengan tertib"]


def test_memandang_an_object_is_looking():
    body = ("Budi Santoso memandang wajah anaknya lama sekali.\n\n"
            "Warga memandang sebelah mata bakat bermusik pemuda itu.\n")
    assert _quotes(body) == []


# ---- 'hal itu dalam sambutannya': where it was said, nothing reported ---------------------------

def test_that_said_in_ones_own_speech_reports_nothing():
    body = ("\"Demokrasi kita makin transaksional,\" kata Ketua DPR Bambang Soesatyo.\n\n"
            "Bambang Soesatyo mengatakan hal itu dalam sambutannya ketika menghadiri acara peresmian gedung "
            "di Yogyakarta, Minggu (25/2/2018).\n")
    assert not any(t.startswith("hal itu") for _, t in _quotes(body))


def test_that_in_the_frame_of_a_purpose_is_left_as_before():
    body = "Bambang Soesatyo mengatakan hal itu dalam rangka menjaga persatuan bangsa.\n"
    assert [t for _, t in _quotes(body)] == ["hal itu dalam rangka menjaga persatuan bangsa"]


# ---- a report verb inside a clause of time or cause has that clause's subject ---------------------

def test_the_subordinate_clauses_subject_reports():
    body = "Novanto ditahan setelah Tim Dokter RSCM dan IDI menyatakan Novanto sudah sehat secara medis.\n"
    assert _quotes(body) == [("Tim Dokter RSCM dan IDI", "Novanto sudah sehat secara medis")]


def test_no_speaker_in_the_subordinate_clause_gives_the_main_subject_nothing():
    body = ("Gelandang Lasagna menerima umpan. Selebrasi Lasagna berakhir setelah ofisial pertandingan "
            "menyatakan ia berada di posisi offside.\n")
    assert not any(t.startswith("ia berada") for _, t in _quotes(body))


def test_a_time_phrase_after_the_named_subject_leaves_it_the_speaker():
    body = "Budi Santoso setelah rapat di Balai Kota mengatakan anggaran sudah cukup.\n"
    assert _quotes(body) == [("Budi Santoso", "anggaran sudah cukup")]


def test_a_participle_clause_after_the_subject_leaves_it_the_speaker():
    body = "Budi Santoso saat ditemui di Balai Kota mengatakan anggaran sudah cukup.\n"
    assert _quotes(body) == [("Budi Santoso", "anggaran sudah cukup")]


def test_a_relative_clause_with_a_time_phrase_leaves_the_subject_the_speaker():
    body = "Budi Santoso yang ditemui usai rapat mengatakan anggaran sudah cukup.\n"
    assert _quotes(body) == [("Budi Santoso", "anggaran sudah cukup")]


# ---- a firm whose English last word is no person's ------------------------------------------------

def test_a_firm_ending_in_land_is_named_whole():
    body = "Pengembang properti Sinar Mas Land memproyeksikan penjualan rumah meningkat tahun ini.\n"
    assert [s for s, _ in _quotes(body)] == ["Sinar Mas Land"]


def test_a_person_after_a_firm_ending_in_land_keeps_the_firm_as_role():
    got = quote_fields("Direktur Sinar Mas Land Budi Santoso mengatakan penjualan rumah meningkat tahun ini.\n",
                       "speaker", "role")
    assert got == [("Budi Santoso", "Direktur Sinar Mas Land")]


def test_a_foundation_is_named_whole():
    body = "Sinar Mas Foundation menyatakan bantuan pendidikan akan ditambah tahun depan.\n"
    assert [s for s, _ in _quotes(body)] == ["Sinar Mas Foundation"]
