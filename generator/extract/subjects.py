"""Who a cue's subject is: the speaker phrase before or after a report verb, resolved to a person or a body."""
from __future__ import annotations

import bisect
from functools import lru_cache
import re
from dataclasses import dataclass, field

from .cues import QuoteFinder
from .furniture import Furniture
from .langpack import LanguagePack
from .outlets import is_news_outlet, is_press
from .sentences import Sentence
from .mentions import (Entity, NAMEWORD, Parsed, UPPER, _NAME_JOINERS, _initials_match, after_blanks,
                       is_academic_degree)
from .speakers import ArticleEntities


@dataclass
class _Context:
    body: str
    pack: LanguagePack
    qf: QuoteFinder
    ents: ArticleEntities
    furniture: Furniture
    sentences: list[Sentence]
    starts: list[int] = field(default_factory=list)
    last_person: Entity | None = None  # the person the article spoke of last (a speaker or subject)
    last_body: Entity | None = None  # the institution the article spoke of last (a speaker or subject)
    lone_names: dict | None = None  # (_lone_names, asked for once an article at most)
    described_firms: list | None = None  # (_described_firms, asked for once an article at most)
    titled_names: dict = field(default_factory=dict)  # (_written_with_title, asked once a name)
    # the speakers of the last report made jointly ('Siti dan Doan mengaku ...'), and where it stands:
    # a plural pronoun soon after means them all ('Kepada penyidik, mereka mengatakan ...')
    last_joint: tuple | None = None

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)


def _segments_of(body: str, start: int, end: int, breaks: re.Pattern = re.compile(r",\s*")) -> list[tuple[int, int]]:
    """Comma-separated segments of body[start:end] (`breaks` may add a spaced dash around a
    relative clause: 'Shareholders United - which has proved adept ... - said')."""
    out = []
    s = start
    for m in breaks.finditer(body[start:end]):
        out.append((s, start + m.start()))
        s = start + m.end()
    out.append((s, end))
    return out


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
# A name followed by its acronym in brackets: 'The Institute for Criminal Justice Reform (ICJR)'
_ACRONYMED = re.compile(r"(?:The[ \t]+)?(?P<name>[A-Z][\w-]*(?:[ \t]+[\w-]+){1,8}?)[ \t]+\((?P<acronym>[A-Z]{2,8})\)")


def _salient_person(ctx: _Context, before: int, country: str | None, window: int = 1500) -> Entity | None:
    """The person the article has spoken of most up to `before` (the later one on a tie), with a
    full name, mentioned within `window` characters (and of `country`, if given): whom 'The Tory
    leader said' means after 'Michael Howard has launched an attack ... under Tony Blair'."""
    counts: dict[int, list] = {}
    for off, e in ctx.ents.mentions:
        if off >= before:
            break
        if e.type == "person" and e.name and len(e.name.split()) >= 2 and (country is None or e.country == country):
            entry = counts.setdefault(id(e), [0, off, e])
            entry[0] += 1
            entry[1] = off
    recent = [c for c in counts.values() if c[1] >= before - window]
    if not recent:
        return None
    return max(recent, key=lambda c: (c[0], c[1]))[2]


_CAPITALISED_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*)*")


def _person_named_last(ctx: _Context, before: int, sentence_start: int | None = None,
                       window: int = 1000) -> Entity | None:
    """The person of a full name the article named last before `before`, by any of the name's words,
    within `window` characters: whom 'The Russian revealed' means after 'said Safin' (a person by
    nationality; see nationality_phrase). Not the one who speaks earlier in the same sentence ('Dallas
    said that Dean was offside, but the Kiwi said ...': someone else)."""
    body = ctx.body
    lo = max(0, before - window)
    speaking = set()
    for m in reversed(list(_CAPITALISED_RUN.finditer(body, lo, before))):
        words = re.sub(r"['’]s?\Z", "", m.group()).split()
        if body.count('"', m.end(), before) % 2 or body.count("“", m.end(), before) > body.count("”", m.end(), before):
            continue  # (inside a quote: '"Once I ...')
        e = None
        for k in range(len(words)):  # ('Marat Safin', then 'Safin')
            if all(len(w) > 2 and w.casefold() not in ctx.qf.stopwords for w in words[k:]):
                e = ctx.ents.find_person(" ".join(words[k:]))
            if e is not None:
                break
        if e is None or not e.name or len(e.name.split()) < 2 or id(e) in speaking:
            continue
        if sentence_start is not None and m.start() >= sentence_start \
                and ctx.qf.speech_any.match(body, m.end() + 1) is not None:
            speaking.add(id(e))
            continue
        return e
    return None


def _nationality_referent(ctx: _Context, at: int, sentence_start: int) -> Entity | None:
    """Whom 'the Russian', 'the Kiwi' opening a clause at `at` means: the person of a full name named
    last (_person_named_last), unless the person the article spoke of last has one name only, which
    that reading does not see ('Safin said he ... The Russian added ...' after 'Ancic, a semi-finalist,
    looked set to push Safin ...' is Safin)."""
    named = _person_named_last(ctx, at, sentence_start)
    last = ctx.last_person
    if named is not None and last is not None and last is not named and len((last.name or "").split()) < 2 \
            and last.name and re.search(rf"(?<![\w-]){re.escape(last.name)}(?![\w-])", ctx.body[max(0, at - 1000):at]):
        return last
    return named


def _subject_before_quote(ctx: _Context, pos: int) -> Entity | None:
    """The person of a full name whose name opens the sentence just before the quote a cue at pos
    closes (no quote inside it): whom '," said the American.' means after 'Cole was left frustrated
    after losing to Hale in the Grand Stadium.' (not the last name of that sentence)."""
    body = ctx.body
    close = max(body.rfind('"', 0, pos), body.rfind("”", 0, pos))
    if close < 0 or pos - close > 40:
        return None
    opening = max(body.rfind('"', 0, close), body.rfind("“", 0, close))
    if opening < 0:
        return None
    lo = max(0, opening - 400)
    ends = list(re.finditer(r"[.!?][\"”]?[ \t]+|\n", body[lo:opening]))
    if len(ends) < 2:
        return None
    sentence = body[lo + ends[-2].end():lo + ends[-1].start()]
    if any(c in sentence for c in '"“”') or not sentence[:1].isupper():
        return None
    run = _CAPITALISED_RUN.match(sentence)
    words = re.sub(r"['’]s?\Z", "", run.group()).split() if run is not None else []
    for k in range(len(words)):  # ('But Cole', then 'Cole')
        if all(len(w) > 2 and w.casefold() not in ctx.qf.stopwords for w in words[k:]):
            e = ctx.ents.find_person(" ".join(words[k:]))
            if e is not None and e.name and len(e.name.split()) >= 2:
                return e
    return None


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


def _portfolio_holder(ctx: _Context, role: str, before: int, window: int = 3000) -> Entity | None:
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
    if i == 0:
        return None
    prev = ctx.sentences[i - 1]
    people = {id(e): e for off, e in ctx.ents.mentions if prev.start <= off < prev.end and e.type == "person"}
    if len(people) != 1:
        return None
    (one,) = people.values()
    if one.role and not holds(one) and _holds_an_office(g, one):
        return None  # (an office of his own, not the one wanted; a courtesy title is none)
    return one if len((one.name or "").split()) >= 2 else None


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


# lower-case words and blanks only, one word at least (linear: a nested '(?:[ \t]*[a-z]+)+' took
# seconds on one long word followed by a capital)
_DAY_AND_DATE = re.compile(r"[A-Z][a-z]+ \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")  # ('Rabu (14/10/2020)')
_LOWER_WORDS_ONLY = re.compile(r"(?=[ \t]*[a-z])[a-z \t]+")
# a bracketed list right before a verb: ' (Nancy Drew, Jem and the Misfits) '
_BRACKETED_LIST_END = re.compile(r"[ \t]*\([^()\n]*,[^()\n]*\)[ \t]*\Z")
# a closing quote mark alone (what a comma inside a quote leaves at a segment's start)
_CLOSING_MARKS = {'"', "”", "’", "'", "»"}
# a possessive ending: "Erdogan's"
_POSSESSIVE_END = re.compile(r"['’]s\Z")


_OPENING_COORDINATOR = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]+(?=[a-z])")


def _determined_office(ctx: _Context, start: int, verb_start: int) -> Entity | None:
    """'Sang juru bicara menyebut, ...': an office in lower case after a definite determiner
    (role_determiners: 'sang', 'si') as the whole subject is the person the article last named with
    that office ('juru bicara maskapai, Mohammad ...'); None when it named no one so."""
    g = ctx.ents.g
    words = ctx.body[start:verb_start].split()
    while len(words) > 2 and words[-1].casefold() in ctx.qf.auxiliaries:
        words.pop()  # ('Sang juru bicara juga menyebut')
    if not 2 <= len(words) <= 4 or words[0].casefold() not in {w.casefold() for w in ctx.pack.words("role_determiners")} \
            or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:]) or g.lower_role_start is None:
        return None
    role = " ".join(words[1:])
    if not g.lower_role_start.match(role):
        return None
    for at, e in reversed(ctx.ents.mentions):
        if at < start and e.type == "person" and e.role and len((e.name or "").split()) >= 2 \
                and f" {role} " in f" {e.role.casefold()} ":
            return e
    return None


def _verb_group_tail(ctx: _Context, start: int, verb_start: int) -> int | None:
    """Where the auxiliaries and adverbs of a verb group (verb_group_adverbs, subject_particles)
    right before a verb begin, after a subject of at least two words that ends with a capitalised
    word or a comma; None when there are none."""
    if not ctx.qf.verb_group_subjects:
        return None
    text = ctx.body[start:verb_start]
    words = list(re.finditer(r"\S+", text))
    k = len(words)
    while k > 0 and words[k - 1].group().casefold() in ctx.qf.group_adverbs:
        k -= 1
    if k == len(words) or k < 2:
        return None
    last = words[k - 1].group()
    if last.endswith(","):
        # (after an aside between commas: 'Tom Hale, whose show inspired the opera, has said ...', 'Tom
        # Hale, a film maker, has said ...'; not a list: 'Studios, including Acme and Bolt, have ...')
        opening = text.rfind(",", 0, words[k - 1].end() - 1)
        first = text[opening + 1:].split()[:1] if opening >= 0 else []
        if not first or first[0].casefold() not in ctx.qf.aside_openers:
            return None
    elif not (last[:1].isupper() and last[-1:].isalpha()):
        return None
    return start + words[k - 1].end()


def _name_after_opening_phrase(ctx: _Context, start: int, verb_start: int, quotes_spans) -> Entity | None:
    """'Until December Acme said ...', 'In 2004 Acme said ...', 'Despite this Finnish anti-virus lab
    Acme said ...': a sentence opening with a phrase of time or circumstance (comma_less_openers)
    and no comma, then capitalised words right before the verb: those words, from the first of
    them that parses as a subject, are who speaks."""
    openers = ctx.qf.comma_less_openers
    if not openers:
        return None
    text = ctx.body[start:verb_start]
    words = list(re.finditer(r"\S+", text))
    if len(words) < 3 or words[0].group() not in openers or re.search(r"[,;:()\"“”]", text):
        return None
    k = len(words)
    while k > 1 and re.fullmatch(r"[A-Z][\w&.'’-]*", words[k - 1].group()):
        k -= 1
    if k == len(words):
        return None
    for w in words[k:]:
        if w.group() in ctx.qf.comma_less_stops:
            continue  # (a month or a weekday: 'Until December Acme said')
        e, _ = _subject_of(ctx, start + w.start(), verb_start, quotes_spans)
        if e is not None:
            return e
    return None


def _described_person(ctx: _Context, start: int, phrase: str) -> Entity | None:
    """Whom 'The presenter', 'The 31-year-old' opening a sentence means (described_person_heads): the
    person named last if the article named them with the phrase's head word or their role holds it,
    else the person the article has spoken of most."""
    last = _person_named_last(ctx, start, start)
    salient = _salient_person(ctx, start, None, window=3000)
    if last is None or last is salient:
        return salient
    heads = {w.casefold() for w in re.findall(r"[\w-]+", phrase)} & ctx.qf.described_person_heads
    if heads:
        at = ctx.body.rfind(last.name.split()[0], max(0, start - 1000), start)
        near = {w.casefold() for w in re.findall(r"[\w-]+", ctx.body[max(0, at - 40):at])} if at >= 0 else set()
        if heads & (near | {w.casefold() for w in re.findall(r"[\w-]+", last.role or "")}):
            return last
    return salient or last


def _subject(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start (see _subject_of); a second
    verb of a coordinated predicate ('X menentang lawan - lawannya dan menyebut ...') has the first
    verb's subject."""
    if ctx.body[start:verb_start].rstrip().endswith(")") and verb_start - start <= 120 \
            and not re.search(r"[,;:—–]", ctx.body[start:verb_start]):
        # ('..., World Wonder Ring Stardom (Stardom) announced.': a body named with its short form
        # is the whole subject; not an office of it after a comma: 'X, general secretary of the
        # Centre of Indian Trade Unions (CITU), said')
        named = _named_with_short_form(ctx, start, ctx.body[start:verb_start])
        if named is not None:
            return named, False
    found = _subject_of(ctx, start, verb_start, quotes_spans)
    if found == (None, False):
        group = _verb_group_tail(ctx, start, verb_start)
        if group is not None:
            # 'Talk show host Tom Hale has said ...', 'Jane Roe previously said ...': the subject
            # read without the auxiliaries and adverbs of its verb group before the verb
            found = _subject_of(ctx, start, group, quotes_spans)
    if found == (None, False):
        named = _name_after_opening_phrase(ctx, start, verb_start, quotes_spans)
        if named is not None:
            found = named, False
    nat = ctx.qf.nationality_subject.search(ctx.body, start, verb_start) \
        if ctx.qf.nationality_subject is not None else None
    if nat is not None and (not ctx.body[start:nat.start()].strip()
                            or ctx.body[start:nat.start()].rstrip()[-1:] in ",;"):
        # 'And the Russian revealed ...', '..., but the Kiwi said ...': the person named last
        named = _nationality_referent(ctx, nat.start(), start)
        if named is not None:
            return named, False
    dp = ctx.qf.described_person_subject.fullmatch(ctx.body, start, verb_start) \
        if found == (None, False) and ctx.qf.described_person_subject is not None else None
    if dp is not None and ctx.body[:start].rstrip()[-1:] not in _CLOSING_MARKS | {","}:
        # 'The presenter said that ...', 'The 31-year-old insisted ...' opening a sentence (not a cue
        # after a quote, left to the speaker rules): the person named last when the article called
        # them so ('Actress Jane Roe ... The actress recalled ...'), else the person the article has
        # spoken of most ('Jackson and Stiller have signed up for Gervais' new sitcom ... The comic
        # and actor said ...' is Gervais)
        named = _described_person(ctx, start, dp.group())
        if named is not None:
            return named, False
    if found[0] is not None and (found[0].name or "")[-1:] in ("'", "’"):
        # ('But Jones' lawyer David Roe said ...': a name with the apostrophe alone owns the person
        # named after it, who speaks)
        at = ctx.body.find(found[0].name, start, verb_start)
        owned = _possessed_person(ctx, at, verb_start) if at >= 0 else None
        if owned is not None:
            found = ctx.ents.resolve(owned, owned.start), False
    if found == (None, False) and ctx.qf.pack.get("subject_before_short_form"):
        short = _BRACKETED_SHORT_TAIL.search(ctx.body, start, verb_start)
        if short is not None and short.start() > start:
            # 'Co-lead author Sam Wilson of the Center for Microbial Oceanography (C-MORE) said': the
            # short form of the place closing the subject is no part of who speaks
            found = _subject_of(ctx, start, short.start(), quotes_spans)
    if found == (None, False):
        held = _determined_office(ctx, start, verb_start)
        if held is not None:
            return held, False
    opener = _OPENING_COORDINATOR.match(ctx.body, start, verb_start) if found == (None, False) else None
    if opener is not None and opener.group(1).casefold() in ctx.qf.coordinators:
        # 'But analysts said ...', 'But the committee said ...': a sentence opening with 'But' or
        # 'And' has its subject after it (a name is read past it anyway; a pronoun after it is left
        # as before: 'And he also urged ...' often follows a sentence about someone else)
        inner = _subject_of(ctx, opener.end(), verb_start, quotes_spans)
        if inner[0] is not None:
            return inner
    if found[0] is None and ctx.qf.coordinated_tail is not None:
        co = ctx.qf.coordinated_tail.search(ctx.body, start, verb_start)
        if co is not None:
            # 'Volkswagen is considering building a factory in India, but said ...': the second verb
            # of a clause has its subject, the phrase before the first lower-case word that parses
            # (up to the first lower-case word after a name: 'Anti-abortion group the Pro-Life
            # Alliance "congratulated" Mr Howard ...' is not Mr Howard's)
            clause = ctx.body[start:co.start()]
            for n, gap in enumerate(re.finditer(r"[ \t]+(?=[a-z])", clause)):
                cut = start + gap.start()
                if n >= 6 or any(c in clause[:gap.start()] for c in "\"“”,"):
                    break
                if ctx.body[cut - 2:cut] in ("'s", "’s", "s'", "s’"):
                    continue  # ('The firm's chief executive ...', 'Jones' lawyer David Roe ...')
                inner = _subject_of(ctx, start, cut, quotes_spans)
                if inner[0] is not None:
                    return inner[0], False
                last = clause[:gap.start()].split()[-1]
                if last[:1].isupper() and last not in ctx.ents.g.opener_set:
                    break
    pj = ctx.qf.predicate_joined
    if found[0] is not None or pj is None:
        return found
    text = ctx.body[start:verb_start]
    if pj.search(text) is None:
        return found
    for v in ctx.qf.predicate_verb.finditer(text):
        word = v.group("verb").casefold()
        if word in ctx.qf.predicate_non_verbs:
            continue
        inner = _subject_of(ctx, start, start + v.start(), quotes_spans)
        if inner[0] is not None:
            return inner
    return found


_JOINT_TAIL = re.compile(r"(?:[ \t]+-[ \t]+[a-z]{2,6}(?![\w-]))?(?:[ \t]+[a-z][\w-]*){0,5}[ \t]*")


def _joint_subjects(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity, Entity] | None:
    """'Amerika Serikat dan Korea Selatan menuding bahwa ...', 'Presiden AS Donald Trump dan Presiden
    Korsel Moon Jae - in lewat panggilan telepon sama-sama menyatakan ...', 'Depkes dan NEA
    mengatakan ...': two speakers joined by a coordinator as the verb's subject (lower-case words
    only between them and the verb), each named on its own; both report the clause."""
    body, g = ctx.body, ctx.ents.g
    cut = max(body.rfind(",", start, verb_start), start - 1) + 1
    if any(a <= cut < b or a < verb_start <= b for a, b in quotes_spans):
        return None
    if cut > start:
        # only after an opener ('Sementara itu, ...', 'Dalam pernyataan bersama, ...'): not the last
        # two of a list ('Amerika Serikat, Australia dan Jepang meminta') nor an apposition ('Ketua
        # Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan ...')
        lead = body[start:cut - 1].strip()
        first = lead.split()[0].casefold() if lead else ""
        if "," in lead or not (g.openers_re is not None and g.openers_re.fullmatch(lead + ",")
                               or lead in g.opener_set or first in ctx.qf.object_prepositions):
            return None
    head = cut + len(body[cut:verb_start]) - len(body[cut:verb_start].lstrip(" \t"))
    both = ctx.qf.correlative_opener.match(body, head) if ctx.qf.correlative_opener is not None else None
    if both is not None:
        head = both.end()  # ('Baik Siti Aisyah dan Doan mengaku ...': 'both ... and ...')
    m = g.match_at(body, head)
    if m is None or m.end() > verb_start or not _JOINT_TAIL.fullmatch(body, m.end(), verb_start):
        return None
    joins = [j for j in re.finditer(r"(?<=[ \t])\w+(?=[ \t])", m.group()) if j.group() in g.coordinator_words]
    if len(joins) != 1:
        return None
    j = joins[0]
    if any(w[:1].islower() and w.casefold() not in ("the", "-") for w in m.group()[j.end() + 1:].split()[1:]) \
            or any(w[:1].islower() for w in m.group()[:j.start()].split()[1:]):
        return None  # ('The International Federation of the Red Cross and Red Crescent Societies': one body)
    nxt = m.group()[j.end() + 1:].split()[0]
    if nxt.casefold() in g.common and nxt.casefold() not in g.title_words and nxt not in g.head_words \
            and g.finder.code_of(nxt) is None:
        return None  # ('Kepala Dinas Pariwisata dan Ekonomi Kreatif ...': fields of one body's name)
    left = g.parse(body, head, head + j.start() - 1, ctx.ents.lowercase_words, head == start, ctx.ents.midcaps)
    right = g.parse(body, head + j.end() + 1, m.end(), None, False)
    if left is not None and right is not None and left.type == "organization" and left.role \
            and right.type == "person" and (not right.role or (
                right.role.split()[0].casefold() not in g.title_openers and right.role.split()[0] not in g.head_words)):
        # ('Sekretaris Kementerian Koperasi dan UKM Dedi Kurniawan', 'Kepala Dinas Perindustrian dan
        # Perdagangan Budi Santoso': an office of a body on the left, no one's name, and on the right
        # no office of its own before the name: one office, whose body's name holds the coordinator)
        return None
    sides = [_joint_side(ctx, q) for q in (left, right)]
    if None in sides or "body" in sides and "acronym" in sides:
        return None  # ('Budi dan Iwan', 'Kementerian Hukum dan HAM': no two speakers known apart)
    pair = tuple(ctx.ents.resolve(q, q.start) for q in (left, right))
    if None in pair or pair[0] is pair[1]:
        return None
    return pair


def _joint_side(ctx: _Context, p: Parsed | None) -> str | None:
    """What one side of a joint subject is, when it names a speaker of its own: a state, a body by
    its short form or a known name, a person by a full name of name words ('Kepala Biro Komunikasi
    Layanan Informasi' is no person 'Informasi')."""
    g = ctx.ents.g
    if p is None:
        return None
    if p.type == "country":
        return "country"
    if p.type == "organization":
        if re.fullmatch(r"[A-Z]{2,8}", p.name or ""):
            return "acronym"
        if p.name in g.institution_heads and " " not in p.name:
            return "acronym"  # ('Depkes dan NEA', 'Kemenkes dan BPOM': a body's one-word short form)
        return "known" if p.name in g.institution_names else "body" if len((p.name or "").split()) >= 2 else None
    words = (p.name or "").split()
    if p.type == "person" and len(words) >= 2 and not any(
            w.casefold() in g.common or w.casefold() in ctx.ents.lowercase_words for w in words):
        return "person"
    if p.type == "person" and len(words) == 1 and p.name[:1].isupper() \
            and re.search(rf"(?<![\w-]){re.escape(p.name)}[ \t]+[{UPPER}][a-z]", ctx.body[:p.start]):
        return "person"  # ('Siti Aisyah dan Doan': the short name of one named in full before)
    return None


def _joined_field_lists(ctx: _Context, segments, start: int, end: int):
    """'Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta Andri Yansyah, Rabu (14/10),
    menjelaskan': the segments between the commas of a body's list of fields ('Transmigrasi') name no
    one; they are left out, and so is a day and date between commas."""
    inside = [(m.start(), m.end()) for m in ctx.qf.field_list.finditer(ctx.body, start, end)]
    out = []
    for k, seg in enumerate(segments):
        text = ctx.body[seg[0]:seg[1]].strip()
        if k > 0 and any(a < seg[0] and seg[1] < b for a, b in inside):
            continue  # ('Transmigrasi')
        if k > 0 and _DAY_AND_DATE.fullmatch(text):
            continue  # ('Rabu (14/10/2020)')
        out.append(seg)
    return out


def _academic_degree(qf, text: str) -> bool:
    """'P.hd', 'S.H.', 'PhD': an academic degree alone between a name and the verb."""
    word = text.strip()
    return bool(word) and " " not in word and is_academic_degree(word, qf.degrees)


def _office_place_goes_on(ctx: _Context, segments: list[tuple[int, int]]) -> bool:
    """'Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat': a name, its office and the
    place the office serves (lower case up to the place), then capitalised words only, the place's
    province or state (not 'the president of France, Emmanuel Macron': no name before the office)."""
    if ctx.qf.office_place is None:
        return False
    body = ctx.body
    name, office, last = (body[a:b].strip() for a, b in segments[-3:])
    words = last.split()
    return bool(words) and len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and ctx.qf.office_place.fullmatch(office) is not None \
        and 2 <= len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split())


