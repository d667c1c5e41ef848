"""Stance and conflict classes read in the Indonesian stance errors of the development sets (dev9, dev10,
dev12, gold): who acts in a stateless speaker's quote, members of a list governed by a preposition, a
coalition against an armed group, a one-sided war whose two states are named as often, relations named
as background, and the members of a bloc a party leads. Constructed sentences only."""
from __future__ import annotations

from .test_conflicts import detect
from .test_stances import position_of as _position, quote, run


# ---- who acts ----------------------------------------------------------------------------------


def test_quote_of_a_speaker_of_no_state_is_not_the_last_states_act():
    body = ("Indonesia menampung para pengungsi dari Myanmar. "
            "Seorang biksu mengatakan, \"Kami mengutuk kekerasan tentara Myanmar terhadap warga sipil.\"")
    q = quote(body, "Kami mengutuk kekerasan tentara Myanmar terhadap warga sipil.", None, "q1")
    _, stances = run(body, "id", quotes=[q], parties=["MM"])
    assert _position(stances, "ID") is None


def test_member_of_a_list_governed_by_a_preposition_is_no_subject():
    body = ("Puluhan ribu pengungsi lari ke negara tetangga, termasuk Bangladesh. "
            "Dunia mengecam keras tindakan Myanmar.")
    _, stances = run(body, "id", parties=["MM"])
    assert _position(stances, "BD") is None
    # a list that is the subject still acts
    body = "Sejumlah negara, termasuk Turki, mengecam keras tindakan Myanmar."
    _, stances = run(body, "id", parties=["MM"])
    assert _position(stances, "TR") == ("opposes", "MM")


# ---- coalitions and blocs --------------------------------------------------------------------------


def test_member_of_a_coalition_against_the_armed_group_backs_the_state():
    body = ("Pasukan Irak menyerang benteng terakhir ISIS di Mosul. ISIS masih menguasai kota tua. "
            "\"Pasukan Irak mulai menyerang,\" kata utusan Amerika Serikat di koalisi internasional yang "
            "memerangi ISIS. Militan ISIS terus bertahan.")
    _, stances = run(body, "id", parties=["IQ"])
    assert _position(stances, "US") == ("backs", "IQ")
    body = ("Iraqi forces attacked the last ISIS stronghold in Mosul. ISIS still holds the old city. "
            "Air strikes by the US-led coalition against ISIS hit the area. ISIS fighters kept fighting.")
    _, stances = run(body, "en", parties=["IQ"])
    assert _position(stances, "US") == ("backs", "IQ")


def test_coalition_against_a_group_named_in_passing_is_no_side():
    # the group is named once: not the enemy of the story's war
    body = ("Pasukan Irak menyerang pemberontak di Mosul. "
            "Utusan Amerika Serikat di koalisi internasional yang memerangi ISIS hadir. Pemberontak bertahan.")
    _, stances = run(body, "id", parties=["IQ"])
    assert _position(stances, "US") is None


def test_members_of_a_bloc_a_party_speaks_for_back_it():
    body = ("Kanada mendorong rencana itu dalam perundingan, tetapi Belarusia memblokirnya. "
            "Pernyataan resmi Belarusia dibuat atas nama 17 negara. "
            "Daftar dari negara-negara tersebut juga termasuk Malaysia, Nigeria dan Iran.")
    _, stances = run(body, "id", parties=["BY", "CA"])
    for code in ("MY", "NG", "IR"):
        assert _position(stances, code) == ("backs", "BY")
    # a list of states that names no bloc of a party takes no side
    body = ("Kanada mendorong rencana itu dalam perundingan, tetapi Belarusia memblokirnya. "
            "Pertemuan itu dihadiri 30 negara. Daftar dari negara-negara tersebut juga termasuk Malaysia.")
    _, stances = run(body, "id", parties=["BY", "CA"])
    assert _position(stances, "MY") is None


# ---- which conflict ------------------------------------------------------------------------------


def test_one_sided_war_with_two_states_named_as_often_takes_the_headline_state():
    body = ("Sejumlah petinggi ISIS tewas dalam serangan udara Amerika Serikat di Afghanistan. "
            "Komandan AS di Afghanistan bersumpah mengalahkan ISIS. "
            "ISIS masih melakukan serangan di Afghanistan. Pasukan AS terus membantu. "
            "Pertempuran melawan ISIS berlanjut.")
    result = detect(body, title="Petinggi ISIS tewas dalam serangan udara di Afghanistan")
    assert result is not None and result["parties"] == ["AF"]


