"""Speaker names and roles split in Indonesian text (helper idname, forty-eighth session): an office's
first word, firms' names and English titles inside the phrase, and the source after 'menurut'.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body):
    return [s for s, _ in _quotes(body)]


def _roles(body):
    return quote_fields(body, "speaker", "role")


# ---- the capitalised first word of a lower-case office is no name -----------------------------------------

def test_the_first_word_of_a_lower_case_office_opening_a_sentence_is_no_speaker():
    body = "Juru bicara kepolisian mengatakan pelaku sudah ditangkap di rumahnya pada Senin malam.\n"
    assert "Juru" not in _speakers(body)


def test_a_lower_case_office_with_a_capitalised_body_opening_a_sentence_speaks_whole():
    body = ("Juru bicara kantor Jaksa AS mengatakan, Chen mengaku tidak bersalah atas dakwaan itu dalam sidang "
            "di Los Angeles.\n")
    assert ("Juru bicara kantor Jaksa AS", "US") in quote_fields(body, "speaker", "country")


def test_duta_besar_in_lower_case_is_no_speaker_named_duta():
    body = "Duta besar negara itu menyatakan pemerintahnya akan memanggil pulang seluruh diplomatnya.\n"
    assert "Duta" not in _speakers(body)


def test_an_office_written_with_capitals_before_a_name_still_names_the_person():
    body = ("Juru bicara Kepolisian Daerah Metro Jaya Kombes Argo Yuwono mengatakan pelaku sudah ditangkap di "
            "rumahnya.\n")
    assert _speakers(body) == ["Argo Yuwono"]


# ---- a firm's name inside an English title: a web address with a digit, a platform, a lower-case first letter

def test_a_firm_named_by_a_web_address_opening_with_a_digit_goes_to_the_role():
    body = "\u201cKami sangat senang menyambut tim baru ini,\u201d sambut CEO 99.co Darius Cheung.\n"
    assert _roles(body) == [("Darius Cheung", "CEO 99.co")]


def test_a_digit_inside_a_lower_case_web_address_opens_no_name():
    body = "Menurut data laporcovid19.org, jumlah warga yang meninggal saat isolasi mandiri terus naik.\n"
    assert all("19" not in (s or "") for s in _speakers(body))


def test_a_platform_after_a_title_is_the_firm_not_the_end_of_the_phrase():
    body = "CEO Instagram Kevin Systrom mengatakan fitur baru itu sudah dipakai 100 juta orang setiap hari.\n"
    assert _roles(body) == [("Kevin Systrom", "CEO Instagram")]


def test_a_firm_whose_name_opens_in_lower_case_stays_inside_the_phrase():
    body = ("\u201cTransaksi daring di Asia Tenggara terus tumbuh,\u201d ujar Co-Founder & Group CEO aCommerce "
            "Paul Srivorakul dalam sambutannya.\n")
    assert _roles(body) == [("Paul Srivorakul", "Co-Founder & Group CEO aCommerce")]


def test_managing_partner_is_a_title_before_a_firm_and_a_name():
    body = ("East Ventures kembali memimpin pendanaan tahap awal.\n\n"
            "\u201cTim ini membangun fondasi bisnis yang kuat,\u201d ujar Managing Partner East Ventures "
            "Willson Cuaca.\n\n"
            "Willson menambahkan, pendanaan itu akan dipakai untuk merekrut tim teknologi.\n")
    assert ("Willson Cuaca", "Managing Partner East Ventures") in _roles(body)


# ---- 'menurut' and the source's office between commas -------------------------------------------------------

def test_an_office_in_apposition_after_menurut_and_a_name_is_no_part_of_the_clause():
    body = ("Menurut Adrian Li, Founder & Managing Partner Convergence Ventures, makin banyak investor asal "
            "Tiongkok masuk ke Indonesia.\n")
    assert ("Adrian Li", "makin banyak investor asal Tiongkok masuk ke Indonesia") in _quotes(body)


def test_a_titled_name_after_menurut_and_a_comma_opens_the_clause():
    body = "Menurut Budi Santoso, Presiden Joko Widodo tidak pernah melarang kegiatan itu.\n"
    assert ("Budi Santoso", "Presiden Joko Widodo tidak pernah melarang kegiatan itu") in _quotes(body)


# ---- 'menurut', a name, then a body opening the clause with no comma -----------------------------------------

def test_a_body_after_the_short_name_of_a_source_opens_the_clause():
    body = ("Pengamat politik Erwan Santoso menilai langkah itu tepat.\n\n"
            "Menurut Erwan Partai Demokrat perlu mencari calon untuk kontestasi politik di masa mendatang.\n")
    assert ("Erwan Santoso", "Partai Demokrat perlu mencari calon untuk kontestasi politik di masa mendatang") \
        in _quotes(body)


def test_a_body_after_an_office_and_a_full_name_opens_the_clause():
    body = ("Menurut Ketua Dewan Pakar Partai Golkar Agung Laksono Dewan Pimpinan Pusat belum membahas "
            "usulan tersebut.\n")
    assert ("Agung Laksono", "Dewan Pimpinan Pusat belum membahas usulan tersebut") in _quotes(body)


def test_a_body_inside_the_office_before_the_name_is_no_clause():
    body = "Menurut Ketua Umum Partai Golkar Airlangga Hartarto partainya akan tetap solid.\n"
    assert _quotes(body) == [("Airlangga Hartarto", "partainya akan tetap solid")]


# ---- a lawyer's own name, first written right after the office ----------------------------------------------

def test_a_name_first_written_after_pengacara_is_the_lawyer():
    body = ("\u201cKorban mengingat masa itu sebagai masa terburuk,\u201d kata pengacara Ulrich Weber yang "
            "ditugaskan gereja untuk menyelidiki kasus itu.\n")
    assert _roles(body) == [("Ulrich Weber", "pengacara")]


def test_a_person_named_before_after_kuasa_hukum_is_the_client():
    body = ("Penyanyi Bobbi Kristina Brown meninggal dunia pada Minggu.\n\n"
            "\u201cKeluarga sangat berduka,\u201d kata kuasa hukum Brown kepada wartawan.\n")
    assert _speakers(body) == ["kuasa hukum Brown"]


# ---- 'Bersama' opening a sentence is no word of the role -----------------------------------------------------

def test_bersama_opening_the_sentence_is_no_word_of_the_role_after_it():
    body = ("Bersama CEO Telegram Pavel Durov, pihaknya sedang menyelesaikan detail penanganan konten negatif.\n\n"
            "\u201cKita harus menyiapkan langkah-langkah untuk membuka blokir,\u201d kata Durov.\n")
    assert _roles(body) == [("Pavel Durov", "CEO Telegram")]
