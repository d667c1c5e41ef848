"""Indonesian speaker linking (helper h_idlink46): the bare noun of a body's unnamed agent closed by an anaphor
('Perwakilan tersebut juga mengungkapkan, ...' after '"...," ujar perwakilan Ruach Entertainment.') points back at
that body, not at the person spoken of last; a plural pronoun cue ('tulis mereka') keeps a quote that names the
group issuing it. Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import direct, indirect, run


# ---- the bare noun of a body's agent ------------------------------------------------------------------------

_AGENT = ("Aktris Kim Tae Hee dikabarkan tengah mengandung anak pertamanya. Kabar itu dibenarkan oleh agensinya, "
          "Ruach Entertainment.\n\n"
          "\"Kim Tae Hee saat ini sedang hamil 15 minggu, jadi dia harus berhati-hati,\" ujar perwakilan "
          "Ruach Entertainment.\n\n"
          "Perwakilan tersebut juga mengungkapkan, Tae Hee akan mulai fokus pada pendidikan sebelum melahirkan.\n")


def test_the_agent_noun_with_an_anaphor_is_the_body_its_cue_named():
    assert ("Ruach Entertainment", "Tae Hee akan mulai fokus pada pendidikan sebelum melahirkan") \
        in indirect(run(_AGENT))


def test_the_agent_noun_after_dari_is_the_body_too():
    body = _AGENT.replace("ujar perwakilan Ruach", "ujar perwakilan dari Ruach")
    assert ("Ruach Entertainment", "Tae Hee akan mulai fokus pada pendidikan sebelum melahirkan") \
        in indirect(run(body))


def test_a_person_named_after_the_agent_leaves_the_description_alone():
    body = _AGENT.replace("Perwakilan tersebut juga", "Manajer Budi Santoso datang kemudian. Perwakilan tersebut juga")
    assert not any(s == "Ruach Entertainment" and t.startswith("Tae Hee akan mulai")
                   for s, t in indirect(run(body)))


def test_another_noun_than_the_cues_is_not_the_body():
    body = _AGENT.replace("Perwakilan tersebut", "Aktris tersebut")
    assert not any(s == "Ruach Entertainment" and t.startswith("Tae Hee akan mulai")
                   for s, t in indirect(run(body)))


# ---- a plural pronoun cue -----------------------------------------------------------------------------------

_BAND = ("Band rock Foo Fighters membatalkan tiga konser karena urusan keluarga. Itu diungkap Dave Grohl cs melalui "
         "akun Twitter resmi mereka, Minggu (22/10). Menurut Foo Fighters, konser di kota itu akan diumumkan segera.\n\n"
         "\"Foo Fighters menyesal karena pertunjukan malam ini harus dijadwal ulang pada 1 Mei mendatang,\" tulis "
         "mereka untuk penggemar di Lexington.\n")


def test_a_plural_pronoun_cue_keeps_the_groups_statement_naming_it():
    assert [s for s, t, _ in direct(run(_BAND)) if t.startswith("Foo Fighters menyesal")] == ["Foo Fighters"]


def test_a_singular_pronoun_cue_still_leaves_a_quote_naming_its_referent():
    body = ("\"Kami sudah memeriksa semua saksi,\" kata Kapolres Budi Santoso.\n\n"
            "Kemenag berharap masyarakat tetap tenang. \"Kemenag hadir untuk melayani jamaah,\" ujarnya.\n")
    speakers = [s for s, t, _ in direct(run(body)) if t.startswith("Kemenag hadir")]
    assert speakers != ["Kementerian Agama"] and speakers != ["Kemenag"]


# ---- an office closed by an anaphor after an opening phrase ------------------------------------------------

_OPENED = ("Seniman asal Kebumen, Eddy Ruswanto, merancang kolase Bunda Maria terbesar di dunia.\n\n"
           "\"Kini, kolase itu dipamerkan di Museum Mahanandi, Surabaya,\" kata pemilik Museum Mahanandi, Johan Yan, "
           "di Denpasar, Sabtu.\n\n"
           "Dalam surat elektronik yang diterima di Denpasar itu, Direktur Utama PT Total Quality Indonesia itu "
           "menjelaskan, kolase itu bermula dari ketertarikan sang seniman terhadap kisah Bunda Maria.\n")


def test_an_office_with_an_anaphor_after_an_opening_phrase_is_the_one_spoken_of():
    assert ("Johan Yan", "kolase itu bermula dari ketertarikan sang seniman terhadap kisah Bunda Maria") \
        in indirect(run(_OPENED))


def test_an_office_with_no_anaphor_after_an_opening_phrase_is_no_one_spoken_of():
    body = _OPENED.replace("Total Quality Indonesia itu", "Total Quality Indonesia")
    assert not any(s == "Johan Yan" and t.startswith("kolase itu bermula") for s, t in indirect(run(body)))
