"""English who-said-what, round 36 (helper en50): a plural noun for bodies ('The parties said ...', 'The
companies said ...') after two bodies named jointly as a verb's subject is those two, each reporting; and
a described person ('The 31-year-old') whose relative clause between commas stands before the verb is
the person named last, when that is also the one spoken of most. Texts written for these tests, with
invented names."""
from __future__ import annotations

from .extract_cases import reports_of

LEAD = "Markets are busy.\n\n"


# ---- a plural noun for two bodies named jointly -------------------------------------------------------

def test_the_parties_are_the_two_bodies_named_jointly_before():
    body = LEAD + ("UK-based retailer Farrowby and Danish retailer Kestrel Group announced an agreement over "
                   "forty stores. The deal covers two depots. The parties said they expect a decision this year.")
    got = reports_of(body)
    assert ("Farrowby", "they expect a decision this year", None) in got
    assert ("Kestrel Group", "they expect a decision this year", None) in got


def test_the_two_companies_are_two_single_word_names():
    body = LEAD + ("Voice firm Tellwise and music database Songbase are developing voice control for players. "
                   "The two companies said that the technology will be ready in the autumn.")
    got = reports_of(body)
    assert ("Tellwise", "the technology will be ready in the autumn", None) in got
    assert ("Songbase", "the technology will be ready in the autumn", None) in got


def test_a_name_with_an_ampersand_is_one_body():
    body = LEAD + ("Cable & Radio and Netlink have opened new exchanges. Both firms said they are investing "
                   "millions in the service.")
    got = reports_of(body)
    assert ("Cable & Radio", "they are investing millions in the service", None) in got
    assert ("Netlink", "they are investing millions in the service", None) in got


def test_the_last_two_of_a_list_of_three_are_no_pair():
    body = LEAD + ("Ardent, Bellcom and Corvex made a chip together. The firms said that the chip will be "
                   "ten times faster.")
    assert all(q[0] not in ("Bellcom", "Corvex") for q in reports_of(body))


def test_a_noun_that_named_its_own_group_before_the_pair_keeps_it():
    # ('unions at the carmaker ... Fiat and GM also ended their alliance ... The unions said ...': the
    # unions are the ones spoken of first, not the two firms)
    body = LEAD + ("Plant jobs are at risk, unions at the carmaker have said. Ferrano and Gallowmotor also "
                   "ended their alliance last year. The unions said the closure would cost 800 jobs.")
    assert all(q[0] not in ("Ferrano", "Gallowmotor") for q in reports_of(body))


def test_two_people_named_before_are_no_companies():
    body = LEAD + "Tom Hale and Ann Lee met in Leeds. The companies said the deal was off."
    assert all(q[0] not in ("Tom Hale", "Ann Lee") for q in reports_of(body))


def test_a_pair_that_is_no_subject_is_not_meant():
    # ('the use of both Drugex and Curamol, ... The companies said ...': two products named as objects)
    body = LEAD + ("The cases involved the use of both Drugex and Curamol, the firm's older drug. The companies "
                   "said they have no reports of the condition.")
    assert all(q[0] not in ("Drugex", "Curamol") for q in reports_of(body))


# ---- a described person with a relative clause before the verb ---------------------------------------

def test_a_relative_clause_after_an_age_does_not_hide_the_person():
    body = LEAD + ("Sprinter Darren Colby will run again next season. The 31-year-old, who won silver in Sydney "
                   "in 2000, said during the Games that a hamstring injury had stopped him.")
    assert ("Darren Colby", "a hamstring injury had stopped him", None) in reports_of(body)


def test_a_relative_clause_after_a_described_head():
    body = LEAD + ("Singer Ana Ruiz has cancelled her tour. The star, who is 36 at the end of February, told "
                   "BBC Radio that it is time for her to rest.")
    assert ("Ana Ruiz", "it is time for her to rest", None) in reports_of(body)


def test_a_relative_clause_guesses_no_one_when_the_last_named_is_not_the_one_spoken_of():
    # (the person spoken of most is someone else than the one named last: no guess between them)
    body = LEAD + ('"We want him to stay," said coach Tom Hale. "He is our best player," Hale added. "We '
                   'will talk," Hale said. Arsenal made an offer to Jan Vries last week. The midfielder, who '
                   'joined the club in 2001, admitted he had been flattered by the offer.')
    assert all(q[1] != "he had been flattered by the offer" or q[0] != "Tom Hale" for q in reports_of(body))


