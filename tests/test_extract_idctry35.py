"""Indonesian speaker country through the speaker chosen (thirty-fifth session, helper idctry47): a pronoun
cue after a longer stretch of an officer's account of a suspect quoted before stays the officer's; the last
item of a list ('Amerika dan Uni Eropa') that the article named as a body is no person a later 'Ia' means;
a short form of the first written-out word after initials ('Pudjo' of 'A.S. Pudjoharsoyo'); a sentence that
opens with a court panel ('Majelis hakim menyatakan ...'); the manager of the state's service unit
('Manajer SLRT'); the national selection committee (Panselnas); a foreign minister whose state's name lost
its last letter before a listed name ('Menteri Luar Negeri Australi Julie Bishop').
Sentences invented for these tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _speakers(body: str) -> list[tuple]:
    return [(q["speaker"], q["country"], q["text"][:30]) for q in run(body, "id")["quotes"]]


def _countries(body: str) -> dict[str, set]:
    out: dict[str, set] = {}
    for q in run(body, "id")["quotes"]:
        out.setdefault(q["speaker"], set()).add(q["country"])
    return out


# ---- a pronoun cue after a longer account of a suspect quoted before --------------------------------

_ACCOUNT = ("\"Saya sudah bilang jangan hina keluarga saya,\" kata Kamal Mopangga saat diperiksa.\n"
            "Kapolsek Kuta Kompol Agus Riwayanto mengatakan aksi itu bermula saat Kamal dan Endang pulang dari "
            "bar. \"Kamal dihina dengan kata-kata kasar. Itu jadi motifnya,\" kata Agus.\n"
            "\"Kamal lalu mengambil pisau dari bawah bantal,\" ungkapnya.\n"
            "Agus mengatakan, setelah itu Kamal sempat menginap semalam di kamar yang sama.\n"
            "Keesokan harinya, Kamal sempat mengambil kartu debit dan laptop milik korban. "
            "Sampai di Kota Bitung, Kamal bersembunyi di sebuah bedeng tempat nelayan beristirahat. "
            "Namun, pelariannya tetap terendus polisi.\n"
            "Kamal akhirnya tertangkap di bedeng itu. Kamal dihadiahi timah panas di kedua betisnya.\n")


def test_a_pronoun_cue_after_a_long_account_of_a_suspect_quoted_before_stays_the_officers():
    body = _ACCOUNT + "\"Ya, kami lumpuhkan supaya tidak kabur lagi,\" katanya.\n"
    last = _speakers(body)[-1]
    assert last[0] == "Agus Riwayanto" and last[1] == "ID"


def test_a_long_narration_of_someone_never_quoted_before_does_not_keep_the_officer():
    # (the stretch longer than five sentences is read as the account only of someone quoted before: a
    # person never quoted leaves the pronoun cue as it was read before this rule)
    body = _ACCOUNT.replace("\"Saya sudah bilang jangan hina keluarga saya,\" kata Kamal Mopangga saat "
                            "diperiksa.\n", "Kamal Mopangga diperiksa polisi.\n") \
        + "\"Ya, saya menyesal,\" katanya.\n"
    assert _speakers(body)[-1][0] != "Agus Riwayanto"


# ---- the last item of a list, a body the article named --------------------------------------------

def test_a_body_named_in_a_list_is_no_person_for_a_later_ia():
    body = ("Amerika Serikat menjadi pasar utama ekspor Jawa Tengah, disusul Uni Eropa (11,2%) dan Jepang "
            "(8,1%).\nProduk unggulan seperti sarang burung walet dan udang menjadi primadona di pasar Amerika "
            "dan Uni Eropa.\n\nIa juga menyoroti pengembangan kawasan industri di Batang.\n"
            "\"Kami juga mendorong konektivitas antarwilayah,\" jelasnya.\n")
    assert "Uni Eropa" not in {q[0] for q in _speakers(body)}


# ---- a short form of a name written with initials -------------------------------------------------

def test_the_short_form_of_the_first_word_after_initials_is_that_person():
    body = ("Mahkamah Agung menunda pengumuman yang ditandatangani oleh Ketua Panitia Seleksi Nasional "
            "(Panselnas) A.S. Pudjoharsoyo.\n\n\"Kelulusan akhir ditunda sampai ada penetapan hasil seleksi,\" "
            "jelas Pudjo melalui surat pengumuman.\n")
    assert _countries(body) == {"A.S. Pudjoharsoyo": {"ID"}}


# ---- a court panel opening the sentence ------------------------------------------------------------

def test_a_court_panel_opening_the_sentence_speaks_for_the_state():
    body = ("Mansur menjalani sidang putusan di Pengadilan Negeri (PN) Kendari, Senin (1/2). Majelis hakim "
            "menyatakan Mansur terbukti secara sah melakukan tindak pidana.\n")
    assert _countries(body) == {"Majelis hakim": {"ID"}}


# ---- a manager of the state's service unit --------------------------------------------------------

def test_the_manager_of_an_slrt_speaks_for_the_state():
    body = ("\"Yang datang ke sekretariat bisa sepuluh orang per hari,\" kata Manajer SLRT Sambilulungan, "
            "Rina Marlina.")
    assert _countries(body) == {"Rina Marlina": {"ID"}}


def test_a_football_clubs_manager_stays_stateless():
    body = "\"Kami siap menghadapi laga besok,\" kata Manajer Persib Bandung Umuh Muchtar."
    assert set().union(*_countries(body).values()) == {None}


# ---- a foreign minister whose state's name lost a letter ------------------------------------------

def test_a_listed_foreign_minister_after_a_clipped_state_name_speaks_for_that_state():
    body = ("\"Saya harap tuntutan ini berhasil,\" kata Menteri Luar Negeri Australi Julie Bishop kepada "
            "wartawan.")
    assert _countries(body) == {"Julie Bishop": {"AU"}}


def test_a_home_minister_before_a_listed_name_stays_home():
    body = "\"Saya harap tuntutan ini berhasil,\" kata Menteri Luar Negeri Retno Marsudi kepada wartawan."
    assert _countries(body) == {"Retno Marsudi": {"ID"}}


# ---- a report in a relative clause on a name ------------------------------------------------------

def test_a_request_in_a_relative_clause_is_the_named_officials():
    # (the sentence's subject is the statement of the one quoted before; the request hangs on the name)
    body = ("\"Saya kira DPRD bersikap bijak,\" kata Sudirman Said.\n\n"
            "Pernyataan Sudirman merupakan respons terhadap Gubernur DKI Jakarta Djarot Saiful Hidayat yang "
            "meminta KPK mengeluarkan pendapat terkait raperda reklamasi.")
    assert ("Djarot Saiful Hidayat", "ID") in {(q[0], q[1]) for q in _speakers(body)}


def test_a_relative_clause_after_a_comma_keeps_the_subject():
    body = ("Gubernur DKI Jakarta Djarot Saiful Hidayat, yang hadir dalam rapat, meminta KPK mengeluarkan "
            "pendapat terkait raperda reklamasi.")
    assert {q[0] for q in _speakers(body)} == {"Djarot Saiful Hidayat"}
