"""Direct and indirect quotes of one article, each with its speaker.

Marks: straight `"`, curly `“”`, `„“`, `«»`, and Kompas' `”` used to open and to close. Whether a
mark opens or closes is read from what flanks it (space before and a letter after: opens), and
ambiguous marks toggle. Marks reset at every paragraph end, so one unbalanced mark cannot swallow
the rest of the article.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from .furniture import Furniture
from .langpack import LanguagePack
from .sentences import Sentence, paragraphs
from .trie import literal_alternation
from .outlets import is_news_outlet
from .speakers import (_NAME_JOINERS, NAMEWORD, UPPER, ArticleEntities, Entity, Grammar, Parsed, _at,
                       _initials_match, after_blanks, word_positions)

_MARKS = re.compile(r'["“”„«»]')
_OPEN_ONLY = "„«"
_CLOSE_ONLY = "»"
_TRAIL = ",.;:"
_WORDS = re.compile(r"\w+")


@dataclass
class Quote:
    start: int
    end: int  # text span without marks
    kind: str = "direct"
    speaker: Entity | None = None
    sentence: tuple[int, int] | None = None
    confidence: float = 0.5
    how: str = ""
    follow: "Quote | None" = None  # a second report of the same subject in the same sentence


@dataclass
class _Segment:
    start: int
    end: int
    open_mark: int
    close_mark: int | None


def scan_marks(body: str, para_start: int, para_end: int, cue_next: re.Pattern | None = None,
               cue_name_next: re.Pattern | None = None) -> list[_Segment]:
    """Pairs of quote marks in one paragraph. `cue_next` matches a speech cue right after a mark
    ('” katanya'): such a mark closes a quote; `cue_name_next` a cue and a name glued to a mark of
    another style than the open one ('“... Pak Jalil, "kata Priharsa')."""
    out: list[_Segment] = []
    pending: int | None = None
    orphan: int | None = None  # a closing mark with nothing to close: perhaps a misplaced opener
    stack: list[int] = []  # openers waiting under a nested quote
    inner: list[int] = []  # indexes in `out` of nested quotes
    for m in _MARKS.finditer(body, para_start, para_end):
        i = m.start()
        ch = body[i]
        before = body[i - 1] if i > para_start else " "
        after = body[i + 1] if i + 1 < para_end else " "
        left = before.isspace() or before in "([{—–-/:" or i == para_start
        right = after.isspace() or after in ".,;:!?)]}—–-/" or i + 1 == para_end
        if ch in _OPEN_ONLY:
            role = "open"
        elif ch in _CLOSE_ONLY:
            role = "close"
        elif ch == "“" and pending is not None and body[pending] == "„":
            role = "close"
        elif ch == "“" and pending is not None and after in ".,;:!?":
            # 'dengan Eropa "tanpa adanya gesekan “.': a mark with a stop right after it opens
            # nothing, whatever its shape; it closes the quote left open
            role = "close"
        elif ch == "“" and not (right and not left):
            role = "open"
        elif ch == "“" and pending is not None and body[pending] == "“" and before not in ".,!?":
            # '“Di pasar ada“ jeger-jeger ”-nya. Kami ...,” ucapnya': an opening mark under an
            # opening mark opens a nested quote, whatever the spacing around it
            role = "open"
        elif left and not right:
            role = "open"
        elif right and not left:
            role = "close"
        else:
            role = "close" if pending is not None else "open"
        cued = cue_next is not None and role == "open" and cue_next.match(body, i + 1, para_end) is not None
        if not cued and role == "open" and cue_name_next is not None and pending is not None \
                and body[pending] != ch and before.isspace() and body[para_start:i].rstrip()[-1:] == "," \
                and cue_name_next.match(body, i + 1, para_end) is not None:
            cued = True  # '“... Pak Jalil, "kata Priharsa.': a straight mark closes the curly one
        if cued:
            role = "close"  # '..., ” katanya.': a cue follows, the mark closes whatever its spacing
        if role == "close" and pending is None:
            if cued and orphan is not None and i - orphan <= 600:
                # 'persen.” Misalnya ada ... 16 orang, ” katanya': the lone closing mark before
                # was the opener, its spacing lost
                out.append(_Segment(orphan + 1, i, orphan, i))
                orphan = None
            elif not cued:
                orphan = i
            continue
        orphan = None
        if role == "open":
            if pending is not None and not stack and before.isspace() and ch in '"“' \
                    and body[pending + 1:i].rstrip()[-1:] in (".", "!", "?") \
                    and body[pending + 1:i].strip() and _continues_paragraphs(body, i, para_end):
                # 'She said: "Serious concerns have been raised ... Executive. "We need to know
                # ...."': paragraphs run together, each opening with a mark and the last one
                # closing; the quote before the new opener ends with its sentence
                end = pending + 1 + len(body[pending + 1:i].rstrip())
                out.append(_Segment(pending + 1, end, pending, None))
                pending = i
                continue
            if pending is not None:
                stack.append(pending)
            pending = i  # an earlier unclosed opener is dropped as unbalanced
        elif pending is not None:
            out.append(_Segment(pending + 1, i, pending, i))
            if stack:
                inner.append(len(out) - 1)
                outer = stack.pop()
                pending = outer
                continue
            pending = None
    if pending is not None:
        if inner:
            # an outer opener never closed: the quotes read before are flat, it is dropped
            return out
        out.append(_Segment(pending + 1, para_end, pending, None))
    elif inner:
        # 'McGurk: "The WH statement ... The "United States" is not holding ..."': a quote inside
        # a quote stays part of the outer one
        out = [seg for k, seg in enumerate(out) if k not in inner]
    return out


def _continues_paragraphs(body: str, i: int, para_end: int) -> bool:
    """The quote opened at i goes on as the one before it did: it ends a sentence when it closes
    (or never closes), the run-together paragraphs of one speaker; not a new quote closed with a
    comma before its own cue ('"Russia is Ukraine's eternal strategic partner," Mr Yushchenko said')."""
    for m in _MARKS.finditer(body, i + 1, para_end):
        j = m.start()
        if body[j - 1].isspace() and j + 1 < para_end and not body[j + 1].isspace():
            continue  # another paragraph's opener: the run goes on
        return body[j - 1] in ".!?"
    return True


_SINGLE = re.compile(r"['‘’]")


def scan_single_marks(body: str, para_start: int, para_end: int, doubles: list[_Segment]) -> list[_Segment]:
    """Pairs of single quote marks outside double ones: "menyebut komentar itu 'salah dan bias'".
    An opener has a space (or bracket) before and a letter after, a closer a letter or stop before
    and no letter after; an apostrophe ('Ra'ad', "countries' ") is neither or is left unpaired."""
    out: list[_Segment] = []
    pending: int | None = None
    for m in _SINGLE.finditer(body, para_start, para_end):
        i = m.start()
        if any(d.open_mark <= i <= (d.close_mark if d.close_mark is not None else d.end) for d in doubles):
            continue
        before = body[i - 1] if i > para_start else " "
        after = body[i + 1] if i + 1 < para_end else " "
        if body[i] != "’" and (before.isspace() or before in "([{—–") and after.isalpha():
            pending = i
        elif pending is not None and body[i] != "‘" and (before.isalnum() or before in ".!?") \
                and not after.isalnum():
            if i - pending <= 300:
                out.append(_Segment(pending + 1, i, pending, i))
            pending = None
    return out


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in _TRAIL):
        end -= 1
    if end > start and body[end - 1] == "]" and body[end - 3:end] == "[.]":
        end -= 3
    return start, end


