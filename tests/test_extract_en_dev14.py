"""English who-said-what and speaker countries from the errors of dev14/en (helper h_en15). Texts written for
these tests, or small pieces of Wikinews text where a comment names the article."""
from __future__ import annotations

from generator.extract.outlets import is_news_outlet

from .extract_cases import all_en, grammar_en, indirect, run


def test_a_newspaper_named_by_its_lead_word_is_the_press():
    # news_outlets 'Daily *' (Wikinews, 'Toronto Comicon 2019 welcomes fans ...')
    body = ("Lisa Mancini has been cosplaying for two years.\n\n"
            "Mancini has been described by the Daily Hive as a \"squirrel whisperer\", for the close affinity.")
    assert [s for s, _, _ in all_en(body)] == []
    assert is_news_outlet("Daily Hive") and is_news_outlet("the Daily Maverick")
    assert not is_news_outlet("John Daily") and not is_news_outlet("Daily")


def test_a_relative_clause_subject_after_its_article_speaks_not_the_title_before_it():
    # _subject_of: 'which the New York Times called' (Wikinews, Gloria Vanderbilt obituary)
    body = ("Gloria Vanderbilt died on Monday.\n\n"
            "She authored the memoirs Black Knight, White Knight and the novel Obsession, which the "
            "New York Times called \"the steamiest book ever written by an octogenarian.\"")
    assert [s for s, _, _ in all_en(body)] == []  # (the press: left out)
    body = ("The launch was planned for May.\n\n"
            "Nothing came of the report, which the Pentagon called \"a complete fabrication from start to end.\"")
    assert [s for s, _, _ in all_en(body)] == ["Pentagon"]


def test_a_pronoun_opening_a_subordinate_clause_means_the_person_the_sentence_opens_with():
    # _opening_person (Wikinews, 'Toronto Comicon 2019 ...': the reporter named before is no speaker)
    body = ("Wikinews' Nicholas Moreau attended the event, taking photos.\n\n"
            "John Rhys-Davies broke news when he revealed that a Sliders reboot is being considered.")
    assert ("John Rhys-Davies", "a Sliders reboot is being considered") in indirect(run(body, "en"))
    # (not a content clause of a noun, nor a participle clause naming someone else)
    body = ("Gordon Brown spoke on Monday.\n\n"
            "Tony Blair has dismissed reports he told Gordon Brown he would quit before the election.")
    assert not [q for q in indirect(run(body, "en")) if q[0] == "Tony Blair"]


def test_who_after_a_name_and_its_apposition_is_that_person():
    # _relative_antecedent (Wikinews, 'Voracious fish defend coral reefs ...'; BBC-like constructed)
    body = ("Researchers examined three types of coral.\n\n"
            "The research was led by Mark Hay, a marine ecologist and Regents Professor at GT, who said "
            "\"There is a lot of argument now about whether local management can help\".")
    assert [(s, c) for s, _, c in all_en(body)] == [("Mark Hay", None)]
    body = ("The vote was close.\n\nThe plan was rejected by Jane Doe, who said \"We will not accept this plan at all\".")
    assert [s for s, _, _ in all_en(body)] == ["Jane Doe"]


def test_a_report_in_a_relative_clause_leaves_the_sentence_about_its_opening_person():
    # _topic_before_relative: the next 'he said' is the opening person's
    body = ("Shadow foreign secretary Michael Ancram spoke in the Commons.\n\n"
            "Mr Ancram condemned the leaflet, which the Foreign Office says has cost about 2,500 pounds to print. "
            "\"Who are they trying to kid?\" he asked.")
    got = all_en(body)
    assert ("Foreign Office", "has cost about 2,500 pounds to print", "GB") in got
    assert ("Michael Ancram", "Who are they trying to kid?", None) in [(s, t, None) for s, t, _ in got]


