"""Indonesian quote recall and speaker names (dev13, with dev10-dev12 and the IndoSum sample): the police
as a body, 'mereka' after a body, 'menurutnya' inside a sentence, adverbs of frequency in a reported clause.
Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


# ---- the police as a body ---------------------------------------------------------------------


def test_police_opening_a_report_speak_even_where_the_story_writes_polisi_lower_case():
    # (a word the article also writes in lower case is no name when it opens a sentence)
    body = ("Para pelaku melarikan diri dan kini dalam pengejaran polisi.\n\n"
            "Polisi menyatakan tengah mencari pengemudi dan mobil tersebut.")
    assert ("Polisi", "tengah mencari pengemudi dan mobil tersebut") in indirect(run(body))


def test_mereka_after_a_body_points_at_the_body_not_at_the_last_person():
    body = ("Wali Kota Bandung, Budi Santoso, mengatakan mobil itu sempat diparkir di sebuah gang.\n\n"
            "Para pelaku kini dalam pengejaran polisi.\n\n"
            "Polisi menyatakan tengah mencari pengemudi dan mobil tersebut. Menurut mereka, kendaraan itu "
            "berwarna gelap dan diduga bermerk BMW.")
    found = indirect(run(body))
    assert ("Polisi", "kendaraan itu berwarna gelap dan diduga bermerk BMW") in found
    assert ("Budi Santoso", "kendaraan itu berwarna gelap dan diduga bermerk BMW") not in found


def test_mereka_after_a_person_stays_with_the_person():
    body = ("Budi Santoso dan para petani menemui bupati.\n\n"
            "Budi Santoso mengatakan panen tahun ini gagal. Menurut mereka, harga pupuk terlalu mahal.")
    assert ("Budi Santoso", "harga pupuk terlalu mahal") in indirect(run(body))


# ---- 'menurutnya' inside a sentence -------------------------------------------------------------


def test_menurutnya_between_subject_and_predicate_reports_the_whole_sentence():
    body = ("Ketua serikat nelayan Azhar Kasim mengatakan nelayan kerap ditangkap.\n\n"
            "Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut.")
    assert ("Azhar Kasim", "Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut") \
        in indirect(run(body))


def test_menurutnya_inside_a_relative_clause_is_no_report_of_the_sentence():
    body = ("Budi Santoso hadir di Jakarta.\n\n"
            "Ia mengkritik kebijakan yang menurutnya merugikan petani kecil di desa.")
    assert not any("mengkritik" in text for _, text in indirect(run(body)))


# ---- adverbs of frequency mark a reported clause -----------------------------------------------


def test_an_adverb_of_frequency_after_the_subject_makes_the_complement_a_clause():
    body = ("Azhar Kasim hadir di Jakarta.\n\n"
            "Azhar mencatat kasus penangkapan serupa sering terjadi. Para nelayan ditangkap.")
    assert ("Azhar Kasim", "kasus penangkapan serupa sering terjadi") in indirect(run(body))


# ---- speaker names: outlets, degrees, particles, an office in apposition ------------------------


def test_an_outlet_that_lost_its_article_is_no_speaker():
    body = "Namun, The Sun melaporkan bahwa gadis tersebut tinggal bersama keluarganya di bagian timur Inggris."
    assert indirect(run(body)) == []


def test_a_surname_that_is_also_an_outlets_word_still_speaks():
    body = "Menteri Luar Negeri Korea Selatan Sun Min-ho mengatakan bahwa perundingan akan dilanjutkan pekan depan."
    assert [s for s, _ in indirect(run(body))] == ["Sun Min-ho"]


def test_an_academic_degree_after_the_name_is_no_speaker():
    for degree in ("P.hd", "Ph.D", "M.Si", "S.H., M.H."):
        body = f"Pengamat Budi Santoso, {degree} mengatakan, kawasan gambut memiliki dua fungsi."
        assert indirect(run(body)) == [("Budi Santoso", "kawasan gambut memiliki dua fungsi")], degree


def test_name_particles_after_a_bodys_name_end_a_persons_name():
    body = "Presiden Komisi Eropa Ursula von der Leyen mengatakan bahwa Uni Eropa akan memberikan bantuan."
    assert indirect(run(body)) == [("Ursula von der Leyen", "Uni Eropa akan memberikan bantuan")]


def test_an_office_at_a_body_in_apposition_after_a_full_name():
    for office in ("Presiden Asahi Glass", "CEO Asahi Glass"):
        body = f"Takuya Shimamura, {office}, mengatakan bahwa pabrik baru akan dibangun."
        assert indirect(run(body)) == [("Takuya Shimamura", "pabrik baru akan dibangun")], office


def test_a_police_source_with_a_long_relative_clause_after_a_trailing_cue():
    body = ("Di kota Bandipora, seorang remaja tewas akibat terkena tabung gas air mata di bagian kepala, kata "
            "polisi yang tak ingin disebut namanya karena tak memiliki wewenang berbicara kepada wartawan kepada AFP.")
    assert indirect(run(body)) == [
        ("polisi", "Di kota Bandipora, seorang remaja tewas akibat terkena tabung gas air mata di bagian kepala")]


# ---- unnamed speakers described after the cue; appositions and speech events that report nothing --


def test_a_kind_of_person_described_after_the_cue_is_the_speaker():
    body = ("Ribuan warga bersiap menggelar demonstrasi.\n\n"
            "\"Anak-anak turun ke jalan dengan batu-batu. Itu senjata mereka,\" kata dokter gigi berusia 51 "
            "yang mempersiapkan berkotak-kotak tinja di rumahnya.\n\n"
            "\"Salah satu pasien saya mengumpulkan tinja dari anaknya,\" lanjut dia lagi.")
    who = "dokter gigi berusia 51 yang mempersiapkan berkotak-kotak tinja di rumahnya"
    assert [s for s, _, _ in all_id(body)] == [who, who]
    assert all_id("\"Kami sangat sedih,\" kata ayah korban.") == [("ayah korban", "Kami sangat sedih", None)]


def test_a_name_in_apposition_after_the_description_is_the_speaker():
    body = ("\"Kami melihat anak-anak sekarat di sekitar kami,\" kata ayah dari salah seorang pasien, Vijay, "
            "seperti dilansir dari laman Washington Post, Minggu (13/8).")
    assert [s for s, _, _ in all_id(body)] == ["Vijay"]


def test_who_the_speaker_is_after_a_cue_opening_the_sentence_is_no_report():
    body = ("\"Skema beras itu membuat petani sejahtera lewat pemasukan tetap,\n\n"
            "kata Paisan Pachanda, petani berusia 59 tahun sekaligus pemimpin koperasi di Khon Kaen.")
    assert indirect(run(body)) == []
    # (a clause after a cue inside the sentence is still reported)
    body = "Saat ini, kata Retno Listyarti, guru itu belum dapat diminta keterangan karena tengah dirawat."
    assert indirect(run(body)) == [("Retno Listyarti", "guru itu belum dapat diminta keterangan karena tengah dirawat")]


def test_a_speech_given_somewhere_reports_nothing():
    body = ("Selain berlibur, Obama juga diundang untuk menyampaikan pidato di Kongres Diaspora Indonesia "
            "yang akan berlangsung di Jakarta pada 1 Juli mendatang.")
    assert indirect(run(body)) == []
    body = "Presiden Joko Widodo menyampaikan bahwa pidato itu akan disiarkan langsung."
    assert indirect(run(body)) == [("Joko Widodo", "pidato itu akan disiarkan langsung")]


# ---- firms named by their English kind; the second verb after a short act ----------------------


def test_a_firm_named_by_its_english_kind_speaks():
    body = "Maskapai itu digugat. Pihak United Airlines juga mengatakan telah membebastugaskan dua petugas."
    assert indirect(run(body)) == [("United Airlines", "telah membebastugaskan dua petugas")]


def test_the_second_verbs_clause_stands_after_a_short_act():
    body = ("Maskapai itu digugat. Pihak United Airlines juga telah dua kali meminta maaf dan berjanji kejadian "
            "serupa tidak akan pernah terulang lagi.")
    assert indirect(run(body)) == [("United Airlines", "kejadian serupa tidak akan pernah terulang lagi")]


def test_speeches_given_about_something_report_nothing():
    body = ("Aparat kepolisian berjaga di lokasi. Mereka menyampaikan orasi-orasi politik tentang pembebasan Papua "
            "dalam lingkaran penjagaan ketat.")
    assert indirect(run(body)) == []


def test_a_pronoun_cue_opening_the_sentence_reports_the_clause_after_its_comma():
    body = ("Kapolsek Kuta Iptu Ario Seno mengatakan korban jatuh dari lantai tiga.\n\n"
            "Lanjutnya, kemudian saksi naik ke lantai 3 dan memantau situasi dari atas gedung.")
    assert ("Ario Seno", "kemudian saksi naik ke lantai 3 dan memantau situasi dari atas gedung") \
        in indirect(run(body))
    # ('Jelasnya,' is an adverb: in short)
    body = ("Kapolsek Kuta Iptu Ario Seno mengatakan korban jatuh dari lantai tiga.\n\n"
            "Jelasnya, kejadian itu berlangsung sangat cepat di malam hari.")
    assert len(indirect(run(body))) == 1


def test_menurut_dia_between_subject_and_predicate_reports_the_whole_sentence():
    body = ("Jurnalis Jewel Topsfield menulis bahwa keputusan itu mengejutkan. Apalagi hal itu menurut dia "
            "dilakukan secara sepihak oleh Panglima.")
    assert ("Jewel Topsfield", "Apalagi hal itu menurut dia dilakukan secara sepihak oleh Panglima") \
        in indirect(run(body))
