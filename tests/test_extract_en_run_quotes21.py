"""English direct quotes missed in sport, show-business and tech stories (helper h_enbbc21): paragraphs
of one speaker run together on one line before a quote closed with a comma and its cue, the whole text
of such a paragraph, a lost closing mark before another quote, a full name beside its description
between commas after a quote, and cue verbs after a quote. Texts written for these tests, with
invented names."""
from __future__ import annotations

from .extract_cases import all_en, run


def direct_en(body):
    return [(q["speaker"], q["text"]) for q in run(body, "en")["quotes"] if q["kind"] == "direct"]


# ---- run-together paragraphs before a comma-closed quote and its cue --------------------------

def test_run_together_paragraphs_before_a_pronoun_cue_are_all_quotes():
    body = ("Tom Hale won his first title in Leeds on Sunday. He said: \"I am delighted with the result. "
            "\"The crowd carried me through the last set and I will never forget it,\" he added.")
    assert direct_en(body) == [
        ("Tom Hale", "I am delighted with the result"),
        ("Tom Hale", "The crowd carried me through the last set and I will never forget it")]


def test_three_run_together_paragraphs_before_a_named_cue():
    body = ("The garden show opened in Bristol on Monday. \"We have three new halls this year. "
            "\"The roses were planted in the spring and the weather was kind to us. "
            "\"Visitors will find the halls easily from the main gate,\" said Dr Anna Berg.")
    assert direct_en(body) == [
        ("Anna Berg", "We have three new halls this year"),
        ("Anna Berg", "The roses were planted in the spring and the weather was kind to us"),
        ("Anna Berg", "Visitors will find the halls easily from the main gate")]


def test_the_paragraphs_before_the_cued_one_are_the_cues_speaker_not_the_one_quoted_before():
    body = ("\"It was a strong year for the bakery,\" said owner Tom Hale. The town fair opens on "
            "Thursday. \"We will bring forty stalls and a brass band. "
            "\"Every child gets a free ticket for the carousel,\" said Mr Paul Ruiz.")
    assert direct_en(body) == [
        ("Tom Hale", "It was a strong year for the bakery"),
        ("Paul Ruiz", "We will bring forty stalls and a brass band"),
        ("Paul Ruiz", "Every child gets a free ticket for the carousel")]


def test_a_lost_closing_mark_before_another_speakers_quote_is_no_run():
    # the unclosed quote names the one the cue names: the article speaks in between
    body = ("Mr Vance spoke first. \"We told the council as much in May. Mr Lenk was careful not to blame "
            "the council, saying it was important to keep talking. \"Our neighbours are our "
            "partners,\" Mr Lenk said.")
    quotes = direct_en(body)
    assert ("Lenk", "Our neighbours are our partners") in quotes
    assert all(not text.startswith("We told") for _, text in quotes)


def test_an_unclosed_quote_holding_a_named_cue_loses_its_opener():
    # 'Curt Lenk said that ...' inside the unclosed quote is the article's own report: the opener
    # before it lost its closing mark and is dropped, and the report is read as such
    body = ("\"This is a long argument,\" explained Curt Lenk. \"If your town has no choir, it will have one "
            "next year. Curt Lenk said that the choirs were growing because singing costs so little to "
            "start. \"Everyone sings here now,\" he said. \"That is the change. "
            "\"You do not even need to read music.\"")
    quotes = run(body, "en")["quotes"]
    texts = [q["text"] for q in quotes if q["kind"] == "direct"]
    assert "Everyone sings here now" in texts
    assert "That is the change" in texts
    assert all("choirs were growing" not in t for t in texts)
    assert ("Curt Lenk", "the choirs were growing because singing costs so little to start") in [
        (q["speaker"], q["text"]) for q in quotes if q["kind"] == "indirect"]


def test_a_quote_in_the_unclosed_paragraph_keeps_the_old_reading():
    # a double mark inside the unclosed quote: no run of paragraphs (nothing new is read)
    body = ("Tom Hale spoke after the match. \"The crowd kept shouting \"go\" at us all night. "
            "\"We never gave up,\" he said.")
    assert ("Tom Hale", "We never gave up") in direct_en(body)


def test_a_pronoun_cue_inside_the_unclosed_paragraph_is_speech():
    # ('She said she would be fit by June' is the speaker's own words about someone else)
    body = ("Tom Hale hurt his knee on Saturday. \"I spoke to Jim Cole and his knee went the same way last "
            "year,\" he said. \"He said he was jogging again within a month. "
            "\"I will be at the ground every day until I can play.\" Rovers coach Ben Ward "
            "said: \"Tom has torn a ligament. \"We do not know when he will be back, but it will be weeks.\"")
    quotes = direct_en(body)
    assert ("Tom Hale", "He said he was jogging again within a month") in quotes
    assert ("Ben Ward", "Tom has torn a ligament") in quotes
    assert ("Ben Ward", "We do not know when he will be back, but it will be weeks") in quotes


