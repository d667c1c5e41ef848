"""The twenty-eighth session's lead fixes from dev30's errors (development data since this session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _who(body: str, lang: str = "id") -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["country"]) for q in run(body, lang)["quotes"]]


# ---- a firm's head speaks for the firm, even when the firm's name holds a state's name ----------

def test_a_firms_president_director_speaks_for_no_state_though_its_name_ends_in_indonesia():
    # the gold's convention (every set since dev7): Direktur Utama, Presiden Direktur and Komisaris
    # Utama are a company's offices, state-owned or not; 'Indonesia' there is part of its name
    body = ("\"Semua izin kami sudah lengkap,\" ujar Presiden Direktur Baja Indonesia, Arman Setiadi, di Jakarta.\n"
            "\"Pinjaman ini bukti kepercayaan bank asing,\" kata Direktur Utama Bank Sakura Indonesia Hiroshi Tanabe.\n"
            "\"Kami mendukung direksi,\" kata Komisaris Utama Kereta Indonesia Darmo Wibisono.")
    assert _who(body) == [("Arman Setiadi", None), ("Hiroshi Tanabe", None), ("Darmo Wibisono", None)]


def test_a_director_general_of_a_ministry_still_speaks_for_the_state():
    body = "\"Penerimaan pajak naik,\" kata Direktur Jenderal Pajak Kementerian Keuangan Rudi Hartanto."
    assert _who(body) == [("Rudi Hartanto", "ID")]