def test_relations_named_as_background_are_no_conflict():
    body = ("Presiden Rusia memberi hadiah kepada aktor itu. "
            "Hubungan antara Rusia dan Amerika Serikat mencapai titik terburuk sejak Perang Dingin akibat perang di "
            "Suriah. "
            "Hubungan Moskow - Washington retak. Rusia menyambut aktor itu.")
    assert detect(body, title="Presiden Rusia beri hadiah kepada aktor") is None
    # tension in the relations of the two is still their conflict
    body = ("Ketegangan hubungan antara India dan Pakistan meningkat. India dan Pakistan saling tuding. "
            "Pertempuran pecah di perbatasan India dan Pakistan.")
    result = detect(body)
    assert result is not None and set(result["parties"]) == {"IN", "PK"}


def test_party_naming_a_state_its_friend_tells_that_states_side():
    body = ("Penasihat keamanan Myanmar mengaku melobi sejumlah negara soal krisis di Rakhine. "
            "\"Kami memiliki persahabatan yang erat dengan Rusia, jadi isu ini tidak akan berlanjut,\" ujarnya.")
    q = quote(body, "Kami memiliki persahabatan yang erat dengan Rusia, jadi isu ini tidak akan berlanjut,", "MM", "q1")
    _, stances = run(body, "id", quotes=[q], parties=["MM"])
    assert _position(stances, "RU", "MM") == ("backs", "MM")
    assert _position(stances, "RU") is None


def test_appeal_for_calm_is_neutral():
    body = "Krisis di Rakhine memanas. Duta Besar Rusia mengatakan, \"Kami meminta semuanya tenang.\""
    q = quote(body, "Kami meminta semuanya tenang.", "RU", "q1")
    _, stances = run(body, "id", quotes=[q], parties=["MM"])
    assert _position(stances, "RU") == ("neutral", None)


def test_sponsors_of_a_resolution_a_party_opposes_take_the_other_side():
    body = ("Perdana Menteri Israel mengecam rencana sejumlah negara untuk mendorong resolusi soal Yerusalem. "
            "Israel menolak pemungutan suara itu. "
            "Draf resolusi itu diajukan ke Majelis Umum oleh sejumlah negara seperti Turki dan Yaman.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    for code in ("TR", "YE"):
        assert _position(stances, code) in (("opposes", "IL"), ("backs", "PS"))
    # sponsors of a resolution no party opposes take no side
    body = ("Israel dan Palestina kembali bertikai soal Yerusalem. "
            "Draf resolusi itu diajukan ke Majelis Umum oleh sejumlah negara seperti Turki dan Yaman.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert _position(stances, "TR") is None


def test_declaring_a_city_a_partys_capital_backs_the_party():
    body = ("Israel dan Palestina bertikai soal kota itu. "
            "Keputusan Amerika Serikat yang menyatakan kota itu merupakan ibu kota Israel memicu protes.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert _position(stances, "US") == ("backs", "IL")


def test_rejecting_a_states_act_opposes_that_state_not_the_party_in_its_clause():
    # the decision rejected is the US's: no stance of the US against Israel, named in the relative clause
    body = ("Israel dan Palestina bertikai soal kota itu. Amerika Serikat kalah dalam pemungutan suara. "
            "Sebanyak 128 negara memilih menolak keputusan Trump yang menyatakan kota itu merupakan ibu kota Israel.")
    _, stances = run(body, "id", parties=["IL", "PS"])
    assert _position(stances, "US") == ("backs", "IL")


def test_backing_a_states_humanitarian_diplomacy_is_no_call_for_talks():
    body = ("Krisis di Rakhine memanas. "
            "Inggris memberikan dukungan penuh atas upaya diplomasi Indonesia untuk memimpin aksi kemanusiaan.")
    _, stances = run(body, "id", parties=["MM"])
    assert _position(stances, "GB") is None
    body = "Krisis di Rakhine memanas. Inggris mendesak krisis itu diselesaikan melalui diplomasi."
    _, stances = run(body, "id", parties=["MM"])
    assert _position(stances, "GB") == ("neutral", None)
