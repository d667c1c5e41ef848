"""Indonesian wrong speakers of the thirty-eighth session: an indefinite description ('Seorang saksi mata di
restoran tersebut mengatakan ...') brings in someone new, whatever anaphor closes a noun inside it; a kin noun
opening a description after a cue ('," lanjut adik kandung mantan Presiden X itu.') describes the one spoken of
last, not the relative it names. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[dict]:
    return run(body, "id")["quotes"]


def _speaker_of(body: str, words: str) -> str | None:
    return next((q["speaker"] for q in _quotes(body) if words in q["text"]), None)


# ---- an indefinite description is someone new ----------------------------------------------------------------

_WITNESS = ("Pelaku, Budi Santoso, memasuki toko emas itu dan menodongkan pistol kepada seorang pegawai, Senin (4/12).\n\n"
            "Seorang saksi mata di toko tersebut mengatakan kepada wartawan bahwa keadaan saat itu sedang ramai.\n\n"
            "\"Tampaknya dia membawa pistol. Kami lari berhamburan,\" ujar saksi yang tidak disebutkan namanya itu.")


def test_an_indefinite_subject_with_an_anaphor_inside_is_someone_new():
    speaker = _speaker_of(_WITNESS, "keadaan saat itu sedang ramai")
    assert speaker is not None and speaker != "Budi Santoso"
    assert "saksi" in speaker.casefold()


def test_the_quote_after_the_unnamed_witness_is_the_witness_s():
    speaker = _speaker_of(_WITNESS, "Kami lari berhamburan")
    assert speaker is not None and speaker != "Budi Santoso"
    assert "saksi" in speaker.casefold()


def test_one_of_them_with_an_anaphor_inside_is_someone_new_too():
    body = ("Kepala Dinas Pasar Kota Medan, Rudi Hartono, meninjau pasar yang terbakar pada Selasa (5/12).\n\n"
            "Salah seorang pedagang di pasar itu menyatakan bahwa api berasal dari kios pakaian di lantai dua.")
    speaker = _speaker_of(body, "api berasal dari kios pakaian")
    assert speaker is not None and speaker != "Rudi Hartono"


def test_a_definite_description_still_points_back_at_the_one_spoken_of():
    # (the guard: with no indefinite word, 'Pria berusia 45 tahun itu' is the person the story spoke of)
    body = ("\"Kami sudah menyerahkan semua dokumen kepada penyidik,\" kata Direktur Utama PT Maju Jaya, Anton "
            "Wijaya, Senin (4/12).\n\n"
            "Pria berusia 45 tahun itu mengatakan bahwa perusahaannya akan bekerja sama dengan kepolisian.")
    assert _speaker_of(body, "perusahaannya akan bekerja sama") == "Anton Wijaya"


# ---- a kin noun before a name after a cue ----------------------------------------------------------------------

def test_a_kin_description_naming_a_known_relative_is_the_last_speaker():
    body = ("Mantan Presiden Abdul Rahman Sutrisno dikenal sebagai tokoh yang memperjuangkan pluralisme.\n\n"
            "Tokoh agama KH Salim Rahman menilai semangat itu kini mulai pudar. \"Dulu kita semua sepakat soal "
            "keberagaman,\" ujar Salim di Jombang, Minggu (5/2).\n\n"
            "\"Ironisnya, saat ini kita melihat ada gejala yang mempertentangkan lagi,\" lanjut adik kandung mantan "
            "Presiden Abdul Rahman Sutrisno itu.")
    assert _speaker_of(body, "Ironisnya, saat ini kita melihat") == "Salim Rahman"


def test_a_kin_description_of_the_last_speaker_s_relative_in_brackets_too():
    body = ("Mantan Presiden Abdul Rahman Sutrisno (Gus Man) dikenal sebagai tokoh yang memperjuangkan pluralisme.\n\n"
            "\"Dulu kita semua sepakat soal keberagaman,\" ujar tokoh agama KH Salim Rahman di Jombang, Minggu (5/2).\n\n"
            "\"Ironisnya, saat ini kita melihat ada gejala yang mempertentangkan lagi,\" lanjut adik kandung mantan "
            "Presiden Abdul Rahman Sutrisno (Gus Man) itu.")
    assert _speaker_of(body, "Ironisnya, saat ini kita melihat") == "Salim Rahman"


# ---- an office closed by an anaphor interrupting a clause after an unmarked cue ---------------------------------

_INTERRUPTED = ("\"Presiden memilih Rudi Hartono karena pertimbangan kinerja. Jadi, tidak ada barter politik,\" tegas "
                "Wakil Ketua Dewan Pakar Partai Maju, Anton Wijaya, di Jakarta, Rabu (17/1).\n\n"
                "Bergabungnya Rudi ke dalam kabinet kata Wakil Ketua MPR RI itu tidak mensyaratkan Partai Maju untuk "
                "mengukuhkan dukungan kepada Presiden.\n\n"
                "\"Dukungan partai merupakan keputusan tertinggi pada forum musyawarah nasional,\" ucapnya.")


def test_an_office_with_an_anaphor_inside_a_clause_is_the_last_speaker_reporting_it():
    q = next(q for q in _quotes(_INTERRUPTED) if "tidak mensyaratkan Partai Maju" in q["text"])
    assert q["speaker"] == "Anton Wijaya"
    assert q["text"].startswith("Bergabungnya Rudi ke dalam kabinet")


def test_the_pronoun_cue_after_it_stays_with_the_last_speaker():
    assert _speaker_of(_INTERRUPTED, "keputusan tertinggi pada forum") == "Anton Wijaya"


def test_a_named_speaker_after_an_unmarked_cue_is_read_as_before():
    # (the guard: a person named after the cue, no anaphor, is the speaker as the unmarked cue reads it)
    body = ("\"Kami sudah menyerahkan semua dokumen,\" kata Direktur Utama PT Maju Jaya, Anton Wijaya.\n\n"
            "Pada saat pertemuan tersebut ujar Rudi Hartono, mereka meminta agar lahannya dimasukkan ke dalam "
            "usulan revisi tata ruang.")
    assert _speaker_of(body, "lahannya dimasukkan") == "Rudi Hartono"


# ---- a passive of manner ('sebagaimana diperintahkan oleh X') ---------------------------------------------------

def test_the_agent_of_a_passive_of_manner_does_not_take_the_pronoun_cue():
    body = ("Menteri Koordinator Bidang Pangan Budi Santoso memastikan tidak akan impor garam mulai akhir 2027. Hal "
            "ini sebagaimana diperintahkan oleh Presiden Anton Wijaya.\n\n"
            "\"Garam konsumsi sekarang sudah tidak impor, tapi yang industri masih,\" kata dia di Jakarta, Selasa "
            "(21/10).")
    assert _speaker_of(body, "Garam konsumsi sekarang") == "Budi Santoso"


def test_the_agent_of_a_plain_passive_still_takes_the_pronoun_cue():
    # (the guard: 'Acara itu juga dihadiri X, pakar kuliner.' still moves the story on to X)
    body = ("Ayu Lestari menjelaskan, keju itu dibuat dari susu lokal. Acara itu juga dihadiri Bambang Wiryawan, "
            "pakar kuliner.\n\n"
            "\"Paduan ini menarik,\" ujarnya.")
    assert _speaker_of(body, "Paduan ini menarik") == "Bambang Wiryawan"


# ---- a body's report, then a personal pronoun cue: the body's own member quoted before ------------------------

_BODY = ("Angin puting beliung melanda Kecamatan Cicurug, Kabupaten Sukabumi, Sabtu (3/6).\n\n"
         "\"Kebanyakan bagian atap rumah,\" ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho "
         "dalam keterangan tertulisnya, Minggu (4/6).\n\n"
         "Kepala Pusat Pengendalian Operasi Badan Penanggulangan Bencana Daerah Kabupaten Sukabumi, Yana Rusyana "
         "mengatakan, bencana tersebut terjadi di RT 04 dan 02, serta RW 02 Desa Nangerang.\n\n"
         "BNPB memastikan tidak ada korban jiwa dalam peristiwa tersebut.\n\n"
         "\"Untuk bantuan darurat berupa pangan dan sandang sudah kami salurkan kepada warga,\" katanya.")


def test_a_pronoun_cue_after_a_body_s_report_is_its_member_quoted_before():
    assert _speaker_of(_BODY, "bantuan darurat berupa pangan") == "Sutopo Purwo Nugroho"


def test_with_no_member_of_the_body_quoted_the_person_quoted_last_goes_on():
    # (the guard: no one of the body's office quoted before, the pronoun goes on with the one quoted last)
    body = _BODY.replace("Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho",
                         "pengamat cuaca Sutopo Purwo Nugroho")
    assert _speaker_of(body, "bantuan darurat berupa pangan") == "Yana Rusyana"
