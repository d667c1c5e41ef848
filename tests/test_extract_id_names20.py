"""Indonesian speaker names in domestic news: the fullest name, without what stands around it (a
given name the article drops later, a Roman numeral, a party after an office, a degree after the name, a cue that
opens the sentence, a minister's short title) and no scripture as a speaker. Texts written for these
tests, with invented names."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body):
    return {(q["speaker"], q["role"]) for q in run(body, "id")["quotes"]}


def _names(body):
    return {q["speaker"] for q in run(body, "id")["quotes"]}


def test_a_given_name_the_article_drops_later_stays_in_the_name():
    # _stands_apart: 'Andi' is written only before 'Hasan', so it opens the name, not a body's name
    body = ("Menteri Pertanian (Mentan) Andi Hasan Sulaiman mengatakan harga pupuk turun.\n"
            "\"Harga pupuk turun mulai bulan depan,\" kata Hasan.")
    assert _speakers(body) == {("Andi Hasan Sulaiman", "Menteri Pertanian (Mentan)")}


def test_a_given_name_after_a_rank_stays_in_the_name():
    body = ("Kapolres Sukamaju AKBP Moch Farid Rozak mengungkapkan, pengemudi mobil sudah ditangkap.\n"
            "\"Pengemudi sudah kami tangkap semalam,\" kata Farid.")
    assert _names(body) == {"Moch Farid Rozak"}


def test_a_body_word_written_elsewhere_still_joins_the_role():
    # the word before the name stands elsewhere without it: it is the body's ('Masjid Raya Baiturrahim')
    body = ("Umat memadati Masjid Raya Baiturrahim sejak pagi.\n"
            "Imam Besar Masjid Raya Baiturrahim Nasrul Umar mengatakan salat dimulai pukul tujuh.\n"
            "\"Kami siapkan tempat untuk sepuluh ribu orang,\" kata Nasrul.")
    assert _names(body) == {"Nasrul Umar"}


def test_a_roman_numeral_numbers_a_unit_not_a_name():
    body = ("Kepala Satuan Tugas Supervisi KPK Wilayah V Dian Pratama mengatakan tambang itu ilegal.\n"
            "\"Tambang itu tidak punya izin sama sekali,\" kata Dian.")
    assert _names(body) == {"Dian Pratama"}


def test_a_party_after_an_office_belongs_to_the_role():
    body = ("Sekjen Gerindra Sugiarto menegaskan Rudi bukan kader partainya.\n"
            "\"Di partai kami ada anggota, ada kader,\" kata Sugiarto.")
    assert _speakers(body) == {("Sugiarto", "Sekjen Gerindra")}


def test_a_party_office_by_its_short_title_is_no_word_of_the_name():
    body = ("Waketum Golkar Budi Santosa mengatakan koalisi tetap solid.\n"
            "\"Koalisi kami tetap solid sampai akhir,\" kata Budi.")
    assert _speakers(body) == {("Budi Santosa", "Waketum Golkar")}


def test_a_deputy_minister_by_his_short_title():
    body = ("Sementara itu, Wamenkes Benyamin Paulus Oktavian mengatakan dapur harus diawasi.\n"
            "\"Dapur ini harus dikontrol setiap hari,\" tegasnya.")
    assert _speakers(body) == {("Benyamin Paulus Oktavian", "Wamenkes")}


def test_a_degree_after_the_name_without_a_comma():
    body = ("Pakar IT Universitas Merdeka Surabaya, Supardi PhD menyoroti putusan itu.\n"
            "\"Kritik bukan ujaran kebencian,\" kata Supardi.")
    assert _names(body) == {"Supardi"}


def test_a_police_degree_after_the_name_is_no_speaker():
    body = ("Ketua Paguyuban Warga, Kombes Pol Arif Santosa, S.I.K., M.Si., menjelaskan rencana kerja "
            "bakti pekan depan.\n\"Semua warga kami undang,\" katanya.")
    assert _names(body) == {"Arif Santosa"}


def test_a_cue_opening_the_sentence_is_no_role():
    body = ("Sementara itu, Manajer Umum Energi Regional, Erwin Darmawan menyambut baik kunjungan itu.\n"
            "\"Kami mengapresiasi perhatian DPR,\" katanya. Kata Erwin, perusahaan turut mengajak "
            "masyarakat berhemat energi.")
    roles = {r for _, r in _speakers(body)}
    assert "Kata" not in roles
    assert _names(body) == {"Erwin Darmawan"}


def test_scripture_quoted_is_no_speaker():
    body = ("Dalam sebuah ayat, Allah SWT berfirman, \"Tepatilah janji kalian.\"\n"
            "Al-Qur'an juga mengajarkan agar setiap pinjaman ditulis.\n"
            "Ketua Badan Zakat Rudi Hartawan mengatakan penerimaan zakat naik.\n"
            "\"Penerimaan zakat naik tahun ini,\" kata Rudi.")
    names = _names(body)
    assert "Allah" not in names and "Allah SWT" not in names and "Al-Qur'an" not in names
    assert "Rudi Hartawan" in names


def test_a_person_named_with_the_given_name_first_is_still_one_of_a_pair():
    # _one_of_a_pair looks at every word of 'Muhammad Nadir Umar', not only the first and the last
    body = ("Kepala Humas Polri Irjen Bayu Rahman mengatakan Muhammad Nadir Umar dipulangkan.\n"
            "Pada 2 April, Nadir bersama Budi berangkat ke perbatasan untuk menyalurkan bantuan.\n"
            "\"Setelah selesai memberikan bantuan, mereka menginap di kantor cabang,\" katanya.")
    got = {q["speaker"] for q in run(body, "id")["quotes"] if q["text"].startswith("Setelah selesai")}
    assert got == {"Bayu Rahman"}


def test_a_thing_spoken_of_before_the_name_is_no_role():
    from generator.extract import CountryFinder, load_pack, pipeline
    from generator.extract.roles import RoleCleaner
    cleaner = RoleCleaner.for_grammar(pipeline._grammar(load_pack("id"), CountryFinder.for_language("id")))
    assert cleaner.clean("paparannya", "Gus Amin") is None
    assert cleaner.clean("kesempatan tersebut", "Joko Aulia") is None
    assert cleaner.clean("video tersebut", "Sri Mulyati") is None
    assert cleaner.clean("mantan presiden itu", "Budi") == "mantan presiden itu"
    assert cleaner.clean("Presiden Haiti saat ini", "Ariel Henri") == "Presiden Haiti saat ini"
    assert cleaner.clean("Kata", "Erwin Darmawan") is None


def test_a_role_read_from_an_adverbial_before_the_name_is_dropped():
    body = ("Menteri Sosial Saifudin Yusuf memaparkan capaian kementeriannya.\n"
            "Dalam paparannya, Gus Amin juga menyampaikan capaian perlindungan sosial selama setahun.\n"
            "\"Keluarga penerima bantuan harus lulus menjadi keluarga mandiri,\" tegasnya.")
    roles = {q["role"] for q in run(body, "id")["quotes"]}
    assert "paparannya" not in roles


def test_an_english_firm_title_closes_the_role_before_a_unit_and_a_name():
    body = ("Vice President Corporate Communication Fajar Dwi Santosa menambahkan program itu sejalan "
            "dengan rencana perusahaan.\n\"Kami berharap generasi muda ikut,\" ungkap Fajar.")
    assert _names(body) == {"Fajar Dwi Santosa"}


def test_an_english_president_in_indonesian_text_is_a_firms():
    body = ("\"Kami percaya Indonesia punya potensi besar dalam riset,\" ujar Park Min-soo, "
            "President Elektra Indonesia, saat jumpa pers.")
    assert {(q["speaker"], q["country"]) for q in run(body, "id")["quotes"]} == {("Park Min-soo", None)}


def test_a_stage_calling_before_the_name_is_its_role():
    body = ("Komika Arman Kristo merupakan salah satu konsultan komedi film itu.\n"
            "\"Komedi tidak sekadar lucu-lucuan,\" kata Arman.")
    assert _names(body) == {"Arman Kristo"}
