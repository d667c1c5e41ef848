"""Which speaker an Indonesian pronoun cue ('katanya', 'ujarnya') goes to when the quote names the
pronoun's referent in the third person (helper h_idpron27). Sentences invented for these tests, in the
shape of Indonesian domestic news; names are invented."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str, opening: str):
    return [q["speaker"] for q in run(body, "id")["quotes"] if q["text"].startswith(opening)]


def test_a_quote_naming_the_person_told_of_between_is_the_reporter_s():
    # the officer reports what the witness told the police; the next quote speaks of the witness as
    # 'dia (Wawan)', so it is not the witness's own words but the officer's
    body = ("\"Kami datang hanya untuk menanyakan kabar,\" kata Kepala Bidang Humas Polda Jawa Timur "
            "Komisaris Besar Hendra Saputra.\n\n"
            "Dalam kunjungan itu, polisi juga menanyakan kesediaan Wawan Prasetyo untuk diperiksa.\n\n"
            "Kepada penyidik, kata Hendra, Wawan belum bisa memastikan kapan siap diperiksa. Wawan, lanjut "
            "Hendra baru bersedia datang setelah luka di kakinya sembuh.\n\n"
            "\"Dia (Wawan) hanya bilang akan memberi kabar kalau sudah kuat berjalan,\" katanya.")
    assert _speakers(body, "Dia (Wawan)") == ["Hendra Saputra"]


def test_a_quote_naming_the_body_told_of_between_is_its_official_s():
    body = ("Kepala Biro Humas Kementerian Pertanian Dedi Kurniawan menyatakan program itu sudah berjalan.\n\n"
            "\"Petani harus mendapat pupuk tepat waktu,\" tuturnya, Senin (6/10).\n\n"
            "Kementan berharap program ini dapat menaikkan panen padi tahun depan.\n\n"
            "\"Para penyuluh harus turun ke sawah. Kementan hadir untuk memastikan pupuk sampai,\" ujarnya.")
    assert _speakers(body, "Para penyuluh") == ["Dedi Kurniawan"]


def test_a_quote_not_naming_the_one_told_of_stays_theirs():
    # (what the rule must not do: the person the sentence between is about, not named in the quote,
    # keeps the pronoun cue as before)
    body = ("\"Kami datang hanya untuk menanyakan kabar,\" kata Kepala Bidang Humas Polda Jawa Timur "
            "Komisaris Besar Hendra Saputra.\n\n"
            "Sementara itu, Wawan Setiadi, ketua rukun warga, menyampaikan warga sudah tenang.\n\n"
            "\"Warga sudah kembali bekerja seperti biasa,\" katanya.")
    assert _speakers(body, "Warga sudah kembali") == ["Wawan Setiadi"]


def test_a_quote_naming_the_one_quoted_before_too_stays_with_the_referent():
    # (nor when the quote names the one quoted before as well: it speaks of both, and the pronoun's
    # referent keeps it)
    body = ("\"Kami datang hanya untuk menanyakan kabar,\" kata Kepala Bidang Humas Polda Jawa Timur "
            "Komisaris Besar Hendra Saputra.\n\n"
            "Sementara itu, Wawan Setiadi, ketua rukun warga, menyampaikan warga sudah tenang.\n\n"
            "\"Pak Hendra sudah bertemu Pak Wawan kemarin,\" katanya.")
    assert _speakers(body, "Pak Hendra") == ["Wawan Setiadi"]
