"""Indirect speech: a sentence's subject and its reported clause ('X said (that) ...', 'X mengatakan ...')."""
from __future__ import annotations

import dataclasses
import itertools
import re

from .cues import QuoteFinder
from .marks import _MARKS, Quote, _Segment, _WORDS, _trim
from .outlets import is_news_outlet, is_press
from .sentences import Sentence
from .mentions import Entity, Parsed, UPPER, _at, _common_words, after_blanks, word_positions
from .antecedents import (_antecedent, _dated, _gender, _described_referent, _describes_person, _epithet_office_state,
                          _officer_named_last, _person_head, _may_be_body, _pronoun_fits, _pronoun_may_mean,
                          _sole_body_just_before)
from .institutions import _authority, _firm_word, _group, _named_institution
from .phrase_after import _phrase_after, appositive_role
from .segments import _CAPITALISED_RUN, _Context, _joined_role, _possessed_person, _run_in_subject, _segments_of
from .subjects import DESCRIPTOR_BEFORE_NAME, _POSSESSIVE_END, _joint_bodies, _joint_subjects, _subject


# a full stop after a word (or an acronym: 'DEC.', not an initial's 'U.S.'), then a quote opening
# with a capital: the end of a sentence
_STOP_BEFORE_QUOTE = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})[.!?][ \t]+[\"“](?=[A-Z])")
# blanks, then a lower-case word: the clause goes on with no name or comma ('Menurut dia pihaknya ...')
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


# a speaker's name after a cue with no comma before it, closed by a comma before a clause: one opening in
# lower case ('Dalam lakon ini kata Tjahjo, pemuda itu ...'), or a capitalised subject and its prefixed verb
# ('Secara garis besar kata Yusuf, Bluebell menceritakan ...'; not a list of names, 'kata Yusuf, Rina dan Budi')
_NAME_COMMA_THEN = re.compile(r"[^,.;\"“”]{0,80},[ \t]+(?:(?P<lower>[a-z(])|[A-Z][\w-]*[ \t]+(?P<verb>[a-z]+))")


def _clause_after_cue_comma(qf, body: str, pos: int, end: int) -> bool:
    """Whether a name at `pos` after a cue with no comma before it is closed by a comma before a clause."""
    m = _NAME_COMMA_THEN.match(body, pos, end)
    return m is not None and (m.group("lower") is not None
                              or qf.clause_verb.fullmatch(m.group("verb")) is not None)


def _document_owner(ctx: _Context, start: int, end: int, last: Entity | None, bare: bool = True) -> Entity | None:
    """Who issued the document named in body[start:end]: its owner ('The family's statement on the
    death', 'Judge Miller's statement'), its source ('a statement from the CIA', 'The opinion of
    the Court') or the body naming it ('an AEW press release'); 'the statement' alone is the last
    speaker's. None when the phrase names no document."""
    qf, body = ctx.qf, ctx.body
    while start < end and body[start].isspace():
        start += 1
    for pattern in (qf.document_owned, qf.document_of, qf.document_named):
        m = pattern.match(body, start, end) if pattern is not None else None
        if m is None:
            continue
        if _owner_is_a_date(ctx, m.start("owner"), m.end("owner")):
            # ("Wednesday's statement said ...": the day it came out, not who issued it, and the
            # entity spoken of last is often not the issuer either: no speaker)
            return None
        e = _owner_named(ctx, m.start("owner"), m.end("owner"))
        if e is not None:
            return e
    if bare and qf.document_bare is not None and qf.document_bare.fullmatch(body, start, end):
        return last
    return None


def _owner_is_a_date(ctx: _Context, a: int, b: int) -> bool:
    """Whether a document's owner in body[a:b] is a weekday ('Wednesday's statement', 'last Monday's
    ruling'): a date, never a speaker. (Not a month: 'May's statement' is Theresa May's.)"""
    words = re.findall(r"[\w-]+", re.sub(r"['’]s?\s*\Z", "", ctx.body[a:b]))
    return bool(words) and words[-1] in ctx.qf.pack.words("weekday_names")


def _owner_named(ctx: _Context, a: int, b: int) -> Entity | None:
    """The speaker a document's owner names in body[a:b]: a person named before ('Trump's statement'),
    a subject phrase, or a body in capitals the article has not made a speaker of yet."""
    owner = ctx.body[a:b].strip()
    e = ctx.ents.find_person(owner) if owner[:1].isupper() else None
    if e is None:
        e, _ = _subject(ctx, a, b, [])
    if e is None and owner[:1].isupper():
        # ('Stardom's official statement': a body the article has not made a speaker of)
        found = ctx.ents.g.finder.find(owner)
        code = found[0].code if found and found[0].start == 0 else None
        e = ctx.ents.resolve(Parsed(owner, a, a + len(owner), None, owner, "organization", code), a)
    return e


def _source_document(ctx: _Context, pos: int, end: int) -> tuple[Entity | None, int]:
    """The issuer of a document given as the source after 'according to', and where the document's
    name ends: 'According to a March 14, 2019 NATO press release, Hungary spent ...', '76 villages
    were affected according to NDRRMC report on Saturday', 'according to a police statement' (the
    authorities of the story's state); not the press ('according to a Reuters report')."""
    qf = ctx.qf
    m = qf.source_document.match(ctx.body, pos, end) if qf.source_document is not None else None
    if m is None:
        return None, -1
    au = qf.authority.fullmatch(m.group("owner")) if qf.authority is not None else None
    e = _authority(ctx, au.group("who"), m.start("owner")) if au is not None \
        else _owner_named(ctx, m.start("owner"), m.end("owner"))
    if e is None or is_press(e):
        return None, -1
    return e, m.end()


