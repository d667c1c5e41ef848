"""Words that are no part of anyone's name kept in an Indonesian speaker's name (helper h_title37):
a calling written as a title before the name ('Dokter Ramli'), a preposition or a passive verb opening
the sentence ('Kepada Tempo, ...'). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- a calling written capitalised before a name is the role, as 'Presiden' is ----------------------

def test_a_calling_before_a_name_goes_to_the_role():
    body = ("\"Pasien sudah sadar sejak pagi tadi,\" kata Dokter Ramli kepada wartawan.\n"
            "Profesor Sandoval juga mengingatkan agar warga rajin mencuci tangan setiap hari.\n"
            "\"Masakan ini butuh waktu dua jam,\" kata Chef Renata di dapurnya.")
    assert _speakers(body) == [("Ramli", "Dokter"), ("Sandoval", "Profesor"), ("Renata", "Chef")]


def test_a_calling_opening_a_description_is_still_the_person_spoken_of():
    # the calling heads a description with a comma inside, closed by 'itu': the person named before,
    # not an unnamed 'Aktor'
    body = ("Rudi Hartono datang ke acara itu bersama istrinya pada Senin.\n"
            "\"Saya senang sekali,\" kata Rudi.\n"
            "Aktor yang lahir di Bandung, 12 Mei 1980 itu menegaskan bahwa keluarganya akan pindah ke "
            "Jakarta tahun depan.")
    assert [s for s, _ in _speakers(body)] == ["Rudi Hartono", "Rudi Hartono"]


def test_an_office_opening_a_description_is_not_taken_for_a_calling():
    # 'Menteri' is an office, no kind of person: the description is not read as the last person's
    body = ("Rudi Hartono datang ke acara itu bersama istrinya pada Senin.\n"
            "\"Saya senang sekali,\" kata Rudi.\n"
            "Menteri yang lahir di Bandung, 12 Mei 1980 itu menegaskan bahwa keluarganya akan pindah ke "
            "Jakarta tahun depan.")
    assert _speakers(body)[1][0] != "Rudi Hartono"


# ---- a preposition or a passive verb opening the sentence opens no name -------------------------------

def test_the_outlet_told_is_no_part_of_the_speakers_name():
    body = ("Kepada Tempo, CEO Jualan Rina Hartono menjelaskan penambahan layanan ini akan menjadi solusi "
            "bagi pengguna.\n"
            "Menurut Budi, target itu sulit dicapai tahun ini. Disebut Budi, pada angka itu akan ada ribuan "
            "lapangan kerja baru.\n"
            "\"Kita ingin naik menjadi dua belas persen,\" kata Budi.")
    # (h_idpass42: "Disebut Budi, ..." now reports its clause too, as "Dikatakan Budi, ..." does)
    assert _speakers(body) == [("Rina Hartono", "CEO Jualan"), ("Budi", None), ("Budi", None), ("Budi", None)]
