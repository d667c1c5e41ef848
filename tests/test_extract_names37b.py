"""A person's full name whose given name the article also writes alone: the given name before an adverb or
an auxiliary and a speech verb ('Sugiarto pun mendesak') is the person's short name, so it stays the first
word of the full name rather than a body's word cut off before it. Constructed sentences."""
from __future__ import annotations

from .extract_cases import all_id


def test_a_given_name_alone_before_pun_and_a_speech_verb_stays_in_the_full_name():
    quotes = all_id("Kuasa hukum FPI, Darmo Atmo Pawiro mengatakan, kliennya memilih tinggal di Arab Saudi. "
                    "Darmo pun mendesak agar kasus itu dihentikan.")
    assert [q[0] for q in quotes] == ["Darmo Atmo Pawiro", "Darmo Atmo Pawiro"]


def test_a_given_name_alone_before_an_auxiliary_and_a_speech_verb_stays_in_the_full_name():
    quotes = all_id("Menurut Darmo Atmo Pawiro, kliennya memilih tinggal di luar negeri. Darmo juga menilai "
                    "kasus itu janggal.")
    assert [q[0] for q in quotes] == ["Darmo Atmo Pawiro", "Darmo Atmo Pawiro"]
    quotes = all_id("Pengacara Darmo Atmo Pawiro mengatakan, kliennya memilih tinggal di luar negeri. Darmo "
                    "sempat mengatakan kasus itu janggal.")
    assert [q[0] for q in quotes] == ["Darmo Atmo Pawiro", "Darmo Atmo Pawiro"]


def test_a_given_name_alone_directly_before_a_speech_verb_still_stays():
    quotes = all_id("Kuasa hukum FPI, Darmo Atmo Pawiro mengatakan, kliennya memilih tinggal di Arab Saudi. "
                    "Darmo menilai kasus itu janggal.")
    assert [q[0] for q in quotes] == ["Darmo Atmo Pawiro", "Darmo Atmo Pawiro"]


def test_after_a_title_the_given_name_before_an_adverb_and_a_speech_verb_stays_in_the_full_name():
    quotes = all_id('"Apakah ada uang?" tanya ketua majelis hakim Darmo Halasan Butarbutar di Pengadilan. '
                    '"Tidak," jawab Budi. Hakim Darmo kemudian bertanya apakah dia hadir. "Kapan?" tanya hakim Darmo.')
    assert [q[0] for q in quotes] == ["Darmo Halasan Butarbutar", "Budi", "Darmo Halasan Butarbutar"]
