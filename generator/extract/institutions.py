"""Which institution a subject means when it names none in full.

A group word as the speaker ('Senators': `_group`), an authority, the firm named or described
last (`_firm_named_last` and the firm readers below it), the body a sentence opens with that a
later 'it' means (`_opening_body`, `_spokesperson_body`), and the institution a noun stands for
('the embassy': `_named_institution`, `_introduced_by_noun`). Called by `subjects` and
`phrase_after` and by the report readers; it imports `segments`, `antecedents` (whether 'it' may
mean a body) and `office_holders` (a group word that is a named holder's role).
"""
from __future__ import annotations

import bisect
import re

from .antecedents import _may_be_body
from .mentions import Entity, Parsed
from .office_holders import _holder_named_last
from .outlets import is_news_outlet, is_press
from .segments import _Context, _verb_like
from .sentences import Sentence


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
        # (not a prize's or a show's judges in a story with no word of a court: '"...," wrote the judges.')
        e.country = ctx.ents.story_state(at) if dom is not None and dom.fullmatch(singular) \
            and not ctx.ents._panel_judge(singular) else None
        ctx.ents.entities.append(e)
    return e


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
        e.country = ctx.ents.story_state(at, local=any(w.casefold() in ctx.ents.g.local_words for w in name.split()))
        ctx.ents.entities.append(e)
    return e


def _firm_named_last(ctx: _Context, before: int, noun: str | None = None) -> Entity | None:
    """The firm the article named last before `before`: a name typed as an organisation within
    1,500 characters (an acronym written once is as likely a disease or an index: 'SARS', 'FTSE')
    or a firm introduced by what it is ('Cairn Energy, a UK oil firm', within 3,000), whichever
    came last; else the one-word name written most often, else the firm introduced by what it is
    that the article named last, else a one-word name typed as a person with no office that is
    never a surname ('Oracle has announced ...'). An organisation whose name ends as no firm's does
    (non_firm_name_tails: 'Loughborough University') is passed over, unless the firm's `noun` may
    name any body (any_body_firm_nouns: 'the group')."""
    body = ctx.body
    named = next(((at, e) for at, e in reversed(ctx.ents.mentions) if before - 1500 <= at < before
                  and e.type == "organization" and e.country is None and e.name
                  and not is_press(e) and e.name.casefold() not in ctx.qf.group_names
                  and e.name.casefold() not in ctx.qf.not_firms
                  and (noun in ctx.qf.any_body_firm_nouns or e.name.split()[-1] not in ctx.qf.non_firm_name_tails)
                  and not body[at - 1:at].isalnum()  # (not a name read inside a word: 'GSM' of '3GSM')
                  and (not e.name.isupper() or body.count(e.name) >= 2)), None)
    if named is not None:
        # (after the name written last, however typed: 'Renault said ...' after 'carmaker Nissan')
        last = next((at for at, e in reversed(ctx.ents.mentions) if at < before and e.name == named[1].name), named[0])
        lone = _lone_person_firm_written(ctx, before, last)
        if lone is not None:
            # ('Microsoft ... its MSN search engine ... Microsoft said ... The company said': the
            # one-word name read as a person's, with no office and never a surname, named since)
            return lone
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


def _lone_person_firm_written(ctx: _Context, before: int, after: int) -> Entity | None:
    """'Microsoft has unveiled ... the MSN search site ... Microsoft is also using ... The company
    said ...': a one-word name written between `after` (where the organisation named last was) and
    `before`, within 1,500 characters, as the last subject of a verb opening a sentence or following
    a comma, that the article typed as a person with no office (or with only a list's other name
    read as one: 'such as Yahoo and Microsoft'), with no state, and that is never a surname nor at a
    place, written twice at least (a name qualifying a noun after the article counts: 'The
    Microsoft search engine' is a firm's or a brand's, never a person's)."""
    lone = _lone_names_cached(ctx, attributive=True)
    joiners = ctx.qf.name_list_joiners
    for m in reversed(list(_LONE_NAME.finditer(ctx.body, max(0, before - 1500, after + 1), before))):
        w = m.group(1)
        verb = _NEXT_LOWER.match(ctx.body, m.end())
        if verb is None or not _verb_like(ctx, verb.group(1)) \
                or not _CLAUSE_OPENS.search(ctx.body, max(0, m.start() - 3), m.start()):
            continue  # (opening a clause, with its verb: not 'albums by Acme and Zentrix have')
        # (only the name written last as a subject: 'Yugansk had secured ... Rosneft already faces
        # ... the company has said' means Rosneft, whether or not it may be read so)
        e = next((x for x in ctx.ents.entities if x.name == w), None)
        if lone.get(w, 0) >= 2 and _firm_word(ctx, w) and e is not None and e.type == "person" \
                and e.country is None and (not e.role or e.role.split()[-1].casefold() in joiners):
            return e
        return None
    return None


_CLAUSE_OPENS = re.compile(r"(?:\A|[.!?\n][\"”’']?|,)[ \t]*\Z")  # (a sentence's start or after a comma)


