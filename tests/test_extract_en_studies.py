"""English reports of research: a study, a team, researchers or scientists as the speaker of their
findings. Texts written for these tests, or small pieces of Wikinews text where a comment names the
source."""
from __future__ import annotations

from .extract_cases import all_en, reports_of

LEAD = "A new study was published in the American Journal of Preventive Medicine.\n\n"


def test_a_study_and_a_team_report_as_written():
    # group_speakers 'study', 'team': the annotations name them as written, with no state
    body = LEAD + ("The study says the data were closely correlated.\n\n"
                   "The team wrote that guns are more lethal than any other means.")
    assert ("study", "the data were closely correlated", None) in reports_of(body)
    assert ("team", "guns are more lethal than any other means", None) in reports_of(body)


def test_research_findings_report_a_clause_without_that():
    # research_findings 'found' with research_heads; 'when' opens the clause (subordinators)
    body = LEAD + "The study found when the whites disappeared, a predator called the sevengill shark moved in."
    assert ("study", "when the whites disappeared, a predator called the sevengill shark moved in",
            None) in reports_of(body)


def test_a_finding_of_no_research_or_with_a_noun_object_reports_nothing():
    body = LEAD + ("Police found the body was in the river.\n\n"
                   "The researchers found significant quantities of virus in samples from the noses.")
    assert reports_of(body) == []


def test_they_after_research_opening_the_sentence_before_is_the_research():
    # Wikinews, 'COVID-19 may spread like flu, say scientists' (2020-02-22): the sentence opening with
    # 'Researchers' is what 'They' means next
    body = ("Researchers used polyester swab samples from the noses and throats of eighteen infected volunteers. "
            "They found the virus's behavior resembled that of influenza rather than severe acute respiratory "
            "syndrome (SARS).")
    assert ("Researchers", "the virus's behavior resembled that of influenza rather than severe acute "
            "respiratory syndrome (SARS)", None) in reports_of(body)


def test_a_group_with_its_place_of_work_or_what_it_does_is_the_subject():
    # group_base_prepositions; Wikinews, 'Scientists describe how 'upside-down rivers' of warm water break
    # Antarctica's ice shelf' (2019-10-12), and the COVID-19 story above
    body = ("In findings published Wednesday in Science Advances, researchers from the University of Colorado "
            "at Boulder (CU Boulder) in Colorado and the College of Wooster in Ohio reported that warm ocean "
            "currents erode the ice shelves.\n\n"
            "In a report released in The New England Journal of Medicine on Wednesday, scientists studying "
            "patients in Zhuhai in China's Guangdong Province reported that the newly emerged SARS-CoV-2 may "
            "spread in a manner similar to influenza — suggesting, experts noted, that this outbreak may call "
            "for containment measures.")
    reports = reports_of(body)
    assert ("researchers", "warm ocean currents erode the ice shelves", None) in reports
    # (the participle after the dash is the writer's gloss: indirect_cuts)
    assert ("scientists", "the newly emerged SARS-CoV-2 may spread in a manner similar to influenza",
            None) in reports


def test_a_finding_as_the_object_is_reported_with_its_verb():
    # finding_object_verbs, finding_nouns; Wikinews, 'Study indicates as great white shark disappears,
    # living fossil moves in' (2019-02-16): the clause after 'though' has a subject of its own
    body = ("The scientists behind the present study only noted various hypotheses about the cause, though "
            "Dr. Alison Kock of the University of Cape Town has reported a correlation with the entry of orcas "
            "into False Bay.\n\nThe company reported a profit of five million dollars.")
    assert reports_of(body) == [("Alison Kock", "reported a correlation with the entry of orcas into False Bay",
                                 None)]


def test_a_source_cited_is_no_part_of_the_claim():
    # indirect_cuts ', citing'
    body = LEAD + ("The researchers noted the sevengill sharks might not have the same effect on the ecosystems, "
                   "citing the ecological disruption caused off Alaska.")
    assert ("researchers", "the sevengill sharks might not have the same effect on the ecosystems",
            None) in reports_of(body)


def test_a_study_or_a_pronoun_interrupting_a_clause_reports_it_whole():
    # _interrupted_report: a group after the determiner, 'she' (the person spoken of last), 'they' after
    # research opening the sentence, from the relative pronoun before the cue
    body = LEAD + ("The data were, the study says, more closely correlated than attempts were to suicides.\n\n"
                   "Dr. Alison Kock of the University of Cape Town has reported a correlation with the entry of "
                   "orcas into False Bay.  These orcas, she suggested, specialize in hunting sharks.\n\n"
                   "The researchers used satellite imagery to find polynyas, which, they observed, occurred in "
                   "the same places every year.")
    reports = reports_of(body)
    assert ("study", "The data were, the study says, more closely correlated than attempts were to suicides",
            None) in reports
    assert ("Alison Kock", "These orcas, she suggested, specialize in hunting sharks", None) in reports
    assert ("researchers", "which, they observed, occurred in the same places every year", None) in reports


