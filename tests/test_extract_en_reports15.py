"""English reported speech and its speaker (helper h_rep15): the forms a careful reader lists that the
extractor missed. Texts written for these tests, or small pieces of Wikinews text where a comment names
the source."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


# ---- a quote as the reported clause's predicate ------------------------------------------------

def test_a_name_then_a_quoted_predicate_is_reported_whole():
    # _noun_subject_frame: a one-word name as the subject when the quote opens with a finite verb
    # (Wikinews, 'US Representative Elijah Cummings dies at 68')
    body = ("Elijah Cummings died on Thursday.\n\n"
            "In a statement, Maya Rockeymoore Cummings, his wife, said Cummings \"worked until his last breath\".")
    reports = reports_of(body)
    assert any(t == 'Cummings "worked until his last breath"' for _, t, _ in reports)
    assert ("Maya Rockeymoore Cummings", "worked until his last breath", None) in all_en(body)


def test_a_name_before_a_quoted_label_is_no_report():
    # (not 'called Trump "a liar"': the quote opens with no verb)
    body = "The campaign was bitter.\n\nJane Doe called Trump \"a liar and a cheat\" at the rally."
    assert not [t for _, t, _ in reports_of(body) if t.startswith("Trump")]


def test_a_condition_before_the_quote_keeps_the_clause_whole():
    # _condition_then_quote (Wikinews, 'On the campaign trail in the USA, September 2020')
    body = ("Joe Biden visited Delaware.\n\n"
            "Joe Biden argued that if Trump wins re-election, \"these hellish events will continue to become more common.\"")
    assert any(t.startswith('if Trump wins re-election, "these hellish events')
               for _, t, _ in reports_of(body))


def test_a_reflexive_object_opens_no_clause():
    # reflexive_pronouns: 'declared himself "delighted"' is no report; the participle's clause is
    body = ("Robert Jackson joined Labour.\n\n"
            "Prime Minister Tony Blair declared himself \"delighted\", saying Mr Jackson would be warmly welcomed by Labour MPs.")
    texts = [t for _, t, _ in reports_of(body)]
    assert "Mr Jackson would be warmly welcomed by Labour MPs" in texts
    assert not [t for t in texts if t.startswith("himself")]


def test_a_noun_and_its_relative_clause_is_no_report():
    # _reads_as_clause: the quote marks no longer hide the relative pronoun
    body = "Labour met on Monday.\n\nAlan Milburn promised a poll campaign \"which is upbeat and optimistic about the future\"."
    assert not [t for _, t, _ in reports_of(body) if t.startswith("a poll campaign")]


# ---- participles and complementisers -----------------------------------------------------------

def test_an_aside_after_that_is_no_part_of_the_clause_opening():
    # indirect_clause: 'that,' then an aside (Wikinews, 'U.S. judge orders release of President Trump's
    # tax records')
    body = ("Donald Trump sued the prosecutors.\n\n"
            "Donald Trump sought such intervention, arguing that, as president, he should be immune from prosecution.")
    assert ("Donald Trump", "as president, he should be immune from prosecution", "US") in reports_of(body)


def test_a_message_announcing_reports_its_content():
    # indirect_say_verbs 'announcing' (Wikinews, 'Prime Minister of Slovakia Igor Matovič tests positive
    # for COVID-19')
    body = ("Slovakia is in lockdown.\n\nPrime Minister Igor Matovič of the Slovak Republic posted a message on "
            "Facebook on Friday announcing he had tested positive for COVID-19.")
    assert ("Igor Matovič", "he had tested positive for COVID-19", "SK") in reports_of(body)


def test_announcing_a_thing_or_in_a_circumstance_is_no_report():
    body = ("The police made arrests.\n\nThe national police agency when announcing the arrest in May identified "
            "him only as a suspect.\n\nThe company posted a message announcing plans to cut 500 jobs.")
    assert reports_of(body) == []


def test_a_participle_in_an_opening_phrase_leaves_the_sentence_report():
    # (the participle has no subject of its own; the report after it stands)
    body = ("Cuba changed its currency rules.\n\nIn a live television broadcast announcing the measure, Carlos "
            "Lage said it was necessary because of the increasing pressure from abroad.")
    assert [t for _, t, _ in reports_of(body)] == ["it was necessary because of the increasing pressure from abroad"]


def test_quoted_as_saying_that_still_reports():
    # circumstance_openers: 'as' is no circumstance ('quoted as saying that ...')
    body = ("The tsunami struck on Sunday.\n\nThe EU's aid commissioner, Louis Michel, was quoted as saying that it "
            "was key to bring aid in the first days after the disaster.")
    assert ("Louis Michel", "it was key to bring aid in the first days after the disaster", None) in reports_of(body)


# ---- a cue after the clause, and who the speaker is after it -------------------------------------

def test_a_description_after_the_named_cue_is_no_report():
    # _apposition_after_cue: the clause before the cue is the report, not the description after it
    body = "Prices rose again.\n\nThe economy is slowing down this year, said John Smith, an economist at Barclays."
    assert reports_of(body) == [("John Smith", "The economy is slowing down this year", None)]


def test_a_description_then_the_name_after_a_trailing_cue():
    # _described_then_named (Wikinews, 'UK Supreme Court rules prorogation of Parliament unlawful')
    body = ("The court heard the appeal.\n\n"
            "It is not for the Court to opine about the motivations, argued the government's lawyer, Richard Keen.")
    assert ("Richard Keen", "It is not for the Court to opine about the motivations", None) in reports_of(body)


def test_a_thing_and_its_name_after_a_cue_is_no_speaker():
    # (Wikinews, 'Red Hat to move focus away from CentOS in favour of Stream')
    body = ("Red Hat changed its plans.\n\n"
            "Gregory Kurtzer, who had started the CentOS project, announced a new operating system, Rocky Linux.")
    assert not [s for s, _, _ in reports_of(body) if s == "Rocky Linux"]


def test_the_governments_lawyer_speaks_for_the_story_state():
    # _described_then_named: 'the government's <role>, Name' (person_bodies 'government: state')
    body = ("The UK Supreme Court heard the appeal of the British government.\n\n"
            "It is not for the Court to opine about the motivations, argued the government's lawyer, Richard Keen.")
    assert ("Richard Keen", "It is not for the Court to opine about the motivations", "GB") in reports_of(body)


# ---- report verbs and unnamed officials ------------------------------------------------------------

def test_a_hint_and_a_view_held_are_reports():
    # indirect_say_verbs 'hinted', 'holds that' (Wikinews, 'On the campaign trail in the USA', May and
    # August 2020)
    body = ("Donald Trump spoke on Monday.\n\nHe hinted that the task force would be disbanded soon.\n\n"
            "John Eastman is a law professor. He holds that if they were residents at her birth then she meets "
            "the requirement.")
    texts = [t for _, t, _ in reports_of(body)]
    assert "the task force would be disbanded soon" in texts
    assert "if they were residents at her birth then she meets the requirement" in texts


def test_officials_named_by_their_service_speak():
    # unnamed_authorities 'wildlife officials', 'forest officials' (Wikinews, 'Suspect arrested in death of
    # elephant in India')
    body = ("An elephant died in Kerala.\n\nAccording to wildlife officials, the elephant's injuries were "
            "discovered on May 25.\n\nForest officials suggested the elephant may have tried to eat a cracker.")
    speakers = [s for s, _, _ in reports_of(body)]
    assert "wildlife officials" in speakers and "Forest officials" in speakers


def test_according_to_officials_then_a_phrase_of_the_clause():
    # _phrase_after_source (Wikinews, 'Police shoot teenage protester as Hong Kong ...')
    body = ("Protests went on in Hong Kong.\n\n"
            "Sixty-six people or more were injured yesterday according to health officials, ranging in age from eleven to 75.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [
        ("health officials", "Sixty-six people or more were injured yesterday")]


def test_a_pronoun_after_a_subordinator_is_the_sentence_subject():
    # _subordinate_pronoun_opener (Wikinews, 'Toronto Comicon 2019 welcomes fans ...')
    body = ("Wikinews' Nicholas Moreau attended the event.\n\n"
            "John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered.")
    assert [(s, t) for s, t, _ in reports_of(body)] == [("John Rhys-Davies", "a Sliders reboot is being considered")]


def test_a_negated_present_act_then_a_report_participle():
    # opening_report_verbs 'does not [a-z]+' (Wikinews, 'On the campaign trail in the USA, August 2020')
    body = ("John Eastman is a law professor.\n\nEastman does not make a judgment on Harris, arguing that she "
            "needs to answer questions on the status of her parents.")
    assert ("John Eastman", "she needs to answer questions on the status of her parents", None) in reports_of(body)
