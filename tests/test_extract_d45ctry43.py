"""Countries of Indonesian speakers (helper d45ctry, forty-third session): a home body's short form that
the article only writes out (no brackets), well-known US agencies by their short forms, and a state's
weather bureau. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country")


# ---- 'Menurut MA, ...' after 'Mahkamah Agung' written out: the home court ------------------------------

def test_court_short_form_after_its_name_written_out():
    body = ("Mahkamah Agung menolak permohonan kasasi yang diajukan lembaga itu.\n\n"
            "Menurut MA, kementerian tidak berkewajiban menyimpan dokumen yang mereka terima.")
    assert _who(body) == [("MA", "ID")]


def test_initials_with_no_body_written_out_stay_stateless():
    # ('MA' alone: a suspect's initials, no court)
    body = ("Polisi menangkap seorang pria berinisial MA di sebuah penginapan.\n\n"
            "Menurut MA, ia hanya disuruh mengantar barang itu ke Bekasi.")
    assert ("MA", "ID") not in _who(body)


def test_short_form_used_before_the_name_is_written_out_stays_stateless():
    # (the name written only after the short form spoke: no introduction of it)
    body = ("Menurut MA, ia hanya disuruh mengantar barang itu ke Bekasi.\n\n"
            "Kasus serupa pernah sampai ke Mahkamah Agung.")
    assert ("MA", "ID") not in _who(body)


def test_initials_of_a_short_form_inside_a_name_are_not_read():
    # ('Mabes AD' has a short form inside: its initials are no body's)
    body = ("Mabes AD membantah kabar itu.\n\n"
            "Menurut MA, ia hanya disuruh mengantar barang itu ke Bekasi.")
    assert ("MA", "ID") not in _who(body)


def test_state_secretariat_spelt_with_s():
    body = "Putusan itu sempat menuai polemik. Kemensesneg mengaku tidak pernah menerima dokumen tersebut."
    assert _who(body) == [("Kemensesneg", "ID")]


# ---- 'FAA melakukan penyelidikan ...': a US agency by its short form -----------------------------------

def test_us_aviation_agency_by_short_form():
    body = ("Sang aktor mendarat di landasan yang salah di bandara California.\n\n"
            "FAA menyatakan penyelidikan atas kejadian itu sudah selesai.")
    assert _who(body) == [("FAA", "US")]


def test_an_agency_short_form_not_listed_stays_stateless():
    body = ("Sang aktor mendarat di landasan yang salah di bandara California.\n\n"
            "XYZA menyatakan penyelidikan atas kejadian itu sudah selesai.")
    assert ("XYZA", "US") not in _who(body)


# ---- 'Biro Meteorologi masih memperingatkan ...': a body, of the story's state ---------------------------

def test_weather_bureau_is_a_body_of_the_story_state():
    body = ("Topan Debbie menghantam pesisir Queensland, Australia, pada Selasa. Ribuan warga Australia "
            "mengungsi dari rumah mereka di Australia.\n\n"
            "Kini badai sudah mereda, tapi Biro Meteorologi memperingatkan hujan deras masih akan turun.")
    assert _who(body) == [("Biro Meteorologi", "AU")]


def test_weather_bureau_named_by_another_word_is_no_person():
    body = ("Kini badai sudah mereda, tapi Biro Meteorologi memperingatkan hujan deras masih akan turun.")
    assert [s for s, _ in _who(body)] == ["Biro Meteorologi"]


# ---- 'Ketua KPK Jilid I NAME': the first numbered term, over; 'I' before a non-Balinese name a numeral -----

def _roles(body: str) -> list[tuple[str, str | None, str | None]]:
    return quote_fields(body, "speaker", "role", "country")


def test_chair_of_the_first_numbered_term_is_a_former_official():
    body = ("Ketua Komisi Pemberantasan Korupsi (KPK) Jilid I Hendra Wiratama menepis pernyataan itu.\n\n"
            "“Itu keliru,” kata Hendra.")
    assert _roles(body) == [("Hendra Wiratama", "Ketua Komisi Pemberantasan Korupsi (KPK) Jilid I", None)]


def test_chair_of_a_later_numbered_term_may_sit():
    # ('Jilid IV' may be the sitting leadership: the office stays the state's)
    body = ("Ketua KPK Jilid IV Hendra Wiratama menepis pernyataan itu.\n\n"
            "“Itu keliru,” kata Hendra.")
    assert _roles(body) == [("Hendra Wiratama", "Ketua KPK Jilid IV", "ID")]


def test_unit_numbered_one_closes_the_role():
    body = ("Kepala Seksi Wilayah I Budi Santoso menepis kabar itu.\n\n"
            "“Itu keliru,” kata Budi.")
    assert _roles(body) == [("Budi Santoso", "Kepala Seksi Wilayah I", "ID")]


def test_balinese_particle_i_stays_in_the_name():
    body = ("Ketua DPRD Kabupaten Badung I Wayan Sudana menepis kabar itu.\n\n"
            "“Itu keliru,” kata Sudana.")
    assert [s for s, _, _ in _roles(body)] == ["I Wayan Sudana"]


# ---- '... Bank Dunia di Indonesia NAME': the state after 'di' places the office before, it is no role -----

def test_state_after_di_places_an_international_office():
    body = ("Kepala Perwakilan Bank Dunia di Indonesia Rodrigo Santos mengatakan pendanaan ini akan mendukung "
            "skema perumahan.\n\n"
            "“Ini penting bagi keluarga,” kata Rodrigo.")
    assert ("Rodrigo Santos", "ID") not in _who(body)


def test_state_before_a_name_with_no_preposition_stays_the_role():
    # ('Menlu Jepang Taro Kono': the state qualifies the office in the phrase itself)
    body = "Menteri Luar Negeri Jepang Taro Kono mengatakan pendanaan ini akan mendukung skema perumahan."
    assert _who(body) == [("Taro Kono", "JP")]


# ---- 'kapten dari tim X, NAME': a team's captain in lower case, no rank ------------------------------------

def test_team_captain_in_lower_case_holds_no_rank():
    body = "Seusai laga, kapten dari tim Essien, Dani Hartono berharap timnya mengukir kemenangan yang sama."
    assert _who(body) == [("Dani Hartono", None)]


def test_captain_rank_written_with_a_capital_stays_the_state_s():
    body = "Komandan tim SAR, Kapten Inf Budi Santoso mengatakan pencarian korban dilanjutkan besok."
    assert _who(body) == [("Budi Santoso", "ID")]
