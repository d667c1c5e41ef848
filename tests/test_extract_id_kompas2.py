"""Indonesian who-said-what in regional news (the classes of errors seen on the PFSA-ID dev-20 Kompas set).
Texts written for these tests; no article text."""
from __future__ import annotations

from .extract_cases import all_id, direct


def test_a_candidate_is_not_the_pair_written_with_a_hyphen():
    # 'pasangan ... Budi Santoso-Hartono': the candidate and his running mate; 'Budi' is the candidate
    body = ("Hasil resmi pemenang pilkada, apakah nomor urut 1 (Budi Santoso-Hartono) atau nomor urut 2, "
            "belum diketahui.\n\nDi posko pemenangan, Budi mengatakan, masih perlu menunggu hitungan resmi. "
            "”Semoga hasilnya tidak berbeda,” katanya.")
    assert ("Budi", "Semoga hasilnya tidak berbeda", None) in all_id(body)
    # (the pair named after the candidate does not take his name over either)
    body = ("Di posko pemenangan, Budi mengatakan, masih perlu menunggu hitungan resmi. Pasangan "
            "Budi Santoso-Hartono unggul di sebelas kecamatan.\n\n”Semoga hasilnya tidak berbeda,” kata Budi.")
    assert ("Budi", "Semoga hasilnya tidak berbeda", None) in all_id(body)


def test_a_hyphenated_given_name_still_opens_one_name():
    body = "Menlu Perancis Jean-Yves Le Drian tiba di Jakarta.\n\n”Kami siap membantu,” kata Le Drian."
    assert ("Jean-Yves Le Drian", "Kami siap membantu", "FR") in all_id(body)


def test_a_quoted_word_ending_the_report_is_still_a_partial_quote():
    body = "Ketua KPU Arief Budiman menyebut langkah itu ”keliru”. Ia tidak menjelaskan lebih jauh."
    assert ("Arief Budiman", "keliru") in [(s, t) for s, t, _ in direct(run_id(body))]


def test_a_european_particle_inside_a_foreign_name():
    body = "”Maskapai membutuhkan bantuan negara,” ujar Direktur Jenderal IATA Alexandre de Juniac di Jenewa."
    assert [s for s, _, _ in all_id(body)] == ["Alexandre de Juniac"]


def test_a_doubled_given_name_is_kept_whole():
    body = ("Gun Gun Heryanto (44), peserta lari setengah maraton, tampak bersemangat. ”Saya harus menjaga "
            "ritme lari agar tetap stabil,” ujar akademisi itu.")
    assert [s for s, _, _ in all_id(body)] == ["Gun Gun Heryanto"]


def run_id(body):
    from .extract_cases import run

    return run(body, "id")
