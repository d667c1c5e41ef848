"""The article's date as its own opening writes it, for articles whose file gives none.

Terms of office (`generator/data/officials.yaml`, `office_holders.yaml`: 'NAME @ FROM..TO') only
work when the article's date is known. Front matter, a saved page's metadata or the file name
('2019-01-04_...', '1475091951-...') give it first; a plain-text article without them often writes
it in its opening, as news of each language does:

- 'Jakarta, Senin (20/10/2025) --', '..., kata Hanif di Jakarta, Selasa (14/10/2025).' (the day
  the statement was made, in Indonesian news);
- 'Sabtu, 4 Oktober 2025', 'Friday, January 4, 2019' (Wikinews' date line), 'Friday, 4 March 2005'.

Only a date written after its day of the week is read, and only when that day is the date's own
(2025-10-20 was a Monday): the pair is how a dateline or a statement's day is written, where a
date the story talks about ('pada 17 Agustus 1945', 'in March 2003') has no day name, and the
check keeps out misreadings. The first such date in the opening is the article's. Day and month
names are the language pack's (`weekday_names`, `month_names`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# how far into the body the opening reaches (Indonesian news gives the day of the first statement
# within its first paragraphs)
OPENING_CHARS = 3000


@lru_cache(maxsize=8)
def _patterns(weekdays: tuple, months: tuple) -> tuple[re.Pattern, ...] | None:
    if not weekdays:
        return None
    names = {form for w, _ in weekdays for form in (w, w.upper())}
    day = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    # (as written, or in capitals; glued to the word before by a lost space: 'dilansir detikRabu')
    head = rf"(?:(?<![^\W_])|(?<=[a-z])(?=[A-Z]))(?P<wd>{day}),?\s*"
    found = [
        # 'Senin (20/10/2025)', 'Sabtu (18/10/ 2025)': day / month / year in brackets
        re.compile(head + r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\s*\)"),
    ]
    if months:
        month = "|".join(re.escape(m) for m in sorted((m for m, _ in months), key=len, reverse=True))
        # 'Sabtu, 4 Oktober 2025', 'Friday, 4 March 2005'
        found.append(re.compile(head + rf"(?P<d>\d{{1,2}})\s+(?i:(?P<mn>{month}))\.?,?\s+(?P<y>\d{{4}})\b"))
        # 'Friday, January 4, 2019'
        found.append(re.compile(head + rf"(?i:(?P<mn>{month}))\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b"))
    return tuple(found)


def _pairs(pack, key: str) -> tuple:
    table = pack.get(key) or {}
    return tuple((str(k), int(v)) for k, v in table.items() if str(k).strip())


def date_in_opening(body: str, pack, today: dt.date | None = None, skip=()) -> dt.date | None:
    """The first date written after its own day of the week in the body's opening, or None; not
    one inside the spans `skip` (lines that are other articles' headlines: 'Baca juga: ...')."""
    weekdays = _pairs(pack, "weekday_names")
    months = _pairs(pack, "month_names")
    patterns = _patterns(weekdays, months)
    if not patterns:
        return None
    day_no = {w.casefold(): n for w, n in weekdays}
    month_no = {m.casefold(): n for m, n in months}
    opening = body[:OPENING_CHARS]
    latest = (today or dt.date.today()) + dt.timedelta(days=2)
    best: tuple[int, dt.date] | None = None
    for pattern in patterns:
        for m in pattern.finditer(opening):
            if best is not None and m.start() >= best[0]:
                break
            if any(a <= m.start() < b for a, b in skip):
                continue
            parts = m.groupdict()
            month_number = int(parts["m"]) if parts.get("m") else month_no.get(parts["mn"].casefold())
            try:
                date = dt.date(int(parts["y"]), month_number or 0, int(parts["d"]))
            except ValueError:
                continue
            if date.isoweekday() != day_no.get(parts["wd"].casefold()) or not dt.date(1900, 1, 1) <= date <= latest:
                continue
            best = (m.start(), date)
            break
    return best[1] if best else None
