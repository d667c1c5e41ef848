"""Who said what in Indonesian text (helper d48who, forty-sixth session): dev48's misses and wrong speakers.
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _quotes(body):
    return quote_fields(body, "speaker", "text")


def _speakers(body):
    return [s for s, _ in _quotes(body)]


# ---- a name after a two-word connective with no comma ----------------------------------------------

def test_a_lone_name_after_sementara_itu_is_the_subject():
    body = "Sementara itu Sutarman mengatakan getaran gempa tersebut ia rasakan cukup kencang di rumahnya.\n"
    assert ("Sutarman", "getaran gempa tersebut ia rasakan cukup kencang di rumahnya") in _quotes(body)


def test_a_name_and_its_description_after_sementara_itu_is_the_subject():
    body = ("Sementara itu Sutarman salah seorang warga di utara Kabupaten Garut tepatnya di Kecamatan Cikajang "
            "mengatakan getaran gempa tersebut ia rasakan cukup kencang.\n")
    assert ("Sutarman", "getaran gempa tersebut ia rasakan cukup kencang") in _quotes(body)


def test_a_common_word_after_sementara_itu_is_still_no_speaker():
    body = "Sementara itu Gempa mengatakan getaran tersebut dirasakan cukup kencang di rumah warga.\n"
    assert "Gempa" not in _speakers(body)


# ---- 'dianggap' with its agent: the agent's view -----------------------------------------------------

def test_dianggap_with_an_agent_inside_the_clause_is_the_agents_view():
    body = ("Lembaga kepolisian dianggap Koordinator Lembaga Pemantau Hukum Rudi Hartono tak mampu menghadapi "
            "halangan dalam penanganan kasus tersebut.\n")
    assert ("Rudi Hartono", "Lembaga kepolisian dianggap Koordinator Lembaga Pemantau Hukum Rudi Hartono tak "
            "mampu menghadapi halangan dalam penanganan kasus tersebut") in _quotes(body)


def test_dianggap_in_a_relative_clause_is_no_view_reported():
    body = "Warga mendatangi kantor yang dianggap Rudi Hartono sebagai pusat pelayanan di kota itu.\n"
    assert "Rudi Hartono" not in _speakers(body)


def test_dianggap_sebagai_with_its_agent_is_a_characterisation_no_view():
    body = "Tokoh itu selalu dianggap oleh pemerintah Myanmar sebagai pemimpin kelompok separatis di wilayah itu.\n"
    assert _quotes(body) == []


def test_a_connective_before_the_comma_leaves_the_clause_after_it_to_the_agent():
    body = ("Hanya saja, langkah tersebut dinilai Rudi Hartono terlambat diambil karena penanganan bersama "
            "harusnya dilakukan lebih awal.\n")
    assert ("Rudi Hartono", "langkah tersebut dinilai Rudi Hartono terlambat diambil karena penanganan bersama "
            "harusnya dilakukan lebih awal") in _quotes(body)


def test_a_place_before_the_comma_is_no_connective():
    body = ("Di Bandung, langkah tersebut dinilai Rudi Hartono terlambat diambil karena penanganan bersama "
            "harusnya dilakukan lebih awal.\n")
    assert ("Rudi Hartono", "langkah tersebut dinilai Rudi Hartono terlambat diambil karena penanganan bersama "
            "harusnya dilakukan lebih awal") not in _quotes(body)


# ---- 'Selain <verb> ...,' opening the sentence -----------------------------------------------------------

_KPK = "Komisi Pemberantasan Korupsi (KPK) akan segera mengumumkan tersangka baru.\n\n"


def test_selain_and_a_cue_opening_the_sentence_leaves_the_main_clause_reported():
    body = _KPK + ("Selain menyebut seluruh tersangka, KPK juga menyebut satu orang berinisial FA tengah dalam "
                   "proses penyidikan.\n")
    assert ("KPK", "satu orang berinisial FA tengah dalam proses penyidikan") in _quotes(body)


def test_selain_after_a_comma_is_the_subjects_own_report():
    body = ("ISIS melarang pria meninggalkan kota ini dan memaksa mereka membangun tanggul, selain mengumumkan "
            "Raqqa kini telah menjadi daerah militer.\n")
    assert ("ISIS", "Raqqa kini telah menjadi daerah militer") in _quotes(body)


# ---- 'kata' right before a quote mark is the noun 'word' -------------------------------------------------

_LAWYER = "Kuasa hukum terdakwa, Budi Santoso, mengatakan kliennya akan mengajukan banding.\n\n"


def test_kata_before_a_quote_mark_names_a_word_no_speech():
    body = _LAWYER + "Terdakwa mengunggah video itu dan menghilangkan kata 'pakai' dalam transkripnya.\n"
    assert "pakai" not in [t for _, t in _quotes(body)]


def test_kata_dia_before_a_quote_is_still_its_cue():
    body = _LAWYER + "Kata dia, \"Putusan itu tidak adil bagi klien kami dan kami akan banding.\"\n"
    assert ("Budi Santoso", "Putusan itu tidak adil bagi klien kami dan kami akan banding") in _quotes(body)
