"""Readings found in the Indonesian development sets' misses (forty-second session): the spoken request verb
'minta' before an addressee and its act, the report verbs 'menjabarkan', 'menyontohkan', 'memproyeksi'
with a clause, and a report's end before ', tapi X tetap ...'. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

import pytest

from .extract_cases import quote_fields

_OFFICIAL = "Kepala Dinas Kebersihan Budi Santoso"


def _said(body: str) -> list[tuple[str, str]]:
    return [(s, t) for s, k, t in quote_fields(body, "speaker", "kind", "text") if k == "indirect"]


# ---- 'minta' (the spoken 'meminta') with an addressee and its act, or 'agar': a request ----------------

@pytest.mark.parametrize("asked", ["minta warga menjaga kebersihan sungai",
                                     "minta tiap kecamatan atau desa memiliki lahan untuk tempat sampah",
                                     "minta agar warga tidak membuang sampah sembarangan"])
def test_minta_with_an_addressee_and_its_act_is_a_request(asked):
    body = f"{_OFFICIAL} {asked}."
    assert _said(body) == [("Budi Santoso", asked)]


def test_minta_after_a_pronoun_is_the_speaker_named_before():
    body = (f"{_OFFICIAL} meninjau tempat pembuangan sampah di Bekasi, Senin.\n"
            "Ia minta semua pihak mendukung program pemilahan sampah.")
    assert _said(body) == [("Budi Santoso", "minta semua pihak mendukung program pemilahan sampah")]


# ---- ... but not a thing asked for: an apology, leave, a fee -----------------------------------------

@pytest.mark.parametrize("act", ["minta maaf kepada warga yang menunggu",
                                 "minta izin untuk tidak melanjutkan mengikuti rapat",
                                 "minta fee sebesar 7 persen dari jumlah proyek",
                                 "minta tolong kepada petugas"])
def test_minta_before_a_thing_asked_for_reports_nothing(act):
    body = f"{_OFFICIAL} kemudian {act}."
    assert _said(body) == []


def test_minta_as_a_cue_after_a_quote_is_unchanged():
    body = f"“Jangan buang sampah ke sungai,” minta {_OFFICIAL}."
    assert quote_fields(body, "speaker", "kind") == [("Budi Santoso", "direct")]


# ---- 'menjabarkan', 'menyontohkan', 'memproyeksi' with a clause: reports -------------------------------

@pytest.mark.parametrize("verb", ["menjabarkan", "menyontohkan", "memproyeksi"])
def test_report_verbs_with_a_clause_after_a_comma(verb):
    clause = "anggaran kebersihan tahun depan akan naik menjadi Rp 2 triliun"
    body = f"{_OFFICIAL} {verb}, {clause}."
    assert _said(body) == [("Budi Santoso", clause)]


def test_menjabarkan_a_plan_is_no_report():
    body = f"{_OFFICIAL} menjabarkan visi dan misinya di depan warga."
    assert _said(body) == []


# ---- ', tapi X tetap ...': another named subject holding to its course ends the report ---------------------

def test_a_request_ends_before_the_addressee_holding_firm():
    body = f"{_OFFICIAL} minta Susi menghentikan pembuangan sampah, tapi Susi tetap pada pendiriannya."
    assert _said(body) == [("Budi Santoso", "minta Susi menghentikan pembuangan sampah")]


def test_a_contrast_the_speaker_draws_goes_on():
    body = f"{_OFFICIAL} mengatakan volume sampah naik, tapi armada angkut sudah ditambah."
    assert _said(body) == [("Budi Santoso", "volume sampah naik, tapi armada angkut sudah ditambah")]
