"""Indonesian speaker country (thirty-sixth session): an embassy's attaché ('Atase', 'atase') is a title of
the state's diplomats; a description opening with a body's head noun and
closed by an anaphor ('Namun badan antariksa AS itu membantah, ...') points back at the one body the
sentence before names, not at the person quoted last, and takes the state the description names; and a
retired officer ('kata pensiunan Panglima Kodam, Budi Hartono') holds the office no longer, as 'mantan'
says. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[tuple]:
    return [(q["speaker"], q["country"], q["text"][:30]) for q in run(body, "id")["quotes"]]


def _said(body: str, opening: str) -> set[tuple]:
    return {(s, c) for s, c, t in _quotes(body) if t.startswith(opening)}


# ---- a body's description after a connective: the body named in the sentence before --------------

def test_lower_case_body_description_after_namun_is_the_body_named_before():
    body = ("\"Peradaban seperti kita biasanya menghancurkan dirinya sendiri,\" kata Stephen Hawking.\n\n"
            "Sempat beredar kabar bahwa NASA mendukung teori kiamat versi Hawking. Namun badan antariksa AS "
            "itu membantah, menegaskan bahwa misinya adalah memahami dan melindungi planet ini.")
    assert _said(body, "misinya adalah") == {("NASA", "US")}


def test_capitalised_body_description_is_the_body_named_before_not_the_last_speaker():
    body = ("\"Kami siap membantu,\" kata Budi Santoso.\n\n"
            "Sempat beredar kabar bahwa NASA mendukung rencana itu. Badan antariksa AS itu menegaskan bahwa "
            "rencana itu sudah batal.")
    assert _said(body, "rencana itu sudah batal") == {("NASA", "US")}


def test_a_person_description_after_namun_keeps_the_person():
    body = ("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Malaysia Anifah Aman di Jakarta. "
            "Namun politisi Malaysia itu menegaskan bahwa perundingan belum selesai.")
    assert all(s != "NASA" and c != "US" for s, c, _ in _quotes(body))


def test_the_last_body_that_spoke_still_wins_over_a_body_only_named():
    body = ("Komisi Pemberantasan Korupsi (KPK) meminta semua saksi hadir.\n"
            "Penyidik memeriksa dua pejabat dari Kemenkes pada Senin. "
            "Lembaga antirasuah itu mengatakan pemeriksaan akan dilanjutkan pekan depan.")
    assert _said(body, "pemeriksaan akan") == {("Komisi Pemberantasan Korupsi", "ID")}


# ---- a retired officer speaks for no state -------------------------------------------------------

def test_retired_commander_in_apposition_has_no_state():
    body = "\"Itu benar,\" kata pensiunan Panglima Kodam, Budi Hartono di Jakarta."
    assert _quotes(body) == [("Budi Hartono", None, "Itu benar")]


def test_retired_general_before_the_name_has_no_state():
    body = "\"Itu sudah lama,\" kata purnawirawan jenderal Budi Hartawan di Jakarta."
    assert _quotes(body) == [("Budi Hartawan", None, "Itu sudah lama")]


def test_sitting_commander_in_apposition_keeps_indonesia():
    body = "\"Itu benar,\" kata Panglima Kodam Jaya, Budi Hartono di Jakarta."
    assert _quotes(body) == [("Budi Hartono", "ID", "Itu benar")]


def test_a_body_description_naming_no_state_does_not_take_a_body_only_spoken_of():
    body = ("KPK memastikan tidak ada nama para pihak yang turut menerima uang terkait e - KTP hilang dari surat "
            "dakwaan. Lembaga antirasuah itu pun memastikan para pihak yang turut diperkaya akan diproses.\n\n"
            "\"Tentu saja, proses ini belum selesai,\" kata juru bicara KPK Febri Diansyah di Jakarta.")
    assert all(s != "KTP" for s, _, _ in _quotes(body))


# ---- an embassy's attaché is a diplomat of its state --------------------------------------------

def test_attache_introduced_after_oleh_gives_the_later_bare_name_indonesia():
    body = ("Pertemuan itu difasilitasi oleh atase perdagangan KBRI Kairo, Budi Alam.\n\n"
            "Sementara itu, Budi Alam mengakui permintaan ekspor kopi Indonesia ke Mesir meningkat setiap tahun.")
    assert _said(body, "permintaan ekspor kopi") == {("Budi Alam", "ID")}


def test_capitalised_attache_with_a_foreign_state_is_that_states():
    body = "\"Kami akan membantu latihan itu,\" kata Atase Pertahanan AS di Jakarta."
    assert {c for _, c, _ in _quotes(body)} == {"US"}
