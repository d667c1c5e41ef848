"""Indonesian misses (helper idmiss, forty-third session): a denial negated is an admission, and the clause after
its complementiser is the subject's report. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run

_INTRO = ("Direktur Jenderal Perikanan Tangkap Zulkarnaen Mochtar meninjau pelabuhan Muara Baru pada Senin (5/2).\n\n"
          "{s}\n\n"
          "Acara itu berlangsung hingga sore.")


def _reports(sentence: str) -> list[tuple[str, str]]:
    return indirect(run(_INTRO.format(s=sentence)))


def test_negated_denial_before_bahwa_reports_the_clause():
    assert _reports("Zulkarnaen tidak menampik bahwa proses pengurusan kredit tersebut membutuhkan waktu yang "
                    "panjang.") == [("Zulkarnaen Mochtar",
                                     "proses pengurusan kredit tersebut membutuhkan waktu yang panjang")]


def test_negated_denial_before_jika_reports_the_clause():
    assert _reports("Zulkarnaen tak membantah jika pihaknya tengah menjalin kontak dengan pemerintah daerah.") \
        == [("Zulkarnaen Mochtar", "pihaknya tengah menjalin kontak dengan pemerintah daerah")]


def test_negated_disowning_before_bahwa_reports_the_clause():
    assert _reports("Zulkarnaen tidak memungkiri bahwa dirinya begitu antusias menyambut musim tangkap baru.") \
        == [("Zulkarnaen Mochtar", "dirinya begitu antusias menyambut musim tangkap baru")]


def test_negated_denial_of_a_thing_is_no_report():
    # (a noun phrase admitted, no clause: 'tak menampik kemungkinan ...')
    assert _reports("Zulkarnaen tak menampik kemungkinan kerja sama dengan pengusaha kapal di masa depan.") == []


def test_negated_speech_verb_stays_no_report():
    assert _reports("Zulkarnaen tidak mengatakan bahwa proses pengurusan kredit tersebut membutuhkan waktu yang "
                    "panjang.") == []


def test_negated_denial_with_a_word_between_stays_no_report():
    # ('tidak pernah membantah' says he never denied it: no statement made)
    assert _reports("Zulkarnaen tidak pernah membantah bahwa proses pengurusan kredit tersebut membutuhkan waktu "
                    "yang panjang.") == []
