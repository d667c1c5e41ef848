"""Speaker countries in Indonesian news (helper ctry43): bodies named with the state's name or its capital that are
not the state, a foreign state's broadcaster named with the language it speaks, a firm named in loan words, and a
speaker the article never introduces who goes on after an official's quote.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import countries_of, grammar_en, run


def _grammar_id():
    from generator.extract import CountryFinder, load_pack, pipeline

    return pipeline._grammar(load_pack("id"), CountryFinder.for_language("id"))


# ---- a language named after a state is no state: 'Bahasa Indonesia', 'bahasa Inggris' ------------------------

def test_a_foreign_broadcaster_s_indonesian_service_speaks_for_its_own_state():
    body = ("Direktur Seksi Bahasa Indonesia CRI Li Wei mengatakan, siaran itu akan dimulai tahun depan.\n\n"
            "\"Kami ingin lebih dekat dengan pendengar di Indonesia,\" kata Li.")
    assert set(countries_of(body)) == {("Li Wei", "CN")}


def test_a_language_teacher_speaks_for_no_state():
    g = _grammar_id()
    assert g.role_country("guru bahasa Inggris") is None
    assert g.role_country("Menteri Luar Negeri Inggris") == "GB"


# ---- firms, churches, mass organisations and sports bodies named with the state or its capital ---------------

def test_a_firm_named_in_english_loan_words_before_the_state_speaks_for_no_state():
    body = ("Direktur Operasional True Money Indonesia Rio Wibowo mengatakan, layanan itu dihentikan sementara.\n\n"
            "\"Kami menunggu izin dari regulator,\" kata Rio.")
    assert set(countries_of(body)) == {("Rio Wibowo", None)}


def test_the_central_bank_named_with_a_loan_word_is_still_the_state_s():
    g = _grammar_id()
    assert g.role_country("Deputi Gubernur Bank Indonesia") == "ID"
    assert g.role_country("Director Huawei Device Indonesia") is None


def test_an_officer_of_a_state_owned_firm_named_with_the_state_speaks_for_no_state():
    body = ("Direktur Informasi dan Teknologi Pos Indonesia Charles Simbolon mengatakan, layanan itu untuk usaha kecil.\n\n"
            "\"Kami ingin kios-kios ikut tumbuh,\" ujar Charles.")
    assert set(countries_of(body)) == {("Charles Simbolon", None)}


def test_an_archbishop_named_after_the_capital_speaks_for_no_state():
    body = ("Uskup Agung Jakarta Yohanes Purnomo mengatakan, umat diajak merayakan Natal dengan sederhana.\n\n"
            "\"Kami datang untuk mendengar,\" kata Yohanes.")
    assert set(countries_of(body)) == {("Yohanes Purnomo", None)}


def test_a_regional_head_of_a_youth_mass_organisation_speaks_for_no_state():
    body = ("Ketua Pengurus Wilayah GP Ansor DKI Jakarta Abdul Karim mengatakan, perda toleransi perlu dibuat.\n\n"
            "\"Perda itu harus menjamin kenyamanan semua warga,\" kata Karim.")
    assert set(countries_of(body)) == {("Abdul Karim", None)}


def test_a_national_team_coach_named_after_according_to_speaks_for_no_state():
    # 'menurut pelatih ganda campuran Indonesia, X': the lower-case office before the apposition chain still
    # says the role is a team's, not the state's
    body = ("Menurut pelatih ganda campuran Indonesia, Rudi Hartanto, pasangan itu kurang fokus.\n\n"
            "\"Jadi, saya putuskan untuk mundur saja,\" ujar Rudi.")
    assert set(countries_of(body)) == {("Rudi Hartanto", None)}


def test_a_police_chief_named_after_according_to_still_speaks_for_the_state():
    body = ("Menurut Kepala Kepolisian Resor Bogor, Budi Santoso, pelaku sudah ditangkap.\n\n"
            "\"Kami masih memeriksa saksi,\" ujar Budi.")
    assert set(countries_of(body)) == {("Budi Santoso", "ID")}


# ---- a name the article never introduces, right after an official's quote -------------------------------------

_OFFICIAL_THEN_ANOTHER_NAME = (
    "Polisi menangkap seorang warga asing karena menipu.\n\n"
    "Kepala Bidang Hubungan Masyarakat Polda Metro Jaya Komisaris Besar Raden Budi Santoso mengatakan, penipuan "
    "dilakukan di sebuah hotel.\n\n"
    "\"Pelaku mengaku punya uang di luar negeri,\" kata Argo melalui keterangan tertulis, Rabu (9/8/2017).\n\n"
    "Tiga hari kemudian, kata Argo, pelaku kembali datang ke hotel.")


def test_an_unintroduced_name_after_an_official_s_quote_speaks_for_the_official_s_state():
    assert ("Argo", "ID") in countries_of(_OFFICIAL_THEN_ANOTHER_NAME)
    assert all(c == "ID" for _, c in countries_of(_OFFICIAL_THEN_ANOTHER_NAME))


def test_a_name_introduced_with_a_description_keeps_no_state():
    # 'Salah satu jemaat ..., Febry': the article introduces the person itself, a citizen
    body = ("Kepala Dinas Sosial DKI Jakarta Budi Santoso mengatakan, bantuan sudah disalurkan.\n\n"
            "Salah satu warga, Febry, mengatakan bantuan itu sangat membantu keluarganya.\n\n"
            "\"Kami senang sekali,\" kata Febry.")
    assert ("Febry", None) in countries_of(body)


def test_a_name_after_a_turn_to_someone_else_keeps_no_state():
    body = ("Kepala Dinas Sosial DKI Jakarta Budi Santoso mengatakan, bantuan sudah disalurkan.\n\n"
            "Sementara itu, menurut Joni, bantuan itu belum sampai ke kampungnya.")
    assert ("Joni", None) in countries_of(body) or "Joni" not in [s for s, _ in countries_of(body)]


def test_english_roles_are_untouched_by_the_language_word():
    assert grammar_en().role_country("British Foreign Secretary") == "GB"


def test_the_run_keeps_spans():
    # (the helper checks every span points at its text)
    assert run(_OFFICIAL_THEN_ANOTHER_NAME, "id")["quotes"]


# ---- 'Menurut <office> <name>, <clause>': the comma closes the source, no apposition after it ----------------

def test_the_clause_after_an_according_to_source_is_no_office_of_the_source():
    # the clause after the comma opens with an honorific ('almarhum') and names the capital: it is what is
    # reported, not an office in apposition, so the firm's president keeps no state
    body = ("Menurut Presiden Direktur PT Hotel Sentosa Raya Tbk Hariyadi Santoso, almarhum mendapat kesempatan "
            "dimakamkan di Taman Makam Pahlawan Kalibata Jakarta Selatan.\n\n"
            "\"Beliau berwasiat untuk dimakamkan di Bogor,\" ungkap Hariyadi.")
    assert set(countries_of(body)) == {("Hariyadi Santoso", None)}


def test_an_office_in_apposition_after_an_according_to_name_still_counts():
    body = ("Menurut Budi Santoso, Kepala Dinas Pendidikan Jawa Barat, sekolah akan dibuka pekan depan.\n\n"
            "\"Kami siap,\" kata Budi.")
    assert ("Budi Santoso", "ID") in countries_of(body)