def _quoted_document_owner(body: str, quotes, noun: str) -> Entity | None:
    """'In the letter to GitHub, EFF's attorney Stoltz said "..." ... Philipp Hagemeister had spoken
    ... "...", the letter read.': a document named before is the one whose words the article quoted
    in the last sentence naming it; that quote's speaker issued it (not whoever spoke last)."""
    word = re.compile(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", re.I)
    for q in reversed(quotes[-12:]):
        if q.speaker is None or q.sentence is None:
            continue
        a, b = q.sentence
        if word.search(body, a, q.start) or word.search(body, q.end, b):
            return q.speaker
    return None


def _plain_form_unreported(qf: QuoteFinder, before: str) -> bool:
    """Whether a plural present report verb after `before` reports no one: its subject is a pronoun
    of the speaker or the listener, or it is an infinitive or follows a modal (unreported_pronouns),
    adverbs in between ('I can also say'). 'Would' with an adverb of a later time before the verb
    ('She would later say her union was ...', retrospective_adverbs) tells a report of the past: reported."""
    later = False
    for w in reversed(re.findall(r"[\w']+", before[-80:])):
        if w.casefold() in qf.retrospective_adverbs:
            later = True
            continue
        if w.casefold() in qf.participle_adverbs or w.endswith("ly") or w.casefold() in qf.pronoun_quantifiers:
            continue
        if later and w.casefold() in qf.retrospective_modals:
            return False
        return w in qf.unreported_pronouns
    return False


def _opening_they_of_body_just_before(ctx: _Context, s: Sentence, before: str, recent: Entity | None) -> bool:
    """Whether the words before a plural present report verb are the plural pronoun opening the
    sentence (adverbs of the verb group aside: 'They also say ...') and the group or body quoted last
    was spoken of in the sentence just before: 'Critics say the law would favour large firms. They say
    it could ...' is the critics' report, not a vague 'they' (which a lower-case 'but they all say
    that ...' inside an answer stays; nor a 'They' after a sentence about someone else)."""
    words = re.findall(r"[\w'’]+", before)
    if not words or not words[0][:1].isupper() or words[0].casefold() not in ctx.qf.plural_pronouns \
            or any(w.casefold() not in ctx.qf.participle_adverbs for w in words[1:]):
        return False
    if recent is None or recent.type == "person":
        return False
    prev = ctx.sentence_before(s.start)
    return prev is not None and any(prev.start <= at < prev.end and e is recent for at, e in ctx.ents.mentions)


def _listed_people(ctx: _Context, start: int, verb_start: int, spans) -> list[Entity] | None:
    """'Pierce and Hawkins both argued ...', 'La Riva, Hawkins, Blankenship, and Carroll all agreed
    that ...': a list of people the article has named, alone before the verb (perhaps with 'all' or
    'both'), is the subject; each of them reports the clause."""
    qf = ctx.qf
    if qf.listed_people is None or any(a < verb_start and start < b for a, b in spans):
        return None
    m = qf.listed_people.fullmatch(ctx.body, start, verb_start)
    if m is None:
        return None
    names = [n.strip() for n in qf.listed_name_split.split(m.group("names")) if n.strip()]
    people = [ctx.ents.find_person(n) for n in names]
    if len(people) < 2 or any(p is None or p.type != "person" for p in people) or len({id(p) for p in people}) < len(people):
        return None
    return people


def _pair_named_before(ctx: _Context, start: int, verb_start: int, window: int = 3000) -> tuple[Entity, Entity] | None:
    """'Emily Spanton met officers Antoine Quirin and Nicolas Redouane ... The defendants claimed
    Spanton first complained of theft': a plural noun for a pair of people alone before the verb
    (pair_subject) is the two people the article last named joined by 'and'; each reports the clause."""
    qf, body = ctx.qf, ctx.body
    if qf.pair_subject is None or qf.pair_join is None or qf.pair_subject.fullmatch(body, start, verb_start) is None:
        return None
    mentions = [(at, e) for at, e in ctx.ents.mentions if start - window <= at < start and e.name]
    for (a1, e1), (a2, e2) in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if e1 is e2 or a2 <= a1 or not qf.pair_join.fullmatch(body, a1, a2):
            continue
        # (the last pair named is the one meant: no guess further back when it is no pair of people)
        return (e1, e2) if e1.type == "person" and e2.type == "person" else None
    return None


def _bodies_named_before(ctx: _Context, start: int, verb_start: int, spans, window: int = 1500) -> tuple[Entity, Entity] | None:
    """'UK-based retailer Tesco and Denmark-based retailer Salling Group announced their agreement ...
    The parties said they expect a decision this year', 'ScanSoft and Gracenote are developing ...
    The companies estimate that ...': a plural noun for bodies alone before the verb (pair_body_nouns)
    is the two names the article last joined by 'and' as the subject of a verb before the sentence,
    outside quotes (the noun says they are bodies, whatever the names alone would say); each reports
    the clause (the annotations list one entry per body). Not when those two close a list of more ('Sony, IBM and
    Toshiba': a pair would leave one out)."""
    qf, body = ctx.qf, ctx.body
    if qf.body_pair_subject is None or qf.named_body_pair is None \
            or qf.body_pair_subject.fullmatch(body, start, verb_start) is None:
        return None
    lo = max(0, start - window)
    found = [m for m in qf.named_body_pair.finditer(body, lo, start)
             if not any(a <= m.start() < b for a, b in spans)]
    if not found:
        return None
    m = found[-1]
    noun = qf.body_pair_subject.fullmatch(body, start, verb_start).group("noun")
    if re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", body[:m.start()], re.I):
        return None  # ('unions at the Italian carmaker have said ... The unions said ...': the noun
        # named its own group before those two were named)
    a_name, b_name = m.group("a"), m.group("b")
    if body[lo:m.start()].rstrip().endswith(",") or a_name.split()[0] in qf.body_pair_sentence_articles \
            or any(ctx.ents.g.finder.code_of(n) is not None for n in (a_name, b_name)):
        return None  # (a list of three or more; a sentence's first word; countries, not bodies)
    pair = []
    for name, at in ((a_name, m.start("a")), (b_name, m.start("b"))):
        known = ctx.ents.find_person(name)
        if known is not None and known.type == "person" and known.name == name and len(name.split()) >= 2:
            return None  # ('Tom Hale and Ann Lee': people the article named, not bodies)
        e = ctx.ents.resolve(Parsed(name, at, at + len(name), None, name, "organization", None), at)
        if e is None:
            return None
        pair.append(e)
    return (pair[0], pair[1]) if pair[0] is not pair[1] else None


def _is_court(qf: QuoteFinder, e: Entity) -> bool:
    """Whether a speaker is a court or one of its judges, by a head word of its name or role ('the
    Court of Session', 'United States District Court Judge Victor Marrero')."""
    words = re.findall(r"[\w-]+", f"{e.name} {e.role or ''}".casefold())
    return any(w in qf.court_heads for w in words)


def _is_research(qf: QuoteFinder, e: Entity) -> bool:
    """Whether a speaker is research reporting its findings, by the last word of its name ('study',
    'the researchers', 'team')."""
    words = re.findall(r"[\w-]+", (e.name or "").casefold())
    return bool(words) and words[-1] in qf.research_heads


def _research_spoken_of(ctx: _Context, pos: int, window: int = 2000) -> Entity | None:
    """The research (research_heads) the article spoke of last before `pos`, within `window` characters,
    else research opening the sentence before (a research head among its first eight words, outside
    quotes: 'Here, researchers evaluated CT scans ...', 'The Montreal team, led by X, used data ...')."""
    for at, e in reversed(ctx.ents.mentions):
        if at >= pos:
            continue
        if pos - at > window:
            break
        if _is_research(ctx.qf, e):
            return e
    prev = ctx.sentence_before(pos)
    if prev is None:
        return None
    if any(ch in ctx.body[prev.start:prev.end] for ch in '"“”'):
        return None
    for w in list(re.finditer(r"[\w'’-]+", ctx.body[prev.start:prev.end]))[:8]:
        if w.group().casefold() in ctx.qf.research_heads and w.group()[:1].islower():
            return _group(ctx, w.group().casefold(), prev.start + w.start())
    return None


def _before_research_aside(qf: QuoteFinder, before: str) -> str | None:
    """The words before an aside between commas on how research was made that ends `before` ('The
    survey, conducted by Acme,' -> 'The survey'), else None."""
    if not before.rstrip().endswith(",") or qf.research_aside is None:
        return None
    opening = before.rstrip()[:-1].rfind(",")
    if opening < 0 or not qf.research_aside.match(before, opening + 1):
        return None
    return before[:opening]


def _after_research_word(qf: QuoteFinder, before: str) -> bool:
    """Whether the words before a finding verb end in research or its pronoun ('The study also',
    'they'; 'it' where research may be 'it', research_body_it: 'The report reveals that ... It also shows
    that ...', kept only when 'it' turns out to be research), adverbs of the verb group aside (and an
    aside on how it was made: 'The survey, conducted by Acme, showed that ...')."""
    before = _before_research_aside(qf, before) or before
    for w in reversed(re.findall(r"[\w'’-]+", before[-60:])):
        if w.casefold() in qf.group_adverbs:
            continue
        return w.casefold() in qf.research_heads or w.casefold() in qf.plural_pronouns \
            or (w.casefold() in qf.body_pronouns and qf.research_body_it)
    return False


def _research_word_before(qf: QuoteFinder, before: str) -> re.Match | None:
    """The research head (lower case) that ends the words before a finding or report verb, adverbs of
    the verb group aside, when it heads its clause's subject: a few words at most between it and the
    clause's opening (a comma or dash, a subordinator or coordinator, not the sentence's start: 'after a South
    Korean parliamentary report suggested', 'although the survey also found'), none of them a
    preposition ('participants in her study indicated', 'consensus among scientists says': what the
    research is of speaks) nor a news outlet ('the Sunday Telegraph report added': the press); not a
    head that also names a newspaper (press_research_heads: 'The paper said ...'), else None."""
    tail = before[-80:]
    words = list(re.finditer(r"[\w'’-]+", tail))
    while words and words[-1].group().casefold() in qf.group_adverbs:
        words.pop()
    if not words:
        return None
    rw = words[-1]
    head = rw.group()
    if not head[:1].islower() or head.casefold() not in qf.research_heads or head.casefold() in qf.press_research_heads:
        return None
    lead, after = [], rw.start()
    for w in reversed(words[:-1]):
        if re.search(r"[,;:—–()\"“”]|\s-\s", tail[w.end():after]) or w.group().casefold() in qf.clause_opening_words:
            break
        lead.append(w)
        after = w.start()
    else:
        return None  # (research opening the sentence is left to the subject and document rules: 'The
        # annual report showed the firm's sales fell ...'; or the clause opens further back than read)
    if len(lead) > 4 or any(w.group().casefold() in qf.object_prepositions
                            or w.group().casefold() in qf.finding_adjunct_openers for w in lead):
        return None
    names = " ".join(w.group() for w in reversed(lead) if w.group()[:1].isupper())
    if names and is_news_outlet(names):
        return None
    return rw


def _makes_finding(qf: QuoteFinder, e: Entity, verb: str) -> bool:
    """Whether a finding verb ('found', 'concluded') has a speaker that makes findings: a court
    (court_findings) or research (research_findings)."""
    return (verb in qf.court_findings and _is_court(qf, e)) or (verb in qf.research_findings and _is_research(qf, e))


def _finding_adjunct_end(qf: QuoteFinder, body: str, start: int, end: int) -> int:
    """Where the clause of a finding starts after an adjunct opening it ('The observations showed
    without the active ACC due to muscimol, the active rats ... were no longer averse ...': a
    preposition of finding_adjunct_openers, a comma, then a determiner, a pronoun or a name), else -1."""
    m = re.match(r"[ \t]*([\w'’-]+)[^,;:\"“”()]{3,80},[ \t]+(?=([\w'’-]+))", body[start:end])
    if m is None or m.group(1).casefold() not in qf.finding_adjunct_openers or not (
            m.group(2)[:1].isupper() or m.group(2).casefold() in qf.finding_openers):
        return -1
    return start + m.end()


def _opens_finding(qf: QuoteFinder, rest: str) -> bool:
    """Whether what follows a court's finding verb opens a clause: a name, a determiner or a pronoun,
    not a bare adjective ('found unconstitutional a 2005 law' is an object, no clause)."""
    first = re.match(r"[ \t]*([\w'’-]+)", rest)
    if first is None:
        return False
    if first.group(1)[:1].isupper() or first.group(1).casefold() in qf.finding_openers:
        return True
    if _finding_adjunct_end(qf, rest, 0, len(rest)) >= 0:
        return True
    quantity = qf.finding_quantity.match(rest) if qf.finding_quantity is not None else None
    if quantity is not None and _counted_then_verb(qf, rest[quantity.end():]):
        return True
    if _plain_present_clause(qf, rest):
        return True  # ('shows women live longer than men')
    # ('scientists report spiky skulls evolved at least 25 separate times': a bare noun of up to three
    # words, then its past or finite verb at once; not 'found significant quantities of virus in ...')
    # ('report ancient Egyptians captured sacred ibises': a name may stand in the noun)
    words = re.findall(r"[\w'’-]+|[^\w\s]", rest[:120])[:4]
    for i, w in enumerate(words[1:], 1):
        if w.islower() and (w in qf.finite_words or (w.endswith("ed") and len(w) > 4)):
            return all(x.isalpha() and x.casefold() not in qf.object_prepositions and x.casefold() not in qf.finding_openers
                       and x.casefold() not in qf.coordinator_set and x.casefold() not in qf.finite_words
                       for x in words[:i])
        if not w.isalpha():
            return False
    return False


def _plain_present_clause(qf: QuoteFinder, rest: str) -> bool:
    """Whether what follows a finding verb is a clause with a plural subject and a plain present verb
    ('shows women live longer than men', 'found the firms pay their staff less'): maybe a plural
    determiner, one or two lower-case words, the last a plural (an 's' or finding_plural_nouns), then a
    plain form (no 's', 'ed' or 'ing', no function word), then a comparison or an object's determiner
    (finding_comparatives, present_verb_objects); not 'showed mixed results overall'."""
    if not qf.finding_after_plain:
        return False
    words = re.findall(r"[\w'’-]+|[^\w\s]", rest[:120])[:6]
    if words and words[0].casefold() in qf.present_plural_dets:
        words = words[1:]
    function = qf.object_prepositions | qf.coordinator_set | qf.relative_set | qf.finding_openers \
        | qf.finding_plain_stops
    for n in (1, 2):
        if len(words) < n + 2 or not all(w.isalpha() and w.islower() and w not in function for w in words[:n + 1]):
            return False
        noun, verb, nxt = words[n - 1], words[n], words[n + 1]
        plural = noun in qf.finding_plural_nouns or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")))
        if plural and not verb.endswith(("s", "ed", "ing", "ly")) and verb not in qf.finite_words \
                and nxt.casefold() in qf.finding_after_plain:
            return True
    return False


def _counted_then_verb(qf: QuoteFinder, rest: str) -> bool:
    """After a quantity opening a finding ('found 15% of firms had failed ...', 'found nearly a
    quarter of them were ...'), what it counts ('of' and up to a few words) and then a finite verb: a clause;
    not a counted object ('found 15 genes in the samples', 'found 40% more cases')."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", rest[:100])[:5]
    for i, w in enumerate(words):
        if w.islower() and w in qf.finite_words:
            return all(x.isalpha() and x.casefold() not in qf.coordinator_set and x.casefold() not in qf.finite_words
                       and (x.casefold() == "of" or x.casefold() not in qf.object_prepositions) for x in words[:i])
        if not w.isalpha():
            return False
    return False


def _issuer_before_comma(ctx: _Context, pos: int, end: int) -> bool:
    """Whether the issuer named at `pos`, after a document as the source ('Dikutip dari rilis Dinas
    Sosial, ...'), is named by the words before the next comma: not a person in the clause after it
    ('Dari keterangan Kementerian X, Hanif menyegel ...' is the ministry's, whoever Hanif is) nor the
    last part of a name with commas inside ('data Badan Meteorologi, Klimatologi, dan Geofisika')."""
    comma = ctx.body.find(",", pos, end)
    e = _phrase_after(ctx, pos) if comma > pos else None
    first = re.match(r"[ \t]*([\w-]+)", ctx.body[comma + 1:end]) if e is not None else None
    if e is None or (first is not None and first.group(1).casefold() in ctx.qf.source_list_openers):
        return False  # ('..., berikut ini adalah tugas dan fungsinya': a list announced, no statement)
    if (e.name or "").casefold() in ctx.qf.source_platforms:
        return False  # ('Melalui laman Facebook, Kementerian X membenarkan ...': where it was posted)
    named = {w.casefold() for w in re.findall(r"[\w-]+", ctx.body[pos:comma])}
    return any(w.casefold() in named for n in [e.name or "", *e.aliases] for w in re.findall(r"[\w-]+", n))


def _name_goes_on_after_comma(qf: QuoteFinder, body: str, comma: int, end: int) -> bool:
    """Whether the words after the comma at `comma` go on with a body's name that has commas inside, up to
    its short form in brackets: 'Badan Meteorologi, Klimatologi dan Geofisika (BMKG) gempa ...',
    'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), ...' (capitalised words, a coordinator, capitalised
    words, then the bracket)."""
    words = re.match(r"[ \t]*([^(]{0,80})\(", body[comma + 1:end]) if comma >= 0 else None
    if words is None:
        return False
    parts = re.findall(r"[^\s,]+", words.group(1))
    if len(parts) < 3 or not any(w.casefold() in qf.coordinator_set for w in parts[1:-1]):
        return False
    return all(w[:1].isupper() or w.casefold() in qf.coordinator_set for w in parts)


def _body_issuer_before_name(ctx: _Context, pos: int, end: int) -> Entity | None:
    """'Dari keterangan Kementerian X, Hanif menyegel ...': the body named between the document and
    the comma issued it, though the phrase reader takes the name after the comma for the body's
    officer in apposition; only a body, and only before a capitalised name (the clause's subject)."""
    body, g = ctx.body, ctx.ents.g
    comma = body.find(",", pos, end)
    if comma < 0 or not re.match(rf",[ \t]+[{UPPER}]", body[comma:end]):
        return None
    if ctx.qf.indirect_verb is not None and ctx.qf.indirect_verb.search(body, comma, end):
        return None  # ('..., Kombes X menyebut ...': the officer's own report, not the body's)
    m = g.match_at(body[:comma], pos)
    if m is None or m.start() != pos or m.end() != comma:
        return None
    p = g.parse(body[:comma], m.start(), m.end(), None, False)
    if p is None or p.type != "organization" or is_news_outlet(p.name or ""):
        return None
    return ctx.ents.resolve(p, p.start)


def _document_source_named(ctx: _Context, s: Sentence, text: str, end: int, spans) -> Entity | None:
    """The source named for the document that opens text[:end], the subject before a report verb:
    'Another report from the Mexican government during the weekend said ...' is the government's, 'A
    report by analysts Acme ...' and '... by telecoms giant BT' the name's after what it is."""
    ds = ctx.qf.document_source.match(text, 0, end) if ctx.qf.document_source is not None else None
    if ds is None:
        return None
    e, _ = _subject(ctx, s.start + ds.start("who"), s.start + ds.end("who"), spans)
    named = DESCRIPTOR_BEFORE_NAME.match(ds.group("who")) if e is None else None
    if named is not None:
        e, _ = _subject(ctx, s.start + ds.start("who") + named.end(), s.start + ds.end("who"), spans)
    return e


def _narration_follows(ctx: _Context, pos: int) -> bool:
    """Whether the next sentence after pos is the story's own narration: no quote mark, no personal pronoun,
    no speech verb and no person's full name in it ('Kesepakatan tersebut antara lain mempekerjakan lagi AMT
    ...'), so that it leads nowhere from the sentence before."""
    i = ctx.sentence_index(pos)
    sents = ctx.sentences
    if i is None or i + 1 >= len(sents):
        return False
    a, b = sents[i + 1].start, sents[i + 1].end
    text = ctx.body[a:b]
    if any(c in text for c in '"“”„«'):
        return False
    if any(w.casefold() in ctx.qf.personal for w in re.findall(r"[^\W\d_]+", text)):
        return False
    if ctx.qf.speech_any.search(ctx.body, a, b) is not None:
        return False
    g = ctx.ents.g
    for run in _CAPITALISED_RUN.finditer(ctx.body, a, b):
        p = g.parse(ctx.body, run.start(), run.end(), ctx.ents.lowercase_words, run.start() == a, ctx.ents.midcaps)
        if p is not None and p.type == "person" and len((p.name or "").split()) >= 2 \
                and not any(w.casefold() in g.common or w.casefold() in ctx.ents.lowercase_words
                            for w in p.name.split()):
            return False  # (someone named there: 'Bukan hanya itu, nama Julianne Moore juga ...' goes on with people)
    return True


# a lower-case word or three before a capitalised name: 'jaksa Irene', 'ahli hukum pidana Budi'
_LOWER_LEAD_NAME = re.compile(rf"(?:[a-z][\w-]*[ \t]+){{1,3}}(?=[{UPPER}])")


def _clause_before_cue(ctx: _Context, pre: str, spans, a: int, b: int) -> bool:
    """Whether the words before a comma-closed cue inside a sentence ('RN ditangkap sekitar pukul 21.40
    WIT, kemudian ..., kata Kombes Kamal, RN berteriak ...') are a part of what was said, kept with the
    clause after the cue: four words or more, not a connective opening the sentence ('Namun, kata Budi,
    ...'), no quote marks and no report of their own."""
    qf, g = ctx.qf, ctx.ents.g
    pre = pre.strip().rstrip(",").strip()
    if len(_WORDS.findall(pre)) < 4 or any(c in pre for c in '"“”„«'):
        return False
    if any(x < b and a < y for x, y in spans):
        return False
    om = g.openers_re.match(pre) if g.openers_re is not None else None
    if om is not None and len(pre[om.end():].split()) <= 1:
        return False
    return not any(rx is not None and rx.search(pre) for rx in (qf.indirect_verb, qf.according))


def _report_opens_clause(qf, body: str, a: int, b: int) -> bool:
    """Whether the clause after a cue opens with a report of its own by a personal pronoun or a
    definite lower-case noun, after a connective at most ('..., said Mr Armes, but he said the company
    was still waiting ...'): the report after the cue is read on its own, so what was said before the
    cue is not kept whole with it (not a named subject's verb: '..., kata Ruki, KPK berhasil
    melanjutkan ...' goes on)."""
    rv = qf.indirect_verb.search(body, a, b) if qf.indirect_verb is not None else None
    if rv is None:
        return False
    words = _WORDS.findall(body, a, rv.start())
    if not 1 <= len(words) <= 3:
        return False
    # (or a definite lower-case subject: '..., said Mr Ross, but the test revealed that ...')
    return words[-1].casefold() in qf.personal or (
        len(words) >= 2 and words[-1].islower() and qf.determiner_any is not None
        and qf.determiner_any.fullmatch(words[-2] + " ") is not None)


def _described_person_after(ctx: _Context, pos: int, end: int) -> Entity | None:
    """'Uang tersebut, kata jaksa Irene, diberikan ...': after an inline cue, a lower-case
    description and the person's name, closed by a comma: the person (named in the words before
    that comma, not a pronoun nor a body)."""
    lead = _LOWER_LEAD_NAME.match(ctx.body, pos, end)
    close = ctx.body.find(",", pos, end)
    if lead is None or close < 0 or close <= lead.end():
        return None
    e = _phrase_after(ctx, pos)
    if e is None or e.type != "person" or is_press(e):
        return None
    named = ctx.body[lead.end():close]
    words = set(named.split())
    return e if words and words <= set(e.name.split()) | {w for a in e.aliases for w in a.split()} else None


def _bare_title_holder(ctx: _Context, p: Parsed) -> Entity | None:
    """'Panglima TNI membuka Rapat Pimpinan TNI ...' after 'Panglima TNI Jenderal TNI Gatot Nurmantyo': a
    bare title opening a narrated sentence before its verb is the person the article named before with it,
    whom the next pronoun cue means. Only a holder named in full before (a title the article gave no one
    registers no unnamed speaker: 'Presiden akan memberikan pengarahan' names no one new)."""
    words = (p.role or "").split()
    if not words or words[0].casefold().rstrip(".") not in ctx.ents.g.title_words \
            or (ctx.qf.according is not None and ctx.qf.according.match(ctx.body, p.start)):
        return None  # (an office word heads a title: not a source opener, 'Menurut sumber yang lain, ...')
    entities, mentions = list(ctx.ents.entities), list(ctx.ents.mentions)
    e = ctx.ents.resolve(p, p.start)
    if e is not None and e.type == "person" and e.name and e.name != e.role and len(e.name.split()) >= 2 \
            and e.first < p.start:
        return e
    ctx.ents.entities[:], ctx.ents.mentions[:] = entities, mentions
    return None


def _sentence_subject_and_indirect(ctx: _Context, s: Sentence, spans, last: Entity | None = None,
                                   recent: Entity | None = None) -> tuple[Entity | None, "Quote | None"]:
    """The subject of a sentence outside quotes (who it is about) and its reported speech, if any.
    `last` is who the article spoke of before: the referent of a pronoun subject ("He noted that")."""
    body, qf, g = ctx.body, ctx.qf, ctx.ents.g
    text = body[s.start:s.end]
    subject = None
    semi = re.search(r";[ \t]+", text) if qf.according is not None else None
    if semi is not None and qf.according.match(text, semi.end()) and not any(
            a < s.start + semi.end() and s.start + semi.start() < b for a, b in spans):
        # 'The government suggested his debt was a factor; according to prosecutors, he owed ...':
        # two clauses, each with its own report
        _, head = _sentence_subject_and_indirect(ctx, type(s)(s.start, s.start + semi.start()), spans, last, recent)
        tail_subject, tail = _sentence_subject_and_indirect(ctx, type(s)(s.start + semi.end(), s.end), spans,
                                                            last, recent)
        if tail is not None:
            if head is not None and head.follow is None:
                return tail_subject, dataclasses.replace(head, follow=tail)
            return tail_subject, tail
    # 'Namun, lanjut Teguh, PSBB belum efektif': a cue with its speaker between commas names the
    # sentence's speaker, whatever its grammatical subject
    inline = list(qf.inline_cue.finditer(text, 0, min(len(text), 200)))
    if qf.unmarked_inline_cue is not None:
        inline = sorted(inline + list(qf.unmarked_inline_cue.finditer(text, 0, min(len(text), 200))),
                        key=lambda m: m.start())
    for m in inline:
        pos = s.start + m.end()
        if any(a <= pos < b for a, b in spans):
            continue
        unmarked = m.re is qf.unmarked_inline_cue
        if unmarked and qf.connective_before_cue is not None and qf.connective_before_cue.search(text[:m.start()]):
            continue  # (see connective_before_cue: the clause after the cue's comma is read by the rules for it)
        if m.group().strip(" \t,").casefold() in qf.object_gap_verbs:
            continue  # ('Bob Hughes, told Kamloops This Week that ...': the addressee follows 'told')
        e = _phrase_after(ctx, pos) if body[pos:pos + 1].isupper() else _described_person_after(ctx, pos, s.end)
        if unmarked and m.start() > 0 and (office := _anaphoric_office_goes_on(ctx, pos, s.end)):
            # 'Bergabungnya Idrus ke dalam kabinet kata Wakil Ketua MPR RI itu tidak mensyaratkan ...': an
            # office closed by an anaphor, the clause going on in lower case after it, is the one spoken of
            # last interrupting their own clause (kept whole, cue and all), not a speaker of its own
            a, b = _trim(body, s.start, s.end)
            who = ctx.last_person
            # (the office so written is the person's too: 'Wakil Ketua MPR RI' a sitting office of the home
            # state, which it names, gives the person the home state where no other state is known)
            title = body[pos:office[0]]
            _epithet_office_state(ctx, who, title)
            if who.country is None and not who.registered and not who.no_office and qf.pack.get("epithet_office_gives_state") \
                    and not g.is_former(title) and not g.holds_no_office(title) and g.role_country(title) == g.home_country:
                who.country = g.home_country
            if len(_WORDS.findall(body, office[1], b)) >= 3 and body[a] not in '"“”„«' \
                    and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return who, Quote(a, b, "indirect", who, (s.start, s.end), 0.6, "inline-cue")
        if unmarked and (e is None or e.type != "person" or is_press(e)
                         or not _clause_after_cue_comma(qf, body, pos, s.end)):
            continue  # (with no comma before the cue, only a person's name closed by a comma before a clause)
        pron = qf.pronoun_subject.match(body[pos:pos + 30]) if e is None and qf.pronoun_subject is not None else None
        if pron is not None and last is not None and pron.group().strip().casefold() in qf.personal:
            # 'Walau demikian, kata dia, PCA tak bisa ...': the person the article spoke of ('Kata dia,
            # hal tersebut tidak relevan ...': the cue opening the sentence, the clause after its comma)
            after = re.match(r"[ \t]*,[ \t]*", body[pos + pron.end():s.end])
            pre = body[s.start:s.start + m.start()].strip()
            om = g.openers_re.match(pre) if g.openers_re is not None else None
            rest = pre[om.end():] if om is not None else pre
            if after is not None:
                # (after a connective the clause follows the cue; 'Kiai Said, kata dia, selama ini
                # sudah ...' interrupts the clause, which is kept whole with its cue)
                connective = not pre or (om is not None and len(rest.split()) <= 1 and not rest[:1].isupper())
                if not pre and m.group().split()[0].casefold() in qf.opening_cue_words \
                        and not _named_in_sentence_before(ctx, s, last):
                    continue  # (a pronoun cue opening the sentence leans wholly on the sentence before: read
                    # only when that sentence names the person, not after a pronoun chain: 'Diserang Sunan,
                    # Ilal membela diri. Dirinya memastikan ... Kata dia, sidang diskor ...')
                a, b = _trim(body, pos + pron.end() + after.end() if connective else s.start, s.end)
                if len(_WORDS.findall(body[a:b])) >= 4 and body[a] not in '"“”„«' \
                        and not _mostly_quoted(a, b, spans):
                    return last, Quote(a, b, "indirect", last, (s.start, s.end), 0.6, "inline")
        if e is None:
            dc = qf.described_comma.match(body, pos, s.end)
            e = _phrase_after(ctx, dc.end()) if dc is not None else None
            if e is not None and (e.type != "person" or len(e.name.split()) < 2):
                e = None
            pos = dc.end() if dc is not None else pos
        if e is not None and m.start() == 0 and not unmarked and e.type == "person" and not is_press(e) \
                and qf.opening_cue_complement is not None and (nm := g.match_at(body, pos)) is not None \
                and (comp := qf.opening_cue_complement.match(body, nm.end(), s.end)) is not None:
            # 'Disampaikan Nezar bahwa Indonesia membutuhkan ...': the cue opening the sentence, the speaker's
            # name and a complementiser instead of the comma; the clause after it is what was said
            a, b = _trim(body, comp.end(), s.end)
            if len(_WORDS.findall(body[a:b])) >= 3 and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "inline-cue")
        rest = re.match(r"[^,.;\"“”]{0,80},", body[pos:s.end])
        if e is not None and m.start() > 0 and not is_press(e) and not unmarked and (goes_on := _clause_goes_on_after_name(ctx, pos, s.end)):
            # 'Kemacetan, kata Tito terjadi karena ...': no comma closes the cue, the clause it
            # interrupts goes on in lower case right after the name; kept whole, cue and all
            a, b = _trim(body, s.start, s.end)
            if len(_WORDS.findall(body, goes_on, b)) >= 3 and body[a] not in '"“”„«' \
                    and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "inline-cue")
        if e is not None and m.start() == 0 and e.type == "person" and not is_press(e) and not unmarked \
                and _connective_opens_cue(qf, m.group()) and (goes_on := _clause_goes_on_after_name(ctx, pos, s.end)) \
                and not _cue_closed_by_comma(qf, rest):
            # 'Tapi kata Dirman sampah yang dibakar ... mengganggu kenyamanan ...': a connective and a cue open
            # the sentence, no comma after the person's name; the clause after the name is what they said
            a, b = _trim(body, goes_on, s.end)
            if len(_WORDS.findall(body, a, b)) >= 4 and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "inline-cue")
        if e is not None and rest and any(w.casefold() in qf.finite_words for w in re.findall(
                r"(?<=[ \t])[a-z][\w'’]*", rest.group())):
            # (', said Bryant and Gianna were on their way to a game, and ...': a clause after the
            # cue, whose finite verb follows its subject; not the speaker of the words after its comma)
            continue
        if e is not None and rest and qf.field_list is not None and any(
                f.start() < pos + rest.end() - 1 < f.end() for f in qf.field_list.finditer(body, pos, s.end)):
            continue  # ('..., kata Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi DKI Jakarta Andri
            # Yansyah.': the comma lists a body's fields inside the cue; it closes no cue before a clause)
        if e is not None and rest and not is_press(e):
            # the rest of the sentence after the cue is what the speaker said
            a, b = _trim(body, pos + rest.end(), s.end)
            if text[:m.start()].strip() and _apposition_after_cue(qf, body, a, b):
                continue  # ('..., argued Richard Keen, the government's lawyer.': who the speaker is,
                # after the cue that ends the clause before it)
            if unmarked:
                # (the cue with no comma before it interrupts the clause, whose words before it may be
                # its subject: 'Salah satu rekomendasi kata Bamsoet, adalah ...'; kept whole, cue and all)
                a = _trim(body, s.start, s.end)[0]
            elif _clause_before_cue(ctx, text[:m.start()], spans, s.start, s.start + m.start()) \
                    and not qf.speech_any.match(body, a):
                # (not before a report verb of the speaker's own, a report of its own: '..., kata Dewan
                # Pusaka Dunia pada Senin (20/02), meminta semua pihak ...')
                own_report = _report_opens_clause(qf, body, a, b)
                if len(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", body[a:b])) >= 3 and not own_report:
                    # (a part of what was said before the cue as well as a clause after it: 'RN ditangkap
                    # sekitar pukul 21.40 WIT, kemudian ..., kata Kombes Kamal, RN berteriak ...'; kept
                    # whole, cue and all)
                    a = _trim(body, s.start, s.end)[0]
                else:
                    # ('..., kata Skyscanner dalam siaran persnya, Senin (14/8).': what was said is before
                    # the cue; after it only a date, an office or where it was said, or a report of its
                    # own, read as the sentence's second: '..., said Mr Armes, but he said ...')
                    second = None
                    if own_report:
                        _, second = _sentence_subject_and_indirect(
                            ctx, type(s)(a, s.end), spans, e if e.type == "person" else None, e)
                    a, b = _trim(body, s.start, s.start + m.start())
                    if body[a] not in '"“”„«' and not _mostly_quoted(a, b, spans):
                        return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "inline-cue", second)
                    return e, second
            if not text[:m.start()].strip() and body[a:a + 1].islower() and _person_head(qf, body[a:b]):
                # ('kata Paisan Pachanda, petani berusia 59 tahun ...' after a quote: who the speaker
                # is, in apposition, not what they said; 'Saat ini, kata Retno, guru AK belum ...'
                # is a clause after a cue inside the sentence)
                return e, None
            if len(_WORDS.findall(body[a:b])) >= 3 and body[a] not in '"“”„«' \
                    and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "inline-cue")
            return e, None
    # (a sentence with quote marks holds no such report: none of its cues counts)
    if qf.inline_pron_cue is not None and last is not None and not _holds_quote_marks(text):
        for m in qf.inline_pron_cue.finditer(text, 0, min(len(text), 250)):
            if any(a <= s.start + m.start() < b for a, b in spans):
                continue
            if m.group("c") is not None and not m.group().rstrip().endswith(",") and qf.finite_lower is not None:
                nxt = re.match(r"[a-z]\w*", text[m.end():m.end() + 30])
                if nxt is not None and (qf.finite_lower.fullmatch(nxt.group())
                                        or (len(nxt.group()) > 4 and nxt.group().endswith("ed"))):
                    # 'Carmen Yulín Cruz, the mayor of ..., said she would challenge ...': the
                    # pronoun is the reported clause's subject, not an interrupting cue
                    continue
            pre = text[:m.start()].strip()
            if len(_WORDS.findall(pre)) < 1:
                continue
            if m.groupdict().get("m") is not None and (pre.split()[-1].casefold() in qf.relative_set or len(pre.split()) > 6):
                # ('kebijakan yang menurutnya merugikan petani': his view inside a relative clause
                # only; a long clause before it is no subject alone)
                continue
            if qf.indirect_verb is not None and qf.indirect_verb.search(pre):
                break  # 'Fahmi pun mengakui bila ..., menurutnya ...': the sentence's own report
            # (after a connective the clause follows the cue; a clause the cue interrupts is kept
            # whole with its cue, as for 'kata dia' above)
            om = g.openers_re.match(pre) if g.openers_re is not None else None
            rest = pre[om.end():] if om is not None else pre
            connective = m.group("c") is not None and om is not None and len(rest.split()) <= 1 \
                and not rest[:1].isupper()
            a, b = _trim(body, s.start + m.end() if connective else s.start, s.end)
            if len(_WORDS.findall(body[a:b])) >= 4 and body[a] not in '"“”„«' \
                    and not _mostly_quoted(a, b, spans):
                return last, Quote(a, b, "indirect", last, (s.start, s.end), 0.6, "inline")
            break
    if qf.passive_agent is not None:
        pa = qf.passive_agent.search(text)
        if pa is not None and qf.relative_before is not None and qf.relative_before.search(text, 0, pa.start()):
            pa = None  # ('Menurut Pigai, tugas ... tak tumpang tindih seperti yang disebutkan oleh Fahri')
        if pa is not None and qf.relative_naming is not None \
                and any(m.end() == pa.end() for m in qf.relative_naming.finditer(text, 0, pa.end())):
            pa = None  # ('suporter Persib yang biasa disebut Bobotoh': a name, no one who said it)
        if pa is not None and qf.indirect_verb is not None and qf.indirect_verb.search(text, 0, pa.start()):
            pa = None  # ('Budi mengatakan langkah yang dinilai DPR terlalu mahal itu ...': the report before it)
        if pa is not None and not any(a <= s.start + pa.start() < b for a, b in spans):
            e = _phrase_after(ctx, s.start + pa.end())
            ap = qf.lower_role_comma.match(body, s.start + pa.end()) if e is None else None
            if ap is not None:
                # 'disampaikan oleh juru bicara kementerian, Geng Shuang': the name after the role
                e = _phrase_after(ctx, ap.end())
            if e is not None and not is_press(e):
                comma = text.rfind(",", 0, pa.start())
                pm = qf.passive_mid.match(text, comma) if qf.passive_mid is not None and comma >= 0 else None
                if pm is not None and pm.start("who") == pa.end() \
                        and len(_WORDS.findall(text[:pm.start()])) >= 2:
                    # 'Tawaran dari Filipina, ditambahkan Wiranto, juga patut dihargai': the clause
                    # the cue interrupts is the speaker's (the cue words stay inside it)
                    a, b = _trim(body, s.start, s.end)
                    if len(_WORDS.findall(body[s.start + pm.end():b])) >= 2 and body[a] not in '"“”„«' \
                            and not _mostly_quoted(a, b, spans):
                        return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "passive-mid")
                # a comma that closes a relative clause set off after the subject is no break
                # before the verb: 'Ucapan Rizieq, yang viral dan menjadi dasar pelaporan, dinilai
                # Habiburokhman jauh dari ...' is one clause around the cue, as without the aside
                aside = comma >= 0 and _closes_relative_aside(qf, text[:comma])
                # nor a comma that only sets off a fronted subject of two words or more right before the
                # verb ('Dampak dari konflik itu, dikatakan Yohana membuat perempuan ...'): one clause too
                fronted = comma >= 0 and not text[comma + 1:pa.start()].strip() and "," not in text[:comma] \
                    and len(_WORDS.findall(text[:comma])) >= 2
                # a name alone after the last comma is the subject of its own clause after an opening
                # phrase ('Dalam video pemeriksaan ..., Aris disebut Miryam menemui ...'): that clause is it
                named = comma >= 0 and re.fullmatch(rf"[ \t]+[{UPPER}][\w-]*(?:[ \t]+[{UPPER}][\w-]*){{0,2}}[ \t]+",
                                                     text[comma + 1:pa.start()]) is not None
                # nor the comma of a connective alone opening the sentence ('Hanya saja, langkah tersebut
                # dianggap Adnan terlambat diambil ...'; according_openers): the clause after it is the agent's
                connective = comma >= 0 and qf.according_opener is not None \
                    and (om := qf.according_opener.match(text)) is not None and om.end() > comma
                if (comma < 0 or aside or fronted or named or connective) \
                        and _passive_agent_goes_on(ctx, s, pa.start(), s.start + pa.end()):
                    # 'kondisi tersebut diakui oleh ahli ortopedi Gaurav Rathore menjadi tantangan ...':
                    # the clause around the cue with no commas is the agent's (the cue words stay inside)
                    a, b = _trim(body, s.start + comma + 1 if (named or connective) and not fronted else s.start, s.end)
                    if body[a] not in '"“”„«' and not _mostly_quoted(a, b, spans):
                        return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "passive-mid")
                return e, None
    if qf.passive_pronoun_cue is not None and last is not None and last.type == "person" \
            and (recent is None or recent is last) and not _MARKS.search(text):
        # (the person spoken of last, whom no other subject followed: not 'Jaksa penuntut meyakini ...
        # Perusahaan tersebut diyakininya ...', the prosecutors' view)
        pp = qf.passive_pronoun_cue.search(text)
        if pp is not None and not any(a <= s.start + pp.start() < b for a, b in spans):
            clause_start = text.rfind(",", 0, pp.start()) + 1
            before = [w for w in _WORDS.findall(text, clause_start, pp.start())
                      if w.casefold() not in qf.clause_adverbs]
            nxt = re.match(r"[ \t]+([a-z][\w-]*)", text[pp.end():])
            # (not a sentence with a report of its own before the cue: 'Menurut Iwan, kondisi ... maka dinilainya
            # tak masalah', 'Soemitro menyampaikan kekecewaannya ... dan dianggapnya melukai ...')
            reported_before = any(rx is not None and rx.search(text, 0, pp.start()) is not None
                                  for rx in (qf.indirect_verb, qf.according, qf.inline_cue))
            if before and before[-1].casefold() not in qf.relative_set \
                    and before[-1].casefold() not in qf.coordinator_set and not reported_before and nxt is not None \
                    and not _other_reporter_before(ctx, s, last, spans) \
                    and nxt.group(1) not in qf.stop_words_after_name and nxt.group(1) not in qf.subject_stops:
                # 'Pemeriksaan ini dinilainya penting untuk memastikan ...', 'Transportasi helikopter juga
                # disebutnya memenuhi celah pasar baru ...': the person the article spoke of reports the
                # clause the cue stands in (not 'yang disebutnya ...', a relative clause; nor 'Hal itu
                # dikatakannya saat ...', when it was said)
                a, b = _trim(body, s.start, s.end)
                if len(_WORDS.findall(body[a:b])) >= 4 and not _mostly_quoted(a, b, spans):
                    return last, Quote(a, b, "indirect", last, (s.start, s.end), 0.6, "passive-mid")
    # 'Menurut X, ...' / 'According to X, ...'
    if qf.according is not None:
        # (a document and its issuer first: 'Menurut penjelasan dalam laman Kemenkeu, ...' is the ministry's)
        so = qf.source_opener.match(text) if qf.source_opener is not None else None
        if so is not None and _name_goes_on_after_comma(qf, body, body.find(",", s.start + so.end(), s.end), s.end):
            so = None  # (no issuer cut off at a comma inside its name: 'data Badan Meteorologi, Klimatologi ...')
        issuer = None
        if so is not None and not _issuer_before_comma(ctx, s.start + so.end(), s.end):
            issuer = _body_issuer_before_name(ctx, s.start + so.end(), s.end)
            so = so if issuer is not None else None
        m = so or qf.according.match(text) or None
        ap = qf.according_pron.match(text) if qf.according_pron is not None else None
        if ap is not None and last is not None:
            a, b = _trim(body, s.start + ap.end(), s.end)
            if len(_WORDS.findall(body[a:b])) >= 3 and body[a] not in '"“”„«' \
                    and not _mostly_quoted(a, b, spans):
                return last, Quote(a, b, "indirect", last, (s.start, s.end), 0.7, "according")
            return last, None
        if m is None:
            # 'Sebab, menurut dia, ...': after a one-word opener
            opener = re.match(r"\s*[^\W\d_]+,\s+", text)
            if opener is None and qf.according_opener is not None:
                opener = qf.according_opener.match(text)  # 'Tetapi menurut X, ...': no comma
            if opener is not None:
                m = qf.according.match(text, opener.end())
        if m is None and qf.run_in_heading is not None:
            # 'Keterbatasan pasar Menurut Piter, ...': a heading run into the sentence (a lost
            # paragraph break); only a sentence's first word is capitalised so
            rh = qf.run_in_heading.match(text)
            if rh is not None:
                m = qf.according.match(text, rh.end())
        if m is None and qf.joined_according is not None:
            # '... this year and according to the Ministry of Foreign Affairs he died ...': a
            # second clause, then the source and what it said (no comma before the clause)
            ja = qf.joined_according.search(text)
            pi = qf.pronoun_inside.search(text, ja.end(), ja.end() + 80) \
                if ja is not None and qf.pronoun_inside is not None else None
            if pi is not None and "," not in text[ja.end():pi.start()]:
                m = ja
        if m:
            pronoun = qf.pronoun_subject.match(text[m.end():]) if qf.pronoun_subject is not None else None
            unclosed = _described_source_unclosed(qf, text[m.end():]) \
                if pronoun is None and issuer is None and last is not None and last.type == "person" else None
            body_subject = _source_then_body_subject(ctx, s.start + m.end(), s.end) \
                if pronoun is None and unclosed is None and issuer is None else None
            e = last if pronoun is not None or unclosed is not None \
                else body_subject[0] if body_subject is not None \
                else issuer or _phrase_after(ctx, s.start + m.end())
            if e is None and pronoun is None and last is not None and _described_source(qf, text[m.end():]):
                e = last  # 'Menurut pengusaha kayu ini, ...': the person the article spoke of
            if e is None and pronoun is None and recent is not None and recent.type == "organization" \
                    and _described_body_source(qf, text[m.end():]):
                e = recent  # 'Menurut institusi tersebut, ...': the body the article spoke of
            if pronoun is not None and pronoun.group().strip().casefold() in qf.plural_pronouns \
                    and recent is not None and recent.type != "person":
                e = recent  # ('Polisi menyatakan ... Menurut mereka, ...': the body, not a person before it)
            if e is None and pronoun is None and last is not None and qf.document_ref is not None \
                    and qf.document_ref.match(text, m.end()):
                e = last  # 'According to the filing, ...': the document of the one last reported
            source_end = None  # where a source with a comma inside ends ('police in Baytown, Texas')
            if e is None and pronoun is None:
                # 'According to a March 14, 2019 NATO press release, ...': whoever issued the document
                e, doc_end = _source_document(ctx, s.start + m.end(), s.end)
                source_end = doc_end if e is not None else None
                ad = qf.according_document.match(text, m.end()) \
                    if e is None and qf.according_document is not None else None
                if ad is not None:
                    # 'According to the report, ...': the research document the article spoke of, by
                    # its issuer when the article named one, as '..., according to the report.' reads
                    from .reports import document_speaker  # (reports builds on this module)
                    e = document_speaker(ctx, ad.group("noun"), s.start + ad.start("noun"))
            if e is None and pronoun is None and qf.authority is not None:
                # 'According to police, they received ...': the unnamed authorities of the story's state
                who = re.match(r"[^,;:\"“”]{2,40}?(?=[ \t]*,)", text[m.end():])
                au = qf.authority.fullmatch(who.group().strip()) if who is not None else None
                if au is not None:
                    e = _authority(ctx, au.group("who"), s.start + m.end())
                else:
                    au = qf.authority_source.match(text, m.end()) if qf.authority_source is not None else None
                    if au is not None:
                        e = _authority(ctx, au.group("who"), s.start + m.end())
                        source_end = s.start + au.end()
                        if au.group("place") and e.country is None:
                            e.country = g.within_state(au.group("place")) or g.finder.code_of(
                                au.group("place").split(",")[-1].strip())
                    elif who is not None and qf.indefinite_office is not None:
                        ind = qf.indefinite_office.search(" " + who.group())
                        if ind is not None:
                            # 'According to a court clerk, arguments ...': someone unnamed, by their office
                            role = ind.group("role")
                            at = s.start + m.end() + who.group().find(role)
                            e = ctx.ents.resolve(Parsed(role, at, at + len(role), role, None, "role", None), at)
                ind = qf.indefinite_subject.fullmatch(who.group().strip()) \
                    if e is None and who is not None and qf.indefinite_subject is not None else None
                if ind is not None:
                    # 'Menurut salah seorang warga di Maungdaw, ...': someone unnamed, not the one
                    # quoted before
                    at = s.start + m.end() + who.group().find(ind.group("who"))
                    e = Entity(name=ind.group("who"), type="person", first=at)
                    ctx.ents.entities.append(e)
            ps = qf.possessed_source.match(text, m.end()) \
                if e is None and pronoun is None and qf.possessed_source is not None else None
            if ps is not None:
                # 'According to his publicist, Mendez died ...': someone unnamed, by who they are to
                # the person spoken of; 'According to his wife, Amanda, ...': the name after it
                at = s.start + m.end()
                named = re.match(rf",[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}})[ \t]*,",
                                 text[ps.end():])
                if named is not None:
                    name = named.group("name")
                    a = s.start + ps.end() + named.start("name")
                    e = ctx.ents.find_person(name) or ctx.ents.resolve(
                        Parsed(name, a, a + len(name), None, name, "person", None), a)
                else:
                    e = Entity(name=ps.group("who"), type="person", first=at)
                    ctx.ents.entities.append(e)
            if pronoun is None and last is not None and qf.anaphoric_tail is not None:
                # 'Menurut Wali Kota Surabaya dua periode ini, ...': a role pointing back at the
                # person the article spoke of
                rm = g.match_at(body, s.start + m.end())
                rp = g.parse(body, rm.start(), rm.end(), None, False) if rm is not None else None
                if rp is not None and rp.type == "role" and qf.anaphoric_tail.match(body, rm.end(), s.end):
                    e = last
            described = qf.described_name.match(body, s.start + m.end(), s.end) \
                if pronoun is None and qf.described_name is not None else None
            if described is not None and _names_the_person(e, body[described.start():described.start("name")]):
                # 'Menurut Fifi, Veronica Tan, istri Ahok bakal ...': the source is a person already
                # named; the name after the comma opens the clause it reports
                described = None
            if described is not None:
                # 'Menurut pengamat pangan, Anton Apriyantono, fenomena ...': a description of the
                # source, then its name in apposition, then the clause
                dn = _phrase_after(ctx, described.start("name"))
                # (before a clause opening with a capital the name is the apposition's first words, not a
                # name inside it: 'Menurut laporan X, Fassone dan Direktur Olahraga Milan, Massimiliano ...'
                # is no description of 'Olahraga Milan'; 'Menurut dosen X, Lukito Prasetyo di Malang, Senin, ...')
                capital_clause = body[described.end():described.end() + 1].isupper()
                # (one word is a name after an office in apposition too: 'Menurut asisten pelatih tunggal
                # putra, Irwansyah, Praneeth ...'; not in English, whose one word there is a place or a
                # document's title: 'According to police in Baytown, Texas, ...', 'the report, Intifada, ...')
                office_first = body[described.start():described.start("name")].split()[:1]
                office_named = not g.of_phrases and dn is not None and len(dn.name.split()) == 1 \
                    and described.group("name") == dn.name and bool(office_first) \
                    and office_first[0].casefold() in g.title_words
                if dn is not None and dn.type == "person" and (len(dn.name.split()) >= 2 or office_named or (
                        "title" in described.groupdict() and described.group("title"))) \
                        and dn.name in described.group("name") and (not capital_clause or described.group(
                            "name")[len(described.groupdict().get("title") or ""):].startswith(dn.name)):
                    e = dn
                    if described.groupdict().get("title") or office_named:
                        source_end = described.end("name")  # (the clause opens after the titled name's comma)
                        office = body[described.start():described.start("name")].rstrip(" \t,")
                        if not e.registered and (not e.role or all(
                                w.casefold().rstrip(".") in g.prenominal_titles for w in e.role.split())) \
                                and office.split()[0].casefold() in g.title_words and not g.is_clause(office):
                            # ('menurut dokter kloter SUB 62, dr Roro, ...': the description in apposition
                            # before the titled one-word name is the person's office, not the title 'dr')
                            e.role = office
                            # (its state as for any office read with a name: one it names, else one only
                            # the home state has, 'Kepala Dinas Kesehatan Surabaya', or the story's)
                            e.country = e.country or g.role_country(office) \
                                or ctx.ents.office_state(office, described.start())
            if e is not None and is_news_outlet(e.name):
                e = None  # 'According to news agency ISNA, the prosecutor ... said': the press
            elif e is not None:
                comma = body.find(",", source_end or s.start + m.end(), s.end)
                pi = qf.pronoun_inside.search(body, s.start + m.end(), min(s.end, s.start + m.end() + 80)) \
                    if qf.pronoun_inside is not None else None
                if unclosed is not None:
                    # 'menurut mantan Kapolda X ini hal tersebut ...': the clause opens after the anaphor
                    comma = s.start + m.end() + unclosed
                elif body_subject is not None:
                    comma = body_subject[1] - 1  # (the body that opens the clause is its subject)
                elif pronoun is not None and not re.match(r"[ \t]*,", text[m.end() + pronoun.end():]) \
                        and _LOWER_WORD_NEXT.match(text, m.end() + pronoun.end()):
                    # 'Menurut dia pihaknya masih menyelidiki ...': no comma after the pronoun
                    comma = s.start + m.end() + pronoun.end()
                elif pi is not None and (comma < 0 or comma > pi.start()):
                    comma = pi.start()  # (the pronoun is kept: the clause starts after the blank)
                elif comma < 0 and e.type == "person" and qf.stop_words_after_name:
                    # 'Menurut Agus blusukan sendiri-sendiri ... bisa ...': no comma at all, the
                    # clause opens right after the name with a lower-case word
                    nm = g.match_at(body, s.start + m.end())
                    nw = re.match(r"[ \t]+([a-z][\w-]*)", body[nm.end():s.end]) if nm is not None else None
                    if nw is not None and nw.group(1) not in qf.stop_words_after_name \
                            and (e.name.split()[-1] in body[nm.start():nm.end()]
                                 or body[nm.start():nm.end()].split()[-1] == e.name.split()[0]):
                        # (or by the first name the article calls the person by: 'Menurut Fahri
                        # urusan hak asasi manusia ...' for Fahri Hamzah)
                        comma = nm.end()
                elif e.type == "person" and _headless_relative_after_source(ctx, s, s.start + m.end(), comma):
                    # 'Menurut Setyo yang digunakan oleh aparat adalah tipe barracuda, bukan tank': 'yang'
                    # opens the clause's subject (what was used), no relative clause on the name
                    comma = g.match_at(body, s.start + m.end()).end()
                elif comma > 0 and e.type == "person" \
                        and (office_end := _office_in_apposition(ctx, comma + 1, s.end)) is not None:
                    # 'Menurut Adrian Li, Founder & Managing Partner Convergence Ventures, makin ...': the
                    # source's office between commas, then the clause
                    comma = office_end
                elif comma > 0 and e.type == "person" and pronoun is None \
                        and (role_end := _role_in_apposition_end(ctx, comma, s.end)) is not None:
                    # 'Menurut Eugenia Oviedo, profesor di Fakultas X University of Y, tindakan ...', 'Menurut
                    # Robert Peck, analis dari SunTrust, para pemegang saham ...': the role read after the
                    # name (phrase_after.appositive_role) is the source's, not the clause's first words
                    comma = role_end
                elif comma > 0 and qf.apposition_open is not None:
                    ap_m = qf.apposition_open.match(body, comma + 1, s.end)
                    nxt = body.find(",", comma + 1, s.end)
                    if ap_m is not None and nxt > 0 and '"' not in body[comma:nxt] and (
                            ap_m.group("rel") or qf.finite_lower is None
                            or not qf.finite_lower.search(body, comma + 1, nxt)):
                        comma = nxt  # (the source's apposition, then the clause)
                if comma > 0:
                    named = re.match(r"[ \t]+" + re.escape(e.name) + r"[ \t]*,", body[comma + 1:s.end])
                    if named is not None and e.type == "person":
                        comma += named.end()  # 'According to the El Paso mayor, Dee Margo, police ...'
                    a, b = _trim(body, comma + 1, s.end)
                    if len(_WORDS.findall(body[a:b])) >= 3 and body[a] not in '"“”„«' \
                            and not _mostly_quoted(a, b, spans):
                        joint = ctx.last_joint[0] if pronoun is not None and ctx.last_joint is not None \
                            and pronoun.group().strip().casefold() in qf.plural_pronouns \
                            and any(e is j for j in ctx.last_joint[0]) \
                            and ctx.sentence_index(s.start) - ctx.last_joint[1] <= 2 else None
                        if joint is not None:
                            # 'Yingluck dan Partai Puea Thai menyebut ... Menurut mereka, ...': 'they' are the
                            # joint speakers of a report just before, each reporting the clause
                            follow = None
                            for other in reversed(joint[1:]):
                                follow = Quote(a, b, "indirect", other, (s.start, s.end), 0.6, "joint", follow)
                            return joint[0], Quote(a, b, "indirect", joint[0], (s.start, s.end), 0.7, "according",
                                                   follow)
                        reported = Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "according")
                        if body[a:a + 1].isupper() and not qf.according.match(body, a):
                            # 'According to investigators, Zhukovskyy said he had over-corrected ...':
                            # the source's report holds a named person's own
                            _, inner = _sentence_subject_and_indirect(ctx, type(s)(a, s.end), spans, last, recent)
                            # (not a clause that is only about the person: 'Dari keterangan Kementerian
                            # X, Hanif menyegel dua pabrik itu' has no report verb; the report starts after one)
                            if inner is not None and inner.how == "indirect" and inner.follow is None \
                                    and inner.speaker is not None and inner.speaker is not e \
                                    and inner.speaker.type == "person" and inner.start > a:
                                reported = dataclasses.replace(reported, follow=inner)
                        return e, reported
                return e, None
        mid = qf.according_mid.search(text) if qf.according_mid is not None else None
        if m is None and mid is not None:
            # 'Gelombang kekerasan terbaru, menurut pemerintah, berawal dari ...': the rest is theirs
            who = mid.group("who")
            au = qf.authority.fullmatch(re.sub(r"^(?:the|The)[ \t]+", "", who)) if qf.authority is not None else None
            e = _authority(ctx, au.group("who"), s.start + mid.start("who")) if au is not None \
                else _phrase_after(ctx, s.start + mid.start("who"))
            if e is None and re.fullmatch(r"(?:the|The)[ \t]+[a-z]+", who.strip()):
                # ('Since their discovery, according to the academy, ...': the body named before)
                e = _named_institution(ctx, who, s.start + mid.start("who"))
            if e is not None and not is_press(e):
                a, b = _trim(body, s.start + mid.end(), s.end)
                clause = max(body.rfind(";", s.start, s.start + mid.start()), body.rfind(":", s.start, s.start + mid.start()))
                whole, _ = _trim(body, clause + 1 if clause >= 0 else s.start, s.end)
                before = _WORDS.findall(body[whole:s.start + mid.start()])
                if before and before[-1].casefold() in qf.joiner_words:
                    whole = a  # ('largely Kurdish and, according to Turkey, supportive of': an aside)
                # (a clause of its own after the source, with its own named subject, may be shorter:
                # '..., but, according to his agent, Hunter had undergone surgery recently.')
                if len(_WORDS.findall(body[whole:b])) >= (7 if whole != a else 5 if body[a:a + 1].isupper() else 6) \
                        and len(_WORDS.findall(body[a:b])) >= 2 \
                        and body[a] not in '"“”„«' and not _mostly_quoted(a, b, spans):
                    # 'One child was, according to the fire service, among the dead': the source
                    # interrupts the clause, which is reported whole (the aside inside it)
                    return e, Quote(whole, b, "indirect", e, (s.start, s.end), 0.7, "according")
        if m is None and mid is None and qf.according_bare_mid is not None and qf.clause_marker is not None:
            # 'Kesepakatan ... itu menurut Trump akan merugikan perekonomian': the source with no
            # commas inside the clause, a marker word (auxiliary, copula) right after the name
            for bm in qf.according_bare_mid.finditer(text):
                before = _WORDS.findall(text[:bm.start()])
                if any(a <= s.start + bm.start() < b for a, b in spans) \
                        or len(before) < (1 if qf.according_bare_mid_verbs and _one_word_subject(qf, before) else 2):
                    continue  # (one word before is a subject only when no connective: 'Sekolah menurut Jokowi
                    # memegang ...', not 'Namun menurut ...')
                nm = g.match_at(body, s.start + bm.end())
                at = nm.end() if nm is not None else -1
                nxt = re.match(r"[ \t]+(\w+)", body[at:s.end]) if nm is not None else None
                known = ctx.ents.find_person(body[nm.start():nm.end()]) if nm is not None else None
                while nxt is not None and nxt.group(1) in qf.clause_adverbs \
                        and known is not None and known.first < nm.start():
                    # ('Pembubaran massa ..., menurut Setyo juga telah dilakukan ...', '..., menurut Hadi
                    # memang masih ...': an adverb of the clause between the name and its predicate; only
                    # after a person the article named: in 'menurut Aji Arema juga memastikan ...' the
                    # words read as one name hold the source and the clause's subject, Aji, then Arema)
                    at += nxt.end()
                    nxt = re.match(r"[ \t]+(\w+)", body[at:s.end])
                if nxt is None or not (qf.clause_marker.fullmatch(nxt.group(1).casefold())
                                       or nxt.group(1) in qf.bare_mid_predicate_openers
                                       or (qf.according_bare_mid_verbs and nxt.group(1).islower()
                                           and _is_verb_word(qf, nxt.group(1)))):
                    # ('Sekolah menurut Jokowi memegang peranan penting ...': the clause's verb goes
                    # on after the name, where the pack allows it; or a predicate with no verb:
                    # 'remisi untuk Nazaruddin menurut Ma'mun atas rekomendasi ...', bare_mid_predicate_openers)
                    continue
                e = _phrase_after(ctx, s.start + bm.end())
                a, b = _trim(body, s.start, s.end)
                if e is not None and not is_press(e) and body[a] not in '"“”„«' \
                        and not _mostly_quoted(a, b, spans):
                    return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "according")
                break
    df = qf.document_finding.match(text) if qf.document_finding is not None else None
    if df is not None and not _holds_quote_marks(text) and not any(a <= s.start + df.end() < b for a, b in spans) \
            and not (qf.inline_cue is not None and qf.inline_cue.search(text, df.end())):
        # (not '..., kata periset yang dipimpin oleh X.': a cue later in the sentence names its speaker)
        e, group = _finding_speaker(ctx, s.start, df)
        a, b = _trim(body, s.start + df.end(), s.end)
        if e is not None and len(_WORDS.findall(body[a:b])) >= 3 and body[a:a + 1] not in '"“”„«':
            # 'Dokumen pengadilan menyatakan, ...', 'Hasil survei menunjukkan, 9 dari 10 responden ...':
            # the document (or its issuer) reports the clause; neither is whom the story moves on to
            # ('Dokumen pengadilan menyatakan, ... Saat tiba, dia mengatakan ...' is still the person
            # spoken of before, as '"...," kata Ellen. Data Dirjen X menunjukkan bahwa ... "...,"
            # jelasnya.' is Ellen's), researchers aside ('Para peneliti menemukan bahwa ... Mereka ...')
            return (e if group else None), Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "indirect")
    if qf.indirect_verb is None:
        return None, None
    conc = qf.concessive.match(text) if qf.concessive is not None else None
    if conc is not None and _concessive_report_alone(qf, s, text, conc, spans):
        # (h_d49who47) 'Kendati otoritas menyebut seribu orang terluka dalam kericuhan itu, kebanyakan hanya
        # menderita luka kecil': a concession that someone said it, the main clause the writer's with no report
        # of its own; the concessive clause up to its comma is the report
        return _sentence_subject_and_indirect(ctx, type(s)(s.start, s.start + conc.end() - 1), spans, last, recent)
    for v in qf.indirect_verb.finditer(text):
        vs = s.start + v.start()
        if any(a <= vs < b for a, b in spans):
            continue
        if conc is not None and v.start() < conc.end():
            continue  # the concessive clause's verb: not what the sentence reports
        if qf.comma_only_set and v.group("verb").casefold() in qf.comma_only_set \
                and not _comma_then_clause(qf, body, s.start + v.end(), s.end) \
                and not (v.group("verb").casefold() in qf.comma_or_clause_set
                         and _complement_is_clause(qf, body, s.start + v.end(), s.end)):
            continue  # ('menceritakan kisah hidupnya', 'kumpulan tulisan X, yang menceritakan kondisi
            # masyarakat ...': a story told, no clause reported, and no subject of a report either)
        # ('Angie pun menjawab, Nazaruddin memang berperan ...', 'Yustinus mengusulkan, DJP ... gencar melakukan
        # sosialisasi'): a verb gated by its complementiser reports the clause after a comma right after it as
        # well (comma_clause_report_verbs), in the main clause (not 'sebelum Min Jae sempat menjawab, ...')
        comma_clause = v.group("verb").casefold() in qf.comma_clause_set \
            and re.match(r"[ \t]*,", body[s.start + v.end():s.end]) is not None \
            and _comma_then_clause(qf, body, s.start + v.end(), s.end) \
            and not _in_subordinate_clause(qf, body[s.start:vs])
        if not comma_clause and _gated_complement_missing(qf, v.group("verb"), body, s.start + v.end(), s.end):
            continue  # ('meski memberi catatan kepada pemerintah, Abdul mengaku ...', 'memohon maaf': no 'bahwa'
            # or 'agar', so no report and no subject of one either; the sentence's next verb may still report)
        wb = re.search(r"(\w+)[ \t]+\Z", text[max(0, v.start() - 20):v.start()])
        word_before = wb.group(1) if wb is not None else None
        if qf.noun_verbs and v.group("verb").casefold() in qf.noun_verbs:
            after_verb = re.match(r"[ \t]+(\w+)", text[v.end():])
            if after_verb is not None and after_verb.group(1).casefold() in qf.noun_followers:
                continue  # 'proposals to cap asylum claims would not work': a plural noun
            if word_before is not None and word_before.casefold() in qf.noun_determiners:
                continue  # 'No claims of responsibility were reported': a determiner's noun
        if word_before is not None and word_before in qf.adjective_leads:
            continue  # 'investigating Trump over alleged hush money': a participle as adjective
        if v.group("verb") in qf.plural_report_forms and _plain_form_unreported(qf, text[:v.start()]) \
                and not _opening_they_of_body_just_before(ctx, s, text[:v.start()], recent):
            continue  # ('No, I say it is lockdown', 'hard to say what happens': no one's report)
        if _POSSESSIVE_END.search(text[:v.start()].rstrip()) and text[:v.start()][-1:] in " \t":
            continue  # 'the President's claim would tread upon ...': a possessive's noun
        if word_before is not None and word_before.casefold() in qf.participle_clause_openers \
                and re.search(r"(?:\A|,)[ \t\"“”]*\w+[ \t]+\Z", text[:v.start()]):
            continue  # 'When asked about climate change, Trump claimed ...': a participle clause
        if word_before is not None and word_before.casefold() in qf.fronted_participle_openers \
                and re.fullmatch(r"[ \t\"“”]*\w+[ \t]+", text[:v.start()]):
            continue  # ('Selain menyebut seluruh tersangka, KPK juga menyebut ...': so only opening the sentence)
        if word_before is not None and word_before.casefold() in qf.circumstance_openers \
                and v.group("verb").casefold().endswith("ing"):
            continue  # ('the agency when announcing the arrest in May identified him ...': the
            # subject's circumstance, whose object the main verb goes on from; not a report)
        if _asked_to_act(qf, text[max(0, v.start() - 60):v.start()]):
            continue  # ('Panwaslu DKI Jakarta juga diminta berperan aktif melaporkan jika ...': the act asked
            # of the subject, not its report)
        before_verb = re.search(r"(\S+)[ \t]+(\w+)[ \t]+\Z", text[max(0, v.start() - 60):v.start()])
        if before_verb is not None and before_verb.group(2).casefold() in qf.auxiliaries:
            # ('koalisi kaki tiga yang akan mengajak ...': auxiliaries between the relative pronoun
            # and its verb)
            for k in (1, 2):
                aux = re.search(rf"(\S+)[ \t]+(\w+)[ \t]+(?:\w+[ \t]+){{{k}}}\Z", text[max(0, v.start() - 80):v.start()])
                if aux is not None and aux.group(2).casefold() in qf.relative_set and all(
                        w.casefold() in qf.auxiliaries for w in aux.group()[aux.end(2) - aux.start():].split()):
                    before_verb = aux
                    break
        if qf.issued_document is not None and v.group("verb").casefold() in qf.issuing_set:
            nxt = qf.indirect_verb.search(text, v.end(), v.end() + 60)
            if nxt is not None and qf.issued_document.search(text, v.start() - 1, nxt.start()) is not None:
                continue  # ('menyampaikan surat yang meminta ...': the letter's verb reports)
        issued = qf.issued_document.search(text, max(0, v.start() - 80), v.start()) \
            if qf.issued_document is not None and v.group("verb").casefold() in qf.report_set else None
        if issued is not None:
            before_verb = None  # ('mengeluarkan surat yang meminta ...': the issuer's report)
        if before_verb is not None and before_verb.group(2).casefold() in qf.relative_set \
                and v.group("verb").casefold() in qf.unjoined_report_set:
            continue  # 'Jam malam yang mendorong warung tutup lebih awal ...': what prompted it, no report
        if before_verb is not None and before_verb.group(2).casefold() in qf.relative_set \
                and not _word_before_relative(text, max(0, v.start() - 60) + before_verb.start(1),
                                              before_verb.group(1))[:1].isupper():
            # 'resolusi ..., Desember lalu, yang mengecam ...': a relative clause's verb, not the
            # sentence's report (but 'pemerintah China, yang menyatakan ...' is China's, and
            # 'a nomination for Lind, 52, who told ...' Lind's)
            continue
        if _relative_before_main_report(qf, text, v):
            continue  # ('Miryam yang tetap berkukuh mencabut BAP-nya menegaskan ...': the main verb reports)
        if qf.attempt_before is not None and qf.attempt_before.search(text, max(0, v.start() - 30), v.start()) \
                and not _admitted_denial(qf, text, v):
            continue  # 'AS berupaya menekankan ...', 'enggan menjelaskan': an attempt or a refusal, no report
        if qf.passive is not None and qf.passive.search(text, 0, v.start()) \
                and not v.group("verb").split()[0].casefold().endswith("ing"):  # ('It is also calling on ...')
            continue  # 'the drilling was condemned by Egypt': the subject did not say it
        if re.match(r"[ \t]+to[ \t]+(?:have|be)\b", text[v.end():]) or re.match(r"to[ \t]+(?:have|be)\b", text[v.end():]):
            continue  # 'Hurricane Maria, estimated to have done ... damage': a passive infinitive
        if v.group("verb").casefold() in qf.request_set and v.group("verb").casefold().split()[-1] in qf.infinitive_set \
                and (not re.match(r"[ \t]+[\"“]?[a-z]", text[v.end():])
                     or re.match(r"[ \t]+[\"“]?(\w+)", text[v.end():]).group(1) in qf.sentence_determiner_set
                     or len(_WORDS.findall(text[v.end():])) < 2):
            continue  # ('the cash offered to Central America', 'offered to the king': a thing given, no act;
            # 'promised to act.': too little to report)
        if v.group("verb").casefold() in qf.denial_set \
                and (nxt := re.match(r"[ \t]+(\w+)", text[v.end():])) is not None \
                and nxt.group(1).casefold() in qf.denial_pronouns:
            continue  # ('She denied all that, too': no thing denied is named)
        if qf.blames_without_reason(v.group("verb"), text, v.end()):
            continue  # ('criticized the move': praise or blame with no reason given reports nothing)
        nxt = re.match(r"[ \t]+(\w+)", text[v.end():])
        if v.group("verb").casefold() in qf.request_set and nxt is not None \
                and nxt.group(1).casefold() in qf.duration_words:
            continue  # ('Serbia and Croatia argued for years in Belgrade': how long, no case made)
        if v.group("verb").casefold() in qf.comma_participles \
                and re.search(r"(?:[,;:—–-]|[A-Z][\w'’-]*)[ \t]*\Z", text[:v.start()]):
            continue  # ('The company wants damages, claiming ...': left to the cue participle rules;
            # 'It was no good Mr Blair claiming tax pledges were ...': a gerund of the writer's clause)
        if qf.negated is not None and qf.negated.search(body, max(s.start, vs - 30), vs) \
                and not _admitted_denial(qf, text, v):
            continue  # 'Pemerintah Ukraina tidak pernah menyebutkan secara gamblang ...': nothing said
        finding = v.group("verb").casefold()
        by_research = qf.research_document_source is not None \
            and qf.research_document_source.match(text, 0, v.start()) is not None
        if not by_research and (pre := _before_research_aside(qf, text[:v.start()])) is not None:
            # ('The survey, conducted by the Pew Internet and American Life Project, showed ...': the
            # finding of research, whoever the aside names as its source)
            by_research = any(w.casefold() in qf.research_heads for w in re.findall(r"[\w'’-]+", pre)[-1:])
        if finding in qf.research_findings and finding not in qf.court_findings \
                and not _after_research_word(qf, text[:v.start()]) and not by_research:
            continue  # ('A new video showed Ms Keller asking for ...', 'the poll of 2,000 adults ...
            # suggests': a finding verb after no research is no report)
        # 'Amerika Serikat dan Korea Selatan menuding bahwa ...': each of two reports the clause
        lead_words = text[:v.start()].split()
        if lead_words and lead_words[-1].casefold() in qf.joint_quantifier_set and (
                len(lead_words) == 1 or lead_words[-2].casefold() in qf.participle_clause_openers):
            continue  # ('While all agreed that time off was rare, artist Leisha Riddell emphasized ...':
            # everyone at once, no one's report)
        # ('A survey of offices in Paris, Rome and Oslo by Acme found ...': the research's named source
        # reports, not a name in what the research was of)
        sourced = _document_source_named(ctx, s, text, v.start(), spans) if by_research and issued is None else None
        clause_start = _subordinate_subject_start(ctx, s.start, vs) if issued is None and sourced is None else None
        if clause_start is not None:
            # 'Novanto ditahan setelah Tim Dokter RSCM dan IDI menyatakan ...': the subordinate clause's
            # own subject reports, or no one the text names (never the main clause's subject)
            sourced, _ = _subject(ctx, clause_start, vs, spans)
            if sourced is None:
                continue
        pair = _joint_subjects(ctx, s.start, vs, spans) if issued is None and sourced is None else None
        if pair is None and issued is None and sourced is None:
            pair = _pair_named_before(ctx, s.start, vs) or _bodies_named_before(ctx, s.start, vs, spans)
        if pair is None and issued is None and sourced is None:
            # 'The Center for Biological Diversity and the Center for Food Safety said ...': two
            # bodies, each reporting
            pair = _joint_bodies(ctx, s.start, vs, spans)
        partner, others = None, []
        listed = _listed_people(ctx, s.start, vs, spans) if issued is None and pair is None and sourced is None \
            else None
        if sourced is not None:
            e, pron = sourced, False
        elif pair is not None:
            (e, partner), pron = pair, False
        elif listed is not None:
            # 'La Riva, Hawkins, Blankenship, and Carroll all agreed that ...': each reports the clause
            e, partner, others, pron = listed[0], listed[1], listed[2:], False
        else:
            e, pron = _described_firm_subject(ctx, s.start, vs) if issued is None else (None, False)
            if e is None:
                e, pron = _subject(ctx, s.start, s.start + issued.start() if issued is not None else vs, spans)
        side = e is None and not pron and issued is None and qf.side_pronoun_subject is not None \
            and qf.side_pronoun_subject.fullmatch(text, 0, v.start()) is not None
        if side:
            # 'Pihaknya juga menyorot pemangkasan anggaran telah dilakukan ...' opening the sentence: the
            # speaker's side, who spoke last (a body, or the person speaking for one); read as a pronoun
            # subject, with a clause only (side_pronoun_subjects)
            pron = text[:v.start()].split()[0].casefold()
        if e is None and not pron and issued is None and qf.home_body_subject is not None:
            hb = qf.home_body_subject.fullmatch(text, 0, v.start())
            if hb is not None:
                # 'KPU menyatakan bahwa ...': the home state's body speaks (its state: the entities')
                name, at = hb.group("body"), s.start + hb.start("body")
                e = ctx.ents.resolve(Parsed(name, at, at + len(name), None, name, "organization", None), at)
        if issued is None and qf.document_at_end.search(text, 0, v.start()) is not None:
            # 'RIAA's DMCA notice alleged ...', 'A statement from the CIA said ...': the document's
            # owner or source reports
            # (after a semicolon, the clause's own subject: '...; the NHC advisory indicated ...')
            semi = text.rfind(";", 0, v.start())
            owner = _document_owner(ctx, s.start + semi + 1 if semi >= 0 else s.start, vs, recent, bare=False)
            if owner is not None:
                e, pron = owner, False
        if e is None and not pron and issued is None and qf.subject_relative is not None:
            rm = qf.subject_relative.match(text, 0, v.start())
            if rm is not None and not any(qf.clause_verb.fullmatch(w) for w in rm.group("head").split()):
                # 'Laporan panel pakar independen PBB yang diajukan ke Dewan Keamanan awal bulan ini
                # menyebut ...': a relative clause on the sentence's subject; the phrase it hangs on
                # reports (not when a verb stands before it: 'Polisi menangkap pria yang ...')
                e, pron = _subject(ctx, s.start, s.start + rm.end("head"), spans)
        if e is None:
            e = _document_source_named(ctx, s, text, v.start(), spans)
        ds = qf.document_subject.match(text, 0, v.start()) if e is None and qf.document_subject is not None else None
        if ds is not None:
            # 'The statement also said ...': the statement of whoever the article quoted; an act of
            # office ('Trump declared a national emergency ... The proclamation said ...') is the
            # office holder's the article named last, unless a person spoke last ('The decree
            # instructs ...' after the Pope's words)
            office_act = any(w.casefold() in qf.office_documents for w in ds.group().split())
            e = (_officer_named_last(ctx, vs) if office_act and (recent is None or recent.type != "person")
                 else None) or recent
        if e is None and pron in qf.reflexive and (opener := _reflexive_referent(ctx, s.start, vs, spans)) is not None:
            e = opener  # ('Trump sendiri mencoba membantah bahwa dirinya menyebutkan ...': himself)
        elif e is None and pron and recent is not None and recent.type != "person" and recent.voiced:
            e = recent  # 'ucap seorang juru bicara Kementerian Luar Negeri AS. Ia juga mengatakan'
        elif e is None and pron and pron not in qf.personal and recent is not None and recent.type != "person" \
                and (pron in qf.plural_pronouns or not _is_research(qf, recent)
                     or (qf.research_body_it and pron in qf.body_pronouns)):
            e = recent  # 'They also stated ...' after the authorities spoke: a group may be 'they'
            # (research reported of is 'they', not 'we': 'we found that ...' in an interview answer;
            # 'it', a body, as research is: '..., say analysts Jupiter Research. It found that ...')
        elif e is None and pron in qf.plural_pronouns and qf.pack.get("plural_pronoun_sole_body") \
                and (sole := _sole_body_just_before(ctx, s.start)) is not None:
            e = sole  # ('... disoroti FSGI beberapa waktu lalu. Mereka menilai, ...': the one body just named)
        elif e is None and pron in qf.personal and subject is not None and subject.type == "person":
            e = subject  # 'X denied ..., but ... he claimed ...': the sentence's own subject
        elif e is None and pron in qf.personal and (opener := _opening_person(ctx, s.start, vs, spans)) is not None:
            e = opener  # 'X broke news when he revealed ...': the person the sentence opens with
        elif e is None and pron and last is not None and last.type == "person" and _pronoun_may_mean(ctx, pron, last) \
                and not (pron in qf.plural_pronouns and not _may_be_body(ctx, last, False)):
            # ('She said that ...' after a man was spoken of last: the woman named last; 'They have
            # said ...' is never one person the article named, only a body or a name that may be one)
            e = _pronoun_fits(ctx, pron, last, vs) if qf.pack.get("report_pronoun_gender") else last
        elif e is None and pron in qf.personal and last is None and qf.pronoun_to_named:
            e = _officer_named_last(ctx, s.start)  # ('He said that ...' before anyone has spoken)
        voice = qf.possessed_spokesperson_subject.fullmatch(body, s.start, vs) \
            if e is not None and pron and qf.possessed_spokesperson_subject is not None else None
        if voice is not None and voice.group("poss") and _gender(ctx, e) not in (None, qf.gender_pronouns.get(pron)):
            # ('Open chief Paul Hale had said: "..." But her spokesman insisted ...': whose voice the
            # spokesman is, when the one found is of the other gender, is no one the article names so)
            e = None
        elif voice is not None and voice.group("det") and not (e is recent and e.voiced):
            e = None  # ('The spokesperson said ...' is the voiced body quoted last, or no one)
        if pair is not None or listed is not None:
            ctx.last_joint = ([e, partner] + others, ctx.sentence_index(s.start))
        elif e is not None and pron in qf.plural_pronouns and ctx.last_joint is not None \
                and any(e is j for j in ctx.last_joint[0]) \
                and ctx.sentence_index(s.start) - ctx.last_joint[1] <= 2:
            # 'Siti dan Doan mengaku hanya korban. Kepada penyidik, mereka mengatakan ...': 'they' are
            # the joint speakers of a report just before, each reporting the clause
            e, partner, others = ctx.last_joint[0][0], ctx.last_joint[0][1], ctx.last_joint[0][2:]
        sd = qf.speaking_document_subject.match(text, 0, v.start()) \
            if not pron and pair is None and listed is None and issued is None \
            and qf.speaking_document_subject is not None else None
        by_research = by_research or sd is not None  # (a document's finding: 'The Acme report showed ...')
        if not by_research and e is not None and e.type == "organization" and qf.owned_document_subject is not None \
                and qf.owned_document_subject.match(text, 0, v.start()) is not None:
            by_research = True  # ('A CBI quarterly survey found output had risen ...': the owner's finding)
        if sd is not None and (e is None or is_news_outlet(e.name)):
            # 'The report said ...', 'But the report suggests that ...': the research document
            # speaks, by its issuer when the article named one (not the press's document)
            from .reports import document_speaker  # (reports builds on this module)
            if sd.group("owner"):  # ('The Acme report suggests that ...': its owner)
                a, b = s.start + sd.start("owner"), s.start + sd.end("owner")
                e, _ = _subject(ctx, a, b, spans)
                if e is None:
                    e = ctx.ents.resolve(Parsed(body[a:b], a, b, None, body[a:b], "organization", None), a)
                e = None if e is not None and is_news_outlet(e.name) else e
            else:
                e = document_speaker(ctx, sd.group("noun"), s.start + sd.start("noun"))
        if ds is not None and e is not None and finding in qf.research_findings and not _makes_finding(qf, e, finding):
            noun = next((w for w in reversed(re.findall(r"[\w-]+", ds.group())) if w.casefold() in qf.research_heads), None)
            if noun is not None:
                # ('The report showed that 27% of ...' after an analyst spoke: the report's finding,
                # not the analyst's)
                e = _group(ctx, noun.casefold(), s.start + ds.start())
        if pron in qf.plural_pronouns and finding.split()[0] in qf.research_findings and (e is None or e.type == "person") \
                and (spoken := _research_spoken_of(ctx, vs)) is not None:
            # ('Researchers used a robot ... Co-author Jing Zhao said, "..." They also attached wings to
            # ostriches. They found the faster each ran, ...': the plural pronoun of a finding is the
            # research the article spoke of, not one person quoted since)
            e = spoken
        if e is None and not pron and pair is None and issued is None and sd is None and ds is None \
                and (finding.split()[0] in qf.research_findings or finding.split()[0] in qf.research_subject_verbs) \
                and (rw := _research_word_before(qf, text[:v.start()])) is not None:
            # ('The parties are focusing on it after a survey suggested first-time buyers could not
            # ...': research in a clause of circumstance reports its finding when the sentence's own
            # subject is no speaker; a document opening the sentence is left to the document rules:
            # 'The report said ...' after a newspaper reported, a firm's 'annual report showed ...')
            e = _group(ctx, rw.group().casefold(), s.start + max(0, v.start() - 80) + rw.start())
        if e is not None and (finding in qf.court_findings or finding in qf.research_findings) and (
                not (_makes_finding(qf, e, finding) or by_research) or not _opens_finding(qf, text[v.end():])):
            continue  # ('a doctor determined the mother was in danger': a finding of no court reports)
        if (e is None or (e.type != "person" and not is_press(e))) and is_news_outlet(body[s.start:vs].strip()):
            continue  # 'Reuters reported ... a source ... said': the press, then the speaker ('Press TV
            # said ...' is the press too, though its last word reads as a body)
        if e is None and subject is not None and v.group("verb").casefold().endswith("ing"):
            e = subject  # 'X wrote to the embassy asking to waive ...': the same subject
        if e is None and qf.comma_subordinator is not None and qf.comma_subordinator.search(text, v.end()):
            continue  # ('The scientists behind the study only noted various hypotheses ..., though Dr.
            # Alison Kock ... has reported ...': a later clause has a subject of its own)
        if e is None and v.group("verb").casefold().endswith("ing"):
            continue  # ('In a live television broadcast announcing the measure, Castro's chief aide
            # said ...': a participle in an opening phrase; the sentence's report is still to come)
        if (e is None or not pron) and issued is None and qf.subject_relative is not None:
            rel = re.search(r"(\S+)[ \t]+(\w+)[ \t]+\Z", text[:v.start()])
            if rel is not None and rel.group(2).casefold() in qf.relative_set \
                    and rel.group(1).rstrip(",")[:1].isupper() and (e is None or not rel.group(1).endswith(",")):
                # 'mendapat dukungan dari Wali Kota London Sadiq Khan yang mengatakan ...': the name
                # the relative clause hangs on reports, whatever word governs it (relative_clause_speakers);
                # also over the sentence's subject when the relative follows the name with no
                # comma: 'Pernyataan Sudirman ... merupakan respons terhadap Gubernur DKI Jakarta Djarot
                # Saiful Hidayat yang meminta KPK ...' is Djarot's request
                e = _antecedent(ctx, s.start, s.start + rel.start(1) + len(rel.group(1).rstrip(","))) or e
        if e is None and v.group("verb").casefold() in qf.comma_only_set:
            continue  # ('Ketidakpercayaan itu beralasan, karena ... Fisher ... membantah bahwa ...': a verb
            # that also reads as a predicate of things (well-founded), no speaker before it; a later
            # verb of the sentence may still report)
        if e is None:
            break
        if is_press(e):
            continue  # 'Reuters reported on Monday a German government source ... said': the press
        subject = _topic_before_relative(ctx, s, vs, spans) or e
        verb = v.group("verb")
        after = s.start + v.end()
        if qf.comma_subordinator is not None and qf.comma_subordinator.match(body, after) \
                and body.rfind(",", s.start, vs) < 0 and not _concessive_then_clause(qf, body, after, s.end):
            continue  # ('Biden denied, though Trump said it is on tape': a clause of another subject
            # follows the comma, with a report of its own; not a cue after the clause it reports:
            # '..., he said, although he could not predict a figure')
        before = None
        joined = qf.mid_cue_joiner.match(body, after) if qf.mid_cue_joiner is not None else None
        cut = body.rfind(",", s.start, vs)
        if joined is not None and cut > s.start and len(_WORDS.findall(body, cut, vs)) <= 4:
            # 'Already-queued orders won't leave idle capacity for some years, Maróth said, and
            # paying back this loan seems realistic': a cue in mid-sentence reports the clause
            # before it, and the one joined after it
            a, b = _trim(body, s.start, cut)
            if len(_WORDS.findall(body[a:b])) >= 5 and body[a] not in '"“”„«' and not _mostly_quoted(a, b, spans):
                before = Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "cue-after")
            after = joined.end()
        m = qf.indirect_clause.match(body, after)
        start = m.end() if m else after
        k = None
        if qf.kepada is not None:
            k = qf.kepada.match(body, after)
            if k and k.group("comp").casefold() in qf.declarative_comps:
                if len(body[after:k.start("comp")].split()) <= 5:  # (not 'vowed to use all ... that')
                    start = k.end()
            elif k:
                start = after  # 'mengatakan kepada Armenia ... agar meninggalkan wilayahnya'
                if len(_WORDS.findall(body[k.end():s.end])) < 2:
                    return subject, None
        comp = m.group("comp") if m else None
        if comp is not None and comp.casefold() in qf.conditional_comps and qf.consequent is not None \
                and qf.consequent.search(body, start, s.end):
            start = m.start("comp")  # (the conditional and its consequent both reported: 'bila ..., maka ...')
        if comp is None and verb.split()[-1].casefold() in qf.complementisers:
            comp = verb.split()[-1]  # ('established that ...': the verb form holds its complementiser)
        if comp is None and qf.object_gap is not None and verb.casefold() not in qf.request_set \
                and (not qf.object_gap_verbs or verb.casefold() in qf.object_gap_verbs):
            og = qf.object_gap.match(body, start, s.end)
            if og is not None and _comma_opened_clause(qf, body, after, start):
                og = None  # ('Dia mengatakan, pengungkapan kasus ini berkat laporan ..., bahwa ada ...': the
                # clause after the comma is the report; its 'bahwa' belongs to a noun inside it)
            if og is not None:
                start, comp = og.end(), "object"
            elif qf.addressee_asked is not None and verb.casefold() in qf.addressee_request_verbs \
                    and (addressed := qf.addressee_asked.match(body, after, s.end)) is not None \
                    and "," not in addressed.group("obj") and not _in_relative_clause(qf, body, s.start, vs) \
                    and not _names_a_thing(qf, addressed.group("obj")) \
                    and (verb.casefold() not in qf.named_addressee_set
                         or _names_someone(g, body, after_blanks(body, after))):
                # 'warned people in the general vicinity to stay inside': an appeal, reported from
                # the addressee on
                start, comp = after_blanks(body, after), "request"
            elif qf.named_addressee is not None and verb.casefold() in qf.object_gap_verbs:
                na = qf.named_addressee.match(body, start, s.end)
                if na is not None and _reads_as_clause(qf, body, na.end(), s.end) \
                        and not body[na.end():na.end() + 1].isupper():
                    # 'She told the Guardian newspaper there would be no super-casinos': a named
                    # addressee, then the clause with no 'that'
                    start, comp = na.end(), "object"
        if comp is None and qf.to_addressee is not None and verb.casefold() not in qf.request_set \
                and (ta := qf.to_addressee.match(body, start, s.end)) is not None \
                and _reads_as_clause(qf, body, ta.end(), s.end) and not body[ta.end():ta.end() + 1].isupper() \
                and body[ta.end():s.end].split(None, 1)[0].casefold() not in qf.object_prepositions:
            start, comp = ta.end(), "object"  # ('reported to the police he "left home ..."')
        if verb.casefold() in qf.addressee_only_set and (comp != "request" or _is_verb_word(
                qf, body[start:s.end].split(None, 1)[0].casefold())):
            continue  # ('GDPR menantang bagaimana perusahaan ...', 'menantang seorang Juventini berkelahi': no
            # addressee asked to act after 'untuk' or 'agar', no challenge reported; nor a verb where the
            # addressee would be: 'Niki malah menantang memilih mengkomunikasikan ... agar ...')
        if verb.casefold() in qf.declarative_only_set and not comma_clause and (
                comp is None or comp.casefold() not in qf.declarative_comps and comp != "object") \
                and not (k is not None and k.group("comp").casefold() in qf.declarative_comps):
            continue  # (idverbs46: 'berbicara untuk kepentingan rakyat', 'menyinggung soal tekanan ...': no 'bahwa')
        if (comp == "object" or verb.casefold() not in qf.declarative_only_set) and not comma_clause \
                and _gated_complement_missing(qf, verb, body, after, s.end):
            continue  # (the same gate from where the clause is read, after a joined cue: 'menyinggung urusan
            # nasionalisme ketika mendengar bahwa ...' is another verb's 'bahwa'; 'mengundang Antasari untuk hadir')
        # only where the sentence names the subject before the verb, outside a relative clause on
        # a thing ('Labour, which denies engaging in ...' is no report of the person named before it); a
        # pronoun's referent is left to the reports of clauses
        gerund_act = comp is None and qf.gerund_after is not None and verb.casefold() in qf.gerund_report_set \
            and qf.gerund_after.match(body, after) is not None and not _gerund_subject_clause(qf, body, after, s.end) \
            and _subject_named(e, body, s.start, vs) \
            and not _words_since_comma(body, s.start, vs) & qf.thing_relatives
        if verb.casefold() in qf.request_set or gerund_act or (
                comp is None and qf.finding_object is not None and verb.casefold() in qf.finding_object_verbs
                and qf.finding_object.match(body, start, s.end)):
            start = vs  # (a finding as the object: 'reported a correlation with ...', verb and all)
        elif comp is None and not (qf.kepada is not None and qf.kepada.match(body, after)):
            if verb.casefold() in qf.complementised_only_set and not comma_clause:
                continue  # ('KPU mengusulkan tambahan dana ...': a proposal with no 'agar' is a policy act)
            if qf.bare_set is not None and (verb.casefold() not in qf.bare_set or side) \
                    and not _complement_is_clause(qf, body, after, s.end) \
                    and not _characterisation(qf, body, after, s.end, verb) \
                    and not _named_subject_clause(ctx, start, s.end, verb,
                                                  e is not None and _subject_named(e, body, s.start, vs)):
                if re.search(r",[ \t]+but[ \t]", body[after:s.end]):
                    continue  # ('Quirin denied any sexual activity, but ... he claimed sex had been
                    # consensual': the same subject's report after 'but')
                if verb.casefold() in qf.unjoined_report_set:
                    continue  # ('Budi mendorong ekspor kopi dan mengingatkan petani agar ...': a thing
                    # boosted, then the same subject's report)
                if qf.second_report_after_short and qf.joined_report is not None \
                        and qf.joined_report.search(body, after, s.end) is not None \
                        and _subject_named(e, body, s.start, vs):
                    continue  # ('Google menyangkal tuduhan dan mengatakan iklan itu bertujuan ...': a thing
                    # denied, then the same subject's report, which the next verb reads; not after a subject
                    # pointing back: 'Polisi tersebut membantah tuduhan itu, menegaskan ...')
                return subject, None  # 'announced plans to ...', 'claimed responsibility'
            finds = _makes_finding(qf, e, verb.casefold())
            adjunct = _finding_adjunct_end(qf, body, start, s.end) if finds else -1
            if qf.finite is not None and not _reads_as_clause(
                    qf, body, start, s.end, bool(qf.clause_verbs) and verb.casefold() not in qf.clause_verbs, present_object=True) \
                    and not (adjunct >= 0 and _reads_as_clause(qf, body, adjunct, s.end)) \
                    and not (finds and _plain_present_clause(qf, body[start:s.end])):
                continue  # 'told the world on Thursday via Twitter', 'announced plans' (a later
                # participle of the same subject may still report: 'wrote to ..., asking to ...')
            if qf.written_work is not None and verb.casefold() in qf.writing_set \
                    and qf.written_work.match(body, start, s.end):
                continue  # ('wrote the song before ...': a work written, not a report)
            if qf.to_noun_phrase is not None and qf.to_noun_phrase.match(body, start, s.end):
                continue  # ('responded to a reporter's question about Aleppo with "What is Aleppo?"':
                # what the verb answers, not a clause; the quote is the words)
        a, b = _trim(body, start, s.end)
        if gerund_act and qf.gerund_report_break is not None \
                and (gb := qf.gerund_report_break.search(body, a, b)) is not None:
            a, b = _trim(body, a, gb.start())  # 'denies having any role, but offices have had to close'
        if gerund_act and _words_since_comma(body, s.start, vs) & qf.relative_set:
            comma = body.find(",", a, b)
            if comma > a:  # 'Eric Joyce, who proposed going ahead with the merger, spoke': the relative
                a, b = _trim(body, a, comma)  # clause ends at its comma
        if gerund_act:
            # 'denies using drugs and says she will take legal action': the subject's next report
            # after a coordinator is its own
            nxt = next((c for c in re.finditer(r"[ \t]+(\w+)[ \t]+(\w+)", body[a:b])
                        if c.group(1).casefold() in qf.coordinator_set and c.group(2).casefold() in qf.report_set), None)
            if nxt is not None:
                fa, fb = _trim(body, a + nxt.end(), b)
                fc = qf.indirect_clause.match(body, fa) if qf.indirect_clause is not None else None
                if fc is not None and fc.group("comp"):
                    fa = fc.end()
                if before is None and nxt.group(2).casefold() in qf.say_set \
                        and nxt.group(2).casefold() not in qf.request_set \
                        and len(_WORDS.findall(body[fa:fb])) >= 4 and not _mostly_quoted(fa, fb, spans) \
                        and _reads_as_clause(qf, body, fa, fb):
                    before = Quote(fa, fb, "indirect", e, (s.start, s.end), 0.6, "indirect")
                a, b = _trim(body, a, a + nxt.start())
        stop = _STOP_BEFORE_QUOTE.search(body, a, b)
        if stop is not None:
            # ('... the cash goes to the DEC. "I'd be glad ...," he added': the sentence splitter
            # kept an acronym's full stop, but a quote opening after it starts another sentence)
            a, b = _trim(body, a, stop.start() + 1)
        semi = body.find(";", a, b)
        if semi > a and body.count(";", a, b) == 1 and len(_WORDS.findall(body, semi, b)) >= 4 \
                and not any(x <= semi < y for x, y in spans):
            # 'paying back this loan seems realistic; unnamed industry experts called this
            # dubious': a semicolon ends the reported clause, what follows is another's (several
            # are a list: 'di Bandara ...; Petamburan dan Tebet, Jakarta; serta Megamendung')
            a, b = _trim(body, a, semi)
        colon = re.search(r":\s*[\"“”„«]", body[a:b])
        if colon:  # 'indicated the US was disappointed: "While we await ..."': the quote is its own
            a, b = _trim(body, a, a + colon.start())
        follow = before
        if qf.contrast_report is not None:
            cr = qf.contrast_report.search(body, a, b)
            if cr is not None and not any(x <= cr.start() < y for x, y in spans):
                # 'The Austrian partner asked for the price to be kept secret, but the
                # commissioner stated the purchase was financed by a loan': a new subject and
                # its report verb after 'but' end the first report and make their own
                act = verb.casefold() in qf.request_set
                # (an act reported with its verb ends at a report of the same speaker too: 'Quirin
                # denied any sexual activity, but upon learning ... he claimed sex had been ...')
                # ('Hale admitted the foul "could have hurt (Dale) badly", but he believes ...': a
                # pronoun subject after 'but' is the sentence's own subject, not the one named last
                # inside the first report)
                _, second = _sentence_subject_and_indirect(ctx, Sentence(cr.end(), s.end), spans,
                                                           e if e.type == "person" else None,
                                                           e if act else None)
                if second is not None and second.speaker is not None and (second.speaker is not e or act):
                    a, b = _trim(body, a, cr.start())
                    follow = follow or second
        if qf.second_verb is not None:
            cut = qf.second_verb.search(body, a, b)
            if cut:
                second = re.search(r"[^\W\d_]+$", cut.group())
                word = second.group().casefold() if second else ""
                negated = qf.negated is not None and qf.negated.search(
                    body, max(a, cut.end() - len(word) - 30), cut.end() - len(word))
                if word in qf.say_set and word not in qf.request_set and not negated \
                        and word not in qf.unjoined_report_set:
                    # 'mengungkapkan mereka akan ... dan bersumpah memulangkan ...': the second
                    # verb of the same subject reports a clause of its own (a request or a
                    # condemnation after it is an act, not a report: 'sekaligus mengecam laporan')
                    fa, fb = _trim(body, cut.end(), b)
                    # (as for the first verb, a quote as the clause's predicate keeps it: '... and said
                    # she was "proud to endorse Joe Biden ..."')
                    if follow is None and len(_WORDS.findall(body[fa:fb])) >= 4 and (
                            not _mostly_quoted(fa, fb, spans) or _quote_as_predicate(qf, body, fa, fb, spans)):
                        follow = Quote(fa, fb, "indirect", e, (s.start, s.end), 0.6, "indirect")
                elif word in qf.request_set and not negated and qf.addressee_to is not None \
                        and qf.addressee_to.match(body, cut.end(), b) is not None:
                    # 'said there was a lack of transparency and urged the crowd to consider ...':
                    # an appeal to an addressee is the same subject's report too (from its verb)
                    fa, fb = _trim(body, cut.end() - len(word), b)
                    if follow is None and not _mostly_quoted(fa, fb, spans):
                        follow = Quote(fa, fb, "indirect", e, (s.start, s.end), 0.6, "indirect")
                a, b = _trim(body, a, cut.start())
        if qf.relative_report is not None:
            cut = qf.relative_report.search(body, a, b)
            if cut:
                fa, fb = _trim(body, cut.end(), b)
                if follow is None and len(_WORDS.findall(body[fa:fb])) >= 4 and not _mostly_quoted(fa, fb, spans) \
                        and (qf.finite is None or _reads_as_clause(qf, body, fa, fb)):
                    # ('which he said would allow him to act ...': the relative clause is his
                    # report too)
                    follow = Quote(fa, fb, "indirect", e, (s.start, s.end), 0.6, "indirect")
                a, b = _trim(body, a, cut.start())
        if qf.dash_relative is not None:
            opened = None
            for opened in qf.dash_relative.finditer(body, s.start, a):
                pass
            if opened is not None and not qf.spaced_dash.search(body, opened.end(), a):
                close = qf.spaced_dash.search(body, a, b)
                if close is not None:
                    a, b = _trim(body, a, close.start())
        short = verb.casefold() in qf.short_report_verbs and b - a >= 3 and "," not in body[a:b] \
            and not body[b:s.end].strip(" \t.!?")
        if (b - a < 3 or len(_WORDS.findall(body[a:b])) < 3) and not short:
            # ('meminta maaf dan berjanji kejadian serupa tidak akan terulang': a request verb's
            # object too short to report, but the second verb's clause still stands; so does a report
            # verb's: 'Google menyangkal tuduhan dan mengatakan iklan itu bertujuan ...')
            return subject, before or (follow if verb.casefold() in qf.request_set
                                       or (qf.second_report_after_short and _subject_named(e, body, s.start, vs))
                                       else None)
        if _quote_opens_longer_clause(qf, body, a, b, spans):
            # ('saying "it wasn't a good fit" for her': the clause opens with the speaker's words and
            # goes on with the reporter's; it is reported whole, as well as the quote)
            return subject, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "indirect", follow)
        if body[a] in '"“”„«' or (_mostly_quoted(a, b, spans) and not _quote_as_predicate(qf, body, a, b, spans)):
            # (a report of someone else after 'while'/'but' still stands)
            return subject, before or follow
        if partner is not None and follow is None:
            follow = None
            for other in reversed([partner] + others):
                follow = Quote(a, b, "indirect", other, (s.start, s.end), 0.6, "joint", follow)
        return subject, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "indirect", follow)
    if subject is None and qf.group_subject is not None:
        # 'Researchers used swab samples ... They found ...': research opening the sentence with a
        # verb of its own is what the sentence is about, whom the next 'they' means
        gm = qf.group_subject.match(text)
        if gm is not None and _LOWER_WORD_NEXT.match(text, gm.end()) \
                and gm.group("group").casefold() in qf.research_heads:
            subject = _group(ctx, gm.group("group"), s.start + gm.start("group"))
    if subject is None:
        # plain subject of the sentence: a person or institution at its start
        m = g.match_at(body, s.start)
        an = qf.anaphor.match(body, m.end(), s.end) if m is not None and qf.anaphor is not None else None
        if an is not None and _LOWER_WORD_NEXT.match(body, an.end(), s.end):
            # 'Kepala Badan Pangan Nasional itu merinci ...', 'Menteri Pertanian itu lalu ...': an
            # office (or a description) closed by an anaphor before a verb points back at a person
            # the article named, not at the body or a name in the office
            subject = _described_referent(ctx, body[s.start:m.end()], s.start)
            if subject is not None:
                m = None
        if m is not None:
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, True, ctx.ents.midcaps)
            p = _joined_role(ctx, m, s.end) or p
            if _POSSESSIVE_END.search(m.group()) or (
                    qf.pack.get("possessed_kin_given_name") and re.search(r"s['’]\Z", m.group())):
                # "Hunter Biden's former business partner Tony Bobulinski held ...": the one the
                # possessive leads to is the subject, not the owner
                owned = _possessed_person(ctx, s.start, s.end)
                if owned is not None and not _POSSESSIVE_END.search(m.group()) and not _kin_word_before(
                        ctx, body[m.end():owned.start]):
                    owned = None  # (after 'Edwards'' only a relative: not 'Fosters' main wine business is X')
                p = owned or p
            else:
                owned = None
            if p is not None and p.type == "person" and p.role and g.is_former(p.role) \
                    and len(p.role.split()) == 1 and qf.body_title is not None \
                    and ((bt := qf.body_title.match(body, m.end(), s.end)) is not None or (
                        body[m.end():m.end() + 1] in (" ", "\t")
                        and (bt := next((d.match(body, m.end() + 1, s.end) for d in (qf.descriptor_joined, qf.descriptor)
                                         if d is not None and d.match(body, m.end() + 1, s.end)), None)) is not None
                        and any(w.casefold() in g.deputy_roles or w.casefold() in g.title_words
                                for w in bt.group().split()))):
                # 'Former Trump adviser (and retired general) Michael Flynn was on stage ...':
                # 'Former' alone makes no office of the principal's name; the former-word qualifies the
                # title after it, and the person is the name that title leads to (read so as the subject of a speech verb is,
                # subjects._subject_read), whom the next 'he' means; a former office, of no state
                n = g.match_at(body, bt.end())
                named = g.parse(body, n.start(), n.end(), None, False) if n is not None and n.end() <= s.end else None
                if named is not None and named.type == "person" and named.name and len(named.name.split()) >= 2:
                    named.role = body[m.start():n.start()].strip() + (f" {named.role}" if named.role else "")
                    named.country = None
                    p = named
            if p is not None and p.type == "person" and len((p.name or "").split()) == 1 \
                    and not g.has_title_word(p.role) and p is not owned:
                # (not a relative named by a given name after a possessive: 'Edwards' sister Rachel
                # makes an appeal', see segments._kin_given_name)
                # 'Ibadah Tarawih yang ...': a thing with a capital, unless the article has
                # introduced someone by that name ('Risma kemudian berkeliling kota')
                known = ctx.ents.find_person(p.name)
                first_name = any(
                    (k := after_blanks(body, pos + len(p.name))) >= 0 and "A" <= _at(body, k) <= "Z"
                    and "a" <= _at(body, k + 1) <= "z"
                    for pos in word_positions(body, p.name, left="-", right=None))
                if (known is None or len(known.name.split()) < 2) and not first_name:
                    p = None
            if p is not None and p.type == "person" and p.name and g.common \
                    and all(w.casefold() in g.common for w in p.name.split()) \
                    and not g.has_title_word(p.role):
                p = None  # 'RUU Cipta Kerja minim partisipasi publik': common words, not a name
            if p is None and m.group().strip() not in g.openers:
                p = _run_in_subject(ctx, m.end(), s.end)
            elif p is not None and p.type in ("role", "organization") and p.role:
                # 'Ketua DPD Organisasi Angkutan di Jalan (Organda) DKI Shafruhan Sinungan
                # mempertanyakan': the title goes on past a preposition to the name
                p = _run_in_subject(ctx, m.end(), s.end, after_title=True) or p
            if p is not None and qf.patient_verb is not None and qf.patient_verb.match(body, p.end, s.end):
                p = None  # 'Polresta Manado akan diturunkan': what is done to it, not who speaks
            if p is not None and p.type == "person" and p.name and ctx.ents.find_org(p.name) is not None \
                    and ctx.ents.find_person(p.name) is None and _BRACKETED_SHORT_AFTER.match(body, m.end()):
                # 'The Steady Pointer Unit (SPU) is the brainchild of ...': a name the article gave a
                # short form in brackets is a body's or a thing's, never a person a later 'he' means
                subject = ctx.ents.find_org(p.name)
            elif p is not None and p.type in ("person", "organization"):
                subject = ctx.ents.resolve(p, p.start)
            elif p is not None and p.type == "role" and not p.name and qf.bare_title_subject_is_holder \
                    and _LOWER_WORD_NEXT.match(body, p.end, s.end):
                subject = _bare_title_holder(ctx, p)
    if subject is None:
        # 'In his talk at the Atlantic Council, Mitsotakis reaffirmed ...': a person the article
        # already introduced, opening a later comma segment, is what the sentence is about.
        for seg_start, seg_end in _segments_of(body, s.start, s.end)[1:]:
            if any(a <= seg_start < b for a, b in spans):
                continue
            member = qf.inclusion.match(body, seg_start) if qf.inclusion is not None else None
            lead = qf.determiner.match(body, seg_start) if qf.determiner is not None and member is None else None
            m = g.match_at(body, member.end() if member else lead.end() if lead else seg_start)
            if m is None:
                continue
            if member is not None and seg_end < s.end and not body[m.end():seg_end].strip() \
                    and re.match(r",[ \t]+[a-z]{3,}", body[seg_end:s.end]):
                # 'Sejumlah kelompok maskapai, termasuk Asosiasi Transportasi Udara Internasional,
                # mengkritik ...': the member the group's apposition names, before the verb
                p = g.parse(body, m.start(), m.end(), None, False)
                if p is not None and p.type == "role" and p.role == p.text:
                    # (a capitalised name with no one's name in it is the body's, not an office)
                    p = Parsed(p.text, p.start, p.end, None, p.text, "organization", p.country)
                if p is not None and p.type in ("organization", "person") and p.name:
                    subject = ctx.ents.resolve(p, p.start)
                    if subject is not None:
                        break
                continue
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
            if p is not None and p.type == "person" and p.name and (
                    seg_end >= s.end - 1 or re.match(r"[ \t]+[^\W\d_]{3,}", body[m.end():seg_end])):
                # (a name alone between two commas is an item of a list: '... di RSUD Dr
                # Soetomo, Balai Besar ...', not the subject)
                known = ctx.ents.find_person(p.name)
                if known is not None and seg_end >= s.end - 1 and not body[m.end():seg_end].strip(" \t.!?") \
                        and _apposed_object(qf, body[s.start:seg_start]):
                    continue  # (the name closing the sentence names the object the words before it describe)
                if known is not None and not (p.role and p.role.split()[-1].casefold() in g.coordinator_words):
                    # (not the last item of a list, read as a name with the items before it as its
                    # role: '..., X-Folk and Mighty Five characters' is no one the sentence is about)
                    subject = known
                    break
            if lead and p is not None and p.type in ("organization", "role") \
                    and re.match(r"[ \t]+[a-z]{3,}", body[m.end():seg_end]):
                # 'In a press release the next day, the Turkish Ministry of Foreign Affairs
                # denounced ...': an institution followed by its verb
                subject = ctx.ents.resolve(p, p.start)
                if subject is not None:
                    break
    if subject is None and qf.any_passive_agent is not None and not _narration_follows(ctx, s.start):
        # 'Acara itu juga dihadiri William Wongso, tokoh kuliner': the person a passive names as
        # its agent is who the sentence is about
        # not when the story's own narration follows, with no quote, pronoun or speech verb: after
        # 'Aksi pertama sempat dimediasi oleh Menteri Tenaga Kerja Hanif Dhakiri ... Kesepakatan tersebut
        # antara lain ... "...," ujarnya.' the story went on with the event, and the pronoun with the one
        # quoted before
        for pa in qf.any_passive_agent.finditer(text):
            if any(a <= s.start + pa.start() < b for a, b in spans):
                continue
            if qf.manner_passive_lead is not None and qf.manner_passive_lead.search(text, 0, pa.start()):
                # ('Hal ini sebagaimana diperintahkan oleh Presiden X.': a clause of manner, 'as X ordered',
                # comments on what the sentence before reported; the agent is no one the story moves on to)
                continue
            m = g.match_at(body, s.start + pa.end())
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps) \
                if m is not None else None
            if p is not None and p.type == "person" and len((p.name or "").split()) >= 2:
                subject = ctx.ents.resolve(p, p.start)
                break
    return subject, None


