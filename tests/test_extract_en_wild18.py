"""English report forms frequent in news beyond the development sets (helper h_enwild18). Texts written for
these tests."""
from __future__ import annotations

from .extract_cases import all_en

CLAUSE = " said its profits would fall sharply this year."


def test_a_one_word_name_before_an_aside_is_the_subject():
    # a capitalised sentence opener never seen mid-sentence is a name when an aside between commas,
    # then a report verb, follow it
    for subject in ["Unilever, which owns several soap brands,", "Vivendi, however, has", "Cruz, in remarks to ABC,",
                    "Winn-Dixie, once among the most profitable of US grocers,"]:
        name = subject.split(",")[0]
        assert all_en(subject + CLAUSE) == [(name, "its profits would fall sharply this year", None)]


def test_an_opener_before_an_aside_is_still_no_name():
    assert all_en("Tuesday, in a statement, the firm" + CLAUSE) == []


def test_a_state_firm_in_apposition_describes_the_name_before_it():
    assert all_en("Allianz, the German insurer," + CLAUSE) == [
        ("Allianz", "its profits would fall sharply this year", None)]
    assert all_en("Wal-Mart, the largest US retailer," + CLAUSE) == [
        ("Wal-Mart", "its profits would fall sharply this year", None)]
    # (a state's own institution still speaks: 'but the Saudi government said')
    assert all_en("But the Saudi government" + CLAUSE)[0][::2] == ("Saudi government", "SA")


def test_a_firm_in_apposition_gives_no_state():
    assert all_en("Cairn Energy, a UK oil firm," + CLAUSE) == [
        ("Cairn Energy", "its profits would fall sharply this year", None)]
    assert all_en("John Smith, a UK diplomat," + CLAUSE)[0][2] == "GB"


def test_a_watch_group_is_a_body_not_a_titled_person():
    body = "But Human Rights Watch says the EU is putting commerce above its concerns about abuse."
    assert all_en(body) == [("Human Rights Watch", "the EU is putting commerce above its concerns about abuse", None)]
    assert all_en("China Labor Watch said the factory broke labour laws.") == [
        ("China Labor Watch", "the factory broke labour laws", None)]


def test_a_leads_unnamed_office_is_the_person_named_next():
    # _first_person_after: no one named before the office; the article's figure named right after it
    body = ("Violent video games should carry larger warnings, the trade and industry secretary has said.\n\n"
            "Jane Hollis is expected to call for the law to be enforced better. Ms Hollis is concerned.")
    assert ("Jane Hollis", "Violent video games should carry larger warnings", None) in all_en(body)
    # (not a bill read as a name, named once)
    body = ("The changes were not a ploy, the lord chancellor has said.\n\n"
            "Ministers offered changes to the Mental Capacity Bill on Tuesday.")
    assert all_en(body) == []
    # (not after someone was named: the office may be his)
    body = ("Tom Reid spoke on Monday. The scheme had failed, the courts minister has told MPs.\n\n"
            "Jane Hollis said it was a disgrace. Ms Hollis left.")
    assert not [q for q in all_en(body) if q[0] == "Jane Hollis" and q[1] == "The scheme had failed"]


def test_a_members_party_before_a_full_name_is_no_word_of_the_name():
    # party_affiliations
    for party in ["Republican", "Tory", "Liberal Democrat", "Lib Dem"]:
        assert all_en(f"{party} Kevin Marsh said the bid would fail.") == [
            ("Kevin Marsh", "the bid would fail", None)]
    # (a body's name stays whole)
    assert all_en("The Republican National Committee said the bid would fail.") == [
        ("Republican National Committee", "the bid would fail", None)]
    # (the party is no office: an apposition after the name still gives the office and its state)
    body = ("Women MPs in Britain were taunted.\n\n"
            "Liberal Democrat Sarah Teather, the most recent female MP to be elected, told researchers: "
            "\"Lots of people say it's like an old boys club.\"")
    assert all_en(body) == [("Sarah Teather", "Lots of people say it's like an old boys club", "GB")]


def test_an_office_after_a_surname_is_its_apposition():
    # 'Mr Baker, the Lib Dem environment spokesman, said': not a person 'Lib Dem'
    quote = " said: \"I have been warning for months that this would happen.\""
    body = ("But Norman Baker accused ministers of failing.\n\n"
            "Mr Baker, the Lib Dem environment spokesman," + quote)
    assert ("Norman Baker", "I have been warning for months that this would happen", None) in all_en(body)
    assert all_en("Mr Baker, the Lib Dem environment spokesman," + quote) == [
        ("Baker", "I have been warning for months that this would happen", None)]
    # (no courtesy title, no name: the segment before is an opener)
    assert all_en("However, the Lib Dem environment spokesman" + quote)[0][0] != "However"


def test_an_offices_office_is_its_holders_office():
    # role_bodies: the holder named last with the office, else the office as written
    body = ("Prime Minister Ephraim Inoni of Cameroon said those found guilty would face punishment.\n\n"
            "The prime minister's office said the alleged fraud was uncovered during an investigation.")
    assert ("Ephraim Inoni's office", "the alleged fraud was uncovered during an investigation", "CM") in all_en(body)
    assert all_en("The mayor's office said twenty people were arrested.") == [
        ("mayor's office", "twenty people were arrested", None)]


def test_a_states_unnamed_official_after_a_quote_speaks():
    # _subject_after_comma: a state's unnamed official or its authorities, not only a name
    body = ("Tunisia banned face veils on Friday.\n\n"
            "\"The decree bars any person with a covered face from public buildings\", a government official said.")
    assert all_en(body) == [("government official", "The decree bars any person with a covered face from public buildings", "TN")]
    body = ("Tunisia banned face veils on Friday.\n\n"
            "\"The decree bars any person with a covered face from public buildings,\" police said.")
    assert all_en(body) == [("police", "The decree bars any person with a covered face from public buildings", None)]
