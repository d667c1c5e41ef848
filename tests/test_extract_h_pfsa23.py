"""Indonesian speakers named by a title or an unnamed authority before an adverb, and wishes that report
nothing (helper h_pfsa23). Sentences invented for these tests in the shape of Indonesian news; the
official named is a public office holder listed in generator/data/officials.yaml.

The classes, as counted on the development reading samples: 'Presiden juga ...', 'Pemerintah juga ...',
'pemerintah masih / memang ...', 'petugas ... selalu ...' gave speakers named with the adverb ('Presiden
juga', 'pemerintah masih'); 'X ingin memastikan / mengajak ...' (what someone wants to make sure of or
to invite) was read as a report; 'Sekretaris Kementerian Koperasi dan UKM <name> ...' was read as two joint
speakers (the ministry and the person), where the 'dan' belongs to the body's name. (The last test is a
guard of that rule: two offices each with its own title stay two speakers.)"""
from __future__ import annotations

from .extract_cases import quote_fields


def _q(body: str):
    return quote_fields(body, "speaker", "role", "kind", "text")


# ---- a title alone and an adverb: the title's holder ----------------------------------------------

def test_a_title_before_an_adverb_is_the_holder_named_before():
    body = ("Presiden Joko Widodo memimpin rapat terbatas di Istana Merdeka, Senin. Presiden juga "
            "mengingatkan bahwa kunci pengendalian wabah adalah disiplin bersama.")
    got = _q(body)
    assert ("Joko Widodo", "Presiden", "indirect", "kunci pengendalian wabah adalah disiplin bersama") in got
    assert not any(s == "Presiden juga" for s, *_ in got)


# ---- an unnamed authority or officer and an adverb: the adverb is no part of the name --------------

def test_an_unnamed_authority_before_an_auxiliary_is_named_without_it():
    got = _q("Untuk tahun depan, pemerintah masih memperkirakan inflasi berada di kisaran 3 persen.")
    assert [s for s, *_ in got] == ["pemerintah"]


def test_an_unnamed_officer_before_always_is_named_without_it():
    got = _q("Untuk memantau efek samping, petugas lapangan selalu menjelaskan gejala yang mungkin muncul "
             "setelah penyuntikan.")
    assert [s for s, *_ in got] == ["petugas lapangan"]


def test_indeed_between_a_named_subject_and_its_verb():
    got = _q("Sejak awal tahun, penyanyi Rina Kartika memang sudah menyatakan dirinya akan rehat dari panggung.")
    assert [(s, t) for s, _, _, t in got] == [("Rina Kartika", "dirinya akan rehat dari panggung")]


# ---- a wish or an intention is no report ------------------------------------------------------------

def test_what_someone_wants_to_make_sure_of_is_no_report():
    body = ("Wali Kota Bogor Budi Santoso meninjau pasar. Budi ingin memastikan bahwa tidak ada pedagang "
            "yang kehilangan lapak karena renovasi.")
    assert not any(k == "indirect" and "pedagang" in t for _, _, k, t in _q(body))


def test_what_a_body_intends_to_invite_is_no_report():
    body = "Lewat program itu, Dinas Pariwisata hendak mengajak warga kota mengenal kuliner daerah."
    assert not any(k == "indirect" for _, _, k, _ in _q(body))


def test_a_report_after_the_wish_still_goes_to_the_one_quoted_before():
    # (the sentence of the wish names no speaker; the pronoun cue is the person quoted before)
    body = ("\"Rapatnya besok akan memutuskan mekanismenya,\" kata Direktur Utama Agus Salim.\n\n"
            "Pemerintah juga ingin memastikan agar tak seorang warga pun kehilangan layanan.\n"
            "\"Prinsipnya, negara hadir untuk semua warga,\" ujarnya.")
    got = _q(body)
    assert ("Agus Salim", "direct", "Prinsipnya, negara hadir untuk semua warga") in [(s, k, t) for s, _, k, t in got]
    assert not any(s.startswith("Pemerintah") for s, *_ in got)


# ---- an office whose body's name holds 'dan' is one office, not two joint speakers -------------------

def test_a_ministry_named_with_dan_before_the_name_is_one_office():
    got = _q("Sekretaris Kementerian Koperasi dan UKM Dedi Kurniawan menjelaskan, izin usaha mikro kini "
             "bisa diurus secara daring.")
    assert [(s, r) for s, r, *_ in got] == [("Dedi Kurniawan", "Sekretaris Kementerian Koperasi dan UKM")]


def test_an_agency_named_with_dan_before_the_name_is_one_office():
    got = _q("Kepala Dinas Perindustrian dan Perdagangan Budi Santoso mengatakan, harga cabai naik pekan ini.")
    assert [s for s, *_ in got] == ["Budi Santoso"]


def test_two_offices_each_with_its_title_stay_two_speakers():
    got = _q("Menteri Luar Negeri Retno Marsudi dan Menteri Kesehatan Budi Gunadi Sadikin mengatakan, "
             "vaksin akan tiba pekan depan.")
    assert {s for s, *_ in got} == {"Retno Marsudi", "Budi Gunadi Sadikin"}
