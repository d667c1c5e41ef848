"""Indonesian quote recall and speaker names (dev13, with dev10-dev12 and the IndoSum sample): the police
as a body, 'mereka' after a body, 'menurutnya' inside a sentence, adverbs of frequency in a reported clause.
Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


# ---- the police as a body ---------------------------------------------------------------------


def test_police_opening_a_report_speak_even_where_the_story_writes_polisi_lower_case():
    # (a word the article also writes in lower case is no name when it opens a sentence)
    body = ("Para pelaku melarikan diri dan kini dalam pengejaran polisi.\n\n"
            "Polisi menyatakan tengah mencari pengemudi dan mobil tersebut.")
    assert ("Polisi", "tengah mencari pengemudi dan mobil tersebut") in indirect(run(body))


def test_mereka_after_a_body_points_at_the_body_not_at_the_last_person():
    body = ("Wali Kota Bandung, Budi Santoso, mengatakan mobil itu sempat diparkir di sebuah gang.\n\n"
            "Para pelaku kini dalam pengejaran polisi.\n\n"
            "Polisi menyatakan tengah mencari pengemudi dan mobil tersebut. Menurut mereka, kendaraan itu "
            "berwarna gelap dan diduga bermerk BMW.")
    found = indirect(run(body))
    assert ("Polisi", "kendaraan itu berwarna gelap dan diduga bermerk BMW") in found
    assert ("Budi Santoso", "kendaraan itu berwarna gelap dan diduga bermerk BMW") not in found


def test_mereka_after_a_person_stays_with_the_person():
    body = ("Budi Santoso dan para petani menemui bupati.\n\n"
            "Budi Santoso mengatakan panen tahun ini gagal. Menurut mereka, harga pupuk terlalu mahal.")
    assert ("Budi Santoso", "harga pupuk terlalu mahal") in indirect(run(body))


# ---- 'menurutnya' inside a sentence -------------------------------------------------------------


def test_menurutnya_between_subject_and_predicate_reports_the_whole_sentence():
    body = ("Ketua serikat nelayan Azhar Kasim mengatakan nelayan kerap ditangkap.\n\n"
            "Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut.")
    assert ("Azhar Kasim", "Kejadian itu menurutnya terus berulang karena lemahnya pengamanan laut") \
        in indirect(run(body))


def test_menurutnya_inside_a_relative_clause_is_no_report_of_the_sentence():
    body = ("Budi Santoso hadir di Jakarta.\n\n"
            "Ia mengkritik kebijakan yang menurutnya merugikan petani kecil di desa.")
    assert not any("mengkritik" in text for _, text in indirect(run(body)))


# ---- adverbs of frequency mark a reported clause -----------------------------------------------


def test_an_adverb_of_frequency_after_the_subject_makes_the_complement_a_clause():
    body = ("Azhar Kasim hadir di Jakarta.\n\n"
            "Azhar mencatat kasus penangkapan serupa sering terjadi. Para nelayan ditangkap.")
    assert ("Azhar Kasim", "kasus penangkapan serupa sering terjadi") in indirect(run(body))
