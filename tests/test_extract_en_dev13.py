"""English who-said-what rules of helper h_en14 (from dev13/en, dev10/en and dev11/en errors). Texts written
for these tests."""
from __future__ import annotations

from .extract_cases import all_en


def test_a_clause_after_comma_and_has_its_own_possessed_subject():
    # subjects._subject_of: ', and his lawyers have claimed ...' is the lawyers' claim, not the
    # sentence's first subject's
    body = ("Kyle Smith, the suspect, was released from jail on Friday.\n\n"
            "Smith turned himself in on Monday, and his lawyers have claimed the defendant acted in self defense.")
    assert ("lawyers", "the defendant acted in self defense", None) in all_en(body)
    # (a plain subject after ', and' is not possessed: still the named one)
    body2 = ("Kyle Smith, the suspect, was released from jail on Friday.\n\n"
             "Smith turned himself in on Monday, and Jones said the defendant acted in self defense.")
    assert ("Jones", "the defendant acted in self defense", None) in all_en(body2)


def test_in_his_opinion_reports_the_person_spoken_of():
    # en.yaml according_pronoun: like 'According to him, ...'
    body = ("Alexander Gagay of Yekaterinburg is a fourth year student. This year, he said, he came to "
            "support his friends. In his opinion, the most difficult part was the theoretical tasks, and not "
            "English. In his view, the centres are on the same level as their foreign counterparts.")
    found = all_en(body)
    assert ("Alexander Gagay", "the most difficult part was the theoretical tasks, and not English", None) in found
    assert ("Alexander Gagay", "the centres are on the same level as their foreign counterparts", None) in found


def test_a_bracketed_list_after_a_name_is_an_aside_before_the_verb():
    # subjects._BRACKETED_LIST_END: the works in brackets are not the subject
    body = ("At the panel, speakers shared their insights. Comic artist Jenn Stone (Nancy Drew, Jem and the "
            "Misfits) told of being forced to re-evaluate her life. \"In my first stint, I did not get any work.\"")
    found = all_en(body)
    assert ("Jenn Stone", "In my first stint, I did not get any work", None) in found
    assert not [s for s, _, _ in found if s == "Misfits"]


def test_quipped_is_a_cue_and_an_editor_of_a_body_is_the_person():
    # en.yaml cue_verbs 'quipped', role_connectors 'editor'
    body = ("\"You have to work those seven days to earn a weekend,\" quipped Valiant Entertainment editor "
            "Heather Antos, later in the panel.\n\n"
            "Marvel Comics editor Mary Lane said the work was hard.")
    found = all_en(body)
    assert ("Heather Antos", "You have to work those seven days to earn a weekend", None) in found
    assert ("Mary Lane", "the work was hard", None) in found


def test_an_apposition_opening_with_an_adverb_is_no_subject():
    # en.yaml apposition_adverbs: 'also CIA', 'now NASA' describe the one named before the comma
    body = ("Tony Mendez worked for the CIA for years.\n\n"
            "Mendez's wife Jonna Mendez, also CIA, said, \"He could be Pakistani, he could be Mexican, he could be "
            "anything at all.\"\n\nHis colleague Tim Rex, now NASA, said the work was hard.")
    found = all_en(body)
    assert ("Jonna Mendez", "He could be Pakistani, he could be Mexican, he could be anything at all", None) in found
    assert ("Tim Rex", "the work was hard", None) in found
    assert not [s for s, _, _ in found if s in ("CIA", "NASA")]


def test_a_pronoun_cue_after_a_quote_led_in_by_a_colon_is_the_sentence_subject():
    # quotes.extract_quotes: 'X concurred: "...", he argued.' is X's, not the one quoted before
    body = ("Candidates Don Blankenship and Jo Jorgensen weighed in on the issue.\n\n"
            "Jorgensen said: \"We should be neutral in this conflict of the two nations.\"\n\n"
            "Blankenship concurred: \"We need to stop policing the world and allow other countries to manage their "
            "own affairs\", he argued.")
    assert ("Don Blankenship", "We need to stop policing the world and allow other countries to manage their own "
            "affairs", None) in all_en(body)


