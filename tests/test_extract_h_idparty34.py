"""A party's name closes the office before it; the holder is the one-word name after it (helper
h_idparty34). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str, lang: str = "id") -> list[str]:
    return quote_fields(body, "speaker", lang=lang)


# ---- a role ending in a party's name, then a holder's name of one word in apposition --------------

def test_the_one_word_name_after_an_office_in_a_party_speaks_not_the_party():
    body = ("“Pemerintah tidak pernah meminta imbalan politik dari partai mana pun,” tegas Wakil Ketua "
            "Dewan Pakar Partai Hanura, Sudarto, di Gedung DPR, Senin (5/2/2018).\n"
            "“Dukungan kami itu keputusan kongres, bukan soal kursi,” ucapnya.")
    assert _speakers(body) == ["Sudarto", "Sudarto"]


def test_a_party_named_by_itself_after_a_short_title_is_no_one_s_name():
    body = "“Semua calon harus diperiksa lebih dulu,” kata Sekjen Gerindra, Sudarto, di Jakarta."
    assert _speakers(body) == ["Sudarto"]


def test_a_party_after_a_kind_of_person_is_no_word_of_the_name_after_it():
    body = "Politisi Gerindra Sudarto menyatakan bahwa biaya kampanye para calon terlalu besar."
    assert _speakers(body) == ["Sudarto"]


def test_a_full_name_or_a_one_word_name_with_no_party_before_it_is_read_as_before():
    body = ("“Semua calon harus diperiksa lebih dulu,” kata Ketua Umum Partai Nasdem Budi Sudarto.\n"
            "“Kami tidak akan menunda pemeriksaan,” kata Kapolda Riau Irjen Hartono.")
    assert _speakers(body) == ["Budi Sudarto", "Hartono"]
    # the party alone, with no holder named, is not taken for a person's name
    body = "“Semua calon harus diperiksa lebih dulu,” kata Sekjen Gerindra."
    assert "Gerindra" not in _speakers(body)


def test_a_party_after_a_kind_of_person_opening_the_sentence_is_cut_off_the_name():
    # 'politisi' is also written in lower case in the article, so it is cut off the phrase as a
    # common word; the party after it still belongs to the role
    body = ("Sejumlah politisi menilai biaya pemilu terlalu tinggi.\n"
            "Politisi Gerindra Sudarto menyatakan bahwa beberapa anggota DPR menghabiskan puluhan miliar "
            "rupiah untuk kampanye.")
    assert _speakers(body) == ["Sudarto"]
