"""A role's state read from an Indonesian role (helper h_rolec38).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country")


# ---- a state's name closing a brand's name places a firm or a club, not the state's office ----------

def test_a_firm_named_with_the_home_state_speaks_for_no_state():
    body = ("Direktur Penjualan Zentrova Indonesia Sarwono Kusnadi mengatakan, penjualan naik tahun ini.\n"
            "\"Kami optimistis pasar akan tumbuh,\" kata Sarwono.")
    assert set(_countries(body)) == {("Sarwono Kusnadi", None)}


def test_a_club_named_with_a_foreign_capital_speaks_for_no_state():
    body = ("Direktur Olahraga Deportivo Madrid, Marco Ferreira, mengatakan timnya siap menghadapi laga berat.\n"
            "\"Kami sudah berlatih keras selama dua pekan,\" kata Ferreira.")
    assert set(_countries(body)) == {("Marco Ferreira", None)}


def test_a_state_body_named_in_the_language_keeps_its_state():
    # not a brand: 'Bank Indonesia', 'Mahkamah Agung Indonesia', 'Republik Indonesia', 'Menteri Perindustrian X'
    body = ("Gubernur Bank Indonesia Hartono Wibisono mengatakan, inflasi terkendali.\n"
            "Ketua Mahkamah Agung Indonesia Sujatmiko Rahardi mengatakan, sidang akan dibuka untuk umum.\n"
            "Menteri Perindustrian Singapura Tan Wee Liang mengatakan, investasi akan naik.\n"
            "\"Kami terus memantau harga pangan,\" kata Hartono.")
    assert set(_countries(body)) == {("Hartono Wibisono", "ID"), ("Sujatmiko Rahardi", "ID"),
                                     ("Tan Wee Liang", "SG")}
