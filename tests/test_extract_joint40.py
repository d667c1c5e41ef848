"""Joint speakers in Indonesian (helper joint, fortieth session): a pronoun for two people
('Keduanya', 'Mereka berdua') before a report verb is the two people the article last named joined by
'dan'/'serta'; each reports the clause (the gold lists one entry per speaker). Sentences invented for
these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run


_FED = ("Bank sentral AS mempertahankan suku bunga acuan pada pertemuan Rabu.\n"
        "Dalam rapat itu terdapat penolakan dari dua pejabat bank sentral, yakni Michelle Bowman dan "
        "Christopher Waller. ")


def test_keduanya_reports_for_both_people_named_before():
    body = _FED + "Keduanya meminta agar suku bunga diturunkan karena inflasi dinilai telah terkendali."
    got = indirect(run(body))
    clause = "suku bunga diturunkan karena inflasi dinilai telah terkendali"
    speakers = sorted(s for s, t in got if clause in t)
    assert speakers == ["Christopher Waller", "Michelle Bowman"]


def test_mereka_berdua_reports_for_both():
    body = ("Penyidik memeriksa Siti Aminah dan Rina Kartika di Markas Polda Metro Jaya, Senin.\n"
            "Mereka berdua mengaku tidak tahu isi paket yang mereka antar.")
    got = indirect(run(body))
    speakers = sorted(s for s, t in got if "tidak tahu isi paket" in t)
    assert speakers == ["Rina Kartika", "Siti Aminah"]


def test_keduanya_after_two_bodies_names_no_pair_of_people():
    # (the pair named last is two bodies, not two people: no guess of two people further back)
    body = ("Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia Perry Warjiyo.\n"
            "Kementerian Keuangan dan Bank Indonesia menggelar rapat koordinasi pada Selasa.\n"
            "Keduanya menyatakan stabilitas sistem keuangan tetap terjaga.")
    got = indirect(run(body))
    speakers = {s for s, t in got if "stabilitas sistem keuangan" in t}
    assert not {"Sri Mulyani", "Perry Warjiyo"} <= speakers


def test_a_single_named_subject_is_left_alone():
    body = _FED + "Powell mengatakan bank sentral akan menunggu data berikutnya."
    got = indirect(run(body))
    assert [s for s, t in got if "menunggu data" in t] == ["Powell"]


# ---- 'Menurut mereka, ...' after a joint report ---------------------------------------------------

_THAI = ("Mantan Perdana Menteri Yingluck Shinawatra kembali menjalani sidang di Bangkok pada Jumat.\n"
         "Yingluck dan Partai Puea Thai yang mengusungnya menyebut persidangan itu bermotivasi politik. ")


def test_menurut_mereka_after_a_joint_report_is_both_speakers():
    body = _THAI + "Menurut mereka, proses hukum itu bertujuan untuk mendiskreditkan gerakan populis tersebut."
    got = indirect(run(body))
    speakers = sorted(s for s, t in got if "mendiskreditkan gerakan populis" in t)
    assert speakers == ["Partai Puea Thai", "Yingluck Shinawatra"]


def test_menurut_mereka_long_after_the_joint_report_is_not_both():
    body = (_THAI + "Sidang berikutnya dijadwalkan pada bulan depan. Ratusan pendukung berkumpul di luar gedung. "
            "Polisi menjaga ketat jalan menuju pengadilan. Menurut mereka, proses hukum itu bertujuan untuk "
            "mendiskreditkan gerakan populis tersebut.")
    got = indirect(run(body))
    assert len([s for s, t in got if "mendiskreditkan gerakan populis" in t]) <= 1
