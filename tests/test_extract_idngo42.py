"""(h_ngo42) Bodies of citizens named like the state: a watchdog named against corruption ('Komite Anti Korupsi
Indonesia'), the contractors' federation ('Gabungan Pelaksana Konstruksi Indonesia') and workers' unions
('ASPEK Indonesia', 'serikat pekerja') speak for no state, though 'Indonesia' closes their name; the state's own
bodies and 'Amerika Serikat' keep their state. Constructed sentences in the style of Indonesian news."""
from __future__ import annotations

import pytest

from .extract_cases import run

LEAD = ("JAKARTA - Runtuhnya selasar gedung itu menjadi sorotan banyak pihak.\n\n"
        "\"Bisa jadi ada kekurangan spesifikasi bangunan,\" kata ")
TAIL = ", Andi Rukman, di Jakarta, Selasa (16/1/2018)."


def country_of(role):
    quotes = run(LEAD + role + TAIL, "id", title="Proyek gedung dipersoalkan")["quotes"]
    assert [q["speaker"] for q in quotes] == ["Andi Rukman"]
    return quotes[0]["country"]


@pytest.mark.parametrize("role", [
    "Sekretaris Jenderal Komite Anti Korupsi Indonesia (KAKI)",
    "Koordinator Masyarakat Antikorupsi Indonesia (MAKI)",
    "Sekjen Gabungan Pelaksana Konstruksi Indonesia (Gapensi)",
    "Ketua Umum Gapensi",
    "Presiden ASPEK Indonesia",
    "Ketua Serikat Pekerja Pelabuhan Indonesia",
])
def test_a_body_of_citizens_named_like_the_state_speaks_for_no_state(role):
    assert country_of(role) is None


@pytest.mark.parametrize("role, code", [
    ("Wakil Ketua Komisi Pemberantasan Korupsi (KPK)", "ID"),
    ("Duta Besar Indonesia untuk Arab Saudi", "ID"),
    ("Menteri Luar Negeri Amerika Serikat", "US"),
])
def test_the_states_own_bodies_keep_their_state(role, code):
    assert country_of(role) == code
