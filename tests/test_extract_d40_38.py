"""Readings found in dev40's errors: an office in apposition after a name in a story set abroad, the religious
affairs office by its older short name, a common noun the headline's office must not lend its state to, a
capitalised common noun opening a relative clause, a titled name before an epithet closed by 'itu', and 'hal
tersebut' + a reason. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import all_id, run, quote_fields


def _countries(body, title="T"):
    return quote_fields(body, "speaker", "country", title=title)


# ---- an office every state has, in apposition after the name, in a story set abroad ------------

_ABROAD = ("Jakarta, CNN Indonesia -- Ribuan warga terkejut oleh kematian seorang polisi di Provinsi Gyeonggi, "
           "Korea Selatan, pada awal Juli lalu.\n\n"
           "Park Minho, Direktur Kepolisian Suwon, ditemukan tak bernyawa di meja kerjanya.\n\n"
           "\"Dia bekerja tanpa henti setiap hari,\" tutur Wakil Direktur Kepolisian Suwon, Kim Jisoo.")


def test_an_office_after_the_name_in_a_story_set_abroad_is_the_scenes():
    assert _countries(_ABROAD, title="Polisi di Korea Selatan tewas setelah bekerja 36 jam") == \
        [("Kim Jisoo", "KR")]


def test_an_office_after_the_name_in_a_home_story_stays_home():
    # not: with no foreign scene the police office stays the home state's
    body = ("Jakarta, CNN Indonesia -- Seorang polisi ditemukan tewas di Kota Bogor, Jawa Barat.\n\n"
            "Budi Santoso, Direktur Reserse Kriminal Umum Polda Jawa Barat, ditemukan di meja kerjanya.\n\n"
            "\"Dia bekerja tanpa henti setiap hari,\" tutur Wakil Direktur Reserse Kriminal Umum Polda Jawa Barat, "
            "Dewi Lestari.")
    assert _countries(body, title="Polisi tewas setelah bekerja 36 jam") == [("Dewi Lestari", "ID")]


# ---- 'Kandepag' (Kantor Departemen Agama), the religious affairs office's older short name ------

def test_an_official_of_the_religious_affairs_office_by_its_older_name_is_the_states():
    body = ("Ditempat terpisah, Kepala Seksi Pendidikan Madrasah Kandepag Bogor, Siti Aminah, mengatakan bahwa "
            "pihaknya sudah berulang kali mengajukan bantuan ke Kemenag Pusat.")
    assert _countries(body) == [("Siti Aminah", "ID")]


# ---- the headline's office lends its state to a one-word name, not to a common noun -------------

def test_a_common_noun_the_body_also_writes_in_lower_case_takes_no_state_from_the_headline():
    body = ("Jakarta (ANTARA News) - Mahkamah Konstitusi (MK) mengabulkan penarikan kembali permohonan uji materi.\n\n"
            "Hakim menjelaskan bahwa pemohon bisa menarik kembali permohonannya sebelum pemeriksaan.\n\n"
            "Perppu itu, menurut Pemohon, juga bersifat multi tafsir dan mengancam hak konstitusional warga.")
    sheet = run(body, "id", title="MK kabulkan pencabutan permohonan uji perppu")
    assert [(q["speaker"], q["country"]) for q in sheet["quotes"] if q["speaker"] == "Pemohon"] == \
        [("Pemohon", None)]


def test_a_one_word_name_still_takes_the_headlines_office_state():
    # not: a name the body never writes in lower case is the headline office's holder
    body = "\"Kami akan menindaklanjuti laporan itu,\" kata Arsul.\n\n\"Semua akan diperiksa,\" ujar Arsul."
    assert _countries(body, title="Bawaslu Jelaskan Laporan Pemilu") == [("Arsul", "ID"), ("Arsul", "ID")]


# ---- a capitalised common noun opening a sentence and a relative clause is no one's name --------

def test_a_capitalised_common_noun_before_a_relative_clause_is_no_speaker():
    body = ("\"Korban ini kekasih pelaku,\" kata Kapolrestabes Semarang Kombes Abdi Santoso di Semarang.\n\n"
            "Peristiwa itu bermula ketika korban datang ke rumah pelaku.\n\n"
            "Pelaku yang mengajak anaknya itu sempat berputar-putar di wilayah Sampangan.\n\n"
            "\"Korban pernah meminjam BPKB sepeda motor pelaku,\" katanya.")
    speakers = [s for s, _, _ in all_id(body)]
    assert "Pelaku" not in speakers
    assert speakers[-1] == "Abdi Santoso"


# ---- a titled name, then an epithet closed by 'itu': the name speaks ------------------------------

def test_a_titled_name_before_an_epithet_closed_by_an_anaphor_speaks():
    body = ("\"Kita tahu pendidikan anak usia dini paling penting,\" terang Gubernur Jawa Barat Ahmad Santoso.\n\n"
            "Wakil Ketua DPRD Jawa Barat Budi Hartono, politisi Gerindra itu mengaku baru kali ini ada yang "
            "memperhatikan pendidikan anak usia dini.")
    assert [(s, t) for s, t, _ in all_id(body) if t.startswith("baru")] == \
        [("Budi Hartono", "baru kali ini ada yang memperhatikan pendidikan anak usia dini")]


def test_a_verb_read_as_a_role_before_an_epithet_is_no_name():
    # not: 'Berbicara pada Liverpool Echo' names no one; the epithet means the person spoken of
    body = ("\"Kami akan berlatih keras,\" kata Jurgen Klopp.\n\n"
            "Berbicara pada Liverpool Echo, eks pelatih Borussia Dortmund itu menyebut timnya siap bertanding.")
    speakers = [s for s, _, _ in all_id(body)]
    assert "Liverpool Echo" not in speakers


# ---- 'menyampaikan hal tersebut karena ...': why the writer says it was said, no report ----------

def test_that_then_a_reason_reports_nothing():
    body = ("\"Kami menunggu keputusan Presiden,\" kata Dirjen Pendidikan Dasar Hamid Santoso.\n\n"
            "Hamid menyampaikan hal tersebut karena rencana kebijakan itu menuai pro dan kontra belakangan ini.")
    assert [t for _, t, _ in all_id(body) if "pro dan kontra" in t] == []


def test_that_then_a_clause_of_its_own_still_reports():
    # not: 'hal itu pada dasarnya ...' is a clause of its own
    body = "Hamid Santoso mengatakan hal itu pada dasarnya sudah diatur dalam peraturan menteri."
    assert [t for _, t, _ in all_id(body)] == ["hal itu pada dasarnya sudah diatur dalam peraturan menteri"]


def test_that_then_a_reason_after_a_comma_is_the_speakers_clause():
    # not: after the verb's comma, 'hal ini lantaran ...' is what the speaker gives as the reason
    body = "Wakil Ketua AP3I Jonatan Santoso menyebut, hal ini lantaran harga nikel jatuh setelah relaksasi ekspor."
    assert [t for _, t, _ in all_id(body)] == ["hal ini lantaran harga nikel jatuh setelah relaksasi ekspor"]
