"""Indonesian wrong speakers (helper idwho, forty-sixth session): an adverb of return that opens a sentence with a
capital ('Sepulang dari'), a train's or a ship's name after its short word ('KA Kutojaya'), a music or film firm's
last word ('YG Entertainment'), and a quote closed by a comma with the cue verb left out before an office and a name.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- an adverb opening the sentence is no one's name nor a role -------------------------------------------------

def test_secara_terpisah_still_opens_a_speaker_sentence():
    body = "Secara terpisah, Kepala Dinas Perhubungan Budi Santoso mengatakan jalan itu akan ditutup sementara."
    assert _who(body) == [("Budi Santoso", "Kepala Dinas Perhubungan")]


def test_a_speaker_after_an_opening_adverb_of_return_keeps_no_adverb_in_the_role():
    body = ("Sepulang dari Australia, Menteri Perhubungan Budi Karya Sumadi mengatakan kerja sama itu akan "
            "segera ditandatangani.")
    assert _who(body) == [("Budi Karya Sumadi", "Menteri Perhubungan")]


# ---- a train or a ship named by its short word is no person ------------------------------------------

def test_a_train_named_in_narration_does_not_take_a_later_pronoun_cue():
    body = ("Kepala Humas PT KAI Daop 1 Edy Kuswoyo mengatakan tiket kereta tambahan sudah habis terjual.\n\n"
            "Untuk hari Jumat hanya KA Tawang jaya tujuan Semarang, KA Kutojaya tujuan Kutoarjo, dan KA Gumarang "
            "tujuan Surabaya yang masih tersedia.\n\n"
            "\"Perjalanan dari stasiun Gambir telah mencapai volume 100 persen,\" tuturnya.")
    assert [s for s, _ in _who(body)] == ["Edy Kuswoyo", "Edy Kuswoyo"]


def test_an_office_holder_of_the_railway_firm_still_speaks():
    body = "\"Kami menambah delapan kereta,\" kata Direktur Utama PT KAI Edi Sukmoro di Jakarta."
    assert _who(body) == [("Edi Sukmoro", "Direktur Utama PT KAI")]


# ---- a music or film firm's last word closes a firm's name, never makes a person ----------------------

def test_an_entertainment_agency_named_alone_speaks_as_the_firm():
    body = ("Tak lama kemudian, agensi yang menaungi penyanyi itu, YG Entertainment, mengonfirmasi soal kondisi "
            "artisnya. Mereka mengatakan penyanyi itu sedang dirawat di rumah sakit.\n\n"
            "\"Kami sedang memantau kondisinya,\" tulis YG Entertainment dalam pernyataannya.")
    assert set(quote_fields(body, "speaker", "speaker_type")) == {("YG Entertainment", "organization")}


def test_the_head_of_a_film_firm_is_named_after_the_firm():
    body = "\"Film ini kami garap selama dua tahun,\" kata CEO MD Pictures Manoj Punjabi di Jakarta."
    assert _who(body) == [("Manoj Punjabi", "CEO MD Pictures")]


def test_a_person_named_before_the_firm_still_speaks():
    body = "Produser Manoj Punjabi dari MD Pictures mengatakan film itu akan tayang bulan depan."
    assert [s for s, _ in _who(body)] == ["Manoj Punjabi"]


# ---- a quote closed by a comma, then an office and a name, the cue verb left out -------------------------

def test_an_office_and_name_after_a_comma_closed_quote_speak_without_a_verb():
    body = ("Kementerian Luar Negeri menyatakan pemerintah masih berupaya memulangkan seorang perempuan.\n\n"
            "“Kami terus upayakan proses pemulangan sesuai keinginan yang bersangkutan. Namun, masih ada beberapa "
            "proses pemeriksaan,” Juru Bicara Arrmanatha Nasir di Gedung Kemlu RI, Jakarta, Kamis (20/7).")
    assert [s for s, _ in _who(body)] == ["Kementerian Luar Negeri", "Arrmanatha Nasir"]


def test_the_verbless_cue_may_go_on_with_when_the_words_were_said():
    body = ("Kepala Bappenas Bambang Brodjonegoro mengatakan pemindahan ibu kota butuh lima tahun. DPR menolak "
            "anggaran itu.\n\n"
            "\"Apa urgensinya? Itu jauh lebih penting untuk mengentas kemiskinan,\" Wakil Ketua Komisi XI DPR "
            "Achmad Hafisz Tohir usai rapat bersama pemerintah, Senin (24/7) lalu.")
    assert _who(body)[-1] == ("Achmad Hafisz Tohir", "Wakil Ketua Komisi XI DPR")


def test_a_name_after_a_quote_closed_by_a_full_stop_is_no_verbless_cue():
    body = ("Kepala Bappenas Bambang Brodjonegoro mengatakan pemindahan ibu kota butuh lima tahun.\n\n"
            "\"Kajian itu harus selesai tahun ini dan kami akan mengumumkan hasilnya,\" kata Bambang. "
            "\"Pemindahan ibu kota adalah keputusan besar bagi negara.\" Wakil Ketua Komisi XI DPR Achmad Hafisz "
            "Tohir di Jakarta menolak anggaran itu.")
    assert "Achmad Hafisz Tohir" not in [s for s, _ in _who(body)]
