"""Indonesian capitalised phrases that are no person: a document, a budget, a clause, an international
body, a mass organisation, a vehicle's make (helper h_idname33).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


# ---- a phrase opening with a common noun of documents, budgets, clauses and vehicles is no name -------

def test_a_circular_letter_is_no_speaker_a_later_pronoun_cue_points_at():
    body = ("Wakil Menteri Perdagangan Rudi Hartanto mengatakan ekspor menjadi kunci utama.\n"
            "\"Kita harus memperluas pasar,\" ujar Rudi di Jakarta.\n"
            "Sebagai bagian dari upaya itu, kementerian menerbitkan Surat Edaran (SE) Menteri Perdagangan "
            "Nomor 7 Tahun 2025 tentang Pendataan Eksportir.\n"
            "Surat Edaran ini menginstruksikan pengumpulan data dari berbagai pihak, mulai dari perusahaan "
            "besar hingga koperasi.\n"
            "\"Dengan upaya ini, kita punya data terbaru,\" pungkasnya.")
    assert set(_speakers(body)) == {"Rudi Hartanto"}


def test_a_regional_budget_is_no_name_after_its_first_words():
    body = ("Ketua Komisi II dari fraksi Golkar, Sutrisno mengatakan sudah mendengar pemotongan dana ke Klaten. "
            "Akibatnya, Rancangan Anggaran Pendapatan Belanja Daerah tahun depan kekurangan Rp 75 miliar.\n"
            "\"Kami baru dapat informasi pemotongan ini mengakibatkan defisit,\" katanya kepada wartawan.")
    assert _speakers(body) == ["Sutrisno", "Sutrisno"]


def test_a_given_name_that_is_also_a_common_word_still_speaks():
    # (must not: 'Bintang', 'Putri' are common words and given names; they are not in the list)
    body = ("Ketua Karang Taruna Desa Sukamaju Bintang Pradana mengatakan lomba digelar pekan depan.\n"
            "\"Semua warga boleh ikut,\" kata Bintang.\n"
            "Putri Anggraini, warga setempat, mengaku senang.\n"
            "\"Kami sudah menunggu lama,\" ujar Putri.")
    speakers = _speakers(body)
    assert set(speakers) == {"Bintang Pradana", "Putri Anggraini"} and speakers.count("Bintang Pradana") == 2


# ---- a mass organisation known by one name speaks as a body; 'dia' is not it ---------------------------

def test_a_personal_pronoun_after_a_mass_organisation_means_the_person():
    body = ("\"Kami akan pelajari dulu,\" kata Bambang setelah menerima rombongan Pimpinan Pusat Muhammadiyah "
            "di gedung dewan, Jumat (19/9/2025).\n"
            "Dalam pertemuan itu, Muhammadiyah menyampaikan usulan perubahan aturan zakat.\n"
            "Menurut dia, gagasan itu layak dibahas. Dia juga berjanji mempelajari gagasan tersebut.\n"
            "\"Usulan ini menarik,\" ujarnya.")
    sheet = run(body, "id")
    by_text = {q["text"]: (q["speaker"], q["speaker_type"]) for q in sheet["quotes"]}
    # (must not: the organisation's own report stays the organisation's)
    assert by_text["usulan perubahan aturan zakat"] == ("Muhammadiyah", "organization")
    assert by_text["gagasan itu layak dibahas"][0] == "Bambang"
    assert by_text["Usulan ini menarik"][0] == "Bambang"


# ---- a vehicle's make and model after 'mobil' is a product ---------------------------------------------

def test_a_car_model_is_no_speaker():
    body = ("Sopir mobil Toyota Fortuner berpelat polisi yang ramai dibicarakan warganet ditangkap Polres Garut. "
            "Mobil tersebut terekam menggunakan sirene saat menyalip kendaraan lain.\n"
            "\"Mau viral? Jangan begitu,\" ujarnya dalam video itu.\n"
            "Kapolres Garut AKBP Hendra Wijaya mengatakan pengemudi sudah dimintai keterangan.")
    assert "Toyota Fortuner" not in _speakers(body)


def test_a_car_named_with_its_owners_office_keeps_the_owner_a_speaker():
    # (must not: 'mobil Presiden Joko Widodo' is the president's car, he still speaks)
    body = ("Sementara itu, mobil Presiden Joko Widodo melintas di jalan baru itu.\n"
            "Joko Widodo mengatakan jalan itu mulus.\n"
            "\"Jalannya bagus,\" kata Joko Widodo.")
    assert set(_speakers(body)) == {"Joko Widodo"}


# ---- '<topic>, menurut X <clause>': a comma before the source and none after its name ---------------

def test_a_source_after_a_comma_with_none_after_the_name_reports_the_sentence():
    body = ("Presiden Joko Santoso meninjau dapur umum di Bekasi, Senin (20/10/2025).\n"
            "Soal kasus keracunan di beberapa sekolah, menurut Joko masih dalam batas wajar untuk program "
            "sebesar itu.\n"
            "Dengan capaian tersebut, menurut Joko di Bekasi ada banyak dapur baru.")
    quotes = run(body, "id")["quotes"]
    # (must not: a name followed by no clause marker, 'menurut Joko di Bekasi', reports nothing)
    assert [(q["speaker"], q["text"][:25]) for q in quotes] == [("Joko Santoso", "Soal kasus keracunan di b")]