class QuoteFinder:
    """Per-language compiled cue patterns."""

    _cache: dict[int, "QuoteFinder"] = {}

    @classmethod
    def for_pack(cls, pack: LanguagePack, grammar: Grammar) -> "QuoteFinder":
        found = cls._cache.get(id(pack))
        if found is None:
            found = cls._cache[id(pack)] = cls(pack, grammar)
        return found

    def __init__(self, pack: LanguagePack, grammar: Grammar):
        self.pack = pack
        self.g = grammar
        self.stopwords = frozenset(w.casefold() for w in pack.words("stopwords"))
        alt = literal_alternation  # (the longest-first alternation of the words, as a trie where it can be)
        cues = alt(pack.words("cue_verbs"))
        pcues = alt(pack.words("pronoun_cues"))
        pronouns = alt(pack.words("pronouns"))
        speech = alt(pack.words("speech_verbs") + pack.words("cue_verbs"))
        self.speech_set = {w.casefold() for w in pack.words("speech_verbs") + pack.words("cue_verbs")}
        self.naming_verbs = frozenset(w.casefold() for w in pack.words("naming_verbs"))
        self.participle_adverbs = frozenset(pack.words("verb_group_adverbs") + pack.words("present_verb_adverbs"))
        self.cue_set = grammar.cue_words
        self.pronoun_cue_set = {w.casefold() for w in pack.words("pronoun_cues")}
        self.subject_only_cues = {w.casefold() for w in pack.words("subject_only_cues")}
        # After the closing mark: '," kata X' / '," katanya' / '," lanjut dia' / '," he said' / '," X said'
        self.after_pron = re.compile(
            rf"\s*[,.!?;:]?\s*(?:(?:{pcues})\b|(?:{cues})\s+(?:{pronouns})\b|(?:{pronouns})\s+(?:{cues})\b)"
            if pcues else rf"\s*[,.!?;:]?\s*(?:(?:{cues})\s+(?:{pronouns})\b|(?:{pronouns})\s+(?:{cues})\b)", re.I)
        # '"...," she said, noting it was the worst ...': a participle after the cue of a quote
        # goes on with the same speaker's report
        contrast = pack.words("contrast_joiners")
        reports = pack.words("indirect_say_verbs")
        self.contrast_report = re.compile(
            # (without the comma, only before a capitalised subject: '... while Interior
            # Minister X wrote he had ordered ...')
            rf"(?:,[ \t]+(?:{alt(contrast)})|(?<=[\w\x22”’'])[ \t]+(?:{alt(contrast)})(?=[ \t]+[A-Z]))"
            rf"[ \t]+(?=[^,;:\"“”\n]{{1,60}}?[ \t](?:{alt(reports)})\b)") \
            if contrast and reports else None
        joiners = pack.words("clause_joiners")
        # 'The guardrail would be examined, Roberts said, to determine ...': a subject and its cue
        # interrupting one clause, which goes on in lower case after it
        self.interrupting_cue = re.compile(
            rf",[ \t]+(?:(?P<phrase>[^,;:\"“”()\n]{{2,60}}?)[ \t]+(?:{cues})|(?:{cues})[ \t]+(?P<desc>(?:[a-z][\w-]*[ \t]+){{1,3}})?(?P<after>[{UPPER}][^,;:\"“”()\n]{{2,60}}?))"
            rf"[ \t]*,[ \t]+(?P<next>[a-z][\w'’-]*)(?:[ \t]+(?P<second>[a-z][\w'’-]*))?")
        self.mid_cue_joiner = re.compile(rf"[ \t]*,[ \t]*(?:{alt(joiners)})[ \t]+") if joiners else None
        participles = pack.words("cue_participles")
        self.cue_participle = re.compile(
            rf"[,.!?;:]?[\"“”]\s*,?\s*(?:(?:{cues})\s+[^,.;:!?\"“”\n]{{1,60}}?|[^,.;:!?\"“”\n]{{1,60}}?\s+(?:{cues}))"
            rf"\s*,\s*(?:{alt(participles)})\s+(?:that\s+)?", re.I) if participles else None
        # 'Hal senada disampaikan (oleh) X': a passive speech verb and its agent
        passive_speech = pack.words("passive_speech_verbs")
        self.passive_agent = re.compile(
            rf"(?<![\w-])(?:{alt(passive_speech)})(?:[ \t]+(?:{alt(pack.words('passive_agent_markers') or ['by'])}))?[ \t]+"
            rf"(?=[{UPPER}]|(?:{alt(pack.words('lower_roles'))})\b)") if passive_speech else None
        # an active verb right after a subject: 'Nawawi Pomolango menyayangkan'
        prefixes = pack.words("active_verb_prefixes")
        self.verb_after = re.compile(rf"[ \t]+(?:{alt(prefixes)})[a-z]{{3,}}\b") if prefixes else None
        self.auxiliaries = {w.casefold() for w in pack.words("auxiliaries")}
        # a coordinated predicate before a report verb: '<subject> menentang lawan - lawannya dan '
        pjoin = pack.words("predicate_joiners")
        self.predicate_joined = re.compile(
            rf"\A[^,;:\"“”]*?[ \t](?:{alt(prefixes)})[a-z]{{3,}}\b[^,;:\"“”]*[ \t](?:{alt(pjoin)})[ \t]*\Z") \
            if pjoin and prefixes else None
        self.predicate_verb = re.compile(rf"(?<=[ \t])(?P<verb>(?:{alt(prefixes)})[a-z]{{3,}})\b") if prefixes else None
        self.predicate_non_verbs = {w.casefold() for w in pack.words("pronouns") + pack.words("object_prepositions")
                                    + pack.words("auxiliaries") + pack.words("predicate_non_verbs")}
        # a passive verb after the subject: 'Polisi akan diturunkan' (the subject is its patient)
        passive_prefixes = pack.words("passive_verb_prefixes")
        self.patient_verb = re.compile(
            rf"(?:[ \t]+(?:{alt(pack.words('auxiliaries'))}))*[ \t]+(?:{alt(passive_prefixes)})[a-z]{{3,}}\b") \
            if passive_prefixes else None
        # a role, a few words, then 'ini'/'itu' and a comma: 'Wali Kota Surabaya dua periode ini,'
        self.anaphoric_tail = re.compile(
            rf"(?:[ \t]+[a-z][\w-]*){{0,3}}[ \t]+(?:{alt(pack.words('anaphor_markers'))})[ \t]*,") \
            if pack.words("anaphor_markers") else None
        # any passive verb and its agent: 'dihadiri (oleh) William Wongso'
        self.any_passive_agent = re.compile(
            rf"(?<![\w-])(?:{alt(passive_prefixes)})[a-z]{{3,}}(?:[ \t]+(?:{alt(pack.words('passive_agent_markers'))}))?"
            rf"[ \t]+(?=[{UPPER}])") if passive_prefixes and pack.words("passive_agent_markers") else None
        # a sentence that carries on the last speaker's argument: 'Apalagi, ...'
        openers = pack.words("argument_openers")
        self.argument_opener = re.compile(rf"(?:{alt(openers)})\b") if openers else None
        # 'Meskipun X sudah meminta maaf, ...': a concessive clause up to its comma reports nothing
        # ('Seraya menyeru untuk pembebasan Tamimi, Amnesty mengatakan ...': a participial clause
        # of the main subject up to its comma, likewise)
        concessive = pack.words("concessive_openers") + pack.words("participle_openers")
        attempts = pack.words("non_report_words")
        self.attempt_before = re.compile(rf"(?<![\w-])(?:{alt(attempts)})[ \t]+\Z", re.I) if attempts else None
        # ('Dengan melaporkan ke Bawaslu, ia berharap ...': a preposition before an active verb opens
        # such a clause too; not 'Dengan tegas Budi mengatakan ...')
        verbal = pack.words("verbal_participle_openers")
        vprefixes = pack.words("active_verb_prefixes")
        verbal_opener = rf"|(?:{alt(verbal)})[ \t]+(?:{alt(vprefixes)})[a-z]{{3,}}" if verbal and vprefixes else ""
        self.concessive = re.compile(rf"\s*(?:{alt(concessive)}{verbal_opener})\b[^,;:\"“”]*,") \
            if concessive else None
        # 'webinar bertajuk "...", 'a book titled "...": a name, a title or a written text follows
        introducers = pack.words("text_introducers")
        gap_verbs = pack.words("object_gap_verbs")
        self.told_channel = re.compile(rf"(?<![\w-])(?:{alt(gap_verbs)})\b[^.;:!?\"“”\n]{{1,60}}:[ \t]*\Z") \
            if gap_verbs else None
        self.text_introducer = re.compile(rf"(?<![\w-])(?:{alt(introducers)})[ \t]*[,:]?[ \t]*\Z", re.I) \
            if introducers else None
        # 'Anna Franowska of "Have no fear", an abuse victim support charity': a short quote after a
        # name and a link word, described after it, is the name of a body
        body_links, dets = pack.words("body_name_links"), pack.words("determiners")
        self.described_after = re.compile(rf"[ \t]*,[ \t]+(?:{alt(dets)})[ \t]+") if dets else None
        self.body_name_link = re.compile(rf"[{UPPER}][\w'’.-]*[ \t]+(?:{alt(body_links)})[ \t]*\Z") \
            if body_links and dets else None
        # 'juru bicara kementerian, ' before a name: a lower-case role in apposition
        self.lower_role_comma = re.compile(
            rf"(?:{alt(pack.words('lower_roles'))})(?:[ \t]+[a-z]+){{0,3}},[ \t]+(?=[{UPPER}])")
        # inside a sentence, between commas: 'Namun, lanjut Teguh, PSBB belum efektif'
        self.inline_cue = re.compile(rf"(?:^|,)[ \t]*(?:{cues})[ \t]+")
        # 'kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, ...': a description, then the name
        # 'menurut pengamat pangan, Anton Apriyantono, fenomena ...': a description, a name, a clause
        self.described_name = re.compile(
            rf"[^,.;\"“”\n]{{2,80}},[ \t]+(?P<name>[{UPPER}][^,.;\"“”\n]{{1,40}}),[ \t]+(?=[a-z])")
        self.described_comma = re.compile(rf"[a-z][^,.;\"“”\n]{{0,80}},[ \t]+(?=[{UPPER}])")
        # ('," demikian kata X', '," demikian pernyataan misi Uni Afrika ...': a particle pointing back
        # at the quote, then the cue or a noun of statement)
        particles, particle_cues = pack.words("cue_particles"), pack.words("particle_cues")
        particled = (rf"(?:{alt(particles)})[ \t]+(?:{alt(particle_cues)})|(?:(?:{alt(particles)})[ \t]+)?"
                     if particles and particle_cues else "")
        self.after_verb = re.compile(rf"\s*[,.!?;:—–-]?\s*(?:{particled}(?:{cues}))\b[ \t]+", re.I)
        # '"...," reads an AEW press release', 'The family's statement on the death read: "..."': a
        # document's words; whoever issued it speaks
        reading = pack.words("document_reading_verbs")
        read_docs = pack.words("document_nouns") + pack.words("read_documents")
        doc_re = rf"(?:{alt(read_docs)})" if read_docs else r"(?!)"
        self.document_read_after = re.compile(
            rf"\s*[,—–-]?\s*(?:{alt(reading)})[ \t]+(?P<doc>[^,.;:\"“”\n]{{3,120}}?)[ \t]*(?=[,.;:!?\"“”\n]|\Z)") \
            if reading else None
        self.document_read_before = re.compile(
            rf"(?P<doc>[^,.;:\"“”\n]{{3,120}}?)(?:,[^,.;:\"“”\n]{{0,60}},)?[ \t]+(?:{alt(reading)})"
            rf"(?:[ \t]+in[ \t]+part)?[ \t]*[,:]?[ \t]*\Z") if reading else None
        dets = alt(pack.words("document_determiners")) if pack.words("document_determiners") else r"(?!)"
        self.document_owned = re.compile(
            rf"(?P<owner>[^,]+?)['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{doc_re}\b")
        self.document_of = re.compile(
            rf"(?:{dets})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{doc_re}[ \t]+(?:of|from|by)[ \t]+(?P<owner>.+)")
        self.document_named = re.compile(
            rf"(?:{dets})[ \t]+(?P<owner>[{UPPER}][\w.&-]*(?:[ \t]+[{UPPER}][\w.&-]*)*)[ \t]+(?:[a-z]+[ \t]+)?{doc_re}\b")
        self.document_bare = re.compile(rf"(?i:the|this|that|its)[ \t]+(?:[a-z]+[ \t]+)?{doc_re}\b")
        self.document_at_end = re.compile(rf"(?<![\w-]){doc_re}[ \t]*\Z")
        # 'Governor John Bel Edwards addressed the public: "..."', 'The mayor of London, Sadiq
        # Khan, gave his condolences via Twitter, adding, "..."': a sentence that opens with its
        # subject and a finite verb and leads into the quote by a colon or a cue participle
        opening_verbs = pack.words("opening_report_verbs")
        # (the sentence's subject and its finite verb, which both patterns open with)
        opening = rf"(?P<subject>[{UPPER}][^;:\"“”\n]{{0,100}}?)[ \t]+(?P<verb>{'|'.join(opening_verbs)})\b"
        self.opening_report = re.compile(
            rf"{opening}[^;:\"“”\n]{{0,120}}?(?::|,[ \t]+(?:{alt(participles)})[ \t]*,)[ \t]*\Z") \
            if opening_verbs and participles else None
        # 'Trump lashed out at the mayor, calling her "..."': a participle after a comma has the
        # sentence's subject, not the object before it ('..., with X of Florida calling the process
        # "...": the one named after 'with')
        self.opening_clause = re.compile(opening) if opening_verbs else None
        self.speech_participles = frozenset(w.casefold() for w in pack.words("speech_participles"))
        participle_joiners = pack.words("participle_subject_joiners")
        self.participle_subject = re.compile(
            rf"[,\"”][ \t]+(?:{alt(participle_joiners)})[ \t]+(?P<who>[^,;:\"“”\n]{{2,80}}?)[ \t]*\Z") \
            if participle_joiners else None
        # ('," chairman Chung Mong-koo said': a lower-case office before the name)
        office_lead = [r for r in pack.words("lower_roles") if r[:1].islower() and not re.match(r"(?:the|a|an)\s", r)]
        office = rf"|(?:{alt(office_lead)})\s+(?=[{UPPER}])" if office_lead else ""
        self.after_subject_verb = re.compile(rf"\s*[,—–-]?\s*(?P<phrase>(?:[Tt]he\s+|[Aa]n?\s+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+\s+{office})?(?:{NAMEWORD})(?:[^\n,.;:\"“”]{{0,80}}?))\s+(?:{cues})\b")
        # Before the opening mark: 'kata X: "' / 'X said: "' / 'X mengatakan, "'
        self.speech_any = re.compile(rf"(?<![\w-])(?:{speech})(?![\w-])", re.I)
        # '," according to a tweet on Monday by US Secretary of State Mike Pompeo' / 'According to a
        # statement released by Erdogan's office, "..."': the document, then its author after 'by'
        sources, source_links = pack.words("according_sources"), pack.words("document_source_links")
        # ('According to a 1989 report from the National Transportation Safety Board': a word between
        # the article and the document)
        article = rf"(?i:{alt(pack.words('determiners'))})" if pack.words("determiners") else r"(?!)"
        bare_sources = sorted({re.sub(rf"^{article}\s+", "", x) for x in sources})
        source = (rf"(?:(?:{alt(sources)}|{article}\s+[\w-]+\s+(?:{alt(bare_sources)}))\b"
                  rf"[^,.;\"“”]{{0,60}}?\b(?:{alt(source_links)})\s+)?") if sources and source_links else ""
        self.according = re.compile(
            rf"(?<![\w-])(?:{alt(pack.words('according_to'))})\s+{source}", re.I) if pack.words("according_to") else None
        self.according_after = re.compile(
            rf"\s*[,.]?\s*(?:{alt(pack.words('according_to'))})\s+{source}",
            re.I) if pack.words("according_to") else None
        self.pronoun_subject = re.compile(rf"^\s*(?:{pronouns})\b", re.I) if pronouns else None
        # a short heading run into a sentence opening with a capitalised 'Menurut'
        caps = [w[:1].upper() + w[1:] for w in pack.words("according_to") if " " not in w and w[:1].islower()]
        self.run_in_heading = re.compile(
            rf"\s*[{UPPER}][\w-]*(?:[ \t]+[a-z][\w-]*){{0,4}}[ \t]+(?=(?:{alt(caps)})[ \t])") if caps else None
        # 'Tetapi menurut X, ...': a connective before 'according to' with no comma after it
        acc_openers = pack.words("according_openers")
        self.according_opener = re.compile(rf"\s*(?:{alt(acc_openers)})[ \t]+(?=\w)") if acc_openers else None
        joiners = pack.words("clause_joiners")
        self.joined_according = re.compile(
            rf"(?<=[ \t])(?:{alt(joiners)})[ \t]+(?:{alt(pack.words('according_to'))})[ \t]+", re.I) \
            if joiners and pack.words("according_to") else None
        # 'According to the Ministry of Foreign Affairs he died ...': no comma, a pronoun opens the clause
        self.pronoun_inside = re.compile(rf"[ \t](?=(?:{pronouns})[ \t])") if pronouns else None
        # a speech cue right after a quote mark: '” katanya', '" he said' (lower case: a quote may
        # open with 'Katanya, ...')
        self.cue_next = re.compile(rf"[ \t]*(?:(?:{pcues})|(?:{cues})[ \t]+(?:{pronouns}))(?![\w-])") \
            if pcues and pronouns else None
        # '“Fasilitas seperti ... Pak Jalil, "kata Priharsa.': a mark of another style than the open
        # one, a comma before it and a lower-case cue and a name glued after it, closes the quote
        self.cue_name_next = re.compile(rf"(?:{cues})[ \t]+[{UPPER}]") if cues else None
        # 'Menurutnya, ...': according to + a pronoun suffix is the one the article spoke of
        suffixes = pack.words("pronoun_cue_suffixes")
        one_word = [w for w in pack.words("according_to") if " " not in w]
        # ('Menurutnya segala bukti ...': the comma may be left out before a lower-case word)
        self.according_pron = re.compile(
            rf"(?<![\w-])(?:{alt(one_word)})(?:{alt(suffixes)})(?:\s*,\s*|[ \t]+(?=(?-i:[a-z])))", re.I) \
            if suffixes and one_word else None
        # 'Obrolan itu, lanjutnya, dilakukan ...', 'Harga tiket, menurut dia, kerap ...', 'SGMW
        # Motor Indonesia, lanjutnya telah ...': a pronoun cue inside the sentence, between commas
        # (or after a comma before a lower-case word, or after a blank before a comma)
        personal_alt = alt(pack.words("personal_pronouns"))
        pron_cue = "|".join(x for x in (
            pcues, rf"(?:{alt(one_word)})(?:{alt(suffixes)})" if suffixes and one_word else "",
            rf"(?:{alt(pack.words('according_to'))}|{cues})[ \t]+(?:{personal_alt})" if personal_alt else "") if x)
        self.inline_pron_cue = re.compile(
            rf"(?:,[ \t]*(?P<c>{pron_cue})(?:[ \t]*,|[ \t]+(?=[a-z]))|[ \t]+(?P<b>{pron_cue})[ \t]*,)[ \t]*") \
            if pron_cue else None
        self.personal = {w.casefold() for w in pack.words("personal_pronouns")}
        self.pronoun_before = re.compile(rf"(?<![\w-])(?:{pronouns})\s*$", re.I) if pronouns else None
        # findings report a clause only when a court makes them (court_findings)
        self.court_findings = frozenset(w.casefold() for w in pack.words("court_findings"))
        self.plural_report_forms = frozenset(pack.words("plural_report_forms"))
        self.unreported_pronouns = frozenset(pack.words("unreported_pronouns"))
        self.pronoun_quantifiers = frozenset(pack.words("pronoun_quantifiers"))
        self.court_heads = frozenset(w.casefold() for w in pack.words("court_heads"))
        self.finding_openers = frozenset(w.casefold() for w in pack.words("sentence_determiners") + pack.words("pronouns")
                                         + pack.words("indirect_complementisers"))
        say = pack.words("indirect_say_verbs") + pack.words("court_findings")
        req = pack.words("indirect_request_verbs")
        self.indirect_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{alt(say + req)})(?![\w-])") if (say or req) else None
        self.request_set = {w.casefold() for w in req}
        # 'Antonio Guterres hari ini mengeluarkan surat yang meminta otoritas Myanmar ...': a statement
        # or a letter the subject issues, whose relative clause reports: the issuer speaks
        issuing, issued = pack.words("issuing_verbs"), pack.words("issued_documents")
        self.issuing_set = {w.casefold() for w in issuing}
        # nouns of time an anaphor closes ('hari ini', 'pekan ini'): a date, not a description
        self.time_nouns = {w.casefold() for w in pack.words("time_anaphor_nouns")}
        self.number_words = {w.casefold() for w in pack.words("number_words")}
        doc_dets, doc_mods = pack.words("document_determiners"), pack.words("issued_document_modifiers")
        self.issued_document = re.compile(
            rf"[ \t]+(?:{alt(issuing)})[ \t]+"
            + (rf"(?:(?:{alt(doc_dets)})[ \t]+)?" if doc_dets else "")
            + rf"(?:{alt(issued)})"
            + (rf"(?:[ \t]+(?:{alt(doc_mods)}))?" if doc_mods else "")
            + rf"[ \t]+(?:{alt(pack.words('relative_pronouns'))})[ \t]+\Z") if issuing and issued else None
        self.say_set = {w.casefold() for w in say}
        self.report_set = self.say_set | self.request_set  # (asked once per verb: built once)
        self.object_prepositions = {w.casefold() for w in pack.words("object_prepositions")}
        documents = pack.words("document_nouns")
        self.document_source = re.compile(
            rf"\s*(?:(?:{alt(doc_dets)})\s+)?(?:[a-z]+\s+)?(?:{alt(documents)})\s+(?:{alt(source_links)})\s+"
            rf"(?P<who>[^,;:\"“”]+?)(?:\s+(?:{alt(pack.words('descriptor_stops'))})\b[^,;:\"“”]*)?\s*$") \
            if documents and source_links and doc_dets else None
        self.office_documents = frozenset(w.casefold() for w in pack.words("office_documents"))
        # 'According to the filing, Ford voluntarily disclosed ...': a party's own document the
        # article spoke of (the, or its author's possessive) stands for whoever it last reported
        own_dets = [d for d in doc_dets if d.casefold() == "the"] + pack.words("possessive_determiners") \
            + pack.words("possessive_determiners_of_bodies")
        self.document_ref = re.compile(
            rf"(?i:{alt(own_dets)})[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(pack.words('referred_documents'))})[ \t]*,") \
            if pack.words("referred_documents") and own_dets else None
        self.document_subject = re.compile(
            rf"\s*(?:The|the|This|this|That|that|Its|its|His|his|Her|her)\s+(?:{alt(documents)})\b[\w\s]{{0,20}}$") \
            if documents else None
        anaphors = pack.words("anaphor_markers")
        # ... and as the subject of a report verb, up to a descriptor stop ('Seorang warga yang tak
        # mau disebut namanya mengatakan'); all lower case (no name: 'seorang warga bernama Budi')
        stops_ = pack.words("descriptor_stops")
        self.indefinite_subject = re.compile(
            rf"(?:(?:{alt(pack.words('coordinators') or ['and'])})[ \t]+)?"
            rf"(?P<who>(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+[a-z][\w-]*(?:[ \t]+(?!(?:{alt(stops_)})\b)[a-z][\w-]*){{0,3}}?)"
            # ('Seorang warga juga mengatakan', 'Seorang jenderal militer bahkan mengklaim': an adverb
            # before the verb is no part of the description)
            rf"(?:[ \t]+(?:{alt(pack.words('auxiliaries') or stops_)})\b[\w \t-]*)?"
            rf"(?:[ \t]+(?:{alt(stops_)})\b.*)?") \
            if pack.words("indefinite_speakers") and stops_ and pack.get("lower_role_subjects") else None
        # an unnamed source of information, after a preposition: 'datang dari salah seorang tenaga kerja'
        sources_ = pack.words("source_prepositions")
        self.source_person = re.compile(
            rf"(?<![\w-])(?:{alt(sources_)})[ \t]+(?P<who>(?:{alt(pack.words('indefinite_speakers'))})[ \t]+[a-z][\w-]*"
            rf"(?:[ \t]+(?!(?:{alt(stops_)})\b)[a-z][\w-]*){{0,3}})") \
            if sources_ and stops_ and pack.words("indefinite_speakers") else None
        # an indefinite description after a cue: someone unnamed ('ujar seorang ibu', 'said a resident')
        indefinite = pack.words("indefinite_speakers")
        # ('kata seorang polisi yang namanya tak mau disebutkan.': a relative clause closing it)
        # ('ujar seorang komandan aliansi yang mendukung pasukan Presiden Bashar al - Assad,': names
        # inside the relative clause describe the unnamed speaker, they do not name him)
        relative_tail = rf"(?:[ \t]+(?:{alt(pack.words('relative_pronouns'))})(?:[ \t]+[a-z][\w-]*){{1,6}}" \
            rf"(?:[ \t]+(?:[\w][\w-]*|-)){{0,6}})?" \
            if pack.words("relative_pronouns") else ""
        self.indefinite_speaker = re.compile(
            rf"(?:{alt(indefinite)})[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){{0,4}}{relative_tail}(?=[ \t]*(?:[,.!?]|$))") \
            if indefinite else None
        # a lower-case description closed by 'ini'/'itu' after a cue: someone already named
        # ('," tutur seorang jenderal tersebut seperti dikutip The Independent.': a trailer after it)
        low_trailers = [w for w in pack.words("speaker_trailers") if w[:1].islower()]
        trail = rf"|[ \t]+(?:{alt(low_trailers)})\b" if low_trailers else ""
        self.anaphoric_speaker = re.compile(
            rf"(?P<desc>[a-z][^,.;:!?\"“”\n]{{0,80}}?)[ \t]+(?:{alt(anaphors)})(?:[ \t]*(?:[,.!?]|$){trail})") \
            if anaphors else None
        # an unnamed source introduced before: 'dikonfirmasi oleh sumber militer yang tidak ingin
        # disebutkan namanya. "...," ujar sumber tersebut.' (after an agent or source preposition, or an
        # indefinite word)
        intro = pack.words("source_prepositions") + pack.words("passive_agent_markers") \
            + pack.words("indefinite_speakers")
        self.unnamed_intro = rf"(?<![\w-])(?i:{alt(intro)})[ \t]+" if intro else None
        rel = set(pack.words("relative_pronouns"))
        self.unnamed_cut = re.compile(rf"[ \t]+(?:{alt([w for w in stops_ if w not in rel])})\b") \
            if stops_ else None
        self.anaphor = re.compile(rf"[ \t]+(?:{alt(anaphors)})\b") if anaphors else None
        # a description closed by 'ini'/'itu' (and a particle) before the verb: 'Mantan atlet ... ini
        # juga mengatakan'
        self.anaphor_end = re.compile(rf"[ \t]+(?:{alt(anaphors)})[ \t]*(?:(?:{alt(pack.words('subject_particles'))})[ \t]*)?$") \
            if anaphors else None
        # 'Eks duta besar RI di Belanda itu juga mengaku ...': a description ending in an anaphor,
        # the whole subject, is the person the article spoke of
        particles = pack.words("subject_particles") + pack.words("auxiliaries")
        self.described_anaphor = re.compile(
            rf"\s*(?P<desc>[{UPPER}][^,.;:\"“”]{{2,80}}?)[ \t]+(?:{alt(anaphors)})"
            rf"(?:[ \t]+(?:{alt(particles)}))*[ \t]*\Z") if anaphors and particles else None
        # (the same in lower case, after an opening phrase: 'bintang sinetron 'Anak Jalanan' ini')
        self.described_anaphor_lower = re.compile(
            rf"\s*(?P<desc>[a-z][^,.;:\"“”]{{2,80}}?)[ \t]+(?:{alt(anaphors)})"
            rf"(?:[ \t]+(?:{alt(particles)}))*[ \t]*\Z") if anaphors and particles else None
        self.person_nouns = {w.casefold() for w in pack.words("person_nouns")}
        # 'Peneliti ekonomi pensiunan Evelyne Deurilla - Feer datang ...': a capitalised person noun,
        # a lower-case description (no stop, no verb), then the name (see _person_opening)
        self.described_heads = self.person_nouns | {w.casefold() for w in pack.words("lower_roles") if " " not in w}
        self.titled_opening = re.compile(
            rf"[{UPPER}][a-z]+(?:[ \t]+(?!(?:{alt(pack.words('descriptor_stops'))})\b)[a-z][a-z-]*){{1,3}}[ \t]+(?=[{UPPER}])") \
            if pack.words("descriptor_stops") else None
        # verbs with no prefix a named subject stands before ('X datang berpakaian ...'), as
        # active_verb_prefixes mark the others
        self.plain_verbs = frozenset(w.casefold() for w in pack.words("plain_subject_verbs"))
        self.person_qualifiers = {w.casefold() for w in pack.words("person_qualifiers")}
        joiners = pack.words("role_joiners")
        self.role_joiner = re.compile(rf"[ \t]+(?:{alt(joiners)})[ \t]+") if joiners else None
        # Verbs that report speech without a complementiser ('said the ban followed ...'); the
        # others take a noun phrase unless one follows ('announced plans' vs 'announced that ...').
        bare = pack.words("indirect_bare_verbs")
        self.bare_set = {w.casefold() for w in bare} if bare else None
        self.noun_verbs = {w.casefold() for w in pack.words("plural_noun_verbs")}
        self.noun_followers = {w.casefold() for w in pack.words("plural_noun_followers")}
        self.noun_determiners = {w.casefold() for w in pack.words("plural_noun_determiners")}
        finite = pack.words("indirect_finite_words")
        # a bare clause must read as a clause: a finite verb or a past form after its first word
        # (a past form after a number is an adjective: '1,051,635 confirmed cases')
        # (a present form after an adverb of time or frequency: 'the rationale ... no longer applies')
        adverbs = pack.words("present_verb_adverbs")
        present = rf"|(?<![\w-])(?:{alt(adverbs)})\s+[a-z]+s\b" if adverbs else ""
        # (and one between a singular subject with its determiner and an object's determiner: 'the
        # company extends its condolences')
        subj_dets, objects = pack.words("present_subject_determiners"), pack.words("present_verb_objects")
        if subj_dets and objects:
            present += (rf"|(?<![\w-])(?:{alt(subj_dets)})\s+[a-z][a-z-]*[a-rt-z]\s+[a-z]+[^\Wsu]s\s+"
                        rf"(?:{alt(objects)})(?![\w-])")
        # (and a plain form after a plural subject: 'the stores fill the stock every night')
        # (not a preposition or coordinator there: 'the winners of the Nobel Prize')
        plural_dets = pack.words("present_plural_determiners")
        function = pack.words("object_prepositions") + pack.words("coordinators") + pack.words("relative_pronouns")
        if plural_dets and objects:
            present += (rf"|(?<![\w-])(?:{alt(plural_dets)})\s+[a-z][a-z-]*[^\Wsu]s\s+"
                        rf"(?!(?:{alt(function or ['-'])})\s)[a-z]+[^\Wsd]\s+(?:{alt(objects)})(?![\w-])")
        self.finite = re.compile(rf"(?<![\w-])(?:{alt(finite)})(?![\w-])|[^\W\d]\s+\w+ed\b{present}", re.I) \
            if finite else None
        # (the same, with past forms in lower case only: 'the United States' is no clause)
        self.finite_lower = re.compile(
            rf"(?<![\w-])(?i:{alt(finite)})(?![\w-])|[^\W\d]\s+[a-z][a-z]*ed\b{present}") if finite else None
        # (not the comma inside a number: 'laws affecting 750,000 people ... needed updating')
        self.clause_break = re.compile(r"(?<!\d),|,(?!\d)|[;:(—–]|\s(?:which|who|whom|whose)\s")
        # 'said the measure was "nowhere near enough."': a frame ending in one of these has the
        # quote as its predicate, so the reported clause keeps it
        copulas = pack.words("predicate_copulas")
        self.copula_end = re.compile(rf"(?<![\w-])(?:{alt(copulas)})[\s,]*\Z", re.I) if copulas else None
        # 'menyebut ia akan ...', 'mengumumkan sejumlah instansi pemerintahnya menjadi target':
        # a verb that takes a noun phrase reports a clause when the words after it hold a
        # subject and one of these early on ('menyebut langkah itu sebagai ...' holds none)
        markers = pack.words("clause_markers")
        self.clause_marker = re.compile(rf"(?<![\w-])(?:{alt(markers)})(?![\w-])") if markers else None
        # ... and with no subject, when one of these opens it ('menyebut ada beberapa daerah ...')
        self.clause_openers = {w.casefold() for w in pack.words("clause_openers")}
        nominal = pack.words("complement_breaks")
        self.complement_break = re.compile(rf"[,;:(\"“”‘’']|(?<![\w-])(?:{alt(nominal)})(?![\w-])") \
            if nominal else None
        stops = pack.words("descriptor_stops")
        # lower-case words describing a speaker before the name: 'student protester Joshua Wong'
        # 'AU trade and industry commissioner Albert Muchanga': a body, a lower-case title, a name
        lroles = [r for r in pack.words("lower_roles") if not re.match(r"(?:the|a|an)\s", r, re.I)]
        self.body_title = re.compile(
            rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,4}}?(?:{alt(lroles)})[ \t]+(?=[A-Z])") if lroles else None
        self.descriptor = re.compile(
            rf"(?:(?!(?:{alt(stops)})\b)[a-z][a-z'’-]*[ \t]+){{1,6}}(?=[A-Z])") if stops else None
        passive = pack.words("passive_auxiliaries")
        # ('He was also accused of ...': an adverb between the auxiliary and the participle)
        adverbs = pack.words("verb_group_adverbs")
        self.passive = re.compile(
            rf"(?<![\w-])(?:{alt(passive)})\s+(?:(?:\w+ly{'|' + alt(adverbs) if adverbs else ''})\s+)?$", re.I) \
            if passive else None
        # the lower-case particles inside names of bodies and people ('Institut National de Recherche')
        self.name_particles = frozenset(pack.words("name_particles"))
        self.adjective_leads = frozenset(pack.words("adjective_leads"))
        # a quote with a cue of its own inside a reported clause: '..., adding "We call on ..."',
        # 'said: "..."'
        # (a pack with no participles names the words that introduce a quote of its own in a report:
        # '..., seraya menambahkan "..."')
        introducers = participles or pack.words("quote_introducers")
        # pronouns that alone frame a quoted predicate ('menyebut pihaknya "sudah siap ..."')
        self.frame_pronouns = frozenset(w.casefold() for w in pack.words("frame_pronouns"))
        # ... and, with such words, a frame with no subject of its own, opening with an auxiliary or a
        # verb or an addressee ('menjanjikan kepada Azerbaijan akan memberikan "dukungan penuh"'),
        # leaves the quote as the whole report
        self.subjectless_frame = re.compile(
            rf"(?i:{alt(pack.words('auxiliaries') + pack.words('object_prepositions'))})(?![\w-])"
            rf"|(?:{alt(pack.words('active_verb_prefixes'))})[a-z]{{3,}}\b") \
            if not participles and pack.words("quote_introducers") and pack.words("auxiliaries") \
            and pack.words("active_verb_prefixes") else None
        self.quote_introduced = re.compile(
            rf"(?:[,:;][ \t]*(?:{alt(introducers)})?|(?<![\w-])(?:{alt(introducers)}))[ \t,:]*[\"“”„«]?\Z") \
            if introducers else None
        self.pronoun_set = frozenset(w.casefold() for w in pack.words("pronouns") + pack.words("personal_pronouns"))
        self.purpose_subordinators = frozenset(w.casefold() for w in pack.words("purpose_subordinators"))
        # ('the new arrangements, revealed in a Commons written statement, would raise ...': a
        # participle and its preposition open an aside inside the subject)
        self.agent_prepositions = frozenset(w.casefold() for w in pack.words("aside_participle_prepositions"))
        self.participle_clause_openers = frozenset(w.casefold() for w in pack.words("participle_clause_openers"))
        markers = pack.words("passive_agent_markers")
        self.agent_marker = re.compile(rf"[ \t]+(?:{alt(markers)})[ \t]+") if markers else None
        determiners = pack.words("determiners")
        self.determiner = re.compile(rf"\s*(?:{alt(determiners)})\s+(?=[A-Z])") if determiners else None
        self.indefinite_set = {w.casefold() for w in pack.words("indefinite_speakers")}
        forces = pack.words("unnamed_state_forces")
        self.unnamed_force = re.compile(rf"(?<![\w-])(?:{alt(forces)})(?![\w-])", re.I) if forces else None
        apposed = pack.words("apposition_articles")
        self.apposition_article = re.compile(rf"\s*(?:{alt(apposed)})[ \t]+(?=\S)") if apposed else None
        self.determiner_any = re.compile(rf"\s*(?:{alt(determiners)})\s+") if determiners else None
        generic = pack.words("generic_heads")
        self.generic_head = re.compile(rf"\s*(?:{alt(generic)})[ \t]+(?=[a-z])") if generic else None
        # 'but the minister said': a definite role standing for the person who holds it
        # 'The Tory leader said', 'the former Labour leader said', 'The French president said':
        # qualifiers (a party, a state, 'former') before the role
        former = pack.words("former_words")
        qualifier = rf"(?P<qual>(?:(?:{alt(former)})\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}})" if former \
            else r"(?P<qual>(?:[A-Z][\w'’-]*\s+){0,2})"
        # ('The president has blamed ...': particles of the verb group after the role)
        subj_particles = pack.words("subject_particles")
        particle_tail = rf"(?:\s+(?:{alt(subj_particles)}))*" if subj_particles else ""
        definite = pack.words("definite_articles")
        # ('and the police said': the article before an unnamed authority in mid-sentence)
        self.definite_lead = re.compile(rf"^(?:{alt(definite)})[ \t]+" if definite else r"(?!)")
        self.definite_role = re.compile(
            rf"(?:^|\s)(?:{alt(definite)})\s+{qualifier}(?P<role>{alt(lroles)}){particle_tail}\s*$") \
            if lroles and determiners and definite else None
        # 'The head of the police's internal investigators told the court': a role of an
        # institution, unnamed, as the subject
        self.definite_role_of = re.compile(
            rf"(?:^|\s)(?:the|The)\s+(?P<role>(?:{alt(lroles)})\s+of\s+the\s+[a-z][^,;:\"“”()]{{2,60}}?)\s*$") \
            if lroles and determiners else None
        institutions = pack.words("institution_nouns")
        relatives = pack.words("relative_pronouns")
        # objects of a report verb that only point back at another's words ('hal yang sama')
        empty = pack.words("empty_reports")
        self.empty_report = re.compile(rf"(?:{'|'.join(empty)})[\s.]*", re.I) if empty else None
        # 'Nadir bersama Budi', 'Nadir Umar dan Budi Mastur': two people as one subject
        pair = pack.words("pair_joiners")
        self.pair_joined = re.compile(rf"(?:[ \t]+[{UPPER}][\w'-]*)*[ \t]+(?:{alt(pair)})[ \t]+[{UPPER}][a-z]") \
            if pair else None
        self.pair_joined_before = re.compile(rf"[{UPPER}][\w'-]*[ \t]+(?:{alt(pair)})[ \t]+(?:[{UPPER}][\w'-]*[ \t]+)*\Z") \
            if pair else None
        self.relative_start = re.compile(rf"\s*(?:{alt(relatives)})\b") if relatives else None
        # '... seperti yang disebutkan oleh Fahri': a passive speech verb in a relative clause refers
        # to what someone said before; its agent is not the one the sentence reports
        self.relative_before = re.compile(rf"(?<![\w-])(?:{alt(relatives)})[ \t]+\Z", re.I) if relatives else None
        # a spaced dash opening a relative clause, or closing the subject before its verb, breaks
        # it like a comma (not a hyphen spaced by detokenisation: 'digadang - gadang')
        # a body's list of fields: 'Dinas Tenaga Kerja, Transmigrasi, dan Energi', 'Satuan Tugas Pengendalian,
        # Pencegahan, dan Penanganan' (see _joined_field_lists)
        heads = pack.words("field_list_heads")
        cap = rf"[{UPPER}][\w-]*"
        self.field_list = re.compile(
            rf"\b(?:{alt(heads)})(?:[ \t]+{cap})+(?:,[ \t]+{cap}(?:[ \t]+{cap})*)+,?[ \t]+(?:dan|serta)[ \t]+{cap}"
        ) if heads else None
        self.segment_breaks = re.compile(
            rf",\s*|[ \t][-–—][ \t]+(?=(?:{alt(relatives)})\b)|[ \t][-–—][ \t]*$" if relatives else r",\s*")
        # 'According to Dr. Tom Frieden, formerly the director of the CDC, the pandemic is ...':
        # a comma segment opening with a determiner, a former-word or a relative pronoun (and with
        # no finite verb unless relative) is the source's apposition, not the reported clause
        # (or with a lower-case office: 'According to a post by Amy Cook, director of the event, ...')
        opens = [rf"(?:(?:{alt(determiners + former)})\s+|(?:{alt(lroles)})\b(?=[ \t]+(?:of|for|at)\b))"
                 if determiners or former else None,
                 rf"(?:{alt(relatives)})\b" if relatives else None]
        opens = [o for o in opens if o]
        self.apposition_open = re.compile(rf"\s*(?:(?P<rel>{opens[-1]})|{opens[0]})") \
            if len(opens) == 2 else None
        # '..., which he said would allow him ...': a second report inside a relative clause ends
        # the first
        self.relative_report = re.compile(
            rf",\s*(?:{alt(relatives)})\s+(?:{pronouns})\s+(?:{speech})\b", re.I) \
            if relatives and pronouns else None
        self.relative_set = {w.casefold() for w in relatives}
        self.coordinator_set = {w.casefold() for w in pack.words("coordinators")}
        self.clause_verbs = {w.casefold() for w in pack.words("clause_report_verbs")}
        # a capitalised subject, a relative clause on it, then the verb (relative_clause_speakers)
        self.subject_relative = re.compile(
            rf"\s*(?P<head>[{UPPER}][^,;:\"“”\n]*?)[ \t]+(?:{alt(relatives)})[ \t]+[^,;:\"“”\n]+\Z") \
            if relatives and pack.get("relative_clause_speakers") else None
        self.clause_verb = re.compile(rf"(?:{alt(pack.words('active_verb_prefixes') + pack.words('passive_verb_prefixes'))})[a-z]{{3,}}") \
            if pack.words("active_verb_prefixes") else re.compile(r"(?!)")
        # 'the powers - which President Chavez argues are needed ... - trample all over ...': a
        # relative clause between spaced dashes ends at the closing one
        self.dash_relative = re.compile(rf"[ \t][-–—][ \t]+(?:{alt(relatives)})\b") if relatives else None
        self.spaced_dash = re.compile(r"[ \t][-–—][ \t]")
        # (a relative pronoun inside a phrase: 'The public officials who ordered that change')
        self.relative_word = re.compile(rf"[ \t]+(?:{alt(relatives)})[ \t]") if relatives else None
        # a state's name or adjective, then one of its institutions ('the Saudi government')
        state_noun = rf"(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+(?P<noun>{alt(institutions)})"
        self.state_institution = re.compile(rf"(?:^|\s)(?:the\s+|The\s+)?{state_noun}\s*$") \
            if institutions else None
        # 'according to the Iraqi military'
        self.state_noun = re.compile(rf"{state_noun}\b") if institutions else None
        # 'representatives from Iran said': the noun, a preposition, then the state
        preps = pack.words("institution_state_prepositions")
        self.institution_of_state = re.compile(
            rf"(?:^|\s)(?:the\s+|The\s+)?(?P<noun>{alt(institutions)})\s+(?:{alt(preps)})\s+"
            rf"(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s*$") if institutions and preps else None
        # ('But the firm said ...': a coordinator may open the sentence before it)
        coordinators = pack.words("coordinators")
        lead = rf"(?:(?i:{alt(coordinators)})\s+)?" if coordinators else ""
        self.definite_opening = re.compile(
            rf"\s*{lead}(?:the|The)\s+(?P<role>{alt(institutions)})(?:\s+[a-z]|\s*$)") if institutions and determiners else None
        bare_bodies = pack.words("bare_body_nouns")
        self.bare_definite = re.compile(rf"(?:{alt(definite)})\s+(?:{alt(bare_bodies)}){particle_tail}") \
            if bare_bodies and definite else None
        # '"...," the party informed the press': the institution named before
        self.after_definite = re.compile(
            rf"\s*[,—–-]?\s*(?:the|The)\s+(?P<role>{alt(institutions)})\s+(?:{cues})\b") \
            if institutions and determiners else None
        # "Erdogan's office": a person's institution speaks for the person's state
        self.possessive_institution = re.compile(
            rf"[ \t]+(?P<noun>{alt(institutions)})\b") if institutions else None
        # 'X urged the embassy to reconsider and spoke with Y': the report ends where a second
        # verb of the same subject begins
        joins = pack.words("clause_joiners")
        cuts = pack.words("indirect_cuts")  # 'bahwa ..., yang mendorong X untuk ...': a comment on it
        self.second_verb = re.compile(
            rf"[\s,;]+(?:{alt(joins)})\s+(?:{alt(pack.words('second_verbs'))})\b"
            + (rf"|(?:{'|'.join(cuts)})" if cuts else "")) if joins else None
        comps = alt(pack.words("indirect_complementisers"))
        skips = "|".join(pack.words("indirect_skip"))
        self.indirect_clause = re.compile(
            rf"\s*(?:(?:{skips})\s*){{0,3}},?\s*(?:(?P<comp>{comps})\b\s*)?" if skips else
            rf"\s*,?\s*(?:(?P<comp>{comps})\b\s*)?")
        # ('according to police on Thursday': a time or a channel after the source)
        self.source_tail = re.compile(rf"(?:[ \t]+(?:{skips}))+[ \t]*\Z") if skips else None
        # 'memperingatkan Korea Utara beberapa waktu lalu bahwa ...' / 'mengatakan kepada Rusia, Jepang
        # dan China bahwa ...': an addressee or object before the complementiser is not reported
        gap = pack.words("object_gap_blockers")
        # (when given, only these verbs take an object before the complementiser: 'told BBC News that')
        self.object_gap_verbs = {v.casefold() for v in pack.words("object_gap_verbs")}
        # (whether a cue closing the sentence wins over a report verb inside it: 'X menganggap ..., kata Y.')
        self.trailing_cue_overrides = bool(pack.get("trailing_cue_overrides"))
        lead = pack.words("object_gap_complementisers")
        self.object_gap = re.compile(
            rf"(?:(?!(?<![\w-])(?:{alt(gap)})(?![\w-]))[^.;:!?\"“”„«\n]){{1,120}}?(?<![\w-])(?:{alt(lead)})(?![\w-])\s*",
            re.I) if gap and lead else None
        # 'warned people in the general vicinity to stay inside', 'told passengers to take a longer way':
        # an addressee, then what they are asked to do (an appeal, reported from the addressee on)
        person_bodies = pack.get("person_bodies") or {}
        self.person_body = re.compile(rf"[ \t]+(?P<head>{alt(list(person_bodies))})(?![\w-])") \
            if person_bodies else None
        self.person_state_bodies = {k.casefold() for k, v in person_bodies.items() if v == "state"}
        ages = pack.words("age_modifier_forms")
        age = rf"(?:(?:{'|'.join(ages)})[ \t]+)?" if ages else ""
        # 'His office said ...', '..., her campaign said, ...': the body of the person spoken of last
        owners = pack.words("personal_possessives")
        self.pronoun_body = re.compile(
            rf"(?P<owner>{alt(owners)})[ \t]+(?P<head>{alt(list(person_bodies))})", re.I) \
            if person_bodies and owners else None
        # 'his wife Bernadette', 'her son Tom Smith': a relative of someone, then the relative's name
        kin = pack.words("kin_nouns")
        self.kin_named = re.compile(
            rf"\s*(?P<who>(?i:{alt(owners)})[ \t]+(?:{alt(kin)})[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}))[ \t]*") \
            if kin and owners else None
        self.owned_body = re.compile(
            rf"{age}(?P<owner>[{UPPER}][\w.'’-]*?(?:[ \t]+[{UPPER}][\w.'’-]*?){{0,3}})(?P<s>['’]s)[ \t]+"
            rf"(?P<head>{alt(list(person_bodies))})(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*") \
            if person_bodies else None
        inf = pack.words("infinitive_markers")
        self.addressee_request_verbs = {v.casefold() for v in pack.words("addressee_request_verbs")}
        self.addressee_to = re.compile(
            rf"[ \t]+(?P<obj>(?:(?!(?:{alt(gap + lead + inf + pack.words('addressee_breaks') + pack.words('pronouns'))})[ \t])[\w'’().,&-]+[ \t]+){{1,6}}?)"
            rf"(?:{alt(inf)})[ \t]+(?!(?:{alt(pack.words('sentence_determiners') + pack.words('object_pronouns'))})\b)[a-z]") \
            if gap and lead and inf else None
        # 'Hal itu disampaikan oleh juru bicara ..., Geng Shuang': who said the sentence before
        passive_say = pack.words("passive_attribution")
        self.passive_attribution = re.compile(rf"\s*(?:{'|'.join(passive_say)})\s+", re.I) \
            if passive_say else None
        dets = pack.words("role_determiners")
        self.role_determiner = re.compile(rf"(?:{alt(dets)})[ \t]+(?=[a-z])") if dets else None
        self.according_mid = re.compile(
            rf",\s*(?:{alt(pack.words('according_to'))})\s+(?P<who>[^,.;\"“”]{{2,60}}?),\s*", re.I) \
            if pack.words("according_to") else None
        self.according_bare_mid = re.compile(
            rf"(?<=[a-z])[ \t]+(?:{alt(pack.words('according_to'))})[ \t]+(?=[{UPPER}])") \
            if pack.words("according_to") else None
        # 'Tawaran dari Filipina, ditambahkan Wiranto, juga patut dihargai': a passive speech verb
        # and its agent between commas interrupt the reported clause
        self.passive_mid = re.compile(
            rf",[ \t]*(?:{alt(passive_speech)})(?:[ \t]+(?:{alt(pack.words('passive_agent_markers') or ['by'])}))?"
            rf"[ \t]+(?P<who>[{UPPER}][^,.;\"“”]{{1,60}}?),[ \t]*") if passive_speech else None
        # Cue verbs that take an object of their own ('announced a payment system'): after a comma
        # they report the clause before only when nothing or an adverbial follows
        objects = pack.words("object_cue_verbs")
        self.object_cue = re.compile(rf"(?<![\w-])(?:{alt(objects)})$", re.I) if objects else None
        negations = pack.words("report_negations")
        self.negated = re.compile(
            rf"(?<![\w-])(?:{alt(negations)})(?:[ \t]+(?:{alt(pack.words('negation_fillers'))}))*[ \t]+$", re.I) \
            if negations else None
        subordinators = pack.words("subordinators")
        self.subordinator = re.compile(rf"(?<![\w-])(?:{alt(subordinators)})[ \t]+") if subordinators else None
        groups, quantifiers = pack.words("group_speakers"), pack.words("group_quantifiers")
        group_places = pack.words("group_place_prepositions")
        self.group_subject = re.compile(
            rf"(?:(?:{alt(quantifiers)})[ \t]+)?(?P<group>{alt(groups)})"
            # ('Organizers of the rally said'; 'Residents of the town')
            rf"(?:[ \t]+of[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
            # ('Hospital officials in Omsk said')
            + (rf"(?:[ \t]+(?:{alt(group_places)})[ \t]+[{UPPER}][\w-]+)?" if group_places else "")
            + r"(?:[ \t]+(?:have|had|also|have also))?"
            # ('Jaksa juga mengatakan'): the language's particles after the subject
            + (rf"(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*" if pack.words("subject_particles") else ""),
            re.I) if groups else None
        authorities = pack.words("unnamed_authorities")
        self.authority = re.compile(rf"(?P<who>{alt(authorities)})(?:[ \t]+(?:{alt(pack.words('subject_particles'))}))*",
                                    ) if authorities else None
        # 'According to police and county officials, ...', 'According to police in Baytown, Texas, ...':
        # unnamed authorities joined by 'and' or placed by 'in', before the comma that ends them
        place = rf"[{UPPER}][\w.'’-]*(?:[ \t]+[{UPPER}][\w.'’-]*){{0,3}}"
        self.authority_source = re.compile(
            rf"(?P<who>{alt(authorities)})(?:[ \t]+(?:and|or)[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(authorities)}))?"
            rf"(?:[ \t]+in[ \t]+(?P<place>{place}(?:,[ \t]+{place})?))?(?=[ \t]*,)") if authorities else None
        self.trailer_words = {w for w in pack.words("speaker_trailers") if w[:1].islower()}
        self.stop_words_after_name = self.trailer_words | set(pack.words("descriptor_stops")) \
            | set(pack.words("object_prepositions")) | set(pack.words("relative_pronouns"))
        heads = pack.words("indefinite_subject_heads")
        # 'but a fire officer said': someone unnamed, by an office ending in one of these heads
        self.indefinite_office = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+"
            rf"(?P<role>(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{alt(heads)}))[ \t]*\Z") \
            if heads and pack.words("indefinite_speakers") else None
        # 'The father said', 'One of the children said': someone unnamed, by what they are to the story
        kin = pack.words("definite_person_nouns")
        poss = pack.words("possessive_determiners")
        poss_re = "(?i:" + alt(poss) + ")" if poss else "(?!)"
        self.definite_person = re.compile(
            rf"(?:(?P<det>[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?(?P<noun>(?:{alt(kin)}))|(?P<poss>{poss_re}[ \t]+(?:{alt(kin)}))"
            rf"|(?P<one>[Oo]ne[ \t]+of[ \t]+(?:them|the[ \t]+[a-z]+|"
            rf"{poss_re}[ \t]+[a-z]+)))(?:[ \t]+(?:{alt(adverbs)}))?[ \t]*\Z") if kin and adverbs else None
        # '," said his father, Abdullah Kurdi, following ...': who someone is to the story, then
        # their name in apposition (the name speaks, not the one the kin word points back to)
        # 'According to his publicist, Mendez died ...', 'According to his wife, Amanda, ...': someone
        # by who they are to the person spoken of, up to the comma (then maybe their name)
        addressed = pack.words("statement_addressee_prepositions")
        self.addressee_to_cut = re.compile(rf"[ \t]+(?:{alt(addressed)})[ \t]+") if addressed else None
        self.possessed_source = re.compile(
            rf"(?P<who>{poss_re}[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}[a-z][\w-]*)(?=[ \t]*,)") if poss else None
        self.kin_before_name = re.compile(
            rf"(?:{poss_re}|the)[ \t]+(?:[a-z]+[ \t]+)?(?:{alt(kin)}),[ \t]+", re.I) if kin and poss else None
        # 'Huber's longtime tag team partner Erick Rowan', 'his lawyer John Doe': an owner's possessive,
        # lower-case words saying who someone is to the owner, then that someone's name (the name
        # speaks, not the owner)
        marks = pack.words("name_possessive_marks")
        owner = rf"[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}(?:{alt(marks)})"
        self.possessed_name = re.compile(
            rf"(?:{poss_re}|{owner})[ \t]+(?:(?!(?:{alt(stops)})\b)[a-z][\w-]*[ \t]+){{1,4}}(?=[{UPPER}])") \
            if marks and stops else None
        # 'One of the victims decided to allow her name to be made public. She said ...': someone
        # unnamed, by who they are to the story, opening a sentence with a past form is whom the
        # next pronoun means
        self.definite_person_opening = re.compile(
            rf"(?P<who>[Oo]ne[ \t]+of[ \t]+(?:the[ \t]+[a-z]+|{poss_re}[ \t]+[a-z]+)|(?:{alt([w.capitalize() for w in poss])})[ \t]+"
            rf"(?:{alt(kin)}))[ \t]+(?:[a-z]+[ \t]+)?[a-z]+ed\b") if kin and poss else None
        # 'An official from TfL stated', 'a spokeswoman for the Home Office said': the body speaks
        members = pack.words("body_member_heads")
        self.member_of_body = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
            rf"(?:{alt(members)})[ \t]+(?:{alt(pack.words('institution_state_prepositions') + ['for', 'at', 'with'])})"
            rf"[ \t]+(?P<body>(?:the[ \t]+)?[{UPPER}][^,;:\"“”\n]{{0,80}}?)[ \t]*\Z") \
            if members and pack.words("indefinite_speakers") else None
        # ('But a Foreign Office spokesman said', 'an Interior Ministry official said': the body named
        # before the member's head)
        self.member_after_body = re.compile(
            rf"(?:^|[ \t])(?i:{alt(pack.words('indefinite_speakers'))})[ \t]+"
            rf"(?P<body>[{UPPER}][\w'’&.-]*(?:[ \t]+[{UPPER}][\w'’&.-]*){{0,4}})[ \t]+(?:{alt(members)})[ \t]*\Z") \
            if members and pack.words("indefinite_speakers") else None
        # 'accused Johnson of misleading the Queen, and argued that ...': a second report of the same
        # subject joined to the first, which ends before it
        say_again = [v for v in pack.words("indirect_say_verbs") if v.casefold() not in self.object_gap_verbs
                     and " " not in v and v not in pack.words("plural_noun_verbs")]  # ('and claims by ...')
        # ('..., menegaskan bahwa Pyongyang akan ...': where the pack says so, a comma alone joins the
        # second report, which must then open with a complementiser)
        comma = r"|(?P<comma>,)" if pack.get("comma_joins_reports") else ""
        self.joined_report = re.compile(
            rf"[ \t]*(?:,?[ \t]+(?:{alt(pack.words('clause_joiners'))}){comma})[ \t]+"
            rf"(?:(?:{alt(pack.words('subject_particles'))})[ \t]+)?"
            rf"(?:{alt(say_again)})[ \t]+(?P<comp>(?:{alt(pack.words('indirect_complementisers'))})[ \t]+)?") \
            if say_again and pack.words("clause_joiners") and pack.get("split_joined_reports") else None
        # 'Smithers testified in his own defense, claiming some patients deceived him': a sentence
        # opening with its subject and a finite verb, and a cue participle reporting after a comma
        # ('accusing X of ...' keeps its verb, as accusations do)
        accusing = pack.words("accusation_participles")
        # ('..., telling Wikinews the company "extends ...": the addressee, then the clause)
        telling = pack.words("addressee_participles")
        self.addressee_participles = frozenset(w.casefold() for w in telling)
        self.participle_after_clause = re.compile(
            rf"{opening}[^;:\"“”\n]{{0,150}}?,"
            rf"[ \t]+(?:(?P<part>{alt(participles + telling)})[ \t]+(?:that[ \t]+)?|(?=(?P<accusing>{alt(accusing) if accusing else '(?!)'})[ \t]))") \
            if opening_verbs and participles else None
        # 'The BBC cited Budi Gunawan, chief of ..., as saying the suspects were ...', 'Reuters quoted
        # him as saying: "..."': the one quoted is the speaker, not the outlet quoting them
        quoting, as_saying = pack.words("quoting_verbs"), pack.words("as_saying")
        self.as_saying = re.compile(rf"[ \t]+(?:{alt(as_saying)})\b") if as_saying else None
        self.quoted_as_saying = re.compile(
            rf"(?<![\w-])(?:{alt(quoting)})[ \t]+(?P<who>[^;:\"“”\n]{{1,140}}?),?[ \t]+(?:{alt(as_saying)})"
            rf"(?:[ \t]+(?:{alt(pack.words('indirect_complementisers'))}))?[ \t]*[,:]?[ \t]*") \
            if quoting and as_saying else None
        # '..., some economists warned.', '..., the bank said.': a trailing cue whose subject is a
        # group, the authorities or a body named before by its kind
        self.trailing_subject = re.compile(
            rf"\s*,\s*(?P<who>[^,;:\"“”\n]{{2,60}}?)[ \t]+(?:(?:{alt(pack.words('subject_particles'))})[ \t]+)?"
            rf"(?:{cues})\b", re.I) if cues else None
        self.coordinators = {w.casefold() for w in pack.words("coordinators")}
        # ', but said ...': a second verb of the clause before, after a comma
        joined = pack.words("clause_coordinators")
        # ('... opponent and his campaign called for ...': a second clause's subject before the verb)
        self.joined_clause_subject = re.compile(
            rf"[ \t](?:{alt(joined)})[ \t]+(?P<rest>(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’.-]*)[^,;:\"“”]*?)[ \t]*\Z") \
            if joined else None
        self.past_form = re.compile(r"(?<![\w-])[a-z]{2,}ed(?![\w-])")
        self.coordinated_tail = re.compile(rf",[ \t]+(?:{alt(joined)})[ \t]+\Z") if joined else None
        self.firm_nouns = {w.casefold() for w in pack.words("firm_nouns")}
        self.not_firms = {w.casefold() for w in pack.words("not_firms")}
        # 'jet fuel supplier China Aviation Oil', 'Cairn Energy, a UK oil firm,', 'Shares in Cairn
        # Energy': a firm introduced by what it is (the name in group 'a', 'b' or 'c')
        descr, share_leads = pack.words("firm_descriptor_nouns"), pack.words("firm_share_leads")
        links = pack.words("object_prepositions") or ["(?!)"]  # ('X, a director of the firm': a person)
        word = rf"[{UPPER}](?:[\w&'’-]|\.(?=\w))*"
        fname = rf"{word}(?:[ \t]+(?:&[ \t]+)?{word}){{0,3}}"
        self.described_firm = re.compile(
            rf"(?<![\w'’.-])(?:{alt(descr)})[ \t]+(?P<a>{fname})"
            rf"|(?<![\w'’.-])(?P<b>{fname}),[ \t]+(?:an?|the|[{UPPER}][\w'’.-]*['’]s)[ \t]+(?:(?!(?:{alt(links)})[ \t])[\w'’-]+[ \t]+){{0,5}}?(?:{alt(descr)})(?=[ \t]*[,.;)])"
            + (rf"|(?<![\w'’.-])(?:{alt(share_leads)})[ \t]+(?P<c>{fname})" if share_leads else "")) \
            if descr else None
        # ('in Frankfurt', 'across Africa': a word after these is a place, not a firm)
        # ('in Frankfurt', 'the Lords': a capitalised word after these is a place or a house, no firm)
        before_place = pack.words("place_prepositions") + [w for w in pack.words("definite_articles") if w.islower()]
        self.after_place = re.compile(rf"\b(?:{alt(before_place)})[ \t]+\Z") if before_place else None
        # ('The letter, from the Home Office, says': words that tie the subject to its source or
        # go on with it, not an aside)
        self.source_links = frozenset(w.casefold() for w in pack.words("subject_source_links"))
        seats = pack.words("seat_prepositions")
        self.seat_place = re.compile(rf"(?<![\w-])(?:{alt(seats)})[ \t]+[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*)*[ \t]*\Z") \
            if seats else None
        self.object_pronouns = {w.casefold() for w in pack.words("object_pronouns")}
        # whether 'he said that ...' before anyone has spoken is the person named last with an
        # office (English news names its subject first; Indonesian 'ia' is too often someone else)
        self.pronoun_to_named = bool(pack.get("pronoun_report_to_named_person"))
        # a named addressee after 'told' ('the Guardian newspaper', 'BBC Radio 4', 'reporters')
        media = pack.words("addressee_nouns")
        self.named_addressee = re.compile(
            rf"[ \t]*(?:(?:the|The)[ \t]+)?(?:(?:[{UPPER}][\w'’.&-]*|\d+(?:['’]s)?)[ \t]+){{1,5}}(?:(?:{alt(media)})[ \t]+)?"
            rf"|[ \t]*(?:{alt(media)})[ \t]+") if media else None
        # a subject that is the firm the article named last ('Pihak perusahaan mengatakan')
        firm_subjects = pack.words("firm_subjects")
        self.firm_subject = re.compile(rf"(?:(?:{alt(pack.words('sentence_openers'))})[ \t,]+)?(?i:{alt(firm_subjects)})") \
            if firm_subjects else None
        self.complementisers = {w.casefold() for w in pack.words("indirect_complementisers")}
        self.finite_words = {w.casefold() for w in pack.words("indirect_finite_words")}
        self.group_names = {w.casefold() for w in pack.words("group_speakers")}
        # words after an interrupting cue that open a clause or a comment of their own
        self.non_continuations = self.complementisers | {
            w.casefold() for w in pack.words("pronouns") + pack.words("determiners") + pack.words("cue_participles")}
        # (the pack's lower-case lists, as the grammar keeps them)
        self.anaphor_words = grammar.anaphor_markers
        self.stopword_words = grammar.stopwords
        # word lists asked about in every sentence: made into sets once
        self.opening_report_verbs = frozenset(pack.words("indirect_request_verbs") + pack.words("second_verbs"))
        self.pronoun_subject_words = frozenset(pack.words("pronoun_subjects"))
        # 'membantah pasukannya menerobos perbatasan': a possessed noun as the clause's subject
        suffixes = pack.words("possessive_subject_suffixes")
        self.possessive_subject = re.compile(rf"[a-z]{{3,}}(?:{alt(suffixes)})") if suffixes else None
        # 'Taliban membantah terlibat dalam serangan itu': a denial of an act, with no subject
        self.denial_verbs = frozenset(w.casefold() for w in pack.words("denial_verbs"))
        denied = pack.words("denied_act_prefixes")
        self.denied_act = re.compile(rf"(?:{alt(denied)})[a-z]{{3,}}") if denied else None
        self.joiner_words = self.coordinators | {w.casefold() for w in pack.words("clause_joiners")}
        self.possessed_institutions = set(pack.words("possessed_institutions"))
        self.country_prefixes = {w.casefold() for w in pack.words("country_prefixes")}
        self.kepada = re.compile(r"\s*(?:kepada|to)\s+[^,.;\"“”]{1,80}?\s+(?P<comp>" + comps + r")\b\s*") if comps else None
        # ('mengatakan kepada wartawan bahwa ...', 'said to reporters that ...': the addressee of a
        # statement is not reported; that of a request is ('meminta kepada Armenia agar ...'))
        self.declarative_comps = {w.casefold() for w in pack.words("object_gap_complementisers")}
        # 'reported to the police he "left home ..."': who was told, with no complementiser after it
        to_words = pack.words("statement_addressee_prepositions")
        self.to_addressee = re.compile(
            rf"[ \t]*(?:{alt(to_words)})[ \t]+(?:(?:{alt(pack.words('definite_articles'))})[ \t]+[a-z]+"
            rf"|(?:{alt(pack.words('addressee_nouns'))})"
            rf"|[{UPPER}][\w.'’&-]*(?:[ \t]+[{UPPER}][\w.'’&-]*){{0,3}})[ \t]+") \
            if to_words and pack.words("addressee_nouns") else None


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
            if code and not g.is_non_state(desc) and not (g.international_re is not None
                                                          and g.international_re.search(desc)):
                text = ctx.body[seg_start:seg_end].strip()
                return Parsed(text, seg_start, seg_end, text, None, "role", code)
        return None
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
        held = {w.casefold() for w in re.findall(r"[\w'’-]+", e.role)}
        held |= {x for w in held for x in g.title_equivalents.get(w, ())}
        if wanted and all(w in held for w in wanted):
            return e
        return None  # (only the person named last: not someone named before another)
    return None


