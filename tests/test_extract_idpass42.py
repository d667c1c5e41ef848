"""Indonesian passive attribution (helper idpass, forty-second session): a passive speech verb with its agent
reports the clause around it ('Proses itu disebut Gatot sudah mulai ...', 'Aksi mogok diklaim Serikat Pekerja
sebagai ...'), also after a comma that only sets off a fronted subject ('Dampak dari konflik itu, dikatakan
Yohana membuat ...'); 'Disebut X, ...' opens a report as 'Dikatakan X, ...' does. Sentences invented for
these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Menteri Yohana Yembise hadir di Ambon, Senin (1/5).\n\n"


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(LEAD + body, "speaker", "text")


# ---- a passive speech verb and its agent report the clause ----------------------------------------------

def test_disebut_with_agent_reports_the_clause():
    assert _who("Dampak dari konflik itu disebut Yohana membuat perempuan menanggung beban paling berat.") == [
        ("Yohana Yembise", "Dampak dari konflik itu disebut Yohana membuat perempuan menanggung beban paling berat")]


def test_diklaim_with_agent_reports_the_clause():
    assert _who("Program itu juga diklaim Yohana sebagai cara terbaik untuk melindungi anak.") == [
        ("Yohana Yembise", "Program itu juga diklaim Yohana sebagai cara terbaik untuk melindungi anak")]


def test_comma_after_a_fronted_subject_is_no_break():
    assert _who("Dampak dari konflik itu, dikatakan Yohana membuat perempuan menanggung beban paling berat.") == [
        ("Yohana Yembise",
         "Dampak dari konflik itu, dikatakan Yohana membuat perempuan menanggung beban paling berat")]


def test_disebut_opens_a_report():
    assert _who("Disebut Yohana, pada angka itu akan ada ribuan lapangan kerja terbuka bagi warga.") == [
        ("Yohana Yembise", "pada angka itu akan ada ribuan lapangan kerja terbuka bagi warga")]


# ---- ... and what it leaves alone -----------------------------------------------------------------------

def test_disebut_naming_in_a_relative_clause_reports_nothing():
    assert _who("Festival film 2017 atau yang singkatnya disebut Balinale siap digelar di Bali.") == []


def test_disebut_naming_a_place_reports_nothing():
    assert _who("Kawasan itu disebut Kampung Pulo oleh warga sekitar.") == []


def test_disebut_sebagai_with_no_agent_reports_nothing():
    assert _who("Bangunan itu disebut sebagai cagar budaya tertua di kota tersebut.") == []


def test_comma_after_a_clause_of_time_is_a_break():
    assert _who("Terkait persyaratan yang diberikan, diakui Yohana saat ini belum dipenuhi.") == []


def test_disebut_naming_in_a_relative_clause_gives_no_speaker_after():
    assert _who("Kekalahan itu pun ditanggapi kritis suporter Persib yang biasa disebut Bobotoh. Kreatif nan "
                "usil, para Bobotoh langsung meminta kepada juru taktik itu untuk melatih Persib.") == []


def test_passive_after_an_opening_phrase_reports_the_named_subjects_clause():
    assert _who("Dalam video pemeriksaan di pengadilan, Aris disebut Yohana menemui anggota dewan di hotel.") == [
        ("Yohana Yembise", "Aris disebut Yohana menemui anggota dewan di hotel")]


# ---- 'Menurut X yang ... adalah ...': 'yang' opens the reported clause ---------------------------------------

def test_menurut_name_then_headless_relative_with_copula_reports():
    assert _who("Menurut Yohana yang dibutuhkan perempuan adalah akses pendidikan, bukan bantuan.") == [
        ("Yohana Yembise", "yang dibutuhkan perempuan adalah akses pendidikan, bukan bantuan")]


def test_menurut_name_with_relative_clause_on_the_name_is_left():
    assert _who("Menurut Yohana yang hadir di Ambon, perempuan perlu menjadi agen perdamaian.") == [
        ("Yohana Yembise", "perempuan perlu menjadi agen perdamaian")]
