"""Who said what in Indonesian text (helper d44who, forty-second session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


# ---- 'menurut X,' interrupting a clause with no comma before it ------------------------------------

def test_a_source_cue_inside_a_clause_keeps_the_sentence_whole():
    body = ("Direktur Jenderal Pengelolaan Ruang Laut Budi Santoso hadir dalam acara itu.\n\n"
            "Ancaman utama penurunan populasi ikan itu menurut Budi, selain kerusakan lingkungan juga "
            "tingginya permintaan pasar.\n")
    assert ("Budi Santoso", "Ancaman utama penurunan populasi ikan itu menurut Budi, selain kerusakan "
            "lingkungan juga tingginya permintaan pasar") in _quotes(body)


def test_a_source_cue_after_a_connective_reports_the_clause_after_it():
    body = ("Direktur maskapai itu, Saleh Jasser, hadir dalam rapat.\n\n"
            "Padahal menurut Jasser, permohonan mendarat telah diajukan sejak beberapa hari lalu.\n")
    got = _quotes(body)
    assert not any(t.startswith("Padahal") for _, t in got)


def test_a_source_cue_after_a_conjunction_and_a_comma_is_not_the_whole_sentence():
    body = ("Sejumlah media menilai ponsel itu.\n\n"
            "Kelebihannya hampir sama seperti ponsel lain, tapi menurut Budi Santoso, baterainya mampu "
            "bertahan dua hari.\n")
    assert not any(t.startswith("Kelebihannya") for _, t in _quotes(body))


# ---- a bare title opening a narrated sentence is the holder named before ---------------------------

_TITLE = ("Presiden Joko Widodo didampingi Panglima TNI Jenderal TNI Gatot Nurmantyo mencoba Panser Anoa "
          "Amfibi yang baru dibeli dari PT Pindad.\n\n"
          "Panser Anoa Amfibi selanjutnya melintasi danau Mabes TNI menuju tempat rapat.\n\n"
          "Panglima TNI membuka Rapat Pimpinan TNI tahun 2017 di Aula Gatot Subroto.\n\n"
          "\"Rapim ini sangat penting,\" katanya.\n")


def test_a_bare_title_subject_is_whom_the_next_pronoun_cue_means():
    assert ("Gatot Nurmantyo", "Rapim ini sangat penting") in _quotes(_TITLE)


def test_a_source_opener_is_no_bare_title():
    body = ("Kris Jenner dilaporkan punya rencana besar untuk cucunya.\n\n"
            "\"Kris sudah mulai bicara tentang edisi spesial,\" ujar seorang sumber.\n\n"
            "Menurut sumber yang lain, Kim dan Kanye ingin memberikan hak eksklusif kepada media.\n\n"
            "\"Mereka mungkin ingin mengungkapnya secara gratis di media sosial,\" ujar sumber itu.\n")
    got = _quotes(body)
    assert ("Kris Jenner", "Mereka mungkin ingin mengungkapnya secara gratis di media sosial") not in got


def test_a_bare_title_no_one_was_named_with_names_no_one():
    body = ("Rapat itu diikuti oleh 184 peserta.\n\n"
            "Presiden akan memberikan pengarahan dalam rapat itu.\n\n"
            "\"Rapim ini sangat penting,\" katanya.\n")
    assert not any(s == "Presiden" for s, _ in _quotes(body))


# ---- 'menyampaikan itu saat ...': a bare demonstrative object, then only when ----------------------

def test_a_bare_demonstrative_object_then_the_occasion_is_no_report():
    body = ("Pengacara Anton Taofik mengaku telah membeberkan semuanya kepada penyidik.\n\n"
            "Anton menyampaikan itu saat ditanya mengenai pertemuan di kantor pengacara.\n")
    assert not any(t.startswith("itu saat") for _, t in _quotes(body))


def test_a_demonstrative_then_now_is_a_clause_of_its_own():
    body = "Pengacara Anton Taofik mengatakan ini saat yang tepat untuk membuka semua fakta persidangan.\n"
    assert any(s == "Anton Taofik" for s, _ in _quotes(body))


# ---- a year closing the body's name before the speaker's name in apposition ------------------------

def test_a_year_after_the_body_in_a_description_leaves_the_name_after_it_the_speaker():
    body = ("Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) merilis hasil penelitian.\n\n"
            "\"Pemahaman publik terhadap pelaku utama adalah pengusaha,\" kata anggota tim ahli survei analisis "
            "IPP PUPPT 2017, Ali Said di kantor PPATK, Jakarta Pusat, Selasa (19/12).\n")
    assert _quotes(body)[0][0] == "Ali Said"


# ---- 'menjawab,' and 'mengusulkan,' with a clause after the comma ----------------------------------

def test_an_answer_with_a_comma_reports_the_clause():
    body = ("Angelina Sondakh bersaksi di Pengadilan Tipikor.\n\n"
            "Hakim lantas menanyakan pengaruh Nazaruddin di parlemen. Angie pun menjawab, Nazaruddin memang "
            "berperan besar dalam setiap kebijakan partainya.\n")
    assert ("Angie", "Nazaruddin memang berperan besar dalam setiap kebijakan partainya") in _quotes(body)


def test_a_proposal_with_a_comma_reports_the_clause():
    body = ("Tak cuma itu, Yustinus Prastowo mengusulkan, Direktorat Jenderal Pajak gencar melakukan "
            "sosialisasi ke seluruh masyarakat.\n")
    assert ("Yustinus Prastowo", "Direktorat Jenderal Pajak gencar melakukan sosialisasi ke seluruh "
            "masyarakat") in _quotes(body)


def test_an_answer_in_a_clause_of_time_reports_nothing():
    body = ("Namun, sebelum Min Jae sempat menjawab, Cha Tae Hyun pun melontarkan candaannya kepada "
            "para penonton.\n")
    assert _quotes(body) == []


def test_a_proposal_with_agar_and_an_answered_question_stay_as_they_were():
    body = ("Menteri ESDM, Ignasius Jonan, mengusulkan kepada Kementerian Keuangan agar menetapkan bea "
            "keluar sebanyak 10 persen.\n\n"
            "Kepala Dinas Budi Santoso menjawab pertanyaan wartawan dengan tenang.\n")
    got = _quotes(body)
    assert any(s == "Ignasius Jonan" and "agar menetapkan" in t for s, t in got)
    assert not any(s == "Budi Santoso" for s, _ in got)


# ---- 'Iapun' is the pronoun with its particle ------------------------------------------------------

def test_iapun_is_a_pronoun_not_a_name():
    body = ("Ketua Umum PDI Perjuangan Megawati Soekarnoputri berkunjung ke Kupang, Sabtu.\n\n"
            "\"Orang itu tidak bermoral,\" katanya.\n\n"
            "Iapun mengakui bahwa keberadaan berita bohong di negeri ini semakin merajalela.\n")
    got = _quotes(body)
    assert ("Megawati Soekarnoputri", "keberadaan berita bohong di negeri ini semakin merajalela") in got
    assert not any(s == "Iapun" for s, _ in got)
