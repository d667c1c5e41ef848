"""Readings found in the Indonesian development sets' misses (forty-first session): 'menurut X' ending the
clause it reports with no comma before it ('... masuk daftar ancaman menurut Hawking.'). Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .extract_cases import indirect, run

_BEFORE = "Ketua Serikat Pekerja Budi Santoso menemui pimpinan perusahaan di Jakarta, Senin.\n"
_CLAUSE = "Perusahaan tidak memperhitungkan masa kerja awak mobil tangki sebelum melakukan pemecatan"


# ---- 'menurut X' with no comma before it, the name ending the sentence: the clause is X's -------------

@pytest.mark.parametrize("source", ["Budi", "Budi Santoso"])
def test_a_bare_menurut_with_the_name_last_reports_the_clause_before_it(source):
    body = _BEFORE + f"{_CLAUSE} menurut {source}."
    assert indirect(run(body)) == [("Budi Santoso", _CLAUSE)]


def test_a_bare_menurut_with_a_body_last_reports_the_clause_for_the_body():
    body = "Badan Pusat Statistik (BPS) merilis data inflasi pada Senin.\n" \
           "Kenaikan harga beras sudah terjadi sejak awal tahun menurut BPS."
    assert indirect(run(body)) == [("Badan Pusat Statistik", "Kenaikan harga beras sudah terjadi sejak awal tahun")]


def test_the_comma_form_still_reports_the_clause():
    body = _BEFORE + f"{_CLAUSE}, menurut Budi."
    assert indirect(run(body)) == [("Budi Santoso", _CLAUSE)]


# ---- ... not 'menurut' meaning 'in accordance with' a law, nor a short clause -------------------------

def test_acting_according_to_a_law_is_no_report():
    body = _BEFORE + "Semua prajurit harus bertindak sesuai aturan menurut Undang-Undang."
    assert indirect(run(body)) == []


def test_a_short_clause_before_the_source_is_left_alone():
    body = _BEFORE + "Itu benar menurut Budi."
    assert indirect(run(body)) == []
