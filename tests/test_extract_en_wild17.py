"""English reports found from how often their form goes unreported in the Wikinews and BBC samples
(helper h_enwild17). Texts written for these tests."""
from __future__ import annotations

from .extract_cases import all_en, grammar_en


# ---- a government office named by its portfolio ('the home secretary said') ----------------

def test_a_portfolio_office_is_the_person_the_sentence_before_names():
    # _portfolio_holder: the one person of the sentence before, who holds no other office
    body = ("Britain's budget rebate is not up for renegotiation, Jack Straw said.\n\n"
            "The foreign secretary told MPs the rebate was \"entirely justified\".")
    found = all_en(body)
    assert ("Jack Straw", "the rebate was \"entirely justified\"", "GB") in found or \
        any(s == "Jack Straw" and t.startswith("the rebate was") for s, t, _ in found)


def test_a_portfolio_office_is_the_one_named_with_it_and_not_another_office():
    # the home secretary is Home Secretary Charles Clarke, not Foreign Secretary Jack Straw
    body = ("Home Secretary Charles Clarke met police chiefs on Monday. Foreign Secretary Jack Straw "
            "was in Brussels.\n\nThe home secretary said the new targets would help the police.")
    speakers = {s for s, t, _ in all_en(body) if t.startswith("the new targets")}
    assert speakers == {"Charles Clarke"}


def test_a_sentence_opening_title_stays_on_a_full_name_whose_surname_is_a_word():
    # Grammar._given_then_surname: 'Chancellor Gordon Brown' keeps its title though 'brown' is a
    # common word and the article writes 'the chancellor' in lower case
    body = ("Chancellor Gordon Brown has defended his record.\n\n"
            "Mr Brown spoke in London. The chancellor said the plan would save the poorest countries $3bn.")
    assert any(s == "Gordon Brown" and t.startswith("the plan would save") for s, t, _ in all_en(body))
    g = grammar_en()
    text = "Chancellor Gordon Brown has defended his record. the chancellor"
    p = g.parse(text, 0, len("Chancellor Gordon Brown"), {"chancellor", "the"}, True)
    assert p.role == "Chancellor" and p.name == "Gordon Brown"


def test_the_shadow_office_is_not_its_holder():
    # g.shadows: 'the chancellor' is not shadow chancellor Oliver Letwin, and the reverse
    body = ("Gordon Brown has issued a rallying cry to Labour supporters.\n\n"
            "The chancellor said the vote would give a clear choice. Shadow chancellor Oliver Letwin "
            "attacked the plans.\n\nThe shadow chancellor said taxes would have to rise.")
    found = all_en(body)
    assert any(s == "Gordon Brown" and t.startswith("the vote would") for s, t, _ in found)
    assert not any(s == "Gordon Brown" and t.startswith("taxes would") for s, t, _ in found)


# ---- a group's plural present form after the clause it reports ('..., the Lib Dems say.') ----

def test_a_trailing_plural_cue_reports_the_clause_before_it():
    # trailing_present_cues 'say' in trailing_subject
    body = ("Borrowing rose again in May.\n\n"
            "People vulnerable to problem debts should be afforded greater protection, the Lib Dems say.")
    assert ("Lib Dems", "People vulnerable to problem debts should be afforded greater protection", None) in all_en(body)


def test_an_inverted_plural_cue_names_the_group_after_it():
    # after_plural_verb and _inverted_group: '..., say the Tories.', '..., say researchers at X.'
    body = ("The election campaign began on Monday.\n\n"
            "The prime minister has no qualms about breaking his promises, say the Tories.\n\n"
            "Optimism is at its highest since 1997, say researchers at Oxford Economics.")
    found = all_en(body)
    assert ("Tories", "The prime minister has no qualms about breaking his promises", None) in found
    assert ("researchers", "Optimism is at its highest since 1997", None) in found


