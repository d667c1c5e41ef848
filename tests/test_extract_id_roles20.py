"""Where an Indonesian role ends and a name begins, and who a cue points at (helper h_idrole20).
Sentences invented for these tests, in the shape of Indonesian domestic news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "role", "country", "text")


# ---- a given name written alone as the subject of a speech verb is the person's short name ------

def test_a_given_name_before_a_speech_verb_stays_in_the_name_after_a_bodys_acronym():
    body = ("\"Kami akan memeriksa semua saksi,\" kata Plt Deputi Penindakan dan Eksekusi KPK Yoga Pratama "
            "Saputro di Jakarta, Senin (6/10).\n"
            "Yoga menjelaskan penyidik masih menunggu hasil pemeriksaan dokter.")
    got = _q(body)
    assert ("Yoga Pratama Saputro", "Plt Deputi Penindakan dan Eksekusi KPK", "ID",
            "Kami akan memeriksa semua saksi") in got
    assert any(s == "Yoga Pratama Saputro" and t.startswith("penyidik masih menunggu") for s, _, _, t in got)


def test_a_commissioners_given_name_before_an_initial_stays_in_the_name():
    body = ("Komisioner Komnas HAM Rahmat P Situmorang menyebut penilaian itu dilakukan sejak tahun lalu.\n"
            "Rahmat menyebut, penilaian tersebut akan dilakukan dua kali setiap tahun.")
    got = _q(body)
    assert [s for s, *_ in got] == ["Rahmat P Situmorang", "Rahmat P Situmorang"]
    assert got[0][1] == "Komisioner Komnas HAM"


def test_a_firm_written_alone_before_a_speech_verb_and_with_another_word_stays_out_of_the_name():
    # 'Nusa Motors' and 'Nusa memastikan': the firm's word, not the chief's given name
    body = ("Nusa Motors secara resmi mengumumkan rencana perusahaan.\n"
            "\"Mobil ini akan menjadi standar,\" ungkap CEO Nusa Andi Wirawan.\n"
            "Nusa memastikan sistem baru lebih bertenaga.")
    got = _q(body)
    assert ("Andi Wirawan", "CEO Nusa", None, "Mobil ini akan menjadi standar") in got


# ---- a Roman numeral numbers the unit that closes the role ----------------------------------------

def test_a_roman_numeral_after_a_unit_closes_the_role():
    body = "\"Daerah itu kaya tambang,\" kata Kepala Satgas Koordinasi dan Supervisi KPK Wilayah IV Rina Lestari di Jakarta."
    assert _q(body) == [("Rina Lestari", "Kepala Satgas Koordinasi dan Supervisi KPK Wilayah IV", "ID",
                         "Daerah itu kaya tambang")]


def test_a_balinese_i_still_opens_a_name_and_a_numeral_still_ends_one():
    got = _q("\"Kami siap,\" kata Kepala Dinas Kesehatan Bali I Made Sutrisna di Denpasar.")
    assert got[0][0] == "I Made Sutrisna"
    got = _q("\"Kami siap membantu,\" kata Sri Sultan Hamengku Buwono X di Yogyakarta.")
    assert got[0][0] == "Hamengku Buwono X"


# ---- the home state's mission named by its host city is the mission speaking ---------------------

def test_an_embassy_named_by_its_host_city_is_the_speaker():
    got = _q("KBRI Phnom Penh mengatakan ada 20 WNI yang ditahan polisi setempat.")
    assert got == [("KBRI Phnom Penh", None, "ID", "ada 20 WNI yang ditahan polisi setempat")]
    got = _q("Menurut KJRI Jeddah, para jemaah itu sudah dipulangkan.")
    assert got == [("KJRI Jeddah", None, "ID", "para jemaah itu sudah dipulangkan")]


def test_an_office_in_a_mission_or_a_consul_keeps_the_persons_name():
    got = _q("\"Kami terus memantau,\" kata Atase Hukum KBRI Riyadh Darmawan Putra.")
    assert got[0][:3] == ("Darmawan Putra", "Atase Hukum KBRI Riyadh", "ID")
    got = _q("\"Kami terus memantau,\" kata Konsul Jenderal RI Darmawan Putra.")
    assert got[0][:3] == ("Darmawan Putra", "Konsul Jenderal RI", "ID")


# ---- an office closed by an anaphor before a verb points back at the person named ----------------

def test_an_office_with_itu_before_a_plain_verb_points_at_the_person_not_the_body():
    body = ("Menteri Pertanian Darmawan Putra mengatakan tarif benih jagung turun mulai pekan depan.\n"
            "Darmawan menyebut tarif itu turun untuk kedua kalinya. Kepala Badan Pangan Nasional itu merinci "
            "tarif benih per kilogram.\n"
            "\"Sekilo kini Rp 9.000. Petani senang sekali,\" terangnya.")
    got = _q(body)
    assert ("Darmawan Putra", "Menteri Pertanian", "ID", "Sekilo kini Rp 9.000. Petani senang sekali") in got


def test_an_office_alone_with_itu_is_no_name():
    body = ("Menteri Pertanian Darmawan Putra mengatakan tarif benih jagung turun mulai pekan depan.\n"
            "Menteri Pertanian itu merinci tarif benih per kilogram.\n"
            "\"Sekilo kini Rp 9.000,\" terangnya.")
    assert [s for s, *_ in _q(body)] == ["Darmawan Putra", "Darmawan Putra"]


def test_a_body_named_again_by_its_head_noun_and_itu_stays_the_body():
    body = ("Komisi Pemberantasan Korupsi (KPK) menyatakan akan memeriksa semua pejabat. Lembaga itu "
            "merinci daftar pejabat yang dipanggil.\n"
            "\"Semua akan kami periksa,\" terangnya.")
    assert ("Komisi Pemberantasan Korupsi", None, "ID", "Semua akan kami periksa") in _q(body)


# ---- a home body named by its short name alone after a cue is the speaker -------------------------

def test_a_home_bodys_short_name_after_a_cue_speaks_not_the_government_named_before():
    body = ("Pemerintah memutuskan untuk menunda pemilihan kepala desa di sejumlah daerah.\n"
            "\"Pengawasan tetap berjalan di semua daerah,\" kata Bawaslu dalam keterangannya.")
    assert _q(body)[-1] == ("Bawaslu", None, "ID", "Pengawasan tetap berjalan di semua daerah")


def test_according_to_a_home_bodys_short_name():
    body = ("Pemerintah memutuskan untuk menunda pemilihan kepala desa.\n"
            "Menurut KPU, pengawasan tetap berjalan di semua daerah.")
    assert _q(body) == [("KPU", None, "ID", "pengawasan tetap berjalan di semua daerah")]


def test_a_home_body_opening_a_sentence_leaves_the_next_pronoun_cue_to_its_spokesman():
    body = ("\"Kami sudah berkoordinasi dengan kampus,\" ujar Direktur Kelembagaan Kemendikti Rudi Hartono "
            "di Jakarta.\n"
            "Kemendikti mempercayai pihak kampus akan bijak menangani kasus ini.\n"
            "\"Kampus sudah membentuk tim sendiri,\" ujarnya.")
    assert [s for s, *_ in _q(body)] == ["Rudi Hartono", "Rudi Hartono"]


# ---- an office whose body's name lists fields with commas or has a short form in brackets ---------

def _roles(body: str):
    return quote_fields(body, "speaker", "role", "country")


def test_a_titled_body_with_its_short_form_in_apposition_after_a_cue_keeps_the_title():
    body = ("\"Tidak ada pemotongan,\" kata Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi "
            "Maluku, Sari Wulandari, kepada wartawan.")
    assert _roles(body) == [("Sari Wulandari",
                             "Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi Maluku", "ID")]


def test_a_lower_case_office_of_a_court_in_apposition_after_a_cue_keeps_the_office():
    body = "\"Permohonan itu sedang diperiksa,\" kata juru bicara Pengadilan Negeri Kota Baru, Sutrisno, kepada wartawan."
    assert _roles(body) == [("Sutrisno", "juru bicara Pengadilan Negeri Kota Baru", "ID")]


def test_fields_of_a_bodys_name_listed_with_commas_after_a_cue_stay_in_the_office():
    body = ("\"Acara itu digelar bulan depan,\" kata Kepala Dinas Kepemudaan, Olahraga, dan Pariwisata "
            "(Disporapar) Provinsi Maluku, Darmawan Putra, kepada wartawan.")
    assert _roles(body) == [("Darmawan Putra",
                             "Kepala Dinas Kepemudaan, Olahraga, dan Pariwisata (Disporapar) Provinsi Maluku", "ID")]


def test_fields_of_a_bodys_name_listed_with_commas_opening_the_sentence_are_the_office():
    body = ("Sementara itu, Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP) Provinsi Maluku, "
            "Darmawan Putra, mengatakan program itu masih dalam tahap kajian.")
    assert _roles(body) == [("Darmawan Putra",
                             "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (DKPKP) Provinsi Maluku", "ID")]
    body = ("Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi Maluku, Sari Wulandari, "
            "mengatakan anggaran itu tidak dipotong.")
    assert _roles(body) == [("Sari Wulandari",
                             "Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi Maluku", "ID")]


def test_a_place_and_a_name_after_an_opener_give_no_office():
    assert _roles("Jakarta, Darmawan Putra mengatakan anggaran itu tidak dipotong.") == [("Darmawan Putra", None, None)]


# ---- Indonesia's regencies and cities are places that close a role -------------------------------

def test_a_regency_after_a_regents_title_closes_the_role():
    got = _roles("\"Jalan itu akan diperbaiki,\" kata Bupati Sijunjung Yoga Pratama Saputra.")
    assert got == [("Yoga Pratama Saputra", "Bupati Sijunjung", "ID")]


def test_a_regency_after_a_regional_parliaments_title_closes_the_role():
    got = _roles("\"Anggaran itu sudah disahkan,\" kata Ketua DPRD Mukomuko Rini Lestari.")
    assert got == [("Rini Lestari", "Ketua DPRD Mukomuko", "ID")]


def test_a_regency_that_is_also_a_given_name_is_left_out_of_the_places():
    got = _roles("\"Kami siap membantu,\" kata Wakil Ketua Komisi II DPR Bima Sakti Wardana di Jakarta.")
    assert got[0][0] == "Bima Sakti Wardana"


# ---- a passive clause after a name is no apposition -----------------------------------------------

def test_a_passive_clause_after_menurut_and_a_name_is_no_office():
    body = ("\"Orang pasti mencari kerja di kota,\" kata Kepala Dinas Sosial (Dinsos) Kota Baru, Yoga Pratama "
            "saat ditemui di kantornya.\n"
            "Menurut Yoga, pasar desa dinilai lebih ramai pada musim panen.")
    got = _roles(body)
    assert got[-1] == ("Yoga Pratama", "Kepala Dinas Sosial (Dinsos) Kota Baru", "ID")


# ---- a province (or its short form) closing a body's name, then the head's one-word name ----------

def test_a_one_word_name_after_a_body_closed_by_a_province_short_form_is_the_head():
    body = "Kepala Kejaksaan Tinggi Sumsel Haryanto menambahkan, pembangunan gedung itu terus berjalan."
    assert _roles(body) == [("Haryanto", "Kepala Kejaksaan Tinggi Sumsel", "ID")]
    body = "\"Pembangunan terus berjalan,\" kata Kepala Kejaksaan Tinggi Jawa Tengah Haryanto."
    assert _roles(body) == [("Haryanto", "Kepala Kejaksaan Tinggi Jawa Tengah", "ID")]


def test_a_body_closed_by_a_town_or_a_place_word_stays_the_body():
    assert _roles("\"Kami menolak,\" kata Kejaksaan Negeri Bogor.") == [("Kejaksaan Negeri Bogor", None, "ID")]
    assert _roles("\"Kami menolak,\" kata Polda Metro Jaya.") == [("Polda Metro Jaya", None, "ID")]


def test_a_states_name_with_an_age_after_it_is_a_person():
    body = "\"Motor saya mogok karena airnya masuk mesin,\" kata Jordania (27), pengendara asal Demak."
    assert _roles(body) == [("Jordania", None, None)]


# ---- a state after a relative clause in apposition qualifies the clause's office ------------------

def test_a_state_closing_a_relative_clause_before_the_verb_is_no_subject():
    body = ("Kepala Badan Antariksa Nasional Rudi Wibowo, yang juga Menteri Energi, Amerika Serikat, "
            "mengungkapkan bahwa anggaran riset akan dipangkas. \"Semua prioritas lain akan kami singkirkan,\" ujarnya.")
    assert [q[0] for q in _roles(body)] == ["Rudi Wibowo", "Rudi Wibowo"]
