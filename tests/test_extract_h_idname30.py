"""A one-word or common-word Indonesian name glued to a body or read as an office (helper h_idname30).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _people(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- an acronym closes the body after an office; the one name after it is the office holder --------

def test_a_one_word_name_after_a_body_closed_by_its_acronym_is_the_member():
    body = "Anggota Komisi IV DPR Sutrisno mengatakan, harga gabah harus dijaga pemerintah."
    assert _people(body) == [("Sutrisno", "Anggota Komisi IV DPR", "ID")]


def test_a_rank_closes_the_body_before_a_one_word_name():
    body = "Kepala Polda NTB Irjen Hamdani mengatakan, dua tersangka sudah ditahan sejak pekan lalu."
    assert [s for s, _, _ in _people(body)] == ["Hamdani"]


def test_a_place_or_a_party_after_the_acronym_stays_the_body():
    # what follows the acronym is the body's own place or faction, no name
    body = ("Anggota Komisi C DPRD DKI Jakarta mengatakan, anggaran banjir harus ditambah.\n"
            "Anggota Komisi XI DPR RI Fraksi Golkar menilai, tarif cukai belum perlu diubah.")
    speakers = [s for s, _, _ in _people(body)]
    assert "Jakarta" not in speakers and "Golkar" not in speakers and "Fraksi Golkar" not in speakers


# ---- a given name that is also a common word is no office of its own --------------------------------

def test_a_given_name_that_is_a_common_word_stays_in_the_name_after_an_apposed_office():
    body = ("Senada, Direktur Jenderal Pengelolaan Limbah KLHK, Rasio Ridho Sani, mengatakan keberhasilan "
            "pengelolaan limbah tak bisa dicapai sendiri.")
    assert _people(body) == [("Rasio Ridho Sani", "Direktur Jenderal Pengelolaan Limbah KLHK", "ID")]


def test_a_body_opening_with_a_derived_noun_is_not_read_as_a_given_name():
    # 'Keamanan' is a noun made with an affix: no one's given name
    body = "Indeks Keamanan Pangan mencatat, harga beras naik dua persen sepanjang tahun ini."
    assert all(s != "Indeks Keamanan Pangan" for s, _, _ in _people(body))
