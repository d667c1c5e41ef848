"""English pronoun cues (helper h_enpron25): a pronoun cue after sentences that narrate about someone
the article named before goes to that person, not back to the one quoted last (the Indonesian
'narrated aside' reading, 'Adapun Rina ...', is off in English). Texts written for these tests, with
invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a pronoun cue after narration about someone named before is theirs -------------------------

def test_a_pronoun_cue_after_narration_about_a_person_named_in_the_lead_is_theirs():
    # (Owen is named in the lead, Gere is quoted; the sentences about Owen lead to 'he said')
    body = ("Actors Mary Vance and Tom Owen are hoping for prizes at the ceremony on Sunday.\n\n"
            "Jack Gere, who is presenting the main award, said: \"It is a big night for everyone.\"\n\n"
            "Owen is hoping to repeat his earlier success with a prize for his role in the drama. He "
            "raised one of the loudest cheers of the night as he walked in. \"I was always a fan of the "
            "play, so it was a thrill for me to get the part,\" he said.")
    assert all_en(body) == [
        ("Jack Gere", "It is a big night for everyone", None),
        ("Tom Owen", "I was always a fan of the play, so it was a thrill for me to get the part", None)]


def test_a_she_cue_after_a_sentence_about_the_winner_named_before_is_hers():
    body = ("Sara Blake overcame the holder Lena Moss in straight sets to lift the trophy in Perth.\n\n"
            "\"I felt sharp from the first rally and that gives me belief,\" said Blake. Moss, the "
            "fourth seed, was unhappy about how she had served all afternoon. \"Sara hit the lines well, "
            "though most points were lost on my own racket,\" she said.")
    assert all_en(body) == [
        ("Sara Blake", "I felt sharp from the first rally and that gives me belief", None),
        ("Lena Moss", "Sara hit the lines well, though most points were lost on my own racket", None)]


# ---- the pronoun of a report and of a cue ending a sentence is checked for gender ---------------

def test_a_he_report_after_a_woman_was_spoken_of_last_is_the_mans():
    # (the report's pronoun, like a direct quote's pronoun cue, moves to the man named last)
    body = ("The loudest cheer was for the film star Leonardo Marsh, who signed autographs for the crowd. "
            "Actress Cate Hollis arrived in a long silver dress and waved at the photographers.\n\n"
            "He said the welcome was louder than anything he had heard before in his career.")
    assert ("Leonardo Marsh", "the welcome was louder than anything he had heard before in his career",
            None) in all_en(body)


def test_a_she_cue_ending_a_sentence_after_a_man_was_spoken_of_last_is_the_womans():
    body = ("Singer Mary Vance opened the festival on Friday night. Her manager Tom Hale watched from "
            "the side of the stage with the band.\n\n"
            "The crowd was the biggest the festival had ever seen, she added.")
    assert ("Mary Vance", "The crowd was the biggest the festival had ever seen", None) in all_en(body)
