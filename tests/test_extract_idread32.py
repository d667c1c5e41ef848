"""Indonesian reports read from dev34's errors (helper d34, thirty-second session): a pronoun before a report that
names someone is not that one; a one-word name before the particles of its verb; a phrase of time or occasion
between the named subject and its verb; degrees listed after a name; a fronted topic phrase is part of the report;
'berkukuh' as 'bersikukuh'; task forces are the state's (a party's are the party's); the children's-rights
foundation named like a state commission is no state's. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import indirect, run, quote_fields


def _people(body: str, title: str | None = "T") -> list[tuple]:
    return quote_fields(body, "speaker", "text", "country", title=title)


def _reports(body: str) -> list[tuple[str, str]]:
    return indirect(run(body, "id"))


# ---- a pronoun before a name does not mean the one named ------------------------------------------------

_LETTER = ("Jakarta - Wakil Ketua Pansus Rudi Hartanto mengatakan, pemanggilan itu untuk memastikan kebenaran "
           "surat tersebut.\n\n"
           "\"Keputusan rapat akan memanggil Ibu Sari,\" ujar Rudi usai rapat di Gedung DPR, Rabu (14/6).\n\n"
           "Sari Wulandari adalah mantan anggota DPR yang telah menjadi tersangka. Berikut petikan surat Sari:\n\n"
           "\"Dengan ini saya menyatakan bahwa saya tidak pernah merasa ditekan oleh siapa pun.\"\n\n"
           "Sari akan dipanggil pada hari Senin. Sebelum pemanggilan, Setjen DPR akan berkirim surat kepada KPK.\n\n"
           "Ia berkata, Pansus meyakini KPK akan memenuhi permintaan agar dapat menghadirkan Sari.\n\n"
           "\"Seharusnya karena permintaan pansus, harus diberikan izin,\" ujarnya.")


def test_a_pronoun_report_naming_the_one_quoted_last_goes_on_with_the_one_before():
    got = _people(_LETTER)
    assert ("Rudi Hartanto", "Pansus meyakini KPK akan memenuhi permintaan agar dapat menghadirkan Sari", "ID") in got
    # (the pronoun cue after it goes on with him too; the letter stays hers)
    assert ("Rudi Hartanto", "Seharusnya karena permintaan pansus, harus diberikan izin", "ID") in got
    assert ("Sari Wulandari", "Dengan ini saya menyatakan bahwa saya tidak pernah merasa ditekan oleh siapa pun",
            None) in got


def test_menurutnya_before_the_name_of_the_one_spoken_of_is_the_one_quoted_before():
    body = ("Jakarta - Calon Wali Kota Kendari, Adriatma Dwi Putra berada di lokasi ledakan pada Kamis (9/2).\n\n"
            "Kepala Bidang Humas Polda Sultra AKBP Sunarto Wibowo membenarkan informasi tersebut. "
            "\"Ya benar,\" katanya kepada wartawan.\n\n"
            "Rumah itu milik Wali Kota Kendari. Sementara Adriatma adalah putra dari wali kota. Menurutnya, "
            "Adriatma tengah berada di lantai dua bersama istrinya saat ledakan terjadi.")
    assert ("Sunarto Wibowo", "Adriatma tengah berada di lantai dua bersama istrinya saat ledakan terjadi") \
        in _reports(body)


def test_a_pronoun_report_that_does_not_name_its_referent_keeps_it():
    body = ("Jakarta - Wakil Ketua Pansus Rudi Hartanto memimpin rapat.\n\n"
            "Sari Wulandari adalah mantan anggota DPR. Ia berkata, pansus telah bertindak di luar kewenangannya.")
    assert _reports(body) == [("Sari Wulandari", "pansus telah bertindak di luar kewenangannya")]


def test_a_word_another_person_bears_is_no_naming_of_the_referent():
    # ('tim Sumarno' of Budi Sumarno's brother, named 'Sumarno' too: the word is not only the referent's)
    body = ("Jakarta - Mantan Gubernur Budi Sumarno genap berusia 51 tahun. \"Iya besok Pak Budi ulang tahun,\" "
            "kata adiknya, Rina Sumarno.\n\n"
            "Sementara itu, kuasa hukum Budi Sumarno, Tono Wijaya, mengatakan hal serupa. Menurut dia, tim Sumarno "
            "bakal datang ke Mako Brimob.")
    assert ("Tono Wijaya", "tim Sumarno bakal datang ke Mako Brimob") in _reports(body)


# ---- 'Erlinda juga mengungkapkan ...': a one-word name before the particles of its verb ---------------

def test_a_one_word_name_before_juga_is_the_subject():
    body = ("Jakarta - Sekretaris KPAI Erlinda mengatakan, pelaku sudah ditahan polisi.\n\n"
            "Erlinda juga mengungkapkan anak-anak dalam video tersebut perlu segera menjalani rehabilitasi.")
    assert _people(body)[-1] == ("Erlinda", "anak-anak dalam video tersebut perlu segera menjalani rehabilitasi",
                                 "ID")


def test_a_one_word_name_before_pun_and_sebelumnya_is_the_subject():
    for particle in ("pun", "sebelumnya"):
        body = ("Jakarta - Sekretaris KPAI Erlinda mengatakan, pelaku sudah ditahan polisi.\n\n"
                f"Erlinda {particle} mengatakan warga itu perlu menjalani rehabilitasi.")
        assert _reports(body)[-1] == ("Erlinda", "warga itu perlu menjalani rehabilitasi")


def test_a_one_word_name_then_a_negation_reports_nothing():
    body = ("Jakarta - Sekretaris KPAI Erlinda mengatakan, pelaku sudah ditahan polisi.\n\n"
            "Erlinda tidak mengatakan warga itu perlu menjalani rehabilitasi.")
    assert _reports(body) == [("Erlinda", "pelaku sudah ditahan polisi")]


# ---- 'X usai persidangan mengatakan ...': when or where, between the name and the verb ------------------

def test_an_occasion_between_a_lower_case_office_and_its_verb_leaves_the_holder_speaking():
    body = ("Bengkulu - Hakim menjatuhkan vonis kepada terdakwa.\n\n"
            "Sementara itu penasehat hukum terdakwa M Gunawan usai persidangan mengatakan pihaknya masih "
            "pikir-pikir sebelum memutuskan banding.")
    assert _reports(body) == [("M Gunawan", "pihaknya masih pikir-pikir sebelum memutuskan banding")]


def test_an_occasion_after_an_opening_connector_leaves_the_holder_speaking():
    body = ("Jakarta - Polisi menangkap pelaku.\n\n"
            "Sementara itu Ketua KPAI Rudi Hartanto usai rapat mengatakan pihaknya masih mendalami kasus itu.")
    assert _people(body) == [("Rudi Hartanto", "pihaknya masih mendalami kasus itu", "ID")]


def test_an_opener_right_before_the_verb_is_the_verbs_own_clause():
    # ('sebelum menyatakan keluar': a time clause of the sentence, whose subject is not the name before it)
    body = ("Jakarta - Band itu merilis album terakhirnya pada 2014.\n\n"
            "Album terakhirnya ini menandakan album terakhir Rudi Hartanto sebelum menyatakan keluar dari band "
            "tersebut karena sakit.")
    assert _reports(body) == []


def test_a_time_of_play_is_no_occasion_of_speaking():
    body = ("Munich - Bayern unggul dua gol.\n\n"
            "Eksekusi penalti Rudi Hartanto pada menit ke-33 menegaskan ketajamannya dalam membobol gawang lawan.")
    assert _reports(body) == []


# ---- degrees listed after the name ----------------------------------------------------------------------

def test_a_physicians_degrees_after_the_name_leave_the_name_the_subject():
    body = ("Bandung - Universitas itu mengeluarkan peraturan baru.\n\n"
            "Direktur Akademik Unpad Prof Dr Budi Setiawan, dr., Sp. A(K), M.Kes., mengatakan, program itu "
            "dibuat oleh ketua program studi.")
    assert _reports(body) == [("Budi Setiawan", "program itu dibuat oleh ketua program studi")]


def test_a_specialists_field_after_the_name_is_a_degree():
    body = ("Jakarta - Kanker leher jarang dikenal.\n\n"
            "Spesialis onkologi dari RSCM, Dr. Sari Gondowijoyo, Sp. Rad (K) OnkRad menyebut ada makanan tertentu "
            "yang bisa menjadi pencetus.")
    assert _reports(body) == [("Sari Gondowijoyo", "ada makanan tertentu yang bisa menjadi pencetus")]


# ---- 'Terkait ..., X mengaku, ...': the topic the sentence opens with is part of the report -------------

def test_a_fronted_topic_phrase_opens_the_report():
    body = ("Mataram - Kepala Subdit Gakkum Ditpolair Polda NTB AKBP Dewa Wijaya mengatakan, tujuh pelaku "
            "ditangkap.\n\n"
            "Terkait dengan barang bukti serbuk kristal putih yang diduga sabu, Dewa Wijaya mengaku, pihaknya "
            "masih menunggu hasil cek laboratorium.")
    assert _reports(body)[-1] == ("Dewa Wijaya", "Terkait dengan barang bukti serbuk kristal putih yang diduga "
                                                 "sabu, Dewa Wijaya mengaku, pihaknya masih menunggu hasil cek "
                                                 "laboratorium")


def test_a_fronted_topic_before_a_pronoun_subject_opens_the_report():
    body = ("Jakarta - Menteri Perhubungan Rudi Hartanto meninjau proyek itu.\n\n"
            "Soal pendanaan proyek, ia mengatakan waktu pinjaman akan berakhir pada akhir Agustus.")
    assert _reports(body) == [("Rudi Hartanto", "Soal pendanaan proyek, ia mengatakan waktu pinjaman akan "
                                                "berakhir pada akhir Agustus")]


def test_a_phrase_that_only_points_back_is_a_connector():
    body = ("Jakarta - Menteri Perhubungan Rudi Hartanto meninjau proyek itu.\n\n"
            "Terkait hal itu, ia mengatakan waktu pinjaman akan berakhir pada akhir Agustus.")
    assert _reports(body) == [("Rudi Hartanto", "waktu pinjaman akan berakhir pada akhir Agustus")]


# ---- 'berkukuh', the other spelling of 'bersikukuh' ----------------------------------------------------

def test_berkukuh_with_a_clause_reports_it():
    body = ("Jakarta - Gubernur DKI Jakarta Rudi Hartanto meninjau kawasan wisata itu.\n\n"
            "Rudi pun berkukuh agar uji coba penggratisan tiket untuk pemegang kartu segera dilaksanakan.")
    assert _reports(body) == [("Rudi Hartanto", "uji coba penggratisan tiket untuk pemegang kartu segera "
                                                "dilaksanakan")]


# ---- whose task force, whose commission --------------------------------------------------------------

def test_a_task_force_head_speaks_for_the_state():
    body = ("Jakarta - Tersangka itu ditangkap di sebuah hotel.\n\n"
            "Kepala Tim Satuan Tugas kasus suap itu, Rina Kartika, menyebut pihak yang membantu tersangka "
            "bersembunyi bisa dijerat pidana.")
    assert _people(body) == [("Rina Kartika", "pihak yang membantu tersangka bersembunyi bisa dijerat pidana", "ID")]


def test_a_partys_task_force_speaks_for_no_state():
    body = ("Jakarta - Rapat partai digelar hari ini.\n\n"
            "Kepala Satgas Cakra Buana PDIP Rudi Hartanto mengatakan, pengamanan rapat partai akan diperketat.")
    assert _people(body) == [("Rudi Hartanto", "pengamanan rapat partai akan diperketat", None)]


def test_the_childrens_rights_foundation_is_no_state_body():
    body = ("Jakarta - Video itu beredar luas di media sosial.\n\n"
            "Rudi Hartanto, Ketua Komnas Anak, mengatakan perilaku anak-anak itu karena meniru orang dewasa di "
            "lingkungannya.")
    assert _people(body) == [("Rudi Hartanto", "perilaku anak-anak itu karena meniru orang dewasa di "
                                               "lingkungannya", None)]


def test_a_one_word_speaker_introduced_at_the_foundation_is_not_the_headlines_commission():
    body = ("Jakarta - KPAI meminta polisi mengusut orang dewasa yang terlibat.\n\n"
            "\"Hal ini tak boleh dibiarkan terjadi,\" kata Sekretaris KPAI Erlinda.\n\n"
            "Ketua Komisi Perlindungan Anak (Komnas PA) Arist Merdeka Sirait mengatakan perilaku anak-anak itu "
            "karena meniru orang dewasa.\n\n"
            "\"Fungsi rumah seharusnya menanamkan kebaikan kepada anak-anak,\" kata Arist.")
    got = _people(body, title="Kpai minta polisi usut aksi anak")
    # (the bracketed short form ends the body's name, so 'kata Arist' joins the full name given there)
    assert ("Arist Merdeka Sirait", "Fungsi rumah seharusnya menanamkan kebaikan kepada anak-anak", None) in got


def test_a_report_of_a_few_words_after_a_topic_keeps_its_own_words():
    body = ("Jakarta - GM Operation Officer HIS Rudi Hartanto memaparkan paket wisata.\n\n"
            "Perihal lokasi terbaik untuk menikmati musim gugur, Rudi menyarankan kota Kyoto.")
    # (a noun object, the verb kept: what is said of the topic is too little to carry it)
    assert _reports(body) == [("Rudi Hartanto", "menyarankan kota Kyoto")]


def test_a_report_verb_in_a_relative_clause_yields_to_the_main_verb_after_it():
    for verb in ("berkukuh", "bersikukuh"):
        body = ("Jakarta - Sidang kasus itu berlanjut.\n\n"
                "Namun, pengakuan itu langsung dibantah Sari Wulandari. Sari yang tetap "
                f"{verb} mencabut semua keterangannya menegaskan tidak pernah menerima uang dari terdakwa.")
        assert _reports(body) == [("Sari Wulandari", "tidak pernah menerima uang dari terdakwa")]
