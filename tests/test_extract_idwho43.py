"""Indonesian wrong speakers of the thirty-third session (helper idwho43): a pronoun subject right after a
sentence naming one person only means that person, not the one quoted earlier; 'angkat suara' and 'turut'
before a described person make the sentence about them; English body words ('Rescue', 'Foundation') close a
body's name, no person's. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[dict]:
    return run(body, "id")["quotes"]


def _speakers(body: str) -> list[str]:
    return [q["speaker"] for q in _quotes(body)]


# ---- a pronoun subject after a sentence naming one person only -----------------------------------------

def test_a_pronoun_report_after_a_sentence_naming_one_person_goes_to_that_person():
    body = ("Juru bicara KPK Febri Diansyah mengatakan, pihaknya akan mengumumkan perkara baru sore ini.\n\n"
            "\"Terkait progres pemeriksaan sejumlah saksi,\" kata Febri.\n\n"
            "Pada pekan lalu, mantan menteri Budi Santoso diminta keterangannya di Gedung KPK. Ia mengaku "
            "diminta keterangan terkait penyelidikan kasus BLBI.")
    assert _speakers(body)[-1] == "Budi Santoso"


def test_the_person_of_the_paragraph_before_carries_to_a_later_pronoun_and_its_cue():
    body = ("\"Dia minta agar hubungan dia dengan eksekutor dipotong,\" kata Komisaris Besar Daniel Tifaona.\n\n"
            "Terlepas dari semua itu, akhirnya mantan Ketua KPK Antasari Azhar diputus bersalah dengan vonis "
            "18 tahun penjara.\n\n"
            "Tak perlu menunggu hingga masa hukuman berakhir, 2016 menjadi waktu kepulangan Antasari dari balik "
            "jeruji. Setelah tujuh tahun mendekam, dia masih berkeras tidak terlibat dalam kasus pembunuhan itu.\n\n"
            "\"Saya masuk penjara karena ada putusan,\" ujarnya.")
    assert _speakers(body)[-2:] == ["Antasari Azhar", "Antasari Azhar"]


def test_a_sentence_with_a_pronoun_of_its_own_names_an_object_not_the_referent():
    # ('Mereka bertemu Rizieq ...': the one named is whom they met; 'Dia' goes on with Sukamta)
    body = ("Sekretaris Fraksi PKS Sukamta mengatakan pertemuan itu sama sekali tidak direncanakan.\n\n"
            "Mereka bertemu Rizieq Shihab hanya dalam rangka silaturahmi. Dia berkata, mereka juga sempat "
            "menyinggung komitmen untuk menjaga NKRI.")
    assert _speakers(body)[-1] == "Sukamta"


def test_a_sentence_naming_two_people_leaves_the_pronoun_with_the_one_quoted():
    body = ("Kepala Polres Kota Ajun Komisaris Besar Andi Wijaya mengatakan, penyelidikan masih berlangsung.\n\n"
            "Polisi memeriksa Budi Santoso dan Rina Wulandari di kantor polisi. Ia menegaskan, keduanya masih "
            "berstatus saksi.")
    assert _speakers(body)[-1] == "Andi Wijaya"


def test_a_pronoun_in_another_paragraph_keeps_the_one_quoted():
    body = ("Kepala Polres Kota Ajun Komisaris Besar Andi Wijaya mengatakan, penyelidikan masih berlangsung.\n\n"
            "Polisi kemudian memanggil pengusaha Budi Santoso ke kantor polisi.\n\n"
            "Ia menegaskan, pemeriksaan akan dilanjutkan pekan depan.")
    assert _speakers(body)[-1] == "Andi Wijaya"


# ---- 'angkat suara', 'turut': the described person the sentence is about ----------------------------

def test_a_described_person_who_speaks_up_is_whom_the_next_pronoun_means():
    body = ("Kabid Humas Polda Jatim Kombes Frans Barung Mangera mengatakan, isu itu tidak benar.\n\n"
            "\"Ini adalah bukti, semakin masyarakat terprovokasi,\" ujar Barung.\n\n"
            "Tokoh masyarakat Oji Santani turut angkat suara. Dia meminta warga agar mewaspadai isu penculikan "
            "anak.")
    assert _speakers(body)[-1] == "Oji Santani"


# ---- English body words close a body's name --------------------------------------------------------

def test_an_english_body_word_closes_a_bodys_name():
    body = ("Thomson Reuters Foundation menyatakan, laporan tahunan itu akan diterbitkan pekan depan.")
    quotes = _quotes(body)
    assert [(q["speaker"], q["speaker_type"]) for q in quotes] == [("Thomson Reuters Foundation", "organization")]


def test_a_rescue_team_named_among_workers_takes_no_later_pronoun_cue():
    body = ("Kepala BPBD Jember Heru Widagdo mengatakan, longsor memutus jalan desa.\n\n"
            "Tim Reaksi Cepat BPBD bersama Tim Baret dan Rangong Rescue, serta warga meninjau lokasi.\n\n"
            "\"Petugas juga memotong kayu yang membahayakan warga,\" katanya.")
    assert "Rangong Rescue" not in _speakers(body)
