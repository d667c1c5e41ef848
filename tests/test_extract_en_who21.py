"""English speakers and their states, round 21 (helper h_enwho21): a state's name or adjective alone
before a name says where the person comes from, not a state they speak for. Texts written for these
tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a nationality alone before a name gives no state ------------------------------------------

def test_a_states_possessive_alone_before_an_athletes_name_gives_no_state():
    assert all_en("Ireland's Tom Crane won in 7:39.89. \"I did not want to sit back,\" said Crane.") == [
        ("Tom Crane", "I did not want to sit back", None)]
    assert all_en("The USA's Andy Moore lost in four sets. \"It hurts,\" said Moore.") == [
        ("Andy Moore", "It hurts", None)]


def test_a_nationality_adjective_alone_before_a_name_gives_no_state():
    assert all_en("American Lynn Dale will now face Maria Vo. \"I am ready,\" said Dale.") == [
        ("Lynn Dale", "I am ready", None)]


def test_an_office_after_the_state_still_gives_the_state():
    assert all_en("Britain's Foreign Secretary Tom Hale said the talks would go on.") == [
        ("Tom Hale", "the talks would go on", "GB")]
    assert all_en("Italian economic development minister Marco Bruni said the plan would work.") == [
        ("Marco Bruni", "the plan would work", "IT")]


def test_a_known_official_keeps_the_state_of_the_registry():
    assert all_en("Britain's Tony Blair said: \"We will win.\"", published="2004-06-01") == [
        ("Tony Blair", "We will win", "GB")]


def test_a_states_own_body_named_by_the_states_short_name_keeps_it():
    # (only the state is checked here: the body's name is cut otherwise)
    assert [c for _, _, c in all_en("The US Geological Survey reported it was of 7.0 magnitude.")] == ["US"]


# ---- a name, then a role in apposition, then the cue -------------------------------------------

def test_a_name_then_a_role_owned_by_a_body_speaks_not_the_body():
    assert all_en("Acme makes phones. Ian Holt, Zenco's futurologist, told the Acme Gazette that "
                  "the closure was a shame.") == [("Ian Holt", "the closure was a shame", None)]
    assert all_en("Acme makes phones. \"We are working on it,\" Jonas Berg, Nokia's vice president, "
                  "told reporters.") == [("Jonas Berg", "We are working on it", None)]
    assert all_en("Acme makes phones. Tom Hale, Rovers' manager, said the draw was fair. "
                  "\"We played well,\" he said.") == [("Tom Hale", "the draw was fair", None),
                                                      ("Tom Hale", "We played well", None)]


def test_a_state_office_in_apposition_keeps_its_state():
    assert all_en("Acme makes phones. Tom Hale, Britain's foreign secretary, said the talks had failed.") == [
        ("Tom Hale", "the talks had failed", "GB")]


def test_a_trailing_cue_closing_the_sentence_after_a_name_and_its_apposition():
    assert all_en("Acme makes phones. \"We are working on it,\" Jonas Berg, vice president at Zenco, "
                  "said.") == [("Jonas Berg", "We are working on it", None)]
    assert all_en("Acme makes phones. \"We are working on it,\" Jonas Berg, the firm's chief executive, "
                  "told reporters.") == [("Jonas Berg", "We are working on it", None)]


def test_a_trailing_told_after_a_name_and_a_quote_of_the_one_before():
    body = ("\"The fair is busy,\" said Tom Hale of Acme. \"Everything is going digital,\" Kim Ward, "
            "head of research at Zenco, told the BBC News website.")
    assert all_en(body) == [("Tom Hale", "The fair is busy", None),
                            ("Kim Ward", "Everything is going digital", None)]


# ---- a gendered pronoun after a person of the other gender --------------------------------------

def test_she_said_after_a_man_spoke_is_the_woman_named_last_by_a_given_name_of_the_list():
    body = ("\"I did not like the cameras,\" Tom Hale told reporters. Tom Hale also praised his co-star "
            "Sharon Vance. \"Now everybody is doing reality shows,\" she said.")
    assert all_en(body) == [("Tom Hale", "I did not like the cameras", None),
                            ("Sharon Vance", "Now everybody is doing reality shows", None)]


def test_a_pronoun_before_a_colon_cue_takes_the_gender_into_account():
    body = ("\"They played well,\" Tom Hale said. Band frontwoman Ana Matronic collected the prize. "
            "She told the audience: \"We would have called you crazy.\"")
    assert all_en(body) == [("Tom Hale", "They played well", None),
                            ("Ana Matronic", "We would have called you crazy", None)]


def test_she_said_after_a_man_is_the_woman_named_by_a_kin_noun_and_a_given_name():
    body = ("Rock star Tom Hale has said his band will stop touring. \"I did not like the long drives,\" the "
            "rock singer told reporters at the festival. His wife Sharon, who also manages the band, "
            "agreed. \"Now everybody is playing in stadiums,\" she said.")
    assert all_en(body)[-1] == ("Sharon", "Now everybody is playing in stadiums", None)


# ---- a body's unnamed member speaks for it, and so does the pronoun after ----------------------

def test_he_added_after_a_spokesman_for_a_body_is_still_the_bodys():
    body = ("Pastry chef Tom Hale lost to the Lyon team. A spokesman for the Baking Council said: \"It is "
            "a pity the cup went abroad again.\" He added: \"It was remarkable to reach 12 finals.\"")
    assert all_en(body) == [("Baking Council", "It is a pity the cup went abroad again", None),
                            ("Baking Council", "It was remarkable to reach 12 finals", None)]


# ---- titles of honour before the given name alone -----------------------------------------------

def test_sir_and_the_given_name_alone_is_the_knight_named_in_full_before():
    assert all_en("Sir Cameron Macks staged the show. \"It was a joy,\" said Sir Cameron.") == [
        ("Cameron Macks", "It was a joy", None)]
    assert all_en("The musical was staged by theatre impresario Sir Cameron Macks. Sir Cameron said he "
                  "hoped the production was a blend of the film and the book.") == [
        ("Cameron Macks", "he hoped the production was a blend of the film and the book", None)]
    assert all_en("Dame Julie Andrews watched the show. \"It was a joy,\" said Dame Julie.") == [
        ("Julie Andrews", "It was a joy", None)]


# ---- a sport's or an art's field before a lower-case head is no state's office ------------------

def test_a_sports_or_arts_field_before_a_lower_case_head_gives_no_state():
    assert all_en("Russian tennis chief Sam Tarp said: \"This minister has broken every rule.\"") == [
        ("Sam Tarp", "This minister has broken every rule", None)]
    assert all_en("British film director Alan Parks has been made an officer. \"I am honoured,\" said "
                  "Parks.") == [("Alan Parks", "I am honoured", None)]
    assert all_en("Belgian sports minister Claude Eerd said: \"There is a problem.\"") == [
        ("Claude Eerd", "There is a problem", "BE")]


def test_he_added_after_a_spokesman_for_a_body_named_with_its_state():
    body = ("Pastry chef John Mathis lost to the Lyon team. A spokesman for the UK Baking Council said: \"It is "
            "a pity the cup went abroad again.\" He added: \"It was remarkable to reach 12 finals.\"")
    assert [s for s, _, _ in all_en(body)] == ["UK Baking Council", "UK Baking Council"]


def test_she_said_after_a_person_of_unknown_gender_is_the_woman_a_kin_noun_named_since():
    body = ("Rock star Ozzy Hale has said his band will not record another album. \"I did not like the "
            "studio,\" the rock singer told reporters. His wife Sharon, who also manages the band, "
            "agreed. \"Now everybody is playing in stadiums,\" she said.")
    assert all_en(body)[-1] == ("Sharon", "Now everybody is playing in stadiums", None)
    # (named before the last mention of the one of unknown gender, she is not taken; h_en45: 'the band',
    # not 'his band', so that the story's own pronouns do not tell his gender either)
    body = ("His wife Sharon arrived late. Rock star Ozzy Hale has said the band will not record another "
            "album. \"Now everybody is playing in stadiums,\" she said.")
    assert all_en(body)[-1] == ("Ozzy Hale", "Now everybody is playing in stadiums", None)


def test_a_sports_federation_in_any_case_gives_no_state():
    assert all_en("\"It is a shift,\" said Zara Peters of UK Athletics.") == [("Zara Peters", "It is a shift", None)]
    assert all_en("UK Athletics chief Max Jonas believes it is likely Reed will run indoors.") == [
        ("Max Jonas", "it is likely Reed will run indoors", None)]
    assert all_en("Tennis Australia's Geoff Poll dismissed the criticism. \"We wanted the courts to be quicker,\" "
                  "he said.") == [("Geoff Poll", "We wanted the courts to be quicker", None)]
    # (the state's sports minister keeps the state)
    assert all_en("Australian Sports Minister Rod Kemp said the team would go.") == [
        ("Rod Kemp", "the team would go", "AU")]


def test_a_courtesy_title_before_a_surname_that_is_a_states_adjective():
    body = ("\"The pocket drone will be the toy of the winter,\" said Tom Irish, editor of gadget magazine "
            "Widget. \"It is small,\" said Mr Irish.")
    assert [c for _, _, c in all_en(body)] == [None, None]
    assert all_en("\"It is small,\" said Mr Irish.") == [("Irish", "It is small", None)]
