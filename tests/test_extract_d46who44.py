"""Who said what in Indonesian text (helper d46who, forty-fourth session): dev46's wrong speakers and misses, and
a subject asked to report. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


_KAPOLDA = "Kapolres Cirebon AKBP Budi Santoso hadir dalam gelar perkara itu.\n\n"


# ---- a comma right after the report verb opens its clause -------------------------------------------

def test_a_comma_after_the_verb_keeps_the_clause_before_an_inner_bahwa():
    body = _KAPOLDA + ("Dia mengatakan, penangkapan ini berkat informasi dari seorang sopir truk, bahwa ada "
                       "muatan yang mencurigakan.\n")
    assert ("Budi Santoso", "penangkapan ini berkat informasi dari seorang sopir truk, bahwa ada muatan yang "
            "mencurigakan") in _quotes(body)


def test_a_pronoun_subject_after_the_comma_is_the_clause():
    body = _KAPOLDA + "Budi mengatakan, pihaknya menerima kabar dari warga bahwa gudang itu kosong.\n"
    assert ("Budi Santoso", "pihaknya menerima kabar dari warga bahwa gudang itu kosong") in _quotes(body)


def test_an_aside_after_the_comma_still_stands_before_the_complementiser():
    body = _KAPOLDA + "Budi mengatakan, saat ditemui di kantornya, bahwa gudang itu kosong.\n"
    assert ("Budi Santoso", "gudang itu kosong") in _quotes(body)


def test_a_second_verb_after_the_comma_keeps_its_own_complementiser():
    body = _KAPOLDA + "Namun Budi membantah, menegaskan bahwa gudang itu kosong.\n"
    assert ("Budi Santoso", "gudang itu kosong") in _quotes(body)


def test_an_addressee_with_no_comma_is_still_skipped():
    body = _KAPOLDA + "Budi mengatakan kepada warga desa itu bahwa gudang itu kosong.\n"
    assert ("Budi Santoso", "gudang itu kosong") in _quotes(body)


# ---- 'Menurutnya,' after a sentence opened by one person acting --------------------------------------

_LECTURE = ("Menteri Agama Lukman Hakim Saifuddin memberikan ceramah di Leiden.\n\n"
            "\"Indonesia bukan negara agama,\" kata Lukman.\n\n"
            "Sebelum ceramah dimulai, sempat ada aksi protes dari seorang mahasiswa bernama Ratih.\n\n")


def test_menurutnya_means_the_one_named_just_before_by_a_one_word_name():
    body = _LECTURE + ("Ratih melancarkan protesnya menyusul vonis terhadap Ahok. Menurutnya, vonis itu "
                       "bertentangan dengan isi ceramah.\n")
    assert ("Ratih", "vonis itu bertentangan dengan isi ceramah") in _quotes(body)


def test_menurutnya_after_a_sentence_of_no_one_stays_with_the_speaker():
    body = ("Menteri Agama Lukman Hakim Saifuddin memberikan ceramah di Leiden.\n\n"
            "\"Indonesia bukan negara agama,\" kata Lukman.\n\n"
            "Ceramah itu dihadiri ratusan mahasiswa. Menurutnya, vonis itu bertentangan dengan isi ceramah.\n")
    assert ("Lukman Hakim Saifuddin", "vonis itu bertentangan dengan isi ceramah") in _quotes(body)


def test_a_one_word_name_never_introduced_is_no_antecedent():
    body = ("Menteri Agama Lukman Hakim Saifuddin memberikan ceramah di Leiden.\n\n"
            "\"Indonesia bukan negara agama,\" kata Lukman.\n\n"
            "Leiden menyambut kedatangannya. Menurutnya, kota itu sangat ramah.\n")
    assert not any(s == "Leiden" for s, _ in _quotes(body))


# ---- a role claimed for oneself, and an initial as the whole name ------------------------------------

def test_a_role_claimed_after_mengakui_is_a_clause():
    body = _KAPOLDA + "Sementara itu, Andi mengakui hanya sebagai sopir saja.\n"
    assert ("Andi", "hanya sebagai sopir saja") in _quotes(body)


def test_an_initial_names_the_claimant():
    body = _KAPOLDA + ("Polisi menahan tiga orang, yakni R, SA dan E.\n\n"
                       "Sementara itu, E mengakui hanya sebagai sopir saja dan tidak mengetahui isi muatan itu.\n")
    assert ("E", "hanya sebagai sopir saja dan tidak mengetahui isi muatan itu") in _quotes(body)


def test_a_thing_acknowledged_as_something_is_no_claim():
    body = _KAPOLDA + "Budi mengakui kesalahan itu sebagai kelalaian petugas.\n"
    assert not any("kelalaian" in t for _, t in _quotes(body))


# ---- a subject asked to report is not reporting ------------------------------------------------------

def test_a_report_verb_asked_of_the_subject_is_no_report():
    body = ("Selain masyarakat, Panwaslu Kota Bogor juga diminta berperan aktif melaporkan jika ada unsur "
            "kampanye hitam di media sosial.\n")
    assert _quotes(body) == []


def test_a_report_after_the_asked_act_still_reports():
    body = _KAPOLDA + "Budi yang diminta menjelaskan hal itu mengatakan bahwa gudang itu kosong.\n"
    assert ("Budi Santoso", "gudang itu kosong") in _quotes(body)
