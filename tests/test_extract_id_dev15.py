"""Indonesian reported speech and speakers (the thirteenth session's rules from dev15/id's errors and the
IndoSum sample). Texts written for these tests, or small pieces of IndoSum text where a comment names
the source."""
from __future__ import annotations

from .extract_cases import all_id, reports_of


# ---- 'menyebut <subject> <verb>': a clause with no marker word ---------------------------------

def test_a_noun_subject_and_its_own_verb_make_a_report_clause():
    # IndoSum 'Terdakwa e-KTP beri 1,2 juta dolar AS ke Miryam': 'Sugiharto menyebut uang diberikan 4 kali'
    assert reports_of("Sugiharto Wiryo menyebut uang diberikan empat kali berturut-turut.", "id") == [
        ("Sugiharto Wiryo", "uang diberikan empat kali berturut-turut", None)]
    # an active verb after a subject with a place in it
    body = "Polda Jawa Barat menyebut pembakaran markas itu di Bogor bermula dari kabar bohong di media sosial."
    assert [t for _, t, _ in reports_of(body, "id")] == [
        "pembakaran markas itu di Bogor bermula dari kabar bohong di media sosial"]


def test_a_noun_phrase_object_then_a_second_act_or_an_adjunct_is_no_clause():
    for body in ("Budi Santoso menyebut nama itu dan meminta polisi menangkapnya.",
                 "Budi Santoso melaporkan teror itu kepada Kapolri sehingga didapatkan foto korban.",
                 "Budi Santoso mengakui kecerobohannya saat menyetir mobil itu.",
                 "Budi Santoso melaporkan Novel ke Polda Metro Jaya dengan dugaan pencemaran nama baik.",
                 "Budi Santoso menepis empat peluang beruntun dari tim lawan."):
        assert reports_of(body, "id") == [], body
