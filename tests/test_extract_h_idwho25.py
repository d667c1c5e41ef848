"""Indonesian reports found where a clause follows the report verb in less usual shapes (helper h_idwho25):
a concessive clause after the verb's comma, a telling verb and its comma, a report the speaker's quote
sums up again, and a fact named as told by someone in the next sentence. Sentences invented for these
tests, in the shape of Indonesian regional news."""
from __future__ import annotations

from .extract_cases import run

_INTRO = "Kepala Dinas Pendidikan Andi Wirawan hadir di balai kota, Senin (6/10).\n"


def _q(body: str):
    return [(q["speaker"], q.get("kind"), q["text"]) for q in run(_INTRO + body, "id")["quotes"]]


# ---- a concessive clause after the report verb's comma -------------------------------------------

def test_a_concessive_clause_after_the_verbs_comma_opens_the_report():
    got = _q("Ia menyebut, meski harga pupuk naik, panen padi di desa itu tetap melimpah.")
    assert ("Andi Wirawan", "indirect", "meski harga pupuk naik, panen padi di desa itu tetap melimpah") in got
    got = _q("Andi menjelaskan, walaupun anggaran belum cair, sekolah tetap membagikan seragam dengan dana "
             "komite.")
    assert ("Andi Wirawan", "indirect",
            "walaupun anggaran belum cair, sekolah tetap membagikan seragam dengan dana komite") in got
    # a concessive clause with a report of its own stays another subject's
    got = _q("Andi membantah, meski Budi mengatakan dana itu sudah cair.")
    assert not [q for q in got if q[0] == "Andi Wirawan" and "Budi" in q[2]]


# ---- telling verbs report the clause after their comma -------------------------------------------

def test_a_telling_verb_and_its_comma_report_the_clause():
    got = _q("Andi menceritakan, murid-murid sempat belajar di tenda selama sebulan.")
    assert ("Andi Wirawan", "indirect", "murid-murid sempat belajar di tenda selama sebulan") in got
    got = _q("Sisi baiknya, Andi mengisahkan, ada seorang guru yang tetap datang setiap hari.")
    assert ("Andi Wirawan", "indirect", "ada seorang guru yang tetap datang setiap hari") in got
    got = _q("Andi bercerita bahwa di samping sekolah itu terdapat pasar yang ramai setiap pagi.")
    assert ("Andi Wirawan", "indirect", "di samping sekolah itu terdapat pasar yang ramai setiap pagi") in got
    # a story told, or a time clause alone, is no report
    assert not [q for q in _q("Andi menceritakan kisah hidupnya kepada para siswa.") if q[1] == "indirect"]
    assert not [q for q in _q("Buku itu menceritakan kehidupan Andi yang sempat tinggal di desa.")
                if q[1] == "indirect"]
    assert not [q for q in _q("Andi juga bercerita, saat sekolahnya kebanjiran pada 2010.") if q[1] == "indirect"]
    # nor is the name a relative clause of telling hangs on the subject of the next pronoun cue
    got = _q('Menurut Andi, bukti sekolah itu tua cukup banyak. Salah satunya kitab karangan Raja Sentosa, yang '
             'menceritakan kehidupan para guru di desa. "Ini buktinya," ujarnya.')
    assert ("Andi Wirawan", "direct", "Ini buktinya") in got


# ---- a report the quote after it sums up again ---------------------------------------------------

def test_a_report_of_a_fact_the_quote_sums_up_again_is_kept():
    got = _q('Andi mengatakan kepala sekolah juga kini tengah diperiksa. "Bapaknya (kepala sekolah) juga '
             'diperiksa. Tapi baru bendaharanya yang tersangka," ujarnya.')
    assert ("Andi Wirawan", "indirect", "kepala sekolah juga kini tengah diperiksa") in got
    assert [q[1] for q in got] == ["indirect", "direct"]
    # the speaker's own act told in the first person is the quote's announcement, and goes
    got = _q('Andi mengatakan telah mengunjungi sekolah di perbatasan. "Saya mengunjungi sekolah di '
             'perbatasan. Semua guru hadir," ujarnya.')
    assert [q[1] for q in got] == ["direct"]


# ---- a fact named as told by someone -------------------------------------------------------------

def test_a_fact_named_as_told_by_an_officer_is_the_officers_report():
    got = _q("Pengemudi mobil berpelat dinas yang viral itu ternyata bukan pegawai dinas. Fakta ini diungkap "
             "langsung oleh Andi Wirawan usai memeriksa surat kendaraan tersebut.")
    assert ("Andi Wirawan", "indirect",
            "Pengemudi mobil berpelat dinas yang viral itu ternyata bukan pegawai dinas") in got
