"""Who holds an office the text names only by its role.

'The home secretary', 'the prime minister's office', 'Penasihat Keamanan Nasional Myanmar,
Thaung Tun': the person the article last named with that office (`_holder_named_last`,
`_portfolio_holder`), the office of a place, the role written in the segment before a bare name
(`_role_before`), a person of a named body (`_person_of_body`). Called by `subjects`,
`phrase_after` and `institutions`; it imports only `segments`.
"""
from __future__ import annotations

import bisect
import re

from .mentions import Entity, Parsed
from .segments import _Context


def _role_before(ctx: _Context, segments, index: int) -> Parsed | None:
    """'Penasihat Keamanan Nasional Myanmar, Thaung Tun, mengaku ...': the segment before a
    bare name, when it is only a role, is that person's role."""
    if index == 0:
        return None
    seg_start, seg_end = segments[index - 1]
    while seg_start < seg_end and ctx.body[seg_start].isspace():
        seg_start += 1
    lead = ctx.qf.determiner_any.match(ctx.body, seg_start) if ctx.qf.determiner_any is not None else None
    if lead:  # 'A member of the Tunisian Parliament, Samir Dilou said'
        seg_start = lead.end()
    one = re.match(r"(\w+)[ \t]+(?=[a-z])", ctx.body[seg_start:seg_end])
    if one is not None and one.group(1).casefold() in ctx.qf.indefinite_set:
        seg_start += one.end()  # ('One senator, Eduardo Bhatia, said')
    m = ctx.ents.g.match_at(ctx.body, seg_start)
    g = ctx.ents.g
    if m is not None and m.end() < seg_end - 1:
        # 'The United States' National Institute of Allergy and Infectious Disease's director, Dr.
        # Anthony Fauci': an institution's lower-case title; the state opening it is the person's
        held = _POSSESSED_TITLE.fullmatch(ctx.body, seg_start, seg_end)
        if held is not None and held.group("title").casefold() in g.title_words:
            found = g.finder.find(held.group("desc"))
            code = found[0].code if found and found[0].start == 0 else None
            desc = held.group("desc")
            if code and not g.is_non_state(desc) and not g.international_in(desc):
                text = ctx.body[seg_start:seg_end].strip()
                return Parsed(text, seg_start, seg_end, text, None, "role", code)
        return _office_of_place(ctx, seg_start, seg_end)
    if m is None:
        # 'One senator, Eduardo Bhatia, said': a lower-case office alone, after a determiner or 'one'
        office = seg = ctx.body[seg_start:seg_end].strip()
        lr = g.lower_role_start.match(office) if g.lower_role_start is not None and office.islower() else None
        if lr is not None and lr.end() >= len(office.rstrip()):
            return Parsed(seg, seg_start, seg_end, office, None, "role", None)
        return None
    p = g.parse(ctx.body, m.start(), m.end(), None, False)
    if p is not None and p.type == "organization" and p.role \
            and p.role.split()[0].casefold().rstrip(".") in g.title_words:
        # 'Anggota Komisi X DPR RI, Dadang Rusdiana menilai': a title of an institution
        return Parsed(p.text, p.start, p.end, ctx.body[m.start():m.end()], None, "role",
                      None if g.is_non_state(p.name or "") else p.country)
    return p if p is not None and p.type == "role" else None


def _office_of_place(ctx: _Context, start: int, end: int) -> Parsed | None:
    """'Petugas keamanan Guerrero, Roberto Alvarez mengatakan ...': a domestic office in lower case
    and a one-word place the article writes after a seat preposition ('di Guerrero') is a role
    (read alone it is a person 'Guerrero')."""
    g, body = ctx.ents.g, ctx.body
    seats = ctx.qf.pack.words("seat_prepositions")
    text = body[start:end].strip()
    p = g.parse(body, start, start + len(text), None, False)
    if p is None or p.type != "person" or not p.role or not p.name or " " in p.name or not seats \
            or g.domestic_role_re is None or not g.domestic_role_re.search(p.role) \
            or not p.role.split()[-1].islower():
        return None
    if not re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, seats))})[ \t]+{re.escape(p.name)}(?![\w-])", body):
        return None
    return Parsed(text, start, start + len(text), text, None, "role", p.country)


# 'The United States' National Institute of Allergy and Infectious Disease's director': an
# institution, its possessive and a lower-case title
_POSSESSED_TITLE = re.compile(r"(?P<desc>[A-Z][^,;:\"“”()]{2,120}?)['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?P<title>[a-z][\w-]*)[ \t]*")


def _person_of_body(ctx: _Context, body_name: str, head: str, before: int) -> Entity | None:
    """The person named last before `before` whose role names the body ('Rovers coach Tom
    Hale' for 'the Rovers coach'), else the one named last with that office or an equivalent
    ('Harbour manager Jim Reyes' for 'the Harbour boss'), if any."""
    word = body_name.casefold()
    heads = _role_words(ctx.ents.g, head)
    by_body = by_head = None
    for off, e in ctx.ents.mentions:
        if off >= before:
            break
        if e.type == "person" and e.role:
            role = e.role.casefold()
            if word in role:
                by_body = e
            if heads & set(role.split()):
                by_head = e
    return by_body or by_head