_MODIFIER = re.compile(r"([A-Za-z][a-z-]+)[ \t]+")


def _described_group(ctx: _Context, text: str) -> re.Match | None:
    """'Legal experts said', 'Corporate governance experts said', '..., leading economists have
    warned.': a group (group_subject) after one or two words that say what kind, the group as
    the speaker (the annotations' name of it holds its noun). The words are common words or
    written in lower case by the article, never a name ('Microsoft engineers'), a pronoun or a
    function word."""
    g, qf, pos = ctx.ents.g, ctx.qf, 0
    lead = qf.role_quantifier.match(text) if qf.role_quantifier is not None else None
    if lead is not None and lead.group().strip().casefold() in qf.counting_quantifiers:
        pos = lead.end()  # ('Many security organisations said', 'Some games developers say'; not 'The same study')
    for _ in range(2):
        m = _MODIFIER.match(text, pos)
        if m is None:
            return None
        w = m.group(1)
        low = w.casefold()
        if low in qf.stopword_words or low in qf.pronoun_set or low in g.title_words \
                or (w[:1].isupper() and low not in g.common and low not in ctx.ents.lowercase_words):
            return None
        pos = m.end()
        gm = qf.group_subject.fullmatch(text, pos)
        if gm is not None:
            return gm
    return None


