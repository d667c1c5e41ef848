"""Indonesian reported clauses that open with a clause of time or a focus word (helper h_idclause30).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- a clause of time or concession, closed by a comma, opens the reported clause ----------------------

def test_a_clause_of_time_before_the_main_clause_is_reported_whole():
    body = ("Ahli gizi Harun Wibisono hadir dalam seminar itu.\n"
            "Harun menyebut ketika berpindah ke daerah yang lebih dingin, tubuh seseorang akan membakar lebih "
            "banyak kalori.")
    assert _reports(body) == [("Harun Wibisono", "ketika berpindah ke daerah yang lebih dingin, tubuh seseorang "
                                                 "akan membakar lebih banyak kalori")]


def test_a_time_after_a_noun_phrase_complement_is_still_no_report():
    # the complement opens with a thing reported to someone, not with the clause of time
    body = ("Kepala desa Harun Wibisono hadir dalam rapat itu.\n"
            "Harun melaporkan kerusakan jembatan ketika banjir surut, lalu kembali ke balai desa.")
    assert _reports(body) == []


def test_a_clause_of_time_with_no_main_clause_after_the_comma_is_no_report():
    body = ("Kepala desa Harun Wibisono hadir dalam rapat itu.\n"
            "Harun menyebut ketika itu, dengan nada pelan.")
    assert _reports(body) == []


# ---- a focus word before the clause or between its subject and predicate ------------------------------

def test_only_before_there_is_opens_a_reported_clause():
    body = ("Menteri Koperasi Rahmat Suganda hadir di acara itu.\n"
            "Dia menyebut hanya ada tiga koperasi yang sehat di kabupaten tersebut.")
    assert _reports(body) == [("Rahmat Suganda", "hanya ada tiga koperasi yang sehat di kabupaten tersebut")]


def test_even_between_the_subject_and_a_bare_predicate_makes_a_clause():
    body = ("Menteri Agama Rahmat Suganda hadir di acara itu.\n"
            "Ia menyebut Yordania bahkan rela mengubah aturan visa demi jemaah dari Indonesia.")
    assert _reports(body) == [("Rahmat Suganda",
                               "Yordania bahkan rela mengubah aturan visa demi jemaah dari Indonesia")]


def test_only_before_a_number_is_still_a_noun_phrase():
    body = ("Menteri Koperasi Rahmat Suganda hadir di acara itu.\n"
            "Dia menyebut hanya tiga koperasi di kabupaten tersebut.")
    assert _reports(body) == []


# ---- a subject of up to seven words before the clause's own verb ----------------------------------------

def test_a_subject_of_six_words_before_its_verb_is_a_reported_clause():
    body = ("Kepala dinas perdagangan Syamsul Bahri hadir dalam pameran itu.\n"
            "Syamsul mengakui permintaan impor teh Indonesia ke Mesir meningkat setiap tahunnya.")
    assert _reports(body) == [("Syamsul Bahri", "permintaan impor teh Indonesia ke Mesir meningkat setiap tahunnya")]


def test_a_long_noun_phrase_with_no_verb_of_its_own_is_still_no_report():
    body = ("Kepala dinas perdagangan Syamsul Bahri hadir dalam pameran itu.\n"
            "Syamsul mengakui permintaan impor teh Indonesia dari Mesir dan India.")
    assert _reports(body) == []


# ---- 'memerinci', the other spelling of 'merinci' -----------------------------------------------------------

def test_the_other_spelling_of_itemising_reports_a_clause():
    body = "Kasi Humas Polres Cianjur AKP Dedi Siregar memerinci ketiga tersangka adalah AS, RT dan MK."
    assert _reports(body) == [("Dedi Siregar", "ketiga tersangka adalah AS, RT dan MK")]


# ---- 'seperti yang dikatakan X', 'sebagaimana disampaikan oleh X' after the clause ----------------------------

def test_as_said_by_with_yang_after_the_clause_names_the_speaker():
    body = ("Presiden Rahmat Suganda bertemu Perdana Menteri Korea di istana.\n"
            "Hubungan kedua negara terutama bertumpu pada kerja sama dagang dan pendidikan, seperti yang "
            "dikatakan Rahmat saat jumpa pers.")
    assert _reports(body) == [("Rahmat Suganda",
                               "Hubungan kedua negara terutama bertumpu pada kerja sama dagang dan pendidikan")]


def test_as_explained_in_a_document_names_no_speaker():
    body = ("Presiden Rahmat Suganda bertemu Perdana Menteri Korea di istana.\n"
            "Hubungan kedua negara terutama bertumpu pada kerja sama dagang dan pendidikan, seperti dijelaskan "
            "dalam pasal lima perjanjian itu.")
    assert _reports(body) == []