def _role_words(g, role: str) -> set[str]:
    """The words of a role, each title word with its equivalents ('secretary' is also 'minister')."""
    held = {w.casefold() for w in re.findall(r"[\w'’-]+", role)}
    return held | {x for w in held for x in g.title_equivalents.get(w, ())}


def _portfolio_words(g, role: str) -> set[str]:
    """'home', 'trade', 'industry' of 'the trade and industry secretary': the lower-case words
    before an office of portfolio_offices, which say which of its holders is meant."""
    words = role.casefold().split()
    if len(words) < 2 or words[-1] not in g.portfolio_offices:
        return set()
    return {w for w in words[:-1] if w != "and"}


def _portfolio_office(g, role: str) -> bool:
    """'chancellor', 'home secretary', 'work and pensions minister': an office of a state's
    government named by its portfolio (not a bare 'minister' or 'secretary', nor one of lower_roles
    such as 'prime minister', whose holders are found as before)."""
    words = role.casefold().split()
    return bool(words) and words[-1] in g.portfolio_offices and role.casefold() not in g.lower_role_set \
        and (len(words) > 1 or words[0] in g.portfolio_alone)


def _portfolio_holder(ctx: _Context, role: str, before: int, window: int = 3000,
                      sentence_before: bool = True) -> Entity | None:
    """Who 'the home secretary' of a report is: the person the article last named with that office
    before it (within `window` characters: 'Home Secretary Charles Clarke', 'The Secretary of State
    for Culture, Media and Sport, Tessa Jowell' for 'the culture secretary'), else the one it names
    with it right after ('..., the courts minister has told MPs. ... said courts minister Christopher
    Leslie'), else the one person the sentence before names, when no office of his own is given
    ('Jack Straw said. The foreign secretary told MPs ...'); never one whose office is another
    ('shadow chancellor Oliver Letwin' is not 'the chancellor')."""
    g = ctx.ents.g
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", role)]
    former = g.is_former(role) or any(w.startswith("ex-") for w in words)  # ('the ex-home secretary')
    wanted = {w[3:] if w.startswith("ex-") else w for w in words} - {"and"}
    wanted = {w for w in wanted if not g.is_former(w)}

    def holds(e: Entity) -> bool:
        return e.type == "person" and bool(e.role) and bool(e.name) and len(e.name.split()) >= 2 \
            and wanted <= _role_words(g, e.role) and not g.shadows(e.role, role) \
            and (former or not g.is_former(e.role))

    for off, e in reversed(ctx.ents.mentions):
        if off >= before:
            continue
        if off < before - window:
            break
        if holds(e):
            return e
    at = bisect.bisect_left(ctx.ents.mentions, before, key=lambda m: m[0])
    for off, e in ctx.ents.mentions[at:]:
        if off > before + 800:
            break
        if holds(e):
            return e
    i = ctx.sentence_index(before)
    named_after = _first_person_after(ctx, before, at, i)
    if named_after is not None and (not named_after.role or holds(named_after) or not _holds_an_office(g, named_after)):
        return named_after
    if i == 0 or not sentence_before:
        return None
    prev = ctx.sentences[i - 1]
    people = {id(e): e for off, e in ctx.ents.mentions if prev.start <= off < prev.end and e.type == "person"}
    if len(people) != 1:
        return None
    (one,) = people.values()
    if one.role and not holds(one) and _holds_an_office(g, one):
        return None  # (an office of his own, not the one wanted; a courtesy title is none)
    return one if len((one.name or "").split()) >= 2 else None


def _single_office_holder(ctx: _Context, role: str, before: int) -> Entity | None:
    """Whom 'the prime minister' (single_holder_offices: a government has one) means when no one is
    named with that office: the holder a portfolio office would have (_portfolio_holder), else the one
    person the sentence before names by name who holds no other office ('Tony Blair has backed
    Chancellor Gordon Brown's pre-Budget report ... In a speech in Edinburgh, the prime minister said
    ...'); not a name after a determiner, which is no person there ('an Evening Standard journalist'),
    nor after a preposition, nor one a pronoun alone means ('"... we can do more." ... the prime minister
    has said'). The portfolio rule's last guess, the one person the sentence before speaks of by any
    mention, is not taken: a government's head is seldom whoever was quoted last."""
    holder = _portfolio_holder(ctx, role, before, sentence_before=False)
    if holder is not None and holder.name.casefold() != role.casefold():
        return holder  # (not the unnamed office itself, read at an earlier cue)
    prev = ctx.sentence_before(before)
    if prev is None:
        return None
    g, body = ctx.ents.g, ctx.body
    wanted = {w.casefold() for w in role.split()}
    people: dict[int, Entity] = {}
    for off, e in ctx.ents.mentions:
        if not prev.start <= off < prev.end or e.type != "person" or not e.name or len(e.name.split()) < 2:
            continue
        if not _mentioned_by_name(body, off, e):
            continue  # (a pronoun, or a title alone)
        lead = re.findall(r"[\w'’-]+", body[prev.start:off])
        if lead and (lead[-1].casefold() in g.determiner_set or lead[-1].casefold() in ctx.qf.object_prepositions):
            continue  # (no person, or not the one acting: 'a "tough fight" for New Labour')
        if e.role and _holds_an_office(g, e) and not wanted <= _role_words(g, e.role):
            continue  # (an office of his own: 'Chancellor Gordon Brown', 'London mayor Mr Livingstone')
        people[id(e)] = e
    if len(people) != 1:
        return None
    (one,) = people.values()
    # (the article's figure: one it names again and reports speaking, 'Mr Blair told the Guardian ...';
    # not one only narrated of, 'Mr Bush was sworn in ...', nor one named once, 'John Smith has
    # announced a review', whom no government's head need be)
    named = len({off for off, e in ctx.ents.mentions if e is one and _mentioned_by_name(body, off, one)})
    return one if named >= 2 and _reported_speaking(ctx, one) else None


