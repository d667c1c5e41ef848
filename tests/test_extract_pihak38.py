"""'Pihak' (the side of) before a lower-case noun for a body, maybe then its name, as the whole subject of a
speech verb: the body described speaks, named as written; the police and the authorities speak for the story's
state, any other body for none. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id

_HOME = "Seorang pria ditangkap polisi di Bandung, Jawa Barat, pada Senin malam.\n\n"


def test_the_side_of_an_airport_named_after_its_noun_speaks():
    body = ("Seorang penumpang diseret keluar dari pesawat di Chicago, Amerika Serikat.\n\n"
            "Pihak bandara O'Hare juga mengatakan petugas yang menyeret penumpang itu telah dibebastugaskan.")
    assert all_id(body) == [("Pihak bandara O'Hare", "petugas yang menyeret penumpang itu telah dibebastugaskan",
                             None)]


def test_the_family_speaks_for_no_state():
    body = _HOME + "Pihak keluarga mengaku belum menerima kabar dari polisi."
    assert all_id(body) == [("Pihak keluarga", "belum menerima kabar dari polisi", None)]


def test_a_body_described_by_two_lower_case_words_speaks():
    body = _HOME + "Pihak rumah sakit menyatakan pria itu sudah dirawat sejak Selasa."
    assert all_id(body) == [("Pihak rumah sakit", "pria itu sudah dirawat sejak Selasa", None)]


def test_a_lower_case_brand_after_pihak_with_a_particle_before_the_verb():
    body = "Layanan iflix kini hadir di Indonesia.\n\nPihak iflix pun mengaku belum puas dengan jumlah pelanggan."
    assert all_id(body) == [("Pihak iflix", "belum puas dengan jumlah pelanggan", None)]


def test_the_police_opening_the_sentence_speak_for_the_storys_state():
    body = _HOME + "Pihak kepolisian mengatakan pria itu sudah diincar sejak lama."
    assert all_id(body) == [("Pihak kepolisian", "pria itu sudah diincar sejak lama", "ID")]


def test_the_authorities_opening_the_sentence_speak_for_the_storys_state():
    body = _HOME + "Pihak berwenang mengatakan pria itu sudah diincar sejak lama."
    assert all_id(body) == [("Pihak berwenang", "pria itu sudah diincar sejak lama", "ID")]


def test_a_named_body_after_pihak_is_still_read_as_before():
    body = _HOME + "Pihak Polda Jabar mengatakan pria itu sudah diincar sejak lama."
    assert all_id(body) == [("Polda Jabar", "pria itu sudah diincar sejak lama", "ID")]


def test_a_demonstrative_or_a_vague_word_after_pihak_is_no_body_described():
    # not: 'Pihak ini', 'Pihak terkait' name no body
    assert all_id(_HOME + "Pihak ini telah lama mengeluhkan kenaikan harga.") == []
    assert all_id(_HOME + "Pihak terkait mengungkapkan kenaikan harga itu wajar.") == []


def test_a_verb_that_reports_no_speech_after_pihak_is_no_report():
    # not: 'belum berhasil mengungkap' is an auxiliary, then no speech verb of the side
    assert all_id(_HOME + "Pihak kepolisian belum berhasil mengungkap pelaku penyerangan itu.") == []


def test_a_place_after_a_preposition_ends_no_description():
    # not: 'pihak jaksa penuntut di Spanyol' is no whole description read by this rule
    body = _HOME + "Pihak jaksa penuntut di Spanyol menyatakan pria itu menggelapkan pajak."
    assert ("Pihak jaksa penuntut di Spanyol", "pria itu menggelapkan pajak", None) not in all_id(body)