def _subject_of(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start, searching the sentence text
    body[start:verb_start] segment by segment from the verb back. Returns (entity, pronoun)."""
    body, g = ctx.body, ctx.ents.g
    aside = _BRACKETED_LIST_END.search(body, start, verb_start)
    if aside is not None and aside.start() > start:
        # 'Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of ...': a list in
        # brackets after the subject (her works) is an aside; its commas cut no segments
        verb_start = aside.start()
    segments = _segments_of(body, start, verb_start, ctx.qf.segment_breaks)
    if ctx.qf.field_list is not None and len(segments) > 1:
        segments = _joined_field_lists(ctx, segments, start, verb_start)
    while len(segments) > 1 and not body[segments[-1][0]:segments[-1][1]].strip():
        segments = segments[:-1]  # ('Stephen Mold, urged ...': the empty segment before the verb)
    if len(segments) > 2 and ctx.qf.relative_start is not None \
            and g.finder.code_of(body[segments[-1][0]:segments[-1][1]].strip()) \
            and ctx.qf.relative_start.match(body, segments[-2][0], segments[-2][1]):
        # 'Rudi Wibowo, yang juga Menteri Energi, Amerika Serikat, mengungkapkan': the state
        # after a relative clause is the state of the office the clause names, no subject of its own
        segments = segments[:-1]
    # 'a German government source, whom they did not name, said': the relative clause is an aside
    # ('Stephen Mold, urged ...': a comma right before the verb leaves an empty last segment)
    while len(segments) > 1 and (not body[segments[-1][0]:segments[-1][1]].strip() or (
            ctx.qf.relative_start is not None
            and ctx.qf.relative_start.match(body, segments[-1][0], segments[-1][1]))):
        rel = ctx.qf.relative_start.match(body, segments[-1][0], segments[-1][1]) \
            if ctx.qf.relative_start is not None else None
        named = None
        if rel is not None:
            # ('..., which the New York Times called "..."': the clause's subject may have its article)
            lead = ctx.qf.definite_lead.match(body[rel.end():segments[-1][1]].lstrip())
            named = g.match_at(body, rel.end() + len(body[rel.end():segments[-1][1]]) - len(
                body[rel.end():segments[-1][1]].lstrip()) + (lead.end() if lead else 0))
        if named is not None and _only_verb_group_words(ctx, body[named.end():segments[-1][1]]):
            # '..., which NASA said might take place this summer': the clause's own subject, right
            # before the verb, is who speaks (not a name before the clause; 'which NASA Administrator
            # Jim Bridenstine has said' too)
            segments = [(named.start(), segments[-1][1])]
            break
        if rel is not None and not body[rel.end():segments[-1][1]].strip() \
                and rel.group().strip().casefold() in ctx.qf.person_relatives:
            held = _relative_antecedent(ctx, segments[:-1])
            if held is not None:
                return held, False
        kin = ctx.qf.kin_named.fullmatch(body, rel.end(), segments[-1][1]) \
            if rel is not None and ctx.qf.kin_named is not None else None
        if kin is not None:
            segments = [(kin.start("who"), segments[-1][1])]  # ('..., which his wife Bernadette said was ...')
            break
        segments = segments[:-1]
    while len(segments) > 1 and ctx.qf.apposition_adverb is not None \
            and ctx.qf.apposition_adverb.match(body, segments[-1][0], segments[-1][1]) \
            and body[segments[-2][0]:segments[-2][1]].rstrip()[-1:].isalpha() \
            and body[segments[-2][0]:segments[-2][1]].split()[-1][:1].isupper():
        # ('Jonna Mendez, also CIA, said': an apposition opening with an adverb after a name
        # describes the one named; it is no subject)
        segments = segments[:-1]
    while len(segments) > 2 and (lead := re.match(r"\s*([a-z]+)\b", body[segments[-1][0]:segments[-1][1]])) \
            and lead.group(1) in ctx.qf.trailer_words \
            and not (ctx.qf.pronoun_subject is not None
                     and ctx.qf.pronoun_subject.match(body[segments[-1][0] + lead.end():segments[-1][1]])):
        # ('mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan': where
        # or how he said it, between commas, is no subject; but '..., before he announced he would
        # stand down' holds its own subject)
        segments = segments[:-1]
    while len(segments) > 1 and _academic_degree(ctx.qf, body[segments[-1][0]:segments[-1][1]]):
        segments = segments[:-1]  # ('Darmae Nasir, P.hd mengungkapkan': the name before the degree)
    while len(segments) > 1 and ctx.qf.seat_place is not None \
            and g.finder.code_of(body[segments[-1][0]:segments[-1][1]].strip()) is not None \
            and ctx.qf.seat_place.search(body, segments[-2][0], segments[-2][1]):
        # ('Kedutaan Besar Republik Indonesia di Amman, Jordania mengimbau': the state after the
        # comma is where the body sits, not the subject)
        segments = segments[:-1]
    while len(segments) > 1 and g.within is not None \
            and g.within.code_of(body[segments[-1][0]:segments[-1][1]].strip()) is not None \
            and body[segments[-2][0]:segments[-2][1]].rstrip()[-1:].isalpha() \
            and body[segments[-2][0]:segments[-2][1]].split()[-1][:1].isupper():
        # ('issued a statement at his golf club outside Washington, D.C. saying': the place's
        # state or district after a comma goes on with the place, it is no subject)
        segments = segments[:-1]
    if len(segments) > 2 and _office_place_goes_on(ctx, segments):
        # ('Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat, announced': the names
        # after the office's place are its province, not a second subject)
        segments = segments[:-1]
    if ctx.qf.relative_then_name is not None and segments:
        # 'Biden attacked Trump on paying fewer taxes to which Trump claimed ...': a relative clause's
        # own subject, named right before the verb, speaks (not the sentence's)
        for rn in ctx.qf.relative_then_name.finditer(body, segments[-1][0], segments[-1][1]):
            lead = ctx.qf.definite_lead.match(body[rn.end():segments[-1][1]])
            named = g.match_at(body, rn.end() + (lead.end() if lead else 0))
            if named is not None and rn.start() > segments[-1][0] \
                    and _only_verb_group_words(ctx, body[named.end():segments[-1][1]]):
                segments = [(named.start(), segments[-1][1])]
                break
    if len(segments) > 1 and ctx.qf.identity_hedge is not None:
        hedged = _hedged_name(ctx, segments)
        if hedged is not None:
            return hedged, False
    owner = _name_before_owned_role(ctx, segments)
    if owner is not None:
        return owner, False
    described = _described_across_commas(ctx, start, verb_start, segments)
    if described is not None:
        return described, False
    for index in range(len(segments) - 1, -1, -1):
        seg_start, seg_end = segments[index]
        if seg_end <= seg_start:
            continue
        closing = next((b for a, b in quotes_spans if a < seg_start < b and body[seg_start:b].strip() in _CLOSING_MARKS
                        and b < seg_end and index == len(segments) - 1), None)
        if closing is not None:
            # ('Schumer told MSNBC Cummings "was a great man," while President Trump noted his "...":
            # the comma inside the quote leaves its closing mark before the clause that follows)
            seg_start = closing
        if any(a <= seg_start < b for a, b in quotes_spans):
            continue
        text = body[seg_start:seg_end]
        after_with = False
        if index == len(segments) - 1 and index > 0 and ctx.qf.absolute_with is not None \
                and body[verb_start:verb_start + 30].split(None, 1)[0].endswith("ing"):
            aw = ctx.qf.absolute_with.match(text)
            if aw is not None and body[seg_start + aw.end():seg_end].strip():
                # ('..., with analysts saying that a better-known firm may ...': the noun after 'with'
                # is the participle's subject, whoever the clause before names)
                seg_start += aw.end()
                text = body[seg_start:seg_end]
                after_with = True
        if index == len(segments) - 1 and ctx.qf.place_profession_anaphor is not None \
                and ctx.last_person is not None and ctx.qf.place_profession_anaphor.search(text):
            # '"...," said study co-author Karen Alley. The Wooster professor added, "..."': a place or
            # a body, then what someone is, is the person the article spoke of last (or the one whose
            # role names that body: 'The Rovers coach said' after 'Rovers coach Tom Hale')
            pa = ctx.qf.profession_anaphor_after.search(text) if ctx.qf.profession_anaphor_after is not None else None
            return (_person_of_body(ctx, pa.group("body"), pa.group("head"), seg_start) if pa is not None else None) \
                or ctx.last_person, False
        joined = ctx.qf.joined_clause_subject.search(text) \
            if index == len(segments) - 1 and ctx.qf.joined_clause_subject is not None else None
        if joined is not None and (ctx.qf.past_form.search(text, 0, joined.start()) or (
                index > 0 and not text[:joined.start()].strip()
                and ctx.qf.past_form.search(body, segments[0][0], seg_start))):
            # 'Trump attacked Drudge as an opponent and his campaign called for ...': a clause of its
            # own after the first one's verb; its subject, right before the verb, speaks (also after
            # a comma: 'Smith turned himself in, and his lawyers have claimed ...')
            inner = _subject_of(ctx, seg_start + joined.start("rest"), seg_end, quotes_spans)
            if inner[0] is not None or inner[1]:
                return inner
        if index == len(segments) - 1 and ctx.qf.subordinator is not None:
            sub = None
            for sub in ctx.qf.subordinator.finditer(text):
                pass
            rest = text[sub.end():] if sub is not None else ""
            if sub is not None and index > 0 and not text[:sub.start()].strip() and rest.strip() \
                    and _LOWER_WORDS_ONLY.fullmatch(rest) \
                    and not (ctx.qf.pronoun_subject is not None and ctx.qf.pronoun_subject.match(rest)):
                # 'Dia mengucapkan selamat kepada ..., Pasukan Quds, atas "...", meski juga menegaskan
                # bahwa ...': a clause after a comma with no subject of its own (adverbs only) has
                # the sentence's subject, not a name in between
                for k in range(index):
                    first = re.match(r"\s*([^\W\d_]+)", body[segments[k][0]:segments[k][1]])
                    if first and first.group(1).casefold() in ctx.qf.object_prepositions:
                        continue  # ('Dalam pidato ..., Rouhani ...': the opening place or time)
                    return _subject(ctx, segments[k][0], segments[k][1], quotes_spans)
            if sub is not None and re.search(r"\S", rest):
                # 'Dalai Lama bertemu Obama meskipun pemerintah China meluncurkan peringatan
                # bahwa ...': the verb's subject follows the last subordinator before it
                seg_start += sub.end()
                text = body[seg_start:seg_end]
        if index == len(segments) - 1 and ctx.qf.group_subject is not None:
            gm = ctx.qf.group_subject.fullmatch(text.strip())
            if gm is not None and gm.group("group").casefold() in ctx.qf.research_heads:
                # ('scientists from the University of Bristol and UC Davis say ...': research and
                # where it is done, not the last name of the place)
                return _group(ctx, gm.group("group"), seg_start + text.find(gm.group("group"))), False
        if index == len(segments) - 1:
            short = ctx.qf.definite_lead.sub("", text.strip(), count=1)
            bracketed = _BRACKETED_SHORT_END.search(short)
            if bracketed is not None and all(w[:1].isupper() or w[:1] == "(" or w in _NAME_JOINERS
                                             or w in ctx.ents.g.connectors
                                             for w in short[:bracketed.start()].split()):
                short = bracketed.group(1)  # ('... and Lawyers' Christian Fellowship (LCF) said')
            if short[:1].isupper():
                e = ctx.ents.short_form_of(short)  # (None unless the article wrote it in brackets)
                if e is not None:
                    return e, False  # 'CalFire indicated ...': the body its full name named
            named = _named_with_short_form(ctx, seg_start, text) if bracketed is not None else None
            if named is not None:
                return named, False
        if (index == 0 or (index == len(segments) - 1 and _opens_adverbially(ctx, segments[0]))) \
                and ctx.qf.definite_opening is not None:
            # ('After federal agents raided its offices, the company said ...': an opening phrase)
            do = ctx.qf.definite_opening.match(text)
            if do is not None:
                # 'The embassy declined the request and said ...': the institution named before
                org = _named_institution(ctx, do.group("role"), seg_start)
                if org is not None:
                    return org, False
                if ctx.qf.bare_definite is not None and ctx.qf.bare_definite.fullmatch(text.strip()):
                    # 'The committee said ...' with no committee named before: the body as written,
                    # of the story's state when it is one of the state's own ('The council said')
                    role = do.group("role")
                    a = seg_start + text.find(role)
                    return _group(ctx, role, a), False
        if index == len(segments) - 1 and ctx.qf.state_institution is not None:
            si = ctx.qf.state_institution.search(text)
            code = ctx.ents.g.finder.code_of(si.group("state")) if si else None
            firm = _name_segment(ctx, segments[index - 1], single=index == 1) \
                if code and index > 0 and si.group("noun").casefold() in ctx.qf.firm_descriptor_nouns else None
            if firm is not None and not firm.role:
                # 'Allianz, the German insurer, said', 'Wal-Mart, the largest US retailer, said': a
                # state's firm in apposition describes the name before it, which speaks
                return ctx.ents.resolve(Parsed(firm.text, firm.start, firm.end, None, firm.name,
                                               "organization", None), firm.start), False
            if code:
                # 'but the Saudi government said': the state's institution speaks
                name = f"{si.group('state')} {si.group('noun')}"
                e = ctx.ents.resolve(Parsed(name, seg_start + si.start("state"), seg_end, None, name,
                                            "organization", code), seg_start)
                if e is not None:
                    return e, False
        if index == 0 and len(segments) == 1 and ctx.qf.described_anaphor is not None:
            da = ctx.qf.described_anaphor.match(text)
            known = _described_referent(ctx, da.group("desc"), seg_start) if da else None
            if known is not None:
                return known, False
        if index == len(segments) - 1 and index > 0 and ctx.qf.described_anaphor_lower is not None \
                and ctx.last_person is not None:
            # 'Lucunya, ketika ditanya ..., bintang sinetron 'Anak Jalanan' ini mengaku ...': a
            # description of a person closed by 'ini'/'itu' after an opening phrase is the person
            # the article spoke of
            da = ctx.qf.described_anaphor_lower.match(text)
            if da and _describes_person(ctx.qf, da.group("desc")) \
                    and not _dated(ctx.qf, da.group("desc")) and not _names_person(ctx, *segments[index - 1]):
                return ctx.last_person, False
        if index == len(segments) - 1 and ctx.qf.institution_of_state is not None:
            io = ctx.qf.institution_of_state.search(text)
            code = ctx.ents.g.finder.code_of(io.group("state")) if io else None
            if code and io.group("noun")[:1].islower():
                # 'representatives from Iran acknowledged': unnamed officials of that state
                name = body[seg_start + io.start("noun"):seg_start + io.end("state")]
                e = ctx.ents.resolve(Parsed(name, seg_start + io.start("noun"), seg_end, None, name,
                                            "organization", code), seg_start)
                if e is not None:
                    return e, False
        if index == len(segments) - 1 and ctx.qf.definite_role_of is not None:
            dro = ctx.qf.definite_role_of.search(text)
            if dro is not None and not re.search(r"[A-Z]", dro.group("role")):
                role = dro.group("role")
                e = ctx.ents.resolve(Parsed(role, seg_start + dro.start("role"), seg_end, role, None, "role", None),
                                     seg_start)
                if e is not None:
                    return e, False
        if index == len(segments) - 1 and ctx.qf.definite_role is not None:
            dr = ctx.qf.definite_role.search(text)
            if dr is not None:
                role, qual = dr.group("role"), dr.group("qual").strip()
                found = g.finder.find(qual) if qual else []
                code = found[-1].code if found else None
                e = ctx.ents.resolve(Parsed(role, seg_start + dr.start("role"), seg_end, role, None, "role", None),
                                     seg_start)
                if e is not None and e.type == "person" and e.name != role and (code is None or e.country == code):
                    return e, False
                if qual and role.casefold() not in g.deputy_roles:
                    # 'Michael Howard has denied ... The Tory leader said': the person just spoken of
                    # ('the Vodafone spokesman said' stays the firm speaking)
                    recent = _salient_person(ctx, seg_start, code)
                    if recent is not None:
                        return recent, False
                    described = f"{qual} {role}"
                    return ctx.ents.resolve(Parsed(described, seg_start + dr.start("qual"), seg_end, described,
                                                   None, "role", None if g.is_former(described) else code),
                                            seg_start), False
                if e is not None and not qual and role.casefold() not in g.deputy_roles:
                    # 'The foreign minister said ...' with no holder of that role named: the office
                    # holder the article is about (a title word of the role in their role, and
                    # its portfolio: 'the home secretary' is not Foreign Secretary Jack Straw), else
                    # the unnamed office itself
                    portfolio = _portfolio_office(g, role)
                    holder = _portfolio_holder(ctx, role, seg_start) if portfolio else None
                    if holder is not None:
                        return holder, False
                    words = {w for w in role.casefold().split() if w in g.title_words}
                    holder = _salient_person(ctx, seg_start, None)
                    if holder is not None and holder.role and words & _role_words(g, holder.role) \
                            and _portfolio_words(g, role) <= _role_words(g, holder.role):
                        return holder, False
                    holder = _holder_named_last(ctx, role, seg_start)
                    if holder is not None:
                        return holder, False
                    if not portfolio:
                        return e, False
                    # (a portfolio office whose holder is not found: the subject as read before)
        if index == len(segments) - 1 and ctx.qf.member_of_body is not None \
                and (index == 0 or _opens_with_preposition(ctx, segments[index - 1])):
            # (not in apposition: 'Ahmed al-Assadi, a spokesman for the PMF, blamed ...' is his)
            mb = ctx.qf.member_of_body.search(text)
            org = _phrase_after(ctx, seg_start + mb.start("body")) if mb is not None else None
            ma = ctx.qf.member_after_body.search(text) if mb is None else None
            if ma is not None and ctx.ents.g.inst_head_re is not None \
                    and any(ctx.ents.g.inst_head_re.match(w) for w in ma.group("body").split()[1:] or ["-"]):
                name = ma.group("body")  # ('a Foreign Office spokesman': a body by its head word)
                a = seg_start + ma.start("body")
                org = ctx.ents.resolve(Parsed(name, a, a + len(name), None, name, "organization",
                                              ctx.ents.g.role_country(name)), a)
            if org is not None and (org.type == "organization" or (
                    " " not in org.name and sum(c.isupper() for c in org.name) >= 2)):
                # (quoted through a member: a later 'he added' is still the body's)
                org.voiced = True
                return org, False  # 'An official from TfL stated': the body (or its short form) speaks
        if index == len(segments) - 1 and ctx.qf.definite_person is not None:
            dp = ctx.qf.definite_person.match(text.strip())
            if dp is None and index == 0:
                # 'At about 5:17 p.m. his daughter reported ...': an opening phrase of time, then the
                # subject (not 'the coach of the boy said': a preposition before it)
                dp = ctx.qf.definite_person.search(text.strip())
                before = text.strip()[:dp.start()].split() if dp is not None else []
                if dp is not None and (not before or len(before) > 6 or not text.strip()[dp.start() - 1].isspace()
                                       or before[-1].casefold() in ctx.qf.object_prepositions
                                       or not (before[0].casefold() in ctx.qf.object_prepositions
                                               or before[0] in ctx.ents.g.opener_set)):
                    dp = None
            if dp is not None and (index == 0 or _opens_with_preposition(ctx, segments[index - 1])):
                a = seg_start + (len(text) - len(text.lstrip()))
                if dp.group("noun"):
                    # ('The father said' after 'the father, David Turpin,': the one named so before)
                    noun = dp.group("noun")
                    return ctx.ents.resolve(Parsed(noun, a, a + len(dp.group()), noun, None, "role", None), a), False
                # ('One of the victims', 'his daughter': someone unnamed, by who they are to the story)
                e = Entity(name=dp.group("one") or dp.group("poss"), type="person", first=a)
                ctx.ents.entities.append(e)
                return e, False
        if index == len(segments) - 1 and ctx.qf.indefinite_office is not None \
                and not (index > 0 and _person_segment(ctx, segments, index - 1)):
            # (not in apposition: 'Gary Mortimer, a retail expert, said' is his)
            ind = ctx.qf.indefinite_office.search(text)
            if ind is not None:
                # '..., but a fire officer said': someone unnamed, by their office
                role = ind.group("role")
                spoken_for = _spokesperson_body(ctx, role, seg_start)
                if spoken_for is not None:
                    return spoken_for, False  # ('The Home Office defended ... A spokesman said')
                e = ctx.ents.resolve(Parsed(role, seg_start + ind.start("role"), seg_start + ind.end("role"),
                                            role, None, "role", None), seg_start)
                if e is not None and e.type == "person" and e.name != role and not (
                        e.role and set(role.casefold().split()) <= set(e.role.casefold().split())):
                    # ('Trump said ... A police officer said': someone unnamed, never an official
                    # the article named before without that office)
                    e = next((x for x in ctx.ents.entities if x.type == "person" and x.name == role), None)
                    if e is None:
                        e = Entity(name=role, type="person", role=role, first=seg_start)
                        e.country = ctx.ents.office_state(role, seg_start)
                        ctx.ents.entities.append(e)
                return e, False
        pm = ctx.qf.pronoun_subject.match(text) if ctx.qf.pronoun_subject is not None else None
        if pm is None and index == len(segments) - 1 and ctx.qf.pronoun_before is not None:
            pm = ctx.qf.pronoun_before.search(text)  # 'On the live television he said'
        if pm:
            word = pm.group().strip().casefold()
            body_e = _opening_body(ctx, seg_start) \
                if word in ctx.qf.body_pronouns and not _named_before_in_sentence(ctx, seg_start) else None
            if body_e is not None:
                return body_e, False  # ('Standard Life is the latest shareholder ... It said ...')
            return None, word
        first_word = re.match(r"\s*([^\W\d_]+)", text)
        if first_word and first_word.group(1).casefold() in ctx.qf.object_prepositions \
                and (index < len(segments) - 1 or (index > 0 and "," in body[seg_end:verb_start]
                                                   and first_word.group(1).casefold() not in ctx.qf.source_links)):
            # 'In Cyprus, the ruling party hailed ...': a place, not the subject; 'Richard Gordon, in
            # remarks to the BBC, said': an aside between commas
            continue
        if first_word and index == len(segments) - 1 and index > 0 \
                and first_word.group(1).casefold() in ctx.qf.coordinators \
                and body[seg_start + first_word.end():seg_start + first_word.end() + 2].strip()[:1].isupper():
            # 'Dinas Perumahan, Cipta Karya, dan Tata Ruang Kota Surabaya Iman Krestian menuturkan':
            # the last link of a list inside a name, then the person
            seg_start = after_blanks(body, seg_start + first_word.end())
            text = body[seg_start:seg_end]
        lead = ctx.qf.determiner.match(text) if ctx.qf.determiner is not None else None
        if lead:  # 'the United States President Donald Trump'
            seg_start += lead.end()
        elif ctx.qf.determiner_any is not None and ctx.qf.descriptor is not None:
            # 'the ruling Democratic Rally': determiner, lower-case description, then the name
            lead = ctx.qf.determiner_any.match(text)
            described = ctx.qf.descriptor.match(body, seg_start + lead.end(), seg_end) if lead else None
            if described is not None:
                seg_start = described.end()
        if not lead and ctx.qf.generic_head is not None and ctx.qf.descriptor is not None:
            # 'Lembaga nonpemerintah The Institute for Criminal Justice Reform menyebutkan': a
            # generic noun and a lower-case description before the name
            gh = ctx.qf.generic_head.match(text)
            described = ctx.qf.descriptor.match(body, seg_start + gh.end(), seg_end) if gh else None
            if described is not None:
                seg_start = described.end()
                named = _ACRONYMED.match(body, seg_start, seg_end)
                if named is not None and _initials_match(named.group("name"), named.group("acronym")):
                    # '... The Institute for Criminal Justice Reform (ICJR)': the whole name, which
                    # its acronym spells
                    name = named.group("name")
                    return ctx.ents.resolve(Parsed(name, seg_start, named.end(), None, name, "organization",
                                                   None), seg_start), False
        if index == len(segments) - 1 and ctx.qf.indefinite_subject is not None:
            ind = ctx.qf.indefinite_subject.fullmatch(text.strip())
            if ind is not None and not (index > 0 and not _opens_with_preposition(ctx, segments[index - 1])
                                        and _person_segment(ctx, segments, index - 1)):
                # (not in apposition: 'Rina Kartika (16), seorang siswi, menuturkan' is hers; but 'Di
                # Times Square, seorang petugas polisi memperkirakan' is the officer's)
                # 'Seorang saksi mata mengatakan', 'Saksi lain, seorang insinyur perangkat lunak yang
                # tak mau disebut namanya, mengatakan': someone unnamed, of no state
                a = seg_start + text.find(ind.group("who"))
                e = Entity(name=ind.group("who"), type="person", first=a)
                e.country = _unnamed_force_state(ctx, e.name, a)  # (a soldier's or policeman's: his state)
                ctx.ents.entities.append(e)
                return e, False
        if index == len(segments) - 1:
            role = _lower_role_subject(ctx, body[seg_start:seg_end])
            # (not after a person's name: 'Mayor John Smith, a member of the Democratic Party,
            # said' is the mayor's, the lower-case office is his apposition)
            if role is not None and not _person_segment(ctx, segments, index - 1):
                # 'Anggota parlemen dari Izeh mengatakan', 'wakil gubernur keamanan politik Teheran
                # mengatakan': an unnamed office written in lower case is the subject
                a = seg_start + (len(body[seg_start:seg_end]) - len(body[seg_start:seg_end].lstrip()))
                e = ctx.ents.resolve(Parsed(role, a, a + len(role), role, None, "role", g.role_country(role)), a)
                if e is not None:
                    return e, False
        if index == len(segments) - 1:
            e = _pronoun_body(ctx, text, seg_start + len(text) - len(text.lstrip()))
            if e is not None:
                return e, False
            kin = ctx.qf.kin_named.fullmatch(text) if ctx.qf.kin_named is not None else None
            if kin is not None:
                # 'His wife Bernadette said ...': a relative named by a given name alone is a person
                name = kin.group("name")
                a = seg_start + kin.start("name")
                e = ctx.ents.find_person(name) or ctx.ents.resolve(
                    Parsed(name, a, a + len(name), None, name, "person", None), a)
                if e is not None:
                    return e, False
        if index == len(segments) - 1:
            lead_at = seg_start + len(text) - len(text.lstrip())
            named = _possessed_person(ctx, lead_at, seg_end)
            if named is not None and (not body[named.end:seg_end].strip() or (
                    body[verb_start:verb_start + 40].split(None, 1)[0].endswith("ing")
                    and _opens_with_finite(ctx.qf, body[named.end:seg_end]))):
                # 'Mendez's wife Jonna Mendez said', 'Trump's lawyer Rudy Giuliani said' (and the
                # subject of the sentence's verb a participle goes on from: "Hunter Biden's former
                # business partner Tony Bobulinski held a press conference claiming ...")
                e = ctx.ents.resolve(named, named.start)
                if e is not None:
                    return e, False
        if index == len(segments) - 1 and ctx.qf.owned_body is not None:
            ob = ctx.qf.owned_body.fullmatch(text.strip())
            known = ctx.ents.find_person(ob.group("owner")) if ob is not None else None
            if known is not None and known.type == "person":
                # 'Erdogan's office said', '47-year-old Matovič's government office has said': the
                # office of a person the article named speaks, for the person's state
                head = ob.group("head")
                name = f"{ob.group('owner')}{ob.group('s')} {head}"
                a = seg_start + text.find(ob.group("owner"))
                state = _person_body_state(ctx, known, ob.group("owner"), head)
                return ctx.ents.resolve(Parsed(name, a, a + len(name), None, name, "organization", state), a), False
        if index == len(segments) - 1 and ctx.qf.role_body is not None:
            rb = ctx.qf.role_body.fullmatch(text.strip())
            if rb is not None and rb.group("role").split()[-1] in g.title_words:
                return _role_body(ctx, rb, seg_start + text.find(rb.group("role"))), False
        if index == len(segments) - 1 and ctx.qf.owned_group is not None:
            og = ctx.qf.owned_group.fullmatch(text.strip())
            if og is not None and ctx.ents.find_person(og.group("owner")) is not None:
                # "Navalny's associates said ...": the circle of a person the article named speaks,
                # as a group of no state, not the person
                name = text.strip()[:og.end("group")]
                a = seg_start + text.find(og.group("owner"))
                return ctx.ents.find_org(name) or _new_group(ctx, name, a), False
        m = g.match_at(body, seg_start)
        at_start = seg_start == start
        p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, at_start, ctx.ents.midcaps) \
            if m is not None else None
        if p is not None and p.type == "person" and p.name and ctx.qf.person_body is not None:
            pb = ctx.qf.person_body.match(body, m.end(), seg_end)
            if pb is not None:
                # 'The Biden campaign criticized ...', 'The Bush administration has said ...': the
                # person's body speaks (an administration for the person's state, a campaign for none)
                head = pb.group("head")
                owner = body[m.start():m.end()].strip()
                possessive = _POSSESSIVE_END.search(owner)
                name = f"{p.name}{possessive.group() if possessive and not _POSSESSIVE_END.search(p.name) else ''} {head}"
                state = _person_body_state(ctx, ctx.ents.find_person(p.name), p.name, head)
                p = Parsed(name, m.start(), pb.end(), None, name, "organization", state)
        if p is not None and index > 0 and m is not None and _nationality_opens_description(ctx, m, seg_end):
            # 'Jo Lee, European policy director for a rights group, said', 'the Office of Media
            # Standards (OMS), the Belgian broadcasting regulator, said': a nationality opening a
            # lower-case description in apposition is no name; what the text before it names speaks
            described = _named_before_description(ctx, start, segments, index, quotes_spans)
            if described is not None:
                return described, False
        if p is None and index == len(segments) - 1:
            # 'Belum bisa detail Direktur Jenderal ... Asep Sasa Purnama menyatakan': a heading run
            # into the sentence; the subject is the phrase that ends at the verb.
            p = _phrase_ending_at(ctx, seg_start, seg_end)
            if p is not None and p.type == "person" and not p.role and len((p.name or "").split()) < 2 \
                    and ctx.ents.find_person(p.name or "") is None:
                p = None  # 'sebagian umat Muslim menilai': a capitalised word, no one named
            if p is None and index == 0 and seg_start == start and _lone_given_name(ctx, text, text.strip()):
                # 'Sugiarto menyebut anaknya ...': a one-word name, the whole subject
                name = text.strip()
                at = seg_start + text.find(name)
                p = Parsed(name, at, at + len(name), None, name, "person", None)
            if p is not None and index > 0 and text.lstrip()[:1].islower() \
                    and not _opens_with_preposition(ctx, segments[index - 1]):
                # 'Ipah (40), tetangga Purwanto, mengatakan': the name inside a description in
                # apposition is not the subject; the name before it is (but not a place after a
                # preposition: 'In Ontario, provincial police Detective Constable Daniel Dubé
                # stated' is the constable's)
                named = _name_segment(ctx, segments[index - 1], single=index == 1)
                if named is not None:
                    p = named
        if index == len(segments) - 1 and ctx.qf.firm_subject is not None:
            fs = ctx.qf.firm_subject.fullmatch(text.strip())
            firm = _firm_named_last(ctx, seg_start) if fs is not None else None
            if firm is not None:
                return firm, False  # 'Pihak perusahaan mengatakan ...': the firm named last
        if p is None and index == len(segments) - 1 and ctx.qf.authority is not None:
            # 'Namun pihak berwenang membantah ...': the unnamed authorities of the story's state
            rest = text.lstrip()
            co = re.match(r"([^\W\d_]+)[ \t]+", rest) if index > 0 else None
            if co is not None and co.group(1).casefold() in ctx.qf.coordinators:
                rest = rest[co.end():]  # '..., and the police had said ...': a clause of its own
            opener = g.openers_re.match(rest) if g.openers_re is not None else None
            rest = rest[opener.end():] if opener else ctx.qf.definite_lead.sub("", rest, count=1)
            absolute = index > 0 and body[verb_start:verb_start + 30].split(None, 1)[0].endswith("ing") \
                and re.match(r"(?:with|dengan)[ \t]+", rest)
            if after_with:
                absolute = True  # ('with' already left out above)
            elif absolute:
                # '..., with officials saying this is for security reasons': the noun after
                # 'with' is the subject of the participle
                rest = rest[absolute.end():]
            au = ctx.qf.authority.fullmatch(rest.rstrip())
            if au is None and ctx.qf.capitalised_authority is not None and index == 0:
                # 'Pemerintah memastikan ...' where the story writes 'pemerintah' elsewhere: the
                # capitalised word is no name; before a report verb it is the unnamed authority
                verb = re.match(r"[^\W\d_]+", body[verb_start:verb_start + 40])
                if verb is not None and verb.group().casefold() in ctx.qf.report_verb_set:
                    au = ctx.qf.capitalised_authority.fullmatch(rest.rstrip())
            if au is None and ctx.qf.relative_word is not None:
                # ('The public officials who ordered that change claimed ...': a relative clause
                # after the unnamed authority)
                rel = ctx.qf.relative_word.search(rest)
                au = ctx.qf.authority.fullmatch(rest[:rel.start()]) if rel is not None else None
            if au is None and ctx.qf.authority_statement is not None:
                # ('Police issued a statement saying ...', 'the city issued an advisory of water
                # outages and stated ...': the unnamed authorities issued the document that reports)
                au = ctx.qf.authority_statement.fullmatch(rest.rstrip())
            if au is not None:
                e = _authority(ctx, au.group("who"), seg_start)
                lead = g.finder.find(body[segments[0][0]:segments[0][1]]) if absolute else []
                if lead and lead[0].start <= 4 and e.country != lead[0].code:
                    # ('Germany banned ..., with officials saying': the officials of that state)
                    e = Entity(name=e.name, type="organization", role=None, first=seg_start)
                    e.country = lead[0].code
                return e, False
        if p is None and index == len(segments) - 1 and ctx.qf.group_subject is not None:
            gtext = text.strip()
            co = re.match(r"([^\W\d_]+)[ \t]+", gtext) if index > 0 else None
            if co is not None and co.group(1).casefold() in ctx.qf.clause_coordinator_words:
                gtext = gtext[co.end():]  # ('..., and several experts said ...': a clause of its own)
            gm = ctx.qf.group_subject.fullmatch(gtext)
            if gm is None and (index == 0 or _opens_adverbially(ctx, segments[index - 1])
                               or _opens_with_preposition(ctx, segments[index - 1])):
                # (not an aside after a name: 'Reuters, citing anonymous sources, reported')
                gm = _described_group(ctx, gtext)
            if gm is not None:
                # 'A number of Senators condemned ...', 'Protesters have claimed ...': a group
                # speaks; a group of a state's own office holders speaks for the story's state
                return _group(ctx, gm.group("group"), seg_start + text.find(gm.group("group"))), False
        if p is None and index > 0 and g.lower_role_start is not None:
            # 'Souhail Alouini, a member of Parliament, said': a role in apposition after the name
            role_text = body[seg_start:seg_end].strip()
            det = ctx.qf.determiner_any.match(role_text) if ctx.qf.determiner_any is not None else None
            bare_role = role_text[det.end():] if det else role_text
            if bare_role[:1].islower() and g.lower_role_start.match(bare_role):
                named = _name_segment(ctx, segments[index - 1])
                if named is not None:
                    named.role = bare_role
                    named.country = named.country or g.role_country(bare_role)
                    p = named
        p = _joined_role(ctx, m, seg_end) or p
        if p is not None and p.type == "person" and p.role and index > 0 and index == len(segments) - 1 \
                and p.role.split()[0].casefold().rstrip(".") in g.title_words:
            # 'Takuya Shimamura, Presiden Asahi Glass, mengatakan': a full name, then an office at a
            # body in apposition; the name is the subject, not the body read as a titled person
            prev = _name_segment(ctx, segments[index - 1])
            if prev is not None and len(prev.name.split()) >= 2 and prev.name != p.name:
                prev.role = text.strip()
                p = prev
        # ('Tony Evers, a Democrat, said', 'Mitt Romney, a sometime Trump critic, said': a name after an
        # indefinite article describes the one named before it, or is a word of that description)
        described = p is not None and p.type == "person" and index > 0 and ctx.qf.apposition_article is not None \
            and ctx.qf.apposition_article.match(text) is not None
        # ('Mr Baker, the Lib Dem environment spokesman, said': a party's name before a lower-case
        # office is no person's name; the phrase is the apposition of the name before it)
        last_word = text.split()[-1] if text.split() else ""
        office_after_name = p is not None and p.type == "person" and last_word.islower() \
            and last_word in g.title_words
        if p is not None and (p.type in ("organization", "country") or described or office_after_name) \
                and index > 0 and lead and text.lstrip()[:1].islower():
            # 'Agnès Callamard, a UN rapporteur for ..., cautioned', 'Mayor de Blasio, a member of
            # the Democratic Party, spoke': a noun phrase with a determiner after a name is its
            # apposition; the name is the subject
            prev = _name_segment(ctx, segments[index - 1], titled=True, single=index == 1) \
                or _known_person_ending(ctx, segments[index - 1])
            if office_after_name and (prev is None or len((prev.name or "").split()) < 2):
                prev = _known_surname(ctx, segments[index - 1])  # ('Mr Baker' for Norman Baker)
            if prev is not None and prev.type == "person" and prev.name \
                    and (len(prev.name.split()) >= 2 or office_after_name):
                # (a party before the name is no office: 'Liberal Democrat Sarah Teather, the most
                # recent female MP to be elected,' has the apposition's too)
                prev.role = f"{prev.role}, {text.strip()}" if g.is_party_affiliation(prev.role) \
                    else prev.role or text.strip()
                # (the state of the body the apposition names: 'Sir Ian Blair, the newly-appointed
                # Metropolitan Police commissioner,')
                # (a firm is no state's: 'Cairn Energy, a UK oil firm,')
                firm = any(w.casefold() in ctx.qf.firm_descriptor_nouns for w in text.split())
                prev.country = prev.country or (None if g.is_non_state(text) or firm else
                                                g.role_country(text.strip()) or (None if described else p.country))
                p = prev
        if p is not None and (p.type in ("organization", "country") or (p.type == "person" and not p.role)) \
                and m is not None and index == len(segments) - 1 and m.end() < seg_end:
            p = _person_after_lower_role(ctx, m, seg_end) or p
        if p is None:
            if index == len(segments) - 1 and index > 0 and _lower_clause_of_its_own(ctx, text):
                return None, False
            continue
        if m is not None and ctx.qf.body_title is not None and (
                p.type in ("organization", "country")
                # 'Lib Dem foreign affairs spokesman Menzies Campbell', 'Trump adviser John Bolton',
                # 'Former education secretary Estelle Morris': a body or a qualifier, a lower-case
                # title, then the person
                or (p.type == "person" and (not p.role or (g.is_former(p.role) and len(p.role.split()) == 1)))
                or (p.type == "role" and p.role and len(p.role.split()) == 1)):
            # ('Former Trump adviser Steve Bannon': 'Former' alone makes no office of 'Trump')
            bt = ctx.qf.body_title.match(body, m.end(), seg_end)
            if bt is None and p.type == "role" and ctx.qf.descriptor is not None \
                    and body[m.end():m.end() + 1] in (" ", "\t"):
                # 'Manajer hotel David Dillen mengatakan': a title, a lower-case description, a name
                bt = ctx.qf.descriptor.match(body, m.end() + 1, seg_end)
            n = g.match_at(body, bt.end()) if bt is not None else None
            named = g.parse(body, n.start(), n.end(), None, False) if n is not None and n.end() <= seg_end else None
            if named is not None and named.type == "person" and named.name and len(named.name.split()) >= 2:
                named.role = body[m.start():n.start()].strip() + (f" {named.role}" if named.role else "")
                named.country = named.country or p.country
                p = named
        if p.type == "role" and m is not None:
            p = _person_after_role(ctx, p, m.end(), seg_end) or p
        if p.type == "role" and p.role and g.inst_head_re is not None \
                and g.inst_head_re.match(p.role.split()[-1]) \
                and p.role.split()[0].casefold().rstrip(".") not in g.title_words:
            # 'The US Embassy advised ...': a state's institution, not a person's title (but
            # 'President of the European Council' is one)
            p = Parsed(p.text, p.start, p.end, None, p.role, "organization", p.country)
        if p.type in ("role", "country") and p.country and m is not None and ctx.qf.anaphor is not None \
                and ctx.qf.anaphor.match(body, m.end()) \
                and any(w.casefold() in g.title_words for w in body[m.start():m.end()].split()):
            # 'Pejabat Suriah itu': the official of that state the article last spoke of
            known = next((e for _, e in reversed(ctx.ents.mentions)
                          if e.type == "person" and e.country == p.country and e.name), None)
            if known is not None:
                return known, False
        if p.type == "role" and index == 0 and ctx.qf.anaphor_end is not None \
                and ctx.qf.anaphor_end.search(text.rstrip(" \t,")):
            # 'Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu, mengatakan',
            # 'Mantan atlet menembak ... ini juga mengatakan': a description ending in 'itu'/'ini'
            # is the person the article spoke of last
            if ctx.last_person is not None:
                return ctx.last_person, False
        if index > 0 and (p.type == "role" or (p.type == "person" and p.role and _ends_in_preposition(ctx, p.role))
                          # ('Jonathan Loynes, chief UK economist at Capital Economics, said': a
                          # state's name inside a lower-case description is no speaker)
                          or (p.type == "country" and text.lstrip()[:1].islower())
                          or (p.type in ("organization", "person") and text.lstrip()[:1].islower()
                              and g.lower_role_start is not None and g.lower_role_start.match(
                                  _without_determiner(ctx, text.lstrip()))
                              # ('In Ontario, provincial police Detective Constable Daniel Dubé
                              # stated': the segment names its person itself)
                              and not (p.type == "person" and len((p.name or "").split()) >= 2
                                       and _opens_with_preposition(ctx, segments[index - 1])))
                          # 'Sarman Simanjorang, Ketua Dewan Pengurus Daerah HIPPI, menjelaskan':
                          # a title of an institution in apposition after the name
                          or (p.type == "organization" and p.role and p.role.split()[0].casefold().rstrip(".")
                              in g.title_words)):
            # ('Alex Lagakos, president of the Greek Energy Forum, said': a lower-case role of an
            # institution in apposition is the person's role too)
            # 'Abdian Saputra, Koordinator Ekajaya Fast Boat untuk Gili, juga menyampaikan': the
            # segment is the apposition; the name stands before it
            prev = _name_segment(ctx, segments[index - 1], titled=True, single=index == 1)
            if prev is None and index == len(segments) - 1:
                # 'NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended': the
                # name ends the segment before the apposition
                prev = _phrase_ending_at(ctx, *segments[index - 1])
                if prev is not None and (prev.type != "person" or not prev.name or len(prev.name.split()) < 2):
                    prev = _known_person_ending(ctx, segments[index - 1])
            if prev is not None:
                prev.role = p.role if p.type == "role" else \
                    text.strip() if text.lstrip()[:1].islower() else f"{p.role} {p.name}"
                prev.country = prev.country or (g.role_country(text.strip()) if text.lstrip()[:1].islower()
                                                else p.country)
                if prev.country is None and not g.is_non_state(prev.role) and not g.is_former(prev.role):
                    # '..., Perdana Menteri untuk Azad Jammu dan Kashmir, bagian yang dikuasai
                    # Pakistan mengungkapkan': the state named in the rest of the description
                    later = g.finder.find(body[seg_end:verb_start])
                    prev.country = later[-1].code if later else None
                p = prev
        if p.type == "person" and (not p.role or (p.country is None and (
                re.fullmatch(r"[A-Z][a-z]{1,4}\.", p.role) or p.role.casefold() in g.person_titles))):
            # (a courtesy title such as 'Dr.' or 'Dr' is no office: the role before the name may be)
            role = _role_before(ctx, segments, index)
            if role is not None:
                p.role, p.country = role.role or role.text, p.country or role.country
        if p.type == "country":
            qualified, p = _noun_after_state_word(ctx, p, seg_end, segments[index - 1] if index > 0 else None)
            if qualified:
                if isinstance(p, Entity):
                    return p, False
                if p is None:
                    continue
        # A phrase that ends in a lower-case role ("juru bicara Erdogan"): appositive, keep looking.
        e = ctx.ents.resolve(p, p.start)
        if e is not None:
            return e, False
    return None, False


_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")


def _lower_clause_of_its_own(ctx: _Context, text: str) -> bool:
    """'The team visited sites at Abydos and Saqqara, and several museums offered to ...': after a
    comma and a coordinator, lower-case words alone before the verb are a clause's own subject that
    names no speaker; no name before the comma speaks instead (but 'X, and his wife said' may be
    the pair, and a lone word may be an adverb: 'and later said')."""
    words = text.split()
    if len(words) < 3 or words[0].casefold() not in ctx.qf.clause_coordinator_words:
        return False
    rest = words[1:]
    return all(_LOWER_WORD.fullmatch(w) for w in rest) \
        and rest[0].casefold() not in ctx.qf.possessive_words and rest[0].casefold() not in ctx.qf.pronoun_set


def _noun_after_state_word(ctx: _Context, p: Parsed, seg_end: int,
                           apposed: tuple[int, int] | None = None) -> tuple[bool, Parsed | Entity | None]:
    """'The Swedish firm ... said', 'Dutch firm Heineken ... warned', 'London teacher Diane Granger
    said': a state's adjective or a city's name before a lower-case noun qualifies the noun; it is
    no speaker itself. The speaker is the name after the noun ('Heineken', 'Diane Granger'), else
    the firm the article named last for a firm noun, else the noun phrase, a body of that state
    ('the Libyan central bank has said', 'Syrian state media'); the press is none ('Russian media').
    A noun phrase in apposition (the segment `apposed` before it names a person: 'Ross Walker, UK
    economist at RBS, said') describes that person; an office ('the UK chancellor predicted') is its
    holder named last.
    Returns (whether the word qualifies a noun, the speaker's phrase or entity or None)."""
    body, g = ctx.body, ctx.ents.g
    if not g.of_phrases or not p.name or p.name in g._state_names:
        return False, p  # ('Iran has said': a state's own name speaks; Indonesian puts the noun first)
    run = []  # the lower-case words after the state's word, up to a coordinator or a name
    pos = p.end
    for w in re.finditer(r"\S+", body[p.end:seg_end]):
        word = w.group()
        if not _LOWER_WORD.fullmatch(word) or word in ctx.qf.coordinators or word in g.clause_markers:
            break  # ('the Libyan central bank has said')
        if word in g.stopwords:
            if not run:
                return False, p  # ('Beijing also says', 'Paris in particular')
            break  # ('said the Iranian foreign ministry in a statement')
        if run and word.endswith("ly"):
            break  # ('Saudi officials subsequently said': an adverb after the noun)
        if word.endswith(("ed", "ing", "'s", "’s")):
            break  # ('The Israelis described the meeting as ...': a verb, or an owner, ends the noun)
        run.append(word)
        pos = p.end + w.end()
    if not run:
        return False, p
    if g.press_nouns is not None and g.press_nouns.search(" " + " ".join(run)) \
            and not any(w in ctx.qf.state_press_words for w in run):
        return True, None  # 'Russian news agencies reported': the press, no speaker
    nxt = after_blanks(body, pos)
    m = g.match_at(body, nxt) if 0 <= nxt < seg_end and body[nxt:nxt + 1].isupper() else None
    named = g.parse(body, m.start(), m.end(), None, False) if m is not None and m.end() <= seg_end else None
    if named is not None and named.type in ("person", "organization") and named.name:
        return True, named
    if all(w.endswith("ly") for w in run):
        return False, p  # ('Moscow reportedly said'; 'Greek daily Kathimerini' has its name)
    rest = body[pos:seg_end].split()
    if rest and not (rest[0] in g.stopwords or all(w in g.clause_markers or w.endswith("ly") for w in rest)):
        return False, p  # ('The US created fewer jobs in ...': the words run on into a clause)
    if apposed is not None:
        prev = _name_segment(ctx, apposed, titled=True)
        if prev is not None and prev.type == "person" and prev.name and len(prev.name.split()) >= 2:
            prev.role = prev.role or body[p.start:seg_end].strip()
            return True, prev
    if any(w in g.title_words for w in run):
        holder = _holder_named_last(ctx, " ".join(run), p.start)
        if holder is not None:
            return True, holder
    if any(w in ctx.qf.firm_nouns for w in run):
        firm = _firm_named_last(ctx, p.start)
        if firm is not None:
            return True, firm
    name = body[p.start:pos]
    return True, Parsed(name, p.start, pos, None, name, "organization", p.country)


def _person_body_state(ctx: _Context, known: Entity | None, name: str, head: str) -> str | None:
    """The state a body named after a person speaks for (person_bodies): the person's for an
    administration or an office ('Erdogan's office'), none for a campaign or a team."""
    if head.casefold() not in ctx.qf.person_state_bodies:
        return None
    return (known.country if known is not None else None) or ctx.ents.official(name)


def _pronoun_body(ctx: _Context, text: str, at: int) -> Entity | None:
    """'His office said ...', 'At 2:45 a.m., his office said, he died ...': the office (campaign,
    administration) of the person the article has lately spoken of most speaks, as 'Smith's office'."""
    pb = ctx.qf.pronoun_body.fullmatch(text.strip()) if ctx.qf.pronoun_body is not None else None
    if pb is None:
        return None
    owner = _salient_person(ctx, at, None)  # (the one spoken of most lately, not any name last)
    if owner is None:
        return None
    head = pb.group("head").casefold()
    name = f"{owner.name}'s {head}"
    state = _person_body_state(ctx, owner, owner.name, head)
    return ctx.ents.resolve(Parsed(name, at, at + len(text.strip()), None, name, "organization", state), at)


# ('analysts Acme', 'telecoms giant BT': up to three lower-case words saying what a source is, before its name)
DESCRIPTOR_BEFORE_NAME = re.compile(r"(?:[a-z][\w-]*[ \t]+){1,3}(?=[A-Z])")

# "BT's futurologist", "T-Mobile's chief executive", "Rovers' manager": a capitalised owner, its possessive, then lower-case
# words only (the apposition of a name; "the firm's chief executive" is read as a definite role)
_OWNED_ROLE = re.compile(r"[ \t]*[A-Z][\w&.-]*(?:[ \t]+[A-Z0-9][\w&.-]*){0,4}(?:['’]s|s['’])(?:[ \t]+[a-z][\w-]*){1,5}[ \t]*")


def _member_speaks(ctx: _Context, start: int, end: int) -> bool:
    """Whether body[start:end], a verb's subject, is a body's unnamed member ('A spokesman for the UK Film
    Council', 'a Foreign Office official'): the body speaks through a person."""
    qf, text = ctx.qf, ctx.body[start:end]
    return any(r is not None and r.search(text) for r in (qf.member_of_body, qf.member_after_body))


def _name_before_owned_role(ctx: _Context, segments) -> Entity | None:
    """'Ian Pearson, BT's futurologist, told ...': a person's name, then in apposition a role owned by
    a body; the person speaks, not the body. The role is kept as the person's when they have none."""
    if len(segments) < 2 or ctx.qf.pack.get("home_country"):
        return None
    body = ctx.body
    last = segments[-1]
    if not _OWNED_ROLE.fullmatch(body, last[0], last[1]):
        return None
    p = _name_segment(ctx, segments[-2])
    if p is None:
        return None
    role = body[last[0]:last[1]].strip()
    if ctx.ents.g.role_country(role) is not None:
        return None  # ("Tom Hale, Britain's foreign secretary,": read with the state's office)
    e = ctx.ents.resolve(p, p.start)
    if e is not None and e.role is None and e.type == "person":
        e.role = role
    return e


def _described_across_commas(ctx: _Context, start: int, verb_start: int, segments) -> Entity | None:
    """'Artis kelahiran Jakarta, 20 Agustus 1993 ini mengatakan', 'Pengawal mistar tersibuk (37
    penyelamatan) di Liga 1 2017 itu berharap': a description of a person (no office) closed by
    'ini'/'itu', the whole subject with commas, brackets or quote marks inside, is the person the article
    spoke of (the description with none is read segment by segment, in _subject_of)."""
    qf, text = ctx.qf, ctx.body[start:verb_start]
    if qf.described_anaphor_wide is None or ctx.last_person is None \
            or (len(segments) < 2 and not any(c in text for c in '"“”(')):
        return None
    da = qf.described_anaphor_wide.match(text)
    desc = da.group("desc") if da is not None else ""
    if not desc or any(w.casefold().rstrip(".,") in ctx.ents.g.title_words for w in desc.split()[:4]) \
            or not _person_head(qf, desc) or _dated(qf, desc):
        return None
    return ctx.last_person


def _deputy_of_known(ctx: _Context, described: str, name: str) -> str | None:
    """The deputy role ending a lower-case description ('kuasa hukum' of 'kuasa hukum Brown') when the
    name after it is a person the article named before who holds no such role: whose lawyer it is."""
    folded = described.casefold()
    role = next((d for d in ctx.ents.g.deputy_roles if folded == d or folded.endswith(" " + d)), None)
    known = ctx.ents.find_person(name) if role is not None and name else None
    if known is None or role in (known.role or "").casefold():
        return None
    return described[len(described) - len(role):]


def _dated(qf: "QuoteFinder", desc: str) -> bool:
    """A description closed by a noun of time, its anaphor a date: 'Antonio Guterres hari ini'; not
    an age or a span ('pebalap 38 tahun tersebut', 'aktor berusia 29 tahun itu')."""
    words = desc.split()
    return bool(words) and words[-1].casefold() in qf.time_nouns \
        and not (len(words) > 1 and (words[-2][:1].isdigit() or words[-2].casefold() in qf.number_words))


def _known_surname(ctx: _Context, segment: tuple[int, int]) -> Parsed | None:
    """'Mr Baker' (the whole segment, a courtesy title maybe before it) for Norman Baker, named in full
    before."""
    start, end = segment
    body, g = ctx.body, ctx.ents.g
    while start < end and body[start].isspace():
        start += 1
    m = g.match_at(body, start)
    if m is None or body[m.end():end].strip():
        return None
    p = g.parse(body, m.start(), m.end(), None, False)
    if p is None or p.type != "person" or not p.name:
        return None
    known = ctx.ents.find_person(p.name)
    if known is None or known.type != "person" or len(known.name.split()) < 2:
        # (a surname after a courtesy title is a name though the article gives no other)
        return p if p.role and p.role.casefold().rstrip(".") in g.person_titles else None
    p.name = known.name
    return p


def _known_person_ending(ctx: _Context, segment: tuple[int, int]) -> Parsed | None:
    """'Mayor de Blasio' (the segment's last words) for Bill de Blasio, named in full before."""
    p = _phrase_ending_at(ctx, *segment)
    if p is None or p.type != "person" or not p.name:
        return None
    known = ctx.ents.find_person(p.name)
    if known is None or len(known.name.split()) < 2:
        return None
    p.name = known.name
    return p


def _nationality_opens_description(ctx: _Context, m: re.Match, seg_end: int) -> bool:
    """The name phrase matched at `m` opens with a nationality or a region's adjective ('European',
    'Belgian', 'Austrian Green') and a lower-case word follows it inside the segment: the phrase is
    the first words of a description ('European policy director', 'Austrian Green member'), no name."""
    g = ctx.ents.g
    words = m.group().split()
    if not words:
        return False
    lead = next((w for w in (" ".join(words[:2]), words[0])
                 if w in g.nationality_words or w in g.regional_adjectives or g.finder.code_of(w)), None)
    if lead is None or (lead == words[0] and g.finder.code_of(lead) and not (
            lead in g.nationality_words or lead in g.regional_adjectives) and len(words) > 1):
        return False  # ('Japan Airlines', 'Germany's ...': a state's name opening a body's name)
    following = ctx.body[m.end():seg_end].split()
    return bool(following) and following[0][:1].islower() and following[0].casefold() not in ctx.qf.stopwords


def nationality_description_at(ctx: _Context, pos: int, end: int) -> bool:
    """body[pos:end], past a determiner, is a description that a nationality opens ('a Dutch Liberal
    member of parliament', 'the Belgian broadcasting regulator'), no name."""
    det = ctx.qf.determiner_any.match(ctx.body, pos, end) if ctx.qf.determiner_any is not None else None
    m = ctx.ents.g.match_at(ctx.body, det.end() if det is not None else pos)
    return m is not None and m.end() <= end and _nationality_opens_description(ctx, m, end)


def _named_before_description(ctx: _Context, start: int, segments, index: int, quotes_spans) -> Entity | None:
    """Who the segment before a description in apposition names: a person (who takes the
    description as their role, and its state when it names a state's office) or a body (which takes
    the state of its description: 'the Belgian broadcasting regulator')."""
    g = ctx.ents.g
    desc = ctx.body[segments[index][0]:segments[index][1]].strip()
    prev = _name_segment(ctx, segments[index - 1], titled=True, single=index == 1) \
        or _known_person_ending(ctx, segments[index - 1])
    if prev is not None:
        prev.role = prev.role or _without_determiner(ctx, desc)
        prev.country = prev.country or g.role_country(desc)
        return ctx.ents.resolve(prev, prev.start)
    before, _ = _subject_of(ctx, start, segments[index - 1][1], quotes_spans)
    if before is not None and before.type == "organization":
        before.country = before.country or g.role_country(desc)
        return before
    return None


def _without_determiner(ctx: _Context, text: str) -> str:
    """'a member of the Democratic Party' -> 'member of the Democratic Party'."""
    det = ctx.qf.determiner_any.match(text) if ctx.qf.determiner_any is not None else None
    return text[det.end():] if det else text


def _person_segment(ctx: _Context, segments, index: int, least: int = 2) -> bool:
    """The segment at `index` is a person's full name (with any title; of `least` words at least),
    an age in brackets after it aside ('Rina Kartika (16)')."""
    if index < 0:
        return False
    a, b = segments[index]
    age = _AGE_AFTER_NAME.search(ctx.body, a, b)
    named = _name_segment(ctx, (a, age.start()) if age is not None else (a, b), titled=True, single=index == 0)
    return named is not None and named.type == "person" and len((named.name or "").split()) >= least


_AGE_AFTER_NAME = re.compile(r"[ \t]*\(\d{1,3}\)[ \t]*\Z")


def _opens_with_preposition(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'In Ontario': a segment opening with a preposition is an adverbial, never a subject."""
    first = ctx.body[segment[0]:segment[1]].split()[:1]
    return bool(first) and first[0].casefold() in ctx.qf.object_prepositions


def _opens_adverbially(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'After federal agents raided ...', 'When asked': a sentence's opening clause (a subordinator
    first), never its subject."""
    words = ctx.body[segment[0]:segment[1]].split()
    return bool(words) and (words[0].casefold() in ctx.qf.participle_clause_openers
                            or (len(words) == 1 and words[0] in ctx.ents.g.opener_set)  # ('However, the company ...')
                            # ('In June, the software giant said ...', 'For its part, the company said')
                            or (len(words) <= 8 and words[0] in ctx.qf.adverbial_phrase_openers))


def _described_referent(ctx: _Context, desc: str, start: int) -> Entity | None:
    """Whom a description closed by an anaphor ('... itu', '... ini') that opens a sentence points
    back at: the last body for an institution's head noun, the holder of the office it opens with,
    else the last speaker or person named (of the office's state); the last person for a description
    of a person with no office ('Pelantun 'Bolo-Bolo' ini'). None when it points at no one known."""
    g = ctx.ents.g
    if _dated(ctx.qf, desc):
        return None  # ('Antonio Guterres hari ini mengeluarkan ...': today, not 'this Guterres')
    titled = g.has_title_word(" ".join(desc.split()[:4]))
    if not titled:
        # 'Pelantun 'Bolo-Bolo' ini mengatakan': a description of a person, no office
        return ctx.last_person if _person_head(ctx.qf, desc) else None
    if g.inst_head_re is not None and g.inst_head_re.match(desc):
        # 'Komisi Pemberantasan Korupsi (KPK) meminta ... Lembaga antirasuah itu meminta ...':
        # an institution's head noun and a description point back at the last body named
        if ctx.last_body is not None:
            return ctx.last_body
    code = g.role_country(desc)
    holder = _office_holder(ctx, desc, start)
    if holder is not None:
        # 'Presiden berusia 39 tahun itu menyebut ...': the one who holds the office it
        # opens with, not a last speaker who holds none
        return holder
    # the last speaker, else the last person named
    known = ctx.last_person if ctx.last_person is not None and (
        code is None or ctx.last_person.country in (None, code)) else next(
        (e for at, e in reversed(ctx.ents.mentions) if at < start
         and e.type == "person" and e.name), None)
    if known is not None and (code is None or known.country in (None, code)):
        return known
    return None


def _office_holder(ctx: _Context, desc: str, start: int) -> Entity | None:
    """'Presiden berusia 39 tahun itu': a description opening with an office word points back at the
    last person named with that office in his role ('Presiden Prancis Emmanuel Macron'), when the
    last speaker holds no such office."""
    words = desc.split()
    if not words:
        return None
    head = words[0].casefold().rstrip(".")
    g = ctx.ents.g
    if head not in g.title_words or head in ctx.qf.person_qualifiers \
            or any(w[:1].isupper() and w.casefold().rstrip(".") not in g.title_words for w in words[1:]):
        return None  # ('Ketua Umum Partai Hanura itu': an office of its own named body)

    def holds(e: Entity) -> bool:
        # ('Komandan itu mengatakan' after '," ujar seorang komandan aliansi militer': an unnamed
        # speaker described by that office holds it too)
        role = e.role or (e.name if _unnamed(ctx.qf, e) else "")
        return bool(role) and head in {w.casefold().rstrip(".") for w in role.split()}

    last = ctx.last_person
    if last is None or holds(last):
        return None
    return next((e for at, e in reversed(ctx.ents.mentions) if at < start and e.type == "person"
                 and len((e.name or "").split()) >= 2 and holds(e)), None)


_DESCRIPTION_AFTER_CUE = re.compile(r"[ \t]*(?P<desc>[a-z][^A-Z,.;:!?\"“”\n]{0,120}?)[ \t]*(?=[,.!?]|$)")
_NAME_AFTER_DESCRIPTION = re.compile(rf",[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,3}})")
# a body's name in a description: capitalised words, a parenthesised short form, joining words
_BODY_WORDS = rf"[{UPPER}][\w.&'’-]*(?:[ \t]+(?:[{UPPER}(][\w.&'’()-]*|of|and|dan|&))*"


def _name_after_description(ctx: _Context, pos: int, end: int) -> re.Match | None:
    """', Vijay, seperti dilansir ...', ', Yudhi Kukuh dalam pesan teks ...': the name in apposition
    after a description, closing the sentence or a clause, or followed by where, when or how it was
    said (a trailer word: speaker_trailers)."""
    named = _NAME_AFTER_DESCRIPTION.match(ctx.body, pos, end)
    if named is None:
        return None
    rest = ctx.body[named.end():end]
    if re.match(r"[ \t]*(?:[,.!?]|$)", rest):
        return named
    nxt = re.match(r"[ \t]+([a-z]+)\b", rest)
    return named if nxt is not None and nxt.group(1) in ctx.qf.trailer_words else None


@lru_cache(maxsize=4)
def _body_description_re(preps: tuple[str, ...]) -> re.Pattern:
    """Lower-case words describing a person, a preposition, a body's name, up to a comma."""
    return re.compile(rf"[ \t]*(?P<desc>[a-z][^{UPPER},.;:!?\"“”\n]{{0,80}}?[ \t](?:{'|'.join(map(re.escape, preps))})"
                      rf"[ \t]+{_BODY_WORDS})(?=,)")


def _named_after_body_description(ctx: _Context, start: int, end: int) -> Entity | None:
    """'," jelas pengamat keamanan dari Vaksin.com, Alfons Tanujaya.': a kind of person described
    in lower case up to a body's name after a preposition (description_body_prepositions), then the
    person's name in apposition: that person speaks, not the one spoken of before."""
    if not ctx.qf.description_body_prepositions:
        return None
    m = _body_description_re(ctx.qf.description_body_prepositions).match(ctx.body, start, end)
    if m is None or len(m.group("desc").split()) > 14 or not _person_head(ctx.qf, m.group("desc")):
        return None
    named = _name_after_description(ctx, m.end(), end)
    e = _phrase_after(ctx, named.start("name")) if named is not None else None
    return e if e is not None and e.type == "person" else None


def _described_after_cue(ctx: _Context, start: int, end: int) -> Entity | None:
    """'," kata dokter gigi berusia 51 yang mempersiapkan ... di rumahnya.': someone unnamed,
    described in lower case after the cue by a kind of person (person_nouns), is the speaker under
    that description; a name in apposition after it is the speaker itself ('kata ayah dari salah
    seorang pasien, Vijay, seperti dilansir ...')."""
    m = _DESCRIPTION_AFTER_CUE.match(ctx.body, start, end)
    if m is None or len(m.group("desc").split()) > 14 or not _person_head(ctx.qf, m.group("desc")):
        return _named_after_body_description(ctx, start, end) or _unnamed_after_cue(ctx, start, end)
    named = _name_after_description(ctx, m.end(), end)
    if named is not None:
        e = _phrase_after(ctx, named.start("name"))
        return e if e is not None and e.type == "person" else None
    if ctx.body[m.end():m.end() + 1] == ",":
        return None  # (a description, then more: which words describe whom is unclear)
    e = Entity(name=m.group("desc"), type="person", first=m.start("desc"))
    e.country = _unnamed_force_state(ctx, e.name, e.first)
    ctx.ents.entities.append(e)
    return e


def _unnamed_after_cue(ctx: _Context, start: int, end: int) -> Entity | None:
    """'," kata saksi mata.', '," kata rekan korban.', '," tulis pelelang dalam keterangannya di laman
    eBay.': a short lower-case noun phrase after the cue, closing the sentence or followed by where or
    when it was said, is an unnamed speaker (not a pronoun, a function word or a verb: '," kata dia',
    '," ujar dia lagi')."""
    qf = ctx.qf
    m = qf.unnamed_after_cue.match(ctx.body, start, end) if qf.unnamed_after_cue is not None else None
    if m is None:
        return None
    named = _NAMED_AFTER.match(ctx.body, m.end(), end)
    if named is not None:
        # ('kata peneliti pada Lembaga ..., Rina Kartika', 'kata pengacaranya, Eric Corngold dan ...':
        # the name closing the description is the speaker)
        e = _phrase_after(ctx, named.end() - len(named.group().split(",")[-1].lstrip(" \t")))
        return e if e is not None and e.type == "person" else None
    words = m.group("desc").split()
    first = words[0].casefold()
    if first in qf.pronoun_set or first in qf.stopword_words or first in qf.trailer_words \
            or first in qf.auxiliaries or first in qf.indefinite_set \
            or any(qf.clause_verb.fullmatch(w) and w not in qf.predicate_non_verbs for w in words):
        return None
    return _unnamed_entity(ctx, m.group("desc"), "person", m.start("desc"))


def _unnamed_antecedent(ctx: _Context, desc: str, pos: int, last_person: Entity | None) -> Entity | None:
    """'sumber tersebut' after 'dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya':
    the unnamed source the article introduced with that head noun, unless the person last spoken of
    is described by it (his role or his own unnamed description holds the noun)."""
    qf = ctx.qf
    words = [w for w in desc.split() if w.casefold() not in qf.indefinite_set]
    if not words or qf.unnamed_intro is None or not re.fullmatch(r"[a-z][a-z-]+", words[0]):
        return None
    head = words[0]
    if last_person is not None and head in (last_person.role or "").casefold().split() + \
            (last_person.name or "").casefold().split():
        return None
    found = None
    for m in re.compile(rf"{qf.unnamed_intro}(?P<who>{re.escape(head)}(?:[ \t]+[a-z][\w-]*){{0,8}})") \
            .finditer(ctx.body, 0, max(0, pos)):
        if not re.match(rf"[ \t]*[{UPPER}]", ctx.body[m.end():m.end() + 3]):
            found = m  # (not 'oleh artis Tina Toon': a person named after the description)
    if found is None:
        return None
    if last_person is not None and any(e is last_person and found.start() < at < pos for at, e in ctx.ents.mentions):
        return None  # (the person last spoken of was named after it: the description is his)
    who = found.group("who")
    # (the description ends at a stop word, unless a relative clause describes the source)
    cut = qf.unnamed_cut.search(who) if qf.unnamed_cut is not None else None
    if cut is not None:
        who = who[:cut.start()]
    return _unnamed_entity(ctx, who, "person", found.start("who"))


def _unnamed_entity(ctx: _Context, who: str, kind: str, first: int) -> Entity:
    """The article's entity for an unnamed speaker ('sumber militer tersebut', 'polisi'): the one
    already made under that description, else a new one, of the state an unnamed member of its
    forces speaks for."""
    for e in ctx.ents.entities:
        if e.type == kind and e.name == who:
            return e
    e = Entity(name=who, type=kind, first=first)
    e.country = _unnamed_force_state(ctx, who, first)
    ctx.ents.entities.append(e)
    return e


def _unnamed_force_state(ctx: _Context, who: str, offset: int | None = None) -> str | None:
    """'Seorang jenderal militer', 'sumber militer yang tidak ingin disebutkan namanya': an unnamed
    member of a state's armed forces or police (unnamed_state_forces) in a story mostly about one
    state speaks for that state (a state the description names wins: 'seorang jenderal Irak')."""
    if ctx.qf.unnamed_force is None or not ctx.qf.unnamed_force.search(who):
        return None
    g = ctx.ents.g
    if g.is_non_state(who) or g.is_former(who) or g.international_in(who):
        return None
    named = {m.code for m in g.finder.find(who)}
    if named:
        return named.pop() if len(named) == 1 else None
    # ('Polisi yang menangani kasus itu' in an Indonesian story set in Italy: the scene's police)
    return ctx.ents.main_country if offset is None else ctx.ents.story_state(offset)


def _names_person(ctx: _Context, start: int, end: int) -> bool:
    """'Kan Rittiplang, manajer lapangan kelompok itu, mengatakan': the segment before a description
    is a person's name, which the description is in apposition to (the group is what 'itu' points
    back at, not the person spoken of before)."""
    k = after_blanks(ctx.body, start) if ctx.body[start:start + 1] in " \t" else start
    m = ctx.ents.g.match_at(ctx.body, k) if k >= 0 else None
    if m is None or ctx.body[m.end():end].strip():
        return False
    p = ctx.ents.g.parse(ctx.body, m.start(), m.end(), None, False)
    return p is not None and p.type == "person" and p.role is None and len(p.name.split()) >= 2


def _unnamed(qf: "QuoteFinder", e: Entity) -> bool:
    """'seorang komandan aliansi militer': a speaker known only by an indefinite description."""
    first = (e.name or "").split()[:1]
    return e.type == "person" and bool(first) and first[0].casefold() in qf.indefinite_set


def _person_head(qf: "QuoteFinder", desc: str) -> bool:
    """'Pelantun 'Bolo-Bolo'', 'Sang pengusaha konstruksi', 'Eks - striker AC Milan': a description
    whose head noun (after qualifiers such as 'sang', 'mantan') names a kind of person."""
    words = [w for w in re.findall(r"[\w-]+", desc) if w != "-"]
    while words and words[0].casefold() in qf.person_qualifiers:
        words = words[1:]
    return bool(words) and words[0].casefold() in qf.person_nouns


def _describes_person(qf: "QuoteFinder", desc: str) -> bool:
    """'pria asal Medan', 'mantan juara', 'mantan Kepala Staf Angkatan Laut (KSAL)': a kind of person
    (after qualifiers) or a former office; not a present one ('juru bicara'), a source or a thing."""
    words = desc.split()
    return _person_head(qf, desc) or (len(words) >= 2 and words[0].casefold() in qf.former_words)


def _described_person_anaphor(qf: "QuoteFinder", phrase: str) -> bool:
    """'mantan juara itu', 'pria asal Medan tersebut': a person described, closed by an anaphor,
    someone the article spoke of."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].casefold() in qf.anaphor_words and _describes_person(qf, " ".join(words[:-1]))


def _opens_with_finite(qf, text: str) -> bool:
    """Whether a text opens with a lower-case finite verb ('held a press conference', 'released ...')."""
    first = re.match(r"[ \t]+([a-z]+)\b", text)
    return first is not None and (first.group(1).endswith("ed") or first.group(1) in qf.finite_words)


def _only_verb_group_words(ctx: _Context, text: str) -> bool:
    """Whether only auxiliaries and adverbs of a verb group stand between a subject and its verb
    ('has', 'also', 'later')."""
    return all(w.casefold() in ctx.qf.group_adverbs for w in text.split())


def _new_group(ctx: _Context, name: str, at: int) -> Entity:
    """A group speaker of no state the article has not named before."""
    e = Entity(name=name, type="organization", role=None, first=at)
    ctx.ents.entities.append(e)
    return e


def _group(ctx: _Context, name: str, at: int) -> Entity:
    """'Senators', 'protesters': a group as the speaker, of the story's state when its members
    hold a state's office (domestic_role_words: 'senator'). A group word that is the role of the
    person named last is that person ('JPU Andi Wibowo ... "...," lanjut jaksa')."""
    # (research is no one's role: 'said study co-author Karen Alley ... says the study' is the study's)
    holder = _holder_named_last(ctx, name, at) if name.casefold() not in ctx.qf.research_heads else None
    if holder is not None:
        return holder
    e = ctx.ents.find_org(name)
    if e is None:
        e = Entity(name=name, type="organization", role=None, first=at)
        singular = name[:-1] if name.endswith("s") else name
        dom = ctx.ents.g.domestic_role_re
        e.country = ctx.ents.story_state(at) if dom is not None and dom.fullmatch(singular) else None
        ctx.ents.entities.append(e)
    return e


def _lone_given_name(ctx: _Context, text: str, name: str) -> bool:
    """'Sugiarto menyebut anaknya masih kesulitan bergerak.': a name of one word that is the whole
    subject opening the sentence, no common word nor one the article writes in lower case, names a
    person the article introduced by that name alone (where the pack asks for it:
    lone_name_subjects)."""
    if not ctx.qf.lone_name_subjects or text.strip() != name or not re.fullmatch(r"[A-Z][a-z]{2,}", name):
        return False
    low = name.casefold()
    g = ctx.ents.g
    return low not in g.common and low not in ctx.ents.lowercase_words and low not in ctx.qf.stopword_words \
        and low not in ctx.qf.pronoun_set and not g.finder.code_of(name) \
        and low not in g.home_institutions and low not in g.home_local_institutions \
        and ctx.ents.find_org(name) is None \
        and re.search(rf"(?<![\w-]){re.escape(name)}[ \t]+[A-Z]", ctx.body) is None  # (not a full name's first word)


def _authority(ctx: _Context, name: str, at: int) -> Entity:
    """'pihak berwenang', 'pemerintah' unnamed: the authorities of the state the story is about."""
    name = re.sub(r"^(?:the|The)[ \t]+", "", name)  # ('the government' and 'government' are one)
    e = ctx.ents.find_org(name)
    if e is None and ctx.ents.main_country is None and " " not in name:
        # 'Thames Valley Police said ... Police said on Monday' in a story naming two states
        # about as often: the bare noun is the body named last with it as its head (the first
        # word where heads come first: 'Kepolisian Jepang menahan ...', then 'Polisi mengatakan')
        e = ctx.ents.body_named_before(name, at)
    if e is None:
        e = Entity(name=name, type="organization", role=None, first=at)
        e.country = ctx.ents.story_state(at)
        ctx.ents.entities.append(e)
    return e


def _officer_named_last(ctx: _Context, before: int) -> Entity | None:
    """The person the article named last before `before` with an office and a full name (whom
    'he said' means when no one has spoken yet)."""
    g = ctx.ents.g
    return next((x for at, x in reversed(ctx.ents.mentions) if at < before
                 and x.type == "person" and x.role and x.name and len(x.name.split()) >= 2
                 and all((g._namelike(w) or (len(w) <= 2 and w.isupper())) and "'" not in w and "’" not in w
                         for w in x.name.split())), None)


def _firm_named_last(ctx: _Context, before: int) -> Entity | None:
    """The firm the article named last before `before`: a name typed as an organisation within
    1,500 characters (an acronym written once is as likely a disease or an index: 'SARS', 'FTSE')
    or a firm introduced by what it is ('Cairn Energy, a UK oil firm', within 3,000), whichever
    came last; else the one-word name written most often, else the firm introduced by what it is
    that the article named last, else a one-word name typed as a person with no office that is
    never a surname ('Oracle has announced ...')."""
    body = ctx.body
    named = next(((at, e) for at, e in reversed(ctx.ents.mentions) if before - 1500 <= at < before
                  and e.type == "organization" and e.country is None and e.name
                  and not is_press(e) and e.name.casefold() not in ctx.qf.group_names
                  and e.name.casefold() not in ctx.qf.not_firms
                  and (not e.name.isupper() or body.count(e.name) >= 2)), None)
    if named is not None:
        # (after the name written last, however typed: 'Renault said ...' after 'carmaker Nissan')
        last = next((at for at, e in reversed(ctx.ents.mentions) if at < before and e.name == named[1].name), named[0])
        return _described_firm(ctx, before, last) or named[1]
    return _lone_name_firm(ctx, before) or _described_firm(ctx, before, None) or _lone_person_firm(ctx, before)


def _firm_word(ctx: _Context, w: str, strict: bool = True, alone: bool = True) -> bool:
    """Whether the first word of a name may open a firm's name (not 'However', 'In', a title, a
    month; nor, when `strict`, a word of the language: 'Energy' after 'Cairn' is one; nor a state
    when `alone`: 'China Aviation Oil' is a firm)."""
    g = ctx.ents.g
    return not (w in g.opener_set or (strict and w.casefold() in g.common) or w.casefold() in g.non_name
                or w.casefold() in ctx.ents.lowercase_words or w.casefold() in g.title_words
                or (alone and g.finder.code_of(w)) or is_news_outlet(w) or w.casefold() in ctx.qf.not_firms)


def _described_firms(ctx: _Context) -> list[tuple[int, str]]:
    """Every firm the article introduces by what it is, with where: 'jet fuel supplier China
    Aviation Oil', 'Cairn Energy, a UK oil firm,', 'Shares in Krispy Kreme Doughnuts' (not a
    person with an office, nor a name whose first word the article writes once: 'Oil giant Shell
    last year dismantled ...' is an aside)."""
    found = []
    pattern = ctx.qf.described_firm
    if pattern is not None:
        for m in pattern.finditer(ctx.body):
            key = "a" if m.group("a") else "b" if m.group("b") else "c"
            name = re.sub(r"['’]s?\Z", "", m.group(key)).rstrip(".")
            person = ctx.ents.find_person(name) if name else None
            first = name.split()[0] if name else ""
            if name and _firm_word(ctx, first, key == "b" and " " not in name, " " not in name) \
                    and (person is None or not person.role) and ctx.body.count(first) >= 2:
                found.append((m.start(key), name))
    return found


def _described_firm(ctx: _Context, before: int, named: int | None) -> Entity | None:
    """The firm introduced by what it is ('Shares in Cairn Energy') within 3,000 characters before
    `before`, if introduced after the organisation named last (at `named`); with none named, the
    one of them the article named last, by its description or by its name."""
    firms = ctx.described_firms
    if firms is None:
        firms = ctx.described_firms = _described_firms(ctx)
    if not firms:
        return None
    text = next(((at, n) for at, n in reversed(firms) if max(before - 3000, named or 0) <= at < before), None)
    if named is not None:
        return _firm_entity(ctx, *text) if text is not None else None
    names = {n for _, n in firms}
    mention = next(((at, e) for at, e in reversed(ctx.ents.mentions) if before - 3000 <= at < before
                    and e.name in names and e.country is None), None)
    if mention is not None and (text is None or mention[0] > text[0]):
        return mention[1]
    return _firm_entity(ctx, *text) if text is not None else None


def _firm_entity(ctx: _Context, at: int, name: str) -> Entity | None:
    """The entity of a firm named `name` at `at`, with no state; none when only another firm's
    name begins with it ('China Aviation Oil' is not 'China Aviation Oil Holding Company')."""
    e = next((x for x in ctx.ents.entities if x.name == name), None)
    if e is None:
        if ctx.ents.find_org(name) is not None:
            return None  # (another firm's name begins with it: its parent or a unit, unsafe)
        e = Entity(name=name, type="organization", role=None, first=at)
        ctx.ents.entities.append(e)  # (not a mention: 'the firm' later may be one named since)
    return e if e.country is None else None


def _lone_person_firm(ctx: _Context, before: int) -> Entity | None:
    """'Oracle has announced ... The company said ...': a one-word name typed as a person with no
    office, named within 1,500 characters, that is never written as a surname nor at a place."""
    lone = _lone_names_cached(ctx)
    return next((e for at, e in reversed(ctx.ents.mentions) if before - 1500 <= at < before
                 and e.type == "person" and e.name and " " not in e.name and not e.role
                 and e.country is None and lone.get(e.name, 0) >= 2 and _firm_word(ctx, e.name)), None)


def _lone_names_cached(ctx: _Context) -> dict[str, int]:
    if ctx.lone_names is None:
        ctx.lone_names = _lone_names(ctx)
    return ctx.lone_names


_LONE_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[A-Z][a-z]+)*)(?=(?:['’]s)?(?![\w'’-]))")


def _lone_name_firm(ctx: _Context, before: int) -> Entity | None:
    """'Kraft plans to cut back on advertising ... But the firm said ...': the firm the article
    names most often (three times at least) by one word only, never as the surname of a fuller
    name (as 'Tony Blair' makes 'Blair' a person's), nor as a place ('in Frankfurt'), nor a word of
    the language, a title, a month, a state or a person, and at least once inside a sentence."""
    body, g = ctx.body, ctx.ents.g
    names = ctx.lone_names
    if names is None:
        names = ctx.lone_names = _lone_names(ctx)
    best, best_count = None, 2
    for m in reversed(list(_LONE_NAME.finditer(body, max(0, before - 1500), before))):
        w = m.group(1)
        count = names.get(w, 0)
        if count <= best_count or w in g.opener_set or w.casefold() in g.common or w.casefold() in g.non_name \
                or w.casefold() in ctx.ents.lowercase_words or w.casefold() in g.title_words or g.finder.code_of(w) \
                or ctx.ents.find_person(w) is not None or is_news_outlet(w) or w.casefold() in ctx.qf.not_firms:
            continue
        best, best_count = m, count
    if best is None:
        return None
    w = best.group(1)
    return ctx.ents.resolve(Parsed(w, best.start(), best.end(), None, w, "organization", None), best.start())


_AFTER_CAPITAL = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")  # ('Tony Blair': a surname)
_AFTER_LOWER = re.compile(r"[a-z,][ \t]+\Z")  # (inside a sentence)


def _lone_names(ctx: _Context) -> dict[str, int]:
    """Every one-word capitalised name of the article that may be a firm's, with how often it
    occurs; a word ever written after a capitalised word, a place preposition or 'the', or only
    ever opening a sentence, is left out (0). One pass over the article, kept for the next ask."""
    body, place = ctx.body, ctx.qf.after_place
    counts: dict[str, int] = {}
    barred: set[str] = set()
    inside: set[str] = set()
    for m in _LONE_NAME.finditer(body):
        w = m.group(1)
        counts[w] = counts.get(w, 0) + 1
        prev = body[max(0, m.start() - 40):m.start()]
        if _AFTER_CAPITAL.search(prev) or (place is not None and place.search(prev)):
            barred.add(w)  # ('in Frankfurt', 'the Lords')
        elif _AFTER_LOWER.search(prev):
            inside.add(w)
    return {w: (0 if w in barred or w not in inside else n) for w, n in counts.items()}


def _opening_body(ctx: _Context, at: int, stateless: bool = False, depth: int = 1) -> Entity | None:
    """The body the sentence before the one at `at` opens with, as its subject: 'Standard Life is
    the latest shareholder ... It said ...', 'German investment bank Deutsche Bank has challenged ...
    In a court filing, it said ...' (a centre of attention an 'it' or 'the firm' goes on with). None
    when that sentence opens otherwise (a person, a document, a possessive: 'Barclays' chief said'),
    with the press, or, when `stateless` (a firm, a party), with a state's body. One look at the
    mentions of one sentence (bisect), no scan of the article."""
    i = ctx.sentence_index(at)
    if i == 0 or not ctx.sentences:
        return None
    prev = ctx.sentences[i - 1]
    if depth > 0 and _opens_with_body_anaphor(ctx, prev):
        # ('Metrovias, the private firm which runs ..., has offered ... The firm promised ... It
        # said ...': the sentence before goes on with the one before it)
        return _opening_body(ctx, prev.start, stateless, depth - 1)
    mentions = ctx.ents.mentions
    k = bisect.bisect_left(mentions, prev.start, key=lambda x: x[0])
    off, e = mentions[k] if k < len(mentions) and mentions[k][0] < prev.end else (prev.end, None)
    if e is None or not _leads_to_subject(ctx, ctx.body[prev.start:off]) or not (
            e.name and e.name.split()[0] in ctx.body[off:off + len(e.name) + 15]):
        # (no one the extractor spoke of opens it, or one the words there only resemble: 'The Save
        # the Scottish Regiments campaigners' is no 'Council of Scottish Colonels'; the name it
        # opens with, read here)
        off, e = _opening_name(ctx, prev.start, min(off, prev.end))
    if e is None or not e.name or not _goes_on_as_subject(ctx, off, e.name, prev.end) \
            or not _may_be_body(ctx, e, stateless):
        return None
    return e


def _opens_with_body_anaphor(ctx: _Context, sentence: Sentence) -> bool:
    """Whether a sentence opens with 'It' or 'The firm' (a body pronoun, or a firm's or body's noun)
    and its verb."""
    opening = ctx.qf.body_anaphor_opening
    m = opening.match(ctx.body, sentence.start, sentence.end) if opening is not None else None
    if m is None:
        return False
    head = m.group("head").casefold()
    if not (head in ctx.qf.firm_nouns or head in ctx.qf.opening_body_nouns if m.group("det")
            else head in ctx.qf.body_pronouns):
        return False
    return _verb_like(ctx, m.group("verb"))


def _verb_like(ctx: _Context, w: str) -> bool:
    """Whether a lower-case word after a subject reads as its verb, an auxiliary or an adverb of it
    ('has', 'also', 'cautioned', 'says'), not a noun going on with a name ('New EU trade commissioner')."""
    return w in ctx.qf.finite_words or w in ctx.qf.group_adverbs or w.endswith("ed") \
        or (w.endswith("s") and not w.endswith("ss")) \
        or (ctx.qf.indirect_verb is not None and ctx.qf.indirect_verb.fullmatch(w) is not None)


def _holds_office(ctx: _Context, e: Entity) -> bool:
    """Whether an entity read as a person has an office in its role (a title word not of its own
    name: 'chief executive', 'Chairman Sir'); a role saying what firm it is ('the private firm
    which runs ...') or words caught before its name ("Foster's and") are none."""
    if not e.role:
        return False
    words = {w.casefold().strip(".,()'’") for w in e.role.split()} - {w.casefold() for w in e.name.split()}
    return bool(words & ctx.ents.g.title_words) and not words & ctx.qf.firm_descriptor_nouns


def _pronoun_may_mean(ctx: _Context, pronoun: str | bool, e: Entity | None) -> bool:
    """Whether a subject pronoun may stand for `e`: 'it' never for a person ('Mr Hartley published
    the review. It said ...' is the review's), only for a body, or a name read as a person's that
    may be one (_may_be_body)."""
    return e is not None and (not isinstance(pronoun, str) or pronoun not in ctx.qf.body_pronouns
                              or e.type != "person" or _may_be_body(ctx, e, False))


def _gender(ctx: _Context, e: Entity | None) -> str | None:
    """'m', 'f' or None: what a person's role or honorific ('spokeswoman', 'Mrs') or given name
    ('Anne Sacoolas') tells of their gender (a body has none)."""
    if e is None or e.type != "person" or not ctx.qf.gender_pronouns:
        return None
    for w in re.findall(r"[\w'’-]+", e.role or ""):
        g = ctx.qf.gender_words.get(w.casefold().rstrip("."))
        if g is not None:
            return g
    first = (e.name or "").split()[:1]
    return ctx.qf.gender_names.get(first[0].casefold()) if first and len(e.name.split()) >= 2 else None


def _pronoun_fits(ctx: _Context, pronoun: str | None, e: Entity | None, before: int,
                  window: int = 2000) -> Entity | None:
    """Whom a singular pronoun cue means, given `e`, the one the article spoke of last: `e`, unless
    its gender is known and the pronoun's is the other one; then the person of the pronoun's gender
    the article named last within `window` characters ('Police spoke with Anne Sacoolas ... He died
    ... She informed police ...'), if any (else `e` as before)."""
    want = ctx.qf.gender_pronouns.get((pronoun or "").casefold()) if isinstance(pronoun, str) else None
    if want is None or e is None:
        return e
    known = _gender(ctx, e)
    if known == want:
        return e
    at = bisect.bisect_left(ctx.ents.mentions, before, key=lambda m: m[0])
    if known is None:
        # ('Rock star Ozzy Hale ... His wife Sharon, who also manages the band, agreed. "...," she
        # said.': a person of the pronoun's gender named by a kin noun after the last mention of
        # the one of unknown gender)
        seen = next((off for off, other in reversed(ctx.ents.mentions[:at]) if other is e), -1)
        kin = _kin_named_before(ctx, want, before, min(window, 600), seen)
        return kin if kin is not None else e
    for off, other in reversed(ctx.ents.mentions[:at]):
        if off < before - window:
            break
        if other is not e and _gender(ctx, other) == want:
            return other
    return _kin_named_before(ctx, want, before, min(window, 600)) or e


def _kin_named_before(ctx: _Context, want: str, before: int, window: int, after: int = -1) -> Entity | None:
    """'His wife Sharon, who also manages the band, agreed. "...," she said.': the person last
    named by a kin noun of the pronoun's gender and a name within `window` characters (the name alone
    is often no mention of its own: a given name only), after offset `after`."""
    kn = ctx.qf.kin_named
    if kn is None:
        return None
    start = max(0, before - window, after + 1)
    found = None
    for m in re.finditer(r"(?<![\w'’-])(?=[^\W\d_]+[ \t])", ctx.body[start:before]):
        km = kn.match(ctx.body, start + m.start(), before)
        if km is None or km.start("who") != start + m.start():
            continue
        kin = km.group("who")[:km.start("name") - km.start("who")].split()[-1].casefold()
        if ctx.qf.gender_words.get(kin) == want:
            found = km
    if found is None:
        return None
    name = found.group("name")
    return ctx.ents.resolve(Parsed(name, found.start("name"), found.end("name"), None, name, "person", None),
                            found.start("name"))


def _opening_name(ctx: _Context, start: int, end: int) -> tuple[int, Entity | None]:
    """The entity of the first name between `start` (a sentence's start) and `end` when only an
    opener, a determiner and what it is stand before it ('Overall, Halifax said ...'), with where."""
    g = ctx.ents.g
    for w in re.finditer(r"[A-Z][\w'’&.-]*", ctx.body[start:end]):
        at = start + w.start()
        if not _leads_to_subject(ctx, ctx.body[start:at]):
            return at, None
        comma = ctx.body[at + len(w.group()):at + len(w.group()) + 1] == ","
        if _leads_to_subject(ctx, ctx.body[start:at + len(w.group()) + comma] + " "):
            continue  # (an opener, 'The' or a state's adjective: 'German investment bank ...')
        pm = g.match_at(ctx.body, at)
        p = g.parse(ctx.body, pm.start(), pm.end(), None, at == start) if pm is not None else None
        if p is None and pm is not None and _firm_word(ctx, w.group()):
            # ('Overall, Halifax said ...': a name read as a place, here a body that acts)
            p = Parsed(pm.group(), at, pm.end(), None, pm.group(), "organization", None)
        if p is None or p.type not in ("organization", "person") or (p.type == "person" and p.role) \
                or (p.name and " " not in p.name and p.name.casefold() in g.common):
            return at, None  # (nor a word of the language opening it: 'Should it become a firm offer')
        e = ctx.ents.resolve(p, at)
        if e is not None and e.name and p.name and p.name.casefold() not in e.name.casefold() \
                and e.name.casefold() not in pm.group().casefold():
            return at, None  # (an entity the name only resembles: 'Save the Scottish Regiments')
        return at, e
    return end, None


def _named_before_in_sentence(ctx: _Context, at: int) -> bool:
    """Whether the sentence names someone before `at` (a capitalised word past its first that is no
    day, month or state): 'Shares in UK pharmaceutical firm Phytopharm closed down ..., after it
    said ...' has its own 'it'."""
    g = ctx.ents.g
    start = ctx.sentences[ctx.sentence_index(at)].start if ctx.sentences else 0
    words = ctx.body[start:at].split()[1:]
    return any(w[:1].isupper() and w.strip(",.").casefold() not in g.non_name and not g.finder.code_of(w.strip(",."))
               for w in words)


def _spokesperson_body(ctx: _Context, role: str, at: int) -> Entity | None:
    """The body an unnamed spokesperson ('a spokesman', 'an executive spokeswoman') speaks for: the
    body the sentence before opens with (_opening_body: 'The Home Office defended the measures. A
    spokesman said ...'), a qualifier of the office being a word of its name ('The Scottish Executive said ...
    An executive spokesman said'); none otherwise ('a hospital spokesman' after another body)."""
    words = role.casefold().split()
    if not words or words[-1] not in ctx.qf.spokesperson_heads:
        return None
    e = _opening_body(ctx, at)
    if e is None or not set(words[:-1]) <= set(e.name.casefold().split()):
        return None
    e.voiced = True  # (quoted through a person: a later 'she added' is still the spokeswoman's)
    return e


def _leads_to_subject(ctx: _Context, text: str) -> bool:
    """Whether only an opener, a determiner and what the body is ('German investment bank',
    'Scandal-hit jet fuel supplier') stand before a name opening a sentence: no verb, quote or
    other name."""
    g = ctx.ents.g
    words = text.split()
    if len(words) > 6 or any(c in text for c in '"“”(:;'):
        return False
    for n, w in enumerate(words):
        w = w.rstrip(",")
        if w[:1].islower() or "-" in w or g.finder.code_of(w) or w.casefold() in g.non_name:
            continue
        if n == 0 and (w in g.opener_set or (words[0].endswith(",") and (w.casefold() in g.common or w.endswith("ly")))
                       or (g.determiners_re is not None and g.determiners_re.fullmatch(w + " "))):
            continue  # ('However,', 'Overall,', 'The'; not 'Metrovias, the private firm ...')
        return False
    return True


_PASSIVE_AFTER = re.compile(r"[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+"
                            r"(?:being[ \t]+)?[a-z]+(?:ed|en|ld|ught)\b")


def _goes_on_as_subject(ctx: _Context, off: int, name: str, end: int) -> bool:
    """Whether the name written at `off` is followed by its verb (a lower-case word), an apposition
    or its short form in brackets, not by a possessive ('Deutsche Boerse's supervisory board') or a
    second name ('Deutsche Bank and Credit Suisse')."""
    at = ctx.body.find(name, off, min(end, off + len(name) + 40))
    phrase = ctx.ents.g.match_at(ctx.body, off) if at < 0 else None
    if at < 0 and phrase is None:
        return False
    rest = ctx.body[at + len(name):end] if at >= 0 else ctx.body[phrase.end():end]
    if re.match(r",[ \t]|[ \t]+\(", rest):
        return True
    if _PASSIVE_AFTER.match(rest):
        return False  # ('Pensioners are being promised energy savings by the Liberal Democrats')
    word = re.match(r"[ \t]+([a-z]+)\b", rest)
    if word is None:
        return False
    return _verb_like(ctx, word.group(1))


def _may_be_body(ctx: _Context, e: Entity, stateless: bool) -> bool:
    """Whether an 'it' or a body's noun may stand for entity `e`: an organisation that is not the
    press (nor, when `stateless`, a state's body or a state), or a name read as a person's that has
    no office (_holds_office) and is never written after 'Mr' or 'Ms' ('Standard Life', 'Deutsche
    Telekom', 'Metrovias, the private firm which runs ...')."""
    g = ctx.ents.g
    if is_press(e) or e.name.casefold() in ctx.qf.not_firms \
            or (stateless and (e.country is not None or g.finder.code_of(e.name))):
        return False  # (nor an index or a measure: 'GDP is up. ..., the group noted.')
    if " " not in e.name and e.name.endswith("s") \
            and (e.name.casefold() in g.common or e.name.casefold()[:-1] in g.common):
        return False  # (a group: 'Analysts expected ...', 'Pensioners are being promised ...')
    if e.type == "organization":
        return e.name.casefold() not in ctx.qf.group_names
    if e.type != "person" or ctx.ents.official(e.name) or _holds_office(ctx, e):
        return False
    return not _written_with_title(ctx, e.name)


def _written_with_title(ctx: _Context, name: str) -> bool:
    """Whether the article writes the last word of `name` after a courtesy title or an abbreviated
    one ('Mr Wittig', 'Dr Reddy'): a person's. One search of the article a name, kept."""
    last = name.split()[-1]
    if last not in ctx.titled_names:
        titled = rf"(?i:\b(?:{ctx.ents.g.person_title_alt}))\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+)*{re.escape(last)}\b"
        ctx.titled_names[last] = re.search(titled, ctx.body) is not None
    return ctx.titled_names[last]


_INTRODUCED_NAME = r"[A-Z](?:[\w&'’-]|\.(?=\w))*(?:[ \t]+(?:&[ \t]+)?[A-Z](?:[\w&'’-]|\.(?=\w))*){0,3}"


def _introduced_by_noun(ctx: _Context, noun: str, before: int) -> Entity | None:
    """The body the article introduced last, within 3,000 characters before `before`, by the very
    noun a definite description uses ('US magazine Pocket Tech', 'record label Acme Music'): whom
    'the magazine', 'the label' means, whatever was named since (a gadget, a song). None when the
    article introduced nothing so."""
    lo = max(0, before - 3000)
    found = None
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(noun)}[ \t]+(?P<name>{_INTRODUCED_NAME})", ctx.body[lo:before]):
        name = re.sub(r"['’]s?\Z", "", m.group("name")).rstrip(".")
        prev = re.findall(r"[\w'’-]+", ctx.body[max(lo, lo + m.start() - 30):lo + m.start()])[-1:]
        if prev and prev[0].casefold() in ctx.qf.body_modifier_stops:
            continue  # ('his former club Acme Rovers', 'rival firm Acme': another body than the one meant)
        first = name.split()[0] if name else ""
        # (the noun before it marks it a name, even of words the article writes in lower case:
        # 'magazine Mobile Life', 'magazine Rolling Stone'; not a title or an index: 'group FTSE')
        if name and first.casefold() not in ctx.ents.g.title_words \
                and name.casefold() not in ctx.qf.not_firms and not is_news_outlet(name):
            found = (lo + m.start("name"), name)
    if found is None:
        return None
    at, name = found
    # (the body as the article's names read it, a state's or not: 'US magazine Rolling Stone')
    return next((e for x, e in ctx.ents.mentions if x == at and e.name and e.type == "organization"), None) \
        or next((e for e in ctx.ents.entities if e.name == name and e.type == "organization"), None) \
        or _firm_entity(ctx, at, name)


