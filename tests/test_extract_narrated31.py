"""Who a quote is when the story has moved on: English narration between quotes (helper enc39, thirty-first
session). Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import all_en


def _speakers(body: str) -> list[str]:
    return [s for s, _, _ in all_en(body)]


_BEFORE = 'Rovers beat City 3-1 on Saturday. "We played well today," said Rovers coach Tom Hale. '


# ---- a narrated sentence names a new person as the subject of its verb: the next quote is theirs ----

def test_a_description_before_the_name_of_a_narrated_subject_moves_the_story_to_them():
    body = _BEFORE + ("Double try scorer Martyn Colley was keen not to talk about the title. "
                      "\"We have got more self-belief these days.\"")
    assert _speakers(body) == ["Tom Hale", "Martyn Colley"]


def test_a_description_in_apposition_before_the_name_moves_the_pronoun_to_them():
    body = _BEFORE + ("Computer specialist at the club, Peter Smithson, would like to use video analysis. "
                      "\"The commercials you now see have people moving around in a virtual world,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Peter Smithson"]


def test_a_description_with_its_field_after_the_head_and_a_report_verb_with_no_clause():
    body = _BEFORE + ("City's minister of sport Jaime Lisano was quick to give his backing. "
                      "\"We are going to have zero tolerance,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Jaime Lisano"]
    body = _BEFORE + ("The shadow sports secretary, Michael Ancell, welcomed the return of the four players. "
                      "But he said: \"There are still serious questions.\"")
    assert _speakers(body) == ["Tom Hale", "Michael Ancell"]


# ---- ... not when the words say no person, nor someone spoken to, nor two people ----------------

def test_a_firm_or_a_thing_after_a_description_is_no_narrated_person():
    body = _BEFORE + ("US operator Cingular Wireless is also adopting the system. "
                      "\"We expect the results to be good,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Tom Hale"]
    body = _BEFORE + ("Its sister project, the Xiluodu Dam, is being built on the river. "
                      "\"We expect the results to be good,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Tom Hale"]


def test_someone_asked_is_not_the_speaker_of_the_question():
    body = _BEFORE + ("Wheelchair user Kevin Donovan was asked about the plan. "
                      "\"Why on earth do you want our representatives to be disabled?\"")
    assert "Kevin Donovan" not in _speakers(body)


def test_two_people_named_together_are_no_narrated_subject():
    body = _BEFORE + ("Club captains Samuel L Jackson and Ben Stillman have signed new deals. "
                      "\"It was a great day for all of us here,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Tom Hale"]


def test_the_narrated_subject_leads_only_to_the_quote_right_after_it():
    # (a sentence about something else in between: the pronoun is read as before)
    body = _BEFORE + ("Double try scorer Martyn Colley was keen not to talk about the title. The league "
                      "table is tight. \"It was a great day for all of us here,\" he said.")
    assert _speakers(body) == ["Tom Hale", "Tom Hale"]


# ---- two people named together opening the article: each is known by their surname later ----------

def test_a_pair_of_full_names_opening_a_sentence_registers_both_people():
    body = ("Amelie Moreau and Maria Sharapova won their opening matches at the Tour Championships.\n\n"
            "Moreau spent five weeks at number one after the US Open. \"Since then, I feel very confident "
            "on court and my game is there.\"")
    assert _speakers(body) == ["Amelie Moreau"]
    # (a capitalised word that is no given name still opens the sentence alone: 'Irishmen ...')
    body = ("Irishmen Jim McManus and John Magnier, who own the horse, won the case. \"We are delighted,\" "
            "said their lawyer Tom Hale.")
    assert _speakers(body) == ["Tom Hale"]


# ---- a group as the subject before the cue after a quote -------------------------------------------

def test_a_group_before_the_cue_after_a_quote_speaks():
    for cue, group in (("organisers said in a statement", "organisers"), ("the researchers said", "researchers"),
                       ("analysts also said", "analysts")):
        body = ("The director has won an honorary award at the festival. \"Although his films vary in style, "
                f"they all bear his unmistakable stamp,\" {cue}.")
        assert _speakers(body) == [group], cue


# ---- a closing mark written apart ('... a great year. " Hayes said: "...') -------------------------

def test_a_closing_mark_written_apart_ends_the_sentence_before_the_next_cue():
    body = ("\"It is such a great honour to win the award,\" said Justin Gatlin. \"It is a great end to a great "
            "year. \" Joanna Hayes said: \"Knowing the great people who have won this award is humbling.\"")
    assert _speakers(body) == ["Justin Gatlin", "Justin Gatlin", "Joanna Hayes"]


# ---- after a quote closed by its full stop, a sentence that goes on past its verb is no cue --------

def test_a_sentence_going_on_after_a_closed_quote_is_not_its_cue():
    body = ("Wardle said: \"He is the heart and soul of this club. \"He has just signed a new deal and wants to "
            "play for Manchester City Football Club.\" City recently announced debts of pounds 62m, but Wardle "
            "confirmed they would find funds.")
    assert [s for s, t, _ in all_en(body) if t.startswith("He has just")] == ["Wardle"]
    # (a short cue still reads; so does one after an exclamation)
    assert _speakers("It was a busy day. \"He has just signed a new deal and wants to play for us.\" "
                     "Smith said on Monday.") == ["Smith"]
    assert _speakers("It was a busy day. \"Members of the summit, let's discuss this emergency first!\" "
                     "Macron told the world on Thursday via Twitter.") == ["Macron"]


def test_a_scholar_before_a_name_is_a_profession():
    body = ("It was a busy day. According to Rutgers University political scholar Kelly Dittmar, \"Women hold "
            "fewer than 30 percent of state legislative seats across the country.\"")
    assert _speakers(body) == ["Kelly Dittmar"]


# ---- a body that spoke through its spokesman keeps the pronoun cue after it --------------------------

def test_a_body_quoted_through_its_spokesman_keeps_the_next_he_said():
    lead = "Channel 4 creator Phil Redmond said the channel should be sold. "
    for middle in ("A spokesman for the Department for Culture said there were no plans to sell the channel.",
                   "\"There are no plans to sell the channel,\" a spokesman for the Department for Culture said."):
        body = lead + middle + " \"Primary legislation would be required,\" he added."
        assert _speakers(body)[1:] == ["Department for Culture", "Department for Culture"], middle
    # (a body the story only tells of, quoted by no one, still leaves the pronoun to the person)
    body = lead + "The Department for Culture met on Monday. \"Primary legislation would be required,\" he added."
    assert _speakers(body)[-1] == "Phil Redmond"
