"""News outlets (`generator/data/news_outlets.txt`): the press reporting is not a speaker."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import DATA_DIR


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    lines = [line.strip() for line in (DATA_DIR / "news_outlets.txt").read_text(encoding="utf-8")
             .splitlines() if line.strip() and not line.startswith("#")]
    names = [n for n in lines if not n.startswith("* ") and not n.endswith(" *")]
    heads = [n[2:].strip() for n in lines if n.startswith("* ")]
    leads = [n[:-2].strip() for n in lines if n.endswith(" *")]
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    if heads:  # 'Beijing News', 'Greek Reporter': capitalised words, then a newspaper's head word
        # (or joined to it by a hyphen: 'Las Vegas Review-Journal')
        alternation += r"|(?-i:(?:[A-Z][\w.&'’-]*\s+){1,3}(?:" + "|".join(re.escape(h) for h in heads) + r"))"
        alternation += r"|(?-i:(?:[A-Z][\w.&'’]*\s+){0,2}[A-Z][\w.&'’]*-(?:" + "|".join(re.escape(h) for h in heads) + r"))"
    if leads:  # 'Daily Hive', 'Daily Maverick': a newspaper's lead word, then capitalised words
        alternation += r"|(?-i:(?:" + "|".join(re.escape(h) for h in leads) + r")(?:\s+[A-Z][\w.&'’-]*){1,3})"
    # the outlet itself, or one of its people: "BBC's Jonathan Marcus", "the Daily Telegraph"
    # ('State press agency PAP', 'media network EURACTIV': a description of the outlet first)
    described = r"(?:[\w-]+\s+){0,3}?(?:agency|newspaper|broadcaster|daily|network|outlet)\s+"
    return re.compile(rf"(?:the\s+)?(?:{described})?(?:{alternation})(?:['’]s\b.*)?", re.I)


def is_news_outlet(name: str | None) -> bool:
    return bool(name) and _pattern().fullmatch(name.strip()) is not None


def is_press(e) -> bool:
    """An entity that is the press reporting: an outlet's name, unless the article quotes the outlet
    through its own spokesperson or statement ('A BBC spokeswoman said'), which makes it a body
    speaking for itself (Entity.own_voice)."""
    return e is not None and is_news_outlet(e.name) and not getattr(e, "own_voice", False)