def _apposed_object(qf: QuoteFinder, before: str) -> bool:
    """Whether the words before a name that closes a sentence end with a description of a kind of person
    governed by an active verb or a link word (narrated_object_links): the name in apposition after its
    comma is what the sentence acts on or tells of, not its subject ('... hadir mendampingi pengacara
    kondang, Elza Syarief.', '... bukti yang menunjukkan pengaruh dari politikus Partai Golkar, Markus
    Nari.'). Not the agent of a passive ('disampaikan oleh juru bicara KPK, Febri Diansyah.')."""
    if qf.active_verb_word is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", before)
    for j in range(len(words) - 2, max(-1, len(words) - 8), -1):
        w = words[j]
        if w[:1].isupper():
            continue
        if w.casefold() in qf.narrated_object_links or qf.active_verb_word.fullmatch(w):
            return _person_head(qf, " ".join(words[j + 1:]))
        if not _person_head(qf, " ".join(words[j:])) and w.casefold() not in qf.person_qualifiers \
                and not _person_head(qf, " ".join(words[j - 1:])):
            return False  # (a word of no description of a person: the name goes on with the sentence)
    return False


def _finding_speaker(ctx: _Context, start: int, df: re.Match) -> tuple[Entity | None, bool]:
    """Who speaks for the document, finding or researchers opening a sentence (qf.document_finding,
    matched on the sentence at `start`): researchers as their group ('Para peneliti menemukan bahwa ...');
    the issuer the phrase names after a link or the noun ('studi dari Stanford Medicine', 'Kajian IDEAS',
    'Data BRIN'); else the document itself as written, up to a demonstrative ('Dokumen pengadilan',
    'Hasil tes DNA', 'Sejumlah studi internasional'). None when a verb stands inside the phrase (a clause
    of its own, not a document's name) or the document is the press's; with whether the speaker is the
    researchers' group."""
    qf, body = ctx.qf, ctx.body
    rest = df.group("rest")
    link = qf.document_issuer_link.search(rest) if qf.document_issuer_link is not None else None
    own = rest[:link.start()] if link is not None else rest  # (the words before the issuer's link)
    if any(w.islower() and w.casefold() not in qf.document_demonstratives and w.casefold() not in qf.document_name_modifiers
           and _is_verb_word(qf, w) for w in own.split()):
        return None, False  # ('Data yang menunjukkan kenaikan itu menyebutkan, ...': a verb inside the phrase)
    words = rest.split()
    noun = df.group("noun")
    if noun.casefold() in qf.finding_groups:
        if any(w.casefold() not in qf.document_demonstratives for w in words):
            return None, False  # (researchers of somewhere or something: left to the named-subject rules)
        return _group(ctx, noun.casefold(), start + df.start("noun")), True
    at = None
    if link is not None:
        # ('Hasil kajian yang dilakukan forum FMDM SIL UI ...': the first name after the link)
        # (not 'Penelitian yang dilakukan di University of California Los Angeles': a place, the phrase
        # as written speaks)
        cap = re.match(rf"(?:[a-z]+[ \t]+)?(?=[{UPPER}])", rest[link.end():])
        at = start + df.start("rest") + link.end() + cap.end() \
            if cap is not None and not (cap.group().strip() and _is_verb_word(qf, cap.group().strip())) \
            and cap.group().strip() not in qf.object_prepositions else None
    elif words and " ".join(noun.casefold().split()) not in qf.tested_documents:
        at = start + df.start("rest") + len(rest) - len(rest.lstrip())
        at = at if body[at:at + 1].isupper() else None
    if at is not None:
        e = _phrase_after(ctx, at)
        if e is not None and is_press(e):
            return None, False  # ('Catatan Kompas menunjukkan, ...': the press's own figures)
        if e is not None and e.type == "person" and not set((e.name or "").split()) <= set(rest.split()):
            # ('Hasil riset Payfazz menunjukkan ...' where 'Agen Payfazz' is someone else: the body named)
            run = re.match(rf"[{UPPER}][\w&.-]*(?:[ \t]+[{UPPER}][\w&.-]*)*", body[at:start + df.end("rest")])
            e = ctx.ents.resolve(Parsed(run.group(), at, at + run.end(), None, run.group(), "organization", None), at) \
                if run is not None else None
        if e is not None:
            return e, False
    kept = []
    for w in words:
        if w.casefold() in qf.document_demonstratives:
            break  # ('Hasil tes DNA itu ...': the name stops at the pointer back)
        kept.append(w)
    if not kept and words and not df.group("quant"):
        # ('Laporan Bank Dunia yang dirilis Senin ... Laporan itu juga menyebut, ...': the document the
        # article named before, by its issuer named there)
        e, press = _earlier_document_issuer(ctx, noun, start + df.start("noun"))
        if e is not None or press:
            return e, False  # (the press's document speaks for no one, as the press's figures above)
    a = start + df.start("doc")
    name = " ".join(body[a:start + df.end("noun")].split() + kept)
    e = Entity(name=name, type="organization", first=a)
    ctx.ents.entities.append(e)
    return e, False


