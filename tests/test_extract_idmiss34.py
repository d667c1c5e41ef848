"""Indonesian recall (h_idmiss45): an agentless 'Diungkapkan, ...' (and 'Ditegaskan,', 'Dipaparkan,', ...) opening a
sentence goes on with the speaker before, as 'Dijelaskan, ...' does; an academic rank closed by 'ini'/'itu'
('Doktor Ilmu Politik UI ini menegaskan ...') is the person spoken of, as 'Dosen ... itu' is. Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[tuple[str, str, str]]:
    return [(q["speaker"], q["kind"], q["text"]) for q in run(body, "id")["quotes"]]


# ---- 'Diungkapkan, ...': a speech verb with no agent opening the sentence, as 'Dijelaskan, ...' -----------

def test_an_agentless_diungkapkan_opening_goes_on_with_the_speaker_before():
    body = ("Gubernur Riau Abdul Wahid meluncurkan mobil distribusi pangan murah. \"Kalau cabai dan beras naik, "
            "mobil ini menjual di bawah harga pasar,\" kata Wahid.\n\n"
            "Diungkapkan, tujuan utama dari program ini adalah menjaga daya beli masyarakat.")
    assert ("Abdul Wahid", "indirect", "tujuan utama dari program ini adalah menjaga daya beli masyarakat") \
        in _quotes(body)


def test_disebutkan_still_opens_no_report():
    # ('Disebutkan, ...' is mostly what a document says: opening_pronoun_cues leaves it out)
    body = ("Gubernur Riau Abdul Wahid meluncurkan mobil distribusi pangan murah. \"Kalau cabai dan beras naik, "
            "mobil ini menjual di bawah harga pasar,\" kata Wahid.\n\n"
            "Disebutkan, tujuan utama dari program ini adalah menjaga daya beli masyarakat.")
    assert not [q for q in _quotes(body) if q[2].startswith("tujuan utama")]


# ---- '<academic rank ...> ini menegaskan': the person spoken of, as 'Dosen ... itu' ----------------------

def test_a_doctor_of_political_science_described_with_ini_is_the_person_quoted_before():
    body = ("Wakil Ketua MPR Eddy Santoso menemui mahasiswa di Depok. \"Jawabannya ada pada konstitusi,\" "
            "ungkapnya.\n\n"
            "Doktor Ilmu Politik UI ini menegaskan bahwa lingkungan yang bersih dan sehat adalah hak "
            "konstitusional masyarakat.")
    assert ("Eddy Santoso", "indirect",
            "lingkungan yang bersih dan sehat adalah hak konstitusional masyarakat") in _quotes(body)


def test_a_professor_described_with_itu_is_the_expert_quoted_before():
    body = ("Pakar hukum Budi Santoso hadir dalam diskusi itu. \"Putusan itu keliru,\" katanya.\n\n"
            "Guru besar hukum tata negara itu menilai putusan tersebut tidak punya dasar hukum.")
    assert ("Budi Santoso", "indirect", "putusan tersebut tidak punya dasar hukum") in _quotes(body)
