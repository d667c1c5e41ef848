"""The twenty-ninth session's lead fixes from dev31's errors (development data since this session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import countries_of, dated_countries


def test_the_fisheries_quarantine_agency_is_the_states():
    # BKIPM: the fisheries ministry's quarantine agency (Barantin's predecessor), named in a role
    body = ("Kepala Bidang Pengujian BKIPM, Hadi Santoso mengatakan pemeriksaan itu rutin.\n"
            "\"Ikan yang sakit tidak boleh dijual,\" ujar Hadi.")
    assert countries_of(body) == [("Hadi Santoso", "ID"), ("Hadi Santoso", "ID")]


def test_a_deputy_speaker_named_with_a_bare_title_in_his_term():
    # 'Wakil Ketua Taufik Kurniawan' names no body; he was the DPR's deputy speaker until October 2018
    body = ("Sidang dipimpin Wakil Ketua Taufik Kurniawan.\n"
            "\"Sidang tetap jalan,\" ujar Taufik.")
    assert dated_countries(body, "2017-04-06") == [("Taufik Kurniawan", "ID")]
    assert dated_countries(body, "2019-06-01") == [("Taufik Kurniawan", None)]
