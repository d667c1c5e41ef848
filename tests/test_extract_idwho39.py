"""Indonesian wrong speakers of the thirty-ninth session: an account named by its handle after the noun for an
account ('," tulis akun @warga_kota99.'), 'cuit' as a cue, 'another' alone after a cue ('," cuit lainnya.'),
and a title of several title words before a lower-case body and the name
('Juru Bicara kejaksaan Swedia Karin Rosander'). Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import run, quote_fields


def _said(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text")


def _speaker_of(body: str, words: str) -> str | None:
    return next((q["speaker"] for q in run(body, "id")["quotes"] if words in q["text"]), None)


# ---- an account's handle after the noun for an account ----------------------------------------------------

_NETIZENS = ("Jakarta - Unggahan penyanyi Dewi Lestari tentang kemacetan di Jalan Sudirman ramai dikomentari "
             "warganet.\n\n"
             "\"Macetnya memang parah sejak pagi,\" tulis Dewi Lestari.\n\n"
             "\"Sabar ya kak, semoga cepat lancar,\" tulis akun @budi_santoso88.\n\n"
             "\"Saya juga terjebak dua jam di sana,\" ujar pemilik akun @rina_k.\n\n"
             "\"Harusnya ada jalur alternatif,\" tulis pengguna Twitter dengan akun @ahmad_f.")


def test_an_account_s_handle_after_the_noun_for_an_account_speaks():
    assert _speaker_of(_NETIZENS, "Sabar ya kak") == "@budi_santoso88"


def test_the_holder_of_an_account_speaks_by_its_handle():
    assert _speaker_of(_NETIZENS, "terjebak dua jam") == "@rina_k"
    assert _speaker_of(_NETIZENS, "jalur alternatif") == "@ahmad_f"


def test_the_named_poster_before_the_handles_keeps_her_quote():
    assert _speaker_of(_NETIZENS, "Macetnya memang parah") == "Dewi Lestari"


def test_a_bare_handle_still_speaks():
    body = "\"Sabar ya kak, semoga cepat lancar,\" tulis @budi_santoso88."
    assert _said(body) == [("@budi_santoso88", "Sabar ya kak, semoga cepat lancar")]


def test_an_account_named_by_a_person_s_name_is_that_name():
    # not: no handle after 'akun', the name is read as before
    body = ("Jakarta - Trailer film itu dikritik warganet.\n\n"
            "\"Ceritanya terlalu mudah ditebak,\" tulis akun Agus Mulyadi.")
    assert _speaker_of(body, "terlalu mudah") == "Agus Mulyadi"


# ---- 'cuit' (tweeted) as a cue --------------------------------------------------------------------------------

def test_cuit_cues_the_quote_before_it():
    body = ("Jakarta - Penampilan grup musik itu dikritik warganet.\n\n"
            "\"Kostumnya tidak pantas untuk acara amal,\" cuit akun @sari_dewi.\n\n"
            "\"Menurut saya biasa saja,\" cuit Budi Santoso.")
    assert _said(body) == [("@sari_dewi", "Kostumnya tidak pantas untuk acara amal"),
                           ("Budi Santoso", "Menurut saya biasa saja")]


def test_cuitnya_is_a_pronoun_cue_of_the_one_quoted_before():
    body = ("\"Kostumnya tidak pantas untuk acara amal,\" cuit akun @sari_dewi.\n\n"
            "\"Harusnya mereka lebih sopan,\" cuitnya.")
    assert _speaker_of(body, "lebih sopan") == "@sari_dewi"


# ---- 'another' alone after a cue -------------------------------------------------------------------------------

_ANOTHER = ("Jakarta - Penampilan grup musik itu dikritik warganet.\n\n"
            "\"Kostumnya tidak pantas untuk acara amal,\" cuit seorang netizen.\n\n"
            "\"Mereka seperti tampil di kelab malam,\" cuit lainnya.")


def test_another_after_an_unnamed_speaker_is_another_of_that_kind():
    assert _speaker_of(_ANOTHER, "kelab malam") == "netizen lainnya"


def test_another_after_a_handle_is_another_account():
    body = ("\"Kostumnya tidak pantas untuk acara amal,\" cuit akun @sari_dewi.\n\n"
            "\"Mereka seperti tampil di kelab malam,\" cuit lainnya.")
    assert _speaker_of(body, "kelab malam") == "akun lainnya"


def test_another_described_in_full_is_read_as_written():
    # not: 'netizen lainnya' is a description of its own, kept as before
    body = ("\"Kostumnya tidak pantas untuk acara amal,\" cuit seorang netizen.\n\n"
            "\"Mereka seperti tampil di kelab malam,\" tulis netizen lainnya.")
    assert _speaker_of(body, "kelab malam") == "netizen lainnya"


# ---- a title of title words, a lower-case body, then the name ---------------------------------------------------

def test_a_title_then_a_lower_case_body_then_the_name_is_the_named_person_before_the_verb():
    body = ("Stockholm - Polisi Swedia menahan tersangka kedua serangan truk di pusat kota.\n\n"
            "Juru Bicara kejaksaan Swedia Karin Rosander mengatakan, tersangka yang kedua ditahan atas sangkaan "
            "teror.")
    sheet = run(body, "id")
    assert [(q["speaker"], q["country"]) for q in sheet["quotes"]] == [("Karin Rosander", "SE")]


def test_a_title_then_a_lower_case_body_then_the_name_after_the_cue():
    body = "\"Tersangka kedua sudah ditahan,\" kata Juru Bicara kejaksaan Swedia Karin Rosander."
    assert _said(body) == [("Karin Rosander", "Tersangka kedua sudah ditahan")]


def test_a_title_then_a_verb_phrase_is_no_description_of_the_name_after_it():
    # not: 'saat mendampingi' is when he spoke, and the President is the one he went with
    body = "\"Jalan ini akan diperbaiki tahun depan,\" kata Bupati saat mendampingi Presiden Joko Widodo."
    assert _speaker_of(body, "diperbaiki") != "Joko Widodo"

