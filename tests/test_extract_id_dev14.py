"""Indonesian speakers, reports and speaker countries (dev14, with the older sets and the IndoSum
sample): product names, unnamed sources with a trailer, names written with a detokenised hyphen.
Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, direct, run


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
    return [(q["speaker"], q["text"], q["country"]) for q in run(body, "id", title=title)["quotes"]]
