"""A personal pronoun cue after sentences about a body goes on with the person quoted before (written by
h_idwho33, finished by h_detik34 to the lead's convention, with the seed's announced statement kept).
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


# ---- '"...," katanya' after a sentence about a body: the person quoted before, not the body ----------

def test_a_pronoun_cue_after_a_sentence_on_a_police_body_is_the_officer_quoted_before():
    body = ("\"Kalau warga cepat melapor, gangguan bisa dicegah lebih awal,\" kata Kabid Humas Polda Jambi "
            "Kombes Budi Santoso kepada wartawan.\n"
            "Polda Jambi juga terus mengimbau masyarakat memanfaatkan layanan panggilan darurat 110 secara gratis.\n"
            "\"Nomor 110 bebas pulsa. Silakan hubungi kapan pun,\" jelasnya.")
    assert ("Budi Santoso", "Nomor 110 bebas pulsa. Silakan hubungi kapan pun") in _speakers(body)


def test_a_pronoun_cue_after_what_a_local_government_wants_is_the_mayor():
    body = ("Sementara itu Bupati Brebes, Siti Aminah mengatakan pelabuhan merupakan potensi daerah. Oleh karena "
            "itu, Pemkab Brebes menginginkan agar pelabuhan dikembangkan lebih lanjut.\n"
            "\"Tidak hanya perikanan, tapi juga niaga,\" pungkasnya.")
    assert ("Siti Aminah", "Tidak hanya perikanan, tapi juga niaga") in _speakers(body)


def test_a_body_quoted_in_quotation_marks_keeps_its_pronoun_cue():
    # the statistics office speaks in its own release: its next pronoun-cued quote stays its own
    body = ("Kepala BPS Jambi Andi Saputra mengatakan ekspor naik bulan lalu.\n"
            "\"Supaya datanya lebih baik, BPS menerbitkan angka final tiap awal bulan,\" tulis "
            "Badan Pusat Statistik dalam siaran persnya, Rabu (14/5/2025).\n"
            "Badan Pusat Statistik menyebut angka pertengahan bulan hanya bersifat sementara.\n"
            "\"Pemakai data kini mendapat angka ekspor yang final,\" tambahnya.")
    assert ("Badan Pusat Statistik", "Pemakai data kini mendapat angka ekspor yang final") in _speakers(body)


def test_a_body_announcing_the_quote_in_the_sentence_before_keeps_its_pronoun_cue():
    # (the seed's shape: the ministry's bare announcement leads into its own words)
    body = ("\"Kami tidak akan mundur,\" kata Presiden Kroasia Adam Kovac.\n"
            "Secara terpisah, Kementerian Luar Negeri Moldova juga menyampaikan kecaman.\n"
            "\"Serangan itu melanggar hukum internasional,\" katanya.")
    assert ("Kementerian Luar Negeri Moldova", "Serangan itu melanggar hukum internasional") in _speakers(body)
    # (but a body reporting content is no announcer: the person goes on)
    body = body.replace("juga menyampaikan kecaman", "menyampaikan bahwa bantuan akan dikirim pekan depan")
    assert ("Adam Kovac", "Serangan itu melanggar hukum internasional") in _speakers(body)
