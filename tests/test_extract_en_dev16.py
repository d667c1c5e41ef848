"""English reports and speakers, from the classes of dev16's errors (helper h_en17). Texts written for these tests,
or small pieces of Wikinews text where a comment names the source."""
from __future__ import annotations

from .extract_cases import all_en, reports_of


def test_a_verb_of_reasoning_between_commas_reports_the_clause_it_interrupts():
    # interrupting_cue_verbs 'reasoned', 'reason', 'believes' (beside the cue verbs of interrupting_cue)
    body = ("The researchers published the study on Monday. Inventions that save water, they reason, could "
            "change how cities are built. If the birds had been farmed, they reasoned, the samples would have "
            "shown little diversity. What this is about, believes Mr Blair, is the Tories spotting a chance.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("researchers", "Inventions that save water, they reason, could change how cities are built") in reports
    assert ("researchers", "If the birds had been farmed, they reasoned, the samples would have shown little "
                           "diversity") in reports
    assert any(s == "Blair" and t.startswith("What this is about") for s, t in reports)


def test_reasoning_verbs_elsewhere_report_nothing():
    body = "The mayor reasoned with the crowd for an hour. He pointed out the window at the river."
    assert reports_of(body) == []


def test_a_clause_after_and_with_an_unnamed_subject_is_not_the_name_before_it():
    # _lower_clause_of_its_own: 'and several museums offered to ...' is no report of Saqqara
    # (Wikinews, 'Ancient Egyptians collected wild ibis birds for sacrifice, says study', shortened)
    body = ("The team collected DNA samples from birds found at sites including Abydos, Saqqara, and Tuna "
            "el-Gebel, and several museums offered to send tissue samples from their collections.")
    assert [s for s, _, _ in all_en(body)] == []


def test_a_group_after_and_speaks_for_its_own_clause():
    # the group_subject after a clause coordinator: 'but analysts said ...' is the analysts', not the state's
    body = ("The US created fewer jobs than expected in December, but analysts said that the dip in hiring "
            "was not enough to derail the economy. The team visited John Smith, and several experts said the "
            "samples were old.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("analysts", "the dip in hiring was not enough to derail the economy") in reports
    assert ("experts", "the samples were old") in reports


def test_an_intention_stated_is_reported_with_its_verb():
    # indirect_request_verbs 'stated its/her intention to', 'announced ... intention to', 'expressed ... intention to'
    body = ("Tesco and Salling Group agreed on the sale on Thursday. Tesco stated its intention to leave the "
            "Polish market altogether. Senator Jane Smith spoke in Ohio. She announced her intention to endorse "
            "the governor in the race.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("Tesco", "stated its intention to leave the Polish market altogether") in reports
    assert ("Jane Smith", "announced her intention to endorse the governor in the race") in reports


def test_a_pair_of_people_named_before_reports_as_two():
    # _pair_named_before: 'The defendants', 'Both officers' after 'officers X and Y' (one entry each)
    body = ("Emily Spanton met officers Antoine Quirin and Nicolas Redouane at a pub. The defendants claimed "
            "Spanton first complained of theft, not rape. Both officers indicated they would appeal.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    for who in ("Antoine Quirin", "Nicolas Redouane"):
        assert (who, "Spanton first complained of theft, not rape") in reports
        assert (who, "they would appeal") in reports


def test_a_pair_noun_after_no_pair_of_people_reports_nothing_of_theirs():
    body = ("Shares in Elan and Biogen Idec plunged. The cases involved both Tysabri and Avonex. "
            "The men said they had no reports of the condition.")
    assert all(s not in ("Tysabri", "Avonex", "Elan", "Biogen Idec") for s, _, _ in reports_of(body))


def test_a_clause_after_a_cue_between_commas_is_not_a_speaker_named_after_the_cue():
    # the inline cue ', said X, ...': a finite verb after the words following the cue makes them a clause
    # (Wikinews, 'Former basketball player Kobe Bryant dies in helicopter crash, aged 41', shortened)
    body = ("All people on board, Bryant aged 41, his daughter Gianna aged 13, and seven others, died in the "
            "crash.\n\nOn Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and Gianna were "
            "on their way to a basketball game, and the passengers also included another player.")
    assert [s for s, _, _ in reports_of(body)] == ["Adrian Wojnarowski"]


def test_findings_and_a_research_paper_speak_as_a_study_does():
    # group_speakers / research_heads 'findings', 'research paper', 'research'
    body = ("Scientists from the University of Washington studied penguins. Findings also suggested the sex "
            "disparity might make population models inappropriate. The research paper noted rocky planets can "
            "support a hydrogen-rich atmosphere. The likely reason was lack of oxygen, the research reported.")
    reports = [(s.casefold(), t) for s, t, _ in reports_of(body)]
    assert ("findings", "the sex disparity might make population models inappropriate") in reports
    assert ("research paper", "rocky planets can support a hydrogen-rich atmosphere") in reports
    # ('the research' after 'The research paper' is that paper)
    assert ("research paper", "The likely reason was lack of oxygen") in reports


def test_a_prediction_in_the_present_is_reported():
    # indirect_say_verbs 'predicts'
    body = "The fund published its outlook. The International Monetary Fund predicts that the cost of welfare will double."
    assert [(s, t) for s, t, _ in reports_of(body)] == [
        ("International Monetary Fund", "the cost of welfare will double")]


def test_an_announcement_is_its_issuers_document():
    # document_nouns 'announcement': 'The announcement also mentioned ...' is the last reporter's
    # (Wikinews, 'Wikinews discusses DRM and DMCA with Richard Stallman after GitHub re-enables public access to
    # youtube-dl', shortened)
    body = ("GitHub also announced any new takedown notices will be scrutinised by legal experts. The announcement "
            "also mentioned GitHub Trust and Safety team would treat developer's tickets as a priority.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("GitHub", "GitHub Trust and Safety team would treat developer's tickets as a priority") in reports


def test_praise_or_blame_with_its_reason_is_reported_with_its_verb():
    # reasoned_request_verbs: 'commended Biden for ...', 'criticised Mr Brown for ...' (not without a reason)
    body = ("Senator Elizabeth Warren spoke in Ohio. She commended Biden for his empathy towards US citizens. "
            "Charles Kennedy spoke in London. Mr Kennedy criticised Mr Brown for failing to mention the "
            "environment. He criticised the move. The army attacked the village.")
    reports = [(s, t) for s, t, _ in reports_of(body)]
    assert ("Elizabeth Warren", "commended Biden for his empathy towards US citizens") in reports
    assert ("Charles Kennedy", "criticised Mr Brown for failing to mention the environment") in reports
    assert len(reports) == 2


def test_a_second_verb_s_clause_with_a_quoted_predicate_is_reported_too():
    # the second verb's follow report keeps a quote that is its clause's predicate
    body = ("Senator Elizabeth Warren spoke in Ohio. In a video message, Warren commended Biden for his empathy "
            "and said she was \"proud to endorse Joe Biden as president.\"")
    texts = [t for _, t, _ in reports_of(body)]
    assert "commended Biden for his empathy" in texts
    assert 'she was "proud to endorse Joe Biden as president."' in texts


def test_the_noun_after_with_is_the_subject_of_a_speech_participle():
    # absolute_with: '..., with analysts saying ...' is the analysts', not the firm's named before
    body = ("Phytopharm shares jumped on the news, with analysts saying sales of $600m a year were possible. "
            "Germany on Monday banned Iranian airline Mahan Air, with officials saying this is for security reasons.")
    assert [(s, c) for s, _, c in reports_of(body)] == [("analysts", None), ("officials", "DE")]
