"""Quotes whose cue names a document pointing back (helper iddoc, forty-second session): '"...," catat
studi tersebut.', '"...," lanjut laporan itu.'. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


_PM = "Sejak saat itu, para perdana menteri telah menyampaikan pidato dari benteng tersebut.\n"
_QUOTE = "\"Fenomena ini terjadi ketika partikulat mengendap dan terakumulasi di dinding,\""


def test_a_study_pointing_back_is_the_researchers_the_article_named():
    body = (_PM + "Para peneliti mempelajari data kualitas udara kota itu selama dua tahun.\n"
            + _QUOTE + " catat studi tersebut.\n")
    assert ("peneliti", "Fenomena ini terjadi ketika partikulat mengendap dan terakumulasi di dinding") \
        in _quotes(body)


def test_a_study_pointing_back_is_not_the_group_quoted_last():
    body = _PM + _QUOTE + " kata studi tersebut.\n"
    speakers = [s for s, t in _quotes(body) if t.startswith("Fenomena")]
    assert speakers == ["studi"]


def test_a_report_pointing_back_is_its_issuer_named_with_it():
    body = ("Presiden Joko Widodo menyampaikan pidato di depan parlemen, Senin.\n"
            "Menurut laporan dari Bank Dunia, pertumbuhan ekonomi kawasan melambat tahun ini.\n"
            + _QUOTE + " lanjut laporan itu.\n")
    speakers = [s for s, t in _quotes(body) if t.startswith("Fenomena")]
    assert speakers == ["Bank Dunia"]


def test_a_report_pointing_back_with_no_issuer_speaks_as_itself():
    body = ("Presiden Joko Widodo menyampaikan pidato di depan parlemen, Senin.\n"
            + _QUOTE + " kata laporan tersebut.\n")
    speakers = [s for s, t in _quotes(body) if t.startswith("Fenomena")]
    assert speakers == ["laporan"]


def test_a_statement_pointing_back_stays_with_the_one_who_made_it():
    # (a statement is no research document: 'bunyi pernyataan tersebut' is the one who issued it)
    body = ("Grup musik Linkin Park merilis pernyataan di laman resminya, Rabu.\n"
            + _QUOTE + " bunyi pernyataan tersebut.\n")
    speakers = [s for s, t in _quotes(body) if t.startswith("Fenomena")]
    assert speakers and speakers[0] != "pernyataan"


def test_an_unnamed_source_pointing_back_is_left_to_the_source_rules():
    body = ("Kabar itu dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya.\n"
            + _QUOTE + " ujar sumber tersebut.\n")
    assert _quotes(body)[0][0] == "sumber militer yang tidak ingin disebutkan namanya"
