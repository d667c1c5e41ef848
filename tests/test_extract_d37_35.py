"""Indonesian who-said-what and country errors of dev37 (helper d37): 'Hal itu dikonfirmasi X' names who said
the sentence before, as 'dibenarkan' and 'diakui' do; a 'SIMAK JUGA' line is the site's link to another story,
no sentence of this one; a later epithet naming a sitting office of the home state ('Ketua Fraksi Golkar ini')
gives the person a state the party office of the first mention did not. Sentences invented for these tests, in
the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, indirect, run


# ---- 'Hal itu dikonfirmasi (oleh) X': the confirmer said the sentence before ------------------------------

def test_hal_itu_dikonfirmasi_gives_the_sentence_before_to_the_confirmer():
    body = ("Jakarta -- Pencurian dengan kekerasan cenderung meningkat menjelang Lebaran. Karena itu, kepolisian "
            "memberikan pengawalan gratis bagi nasabah bank.\n\n"
            "Hal itu dikonfirmasi Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Hendra Wijaya.\n\n"
            "\"Silakan hubungi kantor polisi terdekat,\" ujar Hendra di Jakarta, Sabtu (10/6).")
    quotes = all_id(body)
    assert ("Hendra Wijaya", "Karena itu, kepolisian memberikan pengawalan gratis bagi nasabah bank", "ID") in quotes
    assert [s for s, _, _ in quotes] == ["Hendra Wijaya", "Hendra Wijaya"]


def test_hal_ini_dikonfirmasi_oleh_gives_the_sentence_before_to_the_confirmer():
    body = ("\"Saya tetap datang,\" kata Direktur Penyidikan KPK Aries Santoso di Gedung DPR, Selasa (29/8).\n\n"
            "Sebelumnya diketahui, pimpinan KPK memutuskan tidak memberi izin Aries menghadiri rapat pansus. "
            "Hal ini dikonfirmasi oleh Wakil Ketua KPK Rudi Hartono.\n\n"
            "\"Pimpinan tidak sependapat,\" ujar Rudi melalui pesan singkat.")
    reports = indirect(run(body, "id"))
    assert [s for s, _ in reports] == ["Rudi Hartono"]
    assert reports[0][1].endswith("pimpinan KPK memutuskan tidak memberi izin Aries menghadiri rapat pansus")


def test_a_noun_confirmed_by_someone_is_still_no_report():
    # (only the pointer back 'Hal itu' / 'Kabar tersebut' opens the attribution: a thing confirmed is not)
    body = ("Jadwal pertandingan itu dikonfirmasi oleh panitia penyelenggara pada Senin.\n\n"
            "\"Semua tim sudah siap,\" kata Ketua Panitia Dedi Kurniawan.")
    assert [s for s, _, _ in all_id(body)] == ["Dedi Kurniawan"]


# ---- 'SIMAK JUGA - ...': a link to another story, not a sentence of this one -------------------------------

def test_a_capitalised_simak_juga_line_with_a_dash_is_no_sentence_before_the_confirmation():
    body = ("Klub itu tengah intens berkomunikasi dengan gelandang muda asal Italia, Lorenzo Bianchi.\n\n"
            "SIMAK JUGA - Persija Datangkan Pemain Keturunan?\n\n"
            "Hal itu dikonfirmasi oleh presiden klub Andi Saputra. \"Komunikasi kami memang sangat intens,\" "
            "ungkap Andi.")
    quotes = all_id(body)
    assert all("Persija Datangkan" not in t for _, t, _ in quotes)
    assert ("Andi Saputra", "Komunikasi kami memang sangat intens", None) in quotes


def test_a_simak_juga_headline_is_no_speaker_of_the_story():
    # (the linked story's headline ends in the speaker's name: no 'Gantikan Rafael' takes his words)
    body = ("Rafael mengaku bahwa keputusan untuk meninggalkan Barca demi PSG adalah murni karena pilihan hatinya. "
            "Dia menginginkan tantangan yang lebih besar bersama klub Prancis tersebut.\n\n"
            "SIMAK JUGA:   Siapa Pantas Gantikan Rafael?\n\n"
            "\"Saya menginginkan sesuatu yang lebih besar,\" ungkap Rafael, seperti dikutip Goal Prancis.")
    assert [s for s, _, _ in all_id(body)] == ["Rafael", "Rafael", "Rafael"]


# ---- a later epithet naming a sitting office of the home state ---------------------------------------------

_PARTY_OFFICIAL = ("Jakarta -- Ketua Koordinator Bidang Kepartaian DPP Golkar Ahmad Muzakir menyatakan, wacana "
                   "munaslub tidak terkait dengan kasus korupsi.\n\n"
                   "\"Masalah itu masalah hukum, tidak ada hubungannya,\" ujar Muzakir di Kantor DPP, Rabu (15/3).\n\n"
                   "{epithet} menduga ada yang sengaja memanfaatkan kasus itu untuk mendapat keuntungan.\n\n"
                   "\"Jadi tenang saja,\" ujar Muzakir.")


def test_a_faction_chair_epithet_gives_the_party_official_the_home_state():
    quotes = all_id(_PARTY_OFFICIAL.format(epithet="Ketua Fraksi Golkar ini"))
    assert len(quotes) == 4
    assert {(s, c) for s, _, c in quotes} == {("Ahmad Muzakir", "ID")}


def test_a_party_epithet_leaves_the_party_official_stateless():
    quotes = all_id(_PARTY_OFFICIAL.format(epithet="Politikus senior Golkar ini"))
    assert {(s, c) for s, _, c in quotes} == {("Ahmad Muzakir", None)}


def test_a_former_office_epithet_gives_no_state():
    quotes = all_id(_PARTY_OFFICIAL.format(epithet="Mantan anggota Komisi II DPR ini"))
    assert {(s, c) for s, _, c in quotes} == {("Ahmad Muzakir", None)}