def test_an_inverted_cue_after_a_subordinate_clause_reports_the_sentence():
    # Wikinews, 'Scientists describe how 'upside-down rivers' ...' (2019-10-12): the definite group after
    # the cue, a pronoun opening the main clause, a short quoted term after the cue
    body = ("\"Warm water is attacking the ice shelves,\" said study co-author Karen Alley.\n\n"
            "Because warmer water is more buoyant, says the study, it rises above cooler water, creating what "
            "the scientists describe as an \"upside-down river\" flowing underneath the ice.")
    assert ("study", "Because warmer water is more buoyant, says the study, it rises above cooler water, creating "
            "what the scientists describe as an \"upside-down river\" flowing underneath the ice",
            None) in all_en(body)


def test_a_place_and_a_profession_after_the_definite_article_is_the_person_spoken_of_last():
    # described_anaphor_heads; Wikinews, 'Scientists describe how 'upside-down rivers' ...' (2019-10-12)
    body = ("\"Warm water circulation is attacking the undersides of these ice shelves,\" said study co-author "
            "Karen Alley. The Wooster professor added, \"These effects matter. But exactly how much, we don't yet "
            "know.\"")
    assert ("Karen Alley", "These effects matter. But exactly how much, we don't yet know", None) in all_en(body)


def test_research_is_they_not_we_nor_a_speaker_named_by_a_cue():
    # indirect.py: 'we found that' in an answer is not the researchers'; quotes.py: a cue with a name the
    # article does not know is the last person's (Wikinews, 'Ancient Egyptians collected wild ibis birds for
    # sacrifice, says study', 2019-11-16, with its misspelt 'Wasif')
    body = ("Lead author Sally Wasef of Griffith University explained to the press, \"The ibis was considered the "
            "god Thoth.\"\n\nThe team collected DNA samples from mummified birds. They found the DNA sequences from "
            "the ancient birds to be relatively diverse.\n\nWasif suggested, in likelihood, \"next to each temple "
            "there was like a lake or a wetland.\"")
    quotes = all_en(body)
    assert ("team", "the DNA sequences from the ancient birds to be relatively diverse", None) in quotes
    assert ("Sally Wasef", "next to each temple there was like a lake or a wetland", None) in quotes


def test_a_finding_verb_after_no_research_is_no_report_verb():
    # _after_research_word: 'showed' after 'video' leaves the participle's report to its subject
    body = ("Anna Keller was kidnapped last month.\n\nA new video showed Ms Keller asking for the ransom to be "
            "paid by her employer.")
    assert [s for s, _, _ in reports_of(body)] in ([], ["Anna Keller"])


def test_a_pronoun_after_but_opens_a_second_report():
    # reports.py same_subject: not a pronoun ('..., he said, but he would ...')
    body = ("Tom Reyes is the mayor.\n\nThe city would hire more teachers next year, he said, but he would not "
            "raise any taxes to pay for them.")
    assert ("Tom Reyes", "he would not raise any taxes to pay for them", None) in reports_of(body)


def test_a_study_with_an_article_or_what_was_done_with_it_and_its_authors_report():
    # group_quantifiers 'a', 'the new'; the '-ed' participle after a group; 'authors', 'team of researchers'
    body = ("Sharks are common off the coast.\n\n"
            "A study published in the journal Nature found that sharks were avoiding the bay.\n\n"
            "The authors of the study wrote that the seals were moving north.\n\n"
            "A team of researchers from Oxford found that the water was warmer.")
    reports = reports_of(body)
    assert ("study", "sharks were avoiding the bay", None) in reports
    assert ("authors", "the seals were moving north", None) in reports
    assert ("team of researchers", "the water was warmer", None) in reports


def test_a_group_interrupting_with_a_plural_present_reports_the_sentence():
    # interrupting_cue with plural_report_forms; a gerund opening the main clause after 'If ...'
    # (Wikinews, 'COVID-19 may spread like flu, say scientists', 2020-02-22)
    body = ("The study was published last year.\n\n"
            "The net result, the authors say, is that the companies pay more tax.\n\n"
            "If these findings are accurate, scientists say, containing COVID-19 may require a different approach.")
    reports = reports_of(body)
    assert ("authors", "The net result, the authors say, is that the companies pay more tax", None) in reports
    assert ("scientists", "If these findings are accurate, scientists say, containing COVID-19 may require a "
            "different approach", None) in reports