def test_a_plural_form_that_opens_a_clause_or_is_a_noun_reports_nothing():
    # not '..., say they hope ...' (a clause of its own), nor 'stress' (a noun), nor a dashed aside
    body = ("Hunting with dogs was banned.\n\n"
            "Anti-hunt groups, for whom the ban ends years of campaigning, say they hope most will obey the law.\n\n"
            "Yet as competition grew and the boom ended, the firm found itself under growing financial stress.\n\n"
            "He put a lot of effort - too much, critics argue - into enforcement.")
    assert not [q for q in all_en(body) if q[1].startswith(("Anti-hunt", "Yet as", "He put"))]


# ---- a sentence opening with 'But' or 'And', then a subject in lower case ---------------------

def test_a_lower_case_subject_after_an_opening_but_reports():
    # _subject: _OPENING_COORDINATOR, tried when the whole opening reads as no subject
    body = ("The dollar rallied on Monday after weeks of losses.\n\n"
            "But analysts said the respite was likely to be only temporary.\n\n"
            "But the committee said an amendment was needed to protect anglers.")
    found = all_en(body)
    assert ("analysts", "the respite was likely to be only temporary", None) in found
    assert ("committee", "an amendment was needed to protect anglers", None) in found


def test_a_pronoun_or_a_named_subject_after_an_opening_but_reads_as_before():
    # (a name is read past 'But' anyway; a pronoun after it is not resolved by this rule)
    body = ("Blunkett was home secretary until 2004. Beverly Hughes resigned as immigration minister.\n\n"
            "And he also urged people from ethnic minorities to develop a sense of belonging.\n\n"
            "But former palace spokesman Dicky Arbiter said the prince should apologise.")
    found = all_en(body)
    assert not [q for q in found if q[1].startswith("urged people")]
    assert [s for s, t, _ in found if t == "the prince should apologise"] == ["Dicky Arbiter"]


# ---- a group described by a word or two before it ('Legal experts said') ---------------------

def test_a_group_after_words_of_its_kind_speaks():
    # _described_group: the group noun is the speaker ('experts' is in the annotations' 'legal experts')
    body = ("Rosneft bought the unit in December.\n\n"
            "Legal experts said the purchase would include the unit's debts.\n\n"
            "Taxpayers may have to bail out the pension agency, leading economists have warned.")
    found = all_en(body)
    assert ("experts", "the purchase would include the unit's debts", None) in found
    assert ("economists", "Taxpayers may have to bail out the pension agency", None) in found


def test_a_described_group_in_an_aside_after_a_name_is_no_speaker():
    # (not 'Reuters, citing anonymous sources, reported ...': the press reports)
    body = ("Drones hit two oil plants.\n\n"
            "Reuters, citing anonymous sources, reported both production and export of oil had been disrupted.")
    assert not [q for q in all_en(body) if q[0] == "sources"]


def test_a_present_form_after_the_clause_reports_it_for_one_speaker():
    # trailing_present_cues 'argues', 'believes', 'insists' (after the clause, a pronoun ending the
    # sentence, a name, or inverted before a name and its apposition)
    body = ("James Humphreys, a former adviser, spoke on Monday.\n\n"
            "There are risks but the prize is tackling lower turnouts, he argues.\n\n"
            "Economic growth is likely to be constrained by rising taxes, Deloitte believes.\n\n"
            "Yet investment from abroad is still warmly welcomed, insists Mr Hadi, an Iraqi who left the country.")
    found = all_en(body)
    assert ("James Humphreys", "There are risks but the prize is tackling lower turnouts", None) in found
    assert ("Deloitte", "Economic growth is likely to be constrained by rising taxes", None) in found
    assert ("Hadi", "Yet investment from abroad is still warmly welcomed", None) in found


def test_a_pronoun_and_present_form_inside_the_clause_is_no_trailing_cue():
    # ('..., he believes, will warm to.': the cue interrupts the clause; the words before it are not
    # a report of their own)
    body = ("Michael Howard spoke on Monday.\n\n"
            "This was the message many in his party wanted and voters, he believes, will warm to.")
    assert not [q for q in all_en(body) if q[1].startswith("This was the message")]
