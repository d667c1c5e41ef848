"""Indonesian reported speech and speakers (the thirteenth session's rules from dev15/id's errors and the
IndoSum sample). Texts written for these tests, or small pieces of IndoSum text where a comment names
the source."""
from __future__ import annotations

from .extract_cases import all_id, reports_of


# ---- 'menyebut <subject> <verb>': a clause with no marker word ---------------------------------

def test_a_noun_subject_and_its_own_verb_make_a_report_clause():
    # IndoSum 'Terdakwa e-KTP beri 1,2 juta dolar AS ke Miryam': 'Sugiharto menyebut uang diberikan 4 kali'
    assert reports_of("Sugiharto Wiryo menyebut uang diberikan empat kali berturut-turut.", "id") == [
        ("Sugiharto Wiryo", "uang diberikan empat kali berturut-turut", None)]
    # an active verb after a subject with a place in it
    body = "Polda Jawa Barat menyebut pembakaran markas itu di Bogor bermula dari kabar bohong di media sosial."
    assert [t for _, t, _ in reports_of(body, "id")] == [
        "pembakaran markas itu di Bogor bermula dari kabar bohong di media sosial"]


def test_a_noun_phrase_object_then_a_second_act_or_an_adjunct_is_no_clause():
    for body in ("Budi Santoso menyebut nama itu dan meminta polisi menangkapnya.",
                 "Budi Santoso melaporkan teror itu kepada Kapolri sehingga didapatkan foto korban.",
                 "Budi Santoso mengakui kecerobohannya saat menyetir mobil itu.",
                 "Budi Santoso melaporkan Novel ke Polda Metro Jaya dengan dugaan pencemaran nama baik.",
                 "Budi Santoso menepis empat peluang beruntun dari tim lawan."):
        assert reports_of(body, "id") == [], body


# ---- 'Hal tersebut disampaikan oleh X': the sentence before is X's report ----------------------

def test_a_passive_attribution_makes_the_sentence_before_its_report():
    # IndoSum 'Mendag segera rilis batas atas dan bawah harga pangan' (the dateline is no part of it)
    body = ("Jakarta, CNN Indonesia -- Pemerintah telah menyepakati harga batas atas dan harga batas bawah "
            "sejumlah komoditas pangan. Hal tersebut disampaikan oleh Menteri Perdagangan Enggartiasto Lukita.")
    assert reports_of(body, "id") == [("Enggartiasto Lukita", "Pemerintah telah menyepakati harga batas atas dan "
                                       "harga batas bawah sejumlah komoditas pangan", "ID")]
    # the report in the paragraph before, and 'langsung' before the agent
    body = ("Lebih dari 600 anjing telah dilengkapi bom oleh kelompok itu untuk menyerang pasukan.\n\n"
            "Hal tersebut diungkapkan langsung oleh Menteri Pertahanan Budi Santoso.")
    assert [(s, t) for s, t, _ in reports_of(body, "id")] == [
        ("Budi Santoso", "Lebih dari 600 anjing telah dilengkapi bom oleh kelompok itu untuk menyerang pasukan")]


def test_a_sentence_with_a_quote_or_a_similar_view_is_not_made_a_report_again():
    body = ("\"Kami siap,\" kata Budi Santoso. Hal itu disampaikan oleh Menteri Perdagangan Enggartiasto Lukita.")
    assert [t for _, t, _ in all_id(body)] == ["Kami siap"]
    body = ("Pemerintah telah menyepakati harga batas atas sejumlah komoditas pangan. Hal senada disampaikan oleh "
            "Menteri Perdagangan Enggartiasto Lukita.")
    assert reports_of(body, "id") == []


# ---- 'Name, description ... itu, mengatakan': the description is the name's ------------------

def test_a_description_closed_by_itu_after_a_name_describes_that_name():
    body = ("\"Saya sangat bahagia,\" kata Teerapong Chandam, warga lokal.\n\n"
            "Kan Rittiplang, manajer lapangan kelompok itu, mengatakan semua ranjau tersebut akan segera dibersihkan.")
    assert reports_of(body, "id") == [("Kan Rittiplang", "semua ranjau tersebut akan segera dibersihkan", None)]
    # (after an opening phrase, such a description is still the person spoken of before)
    body = ("Raffi Ahmad datang ke makam itu. Lucunya, ketika ditanya wartawan, presenter acara itu mengaku "
            "tidak tahu kabar tersebut.")
    assert [s for s, _, _ in reports_of(body, "id")] == ["Raffi Ahmad"]


