"""Indonesian readings of the thirty-third session's reading of dev35's errors (helper d35): a wire dateline with its
province, federations named 'Gabungan ...', a trailing cue
whose office lists its body's fields, and a body named with a listed short form of the home state.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- a wire dateline whose place carries its province ---------------------------------------------------

def test_a_wire_dateline_with_a_province_is_no_part_of_the_lead_report():
    body = ("Karangasem, Bali (ANTARA News) - Badan Nasional Penanggulangan Bencana (BNPB) menyatakan keadaan "
            "darurat gunung api diperpanjang 14 hari.")
    assert _reports(body) == [("Badan Nasional Penanggulangan Bencana",
                               "keadaan darurat gunung api diperpanjang 14 hari")]


def test_a_wire_dateline_with_a_province_leaves_the_speaker_to_the_subject():
    body = ("Manila, Filipina (ANTARA News) - Pelatih tim nasional Alfred Riedl mengaku senang meski timnya kalah "
            "4-2 dari Thailand.")
    assert [s for s, _ in _reports(body)] == ["Alfred Riedl"]


# ---- an industry federation named 'Gabungan ...' speaks as a body of no state ---------------------------

def test_a_federation_named_gabungan_speaks_for_itself():
    body = ("Tarif pajak rokok naik tahun ini.\n\n"
            "Gabungan Produsen Rokok Putih Indonesia (Gaprindo) mengaku kecewa dengan keputusan pemerintah "
            "menaikkan tarif pajak.")
    assert all_id(body) == [("Gabungan Produsen Rokok Putih Indonesia",
                             "kecewa dengan keputusan pemerintah menaikkan tarif pajak", None)]


def test_a_state_joint_team_keeps_its_state():
    body = ("Kasus itu masih diselidiki.\n\n"
            "Tim Gabungan Pencari Fakta mengatakan pemeriksaan saksi akan selesai pekan depan.")
    assert all_id(body) == [("Tim Gabungan Pencari Fakta", "pemeriksaan saksi akan selesai pekan depan", "ID")]


# ---- a trailing cue whose office lists its body's fields with commas ------------------------------------

def test_a_directorate_generals_list_of_fields_stays_inside_the_trailing_cue():
    body = ("Indonesia menempati posisi kelima produsen alas kaki terbesar di dunia, dengan pertumbuhan 8 persen "
            "tahun lalu, kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Budi Hartono.")
    assert all_id(body) == [("Budi Hartono", "Indonesia menempati posisi kelima produsen alas kaki terbesar di "
                                             "dunia, dengan pertumbuhan 8 persen tahun lalu", "ID")]


def test_an_agency_heads_list_of_fields_stays_inside_the_trailing_cue():
    body = ("Upah minimum provinsi akan naik tahun depan, kata Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi "
            "DKI Jakarta Budi Hartono.")
    assert [(s, t) for s, t, _ in all_id(body)] == [("Budi Hartono", "Upah minimum provinsi akan naik tahun depan")]


# ---- a home body's listed short form in brackets tells its state, whatever its full name's spelling --------

def test_a_misspelt_home_body_with_its_listed_short_form_is_the_home_states():
    body = ("Badan Nasional Penanggulan Bencana (BNPB) menyebutkan keadaan darurat akan diberlakukan selama "
            "status gunung api masih awas.")
    assert [c for _, _, c in all_id(body)] == ["ID"]


def test_a_citizens_body_whose_short_form_clashes_with_a_home_body_stays_of_no_state():
    body = ("Koalisi Masyarakat Peduli (KPK) menyatakan keadaan darurat harus segera dicabut oleh pemerintah "
            "daerah.")
    assert [c for _, _, c in all_id(body)] == [None]
