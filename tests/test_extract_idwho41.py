"""Indonesian wrong speakers of the thirty-second session, continued (helper who41): a body that reported
in the sentence before is whom 'Menurutnya' means; a researcher cited as a data source is no one the story
moves on to; companions after 'yang didampingi' are no subject; 'yang juga <office> <name>' names the subject.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _pairs(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


# ---- a body that reported just before is whom 'Menurutnya' means --------------------------------------

def test_menurutnya_after_a_reporting_body_goes_to_the_body():
    body = ("Kepala BNPB Sutopo Purwo Nugroho mengatakan, pendataan korban masih terus dilakukan.\n\n"
            "Sejumlah pihak telah melakukan penanganan darurat. BPBD Poso mengklaim telah menerima bantuan "
            "dari berbagai pihak. Menurutnya, kebutuhan mendesak saat ini adalah air bersih dan tenda.")
    assert _pairs(body)[1:] == [("BPBD Poso", "telah menerima bantuan dari berbagai pihak"),
                                ("BPBD Poso", "kebutuhan mendesak saat ini adalah air bersih dan tenda")]


def test_a_pronoun_cued_quote_after_menurutnya_stays_with_the_body():
    body = ("Kepala BNPB Sutopo Purwo Nugroho mengatakan, pendataan korban masih terus dilakukan.\n\n"
            "BPBD Poso mengklaim telah menerima bantuan dari berbagai pihak. Menurutnya, kebutuhan mendesak "
            "saat ini adalah air bersih dan tenda.\n\n"
            "\"Di beberapa tempat listrik masih padam,\" katanya.")
    assert _speakers(body)[-1] == "BPBD Poso"


def test_a_pronoun_cued_quote_right_after_a_body_report_keeps_the_person_quoted_before():
    # ('Polda Metro Jaya menyarankan ... "...," ujarnya': no '-nya' has meant the body yet; the
    # spokesman quoted before goes on)
    body = ("Kepala Bidang Humas Polda Metro Jaya Argo Yuwono mengatakan, pengamanan sidang sudah disiapkan.\n\n"
            "Polda Metro Jaya menyarankan agar persidangan ditunda hingga hari pemungutan suara.\n\n"
            "\"Penundaan sidang sepenuhnya keputusan ketua pengadilan,\" ujarnya.")
    assert _speakers(body)[-1] == "Argo Yuwono"


# ---- a researcher cited as the source of figures is no one the story moves on to ---------------------

def test_a_data_source_named_after_berdasarkan_data_does_not_take_the_next_pronoun_cue():
    body = ("\"Kami sudah melakukan uji coba di ruas tol,\" kata Kepala Badan Litbang Kementerian PUPR, "
            "Danis Sumadilaga.\n\n"
            "Danis menambahkan, aspal plastik merupakan inovasi untuk mengurangi limbah. Berdasarkan data "
            "Jambeck di 2015, diperkirakan 3,32 juta ton limbah plastik belum terkelola.\n\n"
            "\"Menurut data itu pula, sebagian besar masuk ke laut,\" paparnya.")
    assert _speakers(body)[-1] == "Danis Sumadilaga"


# ---- 'X yang didampingi A dan B mengatakan': X speaks --------------------------------------------------

def test_companions_after_yang_didampingi_are_no_subject():
    body = ("Pelantikan panitia pengawas digelar di Denpasar, Senin.\n\n"
            "Sementara itu, Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra "
            "dan I Wayan Widyardana Putra mengatakan sebelum bertugas panwas akan diberikan bimbingan teknis.")
    speakers = _speakers(body)
    assert len(speakers) == 1 and speakers[0].endswith("Ketut Rudia")  # (the name, with or without 'I')


def test_a_companion_after_yang_ditemani_is_no_subject():
    body = ("Rapat digelar di Balai Kota, Selasa.\n\n"
            "Wali Kota Bogor Bima Arya yang ditemani Wakil Wali Kota Usmar Hariman menjelaskan, "
            "pembangunan jalan akan dimulai bulan depan.")
    assert _speakers(body) == ["Bima Arya"]


# ---- 'anggota lainnya yang juga Ketua X Nama menjelaskan': the one named speaks -------------------------

def test_yang_juga_with_an_office_and_a_name_before_the_verb_names_the_subject():
    body = ("Anggota koalisi Wahyu Widianto mengatakan, pengetahuan tentang isu HAM sangat penting.\n\n"
            "Dalam kesempatan yang sama, anggota lainnya yang juga Ketua PBHI Totok Yuliyanto menjelaskan, "
            "sejauh ini koalisi belum menemukan kekerasan lain.\n\n"
            "\"Semua indikator dimasukkan,\" katanya.")
    assert _speakers(body) == ["Wahyu Widianto", "Totok Yuliyanto", "Totok Yuliyanto"]


def test_yang_juga_before_an_office_alone_leaves_the_named_subject():
    # ('Budi Santoso, yang juga Ketua PBHI, mengatakan': the office describes the one named first)
    body = ("Rapat koalisi digelar di Jakarta.\n\n"
            "Budi Santoso, yang juga Ketua PBHI, mengatakan koalisi belum menemukan kekerasan lain.")
    assert _speakers(body) == ["Budi Santoso"]
