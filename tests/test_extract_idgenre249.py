"""Who said what in IndoSum's non-headline sections (helper idgenre2, forty-ninth session): IndoSum's
detokenizer writes a hyphen as ' - ', so a firm's, a club's or a person's hyphenated name ('Go-Jek',
'McLaren-Honda', 'Jean-Pierre') reached the speaker cut at its hyphen. Sentences invented for these tests, in
the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body):
    return quote_fields(body, "speaker", "role")


# ---- a firm's or a club's hyphenated name between an office and its holder ---------------------------

def test_a_firm_joined_by_a_spaced_hyphen_after_an_office_belongs_to_the_role():
    body = ("Kepada media, CEO Go - Jek Nadiem Makarim menyebutkan, proses kerja sama dengan mitra itu "
            "telah berjalan selama satu tahun.\n")
    assert _speakers(body) == [("Nadiem Makarim", "CEO Go-Jek")]


def test_a_team_joined_by_a_spaced_hyphen_after_an_office_belongs_to_the_role():
    body = ("Executive Director McLaren - Honda Zak Brown berjanji akan menyediakan mobil yang kompetitif "
            "untuk pebalapnya musim depan.\n")
    assert _speakers(body) == [("Zak Brown", "Executive Director McLaren-Honda")]


def test_a_vehicle_makers_name_closes_with_motor_before_the_holder():
    body = ("\u201cFokus kami pada keselamatan pengemudi,\u201d ujar Wakil Presiden PT Toyota - Astra Motor "
            "Budi Santoso dalam siaran pers.\n")
    assert _speakers(body) == [("Budi Santoso", "Wakil Presiden PT Toyota-Astra Motor")]


# ---- a person's hyphenated name ------------------------------------------------------------------------

def test_a_hyphenated_given_name_is_read_whole():
    body = ("Namun Presiden Nice, Jean - Pierre Rivere, menyatakan timnya bukanlah satu-satunya klub yang "
            "berminat merekrut pemain itu.\n")
    assert [s for s, _ in _speakers(body)] == ["Jean-Pierre Rivere"]


def test_a_hyphenated_surname_keeps_the_given_name_before_it():
    body = ("\u201cIni skandal nyata,\u201d kata peneliti ekonomi Evelyne Deurilla - Feer di Paris.\n")
    assert _speakers(body) == [("Evelyne Deurilla-Feer", "peneliti ekonomi")]


def test_a_source_with_a_hyphenated_name_after_menurut_is_read_whole():
    body = "Menurut Pocket - Lint, ponsel itu memiliki desain yang berbeda dari pesaingnya.\n"
    assert [s for s, _ in _speakers(body)] == ["Pocket-Lint"]


# ---- spaced hyphens that join no name ------------------------------------------------------------------

def test_a_pair_whose_second_name_stands_alone_is_not_joined():
    body = ("Pasangan Anies - Sandi memenangi pemilihan itu. Sandi mengatakan pihaknya akan segera bekerja "
            "untuk warga.\n")
    assert [s for s, _ in _speakers(body)] == ["Sandi"]


def test_the_dateline_before_an_office_is_no_part_of_the_name():
    body = ("Rimanews - Pelatih Persebaya Iwan Setiawan mengevaluasi fisik dan mental pemainnya.\n\n"
            "\u201cSaya akui itu dan ke depan menjadi bahan evaluasi,\u201d ujarnya.\n")
    assert all("Rimanews" not in (s or "") and "Rimanews" not in (r or "") for s, r in _speakers(body))


def test_a_match_between_two_states_is_no_name():
    body = ("Duta besar itu menyatakan perundingan Israel - Palestina harus segera dilanjutkan tahun ini.\n")
    assert all("-" not in (s or "") for s, _ in _speakers(body))