def test_research_groups_report_with_their_place_and_an_aside():
    # group_place_prepositions with a state of several words, 'established that', a comparison aside,
    # 'both' opening an apposition, plain 'appear' as a finite verb (Wikinews, coral reefs and E. coli)
    body = ("Scientists studied bacteria.\n\n"
            "In findings published Tuesday, researchers in the United Kingdom established that poor hygiene, "
            "specifically insufficient hand washing, is especially responsible for the spread of the bacteria.")
    assert [(s, c) for s, _, c in all_en(body)] == [("researchers", None)]
    body = ("Corals were studied.\n\n"
            "Researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort, "
            "both in the United States, reported warming seas appear to decrease the efficacy of the compounds.\n\n"
            "The researchers suggested the algae, like warming temperatures, might render the corals' defenses "
            "less effective.")
    got = indirect(run(body, "en"))
    assert ("researchers", "warming seas appear to decrease the efficacy of the compounds") in \
        [(s.casefold(), t) for s, t in got]
    assert ("researchers", "the algae, like warming temperatures, might render the corals' defenses less effective") in got


def test_a_judge_clarifying_in_the_proceedings_reports_the_clause():
    # indirect_skip 'in the proceedings', 'clarified' (Wikinews, Manafort's second sentence)
    body = ("Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months.\n\n"
            "Judge Jackson clarified in the proceedings that her sentencing decisions were not connected to "
            "the other case.")
    assert ("Amy Berman Jackson", "her sentencing decisions were not connected to the other case") in indirect(run(body, "en"))


def test_according_to_the_body_mid_sentence_is_the_body_named_before():
    # according_mid with 'the academy' -> _named_institution; academy in non_state_words
    # (Wikinews, 'Swedish academy announces 2019 Nobel Prize winners in physics')
    body = ("The Royal Swedish Academy of Sciences announced the winners on Tuesday.\n\n"
            "Since their discovery, according to the academy, over four thousand other exoplanets have been discovered.")
    assert ("Royal Swedish Academy of Sciences",
            "Since their discovery, according to the academy, over four thousand other exoplanets have been discovered",
            None) in all_en(body)


def test_the_letter_read_is_the_letters_author_not_the_last_speaker():
    # document_read_subject + _quoted_document_owner; a possessive before a surname the article gave
    # in full (Wikinews, 'Wikinews discusses DRM and DMCA with Richard Stallman ...')
    body = ("Mitchell Stoltz, a Senior Staff Attorney of the Electronic Frontier Foundation (EFF), sent a letter.\n\n"
            "In the letter to GitHub, EFF's attorney Stoltz said \"This file contains a series of automated tests.\"\n\n"
            "Philipp Hagemeister had previously spoken about the takedown with Wikinews.\n\n"
            "\"Any software capable of running JavaScript code can derive the URL of the video stream\", the letter read.")
    assert [s for s, _, _ in all_en(body)] == ["Mitchell Stoltz", "Mitchell Stoltz"]


def test_a_handle_or_a_domain_in_lower_case_does_not_make_a_name_a_common_word():
    # lowercase_words without '@github' (Wikinews, the same article)
    body = ("Sergey M wrote on GitHub, \"We would like to thank @github for standing up for us.\"\n\n"
            "GitHub also announced any new takedown notices will be reviewed by legal experts.")
    assert ("GitHub", "any new takedown notices will be reviewed by legal experts") in indirect(run(body, "en"))


def test_a_scholar_by_field_keeps_no_state_and_a_name_frame_keeps_the_partial_quote():
    # profession_heads / non_state_words 'astrophysicist'; _noun_subject_frame with a name
    # (Wikinews, 'English mathematician John Horton Conway dies after contracting COVID-19')
    body = ("John Horton Conway died on Saturday.\n\n"
            "US theoretical astrophysicist David Spergel tweeted that Conway \"was a warm and gentle soul.\"")
    got = all_en(body)
    assert ("David Spergel", "Conway \"was a warm and gentle soul.\"", None) in got
    assert ("David Spergel", "was a warm and gentle soul", None) in got
    assert grammar_en().role_country("US theoretical astrophysicist") is None


