"""A title that is also a given name (given_name_titles: Imam, Raja, Ratu) after an office whose first words
the phrase reader holds apart (helper idread, forty-sixth session): a lower-case office ('Juru Bicara'), or an
office whose words before a joiner stand outside the capitalised run ('Menteri Pemuda dan Olahraga', 'Mantan
gubernur Banten'). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return [(s, r) for s, r in quote_fields(body, "speaker", "role")]


def test_a_given_name_title_after_an_office_with_a_joiner_opens_the_name():
    body = ("“Kami siap mengirim pelatih ke sana,” kata Menteri Pertanian dan Perikanan Imam Sudarsono "
            "dalam siaran pers, Senin.")
    assert _who(body) == [("Imam Sudarsono", "Menteri Pertanian dan Perikanan")]


def test_a_given_name_title_after_a_lower_case_office_and_a_body_opens_the_name():
    body = "“Pertandingan sudah dimulai pada awal Mei,” ujar juru bicara KOI Raja Sihombing Tobing di Jakarta."
    assert [s for s, _ in _who(body)] == ["Raja Sihombing Tobing"]


def test_a_given_name_title_opening_the_phrase_stays_a_title():
    body = "“Kami menyambut baik kerja sama ini,” kata Ratu Maxima dari Belanda di Jakarta."
    assert _who(body) == [("Maxima", "Ratu")]


def test_a_given_name_title_after_a_comma_and_a_body_stays_a_title():
    body = ("Presiden menerima tamu dari Kerajaan Yordania, Raja Abdullah. “Kami bersahabat lama,” kata Raja "
            "Abdullah di Istana.")
    assert _who(body) == [("Abdullah", "Raja")]