def test_a_short_comma_closed_quote_after_an_unclosed_one_is_no_run():
    # (three words: a quote inside the unclosed one, which is dropped as before)
    body = "Ana Ruiz spoke. \"The letter shows no thought at all. \"We keep none,\" Ruiz wrote."
    assert [t for _, t in direct_en(body)] == ["We keep none"]


def test_english_only_indonesian_marks_are_read_as_before():
    # (the pack flag run_together_before_cue is English's: an Indonesian unclosed quote before a
    # comma-closed one is still dropped as an outer quote)
    body = ("Budi Santoso hadir di Jakarta. \"Kami senang sekali dengan hasilnya. "
            "\"Kami akan terus bekerja keras,\" kata Budi.")
    texts = [q["text"] for q in run(body, "id")["quotes"]]
    assert "Kami senang sekali dengan hasilnya" not in texts
    assert "Kami akan terus bekerja keras" in texts


def test_the_quotes_inside_a_dropped_opener_stand_alone():
    # a quote closed inside the unclosed one, which is dropped before the next run: the inner quote
    # is a quote of its own, as when the opener is read as an unclosed outer quote
    body = ("\"The home side should get the benefit,\" Tom Hale told reporters. \"Umpires ask the "
            "bowler 'are you ready to go on?' \"If the bowler says yes, the umpire steps back and the "
            "over goes on.\" Hale ran the umpires' panel for years and said every club knew. \"We wrote "
            "to all the clubs before the season,\" he added.")
    quotes = direct_en(body)
    assert ("Tom Hale", "If the bowler says yes, the umpire steps back and the over goes on") in quotes
    assert ("Tom Hale", "We wrote to all the clubs before the season") in quotes


# ---- a run-together paragraph keeps its whole text --------------------------------------------

def test_a_run_together_paragraph_is_not_cut_to_its_first_sentence():
    # (an unclosed quote running to the paragraph end is cut to its sentence when the paragraph goes
    # on far; a paragraph of a run ends where the next one opens)
    body = ("Tom Hale was calm after the race. \"It was a pity. I never touched the other boat at any "
            "point. \"The river was rough for everyone.\" The judges saw it differently. They gave the "
            "race to Leeds. Hale will row again in May. His club will appeal. The appeal is on Friday.")
    assert ("Tom Hale", "It was a pity. I never touched the other boat at any point") in direct_en(body)


# ---- a full name and its description between commas before the cue ---------------------------

def test_a_name_then_its_description_between_commas_before_the_cue():
    body = ("The festival sold out in two days. \"On the first morning the queue went round the "
            "square twice,\" Carlos Mendes, the festival's head of programming, told reporters.")
    assert direct_en(body) == [("Carlos Mendes", "On the first morning the queue went round the square twice")]


def test_a_description_then_the_name_between_commas_before_the_cue():
    body = ("The standards body meets twice a year. \"Our rules are only ten pages long,\" the new head "
            "of the Garden Standards Board (GSB), Anna Berg, says.")
    assert direct_en(body) == [("Anna Berg", "Our rules are only ten pages long")]


def test_the_named_person_not_the_company_of_the_description():
    body = ("Folding bicycles are selling well this winter. \"Most buyers ride them to the station and "
            "fold them on the train,\" Rene Vogt, Velomo's chief executive, told the paper.")
    assert direct_en(body) == [("Rene Vogt", "Most buyers ride them to the station and fold them on the train")]


def test_a_closed_quote_then_a_new_sentence_with_commas_is_no_such_cue():
    # (a quote ending with a full stop: what follows is the next sentence, read as before)
    body = ("\"We will win,\" said coach Tom Hale. \"It is a great day.\" Ben Ward, the club's chairman, "
            "said the team was ready.")
    assert ("Ben Ward", "It is a great day") not in all_en(body)


# ---- cue verbs after a quote ------------------------------------------------------------------

def test_cue_verbs_after_a_quote_before_the_speaker():
    for verb in ("argues", "recalled", "conceded", "admits", "insists", "reckons"):
        body = (f"The team lost again on Saturday. \"A side that cannot defend corners will not stay up,\" "
                f"{verb} Tom Hale. \"We will be back.\"")
        assert direct_en(body)[0] == ("Tom Hale", "A side that cannot defend corners will not stay up"), verb
