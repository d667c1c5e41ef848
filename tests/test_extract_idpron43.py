"""Whom a pronoun cue means in Indonesian text (helper idpron, forty-third session). Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body, start):
    return [s for s, t in _quotes(body) if t.startswith(start)]


# ---- the head of a companion list ('X bersama Y') takes the first pronoun cue -----------------------

def test_a_pronoun_cue_after_a_companion_list_is_the_heads():
    body = ("Jalan desa tertutup longsor sejak Senin malam.\n\n"
            "Kepala BPBD Garut Heru Widagdo bersama Kapolsek Cibatu AKP Budi Santoso meninjau lokasi longsor "
            "pada Selasa pagi.\n\n"
            "\"Alat berat akan didatangkan hari ini,\" katanya.\n")
    assert _speakers(body, "Alat berat akan didatangkan") == ["Heru Widagdo"]


def test_a_pronoun_cue_after_a_companion_list_headed_by_a_body_is_the_bodys():
    body = ("Tim Reaksi Cepat BPBD Garut bersama Tim SAR Cibatu dan Komandan Regu Asep Sunandar meninjau "
            "lokasi longsor.\n\n"
            "\"Petugas juga memotong kayu yang membahayakan warga,\" katanya.\n\n"
            "Berdasarkan data BPBD Garut, daerah rawan longsor tersebar di 11 kecamatan.\n")
    assert _speakers(body, "Petugas juga memotong") == ["BPBD Garut"]


def test_a_pronoun_cue_after_an_object_with_a_companion_is_left_alone():
    body = ("Polisi menangkap Kepala Desa Sukamaju Heru Widagdo bersama Bendahara Desa Budi Santoso pada "
            "Selasa.\n\n\"Kami sudah menyita dokumen anggaran,\" katanya.\n")
    assert "Heru Widagdo" not in _speakers(body, "Kami sudah menyita")

