"""Whom a pronoun cue or a description means in Indonesian text (helper idpron, forty-fourth session).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body, start):
    return [s for s, t in _quotes(body) if t.startswith(start)]


# ---- a person introduced by initials ('berinisial HM') is whom a later pronoun means -----------------

_INITIALLED = ("Pengadilan Negeri Kendari membatalkan status tersangka seorang guru berinisial HN dalam kasus "
               "pencemaran nama baik.\n"
               "Sementara itu, kuasa hukum HN, Budi Santoso mengatakan, kliennya ditetapkan tersangka tanpa "
               "pemeriksaan saksi.\n"
               "\"Putusan hakim sudah tepat,\" ujar Budi.\n"
               "Sementara itu, HN mengaku lega atas putusan tersebut. Dia mengaku bersyukur statusnya dipulihkan.\n"
               "\"Saya tidak menyimpan dendam kepada siapa pun,\" katanya.\n")


def test_a_pronoun_after_a_person_named_by_initials_is_theirs():
    assert _speakers(_INITIALLED, "bersyukur statusnya") == ["HN"]
    assert _speakers(_INITIALLED, "Saya tidak menyimpan") == ["HN"]


def test_capitals_without_an_initials_marker_stay_a_body():
    body = _INITIALLED.replace("seorang guru berinisial HN", "seorang guru")
    assert _speakers(body, "Saya tidak menyimpan") == ["Budi Santoso"]


def test_the_lawyer_keeps_his_words_before_the_initialled_person_speaks():
    assert _speakers(_INITIALLED, "Putusan hakim sudah tepat") == ["Budi Santoso"]


# ---- a description's head noun names the person of that role, not the one spoken of last ----------

_DESCRIBED = ("Kecelakaan itu membuat salah satu Dosen Arkeologi Universitas Negeri Semarang, Sapto Nugroho mengaku "
              "heran dengan insiden tersebut.\n"
              "Menurutnya, tidak masuk akal ada mobil yang menerobos masuk ke halaman candi.\n"
              "Sementara itu, pemilik kendaraan tersebut berinisial DR, mengaku tidak tahu jika menabrak candi. "
              "Dia merasa jalanan tersebut merupakan jalan raya biasa.\n"
              "\"Semoga kejadian serupa tidak terulang di situs lain,\" harap dosen yang juga anggota Tim Ahli "
              "Cagar Budaya tersebut.\n")


def test_a_description_by_role_means_the_person_of_that_role():
    assert _speakers(_DESCRIBED, "Semoga kejadian serupa") == ["Sapto Nugroho"]


def test_a_description_fitting_the_last_person_stays_with_them():
    body = _DESCRIBED.replace("harap dosen yang juga anggota Tim Ahli Cagar Budaya tersebut",
                              "harap pria yang juga pemilik kendaraan tersebut")
    assert _speakers(body, "Semoga kejadian serupa") == ["DR"]


def test_narration_about_a_person_named_by_initials_gives_the_pronoun_back():
    body = ("Polisi membekuk pria berinisial KS (24) karena mengedarkan ganja di Kota Jambi.\n\n"
            "\"Dari tangan tersangka didapat barang bukti 12 paket ganja,\" kata Kasat Narkoba Polresta Jambi, "
            "AKP Hendra Wijaya kepada wartawan.\n\n"
            "Kepada polisi, KS mengaku telah setahun mengedarkan ganja. \"Pembeli dipilih yang sudah kenal "
            "saja,\" katanya.\n\n"
            "Polisi meringkus KS dengan cara menyamar sebagai pembeli. KS kemudian bertransaksi dengan polisi "
            "itu di dekat pasar.\n\n"
            "\"Untuk pelaku lain masih kami selidiki,\" pungkasnya.\n")
    assert _speakers(body, "Pembeli dipilih") == ["KS"]
    assert _speakers(body, "Untuk pelaku lain") == ["Hendra Wijaya"]


# ---- words the account just told of: a report by someone the speaker's report names ---------------

_RETOLD = ("Perhimpunan advokat menilai ada indikasi pelanggaran kode etik oleh Joko Prasetyo.\n\n"
           "Ketua Dewan Kehormatan organisasi itu, Hendra Kusuma, mencontohkan, Joko pernah menyatakan bahwa kliennya "
           "tidak bisa diperiksa penyidik. Sebab menurut Joko, penyidik harus meminta izin Presiden terlebih "
           "dulu.\n\n"
           "\"Tidak ada ketentuan itu. Siapa pun tidak kebal hukum,\" kata dia.\n")


def test_a_report_by_someone_the_account_names_leaves_the_pronoun_with_the_account():
    assert _speakers(_RETOLD, "Tidak ada ketentuan itu") == ["Hendra Kusuma"]
    assert _speakers(_RETOLD, "penyidik harus meminta izin") == ["Joko Prasetyo"]


def test_a_report_by_someone_the_account_does_not_name_takes_the_pronoun():
    body = _RETOLD.replace("Joko pernah menyatakan bahwa kliennya", "advokat itu pernah menyatakan bahwa kliennya")
    body = body.replace("Sebab menurut Joko,", "Sementara itu, menurut Joko,")
    assert _speakers(body, "Tidak ada ketentuan itu") == ["Joko Prasetyo"]
