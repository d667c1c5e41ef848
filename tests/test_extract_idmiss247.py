"""Indonesian quotes the extractor missed (helper idmiss2, forty-seventh session): cue verbs after a quote, a
proposal put to a named addressee, an ampersand inside a job title and a press statement cued with a pronoun.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body):
    return [s for s, _ in _quotes(body)]


# ---- cue verbs after a quote: a welcome, a rebuttal, advice, praise ------------------------------------

def test_sambut_after_a_quote_names_the_speaker():
    body = ("Perusahaan rintisan Squline resmi bergabung dengan program akselerasi Bekraf.\n\n"
            "\"Kami sangat bangga dapat terpilih untuk mewakili industri kreatif Indonesia di ajang tersebut,\" "
            "sambut CEO Squline Tomy Yunus.\n")
    assert ("Tomy Yunus", "Kami sangat bangga dapat terpilih untuk mewakili industri kreatif Indonesia di ajang "
            "tersebut") in _quotes(body)


def test_sanggah_after_a_quote_names_the_speaker():
    body = ("Penerbit gim itu dikritik para pemain karena fitur pembelian di dalam gim.\n\n"
            "\"Nyatanya, ada beberapa tipe pemain dalam gim ini,\" sanggah Jorgensen.\n")
    assert ("Jorgensen", "Nyatanya, ada beberapa tipe pemain dalam gim ini") in _quotes(body)


def test_saran_after_a_quote_names_the_speaker_not_the_one_before():
    body = ("Juru Bicara Asosiasi Dokter Gigi Alice Boghosian menyebut gula sebagai musuh utama gigi.\n\n"
            "\"Setelah selesai makan pastikan Anda menyikat gigi tanpa meninggalkan sisa makanan,\" saran Romo.\n")
    assert ("Romo", "Setelah selesai makan pastikan Anda menyikat gigi tanpa meninggalkan sisa makanan") \
        in _quotes(body)


# ---- 'buka' and 'cerita' cue only right after a quote ------------------------------------------------------

def test_buka_after_a_quote_is_the_opening_remark_of_the_one_named():
    body = ("Gelandang Manchester United Wayne Rooney belum mendapat tempat utama musim ini.\n\n"
            "\"Wayne adalah pencetak gol yang sudah terbukti dan ia pasti akan mencetak gol,\" buka Giggs kepada "
            "Sky Sports.\n")
    assert ("Ryan Giggs", "Wayne adalah pencetak gol yang sudah terbukti dan ia pasti akan mencetak gol") \
        in quote_fields("Legenda klub Ryan Giggs memberi saran.\n\n" + body, "speaker", "text")


def test_buka_inside_a_sentence_is_no_cue():
    body = ("Tak seperti museum lain yang memiliki jam buka tutup serta tarif tiket, Rijksmuseum buka selama 24 "
            "jam dan gratis.\n")
    assert _quotes(body) == []


def test_cerita_after_a_quote_names_the_speaker():
    body = ("\"Jupe sudah tidak bisa bicara lagi,\" kata Ruben Onsu kepada wartawan.\n\n"
            "Adik Jupe, Nia Anggia, ikut menjaga di rumah sakit.\n\n"
            "\"Kalau Ruben datang, dia itu tersenyum bahagia. Ruben memberikan semangat tersendiri,\" cerita Nia "
            "di RSCM, Jumat (5/5).\n")
    assert ("Nia Anggia", "Kalau Ruben datang, dia itu tersenyum bahagia. Ruben memberikan semangat tersendiri") \
        in _quotes(body)


def test_cerita_as_a_noun_is_no_cue():
    body = ("Mendengar cerita Min Jae, salah satu pemandu acara, Yoo Jae Suk menyahut, \"Bagaimana perasaanmu "
            "melihat kami di sini?\"\n")
    assert "Kim Min Jae" not in _speakers("Aktor muda Kim Min Jae bercerita di acara itu.\n\n" + body)


# ---- 'mengusulkan' a named addressee to act -------------------------------------------------------------

def test_mengusulkan_a_named_addressee_to_act_reports_from_the_addressee():
    body = ("Wakil Ketua DPR Fahri Hamzah mengusulkan Presiden Joko Widodo untuk mengeluarkan Peraturan "
            "Pemerintah Pengganti Undang-undang tentang KPK.\n")
    assert ("Fahri Hamzah", "Presiden Joko Widodo untuk mengeluarkan Peraturan Pemerintah Pengganti Undang-undang "
            "tentang KPK") in _quotes(body)


def test_mengusulkan_a_budget_for_a_purpose_is_no_report():
    body = "Dinas Bina Marga mengusulkan anggaran sebesar Rp 10 miliar untuk memperbaiki jalan desa.\n"
    assert _quotes(body) == []


def test_mengusulkan_a_sum_for_a_purpose_is_no_report():
    body = "Dinas Bina Marga mengusulkan Rp 10 miliar untuk memperbaiki jalan desa tahun depan.\n"
    assert _quotes(body) == []


# ---- an ampersand inside an English job title -------------------------------------------------------------

def test_an_ampersand_inside_a_job_title_keeps_the_name_after_it():
    body = ("Menurut GM After Sales & PR YIMM M. Abidin perlu adanya pembinaan anak muda yang melibatkan "
            "pemerintah seiring perkembangan industri sepeda motor.\n")
    assert ("M. Abidin", "perlu adanya pembinaan anak muda yang melibatkan pemerintah seiring perkembangan "
            "industri sepeda motor") in _quotes(body)


def test_founder_and_ceo_is_one_office_before_the_name():
    body = ("Perusahaan rintisan Ruangguru terus menambah pengguna.\n\n"
            "\"Saat ini pengguna kami ada 2,5 juta pelajar dari seluruh Indonesia,\" ujar Co-Founder & CEO "
            "Ruangguru Belva Devara.\n")
    assert quote_fields(body, "speaker", "role") == [("Belva Devara", "Co-Founder & CEO Ruangguru")]


# ---- a press statement cued with a pronoun ------------------------------------------------------------------

def test_bunyi_pernyataan_pers_mereka_is_the_body_named_before():
    body = ("Daydream Island Resort menyatakan mengalami kerusakan signifikan, termasuk pada dermaga.\n\n"
            "\"Kondisi sangat ekstrem dengan hujan deras dan angin kencang mengakibatkan kerusakan pada resort,\" "
            "bunyi pernyataan pers mereka.\n")
    assert ("Daydream Island Resort", "Kondisi sangat ekstrem dengan hujan deras dan angin kencang mengakibatkan "
            "kerusakan pada resort") in _quotes(body)
    assert "pers mereka" not in _speakers(body)


def test_two_names_joined_by_an_ampersand_give_the_second_no_office():
    body = ("Acara pernikahan putrinya, Kahiyang & Bobby digelar di Solo.\n\n"
            "\"Saya terima nikahnya dengan mas kawin tersebut dibayar tunai,\" kata Bobby dengan penuh keyakinan.\n")
    assert quote_fields(body, "speaker", "role") == [("Bobby", None)]
