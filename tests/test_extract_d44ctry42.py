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
