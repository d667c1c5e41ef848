"""English indirect speech of reports and surveys (helper h_enind21): technology and business stories
lead with what a report, a survey or research found ('..., says a report.', 'The survey showed that
...', 'A report by analysts Acme has predicted that ...', '..., according to research by the Acme
Project.'). The document speaks as itself when no issuer is named, else its named source does. Texts
written for these tests, with invented names."""
from __future__ import annotations

from .extract_cases import all_en


# ---- a survey or a report as the speaker of its findings ------------------------------------------

def test_a_survey_reports_what_it_showed_or_revealed():
    assert all_en("The survey showed that awareness of the tags among shoppers was low.") == [
        ("survey", "awareness of the tags among shoppers was low", None)]
    assert all_en("A new survey revealed that most owners keep their old phones in a drawer.") == [
        ("survey", "most owners keep their old phones in a drawer", None)]


def test_a_survey_or_a_report_after_the_clause_speaks_as_itself():
    assert all_en("Shoppers are very worried about the use of radio tags in shops, a survey says.") == [
        ("survey", "Shoppers are very worried about the use of radio tags in shops", None)]
    assert all_en("Drivers want maps rather than radio while stuck in traffic, says a report.") == [
        ("report", "Drivers want maps rather than radio while stuck in traffic", None)]
    assert all_en("Phones with cameras will outsell the rest by 2008, says a new report.") == [
        ("report", "Phones with cameras will outsell the rest by 2008", None)]
    # (a report of no named issuer before its verb stays no one's, as test_extract_en_documents19 has it)
    assert all_en("Computer users keep ignoring warnings about junk e-mails and buy the goods, a report suggests.") == []
    # (research and what it suggests, in the present)
    assert all_en("Cheap broadband is tempting more pensioners to shop online, research suggests.") == [
        ("research", "Cheap broadband is tempting more pensioners to shop online", None)]
    # (a report in a newspaper is the press's, no one's words)
    assert all_en("The firm's shares fell sharply on Monday, a report in the Daily Post said.") == []


def test_according_to_a_survey():
    assert all_en("More than 60,000 mobile phones were left in the back of taxis last year, according to a survey.") == [
        ("survey", "More than 60,000 mobile phones were left in the back of taxis last year", None)]


def test_forecasts_and_estimates_report_a_clause():
    assert all_en("Acme Research forecasts that net users in Chile will outnumber those in Peru by 2008.") == [
        ("Acme Research", "net users in Chile will outnumber those in Peru by 2008", None)]
    assert all_en("Acme Research estimates that the number of podcasts has passed two million.") == [
        ("Acme Research", "the number of podcasts has passed two million", None)]
    # (the verbs that were reports already still are a person's)
    assert all_en("Tom Cole predicted the market would grow by 2009.") == [
        ("Tom Cole", "the market would grow by 2009", None)]
    assert all_en("Tom Cole revealed the market will grow by 2009.") == [
        ("Tom Cole", "the market will grow by 2009", None)]


def test_he_after_a_survey_is_the_person_not_the_survey():
    body = ("A survey by Acme Magazine has revealed that many gardeners are unhappy with their lawnmowers. "
            "\"We expect these figures to leap next year,\" said Tom Cole, editor of Acme Magazine. "
            "\"Every month the prices drop,\" he said.")
    speakers = [q[0] for q in all_en(body)]
    assert speakers[-2:] == ["Tom Cole", "Tom Cole"]


def test_it_after_a_document_of_a_body_stays_the_bodys():
    # (the figures are no speaker: 'It' is the association that prepared them)
    body = ("The figures were prepared by the Acme Association (AA). It found that the numbers had been "
            "boosted by visitors from abroad.")
    assert all_en(body) == [("Acme Association", "the numbers had been boosted by visitors from abroad", None)]


# ---- research from a named source: the source speaks ----------------------------------------------

def test_a_report_by_analysts_speaks_as_the_analysts():
    assert all_en("A report by analysts Acme has predicted that phone shipments will grow by 44% over five years.") == [
        ("Acme", "phone shipments will grow by 44% over five years", None)]
    assert all_en("A survey by Acme found that 13% of cyclists want to carry spare tyres on their bikes.") == [
        ("Acme", "13% of cyclists want to carry spare tyres on their bikes", None)]


