"""Small faults of names, sources and appositions seen in the census (thirty-fourth session, helper small45):
short degrees without dots after a name (id.yaml name_final_degrees), initials whose last dot is left out
(mentions.NAMEWORD), a sentence opening with a body whose name ends in a reduplicated plural ('Perserikatan
Bangsa-Bangsa'), 'menurut pengakuan X' (id.yaml source_document_nouns) and the English 'X, who is the ...,
said' (en.yaml relative_appositions)."""
from __future__ import annotations

from .extract_cases import all_en, all_id, quote_fields


def _roles(body, lang="id"):
    return quote_fields(body, "speaker", "role", "country", lang=lang)


# ---- item 1: name forms with degrees and initials ---------------------------------------------------

def test_a_short_degree_without_dots_after_a_name_is_no_word_of_it():
    body = ("Mahkamah Konstitusi menolak permohonan itu pada Senin. "
            "\"Para pemohon sangat prihatin,\" kata kuasa hukum pemohon Hery Chariansyah SH di Jakarta.")
    assert [s for s, _, _ in all_id(body)] == ["Hery Chariansyah"]


def test_two_short_degrees_without_dots_after_a_name_leave_the_name():
    # (before, 'Andi Wijaya SH MH' read as no speaker at all)
    body = ("Sidang digelar Senin. "
            "\"Kami akan banding,\" kata kuasa hukum terdakwa, Andi Wijaya SH MH, di Jakarta.")
    assert [s for s, _, _ in all_id(body)] == ["Andi Wijaya"]


def test_a_short_degree_after_a_long_name_and_its_office():
    body = ("Seorang ibu melahirkan di dalam taksi. "
            "Direktur RS Kasih Ibu Denpasar, dr. I Gusti Ngurah Rai MM mengatakan kondisi pasien seperti itu "
            "merupakan keberuntungan bagi pengemudi.")
    assert [s for s, _, _ in all_id(body)] == ["I Gusti Ngurah Rai"]


def test_a_one_word_name_keeps_a_capitalised_word_after_it():
    # (a short degree is read so only after two words of a name: 'Budi SH' may be a name with an initialism)
    from generator.extract import CountryFinder, load_pack, pipeline

    g = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    assert g.parse("Budi SH", 0, 7).name == "Budi SH"
    assert g.parse("Andi Wijaya SH, MH", 0, 18).name == "Andi Wijaya"


def test_initials_without_their_last_dot_stay_in_the_name():
    body = ("Rapat digelar Senin. "
            "Menteri PPN/Kepala Bappenas Bambang P.S Brodjonegoro menyatakan, ibu kota baru dipastikan di luar Jawa. "
            "\"Kita masih mempelajari argumen,\" kata Bambang.")
    got = all_id(body)
    assert got and all(s == "Bambang P.S Brodjonegoro" for s, _, _ in got)


def test_dotted_initials_and_a_single_initial_as_before():
    body = ("Rapat digelar Senin. \"Kami siap,\" kata Bambang P.S. Brodjonegoro di Jakarta.")
    assert [s for s, _, _ in all_id(body)] == ["Bambang P.S. Brodjonegoro"]


# ---- item 2: a body whose name ends in a reduplicated plural, opening a sentence --------------------

def test_perserikatan_bangsa_bangsa_opening_a_sentence_is_the_whole_name():
    body = ("Militer menyerang pos polisi di Rakhine. "
            "Perserikatan Bangsa-Bangsa memperkirakan setidaknya sudah ada 1.000 orang yang tewas dalam operasi itu.")
    assert [s for s, _, _ in all_id(body)] == ["Perserikatan Bangsa-Bangsa"]


def test_a_derived_common_word_before_a_name_is_still_cut():
    body = ("Banjir melanda Bekasi pada Senin. "
            "Kemampuan Budi Santoso menurut dia sudah cukup. "
            "Menurut Perserikatan Bangsa-Bangsa, sebanyak 100 ribu warga sipil terperangkap di sana.")
    assert ("Perserikatan Bangsa-Bangsa", "sebanyak 100 ribu warga sipil terperangkap di sana", None) in all_id(body)


# ---- item 4: 'menurut pengakuan X' -------------------------------------------------------------------

def test_according_to_someones_admission_is_theirs_with_no_role():
    body = ("Rob Kardashian marah besar pada Rabu. "
            "Menurut pengakuan Rob, video itu dikirim oleh Chyna ketika ia baru saja membelikannya perhiasan.")
    got = _roles(body)
    assert got == [("Rob Kardashian", None, None)]


def test_from_someones_account_is_theirs():
    body = ("Budi Hartono memulai usahanya pada 2015. "
            "Dari penuturan Budi, sekitar tiga sampai lima ton sampah berhasil diolah setiap bulan.")
    got = _roles(body)
    assert [(s, r) for s, r, _ in got] == [("Budi Hartono", None)]


# ---- item 6: English 'X, who is the ..., said' ---------------------------------------------------------

def test_who_is_the_office_between_commas_is_the_speakers_office():
    body = ("Talks resumed on Monday. "
            "John Hollis, who is the US Secretary of State, said the talks would continue.")
    assert _roles(body, "en") == [("John Hollis", "US Secretary of State", "US")]


def test_who_is_an_office_abroad_gives_its_state():
    body = ("Talks resumed on Monday. "
            "John Hollis, who is the British ambassador to Iraq, said the talks would continue.")
    assert _roles(body, "en") == [("John Hollis", "British ambassador to Iraq", "GB")]


def test_who_was_the_office_is_a_past_office_and_gives_no_state():
    body = ("Talks resumed on Monday. "
            "John Hollis, who was the US Secretary of State, said the talks would continue.")
    assert all_en(body) == [("John Hollis", "the talks would continue", None)]


def test_who_is_without_an_article_stays_an_aside():
    body = ("Talks resumed on Monday. "
            "John Hollis, who is retiring next year, said the talks would continue.")
    assert _roles(body, "en") == [("John Hollis", None, None)]
