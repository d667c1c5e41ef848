"""Indonesian pronoun cues after a turn (helper h_idturn44): a person who denies, after a contrast, what a
report just said ('..., namun Airlangga menepis kabar tersebut') ends that report and is whom the next
'Ia' means; a person a narrated passive sentence is about ('Tri Yanto diketahui telah melaporkan ...') is
no new speaker, and a pronoun cue right after stays with the one who spoke just before. Sentences invented
for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers, indirect, run


# ---- a denial after a contrast ------------------------------------------------------------------------------

_DENIAL = ("Ketua DPP Partai Nusantara Budi Santoso menyebut calon yang tepat adalah Menteri Perdagangan "
           "Hendra Wijaya.\n"
           "Ia mengklaim sudah menemui Hendra untuk membicarakan pencalonan itu, namun Hendra menepis kabar "
           "tersebut. Ia mengaku tak berencana maju dalam pemilihan ketua umum.\n")


def test_a_report_ends_where_a_new_person_denies_it_after_a_contrast():
    reports = indirect(run(_DENIAL, "id"))
    claim = [t for s, t in reports if t.startswith("sudah menemui")]
    assert claim == ["sudah menemui Hendra untuk membicarakan pencalonan itu"]


def test_the_pronoun_after_the_denial_means_the_one_who_denied():
    reports = indirect(run(_DENIAL, "id"))
    assert ("Hendra Wijaya", "tak berencana maju dalam pemilihan ketua umum") in reports
    assert [s for s, t in reports if t.startswith("sudah menemui")] == ["Budi Santoso"]


def test_without_a_new_name_the_pronoun_stays_with_the_speaker():
    body = ("Ketua DPP Partai Nusantara Budi Santoso menyebut calon yang tepat adalah Menteri Perdagangan "
            "Hendra Wijaya.\n"
            "Ia mengklaim sudah menemui Hendra untuk membicarakan pencalonan itu, namun belum ada jawaban. "
            "Ia mengaku akan menemui Hendra lagi pekan depan.\n")
    reports = indirect(run(body, "id"))
    assert ("Budi Santoso", "akan menemui Hendra lagi pekan depan") in reports


# ---- a narrated passive sentence about someone ----------------------------------------------------------------

def test_a_pronoun_cue_after_a_passive_sentence_about_someone_stays_with_the_one_who_spoke():
    body = ("Kepala Divisi Hukum LSM Antikorupsi Rudi Hartawan mengatakan polisi mesti menghentikan proses "
            "hukum kepada Yanto Prasetyo.\n"
            "Rudi juga mendesak supaya aparat memproses dugaan korupsi yang Yanto laporkan. Yanto Prasetyo "
            "diketahui telah melaporkan kasus ini ke Kejaksaan Tinggi, meskipun laporannya masih diperiksa.\n"
            "\"Penegak hukum harus memprioritaskan kasus korupsi itu,\" ungkapnya.")
    assert direct_speakers(body) == ["Rudi Hartawan"]


def test_a_person_doing_something_after_a_quote_still_takes_the_pronoun():
    # (an active verb: the story has moved on to that person)
    body = ("\"Jalan desa ini sudah rusak sejak tahun lalu,\" kata Kepala Desa Sukamaju Budi Santoso.\n"
            "Ahmad Fauzi setiap hari melewati jalan itu dengan sepeda motor.\n"
            "\"Kalau hujan, motor saya sering terjebak lumpur,\" katanya.")
    assert direct_speakers(body) == ["Budi Santoso", "Ahmad Fauzi"]
