"""Universities, institutes, directorates, secretariats, bureaus, forums and networks speak as bodies
(helper h_idrec29). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


# ---- a body named by one of these heads is the speaker of the clause it reports --------------------

def test_a_university_reports_a_clause():
    body = "Universitas Cendana memastikan mahasiswa tersebut tidak dikeluarkan karena tunggakan biaya kuliah."
    assert _quotes(body) == [("Universitas Cendana",
                              "mahasiswa tersebut tidak dikeluarkan karena tunggakan biaya kuliah")]


def test_a_secretariat_and_a_forum_report_clauses():
    body = ("Sekretariat Daerah Kabupaten Lorong menjelaskan bantuan itu akan disalurkan mulai bulan depan.\n"
            "Forum Warga Cempaka menyebut rencana relokasi pasar belum memiliki kejelasan jadwal.")
    assert [s for s, _ in _quotes(body)] == ["Sekretariat Daerah Kabupaten Lorong", "Forum Warga Cempaka"]


def test_a_network_of_citizens_speaks_for_no_state():
    body = "Jaringan Pemantau Sungai Indonesia menilai pencemaran di hulu sungai sudah sangat parah."
    q = run(body, "id")["quotes"]
    assert [(x["speaker"], x["country"]) for x in q] == [("Jaringan Pemantau Sungai Indonesia", None)]


# ---- what the heads must not do --------------------------------------------------------------------

def test_a_rector_named_after_the_university_is_still_the_speaker():
    body = "Rektor Universitas Cendana, Budi Santosa, mengatakan biaya kuliah tahun ini tidak akan naik."
    assert [s for s, _ in _quotes(body)] == ["Budi Santosa"]