def _earlier_document_issuer(ctx: _Context, noun: str, at: int, window: int = 2000) -> tuple[Entity | None, bool]:
    """The issuer named right after the nearest earlier mention of the document noun before `at` ('laporan
    Bank Dunia', 'survei yang digelar Survation'), None when the article named none; and whether that
    issuer is the press."""
    qf, body = ctx.qf, ctx.body
    # (the issuer's link words as _finding_speaker reads them: qf.document_issuer_link)
    link = rf"(?:{qf.document_issuer_link.pattern})?" if qf.document_issuer_link is not None else ""
    found = None
    for m in re.compile(rf"(?<![\w-])(?i:{re.escape(noun)})[ \t]+{link}(?=[{UPPER}])").finditer(body, max(0, at - window), at):
        found = m
    if found is None:
        return None, False
    e = _phrase_after(ctx, found.end())
    return (None, True) if e is not None and is_press(e) else (e, False)


def _kin_word_before(ctx: _Context, lead: str) -> bool:
    """Whether `lead`, the words between an owner's possessive and a name, ends with a word for a
    relative (kin_nouns: 'Edwards' sister Rachel')."""
    words = lead.split()
    return bool(words) and words[-1].casefold() in {w.casefold() for w in ctx.qf.pack.words("kin_nouns")}


