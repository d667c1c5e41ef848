"""Countries of Indonesian speakers (helper d48ctry, forty-sixth session): a listed office holder whom the
article names alone and presents only as a candidate, a party's cadre or one of a ticket speaks for no state
(an office the article does not give is not used). Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import dated_countries


# ---- a listed office holder presented as a candidate, a cadre or one of a ticket: no state ---------------

def test_a_listed_regent_presented_as_a_candidate_speaks_for_no_state():
    # (dev48's Dedi Mulyadi: 'kandidat asal Golkar, Dedi Mulyadi', then 'ucap Dedi')
    body = ("PDIP membuka kemungkinan mendukung kandidat asal Golkar, Dedi Mulyadi. Dukungan itu memperkuat kans "
            "Dedi.\n\n“Tugas kita hanya bekerja,” ucap Dedi kepada wartawan, Senin (7/8).")
    assert dated_countries(body, "2017-08-07") == [("Dedi Mulyadi", None)]


def test_a_listed_legislator_presented_as_a_party_cadre_speaks_for_no_state():
    # (dev48's Ruhut Sitompul: 'Sebagai kader Demokrat, Ruhut ...', the one word of his name)
    body = ("“Aku tidak akan mundur,” kata Ruhut Sitompul saat dihubungi, Rabu (28/9).\n\n"
            "Sebagai kader Demokrat, Ruhut seharusnya mendukung pasangan yang diusung partainya.")
    assert dated_countries(body, "2016-09-28") == [("Ruhut Sitompul", None)]


def test_a_listed_vice_governor_named_in_a_ticket_speaks_for_no_state():
    # (dev48's Gus Ipul: 'tim pemenangan pasangan Gus Ipul - Anas')
    body = ("“Saya sudah sampaikan kepada partai pengusung,” ucap Gus Ipul di Surabaya, Kamis (4/1).\n\n"
            "Baliho tim pemenangan pasangan Gus Ipul - Anas masih terpasang di kantor partai.")
    assert dated_countries(body, "2018-01-04") == [("Gus Ipul", None)]


def test_a_listed_legislator_named_alone_keeps_the_state():
    # (no candidacy nor party cadre written: the list's office still gives the state)
    body = ("“Aku tidak akan mundur,” kata Ruhut Sitompul saat dihubungi, Rabu (28/9).\n\n"
            "Ruhut juga meminta semua pihak menunggu keputusan partai.")
    assert set(dated_countries(body, "2016-09-28")) == {("Ruhut Sitompul", "ID")}


def test_the_state_office_written_with_the_name_keeps_the_state():
    # (the article gives the office: a cadre word elsewhere does not take it away)
    body = ("Sebagai kader Demokrat, Ruhut Sitompul diminta mendukung pasangan itu.\n\n"
            "“Aku tidak akan mundur,” kata anggota Komisi III DPR Ruhut Sitompul, Rabu (28/9).")
    assert set(dated_countries(body, "2016-09-28")) == {("Ruhut Sitompul", "ID")}


def test_an_unlisted_candidate_stays_stateless_and_a_listed_official_beside_him_is_untouched():
    body = ("“Kami siap bekerja,” kata kandidat Budi Santosa, Senin (7/8).\n\n"
            "“Pemilu harus jujur,” kata Presiden Joko Widodo.")
    assert dated_countries(body, "2017-08-07") == [("Budi Santosa", None), ("Joko Widodo", "ID")]
