"""English who-said-what (thirty-third session, helper en43): a cue participle's report after a clause
that does not open the sentence has that clause's subject (after a coordinator, or after a fronted
phrase closed by a comma); a relative named by a given name after an owner's possessive ('Fletcher's
daughter Jill', 'Edwards' sister Rachel') is a person, whom the sentence and the next pronoun cue mean."""
from __future__ import annotations

from .extract_cases import quote_fields


def speakers(body):
    return quote_fields(body, "speaker", "text", lang="en")


def test_a_participle_report_after_a_coordinator_and_a_pronoun_subject_is_the_pronouns_referent():
    body = ("Tom Hale inducted the band into the hall of fame. But he also spoke of the group's enduring "
            "stature, adding that it was the only band whose members he knew by name.")
    assert ("Tom Hale", "it was the only band whose members he knew by name") in speakers(body)


def test_a_participle_report_after_a_fronted_phrase_is_the_named_subjects():
    body = ("Donald Trump visited California on Monday. In a public briefing that included governor Gavin "
            "Newsom, Trump denied the effect of climate change on the fires, arguing they were largely the "
            "product of forest mismanagement.")
    assert ("Donald Trump", "they were largely the product of forest mismanagement") in speakers(body)


def test_a_participle_report_after_a_fronted_clause_is_the_named_subjects():
    body = ("Gloria La Riva spoke last. Whereas Tom Hale and Ann Lee felt parties should decide their own "
            "primaries, La Riva favored the open primary system, arguing it is more democratic than the "
            "other one.")
    assert ("Gloria La Riva", "it is more democratic than the other one") in speakers(body)


def test_a_participle_with_no_subject_after_its_opening_phrase_reports_nothing():
    body = ("The company, which was founded in 1990 by Tom Hale, expanded last year, saying demand was strong.")
    assert not [t for s, t in speakers(body) if t.startswith("demand was strong") and s == "Tom Hale"]


def test_a_relative_named_by_a_given_name_after_a_possessive_reports():
    body = ("Broadcaster Tom Fletcher has died aged 80. His widow Betty Astell was with him. "
            "Fletcher's daughter Jill said her father would be sorely missed. "
            "\"He was greatly loved by the public,\" she said.")
    got = speakers(body)
    assert ("Jill", "her father would be sorely missed") in got
    assert ("Jill", "He was greatly loved by the public") in got


def test_a_relative_after_a_plural_possessive_is_whom_the_next_pronoun_means():
    body = ("Richey Edwards vanished in 1995. Edwards' sister Rachel makes an emotional TV appeal five years "
            "after the disappearance. \"We do love him very much and we'd like him to come back,\" she said.")
    assert ("Rachel", "We do love him very much and we'd like him to come back") in speakers(body)


def test_a_plural_possessive_before_a_thing_names_no_one():
    body = ("Fosters' main wine business is Beringer Blass Wine Estate. Analysts were divided on Thursday. "
            "\"Currently, I think the position is sensible,\" said one analyst.")
    assert not [s for s, _ in speakers(body) if s == "Beringer Blass Wine Estate"]


def test_a_proposal_of_a_clause_is_reported():
    body = ("A new study of feathered dinosaurs was published on Monday. The authors proposed that two-legged "
            "running automatically induced wing flapping.")
    assert ("authors", "two-legged running automatically induced wing flapping") in speakers(body)


def test_a_proposal_of_a_thing_reports_nothing():
    body = "Tom Hale proposed a new plan for the city's buses on Monday."
    assert speakers(body) == []


def test_researchers_estimate_in_the_present_reports():
    body = ("A new study of feathered dinosaurs was published on Monday. The researchers estimate it had a top "
            "speed of about 18 mph.")
    assert ("researchers", "it had a top speed of about 18 mph") in speakers(body)


def test_a_champion_opening_a_sentence_is_the_person_quoted_before():
    body = ("Kim Collins will race in Birmingham against Maurice Greene and Francis Obikwelu. Collins ran in "
            "Birmingham in 2003. \"I'm looking forward to competing against such a strong field,\" he said. "
            "The world champion says he's in good shape but he isn't underestimating the field.")
    assert ("Kim Collins", "he's in good shape but he isn't underestimating the field") in speakers(body)


def test_it_after_a_research_firms_report_is_that_firm():
    body = ("Many people are turning away from TV, say analysts Jupiter Research. It found that a quarter of "
            "web users spent less time watching TV.")
    assert ("Jupiter Research", "a quarter of web users spent less time watching TV") in speakers(body)
