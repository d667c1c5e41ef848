"""Indonesian speakers and furniture (helper h_idwho45): the numbered points of a document an announcing
paragraph names the writer of ('Berikut klarifikasi lengkap yang dituliskan X:' then '1. Saya ...') are the
writer's reports; English firm titles of two words ('Field Manager', 'Public Relation') open a role; datelines
with a wire's desk or a slip in its name, a slash in the place, the outlet's web name before the place, or a
place in capitals with its dash against the word after it are furniture. Sentences invented for these tests,
in the shape of Indonesian news."""
from __future__ import annotations

from generator.extract import load_pack
from generator.extract.furniture import find_furniture

from .extract_cases import direct_speakers, indirect, run


# ---- the numbered points of an announced document ------------------------------------------------------------

_LETTER = ("Ustaz Ahmad Fauzi mengaku ditolak masuk saat tiba di Singapura pada Sabtu.\n\n"
           "Berikut klarifikasi lengkap yang dituliskan Ahmad Fauzi:\n\n"
           "KLARIFIKASI TENTANG KUNJUNGAN KE SINGAPURA\n\n"
           "1. Saya sampai di bandara pukul 10.00 WIB.\n\n"
           "2. Petugas meminta saya membuka tas dan menanyakan pekerjaan saya.\n\n"
           "3. Kita hanya bisa berusaha dan berdoa.\n\n"
           "Polisi setempat belum memberikan keterangan soal kejadian itu.\n")


def test_each_numbered_point_of_the_announced_document_is_the_writers():
    reports = indirect(run(_LETTER))
    assert ("Ahmad Fauzi", "Saya sampai di bandara pukul 10.00 WIB") in reports
    assert ("Ahmad Fauzi", "Petugas meminta saya membuka tas dan menanyakan pekerjaan saya") in reports
    assert ("Ahmad Fauzi", "Kita hanya bisa berusaha dan berdoa") in reports


def test_a_document_noun_of_two_words_announces_the_points_too():
    reports = indirect(run(_LETTER.replace("klarifikasi lengkap yang dituliskan", "siaran pers yang dikeluarkan")))
    assert ("Ahmad Fauzi", "Saya sampai di bandara pukul 10.00 WIB") in reports


def test_a_list_that_is_no_document_of_a_writer_gives_no_reports():
    reports = indirect(run(_LETTER.replace("klarifikasi lengkap yang dituliskan", "daftar harga yang dikirim")))
    assert not any(t.startswith("Saya sampai di bandara") for _, t in reports)


def test_no_sentence_inside_a_point_is_read_as_a_report_of_its_own():
    reports = indirect(run(_LETTER))
    assert not any(t.startswith("meminta saya") for _, t in reports)


def test_the_document_ends_at_the_first_paragraph_without_a_number():
    reports = indirect(run(_LETTER))
    assert not any("belum memberikan keterangan" in t for s, t in reports if s == "Ahmad Fauzi")


def test_a_letters_points_after_its_own_opening_paragraph():
    body = ("Menteri Keuangan Sri Wahyuni menyurati dua menteri soal keuangan PT Listrik Nusantara.\n\n"
            "Berikut isi lengkap surat Sri Wahyuni kepada kedua menteri:\n\n"
            "Berkenaan dengan pengelolaan risiko keuangan negara, dapat kami sampaikan sebagai berikut:\n\n"
            "1. Kinerja perusahaan ditinjau dari sisi keuangan terus mengalami penurunan.\n\n"
            "2. Kami berpendapat perlu dilakukan penyesuaian target investasi perusahaan.\n")
    reports = indirect(run(body))
    assert ("Sri Wahyuni", "Kinerja perusahaan ditinjau dari sisi keuangan terus mengalami penurunan") in reports
    assert ("Sri Wahyuni", "Kami berpendapat perlu dilakukan penyesuaian target investasi perusahaan") in reports


def test_a_list_announced_without_a_document_is_nobodys():
    body = ("Pelatih Budi Santoso memanggil 23 pemain untuk laga pekan depan.\n\n"
            "Berikut daftar pemain yang dipanggil Budi Santoso:\n\n"
            "1. Andi Pratama menjadi kapten tim.\n\n"
            "2. Rudi Hartono kembali dari cedera.\n")
    assert not any(s == "Budi Santoso" and t.startswith(("Andi", "Rudi")) for s, t in indirect(run(body)))


def test_points_under_an_announcement_naming_no_one_are_nobodys():
    body = ("Kementerian menerbitkan aturan baru pekan ini.\n\n"
            "Berikut pernyataan lengkap kementerian:\n\n"
            "1. Semua warga wajib mendaftar paling lambat akhir bulan.\n\n"
            "2. Pendaftaran dilakukan di kantor kelurahan.\n")
    assert not any(t.startswith(("Semua warga", "Pendaftaran")) and s and " " in s
                   for s, t in indirect(run(body)) if s != "Kementerian")


