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


# ---- a lead paragraph, then 'Hal itu disampaikan X' opening the next one: the whole lead is X's ------------

def _attributed(body: str) -> list[tuple[str, str]]:
    return indirect(run(body))


def test_attribution_after_the_lead_paragraph_takes_every_sentence_of_it():
    body = ("Jakarta, CNN Indonesia -- Tabrakan antara kereta api dan sebuah mobil terjadi di pelintasan tidak resmi. "
            "Pelintasan sebidang tersebut tidak dilengkapi palang pintu.\n\n"
            "Fakta tersebut diutarakan Kepala Humas PT KAI Daop 4 Edy Koeswoyo melalui sambungan telepon.\n\n"
            "Kereta itu tertahan selama dua jam.")
    assert _attributed(body) == [
        ("Edy Koeswoyo", "Tabrakan antara kereta api dan sebuah mobil terjadi di pelintasan tidak resmi"),
        ("Edy Koeswoyo", "Pelintasan sebidang tersebut tidak dilengkapi palang pintu")]


def test_attribution_inside_the_lead_paragraph_takes_the_sentence_before_only():
    body = ("Jakarta, CNN Indonesia -- Tabrakan antara kereta api dan sebuah mobil terjadi di pelintasan tidak resmi. "
            "Pelintasan sebidang tersebut tidak dilengkapi palang pintu. "
            "Fakta tersebut diutarakan Kepala Humas PT KAI Daop 4 Edy Koeswoyo melalui sambungan telepon.\n\n"
            "Kereta itu tertahan selama dua jam.")
    assert _attributed(body) == [("Edy Koeswoyo", "Pelintasan sebidang tersebut tidak dilengkapi palang pintu")]


def test_attribution_after_a_later_paragraph_takes_its_last_sentence_only():
    # (a paragraph of the story's body, not its lead: only the sentence right before is pointed back at)
    body = ("Jakarta, CNN Indonesia -- Sebuah kereta api menabrak mobil di Grobogan pada Minggu pagi.\n\n"
            "Tabrakan terjadi di pelintasan tidak resmi. Pelintasan sebidang tersebut tidak dilengkapi palang pintu.\n\n"
            "Fakta tersebut diutarakan Kepala Humas PT KAI Daop 4 Edy Koeswoyo melalui sambungan telepon.")
    assert _attributed(body) == [("Edy Koeswoyo", "Pelintasan sebidang tersebut tidak dilengkapi palang pintu")]


def test_lead_with_a_report_of_its_own_keeps_it():
    # (a lead that already names who said its first sentence: the attribution takes only the last one)
    body = ("Jakarta, CNN Indonesia -- Bupati Grobogan Sri Sumarni mengatakan tabrakan itu terjadi di pelintasan "
            "tidak resmi. Pelintasan sebidang tersebut tidak dilengkapi palang pintu.\n\n"
            "Fakta tersebut diutarakan Kepala Humas PT KAI Daop 4 Edy Koeswoyo melalui sambungan telepon.")
    assert ("Edy Koeswoyo", "Pelintasan sebidang tersebut tidak dilengkapi palang pintu") in _attributed(body)
    assert not any(s == "Edy Koeswoyo" and "terjadi di pelintasan" in t for s, t in _attributed(body))
