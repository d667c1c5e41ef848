"""A pronoun cue after narration that names someone new only as what it acts on or tells of goes on
with the one quoted before (helper h_aside39, thirty-ninth session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers


_BEFORE = ("Penyidik Polda Jambi menjadwalkan pemeriksaan terhadap Bupati Merangin Rudi Hartawan pekan depan.\n"
           "\"Surat panggilan sudah kami kirim,\" kata Kepala Bidang Humas Polda Jambi Kombes Wahyu Santoso.\n")


# ---- someone new named only as an object: the pronoun stays with the one quoted --------------------

def test_someone_new_named_after_termasuk_is_no_speaker():
    body = _BEFORE + ("Pekan depan penyidik juga akan memeriksa pejabat lainnya, termasuk Sekretaris Daerah "
                      "Merangin Agus Salim.\n"
                      "\"Bupati hari Kamis, sekda hari Selasa,\" katanya.")
    assert direct_speakers(body) == ["Wahyu Santoso", "Wahyu Santoso"]


def test_someone_new_named_after_dari_then_made_a_passive_subject_is_no_speaker():
    body = _BEFORE + ("Bukti itu menunjukkan pengaruh dari politikus Partai Karya, Dedi Kusnadi.\n"
                      "Dedi sendiri telah ditetapkan sebagai tersangka.\n"
                      "\"Kami akan terus mendalami peran pihak lain,\" ujarnya.")
    assert direct_speakers(body) == ["Wahyu Santoso", "Wahyu Santoso"]


# ---- ... not someone new who acts, the agent of a passive ----------------------------------------------

def test_someone_new_as_the_subject_of_an_active_verb_takes_the_pronoun():
    body = _BEFORE + ("Sementara itu, Ketua DPRD Merangin Agus Salim menghadiri rapat di kantor gubernur.\n"
                      "\"Kami mendukung langkah polisi,\" katanya.")
    assert direct_speakers(body) == ["Wahyu Santoso", "Agus Salim"]


def test_someone_new_after_dari_who_then_acts_takes_the_pronoun():
    body = _BEFORE + ("Bukti itu menunjukkan pengaruh dari politikus Partai Karya, Dedi Kusnadi.\n"
                      "Dedi kemudian mendatangi kantor polisi bersama pengacaranya.\n"
                      "\"Saya akan kooperatif,\" ujarnya.")
    assert direct_speakers(body) == ["Wahyu Santoso", "Dedi Kusnadi"]


def test_the_agent_of_a_passive_takes_the_pronoun():
    body = _BEFORE + ("Rapat koordinasi itu dibuka oleh Wakil Gubernur Jambi Agus Salim.\n"
                      "\"Kami mendukung langkah polisi,\" katanya.")
    assert direct_speakers(body) == ["Wahyu Santoso", "Agus Salim"]



def test_someone_new_after_bersama_and_a_kin_word_is_no_speaker():
    body = ("Artis Sandra Wijaya tengah menanti kelahiran anak keduanya.\n"
            "\"Saya deg-degan sekali,\" kata Sandra.\n"
            "Banyak makna Natal yang ia rasakan bersama sang suami, Harvey Santoso.\n"
            "\"Kami selalu ke gereja bersama anak-anak,\" tuturnya.")
    assert direct_speakers(body) == ["Sandra Wijaya", "Sandra Wijaya"]
