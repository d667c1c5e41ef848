"""Indonesian report verbs whose reported clause was cut short (helper h_idclause26): an acronym in
brackets inside the clause's subject, and a one-word passive relative clause before the main predicate.
Sentences invented for these tests, in the shape of Indonesian domestic news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "text")


# ---- an acronym in brackets inside the subject does not end it ---------------------------------

def test_an_acronym_in_brackets_inside_the_subject_keeps_the_clause():
    body = ("Kepala Dinas Pendidikan Kota Sukamaju, Budi Santoso, meninjau sekolah itu pada Senin.\n"
            "Budi menyebut pembangunan Ruang Kelas Baru (RKB) masih menjadi prioritas dinas tahun ini.")
    got = _q(body)
    assert ("Budi Santoso", "pembangunan Ruang Kelas Baru (RKB) masih menjadi prioritas dinas tahun ini") in got


def test_an_acronym_in_brackets_before_a_plain_verb_keeps_the_clause():
    body = ("Menteri Sosial Andi Wirawan berkunjung ke Kota Sukamaju pada Selasa.\n"
            "Andi memastikan program Bantuan Pangan Desa (BPD) siap disalurkan pekan depan.")
    got = _q(body)
    assert ("Andi Wirawan", "program Bantuan Pangan Desa (BPD) siap disalurkan pekan depan") in got


def test_a_bracketed_acronym_closing_a_named_list_is_still_no_clause():
    body = ("Kepala Polres Sukamaju AKBP Rudi Hartono memimpin rapat pada Senin.\n"
            "Rudi menyebut tiga titik rawan di jalur Pantai Utara (Pantura) kepada wartawan.")
    assert not any(t.startswith("tiga titik rawan") for _, t in _q(body))


# ---- a one-word passive relative clause, then the main predicate --------------------------------

def test_a_passive_relative_clause_then_a_stative_verb_is_the_main_predicate():
    body = ("Wali Kota Malang Rina Lestari menemui warga pada Rabu.\n"
            "Rina memastikan pendekatan yang digunakan bersifat persuasif.")
    got = _q(body)
    assert ("Rina Lestari", "pendekatan yang digunakan bersifat persuasif") in got


def test_a_passive_relative_clause_then_an_auxiliary_is_the_main_predicate():
    body = ("Anggota DPR Joko Pranoto menanggapi kritik warga pada Kamis.\n"
            "Joko memastikan seluruh tunjangan yang diterima akan diserahkan kepada warga.")
    got = _q(body)
    assert ("Joko Pranoto", "seluruh tunjangan yang diterima akan diserahkan kepada warga") in got


def test_a_passive_that_takes_a_clause_keeps_the_noun_phrase():
    body = ("Ketua KPK Ahmad Fauzi memberi keterangan pada Jumat.\n"
            "Ahmad menyebut pejabat yang diduga telah menerima suap dari rekanan proyek.")
    assert not any(t.startswith("pejabat yang diduga") for _, t in _q(body))


# ---- a compound noun opening with a stop word stays in the subject ------------------------------

def test_a_compound_noun_opening_with_then_stays_in_the_subject():
    body = ("Kapolres Sukamaju Kombes Hendra Wijaya memimpin pengamanan aksi pada Senin.\n"
            "Hendra menyebut rekayasa lalu lintas bersifat sementara hingga aksi selesai.")
    got = _q(body)
    assert any(s == "Hendra Wijaya" and t.startswith("rekayasa lalu lintas bersifat sementara") for s, t in got)


def test_then_alone_still_ends_the_subject():
    body = ("Kapolres Sukamaju Kombes Hendra Wijaya memimpin pengamanan aksi pada Senin.\n"
            "Hendra menyebut nama pelaku lalu meminta warga melapor.")
    assert not any(t.startswith("nama pelaku") for _, t in _q(body))