def test_a_hedged_name_in_apposition_names_the_unnamed_speaker():
    # identity_hedges (Wikinews, 'Ukrainian president rejects prime minister's resignation over leaked audio')
    body = ("Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer "
            "to resign after the leak of an audio recording in which someone, seemingly Honcharuk, audibly says "
            "Zelensky \"has a very primitive understanding of economic processes.\"")
    assert {s for s, _, _ in all_en(body)} == {"Oleksiy Honcharuk"}


def test_a_private_trade_after_a_nationality_joins_the_name_and_keeps_no_state():
    # profession_heads / non_state_words 'developer', three lower-case words before it
    # (Wikinews, 'Open source game developer Perttu Ahola talks about Minetest with Wikinews')
    body = ("Recently, Finnish open-source video game developer Perttu Ahola discussed Minetest with Wikinews.\n\n"
            "Minecraft was in alpha version when Ahola challenged himself to create something similar, he told Wikinews.")
    assert [(s, c) for s, _, c in all_en(body)] == [("Perttu Ahola", None)]
    assert grammar_en().role_country("British actor") is None


def test_shared_that_reports_a_clause():
    # indirect_say_verbs 'shared that' (Wikinews, 'Toronto Comicon 2019 ...')
    body = ("Stephanie Chapman has knit a variety of outfits.\n\n"
            "With the combination of excitement and the heat, she shared that she was prone to meltdown in suit.")
    assert ("Stephanie Chapman", "she was prone to meltdown in suit") in indirect(run(body, "en"))


def test_a_name_then_a_quote_opening_with_a_past_form_is_reported_whole():
    # _reads_as_clause without the opening mark; _noun_subject_frame with a name
    # (Wikinews, 'US Representative Elijah Cummings dies at age 68')
    body = ("Elijah Cummings died on Thursday.\n\n"
            "In a statement, Maya Rockeymoore Cummings, his wife, said Cummings \"worked until his last breath\".")
    assert ("Maya Rockeymoore Cummings", "Cummings \"worked until his last breath\"") in indirect(run(body, "en"))


def test_a_newspaper_head_joined_by_a_hyphen_is_the_press():
    # outlets: '* Journal' after a hyphen (Wikinews, 'Bernie Sanders wins 2020 Nevada caucuses')
    assert is_news_outlet("Las Vegas Review-Journal") and is_news_outlet("Pittsburgh Post-Gazette")
    assert not is_news_outlet("Jean-Paul")
    body = ("Sanders won the caucuses.\n\nThe Las Vegas Review-Journal reported the possibility of the caucuses being "
            "Nevada's last, saying the state could switch to holding a primary election instead.")
    assert all_en(body) == []


def test_a_reflexive_before_a_quoted_word_is_no_clause():
    # _OPENING_MARK only after a name: 'declared himself "delighted", saying ...' keeps the participle's report
    body = ("Alan Jackson defected to Labour.\n\n"
            "Prime Minister Tony Blair declared himself \"delighted\", saying Mr Jackson would be warmly welcomed.")
    assert ("Tony Blair", "Mr Jackson would be warmly welcomed") in indirect(run(body, "en"))


def test_a_clause_opening_with_a_quote_and_going_on_is_reported_whole():
    # _quote_opens_longer_clause (Wikinews, 'Iranian International Master Dorsa Derakhshani discusses ...'
    # introduction; 'Dozens dead in California boat fire')
    body = ("Dorsa Derakhshani plays chess for the United States.\n\n"
            "Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian "
            "Chess Federation saying \"it wasn't a good fit\" for her.")
    got = all_en(body)
    assert ("Dorsa Derakhshani", "\"it wasn't a good fit\" for her", None) in got
    assert ("Dorsa Derakhshani", "it wasn't a good fit", None) in got
    body = ("USCG Captain Monica Rochester spoke.\n\n"
            "However, she added, \"there are no locked doors in accommodation spaces\" where the passengers would have been.")
    assert ("Monica Rochester",
            "\"there are no locked doors in accommodation spaces\" where the passengers would have been") \
        in indirect(run(body, "en"))
    # (a quote that is the whole clause is only the direct entry)
    assert indirect(run("Jane Roe spoke.\n\nShe said, \"We are fine here today.\"", "en")) == []