# a short form in brackets right after a name: 'The Steady Pointer Unit (SPU) is ...'
_BRACKETED_SHORT_AFTER = re.compile(r"[ \t]*\([^()\s]{2,12}\)")


def _word_before_relative(text: str, at: int, word: str) -> str:
    """The word a relative pronoun hangs on, `word` at text[at:]; an age between commas after a name
    stands aside ('for Lind, 52, who told ...': 'Lind,')."""
    if not re.fullmatch(r"\d{1,3},", word):
        return word
    before = re.search(r"(\S+)[ \t]+\Z", text[max(0, at - 60):at])
    return before.group(1) if before is not None and before.group(1).endswith(",") else word


def _described_firm_subject(ctx: _Context, start: int, verb_start: int) -> tuple[Entity | None, bool]:
    """A firm named after what it is as the whole subject of a report verb, the sentence's words
    before it ('Anti-virus firm Acme said that ...', 'Film giant Acme says ...', 'Internet service
    provider Acme has announced ...', 'In a monthly report security firm Acme said ...'): the firm,
    with no state (not 'Security' read as a name)."""
    qf = ctx.qf
    m = qf.described_firm_subject.fullmatch(ctx.body, start, verb_start) if qf.described_firm_subject is not None else None
    if m is None:
        return None, False
    name, at = m.group("name"), m.start("name")
    if not _firm_word(ctx, name.split()[0], False, " " not in name) or ctx.ents.find_person(name) is not None:
        return None, False
    return ctx.ents.resolve(Parsed(name, at, at + len(name), None, name, "organization", None), at), False


