"""Wrong speakers in Indonesian text (helper idwho, forty-first session). Sentences invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct_speakers, quote_fields


# ---- a body reported last, its member quoted before; narration about someone named as an object -------

_TRIAL = ("\"Sebagian uang yang diberikan kepada Rina Wati dibagikan kepada seluruh anggota komisi dalam dua kali "
          "pembagian,\" ucap jaksa Budi.\n\n"
          "Jaksa juga meyakini, pencabutan keterangan oleh Rina diduga karena ada arahan pihak-pihak lain yang "
          "berkepentingan dalam kasus ini.\n\n")


def test_a_pronoun_after_narration_of_a_suspect_goes_on_with_the_bodys_member():
    body = _TRIAL + (
        "Keyakinan itu diperkuat dengan bukti yang menunjukkan pengaruh dari politikus Partai Maju, Anton "
        "Wijaya. Anton sendiri telah ditetapkan sebagai tersangka karena diduga menyuruh Rina mencabut keterangan.\n\n"
        "\"Berdasarkan alasan tersebut meminta majelis hakim tetap menggunakan keterangan saksi di depan "
        "penyidik,\" tuturnya.\n")
    assert direct_speakers(body) == ["Budi", "Budi"]


def test_a_person_acting_after_the_bodys_report_takes_the_pronoun():
    body = _TRIAL + (
        "Sementara itu, politikus Partai Maju Anton Wijaya membantah tudingan tersebut di Gedung KPK.\n\n"
        "\"Saya tidak pernah menyuruh siapa pun mencabut keterangan,\" tuturnya.\n")
    assert direct_speakers(body)[-1] == "Anton Wijaya"


def test_a_body_with_a_quote_in_marks_of_its_own_is_not_handed_to_a_member():
    body = ("\"Masyarakat diminta tidak keluar rumah saat hujan deras,\" kata Kapolda Jambi Irjen Rudi Hartono.\n\n"
            "\"Patroli ditambah di sepanjang sungai,\" tulis Polda Jambi dalam keterangannya.\n\n"
            "Polda Jambi juga menyatakan, patroli akan berlangsung hingga akhir pekan.\n\n"
            "Patroli itu melibatkan warga dari Desa Sungai Duren, Andi Saputra. Andi sendiri telah ditugaskan "
            "sejak pekan lalu.\n\n"
            "\"Kami siaga penuh,\" katanya.\n")
    assert direct_speakers(body)[-1] != "Rudi Hartono"


# ---- a name closing a sentence in apposition to the object of a verb or a link word is no subject --------

_PROBE = ("\"Mereka akan diperiksa sebagai saksi untuk tersangka RW,\" ujar Juru Bicara KPK, Dedi Kurniawan, saat "
          "dikonfirmasi.\n\n"
          "Pengacara Farid Hamzah juga dipanggil. Selain Farid, KPK akan memeriksa dua saksi lainnya.\n\n")
_TOLD = (" Bahkan dia membeberkan dalang yang menekan Rina merupakan petinggi partai.\n\n"
         "\"Yang dikejar itu termasuk petinggi partai juga,\" tegasnya.\n")


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker")


def test_a_name_in_apposition_to_an_active_verbs_object_is_no_subject():
    body = _PROBE + ("Pada pemeriksaan Senin lalu, mantan suami penyanyi Nia Lestari itu juga hadir mendampingi "
                     "pengacara kondang, Elsa Wulandari." + _TOLD)
    assert _speakers(body) == ["Dedi Kurniawan", "Farid Hamzah", "Farid Hamzah"]


def test_the_agent_of_a_passive_in_apposition_stays_the_subject():
    body = _PROBE + "Pemeriksaan itu disampaikan oleh pengacara kondang, Elsa Wulandari." + _TOLD
    assert _speakers(body) == ["Dedi Kurniawan", "Elsa Wulandari", "Elsa Wulandari"]
