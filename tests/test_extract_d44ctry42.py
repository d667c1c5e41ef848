"""Countries of Indonesian speakers (helper d44ctry, forty-second session): a later description closed by an
anaphor, outside a speech verb's subject, that names a sitting home office of the one person named before it
with none. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


# ---- 'berkas anggota DPR dari Fraksi X itu' after her name: a later epithet names her office ---------------

_CASE = ("Komisi Pemberantasan Korupsi (KPK) telah melengkapi berkas perkara dugaan keterangan palsu, Rina "
         "Kartika Dewi.\n\n"
         "Juru Bicara KPK Budi Hartono mengatakan, rampungnya berkas {desc} itu membuktikan bahwa proses hukum "
         "terus berjalan.\n\n"
         "\u201cSaya siap sidang,\u201d kata Rina usai diperiksa.")


def test_later_epithet_with_a_sitting_office_gives_the_home_state():
    assert _who(_CASE.format(desc="anggota DPR dari Fraksi Hanura"))[-1] == ("Rina Kartika Dewi", None, "ID")


def test_later_epithet_with_a_former_office_gives_none():
    assert _who(_CASE.format(desc="mantan anggota DPR dari Fraksi Hanura"))[-1] == ("Rina Kartika Dewi", None, None)


def test_later_epithet_with_a_party_office_gives_none():
    assert _who(_CASE.format(desc="Bendahara Umum Partai Hanura"))[-1] == ("Rina Kartika Dewi", None, None)


def test_later_epithet_with_two_unplaced_people_before_it_gives_none():
    # (two people named before it with no office: the description may mean either)
    body = _CASE.replace("Rina Kartika Dewi.", "Rina Kartika Dewi dan Andi Saputra.").format(
        desc="anggota DPR dari Fraksi Hanura")
    assert _who(body)[-1] == ("Rina Kartika Dewi", None, None)


def test_epithet_inside_a_quote_gives_none():
    body = ("Komisi Pemberantasan Korupsi (KPK) telah melengkapi berkas perkara dugaan keterangan palsu, Rina "
            "Kartika Dewi.\n\n"
            "\u201cBerkas anggota DPR itu sudah lengkap,\u201d kata Juru Bicara KPK Budi Hartono.\n\n"
            "\u201cSaya siap sidang,\u201d kata Rina usai diperiksa.")
    assert _who(body)[-1] == ("Rina Kartika Dewi", None, None)


# ---- 'kata Wali Kota Verbania' after 'di Verbania, utara Italia': the town the article puts abroad -------

_TOWN = ("Orang tertua di dunia, Maria Rossi, telah meninggal dunia pada Sabtu (15/4).\n\n"
         "Wanita yang tinggal di {place}, itu lahir pada 1899.\n\n"
         "\u201cIa menjalani kehidupan yang luar biasa,\u201d kata Wali Kota Verbania.")


def test_local_office_of_a_town_placed_abroad_is_that_states():
    assert _who(_TOWN.format(place="Verbania, utara Italia"))[-1][2] == "IT"


def test_local_office_of_a_town_placed_abroad_without_a_compass_word():
    assert _who(_TOWN.format(place="Verbania, Italia"))[-1][2] == "IT"


def test_local_office_of_a_town_never_placed_stays_home():
    # (a town no list knows and the article never puts in a state: a home mayor, as before)
    assert _who(_TOWN.format(place="Verbania"))[-1][2] == "ID"