def _other_firm_in_focus(ctx: _Context, named_at: int, before: int, noun: str) -> bool:
    """Whether the sentence before `before`, after the name with the firm's noun at `named_at`,
    opens with another firm ('... the Bank of England said. ... Overall, Halifax said prices rose.
    ..., the bank said'): 'the bank' may be either, so it is left unresolved."""
    i = ctx.sentence_index(before)
    if i == 0 or named_at >= ctx.sentences[i - 1].start:
        return False
    centre = _opening_body(ctx, before, stateless=True)
    return centre is not None and noun not in centre.name.casefold().split()


def _named_institution(ctx: _Context, noun_phrase: str, before: int) -> Entity | None:
    """'the embassy', 'the party': the last institution named before `before` whose name has
    that noun ('Thai Raksa Chart Party')."""
    body, g = ctx.body, ctx.ents.g
    noun = noun_phrase.split()[-1].casefold()
    named = None
    for pm in g.phrase.finditer(body, max(0, before - 3000), before):
        if noun in pm.group().casefold().split():
            named = pm
    if named is None and noun in ctx.qf.firm_nouns:
        # 'The company said its main focus will be ...'; else the firm the sentence before opens with
        # (first the body the article introduced by that very noun: 'US magazine Pocket Tech ... The
        # magazine said', 'record label Acme Music ... The label said')
        return _introduced_by_noun(ctx, noun, before) or _firm_named_last(ctx, before) \
            or _opening_body(ctx, before, stateless=True)
    if named is None and noun in ctx.qf.opening_body_nouns:
        return _opening_body(ctx, before, stateless=True)  # ('Liberal Democrats unveiled ... The party says')
    if named is None or (noun in ctx.qf.firm_nouns and _other_firm_in_focus(ctx, named.start(), before, noun)):
        return None
    p = g.parse(body, named.start(), named.end(), None, False)
    if p is not None and p.type == "role":  # 'US Embassy': the institution itself
        p = Parsed(p.text, p.start, p.end, None, p.role, "organization", p.country)
    if p is None or p.type != "organization":
        return None
    lead = re.match(r"(?:[a-z]+[ \t]+)+", p.name or "")
    if lead is not None:  # ('According to the Saudi Press Agency': the name starts at its capital)
        p = Parsed(p.text, p.start + lead.end(), p.end, p.role, p.name[lead.end():], "organization", p.country)
    if is_news_outlet(p.name):
        return None  # ('The agency did not mention ...' after the Saudi Press Agency: the press)
    owner = re.match(r"(.+?)['’]s\s+", p.name or "")
    code = g.finder.code_of(owner.group(1)) if owner else None
    if code:  # "Thailand's Thai Raksa Chart Party": the party, of Thailand
        name = p.name[owner.end():]
        p = Parsed(p.text, p.start + owner.end(), p.end, p.role, name, "organization",
                   None if g.is_non_state(name) else p.country or code)
    return ctx.ents.resolve(p, p.start)


