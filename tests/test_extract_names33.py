"""Speaker names, roles and quote ends as readers see them (helper tags43): an editor's initials closing the
last paragraph ('... mendatang. (tyo/pit)') are no words of the quote; stacked dotted titles before a name
('Prof. DR. Dr. X', 'Dr. dr. X', 'H.Saudin') are no name and no end of a phrase; titles left at the end of a
role after an office are dropped ('Rektor IPB Prof Dr' -> 'Rektor IPB'); a dotted degree written after the
name is no initial of it ('Fathur Rokhman M.Hum.'); a body no list knows between an office and a name is
the role's when the article shows it ('Ketua Komnas Anak Arist Merdeka Sirait').
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    return quote_fields(body, "speaker", "role", "text")


# ---- an editor's initials closing the paragraph are article furniture --------------------------------

def test_initials_after_the_last_report_are_no_words_of_it():
    body = ("Menteri Keuangan Sri Mulyani mengatakan, pemerintah akan menambah anggaran pendidikan tahun "
            "depan. (bir)")
    assert _quotes(body) == [("Sri Mulyani", "Menteri Keuangan",
                              "pemerintah akan menambah anggaran pendidikan tahun depan")]


def test_slashed_initials_and_an_outlet_credit_close_no_quote():
    body = ("Sri Mulyani menegaskan pemerintah akan menambah anggaran pendidikan tahun depan. (gir/bir)\n\n"
            "Ketua KPU Arief Budiman mengatakan, daftar pemilih akan diperbarui sebelum pemungutan suara. "
            "(Antara)")
    assert [t for _, _, t in _quotes(body)] == [
        "pemerintah akan menambah anggaran pendidikan tahun depan",
        "daftar pemilih akan diperbarui sebelum pemungutan suara"]


def test_an_unclosed_quote_ends_before_the_credit():
    body = ("Wakil Ketua Umum MUI Zainut Tauhid mengatakan, penyambutan itu wajar.\n\n"
            "\"Orang Indonesia itu sangat menghargai para pemimpinnya. Yang terpenting dilakukan dengan "
            "cara-cara yang baik. (Antara)")
    assert _quotes(body)[-1] == ("Zainut Tauhid", "Wakil Ketua Umum MUI",
                                 "Orang Indonesia itu sangat menghargai para pemimpinnya. Yang terpenting "
                                 "dilakukan dengan cara-cara yang baik")


def test_a_gloss_in_brackets_closing_a_quote_stays():
    # ('per kilogram (kg)': a lone lower-case word with no full stop before it is the text's own)
    body = "\"Harga cabai anjlok hingga Rp 6 ribu per kilogram (kg),\" kata Menteri Perdagangan Enggartiasto Lukita."
    assert _quotes(body) == [("Enggartiasto Lukita", "Menteri Perdagangan",
                              "Harga cabai anjlok hingga Rp 6 ribu per kilogram (kg)")]


# ---- stacked dotted titles before a name -----------------------------------------------------------

def test_stacked_titles_in_mixed_case_open_the_name():
    body = ("Spesialis onkologi radiasi dari RSCM, Prof. DR. Dr. Soehartati Gondhowiardjo, Sp. Rad (K) "
            "menyebut ada makanan tertentu yang bisa menjadi pencetus kanker.")
    assert [s for s, _, _ in _quotes(body)] == ["Soehartati Gondhowiardjo"]


def test_a_lower_case_physicians_title_after_a_doctorate_opens_the_name():
    body = ("\"Kehamilan merupakan penyebab utama kematian anak perempuan usia remaja,\" ungkap Dr. dr. "
            "Julianto Witjaksono, Sp. OG, seperti tertulis dalam siaran pers.")
    assert [s for s, _, _ in _quotes(body)] == ["Julianto Witjaksono"]


def test_a_title_glued_to_the_name_and_a_particle_after_a_title():
    body = ("Sekretaris Kelurahan Pulau Tidung, H.Saudin mengatakan, sejak tadi pagi sampah kiriman sudah "
            "mengepung dermaga.\n\n"
            "Dr. van der Linden menjelaskan bahwa permainan itu akan berperan menjadi vaksin melawan hoaks.")
    assert [s for s, _, _ in _quotes(body)] == ["Saudin", "van der Linden"]


def test_titles_after_an_office_leave_the_office_as_the_role():
    body = ("Rektor IPB Prof. Dr. Budi Santoso mengatakan, penyakit ini bisa dicegah dengan vaksin.\n\n"
            "Ketua MUI KH Maruf Amin mengatakan Indonesia bukan negara Islam.\n\n"
            "Bupati Kotawaringin Timur H Supian Hadi mengatakan pawai itu menjadi sarana harmonisasi warga.")
    assert [(s, r) for s, r, _ in _quotes(body)] == [("Budi Santoso", "Rektor IPB"), ("Maruf Amin", "Ketua MUI"),
                                                     ("Supian Hadi", "Bupati Kotawaringin Timur")]


def test_titles_alone_stay_the_role():
    body = "Dr. Ir. H. Budi Santoso, M.Si mengatakan, penyakit ini bisa dicegah dengan vaksin."
    assert [(s, r) for s, r, _ in _quotes(body)] == [("Budi Santoso", "Dr. Ir. H.")]


def test_a_dotted_degree_after_the_name_is_no_initial():
    body = ("\"Istilah harus digunakan secara konsisten agar masyarakat tidak bingung,\" kata Prof. Dr. Fathur "
            "Rokhman M.Hum. menjawab pertanyaan wartawan di Semarang, Minggu.")
    assert [s for s, _, _ in _quotes(body)] == ["Fathur Rokhman"]


def test_an_initial_with_a_dot_in_a_name_stays():
    body = "Menkumham Yasonna H. Laoly mengatakan, revisi undang-undang itu akan dibahas bulan depan."
    assert [s for s, _, _ in _quotes(body)] == ["Yasonna H. Laoly"]


# ---- a body no list knows between an office and a name -----------------------------------------------

def test_an_unlisted_body_the_article_writes_alone_goes_to_the_role():
    body = ("Ketua Komnas Anak Arist Merdeka Sirait mengatakan, kekerasan terhadap anak terus meningkat.\n\n"
            "Komnas Anak mencatat ada seribu kasus sepanjang tahun ini. \"Kami prihatin,\" kata Arist.")
    assert _quotes(body)[0][:2] == ("Arist Merdeka Sirait", "Ketua Komnas Anak")
    assert _quotes(body)[-1][:2] == ("Arist Merdeka Sirait", "Ketua Komnas Anak")


def test_a_given_name_cited_alone_is_no_body():
    # ('kata Sri': the first word is how the article cites the person; the name stays whole)
    body = ("Menteri Keuangan Sri Mulyani Indrawati mengatakan, anggaran pendidikan tahun depan sudah cukup.\n\n"
            "Sri Mulyani menambahkan, defisit anggaran tetap terjaga. \"Kami optimistis,\" kata Sri.")
    assert {s for s, _, _ in _quotes(body)} == {"Sri Mulyani Indrawati"}


def test_a_given_name_written_in_another_name_is_no_body():
    # ('Abdullah' also stands in another person's name: a given name, never a body's word)
    body = ("Bupati Banyuwangi Abdullah Azwar Anas mengatakan, bandara itu dibangun dengan konsep hijau.\n\n"
            "Warga, Abdullah Hasan, senang dengan bandara baru itu. \"Bandara ini unik,\" kata Anas.")
    assert {s for s, _, _ in _quotes(body)} == {"Abdullah Azwar Anas"}
