"""Indonesian recall (h_idmiss49, thirty-fifth session): a group named 'Kelompok ...' ('Kelompok ISIS',
'Kelompok Abu Sayyaf') speaks as a body, as one named 'Aliansi ...', 'Forum ...' or 'Jaringan ...' does
(institution_heads). Before, its bare-clause report was read but no speaker was found, and the report was lost.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields

OPENING = "Menteri Perhubungan Budi Santoso meninjau Pelabuhan Tanjung Priok pada Senin.\n"


def _quotes(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def test_a_group_named_kelompok_claims_an_attack():
    body = OPENING + ("Sebuah bom meledak di pembangkit listrik di pinggiran kota itu. Kelompok ISIS kemudian "
                      "menyatakan bertanggung jawab atas serangan tersebut.")
    assert ("Kelompok ISIS", "bertanggung jawab atas serangan tersebut") in _quotes(body)


def test_kelompok_itu_points_back_at_the_group_named_before():
    body = ("Kelompok ISIS menyerang pembangkit listrik di Baghdad pada Senin. Kelompok itu menyatakan "
            "bertanggung jawab atas serangan tersebut.")
    assert ("Kelompok ISIS", "bertanggung jawab atas serangan tersebut") in _quotes(body)


def test_the_leader_of_a_group_is_still_the_speaker():
    # (the head word inside a role does not take the speaker's place)
    body = OPENING + "Ketua Kelompok Tani Makmur, Sutrisno, mengatakan harga pupuk naik dua kali lipat."
    assert [s for s, t in _quotes(body) if t.startswith("harga pupuk")] == ["Sutrisno"]