# lower-case words and blanks only, one word at least (linear: a nested '(?:[ \t]*[a-z]+)+' took
# seconds on one long word followed by a capital)
_DAY_AND_DATE = re.compile(r"[A-Z][a-z]+ \(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")  # ('Rabu (14/10/2020)')
_LOWER_WORDS_ONLY = re.compile(r"(?=[ \t]*[a-z])[a-z \t]+")
# a possessive ending: "Erdogan's"
_POSSESSIVE_END = re.compile(r"['’]s\Z")


def _subject(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start (see _subject_of); a second
    verb of a coordinated predicate ('X menentang lawan - lawannya dan menyebut ...') has the first
    verb's subject."""
    found = _subject_of(ctx, start, verb_start, quotes_spans)
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
                if ctx.body[cut - 2:cut] in ("'s", "’s"):
                    continue  # ('The firm's chief executive ...')
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


def _subject_of(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start, searching the sentence text
    body[start:verb_start] segment by segment from the verb back. Returns (entity, pronoun)."""
    body, g = ctx.body, ctx.ents.g
    segments = _segments_of(body, start, verb_start, ctx.qf.segment_breaks)
    if ctx.qf.field_list is not None and len(segments) > 1:
        segments = _joined_field_lists(ctx, segments, start, verb_start)
    # 'a German government source, whom they did not name, said': the relative clause is an aside
    # ('Stephen Mold, urged ...': a comma right before the verb leaves an empty last segment)
    while len(segments) > 1 and (not body[segments[-1][0]:segments[-1][1]].strip() or (
            ctx.qf.relative_start is not None
            and ctx.qf.relative_start.match(body, segments[-1][0], segments[-1][1]))):
        rel = ctx.qf.relative_start.match(body, segments[-1][0], segments[-1][1]) \
            if ctx.qf.relative_start is not None else None
        named = g.match_at(body, rel.end() + len(body[rel.end():segments[-1][1]]) - len(
            body[rel.end():segments[-1][1]].lstrip())) if rel is not None else None
        if named is not None and not body[named.end():segments[-1][1]].strip():
            # '..., which NASA said might take place this summer': the clause's own subject, right
            # before the verb, is who speaks (not a name before the clause)
            segments = [(named.start(), segments[-1][1])]
            break
        kin = ctx.qf.kin_named.fullmatch(body, rel.end(), segments[-1][1]) \
            if rel is not None and ctx.qf.kin_named is not None else None
        if kin is not None:
            segments = [(kin.start("who"), segments[-1][1])]  # ('..., which his wife Bernadette said was ...')
            break
        segments = segments[:-1]
    while len(segments) > 2 and (lead := re.match(r"\s*([a-z]+)\b", body[segments[-1][0]:segments[-1][1]])) \
            and lead.group(1) in ctx.qf.trailer_words \
            and not (ctx.qf.pronoun_subject is not None
                     and ctx.qf.pronoun_subject.match(body[segments[-1][0] + lead.end():segments[-1][1]])):
        # ('mantan perdana menteri Haiti Laurent Lamothe, melalui akun Twitternya mengatakan': where
        # or how he said it, between commas, is no subject; but '..., before he announced he would
        # stand down' holds its own subject)
        segments = segments[:-1]
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
    for index in range(len(segments) - 1, -1, -1):
        seg_start, seg_end = segments[index]
        if seg_end <= seg_start:
            continue
        if any(a <= seg_start < b for a, b in quotes_spans):
            continue
        text = body[seg_start:seg_end]
        joined = ctx.qf.joined_clause_subject.search(text) \
            if index == len(segments) - 1 and ctx.qf.joined_clause_subject is not None else None
        if joined is not None and ctx.qf.past_form.search(text, 0, joined.start()):
            # 'Trump attacked Drudge as an opponent and his campaign called for ...': a clause of its
            # own after the first one's verb; its subject, right before the verb, speaks
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
            if code:
                # 'but the Saudi government said': the state's institution speaks
                name = f"{si.group('state')} {si.group('noun')}"
                e = ctx.ents.resolve(Parsed(name, seg_start + si.start("state"), seg_end, None, name,
                                            "organization", code), seg_start)
                if e is not None:
                    return e, False
        if index == 0 and len(segments) == 1 and ctx.qf.described_anaphor is not None:
            da = ctx.qf.described_anaphor.match(text)
            if da and _dated(ctx.qf, da.group("desc")):
                da = None  # ('Antonio Guterres hari ini mengeluarkan ...': today, not 'this Guterres')
            desc = da.group("desc") if da else ""
            titled = any(w.casefold().rstrip(".") in g.title_words for w in desc.split()[:4])
            if da and not titled and _person_head(ctx.qf, desc) and ctx.last_person is not None:
                # 'Pelantun 'Bolo-Bolo' ini mengatakan': a description of a person, no office
                return ctx.last_person, False
            if da and titled and g.inst_head_re is not None and g.inst_head_re.match(desc):
                # 'Komisi Pemberantasan Korupsi (KPK) meminta ... Lembaga antirasuah itu meminta ...':
                # an institution's head noun and a description point back at the last body named
                if ctx.last_body is not None:
                    return ctx.last_body, False
            if da and titled:
                code = g.role_country(desc)
                holder = _office_holder(ctx, desc, seg_start)
                if holder is not None:
                    # 'Presiden berusia 39 tahun itu menyebut ...': the one who holds the office it
                    # opens with, not a last speaker who holds none
                    return holder, False
                # the last speaker, else the last person named
                known = ctx.last_person if ctx.last_person is not None and (
                    code is None or ctx.last_person.country in (None, code)) else next(
                    (e for at, e in reversed(ctx.ents.mentions) if at < seg_start
                     and e.type == "person" and e.name), None)
                if known is not None and (code is None or known.country in (None, code)):
                    return known, False
        if index == len(segments) - 1 and index > 0 and ctx.qf.described_anaphor_lower is not None \
                and ctx.last_person is not None:
            # 'Lucunya, ketika ditanya ..., bintang sinetron 'Anak Jalanan' ini mengaku ...': a
            # description of a person closed by 'ini'/'itu' after an opening phrase is the person
            # the article spoke of
            da = ctx.qf.described_anaphor_lower.match(text)
            if da and _person_head(ctx.qf, da.group("desc")) \
                    and not _dated(ctx.qf, da.group("desc")):
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
                    # holder the article is about (a title word of the role in their role), else
                    # the unnamed office itself
                    words = {w for w in role.casefold().split() if w in g.title_words}
                    holder = _salient_person(ctx, seg_start, None)
                    if holder is not None and holder.role and words & {
                            w.casefold() for w in re.findall(r"[\w'’-]+", holder.role)}:
                        return holder, False
                    holder = _holder_named_last(ctx, role, seg_start)
                    if holder is not None:
                        return holder, False
                    return e, False
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
                return ctx.ents.resolve(Parsed(role, seg_start + ind.start("role"), seg_start + ind.end("role"),
                                               role, None, "role", None), seg_start), False
        pm = ctx.qf.pronoun_subject.match(text) if ctx.qf.pronoun_subject is not None else None
        if pm is None and index == len(segments) - 1 and ctx.qf.pronoun_before is not None:
            pm = ctx.qf.pronoun_before.search(text)  # 'On the live television he said'
        if pm:
            return None, pm.group().strip().casefold()
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
            if ind is not None:
                # 'Seorang saksi mata mengatakan', 'Saksi lain, seorang insinyur perangkat lunak yang
                # tak mau disebut namanya, mengatakan': someone unnamed, of no state
                a = seg_start + text.find(ind.group("who"))
                e = Entity(name=ind.group("who"), type="person", first=a)
                e.country = _unnamed_force_state(ctx, e.name)  # (a soldier's or policeman's: his state)
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
            if named is not None and not body[named.end:seg_end].strip():
                # 'Mendez's wife Jonna Mendez said', 'Trump's lawyer Rudy Giuliani said'
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
        if p is None and index == len(segments) - 1:
            # 'Belum bisa detail Direktur Jenderal ... Asep Sasa Purnama menyatakan': a heading run
            # into the sentence; the subject is the phrase that ends at the verb.
            p = _phrase_ending_at(ctx, seg_start, seg_end)
            if p is not None and p.type == "person" and not p.role and len((p.name or "").split()) < 2 \
                    and ctx.ents.find_person(p.name or "") is None:
                p = None  # 'sebagian umat Muslim menilai': a capitalised word, no one named
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
            if absolute:
                # '..., with officials saying this is for security reasons': the noun after
                # 'with' is the subject of the participle
                rest = rest[absolute.end():]
            au = ctx.qf.authority.fullmatch(rest.rstrip())
            if au is None and ctx.qf.relative_word is not None:
                # ('The public officials who ordered that change claimed ...': a relative clause
                # after the unnamed authority)
                rel = ctx.qf.relative_word.search(rest)
                au = ctx.qf.authority.fullmatch(rest[:rel.start()]) if rel is not None else None
            if au is not None:
                e = _authority(ctx, au.group("who"), seg_start)
                lead = g.finder.find(body[segments[0][0]:segments[0][1]]) if absolute else []
                if lead and lead[0].start <= 4 and e.country != lead[0].code:
                    # ('Germany banned ..., with officials saying': the officials of that state)
                    e = Entity(name=e.name, type="organization", role=None, first=seg_start)
                    e.country = lead[0].code
                return e, False
        if p is None and index == len(segments) - 1 and ctx.qf.group_subject is not None:
            gm = ctx.qf.group_subject.fullmatch(text.strip())
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
        # ('Tony Evers, a Democrat, said', 'Mitt Romney, a sometime Trump critic, said': a name after an
        # indefinite article describes the one named before it, or is a word of that description)
        described = p is not None and p.type == "person" and index > 0 and ctx.qf.apposition_article is not None \
            and ctx.qf.apposition_article.match(text) is not None
        if p is not None and (p.type in ("organization", "country") or described) and index > 0 and lead \
                and text.lstrip()[:1].islower():
            # 'Agnès Callamard, a UN rapporteur for ..., cautioned', 'Mayor de Blasio, a member of
            # the Democratic Party, spoke': a noun phrase with a determiner after a name is its
            # apposition; the name is the subject
            prev = _name_segment(ctx, segments[index - 1], titled=True, single=index == 1) \
                or _known_person_ending(ctx, segments[index - 1])
            if prev is not None and prev.type == "person" and prev.name and len(prev.name.split()) >= 2:
                prev.role = prev.role or text.strip()
                # (the state of the body the apposition names: 'Sir Ian Blair, the newly-appointed
                # Metropolitan Police commissioner,')
                prev.country = prev.country or (None if g.is_non_state(text) else
                                                g.role_country(text.strip()) or (None if described else p.country))
                p = prev
        if p is not None and (p.type in ("organization", "country") or (p.type == "person" and not p.role)) \
                and m is not None and index == len(segments) - 1 and m.end() < seg_end:
            p = _person_after_lower_role(ctx, m, seg_end) or p
        if p is None:
            continue
        if m is not None and ctx.qf.body_title is not None and (
                p.type in ("organization", "country")
                # 'Lib Dem foreign affairs spokesman Menzies Campbell', 'Trump adviser John Bolton',
                # 'Former education secretary Estelle Morris': a body or a qualifier, a lower-case
                # title, then the person
                or (p.type == "person" and not p.role)
                or (p.type == "role" and p.role and len(p.role.split()) == 1)):
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
        # A phrase that ends in a lower-case role ("juru bicara Erdogan"): appositive, keep looking.
        e = ctx.ents.resolve(p, p.start)
        if e is not None:
            return e, False
    return None, False


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


def _dated(qf: "QuoteFinder", desc: str) -> bool:
    """A description closed by a noun of time, its anaphor a date: 'Antonio Guterres hari ini'; not
    an age or a span ('pebalap 38 tahun tersebut', 'aktor berusia 29 tahun itu')."""
    words = desc.split()
    return bool(words) and words[-1].casefold() in qf.time_nouns \
        and not (len(words) > 1 and (words[-2][:1].isdigit() or words[-2].casefold() in qf.number_words))


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


def _person_segment(ctx: _Context, segments, index: int) -> bool:
    """The segment at `index` is a person's full name (with any title)."""
    if index < 0:
        return False
    named = _name_segment(ctx, segments[index], titled=True, single=index == 0)
    return named is not None and named.type == "person" and len((named.name or "").split()) >= 2


def _opens_with_preposition(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'In Ontario': a segment opening with a preposition is an adverbial, never a subject."""
    first = ctx.body[segment[0]:segment[1]].split()[:1]
    return bool(first) and first[0].casefold() in ctx.qf.object_prepositions


def _opens_adverbially(ctx: _Context, segment: tuple[int, int]) -> bool:
    """'After federal agents raided ...', 'When asked': a sentence's opening clause (a subordinator
    first), never its subject."""
    words = ctx.body[segment[0]:segment[1]].split()
    return bool(words) and (words[0].casefold() in ctx.qf.participle_clause_openers
                            or (len(words) == 1 and words[0] in ctx.ents.g.opener_set))  # ('However, the company ...')


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
    for e in ctx.ents.entities:
        if e.type == "person" and e.name == who:
            return e
    e = Entity(name=who, type="person", first=found.start("who"))
    e.country = _unnamed_force_state(ctx, who)
    ctx.ents.entities.append(e)
    return e


def _unnamed_force_state(ctx: _Context, who: str) -> str | None:
    """'Seorang jenderal militer', 'sumber militer yang tidak ingin disebutkan namanya': an unnamed
    member of a state's armed forces or police (unnamed_state_forces) in a story mostly about one
    state speaks for that state (a state the description names wins: 'seorang jenderal Irak')."""
    if ctx.qf.unnamed_force is None or not ctx.qf.unnamed_force.search(who):
        return None
    g = ctx.ents.g
    if g.is_non_state(who) or g.is_former(who) or (g.international_re is not None and g.international_re.search(who)):
        return None
    named = {m.code for m in g.finder.find(who)}
    if named:
        return named.pop() if len(named) == 1 else None
    return ctx.ents.main_country


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


def _group(ctx: _Context, name: str, at: int) -> Entity:
    """'Senators', 'protesters': a group as the speaker, of the story's state when its members
    hold a state's office (domestic_role_words: 'senator'). A group word that is the role of the
    person named last is that person ('JPU Andi Wibowo ... "...," lanjut jaksa')."""
    holder = _holder_named_last(ctx, name, at)
    if holder is not None:
        return holder
    e = ctx.ents.find_org(name)
    if e is None:
        e = Entity(name=name, type="organization", role=None, first=at)
        singular = name[:-1] if name.endswith("s") else name
        dom = ctx.ents.g.domestic_role_re
        e.country = ctx.ents.main_country if dom is not None and dom.fullmatch(singular) else None
        ctx.ents.entities.append(e)
    return e


def _authority(ctx: _Context, name: str, at: int) -> Entity:
    """'pihak berwenang', 'pemerintah' unnamed: the authorities of the state the story is about."""
    name = re.sub(r"^(?:the|The)[ \t]+", "", name)  # ('the government' and 'government' are one)
    e = ctx.ents.find_org(name)
    if e is None and ctx.ents.main_country is None and " " not in name:
        # 'Thames Valley Police said ... Police said on Monday' in a story naming two states
        # about as often: the bare noun is the body named last with it as its head
        e = next((x for off, x in reversed(ctx.ents.mentions) if off < at and x.type == "organization"
                  and x.country and len(x.name.split()) >= 2
                  and x.name.split()[-1].casefold() == name.casefold()), None)
    if e is None:
        e = Entity(name=name, type="organization", role=None, first=at)
        e.country = ctx.ents.main_country
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
                  and not is_news_outlet(e.name) and e.name.casefold() not in ctx.qf.group_names
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
        return _firm_named_last(ctx, before)  # 'The company said its main focus will be ...'
    if named is None:
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
    titled = any(w.casefold().rstrip(".") in g.title_words for w in (p.role or "").split())
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


def _possessed_person(ctx: _Context, pos: int, end: int) -> Parsed | None:
    """The person of two names or more that a possessive phrase at pos leads to, ending by `end`:
    'Huber's longtime tag team partner Erick Rowan', 'his lawyer John Doe'."""
    if ctx.qf.possessed_name is None:
        return None
    pn = ctx.qf.possessed_name.match(ctx.body, pos, end)
    m = ctx.ents.g.match_at(ctx.body, pn.end()) if pn is not None else None
    if m is None or m.end() > end:
        return None
    p = ctx.ents.g.parse(ctx.body, m.start(), m.end(), None, False)
    if p is None or p.type != "person" or not p.name or len(p.name.split()) < 2:
        return None
    p.role = p.role or ctx.body[pn.start():pn.end()].strip()
    return p


def _phrase_after(ctx: _Context, pos: int) -> Entity | None:
    """The speaker named at pos: 'Kepala Dusun X, Kelurahan Y, Wahyu Wibowo' -> the person at
    the end of an appositive chain; otherwise the first phrase."""
    g, body = ctx.ents.g, ctx.body
    det = ctx.qf.determiner.match(body, pos) if ctx.qf.determiner is not None else None
    if det is not None:
        dm = g.match_at(body, det.end())
        dp = g.parse(body, dm.start(), dm.end(), None, False) if dm is not None else None
        if dp is not None and dp.type == "country" and re.match(r"\s*[,.;]", body[dm.end():dm.end() + 3]):
            # '," said the German.': the person just spoken of, described by nationality
            known = _salient_person(ctx, pos, dp.country) or _salient_person(ctx, pos, None)
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
        if p is not None and p.type == "person" and p.name and len(p.name.split()) >= 2:
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
    to = ctx.qf.addressee_to_cut.search(body, m.start(), m.end()) if ctx.qf.addressee_to_cut is not None else None
    if to is not None and chain[0] is not None and chain[0].type == "person":
        # '," said Steve Dasbach to Wikinews.': the one spoken to is no part of the name
        named = g.parse(body, m.start(), to.start(), None, False)
        if named is not None and named.type == "person" and named.name and not named.role \
                and (len(named.name.split()) >= 2 or ctx.ents.find_person(named.name) is not None):
            chain[0] = named
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
        end = m2.end()
    first = chain[0]
    if len(chain) > 1 and first is not None and first.type == "person" and first.role \
            and len((first.name or "").split()) == 1 and any(
                c is not None and c.type == "person" and len((c.name or "").split()) >= 2 and not c.role
                for c in chain[1:]):
        # 'Kepala Puskesmas Cilincing, Jakarta Utara, Edison Sahputra': the one-word 'name' is
        # the institution's place; the person closes the chain
        first = Parsed(first.text, first.start, first.end, f"{first.role} {first.name}", None,
                       "role", first.country)
        chain[0] = first
    if len(chain) > 1 and (first is None or first.type in ("role", "organization", "country")
                           or (first.type == "person" and first.role and False)):
        for p in reversed(chain[1:]):
            if p is not None and p.type == "person" and p.name:
                roles = [c.role if c.type == "role" and c.role else c.text
                         for c in chain[: chain.index(p)] if c is not None]
                if not p.role and roles:
                    p.role = ", ".join(roles)
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
    return ctx.ents.resolve(first, first.start)


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
            or _earlier_role_state(ctx, role, start) or _dateline_state(ctx)
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
    while len(words) > 2 and words[-1].casefold() in ctx.qf.auxiliaries:
        # ('Pemerintah lokal Afghanistan sebelumnya menyebutkan': an adverb before the verb)
        words.pop()
        text = text[:text.rfind(words[-1]) + len(words[-1])]
    tail = re.search(rf"(?:[ \t]+[{UPPER}][\w-]*)+\Z", text)
    state = tail.group().strip() if tail is not None and g.finder.code_of(tail.group().strip()) else None
    if state is not None and len(state.split()) < len(words) - 1:
        words = words[:len(words) - len(state.split())] + [state]
    if not g.pack.get("lower_role_subjects") or g.lower_role_start is None or not 2 <= len(words) <= 7 or not g.lower_role_start.match(text) \
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


def extract_quotes(body: str, pack: LanguagePack, sentences: list[Sentence], ents: ArticleEntities,
                   furniture: Furniture, grammar: Grammar) -> list[Quote]:
    qf = QuoteFinder.for_pack(pack, grammar)
    ctx = _Context(body, pack, qf, ents, furniture, sentences, [s.start for s in sentences])
    ignored = furniture.ignored
    # 1. Quote mark segments per paragraph.
    segments: list[_Segment] = []
    paras = paragraphs(body)
    for para in paras:
        if furniture.is_ignored(para.start, para.end) and any(
                s <= para.start and para.end <= e for s, e in ignored):
            continue
        doubles = scan_marks(body, para.start, para.end, qf.cue_next, qf.cue_name_next)
        singles = scan_single_marks(body, para.start, para.end, doubles)
        for seg in sorted(doubles + singles, key=lambda x: x.open_mark) if singles else doubles:
            if seg.close_mark is None:
                # unclosed: to the paragraph end when near, else to the end of its sentence
                i = ctx.sentence_index(seg.start)
                j = ctx.sentence_index(para.end - 1)
                if j - i > 3:
                    seg.end = sentences[i].end
            segments.append(seg)
    spans = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end) + 1) for s in segments]

    # 2. Walk sentences and segments in order, keeping the last speaker.
    quotes: list[Quote] = []
    last: Entity | None = None
    last_person: Entity | None = None
    last_at = -10**9
    later_subject = None
    events = []  # (offset, kind, payload)
    for seg in segments:
        events.append((seg.open_mark, 1, seg))
    for idx, s in enumerate(sentences):
        events.append((s.start, 0, idx))
    events.sort(key=lambda e: (e[0], e[1]))
    for off, kind, payload in events:
        ctx.last_person = last_person
        if last is not None and last.type == "organization":
            ctx.last_body = last
        if kind == 0:
            s = sentences[payload]
            if any(a <= s.start < b for a, b in spans) or furniture.is_ignored(s.start, s.start + 1):
                continue
            pa = qf.passive_attribution.match(body, s.start) if qf.passive_attribution is not None else None
            sayer = _phrase_after(ctx, pa.end()) if pa is not None else None
            if sayer is not None and payload > 0:
                before = sentences[payload - 1].start if not pa.groupdict().get("similar") else s.start
                for i, q in enumerate(quotes):
                    if q.sentence is not None and before <= q.sentence[1] <= s.start and (
                            q.how in ("continuation", "pronoun") or q.speaker is None
                            or q.speaker.type != "person" or not q.speaker.name):
                        # (a person the sentence itself names keeps the quote)
                        quotes[i] = Quote(q.start, q.end, q.kind, sayer, q.sentence, q.confidence, "attributed")
                prev = sentences[payload - 1]
                if pa.groupdict().get("echo") and "\n" not in body[prev.end:s.start] \
                        and not any(q.sentence is not None and q.sentence[1] > prev.start and q.start < s.start
                                    for q in quotes) \
                        and not any(prev.start <= a < s.start for a, _ in spans):
                    # 'Kanaan Jiyad Abdullah ... dilaporkan tewas pada pertempuran pagi. Begitu kata
                    # Hisham al-Hashimi, ...': the sentence before, which holds no quote, is the report
                    a, b = _trim(body, prev.start, prev.end)
                    b = a + len(body[a:b].rstrip(" .!?"))
                    if len(_WORDS.findall(body, a, b)) >= 4:
                        quotes.append(Quote(a, b, "indirect", sayer, (prev.start, prev.end), 0.6, "attributed"))
                last, last_at = sayer, s.start
                if sayer.type == "person":
                    last_person = sayer
                ents.note(s.start, sayer)
                continue
            interrupted = _interrupted_report(ctx, s, spans)
            if interrupted is not None:
                subj, indirect = interrupted.speaker, interrupted
            else:
                subj, indirect = _sentence_subject_and_indirect(ctx, s, spans, last_person, last)
            if qf.quoted_as_saying is not None:
                qa = _quoted_as_saying(ctx, s, spans, last_person)
                if qa is not None:
                    subj, indirect = qa.speaker, qa
            if indirect is None and qf.participle_after_clause is not None:
                pr = _participle_after_clause(ctx, s, spans, last_person)
                if pr is not None:
                    subj, indirect = pr.speaker, pr
            if indirect is None:
                trailing = _trailing_cue(ctx, s, spans, last, last_person)
                if trailing is not None:
                    subj, indirect = trailing.speaker, trailing
            elif qf.trailing_cue_overrides and indirect.how == "indirect" and indirect.follow is None \
                    and (trailing := _trailing_cue(ctx, s, spans, last, last_person)) is not None \
                    and indirect.start < trailing.end < indirect.end:
                # 'Indonesia selama ini menganggap klaim China tak sesuai dengan UNCLOS, kata
                # Siswono.': the inner report reaches into the cue after it; the sentence is the cue's
                # (a pronoun cue or the subject named again only ends the report: 'Budi mengatakan
                # ..., kata dia.')
                cut = ctx.body.rfind(",", trailing.end, s.end)
                if trailing.speaker is indirect.speaker or qf.after_pron.match(ctx.body, cut if cut >= 0 else trailing.end):
                    indirect = dataclasses.replace(indirect, end=trailing.end)
                else:
                    subj, indirect = trailing.speaker, trailing
            elif indirect.follow is None and indirect.start > s.start and (indirect.how == "indirect" or (
                    indirect.how == "inline-cue" and _opens_with_report_verb(qf, body, indirect.start))):
                # '..., kata Komite Internasional Palang Merah pada Selasa, meminta pihak bertikai
                # ...': the clause before the cue is the speaker's, and so is the participle's report
                c = body.rfind(",", s.start, indirect.start)
                trailing = _trailing_cue(ctx, type(s)(s.start, c), spans, last, last_person) \
                    if c > s.start and not body[c + 1:indirect.start].strip() else None
                if trailing is not None:
                    subj = trailing.speaker
                    indirect = dataclasses.replace(trailing, follow=dataclasses.replace(
                        indirect, speaker=trailing.speaker))
            if subj is None and indirect is None:
                # 'Rudi, salah satu peserta, merasa terkejut. "...," katanya': the person the
                # sentence is about is whom the next pronoun cue points at
                subj = _person_opening(ctx, s)
            if subj is None and indirect is None and qf.source_person is not None:
                sp = qf.source_person.search(body, s.start, s.end)
                if sp is not None and not any(a <= sp.start() < b for a, b in spans):
                    # 'Informasi itu datang dari salah seorang tenaga kerja yang melarikan diri ...
                    # Setelah dipulangkan, dia menyebut ...': an unnamed source is whom 'dia' means next
                    subj = Entity(name=sp.group("who"), type="person", first=sp.start("who"))
                    ents.entities.append(subj)
            if subj is not None and indirect is None and _one_of_a_pair(ctx, s, subj, spans):
                # 'Pada 2 April, Nadir bersama Budi berangkat ke Gazianteb. "...," katanya.': two
                # people doing something are no referent of a singular pronoun cue; it stays with
                # the one the article quoted before
                subj = None
            if subj is not None and not (qf.argument_opener is not None and last is not None
                                         and qf.argument_opener.match(body, s.start)):
                # ('Apalagi, Presiden sudah menyampaikan ...' goes on with the last speaker's
                # argument: the one named in it is not the next speaker)
                last, last_at = subj, s.start
                if subj.type == "person":
                    last_person = subj
                ents.note(s.start, subj)
            if indirect is not None:
                quotes.append(indirect)
                if indirect.follow is not None:
                    quotes.append(indirect.follow)
            # '... while Interior Minister X wrote ... He tweeted': the later subject of a report
            # of its own is whom the next pronoun means
            later = indirect.follow if indirect is not None and indirect.follow is not None else indirect
            later_subject = None
            if later is not None and later.speaker is not None and later.speaker is not subj \
                    and later.speaker.type == "person" and later.how == "indirect" and subj is not None:
                last, last_at, last_person = later.speaker, s.start, later.speaker
                later_subject = (later.speaker, later.start)  # (quotes before it keep it so)
            continue
        seg: _Segment = payload
        a, b = _trim(body, seg.start, seg.end)
        if b <= a or furniture.is_ignored(a, b):
            continue
        words = len(_WORDS.findall(body[a:b]))
        if (_is_title(body[a:b]) and not _said_with_comma(qf, body, b, seg)) or body[a] == "#":
            continue  # a seminar, book or film title or a hashtag in quotes, not speech
        if _is_code_or_label(body[a:b]):
            continue  # a name, a code or a label in quotes, not speech
        if words <= 4 and qf.body_name_link is not None and qf.described_after is not None \
                and seg.close_mark is not None \
                and qf.body_name_link.search(body, max(0, seg.open_mark - 40), seg.open_mark) \
                and qf.described_after.match(body, seg.close_mark + 1):
            # 'Anna Franowska of "Have no fear", an abuse victim support charity': a body's name
            # and its description (not 'accused the Tories of "running scared" of debate')
            continue
        intro = qf.text_introducer.search(body[max(0, seg.open_mark - 40):seg.open_mark]) \
            if qf.text_introducer is not None else None
        if intro is not None and not (intro.group().rstrip().endswith(":") and qf.told_channel is not None
                                      and qf.told_channel.search(body, max(0, seg.open_mark - 80), seg.open_mark)):
            # ('Mr Blair told the Today programme: "...": the programme is where he said it)
            continue  # 'program "Jembatan Udara"', 'pasal yang berbunyi, "..."': a name or a written text
        close = seg.close_mark + 1 if seg.close_mark is not None else seg.end
        si = ctx.sentence_index(seg.open_mark)
        sent_start = sentences[si].start if sentences else 0
        ei = ctx.sentence_index(max(close - 1, seg.open_mark))
        after_end = sentences[min(ei + 1, len(sentences) - 1)].end if sentences else len(body)
        # the cue may sit in the next "sentence" when the quote ends with '.' and the cue is capitalised
        after = body[close:min(after_end, close + 200)]
        speaker, how, conf = None, "", 0.5
        para_end = body.find("\n", close)
        if para_end < 0:
            para_end = len(body)
        after = after[: max(0, para_end - close)]
        closed = body[a:close].rstrip(" \t\"“”'’»").endswith((".", "!", "?"))
        acc_after = qf.according_after.match(after) if qf.according_after is not None else None
        if acc_after is not None and after.lstrip(" \t,")[:1].isupper() and closed:
            acc_after = None  # '... in July." According to the embassy, ...': the next sentence
        if acc_after is not None and acc_after.end() < len(after):
            e = _phrase_after(ctx, close + acc_after.end())
            if e is not None and not is_news_outlet(e.name):
                speaker, how, conf = e, "according", 0.8
        # (a closed quote with a cue before it: what follows starts another sentence; asked only
        # while no speaker is found, the one case it is read in)
        # ('Governor X addressed the public: "...": a sentence opening with its subject leads into
        # the quote; read once, used as a cue below and to bar the next sentence's pronoun here)
        opening = qf.opening_report.match(body, sent_start, seg.open_mark) \
            if speaker is None and qf.opening_report is not None else None
        cued_before = closed and speaker is None and (
            qf.speech_any.search(body, sent_start, seg.open_mark) is not None or opening is not None)
        if speaker is None and qf.after_pron.match(after) and not (closed and cued_before):
            # ('telling the paper: "... goes." He continued by ...': the next sentence's subject)
            speaker = last
            if last is not None and last.type != "person" and last_person is not None \
                    and last_at < sent_start and last.country is None:
                speaker = last_person
            if speaker is None:
                # ('Spain coach Luis Aragones is furious ... "I am not guilty," he said.': no one has
                # spoken yet; the pronoun is the person the article named last with an office)
                speaker = _officer_named_last(ctx, seg.open_mark)
            how, conf = "pronoun", 0.8
        elif speaker is None:
            m = qf.after_verb.match(after)
            if m:
                speaker = _phrase_after(ctx, close + m.end())
                an = qf.anaphoric_speaker.match(body, close + m.end(), close + len(after)) \
                    if qf.anaphoric_speaker is not None else None
                if an is not None and speaker is not None and not re.search(rf"[{UPPER}]", an.group("desc")) \
                        and set(re.findall(r"\w+", speaker.name or "")) \
                        & set(re.findall(r"\w+", body[an.end():close + len(after)])):
                    # ('," tutur seorang jenderal tersebut seperti dikutip The Independent.': the
                    # name after the trailer is the outlet, not the speaker)
                    speaker = None
                if speaker is None and qf.pronoun_subject is not None and qf.pronoun_subject.match(after[m.end():]):
                    speaker = last
                ind = qf.indefinite_speaker.match(body, close + m.end(), close + len(after)) \
                    if speaker is None and qf.indefinite_speaker is not None else None
                if ind is not None and not (an is not None and an.start("desc") == ind.start()
                                            and last_person is not None):
                    # '," ujar seorang ibu.': someone unnamed, not the one quoted before
                    speaker = Entity(name=ind.group().strip(" \t,.!?"), type="person", first=close + m.end())
                    speaker.country = _unnamed_force_state(ctx, speaker.name)
                if an is not None and (speaker is None or speaker.type != "person"):
                    # '," ujar sumber tersebut.': the unnamed source introduced before, when the one
                    # last spoken of is no such source
                    unnamed = _unnamed_antecedent(ctx, an.group("desc"), seg.open_mark, last_person)
                    if unnamed is not None:
                        speaker = unnamed
                    elif last_person is not None:
                        # '," kata politisi senior Partai Golkar ini.': the one just spoken of, not the party
                        speaker = last_person
                how, conf = "cue-after", 0.9
            ad = qf.after_definite.match(after) if speaker is None and qf.after_definite is not None else None
            if ad is not None and closed and after.lstrip(" \t,")[:1].isupper():
                ad = None  # ('... growth." The firm reported ...': the next sentence, not a cue)
            if ad is not None:
                speaker = _named_institution(ctx, ad.group("role"), seg.open_mark)
                if speaker is not None:
                    how, conf = "cue-after", 0.85
            if speaker is None and not (closed and cued_before):
                # ('." UNESCO said ...' after 'he said, "..."' starts the next sentence)
                m = qf.after_subject_verb.match(after)
                if m:
                    e = _phrase_after(ctx, close + m.start("phrase"))
                    if e is not None:
                        speaker, how, conf = e, "cue-after", 0.85
        if speaker is None and qf.document_read_after is not None:
            dr = qf.document_read_after.match(after)
            if dr is not None:
                e = _document_owner(ctx, close + dr.start("doc"), close + dr.end("doc"), last)
                if e is not None:
                    speaker, how, conf = e, "cue-after", 0.8
        if speaker is None and qf.quoted_as_saying is not None:
            # '"...," the paper quoted Mr Chernin as saying.': the one quoted, after the quote
            qa = qf.quoted_as_saying.search(body, close, close + len(after))
            lead = body[close:qa.start()] if qa is not None else ""
            if qa is not None and len(lead.split()) <= 6 and not re.search(r"[\"“”.;:!?]", lead) \
                    and not re.split(r"[.!?;\"“”]", body[qa.end():close + len(after)], 1)[0].split()[3:]:
                e = _quoted_as_saying_speaker(ctx, qa, last_person)
                if e is not None:
                    speaker, how, conf = e, "cue-after", 0.8
        if speaker is None and qf.quoted_as_saying is not None:
            qa = qf.quoted_as_saying.search(body, sent_start, seg.open_mark)
            if qa is not None and not body[qa.end():seg.open_mark].strip():
                e = _quoted_as_saying_speaker(ctx, qa, last_person)
                if e is not None:
                    speaker, how, conf = e, "cue-before", 0.8
        if speaker is None and qf.document_read_before is not None:
            dr = qf.document_read_before.search(body, sent_start, seg.open_mark)
            e = _document_owner(ctx, dr.start("doc"), dr.end("doc"), last) if dr is not None else None
            if e is not None:
                speaker, how, conf = e, "cue-before", 0.8
        if speaker is None:
            before_start = sent_start
            before = body[before_start:seg.open_mark]
            verb = None
            for v in qf.speech_any.finditer(before):
                verb = v
            acc = None
            if qf.according is not None:
                for v in qf.according.finditer(before):
                    acc = v
            if acc is not None:
                e = _phrase_after(ctx, before_start + acc.end())
                if e is not None and not is_news_outlet(e.name):
                    speaker, how, conf = e, "according", 0.8
            if speaker is None and verb is not None:
                vs = before_start + verb.start()
                # 'kata X: "' (cue verb then the speaker)
                e = None
                gap = body[before_start + verb.end():seg.open_mark]
                if verb.group().casefold() in qf.cue_set and verb.group().casefold() not in qf.subject_only_cues \
                        and verb.group().casefold() not in qf.object_gap_verbs and (
                        gap.rstrip()[-1:] in (",", ":", ";", "—", "–", "-") or (
                            len(gap.split()) <= 6 and not body[a:a + 1].islower())):
                    # ('X said BIPA "is supported overwhelmingly ...": the words after the cue are
                    # the subject of the quoted predicate, not its speaker)
                    # ('Duda told local media Adamowicz's heart was restarted "...": a clause
                    # after the cue, not its speaker)
                    e = _phrase_after(ctx, before_start + verb.end() + 1) if body[before_start + verb.end():before_start + verb.end() + 1] == " " else None
                    if e is not None and is_news_outlet(e.name):
                        e = None  # 'Charles told the Daily Mail, "..."': the outlet is the addressee
                decided = False
                if verb.group().casefold() in qf.naming_verbs and _participle_aside(qf, body[before_start:vs]):
                    decided = True  # ('The old prison, referred to locally as "the Castle", ...': an aside)
                if e is None and qf.passive is not None and qf.passive.search(body, before_start, vs):
                    # 'were described by Johnson as a "historic mandate"': the agent after 'by'
                    agent = qf.agent_marker.match(body, before_start + verb.end(), seg.open_mark) \
                        if qf.agent_marker is not None else None
                    e = _phrase_after(ctx, agent.end()) if agent else None
                    decided = True
                if e is None and verb.group().casefold() in qf.speech_participles:
                    e, decided = _participle_subject(ctx, before_start, vs, spans, seg)
                rel = ctx.qf.relative_before.search(body, before_start, vs) \
                    if e is None and not decided and ctx.qf.relative_before is not None \
                    and ctx.qf.pack.get("relative_clause_speakers") else None
                if rel is not None:
                    # 'setuju dengan Perdana Menteri Theresa May yang menyebut "..."': the one the
                    # relative clause hangs on says it, whatever governs the name
                    e = _antecedent(ctx, before_start, rel.start())
                    decided = e is not None
                if e is None and not decided:
                    e, pron = _subject(ctx, before_start, vs, [x for x in spans if x[0] != seg.open_mark])
                    if e is None and pron:
                        # 'he said': a person, even when an institution was named since
                        e = last_person if pron in qf.personal and last is not None \
                            and last.type != "person" and not last.voiced \
                            and last_person is not None else last
                    if e is None and last is not None and not before[:verb.start()].strip():
                        e = last
                if e is not None:
                    speaker, how, conf = e, "cue-before", 0.8
        if speaker is None and opening is not None:
            if not ctx.ents.g.is_clause(opening.group("subject")):
                e, pron = _subject(ctx, sent_start, opening.start("verb"), [x for x in spans if x[0] != seg.open_mark])
                if e is None and pron in qf.personal:
                    e = last_person
                if e is not None and not is_news_outlet(e.name):
                    speaker, how, conf = e, "cue-before", 0.75
        if speaker is None and sentences:
            # 'The border issue is the "main difference" between Greece and Turkey, he added.': the
            # cue closing the sentence the partial quote stands in
            speaker = _sentence_end_cue(ctx, close, sentences[ei].end, last, last_person)
            if speaker is not None:
                how, conf = "cue-end", 0.75
        if speaker is None:
            # a partial quote inside a report found from its sentence ('Wiranto suffered "two deep
            # wounds" in the attack according to a hospital spokesperson') is the reporter's words
            report = next((q for q in reversed(quotes[-3:]) if q.kind == "indirect" and q.speaker is not None
                           and q.start <= a and b <= q.end + 1), None)
            if report is not None:
                speaker, how, conf = report.speaker, "in-report", 0.7
        if speaker is None:
            # No cue: a short term in quotes is a scare quote; a longer one continues the last speaker.
            if words < 4:
                continue
            if last is None or off - last_at > 1500:
                continue
            speaker, how, conf = last, "continuation", 0.6
        elif words < 2 and how in ("continuation",):
            continue
        if speaker is not None and later_subject is not None and off < later_subject[1] \
                and speaker is not later_subject[0]:
            ents.note(off, speaker)  # (a quote of the first subject before the later one's report)
        elif speaker is not None:
            last, last_at = speaker, off
            if speaker.type == "person":
                last_person = speaker
            ents.note(off, speaker)
        sentence = (sent_start, sentences[ei].end if sentences else b)
        quotes.append(Quote(a, b, "direct", speaker, sentence, conf, how))
    if qf.cue_participle is not None:
        quotes += _participle_reports(ctx, quotes)
    if qf.joined_report is not None:
        quotes = _split_joined_reports(ctx, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    if qf.empty_report is not None:
        # 'Luhut mengatakan hal yang sama.': a phrase pointing back at what another said is no
        # reported clause (what Luhut said comes after it, if anywhere)
        quotes = [q for q in quotes if q.kind != "indirect" or not qf.empty_report.fullmatch(body, q.start, q.end)]
    return _without_paraphrases(body, _without_wrappers(body, _partials_in_reports(quotes), qf),
                                qf.stopwords)


def _plainly_a_clause(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """Stricter than _reads_as_clause, for reports with no complementiser after a word that may
    just as well introduce a thing: not a phrase opening with a preposition ('responded to the
    concerns raised') or a past form used as an adjective after a possessive ('explaining Syria's
    alleged involvement')."""
    if _complement_is_clause(qf, body, start, end):
        return True
    words = re.findall(r"[\w'’-]+", body[start:min(end, start + 120)])[:3]
    if not words or words[0].casefold() in qf.object_prepositions:
        return False
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[1].endswith("ed"):
        return False
    if qf.finite is None:
        return False  # (a pack with no finite verb forms: only _complement_is_clause tells)
    return _reads_as_clause(qf, body, start, end)


def _quoted_as_saying_speaker(ctx: _Context, m: re.Match, last_person: Entity | None) -> Entity | None:
    who = m.group("who").strip()
    if who.casefold() in ctx.qf.object_pronouns:  # ('quoted him as saying')
        return last_person
    e = _phrase_after(ctx, m.start("who") + (len(m.group("who")) - len(m.group("who").lstrip())))
    return None if e is None or is_news_outlet(e.name) else e


def _quoted_as_saying(ctx: _Context, s: Sentence, spans, last_person: Entity | None) -> "Quote | None":
    """'The BBC also cited Budi Gunawan, chief of ..., as saying the suspects were linked to ...'."""
    body = ctx.body
    m = ctx.qf.quoted_as_saying.search(body, s.start, s.end)
    if m is None or any(a <= m.start() < b for a, b in spans):
        return None
    e = _quoted_as_saying_speaker(ctx, m, last_person)
    if e is None:
        return None
    a, b = _trim(body, m.end(), s.end)
    if len(_WORDS.findall(body[a:b])) < 3 or body[a:a + 1] in '"“”„«' or _mostly_quoted(a, b, spans):
        return None
    return Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "indirect")


def _participle_after_clause(ctx: _Context, s: Sentence, spans, last_person: Entity | None) -> "Quote | None":
    """'Smithers testified in his own defense, claiming some patients deceived him', 'The Biden
    campaign criticized Trump's refusal, accusing the president of ...': the subject's report."""
    body, qf = ctx.body, ctx.qf
    m = qf.participle_after_clause.match(body, s.start, s.end)
    if m is None or ctx.ents.g.is_clause(m.group("subject")) or any(a < m.end() and s.start < b for a, b in spans):
        return None
    e, pron = _subject(ctx, s.start, m.start("verb"), spans)
    if e is None and pron in qf.personal:
        e = last_person
    if e is None or is_news_outlet(e.name):
        return None
    start = m.end()
    if (m.group("part") or "").casefold() in qf.addressee_participles:
        na = qf.named_addressee.match(body, start, s.end) if qf.named_addressee is not None else None
        if na is None or body[na.end():na.end() + 1].isupper():
            return None  # ('..., telling Wikinews the company ...': who is told, then the clause)
        start = na.end()
        that = re.match(r"(\w+)[ \t]+", body[start:start + 16])
        if that is not None and that.group(1) in qf.complementisers:
            start += that.end()  # ('..., telling Radio 4's PM programme that Labour was not ...')
    a, b = _trim(body, start, s.end)
    if len(_WORDS.findall(body[a:b])) < 3 or body[a:a + 1] in '"“”„«' or (
            _mostly_quoted(a, b, spans) and not _quote_as_predicate(qf, body, a, b, spans)):
        return None
    if not m.group("accusing") and not m.group().rstrip().endswith("that") and not _plainly_a_clause(qf, body, a, b):
        return None  # ('..., explaining Syria's alleged involvement': a thing, not a report)
    return Quote(a, b, "indirect", e, (s.start, s.end), 0.65, "participle")


def _split_joined_reports(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """'John Major has accused Johnson of misleading the Queen, and argued that the true intent ...
    was ...': two reports of one subject, not one."""
    out: list[Quote] = []
    for q in quotes:
        m = ctx.qf.joined_report.search(ctx.body, q.start, q.end) if q.kind == "indirect" else None
        if m is None or len(_WORDS.findall(ctx.body[q.start:m.start()])) < 3 \
                or len(_MARKS.findall(ctx.body, q.start, m.start())) % 2 == 1:
            out.append(q)  # (nothing joined; nor a join inside a quote: 'to understand "what
            continue       # happened ... and responded appropriately ..."')
        if len(_WORDS.findall(ctx.body[m.end():q.end])) < 3 \
                or ctx.body[m.end():m.end() + 1] in '"“”„«' \
                or (m.groupdict().get("comma") and not m.group("comp")) \
                or not (m.group().rstrip().endswith(tuple(ctx.qf.complementisers))
                        or _plainly_a_clause(ctx.qf, ctx.body, m.end(), q.end)):
            # ('..., and responded to the concerns raised': no second report)
            if not _MARKS.search(ctx.body, m.start(), q.end) and not m.groupdict().get("comma"):
                # ('Trump claimed carbon emissions have been lower and argued against re-entering
                # the Paris Climate Accord': the report ends where the subject's next act begins)
                a, b = _trim(ctx.body, q.start, m.start())
                q = dataclasses.replace(q, start=a, end=b)
            out.append(q)
            continue
        a, b = _trim(ctx.body, q.start, m.start())
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
        a, b = _trim(ctx.body, m.end(), q.end)
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
    return out


def _participle_reports(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """'"The economy has slipped into a recession," she said, noting it was the worst since
    2009.': the clause after the participle is the quote's speaker's report."""
    body, qf, out = ctx.body, ctx.qf, []
    for q in quotes:
        if q.kind != "direct" or q.speaker is None or q.sentence is None:
            continue
        m = qf.cue_participle.match(body, q.end)
        if m is None or m.end() >= q.sentence[1]:
            continue
        a, b = _trim(body, m.end(), q.sentence[1])
        if len(_WORDS.findall(body[a:b])) < 4 or body[a] in '"“”„«' or any(
                a <= x.start < b for x in quotes if x.kind == "direct"):
            continue
        if qf.finite is not None and not _plainly_a_clause(qf, body, a, b):
            continue
        out.append(Quote(a, b, "indirect", q.speaker, q.sentence, 0.6, "participle"))
    return out


_DESCRIBED_NAME = re.compile(r"[^,.;:!?\"“”\n]{3,80},[ \t]+(?=[A-Z])")
_AGED_NAME = re.compile(rf"((?:[{UPPER}][\w'’-]+[ \t]+){{0,2}}[{UPPER}][\w'’-]+)[ \t]+\(\d{{1,3}}\)")
_INTRODUCED_TAIL = re.compile(r"[ \t]*\(\d{1,3}\),[ \t]+[a-z][^.;:!?\"“”\n]{2,80}\.?\s*")
_AGE = re.compile(r"\(\d{1,3}\)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_SPACED_HYPHEN_NAME = re.compile(rf"(?:[ \t]+-[ \t]+[{UPPER}][\w'’]+)*")
_APPOSED = re.compile(r"(?:[ \t]*\(\d{1,3}\))?(?:,[ \t]+[a-z][^,.;:!?\"“”\n]{2,80},)?")


def _aged_elsewhere(body: str, name: str) -> bool:
    """The article gives the name an age somewhere: 'Neni (53)'."""
    at = body.find(name + " (")
    while at >= 0:
        k = at + len(name) + 2
        if body[k:k + 1].isdigit() and (at == 0 or not body[at - 1].isalnum()):
            return True
        at = body.find(name + " (", k)
    return False


def _one_of_a_pair(ctx: _Context, s: Sentence, subj: Entity, spans) -> bool:
    """The person is named next to another, joined by 'dan'/'bersama' ('Nadir bersama Budi',
    'Nadir Umar dan Budi Mastur'), outside quotes: the sentence is about the two of them."""
    qf = ctx.qf
    if qf.pair_joined is None or subj.type != "person" or not subj.name:
        return False
    words = [w for w in subj.name.split() if len(w) > 2 and w[:1].isupper()]
    for w in {words[0], words[-1]} if words else ():
        for k in _whole_word_starts(ctx.body[s.start:s.end], w):
            at = s.start + k
            if any(a <= at < b for a, b in spans):
                continue
            if qf.pair_joined.match(ctx.body, at + len(w)) \
                    or qf.pair_joined_before.search(ctx.body, s.start, at):
                return True
    return False


def _whole_word_starts(text: str, word: str):
    r"""Where `word` stands whole in text, not inside a longer word or a hyphenated name: the
    starts re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) gives, found with
    str.find (a pattern per name compiled for each sentence cost more than the rest of the rule:
    nearly every name is new to re's cache). str.isalnum() is what re's \w means, besides '_'."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            yield at
            at = text.find(word, end)  # (matches do not overlap)
        else:
            at = text.find(word, at + 1)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _person_opening(ctx: _Context, s: Sentence) -> Entity | None:
    """A named person opening the sentence as the subject of an active verb, with perhaps an age
    and a description between commas: 'Rudi (34), salah satu peserta, merasa terkejut'; or after
    an opening phrase: 'Anggota pengurus Masjid Al-Ikhlas, Karim, juga menunggu ...', 'Hingga
    kini, Neni masih berpikir ...'."""
    qf, body, g = ctx.qf, ctx.body, ctx.ents.g
    dp = qf.definite_person_opening.match(body, s.start, s.end) if qf.definite_person_opening is not None else None
    if dp is not None:
        e = Entity(name=dp.group("who"), type="person", first=s.start)
        ctx.ents.entities.append(e)
        return e
    if qf.verb_after is None or body[s.start:s.start + 1] in '"“”„«':
        return None
    for opening in (True, False, None, "described"):
        if opening == "described":
            t = qf.titled_opening.match(body, s.start, s.end) if qf.titled_opening is not None else None
            if t is None or t.group().split()[0].casefold() not in qf.described_heads \
                    or any(qf.clause_verb.fullmatch(w) for w in t.group().split()[1:]):
                continue
            m = g.match_at(body, t.end())
            if m is None or m.end() > s.end:
                continue
            p = g.parse(body, m.start(), m.end(), None, False)
            # (a name joined by a spaced hyphen goes on: 'Deurilla - Feer')
            pos = _SPACED_HYPHEN_NAME.match(body, m.end()).end()
        elif opening is None:
            # ('Jaminan keamanan Fenny (28), warga ..., berharap', 'Warga lain seperti Rudianta (24),
            # yang ..., juga berharap'): a name with an age early in the sentence
            a = _AGED_NAME.search(body, s.start, min(s.end, s.start + 100))
            m = g.match_at(body, a.start(1)) if a is not None else None
            if m is None or m.end() != a.end(1):
                continue
            p = g.parse(body, m.start(), m.end(), None, False)
            pos = _APPOSED.match(body, m.end()).end()
        elif opening:
            m = g.match_at(body, s.start)
            if m is None or m.end() > s.end:
                continue
            pos = _APPOSED.match(body, m.end()).end()
            # (an age or a description in apposition marks even a lone sentence-opening word as a name)
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, pos == m.end(), ctx.ents.midcaps)
        else:
            d = _DESCRIBED_NAME.match(body, s.start, s.end)
            m = g.match_at(body, d.end()) if d is not None else None
            if m is None:
                continue
            p = g.parse(body, m.start(), m.end(), None, False)
            pos = m.end() + 1 if body[m.end():m.end() + 1] == "," else _APPOSED.match(body, m.end()).end()
        if p is None or p.type != "person" or not p.name:
            continue
        if pos == m.end() and len(p.name.split()) < 2 and (
                (ctx.ents.find_person(p.name) is None and not _aged_elsewhere(body, p.name))
                or p.name.isupper() or "-" in p.name):
            continue  # ('Tagana dari daerah lain dikerahkan', 'K-Popers menaikkan tagar': a group)
        while True:
            aux = _NEXT_WORD.match(body, pos, pos + 20)
            if aux is None or aux.group(1) not in qf.auxiliaries:
                break
            pos = aux.end()
        nxt = _NEXT_WORD.match(body, pos, pos + 20)
        if not qf.verb_after.match(body, pos) and not (nxt is not None and nxt.group(1) in qf.plain_verbs) and not (
                opening is None and _INTRODUCED_TAIL.fullmatch(body, m.end(), s.end)):
            continue  # ('Salah satunya Minda (21), pengunjung asal Bogor.': a sentence introducing her)
        e = ctx.ents.resolve(p, p.start)
        return e if e is not None and e.type == "person" else None
    return None


def _document_owner(ctx: _Context, start: int, end: int, last: Entity | None, bare: bool = True) -> Entity | None:
    """Who issued the document named in body[start:end]: its owner ('The family's statement on the
    death', 'Judge Miller's statement'), its source ('a statement from the CIA', 'The opinion of
    the Court') or the body naming it ('an AEW press release'); 'the statement' alone is the last
    speaker's. None when the phrase names no document."""
    qf, body = ctx.qf, ctx.body
    while start < end and body[start].isspace():
        start += 1
    for pattern in (qf.document_owned, qf.document_of, qf.document_named):
        m = pattern.match(body, start, end)
        if m is None:
            continue
        a, b = m.start("owner"), m.end("owner")
        owner = body[a:b].strip()
        e = ctx.ents.find_person(owner) if owner[:1].isupper() else None  # ('Trump's statement')
        if e is None:
            e, _ = _subject(ctx, a, b, [])
        if e is None and owner[:1].isupper():
            # ('Stardom's official statement': a body the article has not made a speaker of)
            found = ctx.ents.g.finder.find(owner)
            code = found[0].code if found and found[0].start == 0 else None
            e = ctx.ents.resolve(Parsed(owner, a, a + len(owner), None, owner, "organization", code), a)
        if e is not None:
            return e
    if bare and qf.document_bare.fullmatch(body, start, end):
        return last
    return None


def _plain_form_unreported(qf: QuoteFinder, before: str) -> bool:
    """Whether a plural present report verb after `before` reports no one: its subject is a pronoun
    of the speaker or the listener, or it is an infinitive or follows a modal (unreported_pronouns),
    adverbs in between ('I can also say', 'would later say')."""
    for w in reversed(re.findall(r"[\w']+", before[-80:])):
        if w.casefold() in qf.participle_adverbs or w.endswith("ly") or w.casefold() in qf.pronoun_quantifiers:
            continue
        return w in qf.unreported_pronouns
    return False


def _is_court(qf: QuoteFinder, e: Entity) -> bool:
    """Whether a speaker is a court or one of its judges, by a head word of its name or role ('the
    Court of Session', 'United States District Court Judge Victor Marrero')."""
    words = re.findall(r"[\w-]+", f"{e.name} {e.role or ''}".casefold())
    return any(w in qf.court_heads for w in words)


def _opens_finding(qf: QuoteFinder, rest: str) -> bool:
    """Whether what follows a court's finding verb opens a clause: a name, a determiner or a pronoun,
    not a bare adjective ('found unconstitutional a 2005 law' is an object, no clause)."""
    first = re.match(r"[ \t]*([\w'’-]+)", rest)
    return first is not None and (first.group(1)[:1].isupper() or first.group(1).casefold() in qf.finding_openers)


def _participle_aside(qf: QuoteFinder, before: str) -> bool:
    """Whether a past participle after `before` opens an aside, with no subject of its own: after a
    comma and adverbs only ('The old prison, referred to ...', 'Van Biljon, reportedly often
    referred to as ...')."""
    cut = before.rstrip().rfind(",")
    if cut < 0:
        return False
    return all(w.endswith("ly") or w in qf.participle_adverbs for w in before[cut + 1:].split())


def _participle_subject(ctx: _Context, start: int, verb_start: int, spans, seg) -> tuple[Entity | None, bool]:
    """The speaker of a quote after a participle: the one named after 'with' right before it
    ('..., with Ross Spano of Florida calling the process "..."'), else, after a comma, the subject
    of the sentence's opening clause ('Trump lashed out at the mayor, calling her "..."'). Returns
    (entity, decided): decided when the sentence says whose the participle is, even if that is
    nobody this article can name (then the object before the comma is not the speaker either)."""
    qf, body = ctx.qf, ctx.body
    if not body[start:verb_start].rstrip().endswith(","):
        wm = qf.participle_subject.search(body, start, verb_start) if qf.participle_subject is not None else None
        if wm is None:
            return None, False
        e = _phrase_after(ctx, wm.start("who"))
        return (e if e is not None and e.type in ("person", "organization") else None), True
    om = qf.opening_clause.match(body, start, verb_start) if qf.opening_clause is not None else None
    if om is None or ctx.ents.g.is_clause(om.group("subject")):
        return None, False
    e, pron = _subject(ctx, start, om.start("verb"), [x for x in spans if x[0] != seg.open_mark])
    # ('He also commented on the agreement, calling it "null and void"': a pronoun is resolved
    # as any other cue's subject is)
    return e, not pron


def _sentence_end_cue(ctx: _Context, start: int, end: int, last: Entity | None,
                      last_person: Entity | None) -> Entity | None:
    """The speaker named by a cue after the last comma of body[start:end], when nothing but the
    cue follows it (', he added.' / ', kata X.')."""
    body, qf = ctx.body, ctx.qf
    at = body.rfind(",", max(start, end - 80), end)
    if at < 0 or _MARKS.search(body, at, end):
        return None
    rest = body[at:end]
    if qf.after_pron.match(rest) and re.fullmatch(r"[,\s\w]*[.!?]?\s*", rest):
        m = qf.after_pron.match(rest)
        if not _WORDS.search(rest, m.end()):
            return last_person or last
        return None
    m = qf.after_verb.match(rest)
    if m:
        verb = rest[:m.end()].split()[-1]
        if verb.casefold() in qf.object_gap_verbs and body[start:at].strip(" \t,\"“”'’"):
            # '," Glenn Maguire, chief economist ..., told Agence France Presse.': who is told is
            # the addressee; the speaker stands before the verb
            e, _ = _subject(ctx, start, at + rest.index(verb, 0, m.end()), [])
            return e
        return _phrase_after(ctx, at + m.end())
    m = qf.after_subject_verb.match(rest)
    if m and "," not in m.group("phrase"):
        return _phrase_after(ctx, at + m.start("phrase"))
    return None


def _opens_with_report_verb(qf: QuoteFinder, body: str, at: int) -> bool:
    """'meminta pihak bertikai ...': the text opens with a verb that reports (a request, a second
    report), not with the clause's own subject."""
    w = re.match(r"\w+", body[at:at + 40])
    return w is not None and w.group().casefold() in qf.opening_report_verbs


def _interrupted_report(ctx: _Context, s: Sentence, spans) -> "Quote | None":
    """'... ; around 50 gallons of diesel fuel, officials said, spilled and ignited.', 'The guardrail
    would be examined, Roberts said, to determine ...': a named subject and its cue interrupt one
    clause; the whole clause, cue and all, is what the speaker reported (as the annotations keep
    'Gelombang kekerasan terbaru, menurut pemerintah, berawal ...' whole)."""
    body, qf = ctx.body, ctx.qf
    if any(s.start < b and a < s.end for a, b in spans):
        return None
    text = body[s.start:s.end]
    if '"' in text or "“" in text or "”" in text:
        return None
    m = qf.interrupting_cue.search(text)
    nxt = m.group("next").casefold() if m is not None else ""
    # ('..., stated Minister ..., and was left near the gate': the same subject's second verb)
    same_subject = nxt in qf.coordinators and (m.group("second") or "").casefold() in qf.finite_words
    if m is None or (nxt in qf.joiner_words and not same_subject) or nxt in qf.non_continuations \
            or (qf.finite is not None and nxt.endswith("ing")):
        # ('..., Maróth said, and paying back ...', '..., Mr Panke said, implying that ...': a
        # second clause or a comment of its own)
        return None
    start = s.start + text.rfind(";", 0, m.start()) + 1  # (a clause after a semicolon)
    if len(_WORDS.findall(body, start, s.start + m.start())) < 3 \
            or len(_WORDS.findall(body, s.start + m.end("next"), s.end)) < 1:
        return None
    group = "phrase" if m.group("phrase") is not None else "after"
    pos = s.start + m.start(group)
    who = m.group(group).strip()
    speaker = None
    au = qf.authority.fullmatch(who) if qf.authority is not None else None
    if au is not None:
        speaker = _authority(ctx, au.group("who"), pos)  # ('officials said')
    else:
        det = qf.determiner_any.match(body, pos) if qf.determiner_any is not None else None
        if det is not None:
            pos = det.end()  # ('..., the US Agriculture Department said, with ...')
    if speaker is None:
        speaker = _pronoun_body(ctx, who, s.start + m.start(group))  # ('..., his office said, ...')
    if speaker is None and body[pos:pos + 1].isupper():
        m2 = ctx.ents.g.match_at(body, pos)
        if m2 is not None and m2.end() == s.start + m.end(group):  # (the phrase is the whole subject)
            speaker = _phrase_after(ctx, pos)
            if speaker is not None and m.group("desc") is not None and (
                    speaker.type != "person" or len(speaker.name.split()) < 2):
                # ('kata psikolog Lisa Firestone,': a lower-case description before a full name only)
                speaker = None
    if speaker is None or is_news_outlet(speaker.name):
        return None
    a, b = _trim(body, start, s.end)
    return Quote(a, b, "indirect", speaker, (s.start, s.end), 0.6, "interrupted")


def _trailing_cue(ctx: _Context, s: Sentence, spans, last: Entity | None,
                  last_person: Entity | None) -> "Quote | None":
    """Reported speech with its cue after it and no quote marks, as wire copy writes it: 'Posisi
    Inggris ... jelas, kata Duta Besar Matthew Rycroft.' / '... in the region, he said.'"""
    body, qf = ctx.body, ctx.qf
    # (a partial quote inside the reported clause is allowed: 'Wiranto suffered "two deep wounds" in
    # the attack, according to a hospital spokesperson'; a quote reaching into the cue is not)
    if any(a <= s.start + 1 < b for a, b in spans):
        return None
    # the cue follows one of the sentence's last two commas, in its last 150 characters
    tail_start = max(s.start, s.end - 150)
    last_comma = body.rfind(",", tail_start, s.end)  # (two rfinds, not a loop over 150 characters)
    commas = [c for c in (body.rfind(",", tail_start, last_comma) if last_comma > 0 else -1, last_comma) if c >= 0]
    bare = body.rfind(" according to ", tail_start, s.end)
    if bare > max(commas, default=-1) and body[bare - 1:bare] not in ",":
        commas.append(bare)  # ('... in the attack according to a hospital spokesperson.': no comma)
    for at in reversed(commas):
        if any(a < s.end and b > at for a, b in spans):
            continue  # (the cue is inside or after a quote: '"...", he said' is the quote's)
        rest = body[at:s.end]
        speaker = None
        pm = qf.after_pron.match(rest)
        if pm:
            if len(_WORDS.findall(rest, pm.end())) <= 6:
                speaker = last_person or last
        else:
            m = qf.after_verb.match(rest)
            if m and rest[:m.end()].split()[-1].casefold() in qf.object_gap_verbs:
                m = None  # ('X, a spokeswoman ..., told CNN, neighbors ...': who is told is no speaker)
            elif m:
                # 'kata Duta Besar Matthew Rycroft di New York, Senin.': the speaker, then little
                # (an aside in brackets does not count: 'kata Komite Internasional Palang Merah
                # (International Committee of the Red Cross/ICRC) pada Selasa')
                short = len(_WORDS.findall(_BRACKETED.sub(" ", rest[m.end():]))) <= 14
                if not short and qf.indirect_verb is not None:
                    # 'kata Menteri Luar Negeri Retno LP Marsudi dalam rapat dengar pendapat dengan
                    # Komisi I DPR RI di Jakarta, Senin.': a long title and name, then only where
                    # and when (a phrase opening with a preposition, no report verb in it)
                    nm = ctx.ents.g.match_at(body, at + m.end())
                    tail = body[nm.end():s.end] if nm is not None else ""
                    first = re.match(r"[ \t]+([^\W\d_]+)", tail)
                    short = first is not None and first.group(1).casefold() in qf.object_prepositions \
                        and len(_WORDS.findall(tail)) <= 14 and not qf.indirect_verb.search(tail)
                if short:
                    speaker = _phrase_after(ctx, at + m.end())
                    if speaker is None and qf.pronoun_subject is not None \
                            and qf.pronoun_subject.match(rest[m.end():]):
                        speaker = last_person or last
            else:
                m = qf.after_subject_verb.match(rest)
                if m is not None and qf.passive is not None \
                        and qf.passive.search(rest, 0, m.end() - len(rest[:m.end()].split()[-1])) \
                        and not (qf.as_saying is not None and qf.as_saying.match(rest, m.end())):
                    # ('..., a Houston court has been told.': who was told is no speaker; 'X has been
                    # reported as saying' still is)
                    m = None
                # ('While not naming other bidders, Maróth said the bid won ...': the report
                # follows the cue; it is not a trailing one)
                follows = _WORDS.findall(rest, m.end()) if m else []
                if m and "," not in m.group("phrase") and len(follows) <= 6 and not (
                        follows and ctx.qf.object_cue is not None and ctx.qf.object_cue.search(m.group())
                        and follows[0] not in qf.trailer_words and not follows[0][:1].isupper()):
                    # ('While many transactions ..., the AU announced an electronic payment system.':
                    # a cue with an object of its own reports nothing before it)
                    speaker = _phrase_after(ctx, at + m.start("phrase"))
                acc = qf.according_after.match(rest) if m is None and qf.according_after is not None else None
                if acc is not None and acc.end() < len(rest) and len(_WORDS.findall(rest, acc.end())) <= 14 \
                        and "," not in rest[acc.end():]:  # (', according to Turkey, supportive of': an aside)
                    # '... struck near the base, according to the Iraqi military.' (not the press:
                    # '..., according to Reuters.' reports what Reuters was told)
                    pos = at + acc.end()
                    lead = qf.determiner_any.match(body, pos) if qf.determiner_any is not None else None
                    named = qf.state_noun.match(body, lead.end() if lead else pos) \
                        if qf.state_noun is not None else None
                    code = ctx.ents.g.finder.code_of(named.group("state")) if named is not None else None
                    if code:  # 'according to the Iraqi military': the state's institution
                        name = body[named.start():named.end()]
                        e = ctx.ents.resolve(Parsed(name, named.start(), named.end(), None, name,
                                                    "organization", code), named.start())
                    else:
                        e = _phrase_after(ctx, lead.end() if lead else pos)
                    if e is None and qf.authority is not None:
                        # '..., according to police.': the unnamed authorities of the story's state
                        who = body[lead.end() if lead else pos:s.end].strip().rstrip(".!?").strip()
                        if qf.source_tail is not None:
                            who = qf.source_tail.sub("", who)  # ('according to police on Thursday.')
                        au = qf.authority.fullmatch(who)
                        mod = re.match(r"[a-z]+[ \t]+", who) if au is None else None
                        if mod is not None and qf.authority.fullmatch(who, mod.end()) is not None:
                            # ('..., according to county police.': a word placing the authority)
                            au = qf.authority.fullmatch(who, mod.end())
                        if au is not None:
                            e = _authority(ctx, au.group("who"), pos)
                    if e is None and qf.indefinite_office is not None:
                        # '..., according to a hospital spokesperson.': someone unnamed, by their office
                        ind = qf.indefinite_office.search(body[pos:s.end].strip().rstrip(".!?").strip())
                        if ind is not None:
                            role = ind.group("role")
                            e = ctx.ents.resolve(Parsed(role, pos, s.end, role, None, "role", None), pos)
                    outlet = e is not None and (is_news_outlet(e.name) or (
                        lead is not None and is_news_outlet(body[pos:lead.end()].strip().capitalize() + " " + e.name)))
                    speaker = e if e is not None and not outlet else None
        if speaker is None and qf.trailing_subject is not None:
            ts = qf.trailing_subject.match(rest)
            if ts is not None and len(_WORDS.findall(rest, ts.end())) <= 6:
                who = ts.group("who").strip()
                gm = qf.group_subject.fullmatch(who) if qf.group_subject is not None else None
                au = (qf.authority.fullmatch(who) or qf.authority.fullmatch(qf.definite_lead.sub("", who, count=1))) \
                    if qf.authority is not None else None
                definite = re.match(r"(?:the|The)[ \t]+(?P<noun>[a-z]+)\Z", who)
                if au is not None:
                    speaker = _authority(ctx, au.group("who"), at + ts.start("who"))
                elif gm is not None:
                    speaker = _group(ctx, gm.group("group"), at + ts.start("who"))
                elif definite is not None and definite.group("noun") in qf.firm_nouns:
                    speaker = _firm_named_last(ctx, at)  # ('..., the bank said.': the bank named last)
        if speaker is None:
            continue
        a, b = _trim(body, s.start, at)
        words = len(_WORDS.findall(body[a:b]))
        if words < 4 or (words == 4 and not (qf.finite is not None and _reads_as_clause(qf, body, a, b)
                                             and "," not in body[at + 1:s.end + 1])) \
                or _mostly_quoted(a, b, spans):
            # (four words only when they read as a clause and the cue ends the sentence: 'The
            # entire crew were Iranians, the army said.', not 'The problem they faced, they said, was')
            return None
        first = re.match(r"[^\W\d_]+", body[a:b])
        if first is not None and first.group().casefold() in qf.object_prepositions and "," not in body[a:b] \
                and not (_reads_as_clause(qf, body, a, b) if qf.finite is not None
                         else _complement_is_clause(qf, body, a, b)):
            return None  # ('In a speech at the London School of Economics, X promised to act': no clause)
        return Quote(a, b, "indirect", speaker, (s.start, s.end), 0.6, "cue-after")
    return None


def _partials_in_reports(quotes: list[Quote]) -> list[Quote]:
    """'The Green Party said the Budget was a "wasted opportunity"': a partial quote inside a
    report whose speaker was only guessed from a phrase before it is the reporter's words."""
    reports = [q for q in quotes if q.kind == "indirect" and q.speaker is not None]
    if not reports:
        return quotes
    out = []
    for q in quotes:
        if q.kind == "direct" and q.how == "cue-before":
            r = next((r for r in reports if r.start <= q.start and q.end <= r.end + 1
                      and r.speaker is not q.speaker), None)
            if r is not None:
                q = dataclasses.replace(q, speaker=r.speaker, how="in-report")
        out.append(q)
    return out


def _without_wrappers(body: str, quotes: list[Quote], qf: QuoteFinder) -> list[Quote]:
    """A reported clause ending in a partial quote keeps only the reporter's part: 'called on Italy
    and Egypt to join the project, adding "We call on ..."' reports 'called on Italy and Egypt to
    join the project'; the quote is its own item. When only a frame is left ('menjanjikan akan
    memberikan "dukungan penuh"'), the speaker's own words are all there is to report. A frame
    ending in a copula ('said the measure was "nowhere near enough."') has the quote as its
    predicate: the clause is reported whole, quote included."""
    copula_end, introduced, subjectless = qf.copula_end, qf.quote_introduced, qf.subjectless_frame
    directs = [q for q in quotes if q.kind == "direct"]
    kept = []
    for q in quotes:
        if q.kind == "indirect":
            inner = [d for d in directs if q.start <= d.start and d.end <= q.end
                     and not _WORDS.search(body, d.end, q.end)]
            if inner and q.how == "cue-after":
                kept.append(q)  # ('Such a state would be markedly "less tolerant", he argued.': one clause)
                continue
            if inner:
                a, b = _trim(body, q.start, inner[0].start - 1)
                if copula_end is not None and len(_WORDS.findall(body, a, b)) >= 2 \
                        and copula_end.search(body[a:b]):
                    kept.append(q)
                    continue
                frame = _WORDS.findall(body, a, b)
                if introduced is not None and (len(frame) >= 2 or (
                        len(frame) == 1 and frame[0].casefold() in qf.frame_pronouns)) \
                        and not introduced.search(body, a, inner[0].start) \
                        and not (subjectless is not None and subjectless.match(body, a)):
                    # ('menyebut pihaknya "sudah siap menghadapi apapun"': a pronoun is frame enough)
                    # 'said the roof fell in and "everyone started screaming"': the quote goes on
                    # with the reported clause, which is reported whole (not after a cue of its
                    # own: '..., adding "We call on ..."')
                    kept.append(q)
                    continue
                b = _drop_trailing_joiner(body, a, b)
                if len(_WORDS.findall(body, a, b)) < 5:
                    continue
                q = Quote(a, b, q.kind, q.speaker, q.sentence, q.confidence, q.how)
        kept.append(q)
    return kept


def _content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    return {w for w in (x.casefold() for x in _WORDS.findall(text)) if len(w) > 2 and w not in stopwords}


def _without_paraphrases(body: str, quotes: list[Quote], stopwords: frozenset[str]) -> list[Quote]:
    """'Paus Fransiskus mengatakan telah berdoa untuk perdamaian di wilayah Kaukasus.' followed by
    his '"Saya berdoa untuk perdamaian di Kaukasus. ..."': the report only announces the quote
    that follows it, so the reader gets the speaker's own words once, not twice. The report goes
    when the next item is the same speaker's direct quote, in the same or the next paragraph,
    and holds most of the report's content words."""
    kept = []
    for i, q in enumerate(quotes):
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        if q.kind == "indirect" and nxt is not None and nxt.kind == "direct" and q.speaker is not None \
                and nxt.speaker is q.speaker and nxt.start >= q.end and body.count("\n", q.end, nxt.start) <= 1:
            said = _content_words(body[q.start:q.end], stopwords)
            if said and len(said & _content_words(body[nxt.start:nxt.end], stopwords)) >= 0.5 * len(said):
                continue
        kept.append(q)
    return kept


_JOINER = re.compile(r"(?:[\s,;:]+(?:adding|saying|and|dan|serta|dengan mengatakan|sambil mengatakan))?[\s,;:]*$", re.I)


def _drop_trailing_joiner(body: str, a: int, b: int) -> int:
    m = _JOINER.search(body, a, b)
    return _trim(body, a, m.start())[1] if m else b


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
    for m in qf.inline_cue.finditer(text, 0, min(len(text), 200)):
        pos = s.start + m.end()
        if any(a <= pos < b for a, b in spans):
            continue
        if m.group().strip(" \t,").casefold() in qf.object_gap_verbs:
            continue  # ('Bob Hughes, told Kamloops This Week that ...': the addressee follows 'told')
        e = _phrase_after(ctx, pos) if body[pos:pos + 1].isupper() else None
        pron = qf.pronoun_subject.match(body[pos:pos + 30]) if e is None and qf.pronoun_subject is not None else None
        if pron is not None and m.start() > 0 and last is not None \
                and pron.group().strip().casefold() in qf.personal:
            # 'Walau demikian, kata dia, PCA tak bisa ...': the person the article spoke of
            after = re.match(r"[ \t]*,[ \t]*", body[pos + pron.end():s.end])
            pre = body[s.start:s.start + m.start()].strip()
            om = g.openers_re.match(pre) if g.openers_re is not None else None
            rest = pre[om.end():] if om is not None else pre
            if after is not None:
                # (after a connective the clause follows the cue; 'Kiai Said, kata dia, selama ini
                # sudah ...' interrupts the clause, which is kept whole with its cue)
                connective = om is not None and len(rest.split()) <= 1 and not rest[:1].isupper()
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
        rest = re.match(r"[^,.;\"“”]{0,80},", body[pos:s.end])
        if e is not None and rest and not is_news_outlet(e.name):
            # the rest of the sentence after the cue is what the speaker said
            a, b = _trim(body, pos + rest.end(), s.end)
            if len(_WORDS.findall(body[a:b])) >= 3 and body[a] not in '"“”„«' \
                    and '"' not in body[a:b] and not _mostly_quoted(a, b, spans):
                return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "inline-cue")
            return e, None
    if qf.inline_pron_cue is not None and last is not None:
        for m in qf.inline_pron_cue.finditer(text, 0, min(len(text), 250)):
            if '"' in text or "”" in text:
                break  # (a sentence with quote marks holds no such report: none of its cues counts)
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
        if pa is not None and not any(a <= s.start + pa.start() < b for a, b in spans):
            e = _phrase_after(ctx, s.start + pa.end())
            ap = qf.lower_role_comma.match(body, s.start + pa.end()) if e is None else None
            if ap is not None:
                # 'disampaikan oleh juru bicara kementerian, Geng Shuang': the name after the role
                e = _phrase_after(ctx, ap.end())
            if e is not None and not is_news_outlet(e.name):
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
                return e, None
    # 'Menurut X, ...' / 'According to X, ...'
    if qf.according is not None:
        m = qf.according.match(text) or None
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
            e = last if pronoun is not None else _phrase_after(ctx, s.start + m.end())
            if e is None and pronoun is None and last is not None and qf.document_ref is not None \
                    and qf.document_ref.match(text, m.end()):
                e = last  # 'According to the filing, ...': the document of the one last reported
            source_end = None  # where a source with a comma inside ends ('police in Baytown, Texas')
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
            if described is not None:
                # 'Menurut pengamat pangan, Anton Apriyantono, fenomena ...': a description of the
                # source, then its name in apposition, then the clause
                dn = _phrase_after(ctx, described.start("name"))
                if dn is not None and dn.type == "person" and len(dn.name.split()) >= 2 \
                        and dn.name in described.group("name"):
                    e = dn
            if e is not None and is_news_outlet(e.name):
                e = None  # 'According to news agency ISNA, the prosecutor ... said': the press
            elif e is not None:
                comma = body.find(",", source_end or s.start + m.end(), s.end)
                pi = qf.pronoun_inside.search(body, s.start + m.end(), min(s.end, s.start + m.end() + 80)) \
                    if qf.pronoun_inside is not None else None
                if pronoun is not None and not re.match(r"[ \t]*,", text[m.end() + pronoun.end():]) \
                        and re.match(r"[ \t]+[a-z]", text[m.end() + pronoun.end():]):
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
                        reported = Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "according")
                        if body[a:a + 1].isupper() and not qf.according.match(body, a):
                            # 'According to investigators, Zhukovskyy said he had over-corrected ...':
                            # the source's report holds a named person's own
                            _, inner = _sentence_subject_and_indirect(ctx, type(s)(a, s.end), spans, last, recent)
                            if inner is not None and inner.how == "indirect" and inner.follow is None \
                                    and inner.speaker is not None and inner.speaker is not e \
                                    and inner.speaker.type == "person":
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
            if e is not None and not is_news_outlet(e.name):
                a, b = _trim(body, s.start + mid.end(), s.end)
                clause = max(body.rfind(";", s.start, s.start + mid.start()), body.rfind(":", s.start, s.start + mid.start()))
                whole, _ = _trim(body, clause + 1 if clause >= 0 else s.start, s.end)
                before = _WORDS.findall(body[whole:s.start + mid.start()])
                if before and before[-1].casefold() in qf.joiner_words:
                    whole = a  # ('largely Kurdish and, according to Turkey, supportive of': an aside)
                if len(_WORDS.findall(body[whole:b])) >= (6 if whole == a else 7) \
                        and len(_WORDS.findall(body[a:b])) >= 2 \
                        and body[a] not in '"“”„«' and not _mostly_quoted(a, b, spans):
                    # 'One child was, according to the fire service, among the dead': the source
                    # interrupts the clause, which is reported whole (the aside inside it)
                    return e, Quote(whole, b, "indirect", e, (s.start, s.end), 0.7, "according")
        if m is None and mid is None and qf.according_bare_mid is not None and qf.clause_marker is not None:
            # 'Kesepakatan ... itu menurut Trump akan merugikan perekonomian': the source with no
            # commas inside the clause, a marker word (auxiliary, copula) right after the name
            for bm in qf.according_bare_mid.finditer(text):
                if any(a <= s.start + bm.start() < b for a, b in spans) \
                        or len(_WORDS.findall(text[:bm.start()])) < 2:
                    continue
                nm = g.match_at(body, s.start + bm.end())
                nxt = re.match(r"[ \t]+(\w+)", body[nm.end():s.end]) if nm is not None else None
                if nxt is None or not qf.clause_marker.fullmatch(nxt.group(1).casefold()):
                    continue
                e = _phrase_after(ctx, s.start + bm.end())
                a, b = _trim(body, s.start, s.end)
                if e is not None and not is_news_outlet(e.name) and body[a] not in '"“”„«' \
                        and not _mostly_quoted(a, b, spans):
                    return e, Quote(a, b, "indirect", e, (s.start, s.end), 0.7, "according")
                break
    if qf.indirect_verb is None:
        return None, None
    conc = qf.concessive.match(text) if qf.concessive is not None else None
    for v in qf.indirect_verb.finditer(text):
        vs = s.start + v.start()
        if any(a <= vs < b for a, b in spans):
            continue
        if conc is not None and v.start() < conc.end():
            continue  # the concessive clause's verb: not what the sentence reports
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
        if v.group("verb") in qf.plural_report_forms and _plain_form_unreported(qf, text[:v.start()]):
            continue  # ('No, I say it is lockdown', 'hard to say what happens': no one's report)
        if _POSSESSIVE_END.search(text[:v.start()].rstrip()) and text[:v.start()][-1:] in " \t":
            continue  # 'the President's claim would tread upon ...': a possessive's noun
        if word_before is not None and word_before.casefold() in qf.participle_clause_openers \
                and re.search(r"(?:\A|,)[ \t\"“”]*\w+[ \t]+\Z", text[:v.start()]):
            continue  # 'When asked about climate change, Trump claimed ...': a participle clause
        before_verb = re.search(r"(\S+)[ \t]+(\w+)[ \t]+\Z", text[max(0, v.start() - 60):v.start()])
        if qf.issued_document is not None and v.group("verb").casefold() in qf.issuing_set:
            nxt = qf.indirect_verb.search(text, v.end(), v.end() + 60)
            if nxt is not None and qf.issued_document.search(text, v.start() - 1, nxt.start()) is not None:
                continue  # ('menyampaikan surat yang meminta ...': the letter's verb reports)
        issued = qf.issued_document.search(text, max(0, v.start() - 80), v.start()) \
            if qf.issued_document is not None and v.group("verb").casefold() in qf.report_set else None
        if issued is not None:
            before_verb = None  # ('mengeluarkan surat yang meminta ...': the issuer's report)
        if before_verb is not None and before_verb.group(2).casefold() in qf.relative_set \
                and not before_verb.group(1).rstrip(",")[:1].isupper():
            # 'resolusi ..., Desember lalu, yang mengecam ...': a relative clause's verb, not the
            # sentence's report (but 'pemerintah China, yang menyatakan ...' is China's)
            continue
        if qf.attempt_before is not None and qf.attempt_before.search(text, max(0, v.start() - 30), v.start()):
            continue  # 'AS berupaya menekankan ...', 'enggan menjelaskan': an attempt or a refusal, no report
        if qf.passive is not None and qf.passive.search(text, 0, v.start()) \
                and not v.group("verb").split()[0].casefold().endswith("ing"):  # ('It is also calling on ...')
            continue  # 'the drilling was condemned by Egypt': the subject did not say it
        if re.match(r"[ \t]+to[ \t]+(?:have|be)\b", text[v.end():]) or re.match(r"to[ \t]+(?:have|be)\b", text[v.end():]):
            continue  # 'Hurricane Maria, estimated to have done ... damage': a passive infinitive
        if qf.negated is not None and qf.negated.search(body, max(s.start, vs - 30), vs):
            continue  # 'Pemerintah Ukraina tidak pernah menyebutkan secara gamblang ...': nothing said
        e, pron = _subject(ctx, s.start, s.start + issued.start() if issued is not None else vs, spans)
        if issued is None and qf.document_at_end.search(text, 0, v.start()) is not None:
            # 'RIAA's DMCA notice alleged ...', 'A statement from the CIA said ...': the document's
            # owner or source reports
            owner = _document_owner(ctx, s.start, vs, recent, bare=False)
            if owner is not None:
                e, pron = owner, False
        if e is None and not pron and issued is None and qf.subject_relative is not None:
            rm = qf.subject_relative.match(text, 0, v.start())
            if rm is not None and not any(qf.clause_verb.fullmatch(w) for w in rm.group("head").split()):
                # 'Laporan panel pakar independen PBB yang diajukan ke Dewan Keamanan awal bulan ini
                # menyebut ...': a relative clause on the sentence's subject; the phrase it hangs on
                # reports (not when a verb stands before it: 'Polisi menangkap pria yang ...')
                e, pron = _subject(ctx, s.start, s.start + rm.end("head"), spans)
        if e is None and qf.document_source is not None:
            ds = qf.document_source.match(text, 0, v.start())
            if ds is not None:
                # 'Another report from the Mexican government during the weekend said ...': the
                # document's source speaks
                e, _ = _subject(ctx, s.start + ds.start("who"), s.start + ds.end("who"), spans)
        ds = qf.document_subject.match(text, 0, v.start()) if e is None and qf.document_subject is not None else None
        if ds is not None:
            # 'The statement also said ...': the statement of whoever the article quoted; an act of
            # office ('Trump declared a national emergency ... The proclamation said ...') is the
            # office holder's the article named last, unless a person spoke last ('The decree
            # instructs ...' after the Pope's words)
            office_act = any(w.casefold() in qf.office_documents for w in ds.group().split())
            e = (_officer_named_last(ctx, vs) if office_act and (recent is None or recent.type != "person")
                 else None) or recent
        if e is None and pron and recent is not None and recent.type != "person" and recent.voiced:
            e = recent  # 'ucap seorang juru bicara Kementerian Luar Negeri AS. Ia juga mengatakan'
        elif e is None and pron and pron not in qf.personal and recent is not None and recent.type != "person":
            e = recent  # 'They also stated ...' after the authorities spoke: a group may be 'they'
        elif e is None and pron in qf.personal and subject is not None and subject.type == "person":
            e = subject  # 'X denied ..., but ... he claimed ...': the sentence's own subject
        elif e is None and pron and last is not None and last.type == "person":
            e = last
        elif e is None and pron in qf.personal and last is None and qf.pronoun_to_named:
            e = _officer_named_last(ctx, s.start)  # ('He said that ...' before anyone has spoken)
        if e is not None and v.group("verb").casefold() in qf.court_findings and (
                not _is_court(qf, e) or not _opens_finding(qf, text[v.end():])):
            continue  # ('a doctor determined the mother was in danger': a finding of no court reports)
        if (e is None or (e.type != "person" and not is_news_outlet(e.name))) and is_news_outlet(body[s.start:vs].strip()):
            continue  # 'Reuters reported ... a source ... said': the press, then the speaker ('Press TV
            # said ...' is the press too, though its last word reads as a body)
        if e is None and subject is not None and v.group("verb").casefold().endswith("ing"):
            e = subject  # 'X wrote to the embassy asking to waive ...': the same subject
        if e is None:
            break
        if is_news_outlet(e.name):
            continue  # 'Reuters reported on Monday a German government source ... said': the press
        subject = e
        verb = v.group("verb")
        after = s.start + v.end()
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
        if comp is None and qf.object_gap is not None and verb.casefold() not in qf.request_set \
                and (not qf.object_gap_verbs or verb.casefold() in qf.object_gap_verbs):
            og = qf.object_gap.match(body, start, s.end)
            if og is not None:
                start, comp = og.end(), "object"
            elif qf.addressee_to is not None and verb.casefold() in qf.addressee_request_verbs \
                    and (addressed := qf.addressee_to.match(body, after, s.end)) is not None \
                    and "," not in addressed.group("obj"):
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
        if verb.casefold() in qf.request_set:
            start = vs
        elif comp is None and not (qf.kepada is not None and qf.kepada.match(body, after)):
            if qf.bare_set is not None and verb.casefold() not in qf.bare_set \
                    and not _complement_is_clause(qf, body, after, s.end) \
                    and not _named_subject_clause(ctx, start, s.end, verb):
                if re.search(r",[ \t]+but[ \t]", body[after:s.end]):
                    continue  # ('Quirin denied any sexual activity, but ... he claimed sex had been
                    # consensual': the same subject's report after 'but')
                return subject, None  # 'announced plans to ...', 'claimed responsibility'
            if qf.finite is not None and not _reads_as_clause(
                    qf, body, start, s.end, bool(qf.clause_verbs) and verb.casefold() not in qf.clause_verbs):
                continue  # 'told the world on Thursday via Twitter', 'announced plans' (a later
                # participle of the same subject may still report: 'wrote to ..., asking to ...')
        a, b = _trim(body, start, s.end)
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
                _, second = _sentence_subject_and_indirect(ctx, Sentence(cr.end(), s.end), spans, None, None)
                if second is not None and second.speaker is not None and second.speaker is not e:
                    a, b = _trim(body, a, cr.start())
                    follow = follow or second
        if qf.second_verb is not None:
            cut = qf.second_verb.search(body, a, b)
            if cut:
                second = re.search(r"[^\W\d_]+$", cut.group())
                word = second.group().casefold() if second else ""
                negated = qf.negated is not None and qf.negated.search(
                    body, max(a, cut.end() - len(word) - 30), cut.end() - len(word))
                if word in qf.say_set and word not in qf.request_set and not negated:
                    # 'mengungkapkan mereka akan ... dan bersumpah memulangkan ...': the second
                    # verb of the same subject reports a clause of its own (a request or a
                    # condemnation after it is an act, not a report: 'sekaligus mengecam laporan')
                    fa, fb = _trim(body, cut.end(), b)
                    if follow is None and len(_WORDS.findall(body[fa:fb])) >= 4 and not _mostly_quoted(fa, fb, spans):
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
        if b - a < 3 or len(_WORDS.findall(body[a:b])) < 3:
            return subject, before
        if body[a] in '"“”„«' or (_mostly_quoted(a, b, spans) and not _quote_as_predicate(qf, body, a, b, spans)):
            # (a report of someone else after 'while'/'but' still stands)
            return subject, before or follow
        return subject, Quote(a, b, "indirect", e, (s.start, s.end), 0.6, "indirect", follow)
    if subject is None:
        # plain subject of the sentence: a person or institution at its start
        m = g.match_at(body, s.start)
        if m is not None:
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, True, ctx.ents.midcaps)
            p = _joined_role(ctx, m, s.end) or p
            if p is not None and p.type == "person" and len((p.name or "").split()) == 1 \
                    and not any(w.casefold().rstrip(".") in g.title_words for w in (p.role or "").split()):
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
                    and not any(w.casefold().rstrip(".") in g.title_words for w in (p.role or "").split()):
                p = None  # 'RUU Cipta Kerja minim partisipasi publik': common words, not a name
            if p is None and m.group().strip() not in g.openers:
                p = _run_in_subject(ctx, m.end(), s.end)
            elif p is not None and p.type in ("role", "organization") and p.role:
                # 'Ketua DPD Organisasi Angkutan di Jalan (Organda) DKI Shafruhan Sinungan
                # mempertanyakan': the title goes on past a preposition to the name
                p = _run_in_subject(ctx, m.end(), s.end, after_title=True) or p
            if p is not None and qf.patient_verb is not None and qf.patient_verb.match(body, p.end, s.end):
                p = None  # 'Polresta Manado akan diturunkan': what is done to it, not who speaks
            if p is not None and p.type in ("person", "organization"):
                subject = ctx.ents.resolve(p, p.start)
    if subject is None:
        # 'In his talk at the Atlantic Council, Mitsotakis reaffirmed ...': a person the article
        # already introduced, opening a later comma segment, is what the sentence is about.
        for seg_start, seg_end in _segments_of(body, s.start, s.end)[1:]:
            if any(a <= seg_start < b for a, b in spans):
                continue
            lead = qf.determiner.match(body, seg_start) if qf.determiner is not None else None
            m = g.match_at(body, lead.end() if lead else seg_start)
            if m is None:
                continue
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
            if p is not None and p.type == "person" and p.name and (
                    seg_end >= s.end - 1 or re.match(r"[ \t]+[^\W\d_]{3,}", body[m.end():seg_end])):
                # (a name alone between two commas is an item of a list: '... di RSUD Dr
                # Soetomo, Balai Besar ...', not the subject)
                known = ctx.ents.find_person(p.name)
                if known is not None:
                    subject = known
                    break
            if lead and p is not None and p.type in ("organization", "role") \
                    and re.match(r"[ \t]+[a-z]{3,}", body[m.end():seg_end]):
                # 'In a press release the next day, the Turkish Ministry of Foreign Affairs
                # denounced ...': an institution followed by its verb
                subject = ctx.ents.resolve(p, p.start)
                if subject is not None:
                    break
    if subject is None and qf.any_passive_agent is not None:
        # 'Acara itu juga dihadiri William Wongso, tokoh kuliner': the person a passive names as
        # its agent is who the sentence is about
        for pa in qf.any_passive_agent.finditer(text):
            if any(a <= s.start + pa.start() < b for a, b in spans):
                continue
            m = g.match_at(body, s.start + pa.end())
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps) \
                if m is not None else None
            if p is not None and p.type == "person" and len((p.name or "").split()) >= 2:
                subject = ctx.ents.resolve(p, p.start)
                break
    return subject, None


_BRACKETED = re.compile(r"\([^()\n]{1,80}\)")


def _complement_is_clause(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """'menyebut ia akan mengunjungi AS' reports a clause, 'menyebut langkah itu sebagai
    pelanggaran' names a thing: a marker word (auxiliary, copula) after at least one word of a
    subject, within the first eight words and before any comma, quote mark or break word."""
    if qf.clause_marker is None:
        return False
    text = body[start:min(end, start + 200)]
    if text.lstrip(" \t").startswith(","):
        return True  # 'Agus menyebut, aturan yang ada ... belum diterapkan': a comma opens speech
    stop = qf.complement_break.search(text) if qf.complement_break is not None else None
    words = text[:stop.start() if stop else len(text)].split()[:8]
    if any(qf.clause_marker.fullmatch(w.casefold()) for w in words[1:]):
        return True
    inside = re.match(r"[\"“”„«]\s*([^\W\d_]+)", text[stop.start():]) if stop is not None else None
    if len(words) == 1 and words[0].casefold() in qf.frame_pronouns and inside is not None and (
            qf.clause_marker.fullmatch(inside.group(1).casefold())
            or (qf.verb_after is not None and qf.verb_after.match(" " + inside.group(1)))):
        # 'menyebut pihaknya "sudah siap ..."': a pronoun subject, the quote its predicate (not
        # 'menyebut mereka "pengkhianat bangsa"': a name given, no predicate)
        return True
    if len(words) >= 3 and words[0].casefold() in qf.clause_openers:
        return True  # 'menyebut tak ada rencana ...', 'menyebut akan datang ...': the speaker's own clause
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


def _named_subject_clause(ctx: _Context, start: int, end: int, verb: str = "") -> bool:
    """'menyebut Uni Eropa menjalankan nilai demokrasi secara selektif': after a verb that takes a
    noun phrase, a name followed at once by an active verb (or an auxiliary and one) is a clause;
    so are auxiliaries and an active verb with no subject ('mengumumkan akan memangkas ...')."""
    body, qf, g = ctx.body, ctx.qf, ctx.ents.g
    k = after_blanks(body, start) if body[start:start + 1] in " \t" else start
    if k < 0 or qf.verb_after is None:
        return False
    first = re.match(r"\w+", body[k:end])
    if first is not None and first.group().casefold() in qf.auxiliaries:
        # 'Israel mengumumkan akan memangkas sumbangannya': the speaker is the clause's subject
        pos = k - 1
    elif first is not None and verb.casefold() in qf.denial_verbs and qf.denied_act is not None \
            and qf.denied_act.fullmatch(first.group()) and first.group() not in qf.predicate_non_verbs \
            and first.group() not in qf.stopword_words:
        # 'Taliban membantah terlibat dalam serangan itu', 'membantah menerima suap': the act denied
        # is the speaker's own clause (not 'membantah berita itu')
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


def _reads_as_clause(qf: QuoteFinder, body: str, start: int, end: int, noun_verb: bool = False) -> bool:
    """A clause with no complementiser has its finite verb early, before any comma or relative
    pronoun: 'US troops would be leaving' is a report, 'a naval coalition which was joined' is not."""
    # ('hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped': an aside in brackets
    # does not break the clause)
    text = _BRACKETED.sub(" ", body[start:end]) if "(" in body[start:end] else body[start:end]
    stop = qf.clause_break.search(text)
    head = text[:stop.start() if stop else len(text)]
    words = head.split()
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


def _list_or_aside_then_verb(qf: QuoteFinder, text: str, pos: int) -> bool:
    """'Tory policies on schools, taxes, immigration and crime were striking a chord', 'the bill,
    which brings in house arrest, had safeguards': the subject goes on through a list of short
    items ending in 'and'/'or', or a relative clause between commas, then the finite verb comes."""
    for _ in range(4):
        comma = text.find(",", pos)
        chunk = text[pos:comma if comma >= 0 else len(text)]
        words = chunk.split()
        # (an aside is a relative clause, or a content clause: 'the rationale from a previous ruling,
        # that women were ineligible to serve in combat, no longer applies')
        relative = (qf.relative_start is not None and qf.relative_start.match(chunk) is not None) \
            or (bool(words) and (words[0] in qf.complementisers
                                 or (words[0].endswith("ed") and words[0].islower() and len(words) >= 2
                                     and words[1] in qf.agent_prepositions)))
        if relative and comma >= 0 and len(words) <= 15:
            after = text[comma + 1:].split()[:8]
            return bool(after) and bool(qf.finite.search(" ".join(after)))
        if not words or relative:
            return False
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


_NAME_LINKS = {"bin", "ibn", "al", "de", "van", "von", "da"}
_BRACKETED_SHORT_END = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)$")  # ('... Fellowship (LCF)')
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_BREAK = re.compile(r"[?,;:]\s")


def _said_with_comma(qf: QuoteFinder, body: str, b: int, seg: "_Segment") -> bool:
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


def _quote_as_predicate(qf: QuoteFinder, body: str, a: int, b: int, spans) -> bool:
    """'the law has "condemned many women ..."', 'the United States is "in the midst of a crisis"':
    a subject and a copula or an auxiliary of the reporter's, then the speaker's words as the
    predicate; the clause is reported whole although the quote makes most of it."""
    first = min((s for s, e in spans if a < s < b), default=None)
    if first is None or qf.copula_end is None:
        return False
    frame = body[a:first]
    words = _WORDS.findall(frame)
    if len(words) == 1 and words[0].casefold() in qf.frame_pronouns and not frame.rstrip(' "“”„«').endswith(","):
        return True  # 'menyebut pihaknya "sudah siap menghadapi apapun"': the pronoun is the subject
    if len(words) >= 2 and qf.copula_end.search(frame.rstrip(' "“”„«')) is not None:
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
