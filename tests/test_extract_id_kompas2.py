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


def test_a_body_named_again_elsewhere_closes_the_role_before_the_name():
    # 'Taman Safari Cisarua' stands alone in the article: the park's name ends the role
    body = ("Taman Safari Cisarua dibuka kembali pekan depan.\n\n"
            "Kepala Bagian Humas Taman Safari Cisarua Made Sudarma mengatakan, pengunjung dibatasi "
            "hingga separuh dari kapasitas biasa.")
    assert [s for s, _, _ in all_id(body)] == ["Made Sudarma"]
    # (after a preposition too: 'di Kimia Farma')
    body = ("Vaksin disimpan di Kimia Farma sebelum dikirim.\n\n"
            "Direktur Digital Healthcare Kimia Farma Budi Santoso mengatakan, suhu vaksin dipantau "
            "setiap lima menit sekali.")
    assert [s for s, _, _ in all_id(body)] == ["Budi Santoso"]


def test_a_persons_short_name_is_no_body():
    # 'kata Ida Bagus' is the mayor's short name, not a body before 'Rai Mantra'
    body = ("Wali Kota Denpasar Ida Bagus Rai Mantra mengatakan, pelayanan publik dilakukan secara daring "
            "selama pandemi.\n\n”Pegawai wajib melaporkan capaian kerja,” kata Ida Bagus.")
    assert {s for s, _, _ in all_id(body)} == {"Ida Bagus Rai Mantra"}


def test_a_police_rank_written_out_and_an_initial_before_the_name():
    body = ("Kepala Polda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak mengatakan, pihaknya tidak "
            "akan mengizinkan pawai malam tahun baru.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Panca Putra Simanjuntak", "ID")]
    # (a body's name is no person's: 'Komisi Pemberantasan Korupsi' stays whole)
    body = "Komisi Pemberantasan Korupsi mengatakan, pihaknya akan memanggil tiga saksi pekan depan."
    assert [s for s, _, _ in all_id(body)] == ["Komisi Pemberantasan Korupsi"]


def test_a_date_between_the_subject_and_the_report_verb():
    body = ("Menteri Kesehatan Budi Gunadi Sadikin pada 7 September 2020 mengatakan, vaksin akan tiba "
            "bulan depan di Bandara Soekarno-Hatta.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Budi Gunadi Sadikin", "ID")]


def test_an_experts_field_in_lower_case_belongs_to_the_role():
    body = "Pengamat pertanian Budi Santoso menilai, penjualan sayur secara daring membantu petani kecil."
    assert [s for s, _, _ in all_id(body)] == ["Budi Santoso"]
    # (a verb after the title is no field: the report is the one the title itself makes)
    body = "Pengamat menilai Presiden Joko Widodo terlalu cepat melonggarkan pembatasan sosial."
    assert "Joko Widodo" not in [s for s, _, _ in all_id(body)]


def test_the_fields_listed_in_a_bodys_name_are_no_speakers():
    # 'Dinas Tenaga Kerja, Transmigrasi, dan Energi': 'Transmigrasi' between the commas names no one
    body = ("Budi Santoso, Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi Kota Bogor, saat dihubungi "
            "menyatakan siap melaksanakan aturan pendataan pengunjung tersebut.")
    assert [s for s, _, _ in all_id(body)] == ["Budi Santoso"]


def test_an_unnamed_office_is_not_a_holder_the_article_names_only_later():
    body = ('"Lebih dari 150 orang ditangkap di kota itu," kata Gubernur Jawa Barat Ridwan Kamil.\n\n'
            'Jaksa agung Bandung mengatakan, pada tanggal 3 Januari, "Sebanyak 138 orang ditangkap".\n\n'
            '"Sekitar 50 sampai 60 orang ditangkap," kata Jaksa Budi Santoso.')
    speakers = {t: s for s, t, _ in all_id(body)}
    assert speakers["Sebanyak 138 orang ditangkap"] != "Budi Santoso"


def test_raya_closes_a_places_name():
    body = ("Teguh Nugroho, Kepala Ombudsman RI Perwakilan Jakarta Raya, Senin (20/4/2020), menilai pembatasan "
            "sosial belum efektif menekan penularan.")
    assert [s for s, _, _ in all_id(body)] == ["Teguh Nugroho"]
    body = "Ombudsman RI Perwakilan Jakarta Raya menilai pembatasan sosial belum efektif menekan penularan."
    assert [s for s, _, _ in all_id(body)] == ["Ombudsman RI Perwakilan Jakarta Raya"]


def test_a_capitalised_al_opens_or_joins_a_name():
    body = "Pengamat terorisme Al Chaidar mengatakan, penangkapan terduga teroris terus dilakukan polisi."
    assert [s for s, _, _ in all_id(body)] == ["Al Chaidar"]
    body = ("Kepala Satpol PP Kota Bogor Muksin Al Fachry mengatakan, pasar menjadi lokasi kerumunan. "
            "”Jaga jarak di pasar itu agak sulit,” kata Muksin.")
    assert {s for s, _, _ in all_id(body)} == {"Muksin Al Fachry"}
