"""Errors of the IndoSum set dev28 found in a census by mechanism (helper h_dev28_34).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _quotes(body: str, lang: str = "id") -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang=lang)


# ---- a cue in mid-sentence with no comma after the name: the clause goes on, kept whole -----------

def test_a_cue_the_clause_goes_on_after_without_a_comma_reports_the_whole_clause():
    body = ("Kapolda Jawa Tengah Irjen Budi Santoso meninjau jalur tol Pemalang, Senin (5/6).\n"
            "Antrean, kata Budi terjadi karena banyak kendaraan keluar di gerbang yang sama.\n"
            "Seluruh pos pengamanan ini, lanjut Budi akan dijaga selama dua pekan penuh.")
    assert _quotes(body) == [
        ("Budi Santoso", "Antrean, kata Budi terjadi karena banyak kendaraan keluar di gerbang yang sama"),
        ("Budi Santoso", "Seluruh pos pengamanan ini, lanjut Budi akan dijaga selama dua pekan penuh")]


def test_a_word_of_where_or_when_after_the_name_is_no_clause_going_on():
    # 'saat', 'di': when and where it was said; what the speaker said is not the whole sentence
    body = ("Kapolda Jawa Tengah Irjen Budi Santoso meninjau jalur tol Pemalang, Senin (5/6).\n"
            "Penumpukan itu, kata Budi saat meninjau gerbang tol, terjadi setiap tahun menjelang lebaran.")
    assert all(not text.startswith("Penumpukan") for _, text in _quotes(body))


# ---- the national environmental NGO speaks for no state, though its name ends in the state's ------

def test_a_member_of_the_environmental_ngo_has_no_country():
    body = ("Direktur Eksekutif Wahana Lingkungan Hidup Indonesia (Walhi) Agus Setiawan mengatakan, "
            "rekam jejak calon pejabat harus diperiksa secara terbuka.\n"
            "\"Kami sudah memeriksa semua berkas calon,\" kata Agus, Sabtu (2/7).")
    assert {(q["speaker"], q["country"]) for q in run(body)["quotes"]} == {("Agus Setiawan", None)}


def test_the_environment_minister_still_speaks_for_the_state():
    body = ("Menteri Lingkungan Hidup Rina Kusuma mengatakan, rekam jejak calon pejabat harus diperiksa "
            "secara terbuka.")
    assert [(q["speaker"], q["country"]) for q in run(body)["quotes"]] == [("Rina Kusuma", "ID")]


def test_in_english_the_words_after_a_cue_and_a_name_are_that_names_clause():
    # 'said Harris promised ...': Harris is the reported clause's subject, not a speaker interrupting it
    body = "The builder, Tom Baker, said Harris promised to repair the roof of the school before winter."
    assert [q["speaker"] for q in run(body, "en")["quotes"]] == ["Tom Baker"]
