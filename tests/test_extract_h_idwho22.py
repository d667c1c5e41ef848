"""Indonesian reports whose complement is a clause though a relative clause or an adjunct opens it, and
report verbs of going on and setting out (helper h_idwho22). Sentences invented for these tests, in the
shape of Indonesian domestic news."""
from __future__ import annotations

from .extract_cases import run

_INTRO = "Kepala Dinas Pendidikan Andi Wirawan hadir di balai kota, Senin (6/10).\n"


def _q(sentence: str):
    return [(q["speaker"], q.get("kind"), q["text"]) for q in run(_INTRO + sentence, "id")["quotes"]]


# ---- a relative clause inside the subject of the reported clause -----------------------------------

def test_a_copula_after_a_relative_clause_makes_the_complement_a_clause():
    got = _q("Andi menyebut pihak yang berurusan dengan penyedia adalah sekretariat daerah.")
    assert ("Andi Wirawan", "indirect", "pihak yang berurusan dengan penyedia adalah sekretariat daerah") in got
    got = _q("Andi menyebut aturan yang akan dikeluarkan merupakan langkah perbaikan.")
    assert ("Andi Wirawan", "indirect", "aturan yang akan dikeluarkan merupakan langkah perbaikan") in got


def test_a_marker_after_the_relative_clauses_argument_is_the_main_predicate():
    got = _q("Andi menyebut beban kerja guru yang sudah berat bisa bertambah tahun depan.")
    assert ("Andi Wirawan", "indirect", "beban kerja guru yang sudah berat bisa bertambah tahun depan") in got
    got = _q("Andi memastikan semua laporan yang diterima dinas pekan lalu telah diperiksa.")
    assert ("Andi Wirawan", "indirect", "semua laporan yang diterima dinas pekan lalu telah diperiksa") in got


def test_there_is_and_a_relative_clause_is_the_speakers_clause():
    got = _q("Andi menyebut ada sekolah yang menunda ujian karena banjir.")
    assert ("Andi Wirawan", "indirect", "ada sekolah yang menunda ujian karena banjir") in got


def test_a_noun_phrase_with_a_relative_clause_stays_no_report():
    # one verb group inside the relative clause, then its object
    assert not [q for q in _q("Andi menyebut pejabat yang diduga telah menerima suap dari rekanan itu.")
                if q[1] == "indirect"]
    # a verb after a preposition belongs to the relative clause's purpose
    assert not [q for q in _q("Andi mengumumkan susunan panitia yang akan menjadi pelaksana untuk memimpin lomba.")
                if q[1] == "indirect"]
    # a naming, and a report inside the relative clause
    assert not [q for q in _q("Andi menyebut guru yang mengajar di desa itu sebagai pahlawan.") if q[1] == "indirect"]
    assert not [q for q in _q("Andi membantah pernyataan pengawas yang menyebut sekolah itu ditutup.")
                if q[1] == "indirect" and q[2].startswith("pernyataan")]
    # a picture posted, no report
    assert not [q for q in _q("Andi mencuit foto yang menunjukkan dirinya tengah berembuk dengan para guru.")
                if q[1] == "indirect"]


# ---- an adjunct closed by a comma opens the reported clause -----------------------------------------

def test_an_adjunct_and_a_comma_before_the_clause():
    got = _q("Andi menyebut dari 38 sekolah, 37 di antaranya sudah menerima bantuan.")
    assert ("Andi Wirawan", "indirect", "dari 38 sekolah, 37 di antaranya sudah menerima bantuan") in got
    got = _q("Andi memastikan dalam proses pendaftaran tersebut, orang tua dapat datang langsung.")
    assert ("Andi Wirawan", "indirect", "dalam proses pendaftaran tersebut, orang tua dapat datang langsung") in got


# ---- going on, setting out, itemising ------------------------------------------------------------

