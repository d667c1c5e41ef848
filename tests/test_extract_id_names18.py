"""Indonesian speaker names with a firm or a body before them: the body joins the role only on the
article's evidence. Texts written for these tests."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body):
    return {(q["speaker"], q["role"]) for q in run(body, "id")["quotes"]}


def test_a_firm_the_article_writes_after_di_joins_the_role_not_the_name():
    # _cut_body_word: 'di Tokobaru' shows 'Tokobaru' is a firm's name, so it is cut off 'Tokobaru Andi Wirawan'
    body = ("Penjual kini bisa membuka toko di Tokobaru tanpa biaya.\n\n"
            "Kepala Penjualan Tokobaru Andi Wirawan mengatakan layanan ini gratis untuk semua penjual.")
    assert ("Andi Wirawan", "Kepala Penjualan Tokobaru") in _speakers(body)


def test_a_firm_the_article_writes_after_pt_joins_the_role():
    body = ("Laba PT Sentosa naik tahun ini.\n\n"
            "Direktur Utama Sentosa Budi Hartanto mengatakan penjualan tumbuh 8 persen.")
    assert ("Budi Hartanto", "Direktur Utama Sentosa") in _speakers(body)


def test_a_given_name_seen_alone_is_no_body_without_such_evidence():
    # 'Miryam' stands alone elsewhere, but never after 'di', 'ke' or a firm's kind: no word is cut
    from generator.extract import CountryFinder, load_pack, pipeline
    g = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    text = "Miryam hadir di gedung KPK pagi ini. Kata Miryam, ia tidak tahu."
    assert g._cut_body_word(text, ["Miryam", "S", "Haryani"]) == ["Miryam", "S", "Haryani"]
    assert g._cut_body_word("Ia bekerja di Tokobaru.", ["Tokobaru", "Andi", "Wirawan"]) == ["Andi", "Wirawan"]


def test_a_single_letter_is_no_body():
    # 'ke T - HR3': a letter after a place preposition is no firm's name
    from generator.extract import CountryFinder, load_pack, pipeline
    g = pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))
    assert not g._body_marked("Data dikirim ke T setiap jam.", "T")
    assert g._body_marked("Penjual membuka toko di Tokobaru.", "Tokobaru")
    assert not g._body_marked("Tokobaru membuka toko. Itu kata Tokobaru.", "Tokobaru")


def test_a_name_after_a_word_closing_a_firms_name_is_the_speaker():
    # firm_name_closers: 'Tbk', 'Sekuritas' close the firm's name; the person follows
    body = ("Rupiah menguat pagi ini.\n\n"
            "Ekonom PT Bank Sentosa Tbk Andi Wirawan mengatakan rupiah akan terus menguat.\n\n"
            "Ekonom Sentosa Sekuritas Rangga Putra mengatakan pasar masih menunggu data inflasi.")
    got = _speakers(body)
    assert ("Andi Wirawan", "Ekonom PT Bank Sentosa Tbk") in got
    assert ("Rangga Putra", "Ekonom Sentosa Sekuritas") in got


def test_a_firm_alone_speaks_as_itself():
    # 'di Tokobaru' elsewhere: 'Tokobaru ingin ...' is the firm, not a person named Tokobaru
    body = ("Penjual kini bisa membuka toko di Tokobaru tanpa biaya.\n\n"
            "Tokobaru mengatakan layanan ini gratis untuk semua penjual.")
    quotes = run(body, "id")["quotes"]
    assert [(q["speaker"], q["speaker_type"]) for q in quotes] == [("Tokobaru", "organization")]
