"""English findings of research (helper en, forty-second session): a study, survey or report that reports
its finding inside a clause of circumstance ('after a survey suggested ...', 'although the survey found
...') when the sentence's own subject is no speaker. Sentences invented for these tests, in the shape of
English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _who(body: str) -> list[tuple[str, str, str]]:
    return quote_fields(body, "speaker", "kind", "text", lang="en")


# ---- research in a clause of circumstance reports its finding ------------------------------------------

def test_survey_after_a_main_clause_of_no_speaker_reports():
    body = ("House prices rose again in March.\n\n"
            "All the major parties are focusing on housing after a survey suggested first-time buyers could "
            "not afford a home in most towns.")
    assert _who(body) == [("survey", "indirect", "first-time buyers could not afford a home in most towns")]


def test_survey_in_a_concessive_clause_reports_its_finding():
    body = ("Blogs are read by more people than ever.\n\n"
            "This was also true of the average reader, although the survey found there was a greater "
            "than average growth in readership among women.")
    assert _who(body) == [("survey", "indirect",
                           "there was a greater than average growth in readership among women")]


def test_report_with_that_in_a_clause_of_circumstance():
    body = ("The currency fell sharply.\n\n"
            "The slide began after a parliamentary report found that the central bank had plans to sell "
            "its dollar holdings.")
    assert _who(body) == [("report", "indirect", "the central bank had plans to sell its dollar holdings")]


# ---- ... and what it leaves alone ------------------------------------------------------------------------

def test_research_finding_a_noun_object_reports_nothing():
    # ('found significant losses': an object, no clause)
    body = ("The firm's shares fell.\n\n"
            "The firm was sold after a report found significant losses in its accounts.")
    assert _who(body) == []


def test_a_named_speaker_of_the_sentence_keeps_the_report():
    body = ("The currency fell sharply.\n\n"
            "Finance minister John Carter said the slide began after a report showed that exports had "
            "fallen.")
    assert [s for s, _, _ in _who(body)] == ["John Carter"]


def test_research_in_capitals_is_a_name_not_a_study():
    # ('Jupiter Research suggested ...': a firm's name, read by the subject rules as before)
    body = ("Sales of players grew.\n\n"
            "Shares rose after Jupiter Research suggested the market would double.")
    assert all(s != "research" for s, _, _ in _who(body))


def test_research_after_a_preposition_is_what_speaks_of_it():
    # ('the participants in her study indicated ...': the participants, not the study)
    body = ("The test strips were cheap.\n\n"
            "More than 95% of the participants in her study indicated they would use the strips again.")
    assert all(s != "study" for s, _, _ in _who(body))


def test_the_paper_is_the_press_not_research():
    body = ("The deal has been delayed, according to the Financial Times.\n\n"
            "The paper said officials had been irritated by the disclosure of the talks.")
    assert all(s != "paper" for s, _, _ in _who(body))


def test_a_newspapers_report_is_the_press():
    body = ("The exchange is expected to hold talks this week.\n\n"
            "However, the Sunday Telegraph report revealed that there are signs the chief is impatient.")
    assert all(s != "report" for s, _, _ in _who(body))


def test_a_report_alleging_is_no_finding():
    body = ("Clashes broke out by the evening.\n\n"
            "A report alleged fireworks and flash bangs were used.")
    assert _who(body) == []
