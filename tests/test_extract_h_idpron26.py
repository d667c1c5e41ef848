"""Which speaker an Indonesian pronoun cue ('katanya', 'tandasnya') goes to after a sentence that only
narrates about someone named before (helper h_idpron26). Sentences invented for these tests, in the
shape of Indonesian domestic news; names are invented."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str, opening: str):
    return [q["speaker"] for q in run(body, "id")["quotes"] if q["text"].startswith(opening)]


def test_the_one_quoted_reporting_again_before_the_aside_keeps_the_pronoun():
    # the quoted leader speaks again ('Darma juga menyinggung ...', a speaking act with no report of
    # its own) before a sentence about the man he speaks of: the pronoun cue after it is still his
    body = ("Ketua Umum Paguyuban Tani Makmur, Darma Wicaksana meminta aparat tidak menahan guru mereka, "
            "Haris Pranoto.\n\n"
            "\"Kalau aparat menahan beliau, kami akan datang bersama-sama,\" kata Darma di Bandung, Selasa (3/2).\n\n"
            "Darma juga menyinggung kesiapan ribuan anggota untuk menyambut Haris di bandara.\n\n"
            "Rencananya Haris akan tiba di Bandara Husein pada Rabu pagi.\n\n"
            "\"Jangan ada yang menghalangi kedatangan beliau, kami akan tetap menjemput,\" tandasnya.")
    assert _speakers(body, "Jangan ada yang menghalangi") == ["Darma Wicaksana"]


def test_a_connective_and_a_capitalised_word_of_a_name_are_no_speech_verb_of_the_aside():
    # 'Lebih lanjut,' opens the sentence and 'Nilai' is a word of a tax's name, not 'menilai'; a
    # line of page furniture between is no sentence of the story
    body = ("Kepala Badan Pajak Daerah Santoso Wirawan menyampaikan insentif yang diberikan selama "
            "pemerintahan Wali Kota Rudi Hartanto.\n"
            "\"Ini yang pertama terkait insentif bagi warga dan pelaku usaha di kota ini,\" kata dia di "
            "Semarang, Senin (6/10).\n"
            "Lebih rinci, Rudi telah memberikan keringanan retribusi kepada pedagang pasar. Keringanan "
            "ini berlaku untuk pedagang kecil. Keringanan ini diberikan sampai akhir tahun.\n"
            "SCROLL TO CONTINUE WITH CONTENT\n"
            "Lebih lanjut, terdapat potongan Pajak Penambahan Nilai Daerah untuk usaha rumahan.\n"
            "\"Kemudian juga ada potongan pajak untuk usaha rumahan agar tetap bertahan,\" ujarnya.")
    assert _speakers(body, "Kemudian juga ada potongan") == ["Santoso Wirawan"]
