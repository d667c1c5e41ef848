"""Indonesian speaker names of the forty-third session (helper idname43): a Balinese name (the particle 'I' or
'Ni', then the Balinese names of balinese_i_names) is read whole after an office, even when the article later
calls the person by one of its words ('kata Putu') or a body's short name stands before it ('kuasa hukum Ahok
I Wayan Sudirta'); Balinese names opening the phrase are the name's too ('Dewa Ketut Soma'). Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[dict]:
    return run(body, "id")["quotes"]


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in _quotes(body)]


# ---- a Balinese name read whole ---------------------------------------------------------------------------

def test_a_later_short_name_does_not_cut_a_balinese_name_after_an_office():
    body = ("Menurut Dirjen Ilmate Kementerian Perindustrian I Gusti Putu Suryawirawan, riset merupakan jantung "
            "dalam sebuah industri.\n\n"
            "\"Industri harus berpikir sampai ke arah manufaktur,\" kata Putu saat ditemui di Karawang.")
    quotes = _quotes(body)
    assert [q["speaker"] for q in quotes] == ["I Gusti Putu Suryawirawan"] * 2
    assert quotes[0]["role"] == "Dirjen Ilmate Kementerian Perindustrian"


def test_the_particle_opens_the_name_after_a_bodys_short_name():
    body = ("Sementara itu, salah satu kuasa hukum Ahok I Wayan Sudirta mengatakan hal yang serupa. Menurut dia, "
            "pihak keluarga akan datang ke Mako Brimob.")
    assert _speakers(body) == ["I Wayan Sudirta"]


def test_the_particle_stays_with_the_name_before_a_relative_clause():
    body = ("Sementara itu, Ketua Bawaslu Kota I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan "
            "I Wayan Widyardana Putra mengatakan pengawas harus tetap netral.")
    assert _speakers(body) == ["I Ketut Rudia"]


def test_balinese_names_opening_the_phrase_are_the_names():
    body = ("Menurut ketua panitia kegiatan tersebut Dewa Ketut Soma kegiatan ritual itu digelar setiap tahun.\n\n"
            "\"Ritual ini untuk keselamatan semua warga,\" ujar Dewa Ketut Soma.")
    assert set(_speakers(body)) == {"Dewa Ketut Soma"}


# ---- what the rule leaves alone ---------------------------------------------------------------------------

def test_a_roman_numeral_before_another_name_still_closes_the_role():
    body = "Ketua KPK Jilid I Taufiequrachman Ruki mengatakan pemberantasan korupsi harus terus berjalan."
    quotes = _quotes(body)
    assert quotes[0]["speaker"] == "Taufiequrachman Ruki"
    assert quotes[0]["role"] == "Ketua KPK Jilid I"


def test_a_balinese_name_without_the_particle_after_an_office_is_unchanged():
    body = "Kepala Dinas Pariwisata Bali Made Sutrisna mengatakan jumlah wisatawan naik tahun ini."
    quotes = _quotes(body)
    assert quotes[0]["speaker"] == "Made Sutrisna"
    assert quotes[0]["role"] == "Kepala Dinas Pariwisata Bali"


def test_a_whole_balinese_name_after_an_office_is_unchanged():
    body = ("Bupati Badung I Gusti Ngurah Rai meresmikan pasar itu.\n\n"
            "\"Pasar ini untuk rakyat,\" kata Ngurah Rai.")
    quotes = _quotes(body)
    assert quotes[0]["speaker"] == "I Gusti Ngurah Rai"
    assert quotes[0]["role"] == "Bupati Badung"
