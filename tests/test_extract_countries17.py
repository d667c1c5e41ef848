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
    from generator.extract.mentions import Entity
    from generator.extract.speakers import ArticleEntities

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


def test_an_english_office_before_comma_set_places_is_the_names_apposition():
    body = ("Coffee exports grew.\n\nThe Indonesian consul general in Istanbul, Turkey, Herry Sudradjat, said the "
            "market share was small.")
    assert all_en(body) == [("Herry Sudradjat", "the market share was small", "ID")]


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


def test_a_firms_graded_vice_president_speaks_for_no_state():
    # firm_titles 'senior vice president': read whole after 'president Michael Lewis' was read first
    body = ("PG&E cut power to customers across California.\n\n"
            "Senior vice president Michael Lewis added, \"The safety of our customers is our most important "
            "responsibility.\"")
    assert [c for s, _, c in all_en(body) if s == "Michael Lewis"] == [None]
    body = ("Protests spread across California.\n\n"
            "Vice President Mike Pence added, \"The safety of our citizens is our most important responsibility.\"")
    assert [c for s, _, c in all_en(body) if s == "Mike Pence"] == ["US"]


def test_an_official_listed_by_date_speaks_for_the_office_held_then():
    # officials.yaml: Mark Rutte, the Dutch prime minister in 2017, NATO's secretary-general from October 2024
    import datetime as dt
    from generator.extract.officials import official_country, out_of_office, speaks_for_no_state

    assert official_country("Mark Rutte", dt.date(2017, 3, 16)) == "NL"
    assert not speaks_for_no_state("Mark Rutte", dt.date(2017, 3, 16))
    assert official_country("Rutte", dt.date(2025, 1, 1)) is None and speaks_for_no_state("Rutte", dt.date(2025, 1, 1))
    assert speaks_for_no_state("Mark Rutte") and official_country("Mark Rutte") is None  # (undated)
    assert out_of_office("Ban Ki-moon", dt.date(2018, 1, 1)) and not out_of_office("Ban Ki-moon", dt.date(2010, 1, 1))
    assert official_country("Donald Tusk", dt.date(2012, 1, 1)) == "PL"
    assert official_country("Donald Tusk", dt.date(2016, 1, 1)) is None
    from generator.articles import ArticleText
    from generator.content import Registries
    from generator.extract import extract_article
    from pathlib import Path

    for day, want in ((dt.date(2017, 3, 16), "NL"), (dt.date(2025, 3, 1), None)):
        article = ArticleText(Path("x.txt"), "T", "Pemilu di Belanda berakhir.\n\nMark Rutte mengatakan, "
                              "\"Ini malam yang penting bagi Belanda.\"", {"published": day})
        quotes = extract_article(article, Registries(), "x", "id").sheet["quotes"]
        assert [(q["speaker"], q["country"]) for q in quotes] == [("Mark Rutte", want)]


def test_the_police_unnamed_are_the_police_named_before_with_their_state():
    # authority_bodies 'polisi' -> 'Kepolisian': in a story naming Japan and North Korea about as often
    # (IndoSum, 'Tembak markas pro korut di tokyo dua aktivis jepang ditahan')
    body = ("Jakarta, CNN Indonesia -- Kepolisian Jepang menahan dua pria yang menembaki kantor pusat kelompok "
            "pendukung Korea Utara di Tokyo.\n\n"
            "Kawamura lalu melontarkan tembakan ke gedung tersebut. Polisi mengatakan tidak ada korban dalam "
            "insiden itu.\n\n"
            "Korea Utara masih menjadi sorotan. Kantor itu berfungsi sebagai kedutaan Korea Utara di Jepang.")
    assert [c for _, t, c in all_id(body) if t == "tidak ada korban dalam insiden itu"] == ["JP"]
    # (the capitalised word opening the sentence, where the story also writes 'kantor polisi': the
    # unnamed authority's path)
    body = body.replace("Korea Utara masih", "Pria itu dibawa ke kantor polisi. Korea Utara masih")
    assert [c for _, t, c in all_id(body) if t == "tidak ada korban dalam insiden itu"] == ["JP"]