def test_a_sourced_report_after_the_clause():
    assert all_en("A quarter of adults have had their identity stolen, a recent report by Acme magazine found.") == [
        ("Acme", "A quarter of adults have had their identity stolen", None)]
    assert all_en("Four times more phones with cameras will be sold in Europe this year, says a report from "
                  "analysts Acme.") == [
        ("Acme", "Four times more phones with cameras will be sold in Europe this year", None)]
    assert all_en("More than 4,000 printers a week are being hijacked into networks that print fake coupons, a study "
                  "from security firm Acme showed last year.") == [
        ("Acme", "More than 4,000 printers a week are being hijacked into networks that print fake coupons", None)]


def test_according_to_research_by_a_body_with_links_in_its_name():
    assert all_en("Folding bikes are now the favourite ride of office workers in Leeds, according to recent research "
                  "by the Acme Internet and Daily Life Project.") == [
        ("Acme Internet and Daily Life Project", "Folding bikes are now the favourite ride of office workers in Leeds",
         None)]
    assert all_en("Folding bikes are now the favourite ride of office workers in Leeds, according to a survey by Acme.") == [
        ("Acme", "Folding bikes are now the favourite ride of office workers in Leeds", None)]


# ---- 'The report showed ...' after an analyst spoke is the report's -------------------------------

def test_the_reports_finding_after_an_analyst_spoke_is_the_reports():
    body = ("Acme Research studied the market. \"Sunlight is what bakers want,\" said analyst Tom Cole. "
            "The report showed that 27% of bakers asked are curious about solar ovens.")
    assert all_en(body) == [("Tom Cole", "Sunlight is what bakers want", None),
                            ("report", "27% of bakers asked are curious about solar ovens", None)]


# ---- an inverted cue followed by its own clause is no trailing cue --------------------------------

def test_said_then_a_subject_and_its_verb_is_no_trailing_cue():
    # (the text before 'said' is the subject, not a report of 'the American')
    # (without the rule: 'The spring race, which opens on Monday' as a quote of 'the American', US)
    body = "Jane Capri has withdrawn. The spring race, which opens on Monday, said the American has an injury to her wrist."
    assert all(not q[1].startswith("The spring race") for q in all_en(body))
    # (a cue ending the sentence still reports what stands before it)
    assert all_en("Jane Capri has withdrawn. The event will start on Monday, said the American.") == [
        ("Jane Capri", "The event will start on Monday", None)]


# ---- a firm named after what it is, as the whole subject ------------------------------------------

def test_a_firm_named_after_what_it_is_reports():
    assert all_en("Anti-virus firm Acme said that 8% of the files on office servers carried the new trojan.") == [
        ("Acme", "8% of the files on office servers carried the new trojan", None)]
    # (not the descriptor's first word read as a name)
    assert all_en("Security firm Acme said that 8% of the files on office servers carried the new trojan.") == [
        ("Acme", "8% of the files on office servers carried the new trojan", None)]
    assert all_en("Film giant Acme says it will make its future discs with the new technology.") == [
        ("Acme", "it will make its future discs with the new technology", None)]
    assert all_en("In a quarterly report anti-virus firm Acme said that three fake invoices topped the scam list.") == [
        ("Acme", "three fake invoices topped the scam list", None)]
    # (a person after a firm's name and an office is still the person)
    assert all_en("Acme chief executive Tom Cole said the plan would work.") == [
        ("Tom Cole", "the plan would work", None)]


# ---- a short verdict before the same speaker's quote is kept --------------------------------------

def test_a_short_verdict_before_a_quote_sharing_a_word_is_kept():
    body = ("But Tom Cole told the local paper that it was a sensible decision. \"It seems their "
            "decision to keep the library open late is welcome news for students,\" he said.")
    assert all_en(body) == [
        ("Tom Cole", "it was a sensible decision", None),
        ("Tom Cole", "It seems their decision to keep the library open late is welcome news for students", None)]
    # (a longer report that the quote repeats still goes: the reader gets the words once)
    body = ("Tom Cole said he had prayed for peace in the valley. \"I prayed for peace in the valley "
            "today,\" he said.")
    assert all_en(body) == [("Tom Cole", "I prayed for peace in the valley today", None)]