# ', ' or ', dan ' between links of an appositive chain ('Menteri Koordinator Bidang Politik,
# Hukum, dan Keamanan Mahfud MD')
_APPOSITION = re.compile(r",[ \t]+(?:(?:dan|and|serta)[ \t]+)?")


def _person_after_role(ctx: _Context, role: Parsed, pos: int, end: int) -> Parsed | None:
    """'Kepala BNPB yang juga Ketua Satgas Covid-19 Doni Monardo': a second role joined to the
    first, then the name; the person holds both."""
    if ctx.qf.role_joiner is None:
        return None
    j = ctx.qf.role_joiner.match(ctx.body, pos, end)
    if j is None:
        return None
    m = ctx.ents.g.match_at(ctx.body, j.end())
    if m is None or m.end() > end:
        return None
    p = ctx.ents.g.parse(ctx.body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
    if p is None or p.type != "person" or not p.name:
        return None
    p.role = f"{role.role}, {p.role}" if p.role else role.role
    p.country = p.country or role.country
    return p


_RUN_IN = re.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{1,4}}(?=[{UPPER}])")


def _run_in_subject(ctx: _Context, pos: int, end: int, after_title: bool = False) -> Parsed | None:
    """'Sudah diingatkan Wakil Ketua KPK Nawawi Pomolango menyayangkan ...': a heading run into
    the sentence; the subject is a titled person (or a full name) followed by its verb."""
    g, body = ctx.ents.g, ctx.body
    if ctx.qf.verb_after is None:
        return None
    r = _RUN_IN.match(body, pos, end)
    if r is None or (body[pos:r.end()].split()[-1].casefold() in ctx.qf.object_prepositions) != after_title:
        return None
    m = g.match_at(body, r.end())
    if m is None or m.end() > end or not ctx.qf.verb_after.match(body, m.end(), end):
        return None
    p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
    if p is None or p.type != "person" or not p.name:
        return None
    titled = g.has_title_word(p.role)
    return p if titled or len(p.name.split()) >= 2 else None


