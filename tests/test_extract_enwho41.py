"""English wrong speakers (thirty-second session, helper enwho41): a person called by nationality
whose own sentence goes on to name, or to call by another nationality, the person named last means
someone else: the person named before that one."""
from __future__ import annotations

from .extract_cases import quote_fields


def speakers(body):
    return quote_fields(body, "speaker", "text", lang="en")


def test_a_nationality_subject_whose_sentence_names_the_person_named_last_is_the_one_before():
    body = ("Defender Pierre Lamont has been given confidence by the arrival of coach Tom Hale at the club. "
            "And the French international defender believes Hale will keep the squad together.")
    got = speakers(body)
    assert ("Pierre Lamont", "Hale will keep the squad together") in got


def test_a_second_nationality_in_the_subjects_sentence_means_the_person_named_last():
    body = ("Manager Tom Hale said the match would be hard. Hale's own striker Jan de Vries is fit again, "
            "but the Scot admitted he was unsure whether to start the Dutchman.")
    got = speakers(body)
    assert ("Tom Hale", "he was unsure whether to start the Dutchman") in got


def test_a_nationality_subject_still_means_the_person_named_last():
    body = ("Tom Hale watched Marat Safin win in straight sets. The Russian said he was happy with his serve.")
    got = speakers(body)
    assert ("Marat Safin", "he was happy with his serve") in got
