"""The state the subject readers share, and the readers of one comma segment of a subject.

`_Context` is one article's state while its cues' subjects are read (the body, the language
pack, the registry `speakers.ArticleEntities`, who was spoken of last), passed to every function
of `subjects`, `phrase_after`, `antecedents`, `institutions` and `office_holders`.
`_segments_of` cuts a subject into comma segments; the rest decide what one segment or the
phrase ending or starting at a position is: exactly a name (`_name_segment`), the phrase ending
at a position (`_phrase_ending_at`), the person after a role or a possessive, a short form
after a full name, a segment opened by a preposition or an adverbial. These read the text only
(and look names up in the registry); they resolve no pronoun or description. This module
imports none of the other subject modules.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
import re

from .cues import SEGMENT_COMMA, QuoteFinder
from .furniture import Furniture
from .langpack import LanguagePack
from .mentions import Entity, Parsed, UPPER, is_academic_degree, word_positions
from .sentences import Sentence
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
    lone_names_attributive: dict | None = None  # (_lone_names with a noun-qualifying name kept: a person-typed firm)
    described_firms: list | None = None  # (_described_firms, asked for once an article at most)
    titled_names: dict = field(default_factory=dict)  # (_written_with_title, asked once a name)
    # the speakers of the last report made jointly ('Siti dan Doan mengaku ...'), and where it stands:
    # a plural pronoun soon after means them all ('Kepada penyidik, mereka mengatakan ...')
    last_joint: tuple | None = None

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def sentence_before(self, offset: int) -> Sentence | None:
        """The sentence before the one `offset` stands in; None in the first sentence (or with none split)."""
        i = self.sentence_index(offset)
        return self.sentences[i - 1] if i > 0 else None

    def written_before(self, offset: int, *names: str | None) -> bool:
        """Whether the body writes one of `names` as whole words before `offset` (an entity's `first` is
        where it was registered, often where it first spoke, not where the article first named it)."""
        before = self.body[:offset]
        return any(word_positions(before, n, left="-", right="-") for n in names if n)


def _segments_of(body: str, start: int, end: int, breaks: re.Pattern = re.compile(SEGMENT_COMMA)) -> list[tuple[int, int]]:
    """Comma-separated segments of body[start:end] (`breaks` may add a spaced dash around a
    relative clause: 'Shareholders United - which has proved adept ... - said')."""
    out = []
    s = start
    for m in breaks.finditer(body[start:end]):
        out.append((s, start + m.start()))
        s = start + m.end()
    out.append((s, end))
    return out


_CAPITALISED_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*)*")


def _academic_degree(qf, text: str) -> bool:
    """'P.hd', 'S.H.', 'PhD': an academic degree alone between a name and the verb; also a
    specialist's degree written with a space and its consultant mark ('Sp. A(K)'), and a
    physician's title listed after the name among the degrees (degrees_after_name: 'Prof Dr Budi
    Setiabudiawan, dr., Sp. A(K), M.Kes., mengatakan')."""
    word = text.strip()
    if not word:
        return False
    if " " not in word and is_academic_degree(word, qf.degrees):
        return True
    specialist = qf.pack.words("specialist_degrees")
    if specialist and re.fullmatch(rf"(?:{'|'.join(map(re.escape, specialist))})\.[ \t]*[A-Z][\w.]*"
                                   rf"(?:[ \t]*\([A-Za-z]\))?(?:[ \t]+[A-Z][\w.]*)?", word):
        return True  # ('Sp. A(K)', 'Sp. OT', 'Sp. Rad (K) OnkRad': a specialist's field and sub-field)
    return "." in word and " " not in word and word.replace(".", "").casefold() in {
        w.casefold() for w in qf.pack.words("degrees_after_name")}


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


def _source_lead_in(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'Melansir Straits Times', 'Dilansir dari Reuters': a comma segment naming the outlet or document a
    report was read in; it opens the sentence as an adverbial does, and the outlet it names is no one the
    report's subject after the comma stands in apposition to."""
    rx = ctx.qf.report_source_lead_in
    return rx is not None and rx.match(ctx.body, segment[0], segment[1]) is not None


def _opens_adverbially(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'After federal agents raided ...', 'When asked': a sentence's opening clause (a subordinator
    first), never its subject."""
    words = ctx.body[segment[0]:segment[1]].split()
    return bool(words) and (words[0].casefold() in ctx.qf.participle_clause_openers
                            or _source_lead_in(ctx, segment)
                            or (len(words) == 1 and words[0] in ctx.ents.g.opener_set)  # ('However, the company ...')
                            # ('In June, the software giant said ...', 'For its part, the company said')
                            or (len(words) <= 8 and words[0] in ctx.qf.adverbial_phrase_openers))


def _opens_with_finite(qf, text: str) -> bool:
    """Whether a text opens with a lower-case finite verb ('held a press conference', 'released ...')."""
    first = re.match(r"[ \t]+([a-z]+)\b", text)
    return first is not None and (first.group(1).endswith("ed") or first.group(1) in qf.finite_words)


def _only_verb_group_words(ctx: _Context, text: str) -> bool:
    """Whether only auxiliaries and adverbs of a verb group stand between a subject and its verb
    ('has', 'also', 'later')."""
    return all(w.casefold() in ctx.qf.group_adverbs for w in text.split())


def _verb_like(ctx: _Context, w: str) -> bool:
    """Whether a lower-case word after a subject reads as its verb, an auxiliary or an adverb of it
    ('has', 'also', 'cautioned', 'says'), not a noun going on with a name ('New EU trade commissioner')."""
    return w in ctx.qf.finite_words or w in ctx.qf.group_adverbs or w.endswith("ed") \
        or (w.endswith("s") and not w.endswith("ss")) \
        or (ctx.qf.indirect_verb is not None and ctx.qf.indirect_verb.fullmatch(w) is not None)


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
    if _source_lead_in(ctx, segment):
        return None  # ('Melansir Straits Times, Perwakilan ... Asyraf Wajdi Dusuki mengatakan': the outlet)
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
            single and not p.role and p.name not in g.openers and p.name.casefold() not in g.stopwords
            and ((p.name.casefold() not in ctx.ents.lowercase_words and p.name.casefold() not in g.common)
                 or g._surname_speaks(body, p.end, p.name))):  # ('High, the union's ...' after 'Colin High')
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
                (previous.casefold() not in blockers and not previous[:1].isupper() and not previous[:1].isdigit()
                 # ('GO - JEK mengungkapkan': no phrase opens inside a name a spaced hyphen joins)
                 and not (previous == "-" and g.phrase_over_hyphens is not None
                          and g.spaced_hyphen_joins(body, at - 3)))
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
        if (known is None or known.type != "person" or len(known.name.split()) < 2) \
                and not _kin_given_name(ctx, ctx.body[pn.start():pn.end()], p):
            return None
    p.role = p.role or ctx.body[pn.start():pn.end()].strip()
    return p


def _kin_given_name(ctx: _Context, lead: str, p: Parsed) -> bool:
    """Whether `lead`, a possessive phrase, ends with a word for a relative (kin_nouns) before the one
    name `p`: relatives are named by a given name alone ('Fletcher's daughter Jill said ...', 'Edwards'
    sister Rachel makes an emotional TV appeal'), which is then a person (not a common word)."""
    if not ctx.qf.pack.get("possessed_kin_given_name"):
        return False
    words = lead.split()
    return bool(words) and words[-1].casefold() in {w.casefold() for w in ctx.qf.pack.words("kin_nouns")} \
        and p.role is None and p.name.casefold() not in ctx.ents.g.common and p.name[:1].isupper()


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
