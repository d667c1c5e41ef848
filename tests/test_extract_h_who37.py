"""Who said what on Indonesian text (helper h_who37): a connective opening the sentence after a quote is
no speaker; a body's name glossed in brackets does not stop the reading before the person's name.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str, lang: str = "id") -> list[str]:
    return quote_fields(body, "speaker", lang=lang)


# ---- 'Lebih lanjut, X menjelaskan': a connective after a quote, not a name and a cue verb ----------

def test_a_connective_with_a_cue_word_after_a_quote_is_no_speaker():
    body = ("Toko pun menyambut baik kerja sama ini. Rudi Hartono selaku Direktur Toko Maju, memberikan "
            "tanggapannya, \"Kerja sama ini memudahkan pembeli untuk mendapat barang yang mereka inginkan.\" "
            "Lebih lanjut, Rudi menjelaskan bahwa kerja sama ini memperkuat posisi toko.")
    assert _speakers(body) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_name_before_the_cue_word_after_a_quote_is_still_the_speaker():
    # not what the rule must change: '." Budi lanjut ...' names the speaker before the cue word
    body = ("Warga mulai mengungsi sejak pagi.\n"
            "\"Air sudah masuk ke rumah kami sejak subuh tadi.\" Budi Santoso lanjut bercerita soal banjir itu.")
    assert _speakers(body) == ["Budi Santoso"]


# ---- 'kata Juru Bicara Forum X (gloss), Nama': the person after a body glossed in brackets ---------

def test_the_person_after_a_body_glossed_in_brackets_speaks():
    body = ("\"Kami mendukung Budi Santoso agar ikut pemilihan,\" kata Juru Bicara Forum Warga Peduli "
            "(Budi untuk Jawa Tengah), Hendra Wijaya saat deklarasi di Semarang, Senin (3/4).\n"
            "\"Punya jaringan yang luas di daerah,\" ujarnya.")
    assert _speakers(body) == ["Hendra Wijaya", "Hendra Wijaya"]


def test_a_place_after_a_glossed_body_is_not_made_the_speaker():
    # not what the rule must do: no person follows the gloss, so the body stays the speaker
    body = ("\"Kami mendukung Budi Santoso agar ikut pemilihan,\" kata Forum Warga Peduli "
            "(Budi untuk Jawa Tengah), Semarang.")
    assert _speakers(body) == ["Forum Warga Peduli"]


# ---- 'Baca juga:' alone, then headlines one a line (or '[Baca juga: ...]'): links, not the text ----

def test_headlines_listed_under_a_bare_read_also_line_name_no_speaker():
    body = ("Artis Rina Melati mengaku senang bisa berlibur bersama keluarga ke Bali.\n\n"
            "Baca Juga:\n\n"
            "Godaan yang Datang saat Rina Melati Mulai Berhijab\n\n"
            "Kisah Sinta Dewi Pindah Rumah: Dapat Teguran di Masa Kehamilan\n\n"
            "\"Anak-anak senang sekali main di pantai,\" ujarnya.")
    assert _speakers(body) == ["Rina Melati", "Rina Melati"]


def test_a_read_also_headline_in_square_brackets_names_no_speaker():
    body = ("\"Kota ini terbuka tapi selektif,\" kata Budi Santoso.\n\n"
            "[Baca juga: Puasa, Hendra Juga Pulang Cepat dari Balai Kota]\n\n"
            "\"Saya minta pengertian warga jika kebijakan ini dinilai keras,\" ujarnya.")
    assert _speakers(body) == ["Budi Santoso", "Budi Santoso"]


def test_the_text_after_the_listed_headlines_is_read_again():
    # not what the rule must do: the first sentence after the list (it ends with a full stop) is text
    body = ("Baca Juga:\n\n"
            "Kisah Sinta Dewi Pindah Rumah\n\n"
            "Ketua RT Joko Susilo mengatakan warga akan bergotong royong membersihkan selokan.\n\n"
            "\"Kami mulai hari Minggu,\" ujarnya.")
    assert _speakers(body) == ["Joko Susilo", "Joko Susilo"]
