"""Who said what in Indonesian text from IndoSum's non-headline sections (helper d51read, forty-ninth session):
quote marks the corpus' detokenizer set on the wrong side of their words, a body's name before a relative clause,
and a speech given as an event. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _kinds(body):
    return quote_fields(body, "speaker", "kind", "text")


# ---- straight marks shifted onto the neighbouring word ('..., "kata X', 'keluarga." Dia ...') ---------

_SHIFTED = ('Roma (ANTARA News) - Sutradara Budi Santoso datang ke festival film itu, Senin. "(Layar" bukan ide '
            'bagus siapa pun, itu bukan rencana bisnis yang hebat, "kata Budi Santoso kepada para jurnalis. Budi '
            'mengatakan sang aktor" periang "dan cepat menjadi teman baik keluarga." Dia punya etos kerja yang '
            'luar biasa sejak kecil, "katanya.\n')


def test_a_shifted_mark_before_a_cue_closes_the_quote_opened_before_the_title_inside_it():
    assert ("Budi Santoso", "direct", '(Layar" bukan ide bagus siapa pun, itu bukan rencana bisnis yang hebat') \
        in _kinds(_SHIFTED)


def test_after_a_shifted_closer_the_paragraphs_straight_marks_pair_by_turns():
    quotes = _kinds(_SHIFTED)
    assert ("Budi Santoso", "direct", "Dia punya etos kerja yang luar biasa sejak kecil") in quotes
    assert not any(text.startswith("kata Budi") for _, _, text in quotes)


def test_a_title_pair_in_an_earlier_sentence_is_not_reopened_by_a_cue_mark():
    body = ('Film "Layar" tayang pekan depan di Jakarta. Ini film yang bagus, "kata Budi Santoso.\n')
    assert not any(text.startswith("Layar") for _, text in _quotes(body))


# ---- a body's name before a relative clause whose object an anaphor closes -----------------------------

def test_a_bodys_name_before_a_relative_clause_with_an_anaphor_is_the_subject():
    body = ("Penyanyi Budi Santoso meninggal dunia pada Senin (18/12) sore.\n\n"
            "Kepolisian Gangnam yang menangani kasus itu menyimpulkan Budi meninggal karena sakit. Jenazah Budi "
            "bakal disemayamkan pada Kamis (21/12) mendatang.\n")
    assert _quotes(body) == [("Kepolisian Gangnam", "Budi meninggal karena sakit")]


def test_a_description_closed_by_an_anaphor_still_points_back_at_the_person():
    body = ("Penyanyi Budi Santoso merilis album baru pada Senin.\n\n"
            "Penyanyi asal Bandung itu mengatakan album tersebut digarap selama dua tahun.\n")
    assert _quotes(body) == [("Budi Santoso", "album tersebut digarap selama dua tahun")]


# ---- a speech given as an event: no report ------------------------------------------------------------

def test_an_introduction_given_at_a_launch_is_no_report():
    body = ("Sutradara film Budi Santoso menyampaikan pengantar pada peluncuran buku puisi setebal 100 halaman "
            "di Pendapa Art Space, Yogyakarta, Jumat (25/8) malam.\n")
    assert _quotes(body) == []


def test_an_introduction_with_a_clause_is_still_a_report():
    body = "Sutradara film Budi Santoso menyampaikan pengantar bahwa buku itu ditulis selama sepuluh tahun.\n"
    assert _quotes(body) == [("Budi Santoso", "buku itu ditulis selama sepuluh tahun")]
