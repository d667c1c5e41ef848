"""English lawyers and other deputies (thirty-third session, helper enlaw43): a client's lawyer is a person
of their own with no state (the gold gives lawyers their own entries, country null), while a spokesman
speaks for his principal as before. Pack: en.yaml own_person_deputies, own_person_deputy_modifiers."""
from __future__ import annotations

from .extract_cases import all_en


def test_a_clients_lawyer_as_subject_is_the_lawyer_named_by_the_client():
    body = ("Blogger Arash Sigarchi was jailed for 14 years on Monday. "
            "Mr Sigarchi's lawyer labelled the court \"illegal and incompetent\".")
    got = all_en(body)
    assert ("Arash Sigarchi's lawyer", "illegal and incompetent", None) in got
    assert not any(s == "Arash Sigarchi" for s, _, _ in got)


def test_a_state_officials_lawyer_takes_no_state_from_the_client():
    body = ("French President Emmanuel Macron met the press on Monday. "
            "Macron's lawyer said: \"We will appeal the ruling.\"")
    assert ("Emmanuel Macron's lawyer", "We will appeal the ruling", None) in all_en(body)


def test_a_named_lawyer_keeps_no_state_of_the_client():
    body = ("French President Emmanuel Macron met the press on Monday. "
            "Macron's lawyer Jean Dupont said: \"We will appeal the ruling.\"")
    assert ("Jean Dupont", "We will appeal the ruling", None) in all_en(body)


def test_a_lawyer_named_in_apposition_after_the_cue_speaks():
    body = ("French President Emmanuel Macron met the press on Monday. "
            "\"We will appeal the ruling,\" said Macron's lawyer, Jean Dupont.")
    assert ("Jean Dupont", "We will appeal the ruling", None) in all_en(body)


def test_lawyers_for_someone_are_the_lawyers_not_the_client():
    # (named by their head word, as a group 'Lawyers for the pair said' already is: test_extract_h_enrec29)
    body = ("The actress took action against photographers Jamie Fawcett and Ben McDonald on Monday. "
            "Lawyers for Mr Fawcett and Mr McDonald denied that the pair were involved in the chase.")
    got = all_en(body)
    assert ("Lawyers", "the pair were involved in the chase", None) in got


def test_a_lawyer_representing_someone_is_the_lawyer():
    body = ("The singer Pete Doherty and Alan Wass were charged with robbery on Monday. "
            "A lawyer representing Mr Doherty and Mr Wass said outside court the pair denied the charges.")
    got = all_en(body)
    assert [s for s, t, _ in got if t.startswith("outside court")] == ["lawyer"]


def test_a_lawyer_no_rule_read_before_speaks_with_a_verb_of_saying():
    body = ("Apple won the right to see e-mail records from three bloggers. "
            "A lawyer for the three bloggers said the ruling set a dangerous precedent that could harm all reporters.")
    assert ("lawyer", "the ruling set a dangerous precedent that could harm all reporters", None) in all_en(body)


def test_a_lawyers_act_for_the_client_is_no_report():
    body = ("Judge Victor Marrero dismissed the president's lawsuit on Monday. "
            "The president's legal team appealed the decision to the Second Circuit Court of Appeals.")
    assert not any("legal team" in s for s, _, _ in all_en(body))


def test_his_lawyer_is_the_lawyer_not_the_man_spoken_of():
    # (by the head word, as 'His legal team argued' is 'legal team': test_extract_speaker_countries)
    body = ("The singer Tom Hale was arrested on Monday. "
            "His lawyer said: \"He denies the charge.\"")
    assert ("lawyer", "He denies the charge", None) in all_en(body)


def test_his_lawyer_after_a_quote_is_the_lawyer():
    body = ("The singer Tom Hale was arrested on Monday. "
            "\"He denies the charge,\" his lawyer told reporters.")
    assert ("lawyer", "He denies the charge", None) in all_en(body)


def test_a_spokesman_still_speaks_for_his_principal():
    body = ("French President Emmanuel Macron met the press on Monday. "
            "A spokesman for Macron said: \"We will appeal the ruling.\"")
    assert ("Emmanuel Macron", "We will appeal the ruling", "FR") in all_en(body)
    body = ("French President Emmanuel Macron met the press on Monday. "
            "Macron's spokesman Jean Dupont said: \"We will appeal the ruling.\"")
    assert ("Jean Dupont", "We will appeal the ruling", "FR") in all_en(body)