# a word or two set off in marks inside a sentence ('lebih seperti “dalang” dari kasus ...'): a term, no quote
_SHORT_MARKED = re.compile(r"(?<![\w])[\"“][^\s\"“”]+(?:[ \t][^\s\"“”]+)?[\"”](?![\w])")


def _words_since_comma(body: str, start: int, end: int) -> set[str]:
    """The words (casefolded) between the last comma before `end` in the sentence from `start`, or its
    start, and `end`: the clause a verb at `end` stands in ('Labour, which denies ...': {'which'})."""
    return {w.casefold() for w in _WORDS.findall(body, max(start, body.rfind(",", start, end) + 1), end)}


def _holds_quote_marks(text: str) -> bool:
    """Whether a sentence holds quote marks other than around a term of a word or two (_SHORT_MARKED)."""
    rest = _SHORT_MARKED.sub("", text)
    return '"' in rest or "”" in rest


def _closes_relative_aside(qf: QuoteFinder, before: str) -> bool:
    """Whether `before`, a sentence's words up to a comma, ends with a relative clause set off by a comma
    after words of its own ('Ucapan Rizieq, yang viral dan menjadi dasar pelaporan'): the comma closes
    that aside, and what follows goes on with the subject before it."""
    m = re.search(r",[ \t]+([^\W\d_]+)[^,]*\Z", before)
    return m is not None and m.group(1).casefold() in qf.relative_set and len(_WORDS.findall(before[:m.start()])) >= 1


def _source_then_body_subject(ctx: _Context, pos: int, end: int) -> tuple[Entity, int] | None:
    """'Menurut Erwan Partai Demokrat perlu mencari calon ...' (after 'Erwan Santoso'), 'Menurut Ketua
    Dewan Pakar Partai Golkar Agung Laksono Kementerian X bukanlah ...': with no comma after the source,
    its name runs into the clause's subject, a body named by its head word (institution_heads) before a
    lower-case word. The source (a person named in full after an office, or by a word of the name of one
    the article named before) and where the clause opens; None when the run names no such pair."""
    g, body = ctx.ents.g, ctx.body
    m = g.match_at(body, pos)
    if m is None or g.inst_head_re is None or not _LOWER_WORD_NEXT.match(body, m.end(), end):
        return None
    for w in re.finditer(r"\S+", body[m.start():m.end()]):
        at = m.start() + w.start()
        if at == m.start() or not g.inst_head_re.match(w.group()) or not w.group()[:1].isupper():
            continue
        p = g.parse(body, m.start(), len(body[:at].rstrip()), None, False)
        if p is None or p.type != "person" or not p.name:
            continue
        words = p.name.split()
        known = ctx.ents.find_person(p.name) if len(words) == 1 else None
        if (len(words) >= 2 and p.role) or (known is not None and len(known.name.split()) >= 2
                                            and ctx.written_before(pos, known.name)):
            return (known or ctx.ents.resolve(p, p.start)), at
    return None


def _office_in_apposition(ctx: _Context, start: int, end: int) -> int | None:
    """Where the comma closing an office in apposition after a source's name stands ('Menurut Adrian Li,
    Founder & Managing Partner Convergence Ventures, makin ...'): a segment opening with a capitalised
    title's word whose words are all capitalised (or digits, or the title's connectors); None when the
    segment after the comma is anything else (a clause: 'Menurut Budi, Presiden tidak pernah ...')."""
    g = ctx.ents.g
    close = ctx.body.find(",", start, end)
    words = ctx.body[start:close].split() if close > 0 else []
    if not 2 <= len(words) <= 10 or not words[0][:1].isupper() \
            or words[0].casefold().rstrip(".") not in g.title_words \
            or not all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in g.connectors for w in words) \
            or not _LOWER_WORD_NEXT.match(ctx.body, close + 1, end):
        return None
    return close


def _role_in_apposition_end(ctx: _Context, comma: int, end: int) -> int | None:
    """Where the comma closing a role in apposition stands when one follows the comma at body offset comma
    (phrase_after.appositive_role) and the sentence goes on after it before its end; else None. The role
    opens with a title's first word, a profession or an indefinite 'one' ('profesor di ...', 'analis dari
    ...', 'salah seorang pembuat tape di ...'): a clause may hold a title's inner word near its start
    ('Menurut Priharsa, para Perwira Tinggi TNI, baik ...', 'menurut Amir, tugas para herpetolog ...')."""
    ar = appositive_role(ctx, comma)
    if ar is None:
        return None
    g, role = ctx.ents.g, ar.group(1).casefold()
    first = role.split()[0].rstrip(".")
    if first not in g.title_openers and first not in g.profession_words \
            and not any(role.startswith(f"{w} ") for w in ctx.qf.indefinite_set):
        return None
    close = ar.end() + len(ctx.body[ar.end():end]) - len(ctx.body[ar.end():end].lstrip(" \t"))
    if close >= end or ctx.body[close] != ",":
        return None
    # (the role's place may go on over its higher divisions: '..., salah seorang pembuat tape di Desa
    # Candirobo, Kecamatan Sukorejo, tape khas ...')
    while (nxt := ctx.body.find(",", close + 1, end)) > 0:
        words = ctx.body[close + 1:nxt].split()
        if not words or words[0].casefold() not in g.place_heads or not all(w[:1].isupper() for w in words):
            break
        close = nxt
    return close


def _headless_relative_after_source(ctx: _Context, s: Sentence, pos: int, comma: int) -> bool:
    """Whether the name at body offset pos, after 'menurut', is followed with no comma by a relative word
    (complement_relatives) and a copula (complement_copulas) before the first comma of the sentence (or its
    end): 'Menurut Setyo yang digunakan oleh aparat adalah tipe barracuda' ('what was used is ...', the
    clause reported), not 'Menurut Gandelsman yang masih berkontak dengan Idan, ...' (about the source)."""
    qf, body = ctx.qf, ctx.body
    nm = ctx.ents.g.match_at(body, pos)
    if nm is None or not qf.complement_relatives or not qf.complement_copulas:
        return False
    rel = re.match(r"[ \t]+([a-z]+)[ \t]+[a-z]", body[nm.end():s.end])
    if rel is None or rel.group(1) not in qf.complement_relatives:
        return False
    end = comma if comma > nm.end() else s.end
    return any(w.casefold() in qf.complement_copulas for w in _WORDS.findall(body, nm.end(), end))


def _passive_agent_goes_on(ctx: _Context, s: Sentence, verb_at: int, agent_at: int) -> bool:
    """Whether a passive speech verb at text offset verb_at, its agent named at body offset agent_at,
    stands inside one clause: a subject before it (not a relative clause: 'yang dikatakan Lucky') and,
    right after the agent's name, a lower-case word that goes on with the predicate ('pemain itu dinilai
    Teco memiliki kemampuan komplet', 'nama pun diakui Henry belum dapat dikatakan sah'), not a word of
    where, when or to whom it was said ('Hal itu disampaikan Alex Noerdin setelah membuka ...')."""
    qf, body, g = ctx.qf, ctx.body, ctx.ents.g
    verb = re.match(r"\w+", body[s.start + verb_at:s.end])
    if verb is None or verb.group().casefold() not in qf.passive_clause_cues:
        return False  # ('Bantuan serupa disampaikan Politeknik Negeri Kupang berupa ...': delivered)
    before = _WORDS.findall(body[s.start:s.start + verb_at])
    if not before or any(w.casefold() in qf.relative_set for w in before[-2:]):
        return False  # (nor with an adverb between: 'yang singkatnya disebut Balinale', a name)
    described = re.match(r"(?:[a-z][\w-]*[ \t]+){0,3}(?=[A-Z])", body[agent_at:s.end])
    m = g.match_at(body, agent_at + described.end()) if described is not None else None
    nxt = re.match(r"[ \t]+([a-z][\w-]*)[ \t]+[a-z]", body[m.end():s.end]) if m is not None else None
    if nxt is None and m is not None:
        # (a comma after the agent's name, then a modal of the predicate: 'Larangan ini disebutkan Ketua AISI
        # Ahmad Muhibbuddin, dapat menekan ...'; not an apposition after it, 'diungkapkan Ariful Islam, pemimpin ...')
        after = re.match(r",[ \t]+([a-z][\w-]*)[ \t]+[a-z]", body[m.end():s.end])
        return after is not None and after.group(1) in qf.passive_agent_comma_predicates
    if nxt is not None and verb.group().casefold() in qf.regard_passive_cues and nxt.group(1) in qf.regard_as_words:
        return False  # ('dianggap oleh pemerintah China sebagai pemimpin ...': regarded as, no view reported)
    return nxt is not None and nxt.group(1) not in qf.stop_words_after_name \
        and nxt.group(1) not in qf.subject_stops


def _anaphoric_office_goes_on(ctx: _Context, pos: int, end: int) -> tuple[int, int] | None:
    """Where the clause an unmarked cue interrupts goes on after an office closed by an anaphor ('kata
    Wakil Ketua MPR RI itu tidak mensyaratkan ...'): the office opens with a title word, names no person
    (an office or a body only), and a lower-case word of the clause follows the anaphor (not a word of
    where, when or to whom it was said): (where the office ends, where the clause goes on); None if not, or
    when the article has spoken of no person."""
    qf, body, g = ctx.qf, ctx.body, ctx.ents.g
    if ctx.last_person is None or qf.anaphor is None or not qf.stop_words_after_name:
        return None
    m = g.match_at(body, pos)
    if m is None or m.end() > end or body[m.start():m.end()].split()[0].casefold().rstrip(".") not in g.title_words:
        return None
    p = g.parse(body, m.start(), m.end(), None, False)
    if p is None or p.type not in ("role", "organization"):
        return None
    an = qf.anaphor.match(body, m.end(), end)
    nxt = re.match(r"[ \t]+([a-z][\w-]*)[ \t]+([a-z]\w*)", body[an.end():end]) if an is not None else None
    if nxt is None or nxt.group(1) in qf.stop_words_after_name or nxt.group(1) in qf.subject_stops:
        return None
    return m.end(), an.end() + nxt.start(1)


def _admitted_denial(qf: QuoteFinder, text: str, v: re.Match) -> bool:
    """'Zulficar tidak menampik bahwa ...': a denial verb right after a negation, before a complementiser,
    admits the clause after it (a report, though the negation reads as 'no report' elsewhere)."""
    return qf.admission_negation is not None and qf.admission_complement is not None \
        and v.group("verb").casefold() in qf.admitted_denials \
        and qf.admission_negation.search(text, max(0, v.start() - 12), v.start()) is not None \
        and qf.admission_complement.match(text, v.end()) is not None


def _connective_opens_cue(qf: QuoteFinder, cue: str) -> bool:
    """The cue match (inline_cue) is a connective and a one-word cue opening the sentence ('Tapi kata ',
    'Namun ujar '; according_openers), not a cue alone ('Kata Chroma pada nama ...' may be the noun 'word')."""
    words = cue.split()
    return qf.connective_before_cue is not None and len(words) >= 2 \
        and qf.connective_before_cue.search(" ".join(words[:-1])) is not None


def _cue_closed_by_comma(qf: QuoteFinder, rest: re.Match | None) -> bool:
    """A comma after the name closes the cue ('Namun kata Saleh al-Jasser, direktur ..., pesawat ...'): the
    words up to it hold no verb nor clause marker, so they name or describe the speaker and the clause follows
    the comma (not 'Tapi kata Dirman sampah yang dibakar ... mengganggu kenyamanan, kesehatan, ...')."""
    return rest is not None and not any(
        w.casefold() in qf.finite_words or (qf.clause_marker is not None and qf.clause_marker.fullmatch(w))
        or _is_verb_word(qf, w) for w in re.findall(r"(?<=[ \t])[a-z][\w'’]*", rest.group()))


def _clause_goes_on_after_name(ctx: _Context, pos: int, end: int) -> int:
    """Where the clause a cue interrupts goes on, when no comma closes the cue: right after the
    name at body offset pos, a lower-case word and another ('Kemacetan, kata Tito terjadi karena
    ...', 'Seluruh layanan ini, lanjut Bambang akan dibuka ...'), not a word of where, when or to whom
    it was said ('..., kata Tito saat meninjau ...') nor a relative clause about the speaker; 0 if
    none (or a comma ends the name first: '..., kata Tito, terjadi ...' is read after the comma)."""
    qf, body = ctx.qf, ctx.body
    if not qf.unclosed_interrupting_cue or not qf.stop_words_after_name:
        return 0
    m = ctx.ents.g.match_at(body, pos)
    nxt = re.match(r"[ \t]+([a-z][\w-]*)[ \t]+([a-z]\w*)", body[m.end():end]) if m is not None else None
    if nxt is None or (nxt.group(1) in qf.stop_words_after_name
                       and f"{nxt.group(1)} {nxt.group(2)}" not in qf.time_adverb_phrases) \
            or nxt.group(1) in qf.subject_stops:
        # ('TNI AU, kata Hadi saat ini dituntut ...': 'saat ini' is 'now', inside the clause, not when
        # it was said: time_adverb_phrases)
        return 0
    return m.end() + nxt.start(1)


def _quote_opens_longer_clause(qf: QuoteFinder, body: str, a: int, b: int, spans) -> bool:
    """A reported clause body[a:b] that opens with a quote and goes on for two words or more after it,
    the quote a part of the clause: no sentence or comma ending inside its marks, and a lower-case
    word after it that is neither a coordinator nor a participle ('"They need to stand by us", while
    addressing the press', '"We couldn't win," and ...' are a quote and an aside)."""
    if body[a:a + 1] not in '"“' or qf.finite is None:
        return False  # (in a language whose finite verbs tell a clause: not 'menyatakan "sangat prihatin" tentang ...')
    close = next((y for x, y in spans if x == a), None)
    if close is None or close >= b or body[close - 2:close - 1] in (",", ".", "!", "?", ";", ":"):
        return False
    nxt = re.match(r"[ \t]+([a-z]+)\b", body[close:b])
    return nxt is not None and nxt.group(1) not in qf.coordinator_set and not nxt.group(1).endswith("ing") \
        and len(_WORDS.findall(body, close, b)) >= 2


def _topic_before_relative(ctx: _Context, s: Sentence, verb_start: int, spans) -> Entity | None:
    """'Mr Ancram condemned the document, which the Foreign Office says has cost ...': a report in a
    relative clause with a subject of its own is that subject's, but the sentence is still about the
    person it opens with, whom the next 'he' means."""
    rel = re.search(r",[ \t]*(\w+)[ \t]+[^,;:\"“”]+\Z", ctx.body[s.start:verb_start])
    if rel is None or rel.group(1).casefold() not in ctx.qf.relative_set \
            or rel.group(1).casefold() in ctx.qf.person_relatives:
        return None
    return _opening_person(ctx, s.start, s.start + rel.start(), spans, after="")


def _opening_person(ctx: _Context, start: int, verb_start: int, spans, after: str | None = None) -> Entity | None:
    """'John Rhys-Davies broke news when he revealed that ...': a person named at the sentence's
    start, with no other name before the verb, is whom a personal pronoun subject of that verb
    means (not the one the article spoke of before), when the pronoun opens a subordinate clause
    (not 'X dismissed reports he told Y ...', 'X outlined what he thinks ...'). `after` is a
    pattern the words before the verb must end with instead."""
    body, g = ctx.body, ctx.ents.g
    m = g.match_at(body, start)
    if m is None or _POSSESSIVE_END.search(m.group()) or any(a < verb_start and start < b for a, b in spans):
        return None
    between = body[m.end():verb_start]
    # ('X was fined after a TV interview in which he accused Y ...': a prepositional relative opens the
    # pronoun's clause too, where an acronym between is no other name)
    relative = after is None and ctx.qf.pronoun_relative_openers is not None \
        and ctx.qf.pronoun_relative_openers.search(between) is not None
    if re.search(rf"[{UPPER}\d\"“”,;:]", re.sub(r"\b[A-Z]{2,3}\b", "", between) if relative else between):
        return None  # ('X met Y before he said ...', 'Speaking to X of PBS, he said': not clear, or not X)
    if after is None and not relative:
        opener = re.search(r"([a-z]+)[ \t]+[a-z]+[ \t]*\Z", between)
        if opener is None or opener.group(1) not in ctx.qf.participle_clause_openers:
            return None
    elif after is not None and not re.search(after, between):
        return None
    p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, True, ctx.ents.midcaps)
    if p is None or p.type != "person" or not p.name \
            or re.search(r"[^\W\d_]", body[start:p.start]) and p.role is None:
        return None  # (the name must open the sentence: not 'Speaking to Martin Smith he said')
    if len(p.name.split()) < 2:
        known = ctx.ents.find_person(p.name)  # ('Mr Ancram' after 'Michael Ancram')
        if known is None or known.type != "person" or len(known.name.split()) < 2:
            return None
    return ctx.ents.resolve(p, p.start)


def _reflexive_referent(ctx: _Context, start: int, verb_start: int, spans) -> Entity | None:
    """'Trump sendiri mencoba membantah bahwa dirinya menyebutkan ...': a reflexive pronoun after a
    complementiser (reflexive_subjects) means the person whose name opens the sentence, with no other
    name, comma or quote between them; a person the article has named."""
    body, qf, g = ctx.body, ctx.qf, ctx.ents.g
    if qf.reflexive_after is None or re.search(qf.reflexive_after, body[start:verb_start]) is None \
            or any(a < verb_start and start < b for a, b in spans):
        return None
    m = g.match_at(body, start)
    if m is None or _POSSESSIVE_END.search(m.group()) or re.search(rf"[{UPPER}\d\"“”,;:]", body[m.end():verb_start]):
        return None
    known = ctx.ents.find_person(m.group().strip())
    return known if known is not None and known.type == "person" else None


_OPENING_MARK = re.compile(r"((?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+)[\"“]")
_BRACKETED = re.compile(r"\([^()\n]{1,80}\)")
_SUBJECT_ACRONYM = re.compile(r"(?<=[\w)][ \t])\([A-Z][\w&/.-]{1,14}\)(?=[ \t]+[^\W\d_])")


def _in_subordinate_clause(qf: QuoteFinder, before: str) -> bool:
    """Whether the words before a verb, from the last comma on, open with a word of a clause of time,
    condition or concession ('Namun, sebelum Min Jae sempat menjawab'): the verb is no main clause's."""
    words = before[before.rfind(",") + 1:].split()
    return bool(words) and words[0].casefold() in qf.complement_subordinators


def _comma_then_clause(qf: QuoteFinder, body: str, after: int, end: int) -> bool:
    """'Argo menceritakan, Novel sempat ...': a comma right after the verb (or 'bahwa'), then a clause; not
    a clause of time alone ('bercerita, saat usahanya bangkrut di tahun 1997.': no main clause after it)."""
    m = re.match(r"[ \t]*(,?)[ \t]*(\w+)", body[after:end])
    if m is None:
        return False
    if m.group(2).casefold() in qf.declarative_comps:
        return True  # ('Alvian menceritakan bahwa saat pemakaman ...': a complementiser opens the clause)
    if not m.group(1):
        return False
    return m.group(2).casefold() not in qf.participle_clause_openers or "," in body[after + m.end():end]


def _concessive_then_clause(qf: QuoteFinder, body: str, after: int, end: int) -> bool:
    """'Ia menyebut, meski harga pupuk, benih, dan solar naik, panen padi di desa itu tetap
    melimpah': after the report verb's comma, a concessive clause with no
    report verb of its own, closed by a comma, then the main clause: the whole is what was said (not
    'Biden denied, though Trump said it is on tape': a clause of another subject with its own report)."""
    if qf.comma_concessive is None:
        return False
    m = qf.comma_concessive.match(body, after, end)
    if m is None or len(_WORDS.findall(body, m.end(), end)) < 3:
        return False
    return qf.indirect_verb is None or qf.indirect_verb.search(body, m.start("clause"), m.end("clause")) is None


def _named_in_sentence_before(ctx: _Context, s: Sentence, person: Entity) -> bool:
    """Whether the sentence before `s` names `person` (a word of the name, or a short name the article
    gave: 'Jokowi' for Joko Widodo)."""
    prev = ctx.sentence_before(s.start)
    if prev is None:
        return False
    if _subject_named(person, ctx.body, prev.start, prev.end):
        return True
    return any(ctx.ents.find_person(w) is person
               for w in re.findall(r"(?<![\w-])[A-Z][\w'’-]+", ctx.body[prev.start:prev.end]))


def _other_reporter_before(ctx: _Context, s: Sentence, person: Entity, spans) -> bool:
    """Whether the sentence before `s` reports with a subject of its own that is not `person`, named or
    pointed back to ('Jaksa penuntut meyakini penyerang itu menggelapkan pajak melalui dua perusahaan.
    Perusahaan tersebut diyakininya bermarkas di ...': '-nya' is the prosecutors, who are no entity, not
    the player spoken of before them)."""
    qf, body = ctx.qf, ctx.body
    i = ctx.sentence_index(s.start)
    if i == 0 or qf.indirect_verb is None:
        return False
    prev = ctx.sentences[i - 1]
    for v in qf.indirect_verb.finditer(body, prev.start, prev.end):
        if any(a <= v.start() < b for a, b in spans):
            continue
        words = [w.casefold() for w in _WORDS.findall(body, prev.start, v.start())]
        if not words or _subject_named(person, body, prev.start, v.start()) \
                or any(w in qf.pronoun_subject_words or w in qf.personal for w in words):
            return False
        return True
    return False


def _subordinate_subject_start(ctx: _Context, start: int, verb_start: int) -> int | None:
    """Where the subject of a report verb starts when the verb is a subordinate clause's: 'Novanto ditahan
    setelah Tim Dokter RSCM dan IDI menyatakan ...', 'selebrasi sang pemain berakhir setelah ofisial
    pertandingan menyatakan ...'. The sentence's main clause has a predicate of its own (a lower-case verb,
    no comma, 'yang' or quote mark before the subordinator), then a clause of time or cause
    (subject_clause_subordinators) whose subject, a noun phrase (no verb: 'setelah bertemu Presiden' is the
    main subject's act; no pronoun, left to the pronoun rules), stands right before the verb. None else."""
    qf = ctx.qf
    if qf.subject_clause_subordinator is None or qf.predicate_verb is None:
        return None
    text = ctx.body[start:verb_start]
    sub = None
    for sub in qf.subject_clause_subordinator.finditer(text):
        pass  # (the last one before the verb)
    if sub is None:
        return None
    before, after = text[:sub.start()].split(), text[sub.end():].split()
    if len(before) < 2 or not after or re.search(r"[,;:\"“”]", text):
        return None
    # the main clause's own predicate, a verb or a clause marker ('Nasib Baghdadi sempat jadi cerita setelah
    # Rusia mengklaim ...'), stands before any relative pronoun ('Indonesia tidak terlibat ... dengan situasi
    # yang ada setelah Cina menyatakan ...'); one inside a relative clause of the subject is none ('Fadli
    # yang ditemui setelah rapat paripurna menyatakan ...')
    relative = next((i for i, w in enumerate(before) if w.casefold() in qf.relative_pronoun_words), len(before))
    if not any(w.islower() and (_is_verb_word(qf, w) or (qf.clause_marker is not None and qf.clause_marker.fullmatch(w)))
               for w in before[1:relative]):
        return None
    first = after[0].casefold()
    if first in qf.pronoun_subject_words or _is_verb_word(qf, first) or first in qf.subject_stops:
        return None
    return start + sub.end()


def _subject_named(e: Entity, body: str, start: int, verb_start: int) -> bool:
    """Whether the sentence names its speaker before the report verb ('Menteri Pertahanan Meksiko, Jendral
    Salvador Cienfuegos, ... menyatakan'), not only a pronoun or a description pointing back ('ia mengaku
    senang dan mengatakan ...'), whose referent the article may have left behind."""
    found = _WORDS.findall(body, start, verb_start)
    words = {w.casefold() for w in found}
    # (a suspect's initial as the whole name, written as it is: 'Sementara itu, E mengakui ...')
    return any(len(t) >= 3 and t.casefold() in words for t in _WORDS.findall(e.name or "")) \
        or (e.name is not None and e.name.isupper() and e.name in found)


