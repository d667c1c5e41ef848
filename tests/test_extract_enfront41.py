"""English who-said-what, round 41 (helper enfront): a sentence opened by a phrase of time with no comma
('Earlier this month ...', 'Later that day ...', 'In 1998 ...'), then a short definite description right
before the verb ('the firm', 'the party'), has that description as its subject; a body the sentence names
after the verb, in what is said, is no antecedent of the description. Texts written for these tests, with
invented names."""
from __future__ import annotations

from .extract_cases import quote_fields

LEAD = "Markets are busy.\n\n"


def quotes_of(body):
    return quote_fields(LEAD + body, "speaker", "speaker_type", "kind", "text", lang="en")


def test_earlier_this_month_the_firm_said_is_the_firm():
    body = ("Brinton Inc cut 300 jobs at its plant in Leeds. Earlier this month the firm said that demand "
            "had been weak in Europe.")
    assert ("Brinton Inc", "organization", "indirect", "demand had been weak in Europe") in quotes_of(body)


def test_later_that_day_the_party_said_is_the_party():
    body = ("The Zentrix Party unveiled its manifesto on Monday. Later that day the party said it would cut "
            "taxes for small firms.")
    assert any(s == "Zentrix Party" and t == "it would cut taxes for small firms"
               for s, _, _, t in quotes_of(body))


def test_in_a_year_the_company_said_is_the_company():
    body = ("Brinton Inc makes parts for cars. In 1998 the company said it would open a second plant in "
            "Wales.")
    assert any(s == "Brinton Inc" and t == "it would open a second plant in Wales" for s, _, _, t in quotes_of(body))


def test_a_firm_named_in_what_is_said_is_no_antecedent():
    # ('the company' reads as Zentrix, the subject before, but the statement names Zentrix as a foe)
    body = ("Spamco was sued by Zentrix last year. Zentrix is seeking damages from Spamco under new laws. "
            "In a statement announcing the move the company said it: \"could not go on with legal battles "
            "against a number of firms, including Zentrix, and still run a business.\"")
    assert all(s != "Zentrix" for s, _, _, _ in quotes_of(body))


def test_an_opening_phrase_with_a_lower_case_subject_without_the_article_is_left_alone():
    # (no definite description before the verb: 'Earlier this month officials said' is not read so)
    body = ("Brinton Inc cut 300 jobs at its plant in Leeds. Earlier this month some workers said that "
            "they had not been told.")
    assert all(s != "Brinton Inc" for s, _, _, _ in quotes_of(body))


def test_a_long_lower_case_phrase_before_the_verb_is_left_alone():
    # (four words or more after the article: no short description, no subject read)
    body = ("Brinton Inc cut 300 jobs at its plant in Leeds. Earlier this month the union of car plant "
            "workers in the north said that they had not been told.")
    assert all(s != "Brinton Inc" for s, _, _, _ in quotes_of(body))
