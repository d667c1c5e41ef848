"""The office holders of President Jokowi's first term (2014-19), named alone, speak for the state
while in office and for no state outside their terms (helper h_era36: office_holders.yaml).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import dated_countries, dated_quotes


# ---- a governor of 2017-22 named alone: the state's in office, no state's between his offices -------

_ANIES = ("Anies mengatakan, pembangunan rumah susun untuk buruh akan dimulai tahun depan.\n"
          "\"Kami pastikan janji itu ditunaikan,\" kata Anies di Balai Kota.")


def test_a_governor_named_alone_speaks_for_the_state_in_his_term_only():
    assert set(dated_countries(_ANIES, "2018-03-14")) == {("Anies", "ID")}
    # (governor-elect in mid-2017, a minister until July 2016: no office between the two)
    assert set(dated_countries(_ANIES, "2017-06-20")) == {("Anies", None)}


# ---- a minister of 2014-16 named in full: a candidate two years after his term speaks for no state ----

_SUDIRMAN = ("Sudirman Said mengatakan, pasokan listrik untuk daerah terpencil harus ditambah.\n"
             "\"Kita tidak boleh membiarkan desa gelap,\" ujar Sudirman Said.")


def test_a_minister_of_the_first_cabinet_speaks_for_the_state_in_his_term_only():
    assert set(dated_countries(_SUDIRMAN, "2015-11-02")) == {("Sudirman Said", "ID")}
    assert set(dated_countries(_SUDIRMAN, "2018-02-05")) == {("Sudirman Said", None)}


# ---- a nickname of its own line (Ahok) keeps the article's name, and the term holds for it too -------

_AHOK = ("Ahok menegaskan, bangunan liar di bantaran sungai akan dibongkar pekan depan.\n"
         "\"Tidak ada pilihan lain, sungai harus dilebarkan,\" kata Ahok.")


def test_a_governor_s_nickname_speaks_for_the_state_in_his_term_only():
    assert set(dated_countries(_AHOK, "2016-10-03")) == {("Ahok", "ID")}
    assert set(dated_countries(_AHOK, "2019-03-11")) == {("Ahok", None)}


# ---- a role the article gives wins over the list: a candidate holds no office -----------------------

def test_a_listed_name_given_as_a_candidate_speaks_for_no_state():
    # (a sitting mayor running for governor: the article's role wins; named alone, the mayor is the state's)
    body = ("Calon Gubernur Jawa Barat Ridwan Kamil mengatakan, program desa digital akan diteruskan.\n"
            "\"Desa harus terhubung internet,\" kata Ridwan Kamil.")
    assert set(dated_countries(body, "2018-05-02")) == {("Ridwan Kamil", None)}
    alone = body.replace("Calon Gubernur Jawa Barat ", "")
    assert set(dated_countries(alone, "2018-05-02")) == {("Ridwan Kamil", "ID")}


# ---- the office the article puts in apposition is still the role of a listed office holder ----------

def _roles(body: str, published: str) -> set[tuple[str, str | None, str | None]]:
    return {(q["speaker"], q["role"], q["country"]) for q in dated_quotes(body, published)}


def test_a_listed_office_holder_keeps_the_office_in_apposition_as_role():
    body = ("Jakarta, Kabar Nusantara -- Menteri Perdagangan (Mendag), Enggartiasto Lukita meninjau harga beras "
            "di pasar induk.\n"
            "\"Stok beras cukup sampai akhir tahun,\" kata Enggartiasto di Jakarta.")
    assert _roles(body, "2017-06-12") == {("Enggartiasto Lukita", "Menteri Perdagangan (Mendag)", "ID")}