def _joined_role(ctx: _Context, m: re.Match | None, end: int) -> Parsed | None:
    """'Pendiri sekaligus CEO Jouska Aakar Abyasa menyatakan': a first role that is one capitalised
    word ('Pendiri', 'Co-Founder'), joined to a second role and the name: the person."""
    if m is None or ctx.qf.role_joiner is None or not ctx.qf.role_joiner.match(ctx.body, m.end(), end):
        return None
    role = Parsed(m.group(), m.start(), m.end(), m.group(), None, "role", None)
    return _person_after_role(ctx, role, m.end(), end)


def _person_after_lower_role(ctx: _Context, m: re.Match, end: int) -> Parsed | None:
    """'Houthi military spokesperson Yahya Sarea said': a capitalised group, lower-case words that
    end in a title, then a full name right before the verb: the person, with all before as role."""
    body, g = ctx.body, ctx.ents.g
    q = _phrase_ending_at(ctx, m.end(), end)
    if q is None or q.type != "person" or not q.name or q.role or len(q.name.split()) < 2:
        return None
    between = body[m.end():q.start].split()
    if not between or not all(w.islower() for w in between) \
            or between[-1].casefold() not in g.title_words:
        return None
    q.role = body[m.start():q.start].strip()
    q.country = q.country or (None if g.is_non_state(q.role) else g.role_country(q.role))
    return q


