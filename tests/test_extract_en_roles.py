"""English definite roles ('The prime minister said ...') and the person they name again. Texts written
for these tests."""
from __future__ import annotations

from .extract_cases import all_en


def test_a_bare_office_right_after_a_well_known_official_is_that_official():
    # ArticleEntities._official_named_just_before: the article names Theresa May (a well-known GB
    # official) and calls her by her office in the next sentence
    body = ("Theresa May has announced a review of school funding.\n\n"
            "The prime minister said the review would report in the spring.")
    assert ("Theresa May", "the review would report in the spring", "GB") in all_en(body)


def test_a_courtesy_title_is_no_office_the_bare_office_could_name_another():
    # 'Mr Blair' gives Tony Blair the role 'Mr', which is no office
    body = ("Mr Blair met union leaders on Monday, Tony Blair's aides said.\n\n"
            "The prime minister said the talks had been useful.")
    assert ("Tony Blair", "the talks had been useful", "GB") in all_en(body)


def test_a_bare_office_after_two_people_stays_unresolved():
    # two people in the sentence before: which one holds the office is not said
    body = ("Theresa May met Boris Johnson on Monday.\n\n"
            "The prime minister said the talks had been useful.")
    speakers = [s for s, t, _ in all_en(body) if t == "the talks had been useful"]
    assert speakers and "Theresa May" not in speakers and "Boris Johnson" not in speakers


def test_a_bare_office_after_a_person_not_known_as_an_official_stays_unresolved():
    # 'John Smith' is no well-known official: the office may be another person's
    body = ("John Smith has announced a review of school funding.\n\n"
            "The prime minister said the review would report in the spring.")
    speakers = [s for s, t, _ in all_en(body) if t == "the review would report in the spring"]
    assert speakers and "John Smith" not in speakers


def test_an_unnamed_holder_earlier_does_not_outweigh_the_official_named_just_before():
    # the first 'prime minister' stays unnamed (two people before it); the second follows a sentence
    # naming Theresa May alone
    body = ("Theresa May met Boris Johnson on Monday.\n\n"
            "The prime minister said the talks had been useful.\n\n"
            "On Tuesday Theresa May visited a school in Leeds.\n\n"
            "The prime minister said schools needed more money.")
    assert ("Theresa May", "schools needed more money", "GB") in all_en(body)


def test_a_courtesy_title_before_a_surname_that_is_a_common_word_names_the_person():
    # Grammar._honorific_only: 'Mr Brown' is Gordon Brown named again, not an office ending in the
    # common word 'brown'
    body = ("Gordon Brown has set out his spending plans.\n\n"
            "Mr Brown said the plans were affordable.")
    assert ("Gordon Brown", "the plans were affordable", "GB") in all_en(body)
