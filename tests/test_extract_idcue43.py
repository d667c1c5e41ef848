"""Indonesian cues where the extractor did not look (helper idcue, forty-third session): a connective and a cue
opening the sentence with no comma after the name, and a bare 'menurut' source inside a clause whose predicate
has no verb. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Kepala Dinas Lingkungan Hidup Kabupaten Indramayu Dirman Santoso meninjau lokasi pembuangan pada Senin (5/2).\n\n"
          "{s}\n\n"
          "Acara itu berlangsung hingga sore.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


# a connective and a cue opening the sentence, the name with no comma after it

def test_connective_cue_name_without_comma_reports_the_clause_after_the_name():
    assert _reports("Tapi kata Dirman sampah yang dibakar di tepi jalan efeknya mengganggu kenyamanan, kesehatan, "
                    "juga keselamatan para pengendara.") \
        == [("Dirman Santoso", "sampah yang dibakar di tepi jalan efeknya mengganggu kenyamanan, kesehatan, juga "
                               "keselamatan para pengendara")]


def test_namun_cue_name_without_comma_reports_the_clause_after_the_name():
    assert _reports("Namun kata Dirman truk pengangkut yang ada masih kurang untuk seluruh kecamatan.") \
        == [("Dirman Santoso", "truk pengangkut yang ada masih kurang untuk seluruh kecamatan")]


def test_connective_cue_with_comma_after_name_is_unchanged():
    assert _reports("Namun kata Dirman, asap pembakaran sampah mengganggu kesehatan warga.") \
        == [("Dirman Santoso", "asap pembakaran sampah mengganggu kesehatan warga")]


def test_connective_cue_then_when_it_was_said_reads_after_the_comma():
    # ('saat ditemui ...' tells when it was said, not the clause: the clause follows the comma)
    assert _reports("Tapi kata Dirman saat ditemui di kantornya, truk pengangkut yang ada masih kurang.") \
        == [("Dirman Santoso", "truk pengangkut yang ada masih kurang")]


def test_bare_kata_opening_without_connective_is_left():
    # ('Kata X ...' with no connective may be the noun 'word': 'Kata Chroma pada nama produk ...')
    assert _reports("Kata Dirman lahan kosong di belakang pasar itu akan dijadikan taman kota.") == []


# a bare 'menurut' source inside the clause, a predicate with no verb after the name

def test_bare_menurut_before_a_reason_reports_the_clause():
    assert _reports("Sedangkan izin untuk Nazaruddin menurut Dirman atas rekomendasi dari Komisi Pemberantasan "
                    "Korupsi.") \
        == [("Dirman Santoso", "Sedangkan izin untuk Nazaruddin menurut Dirman atas rekomendasi dari Komisi "
                               "Pemberantasan Korupsi")]


def test_bare_menurut_before_an_amount_reports_the_clause():
    assert _reports("Warga yang datang ke lokasi menurut Dirman sekitar 200 orang.") \
        == [("Dirman Santoso", "Warga yang datang ke lokasi menurut Dirman sekitar 200 orang")]


def test_bare_menurut_before_a_state_proved_reports_the_clause():
    assert _reports("Pemilahan sampah sejak dari rumah ini menurut Dirman terbukti efektif.") \
        == [("Dirman Santoso", "Pemilahan sampah sejak dari rumah ini menurut Dirman terbukti efektif")]


def test_bare_menurut_before_where_it_was_said_is_left():
    assert _reports("Rencana itu dibahas menurut Dirman di Jakarta pada pekan lalu.") == []