def _ends_in_preposition(ctx: _Context, role: str) -> bool:
    """'Koordinator Ekajaya Fast Boat untuk' + 'Gili': the word after it is a place, not a name."""
    words = role.split()
    # ('Director General of the DRC's Institut National de' + 'Recherche Biomédicale': a
    # particle inside a body's name)
    return bool(words) and (words[-1].casefold() in ctx.qf.object_prepositions
                            or words[-1] in ctx.qf.name_particles)


def _name_segment(ctx: _Context, segment: tuple[int, int], titled: bool = False,
                  single: bool = False) -> Parsed | None:
    """A comma segment that is exactly a person's name (no role; with `titled`, a title and a name
    of two words or more: 'Raja Farooq Haider, Perdana Menteri untuk ...'). `single`: the segment
    opens the sentence and a role follows it ('Dedy, Kepala Peleton B ..., menuturkan'), so one
    word will do when it is no common word."""
    start, end = segment
    body, g = ctx.body, ctx.ents.g
    while start < end and body[start].isspace():
        start += 1
    m = g.match_at(body, start)
    if m is None or (body[m.end():end].strip() and not _AGE.fullmatch(body[m.end():end].strip())):
        return None  # (an age may follow the name: 'Ipah (40)')
    p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
    if p is None or p.type != "person" or not p.name or (p.role and not titled):
        return None
    if len(p.name.split()) < 2 and not (
            single and not p.role and p.name.casefold() not in ctx.ents.lowercase_words
            and p.name.casefold() not in g.common and p.name not in g.openers
            and p.name.casefold() not in g.stopwords):
        return None
    return p


def _phrase_ending_at(ctx: _Context, start: int, end: int) -> Parsed | None:
    """The name phrase inside body[start:end] that runs up to `end`, not governed by a preposition."""
    body, g = ctx.body, ctx.ents.g
    blockers = ctx.qf.object_prepositions
    previous = None
    for w in re.finditer(r"\S+", body[start:end]):
        at = start + w.start()
        if w.group().casefold() in ctx.qf.relative_set:
            return None  # 'bagian yang dikuasai Pakistan': a name inside a relative clause
        if previous is not None and w.group()[:1].isupper() and (
                (previous.casefold() not in blockers and not previous[:1].isupper() and not previous[:1].isdigit())
                # 'Diangkut dengan Hercules CEO Torch Ben Wirawan menyatakan': a title starts the phrase
                or (w.group().casefold() in g.title_words and previous[:1].isupper())):
            m = g.match_at(body, at)
            # (auxiliaries may stand between it and the verb: 'Presiden juga kembali mengingatkan')
            if m is not None and all(x.casefold() in ctx.qf.auxiliaries for x in body[m.end():end].split()):
                p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
                if p is not None and p.type == "person" and p.name and not p.role \
                        and previous in ctx.qf.possessed_institutions:
                    # 'kantor Suu Kyi menyatakan': the person's office speaks, for the person's state
                    known = ctx.ents.find_person(p.name)
                    country = (known.country if known is not None else None) or ctx.ents.official(p.name)
                    name = f"{previous} {body[m.start():m.end()]}"
                    return Parsed(name, at - len(previous) - 1, m.end(), None, name, "organization", country)
                if p is not None and p.type == "country" and previous[:1].islower() \
                        and previous.casefold() not in ctx.qf.country_prefixes \
                        and previous.casefold() not in ctx.qf.stopwords \
                        and previous.casefold() not in ctx.qf.auxiliaries:
                    return None  # 'konsumen Indonesia masih menilai': the country qualifies a noun
                return p
        previous = w.group()
    return None


def _hedged_name(ctx: _Context, segments) -> Entity | None:
    """'an audio recording in which someone, seemingly Honcharuk, audibly says ...': a name after a
    hedging adverb, between commas right before the verb (an adverb of manner aside), is who
    the unnamed subject is taken to be."""
    body = ctx.body
    last = body[segments[-1][0]:segments[-1][1]].strip()
    k = len(segments) - 1
    if k > 1 and re.fullmatch(r"[a-z]+ly", last):
        k -= 1  # ('..., audibly says': the manner, not the subject)
    hm = ctx.qf.identity_hedge.fullmatch(body, segments[k][0], segments[k][1])
    if hm is None:
        return None
    return _phrase_after(ctx, hm.start("name"))


def _relative_antecedent(ctx: _Context, segments) -> Entity | None:
    """'The research was led by Mark Hay, a marine ecologist at GT, who said': the person a
    person's relative pronoun hangs on, named at the end of the segment before it or before the
    apposition that describes them (a segment opening with a lower-case word)."""
    body = ctx.body
    for k in range(len(segments) - 1, max(-1, len(segments) - 3), -1):
        a, b = segments[k]
        if body[a:b].strip()[:1].islower():
            continue  # ('a marine ecologist and Regents Professor at GT': who they are)
        e = _antecedent(ctx, a, b)
        return e if e is not None and e.type == "person" else None
    return None


def _antecedent(ctx: _Context, start: int, end: int) -> Entity | None:
    """The name phrase that body[start:end] ends with, whatever word governs it: the antecedent of
    a relative clause opening at `end` ('setuju dengan Perdana Menteri Theresa May yang ...')."""
    body, g = ctx.body, ctx.ents.g
    end = start + len(body[start:end].rstrip())
    start = max(start, body.rfind(",", start, end) + 1)
    for w in re.finditer(r"\S+", body[start:end]):
        if not w.group()[:1].isupper():
            continue
        at = start + w.start()
        m = g.match_at(body, at)
        if m is None or m.end() != end:
            continue
        p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
        if p is None or p.type not in ("person", "organization", "role"):
            return None
        return ctx.ents.resolve(p, p.start)
    return None


def _closes_apposition(body: str, end: int) -> bool:
    """Whether the phrase ending at `end` closes its apposition or its sentence (a comma or a stop next)."""
    return re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[end:end + 3]) is not None


def _possessed_person(ctx: _Context, pos: int, end: int) -> Parsed | None:
    """The person of two names or more that a possessive phrase at pos leads to, ending by `end`:
    'Huber's longtime tag team partner Erick Rowan', 'his lawyer John Doe' (or of one name the
    article gave in full before: 'EFF's attorney Stoltz' after 'Mitchell Stoltz')."""
    if ctx.qf.possessed_name is None:
        return None
    pn = ctx.qf.possessed_name.match(ctx.body, pos, end)
    m = ctx.ents.g.match_at(ctx.body, pn.end()) if pn is not None else None
    if m is None or m.end() > end:
        return None
    p = ctx.ents.g.parse(ctx.body, m.start(), m.end(), None, False)
    if p is None or p.type != "person" or not p.name:
        return None
    if len(p.name.split()) < 2:
        known = ctx.ents.find_person(p.name)
        if known is None or known.type != "person" or len(known.name.split()) < 2:
            return None
    p.role = p.role or ctx.body[pn.start():pn.end()].strip()
    return p


def _epithet_of_last_person(ctx: _Context, p: Parsed | None, pos: int, m: re.Match, described: str | None) -> bool:
    """Whether a phrase after a cue is a description ending in a name the article never gave a
    person, closed by an anaphor ('politisi Partai Maju itu', 'mantan pelatih Persija Timur itu',
    'sosok asal Chile itu'): a role or a descriptor before the name. It means the one spoken of last
    (no one, when the article spoke of no one: a place or a party is never the speaker). Not a person
    named before ('kata Menteri Budi itu' after 'Budi') nor a bare name."""
    if p is None or p.type not in ("person", "country", "organization") \
            or ctx.qf.anaphor_close is None or not ctx.qf.anaphor_close.match(ctx.body, m.end()):
        return False
    if ctx.last_person is None and p.type == "person":
        return False  # (no one spoken of: perhaps a person after all; a place or a party never is)
    if not (described or (p.type == "person" and p.role) or _person_head(ctx.qf, ctx.body[pos:m.start()])):
        return False
    if p.type == "person":
        known = ctx.ents.find_person(p.name or "")
        if known is not None and known.first < m.start():
            return False
    return True


