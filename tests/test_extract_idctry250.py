"""The country of Indonesian speakers (helper idctry2, fiftieth session): a district of Seoul as a place
inside South Korea, a body named by such a place before a relative clause closed by an anaphor, and the
leader of a body of state officers named after 'yang diketuai' / 'yang dipimpin'. Sentences invented for
these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body):
    return quote_fields(body, "speaker", "role", "country")


# ---- a district of Seoul names South Korea's police ---------------------------------------------------

def test_the_police_of_a_seoul_district_are_south_koreas():
    body = "Kepolisian Gangnam menyimpulkan penyanyi itu meninggal karena sakit.\n"
    assert _speakers(body) == [("Kepolisian Gangnam", None, "KR")]


# ---- a body named by a foreign state's inner place before a relative clause closed by an anaphor -------

def test_a_body_named_by_an_inner_place_before_a_relative_clause_is_the_subject():
    body = ("Penyanyi Budi Santoso meninggal dunia di Cape Town pada Senin.\n\n"
            "Kepolisian Western Cape yang menangani kasus itu menyimpulkan Budi meninggal karena sakit.\n")
    assert quote_fields(body, "speaker", "country", "text") == [
        ("Kepolisian Western Cape", "ZA", "Budi meninggal karena sakit")]


def test_an_office_closed_by_an_anaphor_still_points_back_at_the_person():
    body = ("Budi Santoso tiba di Jakarta pada Senin.\n\n"
            "Mantan Menteri Perhubungan itu mengatakan ia akan beristirahat selama sepekan.\n")
    assert quote_fields(body, "speaker") == ["Budi Santoso"]


# ---- the leader of a body of state officers: 'majelis hakim yang diketuai NAME' -------------------------

def test_the_chair_of_a_panel_of_judges_holds_its_office():
    body = ("Hukuman dijatuhkan majelis hakim yang diketuai Budi Santoso di Pengadilan Negeri Medan. "
            "\"Menyatakan terdakwa terbukti secara sah bersalah,\" ucap Budi Santoso, Senin (19/9).\n")
    assert _speakers(body) == [("Budi Santoso", "Ketua majelis hakim", "ID")]


def test_the_leader_of_a_team_of_prosecutors_holds_its_office():
    body = ("Tuntutan dibacakan tim jaksa penuntut umum (JPU) yang dipimpin Budi Santoso dalam sidang. "
            "\"Menuntut supaya majelis hakim menyatakan terdakwa bersalah,\" ujar Budi Santoso.\n")
    assert _speakers(body) == [("Budi Santoso", "Ketua tim jaksa penuntut umum (JPU)", "ID")]


def test_the_leader_of_a_firm_or_a_team_holds_no_state_office():
    firm = ("Perusahaan asal Jepang yang dipimpin Kenji Tanaka itu membantu Uber. "
            "\"Kami senang bisa membantu,\" kata Kenji Tanaka.\n")
    team = ("Tech3 belum mengonfirmasi kabar itu. Tim yang dipimpin Paul Martin itu ingin melihat hasil tes. "
            "\"Kami masih menunggu,\" kata Paul Martin.\n")
    assert _speakers(firm) == [("Kenji Tanaka", None, None)]
    assert _speakers(team) == [("Paul Martin", None, None)]
