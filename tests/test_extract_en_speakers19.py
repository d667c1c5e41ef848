"""English precision and speakers (helper h_enprec19): a chart's legend between an interview answer's
paragraphs, a semicolon ending the clause before a cue, a person's 'who said' relative clause, two
descriptions joined by 'and' before a name after the cue. Texts written for these tests, or small
pieces of Wikinews text where a comment names the article."""
from __future__ import annotations

from generator.extract.transcripts import is_legend_row

from .extract_cases import all_en

INTRO = "Naomi Martisius, an archaeologist, spoke with Wikinews about bone tools.\n\n"


# ---- legends and table rows between an answer's paragraphs ----------------------------------

def test_a_legend_key_or_a_table_row_is_no_statement():
    assert is_legend_row("██ Hare: 3") and is_legend_row("██ On ballot")
    assert is_legend_row("Reindeer: 276") and is_legend_row("Labour Party - 203 seats")
    assert not is_legend_row("Reasons:") and not is_legend_row("I know the city well.")
    assert not is_legend_row("We won: 3 times, I think, and I am proud of it.")


def test_a_charts_legend_inside_an_answer_is_not_the_answerers_words():
    # (Wikinews, 'Neanderthals knew what they were doing: Archæologist Dr Naomi Martisius discusses
    # ...', 2020-06-28: the chart of the layer's fauna printed inside her answer)
    body = INTRO + ("((WN))  Could you briefly explain the study?\n\n"
                    "((Naomi Martisius))  The layer was dominated by reindeer.\n\n"
                    "██ Hare: 3\n\n██ Reindeer: 276\n\nLarge ungulate: 45\n\n"
                    "Just thinking about that, the choice was deliberate.\n\n((WN))  Thanks.\n")
    assert all_en(body) == [("Naomi Martisius", "The layer was dominated by reindeer", None),
                            ("Naomi Martisius", "Just thinking about that, the choice was deliberate", None)]


# ---- the clause of the cue ------------------------------------------------------------------

def test_a_semicolon_ends_the_clause_before_the_cue_verb():
    # (Wikinews, 'Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod',
    # 2019-01-10)
    body = ("Tristan Smith and Doug Miller looked at the data. Smith called the disappearance an "
            "\"interesting\" case; Miller said \"It is a little hard to definitively say what's going on\".")
    assert ("Doug Miller", "It is a little hard to definitively say what's going on", None) in all_en(body)
    # (a semicolon inside the quote is no clause boundary of the cue)
    body = ("Doug Miller looked at the data. Miller said \"It is hard; the signal is weak\" and then "
            "Miller said \"We will look again\".")
    assert {s for s, _, _ in all_en(body)} == {"Doug Miller"}


def test_a_persons_relative_clause_speaks_whatever_governs_the_name():
    # (Wikinews, 'New South Wales decriminalizes abortion', 2019-09-27)
    body = ("The state parliament voted on Thursday. The bill was drafted by Alex Greenwich who said on the "
            "parliament floor, \"It follows decades of work from campaigners.\"")
    assert [s for s, _, _ in all_en(body)] == ["Alex Greenwich"]
    # (not 'which' after a body: only a person's relative pronoun)
    body = ("Police said the man was arrested. The bill was backed by Greenpeace which said, \"It follows "
            "decades of work from campaigners.\"")
    assert "Greenpeace" not in [s for s, _, _ in all_en(body)]


def test_two_descriptions_joined_before_the_name_after_the_cue():
    # (Wikinews, 'Zebra stripes may dazzle pathogen-packing horse flies, say scientists', 2019-02-23)
    body = ("Scientists studied flies around zebras. \"Stripes may dazzle flies in some way once they are "
            "close,\" said study co-author and Royal Society University Research Fellow Martin How.")
    assert [s for s, _, _ in all_en(body)] == ["Martin How"]
    body = "The firm reported a loss. \"We are committed to the plan,\" said chairman and chief executive Bill Ford."
    assert all_en(body) == [("Bill Ford", "We are committed to the plan", None)]


# ---- a verb's -ing form opening a sentence is no given name ---------------------------------

