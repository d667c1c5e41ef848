"""A title's word written in lower case only after a determiner that points back at its named holder
('Sang gubernur berpendapat ...') (lead, forty-fifth session): it leaves the office and its holder
opening the article whole, and the description speaks as that holder. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None, str]]:
    return quote_fields(body, "speaker", "kind", "text")


_LEAD = ("PALEMBANG - Gubernur Sumatera Selatan Budi Santosa menilai lintasan reli di Ogan Ilir siap "
         "menggelar kejuaraan reli tingkat Asia Pasifik.\n\n"
         "Budi sempat menjajal lintasan tersebut.\n\n"
         "\"Sirkuit ini benar-benar memacu adrenalin para pereli,\" kata Budi.\n\n")


def test_lead_report_kept_when_a_later_sang_description_points_back_at_the_holder():
    body = _LEAD + ("Sang gubernur berpendapat bahwa ajang balap seperti reli bisa menjadi promosi bagi "
                    "kawasan Sumatera Selatan.")
    who = _who(body)
    assert ("Budi Santosa", "indirect",
            "lintasan reli di Ogan Ilir siap menggelar kejuaraan reli tingkat Asia Pasifik") in who
    assert ("Budi Santosa", "indirect",
            "ajang balap seperti reli bisa menjadi promosi bagi kawasan Sumatera Selatan") in who


def test_lead_report_as_before_without_the_sang_description():
    who = _who(_LEAD)
    assert ("Budi Santosa", "indirect",
            "lintasan reli di Ogan Ilir siap menggelar kejuaraan reli tingkat Asia Pasifik") in who


def test_sang_description_of_an_office_no_one_named_holds_is_no_speaker():
    body = ("PALEMBANG - Bupati Ogan Ilir Budi Santosa menilai lintasan reli di Tanjung Senai siap menggelar "
            "kejuaraan reli tingkat Asia Pasifik.\n\n"
            "Sang gubernur berpendapat bahwa ajang balap seperti reli bisa menjadi promosi bagi kawasan "
            "Sumatera Selatan.")
    who = _who(body)
    assert [s for s, _, t in who if t.startswith("ajang balap")] == []


# ---- 'Gubernur Sumatera Selatan Budi Santosa menilai ...' opening the article, 'gubernur' in lower case
# elsewhere: the home region the office serves and the name after it keep the title ----------------------

def test_office_of_a_home_region_and_its_holder_open_the_article_though_the_title_is_written_lower():
    body = _LEAD + "Ajang itu digelar menjelang pemilihan gubernur tahun depan."
    assert ("Budi Santosa", "indirect",
            "lintasan reli di Ogan Ilir siap menggelar kejuaraan reli tingkat Asia Pasifik") in _who(body)


def test_capitalised_common_word_before_a_region_is_still_cut_off():
    # ('Warga Sumatera Selatan ...': 'warga' is no title; the sentence has no speaker named)
    body = ("Warga Sumatera Selatan menilai lintasan reli di Ogan Ilir siap menggelar kejuaraan reli.\n\n"
            "Sebagian warga datang menonton.")
    assert _who(body) == []
