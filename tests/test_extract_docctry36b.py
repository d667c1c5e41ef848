"""The state a speaking document speaks for. A document named as the speaker speaks for the state that issued
it when its name says so (tests/gold/README.md: a court or a ministry speaks for its state): the home state's
budget papers ('Nota Keuangan', 'RAPBN') are Indonesia's, and a court's papers ('Dokumen pengadilan', 'surat
dakwaan') the state the story is about, as an unnamed judge or prosecutor is. A survey, a study or a police
report (a citizen's complaint) speaks for no state. Sentences invented for these tests, in the shape of news
prose."""
from __future__ import annotations

from .extract_cases import all_id

US_LEAD = ("Jakarta -- Seorang aktivis asal Singapura mendapat suaka di Amerika Serikat. Pemerintah Amerika Serikat "
           "belum berkomentar soal keputusan itu, dan warga Amerika Serikat terbelah. ")
HOME_LEAD = "Jakarta -- Pemerintah menyiapkan anggaran pembayaran bunga utang untuk tahun depan. "


def test_a_court_document_in_a_story_set_abroad_is_that_state_s():
    quotes = all_id(US_LEAD + "Dokumen pengadilan menyatakan, pemuda itu tiba di Amerika Serikat pada Desember tahun lalu.")
    assert quotes == [("Dokumen pengadilan", "pemuda itu tiba di Amerika Serikat pada Desember tahun lalu", "US")]


def test_the_home_state_s_budget_paper_is_the_home_state_s():
    quotes = all_id(HOME_LEAD + '"Pembayaran bunga utang direncanakan sebesar Rp 599 triliun pada tahun anggaran 2026," '
                    "tulis dokumen Buku II Nota Keuangan Beserta RAPBN 2026.")
    assert [(s, c) for s, _, c in quotes] == [("Buku II Nota Keuangan Beserta RAPBN", "ID")]


def test_survey_results_speak_for_no_state():
    quotes = all_id(US_LEAD + "Hasil survei menunjukkan, 9 dari 10 responden mendukung keputusan tersebut.")
    assert quotes == [("Hasil survei", "9 dari 10 responden mendukung keputusan tersebut", None)]


def test_a_study_speaks_for_no_state_in_a_story_about_a_court():
    quotes = all_id(US_LEAD + "Sejumlah studi internasional menunjukkan bahwa pencari suaka kerap menunggu "
                    "bertahun-tahun.")
    assert [(s, c) for s, _, c in quotes] == [("Sejumlah studi internasional", None)]


def test_a_police_report_speaks_for_no_state():
    # (a 'laporan polisi' is the complaint a citizen files with the police, not the state's finding)
    quotes = all_id(HOME_LEAD + "Laporan polisi bernomor 742/VI/2017 itu menyebutkan, terlapor diduga menipu puluhan orang.")
    assert quotes == [("Laporan polisi bernomor 742/VI/2017", "terlapor diduga menipu puluhan orang", None)]
