"""Indonesian speakers the extractor gave no role (helper h_idrole31): the office the article writes for
the person elsewhere. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _people(body: str, title: str | None = "T") -> set[tuple]:
    return {(q["speaker"], q["role"], q["country"]) for q in run(body, "id", title=title)["quotes"]}


# ---- 'NAME (SHORT) selaku <office>' anywhere in the article is the person's office ------------------

def test_an_office_after_selaku_far_from_the_quote_is_the_speakers():
    body = ("Pemeriksaan itu dilakukan terhadap Sudarmo selaku Kepala Dinas Perhubungan Kabupaten Sukamaju.\n"
            "Persidangan akan dilanjutkan minggu depan untuk mendengar saksi lain.\n"
            "\"Kami sudah menyerahkan semua dokumen,\" kata Sudarmo.")
    assert _people(body) == {("Sudarmo", "Kepala Dinas Perhubungan Kabupaten Sukamaju", "ID")}


def test_an_office_after_selaku_at_the_cue_is_the_speakers():
    body = "\"Kami sudah menyerahkan semua dokumen,\" kata Sudarmo Wijaya selaku Kepala Dinas Perhubungan Sukamaju."
    assert _people(body) == {("Sudarmo Wijaya", "Kepala Dinas Perhubungan Sukamaju", "ID")}


def test_a_firms_office_after_selaku_gives_the_role_and_no_state():
    # (the role keeps a company's man from a state a headline or the story would give him)
    body = ("Jaksa mendakwa Hartono Salim (HS) selaku Direktur Utama PT Sinar Jaya Abadi sejak 2012.\n"
            "\"Saya tidak pernah memberikan janji kepada pejabat,\" kata Hartono.")
    assert _people(body) == {("Hartono", "Direktur Utama PT Sinar Jaya Abadi", None)}


def test_selaku_before_no_office_gives_no_role():
    body = ("Rapat itu juga dihadiri Sudarmo Wijaya selaku korban penipuan investasi.\n"
            "\"Kami sudah menyerahkan semua dokumen,\" kata Sudarmo.")
    assert _people(body) == {("Sudarmo Wijaya", None, None)}


# ---- a headline's state office over a two-word speaker first named at a quote's cue ---------------

def test_a_two_word_speaker_first_named_at_the_cue_speaks_for_the_headlines_office():
    title = "Komisi V DPR Minta Polisi Usut Kecelakaan Bus di Tol Cipali"
    body = ("\"Kami berharap polisi tidak sekadar melihat ini sebagai kecelakaan biasa,\" kata Rudi Hartawan "
            "kepada wartawan, Senin (20/10/2025).\n"
            "Rudi juga meminta Kementerian Perhubungan memeriksa izin perusahaan otobus itu.")
    assert _people(body, title) == {("Rudi Hartawan", None, "ID")}


def test_a_two_word_speaker_introduced_before_the_quote_keeps_no_state():
    # (introduced with no office before any quote: an article that lost no lines, a speaker of no office)
    title = "Komisi V DPR Minta Polisi Usut Kecelakaan Bus di Tol Cipali"
    body = ("Menurut Rudi Hartawan, warga sekitar tol sudah lama mengeluhkan kecepatan bus.\n"
            "\"Kami berharap polisi tidak sekadar melihat ini sebagai kecelakaan biasa,\" kata Rudi Hartawan "
            "kepada wartawan, Senin (20/10/2025).")
    assert _people(body, title) == {("Rudi Hartawan", None, None)}


# ---- '<office>, NAME' where the apposition closes on the name, any words before the office ----------

_QUOTE = "\n\"Kita harus siaga menghadapi musim hujan,\" kata {}."


def test_an_office_apposed_to_a_name_that_ends_the_sentence_is_the_persons():
    body = "Program itu dipuji oleh Staf Ahli Kepala Badan Pangan Nasional, Rudi Santoso." + \
        _QUOTE.format("Rudi")
    assert _people(body) == {("Rudi Santoso", "Staf Ahli Kepala Badan Pangan Nasional", "ID")}


def test_an_office_with_its_short_form_in_brackets_after_a_fronted_clause_is_the_persons():
    body = ("Terkait hal tersebut, Direktur Jenderal (Dirjen) Cipta Karya, Budi Santosa Wiratmo telah "
            "memerintahkan balai di daerah." + _QUOTE.format("Budi"))
    assert _people(body) == {("Budi Santosa Wiratmo", "Direktur Jenderal (Dirjen) Cipta Karya", "ID")}


def test_an_office_apposed_before_a_name_opening_with_lalu_is_the_persons():
    body = ("Kabar itu dikonfirmasi oleh Direktur Perlindungan WNI Kemlu RI, Lalu Hasan Basri, pada Jumat."
            + _QUOTE.format("Hasan"))
    assert _people(body) == {("Hasan Basri", "Direktur Perlindungan WNI Kemlu RI", "ID")}


def test_a_partys_regional_board_apposed_to_a_name_gives_no_state():
    body = "Berkas pendaftaran itu diterima Sekretaris DPD PDIP Jawa Tengah, Sutrisno Hadi." + _QUOTE.format("Sutrisno")
    assert all(country is None for _, _, country in _people(body))


def test_an_office_inside_a_fronted_clause_before_a_subject_stays_out():
    # (the name opens a clause of its own: the office belongs to the clause before the comma)
    body = "Saat ditemui di Kantor Gubernur Jawa Timur, Budi Santoso mengatakan warga harus siaga." + \
        _QUOTE.format("Budi")
    assert all(role is None for _, role, _ in _people(body))


def test_capitalised_words_of_a_body_stay_the_offices_though_its_last_word_stands_elsewhere():
    # ('Nasional' elsewhere only inside another capitalised name: no surname of a person named again)
    body = ("Lomba itu diikuti pelajar dari sepuluh sekolah peserta Jaminan Kesehatan Nasional.\n"
            "Lomba ini pun dipuji oleh Staf Ahli Kepala Badan Pangan Nasional, Rudi Santoso. "
            "Menurutnya, langkah ini baik.\n\"Makanan bergizi itu penting,\" ujarnya.")
    assert _people(body) == {("Rudi Santoso", "Staf Ahli Kepala Badan Pangan Nasional", "ID")}

