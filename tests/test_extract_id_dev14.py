"""Indonesian speakers, reports and speaker countries (dev14, with the older sets and the IndoSum
sample): product names, unnamed sources with a trailer, names written with a detokenised hyphen.
Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, direct, run, quote_fields


# ---- a product's name is no person ------------------------------------------------------------


def test_a_product_named_after_a_service_noun_is_no_speaker_for_a_later_pronoun_cue():
    # ('Lino Business Connect' reads as a person 'Business Connect' of 'Lino', the firm named alone)
    body = ("Perusahaan Lino mencatatkan sahamnya di bursa Tokyo. Direktur Budi Santoso hadir dalam peluncuran itu.\n\n"
            "Sebut saja layanan Lino Shopping yang ditujukan untuk pelaku usaha, Lino Business Connect untuk "
            "menghubungkan pembeli dengan penjual.\n\n"
            "\"Penjualan kami naik dua kali lipat,\" imbuhnya.\n\n"
            "Kini layanan Lino Business Connect dipakai di sepuluh kota.")
    assert [s for s, _, _ in direct(run(body))] == ["Budi Santoso"]


def test_a_person_named_after_a_noun_that_is_not_a_product_noun_still_speaks():
    body = ("Program Presiden Joko Widodo itu dimulai tahun lalu.\n\n"
            "\"Kami akan melanjutkannya,\" kata Joko Widodo.")
    assert [s for s, _, _ in direct(run(body))] == ["Joko Widodo"]


# ---- an unnamed source with a trailer after the description -----------------------------------


def test_an_unnamed_source_before_kepada_is_the_speaker():
    body = ("Budi Santoso dikabarkan meninggalkan negara itu.\n\n"
            "\"Dia sudah pergi,\" kata seorang sumber partai kepada kantor berita Reuters, Jumat (25/8).")
    assert [s for s, _, _ in direct(run(body))] == ["seorang sumber partai"]


# ---- a name written with a detokenised hyphen --------------------------------------------------


def test_a_name_with_a_spaced_hyphen_before_its_last_syllables_is_one_name():
    # (IndoSum writes 'Chan-ocha' as 'Chan - ocha'; the full name is the listed official's)
    body = "Perdana Menteri Prayuth Chan - ocha mengatakan semua perbatasan sudah diawasi aparat keamanan."
    assert [(s, c) for s, _, c in all_id(body)] == [("Prayuth Chan-ocha", "TH")]


def test_a_reduplicated_word_after_a_spaced_hyphen_is_no_part_of_a_name():
    body = "Menurut Budi Santoso, negara - negara itu sudah sepakat untuk bekerja sama."
    assert [s for s, _, _ in all_id(body)] == ["Budi Santoso"]


# ---- the state of the story: a lower-case title, security officers -------------------------------


def test_a_title_written_in_lower_case_still_names_the_story_state():
    # (IndoSum titles are lower case after their first letter: 'meksiko' is Mexico)
    body = ("Kerusuhan pecah di sebuah penjara di Meksiko pada Kamis. Kepala keamanan AS sedang berkunjung "
            "ke Meksiko saat itu.\n\n"
            "Seorang petugas keamanan mengatakan bahwa perkelahian itu terjadi antara dua geng.")
    found = [(s, c) for s, _, c in all_id_titled(body, "Perang antargeng di penjara meksiko 28 tewas")]
    assert found == [("Seorang petugas keamanan", "MX")]


def test_a_short_state_form_in_a_lower_case_title_counts_for_its_state():
    # ('as' in a lower-case title is 'AS': the title names two states, none stands out)
    body = ("Kerusuhan pecah di sebuah penjara di Meksiko pada Kamis. Kepala keamanan AS sedang berkunjung "
            "ke Meksiko saat itu.\n\n"
            "Seorang petugas keamanan mengatakan bahwa perkelahian itu terjadi antara dua geng.")
    found = [(s, c) for s, _, c in all_id_titled(body, "As dan meksiko bahas kerusuhan penjara")]
    assert found == [("Seorang petugas keamanan", None)]


def test_an_office_in_apposition_before_a_rank_and_name_is_the_persons_role():
    body = ("\"Menhan AS menyampaikan permohonan maaf,\" kata Kepala Pusat Komunikasi Publik Kemenhan, "
            "Brigjen Totok Sugiarto kepada wartawan, Senin (23/10).")
    sheet = run(body, title="Menhan as minta maaf soal panglima tni")
    assert [(q["speaker"], q["role"], q["country"]) for q in sheet["quotes"]] == [
        ("Totok Sugiarto", "Kepala Pusat Komunikasi Publik Kemenhan", "ID")]


def all_id_titled(body, title):
    return quote_fields(body, "speaker", "text", "country", title=title)


# ---- two speakers joined as one subject ----------------------------------------------------------


def test_two_states_joined_as_the_subject_each_report_the_clause():
    body = ("Sementara itu, Amerika Serikat dan Korea Selatan menuding bahwa sebenarnya rezim Korut "
            "merupakan dalang di balik pembunuhan itu.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Amerika Serikat", "US"), ("Korea Selatan", "KR")]


def test_two_officials_joined_as_the_subject_each_report_the_clause():
    body = ("Presiden AS Donald Trump dan Presiden Korsel Moon Jae - in lewat panggilan telepon sama-sama "
            "menyatakan akan terus bekerja sama dalam menghadapi Korut.")
    assert [(s, c) for s, _, c in all_id(body)] == [("Donald Trump", "US"), ("Moon Jae-in", "KR")]


def test_fields_of_one_body_joined_by_dan_are_no_two_speakers():
    body = "Kementerian Hukum dan HAM mengatakan aturan itu akan segera diterbitkan bulan depan."
    assert [s for s, _, _ in all_id(body)] == ["Kementerian Hukum dan HAM"]


def test_the_last_two_of_a_list_are_no_joint_subject():
    body = ("Jakarta, CNN Indonesia -- Amerika Serikat, Australia dan Jepang meminta negara-negara Asia "
            "Tenggara memastikan kode etik itu mengikat secara hukum.")
    assert "Jepang" not in [s for s, _, _ in all_id(body)]


def test_two_people_in_apposition_after_a_comma_are_no_joint_subject():
    body = ("Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan "
            "Widyardana Putra mengatakan panwas akan diberikan bimbingan teknis dalam setiap tahapan.")
    speakers = [s for s, _, _ in all_id(body)]
    assert len(speakers) == 1 and not any("Sunadra" in s for s in speakers)


# ---- a member named in a group subject's apposition ----------------------------------------------


def test_the_member_a_group_subject_names_is_whom_mereka_points_at():
    body = ("Pejabat AS dan Eropa mengatakan, maskapai diberi waktu hingga 19 Juli.\n\n"
            "Sejumlah kelompok maskapai, termasuk Asosiasi Transportasi Udara Internasional, mengkritik aturan "
            "pemerintah AS ini. Menurut mereka, \"sangat sulit mengejar tenggat waktu tersebut karena kurangnya "
            "teknologi.\"")
    assert [s for s, _, _ in direct(run(body))] == ["Asosiasi Transportasi Udara Internasional"]


# ---- a well-known official's terms of office -----------------------------------------------------


def test_a_fed_governor_before_he_chaired_the_fed_speaks_for_the_us():
    from generator.extract.officials import official_country
    import datetime as dt

    assert official_country("Jerome Powell", dt.date(2017, 11, 3)) == "US"
    assert official_country("Jerome Powell", dt.date(2011, 1, 1)) is None


# ---- where a report ends, how short it may be, and what is no report -----------------------------


def test_a_report_ends_where_a_new_subject_answers_the_statement_itself():
    body = ("Pengacara Budi mengatakan kliennya tidak bisa hadir karena sakit namun pengadilan menolak "
            "pernyataan itu dan menunda vonis pada sidang berikutnya.")
    assert indirect_of(body) == [("Pengacara Budi", "kliennya tidak bisa hadir karena sakit")]


def test_a_claim_of_one_word_closing_the_sentence_is_a_report():
    body = "Siti Aisyah ditahan di Malaysia.\n\nSiti sendiri sebelumnya mengaku dijebak."
    assert indirect_of(body) == [("Siti Aisyah", "dijebak")]


def test_a_short_phrase_after_a_verb_that_makes_no_claim_is_still_no_report():
    body = "Budi Santoso ditahan di Malaysia.\n\nBudi sendiri sebelumnya mengatakan tidak tahu."
    assert indirect_of(body) == []


def test_a_verb_in_a_relative_clause_after_auxiliaries_is_no_report_of_the_subject():
    body = ("Untuk melaksanakannya, Merkel diprediksi akan membuat koalisi kaki tiga yang akan mengajak "
            "kelompok liberal Free Democrat Party (FDP) dan kelompok lain untuk bergabung.")
    assert indirect_of(body) == []


def indirect_of(body):
    return [(q["speaker"], q["text"]) for q in run(body)["quotes"] if q["kind"] == "indirect"]


def test_a_participle_clause_before_the_subject_leaves_the_main_report():
    body = ("Direktur Budi Santoso hadir di Jakarta.\n\n"
            "Tanpa mengungkap angka pasti, Budi mengakui jika perusahaan siap menggelontorkan uang untuk ekspansi.")
    assert indirect_of(body) == [("Budi Santoso", "perusahaan siap menggelontorkan uang untuk ekspansi")]


def test_menginformasikan_bahwa_reports_a_clause():
    body = ("Komisi Pemberantasan Korupsi (KPK) menginformasikan bahwa penyidik itu akan menjalani operasi "
            "tambahan di Singapura.")
    assert indirect_of(body) == [("Komisi Pemberantasan Korupsi",
                                  "penyidik itu akan menjalani operasi tambahan di Singapura")]


def test_a_place_closing_an_office_before_the_holders_name_in_apposition_is_no_name():
    body = ("Malaysia akan memulai proses pengadilan itu.\n\n"
            "\"Kami akan mulai pada Oktober,\" ujar Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin, "
            "sebagaimana dikutip Reuters.")
    assert [s for s, _, _ in direct(run(body))] == ["Azmi Ariffin"]


def test_a_domestic_office_of_a_place_in_apposition_is_the_persons_role_and_state():
    body = ("Sebuah perkelahian pecah di penjara Meksiko di Acapulco. Acapulco adalah kota terbesar di Guerrero, "
            "Meksiko.\n\n"
            "Petugas keamanan Guerrero, Roberto Alvarez mengatakan bahwa perkelahian itu terjadi antara dua geng.")
    sheet = run(body, title="Perang antargeng di penjara meksiko")
    assert [(q["speaker"], q["role"], q["country"]) for q in sheet["quotes"]] == [
        ("Roberto Alvarez", "Petugas keamanan Guerrero", "MX")]
