"""Stances: the seed article's expected positions, and constructed cases for negation, claims,
conditionals, questions and both languages.

Runs on the real finder / sentence splitter / language packs of generator/extract when they are
importable, and on small local stand-ins otherwise (so this file never depends on test order).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.extract.conflicts import detect_conflict
from generator.extract.stances import extract_stances, stance_lexicon

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "content" / "articles" / "000_7b54c82ff4f6f653.txt"


# ---- stand-ins (used only when generator/extract's own modules are missing) -----------------


@dataclass(frozen=True)
class _Mention:
    code: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int


_NAMES = {
    "Armenia": "AM", "Azerbaijan": "AZ", "Turki": "TR", "Turkey": "TR", "Pakistan": "PK",
    "Iran": "IR", "Rusia": "RU", "Russia": "RU", "Jerman": "DE", "Germany": "DE", "Prancis": "FR",
    "France": "FR", "Vatikan": "VA", "Suriah": "SY", "Syria": "SY", "Indonesia": "ID",
    "Israel": "IL", "Palestina": "PS", "Palestine": "PS", "Amerika Serikat": "US",
    "United States": "US", "China": "CN", "Ukraina": "UA", "Ukraine": "UA", "India": "IN",
    "Greece": "GR", "Yunani": "GR", "Qatar": "QA", "Kuwait": "KW", "Japan": "JP", "Jepang": "JP",
}


class _Finder:
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
                         + r")(?!\w)")

    def find(self, text, start=0, end=None):
        end = len(text) if end is None else end
        return [_Mention(_NAMES[m.group()], m.start(), m.end(), m.group())
                for m in self.pattern.finditer(text, start, end)]


def _split(body: str, lang: str):
    out, pos = [], 0
    for match in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))[ \t]+(?=[\"“A-Z])|\n+", body):
        if match.start() > pos:
            out.append(_Sentence(pos, match.start()))
        pos = match.end()
    if pos < len(body):
        out.append(_Sentence(pos, len(body)))
    return out


def tools(lang: str):
    """(pack, finder, split_sentences): the real ones when they exist."""
    try:
        from generator.extract.gazetteer import CountryFinder
        from generator.extract.langpack import load_pack
        from generator.extract.sentences import split_sentences
        return load_pack(lang), CountryFinder.for_language(lang), split_sentences
    except ImportError:  # pragma: no cover - before the extractor's modules exist
        return lang, _Finder(), _split


def related_spans(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in body.split("\n"):
        if re.match(r"\s*(?:Baca(?: juga)?|Read more|Also read)\s*:", line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def run(body: str, lang: str, quotes=(), parties=None):
    pack, finder, split = tools(lang)
    sentences = split(body, lang)
    ignored = related_spans(body)
    conflict = {"id": None, "name": "x", "parties": parties} if parties else detect_conflict(
        body, pack, sentences, finder, ignored, None)
    stances = extract_stances(body, pack, sentences, list(quotes), finder, conflict, ignored)
    return conflict, {(s["country"], s["claimed_by"]): s for s in stances}


def position_of(stances: dict, country: str, claimed_by=None):
    """(position, side) of a country's stance in run()'s result, None when it has none."""
    stance = stances.get((country, claimed_by))
    return (stance["position"], stance["side"]) if stance else None


def quote(body: str, text: str, country: str, qid: str) -> dict:
    start = body.index(text)
    return {"id": qid, "speaker": "x", "speaker_type": "person", "role": None, "country": country,
            "text": text, "kind": "direct", "span": [start, start + len(text)], "sentence": None}


# ---- the seed -------------------------------------------------------------------------------

SEED_QUOTES = [
    ("Kemudian, perang akan berhenti", "AZ"), ("Saya pikir pemerintah Armenia", "AZ"),
    ("Dia membuat pernyataan tanpa bukti", "AZ"), ("Pimpinan militer-politik Azerbaijan", "AM"),
    ("Iran memantau dengan cermat", "IR"), ("Teheran siap menggunakan", "IR"),
    ("Kami juga menyerukan kepada seluruh dunia", "TR"), ("dengan menyerang warga sipil", "TR"),
    ("Kami menyerukan pihak-pihak", "RU"), ("diakhirinya permusuhan", "RU"),
    ("Pihak Rusia menyatakan", "RU"), ("Saya menyerukan kepada kedua belah pihak", "DE"),
    ("Konflik di wilayah Nagorno-Karabakh hanya", "DE"), ("Saya berdoa untuk perdamaian", "VA"),
    ("Bukan dengan penggunaan", "VA"), ("sangat prihatin", "PK"),
    ("tercela dan paling disayangkan.", "PK"), ("Kami mendukung posisi Azerbaijan", "PK"),
]


def seed_quotes(body: str) -> list[dict]:
    out = []
    for index, (start_text, code) in enumerate(SEED_QUOTES, 1):
        start = body.index(start_text)
        end = body.find('"', start)
        out.append({"id": f"q{index}", "speaker": "x", "country": code, "kind": "direct",
                    "text": body[start:end], "span": [start, end], "sentence": None})
    return out


def seed_body() -> str:
    from generator.articles import read_article

    return read_article(SEED).body


EXPECTED_SEED = {"AZ": ("party", None), "AM": ("party", None), "TR": ("backs", "AZ"),
                 "PK": ("backs", "AZ"), "IR": ("neutral", None), "RU": ("neutral", None),
                 "DE": ("neutral", None), "VA": ("neutral", None)}


def test_seed_stances_with_its_quotes():
    body = seed_body()
    conflict, stances = run(body, "id", seed_quotes(body))
    assert set(conflict["parties"]) == {"AZ", "AM"}
    assert conflict["name"] == "Nagorno-Karabakh"
    got = {code: (s["position"], s["side"]) for (code, claimed), s in stances.items() if not claimed}
    assert got == EXPECTED_SEED
    assert ("FR", None) not in stances  # France's siding is only in a `Baca:` headline
    assert not any(claimed for _, claimed in stances)
    assert stances[("TR", None)]["id"] == "tr"
    assert "q18" in stances[("PK", None)]["evidence"]
    assert "ceasefire" in stances[("RU", None)]["calls_for"]
    for stance in stances.values():
        assert stance["reviewed"] is False
        assert 0 <= stance["confidence"] <= 1


def test_seed_through_the_pipeline():
    """The seed through the real extraction pipeline: its stances come from extraction alone."""
    from generator.articles import read_article
    from generator.content import Registries
    from generator.extract.pipeline import extract_article

    result = extract_article(read_article(SEED), Registries(), "seed")
    stances = result.sheet["stances"]
    got = {s["country"]: (s["position"], s.get("side")) for s in stances if not s.get("claimed_by")}
    assert got == EXPECTED_SEED


def test_stance_ids_are_stable():
    body = seed_body()
    _, first = run(body, "id", seed_quotes(body))
    _, second = run(body, "id", seed_quotes(body))
    assert [s["id"] for s in first.values()] == [s["id"] for s in second.values()]


# ---- constructed cases ------------------------------------------------------------------------

AM_AZ = ["AZ", "AM"]


def test_indonesian_support_and_negation():
    body = ("Turki mendukung Azerbaijan dalam konflik itu.\n"
            "Jepang tidak mendukung Armenia maupun Azerbaijan dan menyerukan gencatan senjata.\n"
            "Qatar menolak mendukung Armenia.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert (stances[("TR", None)]["position"], stances[("TR", None)]["side"]) == ("backs", "AZ")
    assert stances[("JP", None)]["position"] == "neutral"
    assert "ceasefire" in stances[("JP", None)]["calls_for"]
    assert ("QA", None) not in stances or stances[("QA", None)]["position"] not in ("backs", "opposes")


def test_a_list_of_addressees_is_not_the_subject():
    body = ("Armenia dan Azerbaijan bertempur lagi.\n"
            "Ia mengatakan kepada Rusia, Jepang, Qatar serta Kanada bahwa dia bersedia membantu menengahi "
            "perundingan.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert not {c for c, _ in stances} & {"RU", "JP", "QA", "CA"}


def test_english_support_negation_and_condemnation():
    body = ("Turkey backs Azerbaijan in the war.\n"
            "Japan does not support Armenia and called for a ceasefire.\n"
            "Greece condemned Azerbaijan for the shelling.")
    _, stances = run(body, "en", parties=AM_AZ)
    assert (stances[("TR", None)]["position"], stances[("TR", None)]["side"]) == ("backs", "AZ")
    assert stances[("JP", None)]["position"] == "neutral"
    greece = stances[("GR", None)]
    assert (greece["position"], greece["side"]) in {("opposes", "AZ"), ("backs", "AM")}


def test_claims_are_recorded_as_claims():
    body = "Turki menuduh Prancis berpihak kepada Armenia dalam perang tersebut."
    _, stances = run(body, "id", parties=AM_AZ)
    claim = stances[("FR", "TR")]
    assert (claim["position"], claim["side"], claim["id"]) == ("backs", "AM", "fr-claimed-by-tr")
    assert ("FR", None) not in stances

    body = "Turkey accused France of siding with Armenia."
    _, stances = run(body, "en", parties=AM_AZ)
    assert stances[("FR", "TR")]["side"] == "AM"
    assert ("FR", None) not in stances


def test_claim_inside_a_quote():
    body = 'Erdogan berkata, "Prancis mendukung Armenia dalam perang ini," kata dia.'
    q = quote(body, "Prancis mendukung Armenia dalam perang ini,", "TR", "q1")
    _, stances = run(body, "id", [q], parties=AM_AZ)
    assert stances[("FR", "TR")]["evidence"] == ["q1"]
    assert ("FR", None) not in stances


def test_own_statement_in_a_quote():
    body = 'Juru bicara itu mengatakan, "Kami mendukung posisi Azerbaijan," tambahnya.'
    q = quote(body, "Kami mendukung posisi Azerbaijan,", "PK", "q3")
    _, stances = run(body, "id", [q], parties=AM_AZ)
    assert stances[("PK", None)]["position"] == "backs"
    assert stances[("PK", None)]["evidence"] == ["q3"]


def test_conditionals_and_questions_are_not_positions():
    body = ("Jika Armenia menyerang lagi, Turki akan mendukung Azerbaijan.\n"
            "Apakah Jepang mendukung Armenia?\n"
            "Would Greece back Azerbaijan if the war resumed?")
    _, id_stances = run(body, "id", parties=AM_AZ)
    assert ("TR", None) not in id_stances
    assert ("JP", None) not in id_stances
    _, en_stances = run(body, "en", parties=AM_AZ)
    assert ("GR", None) not in en_stances


def test_mediation_is_neutral():
    body = "Kuwait siap menjadi mediator antara Armenia dan Azerbaijan."
    _, stances = run(body, "id", parties=AM_AZ)
    assert stances[("KW", None)]["position"] == "neutral"
    body = "India offered to mediate between Armenia and Azerbaijan and urged restraint."
    _, stances = run(body, "en", parties=AM_AZ)
    assert stances[("IN", None)]["position"] == "neutral"


def test_section_heading_and_pronoun_carry_the_actor():
    body = ("Jerman\n"
            "Menteri Luar Negeri menyerukan agar segera diadakan gencatan senjata.\n"
            "Pakistan\n"
            "Kementerian Luar Negeri mengatakan mereka mendukung Azerbaijan.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert stances[("DE", None)]["position"] == "neutral"
    assert stances[("PK", None)]["side"] == "AZ"


def test_decision_of_a_country_is_its_act():
    body = ("Inggris tidak sepakat dengan keputusan Amerika Serikat mengakui Yerusalem sebagai "
            "ibu kota Israel.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert stances[("US", None)]["side"] == "IL"
    assert ("GB", None) not in stances or stances[("GB", None)]["side"] != "IL"


def test_related_headlines_are_never_evidence():
    body = ("Baca: Jepang Mendukung Azerbaijan\n"
            "Armenia dan Azerbaijan kembali bertempur di perbatasan.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert ("JP", None) not in stances


def test_no_conflict_no_stances():
    assert extract_stances("Turki mendukung Azerbaijan.", "id", [], [], _Finder(), None, []) == []


def test_lexicons_load_for_both_languages():
    for lang in ("id", "en"):
        lexicon = stance_lexicon(lang)
        assert {"support", "criticize", "appeal", "mediate"} <= set(lexicon.categories)
        assert lexicon.cues.regex is not None


def test_an_appeal_aimed_at_one_party_is_a_demand_on_it():
    body = ("Pemerintah Amerika Serikat mendesak Azerbaijan untuk melindungi warga sipil.\n"
            "Jepang menyerukan agar Armenia dan Azerbaijan segera mengakhiri konflik.")
    _, stances = run(body, "id", parties=AM_AZ)
    us = stances[("US", None)]
    assert (us["position"], us["side"]) in {("opposes", "AZ"), ("backs", "AM")}
    assert stances[("JP", None)]["position"] == "neutral"


def test_a_group_subject_carries_to_the_next_sentence():
    body = ("Egypt, France and Cyprus met in Cairo on Wednesday.\n"
            "They condemned Azerbaijan for the shelling.")
    _, stances = run(body, "en", parties=AM_AZ)
    for code in ("EG", "FR", "CY"):
        assert stances[(code, None)]["side"] in ("AZ", "AM")


def test_a_pronoun_subject_makes_the_country_after_it_an_object():
    body = ("Jepang mengecam serangan itu.\n"
            "Dia mendorong China, sekutu terbesar Armenia, untuk berbuat lebih banyak.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert ("CN", None) not in stances or stances[("CN", None)]["side"] != "AM"


def test_backing_another_country_is_not_backing_a_party_named_later():
    body = "China mendukung upaya Korea Selatan untuk memulai kembali dialog dengan Armenia."
    _, stances = run(body, "id", parties=AM_AZ)
    assert ("CN", None) not in stances or stances[("CN", None)]["position"] == "neutral"


def test_passive_agents_are_the_actors():
    body = ("Armenia, which is recognized only by Turkey, shelled the border.\n"
            "Azerbaijan was condemned in a joint statement by Egypt, Greece and Cyprus on Monday.\n"
            "Recently Armenia announced a naval coalition which was joined by Japan and India.")
    _, stances = run(body, "en", parties=AM_AZ)
    for code in ("EG", "GR", "CY", "JP", "IN"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) in {
            ("backs", "AM"), ("opposes", "AZ")}, code


def test_a_passive_cue_without_a_patient_refers_to_the_last_party():
    body = ("Armenian President Armen Sarkissian called for action on Monday.\n"
            "The call was quickly seconded by German Chancellor Angela Merkel and Greece.")
    _, stances = run(body, "en", parties=AM_AZ)
    for code in ("DE", "GR"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("backs", "AM")


def test_signing_an_agreement_with_one_party_is_backing_it():
    body = ("On November 27, Azerbaijan and Libya signed a maritime border agreement.\n"
            "In 2017, a memorandum of understanding was signed between Cyprus, Armenia and Israel.\n"
            "Japan signed a deal with Armenia.\n"
            "India condemned the agreement between Armenia and Azerbaijan.\n"
            "Egypt withdrew from a treaty with Armenia.")
    _, stances = run(body, "en", parties=AM_AZ)
    assert (stances[("LY", None)]["position"], stances[("LY", None)]["side"]) == ("backs", "AZ")
    for code in ("CY", "IL", "JP"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("backs", "AM")
    assert ("IN", None) not in stances or stances[("IN", None)]["position"] != "backs"
    assert ("EG", None) not in stances


def test_counterparts_join_the_subject_and_they_refers_to_the_group():
    body = ("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts "
            "gathered in Cairo on Wednesday.\n"
            "The Italian foreign minister joined the talks as an observer.\n"
            "They concluded that the agreement signed by Azerbaijan is \"null and void\". "
            "They called on Azerbaijan to halt its drilling.")
    _, stances = run(body, "en", parties=AM_AZ)
    for code in ("EG", "GR", "CY", "FR"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) in {
            ("backs", "AM"), ("opposes", "AZ")}, code
    assert ("IT", None) not in stances


def test_taking_part_in_settling_a_dispute_is_neutral():
    body = ("Prihatin dengan kondisi kawasan, Turki ikut ambil bagian dalam menyelesaikan sengketa "
            "antara Armenia dan Azerbaijan.\n"
            "Jepang menyatakan status wilayah itu mesti diputuskan lewat perundingan antara Armenia "
            "dan Azerbaijan.")
    _, stances = run(body, "id", parties=AM_AZ)
    assert stances[("TR", None)]["position"] == "neutral"
    assert stances[("JP", None)]["position"] == "neutral"


def test_backing_another_countrys_effort_at_talks_is_a_claim_it_seeks_talks():
    body = "China mendukung upaya Jepang untuk memulai kembali dialog dengan Armenia dan Azerbaijan."
    _, stances = run(body, "id", parties=AM_AZ)
    assert stances[("JP", "CN")]["position"] == "neutral"
    assert ("JP", None) not in stances


def test_our_friend_in_a_partys_quote_is_a_claim_it_backs_the_speaker():
    body = '"China adalah teman kami, jadi tidak mungkin isu ini berlanjut," ujar pejabat Armenia.'
    q = quote(body, "China adalah teman kami, jadi tidak mungkin isu ini berlanjut,", "AM", "q1")
    _, stances = run(body, "id", quotes=[q], parties=AM_AZ)
    assert (stances[("CN", "AM")]["position"], stances[("CN", "AM")]["side"]) == ("backs", "AM")


def test_a_participle_in_a_quote_belongs_to_the_clause_subject_not_the_speaker():
    body = '"The airline transports fighters across the region, supporting Azerbaijan," said the envoy.'
    q = quote(body, "The airline transports fighters across the region, supporting Azerbaijan,", "US", "q1")
    _, stances = run(body, "en", [q], parties=AM_AZ)
    assert ("US", None) not in stances


def test_an_organisation_named_first_after_an_opposing_cue_is_what_it_opposes():
    parties = ["IL", "PS"]
    body = "Rusia kerap menuding PBB bersikap tidak adil terhadap Israel."
    _, stances = run(body, "id", parties=parties)
    assert ("RU", None) not in stances
    body = "Russia threatened to leave the UN over its bias against Israel."
    _, stances = run(body, "en", parties=parties)
    assert ("RU", None) not in stances
    # with no organisation before it, the state is the target
    body = "Rusia kerap menuding Israel bersikap tidak adil."
    _, stances = run(body, "id", parties=parties)
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "IL")
    # an appeal to an organisation against a state still points at the state
    body = "Russia urged the UN to sanction Israel."
    _, stances = run(body, "en", parties=parties)
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "IL")


def test_a_joint_military_exercise_with_one_party_backs_it():
    parties = ["US", "IR"]
    body = "Jepang dan Amerika Serikat memulai program latihan angkatan laut gabungan di Okinawa."
    _, stances = run(body, "id", parties=parties)
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("backs", "US")
    body = "Japan held joint naval exercises with the United States near Okinawa."
    _, stances = run(body, "en", parties=parties)
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("backs", "US")
    # an exercise of the party alone gives no other country a stance
    body = "Amerika Serikat memulai latihan gabungan di dekat Jepang."
    _, stances = run(body, "id", parties=parties)
    assert ("JP", None) not in stances


def test_a_cue_in_a_relative_clause_about_a_noun_is_not_the_subjects_act():
    parties = ["IL", "PS"]
    body = "Rusia menyebut pembentukan negara baru di wilayah itu yang dapat mengancam keamanan Israel."
    _, stances = run(body, "id", parties=parties)
    assert ("RU", None) not in stances
    body = ('"Kemenangan Rusia menjadi kesempatan untuk mencabut gagasan negara baru yang dapat '
            'mengancam keamanan Israel," kata menteri Armenia.')
    q = quote(body, "Kemenangan Rusia menjadi kesempatan untuk mencabut gagasan negara baru yang dapat "
                    "mengancam keamanan Israel,", "AM", "q1")
    _, stances = run(body, "id", quotes=[q], parties=parties)
    assert ("RU", None) not in stances and ("RU", "AM") not in stances
    # the state right before the marker acts; a closed relative clause leaves the subject's act
    body = "Rusia, yang selama ini mengancam Israel, kembali mengecam Israel."
    _, stances = run(body, "id", parties=parties)
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "IL")
    body = "Russia, which has long criticised Israel, condemned Israel again."
    _, stances = run(body, "en", parties=parties)
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "IL")


def test_the_quote_of_a_group_subject_is_every_states_of_the_group():
    body = "Amerika Serikat, Jepang dan India meminta China mematuhi putusan arbitrase internasional."
    text = "meminta China mematuhi putusan arbitrase internasional"
    q = quote(body, text, "US", "q1")
    q["kind"] = "indirect"
    _, stances = run(body, "id", quotes=[q], parties=["CN", "VN"])
    for code in ("US", "JP", "IN"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("opposes", "CN")
    # a speaker named alone keeps the quote
    body = "Amerika Serikat meminta China mematuhi putusan arbitrase internasional, kata Jepang."
    q = quote(body, text, "US", "q1")
    _, stances = run(body, "id", quotes=[q], parties=["CN", "VN"])
    assert ("US", None) in stances and ("JP", None) not in stances


def test_backing_an_armed_side_that_is_no_state_opposes_the_only_party():
    body = ("Menteri Suriah balik menuduh gerilyawan yang didukung Prancis, Turki dan Qatar "
            "melancarkan serangan itu.")
    _, stances = run(body, "id", parties=["SY"])
    for code in ("FR", "TR", "QA"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("opposes", "SY")
    # inside a quote of the party: the party's claim
    text = "balik menuduh gerilyawan yang didukung Prancis, Turki dan Qatar melancarkan serangan itu"
    q = quote(body, text, "SY", "q1")
    _, stances = run(body, "id", quotes=[q], parties=["SY"])
    assert stances[("FR", "SY")]["position"] == "opposes" and ("FR", None) not in stances
    body = "Officials said the rebels backed by France attacked the base."
    _, stances = run(body, "en", parties=["SY"])
    assert (stances[("FR", None)]["position"], stances[("FR", None)]["side"]) == ("opposes", "SY")
    # with two parties the rule says nothing (which party the rebels fight is not given)
    _, stances = run(body, "en", parties=["SY", "TR"])
    assert ("FR", None) not in stances or stances[("FR", None)]["side"] != "SY" \
        or stances[("FR", None)]["position"] != "opposes"


def test_a_particle_written_onto_a_country_name_is_still_the_country():
    from generator.extract.gazetteer import CountryFinder

    finder = CountryFinder.for_language("id")
    found = [(m.code, m.surface) for m in finder.find("Arab Saudilah yang melancarkan serangan, Turkipun diam.")]
    assert found == [("SA", "Arab Saudi"), ("TR", "Turki")]
    body = "Menteri Suriah menuduh gerilyawan yang didukung Prancis dan Arab Saudilah yang menyerang."
    _, stances = run(body, "id", parties=["SY"])
    assert (stances[("SA", None)]["position"], stances[("SA", None)]["side"]) == ("opposes", "SY")


def test_naming_an_atrocity_opposes_the_one_party_of_a_one_sided_conflict():
    body = "Prancis menyebut krisis ini sebagai genosida."
    _, stances = run(body, "id", parties=["MM"])
    assert (stances[("FR", None)]["position"], stances[("FR", None)]["side"]) == ("opposes", "MM")
    body = "France called the crackdown ethnic cleansing."
    _, stances = run(body, "en", parties=["MM"])
    assert (stances[("FR", None)]["position"], stances[("FR", None)]["side"]) == ("opposes", "MM")
    # with two parties and none named, the atrocity points at nobody
    _, stances = run(body, "en", parties=["MM", "BD"])
    assert ("FR", None) not in stances


def test_states_named_as_subject_in_the_quote_of_a_speaker_of_no_state_act():
    body = '"Prancis dan Jerman menyebut krisis ini sebagai genosida," kata aktivis itu.'
    q = quote(body, "Prancis dan Jerman menyebut krisis ini sebagai genosida,", None, "q1")
    _, stances = run(body, "id", quotes=[q], parties=["MM"])
    for code in ("FR", "DE"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("opposes", "MM")


def test_a_coordinator_and_an_officials_title_coordinate_two_states():
    body = "Presiden Prancis dan Menteri Luar Negeri Jerman menyebut krisis ini sebagai genosida."
    _, stances = run(body, "id", parties=["MM"])
    for code in ("FR", "DE"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("opposes", "MM")
    # a coordinator and ordinary words: the second state is no subject
    body = "Presiden Prancis dan wartawan dari Jerman menyebut krisis ini sebagai genosida."
    _, stances = run(body, "id", parties=["MM"])
    assert ("FR", None) in stances and ("DE", None) not in stances


def test_pressure_on_a_party_opposes_it():
    # CAMEO 17 Coerce: `dunia mesti terus menekan Korea Utara`
    body = ("Armenia dan Azerbaijan bertempur lagi.\n"
            "Jepang menyatakan dunia mesti terus menekan Azerbaijan agar mundur.")
    _, stances = run(body, "id", parties=AM_AZ)
    japan = stances[("JP", None)]
    assert (japan["position"], japan["side"]) in {("opposes", "AZ"), ("backs", "AM")}
    body = ("Armenia and Azerbaijan fought again.\n"
            "Japan said the world must keep up the pressure on Azerbaijan to withdraw.")
    _, stances = run(body, "en", parties=AM_AZ)
    japan = stances[("JP", None)]
    assert (japan["position"], japan["side"]) in {("opposes", "AZ"), ("backs", "AM")}


def test_an_appeal_about_the_relation_of_a_pair_takes_no_side():
    # `kerja sama antara Myanmar dan Bangladesh`: the appeal is about the two states' relation,
    # not a demand on the party; settling the problem is what it asks for
    body = ("Presiden Kazakhstan Nursultan Nazarbayev dan Presiden Turki Recep Tayyip Erdogan "
            "mendorong penyelesaian persoalan melalui kerja sama antara pemerintah Myanmar dan "
            "Bangladesh.")
    _, stances = run(body, "id", parties=["MM"])
    for code in ("KZ", "TR"):  # the first official's name does not end the group subject
        assert stances[(code, None)]["position"] == "neutral"
        assert "peace" in stances[(code, None)]["calls_for"]
    body = "Kazakhstan and Turkey urged cooperation between Myanmar and Bangladesh to resolve the crisis."
    _, stances = run(body, "en", parties=["MM"])
    assert stances[("KZ", None)]["position"] == "neutral"
    # aimed at the party alone, the appeal is still a demand on it
    _, stances = run("Kazakhstan urged Myanmar to resolve the crisis.", "en", parties=["MM"])
    assert (stances[("KZ", None)]["position"], stances[("KZ", None)]["side"]) == ("opposes", "MM")
    _, stances = run("Jepang mendesak Myanmar untuk melindungi warga sipil.", "id", parties=["MM"])
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("opposes", "MM")


def test_backing_the_forces_of_the_one_party_backs_it():
    # the party's own forces before a backing cue, a means of war before the backer
    body = "Pasukan pemerintah yang didukung serangan udara Arab Saudi melanjutkan operasi di pantai."
    _, stances = run(body, "id", parties=["YE"])
    assert (stances[("SA", None)]["position"], stances[("SA", None)]["side"]) == ("backs", "YE")
    body = "Government forces, backed by air strikes from Russia, retook the town."
    _, stances = run(body, "en", parties=["SY"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("backs", "SY")
    # an armed side of no state, even one whose name holds the state's, is still opposed
    _, stances = run("The Free Syrian Army, backed by Turkey, retook the town.", "en", parties=["SY"])
    assert (stances[("TR", None)]["position"], stances[("TR", None)]["side"]) == ("opposes", "SY")
    _, stances = run("Pemberontak yang didukung Iran merebut kota itu.", "id", parties=["YE"])
    assert (stances[("IR", None)]["position"], stances[("IR", None)]["side"]) == ("opposes", "YE")


def test_acting_together_against_a_third_side_backs_the_party():
    # `bersama mengalahkan ISIS`: military cooperation with the one party, as a joint exercise
    body = "Indonesia dan Filipina akan bersama mengalahkan ISIS di Marawi."
    _, stances = run(body, "id", parties=["PH"])
    assert (stances[("ID", None)]["position"], stances[("ID", None)]["side"]) == ("backs", "PH")
    body = "Indonesia and Malaysia will jointly fight ISIS in Sabah."
    _, stances = run(body, "en", parties=["MY"])
    assert (stances[("ID", None)]["position"], stances[("ID", None)]["side"]) == ("backs", "MY")
    # cooperating against a third side: `bekerja sama dalam menghadapi Korut`
    body = ("Presiden AS Donald Trump dan Presiden Korea Selatan Moon Jae-in menyatakan akan terus "
            "bekerja sama dalam menghadapi Korea Utara.")
    _, stances = run(body, "id", parties=["KP", "US"])
    assert (stances[("KR", None)]["position"], stances[("KR", None)]["side"]) == ("backs", "US")


def test_a_coordinated_subject_with_the_before_a_name():
    # `Japan and the United States began joint naval exercises`: `the` after `and` keeps the list
    body = "Japan and the United States began joint naval exercises."
    _, stances = run(body, "en", parties=["US", "KP"])
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("backs", "US")
    body = "Indonesia and the Philippines will jointly fight ISIS in Marawi."
    _, stances = run(body, "en", parties=["PH"])
    assert (stances[("ID", None)]["position"], stances[("ID", None)]["side"]) == ("backs", "PH")


def test_a_participle_right_before_its_agent_is_passive():
    # `in an operation supported by Russia`: a passive after a noun, with no auxiliary; with one
    # party and no patient named, the operation is that party's
    body = "The district was recaptured by the state in 2016, in an operation supported by Russia."
    _, stances = run(body, "en", parties=["SY"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("backs", "SY")


def test_pledging_funds_to_a_party_backs_it():
    # CAMEO 0331 intent to provide economic aid: `China, Iran, and Russia have pledged funds`
    body = "China, Iran, and Russia have pledged funds and Syria is taxing goods toward reconstruction."
    _, stances = run(body, "en", parties=["SY"])
    for code in ("CN", "IR", "RU"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) == ("backs", "SY")


def test_withholding_aid_on_a_condition_opposes_but_is_no_conflict():
    # CAMEO 162 reduce or stop material aid: `no support will come without political reform in
    # Syria` is pressure on Syria (not backing it), but no hostile act that makes a conflict pair
    body = "The US has further indicated no support will come without political reform in Syria."
    _, stances = run(body, "en", parties=["SY"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("opposes", "SY")
    assert detect_conflict(body, *tools("en")[:1], tools("en")[2](body, "en"), tools("en")[1]) is None


def test_finding_a_strike_justified_backs_the_striker():
    # CAMEO 052 defend verbally: `Netanyahu found the air strike justified`
    body = "Israeli Prime Minister Benjamin Netanyahu found the United States air strike justified."
    _, stances = run(body, "en", parties=["US", "IR"])
    assert (stances[("IL", None)]["position"], stances[("IL", None)]["side"]) == ("backs", "US")


def test_a_contracted_negator_negates():
    # `doesn't support`: the contracted negator (`n't` is written onto the verb) negates the cue
    _, stances = run("Russia doesn't support Armenia in the dispute.", "en", parties=["AM", "AZ"])
    assert stances.get(("RU", None)) is None or stances[("RU", None)]["position"] != "backs"


def test_an_act_named_without_its_state_is_the_lead_partys():
    # `USCIRF also criticized the move`, `spoke out against the attack`, `found the air strike
    # justified`: the act is the story's lead party's (the first party that is a sentence's subject)
    body = ("Turkey began a military offensive into Syria on Wednesday. France criticized the move. "
            "Iraq spoke out against the attack. Azerbaijan found the air strike justified.")
    _, stances = run(body, "en", parties=["TR", "SY"])
    assert (stances[("FR", None)]["position"], stances[("FR", None)]["side"]) == ("opposes", "TR")
    assert (stances[("IQ", None)]["position"], stances[("IQ", None)]["side"]) == ("opposes", "TR")
    assert (stances[("AZ", None)]["position"], stances[("AZ", None)]["side"]) == ("backs", "TR")


def test_a_cue_ending_in_by_is_a_phrasal_verb_not_a_passive():
    # `stands by` ends in the agent marker but has no auxiliary: Russia is the one standing by
    body = "Russia stands by Armenia in the conflict with Azerbaijan."
    _, stances = run(body, "en", parties=["AM", "AZ"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("backs", "AM")


def test_an_indonesian_passive_names_its_agents_after_oleh_or_right_after_it():
    # `Armenia yang didukung oleh Prancis dan Rusia`, `Azerbaijan yang didukung Turki`: the states
    # after the passive form (with or without `oleh`) back the party before it
    body = ("Armenia yang didukung oleh Prancis dan Rusia menolak usulan itu. "
            "Azerbaijan yang didukung Turki bertahan.")
    _, stances = run(body, "id", parties=["AM", "AZ"])
    assert stances[("FR", None)]["side"] == "AM" and stances[("RU", None)]["side"] == "AM"
    assert stances[("TR", None)]["position"] == "backs" and stances[("TR", None)]["side"] == "AZ"
    # an `oleh` further on is no agent of the cue: `mendukung serangan yang dilakukan oleh Turki`
    body = "Pakistan mendukung Azerbaijan dalam serangan yang dilakukan oleh Turki."
    _, stances = run(body, "id", parties=["AM", "AZ"])
    assert stances[("PK", None)]["side"] == "AZ" and ("TR", None) not in stances


def test_a_dual_pronoun_stands_for_the_two_states_just_named():
    # `Keduanya ...` opening a sentence: the two states the previous sentence names act (a state
    # after the pronoun is an object)
    body = ("Presiden Amerika Serikat dijadwalkan bertemu dengan Menteri Luar Negeri Jepang pada Kamis. "
            "Keduanya bertemu guna membahas langkah-langkah mendorong China menghentikan ancamannya.")
    _, stances = run(body, "id", parties=["US", "CN"])
    assert stances[("JP", None)]["position"] == "opposes" and stances[("JP", None)]["side"] == "CN"
    # a previous sentence naming three states gives the pronoun no referent
    body = body.replace("pada Kamis", "dan India pada Kamis")
    _, stances = run(body, "id", parties=["US", "CN"])
    assert ("JP", None) not in stances


def test_disapproving_or_blocking_a_party_opposes_it():
    # `menentang`, `memblokir` (CAMEO 11 Disapprove, 12 Reject): opposing cues, but no hostile act
    # for conflict detection (a crowd opposes an announcement, a ministry blocks an app)
    _, stances = run("Pakistan menentang Armenia dalam sidang itu.", "id", parties=["AM", "AZ"])
    assert (stances[("PK", None)]["position"], stances[("PK", None)]["side"]) == ("opposes", "AM")
    assert stance_lexicon("id").categories["disapprove"].hostile is False


def test_an_appeal_for_aid_or_protection_backs_the_one_appealed_to():
    # `meminta kepastian perlindungan AS`, `meminta penegasan Amerika Serikat terkait komitmen
    # pertahanan` (CAMEO 023): no demand on that party, but a request to one's own side
    body = "Jepang meminta perlindungan Amerika Serikat dari ancaman itu."
    _, stances = run(body, "id", parties=["US", "CN"])
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("backs", "US")
    body = "Jepang meminta penegasan Amerika Serikat terkait komitmen pertahanan."
    _, stances = run(body, "id", parties=["US", "CN"])
    assert (stances[("JP", None)]["position"], stances[("JP", None)]["side"]) == ("backs", "US")
    # a demand stays a demand
    _, stances = run("Jepang mendesak Amerika Serikat menarik pasukannya.", "id", parties=["US", "CN"])
    assert stances[("JP", None)]["side"] == "US" and stances[("JP", None)]["position"] == "opposes"


def test_the_joint_forces_of_a_party_and_another_state_put_them_on_one_side():
    # `aset pengawasan militer Korsel dan Amerika Serikat`, `U.S. and Afghan forces` (CAMEO 062
    # Cooperate militarily): the other state of the joint forces backs the party
    body = "Hal itu terlihat dari pemantauan aset pengawasan militer Korsel dan Amerika Serikat di situs itu."
    _, stances = run(body, "id", parties=["KP", "US"])
    assert (stances[("KR", None)]["position"], stances[("KR", None)]["side"]) == ("backs", "US")
    _, stances = run("U.S. and Afghan forces pushed on in the valley.", "en", parties=["AF"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("backs", "AF")
    # a conflict word in the clause makes the two adversaries; a role word makes it one person's service
    body = "Terjadi bentrokan antara pasukan Korsel dan Amerika Serikat di situs itu."
    _, stances = run(body, "id", parties=["KP", "US"])
    assert ("KR", None) not in stances
    body = "Idan, yang pernah mengabdi sebagai tentara Korsel dan Amerika Serikat, bercerita."
    _, stances = run(body, "id", parties=["KP", "US"])
    assert ("KR", None) not in stances


def test_helping_a_partys_forces_backs_it():
    # `pasukan khusus AS membantu militer Afghanistan melawan kelompok militan` (conflict lexicon
    # `helps_forces`, CAMEO 062/074): the state just before the verb backs the state it helps
    body = ("Dua tentara tewas dalam bentrokan di Achin, di mana pasukan khusus AS membantu militer "
            "Afghanistan melawan kelompok militan Taliban.")
    _, stances = run(body, "id", parties=["AF"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("backs", "AF")
    # negated: no backing
    body = body.replace("membantu", "tidak lagi membantu")
    _, stances = run(body, "id", parties=["AF"])
    assert ("US", None) not in stances


def test_the_states_listed_among_a_partys_supporters_back_it():
    # `Israel dan para pendukungnya, termasuk AS, kerap menuding PBB`, `Greece and its allies, such
    # as France`: the states after a member marker back the party before the noun of supporters
    body = "Di lain pihak, Israel dan para pendukungnya, termasuk AS, kerap menuding PBB melakukan ketidakadilan."
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("backs", "IL")
    _, stances = run("Greece and its allies, such as France, met in Athens.", "en", parties=["GR", "TR"])
    assert (stances[("FR", None)]["position"], stances[("FR", None)]["side"]) == ("backs", "GR")
    # without a list the noun of supporters names no backer
    body = "Di lain pihak, Israel dan para pendukungnya di Amerika kerap menuding PBB."
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert ("US", None) not in stances


def test_a_mediation_or_peace_effort_in_the_passive_is_its_agents():
    # `gencatan senjata yang ditengahi Rusia`, `usaha perdamaian yang diinisiasi pemerintah AS`: the
    # state after the passive form (a state organ may stand between) mediates: neutral
    body = ("Gencatan senjata itu diberlakukan sejak Minggu, dalam usaha perdamaian yang diinisiasi "
            "pemerintah AS di bawah Presiden Donald Trump.")
    _, stances = run(body, "id", parties=["SY"])
    assert stances[("US", None)]["position"] == "neutral"
    _, stances = run("Daerah itu bukan bagian dari gencatan senjata yang ditengahi Rusia.", "id", parties=["SY"])
    assert stances[("RU", None)]["position"] == "neutral"
    # a state organ between a backing passive and its state: `yang didukung pemerintah Iran`
    _, stances = run("Pasukan Suriah yang didukung pemerintah Iran menyerang desa itu.", "id", parties=["SY"])
    assert (stances[("IR", None)]["position"], stances[("IR", None)]["side"]) == ("backs", "SY")


def test_a_party_as_the_subject_of_blame_is_opposed_by_who_says_so():
    # `"China salah karena ..."` in a British minister's quote, `Iran is to blame` (CAMEO 112): the
    # speaker opposes the party the predicate blames (no claim about the party's own act)
    body = ("Menteri Luar Negeri Inggris Boris Johnson mengatakan, “China salah karena tidak "
            "mengizinkan Liu berobat ke luar negeri.”")
    q = quote(body, "China salah karena tidak mengizinkan Liu berobat ke luar negeri.", "GB", "q1")
    _, stances = run(body, "id", quotes=[q], parties=["CN"])
    assert (stances[("GB", None)]["position"], stances[("GB", None)]["side"]) == ("opposes", "CN")
    _, stances = run("Britain said Iran is to blame for the crash.", "en", parties=["IR", "US"])
    assert (stances[("GB", None)]["position"], stances[("GB", None)]["side"]) == ("opposes", "IR")
    # a verdict on a person is no blame of a state
    _, stances = run("Pengadilan China menyatakan aktivis itu bersalah.", "id", parties=["CN"])
    assert set(stances) == {("CN", None)}


def test_a_party_the_text_never_names_has_no_stance():
    # a conflict over a disputed place (`Yerusalem`: IL and PS) whose text never names Palestine:
    # Palestine stays a party of the conflict, but with no stance from this article
    body = "Israel menolak pemungutan suara soal Yerusalem di PBB."
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert ("IL", None) in stances and ("PS", None) not in stances


def test_members_of_a_group_coordinated_with_the_subject_share_its_act():
    # `Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain, Uni Emirat Arab memutus hubungan
    # diplomatik dengan Qatar`: the group's listed members act with the subject
    body = ("Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain, Uni Emirat Arab memutus "
            "hubungan diplomatik dengan Qatar pada Senin.")
    _, stances = run(body, "id", parties=["SA", "QA"])
    for code in ("BH", "AE"):
        assert (stances[(code, None)]["position"], stances[(code, None)]["side"]) in {("backs", "SA"), ("opposes", "QA")}
    body = "Saudi Arabia and other Gulf states such as Bahrain cut diplomatic ties with Qatar on Monday."
    _, stances = run(body, "en", parties=["SA", "QA"])
    assert (stances[("BH", None)]["position"], stances[("BH", None)]["side"]) in {("backs", "SA"), ("opposes", "QA")}


def test_an_appeal_to_citizens_is_an_advisory_no_demand_on_a_party():
    # a travel advisory of an embassy to its own nationals (IndoSum, KBRI Amman): the party named
    # after it is where they should not go, not whom the appeal is made to
    body = ("Kedutaan Besar Republik Indonesia di Amman mengimbau kepada seluruh Warga Negara Indonesia "
            "yang berencana melakukan kunjungan ke Palestina untuk sementara waktu menundanya.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert ("ID", None) not in stances
    _, stances = run("Germany urged its citizens to postpone travel to Israel.", "en", parties=["IL", "PS"])
    assert ("DE", None) not in stances
    # an appeal to the party itself stays a demand on it
    _, stances = run("Indonesia mendesak Israel untuk menghentikan pembangunan permukiman.", "id",
                     parties=["IL", "PS"])
    assert (stances[("ID", None)]["position"], stances[("ID", None)]["side"]) == ("opposes", "IL")


def test_a_states_official_named_before_a_relative_clause_owns_its_act():
    # `pengumuman Presiden Amerika Serikat Donald Trump yang mengakui Yerusalem sebagai ibukota Israel`
    # (IndoSum): the state, its official's name, then the relative clause: the state's act
    body = ("Suasana semakin menegang setelah dikeluarkannya pengumuman Presiden Amerika Serikat Donald "
            "Trump yang mengakui Yerusalem sebagai ibukota Israel.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("backs", "IL")
    body = ("Protests grew after the announcement by United States President Donald Trump, who "
            "recognised Jerusalem as the capital of Israel.")
    _, stances = run(body, "en", parties=["IL", "PS"])
    assert (stances[("US", None)]["position"], stances[("US", None)]["side"]) == ("backs", "IL")


def test_a_backing_passive_with_the_backers_army_between_names_the_backer():
    # `Serdadu Suriah yang didukung tentara Rusia, melancarkan serangan agresif terhadap ISIS` (IndoSum):
    # the army of a state between the passive form and the state is the state's
    body = "Serdadu Suriah yang didukung tentara Rusia, melancarkan serangan agresif terhadap ISIS."
    _, stances = run(body, "id", parties=["SY"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("backs", "SY")


def test_a_strong_reaction_to_a_partys_act_opposes_it():
    # IndoSum: `Rusia langsung bereaksi keras terhadap aksi Amerika Serikat yang menembakkan 59 rudal`
    body = "Rusia langsung bereaksi keras terhadap aksi Amerika Serikat yang menembakkan 59 rudal ke Suriah."
    _, stances = run(body, "id", parties=["SY", "US"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "US")
    _, stances = run("Russia reacted angrily to the United States strike on Syria.", "en", parties=["SY", "US"])
    assert (stances[("RU", None)]["position"], stances[("RU", None)]["side"]) == ("opposes", "US")
