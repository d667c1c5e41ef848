"""Whom an Indonesian pronoun cue ('katanya', 'ujarnya', 'kata dia') means after sentences that only
narrate about another person (helper h_idpron24). Sentences invented for these tests, in the shape of
Indonesian domestic news; names invented."""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "text")


def _speaker_of(got, start: str):
    return next(s for s, t in got if t.startswith(start))


# ---- narration about someone named before goes between two quotes of the same speaker ----------

def test_a_suspect_narrated_about_between_a_lawyers_quotes_does_not_take_the_pronoun_cue():
    body = ("Kuasa hukum Rina Wulandari, Budi Santoso, mengatakan kliennya akan mengikuti semua proses hukum.\n"
            "\"Kami menghargai semua proses yang berjalan di kepolisian,\" kata Budi.\n"
            "Adapun Rina hari ini tidak datang ke kantor polisi untuk diperiksa sebagai tersangka.\n"
            "\"Kemarin itu kondisinya kurang sehat, jadi kami ajukan jadwal ulang minggu depan,\" ungkapnya.")
    got = _q(body)
    assert _speaker_of(got, "Kemarin itu kondisinya") == "Budi Santoso"


def test_two_narrating_sentences_about_a_suspect_keep_the_officers_pronoun_cue():
    body = ("Kapolsek Sukamaju Kompol Hendra Wijaya mengatakan tersangka Joko Susilo ditangkap di sebuah gubuk.\n"
            "\"Tersangka sempat melarikan diri ke luar kota,\" kata Hendra.\n"
            "Joko sempat bersembunyi di rumah kerabatnya. Joko menyerahkan sepeda motor curian kepada temannya.\n"
            "\"Kami lumpuhkan supaya tidak kabur lagi,\" katanya.")
    got = _q(body)
    assert _speaker_of(got, "Kami lumpuhkan") == "Hendra Wijaya"


# ---- what still goes to the one narrated about ---------------------------------------------------

def test_someone_named_for_the_first_time_between_the_quotes_takes_the_pronoun_cue():
    body = ("\"Kami sudah menyiapkan semua peralatan,\" kata Budi Santoso.\n"
            "Rudi Hartono, salah satu peserta, merasa terkejut dengan keputusan panitia.\n"
            "\"Saya tidak menyangka akan secepat ini,\" katanya.")
    got = _q(body)
    assert _speaker_of(got, "Saya tidak menyangka") == "Rudi Hartono"


def test_a_person_quoted_before_and_narrated_about_again_keeps_the_pronoun_cue():
    body = ("\"Saya akan terus berlatih,\" kata Rina Wulandari.\n"
            "\"Kami bangga dengan hasil ini,\" kata Budi Santoso.\n"
            "Rina kemudian pulang ke kampung halamannya di Garut.\n"
            "\"Saya rindu keluarga,\" ujarnya.")
    got = _q(body)
    assert _speaker_of(got, "Saya rindu keluarga") == "Rina Wulandari"


def test_a_speaking_act_between_the_quotes_hands_the_pronoun_cue_to_the_one_narrated_about():
    # 'menyinggung' opens no report, but tells that Rina spoke
    body = ("Aktris Rina Wulandari bertunangan dengan aktor Budi Santoso.\n"
            "\"Kami sudah saling kenal sejak lama,\" kata Budi.\n"
            "Sementara pada 2019, Rina juga sempat menyinggung hubungannya dengan Budi kepada majalah Kartika.\n"
            "\"Dia teman yang baik dan lucu,\" katanya.")
    got = _q(body)
    assert _speaker_of(got, "Dia teman yang baik") == "Rina Wulandari"


def test_without_a_speaking_act_the_pronoun_cue_stays_with_the_one_quoted():
    body = ("Aktris Rina Wulandari bertunangan dengan aktor Budi Santoso.\n"
            "\"Kami sudah saling kenal sejak lama,\" kata Budi.\n"
            "Rina juga sempat pulang ke rumah ibunya di Garut.\n"
            "\"Dia teman yang baik dan lucu,\" katanya.")
    got = _q(body)
    assert _speaker_of(got, "Dia teman yang baik") == "Budi Santoso"
