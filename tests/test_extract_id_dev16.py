"""Indonesian reported speech and speakers (helper h_id17): cue forms found missing in dev16/id and in
the IndoSum sample. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, indirect, reports_of, run

OPENING = "Gubernur Jawa Barat Ridwan Kamil meninjau lokasi banjir di Bandung bersama Kepala Dinas Andri Yansyah.\n\n"


def test_a_passive_cue_with_the_pronoun_between_commas_is_the_last_speakers():
    # pronoun_cues 'dinilainya': 'Hal ini, dinilainya, tidak sebanding ...' (dev16/id)
    body = OPENING + "Hal ini, dinilainya, tidak sebanding dengan kapasitas sungai yang ada di kota itu."
    assert indirect(run(body)) == [("Ridwan Kamil", "tidak sebanding dengan kapasitas sungai yang ada di kota itu")]


def test_an_opening_passive_cue_with_no_agent_is_the_last_speakers():
    # opening_pronoun_cues 'ditambahkan', 'dijelaskan lebih lanjut', 'dikatakannya'
    body = OPENING + ("Ditambahkan, total bantuan yang disalurkan mencapai 500 ton beras untuk warga.\n\n"
                      "Dijelaskan lebih lanjut, tarif terendah adalah Rp 10.000 untuk setiap penumpang.\n\n"
                      "Dikatakannya, akhir tahun ini tanggul itu ditargetkan selesai dibangun.")
    assert indirect(run(body)) == [
        ("Ridwan Kamil", "total bantuan yang disalurkan mencapai 500 ton beras untuk warga"),
        ("Ridwan Kamil", "tarif terendah adalah Rp 10.000 untuk setiap penumpang"),
        ("Ridwan Kamil", "akhir tahun ini tanggul itu ditargetkan selesai dibangun")]


def test_an_opening_cue_before_the_name_and_a_comma_reports_the_clause_after_it():
    # opening_cues: 'Kata Aris, Novel ...', 'Dinilai Indra, faktor ...', 'Dijelaskan oleh Andri, ...'
    body = OPENING + ("Dinilai Ridwan, faktor cuaca berperan besar dalam banjir yang terjadi kali ini.\n\n"
                      "Dijelaskan oleh Andri, pemerintah provinsi akan membangun tanggul baru tahun depan.\n\n"
                      "Kata Ridwan, warga diminta tetap waspada terhadap hujan deras susulan.")
    assert indirect(run(body)) == [
        ("Ridwan Kamil", "faktor cuaca berperan besar dalam banjir yang terjadi kali ini"),
        ("Andri Yansyah", "pemerintah provinsi akan membangun tanggul baru tahun depan"),
        ("Ridwan Kamil", "warga diminta tetap waspada terhadap hujan deras susulan")]


def test_an_opening_passive_cue_is_no_word_of_the_speakers_name():
    # 'Ditambahkan Anies, ...' was read as a speaker named 'Ditambahkan Anies'
    body = ("Gubernur DKI Jakarta Anies Baswedan menerima rombongan duta besar di Balai Kota.\n\n"
            "Ditambahkan Anies, dalam pertemuan tersebut para duta besar berjanji akan berinvestasi di Jakarta.")
    assert [s for s, _ in indirect(run(body))] == ["Anies Baswedan"]


def test_a_capitalised_word_like_a_cue_opening_a_sentence_reports_nothing():
    # 'Jelas kemenangan itu ...' (clearly), 'Disebutkan media yang berbasis di Turin itu, ...' (the press)
    body = OPENING + ("Jelas kemenangan itu membuat medali perak bukanlah sekadar angan-angan, apalagi bagi Ridwan.\n\n"
                      "Disebutkan media yang berbasis di Turin itu, Chelsea telah mengajukan penawaran.")
    assert indirect(run(body)) == []


def test_a_medical_team_speaks_as_a_group():
    # group_speakers 'tim medis' (dev16/id)
    body = OPENING + "Tim medis menilai, kondisi yang dialami bayi tersebut tergolong sangat langka."
    assert indirect(run(body)) == [("Tim medis", "kondisi yang dialami bayi tersebut tergolong sangat langka")]


def test_a_passive_cue_and_its_agent_inside_a_clause_with_no_commas_report_the_clause():
    # _passive_agent_goes_on: 'kondisi tersebut diakui oleh ahli ortopedi Gaurav Rathore menjadi ...' (dev16/id)
    body = ("Dokter bedah Gaurav Rathore memimpin operasi bayi itu di sebuah rumah sakit di New Delhi.\n\n"
            "Kondisi tersebut diakui oleh ahli ortopedi Gaurav Rathore menjadi tantangan bagi tim dokter bedah.\n\n"
            "Hal itu disampaikan Rathore setelah membuka seminar kesehatan di New Delhi.")
    assert indirect(run(body)) == [
        ("Gaurav Rathore", "Kondisi tersebut diakui oleh ahli ortopedi Gaurav Rathore menjadi tantangan bagi tim dokter bedah")]


def test_a_passive_cue_after_the_sentences_report_verb_leaves_the_report_to_that_verb():
    # 'Retno mengatakan, hal itu diungkapkan oleh Duta Besar ... Rawat pasca ...' is Retno's (dev11/id)
    body = ("Menteri Luar Negeri Retno Marsudi menerima Duta Besar India Pradeep Kumar Rawat di Jakarta.\n\n"
            "Retno mengatakan, hal itu diungkapkan oleh Duta Besar India Pradeep Kumar Rawat seusai bertemu Presiden.")
    assert [s for s, _ in indirect(run(body))] == ["Retno Marsudi"]


def test_an_association_and_a_forces_headquarters_speak_as_bodies():
    # institution_heads 'Asosiasi', 'Markas Besar'; home_institutions 'Markas Besar Polri'
    body = ("Sebuah bom meledak di Terminal Kampung Melayu pada hari Rabu malam.\n\n"
            "Markas Besar Polri menyatakan serangan bom bunuh diri itu diduga dilakukan oleh kelompok teror.\n\n"
            "Asosiasi Serikat Pekerja Indonesia (ASPEK Indonesia) menilai gerakan itu hanya menguntungkan perbankan.")
    assert [(s, c) for s, _, c in reports_of(body, "id")] == [
        ("Markas Besar Polri", "ID"), ("Asosiasi Serikat Pekerja Indonesia", None)]


def test_a_description_of_a_person_with_commas_inside_closed_by_ini_is_the_person_spoken_of():
    # _described_across_commas: 'Artis kelahiran Jakarta, 20 Agustus 1993 ini mengatakan ...'
    body = ("Penyanyi Tina Toon hadir dalam peringatan Hari Kartini di Jakarta pada hari Jumat.\n\n"
            "Artis kelahiran Jakarta, 20 Agustus 1993 ini mengatakan dirinya selalu memperingati Hari Kartini.\n\n"
            "Presiden Joko Widodo, yang hadir di acara itu, mengatakan bahwa perempuan harus terus berkarya.")
    assert [s for s, _ in indirect(run(body))] == ["Tina Toon", "Joko Widodo"]


def test_a_home_body_by_its_short_name_alone_reports():
    # home_body_subject: 'KPU menyatakan bahwa ...', 'Sebelumnya, Bawaslu juga menilai ...'
    body = ("Pemilihan kepala daerah serentak digelar di seluruh Indonesia pada hari Rabu.\n\n"
            "KPU menyatakan bahwa tingkat partisipasi pemilih mencapai 75 persen di seluruh daerah.\n\n"
            "Sebelumnya, Bawaslu juga menilai masih ada pelanggaran kampanye di sejumlah daerah pemilihan.")
    assert reports_of(body, "id") == [
        ("KPU", "tingkat partisipasi pemilih mencapai 75 persen di seluruh daerah", "ID"),
        ("Bawaslu", "masih ada pelanggaran kampanye di sejumlah daerah pemilihan", "ID")]


def test_what_someone_must_say_is_no_report():
    # non_report_words 'harus', 'sebaiknya': 'Pemda harus mengingatkan bahwa relaksasi bukan berarti ...'
    body = ("Pandemi belum berakhir di banyak daerah.\n\n"
            "Pemda harus mengingatkan bahwa relaksasi bukan berarti aktivitas kembali normal seperti sebelumnya.\n\n"
            "Menurut dia, pemerintah sebaiknya menyampaikan bahwa ancaman wabah itu masih ada.")
    assert reports_of(body, "id") == []


def test_data_or_that_alone_named_as_said_attributes_the_sentence_before():
    # passive_attribution 'Data ini diungkapkan oleh ...', 'Itu disampaikan ...'
    body = ("Jumlah kunjungan wisatawan mancanegara ke Indonesia meningkat sampai 1,35 juta pada Juli 2017. "
            "Data ini diungkapkan oleh Badan Pusat Statistik (BPS).")
    assert [s for s, _ in indirect(run(body))] == ["Badan Pusat Statistik"]


def test_an_unnamed_lawyer_of_a_person_is_not_the_person():
    # _phrase_after: a lower-case deputy role before a person's name, no name of the deputy after it
    body = ("Bobbi Kristina Brown meninggal pada 2015 setelah ditemukan tak sadarkan diri di rumahnya.\n\n"
            "\"Gordon harus bertanggung jawab atas kematian Brown,\" kata kuasa hukum Brown kepada wartawan.\n\n"
            "\"Kami akan terus berjuang,\" ujar kuasa hukum Gordon, Toto Ruhanto, kepada wartawan.")
    assert [s for s, _, _ in all_id(body)] == ["kuasa hukum Brown", "Toto Ruhanto"]


def test_a_thing_delivered_by_someone_is_no_report_of_theirs():
    # passive_clause_cues: no 'disampaikan' ('Bantuan serupa disampaikan Politeknik ... berupa ...')
    body = ("Sejumlah lembaga menyumbang alat kesehatan untuk warga Kupang.\n\n"
            "Bantuan serupa disampaikan Politeknik Negeri Kupang berupa satu unit bilik disinfektan.")
    assert indirect(run(body)) == []