def _lone_person_firm(ctx: _Context, before: int) -> Entity | None:
    """'Oracle has announced ... The company said ...': a one-word name typed as a person with no
    office, named within 1,500 characters, that is never written as a surname nor at a place."""
    lone = _lone_names_cached(ctx)
    return next((e for at, e in reversed(ctx.ents.mentions) if before - 1500 <= at < before
                 and e.type == "person" and e.name and " " not in e.name and not e.role
                 and e.country is None and lone.get(e.name, 0) >= 2 and _firm_word(ctx, e.name)), None)


def _lone_names_cached(ctx: _Context, attributive: bool = False) -> dict[str, int]:
    """_lone_names of the article, each variant counted once an article at most."""
    if attributive:
        if ctx.lone_names_attributive is None:
            ctx.lone_names_attributive = _lone_names(ctx, attributive=True)
        return ctx.lone_names_attributive
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


def _lone_names(ctx: _Context, attributive: bool = False) -> dict[str, int]:
    """Every one-word capitalised name of the article that may be a firm's, with how often it
    occurs; a word ever written after a capitalised word, a place preposition or 'the', or only
    ever opening a sentence, is left out (0). One pass over the article, kept for the next ask."""
    body, place, article = ctx.body, ctx.qf.after_place, ctx.qf.after_article
    counts: dict[str, int] = {}
    barred: set[str] = set()
    inside: set[str] = set()
    for m in _LONE_NAME.finditer(body):
        w = m.group(1)
        counts[w] = counts.get(w, 0) + 1
        prev = body[max(0, m.start() - 40):m.start()]
        if attributive and article is not None and article.search(prev) and _qualifies_noun(ctx, m.end()):
            inside.add(w)  # ('the Microsoft search engine', when asked: a noun qualified, no place)
        elif _AFTER_CAPITAL.search(prev) or (place is not None and place.search(prev)):
            barred.add(w)  # ('in Frankfurt', 'the Lords')
        elif _AFTER_LOWER.search(prev):
            inside.add(w)
    return {w: (0 if w in barred or w not in inside else n) for w, n in counts.items()}


_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")


def _qualifies_noun(ctx: _Context, end: int) -> bool:
    """Whether the name ending at `end` is followed by a lower-case word that is no verb of it
    nor a function word ('the Microsoft search engine', not 'the Lords said', 'the Lords and')."""
    nxt = _NEXT_LOWER.match(ctx.body, end)
    return nxt is not None and not _verb_like(ctx, nxt.group(1)) and nxt.group(1) not in ctx.ents.g.stopwords


def _opening_body(ctx: _Context, at: int, stateless: bool = False, depth: int = 1) -> Entity | None:
    """The body the sentence before the one at `at` opens with, as its subject: 'Standard Life is
    the latest shareholder ... It said ...', 'German investment bank Deutsche Bank has challenged ...
    In a court filing, it said ...' (a centre of attention an 'it' or 'the firm' goes on with). None
    when that sentence opens otherwise (a person, a document, a possessive: 'Barclays' chief said'),
    with the press, or, when `stateless` (a firm, a party), with a state's body. One look at the
    mentions of one sentence (bisect), no scan of the article."""
    prev = ctx.sentence_before(at)
    if prev is None:
        return None
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
        if p is not None and p.type == "role" and g.role_names_body(p.role, of_complement=True):
            # ('The Muslim Council of Britain has complained ... It says ...': a body's name read as
            # an office, as subjects reads a subject's; here also with its 'of' complement)
            p = Parsed(p.text, p.start, p.end, None, p.role, "organization", p.country)
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


def _named_by_its_staff(ctx: _Context, noun: str, before: int) -> Entity | None:
    """'Glenn Hoddle will be unveiled as the new Wolves manager ... The club have confirmed ...': with
    no body named otherwise, the one named last, within 3,000 characters before `before`, only before
    a role its staff hold (attributive_body_roles of the noun: 'Wolves manager', 'Rovers striker'); not
    a state's name ('the former England coach' leads a national side), a title or an opener, nor a
    person with an office, and written twice at least ('Fund manager Florian Hamm' opening a sentence
    names no fund). Two capitalised words there read as a person's name with none ('the new Harbour
    Rovers manager') are the club's. None when two bodies are so named ('Everton manager David Moyes
    ... Chelsea defender William Gallas ... The club website reported': either may be meant)."""
    pattern = ctx.qf.attributive_body_roles.get(noun)
    if pattern is None:
        return None
    found = None
    for m in pattern.finditer(ctx.body, max(0, before - 3000), before):
        words = m.group("name").split()
        while words and not _firm_word(ctx, words[0], strict=False):
            words = words[1:]  # ('Former Wolves manager': the name after the opener)
        name = " ".join(words)
        person = ctx.ents.find_person(name) if name else None
        if name and not ctx.ents.g.finder.code_of(name) and (person is None or not person.role) \
                and ctx.body.count(name) >= 2:
            if found is not None and found[1] != name:
                return None
            found = (m.end("name") - len(name), name)
    if found is None:
        return None
    at, name = found
    e = next((x for x in ctx.ents.entities if x.name == name and x.type == "organization"), None)
    if e is None:
        e = Entity(name=name, type="organization", role=None, first=at)
        ctx.ents.entities.append(e)  # (not a mention: the club is read only for the noun that means it)
    return e if e.country is None else None


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
        return _introduced_by_noun(ctx, noun, before) or _firm_named_last(ctx, before, noun) \
            or _opening_body(ctx, before, stateless=True) or _named_by_its_staff(ctx, noun, before)
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