def test_a_gerund_opening_a_sentence_before_a_name_is_no_given_name():
    # (Wikinews, 'Open source game developer Perttu Ahola talks about Minetest with Wikinews',
    # 2020-06-30: 'Enrolling Minetest into GSoC ...' later in the article made 'Minetest' a person)
    body = ("Recently, Finnish developer Perttu Ahola discussed Minetest, his \"longest ever project\", with "
            "Wikinews.\n\nStarted in October 2010, Minetest was an attempt by Ahola to create a sandbox game "
            "similar to Minecraft.  Minecraft is a commercial game, which was in alpha version when Ahola "
            "challenged himself to create something similar to it from scratch, he told Wikinews.\n\n"
            "Enrolling Minetest into GSoC could be the contribution of someone.\n")
    assert [s for s, _, _ in all_en(body)] == ["Perttu Ahola"]
    body = "GM reported a loss. Bringing Cadillac back to profit will take time, the company said."
    assert [s for s, _, _ in all_en(body)] == ["GM"]


def test_a_gerund_like_name_going_on_with_a_common_word_or_an_abbreviation_stays_whole():
    assert [s for s, _, _ in all_en("Downing Street said the deal was good.")] == ["Downing Street"]
    assert [s for s, _, _ in all_en("Downing St said the deal was good.")] == ["Downing St"]
    body = "Building Society Association figures were out. Building Society Association said lending rose."
    assert "Society Association" not in [s for s, _, _ in all_en(body)]


# ---- a short form in brackets closing the subject -------------------------------------------

def test_a_bracketed_short_form_closing_the_subject_is_no_part_of_the_speaker():
    # (Wikinews, 'Scientists report skyrocketing phytoplankton population in aftermath of Kilauea
    # eruption', 2019-09-08)
    body = ("Seth John said the work was done. Co-lead author Sam Wilson of the Center for Microbial "
            "Oceanography (C-MORE) said, \"The expedition provided a unique opportunity.\"")
    assert ("Sam Wilson", "The expedition provided a unique opportunity", None) in all_en(body)
    # (Wikinews, 'Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas', 2019-09-01)
    body = ("At 11 a.m. local time the National Hurricane Center (NHC) reported Hurricane Dorian had "
            "strengthened into a Category 5 hurricane.")
    assert [s for s, _, _ in all_en(body)] == ["National Hurricane Center"]


# ---- someone unnamed; a second clause's subject ---------------------------------------------

def test_an_indefinite_office_is_someone_new_not_the_official_named_before():
    body = 'Trump said the book was bad. A police officer said, "The damage is done now."'
    assert all_en(body)[1][0] == "police officer"
    # (Wikinews, 'On the campaign trail in the USA, June 2020', 2020-07-25)
    body = ("Trump said the book was bad. A judge agreed the book may have contained classified materials but "
            "ruled that \"the damage is done\" with advanced copies made available to the media.")
    assert ("judge", "the damage is done") in [(s, t) for s, t, _ in all_en(body)]


def test_a_second_clause_with_a_named_body_as_its_subject_is_that_bodys():
    # (Wikinews, 'On the campaign trail in the USA, June 2020', 2020-07-25)
    body = ("Trump described the story as possibly a hoax and the White House claimed it did not brief Trump "
            "on the matter.")
    assert [s for s, _, _ in all_en(body)] == ["White House"]


# ---- a singular pronoun cue of the other gender ---------------------------------------------

def test_a_pronoun_cue_of_the_other_gender_means_the_person_of_its_gender_named_last():
    body = 'John Smith met Mary Jones on Monday. "We agreed on the plan," she said.'
    assert all_en(body) == [("Mary Jones", "We agreed on the plan", None)]
    body = 'Mary Jones met John Smith on Monday. He said: "We agreed on the plan."'
    assert all_en(body) == [("John Smith", "We agreed on the plan", None)]
    # (a role word tells it too: 'spokeswoman')
    body = ('Company spokeswoman Pat Lee said sales rose. Chief executive Tom Reed said costs fell. '
            '"We agreed on the plan," she said.')
    assert ("Pat Lee", "We agreed on the plan") in [(s, t) for s, t, _ in all_en(body)]
    # (an unknown gender is no mismatch: the one spoken of last, as before)
    body = 'Mary Jones met Pat Doe on Monday. "We agreed on the plan," he said.'
    assert all_en(body) == [("Mary Jones", "We agreed on the plan", None)]


def test_a_pronoun_in_a_sentence_after_another_person_is_named_keeps_its_gender():
    # (Wikinews, 'UK urges US to waive immunity for diplomat's wife involved in fatal collision', 2019-10-10)
    body = ("Harry Dunn, a 19-year-old motorcyclist, was struck by a car. He died from his injuries.\n\n"
            "Police spoke with Anne Sacoolas as a suspect. She informed police she had diplomatic immunity, "
            "but \"that she had no plans to leave the country in the near future\".")
    assert ("Anne Sacoolas", "that she had no plans to leave the country in the near future") in \
        [(s, t) for s, t, _ in all_en(body)]
