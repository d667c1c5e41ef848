"""Readings found in the Indonesian development sets' misses (fortieth session): a connective of two words before
'menurut X,' ('Selain itu, menurut Budi, ...'). Sentences invented for these tests, in the shape of Indonesian
news."""
from __future__ import annotations

import pytest

from .extract_cases import indirect, run

_BEFORE = "Ketua Serikat Pekerja Budi Santoso menemui pimpinan perusahaan di Jakarta, Senin.\n"
_CLAUSE = "perusahaan tidak memperhitungkan masa kerja awak mobil tangki sebelum melakukan pemecatan"


# ---- a connective of two words, then 'menurut X,': the clause after the cue is the report --------------

@pytest.mark.parametrize("connective", ["Selain itu,", "Akan tetapi,", "Kendati begitu,", "Meski demikian,",
                                        "Oleh karena itu,", "Di sisi lain,", "Walaupun demikian,"])
def test_a_connective_with_its_comma_before_menurut_is_left_out_of_the_report(connective):
    body = _BEFORE + f"{connective} menurut Budi, {_CLAUSE}."
    assert indirect(run(body)) == [("Budi Santoso", _CLAUSE)]


def test_a_connective_of_two_words_without_its_comma_is_left_out_too():
    body = _BEFORE + f"Meski begitu menurut Budi, {_CLAUSE}."
    assert indirect(run(body)) == [("Budi Santoso", _CLAUSE)]


def test_a_one_word_connective_still_opens_the_report_after_the_cue():
    body = _BEFORE + f"Namun, menurut Budi, {_CLAUSE}."
    assert indirect(run(body)) == [("Budi Santoso", _CLAUSE)]


# ---- ... not content before the cue: the clause the cue interrupts is kept whole -----------------------

def test_content_before_menurut_keeps_the_whole_sentence():
    body = _BEFORE + f"Selama kurun itu, menurut Budi, {_CLAUSE}."
    assert indirect(run(body)) == [("Budi Santoso", f"Selama kurun itu, menurut Budi, {_CLAUSE}")]


def test_a_subject_before_menurut_keeps_the_whole_sentence():
    body = _BEFORE + "Perusahaan itu, menurut Budi, tidak memperhitungkan masa kerja awak mobil tangki."
    assert indirect(run(body)) == [("Budi Santoso", "Perusahaan itu, menurut Budi, tidak memperhitungkan masa "
                                                    "kerja awak mobil tangki")]


# ---- a study's or an inquiry's findings opening the sentence: the body that made it reports the clause -----

def test_a_study_of_a_named_body_reports_the_clause_after_it():
    body = ("Berdasarkan penelitian Badan Litbang Kementerian PUPR, stabilitas campuran aspal dicampur plastik lebih "
            "baik ketimbang aspal panas standar.")
    assert indirect(run(body)) == [("Badan Litbang Kementerian PUPR", "stabilitas campuran aspal dicampur plastik "
                                                                      "lebih baik ketimbang aspal panas standar")]


def test_the_findings_of_an_inquiry_of_a_named_body_report_the_clause_after_them():
    body = "Berdasarkan hasil penyelidikan Polres Bogor, upaya melarikan sembilan kapal itu sudah direncanakan."
    assert indirect(run(body)) == [("Polres Bogor", "upaya melarikan sembilan kapal itu sudah direncanakan")]


def test_a_study_with_no_body_named_reports_nothing():
    body = ("Berdasarkan penelitian yang dilakukan selama dua tahun, stabilitas campuran aspal dicampur plastik lebih "
            "baik ketimbang aspal panas standar.")
    assert indirect(run(body)) == []
