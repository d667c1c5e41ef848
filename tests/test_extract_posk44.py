"""Article furniture (helper posk, forty-fourth session): a newspaper's own name in a bracketed dateline,
'JAKARTA (Pos Kota) – ...', is the dateline (never a word of the lead's quote) and names the article's source.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from generator.extract import load_pack
from generator.extract.furniture import find_furniture

from .extract_cases import run

_LEAD = ("{dateline}Pemerintah Provinsi DKI Jakarta akan menambah armada bus sekolah tahun depan. "
         "Hal itu disampaikan Kepala Dinas Perhubungan DKI Jakarta Andri Yansyah di Balai Kota, Senin (4/12).\n\n"
         "“Kami sudah menyiapkan anggarannya,” kata Andri.")


def _dateline(body: str) -> tuple[str | None, str | None]:
    f = find_furniture(body, load_pack("id"))
    return (body[f.dateline[0]:f.dateline[1]] if f.dateline else None), f.source


def test_pos_kota_dateline_with_en_dash_is_furniture_and_the_source():
    assert _dateline("JAKARTA (Pos Kota) – Polisi menangkap dua pelaku pencurian.") \
        == ("JAKARTA (Pos Kota) – ", "Pos Kota")


def test_pos_kota_dateline_with_hyphen_and_a_two_word_place():
    assert _dateline("KEBAYORAN BARU (Pos Kota) - Polisi menangkap dua pelaku pencurian.") \
        == ("KEBAYORAN BARU (Pos Kota) - ", "Pos Kota")


def test_outlet_written_as_one_word():
    assert _dateline("DEPOK (Poskota) – Polisi menangkap dua pelaku pencurian.") == ("DEPOK (Poskota) – ", "Poskota")
    assert _dateline("Jakarta (ANTARANews) - Polisi menangkap dua pelaku pencurian.")[0] == "Jakarta (ANTARANews) - "


def test_wire_dateline_keeps_its_source():
    assert _dateline("Tokyo (ANTARA News) - Polisi menangkap dua pelaku pencurian.") \
        == ("Tokyo (ANTARA News) - ", "ANTARA News")


def test_lead_reported_after_it_leaves_the_dateline_out_of_the_quote():
    body = _LEAD.format(dateline="JAKARTA (Pos Kota) – ")
    sheet = run(body)  # (run checks every span against the body's characters)
    assert sheet["article"]["source"] == "Pos Kota"
    first = sheet["quotes"][0]
    assert (first["speaker"], first["text"]) \
        == ("Andri Yansyah", "Pemerintah Provinsi DKI Jakarta akan menambah armada bus sekolah tahun depan")
    assert first["span"][0] == len("JAKARTA (Pos Kota) – ")


def test_bracketed_age_after_a_name_is_no_dateline():
    # (a name with its age in brackets and a dash opens a sentence of the story, not furniture)
    assert _dateline("Budi Santoso (45) – warga Depok – ditangkap polisi.") == (None, None)


def test_bracketed_outlet_inside_the_story_is_no_dateline():
    body = ("Polisi menangkap dua pelaku pencurian di Depok. Kapolsek Beji Kompol Sutomo (Pos Kota) – "
            "menurut warga – sudah lama mengintai mereka.")
    assert _dateline(body) == (None, None)


def test_outlet_in_a_cue_is_not_the_speaker():
    body = ("JAKARTA (Pos Kota) – Polisi menangkap dua pelaku pencurian di Depok.\n\n"
            "“Keduanya sudah kami tahan,” kata Kapolsek Beji Kompol Sutomo kepada Pos Kota.")
    assert [(q["speaker"], q["text"]) for q in run(body)["quotes"]] \
        == [("Sutomo", "Keduanya sudah kami tahan")]


# What the dateline hid: the lead's own subject, read once the sentence opens past it.

def test_lead_subject_after_the_dateline_keeps_the_office():
    body = ("JAKARTA (Pos Kota) – Juru bicara Presiden Joko Widodo, Johan Budi meminta semua pihak menghormati "
            "proses hukum yang berjalan.\n\n“Presiden tidak akan mengintervensi,” kata Johan, Selasa (7/11).")
    assert {(q["speaker"], q["role"], q["country"]) for q in run(body)["quotes"]} \
        == {("Johan Budi", "Juru bicara Presiden Joko Widodo", "ID")}


def test_client_s_lawyer_speaks_for_no_state():
    # ('Pengacara Ketua DPR ...': the home institution is the client's office, not the lawyer's)
    body = ("JAKARTA (Pos Kota) – Pengacara Ketua DPR Setya Novanto (Setnov), Frederich Yunadi menantang Komisi "
            "Pemberantasan Korupsi (KPK) untuk menunjukkan surat perintah penyidikan yang baru.\n\n"
            "“Kalau sekarang sprindiknya dikeluarkan berarti silakan kirim ke kami,” kata Yunadi, Selasa (7/11).")
    quotes = run(body)["quotes"]
    assert {(q["speaker"], q["role"], q["country"]) for q in quotes} \
        == {("Frederich Yunadi", "Pengacara Ketua DPR Setya Novanto (Setnov)", None)}


def test_commemoration_opening_the_lead_is_no_person():
    # ('Peringatan Hari Kartini ... disambut oleh artis Tina Toon. Mantan penyanyi cilik ini ...': the
    # description means the artist, not a 'person' read in the commemoration's name)
    body = ("JAKARTA (Pos Kota) – Peringatan Hari Kartini yang jatuh setiap tanggal 21 April, disambut antusias "
            "oleh artis Tina Toon. Mantan penyanyi cilik ini mengatakan, berkat perjuangan RA Kartini, perempuan "
            "Indonesia saat ini sudah merasakan kesetaraan gender.\n\n"
            "“Cita-cita Ibu Kartini harus kita lanjutkan,” tutur Tina Toon, kemarin.")
    assert [q["speaker"] for q in run(body)["quotes"]] == ["Tina Toon", "Tina Toon"]


def test_warning_passed_on_keeps_its_speaker():
    # ('Peringatan itu disampaikan ...' still reports the sentence before)
    body = ("JAKARTA (Pos Kota) – Badan Meteorologi, Klimatologi dan Geofisika (BMKG) meminta nelayan tidak melaut "
            "selama sepekan. Peringatan itu disampaikan Kepala BMKG Dwikorita Karnawati di Jakarta, Senin (4/12).\n\n"
            "“Gelombang bisa mencapai empat meter,” kata Dwikorita.")
    assert {(q["speaker"], q["country"]) for q in run(body)["quotes"]} == {("Dwikorita Karnawati", "ID")}


def test_outlet_name_in_lower_case_and_places_closed_by_a_comma():
    assert _dateline("JAKARTA (Pos kota)   – Perayaan Hari Buruh berlangsung meriah.")[0] == "JAKARTA (Pos kota)   – "
    assert _dateline("Singkil, Aceh, (ANTARA News) - Kawasan Danau Bungara menjadi wisata andalan.")[0] \
        == "Singkil, Aceh, (ANTARA News) - "
    assert _dateline("New York, Boston, (ANTARA News) - Badai salju melanda wilayah timur.")[0] \
        == "New York, Boston, (ANTARA News) - "