def _phrase_after(ctx: _Context, pos: int) -> Entity | None:
    """The speaker named at pos: 'Kepala Dusun X, Kelurahan Y, Wahyu Wibowo' -> the person at
    the end of an appositive chain; otherwise the first phrase."""
    g, body = ctx.ents.g, ctx.body
    det = ctx.qf.determiner.match(body, pos) if ctx.qf.determiner is not None else None
    if det is not None:
        dm = g.match_at(body, det.end())
        dp = g.parse(body, dm.start(), dm.end(), None, False) if dm is not None else None
        if dp is not None and dp.type == "country" and re.match(r"\s*[,.;]", body[dm.end():dm.end() + 3]):
            # '," said the German.': the person just spoken of, described by nationality (one of
            # that state if any; else the person the sentence before the quote opens with, or the
            # one named last, as for '," said the Scot.', before the one spoken of most: '... was
            # left frustrated after losing. "...," said the American.')
            known = _salient_person(ctx, pos, dp.country)
            if known is None and ctx.qf.nationality_phrase is not None \
                    and (nat := ctx.qf.nationality_phrase.match(body, pos)) is not None \
                    and re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[nat.end():nat.end() + 3]):
                known = _subject_before_quote(ctx, pos) or _person_named_last(ctx, pos)
            known = known or _salient_person(ctx, pos, None)
            if known is not None:
                return known
    nat = ctx.qf.nationality_phrase.match(body, pos) if det is not None and ctx.qf.nationality_phrase is not None \
        else None
    if nat is not None and re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[nat.end():nat.end() + 3]):
        # '," said the Scot.': the person named last
        known = _person_named_last(ctx, pos)
        if known is not None:
            return known
    bn = ctx.qf.definite_body_after.match(body, pos) if ctx.qf.definite_body_after is not None else None
    if bn is not None:
        # '," said the magazine.', '," said the label.': the body the article introduced by that noun
        known = _introduced_by_noun(ctx, bn.group("noun"), pos)
        if known is not None:
            return known
    pa = ctx.qf.profession_anaphor_after.match(body, pos) \
        if det is not None and ctx.qf.profession_anaphor_after is not None else None
    if pa is not None:
        # '," said the Rovers sporting director.', '," the Rovers coach said.': what a person is at a
        # club or a show, the one of that club the article named, else the one it spoke of last
        known = _person_of_body(ctx, pa.group("body"), pa.group("head"), pos) or ctx.last_person
        if known is not None:
            return known
    named = _possessed_person(ctx, pos, len(body))
    if named is not None:
        return ctx.ents.resolve(named, named.start)
    m = g.match_at(body, pos)
    kb = ctx.qf.kin_before_name.match(body, pos) if m is None and ctx.qf.kin_before_name is not None else None
    if kb is not None:
        named = g.match_at(body, kb.end())
        p = g.parse(body, named.start(), named.end(), None, False) if named is not None else None
        if p is not None and p.type == "person" and p.name and (
                len(p.name.split()) >= 2 or _closes_apposition(body, p.end)):
            # ('," said his wife, Mary.': a relative is often named by a given name alone, which
            # the kin word makes a person's when the apposition ends with it)
            return ctx.ents.resolve(p, p.start)
    described = None
    if m is None and ctx.qf.descriptor is not None:
        # 'wrote student protester Joshua Wong', 'said a protester using the pseudonym Katya'
        d = ctx.qf.descriptor.match(body, pos)
        if d is not None:
            m = g.match_at(body, d.end())
            if m is not None and g.openers_re is not None and g.openers_re.match(m.group()):
                m = None  # '," kata seorang Ketika PSBB ...': text cut short, a new sentence
            described = body[pos:d.end()].strip() if m is not None else None
    if m is None and ctx.qf.descriptor_joined is not None:
        # '," said study co-author and Royal Society University Research Fellow Martin How.': two
        # descriptions joined before the name (a named person only)
        d = ctx.qf.descriptor_joined.match(body, pos)
        dm = g.match_at(body, d.end()) if d is not None else None
        dp = g.parse(body, dm.start(), dm.end(), None, False) if dm is not None else None
        if dp is not None and dp.type == "person" and dp.name and len(dp.name.split()) >= 2:
            desc = body[pos:d.end()].strip()
            dp.role = f"{desc} {dp.role}" if dp.role else desc
            return ctx.ents.resolve(dp, dp.start)
    if m is None and ctx.qf.group_subject is not None:
        # '"...," kata para pengunjuk rasa, ...', '"...," ujar jaksa dalam sidang': a group after
        # the cue, up to the punctuation or a trailer word
        gm = ctx.qf.group_subject.match(body, pos)
        nxt = re.match(r"[ \t]*(?:[,.;:!?]|\Z|([a-z]+)\b)", body[gm.end():gm.end() + 30]) if gm is not None else None
        if nxt is not None and (nxt.group(1) is None or nxt.group(1) in ctx.qf.trailer_words) \
                and not _NAMED_AFTER.match(body, gm.end(), min(len(body), gm.end() + 120)):
            # (not 'kata peneliti pada Lembaga ..., Rina Kartika': the name closes the description)
            return _group(ctx, gm.group("group"), gm.start("group"))
    if m is None and ctx.qf.role_determiner is not None and ctx.qf.role_determiner.match(body, pos):
        # '"...," sahut sang sopir angkot.', '"...," lanjut sang pelelang': someone unnamed, by a
        # description of lower-case words up to the punctuation (a role word goes to _lower_role_after)
        det = ctx.qf.role_determiner.match(body, pos)
        dm = _LOWER_PHRASE.match(body, det.end())
        if dm is not None and len(dm.group().split()) <= 3 and re.match(r"[ \t]*[,.;:!?]", body[dm.end():dm.end() + 2]) \
                and (g.lower_role_start is None or not g.lower_role_start.match(dm.group())) \
                and dm.group().split()[0] not in ctx.qf.trailer_words \
                and not re.match(r",[ \t]+[A-Z]", body[dm.end():dm.end() + 3]):  # ('sang pelatih, John Kavanagh')
            e = Entity(name=dm.group(), type="person", role=None, first=dm.start())
            ctx.ents.entities.append(e)
            return e
    if m is None:
        return _lower_role_after(ctx, pos)
    chain = [g.parse(body, m.start(), m.end(), None, False)]
    if chain[0] is not None and chain[0].type in ("role", "organization") and ctx.last_person is not None \
            and ctx.qf.anaphor is not None and (an := ctx.qf.anaphor.match(body, m.end())) is not None \
            and re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[an.end():an.end() + 3]) \
            and body[m.start():m.end()].split()[0].casefold().rstrip(".") in g.title_words:
        # '," tutur Anggota Komisi IV DPR RI ini.', '," lanjut Wali Kota Makassar ini.': the office of
        # the one the article spoke of last, not a speaker of its own
        return ctx.last_person
    if _epithet_of_last_person(ctx, chain[0], pos, m, described):
        # '," ujar politisi Partai Maju itu.', 'Menurut sosok asal Chile itu, ...': a description of
        # the one the article spoke of last, closed by 'itu'/'ini'; the party, club or place inside
        # it is no speaker of its own
        return ctx.last_person
    to = ctx.qf.addressee_to_cut.search(body, m.start(), m.end()) if ctx.qf.addressee_to_cut is not None else None
    if to is not None and chain[0] is not None and chain[0].type in ("person", "role"):
        # '," said Steve Dasbach to Wikinews.': the one spoken to is no part of the name (nor in
        # '," said Tom Lee to the BBC.', which reads whole as an office 'to the BBC')
        named = g.parse(body, m.start(), to.start(), None, False)
        if named is not None and named.type == "person" and named.name and not named.role \
                and (len(named.name.split()) >= 2 or ctx.ents.find_person(named.name) is not None):
            chain[0] = named
    if described and ctx.qf.deputy_of_known and chain[0] is not None and chain[0].type == "person" \
            and not chain[0].role and (deputy := _deputy_of_known(ctx, described, chain[0].name or "")) \
            and not re.match(r"[ \t]*,[ \t]+[A-Z]", body[m.end():m.end() + 4]):
        # 'Itu disampaikan kuasa hukum Brown kepada Reuters': the unnamed lawyer of a person the
        # article named speaks, not that person (with the lawyer's name in apposition, 'kuasa hukum
        # Andika, Toto Ruhanto', the lawyer is named); kept out of the article's entities, so that a
        # later 'Brown' is still Brown
        return Entity(name=f"{deputy} {chain[0].text}", type="person", role=None, first=pos)
    if described and chain[0] is not None and chain[0].type == "person" and not chain[0].role:
        chain[0].role = re.sub(r"^(?:a|an|the)\b\s*", "", described) or None
    end = m.end()
    if chain[0] is not None and chain[0].type in ("person", "organization") and not chain[0].role \
            and g.lower_role_start is not None and body[end:end + 1] in (" ", "\t"):
        lr = g.lower_role_start.match(body[end + 1:end + 40])
        if lr is not None and body[end + 1 + len(lr.group().rstrip()):end + 2 + len(lr.group().rstrip())] == ",":
            # 'According to the El Paso mayor, Dee Margo, ...': a place or body, then a lower-case
            # office, then the holder's name in apposition
            role_end = end + 1 + len(lr.group().rstrip())
            chain[0] = Parsed(body[m.start():role_end], m.start(), role_end, body[m.start():role_end], None,
                              "role", chain[0].country)
            end = role_end
    ends = [end]  # (where each phrase of the chain ends)
    for _ in range(4):
        a = _APPOSITION.match(body, end)
        if not a:
            break
        m2 = g.match_at(body, a.end())
        if m2 is None:
            break
        nxt = re.match(r"[ \t]+([a-z]\w*)", body[m2.end():m2.end() + 30])
        if nxt is not None and ctx.qf.finite_lower is not None \
                and ctx.qf.finite_lower.fullmatch(nxt.group(1)):
            break  # 'According to the National Disaster Response Force, Calicut has ...': a clause
        chain.append(g.parse(body, m2.start(), m2.end(), None, False))
        ends.append(m2.end())
        end = m2.end()
    first = chain[0]
    if len(chain) > 1 and first is not None and first.type == "person" and first.role \
            and (len((first.name or "").split()) == 1 or _named_only_here(ctx, first)
                 or _described_body(ctx, described)) and any(
                c is not None and c.type == "person" and len((c.name or "").split()) >= 2 and not c.role
                for c in chain[1:]):
        # 'Kepala Puskesmas Cilincing, Jakarta Utara, Edison Sahputra': the one-word 'name' is
        # the institution's place; the person closes the chain (so is a 'name' the article never
        # registered as anyone's: 'Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin'), and so is a
        # body after a kind of person in lower case: 'kata analis Mandala Sekuritas, Hendra Wibowo'
        first = Parsed(first.text, first.start, first.end, f"{first.role} {first.name}", None,
                       "role", first.country)
        chain[0] = first
    if len(chain) > 1 and (first is None or first.type in ("role", "organization", "country")
                           or (first.type == "person" and first.role and False)):
        for p in reversed(chain[1:]):
            if p is not None and p.type == "person" and p.name:
                # ('kata Kepala Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Provinsi Jambi, Rina
                # Susanti': a titled body keeps its title, read apart from the body's name)
                roles = [c.role if c.type == "role" and c.role
                         else f"{c.role} {c.text}" if c.type == "organization" and g.has_title_word(c.role)
                         else c.text
                         for c in chain[: chain.index(p)] if c is not None]
                if not p.role and roles:
                    p.role = ", ".join(roles)
                    if any(c is None for c in chain[:chain.index(p)]) and chain[0] is not None \
                            and chain[0].type in ("role", "organization") and g.has_title_word(chain[0].role):
                        # 'kata Kepala Dinas Pemuda, Olahraga (Dispora) Provinsi
                        # Sumatera Selatan, Budi Santoso': fields of a body's name listed with commas, one of
                        # them no phrase of its own; the office is all the text up to the name
                        p.role = body[chain[0].start:ends[chain.index(p) - 1]]
                    mentions = ctx.ents.g.finder.find(p.role)
                    if not ctx.ents.g.is_non_state(p.role):  # ('Direktur Kontruksi PT MRT Jakarta')
                        p.country = p.country or (mentions[-1].code if mentions else None)
                return ctx.ents.resolve(p, p.start)
    if first is None:
        return None
    if first.type == "person" and first.name and not first.role:
        po = ctx.qf.possessive_institution.match(body, m.end()) \
            if ctx.qf.possessive_institution is not None and first.text.endswith(("'s", "’s")) else None
        if po is not None:
            person = ctx.ents.resolve(first, first.start)
            name = f"{first.text} {po.group('noun')}"
            return ctx.ents.resolve(Parsed(name, first.start, po.end(), None, name, "organization",
                                           person.country if person is not None else first.country),
                                    first.start)
        _role_after(ctx, first, m.end())
    if first.type == "country":
        # ('According to Syrian state media, ...', '..., said the Libyan central bank.')
        stop = _CLAUSE_STOP.search(body, m.end())
        qualified, found = _noun_after_state_word(ctx, first, stop.start() if stop else len(body))
        if qualified:
            return found if found is None or isinstance(found, Entity) else ctx.ents.resolve(found, found.start)
    return ctx.ents.resolve(first, first.start)


def _described_body(ctx: _Context, described: str | None) -> bool:
    """Whether the words before a phrase in a chain describe a kind of person in lower case ('analis',
    'pengamat politik'): the phrase then names where the person works, and the name follows it (read
    so where the language lists description_body_prepositions, its descriptions taking a body's name)."""
    return bool(described) and ctx.qf.description_body_prepositions != () and _person_head(ctx.qf, described)


_CLAUSE_STOP = re.compile(r"[,.;:!?\"“”()\n]")


def _named_only_here(ctx: _Context, p: Parsed) -> bool:
    """A 'name' the article writes nowhere but in this phrase (the place closing an office:
    'Hakim Pengadilan Tinggi Shah Alam')."""
    e = ctx.ents.find_person(p.name) if p.name else None
    return e is None or (e.first >= p.start and sum(1 for _, x in ctx.ents.mentions if x is e) <= 1
                         and len(re.findall(rf"(?<![\w-]){re.escape(p.name.split()[-1])}(?![\w-])", ctx.body)) <= 1)


_NONSPACE = re.compile(r"\S+")
# a description running on to a comma and a two-word capitalised name within the sentence
_NAMED_AFTER = re.compile(r"[^.!?\n\"“”]*?,[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]")
_LOWER_PHRASE = re.compile(r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,5}")


def _lower_role_after(ctx: _Context, pos: int) -> Entity | None:
    """'..., kata juru bicara senior pemerintah, Jumat.': an unnamed official in lower case, up to
    the punctuation; the last holder of that role, or the role itself."""
    g = ctx.ents.g
    if g.lower_role_start is None:
        return None
    det = ctx.qf.role_determiner.match(ctx.body, pos) if ctx.qf.role_determiner is not None else None
    if det is not None:  # 'kata sang juru bicara': the spokesperson spoken of
        pos = det.end()
    m = _LOWER_PHRASE.match(ctx.body, pos)
    if m is None or not g.lower_role_start.match(m.group()):
        return None
    start, end = m.start(), m.end()
    words = list(_NONSPACE.finditer(ctx.body, start, end))
    cut = next((i for i, w in enumerate(words) if i > 0 and w.group() in ctx.qf.trailer_words), None)
    if cut is not None:  # 'kata juru bicara dalam satu pernyataan': the role ends at the trailer
        end = words[cut - 1].end()
    elif ctx.body[end:end + 1] not in (",", ".", ""):
        return None
    role = ctx.body[start:end]
    if ctx.last_person is not None and _described_person_anaphor(ctx.qf, role):
        # '..., kata mantan juara itu.': the one the article spoke of last, described
        return ctx.last_person
    a = _APPOSITION.match(ctx.body, end)
    named = g.match_at(ctx.body, a.end()) if a else None
    if named is not None:  # 'juru bicara kementerian, Geng Shuang,': the person named after it
        p = g.parse(ctx.body, named.start(), named.end(), None, False)
        if p is not None and p.type == "person" and p.name and not p.role:
            p.role, p.country = role, p.country or g.role_country(role)
            return ctx.ents.resolve(p, p.start)
    e = ctx.ents.resolve(Parsed(role, start, end, role, None, "role", g.role_country(role)), start)
    if e is None:  # 'juru bicara pemerintah': a person, though the last word heads institutions
        e = Entity(name=role, type="person", role=role, first=start)
        # ('tulis pemerintah' after 'Pemerintah Amerika Serikat ... mengajukan dakwaan': the
        # government named before, not the state of the wire's dateline)
        e.country = g.role_country(role) or ctx.ents.heading_country(start) \
            or _earlier_role_state(ctx, role, start) or _dateline_state(ctx) \
            or ctx.ents.office_state(role, start)  # ('juru bicara kepolisian' in a story set in Britain)
        ctx.ents.entities.append(e)
    if det is not None and e.country is None:
        # 'kata sang juru bicara': the state of the spokesperson named before ('Juru bicara
        # Menteri Luar Negeri Korea Utara')
        e.country = _earlier_role_state(ctx, role, start)
    return e


def _lower_role_subject(ctx: _Context, text: str) -> str | None:
    """'Anggota parlemen dari Izeh', 'wakil gubernur keamanan politik Teheran': a role word, then
    only lower-case words, at most one place closing it ('dari Izeh', or a known place/state, however
    written: 'Seorang pejabat pertahanan AS', '... Amerika Serikat'); never a description pointing
    back ('pejabat itu')."""
    g = ctx.ents.g
    text = text.strip()
    words = text.split()
    while len(words) > 1 and words[-1].casefold() in ctx.qf.auxiliaries:
        # ('Pemerintah lokal Afghanistan sebelumnya menyebutkan': an adverb before the verb)
        words.pop()
        text = text[:text.rfind(words[-1]) + len(words[-1])]
    if len(words) == 1:
        # ('Presiden juga mengingatkan ...', 'Pemerintah juga mengajak ...': one word and an adverb
        # is read as the word alone is, by the rules of titles and unnamed authorities)
        return None
    tail = re.search(rf"(?:[ \t]+[{UPPER}][\w-]*)+\Z", text)
    state = tail.group().strip() if tail is not None and g.finder.code_of(tail.group().strip()) else None
    if state is not None and len(state.split()) < len(words) - 1:
        words = words[:len(words) - len(state.split())] + [state]
    # ('Sejumlah pejabat Afghanistan mengatakan', 'Para pejabat Korsel mengatakan': several holders)
    many = ctx.qf.role_quantifier.match(text) if ctx.qf.role_quantifier is not None else None
    head = text[many.end():] if many is not None else text
    if not g.pack.get("lower_role_subjects") or g.lower_role_start is None or not 2 <= len(words) <= 7 \
            or not (g.lower_role_start.match(head) or (ctx.qf.unnamed_source is not None
                                                       and ctx.qf.unnamed_source.match(head))) \
            or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:-1]) \
            or words[-1].casefold() in g.anaphor_markers:
        return None
    last = words[-1]
    if not re.fullmatch(r"[a-z][a-z-]*", last):
        # (a state closing it is the state's own phrase: 'pemerintah China' is China speaking)
        if len(words) == 2 and words[0].casefold() in ctx.qf.country_prefixes and g.finder.code_of(last):
            return None
        if last == state and not re.fullmatch(rf"[{UPPER}][a-z-]+", last):
            return text
        if not re.fullmatch(rf"[{UPPER}][a-z-]+", last) or not (
                words[-2] in ("dari", "di") or last.casefold() in g.places or g.finder.code_of(last)):
            return None
    return text


def _earlier_role_state(ctx: _Context, role: str, start: int) -> str | None:
    """The state of the last earlier mention of a role written with its state ('Pemerintah
    Amerika Serikat', 'Juru bicara Menteri Luar Negeri Korea Utara')."""
    g = ctx.ents.g
    forms = (role, role[:1].upper() + role[1:], role.title())
    at = start
    earlier = None
    for _ in range(8):
        at = max(ctx.body.rfind(f, 0, at) for f in forms)
        earlier = g.match_at(ctx.body, at) if at >= 0 else None
        if at < 0 or earlier is not None:
            break
    if at >= 0 and earlier is not None and not g.is_former(earlier.group()):
        return g.role_country(earlier.group())
    return None


def _dateline_state(ctx: _Context) -> str | None:
    """'Tokyo (ANTARA News) - ...': the state of the place the wire story was filed from, whose
    government an unnamed official of the story speaks for."""
    span = ctx.furniture.dateline
    found = ctx.ents.g.finder.find(ctx.body[span[0]:span[1]]) if span else []
    return found[0].code if len(found) == 1 else None


_APPOSITIVE_ROLE = re.compile(r",[ \t]+([^,.;:\"“”\n]{3,90}?)(?=[ \t]*[,.;:\n]|$)")


def _verb_in_apposition(ctx: _Context, text: str) -> bool:
    """'kata Diah, aparatur dituntut berubah ...', 'Menurut Rudi, apabila kepala daerah menjalankan
    ...': a lower-case verb (an active or a passive prefix, then its stem) in the words after a name
    and its comma makes them the clause the cue reports, not the name's office. (Not a title or a
    profession that opens like a verb, 'direktur', 'menteri'; nor a verb of a relative clause on the
    office: 'juru bicara tim yang menangani kasus itu'.)"""
    qf, g = ctx.qf, ctx.ents.g
    for w in re.findall(r"[\w-]+", text):
        f = w.casefold()
        if f in qf.relative_set:
            return False
        if w.islower() and qf.clause_verb.fullmatch(w) and f not in qf.predicate_non_verbs \
                and f not in g.title_words and f not in g.profession_words:
            return True
    return False


def _relative_names_office(g, text: str, words: list[str]) -> bool:
    """A relative clause after a name names an office or a state's body ('who heads the French
    culture ministry', 'who is also the country's interior minister'): a title's first word, a
    domestic office or a state body's word. Without one, a state it names is someone else's
    nationality or a place ('who came to the gala with her French husband')."""
    return any(w in g.title_openers and w not in g.stopwords for w in words[1:]) \
        or (g.domestic_role_re is not None and g.domestic_role_re.search(text) is not None) \
        or any(w.strip("(),") in g.state_body_words for w in text.split())


def _role_after(ctx: _Context, p: Parsed, end: int) -> None:
    """'kata Zaw Htay, juru bicara kantor Suu Kyi, kepada ...' / '..., said Mike Pompeo, the US
    Secretary of State': a role in apposition after the name gives role and state. The state is
    the role's own (`Iran's foreign minister`) or that of a known official it names (`kantor Suu
    Kyi` -> MM)."""
    m = _APPOSITIVE_ROLE.match(ctx.body, end)
    if not m:
        return
    text = m.group(1).strip()
    g = ctx.ents.g
    words = [w.casefold().rstrip(".") for w in re.findall(r"[\w.'’-]+", text)]
    if not words or not any(w in g.title_words for w in words[:4]) \
            or words[0] in ctx.qf.object_prepositions:
        return  # 'kata Rycroft, Senin (11/12)', '..., dalam jumpa pers': not a role
    if g.is_clause(text):
        return  # '..., kata Karim, tetap menjadi prioritas Presiden': the sentence goes on
    if words[0] in ctx.qf.relative_set and not _relative_names_office(g, text, words):
        return  # '..., said Mara Quinn, who came to the gala with her French husband': a nationality, no office
    if _verb_in_apposition(ctx, text):
        return  # 'Menurut Yudi, pengawasan dilakukan bersama kejaksaan.': the clause reported
    lead = ctx.qf.determiner.match(text + " ") if ctx.qf.determiner is not None else None
    if lead is None and text[:2].islower() and re.match(r"(?:the|a|an)\s", text):
        lead = re.match(r"(?:the|a|an)\s+", text)
    p.role = text[lead.end():] if lead else text  # 'the US Secretary of State' -> the title
    country = g.role_country(text)
    if country is None:
        for run in re.finditer(rf"{NAMEWORD}(?:[ \t]+{NAMEWORD})*", text):
            principal = ctx.ents.find_person(run.group())
            country = (principal.country if principal is not None else None) \
                or ctx.ents.official(run.group())
            if country:
                break
    if country and not g.is_former(text):
        p.country = p.country or country


_AGE = re.compile(r"\(\d{1,3}\)")
@lru_cache(maxsize=8)
def _full_then_short(joiners: tuple[str, ...]) -> re.Pattern:
    """Capitalised words (and the pack's short_form_name_joiners), then a short form in brackets."""
    small = "".join(f"|{re.escape(w)}" for w in joiners)
    return re.compile(rf"(?P<full>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*{small}))+)[ \t]*"
                      r"\((?P<short>[A-Z][A-Za-z&.]{1,9})\)[ \t]*\Z")


def _named_with_short_form(ctx: _Context, seg_start: int, text: str) -> Entity | None:
    """'..., wrestling promotion World Wonder Ring Stardom (Stardom) announced.': capitalised words,
    then their short form in brackets (one of their words, of three words or more, or their
    initials), name a body, not a person ('Ring Stardom'); a description before them in lower case
    is no part of the name."""
    m = _full_then_short(tuple(ctx.qf.pack.words("short_form_name_joiners"))).search(text)
    if m is None:
        return None
    full, short = m.group("full"), m.group("short")
    words = full.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if not ((len(words) >= 3 and short in words[1:]) or short.replace(".", "").upper() == initials.upper()):
        return None
    before = text[:m.start("full")].split()
    offices = set(ctx.qf.pack.words("short_form_office_prepositions"))
    if full.endswith(("'", "’")) or any(w.casefold() in ctx.ents.g.connectors or w.casefold() in offices
                                        for w in before):
        return None  # (a possessive; an office of the body: 'general secretary of the Centre ...')
    if any(w[:1].isupper() for w in before[1:]) or (len(before) == 1 and before[0][:1].isupper()
                                                     and before[0].casefold() not in ctx.qf.sentence_determiner_set):
        return None  # (capitals before the name: the name may begin earlier, or name someone)
    at = seg_start + m.start("full")
    return ctx.ents.resolve(Parsed(full, at, at + len(full), None, full, "organization", None), at)


_BRACKETED_SHORT_TAIL = re.compile(r"[ \t]*\([A-Z][A-Za-z&.-]{1,9}\)[ \t]*\Z")  # (_subject)
_BRACKETED_SHORT_END = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)$")  # ('... Fellowship (LCF)')
