"""Indonesian recall (h_idmiss47): a report verb that takes a noun phrase ('menyebut', 'mencatat', 'memastikan',
'mengakui') reports a bare clause whose subject is broken by commas (an apposition, a list, a comma before the
predicate) when a marker word opens the predicate after the last comma; whose predicate is a 'ter-' verb or
'naik'/'turun' (complement_plain_predicates), or follows an adverb ('segera', 'pun', 'juga'), or is a noun
negated by 'bukan'. A noun phrase stays no report, and a bare reflexive ('memastikan diri lolos') is the verb's
object. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str, str]]:
    return quote_fields(body, "speaker", "kind", "text")


def _texts(body: str) -> list[str]:
    return quote_fields(body, "text")


# ---- a subject broken by commas, then a marker word ---------------------------------------------------------

def test_an_apposition_inside_the_subject_before_a_negation_is_a_clause():
    body = ("Mantan pengasuh paduan suara Markus Weber juga menyebut uskup Passau, Johann Bauer, tidak bisa "
            "menangani kasus pelecehan yang sudah berlangsung puluhan tahun.")
    assert ("Markus Weber", "indirect",
            "uskup Passau, Johann Bauer, tidak bisa menangani kasus pelecehan yang sudah berlangsung puluhan tahun") \
        in _quotes(body)


def test_a_comma_before_the_predicate_of_the_complement():
    body = ("Direktur Utama PT Taman Wisata Budi Hartono menyebut usulan gubernur soal tarif parkir progresif, "
            "belum bisa menutupi biaya perawatan kawasan wisata.")
    assert ("Budi Hartono", "indirect",
            "usulan gubernur soal tarif parkir progresif, belum bisa menutupi biaya perawatan kawasan wisata") \
        in _quotes(body)


def test_a_listed_subject_then_a_copula_like_verb():
    body = ("Kepala Dinas Pendidikan Jawa Tengah Siti Rahma menyebut guru matematika, kesenian, dan agama masih "
            "kesulitan memenuhi jam mengajar.")
    assert ("Siti Rahma", "indirect",
            "guru matematika, kesenian, dan agama masih kesulitan memenuhi jam mengajar") in _quotes(body)


def test_a_place_and_its_province_inside_the_subject():
    body = ("Kepala Badan Pertanahan Kota Medan Andi Saputra membenarkan sertifikat lahan di Belawan, Sumatera "
            "Utara sudah terbit pekan lalu.")
    assert ("Andi Saputra", "indirect", "sertifikat lahan di Belawan, Sumatera Utara sudah terbit pekan lalu") \
        in _quotes(body)


def test_a_verb_after_the_comma_is_the_speakers_next_act_not_a_clause():
    body = ("Kapolres Bogor AKBP Budi Santoso mengungkap kasus narkoba di Cibinong, menangkap tiga pelaku dan "
            "menyita dua kilogram sabu.")
    assert not any(t.startswith("kasus narkoba") for t in _texts(body))


def test_a_list_of_names_with_no_predicate_is_no_report():
    body = "Kapolres Bogor AKBP Budi Santoso menyebut kasus narkoba, kasus judi, dan kasus pencurian."
    assert not any(t.startswith("kasus narkoba") for t in _texts(body))


# ---- predicates with no active prefix -----------------------------------------------------------------------

def test_a_ter_verb_is_the_predicate_of_the_complement():
    body = ("Badan Penanggulangan Bencana Daerah Jambi Andi Saputra menyebut banjir terjadi sejak Jumat sore "
            "setelah hujan deras.")
    assert ("Andi Saputra", "indirect", "banjir terjadi sejak Jumat sore setelah hujan deras") in _quotes(body)


def test_falling_figures_are_a_clause():
    body = ("Direktur Keuangan PT Ramayana Suryanto Wijaya mencontohkan angka penjualan perusahaan pada 2015 "
            "turun 0,2 persen dari 2014.")
    assert ("Suryanto Wijaya", "indirect", "angka penjualan perusahaan pada 2015 turun 0,2 persen dari 2014") \
        in _quotes(body)


def test_a_superlative_ter_word_is_no_predicate():
    body = "Kapolres Bogor AKBP Budi Santoso menyebut kasus terbesar tahun ini."
    assert not any(t.startswith("kasus terbesar") for t in _texts(body))


def test_an_adverb_between_the_subject_and_its_predicate():
    body = "Bupati Kepulauan Seribu Irwan Saputra mengakui pengadaan kapal jenazah segera terealisasi tahun ini."
    assert ("Irwan Saputra", "indirect", "pengadaan kapal jenazah segera terealisasi tahun ini") in _quotes(body)


def test_a_noun_predicate_negated_by_bukan():
    body = "Kapolres Bogor AKBP Budi Santoso memastikan pemilik mobil itu pun bukan anggota Polri."
    assert ("Budi Santoso", "indirect", "pemilik mobil itu pun bukan anggota Polri") in _quotes(body)


def test_a_bare_reflexive_after_a_verb_of_securing_is_no_clause():
    body = "Persib Bandung telah memastikan diri lolos ke babak final setelah menang 2-0."
    assert not any(t.startswith("diri") for t in _texts(body))
    body = "Tim asuhan pelatih Budi Santoso memastikan diri melaju ke babak semifinal."
    assert not any(t.startswith("diri") for t in _texts(body))
