"""Indonesian wrong speakers (helper idwho, forty-third session; file named idvia43 as idwho43 was taken):
a subject that speaks 'melalui' an officer named with an office right before the verb ('Kapolres X melalui
Kapolsek Y mengatakan') is speaking through that officer, who is the speaker. Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "role")


_LEAD = "Bogor - Dua pemuda ditangkap setelah kedapatan mencuri sepeda motor milik warga.\n\n"


def test_officer_after_melalui_speaks():
    body = _LEAD + ("Kapolres Bogor AKBP Andi Saputra melalui Kasat Reskrim AKP Budi Santoso mengatakan "
                    "pelaku sudah ditangkap di rumahnya.")
    assert _who(body) == [("Budi Santoso", "Kasat Reskrim")]


def test_officer_after_melalui_speaks_across_a_day_and_date():
    body = _LEAD + ("Kapolres Bogor AKBP Andi Saputra melalui Kapolsek Cibinong Ipda Budi Santoso, Sabtu (10/2) "
                    "malam mengatakan pelaku sudah ditangkap di rumahnya.")
    assert _who(body) == [("Budi Santoso", "Kapolsek Cibinong")]


def test_body_speaking_through_its_officer():
    body = ("Jakarta - PSSI melalui Sekretaris Jenderal Rina Kartika Dewi menyampaikan duka cita mendalam kepada "
            "keluarga suporter yang meninggal dunia.")
    assert _who(body)[0][0] == "Rina Kartika Dewi"


def test_melalui_a_channel_leaves_the_subject():
    body = _LEAD + "Kapolres Bogor AKBP Andi Saputra melalui akun Twitternya mengatakan pelaku sudah ditangkap."
    assert _who(body) == [("Andi Saputra", "Kapolres Bogor")]


def test_melalui_a_document_leaves_the_body():
    body = ("Jakarta - Kementerian Perhubungan melalui Surat Edaran Nomor 5 menyatakan bahwa mudik tahun ini "
            "dilarang.")
    assert _who(body)[0][0] == "Kementerian Perhubungan"


def test_melalui_a_name_with_no_office_leaves_the_subject():
    # (only an officer named with an office is someone the subject speaks through)
    body = _LEAD + "Kapolres Bogor AKBP Andi Saputra melalui Budi Santoso mengatakan pelaku sudah ditangkap."
    assert _who(body)[0][0] == "Andi Saputra"


# ---- 'Dengan didampingi oleh A serta B, Menag menjelaskan': companions in an opening phrase ----------------

_HAJI = ("Jeddah - Menteri Agama Lukman Hakim Saifuddin menyebut kepatuhan jamaah sebagai faktor pendukung.\n\n"
         "\u201cKarena kepatuhan jamaah haji,\u201d katanya di Jeddah.\n\n")


def test_fronted_companions_leave_the_title_subject_after_them():
    body = _HAJI + ("Dengan didampingi oleh Direktur Jenderal Haji Abdul Djamil serta Irjen Kementerian Agama "
                    "M. Jasin, Menag menjelaskan bahwa kepatuhan jamaah haji memainkan peran yang tidak kecil.")
    assert _who(body)[-1] == ("Lukman Hakim Saifuddin", "Menteri Agama")


def test_fronted_companion_without_lead_word():
    body = _HAJI + ("Didampingi Irjen Kementerian Agama M. Jasin, Menag menjelaskan bahwa kepatuhan jamaah haji "
                    "memainkan peran yang tidak kecil.")
    assert _who(body)[-1] == ("Lukman Hakim Saifuddin", "Menteri Agama")


def test_fronted_companion_list_with_commas_leaves_the_named_subject():
    body = ("Jakarta - Didampingi Kepala Pusat Penerangan ABRI masa itu, Brigjen Sumrahari, Jenderal Soemitro "
            "berbicara bahwa media massa berfungsi sebagaimana mestinya.")
    assert _who(body) == [("Soemitro", "Jenderal")]


def test_relative_companions_unchanged():
    body = ("Denpasar - Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan "
            "I Wayan Widyardana Putra mengatakan pengawasan akan diperketat.")
    assert _who(body)[0][0] == "I Ketut Rudia"  # (the Balinese particle opens the name: idname43)


def test_opening_phrase_not_of_companions_unchanged():
    # ('Dengan' alone opens no phrase of companions: the rule leaves the sentence to the others)
    body = _HAJI + ("Dengan kepatuhan jamaah itu, Menag menjelaskan bahwa pelaksanaan haji berjalan lancar.")
    assert _who(body)[-1][0] == "Lukman Hakim Saifuddin"


# ---- '"...," harap dosen tersebut.': a hope, appeal, complaint or joke as the cue after a quote -------------

_CANDI = ("Malang - Sebuah mobil menjebol pagar Candi Kidal. Kecelakaan itu membuat Dosen Arkeologi Universitas "
          "Negeri Malang, Dwi Cahyono, prihatin.\n\n"
          "\u201cBagaimana bisa, sungguh mengherankan,\u201d ujar Dwi.\n\n"
          "Sementara itu, pemilik kendaraan tersebut berinisial DR, mengaku tidak tahu jika menabrak candi. Dia "
          "merasa berhalusinasi.\n\n")


def test_harap_cue_with_a_description_means_the_one_described():
    body = _CANDI + "\u201cSemoga petaka serupa tidak terjadi lagi di situs lain,\u201d harap dosen tersebut."
    assert _who(body)[-1][0] == "Dwi Cahyono"


def test_imbau_cue_with_a_name():
    body = _CANDI + "\u201cMari jaga bersama situs cagar budaya kita,\u201d imbau Dwi."
    assert _who(body)[-1][0] == "Dwi Cahyono"


def test_harap_opening_a_request_is_no_cue():
    # ('Harap tenang' is a request in a sentence, not a cue after a quote)
    body = ("Jakarta - Petugas meminta warga yang mengungsi tetap tenang. Harap tenang dan ikuti arahan petugas di "
            "lapangan. Kepala BPBD DKI Jakarta Budi Santoso mengatakan banjir sudah surut.")
    assert _who(body) == [("Budi Santoso", "Kepala BPBD DKI Jakarta")]
