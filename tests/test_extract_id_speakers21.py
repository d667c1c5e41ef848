"""Indonesian who-said-what in Detik-style domestic news (helper h_idwho21). Sentences invented for
these tests, in the shape of Indonesian online news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "kind", "text")


# ---- a report that sums up the longer quote after it is its own item --------------------------------

def test_a_report_summing_up_a_longer_quote_stays_beside_it():
    body = ("Rahmat mengatakan ada nota kesepahaman dinas dengan kejaksaan sejak tahun lalu.\n"
            "\"Kemudian juga, ada nota kesepahaman dinas dengan kejaksaan yang isinya tentang pelatihan, "
            "pertukaran informasi dan pendampingan hukum,\" ujar Rahmat.")
    got = _q(body)
    assert [(s, k) for s, k, _ in got] == [("Rahmat", "indirect"), ("Rahmat", "direct")]
    assert got[0][2] == "ada nota kesepahaman dinas dengan kejaksaan sejak tahun lalu"


def test_a_promise_in_the_lead_stays_beside_the_quote_that_explains_it():
    body = ("Menteri Koperasi Budi Santoso berjanji akan menuntaskan berbagai persoalan koperasi di Flores Timur.\n"
            "\"Flores Timur menjadi perhatian khusus bagi kementerian untuk mengurai berbagai persoalan koperasi "
            "dan membina pengurusnya,\" kata Budi.")
    got = _q(body)
    assert [(s, k) for s, k, _ in got] == [("Budi Santoso", "indirect"), ("Budi Santoso", "direct")]


def test_a_report_the_quotes_opening_sentence_only_repeats_still_goes():
    body = ("Ketua panitia Rina Wulandari mengatakan telah berdoa untuk keselamatan para pendaki.\n"
            "\"Kami berdoa untuk keselamatan para pendaki. Tim akan terus mencari,\" katanya.")
    assert [k for _, k, _ in _q(body)] == ["direct"]


# ---- closing cues ---------------------------------------------------------------------------------

def test_closing_cues_name_the_speaker():
    body = ("Menteri Pertanian Amran Sulaiman meninjau gudang pupuk di Karawang.\n"
            "Pemerintah juga memastikan pupuk tersedia di setiap kios.\n"
            "\"Kios di desa harus selalu punya stok pupuk,\" tutup Amran.")
    assert ("Amran Sulaiman", "direct", "Kios di desa harus selalu punya stok pupuk") in _q(body)
    body = ("\"Kami akan menambah jadwal penerbangan,\" kata Direktur Utama PT Angkasa Raya Rudi Hartono.\n"
            "\"Semoga penumpang tidak lagi menunggu lama,\" harapnya.")
    assert [s for s, _, _ in _q(body)] == ["Rudi Hartono", "Rudi Hartono"]


# ---- a state body the story goes on about is not whom a pronoun cue means --------------------------

def test_a_state_body_in_a_narrative_sentence_does_not_take_the_next_pronoun_cue():
    body = ("\"Juknis pemilihan sedang kami susun,\" kata Wali Kota Makassar Andi Pratama.\n"
            "Pemkot Makassar pun sudah menerbitkan surat edaran soal jadwal pemilihan RT/RW.\n"
            "\"Sebelum sosialisasi, juknisnya memang perlu didetailkan,\" paparnya.")
    assert [s for s, _, _ in _q(body)] == ["Andi Pratama", "Andi Pratama"]


def test_a_personal_pronoun_cue_after_a_body_reported_goes_on_with_the_person_quoted():
    """Changed in the twenty-sixth session (h_detik34) to the convention the lead decided with the
    annotators of detik4, dev26 and dev28: a body that speaks only in reported words ('Kementerian X
    menyatakan ...') is not whom 'jelasnya' means; the person quoted last goes on. (A body that
    announces the quote, as the seed's ministry does, keeps it: see the test below.)"""
    body = ("\"Kami siap membantu,\" kata warga bernama Rudi.\n"
            "Kementerian Sosial menyatakan bantuan akan dikirim pekan depan.\n"
            "\"Bantuan sudah disiapkan di gudang,\" jelasnya.")
    assert _q(body)[-1][0] == "Rudi"


# ---- an office closed by 'ini'/'itu'/'tersebut' after a cue is the person spoken of last ------------

def test_an_office_with_an_anaphor_after_the_cue_is_the_person_spoken_of_last():
    body = ("Anggota DPR Dimas Santoso membagikan beras di Cisarua.\n"
            "\"Di masa paceklik seperti sekarang, kami datang,\" tutur Anggota Komisi IV DPR RI ini.\n"
            "\"Kami akan merebut kembali kursi itu,\" lanjut Wali Kota Makassar ini.\n"
            "\"Semoga niat baik kami diseriuskan,\" imbuh mantan Aspidum Kejaksaan Tinggi Jambi itu.")
    assert [s for s, _, _ in _q(body)] == ["Dimas Santoso"] * 3


# ---- a slash joins two offices ---------------------------------------------------------------------

def test_a_slash_between_two_offices_keeps_both_in_the_role():
    got = run("\"Investor tetap yakin,\" kata Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Roeslani.\n"
              "Menko Pangan/Kepala Bapanas Zulkifli Hasan mengatakan stok beras aman.\n"
              "\"Stok aman,\" kata Wakil Ketua DPR/Ketua Harian Gerindra Sufmi Dasco Ahmad.", "id")["quotes"]
    assert [(q["speaker"], q["role"]) for q in got] == [
        ("Rosan Roeslani", "Menteri Investasi dan Hilirisasi/Kepala BKPM"),
        ("Zulkifli Hasan", "Menko Pangan/Kepala Bapanas"),
        ("Sufmi Dasco Ahmad", "Wakil Ketua DPR/Ketua Harian Gerindra")]


def test_a_slash_between_two_names_joins_no_office():
    got = _q("\"Kami bermain lepas,\" kata Marcus Gideon/Kevin Sanjaya usai laga.")
    assert got[0][0] == "Marcus Gideon"  # (as before: the slash joins no office here)


def test_a_state_body_with_a_speech_verb_of_its_own_keeps_the_next_pronoun_cue():
    # (the shape of the bundled seed article: a ministry's statement announced, then its words)
    body = ("\"Biarkan dia memberi kami bukti,\" kata Presiden Azerbaijan Ilham Aliyev.\n"
            "Secara terpisah, Kementerian Luar Negeri Armenia menyampaikan peringatan.\n"
            "\"Pimpinan Azerbaijan akan membayar mahal,\" katanya.")
    assert _q(body)[-1][0] == "Kementerian Luar Negeri Armenia"


# ---- Balinese and Sasak particles open the name after an office -----------------------------------

def test_balinese_ni_and_sasak_lalu_open_the_name_not_close_the_role():
    got = run("\"Terdakwa terbukti bersalah,\" ujar Ketua Majelis Hakim Ni Luh Wardani usai sidang.\n"
              "\"Kami menuntut dua tahun,\" kata JPU Ni Putu Rina Sari.\n"
              "\"Bandara sudah siap,\" kata Gubernur NTB Lalu Muhamad Iqbal.", "id")["quotes"]
    assert [(q["speaker"], q["role"]) for q in got] == [
        ("Ni Luh Wardani", "Ketua Majelis Hakim"), ("Ni Putu Rina Sari", "JPU"),
        ("Lalu Muhamad Iqbal", "Gubernur NTB")]


def test_a_sentence_opening_lalu_is_no_name():
    got = _q("Lalu Budi mengatakan harga beras naik.\n\"Kami siap,\" kata Rudi.")
    assert all(not s.startswith("Lalu") for s, _, _ in got)


# ---- a description of a cleric, lawmaker, scholar or offender closed by 'ini'/'itu' ------------------

def test_a_description_closed_by_an_anaphor_is_the_person_spoken_of():
    got = _q("KH Ahmad Fauzi mendukung langkah Menteri Keuangan.\n"
             "Ulama kharismatik asal Madura ini menilai kebijakan itu menunjukkan ketegasan.")
    assert ("Ahmad Fauzi", "indirect", "kebijakan itu menunjukkan ketegasan") in got
    got = _q("\"Kami mendukung keputusan itu,\" kata Anggota DPR Rudi Hartono.\n"
             "Legislator asal Bali itu menyebut anggaran sudah cukup.")
    assert ("Rudi Hartono", "indirect", "anggaran sudah cukup") in got
    got = _q("Pemilik warung di Legian dibunuh rekannya, Andi Saputra (33). Pelaku yang berasal dari Gorontalo, "
             "Sulawesi, itu mengaku emosi atas hinaan korban.")
    assert ("Andi Saputra", "indirect", "emosi atas hinaan korban") in got


# ---- a place named after a titled person speaks for no one ------------------------------------------

def test_an_airport_named_after_a_sultan_is_no_one_a_pronoun_cue_means():
    body = ("Anggota Komisi VII DPR RI Bambang Hartono menilai pemindahan ibu kota membebani rakyat.\n"
            "Landasan Bandara Sultan Iskandar Mahmud pun terlalu pendek. Sementara terminal barunya hanya muat "
            "400 penumpang per hari.\n"
            "\"Ini harus dikaji mendalam,\" tegasnya.")
    assert [s for s, _, _ in _q(body)] == ["Bambang Hartono", "Bambang Hartono"]


def test_an_office_of_a_directorate_general_is_no_place():
    got = run("Direktorat Jenderal Pajak menyampaikan sebanyak 1,4 juta warga sudah melapor lewat aplikasi.", "id")["quotes"]
    assert [q["speaker"] for q in got] == ["Direktorat Jenderal Pajak"]
