"""Readings found in the Indonesian development sets' misses (thirty-ninth session): a second report verb after
a quote's cue ('"...," ujar X sambil menambahkan ...'). Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run


# ---- a report verb going on after a quote's cue -------------------------------------------------

def test_a_report_verb_after_the_cue_and_a_joiner_is_the_speakers_report():
    body = ("\"Sekolah kami kekurangan ruang kelas,\" ujar Budi Santoso sambil menambahkan dari 72 sekolah di "
            "Depok hanya sekolah ini yang belum punya gedung sendiri.")
    assert indirect(run(body)) == [("Budi Santoso", "dari 72 sekolah di Depok hanya sekolah ini yang belum punya "
                                                    "gedung sendiri")]


def test_a_report_verb_after_the_cue_and_a_comma_drops_its_complementiser():
    body = ("\"Kami menghargai kepemimpinannya,\" kata Bank Dunia dalam sebuah pernyataan, menambahkan bahwa masa "
            "jabatan kedua akan dimulai 1 Juli 2017.")
    assert indirect(run(body)) == [("Bank Dunia", "masa jabatan kedua akan dimulai 1 Juli 2017")]


def test_a_report_verb_after_a_cue_alone_is_the_cued_speakers():
    body = ("Budi Santoso datang ke sekolah itu pada Senin. \"Sekolah kami kekurangan ruang kelas,\" katanya serta "
            "menambahkan bahwa pemerintah belum membantu sekolah itu.")
    assert indirect(run(body)) == [("Budi Santoso", "pemerintah belum membantu sekolah itu")]


def test_a_naming_verb_after_the_cue_reports_only_a_clause():
    body = ("\"Kami tidak akan segan menindak pelaku,\" tegas Slamet Riyadi sembari menyebut tersangka dikenakan "
            "Pasal 112 Undang-undang Narkotika.")
    assert indirect(run(body)) == [("Slamet Riyadi", "tersangka dikenakan Pasal 112 Undang-undang Narkotika")]


def test_a_naming_verb_after_the_cue_with_a_thing_named_reports_nothing():
    # not: 'sambil menyebut nama-nama sekolah' names things, no clause
    body = ("\"Sekolah kami kekurangan ruang kelas,\" kata Budi Santoso sambil menyebut nama-nama sekolah di "
            "Kecamatan Cimanggis.")
    assert indirect(run(body)) == []


def test_an_act_after_the_cue_reports_nothing():
    # not: 'sambil menunjuk ...' is an act, no report verb
    body = ("\"Sekolah kami kekurangan ruang kelas,\" kata Budi Santoso sambil menunjuk gedung sekolah yang "
            "sudah retak di beberapa bagian.")
    assert indirect(run(body)) == []


# ---- challenges that ask no named party to act (the challenge rule: test_extract_d41_39) ----

def test_a_challenge_to_a_rival_reports_nothing():
    # not: a rival challenged to a match ('bertahan' a modifier, 'untuk' no verb after it)
    body = "Persib Bandung menantang juara bertahan Persija Jakarta untuk laga persahabatan pekan depan."
    assert indirect(run(body)) == []


def test_a_challenge_with_no_named_party_reports_nothing():
    # not: 'menantang bagaimana perusahaan ...' (challenges how firms ...) names no party
    body = "Aturan baru itu menantang bagaimana perusahaan menyeimbangkan risiko dan biaya untuk keamanan."
    assert indirect(run(body)) == []


# ---- 'pihak' before a body's name alone ---------------------------------------------------------

def test_the_side_of_a_named_body_speaks():
    body = "Sementara itu, pihak RSUD Subang mengatakan pasien sudah dipulangkan sejak Senin pagi."
    assert indirect(run(body)) == [("pihak RSUD Subang", "pasien sudah dipulangkan sejak Senin pagi")]


def test_the_side_of_a_described_body_still_speaks_as_written():
    body = "Sementara itu, pihak rumah sakit mengatakan pasien sudah dipulangkan sejak Senin pagi."
    assert indirect(run(body)) == [("pihak rumah sakit", "pasien sudah dipulangkan sejak Senin pagi")]
