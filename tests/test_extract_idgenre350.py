"""Who said what in Indonesian text from IndoSum's non-headline sections (helper idgenre3, fiftieth session): a
source's role in apposition after 'Menurut NAME,' and scholars' roles; and names the corpus' detokenizer wrote with
a spaced hyphen ('Go - Jek', 'McLaren - Honda', 'Jean - Pierre'), which reached the speaker cut at the hyphen (the
idgenre2 helper's rules and tests of the forty-ninth session, brought in here). Sentences invented for these tests,
in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _reports(body):
    return quote_fields(body, "speaker", "role", "country", "text")


# ---- 'Menurut NAME, ROLE, CLAUSE': the apposition is the source's role, not the clause's opening ----------

def test_a_scholars_role_in_apposition_after_according_to_is_no_part_of_the_report_and_no_state():
    body = ("Menurut Rina Hartawan, profesor di Fakultas Kedokteran University of British Columbia, kebijakan "
            "pemerintah Kanada ini sudah tepat.\n")
    assert _reports(body) == [("Rina Hartawan", "profesor di Fakultas Kedokteran University of British Columbia",
                               None, "kebijakan pemerintah Kanada ini sudah tepat")]


def test_an_analysts_role_and_an_indefinite_ones_with_its_place_are_left_out_of_the_report():
    body = ("Menurut Rudi Hartawan, analis dari Sinar Sekuritas, para pemegang saham akan mendesak direksi.\n\n"
            "Menurut Joko Susilo, salah seorang perajin tape di Desa Sukamaju, Kecamatan Sukorejo, tape di sini "
            "dibuat dengan takaran yang pas.\n")
    assert [(s, t) for s, _, _, t in _reports(body)] == [
        ("Rudi Hartawan", "para pemegang saham akan mendesak direksi"),
        ("Joko Susilo", "tape di sini dibuat dengan takaran yang pas")]


def test_a_clause_opening_with_a_plural_subject_after_according_to_is_reported_whole():
    body = ("Menurut Rudi Hartawan, para Perwira Tinggi TNI, baik dari Angkatan Darat maupun Angkatan Laut, dapat "
            "mengisi jabatan itu.\n")
    assert [t for _, _, _, t in _reports(body)] == [
        "para Perwira Tinggi TNI, baik dari Angkatan Darat maupun Angkatan Laut, dapat mengisi jabatan itu"]


def test_a_professor_at_a_foreign_university_speaks_for_no_state():
    body = ('"Temuan ini penting bagi pasien," kata Rina Hartawan, profesor di University of Alabama.\n')
    assert quote_fields(body, "speaker", "country") == [("Rina Hartawan", None)]


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


# ---- what the joined names must not bring: a club's city as a state, a firm lost at a sentence's start ---

def test_a_club_named_after_its_city_before_a_players_name_gives_no_state():
    body = ("Tottenham telah mengonfirmasi perekrutan bek kanan dari Paris Saint - Germain Serge Aurier dengan "
            "nilai transfer besar.\n\n"
            '"Ini adalah kesempatan besar bagi saya di klub ini," ujar Aurier kepada situs resmi klub.\n')
    assert quote_fields(body, "speaker", "country") == [("Serge Aurier", None)]


def test_a_firm_joined_by_a_spaced_hyphen_opening_a_sentence_still_reports():
    body = ("Di bulan Agustus, GO - JEK juga telah mengakuisisi Loket, sebuah platform tiket.\n\n"
            "GO - JEK mengungkapkan saat ini pihaknya melayani 15 juta pengguna aktif setiap pekan.\n")
    assert quote_fields(body, "speaker", "text") == [
        ("GO-JEK", "saat ini pihaknya melayani 15 juta pengguna aktif setiap pekan")]
