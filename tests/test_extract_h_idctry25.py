"""Indonesian speaker country (helper h_idctry25): a minister's title in a story about a foreign
state, Indonesian-only units (the Vice President's office, districts and wards, the prosecutors'
intelligence section), a party's branch board, and the office given in the sentence after a person
first quoted by name alone. Sentences invented for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "role", "country")


# ---- 'Menteri ...' in a story mostly about a foreign state is that state's minister --------------

def test_a_ministers_title_in_a_story_about_a_foreign_state_is_that_states():
    body = ("Kebakaran melanda sebuah asrama sekolah di Nairobi, Kenya, Sabtu. Polisi Kenya masih "
            "menyelidiki penyebab kebakaran itu.\n"
            "\"Api muncul pukul dua pagi,\" ujar Menteri Pendidikan Fred Okoth kepada wartawan.\n"
            "Sekolah di Kenya itu ditutup selama dua pekan.")
    assert ("Fred Okoth", "Menteri Pendidikan", "KE") in _q(body)


def test_a_ministers_title_in_a_home_story_stays_home():
    body = ("Pemerintah Indonesia menyiapkan anggaran baru untuk sekolah. Indonesia juga menambah guru.\n"
            "\"Kami menambah anggaran tahun ini,\" ujar Menteri Pendidikan Rudi Hartono kepada wartawan.")
    assert ("Rudi Hartono", "Menteri Pendidikan", "ID") in _q(body)


# ---- Indonesian-only units in a role --------------------------------------------------------------

def test_a_section_head_of_a_district_speaks_for_the_home_state_in_a_story_naming_a_foreign_dish():
    # (a foreign state named once keeps the story's fallback from giving the home state)
    body = ("Belasan balita diduga keracunan setelah makan sup ala Jepang.\n"
            "\"Sampel makanan sedang diperiksa,\" kata Kepala Seksi Kesejahteraan Sosial Kecamatan Sukamaju "
            "Dedi Kurnia kepada wartawan.")
    assert ("Dedi Kurnia", "Kepala Seksi Kesejahteraan Sosial Kecamatan Sukamaju", "ID") in _q(body)


def test_the_prosecutors_intelligence_section_head_speaks_for_the_home_state():
    body = ("Tiga tersangka baru ditetapkan dalam kasus kredit fiktif yang juga melibatkan warga Malaysia.\n"
            "\"Ketiganya langsung kami tahan,\" kata Kepala Seksi Intelijen Bagas Pramudya.")
    assert ("Bagas Pramudya", "Kepala Seksi Intelijen", "ID") in _q(body)


def test_a_team_of_the_vice_presidents_office_speaks_for_the_home_state():
    body = ("Evaluasi pesta olahraga di Malaysia, Thailand dan Vietnam dibahas pekan ini.\n"
            "\"Kita harus bersiap lebih baik,\" kata Ketua Tim Ahli Wapres Surya Darmawan di Jakarta.")
    assert ("Surya Darmawan", "Ketua Tim Ahli Wapres", "ID") in _q(body)


def test_a_partys_branch_board_in_the_next_sentence_speaks_for_no_state():
    # (the office read from the sentence after the quote, as below, in a story about the home state:
    # a party's branch board, 'DPC', is no state's office)
    body = ("\"Saya minta Pemprov Jakarta segera menjelaskan temuan itu kepada warga Indonesia,\" kata Joni "
            "kepada wartawan.\n"
            "Ketua DPC Gerindra Jakarta Timur ini juga menyinggung soal banjir di Indonesia.\n"
            "Joni meminta Pemprov DKI bekerja cepat bagi Indonesia.")
    got = _q(body)
    assert got and all(r == "Ketua DPC Gerindra Jakarta Timur" and c is None for s, r, c in got)


# ---- the office in the sentence after a person first quoted by name alone ------------------------

def test_an_office_with_a_demonstrative_in_the_next_sentence_is_the_persons():
    body = ("\"Kami mengapresiasi ketegasan pemerintah,\" kata Ranto kepada wartawan, Rabu (22/10/2025).\n"
            "Wakil Ketua Komisi III DPR itu kemudian mengapresiasi kerja kepolisian.\n"
            "\"Kami akan terus mengawasi,\" kata Ranto.")
    assert _q(body) == [("Ranto", "Wakil Ketua Komisi III DPR", "ID")] * 2


def test_the_next_sentences_office_is_read_past_a_furniture_line():
    body = ("\"Kami mengapresiasi ketegasan pemerintah,\" kata Ranto kepada wartawan.\n"
            "SCROLL TO CONTINUE WITH CONTENT\n"
            "Anggota Komisi II DPR itu juga meminta pengawasan yang ketat.")
    assert ("Ranto", "Anggota Komisi II DPR", "ID") in _q(body)


def test_a_time_or_a_clause_in_the_next_sentence_gives_no_office():
    # 'Gubernur Sukamaju saat itu': a time; 'Jaksa mengatakan peristiwa itu': a clause, not an office
    body = ("\"Kami mengapresiasi ketegasan pemerintah,\" kata Ranto kepada wartawan.\n"
            "Gubernur Sukamaju saat itu mengajukan usul.")
    assert _q(body) == [("Ranto", None, None)]
    body = ("Sebelumnya, Bagus didakwa mencuri di Kebon Jati, Sukamaju, pada Maret lalu. Jaksa mengatakan "
            "peristiwa itu terjadi ketika terdakwa sedang kembali dari pasar.")
    assert all(s != "Kebon Jati" for s, _, _ in _q(body))


# ---- the US central bank read without its article --------------------------------------------------

def test_the_fed_read_as_a_subject_without_its_article_speaks_for_the_us():
    body = ("Angka inflasi di Amerika Serikat mereda. The Fed kemudian memangkas bunga acuan dan "
            "mengisyaratkan bunga bisa turun lagi dalam rapat bulan depan.")
    assert ("Fed", None, "US") in _q(body)


# ---- 'kata presiden' in a story about the US, whose House the press calls 'DPR' ---------------------

def test_a_bare_president_in_a_story_about_the_us_naming_its_house_dpr_is_the_us_president():
    body = ("Presiden AS Donald Trump mengecam rencana pengusaha itu. Trump mengatakan partai baru di AS "
            "hanya akan menambah kebingungan. Rancangan anggaran itu sudah disahkan DPR dan Senat AS.\n"
            "\"Kita lihat saja nanti,\" kata presiden di hadapan para jurnalis di Gedung Putih.")
    assert ("presiden", None, "US") in _q(body)
