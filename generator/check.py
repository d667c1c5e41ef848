"""`factsheet check`: the schema plus the rules that need more than one file."""
from __future__ import annotations

from .content import Content, LoadedSheet, format_loc
from .errors import Problem, display_path


def check_content(content: Content, bodies: dict[str, str | None] | None = None) -> list[Problem]:
    """Every problem in a loaded content folder, sorted by file and line."""
    problems = list(content.problems)
    ids: dict[str, str] = {}
    for loaded in content.sheets:
        problems += check_sheet(loaded, content, (bodies or {}).get(loaded.sheet.article.id))
        article_id = loaded.sheet.article.id
        if article_id in ids:
            line, col = loaded.document.position(("article", "id"))
            problems.append(Problem(display_path(loaded.path), line, col,
                                    f"article id {article_id!r} is already used by {ids[article_id]}",
                                    "article.id", "give one of the two articles another id"))
        else:
            ids[article_id] = display_path(loaded.path)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))


def check_sheet(loaded: LoadedSheet, content: Content, body: str | None = None) -> list[Problem]:
    sheet = loaded.sheet
    path = display_path(loaded.path)
    problems: list[Problem] = []

    def add(loc: tuple, message: str, hint: str = "", severity: str = "error") -> None:
        line, col = loaded.document.position(loc)
        problems.append(Problem(path, line, col, message, format_loc(loc), hint, severity))

    parties = set(sheet.conflict.parties) if sheet.conflict else set()
    quote_ids: dict[str, int] = {}
    for index, quote in enumerate(sheet.quotes):
        if quote.id in quote_ids:
            add(("quotes", index, "id"), f"quote id {quote.id!r} is used twice "
                f"(also quotes[{quote_ids[quote.id]}])", "give each quote its own id")
        quote_ids.setdefault(quote.id, index)
        person = content.registries.person(quote.speaker)
        # (only an editor's country binds: the machine's own is a default an article may overrule)
        if person and person.country and quote.country and person.country != quote.country \
                and "country" in content.registries.person_fields(person)[0]:
            add(("quotes", index, "country"),
                f"{quote.speaker!r} speaks for {person.country} in content/people.yaml, "
                f"not {quote.country}", "correct one of the two")
        if body is not None and quote.span is not None:
            if quote.span[1] > len(body):
                add(("quotes", index, "span"), f"span {quote.span} runs past the end of the article "
                    f"({len(body)} characters)", "fix the offsets or remove span")
            elif quote.kind == "direct" and _squash(body[quote.span[0]:quote.span[1]]) != _squash(quote.text):
                found = body[quote.span[0]:quote.span[1]]
                add(("quotes", index, "span"),
                    f"span {quote.span} covers {_short(found)!r}, not the quote text",
                    "fix the offsets, or remove span to drop the highlight", "warning")

    stance_ids: set[str] = set()
    for index, stance in enumerate(sheet.stances):
        if stance.id in stance_ids:
            add(("stances", index, "id"), f"stance id {stance.id!r} is used twice",
                "give each stance its own id")
        stance_ids.add(stance.id)
        if stance.side and parties and stance.side not in parties:
            add(("stances", index, "side"), f"side {stance.side!r} is not one of the conflict's "
                f"parties ({', '.join(sorted(parties))})", "use a party's code or add it to conflict.parties")
        if stance.side and sheet.conflict is None:
            add(("stances", index, "side"), "a side needs a conflict; the sheet has none",
                "add conflict: {name: ..., parties: [...]}")
        for e_index, item in enumerate(stance.evidence):
            if isinstance(item, str) and item not in quote_ids:
                add(("stances", index, "evidence", e_index),
                    f"evidence {item!r} is not the id of a quote in this sheet",
                    f"use one of: {', '.join(quote_ids) or 'no quotes yet'}")
            elif not isinstance(item, str) and body is not None and item[1] > len(body):
                add(("stances", index, "evidence", e_index),
                    f"span {item} runs past the end of the article", "fix the offsets")
    return problems


def _squash(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:\"'“”‘’").casefold()


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
