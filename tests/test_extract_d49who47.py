"""Who said what in Indonesian text (helper d49who, forty-seventh session): dev49's misses and wrong speakers.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body):
    return [s for s, _ in _quotes(body)]


# ---- 'only' and a count before 'yang': a cleft, a clause reported -------------------------------------

def test_hanya_a_count_and_a_noun_before_yang_is_a_clause():
    body = ("Menteri Keuangan Sri Mulyani Indrawati memaparkan hanya 240 dokter yang mengikuti program pengampunan "
            "pajak hingga akhir Oktober.\n")
    assert ("Sri Mulyani Indrawati", "hanya 240 dokter yang mengikuti program pengampunan pajak hingga akhir "
            "Oktober") in _quotes(body)


def test_a_share_then_hanya_a_count_before_yang_is_a_clause():
    body = ("Kepala Dinas Pendidikan Budi Santoso memaparkan dari 5.120 guru terdaftar hanya 1.304 yang memiliki "
            "sertifikat pendidik.\n")
    assert ("Budi Santoso", "dari 5.120 guru terdaftar hanya 1.304 yang memiliki sertifikat pendidik") \
        in _quotes(body)


def test_a_count_before_yang_without_hanya_is_a_list_named():
    body = "Kepala Dinas Pendidikan Budi Santoso memaparkan 240 dokter yang mengikuti program pengampunan pajak.\n"
    assert "Budi Santoso" not in _speakers(body)


# ---- 'menggarisbawahi' with a comma right after it ------------------------------------------------------

def test_menggarisbawahi_and_a_comma_reports_the_clause():
    body = ("Sekretaris Jenderal IDI Adib Khumaidi mengatakan jumlah dokter masih kurang.\n\n"
            "Adib menggarisbawahi, siaga 24 jam bukan berarti seorang dokter harus terjaga sepanjang hari.\n")
    assert ("Adib Khumaidi", "siaga 24 jam bukan berarti seorang dokter harus terjaga sepanjang hari") \
        in _quotes(body)


def test_menggarisbawahi_with_no_comma_is_a_point_made():
    body = "Resolusi itu juga menggarisbawahi tidak akan mengakui perubahan apa pun atas garis perbatasan.\n"
    assert _quotes(body) == []


# ---- a kind of person, then a one-word name ---------------------------------------------------------------

def test_a_kind_of_person_then_a_one_word_name_speaks():
    body = "Saksi mata lainnya Marco mengatakan dia adalah salah satu yang tertimpa kerumunan orang.\n"
    assert ("Marco", "dia adalah salah satu yang tertimpa kerumunan orang") in _quotes(body)


def test_the_one_word_name_after_a_kind_of_person_keeps_the_next_pronoun_cue():
    body = ("\u201cKami mendengar suara keras lalu semua orang jatuh,\u201d kata Luca, yang berada di lokasi.\n\n"
            "Saksi mata lainnya Marco mengatakan dia adalah salah satu yang tertimpa kerumunan orang.\n\n"
            "\u201cSemua orang sepertinya jatuh di atas saya,\u201d kata dia.\n")
    assert ("Marco", "Semua orang sepertinya jatuh di atas saya") in _quotes(body)


def test_a_kind_of_person_after_an_opening_phrase_then_a_one_word_name_speaks():
    body = ("Dalam sidang itu, hakim Kusnadi juga mengatakan perkara pokok sudah disidangkan sehingga permohonan "
            "dinyatakan gugur.\n")
    assert "Kusnadi" in _speakers(body)


def test_a_one_word_name_in_a_description_after_a_name_is_what_it_describes():
    body = "Snap Inc, pemilik aplikasi populer Snapchat, mengatakan akan mengeluarkan 1 miliar dolar tahun depan.\n"
    assert "Snapchat" not in _speakers(body)


def test_a_place_after_a_kind_of_person_is_no_name():
    body = "Korban banjir Bekasi mengatakan air mulai naik sejak pukul dua dini hari.\n"
    assert "Bekasi" not in _speakers(body)


def test_a_description_with_a_relative_clause_is_no_kind_of_person_before_a_name():
    body = "Pedagang yang ditemui Budi mengatakan harga cabai naik sejak awal pekan.\n"
    assert "Budi" not in _speakers(body)


# ---- 'otoritas' in lower case: the unnamed authorities ----------------------------------------------------

def test_lower_case_otoritas_after_an_opening_phrase_is_the_authorities():
    body = ("Otoritas setempat menyebut kericuhan pecah sepuluh menit sebelum pertandingan berakhir.\n\n"
            "Sementara itu, usai mengadakan penyelidikan, otoritas menyebut ledakan disebabkan oleh petasan.\n")
    assert ("Otoritas setempat", "ledakan disebabkan oleh petasan") in _quotes(body)


# ---- a concessive clause holding the sentence's only report -----------------------------------------------

def test_a_concessive_clause_reports_when_the_main_clause_does_not():
    body = "Kendati polisi menyebut dua ratus orang terluka dalam kericuhan itu, kebanyakan hanya menderita luka ringan.\n"
    assert ("polisi", "dua ratus orang terluka dalam kericuhan itu") in _quotes(body)


def test_a_concessive_clause_leaves_the_report_to_a_main_clause_that_reports():
    body = "Meskipun Malaysia sudah menyatakan penyesalan, Dadang mengatakan warga tetap kecewa dengan sikap itu.\n"
    assert _speakers(body) == ["Dadang"]


# ---- a passive speech verb with its agent, then 'Ia' ------------------------------------------------------

def test_ia_after_a_passive_speech_verb_with_its_agent_is_the_agent():
    body = ("\u201cKeterlibatan itu ada dua tingkat,\u201d kata pengamat kebijakan publik Erwan Santoso kepada wartawan.\n\n"
            "Desakan mundur bagi pegawai yang terlibat ormas terlarang disampaikan pertama kali oleh Menteri Dalam "
            "Negeri Tjahjo Kumolo. Ia mengaku telah mengirim instruksi kepada seluruh kepala daerah untuk mengawasi "
            "bawahannya.\n")
    assert ("Tjahjo Kumolo", "telah mengirim instruksi kepada seluruh kepala daerah untuk mengawasi bawahannya") \
        in _quotes(body)


def test_ia_after_a_passive_speech_verb_with_no_agent_stays_with_the_last_speaker():
    body = ("\u201cKeterlibatan itu ada dua tingkat,\u201d kata pengamat kebijakan publik Erwan Santoso kepada wartawan.\n\n"
            "Desakan mundur bagi pegawai yang terlibat ormas terlarang disampaikan dalam rapat bersama Menteri Dalam "
            "Negeri Tjahjo Kumolo. Ia mengaku telah mengirim instruksi kepada seluruh kepala daerah untuk mengawasi "
            "bawahannya.\n")
    assert "Tjahjo Kumolo" not in _speakers(body)


# ---- 'Ditulisnya' opening a sentence: written, by the account quoted before --------------------------------

def test_ditulisnya_opening_the_sentence_is_the_account_quoted_before():
    body = ("\u201cKapolda memberi penghargaan kepada Aiptu Sutisna atas kesabarannya,\u201d tulis akun @TMCPoldaMetro, "
            "Rabu (14/12).\n\nDitulisnya kembali, penghargaan tersebut diberikan di hadapan para perwira menengah.\n")
    assert ("@TMCPoldaMetro", "penghargaan tersebut diberikan di hadapan para perwira menengah") in _quotes(body)


def test_ditulis_with_no_pronoun_is_no_cue():
    body = ("\u201cKapolda memberi penghargaan kepada Aiptu Sutisna atas kesabarannya,\u201d tulis akun @TMCPoldaMetro, "
            "Rabu (14/12).\n\nDitulis pada 2015, buku tersebut kini dicetak ulang oleh penerbit di Jakarta.\n")
    assert len(_quotes(body)) == 1
