"""Indonesian reports read from dev33's errors (helper d33, thirty-first session): a bare 'menurut X' before
the clause's verb, 'dirinya' as a subject, reasons given with 'beralasan'/'berdalih', a cue interrupting a
clause before its own verb, 'hal itu' and the occasion only, an unnamed speaker before the outlet that
carried the words. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct, indirect, run


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- 'X menurut NAME <verb> ...': the source bare inside the clause, its verb right after the name -------

def test_a_bare_source_before_an_active_verb_reports_the_whole_clause():
    body = ("Menteri Pertanian Budi Hartono meninjau sawah di Karawang.\n"
            "Hal tersebut menurut Budi membuat petani enggan menanam padi pada musim kemarau.")
    assert _reports(body) == [("Budi Hartono",
                               "Hal tersebut menurut Budi membuat petani enggan menanam padi pada musim kemarau")]


def test_a_bare_source_before_a_passive_verb_reports_the_whole_clause():
    body = ("Kepala Dinas Tenaga Kerja Rudi Santoso hadir dalam rapat itu.\n"
            "Penetapan upah tersebut menurut Rudi dilakukan berdasarkan peraturan pemerintah tentang pengupahan.")
    assert _reports(body) == [("Rudi Santoso", "Penetapan upah tersebut menurut Rudi dilakukan berdasarkan "
                                               "peraturan pemerintah tentang pengupahan")]


def test_a_one_word_subject_before_the_bare_source_reports_the_whole_clause():
    body = ("Menteri Pendidikan Rina Wulandari berbicara di depan para guru.\n"
            "Sekolah menurut Rina memegang peranan penting dalam pembentukan karakter anak muda.")
    assert _reports(body) == [("Rina Wulandari",
                               "Sekolah menurut Rina memegang peranan penting dalam pembentukan karakter anak muda")]


def test_a_connective_before_the_bare_source_is_no_subject():
    # (the connective opens the sentence; what follows the source is reported, not 'Namun ...')
    body = ("Menteri Pendidikan Rina Wulandari berbicara di depan para guru.\n"
            "Namun menurut Rina memegang peranan penting dalam pembentukan karakter anak muda.")
    assert all(not text.startswith("Namun") for _, text in _reports(body))


def test_a_bare_source_before_a_noun_is_no_report():
    # (the name goes on with a word that is no verb: no clause after the source)
    body = ("Menteri Pendidikan Rina Wulandari berbicara di depan para guru.\n"
            "Kebijakan sekolah menurut Rina Wulandari tahun lalu sudah berjalan.")
    assert ("Rina Wulandari", "Kebijakan sekolah menurut Rina Wulandari tahun lalu sudah berjalan") \
        not in _reports(body)


# ---- 'dirinya' opening a sentence is its subject; after 'bahwa' it is the sentence's own subject ---------

def test_dirinya_opening_a_sentence_is_the_person_spoken_of():
    body = ("Wakil Ketua Komnas HAM Hairul Anwar mengatakan, pihaknya akan memantau pilkada.\n"
            "Dirinya menjelaskan, dalam konteks pemilu, Bawaslu punya kewenangan untuk melakukan pengawasan.")
    assert _reports(body) == [("Hairul Anwar", "pihaknya akan memantau pilkada"),
                              ("Hairul Anwar", "dalam konteks pemilu, Bawaslu punya kewenangan untuk melakukan "
                                               "pengawasan")]


def test_dirinya_after_a_connective_is_the_person_spoken_of():
    body = ("Kepala Dinas Pertanian Yusnita Fitriani memeriksa hewan kurban di Singkawang.\n"
            "Oleh karena itu, dirinya mengimbau agar hewan diperiksa dulu oleh dokter hewan.")
    assert _reports(body) == [("Yusnita Fitriani", "mengimbau agar hewan diperiksa dulu oleh dokter hewan")]


def test_dirinya_after_bahwa_is_the_person_the_sentence_opens_with():
    body = ("Misi Uni Afrika menyatakan, pernyataan Presiden AS Donald Trump menodai citra Amerika.\n"
            "Trump sendiri mencoba membantah bahwa dirinya menyebutkan negara-negara itu sebagai negara miskin.")
    assert all(speaker == "Donald Trump" for speaker, text in _reports(body) if "menyebutkan" in text
               or "negara miskin" in text)


# ---- 'beralasan' / 'berdalih' with a comma or 'bahwa': the reason given is reported ------------------------

def test_a_reason_given_after_a_comma_is_reported():
    body = ("Menanggapi itu, anggota tim hukum Miryam, Heru Andika memohon kepada hakim agar sidang dipercepat. "
            "Dia beralasan, sebagai kuasa hukum, mereka juga punya hak untuk mendampingi kliennya.")
    assert ("Heru Andika", "sebagai kuasa hukum, mereka juga punya hak untuk mendampingi kliennya") in _reports(body)


def test_an_excuse_given_with_bahwa_is_reported():
    body = "Direktur Pemasaran PT Sinar Motor, Fandi Wijaya berdalih bahwa kondisi jalan menjadi penyebabnya."
    assert _reports(body) == [("Fandi Wijaya", "kondisi jalan menjadi penyebabnya")]


def test_beralasan_with_no_comma_is_well_founded_and_no_report():
    body = "Kepala Dinas Pasar Budi Hartono menilai keluhan pedagang itu cukup beralasan mengapa pasar harus dipindah."
    assert all("mengapa pasar" != text for _, text in _reports(body))


def test_a_well_founded_doubt_leaves_the_later_report_of_the_sentence():
    body = ("Aktris Carla Fischer mengungkap hubungannya dengan lawan mainnya.\n"
            "Ketidakpercayaan itu beralasan, karena pada Maret lalu, Fischer dalam sebuah acara membantah bahwa "
            "antara dia dan Ford ada hubungan asmara.")
    assert _reports(body) == [("Carla Fischer", "antara dia dan Ford ada hubungan asmara")]


# ---- a cue interrupting the clause before the clause's own verb: one report, kept whole ------------------

def test_a_pronoun_cue_before_the_clauses_verb_keeps_the_sentence_whole():
    body = ("Wakil Ketua Komnas HAM Hairul Anwar mengatakan, pihaknya akan memantau pilkada.\n"
            "Tugas tim pemantau ini, tambahnya, memastikan bahwa seluruh tahapan bisa meminimalisir pelanggaran HAM.")
    assert _reports(body)[1:] == [("Hairul Anwar", "Tugas tim pemantau ini, tambahnya, memastikan bahwa seluruh "
                                                   "tahapan bisa meminimalisir pelanggaran HAM")]


def test_a_second_report_joined_by_a_comma_is_still_split():
    body = ("Menteri Luar Negeri Retno Marsudi mengatakan negaranya tidak takut, menegaskan bahwa Indonesia akan "
            "bertahan.")
    assert _reports(body) == [("Retno Marsudi", "negaranya tidak takut"), ("Retno Marsudi", "Indonesia akan bertahan")]


# ---- 'hal itu' and only when, where or to whom it was said: no report --------------------------------------

def test_that_said_at_an_occasion_is_no_report():
    body = ("Calon Wakil Gubernur Darto Suryadi berjanji memberangkatkan pengurus masjid umrah.\n"
            "Darto menyampaikan hal itu saat menghadiri pengajian di kawasan Jagakarsa, Jakarta Selatan, tadi malam.")
    assert all(not text.startswith("hal itu") for _, text in _reports(body))


def test_that_said_in_a_press_conference_is_no_report():
    body = ("Komisi Pemberantasan Korupsi menangkap hakim itu.\n"
            "Komisi Pemberantasan Korupsi mengungkapkan hal tersebut dalam konferensi pers di gedung KPK.")
    assert all(not text.startswith("hal tersebut") for _, text in _reports(body))


def test_hal_itu_as_the_subject_of_a_clause_is_still_a_report():
    body = ("Calon Wakil Gubernur Darto Suryadi berjanji memberangkatkan pengurus masjid umrah.\n"
            "Darto mengatakan hal itu di luar kewenangan pemerintah provinsi.")
    assert ("Darto Suryadi", "hal itu di luar kewenangan pemerintah provinsi") in _reports(body)


# ---- an unnamed speaker described before 'seperti dilansir <outlet>' ----------------------------------------

def test_an_unnamed_speaker_before_the_outlet_speaks():
    body = ("\"Saya dari Pangkalan Kerinci, sampai sekarang belum ada kejelasan,\" kata salah seorang anggota "
            "keluarga seperti dilansir Antara, Sabtu (6/5).")
    assert direct(run(body, "id")) == [("salah seorang anggota keluarga",
                                        "Saya dari Pangkalan Kerinci, sampai sekarang belum ada kejelasan", None)]


def test_a_statement_before_the_outlet_is_no_unnamed_speaker():
    body = ("\"Dengan cinta, kami memutuskan untuk berpisah,\" tulis pernyataan keduanya seperti dikabarkan "
            "Aceshowbiz, Jumat (15/9) lalu.")
    assert direct(run(body, "id")) == []


def test_a_named_speaker_before_the_outlet_is_unchanged():
    body = "\"Kami sudah lama menunggu,\" kata Wahyu seperti dilansir Antara, Sabtu (6/5)."
    assert direct(run(body, "id")) == [("Wahyu", "Kami sudah lama menunggu", None)]
