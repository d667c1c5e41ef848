"""A title word inside a person's name: 'Hakim' between a given name and a surname, after an office already
named ('Menteri Agama Darmo Hakim Pawiro'), is a word of the name, not a title that cuts it; right after
the office or opening the phrase it stays the title ('Ketua Majelis Hakim Sumpeno', 'Hakim Ketua Yanto').
Constructed sentences."""
from __future__ import annotations

from .extract_cases import all_id, quote_fields


def _who(body):
    return quote_fields(body, "speaker", "role")


def test_hakim_between_a_given_name_and_a_surname_after_an_office_is_part_of_the_name():
    body = ("Menteri Agama Darmo Hakim Pawiro menyebut bahwa pemerintah akan menambah kuota haji tahun depan. "
            '"Kami sudah berkoordinasi dengan Arab Saudi," kata Darmo di Jakarta, Senin.')
    assert _who(body) == [("Darmo Hakim Pawiro", "Menteri Agama"), ("Darmo Hakim Pawiro", "Menteri Agama")]


def test_hakim_inside_a_name_after_an_acronym_office_and_before_a_report_verb():
    body = "Menag Darmo Hakim Pawiro memerintahkan biro perjalanan itu untuk mengembalikan biaya jemaah."
    assert _who(body) == [("Darmo Hakim Pawiro", "Menag")]


def test_hakim_right_after_the_office_stays_the_title():
    quotes = all_id("Ketua Majelis Hakim Sumpeno mengatakan bahwa sidang akan dilanjutkan pekan depan.")
    assert [q[0] for q in quotes] == ["Sumpeno"]


def test_hakim_opening_the_phrase_stays_the_title():
    quotes = all_id("Hakim Ketua Yanto mengatakan bahwa putusan akan dibacakan pekan depan.")
    assert [q[0] for q in quotes] == ["Yanto"]
    quotes = all_id("Hakim Sarpin mengatakan bahwa penetapan tersangka itu tidak sah.")
    assert [q[0] for q in quotes] == ["Sarpin"]


def test_hakim_after_a_place_that_closes_a_court_stays_the_title():
    quotes = all_id("Ketua Pengadilan Negeri Surabaya Hakim Sumpeno mengatakan bahwa sidang akan dilanjutkan.")
    assert quotes[0][0] == "Sumpeno"


def test_perdana_inside_a_name_after_a_lecturers_office_is_part_of_the_name():
    body = ("Hal itu diakui oleh Dosen Hukum Tata Negara dari Universitas Airlangga Surabaya Darmo Perdana "
            "Pawiro, ketika menyampaikan keterangan pers. Darmo mengatakan bahwa sikap itu merendahkan "
            "lembaga negara.")
    assert {q[0] for q in all_id(body)} == {"Darmo Perdana Pawiro"}


def test_perdana_menteri_stays_the_title():
    quotes = all_id("Wakil Perdana Menteri Darmo Pawiro mengatakan bahwa pemerintah akan menambah anggaran.")
    assert [q[0] for q in quotes] == ["Darmo Pawiro"]
