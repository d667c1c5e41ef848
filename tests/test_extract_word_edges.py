"""A skipped phrase between a report verb and its clause ends at a word's edge.
Sentences invented for these tests, in the shape of English and Indonesian news."""
from __future__ import annotations

from .extract_cases import reports_of, run


def test_a_clause_opening_with_the_pressure_keeps_its_first_word():
    # 'the press' is an addressee skipped before a clause ('warned the press that ...'); 'the pressure'
    # is the clause's own subject, and the quote must not begin in the middle of a word
    body = ("Former Wales winger Gareth Pryce has warned the pressure is growing on coach Alan Marsh "
            "after two defeats.\n")
    assert reports_of(body) == [("Gareth Pryce", "the pressure is growing on coach Alan Marsh after two defeats",
                                 None)]


def test_the_press_as_an_addressee_is_still_skipped():
    body = "Club chairman Peter Lang told the press that the new stand would open in August.\n"
    assert reports_of(body) == [("Peter Lang", "the new stand would open in August", None)]


def test_no_indirect_quote_begins_inside_a_word():
    # every skipped phrase of the pack ends at a word's edge ('the media' before 'mediators', 'parliament'
    # before 'parliamentary', 'again' before 'against')
    for body in ("Union leader Sarah Cole warned the mediators had run out of time.\n",
                 "Opposition leader Tom Reed said parliamentary rules had been broken.\n",
                 "Coach Dan Harte said against that side his team would need luck.\n"):
        for q in run(body, "en")["quotes"]:
            start = q["span"][0]
            assert start == 0 or not (body[start - 1].isalnum() and body[start].isalnum()), q["text"]


def test_no_quote_of_a_repository_article_begins_or_ends_inside_a_word():
    # a third of the articles the repository holds (every third of the Wikinews and IndoSum sets, and the
    # bundled ones; all of them take two minutes): a span cut inside a word ('ure is mounting') is a broken
    # quote on the site and a wrong highlight on the article page
    from pathlib import Path

    from generator.articles import read_article
    from generator.content import Registries
    from generator.extract import extract_article

    root = Path(__file__).resolve().parents[1]
    paths = sorted(root.glob("tests/**/articles/*.txt"))[::3] + sorted((root / "content" / "articles").glob("*.txt"))
    assert len(paths) > 200
    broken = []
    for path in paths:
        article = read_article(path)
        body = article.body
        for q in extract_article(article, Registries(), "x").sheet["quotes"]:
            a, b = q["span"]
            if (a > 0 and body[a - 1].isalnum() and body[a].isalnum()) or (
                    b < len(body) and body[b - 1].isalnum() and body[b].isalnum()):
                broken.append(f"{path.name}: {q['text'][:60]!r}")
    assert broken == []
