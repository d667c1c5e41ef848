"""A body named by a definite description after a cue ('," said the magazine.') is the body the article
introduced by that noun (helper h_enbody28). Sentences invented for these tests, in the shape of English news."""
from __future__ import annotations

from .extract_cases import quote_fields


def _speakers(body: str) -> list[str]:
    return quote_fields(body, "speaker", lang="en")


# ---- '," said the magazine.': the body introduced as 'magazine X', not the thing named since ----------

def test_said_the_magazine_is_the_magazine_the_article_introduced():
    body = ("The Zircon Pad 200 has been voted the finest gizmo ever made, by US magazine Pocket Tech.\n\n"
            "The magazine has drawn up a list of 50 gizmos, which puts the Acme Radio at number two.\n\n"
            "\"We only counted devices that could be carried,\" said the magazine.\n\n"
            "\"In the end, we looked for what makes a gizmo a gizmo,\" it concluded.")
    assert _speakers(body) == ["Pocket Tech", "Pocket Tech"]


def test_said_the_band_is_the_band_the_article_introduced():
    body = ("Fans queued overnight for tickets to see indie band Velvet Moths at the Corn Hall in Leeds.\n\n"
            "Promoter Dan Kerr said the shows sold out within an hour.\n\n"
            "\"We never expected this many people to turn up,\" said the band.")
    assert _speakers(body)[-1] == "Velvet Moths"


def test_a_former_club_is_not_the_club_that_speaks():
    # 'his former club X' is another body than the one 'the club' means
    body = ("Striker Tom Reed has joined Harbour City on a two-year deal from his former club Eastfield Rovers.\n\n"
            "\"Tom is a player we have admired for a long time,\" said the club.")
    assert "Eastfield Rovers" not in _speakers(body)


def test_the_firm_is_the_firm_introduced_so_though_another_firm_was_named_since():
    body = ("Office files can leak secrets, according to data security firm Vaultline.\n\n"
            "Up to half of all contracts held hidden edits, a survey by the firm revealed. Users of Microsoft "
            "Word were most at risk, as Microsoft keeps a record of changes.\n\n"
            "\"Most staff have no idea the old drafts are still there,\" said the firm.")
    assert _speakers(body)[-1] == "Vaultline"