def _counted_focus_cleft(qf: QuoteFinder, text: str) -> bool:
    """'hanya 110 pengacara yang mengikuti program ...', 'dari 14.686 notaris terdaftar hanya 11.314 yang
    memiliki NPWP': within the complement's first words, before any break, 'only' (counted_focus_words), a
    count and at most one noun stand right before 'yang', a cleft telling how few did it (a clause; not the
    count alone, 'memaparkan 110 pengacara yang ...', a list named)."""
    if not qf.counted_focus_words or qf.complement_break is None:
        return False
    stop = qf.complement_break.search(text)
    if stop is None or stop.group().casefold() not in qf.complement_relatives:
        return False
    words = [w.casefold() for w in text[:stop.start()].split()[:10]]
    for k in (len(words) - 2, len(words) - 3):
        if k >= 0 and words[k] in qf.counted_focus_words \
                and (words[k + 1][:1].isdigit() or words[k + 1] in qf.number_words):
            return True
    return False


def _concessive_report_alone(qf: QuoteFinder, s: Sentence, text: str, conc: re.Match, spans) -> bool:
    """The sentence opens with a concessive clause (concessive_openers, not a participial one) holding a
    report verb after its subject, and the main clause after its comma holds no report verb and no quote:
    'Meski PPP mengatakan akan mengevaluasi dukungannya, hubungan keduanya tetap baik' (not 'Meskipun
    Malaysia sudah meminta maaf, Dadang mengatakan ...': the main clause reports)."""
    opener = text.split(None, 1)[0] if text.strip() else ""
    if opener not in qf.concessive_opener_set or any(a < s.end and s.start < b for a, b in spans) \
            or text[conc.end():conc.end() + 1].isdigit():
        return False  # (nor a number's thousands: 'Meski ... 500,000 unit ...')
    first = qf.indirect_verb.search(text, 0, conc.end())
    return first is not None and len(text[:first.start()].split()) >= 2 \
        and qf.indirect_verb.search(text, conc.end()) is None  # (the opener, then a subject before the verb)


