"""Indonesian report verbs with no clause marker (helper idverb, forty-fourth session): after 'menyebut',
'mengakui' or 'memastikan', a subject then a passive 'di-' verb whose stem is no common word but whose active
'me-' form is one ('disita': 'menyita') makes the complement a clause; a noun object stays no report.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Kepala Satuan Polisi Pamong Praja Kota Bekasi Abdul Karim memimpin razia pada Sabtu (28/10) malam.\n\n"
          "{s}\n\n"
          "Razia itu berlangsung hingga dini hari.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


def test_passive_verb_of_an_uncommon_stem_makes_a_clause():
    # ('sita' is no common word, 'menyita' is)
    assert _reports("Abdul menyebut 1.283 botol minuman keras berbagai merek disita dari sejumlah tempat hiburan.") \
        == [("Abdul Karim", "1.283 botol minuman keras berbagai merek disita dari sejumlah tempat hiburan")]


def test_passive_verb_of_an_uncommon_stem_after_mengakui():
    # ('copot' is no common word, 'mencopot' is)
    assert _reports("Abdul mengakui dua anggota satuannya dicopot dari jabatan mereka pekan lalu.") \
        == [("Abdul Karim", "dua anggota satuannya dicopot dari jabatan mereka pekan lalu")]


def test_noun_object_stays_no_report():
    assert _reports("Abdul menyebut nama-nama tempat hiburan yang melanggar aturan.") == []
    assert _reports("Abdul mengakui kesalahannya di depan para pedagang.") == []
    assert _reports("Abdul memastikan ketersediaan tenaga petugas di setiap pos.") == []


def test_noun_with_the_passive_prefix_stays_a_noun():
    # ('dinas' and 'divisi' begin as a passive does, but 'menas' and 'memvisi' are no verbs)
    assert _reports("Abdul menyebut pegawai dinas pendidikan di acara itu.") == []
    assert _reports("Abdul menyebut anggota divisi hukum di acara itu.") == []


_PATI = ("Kepala Dinas Pertanian Kabupaten Pati Sutopo meninjau pasar pada Senin (5/2).\n\n"
         "{s}\n\n"
         "Acara itu berlangsung hingga sore.")


def _pati_reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_PATI.format(s=sentence)))


def test_now_before_the_clause_opens_it():
    assert _pati_reports("Sutopo menyebut kini terdapat lebih dari 200 penjual nasi gandul di Pati.") \
        == [("Sutopo", "kini terdapat lebih dari 200 penjual nasi gandul di Pati")]


def test_now_between_subject_and_predicate_makes_a_clause():
    assert _pati_reports("Sutopo menyebut harga cabai kini mulai stabil di pasar tradisional.") \
        == [("Sutopo", "harga cabai kini mulai stabil di pasar tradisional")]


def test_now_before_a_noun_object_stays_no_report():
    assert _pati_reports("Sutopo menyebut kini namanya di depan wartawan.") == []
    assert _pati_reports("Sutopo mengakui kesalahannya kini di depan wartawan.") == []
