"""The office before a name, read whole: a candidacy word, offices joined by 'yang juga', a body named
with a state's name that is no state's (helper h_cand36).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- a candidate's office keeps its candidacy word, so the candidate holds no office ----------------

def test_a_lower_case_candidacy_word_before_a_capitalised_office_stays_in_the_role():
    body = ("Warta.com - Bakal calon Gubernur Jawa Barat Budi Hartono belum memilih juru kampanye.\n"
            "\"Saya belum memikirkan hal itu sama sekali,\" kata Budi di Bandung.\n"
            "\"Kami akan menang di semua kabupaten,\" kata calon Bupati Garut Rina Kartika di Garut.")
    assert _quotes(body) == [("Budi Hartono", "Bakal calon Gubernur Jawa Barat", None),
                             ("Rina Kartika", "calon Bupati Garut", None)]


def test_a_candidates_short_title_is_an_office_not_yet_held():
    body = ("\"Kami akan menang di semua kabupaten,\" kata Cagub Jawa Barat Budi Hartono di Bandung.\n"
            "\"Program kami sudah siap,\" ujar bacagub NTT Yosef Lende di Kupang.")
    assert _quotes(body) == [("Budi Hartono", "Cagub Jawa Barat", None),
                             ("Yosef Lende", "bacagub NTT", None)]


def test_an_office_held_without_a_candidacy_word_still_speaks_for_the_state():
    body = ("\"Kami akan menambah anggaran jalan desa,\" kata Gubernur Jawa Barat Budi Hartono di Bandung.\n"
            "Seorang calon penumpang mengatakan, tiket kereta sudah habis sejak pagi.")
    assert _quotes(body) == [("Budi Hartono", "Gubernur Jawa Barat", "ID"),
                             ("Seorang calon penumpang", None, None)]


# ---- offices joined by 'yang juga' after the cue: the name at the end speaks -----------------------

def test_offices_joined_after_the_cue_belong_to_the_name_at_their_end():
    body = ("\"Generasi muda bisa menghapus kemiskinan,\" ujar Pendiri LSM Hijau yang juga mantan Menteri "
            "Perdagangan Budi Hartono dalam acara di Bandung.\n"
            "Budi mengatakan, ekspor akan naik tahun depan.")
    assert _quotes(body) == [("Budi Hartono", "Pendiri LSM Hijau, mantan Menteri Perdagangan", None)] * 2


def test_a_name_before_the_joiner_keeps_its_own_speech():
    # the name comes first; what follows the joiner is its office, not another speaker
    body = ("\"Kami akan menang di semua kabupaten,\" ujar Andre Santoso yang juga menjabat sebagai "
            "Ketua Umum Ikatan Keluarga Minang dalam keterangannya.")
    assert [s for s, _, _ in _quotes(body)] == ["Andre Santoso"]


def test_a_titled_full_name_before_the_joiner_keeps_its_own_speech():
    # an office, then a full name: the name is read; the offices after the joiner are its own
    body = ("\"Kami akan menang di semua kabupaten,\" ujar Ketua DPRD Jawa Barat Andre Santoso yang juga "
            "Ketua Umum Partai Maju Jaya dalam keterangannya.")
    assert [s for s, _, _ in _quotes(body)] == ["Andre Santoso"]


# ---- an NGO or think tank named in English with a state's name speaks for no state ----------------

def test_a_community_or_a_think_tank_named_with_the_state_speaks_for_no_state():
    body = ("Jakarta -- Maritime Policy Community of Indonesia (MPCI) menilai generasi muda mampu menghapus "
            "kemiskinan.\n"
            "Direktur Eksekutif Center of Studies on Trade (COST) Indonesia Rina Kartika mengatakan, ekspor "
            "akan turun tahun ini.")
    assert _quotes(body) == [("Maritime Policy Community of Indonesia", None, None),
                             ("Rina Kartika", "Direktur Eksekutif Center of Studies on Trade (COST) Indonesia", None)]


def test_the_states_own_bodies_named_with_the_state_still_speak_for_it():
    body = ("Jakarta -- Bank Indonesia menilai inflasi akan turun tahun depan.\n"
            "Kepala Media Center KPU Budi Santoso mengatakan, suara sudah dihitung semua.")
    assert [c for _, _, c in _quotes(body)] == ["ID", "ID"]


# ---- a given name written alone before a report verb is the person's short name ---------------------

def test_a_given_name_alone_before_a_report_verb_keeps_the_full_name_whole():
    # 'Budi meyakini, ...' later: 'Budi' is the minister's short name, no body's word in the office
    body = ("\"Kami akan menang,\" ujar mantan Menteri Luar Negeri Budi Santoso Hartono dalam acara di Bandung.\n"
            "Budi meyakini, tiga hal dapat membuat masyarakat keluar dari kemiskinan.")
    assert _quotes(body) == [("Budi Santoso Hartono", "mantan Menteri Luar Negeri", None)] * 2
