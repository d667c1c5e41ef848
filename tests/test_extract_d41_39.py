"""Readings found in dev41's errors: a challenge to an addressee to act, information passed on 'dari' a named
source, a captain's abbreviated rank, a fronted topic with a list inside it or before a three-word clause, letting
out a plan ('membocorkan'), a body's name with a comma inside after a source opener, a description closed by
'tersebut' whose last word the phrase reader takes for a name, and a pronoun with an auxiliary after a connector
('Namun ia juga meminta ...'). Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_LEAD = "\"Kami siap diperiksa kapan saja,\" kata Ketua Fraksi Budi Santoso di Jakarta, Senin.\n\n"


def _reports(body):
    """(speaker, text) of the reports of `body` after a lead that names the speaker with a quote."""
    return indirect(run(_LEAD + body, "id"))


# ---- 'menantang X untuk ...': the act asked of the addressee, from the addressee on ---------------

def test_a_challenge_to_an_addressee_to_act_is_reported_from_the_addressee():
    assert _reports("Budi sempat menantang KPK untuk membuktikan keterlibatannya dalam kasus itu.") == \
        [("Budi Santoso", "KPK untuk membuktikan keterlibatannya dalam kasus itu")]


def test_a_challenge_with_no_act_asked_is_no_report():
    # not: a match, a dare told as an act, a test put to something, nor 'challenging'
    assert _reports("Persija akan menantang Persib pada pekan ke-31 di Stadion Utama.") == []
    assert _reports("Budi bahkan pernah menantang seorang suporter berkelahi, ketika rekannya diejek.") == []
    assert _reports("Aturan baru itu menantang bagaimana perusahaan menyeimbangkan risiko dan biaya untuk keamanan.") \
        == []


def test_challenging_as_an_adjective_leaves_the_next_pronoun_alone():
    body = ("Vinny Capaldo - Smith adalah seniman tato yang ingin melamar kekasihnya, Brooke Wodark dengan cara yang "
            "unik dan menantang.\n\nMomen ini terjadi di studio tempat Capaldo - Smith bekerja dimana ia meminta "
            "kekasihnya untuk mencoba membuat tato di tubuhnya.")
    assert [q[0] for q in indirect(run(body, "id"))] == ["Vinny Capaldo"]


# ---- 'Menurut informasi dari NAME, ...': the named source's information ---------------------------

def test_information_from_a_named_officer_is_the_officers():
    body = ("Menurut informasi dari Kanit Laka Polres Bogor Ipda Asep, pengemudi bus itu tidak mengantongi STNK dan "
            "tidak memiliki SIM.")
    assert indirect(run(body, "id")) == [("Asep", "pengemudi bus itu tidak mengantongi STNK dan tidak memiliki SIM")]


def test_information_from_no_one_named_is_no_report():
    body = "Berdasarkan informasi dari masyarakat sekitar, longsor itu terjadi sekitar pukul 03.00 WIB."
    assert indirect(run(body, "id")) == []


def test_a_body_whose_name_has_a_comma_inside_is_not_cut_at_the_comma():
    # not 'Badan Meteorologi' reporting 'Klimatologi dan Geofisika (BMKG) gempa ...'
    body = ("Berdasarkan informasi dari Badan Meteorologi, Klimatologi dan Geofisika (BMKG) gempa berkekuatan 4,9 SR "
            "berpusat di 68 kilometer selatan Palabuhanratu.")
    assert [q for q in indirect(run(body, "id")) if q[0] == "Badan Meteorologi"] == []


# ---- 'Capt.' before a name does not end the sentence ----------------------------------------------

def test_a_captains_abbreviated_rank_does_not_end_the_sentence():
    body = ("\"Aturan itu sangat diperlukan,\" kata Presiden KPI Capt. Hasudungan Tambunan di Jakarta.\n\n"
            "Menurut Capt. Hasudungan, saat ini sudah banyak ketentuan nasional yang merujuk pada konvensi itu.")
    sheet = run(body, "id")
    assert [q["speaker"] for q in sheet["quotes"]] == ["Hasudungan Tambunan", "Hasudungan Tambunan"]
    assert indirect(sheet) == [("Hasudungan Tambunan",
                                "saat ini sudah banyak ketentuan nasional yang merujuk pada konvensi itu")]


# ---- a fronted topic phrase: a list inside it, and a three-word clause after the cue --------------

def test_a_fronted_topic_with_a_list_inside_gives_the_whole_sentence():
    text = ("Soal rasa kuah yang berbeda dengan masakan berkuah lainnya, seperti gulai, kari ataupun semur, Budi "
            "mengatakan itu tergantung tangan si peracik")
    assert _reports(text + ".") == [("Budi Santoso", text)]


def test_a_fronted_topic_before_a_three_word_clause_gives_the_whole_sentence():
    text = "Mengenai kemungkinan Aziz menjadi Ketua DPR, Budi mengatakan semua kader berpeluang"
    assert _reports(text + ".") == [("Budi Santoso", text)]


def test_a_fronted_topic_before_three_words_that_are_no_clause_of_their_own_stays_out():
    # not: a refusal opening with an auxiliary, a request verb kept with its object
    assert _reports("Soal jadwal rapat pleno, Budi mengatakan belum bisa memaparkan.") == \
        [("Budi Santoso", "belum bisa memaparkan")]
    assert _reports("Terkait kota tujuan, Budi menyarankan kota Kyoto.") == [("Budi Santoso", "menyarankan kota Kyoto")]


def test_a_pointer_back_then_an_office_in_apposition_is_no_topic():
    # 'Terkait hal tersebut,' points back; the comma of the apposition after it opens no topic
    body = ("Terkait hal tersebut, Direktur Jenderal Bina Marga, Arie Setiadi telah menginstruksikan kepada balai "
            "jalan di daerah untuk meningkatkan peran penilik jalan.")
    assert [t for _, t in indirect(run(body, "id"))] == [
        "menginstruksikan kepada balai jalan di daerah untuk meningkatkan peran penilik jalan"]


# ---- 'membocorkan bahwa ...': letting out a plan, with 'bahwa' or a comma --------------------------

def test_letting_out_a_plan_reports_its_clause():
    assert _reports("Budi membocorkan bahwa nantinya akan ada rencana untuk menjual produk itu di beberapa restoran.") \
        == [("Budi Santoso", "nantinya akan ada rencana untuk menjual produk itu di beberapa restoran")]
    assert _reports("Budi membocorkan, proyek mereka akan ada hubungannya dengan anak-anak.") == \
        [("Budi Santoso", "proyek mereka akan ada hubungannya dengan anak-anak")]


def test_leaking_a_thing_is_no_report():
    assert _reports("Budi membocorkan beberapa dokumen negara kepada kerabatnya.") == []


# ---- a description closed by 'tersebut' with a capitalised word at its end is the last speaker ----

def test_a_description_ending_in_an_organisations_name_is_the_one_spoken_of_last():
    body = ("Bakal calon Gubernur Jawa Timur Budi Santoso meyakini polemik itu mengandung hikmah.\n\n"
            "\"Setiap kejadian pasti mengandung hikmah,\" ujarnya di Surabaya, Sabtu.\n\n"
            "\"Siapa yang akan mendampingi saya, itu juga yang terbaik,\" kata mantan ketua umum GP Ansor tersebut.")
    assert [q["speaker"] for q in run(body, "id")["quotes"]] == ["Budi Santoso"] * 3


def test_a_person_named_before_the_description_is_still_that_person():
    body = ("Menteri Budi Santoso hadir dalam acara itu.\n\n\"Kami akan datang,\" kata Dewi Lestari.\n\n"
            "\"Semua sudah siap,\" kata Menteri Budi itu.")
    assert [q["speaker"] for q in run(body, "id")["quotes"]] == ["Dewi Lestari", "Budi Santoso"]


# ---- a connector, a pronoun and an auxiliary before the report verb ('Namun ia juga meminta ...') --

def test_a_pronoun_after_a_connector_with_an_auxiliary_is_the_subject():
    assert _reports("Namun ia juga meminta agar para pemangku kepentingan turut diundang dalam rapat itu.") == \
        [("Budi Santoso", "meminta agar para pemangku kepentingan turut diundang dalam rapat itu")]
    assert _reports("Tapi dia sempat menegaskan bahwa pemerintah belum menerbitkan aturan itu.") == \
        [("Budi Santoso", "pemerintah belum menerbitkan aturan itu")]


def test_a_pronoun_with_an_auxiliary_before_no_report_verb_reports_nothing():
    assert _reports("Namun ia juga hadir dalam rapat itu bersama para pengurus.") == []


def test_a_pronoun_with_a_negation_after_a_connector_is_no_report():
    # not: 'tak' read as one of the auxiliaries between the pronoun and the verb
    assert _reports("Namun ia tak langsung meminta Noah, putranya, untuk langsung berpuasa sehari penuh.") == []
