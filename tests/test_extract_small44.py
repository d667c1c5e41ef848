"""Small readings of the thirty-third session (helper small44): 'Uni Eropa' and other international bodies
written in full speak as bodies of no state; 'appealed' reports only with its clause; a title word before a
sport's word names a body ('Premier Rugby'); 'pada' right after a cue verb and a name brings in the outlet
or body spoken to. Sentences invented for these tests, in the shape of news prose."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str, lang: str) -> list[dict]:
    return run(body, lang)["quotes"]


# ---- international bodies written in full ---------------------------------------------------------------

def test_uni_eropa_speaks_as_a_body_of_no_state():
    q = _quotes("Uni Eropa menyatakan perusahaan teknologi tersebut bersalah memanipulasi hasil mesin pencarian.",
                "id")
    assert [(x["speaker"], x["speaker_type"], x["country"]) for x in q] == [("Uni Eropa", "organization", None)]


def test_dana_moneter_internasional_is_named_whole():
    q = _quotes("Dalam laporannya, Dana Moneter Internasional menyatakan pertumbuhan ekonomi akan melambat "
                "tahun depan.", "id")
    assert [(x["speaker"], x["speaker_type"]) for x in q] == [("Dana Moneter Internasional", "organization")]


# ---- 'appealed' only with its clause -------------------------------------------------------------------

def test_appealed_against_a_finding_is_an_act_not_a_report():
    assert _quotes("The demonstrators appealed against a finding by the High Court that it was not unlawful "
                   "for the police to turn the passengers away.", "en") == []


def test_appealed_the_decision_is_an_act_not_a_report():
    body = ("The firm lost the case in May. Chief executive John Smith appealed the decision, which fined the "
            "firm heavily.")
    assert _quotes(body, "en") == []


def test_appealed_for_reports_its_clause():
    q = _quotes("Police appealed for public help to find the perpetrators and the stolen items.", "en")
    assert [(x["speaker"], x["text"]) for x in q] == \
        [("Police", "appealed for public help to find the perpetrators and the stolen items")]


def test_appealed_to_an_addressee_to_act_reports():
    body = ("Singer Pete Doherty stopped the concert in London on Friday. Doherty appealed to fans to calm down "
            "before the show went on.")
    q = _quotes(body, "en")
    assert [(x["speaker"], x["text"]) for x in q] == \
        [("Pete Doherty", "appealed to fans to calm down before the show went on")]


# ---- a title word before a sport's word ----------------------------------------------------------------

def test_premier_before_a_sport_names_a_body():
    q = _quotes("Premier Rugby said the findings of the audit mattered to every club.", "en")
    assert [(x["speaker"], x["speaker_type"]) for x in q] == [("Premier Rugby", "organization")]


def test_a_body_named_with_premier_is_no_later_he():
    body = ("The audit is jointly funded by the players' association, the Rugby Football Union and Premier "
            "Rugby. \"I think the findings matter,\" he said.")
    assert all(x["speaker"] != "Rugby" for x in _quotes(body, "en"))


def test_premier_before_a_name_stays_a_title():
    q = _quotes("Premier Li Keqiang said the findings of the audit mattered to every province.", "en")
    assert [(x["speaker"], x["role"]) for x in q] == [("Li Keqiang", "Premier")]


# ---- 'pada' after a cue: whom one spoke to -------------------------------------------------------------

def test_pada_a_foundation_after_the_cue_is_whom_the_speaker_told():
    body = ("Juru bicara pemerintah Kanada Josh Bueckert mengatakan pemerintah Kanada berjuang keras agar hak-hak "
            "itu diakui.\n\n\"Kami tidak bisa berbicara soal sikap negara-negara lainnya dalam negosiasi itu,\" "
            "kata Bueckert pada Thomson Reuters Foundation.")
    assert [x["speaker"] for x in _quotes(body, "id")] == ["Josh Bueckert", "Josh Bueckert"]


def test_pada_an_outlet_after_the_cue_is_whom_the_speaker_told():
    body = "\"Saya tak punya kata-kata untuk berterima kasih kepada pelatih,\" ucap Keylor Navas pada Marca."
    assert [(x["speaker"], x["speaker_type"]) for x in _quotes(body, "id")] == [("Keylor Navas", "person")]
