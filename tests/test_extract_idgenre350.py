"""Who said what in Indonesian text from IndoSum's non-headline sections (helper idgenre3, fiftieth session): a
source's role in apposition after 'Menurut NAME,' and scholars' roles, and names the corpus' detokenizer wrote
with a spaced hyphen. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _reports(body):
    return quote_fields(body, "speaker", "role", "country", "text")


# ---- 'Menurut NAME, ROLE, CLAUSE': the apposition is the source's role, not the clause's opening ----------

def test_a_scholars_role_in_apposition_after_according_to_is_no_part_of_the_report_and_no_state():
    body = ("Menurut Rina Hartawan, profesor di Fakultas Kedokteran University of British Columbia, kebijakan "
            "pemerintah Kanada ini sudah tepat.\n")
    assert _reports(body) == [("Rina Hartawan", "profesor di Fakultas Kedokteran University of British Columbia",
                               None, "kebijakan pemerintah Kanada ini sudah tepat")]


def test_an_analysts_role_and_an_indefinite_ones_with_its_place_are_left_out_of_the_report():
    body = ("Menurut Rudi Hartawan, analis dari Sinar Sekuritas, para pemegang saham akan mendesak direksi.\n\n"
            "Menurut Joko Susilo, salah seorang perajin tape di Desa Sukamaju, Kecamatan Sukorejo, tape di sini "
            "dibuat dengan takaran yang pas.\n")
    assert [(s, t) for s, _, _, t in _reports(body)] == [
        ("Rudi Hartawan", "para pemegang saham akan mendesak direksi"),
        ("Joko Susilo", "tape di sini dibuat dengan takaran yang pas")]


def test_a_clause_opening_with_a_plural_subject_after_according_to_is_reported_whole():
    body = ("Menurut Rudi Hartawan, para Perwira Tinggi TNI, baik dari Angkatan Darat maupun Angkatan Laut, dapat "
            "mengisi jabatan itu.\n")
    assert [t for _, _, _, t in _reports(body)] == [
        "para Perwira Tinggi TNI, baik dari Angkatan Darat maupun Angkatan Laut, dapat mengisi jabatan itu"]


def test_a_professor_at_a_foreign_university_speaks_for_no_state():
    body = ('"Temuan ini penting bagi pasien," kata Rina Hartawan, profesor di University of Alabama.\n')
    assert quote_fields(body, "speaker", "country") == [("Rina Hartawan", None)]
