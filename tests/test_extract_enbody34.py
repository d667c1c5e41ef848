"""English bodies read as persons, round 34 (helper h_enbody46): 'the company' after a one-word firm
name the article reads as a person's (no office, never a surname) is that firm when it was written,
as a subject, after the organisation named last ('Zentrix ... its Orbit search site ... Zentrix is
also using ... The company said'); not a band named in a list, nor a name written only after another
name. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


def _speaker_of(body: str, text_start: str) -> str | None:
    return next((s for s, t, _ in all_en(body) if t.startswith(text_start)), None)


def test_the_company_is_the_lone_name_written_as_subject_after_the_organisation():
    body = ("Zentrix has unveiled the finished version of its home-grown search engine.\n\n"
            "The now formally launched Orbit search site replaces the test version. "
            "Zentrix faces challenges because of the intense competition for queries. "
            "Tools sitting alongside the Orbit search engine let users refine results. "
            "Zentrix is also using new filters for results. "
            "The company said that user feedback had been used to refine the system.")
    assert _speaker_of(body, "user feedback had been used") == "Zentrix"


def test_the_company_stays_the_organisation_when_the_lone_name_is_not_a_subject_after_it():
    # ('albums by Coldplay and Gorillaz': a band in a list, written after the firm, is no subject)
    body = ("Shares in music giant Harmonix Records have sunk after a profit warning.\n\n"
            "Harmonix Records said sales will fall, blaming delays to albums by Velvane and Corvix. "
            "Velvane and Corvix were expected to sell well. "
            "Harmonix Records said two albums by Velvane and Corvix have now been put back. "
            "The company said it expected profits to be about 138m pounds.")
    assert _speaker_of(body, "it expected profits") == "Harmonix Records"


def test_the_company_is_not_a_name_written_after_a_capitalised_word():
    # ('State-owned Rosneft': written after a capitalised word, a name that may be a surname;
    # the latest subject is the one looked at, no earlier one)
    body = ("Owners of Orlik Oil want a loan back from Tarnex Group.\n\n"
            "Tarnex Group says it will ask Vostran to repay a loan that Belgor had secured on its assets. "
            "State-owned Vostran already faces a similar demand from foreign banks. "
            "But the company has said it intends to take action against the owners.")
    assert _speaker_of(body, "it intends to take action") != "Belgor"
