"""A pronoun-cued quote that names the pronoun's referent by the short name the article gave them
is not that person's words (helper h_pron36). Sentences invented for these tests, in the shape of
Indonesian and English news."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str, lang: str = "id") -> list[str]:
    return [q["speaker"] for q in run(body, lang)["quotes"] if q["kind"] == "direct"]


# ---- the quote names the one the narration was about by their short name -------------------------

def test_a_quote_naming_the_narrated_person_by_a_short_name_goes_on_with_the_one_quoted():
    body = ("\"Partai kami tetap solid menjelang kongres,\" ucap Wakil Ketua Partai Maju Rudi Hartawan.\n"
            "Sementara itu, Presiden Bambang Sutrisno yang akrab disapa Bambis meresmikan jembatan di Medan.\n"
            "\"Jadi, dukungan pada Bambis itu keputusan kongres,\" katanya.")
    assert _speakers(body)[-1] == "Rudi Hartawan"


# ---- what it must not do ----------------------------------------------------------------------------

def test_a_quote_naming_neither_keeps_the_pronoun_on_the_person_named_between():
    # (the short name is read only where the quote names someone: a quote about something else,
    # after a sentence naming a new speaker, is that speaker's)
    body = ("\"Partai kami tetap solid menjelang kongres,\" ucap Wakil Ketua Partai Maju Rudi Hartawan.\n"
            "Sementara itu, Presiden Bambang Sutrisno yang akrab disapa Bambis meresmikan jembatan di Medan.\n"
            "\"Jembatan ini untuk warga yang setiap hari menyeberang sungai,\" katanya.")
    assert _speakers(body)[-1] == "Bambang Sutrisno"


def test_a_quote_naming_the_one_quoted_before_too_keeps_the_pronoun_on_the_person_named_between():
    # (when the quote names both by their short names, it tells nothing of whose words they are)
    body = ("\"Partai kami tetap solid menjelang kongres,\" ucap Wakil Ketua Partai Maju Rudi Hartawan, yang biasa disapa Rudy.\n"
            "Sementara itu, Presiden Bambang Sutrisno yang akrab disapa Bambis meresmikan jembatan di Medan.\n"
            "\"Bambis dan Rudy sudah bertemu membahas jembatan ini,\" katanya.")
    assert _speakers(body)[-1] == "Bambang Sutrisno"


# ---- a report the one quoted gives of another's words, inside their own ---------------------------

def test_a_report_of_another_inside_the_quoted_ones_own_leaves_the_pronoun_with_them():
    body = ("\"Kami sudah menyiapkan rencana untuk tahun depan,\" kata Ketua Panitia Hendra Wijaya.\n"
            "Menurut Hendra, Gubernur Sari Lestari menegaskan semua pihak harus bekerja sama demi prestasi daerah.\n"
            "\"Kita harus berhenti saling menyalahkan dan mulai berbenah,\" kata dia.")
    assert _speakers(body)[-1] == "Hendra Wijaya"


def test_a_second_report_beside_the_first_not_inside_it_takes_the_pronoun():
    # (two reports side by side, 'X said ... while Y wrote ...': the later subject goes on)
    body = ("Mayor Tom Baxter said the storm was \"a hard blow for the town\" while Governor Lucy Hale wrote she "
            "had ordered the roads cleared. She tweeted, \"We are with every family tonight.\"")
    assert _speakers(body, "en")[-1] == "Lucy Hale"
