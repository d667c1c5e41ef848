"""Joint speakers in Indonesian (helper joint, fortieth session): 'Menurut mereka, ...' just after a
report made jointly ('X dan Y menyebut ...') is each joint speaker's report (the gold lists one entry per
speaker). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run


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
