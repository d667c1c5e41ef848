"""Speakers' countries, both languages (session 17). Texts written for these tests, or small pieces of IndoSum
and Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import all_en, all_id


def test_a_clipped_first_name_is_the_person_named_in_full_before():
    # ArticleEntities._clipped_first_name: 'Enggar' opens 'Enggartiasto', the minister named in full
    body = ("Jakarta - Menteri Perdagangan Enggartiasto Lukita menyatakan impor beras dilakukan tanpa APBN.\n\n"
            "\"Tidak ada dana APBN. Itu pasti,\" kata Enggar.")
    assert ("Enggartiasto Lukita", "Tidak ada dana APBN. Itu pasti", "ID") in all_id(body)


def test_a_clipped_name_two_people_could_have_is_nobodys():
    # two people whose first names open with the same word: the short form names neither
    body = ("Jakarta - Menteri Perdagangan Enggartiasto Lukita dan Gubernur Enggarwati Santoso hadir.\n\n"
            "\"Tidak ada dana APBN. Itu pasti,\" kata Enggar.")
    assert ("Enggar", "Tidak ada dana APBN. Itu pasti", None) in all_id(body)


def test_a_word_that_is_a_whole_name_word_is_no_clipped_name():
    # 'Ali' is the first name of 'Ali Imron' (a word of his name), not a short form of 'Alimin'
    from generator.extract import pipeline, CountryFinder, load_pack
    from generator.extract.speakers import ArticleEntities, Entity

    g = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    ents = ArticleEntities("x", g)
    ents.entities = [Entity("Alimin Ahmad", role="Menteri"), Entity("Ali Imron")]
    assert ents._clipped_first_name("Ali") is None
    assert ents._clipped_first_name("Alim") is ents.entities[0]
    assert ents._clipped_first_name("Al") is None  # (too short to be read as a short form)
    assert ents._clipped_first_name("Ahmad") is None  # (a surname is found by its whole word)


def test_a_place_set_off_by_commas_after_an_office_keeps_the_office_in_apposition():
    # _past_apposed_places: 'Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat' (IndoSum, 'KJRI dorong
    # pengusaha jajaki pasar kopi Turki'): the office sits in Istanbul, Turkey; RI is the state it speaks for
    body = ("Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat, mengatakan, pihaknya mengadakan acara makan "
            "bersama dengan pelaku usaha sektor kopi.")
    assert all_id(body) == [("Herry Sudradjat", "pihaknya mengadakan acara makan bersama dengan pelaku usaha sektor kopi",
                             "ID")]


def test_a_place_after_an_office_is_no_office_of_its_own():
    # a place set off by commas, with no office before it, gives the name no role
    body = ("Di Istanbul, Turki, Herry Sudradjat mengatakan, pihaknya mengadakan acara makan bersama.")
    assert [c for s, _, c in all_id(body) if s == "Herry Sudradjat"] in ([], [None])


def test_a_state_word_inside_an_islands_name_names_no_state():
    # region_prefixes 'New ': 'New Guinea' is an island, not Guinea (IndoSum, 'Anjing purba paling langka
    # ditemukan di puncak jaya papua'); 'New Zealand' and 'New Mexico' still match whole
    from generator.extract import CountryFinder

    for lang in ("id", "en"):
        finder = CountryFinder.for_language(lang)
        assert [m.code for m in finder.find("the New Guinea Highland Wild Dog Foundation")] == []
        assert [m.code for m in finder.find("New Zealand and Guinea")] == ["NZ", "GN"]
    assert [m.code for m in CountryFinder.for_language("en").find("a ranch in New Mexico")] == ["US"]
    body = ("Anjing liar itu ditemukan di Papua.\n\n"
            "\"Penemuan ini merupakan kesempatan yang luar biasa bagi ilmu pengetahuan,\" kata New Guinea Highland "
            "Wild Dog Foundation.")
    assert [c for s, _, c in all_id(body) if "Foundation" in s] == [None]


def test_the_government_unnamed_is_the_home_states_in_a_home_story():
    # home_local_institutions 'Pemerintah' (IndoSum, 'India disebut masih butuh pasokan CPO dari Indonesia')
    body = ("Jakarta, CNN Indonesia -- Pemerintah menyatakan bahwa India masih ingin mengimpor minyak kelapa "
            "sawit dari Indonesia.")
    assert [c for s, _, c in all_id(body) if s == "Pemerintah"] == ["ID"]


def test_the_prosecution_unnamed_is_the_story_states():
    # domestic_role_words 'kejaksaan agung': in a story mostly about Venezuela, Venezuela's
    body = ("Jakarta -- Jumlah kasus pembunuhan di Venezuela naik menjadi 60 kasus per hari, menurut Kejaksaan Agung.\n\n"
            "Krisis di Venezuela membuat warga Venezuela pergi. Presiden Venezuela menolak bantuan.")
    assert [c for s, _, c in all_id(body) if s == "Kejaksaan Agung"] == ["VE"]
