"""A pronoun cue after narration that names someone only as whom something befell, or that tells of
a body the story named, goes on with the person quoted before (helper h_pron, fortieth session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers


_BEFORE = ("Dua atlet panjat tebing mengalami cedera dalam babak kualifikasi di Bandung, Minggu.\n"
           "\"Semua atlet sudah kami tangani,\" kata Kepala Tim Medis PON Yusuf Hidayat.\n")


# ---- someone named after a verb of befalling: the pronoun stays with the one quoted -------------------

def test_someone_named_after_dialami_is_no_speaker():
    body = _BEFORE + ("Insiden berikutnya dialami Rina Kartika, atlet dari kontingen Banten yang terjatuh.\n"
                      "\"Dia mengalami keseleo dan dibawa ke klinik,\" katanya.")
    assert direct_speakers(body) == ["Yusuf Hidayat", "Yusuf Hidayat"]


def test_someone_named_after_menimpa_is_no_speaker():
    body = _BEFORE + ("Kecelakaan serupa menimpa Rina Kartika, atlet dari kontingen Banten.\n"
                      "\"Kondisinya sudah stabil,\" ujarnya.")
    assert direct_speakers(body) == ["Yusuf Hidayat", "Yusuf Hidayat"]


# ---- ... not someone new who acts after it ---------------------------------------------------------

def test_someone_befallen_who_then_acts_takes_the_pronoun():
    body = _BEFORE + ("Insiden berikutnya dialami Rina Kartika, atlet dari kontingen Banten.\n"
                      "Rina kemudian mendatangi ruang pers bersama pelatihnya.\n"
                      "\"Saya tetap ingin bertanding,\" ujarnya.")
    assert direct_speakers(body) == ["Yusuf Hidayat", "Rina Kartika"]


def test_the_agent_of_a_passive_not_of_befalling_takes_the_pronoun():
    body = _BEFORE + ("Rekor nasional kemudian dipecahkan oleh Rina Kartika, atlet dari kontingen Banten.\n"
                      "\"Saya tidak menyangka bisa secepat itu,\" ujarnya.")
    assert direct_speakers(body) == ["Yusuf Hidayat", "Rina Kartika"]


# ---- a pronoun-cued quote naming its referent by a short name word inside a sentence -------------------

_ACCOUNT = ("Saksi Anton Wibowo mengaku pernah ditekan agar mengubah keterangannya.\n"
            "\"Saya sempat kebingungan waktu itu,\" jelas Anton.\n"
            "Anton menceritakan, ia diminta tidak menyebut nama pejabat itu. Aga meminta Anton menjawab "
            "bahwa stafnya yang menyuruh.\n")


def test_a_quote_naming_a_three_letter_name_inside_a_sentence_is_not_theirs():
    body = _ACCOUNT + "\"Saya ketemu dengan orang suruhan Aga, tapi saya enggak mau,\" tandasnya."
    assert direct_speakers(body) == ["Anton Wibowo", "Anton Wibowo"]



def test_a_quote_naming_no_one_goes_to_the_new_speaker_with_a_three_letter_name():
    body = ("Warga Desa Sukamaju menyambut kedatangan bantuan beras dari pemerintah kabupaten.\n"
            "\"Bantuan ini sangat membantu warga,\" kata Kepala Desa Sukamaju Budi Santoso.\n"
            "Camat Sukamaju Ali Rahman mengatakan beras itu dibagikan hari ini.\n"
            "\"Semua warga akan kebagian,\" ujarnya.")
    assert direct_speakers(body) == ["Budi Santoso", "Ali Rahman"]
