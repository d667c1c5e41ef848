"""Indonesian misses (helper idmiss, forty-sixth session): a plural pronoun reporting after a sentence that names one
body and no one else, and a view or a document opened by 'Dalam' ('Dalam pandangan X, ...', 'Dalam catatan X,
...'). Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Harga bahan pokok di Jakarta naik menjelang Lebaran.\n\n"
          "{s}\n\n"
          "Pasar murah digelar hingga akhir pekan.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


# ---- 'Mereka menilai, ...' after a sentence that names one body ------------------------------------------

def test_plural_pronoun_means_the_one_body_named_just_before():
    assert _reports("Hal ini sama dengan yang disoroti Asosiasi Perusahaan Ritel Indonesia (APRI) beberapa waktu lalu. "
                    "Mereka menilai, kenaikan harga itu tak adil bagi pedagang kecil.") \
        == [("Asosiasi Perusahaan Ritel Indonesia", "kenaikan harga itu tak adil bagi pedagang kecil")]


def test_plural_pronoun_means_the_body_a_group_named_itself():
    assert _reports("Mereka mengatasnamakan diri sebagai Gerakan Mahasiswa Peduli Pangan.\n\n"
                    "Mereka menilai kenaikan harga itu merugikan pedagang kecil.") \
        == [("Gerakan Mahasiswa Peduli Pangan", "kenaikan harga itu merugikan pedagang kecil")]


def test_plural_pronoun_after_people_named_before_the_body_is_not_the_body():
    assert _reports("Warga menolak rencana PT Pasar Jaya membangun gedung baru. "
                    "Mereka menilai gedung itu merusak lingkungan.") == []
    assert _reports("Ratusan pedagang mendatangi kantor PT Pasar Jaya. "
                    "Mereka menilai gedung itu merusak lingkungan.") == []


def test_plural_pronoun_with_a_relative_clause_is_no_one_named_before():
    assert _reports("Tak butuh waktu lama, semua kios di Pasar Induk Kramat Jati (PIKJ) terjual. "
                    "Mereka yang tak kebagian kios mengaku kecewa.") == []


def test_plural_pronoun_after_a_sentence_opened_by_a_name_is_not_the_body_named_later():
    assert ("Asosiasi Perusahaan Ritel Indonesia", "harus ada cara lain untuk menekan harga") not in _reports(
        "Google sepertinya belum cukup puas dengan apa yang mereka capai lewat Asosiasi Perusahaan Ritel Indonesia. "
        "Mereka menilai harus ada cara lain untuk menekan harga.")


def test_plural_pronoun_after_a_sentence_naming_a_person_is_left_alone():
    assert ("Asosiasi Perusahaan Ritel Indonesia", "kenaikan harga itu tak adil bagi pedagang kecil") not in _reports(
        "Hal ini disoroti Ketua Asosiasi Perusahaan Ritel Indonesia Budi Santoso. "
        "Mereka menilai, kenaikan harga itu tak adil bagi pedagang kecil.")


def test_plural_pronoun_after_two_bodies_read_as_one_name_is_not_the_joined_name():
    # (dev30: 'Penelitian yang disusun Lembaga Ilmu Pengetahuan Indonesia dan Jaringan Damai Papua ... mereka menyatakan')
    speakers = [s for s, _ in _reports(
        "Penelitian yang disusun Lembaga Ilmu Pengetahuan Indonesia dan Jaringan Damai Papua pada 2015 membahas pasar. "
        "Mereka menyatakan kenaikan harga itu merugikan pedagang kecil.")]
    assert "Lembaga Ilmu Pengetahuan Indonesia dan Jaringan Damai Papua" not in speakers


# ---- 'Dalam pandangan X, ...', 'Dalam catatan X, ...': a view or a document of the one named ------------

def test_view_opened_by_dalam_pandangan_reports_the_clause():
    assert _reports("Wakil Ketua MPR Zulkifli Hasan meninjau pasar itu.\n\n"
                    "Dalam pandangan Zulkifli, kenaikan harga itu masih wajar menjelang Lebaran.") \
        == [("Zulkifli Hasan", "kenaikan harga itu masih wajar menjelang Lebaran")]


def test_view_opened_by_dari_kacamata_reports_the_clause():
    assert _reports("Wakil Ketua MPR Zulkifli Hasan meninjau pasar itu.\n\n"
                    "Dari kacamata Zulkifli, kenaikan harga itu masih wajar menjelang Lebaran.") \
        == [("Zulkifli Hasan", "kenaikan harga itu masih wajar menjelang Lebaran")]


def test_document_opened_by_dalam_catatan_reports_the_clause():
    assert _reports("Dalam catatan Kementerian Perdagangan, harga beras naik 5 persen sepekan terakhir.") \
        == [("Kementerian Perdagangan", "harga beras naik 5 persen sepekan terakhir")]


def test_dalam_before_no_document_noun_is_no_source():
    assert _reports("Dalam hal ini, pemerintah harus bertindak cepat menekan harga.") == []
    assert _reports("Dalam rapat Kementerian Perdagangan, pejabat membahas harga beras.") == []
