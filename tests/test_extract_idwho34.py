"""Indonesian who-said-what from pronoun cues (helper idwho46): someone quoted early in a story whom an
official's account then narrates (a suspect the police chief tells of, naming him) takes no later pronoun
cue once the official has held the floor for quotes of his own; one the later speaker never names, or whose
view the story gives ('Bagi Rina, ...'), still does. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers


def test_a_suspect_quoted_first_and_narrated_in_the_officers_account_takes_no_pronoun_cue():
    body = ("Rina Marlina (40) dibunuh suaminya, Budi Santoso (35), di rumah kontrakannya.\n"
            "\"Saya sudah tidak tahan dihina terus,\" kata Budi saat dihadirkan dalam konferensi pers.\n"
            "Kapolsek Sukajadi Kompol Hendra Wijaya mengatakan peristiwa itu bermula saat Budi dan Rina "
            "cekcok di rumah.\n"
            "\"Tersangka dihina di depan tetangga. Itu jadi motifnya,\" kata Hendra.\n"
            "Malam itu, Rina belum tidur. Rina justru meminta Budi mengambilkan air. Saat itulah, Budi "
            "memukul kepala korban dengan palu.\n"
            "\"Korban meninggal di tempat. Palu itu kami temukan di dapur,\" ungkapnya.")
    assert direct_speakers(body) == ["Budi Santoso", "Hendra Wijaya", "Hendra Wijaya"]


def test_someone_quoted_before_with_one_quote_of_another_between_goes_on():
    # (the other has spoken only once since: the one quoted first, narrated now, takes the floor back)
    body = ("\"Kami akan terus berlatih,\" kata pelatih Budi Santoso.\n"
            "\"Pertandingan besok berat,\" ujar kapten tim Hendra Wijaya.\n"
            "Budi Santoso lalu meninggalkan lapangan.\n"
            "\"Semua pemain siap,\" katanya.")
    assert direct_speakers(body) == ["Budi Santoso", "Hendra Wijaya", "Budi Santoso"]


def test_a_view_given_as_the_first_speakers_hands_her_the_pronoun_cue_again():
    # ('Bagi Rina, ...': her view, told in the story's words; the pronoun cue goes on with her)
    body = ("Kepala Biro Humas Kementerian Sosial, Rina Marlina, mengapresiasi layanan itu.\n"
            "\"Layanan ini patut dikembangkan ke seluruh daerah,\" kata Rina.\n"
            "\"Yang datang bisa sepuluh orang per hari,\" kata Manajer Layanan Dewi Lestari.\n"
            "\"Kami sedang mengejar kekurangan fasilitator, Bu Rina sudah melihatnya,\" Dewi menambahkan.\n"
            "Bagi Rina, layanan itu memberikan tiga dampak positif. Pertama, membantu memperbarui data.\n"
            "\"Banyak warga yang belum masuk data,\" katanya.")
    assert direct_speakers(body) == ["Rina Marlina", "Dewi Lestari", "Dewi Lestari", "Rina Marlina"]


def test_someone_the_later_speaker_never_names_takes_the_pronoun_cue_back():
    # ('Erwan khawatir ...' after two quotes of a minister who never names him: the analyst goes on)
    body = ("Pengamat kebijakan publik Budi Santoso mengatakan pemerintah tak bisa begitu saja mendesak ASN mundur.\n"
            "\"Harus ada klasifikasi keterlibatan,\" kata Budi.\n"
            "Menurut Menteri Dalam Negeri Hendra Wijaya, dorongan mundur diberikan pada mereka yang sulit disadarkan.\n"
            "\"PNS harus mengimplementasikan Pancasila,\" ujar Hendra di Jatinangor.\n"
            "Jika aturan teknis tidak disusun, Budi khawatir akan terjadi penyalahgunaan wewenang.\n"
            "\"Ini saya kira harus ada kejelasan,\" tuturnya.")
    assert direct_speakers(body) == ["Budi Santoso", "Hendra Wijaya", "Budi Santoso"]
