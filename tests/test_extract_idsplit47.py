"""Where an office or a description ends and a person's name begins, in Indonesian text (helper idsplit,
forty-seventh session): a club's or a firm's name glued to the name. Sentences invented for these tests, in
the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers_and_roles(body):
    return quote_fields(body, "speaker", "role")


# ---- a club's name between what a person is and the name the article cites ---------------------------

def test_a_club_between_a_person_noun_and_a_name_cited_alone_is_the_roles():
    body = ("Bintang Barcelona Rafinho mengungkapkan bahwa dirinya sangat senang mempunyai rekan setim yang hebat.\n\n"
            "Rafinho sudah lima tahun bermain di Barcelona dan memenangkan banyak trofi.\n\n"
            '"Dia adalah orang yang banyak membantu saya selama empat tahun ini," kata Rafinho.\n')
    found = _speakers_and_roles(body)
    assert ("Rafinho", "Bintang Barcelona") in found
    assert not any(s == "Barcelona Rafinho" for s, _ in found)


def test_a_clubs_short_form_and_name_before_a_full_name_are_the_roles():
    body = ("Pelatih AC Milan Gianni Morettalo menegaskan pemain barunya akan mendapat kesempatan besar.\n\n"
            "Milan membeli pemain itu dari Barcelona pekan lalu.\n\n"
            '"Dia berada di sini untuk bermain, bukan untuk duduk di bangku cadangan," kata Morettalo.\n')
    found = _speakers_and_roles(body)
    assert ("Gianni Morettalo", "Pelatih AC Milan") in found


def test_a_given_name_the_article_uses_alone_stays_the_persons():
    # 'Miley' stands alone as her short name, not after a preposition of place: no body's word
    body = ("Penyanyi Milena Corvani merayakan ulang tahunnya ke-24 pada Rabu kemarin.\n\n"
            "Tak hanya Milena yang mengunggah kegembiraan pada perayaan ulang tahunnya.\n\n"
            '"Ulang tahun terbaik yang pernah ada," kata Corvani.\n')
    found = _speakers_and_roles(body)
    assert ("Milena Corvani", "Penyanyi") in found
    assert not any(s == "Corvani" for s, _ in found)


# ---- an English word that closes a travel agency's or a club's name ----------------------------------

def test_a_travel_agencys_name_closed_by_travel_is_the_roles():
    body = ("Hal itu diakui GM Operation Officer HIS Travel Arief Kurniadi yang ditemui usai konferensi pers di "
            "Jakarta.\n\n"
            '"Bunga sakura adalah alasan utama turis Indonesia datang ke Jepang," ujarnya.\n')
    found = _speakers_and_roles(body)
    assert ("Arief Kurniadi", "GM Operation Officer HIS Travel") in found


def test_a_clubs_name_closed_by_fc_is_the_roles():
    body = "Gelandang Arema FC Esteban Vizcarro mengaku tidak akan merayakan golnya ke gawang bekas klubnya.\n"
    found = _speakers_and_roles(body)
    assert ("Esteban Vizcarro", "Gelandang Arema FC") in found
