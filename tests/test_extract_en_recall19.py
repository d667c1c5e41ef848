"""English reports found missing in the development sets: a finding's verb after the clause it reports
when research makes it, what research observed as a speaker no later 'they' means, an act owned up to
and a denial reported with their verb. Texts written for these tests, or small pieces of Wikinews text
where a comment names the source."""
from __future__ import annotations

from .extract_cases import reports_of

LEAD = "A new study was published in the journal Nature on Monday.\n\n"


def test_a_finding_verb_after_the_clause_reports_when_research_makes_it():
    # trailing_research_cues; Wikinews, 'Neuroscientists tell Wikinews about empathy and harm aversion
    # observed in lab rats' (2020-04-30)
    body = LEAD + ("If the actor rats were previously exposed to the shocks, their degree of harm aversion "
                   "for others was heightened, the study revealed.")
    assert ("study", "If the actor rats were previously exposed to the shocks, their degree of harm aversion "
            "for others was heightened", None) in reports_of(body)


def test_a_finding_verb_after_the_clause_with_an_auxiliary_and_a_quantifier():
    body = LEAD + ("Half of the money set aside for the poor went to families who did not need it, a new "
                   "study has found.\n\nThe coastal towns lost more people than the inland ones, the research showed.")
    reports = reports_of(body)
    assert ("study", "Half of the money set aside for the poor went to families who did not need it",
            None) in reports
    assert ("research", "The coastal towns lost more people than the inland ones", None) in reports


def test_a_finding_verb_after_the_clause_reports_nothing_after_anyone_else():
    body = ("The body of the missing man was in the river near the bridge, police found.\n\n"
            "The company posted a loss in the third quarter of the year, the review showed.")
    assert reports_of(body) == []


def test_results_and_observations_report_but_are_no_later_they():
    # research_heads, group_speakers, unreferred_groups; Wikinews, 'Zebra stripes may dazzle
    # pathogen-packing horse flies, say scientists' (2019-02-23)
    body = ("The researchers observed tabanid horse flies around zebras and domestic horses in captive "
            "settings.\n\n"
            "Results showed the horse flies hovered over both types of animals at roughly the same rate.  "
            "They then equipped horses with both zebra-striped and unstriped cloths and again observed that the "
            "flies had trouble landing on the striped surfaces.")
    reports = reports_of(body)
    assert ("Results", "the horse flies hovered over both types of animals at roughly the same rate",
            None) in reports
    assert ("researchers", "the flies had trouble landing on the striped surfaces", None) in reports


def test_an_act_owned_up_to_before_a_gerund_is_reported_with_its_verb():
    # gerund_request_verbs
    body = ("Senator John Smith admitted to ordering the payments.\n\n"
            "Senator Mary Jones was admitted to hospital on Monday.\n\n"
            "Paul Brown was elected in 2001 and admitted to the Academy in 2003.")
    assert reports_of(body) == [("John Smith", "admitted to ordering the payments", None)]


def test_admitted_to_before_anything_else_is_the_plain_cue():
    body = "Witness Scott Miller admitted to jurors he was willing to lie to his employers."
    assert [r[1] for r in reports_of(body)] != []
    assert not any(r[1].startswith("admitted") for r in reports_of(body))


def test_a_denial_of_any_or_all_of_something_is_reported_with_its_verb():
    # denial_request_verbs; Wikinews, 'Paris court jails two police in high-profile rape case'
    # (2019-02-02): the denial ends at ', but' before the same speaker's next report
    body = ("Officers Antoine Quirin and Nicolas Redouane were convicted on Thursday.\n\n"
            "Quirin denied any sexual activity, but upon learning his DNA was on the underwear he claimed "
            "sex had been consensual.\n\n"
            "Chief executive Bernard Evans has denied all the charges against him.")
    reports = reports_of(body)
    assert ("Antoine Quirin", "denied any sexual activity", None) in reports
    assert ("Antoine Quirin", "sex had been consensual", None) in reports
    assert ("Bernard Evans", "denied all the charges against him", None) in reports


def test_a_denial_of_a_pronoun_reports_nothing():
    # denial_object_pronouns
    body = "Prime Minister Jane Doe denied all that, too."
    assert reports_of(body) == []


def test_research_reports_in_the_present_a_finding_opening_with_a_bare_noun():
    # research_report_verbs, _opens_finding; Wikinews, 'Florida frog skull survey shows spikes, say
    # scientists' (2020-03-26)
    body = ("In a new study released by the Florida Museum of Natural History on Monday, scientists report spiky "
            "skulls evolved at least 25 separate times in different kinds of frogs.")
    assert ("scientists", "spiky skulls evolved at least 25 separate times in different kinds of frogs",
            None) in reports_of(body)


def test_report_is_a_verb_only_right_after_research():
    body = ("Thursday's report was drawn up by two committees of the parliament.\n\n"
            "The annual report showed the firm's sales fell by a tenth.")
    assert reports_of(body) == []


def test_a_bare_noun_with_no_verb_at_once_opens_no_finding():
    # (a noun object: 'found significant quantities of virus'; a relative inside: 'frogs that had ...')
    body = LEAD + ("The researchers found large quantities of virus in samples taken from the noses.\n\n"
                   "They found frogs that had similar niches — meaning they fed the same way — tended to "
                   "develop similar skulls.")
    assert reports_of(body) == []


def test_a_group_with_an_adjective_after_its_quantifier():
    # group_adjectives; Wikinews, 'Ancient Egyptians collected wild ibis birds for sacrifice' (2019-11-16)
    body = ("In findings published on Wednesday in the journal PLOS ONE, an international team of scientists "
            "report ancient Egyptians captured sacred ibises from the wild for use in ritual sacrifice.")
    assert ("team of scientists", "ancient Egyptians captured sacred ibises from the wild for use in ritual "
            "sacrifice", None) in reports_of(body)


def test_a_finding_may_open_with_an_adjunct_before_its_subject():
    # finding_adjunct_openers; Wikinews, 'Neuroscientists tell Wikinews about empathy and harm aversion
    # observed in lab rats' (2020-04-30)
    body = LEAD + ("The observations showed without the active ACC due to muscimol, the active rats in the test "
                   "group were no longer averse to harming the victim rats.")
    assert ("observations", "without the active ACC due to muscimol, the active rats in the test group were no "
            "longer averse to harming the victim rats", None) in reports_of(body)


def test_an_adjunct_with_no_clause_after_it_is_no_finding():
    body = LEAD + ("The researchers found in the house a body of a rat.\n\n"
                   "The researchers found in samples, traces of the virus.")
    assert reports_of(body) == []


def test_according_to_a_persons_memoirs_is_that_person():
    # referred_documents 'memoirs' (was the speaker 'her memoirs')
    body = ("Gloria Vanderbilt was married four times. According to her memoirs, she had some degree of "
            "romantic involvement with Errol Flynn.")
    assert [r[0] for r in reports_of(body)] == ["Gloria Vanderbilt"]
