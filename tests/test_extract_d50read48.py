"""Who said what and for which state in Indonesian text (helper d50read, forty-eighth session): dev50's
country misses and the subject of a report verb inside a clause of time. Sentences invented for these tests,
in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body):
    return quote_fields(body, "speaker", "role", "country")


def _quotes(body):
    return quote_fields(body, "speaker", "text")


# ---- an office that names no state, then the officer's rank before his name ---------------------------

def test_an_army_rank_after_an_office_gives_the_home_state():
    body = ("\u201cKorban ditemukan sekitar pukul 14.00 WIB di sektor C,\u201d kata Ketua tim SAR Zona C Kapten "
            "Budi Waluyo di lokasi pencarian.\n")
    assert _countries(body) == [("Budi Waluyo", "Ketua tim SAR Zona C", "ID")]


def test_a_police_rank_of_the_home_titles_after_an_office_gives_the_home_state():
    body = "\u201cPelaku sudah kami amankan,\u201d kata Kepala Unit Reskrim AKP Dedi Kurniawan di Bogor.\n"
    assert _countries(body) == [("Dedi Kurniawan", "Kepala Unit Reskrim", "ID")]


def test_a_rank_after_an_office_that_names_a_foreign_state_keeps_that_state():
    body = "\u201cPasukan kami siaga,\u201d kata juru bicara militer Filipina Kolonel Edgard Arevalo di Manila.\n"
    assert _countries(body) == [("Edgard Arevalo", "juru bicara militer Filipina", "PH")]


def test_a_lower_case_captain_after_an_office_is_no_rank():
    body = "\u201cKami siap bertanding,\u201d kata pelatih tim voli kapten Budi Waluyo.\n"
    assert [c for _, _, c in _countries(body)] != ["ID"]


# ---- a clause of time after a main clause whose predicate comes before a relative ---------------------

def test_the_subject_of_a_time_clause_speaks_after_a_relative_in_the_main_clause():
    body = ("Indonesia tidak terlibat dalam sengketa itu tetapi waspada dengan situasi yang ada setelah Cina "
            "menyatakan bahwa perairan Natuna merupakan bagian dari wilayah penangkapan ikan mereka.\n")
    assert quote_fields(body, "speaker", "country") == [("Cina", "CN")]


def test_a_clause_marker_is_the_main_clause_predicate_before_a_time_clause():
    body = ("Nasib Abu Bakar sendiri sempat jadi cerita setelah Rusia mengklaim telah menewaskannya dalam "
            "sebuah serangan udara pada Mei lalu.\n")
    assert quote_fields(body, "speaker", "country") == [("Rusia", "RU")]


def test_a_verb_inside_a_relative_clause_of_the_subject_is_no_main_predicate():
    body = ("Wakil Ketua DPR Fadli Zon yang ditemui setelah rapat paripurna menyatakan pemerintah harus "
            "bertanggung jawab.\n")
    assert _quotes(body) == [("Fadli Zon", "pemerintah harus bertanggung jawab")]


def test_a_time_phrase_between_subject_and_verb_keeps_the_subject():
    body = "Menteri Keuangan Sri Mulyani usai rapat terbatas di Istana menyatakan defisit akan dijaga.\n"
    assert _quotes(body) == [("Sri Mulyani", "defisit akan dijaga")]
