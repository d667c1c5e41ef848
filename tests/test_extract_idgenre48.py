"""Who said what in Indonesian text outside headline news (helper idgenre, forty-eighth session): sport,
show business and technology sections. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "role", "text")


# ---- 'Menurut <description>, <Name>, <clause>' when the clause opens with a name -----------------------

def test_a_described_source_before_a_clause_opening_with_a_club():
    body = "Menurut pelatih Persib, Mario Gomez, Persija bermain sangat baik pada laga malam itu.\n"
    assert ("Mario Gomez", "pelatih Persib", "Persija bermain sangat baik pada laga malam itu") in _quotes(body)


def test_a_described_source_before_a_clause_opening_with_a_person():
    body = ("Menurut kuasa hukum keluarga, Ferry Amahorseya, Mario Teguh telah mencemarkan nama baik kliennya "
            "dalam sebuah wawancara.\n")
    assert ("Ferry Amahorseya", "kuasa hukum keluarga", "Mario Teguh telah mencemarkan nama baik kliennya dalam "
            "sebuah wawancara") in _quotes(body)


def test_a_one_word_name_after_an_office_in_apposition_is_the_source():
    body = ("Menurut asisten pelatih tunggal putra, Irwansyah, Praneeth termasuk pemain yang tak mudah untuk "
            "dimatikan.\n")
    assert ("Irwansyah", "asisten pelatih tunggal putra", "Praneeth termasuk pemain yang tak mudah untuk dimatikan") \
        in _quotes(body)


def test_a_one_word_place_after_a_description_is_no_source():
    body = "Menurut pengamat, Jakarta, Bandung dan Surabaya akan menjadi kota tujuan utama para pemudik.\n"
    assert "Jakarta" not in [s for s, _, _ in _quotes(body)]


def test_a_name_inside_a_list_before_a_capital_is_no_described_source():
    body = ("Menurut laporan Calciomercato, Fassone dan Direktur Olahraga Milan, Massimiliano Mirabelli, baru saja "
            "bertolak ke London pada Senin malam.\n")
    assert "Olahraga Milan" not in [s for s, _, _ in _quotes(body)]


# ---- a social platform right after an office is the firm, not a trailer ---------------------------------

def test_a_platform_after_an_office_is_the_firm_of_the_role():
    body = "CEO Instagram Kevin Systrom mengatakan fitur Stories sangat populer di kalangan remaja.\n"
    assert ("Kevin Systrom", "CEO Instagram", "fitur Stories sangat populer di kalangan remaja") in _quotes(body)


def test_a_platform_after_a_name_still_ends_the_speaker():
    body = "\u201cFitur itu sangat populer di kalangan remaja,\u201d tulis Presiden Joko Widodo Twitter.\n"
    assert [s for s, _, _ in _quotes(body)] == ["Joko Widodo"]


def test_a_place_after_a_described_source_in_english_is_no_name():
    body = "According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions before.\n"
    assert "Texas" not in [q[0] for q in quote_fields(body, "speaker", "text", lang="en")]
