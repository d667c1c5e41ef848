"""Indonesian misses (helper idmiss, forty-fifth session): an adjective as the whole predicate of a report verb's
complement, a full stop with its space lost before a word and its comma or after a bracket, and an officer or a
candidate described with a relative clause after being named. Sentences invented for these tests, in the shape
of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Harga bahan pokok di Jakarta naik menjelang Lebaran.\n\n"
          "{s}\n\n"
          "Pasar murah digelar hingga akhir pekan.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


# ---- 'memastikan stok beras aman': an adjective as the complement's predicate -------------------------

def test_adjective_closing_the_complement_makes_it_a_clause():
    assert _reports("Menteri Perdagangan Enggartiasto Lukita memastikan stok beras aman menjelang Lebaran.") \
        == [("Enggartiasto Lukita", "stok beras aman menjelang Lebaran")]


def test_adjective_before_a_comma_after_a_subject_with_its_place():
    assert _reports("Bupati Rembang Amrullah mengakui penyebab pernikahan anak di Rembang kompleks, meliputi "
                    "tingkat pendidikan dan kondisi ekonomi.") \
        == [("Amrullah", "penyebab pernikahan anak di Rembang kompleks, meliputi tingkat pendidikan dan kondisi "
                         "ekonomi")]


def test_adjective_ending_the_sentence_makes_it_a_clause():
    assert _reports("Kapolda Budi Santoso memastikan situasi keamanan di Jakarta kondusif.") \
        == [("Budi Santoso", "situasi keamanan di Jakarta kondusif")]


def test_adjective_going_on_into_a_noun_is_the_objects_own():
    # ('cukup' before a noun: the thing ensured, no clause)
    assert _reports("Menteri Perdagangan Enggartiasto Lukita memastikan ketersediaan cukup beras di gudang Bulog.") \
        == []


def test_adjective_before_a_relative_clause_is_the_objects_own():
    assert _reports("Kapolda Budi Santoso menyebut jalur aman yang bisa dilalui pemudik.") == []


def test_adjective_not_listed_stays_no_predicate():
    # ('besar' is mostly an object's own size: 'mengklaim kemenangan besar')
    assert _reports("Ketua Umum Partai Hanura Budi Santoso mengklaim kemenangan besar.") == []


# ---- 'terjaga.Pertama, ...': a full stop glued to the next sentence ------------------------------------

def test_full_stop_glued_before_a_word_and_its_comma_ends_the_sentence():
    body = ("Bank Indonesia menahan suku bunga acuan.\n\n"
            "Budi Winantya menyebut ada beberapa hal yang mendorong inflasi tetap terjaga.Pertama, stabilitas "
            "nilai tukar rupiah.")
    assert indirect(run(body)) == [("Budi Winantya", "ada beberapa hal yang mendorong inflasi tetap terjaga")]


def test_full_stop_glued_after_a_bracket_ends_the_sentence():
    body = ("\"Tidak ada jalan yang sepenuhnya bebas risiko,\" ujar Jerome Powell, Kamis (18/9/2025).Powell "
            "menjelaskan bahwa laju penciptaan lapangan kerja saat ini sudah lebih lambat.")
    assert indirect(run(body)) == [("Jerome Powell", "laju penciptaan lapangan kerja saat ini sudah lebih lambat")]


# ---- 'kandidat yang juga Wakil Gubernur Jatim tersebut menilai ...': a described officer, candidate ------

def test_candidate_described_with_a_relative_clause_is_the_person_named_before():
    body = ("Saifullah Yusuf menghadiri rapat partai di Surabaya.\n\n"
            "Selain itu, kandidat yang juga Wakil Gubernur Jatim tersebut menilai dinamika ini harus dijadikan "
            "bahan untuk menatap ke depan.")
    assert indirect(run(body)) == [("Saifullah Yusuf", "dinamika ini harus dijadikan bahan untuk menatap ke depan")]


def test_officer_described_with_a_relative_clause_is_the_person_named_before():
    body = ("Budi Santoso mendaftar sebagai bakal calon gubernur.\n\n"
            "Lebih jauh, perwira polisi yang berpengalaman di bagian intelijen ini mengatakan, sembilan program "
            "unggulannya berbasis ilmu pengetahuan.")
    assert indirect(run(body)) == [("Budi Santoso", "sembilan program unggulannya berbasis ilmu pengetahuan")]
