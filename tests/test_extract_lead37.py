"""The twenty-ninth session's lead fixes from dev31's errors (development data since this session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.articles import ArticleText
from generator.content import Registries
from generator.extract import extract_article

from .extract_cases import run


def _who(body: str, published: str | None = None) -> list[tuple[str, str | None]]:
    if published is None:
        return [(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]]
    article = ArticleText(Path("x.txt"), "T", body, {"published": dt.date.fromisoformat(published)})
    return [(q["speaker"], q["country"]) for q in extract_article(article, Registries(), "x", "id").sheet["quotes"]]


def test_the_fisheries_quarantine_agency_is_the_states():
    # BKIPM: the fisheries ministry's quarantine agency (Barantin's predecessor), named in a role
    body = ("Kepala Bidang Pengujian BKIPM, Hadi Santoso mengatakan pemeriksaan itu rutin.\n"
            "\"Ikan yang sakit tidak boleh dijual,\" ujar Hadi.")
    assert _who(body) == [("Hadi Santoso", "ID"), ("Hadi Santoso", "ID")]


def test_a_deputy_speaker_named_with_a_bare_title_in_his_term():
    # 'Wakil Ketua Taufik Kurniawan' names no body; he was the DPR's deputy speaker until October 2018
    body = ("Sidang dipimpin Wakil Ketua Taufik Kurniawan.\n"
            "\"Sidang tetap jalan,\" ujar Taufik.")
    assert _who(body, "2017-04-06") == [("Taufik Kurniawan", "ID")]
    assert _who(body, "2019-06-01") == [("Taufik Kurniawan", None)]
