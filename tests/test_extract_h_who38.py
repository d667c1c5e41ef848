"""The wrong person picked as speaker in Indonesian text (helper h_who38): a name after 'Menurut NAME,',
a facility's name, a titled name before a relative clause.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def _speaker_of(body: str, start: str) -> str:
    return next(s for s, t in _quotes(body) if t.startswith(start))


# ---- 'Menurut NAME, NAME2, ...': the source is the person named; the next name opens the clause ------

def test_according_to_a_name_then_another_name_is_the_first_one():
    body = ("\"Iya besok Pak Bowo ulang tahun,\" kata Rina Wulandari, adik Bowo, Rabu malam.\n\n"
            "Keluarga harus rela tak merayakannya di rumah. Menurut Rina, Sinta Dewi, istri Bowo bakal "
            "menyambangi sang suami di Mako Brimob.\n")
    assert _speaker_of(body, "Sinta Dewi") == "Rina Wulandari"


def test_according_to_a_description_then_a_name_is_the_name():
    body = "Menurut pengamat pangan, Anton Prasetyo, harga beras akan naik bulan depan.\n"
    assert _speaker_of(body, "harga beras") == "Anton Prasetyo"


# ---- a facility's name is no person ------------------------------------------------------------------

def test_a_flyover_named_before_a_pronoun_cue_is_no_speaker():
    body = ("Bogor (ANTARA News) - Dinas PUPR Kota Bogor akan membangun jalan layang.\n\n"
            "\"Lokasinya di Cimanggu,\" kata Kepala Dinas PUPR Kota Bogor Andi Saputra di Bogor, Senin.\n\n"
            "Jembatan Layang Cimanggu rencananya membentang dari Jalan Pajajaran menuju Ciawi.\n\n"
            "\"Kendaraan dari arah Pajajaran akan terus melaju,\" katanya.\n")
    assert {s for s, _ in _quotes(body)} == {"Andi Saputra"}


def test_a_toll_road_opening_a_sentence_is_no_speaker():
    body = ("\"Pengerjaan dimulai Maret,\" kata Kepala Dinas Bina Marga DKI Jakarta Rudi Hartono, Senin.\n\n"
            "Tol Cibitung Cilincing nantinya terhubung dengan pelabuhan.\n\n"
            "\"Kami menargetkan selesai akhir tahun,\" ujarnya.\n")
    assert {s for s, _ in _quotes(body)} == {"Rudi Hartono"}


def test_a_facility_named_in_the_reported_clause_leaves_the_speaker_alone():
    body = ("Kepala Dinas PUPR Kota Bogor Andi Saputra mengatakan Jembatan Layang Cimanggu sudah dibuka "
            "untuk umum sejak pekan lalu.\n")
    assert _quotes(body) == [("Andi Saputra", "Jembatan Layang Cimanggu sudah dibuka untuk umum sejak pekan lalu")]


# ---- a titled name before a relative clause closed by 'tersebut'/'itu' is the subject ----------------------

def test_a_titled_name_before_a_relative_clause_closed_by_an_anaphor_is_the_speaker():
    body = ("\"Bantuan akan dikirim pekan depan,\" kata Direktur Jenderal Kerja Sama ASEAN Kementerian "
            "Luar Negeri Budi Santoso.\n\n"
            "Wakil Presiden RI Rudi Hartono yang menghadiri konferensi tersebut mengatakan pemerintah siap "
            "menjadi mediator dialog antara kedua negara.\n")
    assert _speaker_of(body, "pemerintah siap") == "Rudi Hartono"


def test_a_description_closed_by_an_anaphor_is_still_the_person_spoken_of():
    body = ("Ketua Partai Maju Rudi Hartono mengatakan partainya siap mengusung calon sendiri.\n\n"
            "Politisi yang pernah menjabat menteri itu mengatakan koalisi akan diumumkan pekan depan.\n")
    assert _speaker_of(body, "koalisi akan") == "Rudi Hartono"
