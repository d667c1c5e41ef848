"""The seed article: every quote of the foundation issue (section 5), right speaker and country."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.articles import read_article
from generator.content import Registries
from generator.extract import extract_article
from generator.models import Sheet

SEED = Path(__file__).resolve().parents[1] / "content" / "articles" / "000_7b54c82ff4f6f653.txt"

# (start of the quote text, speaker, country)
EXPECTED = [
    ("Kemudian, perang akan berhenti", "Ilham Aliyev", "AZ"),
    ("mungkin suatu saat nanti", "Ilham Aliyev", "AZ"),
    ("Saya pikir pemerintah Armenia", "Ilham Aliyev", "AZ"),
    ("Dia membuat pernyataan tanpa bukti", "Ilham Aliyev", "AZ"),
    ("Pimpinan militer-politik Azerbaijan", "Kementerian Luar Negeri Armenia", "AM"),
    ("Iran memantau dengan cermat", "Saeed Khatibzadeh", "IR"),
    ("Teheran siap menggunakan", "Saeed Khatibzadeh", "IR"),
    ("Kami juga menyerukan kepada seluruh dunia", "Recep Tayyip Erdogan", "TR"),
    ("dengan menyerang warga sipil", "Ibrahim Kalin", "TR"),
    ("Kami menyerukan pihak-pihak", "Kementerian Luar Negeri Rusia", "RU"),
    ("diakhirinya permusuhan", "Vladimir Putin", "RU"),
    ("Pihak Rusia menyatakan keprihatinan", "Kremlin", "RU"),
    ("Saya menyerukan kepada kedua belah pihak", "Heiko Maas", "DE"),
    ("Konflik di wilayah Nagorno-Karabakh", "Heiko Maas", "DE"),
    ("Saya berdoa untuk perdamaian", "Fransiskus", "VA"),
    ("Bukan dengan penggunaan kekuatan", "Fransiskus", "VA"),
    ("sangat prihatin", "Kementerian Luar Negeri Pakistan", "PK"),
    ("tercela dan paling disayangkan", "Kementerian Luar Negeri Pakistan", "PK"),
    ("Kami mendukung posisi Azerbaijan", "Kementerian Luar Negeri Pakistan", "PK"),
    ("dukungan penuh", "Turki", "TR"),
]

# Reported statements the hand-written seed sheet does not list (speaker, first three words).
REPORTED = [
    ("Ilham Aliyev", "mendesak Presiden Prancis"),  # 'Aliyev mendesak Presiden Prancis ... untuk'
    ("Kementerian Luar Negeri Iran", "pemerintahnya menyerukan agar"),  # 'Juru bicara ... mengatakan, ...'
    ("Recep Tayyip Erdogan", "menyerukan kepada orang-orang"),  # 'Erdogan menyerukan kepada ... untuk'
    ("Ibrahim Kalin", "Armenia melanggar gencatan"),  # 'Kalin menuduh Armenia melanggar ...'
    ("Jerman", "menyerukan agar segera"),  # 'Jerman juga menyerukan agar ...'
    ("Kementerian Luar Negeri Pakistan", "penembakan oleh pasukan"),  # 'Juru bicara ... mengatakan, ...'
]


@pytest.fixture(scope="module")
def extraction():
    article = read_article(SEED)
    return article, extract_article(article, Registries(), "aliyev-armenia-harus-tinggalkan-wilayah")


def test_sheet_validates(extraction):
    _, x = extraction
    sheet = Sheet.model_validate(x.sheet)
    assert sheet.article.source == "Tribunnews.com"
    assert sheet.article.author == "Andari Wulan Nugrahani"
    assert sheet.article.cites == ["CNN", "Al Jazeera"]
    assert len(sheet.article.related) == 11
    assert sheet.article.title.startswith("Presiden Azerbaijan Ilham Aliyev")


@pytest.mark.parametrize("start, speaker, country", EXPECTED)
def test_expected_quote(extraction, start, speaker, country):
    article, x = extraction
    found = [q for q in x.sheet["quotes"] if q["kind"] == "direct" and q["text"].startswith(start)]
    assert len(found) == 1, start
    q = found[0]
    assert q["speaker"] == speaker
    assert q["country"] == country
    a, b = q["span"]
    assert article.body[a:b] == q["text"]
    s, e = q["sentence"]
    assert s <= a and b <= e


def test_nothing_extra(extraction):
    _, x = extraction
    direct = [q for q in x.sheet["quotes"] if q["kind"] == "direct"]
    assert len(direct) == len(EXPECTED)
    # the reported demand of the first sentence is Aliyev's indirect quote
    first = x.sheet["quotes"][0]
    assert first["speaker"] == "Ilham Aliyev" or x.sheet["quotes"][0]["text"].startswith("Kemudian")
    indirect = [q for q in x.sheet["quotes"] if q["kind"] == "indirect"]
    assert any("meninggalkan wilayahnya" in q["text"] and q["speaker"] == "Ilham Aliyev" for q in indirect)
    # Besides that demand, exactly these reported statements, each of the form the extraction issue
    # asks for ('X mengatakan, ...', 'X menyerukan agar ...', 'X mendesak Y untuk ...'); a new
    # indirect quote on the seed fails here and must be looked at.
    assert sorted((q["speaker"], " ".join(q["text"].split()[:3])) for q in indirect
                  if "meninggalkan wilayahnya" not in q["text"]) == sorted(REPORTED)
    # no quote comes from a related-headline line
    for q in x.sheet["quotes"]:
        assert "Berpihak ke Armenia" not in q["text"]


def test_roles_and_people(extraction):
    _, x = extraction
    people = {p["name"]: p for p in x.people}
    assert people["Ilham Aliyev"]["role"] == "Presiden Azerbaijan"
    assert people["Ibrahim Kalin"]["role"] == "Juru bicara Erdogan"
    assert people["Kremlin"]["type"] == "organization"
    assert "Aliyev" in people["Ilham Aliyev"]["aliases"]