# ---- a passive naming verb whose agent follows the quoted words ----------------------------------------

def _directs(body):
    from .extract_cases import run
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


def test_the_agent_after_quoted_words_of_a_passive_description_speaks():
    body = LEAD + ("The comic died on Sunday. He was described as a \"consummate professional\" by his friend and "
                   "fellow broadcaster Tom Hale.")
    assert ("Tom Hale", "consummate professional") in _directs(body)


def test_the_agent_after_a_branded_phrase_is_a_body():
    body = LEAD + "The plan was branded \"deeply irresponsible\" by the Liberal Democrats."
    assert ("Liberal Democrats", "deeply irresponsible") in _directs(body)


def test_the_agent_before_the_quoted_words_still_speaks():
    body = LEAD + "The result was described by Tom Hale as a \"historic mandate\"."
    assert ("Tom Hale", "historic mandate") in _directs(body)


def test_an_active_description_is_its_subjects():
    # (no passive: the sentence's subject describes; a 'by' after the quote is no agent of the verb)
    body = LEAD + "Ann Lee described the ban as \"ridiculous\" by any standard."
    assert all(q[0] != "any standard" for q in _directs(body))


# ---- a body's bracketed short form, an office, then the person -----------------------------------------

def test_the_person_after_a_bodys_short_form_and_office_speaks_before_the_quote():
    body = LEAD + "The game was abandoned. Northshire Football Association (NFA) spokesman Tom Hale said: \"We are disappointed.\""
    assert ("Tom Hale", "We are disappointed") in _directs(body)


def test_the_person_after_a_bodys_short_form_and_office_speaks_after_the_quote():
    body = LEAD + "The game was abandoned. \"We are disappointed,\" said Northshire Football Association (NFA) spokesman Tom Hale."
    assert ("Tom Hale", "We are disappointed") in _directs(body)


def test_the_person_after_a_short_form_reports_a_clause():
    body = LEAD + ("World Anti-Cheating Agency (WACA) chief Tom Hale says Ann Lee should be stripped of her medals "
                   "if found guilty.")
    assert ("Tom Hale", "Ann Lee should be stripped of her medals if found guilty", None) in reports_of(body)


def test_a_clause_joined_by_and_whose_subject_holds_a_short_form():
    body = LEAD + ("Jan Vries has died aged 77. Vries had recently undergone heart surgery and Northshire football "
                   "federation (NFF) spokesman Tom Hale said: \"He was one of the best coaches we had.\"")
    assert ("Tom Hale", "He was one of the best coaches we had") in _directs(body)


# ---- a cue participle after a clause whose verb has an auxiliary ---------------------------------------

def test_a_participle_after_a_perfect_reports_the_subjects_words():
    body = LEAD + ("The Northshire Council of Faiths has criticised the new series of the drama, claiming it "
                   "portrays believers unfairly.")
    assert ("Northshire Council of Faiths", "it portrays believers unfairly", None) in reports_of(body)


def test_a_participle_after_a_passive_reports_the_subjects_words():
    body = LEAD + ("Striker Tom Hale was dropped by coach Jan Vries after failing to answer a call-up, claiming he "
                   "had a groin injury.")
    assert ("Tom Hale", "he had a groin injury", None) in reports_of(body)


def test_an_addressee_of_the_media_is_no_part_of_the_report():
    body = LEAD + "But Tom Hale has denied this, telling French media that there is no overrun in the budget."
    assert ("Tom Hale", "there is no overrun in the budget", None) in reports_of(body)


def test_a_subordinate_clauses_subject_does_not_report_the_main_clauses_participle():
    body = LEAD + ("Since the first network Songshare was forced to close, the music industry has been critical "
                   "of the technology, claiming it causes piracy.")
    assert all(q[0] != "Songshare" for q in reports_of(body))


def test_an_unnamed_group_with_an_auxiliary_is_left_alone():
    body = LEAD + "A British faith group has criticised the drama, claiming it portrays believers unfairly."
    assert all(q[0] not in ("British", "faith") for q in reports_of(body))
