"""Speaker countries, both languages (helper h_ctry16). Texts written for these tests, or small pieces of
IndoSum and Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import all_en


def test_a_bare_name_of_a_state_is_a_nationality_not_an_office():
    # Wikinews 2019-10-01 'Norway's Warholm wins gold in 400 m hurdles at World Championships in Doha'
    body = ("Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final.\n\n"
            "Speaking to BBC Sport, Warholm said, \"This was a very tough race.\"")
    assert ("Karsten Warholm", "This was a very tough race", None) in all_en(body)


def test_a_known_official_or_an_office_of_a_state_keeps_the_state():
    body = ("Yesterday, Heiko Maas of Germany met his counterpart.\n\n\"I was not expecting this\", said Maas.")
    assert ("Heiko Maas", "I was not expecting this", "DE") in all_en(body)
    body = ("Yesterday, Foreign Minister Ayman Safadi of Jordan met his counterpart.\n\n"
            "\"I was not expecting this\", said Safadi.")
    assert ("Ayman Safadi", "I was not expecting this", "JO") in all_en(body)


def test_a_legislator_of_a_member_state_keeps_the_federation():
    # Wikinews 2019-11-01 'U.S. House formalizes rules for Trump impeachment proceedings'
    body = ("Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana "
            "calling the investigation into Trump \"Soviet-style\".")
    assert ("Steve Scalise", "Soviet-style", "US") in all_en(body)
