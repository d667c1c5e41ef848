"""Indonesian speaker country (thirty-eighth session), from a second random sample of the census read as an
untuned set would be: a state's name standing alone where a speaker is named, right after words for people or
the press it only qualifies ('ujar sang gelandang Italia', 'menurut laporan media-media Inggris', 'Warga
Palestina menilai', 'Perusahaan fotografi asal Jepang itu'), says where they are from: they speak, for no
state; and a passive speech verb after a modal ('Bisa dikatakan Indonesia memiliki ...': it can be said) is the
writer's own judgement, with no agent who said it. Sentences invented for these tests, in the shape of
Indonesian news."""
from __future__ import annotations

from .extract_cases import run


def _quotes(body: str) -> list[tuple]:
    return [(q["speaker"], q["country"], q["text"][:30]) for q in run(body, "id")["quotes"]]


def _said(body: str, opening: str) -> set[tuple]:
    return {(s, c) for s, c, t in _quotes(body) if t.startswith(opening)}


# ---- a state's name after words for people or the press it only qualifies -------------------------------

def test_midfielder_before_the_state_speaks_for_no_state():
    body = "Rudi mencetak gol. \"Benar, ini laga penting,\" ujar sang gelandang Italia kepada wartawan."
    assert {c for s, c in _said(body, "Benar, ini laga")} == {None}


def test_defender_from_the_state_speaks_for_no_state():
    body = ("Rudi meminta maaf usai laga. \"Sungguh sikap sportif yang luar biasa darinya,\" ungkap bek asal "
            "Jerman tersebut.")
    assert {c for s, c in _said(body, "Sungguh sikap")} == {None}


def test_the_states_press_is_no_state():
    body = "Harga pemain itu tidak disebutkan. Namun, menurut laporan media-media Inggris, nilainya mencapai 29,5 juta euro."
    assert _said(body, "nilainya mencapai") == {("media-media Inggris", None)}


def test_refugees_from_the_state_speak_for_no_state():
    body = ("Sedikitnya 124 pengungsi juga mengalami luka-luka. Pengungsi Burundi mengatakan bahwa lebih dari 30 "
            "orang telah dibunuh dalam aksi kekerasan di Kamanyola.")
    assert _said(body, "lebih dari 30") == {("Pengungsi Burundi", None)}


def test_a_firm_from_the_state_speaks_for_no_state():
    body = ("Sengketa itu memanas sejak tahun lalu. Perusahaan fotografi asal Jepang itu menanggapinya dengan "
            "meminta bantuan Pengadilan AS.")
    assert _said(body, "meminta bantuan") == {("Perusahaan fotografi asal Jepang", None)}


def test_the_opposition_before_the_state_speaks_for_no_state():
    body = ("Ratusan orang telah ditangkap di Izeh. Perlawanan Iran meminta semua orang untuk mendukung para "
            "tahanan dan keluarga mereka.")
    assert _said(body, "meminta semua") == {("Perlawanan Iran", None)}


def test_the_states_government_still_speaks_for_the_state():
    body = ("Bendungan itu menenggelamkan kota tua. Pemerintah Turki mengatakan kalau bendungan itu bakal "
            "memberi pasokan listrik.")
    assert {c for s, c, t in _quotes(body) if t.startswith("bendungan itu bakal")} == {"TR"}


def test_the_state_alone_still_speaks_for_the_state():
    body = ("Kapal itu ditahan di perairan internasional. Korea Utara mengatakan telah mempersiapkan 3,5 juta "
            "tentara untuk berperang.")
    assert {c for s, c, t in _quotes(body) if t.startswith("telah mempersiapkan")} == {"KP"}


def test_the_states_spokesman_after_a_cue_keeps_the_state():
    body = "Polisi menutup jalan itu. \"Kami siap berunding,\" kata juru bicara pemerintah Italia."
    assert {c for s, c in _said(body, "Kami siap")} == {"IT"}


# ---- a passive speech verb after a modal: it can be said ------------------------------------------------

def test_it_can_be_said_names_no_speaker():
    body = ("Indonesia memiliki 55 destinasi selam. Bisa dikatakan Indonesia memiliki diving spot yang merupakan "
            "surga bagi para penyelam.")
    assert _said(body, "Bisa dikatakan") == set()


def test_it_can_be_said_before_a_persons_name_names_no_speaker():
    body = "Harga cabai turun tajam pekan ini. Dapat dikatakan Budi Santoso menjadi korban permainan harga."
    assert _said(body, "Dapat dikatakan") == set()


def test_a_passive_speech_verb_with_its_agent_still_reports():
    body = "Teco memuji pemain barunya. Pemain itu dinilai Teco memiliki kemampuan komplet di lini tengah."
    assert {s for s, c in _said(body, "Pemain itu dinilai")} == {"Teco"}