def test_pointing_out_and_declaring_report_after_a_clause():
    # en.yaml cue_participles
    body = ("In a livestream, Sanders shared with his supporters his reasoning, pointing out he had secured around "
            "300 delegates fewer than Biden.\n\n"
            "Mr Blair also defended his party, declaring that it was his government that had introduced the day.")
    found = all_en(body)
    assert ("Sanders", "he had secured around 300 delegates fewer than Biden", None) in found
    assert ("Blair", "it was his government that had introduced the day", None) in found


def test_claimed_to_have_reports_the_verb_phrase():
    # en.yaml indirect_request_verbs 'claimed to have', 'claimed to be': the claim is the verb phrase
    body = ("Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.\n\n"
            "Tom Lee claimed to reporters that he was innocent.")
    found = all_en(body)
    assert ("Azerbaijan", "claimed to have killed about 2,300 Artsakh soldiers", "AZ") in found
    assert ("Tom Lee", "he was innocent", None) in found


def test_an_editor_speaks_for_no_state():
    # en.yaml non_state_words 'editor': the press, not the state its paper is named after
    body = ("Russia Today editor Margarita Simonyan said the report was false.\n\n"
            "China Daily editor-in-chief Zhou Li said the trade war was bad.")
    found = all_en(body)
    assert ("Margarita Simonyan", "the report was false", None) in found
    assert ("Zhou Li", "the trade war was bad", None) in found


def test_a_former_word_glued_to_a_title_makes_the_role_former():
    # speakers.Grammar.phrase: 'ex-Foreign Secretary Robin Cook' no longer speaks for the state
    from .extract_cases import run
    sheet = run("Labour is in trouble. His broadside came as ex-Foreign Secretary Robin Cook said he hoped "
                "Mr Brown would be premier at some point.", "en")
    assert [(q["speaker"], q["role"], q["country"]) for q in sheet["quotes"]] == \
        [("Robin Cook", "ex-Foreign Secretary", None)]


def test_a_possessive_opening_leads_to_the_sentence_person():
    # indirect._sentence_subject_and_indirect: "X's former business partner Y held ..." is about Y,
    # whom the next pronoun means
    body = ("Hunter Biden's former business partner Tony Bobulinski held a press conference on Monday.  "
            "He claimed to have evidence supporting the claim.")
    assert ("Tony Bobulinski", "claimed to have evidence supporting the claim", None) in all_en(body)


def test_a_shadow_office_holder_is_not_the_definite_office():
    # en.yaml unheld_office_words: 'The Foreign Secretary' is not the shadow foreign secretary named before
    body = ("Shadow foreign secretary Michael Ancram said: \"We have fought a very positive campaign today.\"\n\n"
            "In a speech Mr Straw said of the Tory leader: \"He is clever, fluent and tactical, but he is not wise.\" "
            "The Foreign Secretary told the BBC: \"I was making the observation that you can get lurches.\"")
    found = all_en(body)
    assert ("Michael Ancram", "I was making the observation that you can get lurches", None) not in found
    assert [s for s, t, _ in found if t.startswith("I was making")] == ["Foreign Secretary"]


def test_to_before_a_noun_phrase_is_no_reported_clause():
    # cues.to_noun_phrase: 'responded to a reporter's question ... with "..."' reports no clause
    body = ("During the 2016 campaign, Gary Johnson responded to a reporter's question about the Syrian city of "
            "Aleppo with \"What is Aleppo?\"")
    assert not [t for s, t, _ in all_en(body) if t.startswith("to a reporter")]


def test_the_outlet_spoken_to_after_a_name_is_no_part_of_it():
    # subjects._phrase_after: 'said Tom Lee to the BBC' reads whole as an office; the name is Tom Lee
    body = "\"We will win this fight against the virus,\" said Tom Lee to the BBC."
    assert all_en(body) == [("Tom Lee", "We will win this fight against the virus", None)]


def test_a_clause_after_a_quote_closed_behind_a_comma_has_its_own_subject():
    # subjects._subject_of: the closing mark left at the start of the last segment is skipped
    body = ("Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings \"was a great man,\" while "
            "Republican President Trump noted his \"strength, passion and wisdom\" on Twitter.")
    assert [s for s, t, _ in all_en(body) if t == "strength, passion and wisdom"] == ["Trump"]
