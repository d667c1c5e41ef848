"""Where an office (or the body it belongs to) ends and a person's name begins (helper h_bound37).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str, lang: str = "id") -> list[str]:
    return quote_fields(body, "speaker", lang=lang)


def _speakers_roles(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- a rank of several words is read whole before the name ------------------------------------

def test_a_rank_of_several_words_ends_the_role_before_a_name_of_one_word():
    body = ("Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya Sudarsono mengatakan, kapal itu siap "
            "berlayar bulan depan.\n\n"
            "Kepala Unit Reskrim Polsek Tegalsari Inspektur Polisi Satu Wahyudi mengatakan, pelaku sudah "
            "ditahan sejak Senin.\n\n"
            "Kepala Penerangan Kodam Kolonel Inf Darmanto mengatakan, patroli akan ditambah di perbatasan.")
    assert _speakers(body) == ["Sudarsono", "Wahyudi", "Darmanto"]


def test_a_rank_of_one_word_leaves_a_name_that_opens_with_a_word_whole():
    # 'Kolonel' alone is the rank; 'Bagus' opens the name, as 'Dua' opens the singer's
    body = ("Komandan Pangkalan Kolonel Bagus Hartawan mengatakan, kapal itu siap berlayar bulan depan.\n\n"
            "Penyanyi Dua Lestari mengatakan, konser itu akan digelar di Bandung pekan depan.")
    assert _speakers(body) == ["Bagus Hartawan", "Dua Lestari"]


# ---- a plural noun ends a body's name, not a person's -------------------------------------------

def test_a_doubled_noun_closes_the_body_before_the_name():
    body = ("Sekretaris Jenderal Perserikatan Bangsa-Bangsa Anders Kovacs mengatakan, bantuan akan dikirim "
            "ke wilayah itu pekan ini.")
    assert _speakers_roles(body) == [("Anders Kovacs", "Sekretaris Jenderal Perserikatan Bangsa-Bangsa")]


def test_the_body_named_by_a_doubled_noun_still_speaks_alone():
    body = "Menurut Perserikatan Bangsa-Bangsa, sedikitnya 500 keluarga kehilangan rumah akibat banjir itu."
    assert _speakers(body) == ["Perserikatan Bangsa-Bangsa"]


# ---- a body's short name after a role's field is no initial of the name -------------------------

def test_capitals_after_a_field_word_are_the_body_not_the_name():
    body = ("Direktur Eksekutif Departemen Komunikasi BI Harsono mengatakan, konferensi itu akan digelar di "
            "Jakarta tahun depan.\n\n"
            "Ketua Muda Pengawasan MA Sutarno mengatakan, hakim itu sudah dinonaktifkan sejak pekan lalu.")
    assert _speakers(body) == ["Harsono", "Sutarno"]


def test_an_initial_inside_a_name_stays_after_a_given_name():
    body = "Menteri Keuangan Bambang PS Wiranegara mengatakan, anggaran itu akan dibahas bulan depan."
    assert _speakers(body) == ["Bambang PS Wiranegara"]


# ---- a firm's closing word ends the role before a name of one word ------------------------------

def test_a_firm_closer_after_an_office_ends_the_role_before_a_name_of_one_word():
    body = ("Analis Mandiri Sekuritas Hartono mengatakan, indeks saham konstruksi akan naik pada akhir tahun.")
    assert _speakers_roles(body) == [("Hartono", "Analis Mandiri Sekuritas")]


def test_a_firm_closer_needs_an_office_before_it_for_a_name_of_one_word():
    # with no office before it, 'Sekuritas' followed by one word is still the firm's own name
    body = "Menurut Samuel Sekuritas Indonesia, indeks saham konstruksi akan naik pada akhir tahun."
    assert "Indonesia" not in _speakers(body)


# ---- an office's field of common words runs on: it is no one's name -------------------------------

def test_common_words_after_a_field_word_are_the_field_not_a_name():
    body = ("\"Gudang itu disewa sejak tahun lalu,\" ujar Direktur Tindak Pidana Narkotika, Bareskrim Polri, "
            "Kombes Hendra Wicaksono di Cimahi.\n\n"
            "\"Gempa ini tidak berpotensi tsunami,\" kata Kepala Bidang Informasi Gempa Bumi dan Peringatan "
            "Dini Tsunami, BMKG, Rudianto, dalam keterangan tertulis.")
    assert _speakers(body) == ["Hendra Wicaksono", "Rudianto"]


def test_a_name_of_two_common_words_after_a_body_or_a_closing_title_word_stays():
    body = ("Ketua Pengurus Harian YLKI Tulus Abadi mengatakan, tarif itu memberatkan konsumen.\n\n"
            "Direktur Utama Bintang Kasih mengatakan, perusahaan akan menambah armada tahun depan.")
    assert _speakers(body) == ["Tulus Abadi", "Bintang Kasih"]
