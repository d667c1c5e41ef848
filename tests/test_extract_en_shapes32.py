"""English who-said-what, round 32 (helper en40): where a reported clause ends (a second verb of the
subject's own, a participle of its own act), a sentence ending after a possessive or a contraction, a
quote opened after a cue and a colon while an earlier one lost its closing mark, a common-word surname
before 'also said', a description holding a short form in capitals, the arts' companies as bodies,
prize judges and artists as groups, athletes of no state. Texts written for these tests, with invented
names."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "Blogs are popular.\n\n"


# ---- a sentence ends after a possessive's or a contraction's 's' / 't' ----------------------------------

def test_a_possessive_before_the_full_stop_ends_the_sentence():
    # ('s' after an apostrophe is no initial: the next sentence's cue is read with its own subject)
    body = ("Rovers lost on Saturday.\n\n"
            "Rovers boss Tom Vale said: \"Jim is an option.\" Rovers are also without winger Ben Roe, who "
            "hurt his ankle at St Mary's. Vale added: \"It is a bad sprain.\"")
    assert ("Tom Vale", "It is a bad sprain", None) in all_en(body)


def test_a_contraction_before_the_full_stop_ends_the_sentence():
    body = ("Kim Dale denies the charge.\n\n"
            "\"I want to go to the end and see who's right and who isn't.\" Dale, a Greek hero after "
            "winning gold in the 200m, also confirmed that he was due to light the flame.")
    assert ("Kim Dale", "he was due to light the flame", None) in reports_of(body)


# ---- a mark after a cue and a colon opens a quote of its own --------------------------------------------

def test_a_cue_and_colon_open_a_quote_after_one_that_lost_its_closing_mark():
    # (the BBC's run-together paragraphs: the quote before lost its closing mark; it is dropped, the
    # quotes after the cue stand alone)
    body = ("Rovers face a crisis.\n\n"
            "Ann Cole added: \"I have done it before. \"Of course he will learn. I have been sent off a few "
            "times now. Jim Lund is likely to play up front. Rovers boss Tom Vale said: \"Jim is an option but "
            "we need a second striker. \"I have to decide who will start with him.\" Rovers are also without "
            "Ben Roe. Vale added: \"It is a good ankle sprain. \"Roe will be out for two weeks.\"")
    quotes = all_en(body)
    assert ("Tom Vale", "Jim is an option but we need a second striker", None) in quotes
    assert ("Tom Vale", "It is a good ankle sprain", None) in quotes
    assert ("Tom Vale", "Roe will be out for two weeks", None) in quotes


# ---- where a reported clause ends ----------------------------------------------------------------------

def test_a_stance_verb_after_and_is_the_subjects_own_act():
    # second_verbs: 'endorsed', 'expressed'
    body = LEAD + "Bob Pine said he favored treaties over war and endorsed an audit of the central bank."
    assert reports_of(body) == [("Bob Pine", "he favored treaties over war", None)]


def test_an_auxiliary_and_adverb_before_the_second_verb():
    # second_verb_auxiliaries: '... and has publicly said ...' is the subject's second report
    body = LEAD + ("The Acme Foundation claims that Foxfire has been downloaded almost eight million times "
                   "and has publicly said it would be happy to reach a tenth of all users.")
    assert reports_of(body) == [
        ("Acme Foundation", "Foxfire has been downloaded almost eight million times", None),
        ("Acme Foundation", "it would be happy to reach a tenth of all users", None)]


def test_a_participle_of_the_speakers_own_act_ends_the_report():
    # indirect_cuts: 'cautioning', 'urging', 'fearing', 'telling', ...
    body = LEAD + "Ann Riva said legalization would not be helpful, cautioning about the dangers of drugs."
    assert reports_of(body) == [("Ann Riva", "legalization would not be helpful", None)]
    body = LEAD + "Tom Rybak called on the union to recognise the reforms, fearing that the talks may fail."
    assert reports_of(body)[0][1] == "called on the union to recognise the reforms"


def test_a_quote_after_calling_stays_with_the_report():
    # ('calling' is no cut: its quoted words are the speaker's, kept with the report)
    body = LEAD + ("Acme, which runs the northern plant, insisted it would not bow to demands to sell it, "
                   "calling the issue a \"red line\".")
    assert ("Acme", "red line", None) in all_en(body)


def test_a_proposal_after_the_report_is_reported_too():
    # cue_participles: 'proposing'
    body = LEAD + "Jim Hale argued against basic income, proposing minimum wage be increased to $20 an hour."
    assert ("Jim Hale", "minimum wage be increased to $20 an hour", None) in reports_of(body)


# ---- who speaks --------------------------------------------------------------------------------------------

def test_a_common_word_surname_before_also_said():
    # ('Cook' alone, then 'also': the surname of the person named in full, not a common word)
    body = ("Norman Cook has released a new album.\n\n"
            "Cook also added that he had some ways of coping with the pressure.")
    assert reports_of(body) == [("Norman Cook", "he had some ways of coping with the pressure", None)]


def test_a_short_form_in_capitals_inside_the_description_after_according_to():
    body = ("Tom Lock said the deal was fine.\n\n"
            "\"The industry will work with the artists,\" according to media and PR strategist Glen Yarrow, "
            "who is representing the industry.")
    assert ("Glen Yarrow", "The industry will work with the artists", None) in all_en(body)


def test_a_spokesman_for_an_arts_company_speaks_for_it():
    # institution_tails: 'Ballet', 'Opera', ... (not a person 'Ballet' after a role 'English National')
    body = ("Only two principal dancers at the Royal Ballet are British.\n\n"
            "But a spokesman for the English National Ballet told BBC News that a quarter of the dancers "
            "were from the UK.")
    assert reports_of(body) == [("English National Ballet", "a quarter of the dancers were from the UK", None)]


def test_a_prizes_judges_are_a_group_of_no_state():
    # group_speakers: 'judges' (no court in the story: no state's court speaks)
    body = ("Ann Levy has won the Whitbread prize for her novel.\n\n"
            "\"It's hard to think of anybody not enjoying it,\" wrote the judges.")
    assert ("judges", "It's hard to think of anybody not enjoying it", None) in all_en(body)


def test_the_artists_after_a_quote_are_the_group():
    body = ("Frank Stone leads the programme.\n\n"
            "\"The river was integral to the city's survival,\" said the artists.")
    assert ("artists", "The river was integral to the city's survival", None) in all_en(body)


def test_an_athlete_described_by_a_nationality_speaks_for_no_state():
    # non_state_words: 'sprinter', 'hero', ...
    body = LEAD + "Tom Dale, a Greek sprinter, said that he was due to light the flame."
    assert reports_of(body) == [("Tom Dale", "he was due to light the flame", None)]
