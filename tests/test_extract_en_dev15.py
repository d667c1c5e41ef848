"""English reports and speakers, from the classes of dev15's errors (helper h_en16). Texts written for these tests,
or small pieces of Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


def test_a_cue_participle_after_a_reported_clause_opens_a_second_report():
    # _split_participle_reports: the clause after ', claiming' / ', adding' is the subject's next report
    body = ("The debate was held on Friday.\n\n"
            "Pierce said he would not take the vaccine, claiming it alters the patient's genes. "
            "The mayor said the water main had been repaired, adding that residents should boil water until Monday.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("Pierce", "he would not take the vaccine") in reports
    assert ("Pierce", "it alters the patient's genes") in reports
    assert any(t == "the water main had been repaired" for _, t in reports)
    assert any(t == "residents should boil water until Monday" for _, t in reports)


def test_a_participle_with_an_infinitive_object_stays_in_the_first_report():
    # _infinitive_first: 'claiming a right to Turkey to have a say' names a thing, no second clause
    body = ("Erdogan said the deal was valid, claiming a right for Turkey to have a say in the projects.")
    texts = [t for _, t, _ in reports_of(body)]
    assert "a right for Turkey to have a say in the projects" not in texts


def test_an_undertaking_or_an_offer_is_reported_with_its_verb():
    # indirect_request_verbs 'vowed to', 'promised to', 'pledged to', 'threatened to', 'offered to'
    body = ("President Donald Trump spoke in Ohio on Monday. He vowed to build a wall on the border. "
            "Trump offered to kiss members of the crowd.")
    texts = [t for s, t, _ in reports_of(body) if s == "Donald Trump"]
    assert "vowed to build a wall on the border" in texts
    assert "offered to kiss members of the crowd" in texts


def test_a_thing_offered_to_someone_is_no_offer_made():
    # 'offered to' before a name or a determiner: a reduced relative or a thing given
    body = ("The aid was large. The total is similar to the cash offered to Central America after the hurricane, "
            "and to the loans offered to the region by the bank.")
    assert reports_of(body) == []


def test_an_act_followed_by_a_cue_is_the_cues_report():
    # _opens_with_request: '..., Downing Street said.' reports the act of the sentence, its subject and all
    body = ("Britain has offered to send a company of 120 Gurkhas to assist with the relief effort, "
            "Downing Street said.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [
        ("Downing Street", "Britain has offered to send a company of 120 Gurkhas to assist with the relief effort")]


def test_a_case_argued_for_or_against_is_reported_with_its_verb():
    # indirect_request_verbs 'argued for', 'argued against'; _joined_request: after 'and', the subject's next act
    body = ("Joe Biden spoke. Donald Trump claimed carbon emissions have been lower during his administration "
            "and argued against re-entering the Paris Climate Accord.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("Donald Trump", "carbon emissions have been lower during his administration") in reports
    assert ("Donald Trump", "argued against re-entering the Paris Climate Accord") in reports


def test_a_persons_circle_speaks_not_the_person():
    # owned_group: "<Name>'s <group_speakers word> said" is the group
    body = ("Alexei Navalny fell ill on a flight. Navalny's associates said he drank tea laced with poison.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [("Navalny's associates", "he drank tea laced with poison")]


def test_former_alone_makes_no_office_of_the_name_after_it():
    # body_title after 'Former Trump': 'Former Trump adviser Steve Bannon' is Bannon
    body = ("President Donald Trump spoke on Monday. Former Trump adviser Steve Bannon predicted Trump "
            "would run again in 2024.")
    assert [s for s, _, _ in reports_of(body)] == ["Steve Bannon"]


def test_a_verb_before_a_comma_and_a_subordinate_clause_reports_nothing():
    # comma_subordinator right after the verb: the later subject's own report
    body = ("Joe Biden spoke. Donald Trump spoke. Biden denied, though Trump said it is on tape.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [("Donald Trump", "it is on tape")]


def test_a_cue_before_a_subordinate_clause_still_reports_the_clause_before_it():
    body = ("Michael Howard spoke on Monday. The plans would help achieve a large reduction in immigration, "
            "he said, although he could not predict a figure.")
    assert any(s == "Michael Howard" and t.startswith("The plans would help") for s, t, _ in reports_of(body))


def test_a_relative_clauses_own_subject_speaks():
    # relative_then_name, _only_verb_group_words: 'to which Trump claimed', 'which NASA Administrator Jim
    # Bridenstine has said' (not the sentence's subject nor a name before the clause)
    body = ("Joe Biden spoke. Donald Trump spoke. Biden attacked Trump on paying fewer taxes to which Trump "
            "claimed he prepaid millions of dollars in taxes. The return depends on when the next Crew Dragon "
            "mission occurs, which NASA Administrator Jim Bridenstine has said may be ready to launch by late August.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("Donald Trump", "he prepaid millions of dollars in taxes") in reports
    assert ("Jim Bridenstine", "may be ready to launch by late August") in reports


def test_a_claim_made_in_an_act_reports_its_maker():
    # indirect_say_verbs 'claiming' (no comma before: comma_participles); _possessed_person before a finite verb
    body = ("Joe Biden spoke. Just before the debate, Hunter Biden's former business partner Tony Bobulinski held "
            "a press conference claiming Joe Biden knew about his son's business deals.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [
        ("Tony Bobulinski", "Joe Biden knew about his son's business deals")]


def test_a_gerund_with_a_named_subject_is_no_report_of_the_sentence():
    body = ("Michael Howard spoke. It was no good Mr Blair claiming tax pledges were being left to the manifesto, "
            "argued Mr Howard.")
    assert not any(t.startswith("tax pledges") for _, t, _ in reports_of(body))


def test_each_of_a_list_of_named_people_reports_the_clause():
    # _listed_people, joint_quantifiers, 'agreed that'
    body = ("The candidates Gloria La Riva, Howie Hawkins, Don Blankenship and Brian Carroll debated. "
            "La Riva, Hawkins, Blankenship, and Carroll all agreed that vaccines have done more good than harm.")
    speakers = [s for s, t, _ in reports_of(body) if t == "vaccines have done more good than harm"]
    assert speakers == ["Gloria La Riva", "Howie Hawkins", "Don Blankenship", "Brian Carroll"]


def test_all_alone_as_the_subject_reports_nothing():
    body = ("Heather Antos spoke first. While all agreed that time off was rare, artist Leisha Riddell emphasized "
            "the need for boundaries.")
    assert not any(t.startswith("time off was rare") for _, t, _ in reports_of(body))


def test_a_lower_case_office_with_its_qualifiers_before_a_name_after_the_quote():
    # after_subject_verb: up to two lower-case words before the office ('party chairwoman Ann Brown said')
    body = ("The party met on Monday. \"We will win this seat,\" party chairwoman Ann Brown said. "
            "UK firms are embracing internet trading as never before, e-commerce minister Mike O'Brien says.")
    found = [(s, t) for s, t, _ in all_en(body)]
    assert ("Ann Brown", "We will win this seat") in found
    assert ("Mike O'Brien", "UK firms are embracing internet trading as never before") in found


def test_arguing_for_a_while_is_no_case_made():
    # duration_words after a request verb
    body = ("Serbia and Croatia argued for years in Belgrade and in Zagreb. The talks ended.")
    assert reports_of(body) == []
