"""Indonesian subjects whose names end in a state's name or hold a common word (h_idsubj, session 41)."""
from __future__ import annotations

from .extract_cases import all_id


def test_firm_named_with_its_state_speaks_for_no_state():
    body = 'Telkom Indonesia pun mengaku masih berusaha memperbaiki satelit itu bersama mitranya.'
    assert all_id(body) == [("Telkom Indonesia", "masih berusaha memperbaiki satelit itu bersama mitranya", None)]


def test_club_named_with_a_city_is_left_alone():
    body = 'Real Madrid mengatakan bahwa Keylor Navas tetap menjadi kiper utama musim depan.'
    assert "Real Madrid" not in [s for s, _, _ in all_id(body)]


def test_source_named_with_a_state_after_a_lead_in_is_no_speaker():
    body = 'Dilansir dari Independent UK, senyum seperti itu memberikan kesan lain bagi yang melihatnya.'
    assert "Independent UK" not in [s for s, _, _ in all_id(body)]


def test_common_word_after_an_initial_is_a_word_of_the_name():
    body = 'Sekretaris Kementerian Pemuda dan Olahraga Gatot S. Dewa Broto mengatakan bahwa gaji atlet naik tahun ini.'
    assert all_id(body) == [("Gatot S. Dewa Broto", "gaji atlet naik tahun ini", "ID")]


def test_body_of_common_words_stays_a_body():
    body = 'Kementerian Pemuda dan Olahraga mengatakan bahwa gaji atlet naik tahun ini.'
    assert [s for s, _, _ in all_id(body)] == ["Kementerian Pemuda dan Olahraga"]
