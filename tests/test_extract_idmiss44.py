"""Indonesian misses (helper idmiss, forty-fourth session): the common misspellings of listed speech verbs are read
as the verbs. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Banjir besar melanda Kabupaten Bekasi pada Senin (5/2).\n\n"
          "{s}\n\n"
          "Evakuasi berlangsung hingga sore.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


# ---- a misspelt speech verb: 'mengtakan', 'mengetakan' -------------------------------------------------

def test_misspelt_verb_with_a_bare_clause_reports_it():
    assert _reports("Bupati Bekasi Eka Supria Atmaja mengtakan masih terlalu dini untuk menghitung kerugian.") \
        == [("Eka Supria Atmaja", "masih terlalu dini untuk menghitung kerugian")]


def test_misspelt_verb_with_a_comma_reports_the_clause():
    assert _reports("Kapolres Bekasi Sumanto mengetakan, pihaknya mengerahkan 200 personel ke lokasi banjir.") \
        == [("Sumanto", "pihaknya mengerahkan 200 personel ke lokasi banjir")]


def test_misspelt_verb_before_a_direct_quote_cues_it():
    body = _INTRO.format(s='Kapolres Bekasi Sumanto mengetakan, "Kami sudah mengerahkan semua personel."')
    assert [q["speaker"] for q in run(body)["quotes"] if q["kind"] == "direct"] == ["Sumanto"]


def test_verb_of_holding_an_event_is_no_misspelling():
    # ('mengadakan', one letter from 'mengatakan', is a verb of its own: no report)
    assert _reports("Bupati Bekasi Eka Supria Atmaja mengadakan rapat darurat di kantornya.") == []
