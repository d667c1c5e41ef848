"""Speakers hidden by a body's name or an office in Indonesian text (helper orgst, forty-fifth session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body):
    return quote_fields(body, "speaker", "role", "country")


# ---- a body's English name that opens with a state's name ------------------------------------------------

def test_a_watch_body_opening_with_the_state_name_is_the_body_of_no_state():
    body = ("Jakarta - Indonesia Corruption Watch mendesak Komisi Pemberantasan Korupsi menjerat tersangka "
            "dengan pasal pencucian uang.\n")
    assert _who(body) == [("Indonesia Corruption Watch", None, None)]


def test_a_state_adjective_opening_the_body_is_no_office_either():
    body = "Jakarta - Indonesian Audit Watch menilai anggaran itu harus segera diperiksa oleh BPK.\n"
    assert _who(body) == [("Indonesian Audit Watch", None, None)]


def test_the_person_named_after_an_office_in_such_a_body_is_the_speaker():
    body = ("Jakarta - Koordinator Indonesia Police Watch Neta S Pane menilai polisi harus segera menangkap "
            "pelaku kerusuhan itu.\n")
    assert _who(body) == [("Neta S Pane", "Koordinator Indonesia Police Watch", None)]


def test_a_one_word_name_after_a_body_closed_by_its_english_word():
    body = ("Jakarta - Direktur Eksekutif Setara Institute Hendardi menilai polisi harus segera menangkap "
            "pelaku kerusuhan itu.\n")
    assert _who(body) == [("Hendardi", "Direktur Eksekutif Setara Institute", None)]


def test_a_state_office_before_a_name_keeps_its_state():
    body = "Jakarta - Menlu Indonesia Retno Marsudi menilai perundingan itu harus segera dilanjutkan.\n"
    assert _who(body) == [("Retno Marsudi", "Menlu Indonesia", "ID")]


def test_a_list_joined_by_dan_is_left_to_its_own_rules():
    from generator.extract import CountryFinder, load_pack, pipeline

    g = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    text = "Tim Baret dan Rangong Rescue"
    p = g.parse(text, 0, len(text))
    assert p is not None and p.name == "Rangong Rescue"


# ---- 'menurut <description>, dr <Name>, ...' --------------------------------------------------------------

def test_the_description_before_a_titled_one_word_name_is_the_role():
    body = ("Cuaca ekstrem membuat jamaah haji batuk.\n\n"
            "Menurut dokter kloter SUB 62, dr Roro, jamaah harus banyak minum air hangat.\n\n"
            "\"Setiap hari ada puluhan jamaah yang berobat,\" kata dr Roro.\n")
    assert [(s, r) for s, r, _ in _who(body)] == [("Roro", "dokter kloter SUB 62")] * 2


def test_a_capitalised_office_before_a_titled_one_word_name_is_the_role_and_gives_no_state_it_lacks():
    body = ("Warga mengeluh batuk.\n\n"
            "Menurut Kepala Puskesmas Cilandak, dr Roro, warga harus banyak minum air hangat.\n")
    assert _who(body) == [("Roro", "Kepala Puskesmas Cilandak", None)]


def test_a_titled_one_word_name_with_no_description_keeps_its_title():
    body = "Warga mengeluh batuk.\n\n\"Warga harus banyak minum air hangat,\" kata dr Roro.\n"
    assert [(s, r) for s, r, _ in _who(body)] == [("Roro", "dr")]


# ---- a bare office written with the short form of the body the article spelled out ----------------------

_MPR = ("Banda Aceh - Wakil Ketua Majelis Permusyawaratan Rakyat (MPR) Mahyudin mengatakan generasi muda "
        "harus kuat.\n\n")


def test_a_bare_office_after_a_cue_is_the_holder_named_with_the_spelled_out_body():
    body = _MPR + "\"Perlu dibangun kesadaran rasa nasionalisme,\" kata Wakil Ketua MPR.\n"
    assert [s for s, _, _ in _who(body)] == ["Mahyudin", "Mahyudin"]


def test_a_bare_office_opening_a_report_is_that_holder_too():
    body = _MPR + "Wakil Ketua MPR menambahkan, masalah lain yang harus dibenahi adalah kesenjangan ekonomi.\n"
    assert [s for s, _, _ in _who(body)] == ["Mahyudin", "Mahyudin"]


def test_another_office_of_the_same_body_is_not_that_holder():
    body = _MPR + "\"Perlu dibangun kesadaran rasa nasionalisme,\" kata Ketua MPR.\n"
    assert [s for s, _, _ in _who(body)][1] != "Mahyudin"


def test_the_short_form_rewrites_only_the_words_it_spells():
    from generator.extract.speakers import _short_formed

    assert _short_formed("Wakil Ketua Majelis Permusyawaratan Rakyat (MPR)") == "Wakil Ketua MPR"
    assert _short_formed("Kepala Dinas Pendidikan (Dikpora)") == "Kepala Dinas Pendidikan (Dikpora)"
