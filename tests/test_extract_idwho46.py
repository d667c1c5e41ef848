"""Indonesian wrong speakers (helper idwho, forty-sixth session): an adverb of manner or of return that opens a
sentence with a capital ('Secara total', 'Sepulang dari'), and a train's or a ship's name after its short word
('KA Kutojaya'), read as a speaker. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


# ---- an adverb opening the sentence is no one's name -------------------------------------------------

def test_an_opening_adverb_of_manner_is_no_speaker():
    body = ("Ribuan nelayan berunjuk rasa di depan kantor kementerian.\n\n"
            "Selain melegalkan cantrang, Secara total Aliansi Nelayan Indonesia mengajukan sejumlah tuntutan lain "
            "antara lain, membatalkan seluruh aturan yang dibuat menteri.")
    assert all(s != "Secara" for s, _ in _who(body))


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
