"""Indonesian wrong speakers (helper idwho, forty-third session; file named idvia43 as idwho43 was taken):
a subject that speaks 'melalui' an officer named with an office right before the verb ('Kapolres X melalui
Kapolsek Y mengatakan') is speaking through that officer, who is the speaker. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


_LEAD = "Bogor - Dua pemuda ditangkap setelah kedapatan mencuri sepeda motor milik warga.\n\n"


def test_officer_after_melalui_speaks():
    body = _LEAD + ("Kapolres Bogor AKBP Andi Saputra melalui Kasat Reskrim AKP Budi Santoso mengatakan "
                    "pelaku sudah ditangkap di rumahnya.")
    assert _who(body) == [("Budi Santoso", "Kasat Reskrim")]


def test_officer_after_melalui_speaks_across_a_day_and_date():
    body = _LEAD + ("Kapolres Bogor AKBP Andi Saputra melalui Kapolsek Cibinong Ipda Budi Santoso, Sabtu (10/2) "
                    "malam mengatakan pelaku sudah ditangkap di rumahnya.")
    assert _who(body) == [("Budi Santoso", "Kapolsek Cibinong")]


def test_body_speaking_through_its_officer():
    body = ("Jakarta - PSSI melalui Sekretaris Jenderal Rina Kartika Dewi menyampaikan duka cita mendalam kepada "
            "keluarga suporter yang meninggal dunia.")
    assert _who(body)[0][0] == "Rina Kartika Dewi"


def test_melalui_a_channel_leaves_the_subject():
    body = _LEAD + "Kapolres Bogor AKBP Andi Saputra melalui akun Twitternya mengatakan pelaku sudah ditangkap."
    assert _who(body) == [("Andi Saputra", "Kapolres Bogor")]


def test_melalui_a_document_leaves_the_body():
    body = ("Jakarta - Kementerian Perhubungan melalui Surat Edaran Nomor 5 menyatakan bahwa mudik tahun ini "
            "dilarang.")
    assert _who(body)[0][0] == "Kementerian Perhubungan"


def test_melalui_a_name_with_no_office_leaves_the_subject():
    # (only an officer named with an office is someone the subject speaks through)
    body = _LEAD + "Kapolres Bogor AKBP Andi Saputra melalui Budi Santoso mengatakan pelaku sudah ditangkap."
    assert _who(body)[0][0] == "Andi Saputra"
