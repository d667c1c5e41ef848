"""English rules of the helper en (forty-fifth session): a legislature member whose party names the
legislature's state ('Labour MP', 'Tory MP') speaks for that state, not the state the story is mostly
about, unless the story is about a state whose parties bear those names too; a person whose role and
given name tell no gender has the one the story's own pronouns give after the sentence-opening name,
for the gender check of a pronoun cue. Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _countries(body: str) -> list[tuple[str, str | None]]:
    return quote_fields(body, "speaker", "country", lang="en")


# ---- a legislature member's party names the legislature's state -------------------------------------

def test_labour_mp_in_a_story_about_iraq_is_british():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nLabour MP Jane Dole said the war in Iraq was wrong.")
    assert ("Jane Dole", "GB") in _countries(body)


def test_tory_mp_in_a_story_naming_only_the_us_is_british():
    body = ("The agency's chief has stayed in his job, US reports say.\n\n"
            "But committee member and Tory MP Tom Hale said he was amazed Mr Smith was still in his job.")
    assert ("Tom Hale", "GB") in _countries(body)


def test_labour_mp_in_a_story_naming_no_state_is_british():
    body = ("Deaths in custody have risen, a committee of MPs says.\n\n"
            "Labour MP Jane Dole said each death in custody was a death too many.")
    assert ("Jane Dole", "GB") in _countries(body)


# ---- ... and what it leaves alone -------------------------------------------------------------------

def test_mp_with_no_party_keeps_the_story_state():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nMP Tom Hale said the vote should wait.")
    assert ("Tom Hale", "IQ") in _countries(body)


def test_conservative_mp_in_a_story_about_canada_stays_canadian():
    body = ("Canada's budget was passed in Ottawa on Monday. Canada's opposition was split.\n\n"
            "Conservative MP Jane Dole said the budget in Canada was wrong.")
    assert ("Jane Dole", "CA") in _countries(body)


def test_party_leader_with_no_legislature_word_is_not_made_british():
    body = ("Iraq will hold elections in January, officials in Baghdad said. Iraq's interim government "
            "wants help.\n\nLabour spokesman Tom Hale said the war in Iraq was wrong.")
    assert ("Tom Hale", "GB") not in _countries(body)


# ---- the gender the story's own pronouns tell ------------------------------------------------------

def _who(body: str) -> list[tuple[str, str]]:
    return quote_fields(body, "speaker", "text", lang="en")


def _speaker_of(body: str, text: str) -> str | None:
    return next((s for s, t in _who(body) if t == text), None)


def test_her_spokesman_after_a_man_is_the_woman_the_story_called_she():
    body = ("Kim Joss has denied reports that she has pulled out of the Open.\n\n"
            "Open chief Paul Hale had said: \"Kim's wrist is not going to heal.\" But her spokesman insisted "
            "she had simply delayed her entry. \"The doctors are assessing her injury every week.\"")
    assert _speaker_of(body, "she had simply delayed her entry") == "Kim Joss"
    assert _speaker_of(body, "The doctors are assessing her injury every week") == "Kim Joss"


def test_he_after_a_woman_the_story_called_she_is_the_man_named_before():
    body = ("Police chief Terry Dale said innocent people would suffer. But Culture Secretary Tessa Jowl said "
            "a delay would be \"disastrous\" and she accused the opposition of opportunism. The government "
            "would go ahead with the changes, she added. Earlier chief constable Dale questioned how his "
            "officers would be able to apply the powers. \"If a fight takes place, whom do you blame?\" he "
            "asked on BBC Radio 4.")
    assert _speaker_of(body, "If a fight takes place, whom do you blame?") == "Terry Dale"


# ---- ... and what it leaves alone ------------------------------------------------------------------

def test_a_pronoun_after_another_name_tells_nothing_of_the_opening_name():
    # 'she' after 'Harris' may be Harris's: Eastman stays of unknown gender, so 'He' is still Eastman
    body = ("Lawyer Robin Eastman of Chapman University writes that the term requires citizenship. "
            "Party chairman Mark Robbins agrees.\n\n"
            "Eastman does not judge Harris, arguing that she needs to answer questions. He holds that if "
            "they were residents at Harris' birth then she meets the requirement.")
    assert _speaker_of(body, "if they were residents at Harris' birth then she meets the requirement") \
        != "Mark Robbins"


def test_a_report_subject_noted_at_its_sentence_tells_no_gender():
    # 'she' is the woman's; the lawyer named at the end of the sentence stays of unknown gender
    body = ("The woman waited two years because she was trying to settle, her lawyer, Perry Wane, said. "
            "The firms \"failed to provide a safe workplace for my client,\" he said.")
    assert _speaker_of(body, "failed to provide a safe workplace for my client") == "Perry Wane"


# ---- an interview answer ends before its translation ------------------------------------------------

def test_answer_ends_before_the_translation_template():
    body = ("Wikinews spoke to Ravi Kumar about his work.\n\n"
            "((WN))  Did you get any help?\n\n"
            "((Ravi Kumar))  No. ((hi))Hindi language: \u200dनहीं।\n\n"
            "((WN))  What do you do now?\n\n"
            "((Ravi Kumar))  We are working on spreading the information to everyone. "
            "((hi))Hindi language: \u200dहम सबको जानकारी दे रहे हैं।")
    texts = [t for s, t in _who(body) if s == "Ravi Kumar"]
    assert "No" in texts
    assert "We are working on spreading the information to everyone" in texts


def test_answer_with_no_translation_is_whole():
    body = ("Wikinews spoke to Ravi Kumar about his work.\n\n"
            "((WN))  What do you do now?\n\n"
            "((Ravi Kumar))  We are working on spreading the information (the ration cards) to everyone.")
    assert ("Ravi Kumar", "We are working on spreading the information (the ration cards) to everyone") in _who(body)


# ---- quotation marks in an answer a line break goes on with ------------------------------------------

def test_quotes_in_an_answer_going_on_after_a_line_break_are_the_answer():
    body = ("Wikinews spoke to Sara Lane about her group.\n\n"
            "((WN))  Does faith help?\n\n"
            "((Sara Lane))  No, usually, if you talk to anybody who is religious, because these are people\n"
            "brought up with that ideology, the answer would be \"Don't question God\", or \"Ask a scholar\".\n\n"
            "((WN))  Does the group help women?\n\n"
            "((Sara Lane))  Yes, it does.")
    who = _who(body)
    assert ("Sara Lane", "Don't question God") not in who
    assert ("Sara Lane", "Ask a scholar") not in who
    assert any(s == "Sara Lane" and t.startswith("No, usually") for s, t in who)


# ---- a magazine's officers ----------------------------------------------------------------------------

def test_magazine_president_speaks_for_no_state():
    body = ("The awards will go ahead in Los Angeles, US.\n\n"
            "Vibe magazine president Kenard Gibb said the attack was sickening.")
    assert ("Kenard Gibb", None) in _countries(body)


def test_state_official_beside_a_magazine_story_keeps_the_state():
    body = ("The awards will go ahead in Los Angeles, US, magazines say.\n\n"
            "US Attorney General Tom Hale said the attack was sickening.")
    assert ("Tom Hale", "US") in _countries(body)