def _complement_is_clause(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """'menyebut ia akan mengunjungi AS' reports a clause, 'menyebut langkah itu sebagai
    pelanggaran' names a thing: a marker word (auxiliary, copula) after at least one word of a
    subject, within the first ten words ('menyebut pelaku bom bunuh diri dalam konser Ariana Grande adalah
    ...') and before any comma, quote mark or break word."""
    if qf.clause_marker is None:
        return False
    # ('menyebut perluasan Balai Latihan Kerja (BLK) masih menjadi ...': an acronym in brackets inside the
    # subject is part of it, not a break; blanked to spaces so that offsets stay)
    text = _SUBJECT_ACRONYM.sub(lambda m: " " * len(m.group()), body[start:min(end, start + 200)])
    if text.lstrip(" \t").startswith(","):
        return True  # 'Agus menyebut, aturan yang ada ... belum diterapkan': a comma opens speech
    if _counted_focus_cleft(qf, text):
        return True
    focus = re.match(r"[ \t]*([^\W\d_]+)[ \t]+", text)
    if focus is not None and focus.group(1).casefold() in qf.complement_reflexive_objects:
        return False  # (idmiss47: 'memastikan diri turun ke League One': clinched it, the reflexive an object)
    if focus is not None and focus.group(1).casefold() in qf.focus_adverbs:
        # ('menyebut hanya ada dua partai ...': the focus word stands before the clause itself)
        return _complement_is_clause(qf, body, start + focus.end(), end)
    if _subordinate_then_clause(qf, body, start, end, text):
        return True
    stop = qf.complement_break.search(text) if qf.complement_break is not None else None
    words = text[:stop.start() if stop else len(text)].split()[:10]
    if any(qf.clause_marker.fullmatch(w.casefold()) for w in words[1:]):
        return True
    if _subject_then_verb(qf, words):
        return True
    if _subject_then_adjective(qf, words, stop is None or stop.group().casefold() not in qf.complement_relatives):
        return True
    inside = re.match(r"[\"“”„«]\s*([^\W\d_]+)", text[stop.start():]) if stop is not None else None
    if len(words) == 1 and words[0].casefold() in qf.frame_pronouns and inside is not None and (
            qf.clause_marker.fullmatch(inside.group(1).casefold())
            or (qf.verb_after is not None and qf.verb_after.match(" " + inside.group(1)))):
        # 'menyebut pihaknya "sudah siap ..."': a pronoun subject, the quote its predicate (not
        # 'menyebut mereka "pengkhianat bangsa"': a name given, no predicate)
        return True
    if len(words) >= 2 and stop is not None and text[stop.start()] in '"“' \
            and _quote_opens_predicate(qf, body, start + stop.start()):
        return True  # 'menyebut dokumen tersebut "menimbulkan kekhawatiran ..."': a subject, the quote its predicate
    relative = stop is not None and stop.group().casefold() in qf.complement_relatives
    if relative and words and words[-1].casefold() in qf.cleft_focus_words:
        # 'menyebut lalu lintas transaksi uang itulah yang menjadi incaran perampok': a cleft, the noun
        # phrase focused by 'itulah', then its predicate after 'yang' (cleft_focus_words)
        return True
    if words and words[0].casefold() in qf.clause_openers and (len(words) >= 3 or (len(words) == 2 and relative)):
        # 'menyebut tak ada rencana ...', 'menyebut akan datang ...': the speaker's own clause ('menyebut
        # ada BUMN yang ...': 'ada', a noun and its relative clause)
        return True
    if relative and len(words) == 2 and words[0].casefold() in qf.existential_quantifiers:
        # 'mengklaim banyak sopir yang bekerja lebih dari delapan jam sehari', 'mengakui banyak hal
        # yang dia bicarakan ...': a quantifier, a noun and its relative clause tell that there are such
        # (not 'menyebut banyak hal', a thing named: no relative clause)
        return True
    if relative and words and _predicate_after_relative(qf, text[stop.end():]):
        return True
    if words and words[0].casefold() in qf.complement_adjunct_openers and stop is not None \
            and text[stop.start()] == "," and 3 <= len(words) <= 8:
        # 'menyebut dalam proses perizinan tersebut, masyarakat dapat ...': an adjunct, then the clause
        # (not a time alone, then a clause of time: 'melaporkan pada Rabu, saat ia ...')
        nxt = re.match(r",\s*(\w+)", text[stop.start():])
        if nxt is not None and nxt.group(1).casefold() not in qf.participle_clause_openers:
            return True
    if _subject_phrase_then_predicate(qf, text):
        return True
    if stop is not None and text[stop.start()] == "," and qf.pack.get("complement_comma_subjects") \
            and _comma_subject_then_marker(qf, text):
        return True
    # 'menyebut ledakan itu murni sebuah kecelakaan', 'menyebut penyebab serangan itu jelas': a noun
    # phrase closed by a demonstrative, then a predicate word (not a preposition: 'menyebut hal itu
    # kepada wartawan')
    anaphors = qf.anaphor_words
    for i, w in enumerate(words[1:-1], 1):
        nxt = words[i + 1]
        if w in anaphors and re.fullmatch(r"[a-z]+", nxt) and nxt not in anaphors \
                and nxt not in qf.object_prepositions and nxt not in qf.stopword_words \
                and nxt not in qf.trailer_words:
            return True
    return False


def _comma_subject_then_marker(qf: QuoteFinder, text: str) -> bool:
    """'menyebut kardinal Regensburg, Gerhard Ludwig Mueller, tidak bisa menangani ...', 'menyebut
    usulan Djarot soal tarif parkir, belum bisa menutupi ...', 'mencatat sektor transportasi, pergudangan, dan
    komunikasi menjadi ...', 'mengklaim situasi demo di Timika, Papua telah terkendali': a subject broken by
    commas (an apposition, a list, a place and its province, or a comma before the predicate) is still the
    complement's subject when a marker word (an auxiliary, a negation, a modal, a degree word, a copula)
    opens the predicate after the last comma, with at most four words of the subject (a name, the list's
    last item after 'dan') before it. Each part before is a noun phrase of subject words (no verb, no
    preposition but a place's before a name, no 'yang'); not a verb after the comma ('mengungkap kasus itu,
    menangkap tiga pelaku': the speaker's second act) nor a part that opens an adjunct."""
    if qf.clause_marker is None:
        return False
    cut = re.search(r"[;:()\"“”‘’]", text)
    parts = text[:cut.start() if cut else len(text)].split(",")
    if not 2 <= len(parts) <= 4:
        return False

    def noun_words(words: list[str], limit: int) -> bool:
        if not 1 <= len(words) <= limit:
            return False
        for i, w in enumerate(words):
            low = w.casefold()
            if 0 < i < len(words) - 1 and ((low in qf.subject_place_words and words[i + 1][:1].isupper())
                                           or low in qf.complement_subject_prepositions):
                continue  # ('situasi demo di Timika', 'usulan Djarot soal penerapan tarif': inside the subject)
            if qf.clause_marker.fullmatch(low) or not _subject_word(qf, w):
                return False
        return True

    first = parts[0].split()
    if not first or first[0].casefold() in qf.complement_adjunct_openers or not noun_words(first, 10):
        return False
    for mid in parts[1:-1]:
        words = mid.split()
        if words and words[0].casefold() in qf.coordinator_set:
            words = words[1:]
        if not noun_words(words, 6):
            return False
    last = parts[-1].split()
    if last and last[0].casefold() in qf.coordinator_set:
        last = last[1:]
    for i, w in enumerate(last[:5]):
        if w.islower() and qf.clause_marker.fullmatch(w) and i + 1 < len(last):
            return i == 0 or noun_words(last[:i], 4)
    return False


def _gated_complement_missing(qf: QuoteFinder, verb: str, body: str, at: int, end: int) -> bool:
    """Whether a verb that reports only with its own complementiser lacks it from `at` on: a
    declarative_report_verbs verb with 'bahwa' after a short object at most ('berbicara bahwa ...', 'menjawab
    pertanyaan wartawan bahwa ...'; not 'berbicara untuk kepentingan rakyat'), a complementised_request_verbs
    verb with 'agar' or 'supaya' a few words on ('menasihati Rina agar ...'; not 'memohon maaf')."""
    v = verb.casefold()
    if v in qf.declarative_only_set and (qf.declarative_gap is None or qf.declarative_gap.match(body, at, end) is None):
        return True
    return v in qf.complementised_request_set and (
        qf.request_complementised is None or qf.request_complementised.match(body, at, end) is None)


def _characterisation(qf: QuoteFinder, body: str, start: int, end: int, verb: str) -> bool:
    """'Ia menyebut aksi itu sebagai tamparan keras bagi DPR', 'Beijing menyebut Taiwan sebagai provinsi
    pembangkang ...': a verb of calling (characterising_verbs) with a short noun phrase and 'sebagai' before a
    lower-case description is the speaker's judgement, reported as the phrase and its description (the
    IndoSum and Detik annotations list it). Not a description in quotation marks ('menyebut Liu sebagai
    "pejuang ..."'), which the quoted words give, nor a long or broken phrase before 'sebagai'."""
    if verb.casefold() not in qf.characterising_verbs or not qf.characterising_words:
        return False
    m = qf.characterised.match(body, start, min(end, start + 200))
    if m is None:
        return False
    words = [w.casefold() for w in m.group("np").split()]
    nxt = m.group("desc").casefold()
    if any(w in qf.complement_breaks_set or w in qf.characterising_words or w in qf.characterising_reflexives
           for w in words) or nxt in qf.complement_breaks_set or nxt in qf.stopword_words:
        return False  # ('JAK-mikro menyebut dirinya sebagai startup fintech': a self-description)
    # ('Israel menyebut Yerusalem sebagai ibu kotanya', 'menyebut nama sejumlah anggota dewan sebagai
    # pengancamnya': a description with a possessive is a relation named, not a judgement)
    desc = re.findall(r"[^\W\d_][\w-]*", body[m.start("desc"):min(end, m.start("desc") + 60)])[:2]
    return not any(w.casefold().endswith(suf) and len(w) > len(suf) + 2
                   for w in desc for suf in qf.characterising_possessives)


def _subordinate_then_clause(qf: QuoteFinder, body: str, start: int, end: int, text: str) -> bool:
    """'menyebut ketika pindah ke daerah yang lebih dingin, seseorang akan mengalami ...': a clause of
    time, condition or concession opens the complement and a comma closes it (within fifteen words, no
    quote mark before); the complement is a clause when what follows the comma is one (not 'melaporkan
    saat rapat, dengan ...')."""
    first = re.match(r"[ \t]*([^\W\d_]+)", text)
    if first is None or first.group(1).casefold() not in qf.complement_subordinators:
        return False
    comma = re.match(r"[^,;:\"“”()\n]*?,", text[first.end():])
    if comma is None or len(comma.group().split()) > 15:
        return False
    after = start + first.end() + comma.end()
    nxt = re.match(r"[ \t]*([^\W\d_]+)", body[after:end])
    if nxt is None or nxt.group(1).casefold() in qf.complement_subordinators:
        return False
    return _complement_is_clause(qf, body, after, end)


def _predicate_after_relative(qf: QuoteFinder, rest: str) -> bool:
    """'menyebut banjir yang melanda desa itu terjadi sejak ...', 'menyebut kantor yang
    mengurus izin pasar adalah ...': after the relative pronoun of the complement's subject, a
    copula past the relative clause's first word, or a clause marker or a verb after the relative
    clause's own predicate and a word that is none (its last argument), is the main predicate: the
    complement is a clause. Not a verb group ('menyebut pejabat yang diduga telah menerima suap'),
    a verb after a preposition or a coordinator ('... yang akan menjadi pembantunya untuk memimpin'),
    a relative clause with no predicate before ('... yang beberapa hari belakangan beredar'), nor one
    holding a report of its own ('membantah pernyataan X yang menyebut ...')."""
    cut = re.search(r"[,;:(\"“”‘’]", rest)
    words = rest[:cut.start() if cut else len(rest)].split()[:10]
    if not words or qf.clause_marker is None:
        return False
    prev_is_predicate = seen_predicate = False
    prev = ""
    for i, w in enumerate(words):
        low = w.casefold()
        if i and low in qf.complement_relatives and prev in qf.cleft_focus_words:
            return True  # ('menyebut transaksi yang besar di bulan Ramadan itulah yang menjadi incaran ...': a cleft)
        if low in qf.complement_breaks_strict or (i and low in qf.complement_relatives):
            return False
        if i >= 2 and seen_predicate and prev in qf.anaphor_words and re.fullmatch(r"[a-z]+", w) \
                and low not in qf.anaphor_words and low not in qf.object_prepositions \
                and low not in qf.stopword_words and low not in qf.trailer_words and low not in qf.time_nouns \
                and low not in qf.complement_relatives and low not in qf.number_words and (i + 1 < len(words)):
            # ('menyebut dua personel yang terkena OTT itu anggota Satlantas': the relative clause closed by
            # its demonstrative, then a noun or adjective predicate, as 'menyebut ledakan itu murni ...'
            # without a relative clause; not a time or a count after it: '... yang menjerat pejabat itu pekan
            # lalu', '... yang terlibat itu satu per satu')
            return True
        marker = qf.clause_marker.fullmatch(low) is not None
        verb = w.islower() and _is_verb_word(qf, low)
        if i >= 1 and low in qf.complement_copulas and seen_predicate:
            return True
        if i == 1 and low in qf.relative_passive_mains and prev.startswith("di") and prev_is_predicate \
                and prev not in qf.relative_passive_raisers and words[0].islower():
            return True  # ('yang digunakan bersifat ...', 'yang diterima akan diserahkan ...')
        if i >= 2 and (marker or verb) and seen_predicate and not prev_is_predicate \
                and prev not in qf.relative_adjuncts and prev not in qf.coordinators \
                and prev not in qf.complementisers:
            return True
        if marker or verb or (i == 0 and re.fullmatch(r"[a-z]+", w) and low not in qf.relative_adjuncts):
            seen_predicate = True
        prev_is_predicate, prev = marker or verb, low
    return False


def _names_the_person(e: Entity | None, source: str) -> bool:
    """'Menurut Fifi, ...' for Fifi Letty Indra: the source before the comma is a person's name, or
    a part of it, word for word (not a description of them: 'Menurut pengamat pangan, ...')."""
    words = source.strip().rstrip(",").split()
    return e is not None and e.type == "person" and bool(words) \
        and all(w[:1].isupper() and w in e.name.split() for w in words)


def _described_source(qf: QuoteFinder, rest: str) -> bool:
    """'Menurut bintang film itu, ...', 'Menurut sosok asal Portugal itu, ...': the source up to the
    comma is a kind of person (person_nouns) closed by 'ini'/'itu'/'tersebut', a description of the
    person the article spoke of (not 'Menurut warga, ...', nor a date: 'Menurut pengamat hari ini')."""
    who = re.match(r"[^,;:\"“”]{2,80}?(?=[ \t]*,)", rest)
    da = qf.described_anaphor_lower.match(who.group()) \
        if who is not None and qf.described_anaphor_lower is not None else None
    return da is not None and _person_head(qf, da.group("desc")) and not _dated(qf, da.group("desc"))


def _described_source_unclosed(qf: QuoteFinder, rest: str) -> int | None:
    """'Namun, menurut mantan Kapolda Papua Barat ini hal tersebut ...': a former office closed by
    'ini'/'itu' with no comma after it, the clause going on in lower case: the person the article
    spoke of, described. Where the anaphor ends in `rest` (None if not so). (Not a word then a comma:
    'menurut politisi X itu juga, ...' is read up to the comma; not a kind of person, which the
    article may not have named in full yet: 'Menurut pebalap asal Inggris tersebut sasis ...'.)"""
    for am in re.finditer(r"[ \t]+(?P<ana>[a-z]+)(?=[ \t]+[a-z][\w-]*(?![\w-])(?![ \t]*,))", rest[:100]):
        if am.group("ana") not in qf.anaphor_words:
            continue
        desc = rest[:am.start()].strip()
        words = desc.split()
        if desc[:1].islower() and not re.search(r"[,.;:\"“”()]", desc) and len(words) >= 2 \
                and words[0].casefold() in qf.former_words and _describes_person(qf, desc) and not _dated(qf, desc):
            return am.end()
        return None
    return None


def _described_body_source(qf: QuoteFinder, rest: str) -> bool:
    """'Menurut institusi tersebut, ...', 'Menurut kementerian itu, ...': the source up to the comma
    is a body's head noun alone (institution_heads) closed by 'ini'/'itu'/'tersebut', the body the
    article spoke of."""
    who = re.match(r"[^,;:\"“”]{2,80}?(?=[ \t]*,)", rest)
    da = qf.described_anaphor_lower.match(who.group()) \
        if who is not None and qf.described_anaphor_lower is not None else None
    return da is not None and da.group("desc").strip().casefold() in qf.institution_head_words


def _subject_then_verb(qf: QuoteFinder, words: list[str]) -> bool:
    """'menyebut uang diberikan 4 kali', 'menyebut pembakaran markas GMBI di Bogor bermula dari kabar
    bohong', 'mengakui permintaan ekspor teh ke Mesir meningkat': a subject of up to seven words (a
    noun with its modifiers and a place), then a verb of its own (an active one, or a passive 'di-' verb whose stem
    is a common word) makes the complement a clause; a verb after a coordinator or a preposition is the
    speaker's second act or a phrase ('menyebut nama itu dan meminta ...', 'menyebut hal itu kepada
    wartawan saat membuka ...')."""
    if qf.predicate_verb is None or not words or not (
            _subject_word(qf, words[0]) or words[0].casefold() in qf.pronoun_subject_words):
        return False
    for i, w in enumerate(words[1:8], 1):
        low = w.casefold()
        if w.islower() and _is_verb_word(qf, low.rstrip(".!?")):
            # (the verb may end the sentence: 'menyebut kinerja PPSU menurun.', its full stop no part of it)
            return True
        if low in qf.focus_adverbs and i + 1 < len(words) and re.fullmatch(r"[a-z]+", words[i + 1]) \
                and _predicate_word(qf, words[i + 1]):
            return True  # ('menyebut Jepang bahkan rela mengubah ...': a focus word, then the predicate)
        nxt = words[i + 1].rstrip(".!?") if i + 1 < len(words) else ""
        if low in qf.complement_inner_adverbs and nxt.islower() \
                and (_is_verb_word(qf, nxt) or qf.clause_marker.fullmatch(nxt)):
            return True  # (idmiss47: 'mengakui pengadaan kapal jenazah segera terealisasi', 'memastikan pemilik
            # mobil itu pun bukan anggota Polri': an adverb of the clause between its subject and predicate)
        if i + 1 < len(words) and f"{low} {words[i + 1].casefold()}" in qf.subject_stop_compounds:
            continue  # ('rekayasa lalu lintas bersifat ...': the compound's second word is checked next)
        if not _subject_word(qf, w) and not (low in qf.subject_place_words and i + 1 < len(words)
                                             and words[i + 1][:1].isupper()):
            return False  # (a place or an origin inside the subject: 'di Bogor', 'dari RBC')
    return False


def _subject_then_adjective(qf: QuoteFinder, words: list[str], closed: bool) -> bool:
    """'memastikan stok beras aman menjelang Lebaran', 'mengakui penyebab pernikahan anak di Rembang kompleks,
    meliputi ...': a subject of up to seven words (a noun with its modifiers and a place), then an adjective
    that is a predicate (complement_predicate_adjectives) closing the clause (the sentence's end, a comma, a
    break word other than 'yang', a preposition or a subordinator after it) makes the complement a clause; an
    adjective that goes on into a noun or a relative clause is the object's own ('menjamin harga aman produk
    ...', 'memastikan jalur aman yang dilalui pemudik' are none)."""
    if not qf.predicate_adjectives or not words or not _subject_word(qf, words[0]):
        return False
    for i, w in enumerate(words[1:8], 1):
        bare = w.rstrip(".,;:!?")
        low = bare.casefold()
        if bare.islower() and low in qf.predicate_adjectives:
            if bare != w or (i + 1 == len(words) and closed):
                return True  # (the clause ends at the adjective: its words, cut at a break, end there)
            nxt = words[i + 1].casefold() if i + 1 < len(words) else ""
            return nxt in qf.object_prepositions or nxt in qf.complement_subordinators \
                or nxt in qf.complement_adjunct_openers or nxt in qf.participle_clause_openers \
                or nxt in qf.predicate_adjective_closers
        if not _subject_word(qf, w) and not (low in qf.subject_place_words and i + 1 < len(words)
                                             and words[i + 1][:1].isupper()):
            return False
    return False


def _subject_phrase_then_predicate(qf: QuoteFinder, text: str) -> bool:
    """'menyebut keterangan dalam berita acara pemeriksaan di KPK dibuat atas tekanan penyidik', 'menyebut
    seluruh tahapan untuk Projab ini telah dimulai', 'menyebut penjualan dua e-commerce dan pemesanan layanan
    daring meningkat': a subject holding a prepositional phrase or two nouns joined by 'dan'/'serta'
    (complement_subject_prepositions, coordinators), each followed by a word of the subject, then a verb of
    its own or a marker word (within twelve words, before any punctuation, 'sebagai' or 'yang') makes the
    complement a clause. Not a verb after the preposition or the coordinator ('menyebut nama itu dan
    meminta ...', 'menjamin keamanan dengan mengerahkan pasukan'): the speaker's act, not a subject."""
    if not qf.complement_subject_prepositions or qf.clause_marker is None or qf.predicate_verb is None:
        return False
    cut = re.search(r"[,;:(\"“”‘’'.]|(?<![\w-])(?:sebagai|yang)(?![\w-])", text)
    words = text[:cut.start() if cut else len(text)].split()[:13]
    if len(words) < 3 or not (_subject_word(qf, words[0]) or words[0].casefold() in qf.pronoun_subject_words):
        return False
    joined = False
    for i, w in enumerate(words[1:], 1):
        low = w.casefold()
        linker = low in qf.complement_subject_prepositions or low in qf.coordinator_set
        if linker:
            if i + 1 >= len(words) or not _subject_word(qf, words[i + 1]) \
                    or words[i + 1].casefold() in qf.complement_subject_prepositions \
                    or f"{low} {words[i + 1].casefold()}" in qf.complement_subject_phrase_stops:
                return False
            joined = True
            continue
        if w.islower() and (qf.clause_marker.fullmatch(low) or _is_verb_word(qf, low)):
            # (not a verb phrase completing a noun: 'harapan dan keinginan melihat pemain ...')
            return joined and i >= 3 and (qf.clause_marker.fullmatch(low) is not None
                                          or words[i - 1].casefold() not in qf.verbal_complement_nouns)
        if not _subject_word(qf, w):
            return False
    return False


def _predicate_word(qf: QuoteFinder, low: str) -> bool:
    """A word that may open a predicate after a focus word: none of a preposition, a conjunction, a
    demonstrative or a function word ('menyebut harga bahkan di pasar ...' has none)."""
    return low not in qf.object_prepositions and low not in qf.coordinator_set and low not in qf.anaphor_words \
        and low not in qf.stopword_words and low not in qf.subject_stops and low not in qf.trailer_words


def _subject_word(qf: QuoteFinder, w: str) -> bool:
    """A word that may stand in a clause's subject: no preposition, conjunction or verb, nor a word
    that opens an adjunct ('mengakui kecerobohannya saat menyetir', 'melaporkan teror itu kepada
    Kapolri sehingga didapatkan ...': no clause); a demonstrative closes the subject's noun."""
    low = w.casefold()
    if low in qf.anaphor_words:
        return True
    return bool(re.fullmatch(r"[\w.-]+", w)) and low not in qf.object_prepositions \
        and low not in qf.coordinator_set and low not in qf.auxiliaries and low not in qf.trailer_words \
        and low not in qf.stopword_words and low not in qf.subject_stops \
        and not (w.islower() and _is_verb_word(qf, low))


def _one_word_subject(qf: QuoteFinder, before: list[str]) -> bool:
    """Whether the one word opening a sentence before a bare 'menurut X' may be the clause's subject
    ('Sekolah menurut Jokowi memegang ...'): a capitalised word of no function (no connective that
    opens the sentence: 'Namun', 'Bahkan', 'Sementara'; no stopword)."""
    if len(before) != 1 or not before[0][:1].isupper():
        return False
    low = before[0].casefold()
    return low not in qf.stopword_words and low not in qf.subject_stops \
        and (qf.according_opener is None or qf.according_opener.fullmatch(before[0] + " ") is None)


def _is_verb_word(qf: QuoteFinder, low: str) -> bool:
    """'bermula', 'menurun': an active verb; 'diberikan', 'diminta': a passive one of a common stem (not
    'dinas', 'divisi'); words with a verb's prefix that are none ('media', 'berita') are listed."""
    if low in qf.predicate_non_verbs:
        return False
    if low in qf.plain_predicates:
        return True  # ('terjadi', 'terealisasi': complement_plain_predicates)
    if qf.predicate_verb.fullmatch(" " + low, 1) is not None:
        return True
    stem = qf.passive_stem.fullmatch(low) if qf.passive_stem is not None else None
    if stem is None:
        return False
    common = _common_words(qf.pack.code)
    if any(s in common for s in (stem.group(1), stem.group(1)[:-3] if stem.group(1).endswith(("kan", "nya")) else "",
                                 stem.group(1)[:-1] if stem.group(1).endswith("i") else "")):
        return True
    # ('disita': its stem no common word, its active form 'menyita' one; not 'dinas', 'divisi')
    base = stem.group(1)[:-3] if stem.group(1).endswith("nya") else stem.group(1)
    dropped, kept = qf.passive_active_dropped.get(base[:1]), qf.passive_active_kept.get(base[:1])
    return (dropped is not None and dropped + base[1:] in common) or (kept is not None and kept + base in common)


def _named_subject_clause(ctx: _Context, start: int, end: int, verb: str = "", claimant_named: bool = False) -> bool:
    """'menyebut Uni Eropa menjalankan nilai demokrasi secara selektif': after a verb that takes a
    noun phrase, a name followed at once by an active verb (or an auxiliary and one) is a clause;
    so are auxiliaries and an active verb with no subject ('mengumumkan akan memangkas ...').
    `claimant_named`: whether the sentence names the subject of the report verb (not a pronoun only),
    which a claimed act with no subject of its own asks for."""
    body, qf, g = ctx.body, ctx.qf, ctx.ents.g
    k = after_blanks(body, start) if body[start:start + 1] in " \t" else start
    if k < 0 or qf.verb_after is None:
        return False
    first = re.match(r"\w+", body[k:end])
    if claimant_named and verb.casefold() in qf.claimed_act_verbs and qf.claimed_role_words:
        lead = [w.casefold() for w in re.findall(r"[\w-]+", body[k:min(end, k + 60)])]
        lead = list(itertools.dropwhile(lambda w: w in qf.auxiliaries, lead))
        if lead and lead[0] in qf.claimed_role_words:
            return True  # ('E mengakui hanya sebagai jasa angkutan saja', 'mengklaim sebagai pemilik sah lahan
            # itu': the role the speaker claims for themself, no object named before 'sebagai')
    if first is not None and first.group().casefold() in qf.auxiliaries:
        # 'Israel mengumumkan akan memangkas sumbangannya': the speaker is the clause's subject
        pos = k - 1
    elif first is not None and verb.casefold() in qf.denial_verbs and qf.denied_act is not None \
            and qf.denied_act.fullmatch(first.group()) and first.group() not in qf.predicate_non_verbs \
            and first.group() not in qf.stopword_words:
        # 'Taliban membantah terlibat dalam serangan itu', 'membantah menerima suap': the act denied
        # is the speaker's own clause (not 'membantah berita itu')
        return True
    elif first is not None and claimant_named and verb.casefold() in qf.claimed_act_verbs \
            and qf.denied_act is not None \
            and qf.denied_act.fullmatch(first.group()) and first.group() not in qf.predicate_non_verbs \
            and first.group() not in qf.stopword_words and first.group() not in qf.pronoun_subject_words:
        # 'Suriah mengklaim berhasil meruntuhkan kekhalifahan ISIS', 'Reddy mengakui meraup keuntungan ...': the
        # act claimed or admitted is the speaker's own clause (not 'mengklaim kemenangan', a thing claimed);
        # only where the sentence names the claimant: after a pronoun ('Mereka mengklaim memiliki 1,5 terabyte
        # data ...' of hackers the article described, no entity) the referent is too often a name left behind
        return True
    elif first is not None and (first.group().casefold() in qf.pronoun_subject_words or (
            qf.possessive_subject is not None and qf.possessive_subject.fullmatch(first.group()))):
        # 'membantah pihaknya mengucilkan negara mana pun': a pronoun, then an active verb
        # ('membantah pasukannya menerobos perbatasan': a possessed noun the same)
        pos = k + first.end()
    else:
        m = g.match_at(body, k)
        if m is None or m.end() >= end:
            return False
        pos = m.end()
    base = pos  # (the matches' offsets are the slice's: 'akan segera memangkas' skips both auxiliaries)
    for w in re.finditer(r"[ \t]+(\w+)", body[base:min(end, base + 40)]):
        if w.group(1).casefold() not in qf.auxiliaries:
            break
        pos = base + w.end()
    return qf.verb_after.match(body, pos, end) is not None


def _relative_before_main_report(qf: QuoteFinder, text: str, v: re.Match) -> bool:
    """A report verb inside a relative clause right after a name, with no comma before the relative word
    ('Miryam yang tetap berkukuh mencabut semua BAP-nya menegaskan tidak pernah menerima uang'), when
    another report verb follows in the same clause: that later verb is the sentence's own, the
    earlier one only describes who speaks (not 'pemerintah China, yang menyatakan ...', a clause of its
    own after a comma)."""
    if not qf.pack.get("relative_report_yields_to_main_verb") or not qf.relative_set:
        return False
    rel = re.search(r"([^\W\d_][\w'’-]*)[ \t]+(\w+)((?:[ \t]+\w+){0,2})[ \t]+\Z", text[max(0, v.start() - 80):v.start()])
    if rel is None or rel.group(2).casefold() not in qf.relative_set or not rel.group(1)[:1].isupper() \
            or rel.group(1).casefold() in qf.g.common:
        return False  # (a name: not 'Sumber yang mengaku dekat dengan keluarga itu mengonfirmasi ...')
    rest = text[v.end():]
    cut = re.search(r"[,;:.!?\"“”]", rest)
    later = qf.indirect_verb.search(rest, 0, cut.start() if cut is not None else len(rest))
    return later is not None


def _asked_to_act(qf: QuoteFinder, before: str) -> bool:
    """Whether the words right `before` a report verb end with a passive of asking (requested_act_passives:
    'diminta', 'diharapkan') and at most three words of no other active verb ('diminta berperan aktif
    melaporkan', 'diharapkan segera melaporkan'): the verb is what the subject is asked to do."""
    if not qf.requested_act_passives:
        return False
    words = re.findall(r"[\w-]+", re.split(r"[,.;:!?\"“”„«()]", before)[-1])[-4:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].casefold() in qf.requested_act_passives:
            return qf.requested_act_verb is None or not any(qf.requested_act_verb.fullmatch(w) for w in words[i + 1:])
    return False


def _comma_opened_clause(qf: QuoteFinder, body: str, after: int, start: int) -> bool:
    """Whether a comma right after a report verb opens its clause at `start`: a lower-case word there that
    opens no aside (comma_gap_aside_openers: 'mengatakan, saat ditemui di kantornya, bahwa ...' is still an
    aside before the complementiser)."""
    if qf.comma_gap_asides is None or "," not in body[after:start]:
        return False
    first = re.match(r"[\w-]+", body[start:])
    return first is not None and first.group().islower() and first.group().casefold() not in qf.comma_gap_asides \
        and (qf.active_verb_word is None or qf.active_verb_word.fullmatch(first.group()) is None)  # (not a second
    # verb of the same subject: 'Namun badan antariksa itu membantah, menegaskan bahwa misinya ...')


def _in_relative_clause(qf: QuoteFinder, body: str, start: int, verb_start: int) -> bool:
    """Whether the verb at `verb_start` stands inside a relative or time clause opened earlier in its
    clause ('... menangkap penasihat yang kerap mengkritik presiden dan mendorong ...', '... memanas saat
    Trump mendorong ...': an act told as background, not a request of the sentence's subject;
    addressee_relatives). Only the words after the last comma count ('Saat ditemui, Budi mendorong ...')."""
    start = max(start, body.rfind(",", start, verb_start) + 1)
    return any(w.casefold() in qf.addressee_relatives for w in _WORDS.findall(body, start, verb_start))


def _names_someone(g, body: str, at: int) -> bool:
    """Whether the capitalised phrase at body[at] names a person, a body or an office ('Presiden Joko Widodo',
    'Pemprov DKI'), not a sum or a thing ('Rp 10 miliar')."""
    m = g.match_at(body, at) if body[at:at + 1].isupper() else None
    return m is not None and g.parse(body, m.start(), m.end(), None, False) is not None


def _names_a_thing(qf: QuoteFinder, obj: str) -> bool:
    """Whether the object of an urging verb opens with a lower-case nominalisation ('mendorong kesepakatan
    nasional untuk menetapkan ...', 'mendorong percepatan ...': a thing furthered, for a purpose), not an
    addressee (addressee_thing_affixes; a named body is upper case: 'Kementerian Agama')."""
    first = obj.split()[0] if obj.split() else ""
    return first[:1].islower() and first.casefold() not in qf.addressee_thing_exceptions and any(
        first.casefold().startswith(pre) and first.casefold().endswith(suf) and len(first) > len(pre) + len(suf) + 2
        for pre, suf in qf.addressee_thing_affixes)


def _reads_as_clause(qf: QuoteFinder, body: str, start: int, end: int, noun_verb: bool = False,
                     present_object: bool = False) -> bool:
    """A clause with no complementiser has its finite verb early, before any comma or relative
    pronoun: 'US troops would be leaving' is a report, 'a naval coalition which was joined' is not.
    With present_object (the complement right after the subject's own report verb), also a singular
    subject, a present form and a bare object ('said the coating repels bacteria')."""
    # ('hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped': an aside in brackets
    # does not break the clause)
    text = _BRACKETED.sub(" ", body[start:end]) if "(" in body[start:end] else body[start:end]
    # ('said Cummings "worked until his last breath"', 'tweeted the response "required all hands on
    # deck."': the quote mark after the subject is no word of the clause; but a reflexive's complement
    # is no clause: 'declared himself "delighted"')
    text = _OPENING_MARK.sub(lambda m: m.group(0) if m.group(2).casefold().endswith(("self", "selves"))
                             else m.group(1), text)
    stop = qf.clause_break.search(text)
    head = text[:stop.start() if stop else len(text)]
    words = head.split()
    if words and words[0].casefold() in qf.reflexives:
        return False
    joined = " ".join(words[:16])  # (the first sixteen words: where the finite verb must stand)
    fm = qf.finite.search(joined)
    lead = joined[:fm.start()].split() if fm is not None else []
    if lead and lead[-1].casefold() in qf.purpose_subordinators and fm.group().casefold() in qf.pronoun_set:
        # 'declared a state of emergency so he could fund a wall': the first verb is the purpose
        # clause's, whose subject follows the subordinator; the words before it are an object
        # (not 'the existing powers run out soon so must be replaced')
        return False
    before_verb = joined[:fm.end() - len(fm.group().split()[-1])].split() if fm is not None else []
    if noun_verb and before_verb and before_verb[-1].casefold() in qf.coordinator_set:
        # 'announced the schedule in a press release late yesterday and followed it up ...': after
        # a verb that takes a thing, a verb after a coordinator is the subject's second act, not
        # the object's ('said the chaos cast doubt ... and was likely to ...' reports a clause)
        return False
    if fm is not None:
        return True
    if present_object and qf.present_bare_object is not None and qf.present_bare_object.match(joined) \
            and not re.search(r"[,;][ \t]*(?:\w+[ \t]+)?\Z", body[max(0, start - 12):start]):
        return True  # (not after an inverted cue: '..., analysts said, and the company expects full approval')
    if stop is not None and text[stop.start()] == "," and words and _list_or_aside_then_verb(qf, text, stop.end()):
        return True
    if stop is not None and text[stop.start()].isspace() and words and qf.finite_lower is not None:
        # 'the number of officials who had forgotten what happened was worrying': a relative clause
        # inside the subject, then the main verb (two finite verbs before any comma; 'a naval
        # coalition which was joined by ...' has one)
        rest = text[stop.end():]
        after = qf.clause_break.search(rest)
        tail = rest[:after.start() if after else len(rest)].split()[:14]
        first = next((i for i, w in enumerate(tail) if qf.finite_lower.fullmatch(w) or w.endswith("ed")), None)
        if first is not None and qf.clause_marker is not None and not words[0].casefold() in qf.object_prepositions \
                and not any(w.casefold() in qf.speech_set for w in tail) \
                and any(qf.clause_marker.fullmatch(w.casefold()) or w.casefold() in qf.finite_words
                        for w in tail[first + 1:]):
            return True
    # 'said Hamza bin Laden, son of the late ... founder, has been killed': a name, an apposition
    # between commas, then the verb
    if stop is None or text[stop.start()] != "," or not words or not all(
            w[:1].isupper() or w in _NAME_LINKS for w in words) or not words[0][:1].isupper():
        return False
    second = text.find(",", stop.end())
    if second < 0 or second - stop.end() > 80:
        return False
    rest = text[second + 1:]
    after = qf.clause_break.search(rest)
    return bool(qf.finite.search(" ".join(rest[:after.start() if after else len(rest)].split()[:8])))


def _gerund_subject_clause(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """'suggested keeping British troops in Iraq could cost ...', 'suggested policing, unlike health
    and education, was the one ...': the gerund opens the subject of a clause reported without 'that' (a
    finite word before the first break, or after an aside or list), not the verb phrase of what was done."""
    text = body[start:end]
    stop = qf.clause_break.search(text)
    words = text[:stop.start() if stop else len(text)].split()[:16]
    # (only up to a coordinator: 'denies using drugs and says she will ...' is the subject's next act)
    co = next((i for i, w in enumerate(words) if w.casefold() in qf.coordinator_set), None)
    words = words[:co] if co is not None else words
    if any(w.casefold().strip("\"“”,.") in qf.finite_words and w.casefold() not in qf.pronoun_set for w in words[1:]):
        return True
    return stop is not None and text[stop.start()] == "," and _list_or_aside_then_verb(qf, text, stop.end())


def _list_or_aside_then_verb(qf: QuoteFinder, text: str, pos: int) -> bool:
    """'Tory policies on schools, taxes, immigration and crime were striking a chord', 'the bill,
    which brings in house arrest, had safeguards': the subject goes on through a list of short
    items ending in 'and'/'or', or a relative clause between commas, then the finite verb comes."""
    for _ in range(4):
        comma = text.find(",", pos)
        chunk = text[pos:comma if comma >= 0 else len(text)]
        words = chunk.split()
        # (an aside is a relative clause, or a content clause: 'the rationale from a previous ruling,
        # that women were ineligible to serve in combat, no longer applies', or a comparison: 'the
        # algae, like warming temperatures, might render ...')
        relative = (qf.relative_start is not None and qf.relative_start.match(chunk) is not None) \
            or (bool(words) and (words[0] in qf.complementisers or words[0] in qf.comparison_asides
                                 or (words[0].endswith("ed") and words[0].islower() and len(words) >= 2
                                     and words[1] in qf.agent_prepositions)))
        if relative and comma >= 0 and len(words) <= 15:
            after = text[comma + 1:].split()[:8]
            return bool(after) and bool(qf.finite.search(" ".join(after)))
        if not words or relative:
            return False
        if _aside_then_auxiliary(qf, text, chunk, comma):
            return True
        joined = next((k for k, w in enumerate(words[:4]) if w in ("and", "or")), None)
        if joined is not None:
            # the last item (a word or three), then the verb ('... immigration and crime were')
            rest = words[joined + 1:joined + 5]
            return 0 < len(rest) and not any(qf.relative_start is not None and qf.relative_start.fullmatch(w)
                                             or w in qf.complementisers for w in rest) \
                and any(w.casefold() in qf.finite_words for w in rest)  # (not 'his alleged ...')
        if len(words) > 3 or comma < 0:
            return False
        pos = comma + 1
    return False


def _aside_then_auxiliary(qf: QuoteFinder, text: str, chunk: str, comma: int) -> bool:
    """'said the plane, a Beechcraft Sierra, was flying to ...', 'said the new laws, due to start
    next month, could help': an aside of a few words between commas (an apposition, a phrase),
    then an auxiliary or a copula at once, the subject's verb."""
    if comma < 0 or qf.clause_marker is None or not 0 < len(chunk.split()) <= 12 or _MARKS.search(chunk):
        return False
    after = re.match(r"[ \t]+([a-z]+)\b", text[comma + 1:])
    return after is not None and qf.clause_marker.fullmatch(after.group(1)) is not None


_NAME_LINKS = {"bin", "ibn", "al", "de", "van", "von", "da"}
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_BREAK = re.compile(r"[?,;:]\s")


def _said_with_comma(qf: QuoteFinder, body: str, b: int, seg: _Segment) -> bool:
    """'"Operasi Tangkap Tangan di Surabaya," kata Wakil Ketua KPK ...', '"Sidang Lanjutan Hari
    Kamis," tambahnya': words closed by a comma inside the marks and a cue word right after
    them are said, however many of them are capitalised."""
    if seg.close_mark is None or "," not in body[b:seg.close_mark]:
        return False
    w = re.match(r"[ \t]*([^\W\d_]+)", body[seg.close_mark + 1:seg.close_mark + 40])
    return w is not None and (w.group(1).casefold() in qf.cue_set or w.group(1).casefold() in qf.pronoun_cue_set)


def _is_title(text: str) -> bool:
    """'Digital Lending untuk Membantu UMKM dalam Mendukung Pemulihan Ekonomi Nasional': most
    words capitalised and no sentence inside is a title. Speech is written in sentence case."""
    if re.search(r"[.!]\s", text) or text.rstrip().endswith((".", ",")):
        return False
    # 'Jaman Woneng: Wabah Sampar di Priangan, 1925-1937', 'Berdamai dengan Covid-19? Agenda
    # Kebijakan ...': a title with a subtitle or a list has commas, a colon or a question mark but
    # no sentence break, and then nearly every long word capitalised
    broken = _TITLE_BREAK.search(text) is not None
    words = _TITLE_WORD.findall(text)
    long_words = [w for w in words if len(w) > 3]
    if len(words) < 2 or len(words) > 16 or len(long_words) < (4 if broken else 2):
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps >= (0.85 if broken else 0.75) * len(long_words) and words[0][0].isupper()


def _apposition_after_cue(qf: QuoteFinder, body: str, a: int, b: int) -> bool:
    """'an economist at Barclays', 'the government's lawyer': a description after the name of a cue
    inside a sentence, opening with a determiner and with no verb of a clause."""
    first = re.match(r"[a-z]+", body[a:a + 12])
    if first is not None and first.group() in qf.sentence_determiner_set and qf.finite is not None \
            and not _reads_as_clause(qf, body, a, b):
        return True
    # ('..., said Tom Hale, deputy secretary of the agency.', '..., said Tom Hale, managing director of
    # Acme Research.': an office with no determiner, to the sentence's end, no word of a clause in it)
    words = re.findall(r"[\w'’-]+", body[a:b])
    return qf.pack.get("bare_apposition_after_cue") is True and 0 < len(words) <= 12 \
        and words[0].casefold() not in qf.finite_words and words[0].casefold() not in qf.apposition_stops \
        and not any(w.islower() and (w in qf.finite_words or w in qf.apposition_stops) for w in words) \
        and not any(w.endswith("ed") and w.casefold() not in qf.person_nouns for w in words[1:])


def _condition_then_quote(qf: QuoteFinder, frame: list[str]) -> bool:
    """'if Trump wins re-election, "these hellish events ..."': a subordinate clause with a subject
    of its own (not 'when asked, "..."', a participle) before the quote. Only in a language whose
    finite verbs tell a clause ('mengatakan, setelah perang berakhir "mungkin ..."' is a time before
    the speaker's words, which are the direct quote alone)."""
    return qf.finite is not None and len(frame) >= 3 and frame[0].casefold() in qf.participle_clause_openers \
        and not frame[1].casefold().endswith(("ed", "ing")) and frame[1].casefold() not in qf.frame_non_subjects


def _quote_as_predicate(qf: QuoteFinder, body: str, a: int, b: int, spans) -> bool:
    """'the law has "condemned many women ..."', 'the United States is "in the midst of a crisis"':
    a subject and a copula or an auxiliary of the reporter's, then the speaker's words as the
    predicate; the clause is reported whole although the quote makes most of it."""
    first = min((s for s, e in spans if a < s < b), default=None)
    if first is None or qf.copula_end is None:
        return False
    frame = body[a:first]
    words = _WORDS.findall(frame)
    if _condition_then_quote(qf, words):
        return True
    if len(words) == 1 and words[0].casefold() in qf.frame_pronouns and not frame.rstrip(' "“”„«').endswith(","):
        return True  # 'menyebut pihaknya "sudah siap menghadapi apapun"': the pronoun is the subject
    if len(words) >= 2 and qf.copula_end.search(frame.rstrip(' "“”„«')) is not None:
        return True
    if _quote_opens_predicate(qf, body, first) and not re.search(r"[,;:]", frame) and (
            2 <= len(words) <= 8 or (words and qf.copula_end.search(frame.rstrip(' "“”„«')) is not None)):
        # 'mengatakan, penambahan pasukan ini "terkait dengan ..."', 'bersumpah akan "mengejar
        # teroris ..."': the reporter's subject (or auxiliary), then the speaker's words opening
        # with a verb or a copula as its predicate
        return True
    # 'said they "appear not to have shown any respect ..."', 'said his Labour Party "[are] eager
    # ...': a short subject of the reporter's, then the quote as its whole predicate (in a language
    # whose finite verbs tell a subject from a predicate: not 'menyebut mereka "pengkhianat bangsa"')
    opening = body[first + 1:first + 2]
    if qf.finite is None or not (opening.islower() or opening == "[") or re.search(r"[,;:]", frame):
        return False
    if 1 <= len(words) <= 4 and not qf.finite.search(
            " ".join(w for w in frame.split() if w.casefold() not in qf.pronoun_set)):
        return True
    # 'told Agence France-Presse arson has been used "as a weapon to evict ..."': a clause of the
    # reporter's, subject and verb, that the quote goes on with
    return 3 <= len(words) <= 12 and _reads_as_clause(qf, body, a, first)


_QUOTE_FIRST_WORD = re.compile(r"[ \t]*([a-z][a-z-]*)")


def _quote_opens_predicate(qf: QuoteFinder, body: str, mark: int) -> bool:
    """The quote whose mark is at body[mark] opens with a verb or a copula in lower case
    (quote_predicate_prefixes, predicate_copulas): 'penambahan pasukan ini "terkait dengan ...'
    (not a noun, a pronoun or a role: 'menyebut mereka "pengkhianat bangsa"')."""
    if qf.quote_predicate_opener is None:
        return False
    m = _QUOTE_FIRST_WORD.match(body, mark + 1)
    if m is None or m.group(1) in qf.pronoun_set or m.group(1) in qf.predicate_non_openers:
        return False
    return qf.quote_predicate_opener.fullmatch(m.group(1)) is not None


def _is_code_or_label(text: str) -> bool:
    """One token with a digit, or of one letter: '"COVID-19" is to replace "2019-nCoV"', 'a
    non-competitive - or "B" - quote'."""
    if re.search(r"\s", text):
        return False
    first = _WORDS.search(text)
    return re.search(r"\d", text) is not None or len(first.group() if first else "") <= 1


def _mostly_quoted(a: int, b: int, spans) -> bool:
    covered = sum(max(0, min(b, e) - max(a, s)) for s, e in spans)
    return covered > 0.6 * (b - a)
