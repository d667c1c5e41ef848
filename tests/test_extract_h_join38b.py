"""Cross-article joins through people.yaml, second round (helper h_join38b): a one-word entry the
machine wrote ('Darmawan', a police spokesman an earlier article called by that word alone) is not
joined by a story whose own person under the word has a fuller name ('Darmawan Saputra') and which
shows nothing of the entry's office; a nickname marker is given only to the name its own sentence
opens with, when it opens with one. Articles invented for these tests, in the shape of Indonesian
news."""
from __future__ import annotations

from .extract_cases import extract_folder, sheet_speakers


_POLICE = ("Warga temukan mayat di tepi sungai\n\n"
           "Warga Desa Sukamaju menemukan sesosok mayat di tepi sungai, Minggu pagi.\n"
           "Kasubag Humas Polres Sleman, Iptu Darmawan saat dikonfirmasi membenarkan "
           "penemuan mayat tersebut.\n"
           "\"Benar, mayat itu ditemukan warga dan sudah dibawa ke rumah sakit,\" kata Darmawan.\n")
_LAWYER = ("Kuasa hukum minta polisi tidak terburu-buru\n\n"
           "Kuasa hukum korban, Darmawan Saputra mengatakan pemeriksaan kliennya masih bisa ditelaah kembali.\n"
           "Darmawan menilai polisi terlalu cepat mengambil kesimpulan.\n"
           "\"Kita tunggu saja hasil pemeriksaan berikutnya,\" kata Darmawan.\n")
_POLICE_AGAIN = ("Polisi selidiki pencurian sepeda motor\n\n"
                 "Polres Sleman menyelidiki pencurian sepeda motor di parkiran pasar, Selasa.\n"
                 "\"Pelakunya sudah kami kenali dari rekaman kamera,\" kata Darmawan.\n")


def test_a_bare_entry_is_not_joined_by_a_fuller_name_of_the_story(tmp_path):
    content = extract_folder(tmp_path, _POLICE, _LAWYER, again=True)
    speakers = sheet_speakers(content, "kuasa-hukum-minta-polisi-tidak-terburu-buru.yaml")
    assert speakers and all(s[0] == "Darmawan Saputra" and s[2] is None for s in speakers)


def test_a_bare_entry_still_joins_the_bare_word_alone(tmp_path):
    # (a story that calls its speaker only 'Darmawan' has no person of its own to prefer)
    content = extract_folder(tmp_path, _POLICE, _POLICE_AGAIN, again=True)
    speakers = sheet_speakers(content, "polisi-selidiki-pencurian-sepeda-motor.yaml")
    assert speakers and all(s[0] == "Darmawan" and s[2] == "ID" for s in speakers)


_NICKNAME_AFTER_A_SENTENCE = (
    "Kemenhub pastikan kabar kecelakaan kapal\n\n"
    "Juru Bicara Kementerian Perhubungan, Bimo Santoso memastikan kabar kecelakaan kapal itu. Namun, dia "
    "belum tahu pasti penyebab kecelakaan kapal milik Prasetyo tersebut.\n\n"
    "Bimo, pria yang akrab disapa Ucok ini masih menunggu laporan dari syahbandar.\n\n"
    "\"Kami masih menunggu laporan lengkap dari lapangan,\" kata Ucok.\n")
_NICKNAME_IN_ITS_SENTENCE = (
    "Kemenhub tunggu laporan syahbandar\n\n"
    "Juru Bicara Kementerian Perhubungan Bimo Santoso, yang akrab disapa Ucok, memastikan kabar itu.\n\n"
    "\"Kami masih menunggu laporan lengkap dari lapangan,\" kata Ucok.\n")


_OWNER = ("Pemilik kapal minta pencarian diperluas\n\n"
          "\"Kami minta pencarian diperluas sampai ke pulau seberang,\" kata pemilik kapal, Wiryawan Prasetyo.\n"
          "\"Keluarga awak kapal masih menunggu kabar,\" kata Wiryawan.\n")


def test_a_nickname_is_not_given_to_a_name_of_the_sentence_before(tmp_path):
    # (the name the nickname follows, 'Prasetyo', ends the sentence before it; another article made
    # him a speaker, so the second pass reads that bare word as a mention)
    content = extract_folder(tmp_path, _OWNER, _NICKNAME_AFTER_A_SENTENCE, again=True)
    speakers = sheet_speakers(content, "kemenhub-pastikan-kabar-kecelakaan-kapal.yaml")
    assert speakers and all(s[0] == "Ucok" for s in speakers)


def test_a_nickname_in_its_names_sentence_is_that_persons(tmp_path):
    content = extract_folder(tmp_path, _NICKNAME_IN_ITS_SENTENCE, again=True)
    speakers = sheet_speakers(content, "kemenhub-tunggu-laporan-syahbandar.yaml")
    assert speakers and all(s[0] == "Bimo Santoso" for s in speakers)
