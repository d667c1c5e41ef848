"""The learned-gate experiment (bench/GATE.md): its candidate reports, its model and its scorer.

The extractor does not use the gate (the experiment's result was negative); these tests keep the
measurement of bench/train_gate.py reproducible.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.train_gate import extract_with_candidates, f1, prob, train, who_counts  # noqa: E402
from generator.articles import ArticleText  # noqa: E402
from generator.content import Registries  # noqa: E402


def _candidates(body: str):
    sheet, found = extract_with_candidates(ArticleText(Path("x.txt"), "T", body), Registries(), "en")
    return sheet, [(c.verb, c.speaker.name, body[c.start:c.end]) for c in found]


def test_a_report_the_rules_miss_is_a_candidate_with_the_verbs_subject():
    # (a noun phrase the subject reader knows no entity for: the candidate's own fallback)
    sheet, found = _candidates("The water main broke on Monday. The city estimated by 9 pm, there would be "
                               "enough pressure for all homes.")
    assert sheet["quotes"] == []
    assert found == [("estimated", "city", "by 9 pm, there would be enough pressure for all homes")]


def test_a_sentence_the_rules_report_is_no_candidate():
    sheet, found = _candidates("Mayor John Smith said the repairs would take a week.")
    assert [(q["speaker"], q["text"]) for q in sheet["quotes"]] == [("John Smith", "the repairs would take a week")]
    assert found == []


def test_a_cue_closing_the_sentence_reports_the_clause_before_it():
    _, found = _candidates("Heavy rain fell all week. Several roads were closed, the council's engineers "
                           "reported.")
    assert [(v, t) for v, _, t in found] == [("reported", "Several roads were closed")]


def test_a_sentence_without_a_reporting_word_is_no_candidate():
    assert _candidates("The bridge was closed on Monday after heavy rain damaged its supports.")[1] == []


def test_the_model_learns_a_separable_feature_and_is_deterministic():
    samples = [({"bias": 1.0, "clause": 1.0}, 1)] * 8 + [({"bias": 1.0, "clause": 0.0}, 0)] * 8 \
        + [({"bias": 1.0, "clause": 1.0}, 0)] * 2 + [({"bias": 1.0, "clause": 0.0}, 1)]
    w = train(samples, min_count=1)
    assert w == train(samples, min_count=1)
    assert prob(w, {"bias": 1.0, "clause": 1.0}) > 0.6 > 0.2 > prob(w, {"bias": 1.0, "clause": 0.0})


def test_who_counts_is_the_scorers_count_with_the_accepted_candidates_added():
    gold = [{"speaker": "Ann Lee", "text": "the bridge will reopen in May", "optional": False},
            {"speaker": "Bob Ray", "text": "tolls will rise next year", "optional": False}]
    pred = [{"speaker": "Ann Lee", "text": "the bridge will reopen in May"}]
    cands = [{"speaker": "Ray", "role": None, "text": "tolls will rise next year", "label": 1},
             {"speaker": "council", "role": None, "text": "the plan was approved", "label": 0}]
    row = {"gold": gold, "pred": pred, "candidates": cands}
    assert who_counts([dict(row)], lambda c: False) == (1, 0, 1)
    assert who_counts([dict(row)], lambda c: True) == (2, 1, 0)
    assert who_counts([dict(row)], lambda c: c["label"] == 1) == (2, 0, 0)
    assert f1(2, 0, 0) == 1.0
