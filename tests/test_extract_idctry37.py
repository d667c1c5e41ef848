"""Indonesian speaker country (thirty-seventh session), from a random sample of the census read as an
untuned set would be: a state's name after an athlete's event or a performer's calling ('tunggal putra
Indonesia NAME', 'diva Indonesia NAME') says whose team or public the person belongs to, no office; an office
in apposition after a former word ('Mantan anggota DPR dari Fraksi X, NAME,') is one the person held; a
given name the list of office holders gives a governor ('Ganjar') does not make another man of that first name
('Ganjar Mukti', a footballer) the governor; and a listed office holder keeps the listed state whether or not
the article also names the party. Sentences invented for these tests, in the
shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[tuple]:
    return [(q["speaker"], q["country"], q["text"][:30]) for q in run(body, "id")["quotes"]]


def _said(body: str, opening: str) -> set[tuple]:
    return {(s, c) for s, c, t in _quotes(body) if t.startswith(opening)}


def _roles(body: str, opening: str) -> set[str | None]:
    return {q["role"] for q in run(body, "id")["quotes"] if q["text"].startswith(opening)}


# ---- a state's name after an athlete's event or a performer's calling: where they come from ------

def test_singles_player_before_the_state_speaks_for_no_state():
    body = "Kemarin, tunggal putra Indonesia Rudi Hartawan tiba di Jakarta. \"Saya siap bertanding,\" kata Rudi."
    assert _said(body, "Saya siap") == {("Rudi Hartawan", None)}


def test_diva_before_the_state_speaks_for_no_state():
    body = "Beberapa waktu lalu, diva Indonesia Rina Wulandari pulang dari Tokyo. \"Saya belum kenal dia,\" kata Rina."
    assert _said(body, "Saya belum kenal") == {("Rina Wulandari", None)}


def test_badminton_player_before_a_foreign_state_speaks_for_no_state():
    body = "Pebulu tangkis Jepang Kenta Yamada kalah di babak pertama. \"Saya kurang fokus,\" kata Yamada."
    assert _said(body, "Saya kurang") == {("Kenta Yamada", None)}


def test_national_team_short_form_in_brackets_is_read_with_the_role():
    body = ("Bek tim nasional (timnas) Indonesia Rudi Hartawan buka peluang hengkang dari klubnya. "
            "\"Saya masih pikir-pikir dulu,\" kata Rudi.")
    assert _said(body, "Saya masih") == {("Rudi Hartawan", None)}


def test_a_states_delegate_still_speaks_for_the_state():
    body = "Kemarin, delegasi Indonesia Rina Wulandari tiba di Jenewa. \"Kami siap berunding,\" kata Rina."
    assert _said(body, "Kami siap") == {("Rina Wulandari", "ID")}


def test_youth_and_sports_minister_keeps_the_state():
    body = "Menteri Pemuda dan Olahraga Rina Wulandari meninjau stadion. \"Stadion ini siap,\" kata Rina."
    assert _said(body, "Stadion ini") == {("Rina Wulandari", "ID")}


# ---- a former word before an office in apposition ------------------------------------------------

def test_former_member_in_apposition_before_the_name_has_no_state():
    body = ("Mantan anggota DPR dari Fraksi Partai Demokrat, Rina Wulandari, menyebut partainya mendapat jatah "
            "dari tiap proyek.\n\"Nanti jatahnya dibagi berdasarkan kursi,\" ujar Rina.")
    assert _said(body, "Nanti jatahnya") == {("Rina Wulandari", None)}
    assert _roles(body, "Nanti jatahnya") == {"Mantan anggota DPR dari Fraksi Partai Demokrat"}


def test_sitting_member_in_apposition_before_the_name_keeps_the_state():
    body = ("Anggota DPR dari Fraksi Partai Demokrat, Rina Wulandari, menyebut partainya mendapat jatah "
            "dari tiap proyek.\n\"Nanti jatahnya dibagi berdasarkan kursi,\" ujar Rina.")
    assert _said(body, "Nanti jatahnya") == {("Rina Wulandari", "ID")}


# ---- a listed given name, another person's full name ----------------------------------------------

def test_listed_given_name_of_another_full_name_is_not_the_official():
    body = ("Bek PS TNI, Ganjar Mukti tidak mau timnya meratapi hasil imbang. Dia ingin rekan-rekannya bangkit.\n"
            "\"Mungkin kita kurang beruntung malam ini,\" ucap Ganjar usai pertandingan.")
    assert _said(body, "Mungkin kita") == {("Ganjar Mukti", None)}


def test_listed_given_name_of_the_listed_full_name_is_the_official():
    body = "Ganjar Pranowo meninjau banjir di Semarang. \"Kita siap membantu warga,\" kata Ganjar."
    assert _said(body, "Kita siap") == {("Ganjar Pranowo", "ID")}


# ---- a listed office holder and the party ---------------------------------------------------------

def test_listed_legislator_named_by_his_office_keeps_the_state():
    body = ("Wakil Ketua Komisi III DPR Desmond Junaidi Mahesa menilai wajar desakan itu. Politikus Gerindra itu "
            "meminta hakim mundur.\n\"Secara etika orang itu tidak layak,\" kata Desmond.")
    assert _said(body, "Secara etika") == {("Desmond Junaidi Mahesa", "ID")}


def test_party_elder_whom_the_article_also_calls_vice_president_keeps_the_state():
    body = ("Jakarta (ANTARA News) - Tokoh senior Partai Golkar, Jusuf Kalla, menilai Titiek akan sulit menang.\n"
            "\"Tidak mudah untuk itu,\" kata Kalla, yang juga wakil presiden itu, di Kantor Wakil Presiden, Jakarta.")
    assert _said(body, "Tidak mudah") == {("Jusuf Kalla", "ID")}


def test_listed_official_with_no_party_word_keeps_the_listed_state():
    body = "\"Jadi tegas tolak, momentum sekarang enggak tepat,\" kata Zulkifli Hasan."
    assert _said(body, "Jadi tegas") == {("Zulkifli Hasan", "ID")}


def test_a_party_word_in_a_clause_before_the_name_is_no_presentation():
    body = ("Gubernur Jabar Ahmad Heryawan menegaskan Iwa harus mundur. \"Iwa harus bebas dari partai politik,\" "
            "jelas pria yang akrab disapa Aher ini.\n\"Ini hak seseorang,\" sambung Aher.")
    assert _said(body, "Ini hak") == {("Ahmad Heryawan", "ID")}