# ---- English firm titles of two words --------------------------------------------------------------------------

def test_a_two_word_english_firm_title_after_the_name_is_the_role():
    body = "Armand Hukom, Field Manager Pertamina EP mengatakan capaian tersebut diperoleh dari berbagai kegiatan.\n"
    assert [s for s, _ in indirect(run(body))] == ["Armand Hukom"]


def test_public_relation_opens_the_role_before_the_name():
    body = ("Public Relation PT Suzuki Indomobil Sales (SIS) Rafi Al Gani mengatakan penjualan "
            "sepeda motor naik tahun ini.\n")
    assert [s for s, _ in indirect(run(body))] == ["Rafi Al Gani"]


# ---- datelines ------------------------------------------------------------------------------------------------

def _dateline(body: str) -> str | None:
    f = find_furniture(body, load_pack("id"))
    return body[f.dateline[0]:f.dateline[1]].strip() if f.dateline else None


def test_a_wires_desk_or_a_slip_in_its_name_is_a_dateline():
    assert _dateline("Kuala Lumpur, (AntaraKL) - Kelompok band asal Yogyakarta bakal konser.") \
        == "Kuala Lumpur, (AntaraKL) -"
    assert _dateline("Madrid (ANTARA Bews) - Gelandang Real Madrid menargetkan juara.") == "Madrid (ANTARA Bews) -"


def test_a_slash_in_the_place_of_a_dateline():
    assert _dateline("Perserikatan Bangsa-Bangsa/PBB, New York (ANTARA News) - Utusan Inggris menyatakan "
                     "negaranya tidak sepakat.") == "Perserikatan Bangsa-Bangsa/PBB, New York (ANTARA News) -"


def test_the_outlets_web_name_before_the_place():
    assert _dateline("JUARA.NET, TOKYO - Pasangan ganda putra Indonesia melaju ke final.") == "JUARA.NET, TOKYO -"


def test_a_place_in_capitals_with_its_dash_against_a_word():
    assert _dateline("SPANYOL– Perdana Menteri Spanyol mengatakan pemimpin Catalonia harus mundur.") == "SPANYOL–"
    assert _dateline("JAKARTA -Wakil Presiden menyatakan setuju.") == "JAKARTA -"


def test_a_hyphenated_brand_opening_the_text_is_no_dateline():
    assert _dateline("GO - JEK perlahan tapi pasti menambah fungsionalitas GO - PAY.") is None
    assert _dateline("Tim nasional (timnas) Indonesia harus menelan pil pahit.") is None


# ---- an office alone as a subject inside another speaker's account -------------------------------------------

_COURT = ('"Pemeriksaan saksi dilakukan tanpa surat panggilan yang sah," ujar hakim tunggal PN Palu, '
          "Imanuel Rommel Danes saat membacakan putusan.\n\n"
          "Sementara itu, kuasa hukum HM, Abdul Aan Achbar mengatakan, kliennya ditetapkan tersangka berdasarkan "
          "surat Polda.\n\n")


def test_a_pronoun_cue_after_an_office_told_of_in_an_account_stays_with_the_account():
    body = _COURT + ("Aan menjelaskan, pemanggilan tanpa prosedur sah menyebabkan penetapan tersangka tidak memiliki "
                     "kekuatan hukum. Hakim menilai langkah kepolisian cacat prosedur.\n\n"
                     '"Dengan demikian, secara hukum status tersangka HM gugur dengan sendirinya," paparnya.\n')
    assert direct_speakers(body)[-1] == "Abdul Aan Achbar"


def test_an_office_opening_its_own_paragraph_is_whom_the_pronoun_means():
    body = _COURT + ("Aan menjelaskan, pemanggilan tanpa prosedur sah menyebabkan penetapan tersangka tidak memiliki "
                     "kekuatan hukum.\n\n"
                     "Hakim menilai langkah kepolisian cacat prosedur.\n\n"
                     '"Dengan demikian, secara hukum status tersangka HM gugur dengan sendirinya," paparnya.\n')
    assert direct_speakers(body)[-1] == "Imanuel Rommel Danes"


def test_an_office_with_a_name_after_it_is_a_new_speaker_in_the_same_paragraph():
    body = ("Rakhman menyatakan saat ini belum terlihat adanya pertambahan anggota kelompok itu. Peneliti pada "
            "Lembaga Studi Hak Asasi Manusia Sulteng Moh Arfandy menyatakan, pengejaran terkesan tak serius. "
            '"Ini menjadi kesempatan untuk mengejar dan menangkap anggota kelompok itu," katanya.\n')
    assert direct_speakers(body) == ["Moh Arfandy"]
