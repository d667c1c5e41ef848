"""Indonesian roles written before a name, with lower-case words in the office. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _roles(body):
    return {(q["speaker"], q["role"], q["country"]) for q in run(body, "id")["quotes"]}


def test_an_office_with_lower_case_words_opening_the_sentence_is_the_role_of_the_name_after_the_comma():
    # _bare_office_before: the phrase reader stops at 'di bawah'; the office before the comma is his
    body = ("Juru bicara Kementerian Luar Negeri di bawah pemerintahan Jepang, Taro Yamada mengatakan "
            "pemerintah akan mengirim bantuan ke wilayah itu.")
    assert ("Taro Yamada", "Juru bicara Kementerian Luar Negeri di bawah pemerintahan Jepang", "JP") in _roles(body)


def test_an_office_inside_a_clause_is_the_role_of_the_name_the_sentence_ends_on():
    # the office opens at the first capitalised title word after the lower-case words of the clause,
    # and the name is followed by a full stop; later the surname alone speaks with that role
    body = ("Laporan itu menimbulkan kegaduhan di Washington, sekaligus memunculkan keraguan akan masa depan "
            "Direktur FBI pilihan presiden sendiri, Robert Miller.\n\n"
            "\"Saya berkomitmen penuh terhadap misi kita,\" kata Miller.")
    assert ("Robert Miller", "Direktur FBI pilihan presiden sendiri", "US") in _roles(body)


def test_a_fronted_clause_naming_an_official_gives_the_subject_no_role():
    # 'Setelah bertemu Presiden ... di Istana, X mengatakan': the clause before the comma is no
    # apposition (the sentence goes on after the name), with or without a comma after it
    for comma in ("", ","):
        body = (f"Setelah bertemu Presiden Joko Widodo di Istana, Budi Santoso{comma} mengatakan "
                "pihaknya akan segera menyelesaikan proyek itu.")
        roles = {r for s, r, _ in _roles(body) if s == "Budi Santoso"}
        assert roles and not any(r and "Presiden" in r for r in roles)


def test_an_office_without_lower_case_words_is_still_read_by_the_phrase_reader():
    body = "Menteri Luar Negeri Jepang, Taro Yamada, mengatakan pemerintah akan mengirim bantuan."
    assert {(s, c) for s, _, c in _roles(body)} == {("Taro Yamada", "JP")}


# ---- a bare police or army word after a trailing cue ------------------------------------------

def test_a_bare_police_word_after_a_trailing_cue_is_the_police_of_the_story_state():
    # reports._bare_force: '..., kata polisi.' in wire copy about one state
    body = ("Bentrokan antara warga dan petugas keamanan di Myanmar menewaskan sedikitnya tiga orang, kata polisi.\n\n"
            "Pemerintah Myanmar memberlakukan jam malam di kota itu.\n\n"
            "Sedikitnya sepuluh orang terluka dalam bentrokan tersebut, tambah polisi.")
    quotes = _quotes(body)
    assert ("polisi", "Sedikitnya sepuluh orang terluka dalam bentrokan tersebut", "MM") in quotes
    assert any(s == "polisi" and t.startswith("Bentrokan antara warga") and c == "MM" for s, t, c in quotes)


def test_a_police_word_with_more_words_after_the_cue_is_not_read_as_the_bare_force():
    # reports._bare_force reads the force word alone after the cue, nothing more
    body = "Dua orang tewas dalam kecelakaan itu, kata polisi lalu lintas di Jakarta."
    assert not any(s == "polisi" for s, _, _ in _quotes(body))


def _quotes(body):
    return quote_fields(body, "speaker", "text", "country")