def test_going_on_and_setting_out_report_a_clause():
    got = _q("Andi melanjutkan panitia sudah membahas aturan itu secara internal.")
    assert ("Andi Wirawan", "indirect", "panitia sudah membahas aturan itu secara internal") in got
    got = _q("Andi memaparkan jika fasilitas sekolah di daerah tertinggal jauh dari kota.")
    assert ("Andi Wirawan", "indirect", "fasilitas sekolah di daerah tertinggal jauh dari kota") in got
    got = _q("Andi merinci aset sekolah adalah delapan bidang tanah dan dua gedung.")
    assert ("Andi Wirawan", "indirect", "aset sekolah adalah delapan bidang tanah dan dua gedung") in got


def test_going_on_and_setting_out_a_noun_phrase_is_no_report():
    assert not [q for q in _q("Andi melanjutkan perjalanan ke kecamatan sebelah.") if q[1] == "indirect"]
    assert not [q for q in _q("Andi memaparkan data sekolah negeri di depan anggota dewan.") if q[1] == "indirect"]


# ---- 'Pemerintah' opening a sentence where the story also writes 'pemerintah' -------------------

def test_the_government_capitalised_is_an_unnamed_authority_where_the_story_writes_it_in_lower_case():
    body = ("Pemerintah memastikan danau itu tidak termasuk dalam kawasan tambang pasir.\n"
            "Pada 2024 pemerintah melakukan audiensi dengan Bupati Karanganyar.")
    got = [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"]]
    assert ("Pemerintah", "danau itu tidak termasuk dalam kawasan tambang pasir") in got


# ---- a one-word name, the whole subject of a report verb --------------------------------------------

def test_a_one_word_name_opening_a_report_is_a_person():
    body = ("Orang tua korban melaporkan kejadian tersebut ke polisi.\n"
            "Sutarno menyebut anaknya masih kesulitan berjalan.\n"
            "\"Dia belum bisa sekolah,\" imbuhnya.")
    got = [(q["speaker"], q["text"]) for q in run(body, "id")["quotes"]]
    assert ("Sutarno", "anaknya masih kesulitan berjalan") in got
    assert ("Sutarno", "Dia belum bisa sekolah") in got


def test_a_common_word_or_a_full_names_first_word_is_no_lone_name():
    got = [q["speaker"] for q in run("Sebagian menyebut sudah mengetahui rencana itu.", "id")["quotes"]]
    assert got == []
    body = ("\"Kami akan menjalankan putusan itu,\" kata Sekjen Dewan Budi Santoso Wirawan kepada wartawan.\n"
            "Budi mengatakan dewan akan segera menindaklanjuti putusan tersebut.")
    got = [q["speaker"] for q in run(body, "id")["quotes"]]
    assert "Budi" not in got


# ---- what someone is yet to say is no report ------------------------------------------------------

def test_a_speech_verb_after_akan_is_no_report():
    got = [q for q in _q("Kepada wartawan, ia akan memaparkan bagaimana warga melihat layanan puskesmas dari sisi biaya.")
           if q[1] == "indirect"]
    assert got == []
    got = [q for q in _q("Dinas juga akan meminta penjelasan atas keterlambatan para kontraktor tersebut.")
           if q[1] == "indirect"]
    assert got == []


def test_a_speech_verb_of_purpose_is_no_report():
    got = [q for q in _q("Dinas bekerja sama dengan sekolah swasta untuk memastikan layanan belajar berjalan lebih efektif.")
           if q[1] == "indirect"]
    assert got == []


# ---- a degree word before an adjective predicate --------------------------------------------------

def test_a_degree_word_before_an_adjective_makes_the_complement_a_clause():
    got = _q("Andi menyebut kondisi sekolah di desa itu lebih baik dibandingkan tahun lalu.")
    assert ("Andi Wirawan", "indirect", "kondisi sekolah di desa itu lebih baik dibandingkan tahun lalu") in got
    got = _q("Andi menyebut persaingan antarsekolah sangat ketat.")
    assert ("Andi Wirawan", "indirect", "persaingan antarsekolah sangat ketat") in got