def _mentioned_by_name(body: str, off: int, e: Entity) -> bool:
    """Whether the mention of `e` at `off` writes a word of the name ('Tony Blair', 'Mr Blair's'), not a
    pronoun or a title alone."""
    return any(re.sub(r"['’]s\Z", "", w) in e.name.split() for w in re.findall(r"[\w'’-]+", body[off:off + 60])[:2])


def _reported_speaking(ctx: _Context, e: Entity) -> bool:
    """Whether the article has the person's surname right before a speech verb somewhere ('Mr Blair
    said', 'Tony Blair has said', 'Mr Blair told the Guardian'), auxiliaries and adverbs of the verb
    group aside."""
    body, surname = ctx.body, e.name.split()[-1]
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}[ \t]+{ctx.qf.speech_group_words}", body):
        if ctx.qf.speech_any.match(body, m.end()):
            return True
    return False


def _holds_an_office(g, e: Entity) -> bool:
    """Whether a person's role has a title word that is an office, not a courtesy title ('Dr')."""
    return g.has_title_word(e.role, courtesy=False)


def _first_person_after(ctx: _Context, before: int, at: int, i: int, sentences: int = 2) -> Entity | None:
    """The person a lead's unnamed office means when the article has named no one before it: the
    first one named, with a full name, in the `sentences` sentences after it ('Violent video games
    should carry larger warnings ..., the trade and industry secretary has said. Patricia Hewitt is
    expected to call for ...')."""
    if any(e.type == "person" for off, e in ctx.ents.mentions[:at]):
        return None
    last = ctx.sentences[min(i + sentences, len(ctx.sentences) - 1)].end
    for off, e in ctx.ents.mentions[at:]:
        if off >= last:
            break
        if e.type == "person":
            # (the article's figure, named again: not a bill read as a name, 'the Mental Capacity Bill')
            again = sum(1 for _, other in ctx.ents.mentions if other is e) >= 2
            return e if again and e.name and len(e.name.split()) >= 2 else None
    return None


def _role_body(ctx: _Context, rb: re.Match, at: int) -> Entity | None:
    """'The prime minister's office said': the office of the holder the article named last with that
    office ('Prime Minister Ephraim Inoni ... The prime minister's office said' is Ephraim Inoni's
    office, for his state), else the office as written ('mayor's office')."""
    g = ctx.ents.g
    role, head = rb.group("role"), rb.group("head")
    holder = _holder_named_last(ctx, role, at) \
        or (_portfolio_holder(ctx, role, at) if _portfolio_office(g, role) else None)
    owner = holder.name if holder is not None else role
    name = f"{owner}'s {head}"
    state = holder.country if holder is not None else g.role_country(role)
    return ctx.ents.resolve(Parsed(name, at, at + rb.end("head") - rb.start("role"), None, name,
                                    "organization", state), at)


def _holder_named_last(ctx: _Context, role: str, before: int, window: int = 600) -> Entity | None:
    """The person named last before `before` (within `window` characters, with a full name) whose
    role has every word of `role`, a title word standing for its equivalent (title_equivalents):
    'Mexico's Foreign Secretary Marcelo Ebrard said ... The foreign minister said' is Ebrard."""
    g = ctx.ents.g
    if not g.title_equivalents:
        return None
    wanted = [w.casefold() for w in re.findall(r"[\w'’-]+", role)]
    for off, e in reversed(ctx.ents.mentions):
        if off >= before:
            continue
        if off < before - window:
            break
        if e.type != "person" or not e.role or not e.name or len(e.name.split()) < 2:
            continue
        held = _role_words(g, e.role)
        if wanted and all(w in held for w in wanted) and not g.shadows(e.role, role):
            # ('Shadow foreign secretary X' is not 'the Foreign Secretary')
            return e
        return None  # (only the person named last: not someone named before another)
    return None
