"""Interview transcripts (`((WN))  question` / `((Name))  answer`): each answer is the interviewee's
quote, whole; questions are nobody's; quotes and speech verbs inside an answer are the interviewee
retelling others. Texts written for these tests in the shape of Wikinews interviews."""
from __future__ import annotations

from generator.extract.sentences import paragraphs
from generator.extract.transcripts import is_lead_in, transcript_turns

from .extract_cases import all_en, all_id, run

INTRO = ("Chess player Maria Lopez, a Spanish International Master, talked to Wikinews about her career.\n\n")


def test_each_answer_is_the_interviewees_quote_and_questions_are_nobodys():
    body = INTRO + ("((WN))  How did you start playing chess?\n\n"
                    "((Maria Lopez))  My father taught me.  He played in high school.\n\n"
                    "((WN))  What was your first tournament?\n\n"
                    "((Maria Lopez))  A youth championship in Madrid.  I lost every game.\n")
    assert all_en(body) == [("Maria Lopez", "My father taught me.  He played in high school", None),
                            ("Maria Lopez", "A youth championship in Madrid.  I lost every game", None)]


def test_quotes_and_speech_verbs_inside_an_answer_are_no_quotes_of_their_own():
    # (before: 'boss people around' given to the next capitalised phrase, 'they said' to 'No I')
    body = INTRO + ("((WN))  What were the rules?\n\n"
                    "((Maria Lopez))  No I did not like them.  My mom said I would \"boss people around\" as a "
                    "child.  The federation said that I had to wear a scarf, and Fabiano Caruana told me they "
                    "were idiotic.\n\n((WN))  Thank you.\n")
    quotes = run(body, "en")["quotes"]
    assert [(q["speaker"], q["kind"]) for q in quotes] == [("Maria Lopez", "direct")]
    assert quotes[0]["text"].startswith("No I did not like them.")
    assert quotes[0]["text"].endswith("they were idiotic")


def test_the_paragraphs_going_on_with_an_answer_are_the_answer_and_a_line_break_joins_it():
    body = INTRO + ("((WN))  Why did you leave?\n\n"
                    "((Maria Lopez))  It was the\nright time to go.\n\n"
                    "I wanted to study medicine.\n\n"
                    "((WN))  Where do you live now?\n")
    assert all_en(body) == [("Maria Lopez", "It was the\nright time to go", None),
                            ("Maria Lopez", "I wanted to study medicine", None)]


def test_a_paragraph_naming_the_interviewee_is_the_articles_own_text_again():
    body = INTRO + ("((WN))  Why did you leave?\n\n"
                    "((Maria Lopez))  It was the right time to go.\n\n"
                    "Lopez left the federation in 2015 and told reporters that \"the rules were absurd\".\n\n"
                    "((WN))  Where do you live now?\n")
    quotes = all_en(body)
    assert ("Maria Lopez", "It was the right time to go", None) in quotes
    assert ("Maria Lopez", "the rules were absurd", None) in quotes
    assert len(quotes) == 2


def test_a_few_words_opening_a_list_are_no_statement_of_their_own():
    assert is_lead_in("Reasons:") and is_lead_in("Some of our past achievements include:")
    assert not is_lead_in("I quit the party so I can run as an independent in the council election.")
    body = INTRO + ("((WN))  Why should people vote for you?\n\n((Maria Lopez))  Reasons:\n\n"
                    "I know the city well.\n\n((WN))  Thanks.\n")
    assert all_en(body) == [("Maria Lopez", "I know the city well", None)]


def test_a_label_resolves_to_the_fullest_name_and_initials_to_a_named_person():
    body = ("Free-software activist Richard Stallman spoke with Wikinews about copyright law.\n\n"
            "((WN))  What do you think of the notice?\n\n((RS))  It was a distortion of the law.\n\n"
            "((WN))  And the company?\n\n((Stallman))  They did the right thing.\n")
    assert all_en(body) == [("Richard Stallman", "It was a distortion of the law", None),
                            ("Richard Stallman", "They did the right thing", None)]


def test_initials_nobody_in_the_article_has_are_the_interviewers_and_so_is_the_text_after_them():
    # ('On the campaign trail' pieces print a reporter's questions without the answers; the text
    # after a question is the article's own and is read as usual)
    body = ("Jo Smith was nominated for vice president.\n\n((WSS))  How did your nomination come about?\n\n"
            "On Saturday the party met in Orlando.  \"We are ready,\" said Ann Brown, the party chair.\n\n"
            "((WSS))  What do you plan next?\n")
    assert all_en(body) == [("Ann Brown", "We are ready", None)]


def test_an_ordinary_article_has_no_turns_and_the_last_turn_is_followed_by_the_articles_text():
    assert transcript_turns("A normal story.\n\nIt has (brackets) and ((odd)) marks inside.",
                            paragraphs("A normal story.\n\nIt has (brackets) and ((odd)) marks inside.")) == []
    body = INTRO + ("((WN))  Anything else?\n\n((Maria Lopez))  No, thank you.\n\n"
                    "The federation said it \"regrets her decision\".\n")
    turns = transcript_turns(body, paragraphs(body))
    assert [t.label for t in turns] == ["WN", "Maria Lopez"] and turns[-1].after == ()
    assert ("Maria Lopez", "No, thank you", None) in all_en(body)


def test_indonesian_interviewer_labels_are_data():
    body = ("Menteri Luar Negeri Retno Marsudi berbicara kepada wartawan di Jakarta.\n\n"
            "((T))  Bagaimana hasil pertemuan itu?\n\n((Retno Marsudi))  Pertemuannya berjalan baik.\n")
    assert all_id(body) == [("Retno Marsudi", "Pertemuannya berjalan baik", "ID")]


def test_a_label_whose_turns_are_mostly_questions_is_the_interviewers_even_as_a_named_persons_initials():
    # ('((WSS)) : ...' turns of a piece whose reporter William S. Saturn is named; the answers were
    # not printed, the paragraphs after the questions are captions and the article's own text)
    body = ("Jo Smith answered questions from Wikinews reporter William S. Saturn.\n\n"
            "((WSS)) : Which past president do you most admire?\n\n((WSS)) : How would you lead?\n\n"
            "Smith with supporters in July.\n\n((WSS)) : What about climate change?\n")
    assert all_en(body) == []
