"""English quotes not found, round 23 (helper h_enrec23): classes of reports the extractor dropped
because it did not read their speaker or frame. Texts written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a subject read without the auxiliaries and adverbs of its verb group ------------------------

def test_a_described_name_before_has_said_reports():
    body = "Talk show host Tom Hale has said he never liked the opera and would not stage it."
    assert all_en(body) == [("Tom Hale", "he never liked the opera and would not stage it", None)]


def test_a_long_lower_case_role_before_has_admitted_reports():
    body = "Joint assistant boss Tom Hale has admitted he hopes to take over from Jim Cole as manager."
    assert all_en(body) == [("Tom Hale", "he hopes to take over from Jim Cole as manager", None)]


def test_an_aside_between_commas_before_has_said_is_no_subject():
    body = ("Talk show host Tom Hale, whose programme inspired the opera, has said he never liked the "
            "music in it.")
    assert all_en(body) == [("Tom Hale", "he never liked the music in it", None)]


def test_a_list_between_commas_before_have_announced_names_no_speaker():
    body = ("Movie studios, including Acme and Bolt, have also announced new film titles that are to be "
            "sold on the disc format.")
    assert all_en(body) == []


# ---- an opening phrase of time or circumstance with no comma before the subject ------------------

def test_a_year_then_a_firm_before_said():
    body = "Acme makes phones. In 2004 Acme said it had seen strong growth in the number of buyers."
    assert all_en(body) == [("Acme", "it had seen strong growth in the number of buyers", None)]


def test_a_month_ends_the_opening_phrase_and_is_no_subject():
    body = "Acme makes phones. Until December Acme said software could be sent to it for checks if there were doubts."
    assert all_en(body) == [("Acme", "software could be sent to it for checks if there were doubts", None)]


def test_a_described_firm_after_a_circumstance_reports():
    body = ("Acme makes phones. Despite this Finnish anti-virus lab Bolt said it had sporadic reports of "
            "owners being caught out.")
    assert all_en(body) == [("Bolt", "it had sporadic reports of owners being caught out", None)]


# ---- an office with no determiner after the name of a cue that ends the clause -------------------

def test_a_bare_office_after_the_cue_is_who_speaks_not_what_was_said():
    body = ("Acme faces pressure. The new deal cancels probes into about 50 radio shows, said Tom Hale, "
            "FCC deputy secretary of communications.")
    # (the FCC is the US state's regulator: institution_names, helper h_enctry27)
    assert all_en(body) == [("Tom Hale", "The new deal cancels probes into about 50 radio shows", "US")]


def test_a_party_office_after_the_cue_is_who_speaks():
    body = ("Acme faces pressure. Internet rules remain a political issue, said MP Tom Hale, Liberal "
            "Democrat spokesman on IT.")
    assert all_en(body) == [("Tom Hale", "Internet rules remain a political issue", None)]


# ---- a view reported after its clause: '..., thinks Mr X.' ------------------------------------------

def test_thinks_after_the_clause_with_title_and_surname_reports():
    body = ("Tom Vaughan runs a chain of shops. The decision to replace the chief executive was crucial to "
            "its survival, thinks Mr Vaughan.")
    assert all_en(body) == [("Tom Vaughan", "The decision to replace the chief executive was crucial to its survival",
                             None)]


def test_he_thinks_after_the_clause_is_the_last_speaker():
    body = ("\"Big brands have used the chance,\" said chief executive Tom Vaughan. Putting adverts on "
            "a network of this kind has real benefits, he thinks.")
    assert all_en(body) == [("Tom Vaughan", "Big brands have used the chance", None),
                            ("Tom Vaughan", "Putting adverts on a network of this kind has real benefits", None)]


def test_believes_after_the_clause_with_title_and_surname_reports():
    body = "Tom Vaughan runs a chain of shops. Prices will not rise this year, believes Mr Vaughan."
    assert all_en(body) == [("Tom Vaughan", "Prices will not rise this year", None)]


# ---- a person called by what they are, opening a sentence ------------------------------------------

def test_the_presenter_is_the_person_the_article_is_about():
    body = ("Veteran TV host Tom Hale has been taken to hospital. Tom Hale, 75, was admitted on Monday. "
            "The presenter said that he expects to be well again before the show.")
    assert all_en(body) == [("Tom Hale", "he expects to be well again before the show", None)]


def test_an_age_is_the_person_spoken_of_most_not_the_one_named_last():
    body = ("On Monday sprinter Tom Hale denied missing a test. Tom Hale said he had been in a crash. Hale trained "
            "under coach Jim Cole. The 31-year-old insisted he would welcome a trial as a chance to prove "
            "his innocence.")
    got = all_en(body)
    assert ("Tom Hale", "he would welcome a trial as a chance to prove his innocence", None) in got


def test_the_named_last_with_the_same_word_is_the_one_meant():
    body = ("Tom Hale directed the film. Actress Jane Roe is set to appear in a new series. The actress "
            "said her first season was hard.")
    assert all_en(body) == [("Jane Roe", "her first season was hard", None)]


# ---- a cue with no comma before it, then a name to the sentence's end --------------------------------

def test_said_with_no_comma_then_a_name_and_apposition_reports_the_clause():
    body = ("Acme faces pressure. Several other forces are pushing lenders towards new systems said Tom "
            "Hale, managing director of Acme Research.")
    assert all_en(body) == [("Tom Hale", "Several other forces are pushing lenders towards new systems", None)]


def test_said_with_no_comma_then_title_and_surname_reports_the_clause():
    body = ("Tom Owen runs a lab. Some shop titles already teach children a good deal about history "
            "said Mr Owen.")
    assert all_en(body) == [("Tom Owen", "Some shop titles already teach children a good deal about history",
                             None)]


def test_said_with_no_comma_then_a_clause_is_no_trailing_cue():
    body = "The team that beat us in the final last year said Tom Hale was the best player."
    assert all_en(body) == []