# ---- '," kata saksi mata.': an unnamed speaker in lower case after the cue ----------------------

def test_a_lower_case_noun_phrase_after_the_cue_is_an_unnamed_speaker():
    # IndoSum 'Anggota geng motor tewas terlindas truk sampah saat konvoi': '," kata rekan korban.'
    for desc, who in (("rekan korban", "rekan korban"), ("saksi mata", "saksi mata"),
                      ("pelelang dalam keterangannya di laman eBay", "pelelang")):
        body = f"Hujan turun di Bogor. \"Kami tidak tahu bagaimana kejadiannya,\" kata {desc}."
        assert [(s, t) for s, t, _ in all_id(body)] == [(who, "Kami tidak tahu bagaimana kejadiannya")], desc


def test_a_pronoun_or_a_time_word_after_the_cue_is_no_unnamed_speaker():
    for desc in ("mereka", "kemarin"):
        body = f"Hujan turun di Bogor. \"Kami tidak tahu bagaimana kejadiannya,\" kata {desc}."
        assert [s for s, _, _ in all_id(body)] in ([], [None]), desc


# ---- '..., "kata Trump': a closing mark with its space on the wrong side -----------------------

def test_a_same_style_mark_glued_to_a_cue_and_a_name_closes_the_quote():
    # IndoSum 'Sekjen Partai Komunis Vietnam bahas zona perdagangan di DPR': ', "ujar Meutya.'
    body = ("Meutya Hafid hadir dalam pertemuan itu. \"Bagaimana meningkatkan yang sekarang 6 miliar dolar ke level "
            "yang lebih tinggi, \"ujar Meutya.")
    assert [(s, t) for s, t, _ in all_id(body)] == [
        ("Meutya Hafid", "Bagaimana meningkatkan yang sekarang 6 miliar dolar ke level yang lebih tinggi")]


# ---- 'Menurut pengusaha kayu ini, ...': a described source is the person spoken of --------------

def test_according_to_a_description_closed_by_ini_is_the_person_spoken_of():
    # IndoSum 'Aburizal Bakrie dan Prayogo Pangestu minta pengampunan pajak'
    body = ("\"Kami mendukung,\" kata Prayogo Pangestu. Menurut pengusaha kayu ini, kebijakan itu memberi "
            "kesempatan bagi pengusaha untuk merepatriasi asetnya.")
    assert ("Prayogo Pangestu", "kebijakan itu memberi kesempatan bagi pengusaha untuk merepatriasi asetnya", None) \
        in reports_of(body, "id")
    # (an undescribed group is no one spoken of)
    body = "\"Kami mendukung,\" kata Prayogo Pangestu. Menurut warga, kebijakan itu memberi kesempatan bagi semua."
    assert reports_of(body, "id") == []


def test_a_make_up_artist_described_with_itu_is_the_person_spoken_of():
    # IndoSum 'Make up glamor, ini kuncinya': 'Penata rias berusia 24 tahun itu mengatakan ...'
    body = ("\"Saya senang,\" kata Archangela Chelsea. Penata rias berusia 24 tahun itu mengatakan eyeliner "
            "tidak boleh ditinggalkan.")
    assert ("Archangela Chelsea", "eyeliner tidak boleh ditinggalkan", None) in reports_of(body, "id")


def test_betapa_opens_a_reported_clause():
    # IndoSum 'Hyoyeon jadi personel SNSD yang tersisa di asrama'
    body = ("\"Saya senang,\" kata Kim Hyoyeon. Hyoyeon kemudian menyebut betapa pentingnya penampilan dalam "
            "menunjang pekerjaan dia.")
    assert ("Kim Hyoyeon", "betapa pentingnya penampilan dalam menunjang pekerjaan dia", None) in reports_of(body, "id")


def test_a_name_in_apposition_after_the_unnamed_description_is_the_speaker():
    body = ("\"Keluarga baru mengetahui putusan itu dari media sosial,\" kata peneliti pada Lembaga Bantuan "
            "Hukum Surabaya (LBH), Rina Kartika.")
    assert [s for s, _, _ in all_id(body)] == ["Rina Kartika"]
