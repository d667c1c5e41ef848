"""Indonesian speaker country of a case's investigators (thirty-fifth session, helper idctry49): a bare
'penyidik' ('Penyidik menyebut ...', 'Menurut penyidik, ...') is an officer of the state the story is in, as
'jaksa' and 'hakim' are (domestic_role_words); and such a group word, named in an officer's report, does not
take the officer's later singular pronoun cue ('"...," ucapnya.'). Sentences invented for these tests, in the
shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[tuple]:
    return [(q["speaker"], q["country"], q["text"][:30]) for q in run(body, "id")["quotes"]]


def test_bare_investigators_in_a_home_story_speak_for_indonesia():
    body = ("Penyidik menyebut perusahaan itu meraup untung hingga Rp 800 miliar dari hasil penipuan terhadap "
            "puluhan ribu calon jemaah. Polisi di Depok, Jawa Barat, menahan tiga orang.")
    assert ("Penyidik", "ID", "perusahaan itu meraup untung h") in _quotes(body)


def test_bare_investigators_in_a_story_set_abroad_are_that_states():
    body = ("Seorang pria menembak di sebuah kelab malam di Konstanz, Jerman. Polisi Jerman menyebut pelaku "
            "tewas. Menurut penyidik, motif pelaku masih tidak diketahui. Kanselir Jerman Angela Merkel "
            "menyatakan duka.")
    got = {(s, c) for s, c, t in _quotes(body) if t.startswith("motif pelaku")}
    assert got == {("penyidik", "DE")}


def test_an_officers_pronoun_cue_after_his_report_of_the_investigators_stays_his():
    body = ("\"Kami nyatakan hasilnya belum cukup bukti,\" ujar Kepala Subdirektorat II Polda Jatim Ajun "
            "Komisaris Besar Polisi Budi Santoso di Surabaya.\n\n"
            "Selain itu, Budi menambahkan, penyidik juga menyatakan antara pelapor dan terlapor terdapat "
            "\"error in persona\", atau kekeliruan dalam menuntut seseorang. \"Sehingga akan kami buka "
            "kembali penyidikannya kalau ada bukti baru,\" ucapnya.")
    last = _quotes(body)[-1]
    assert last[0] == "Budi Santoso" and last[2].startswith("Sehingga akan kami")
