"""Who said what in Indonesian text (helper d43who, forty-first session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


# ---- a question-and-answer piece that labels only its first answer ('Febri: ...') --------------------

_QA = ("Kepolisian membenarkan adanya tersangka baru dalam kasus pencurian kendaraan itu.\n\n"
       "Berikut tanya jawab antara wartawan dengan juru bicara kepolisian Yusri Yunus di Jakarta, Senin (6/11).\n\n"
       "Yusri: Hari ini kami memeriksa enam saksi. Pemeriksaan masih berlangsung sampai malam.\n\n"
       "Siapa saja yang diperiksa, apakah dari pihak perusahaan?\n\n"
       "Kami belum bisa menyebutkan nama. Yang jelas ada saksi dari perusahaan.\n\n"
       "Kapan tersangka diumumkan?\n\n"
       "Nanti akan kami sampaikan lebih lanjut.\n\n"
       "Apakah benar tersangkanya seorang pejabat?\n")


def test_each_answer_of_an_unlabelled_question_and_answer_piece_is_the_answerers():
    got = _quotes(_QA)
    assert ("Yusri Yunus", "Hari ini kami memeriksa enam saksi. Pemeriksaan masih berlangsung sampai malam") in got
    assert ("Yusri Yunus", "Kami belum bisa menyebutkan nama. Yang jelas ada saksi dari perusahaan") in got
    assert ("Yusri Yunus", "Nanti akan kami sampaikan lebih lanjut") in got


def test_the_questions_of_the_piece_are_nobodys_quote():
    texts = [t for _, t in _quotes(_QA)]
    assert not any("?" in t or "diperiksa" in t or "diumumkan" in t for t in texts)


def test_a_plain_label_without_an_announced_interview_is_no_turn():
    body = ("Yusri Yunus mengatakan pemeriksaan masih berlangsung.\n\n"
            "Catatan: Hari ini kami memeriksa enam saksi.\n\n"
            "Siapa yang diperiksa?\n\n"
            "Pertanyaan itu belum terjawab.\n")
    assert not any(t.startswith("Pertanyaan itu") for _, t in _quotes(body))


def test_an_announced_interview_with_no_question_after_the_label_is_no_turn():
    body = ("Berikut tanya jawab antara wartawan dengan Yusri Yunus.\n\n"
            "Sumber: Antara\n\n"
            "Pemeriksaan berlangsung sampai malam.\n")
    assert _quotes(body) == []


def test_the_page_furniture_after_the_last_answer_is_no_answer():
    body = _QA.replace("Apakah benar tersangkanya seorang pejabat?\n",
                       "Apakah benar tersangkanya seorang pejabat?\n\n(asa/djm)\n\nBaca juga: Polisi periksa enam saksi\n")
    texts = [t for _, t in _quotes(body)]
    assert "(asa/djm)" not in texts and not any(t.startswith("Baca juga") for t in texts)
