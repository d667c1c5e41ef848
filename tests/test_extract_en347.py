"""English rules of the helper en3 (forty-seventh session): a lawyer's, an adviser's or a strategist's word
between a body and a name leaves the name speaking ('said EFF lawyer Kurt Opsahl'); a name's description
after a quote with no comma before the cue ('"...," John Smith, from Exane BNP Paribas told Reuters');
'underlined', 'predicted' and 'agreed' cue a quote only inverted right after its closing comma ('"...,"
underlined Mr Saldarriaga'). Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


def _speakers(body: str) -> list[str]:
    return [s for s, _ in _who(body)]


# ---- a lawyer's or an adviser's word between a body and a name -------------------------------------

def test_a_bodys_lawyer_after_the_cue_is_the_person_named():
    body = ("The court ruled on Monday that the bloggers must hand over their e-mails.\n\n"
            "\"This is a blow to free speech,\" said EFF lawyer Kurt Opsahl.")
    assert ("Kurt Opsahl", "This is a blow to free speech") in _who(body)


def test_a_towns_attorney_after_the_cue_is_the_person_named():
    body = ("The police shot a man in Kenosha on Sunday.\n\n"
            "\"The family will sue the city,\" said Kenosha attorney Ben Crump.")
    assert ("Ben Crump", "The family will sue the city") in _who(body)


def test_an_offices_adviser_after_the_cue_is_the_person_named():
    body = ("The report was published on Monday.\n\n"
            "\"The plan will go ahead,\" said Downing Street adviser Jane Roe.")
    assert ("Jane Roe", "The plan will go ahead") in _who(body)


def test_a_leaders_aide_after_the_cue_is_the_person_named():
    body = ("The report was published on Monday.\n\n"
            "\"The plan will go ahead,\" said Trump aide Jane Roe.")
    assert ("Jane Roe", "The plan will go ahead") in _who(body)


def test_a_firms_strategist_is_the_person_named():
    body = ("Shares rose in Tokyo on Monday.\n\n"
            "Morgan Stanley equity strategist Naoki Kamiyama said the index would rise toward 13,000.")
    assert ("Naoki Kamiyama", "the index would rise toward 13,000") in _who(body)


def test_a_clients_lawyer_with_no_name_stays_the_lawyer():
    body = ("The court ruled on Monday.\n\n"
            "Mr Sigarchi's lawyer labelled the court \"illegal\".")
    assert _speakers(body) == ["Sigarchi's lawyer"]


# ---- a name's description after a quote, no comma before the cue ------------------------------------

_INSEE = "Consumer spending rose by 3% in January, the French statistics office INSEE said.\n\n"


def test_a_description_from_a_body_with_no_closing_comma_before_the_cue():
    body = _INSEE + "\"It's a growth that will remain fragile,\" John Smith, from Exane BNP Paribas told Reuters."
    assert ("John Smith", "It's a growth that will remain fragile") in _who(body)


def test_a_description_with_a_role_and_no_closing_comma_before_the_cue():
    body = _INSEE + "\"It's a growth that will remain fragile,\" John Smith, an analyst at Exane BNP Paribas said."
    assert ("John Smith", "It's a growth that will remain fragile") in _who(body)


def test_a_relative_clause_with_a_subject_of_its_own_is_no_description():
    body = _INSEE + "\"It's a growth that will remain fragile,\" John Smith, whose adviser Jane Roe said."
    assert "John Smith" not in _speakers(body)


# ---- emphasis, forecast and assent inverted after a quote's comma -----------------------------------

_HUARAL = "Farmers in the Huaral Valley now use computers to check prices, said Mary Jones of the project.\n\n"


def test_underlined_after_the_quotes_comma_cues_the_name_after_it():
    body = _HUARAL + "\"This is a pilot project, and we are keen on its potential,\" underlined Mr Saldarriaga."
    assert ("Saldarriaga", "This is a pilot project, and we are keen on its potential") in _who(body)


def test_predicted_after_the_quotes_comma_cues_the_name_after_it():
    body = _HUARAL + "\"Prices will rise again next year,\" predicted Mr Saldarriaga."
    assert ("Saldarriaga", "Prices will rise again next year") in _who(body)


def test_agreed_after_the_quotes_comma_cues_the_name_after_it():
    body = _HUARAL + "\"We will find new models together,\" agreed Mr Saldarriaga."
    assert ("Saldarriaga", "We will find new models together") in _who(body)


def test_a_capitalised_predicted_after_a_closed_quote_cues_nothing():
    body = ("HMV staff were surprised, said HMV manager Clive Smith.\n\n"
            "\"We realised he wanted to buy the Band Aid single.\" Predicted chart-topper Do They Know It's "
            "Christmas? is expected to sell well.")
    assert ("Clive Smith", "We realised he wanted to buy the Band Aid single") in _who(body)


def test_agreed_to_in_the_sentence_after_a_question_cues_nothing():
    body = ("Felgate praised the new coach.\n\n"
            "\"And why would he stake his reputation on something that fails?\" Connors has also agreed to "
            "commentate for the BBC at Wimbledon.")
    assert "Connors" not in _speakers(body)
