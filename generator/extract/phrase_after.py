"""The speaker named after a cue or a quote: 'said X', 'said the minister, X', 'kata dokter ...'.

`_phrase_after` reads the speaker phrase that starts at a position (the end of an appositive
chain, a role after the name, a lower-case role, a state word before a noun); the
`_described_after_cue` family reads a speaker given by a lower-case description after the cue.
`subjects._subject_of` calls `_phrase_after` for a subject written after its verb; the report
readers call it directly. It imports `segments`, `antecedents`, `institutions` and
`office_holders`, and is imported by `subjects` only among these.
"""
from __future__ import annotations

from functools import lru_cache
import re

from .antecedents import (_described_body, _described_person, _described_person_anaphor, _epithet_of_last_person, _person_head,
                          _role_holder_described,
                          _person_named_last, _salient_person, _unnamed_entity, _unnamed_force_state)
from .institutions import _firm_named_last, _group, _introduced_by_noun
from .mentions import Entity, NAMEWORD, Parsed, UPPER, after_blanks
from .office_holders import _holder_named_last, _person_of_body
from .segments import (_CAPITALISED_RUN, _Context, _LOWER_WORD, _closes_apposition, _joined_role, _name_segment,
                       _possessed_person)


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


def _noun_modifier(ctx: _Context, word: str, end: int, seg_end: int) -> bool:
    """Whether an -ing word after a state's adjective is a noun's modifier, not a verb: a lower-case
    noun (no stopword, no -ly, -ed or -ing word) follows it and closes the segment ('the French
    broadcasting regulator,', 'a British advertising watchdog said'); not 'Chinese officials visiting
    the site said', 'The Israelis describing it as ...'."""
    if not word.endswith("ing"):
        return False
    rest = ctx.body[end:seg_end].split()
    return len(rest) == 1 and _LOWER_WORD.fullmatch(rest[0]) is not None \
        and rest[0] not in ctx.ents.g.stopwords and not rest[0].endswith(("ly", "ed", "ing"))


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
        if word.endswith(("ed", "ing", "'s", "’s")) \
                and not (not run and _noun_modifier(ctx, word, p.end + w.end(), seg_end)):
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


def _deputy_of_known(ctx: _Context, described: str, name: str, at: int) -> str | None:
    """The deputy role ending a lower-case description ('kuasa hukum' of 'kuasa hukum Brown') when the
    name after it is a person the article named before (the description at body offset `at`) who holds
    no such role: whose lawyer it is. (A name first written right there is the deputy's own: 'kata
    pengacara Ulrich Weber yang ditugaskan ...', later 'kata Weber'.)"""
    folded = described.casefold()
    role = next((d for d in ctx.ents.g.deputy_roles if folded == d or folded.endswith(" " + d)), None)
    known = ctx.ents.find_person(name) if role is not None and name else None
    if known is None or role in (known.role or "").casefold() or not ctx.written_before(at, name, known.name):
        return None
    return described[len(described) - len(role):]


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


def _named_after_definite_description(ctx: _Context, m: re.Match | None, end: int) -> Entity | None:
    """'," said the committee chairman, MP Tom Hale.', '," said the festival's executive director, Ana
    Ruiz.': after the cue, what someone is with the definite article (a few lower-case words), then
    their name in apposition closing the sentence (or followed by where or when it was said): that
    person speaks (definite_description_names: the English press's order; head-first languages read
    the description by its head noun instead)."""
    dets = ctx.qf.definite_description_dets
    if m is None or not dets:
        return None
    words = m.group("desc").split()
    if not 2 <= len(words) <= 5 or words[0] not in dets:
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
        return _named_after_body_description(ctx, start, end) or _named_after_definite_description(ctx, m, end) \
            or _unnamed_after_cue(ctx, start, end)
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


def _another_one(ctx: _Context, word: str, first: int) -> Entity:
    """'," cuit lainnya.': another one of the kind the unnamed speaker quoted last is ('seorang netizen' ->
    'netizen lainnya'; after an account's handle, 'akun lainnya'); the word alone when the last was named."""
    last = ctx.last_person
    name = (last.name or "") if last is not None else ""
    head = None
    if name.startswith("@"):
        head = ctx.qf.account_noun
    elif name[:1].islower():
        words = name.split()
        lead = next((d for d in sorted(ctx.qf.indefinite_set, key=len, reverse=True)
                     if name.casefold().startswith(d + " ")), None)
        rest = words[len(lead.split()):] if lead else words
        head = rest[0] if rest and rest[0].casefold() not in ctx.qf.other_one_words else None
    return _unnamed_entity(ctx, f"{head} {word}" if head else word, "person", first)


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
        if e is not None and e.type == "person":
            _force_description_office(ctx, e, ctx.body[m.start("desc"):named.end()].split(",")[0].strip(), start)
        return e if e is not None and e.type == "person" else None
    words = m.group("desc").split()
    first = words[0].casefold()
    if m.group("desc").casefold() in qf.other_one_words:
        return _another_one(ctx, m.group("desc"), m.start("desc"))
    if first in qf.pronoun_set or first in qf.stopword_words or first in qf.trailer_words \
            or first in qf.auxiliaries or first in qf.indefinite_set \
            or any(qf.clause_verb.fullmatch(w) and w not in qf.predicate_non_verbs for w in words):
        return None
    return _unnamed_entity(ctx, m.group("desc"), "person", m.start("desc"))


def _force_description_office(ctx: _Context, e: Entity, desc: str, offset: int) -> None:
    """'," kata polisi setempat, Mark Halloway.': a member of a state's force (unnamed_state_forces)
    described before the name, with no office or state of the person's own, holds that office, of
    the state the description names or the story's state (as an unnamed member of the force does)."""
    if e.role or e.country or e.registered or ctx.qf.unnamed_force is None \
            or not ctx.qf.unnamed_force.match(desc) or len(desc.split()) > 4:
        return
    country = _unnamed_force_state(ctx, desc, offset)
    if country is not None:
        e.role, e.country = desc, country


# ', ' or ', dan ' between links of an appositive chain ('Menteri Koordinator Bidang Politik,
# Hukum, dan Keamanan Mahfud MD')
_APPOSITION = re.compile(r",[ \t]+(?:(?:dan|and|serta)[ \t]+)?")
_GLOSS_THEN_APPOSITION = re.compile(r"[ \t]*\([^()\n]{1,80}\),[ \t]+")


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


def _cue_follows(ctx: _Context, end: int) -> bool:
    """Whether a speech verb comes right after a phrase ending at `end`: '," the Dutchman said.' has
    its subject before the verb, so a nationality there is the whole subject, as in '," said the Scot.'."""
    m = re.match(r"[ \t]+", ctx.body[end:end + 3])
    return m is not None and ctx.qf.speech_any.match(ctx.body, end + m.end()) is not None


def _described_subject_after_quote(ctx: _Context, start: int, end: int, last: Entity | None) -> Entity | None:
    """'," the 34-year-old told the club website.', '," the midfielder said.': a description of a
    person by age or by what they do (described_person_subject) as the whole subject of a cue after
    a quote is the person the sentence before the quote opens with; with no one quoted before (`last`),
    whom the same description opening a sentence means (_described_person: the person named last when
    so called, else the one spoken of most; 'Westbury have signed defender Paul Grantham ...': one
    named only as an object)."""
    qf, body = ctx.qf, ctx.body
    if qf.described_person_subject is None:
        return None
    lead = re.match(r"[ \t]*,?[ \t]*", body[start:end])
    at = start + lead.end()
    verb = qf.speech_any.search(body, at, min(end, at + 60))
    od = qf.own_deputy_subject.fullmatch(body, at, verb.start()) \
        if verb is not None and qf.own_deputy_subject is not None else None
    lawyer = _own_deputy(ctx, od, None) if od is not None else None
    if lawyer is not None:
        return lawyer  # ('," his lawyer told reporters.': the client's lawyer, not the client)
    dp = qf.described_person_subject.fullmatch(body, at, verb.start()) if verb is not None else None
    if dp is None:
        return None
    # (with someone quoted before, an uncued quote goes on with them, which is right more often than
    # the one spoken of most: 'The 28-year-old host who ... said she ... "...," the presenter said.')
    return _subject_before_quote(ctx, at) or (_described_person(ctx, at, dp.group()) if last is None else None)


# A body's name and its bracketed short form, then a lower-case office and a name: 'Football Association
# (FA) spokesman Adrian Bevington', 'Dutch football federation (KNVB) spokesman Frank Huizinga' (the
# person named after the office speaks, not the body)
SHORT_FORM_THEN_OFFICE = re.compile(
    r"[ \t]*(?:the[ \t]+)?(?:[A-Za-z][\w&'’.-]*[ \t]+){1,6}\([A-Z][\w&.-]{1,9}\)[ \t]+"
    r"(?=(?:[a-z][\w-]*[ \t]+){1,3}[A-Z][\w'’-]+[ \t]+[A-Z])")


def full_person(e: Entity | None) -> bool:
    """Whether `e` is a person named with two words or more (not a body, not a lone name)."""
    return e is not None and e.type == "person" and len((e.name or "").split()) >= 2


def _person_after_short_form(ctx: _Context, read: Entity | None, pos: int) -> Entity | None:
    """The person named after a body's bracketed short form and an office (SHORT_FORM_THEN_OFFICE) when
    the phrase at pos was read as the body, else None."""
    if full_person(read):
        return None
    m = SHORT_FORM_THEN_OFFICE.match(ctx.body, pos)
    if m is None:
        return None
    e = _phrase_after_read(ctx, m.end())
    return e if full_person(e) else None


def _own_deputy(ctx: _Context, m: re.Match, principal: Entity | None) -> Entity | None:
    """The lawyer of the client a subject phrase names (m, of qf.own_deputy_subject: "Mr Sigarchi's
    lawyer", 'his lawyers', 'Lawyers for the pair'; pack own_person_deputies), or None. `principal` is
    the speaker as the rules that read the phrase before gave it ('his lawyer said' read as him). The
    lawyer is a person of their own, named by the client a name gives ("Arash Sigarchi's lawyer") or
    else by the head word ('Lawyers for the pair', 'his lawyer': 'Lawyers', 'lawyer'), of no state (a
    lawyer holds no office of the client's); a state body's lawyers ("the government's lawyers") keep
    its state."""
    if not m.group("client") and (m.group("det") or not (m.group("owner") or m.group("desc") or m.group("pron"))):
        return None  # ('The lawyer added ...', 'Lawyers said ...': the lawyer the article named, as before)
    role = m.group("role")
    if m.group("client"):
        if principal is not None and (principal.type == "organization"
                                      or (principal.name or "").casefold() in ctx.qf.own_deputies):
            return principal  # (read so before: 'Lawyers for the pair said', 'Lawyers for Acme Records said')
        # (not the client read as the speaker: 'Lawyers for Mr Fawcett and Mr McDonald denied ...'; the
        # lawyers by their head word, as a group so named is: 'Lawyers', 'lawyer')
        name = role
        principal = None
    else:
        owner = m.group("owner")
        if principal is not None and (principal.name or "").casefold() in ctx.qf.own_deputies:
            if m.group("pron"):
                return principal  # (read so before: 'His legal team argued ...' is the 'legal team')
            principal = None  # ('lawyers': the phrase read before as its own head word)
        if owner is not None and (principal is None or not {w.casefold() for w in owner.split()} & principal.tokens):
            # (the client the name gives, not someone else read before)
            principal = ctx.ents.find_person(owner) or ctx.ents.find_org(owner)
        elif m.group("desc") or m.group("pron"):
            # ('The athletes' lawyer'; 'his lawyer' by the head word, as 'his lawyers' already is, not
            # the client the pronoun was read as)
            principal = None
        if principal is not None and principal.name and principal.type in ("person", "organization"):
            owner = principal.name.rstrip("'’")
            name = f"{owner}{chr(39) if owner.endswith('s') else chr(39) + 's'} {role}"
        elif owner is not None or m.group("desc"):
            principal = None
            name = m.group("phrase") if owner is not None else m.group("phrase").split(None, 1)[1]
        else:
            name = role
    found = next((e for e in ctx.ents.entities if e.type == "person" and e.name == name), None)
    if found is None:
        found = Entity(name=name, type="person", role=None, first=m.start("phrase"))
        ctx.ents.entities.append(found)
    found.country = principal.country if principal is not None and principal.type == "organization" else None
    return found


def _phrase_after(ctx: _Context, pos: int) -> Entity | None:
    """The speaker named at pos (_phrase_after_read); a client's lawyer there is the lawyer
    (_own_deputy), or the one named in apposition after those words ('said Kenteris's lawyer,
    Gregory Ioannidis')."""
    rx = ctx.qf.own_deputy_after
    m = rx.match(ctx.body, pos) if rx is not None else None
    if m is None:
        read = _phrase_after_read(ctx, pos)
        return _person_after_short_form(ctx, read, pos) or read
    read = _phrase_after_read(ctx, pos)
    if m.group("named"):
        if read is None or (read.type == "person" and set((read.name or "").split()) & set(m.group("named").split())):
            # (read so before, or by the rules after: "argued the government's lawyer, Richard Keen"
            # is the state's, reports._described_then_named)
            return read
        return _phrase_after_read(ctx, m.start("named"))
    return _own_deputy(ctx, m, read) or read


def _person_after_title_and_body(ctx: _Context, m: re.Match, p: Parsed | None) -> Parsed | None:
    """'," kata Juru Bicara kejaksaan Swedia Karin Rosander.': a title of title words alone (p, the
    phrase m), a lower-case body or description (qf.descriptor), then a person's full name: that person,
    with the title and the description as the role; else None. As subjects._subject_of reads it before
    the verb. (Not a verb after the title: 'kata Bupati menyambut Presiden Joko Widodo'.)"""
    g, body = ctx.ents.g, ctx.body
    if p is None or p.type != "role" or not p.role or ctx.qf.descriptor is None \
            or not all(w.casefold().rstrip(".") in g.title_words for w in p.role.split()) \
            or body[m.end():m.end() + 1] not in (" ", "\t"):
        return None
    d = ctx.qf.descriptor.match(body, m.end() + 1)
    if d is None or len(d.group().split()) > 3 or re.match(r"(?:me|ber)", d.group()):
        return None
    n = g.match_at(body, d.end())
    named = g.parse(body, n.start(), n.end(), None, False) if n is not None else None
    if named is None or named.type != "person" or not named.name or len(named.name.split()) < 2:
        return None
    named.role = body[m.start():n.start()].strip() + (f" {named.role}" if named.role else "")
    return named


# what a handle drops of a name's words ('@TMCPoldaMetro' of 'TMC Polda Metro Jaya'): spaces, case, marks
_NOT_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]")


def _account_named_before(ctx: _Context, handle: str, at: int) -> Entity | None:
    """The speaker or body named before `at` whose name's words, two or more in a row, spell the
    handle ('@TMCPoldaMetro' after 'akun resmi Twitter TMC Polda Metro Jaya'): the account is theirs,
    so its posts are their words and they speak for whom they do (a police account, its state)."""
    letters = _NOT_LETTER_OR_DIGIT.sub("", handle.casefold())
    for e in ctx.ents.entities:
        words = [_NOT_LETTER_OR_DIGIT.sub("", w.casefold()) for w in e.name.split()]
        if e.first < at and len(words) >= 2 and any(
                "".join(words[i:j]) == letters for i in range(len(words)) for j in range(i + 2, len(words) + 1)):
            return e
    return None


def _phrase_after_read(ctx: _Context, pos: int) -> Entity | None:
    """The speaker named at pos: 'Kepala Dusun X, Kelurahan Y, Wahyu Wibowo' -> the person at
    the end of an appositive chain; otherwise the first phrase."""
    g, body = ctx.ents.g, ctx.body
    handle = ctx.qf.handle_after.match(body, pos)
    if handle is not None:
        # ('"...," tulis @warga_kota99.', '," tulis akun @warga_kota99.': an account on a social network,
        # named by its handle, speaks)
        name = handle.group(1)
        known = next((e for e in ctx.ents.entities if e.name == name), None) \
            or _account_named_before(ctx, name, handle.start(1))
        if known is None:
            known = Entity(name=name, type="person", first=handle.start(1))
            ctx.ents.entities.append(known)
        return known
    det = ctx.qf.determiner.match(body, pos) if ctx.qf.determiner is not None else None
    if det is not None:
        dm = g.match_at(body, det.end())
        dp = g.parse(body, dm.start(), dm.end(), None, False) if dm is not None else None
        if dp is not None and dp.type == "country" and (re.match(r"\s*[,.;]", body[dm.end():dm.end() + 3])
                                                         or _cue_follows(ctx, dm.end())):
            # '," said the German.': the person just spoken of, described by nationality (one of
            # that state if any; else the person the sentence before the quote opens with, or the
            # one named last, as for '," said the Scot.', before the one spoken of most: '... was
            # left frustrated after losing. "...," said the American.')
            known = _salient_person(ctx, pos, dp.country)
            if known is None and ctx.qf.nationality_phrase is not None \
                    and (nat := ctx.qf.nationality_phrase.match(body, pos)) is not None \
                    and (re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[nat.end():nat.end() + 3])
                         or _cue_follows(ctx, nat.end())):
                known = _subject_before_quote(ctx, pos) or _person_named_last(ctx, pos)
            known = known or _salient_person(ctx, pos, None)
            if known is not None:
                return known
    nat = ctx.qf.nationality_phrase.match(body, pos) if det is not None and ctx.qf.nationality_phrase is not None \
        else None
    if nat is not None and (re.match(r"[ \t]*(?:[,.;:!?]|\Z)", body[nat.end():nat.end() + 3])
                            or _cue_follows(ctx, nat.end())):
        # '," said the Scot.', '," the Dutchman said.': the person the sentence before the quote opens
        # with, else the person named last ('Drake, whose film Long Road is up for the fair's awards,
        # said ... "...," the British actor said.')
        known = _subject_before_quote(ctx, pos) or _person_named_last(ctx, pos)
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
        described = _described_before_participle(ctx, dm)
        if described is not None:
            # '," kata sang aktor mengawali pengumumannya.': the one spoken of, by a kind of person, then
            # what the words did ('opening his announcement'), no part of who he is
            return _role_holder_described(ctx, described, dm.start()) or ctx.last_person
        if dm is not None and len(dm.group().split()) <= 3 and _PUNCTUATION_NEXT.match(body, dm.end(), dm.end() + 2) \
                and (g.lower_role_start is None or not g.lower_role_start.match(dm.group())) \
                and dm.group().split()[0] not in ctx.qf.trailer_words \
                and not re.match(r",[ \t]+[A-Z]", body[dm.end():dm.end() + 3]):  # ('sang pelatih, John Kavanagh')
            e = Entity(name=dm.group(), type="person", role=None, first=dm.start())
            ctx.ents.entities.append(e)
            return e
    if m is None:
        return _lower_role_after(ctx, pos)
    chain = [g.parse(body, m.start(), m.end(), None, False)]
    titled = _person_after_title_and_body(ctx, m, chain[0])
    if titled is not None:
        return ctx.ents.resolve(titled, titled.start)
    joined = _person_after_joined_offices(ctx, m, chain[0])
    if joined is not None:
        return ctx.ents.resolve(joined, joined.start)
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
            and not chain[0].role and (deputy := _deputy_of_known(ctx, described, chain[0].name or "", pos)) \
            and not re.match(r"[ \t]*,[ \t]+[A-Z]", body[m.end():m.end() + 4]):
        # 'Itu disampaikan kuasa hukum Brown kepada Reuters': the unnamed lawyer of a person the
        # article named speaks, not that person (with the lawyer's name in apposition, 'kuasa hukum
        # Andika, Toto Ruhanto', the lawyer is named); kept out of the article's entities, so that a
        # later 'Brown' is still Brown
        return Entity(name=f"{deputy} {chain[0].text}", type="person", role=None, first=pos)
    if described and described.casefold() in ctx.qf.close_source_descriptions and chain[0] is not None \
            and chain[0].type == "person" and not chain[0].role:
        # '," kata sumber dekat Payne.': an unnamed source close to the person named, not that person
        # (kept out of the article's entities, as a deputy is, so that a later 'Payne' is still Payne)
        return Entity(name=f"{described} {chain[0].text}", type="person", role=None, first=pos)
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
    if (year := _YEAR_BEFORE_APPOSITION.match(body, end)) is not None:
        # 'kata anggota tim ahli survei IPP 2017, Ali Said': the year of a survey, an event or a
        # committee closes the body's name before the comma; the chain goes on to the person
        end = year.end()
    ends = [end]  # (where each phrase of the chain ends)
    for _ in range(4):
        a = _APPOSITION.match(body, end)
        if not a and chain[-1] is not None and chain[-1].type in ("role", "organization"):
            # 'kata Juru Bicara Forum Warga (Budi untuk Jateng), Hendra Wijaya': a body's name glossed
            # in brackets before the comma; the chain goes on past the gloss to the person
            a = _GLOSS_THEN_APPOSITION.match(body, end)
        if not a:
            break
        m2 = g.match_at(body, a.end())
        if m2 is None:
            break
        nxt = re.match(r"[ \t]+([a-z]\w*)", body[m2.end():m2.end() + 30])
        if nxt is not None and ctx.qf.finite_lower is not None \
                and ctx.qf.finite_lower.fullmatch(nxt.group(1)):
            break  # 'According to the National Disaster Response Force, Calicut has ...': a clause
        if ctx.qf.owner_in_apposition is not None and ctx.qf.owner_in_apposition.search(m2.group()):
            # 'argues Mr Pike, Factory Monthly's engineer of the year': a description, not a name;
            # the chain goes on only to a name in apposition after it ('said University of
            # California, San Diego's chancellor, Pradeep Khosla')
            office = _OWNED_OFFICE_BEFORE_NAME.match(body, m2.end())
            if office is None:
                break
            chain.append(Parsed(body[m2.start():office.end()], m2.start(), office.end(),
                                body[m2.start():office.end()], None, "role", None))
            ends.append(office.end())
            end = office.end()
            continue
        chain.append(g.parse(body, m2.start(), m2.end(), None, False))
        ends.append(m2.end())
        end = m2.end()
    first = chain[0]
    fields = _fields_listed_across(ctx, first, ends)
    if len(chain) > 1 and first is not None and first.type == "person" and first.role \
            and (len((first.name or "").split()) == 1 or _named_only_here(ctx, first) or fields
                 or _described_body(ctx, described) or _names_the_facility_of_role(ctx, first)) and any(
                c is not None and c.type == "person" and (len((c.name or "").split()) >= 2 or fields) and not c.role
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
                    # ('menurut pelatih ganda campuran Indonesia, Richard Mainaky': the office's words in lower
                    # case before the chain, no part of it, still say whose it is, as in grammar's parse)
                    before = re.split(r"[.,;:!?\"“”()]", body[max(0, m.start() - 60):m.start()])[-1].split()[-3:]
                    if not ctx.ents.g.is_non_state(p.role) \
                            and not (before and ctx.ents.g.is_non_state(" ".join(before + [p.role]))):
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


# a year after a body's or an event's name, right before the comma of an apposition naming a person
_YEAR_BEFORE_APPOSITION = re.compile(rf"[ \t]+(?:19|20)\d\d(?=,[ \t]+[{UPPER}])")
# the lower-case office after an owner's possessive, when a comma and a name follow it
_OWNED_OFFICE_BEFORE_NAME = re.compile(rf"(?:[ \t]+[a-z][\w-]*){{1,5}}(?=,[ \t]+[{UPPER}])")
_CLAUSE_STOP = re.compile(r"[,.;:!?\"“”()\n]")


def _person_after_joined_offices(ctx: _Context, m: re.Match, first: Parsed | None) -> Parsed | None:
    """'," ujar Pendiri LSM X yang juga mantan Menteri Y Budi Santoso dalam acara ...': offices joined
    by a role joiner after the cue, then the name; the person speaks, holding (or having held) them all,
    as the same chain does before the verb (segments._joined_role). Only after an office: not
    'kata Andre Santoso yang juga menjabat sebagai Ketua ...', a name whose office follows it."""
    if first is not None and first.type == "person" and first.name \
            and (m.group().split()[0].casefold().rstrip(".") not in ctx.ents.g.title_words
                 or len(first.name.split()) >= 2):
        return None  # (nor 'ujar Ketua DPR Budi Santoso yang juga Ketua Umum ...': the name is read)
    stop = _CLAUSE_STOP.search(ctx.body, m.end())
    p = _joined_role(ctx, m, stop.start() if stop else len(ctx.body))
    return p if p is not None and len((p.name or "").split()) >= 2 else None


def _fields_listed_across(ctx: _Context, first: Parsed | None, ends: list[int]) -> bool:
    """'kata Kepala Biro Hubungan Masyarakat, Data, dan Informasi Kemenag, Mastuki': a body's fields
    listed with commas and a coordinator (field_list_heads) open in the chain's first phrase and run on
    past it, so that the two capitalised words that close the first phrase are a field of the body,
    not a name, and the person (one word of a name is enough) closes the chain after the list."""
    if ctx.qf.field_list is None or first is None or len(ends) < 3:
        return False
    fl = ctx.qf.field_list.search(ctx.body, first.start, ends[-2])
    return fl is not None and fl.start() < first.end < fl.end() <= ends[-2]


def _names_the_facility_of_role(ctx: _Context, p: Parsed) -> bool:
    """'Kepala Bandara Kalimarau Berau': a role closed by a place's or a body's word (non_name_words:
    'Bandara', 'Pelabuhan', 'PT'), so that the 'name' after it is the facility's, however often the
    article named it ('Petugas Bandara Kalimarau Berau menggagalkan ...' before)."""
    words = (p.role or "").split()
    return bool(words) and words[-1].casefold() in ctx.ents.g.non_name


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
# blanks maybe, then the punctuation that ends a cue's description ('kata sang aktor mengawali pengumumannya.')
_PUNCTUATION_NEXT = re.compile(r"[ \t]*[,.;:!?]")


def _described_before_participle(ctx: _Context, dm: re.Match | None) -> str | None:
    """The kind of person a determiner's lower-case phrase after a cue opens with, when an active verb
    follows it up to the punctuation ('aktor' of 'sang aktor mengawali pengumumannya', 'pelatih' of
    'sang pelatih menutup jumpa pers'); None for other phrases and for a kin noun ('sang ibu menambahkan'
    is a mother of someone spoken of, not that person)."""
    if dm is None or ctx.qf.active_verb_word is None or ctx.last_person is None \
            or not _PUNCTUATION_NEXT.match(ctx.body, dm.end(), dm.end() + 2):
        return None
    words = dm.group().split()
    verb = next((i for i, w in enumerate(words) if i > 0 and ctx.qf.active_verb_word.fullmatch(w)), None)
    if verb is None:
        return None
    # (the description ends there, or at a word of where or when before it: 'sang rapper saat mengakhiri ...')
    cut = next((i for i, w in enumerate(words[:verb]) if i > 0 and w in ctx.qf.trailer_words), verb)
    if cut > 2 or words[0].casefold() in ctx.qf.kin_description_nouns \
            or not _person_head(ctx.qf, " ".join(words[:cut])):
        return None
    return " ".join(words[:cut])


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
    if named is not None:
        # 'juru bicara kementerian, Geng Shuang,': the person named after it (also after a role
        # closed by an anaphor: 'kata ketua organisasi tersebut, Sheila Duffy' names the head of
        # the body just spoken of, not the person the article spoke of last)
        p = g.parse(ctx.body, named.start(), named.end(), None, False)
        if p is not None and p.type == "person" and p.name and not p.role:
            p.role, p.country = role, p.country or g.role_country(role)
            return ctx.ents.resolve(p, p.start)
    if ctx.last_person is not None and _described_person_anaphor(ctx.qf, role):
        # '..., kata mantan juara itu.': the one the article spoke of last, described (unless the head
        # noun is the role of someone named before them: _role_holder_described)
        return _role_holder_described(ctx, role, start) or ctx.last_person
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


# (an age in brackets may stand between the name and the comma, as the press writes a person it
# introduces: 'kata Suwandi (17), pegawai Dinas ...'; the apposition after it is read the same)
_APPOSITIVE_ROLE = re.compile(r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+([^,.;:\"“”\n]{3,90}?)(?=[ \t]*[,.;:\n]|$)")


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


def appositive_role(ctx: _Context, end: int) -> re.Match | None:
    """The role put in apposition after a name that ends at body offset end ('..., juru bicara kantor Suu
    Kyi, ...', '..., profesor di Fakultas X University of Y, ...'): the match of _APPOSITIVE_ROLE, its
    group 1 the role's words; None when the words after the comma are no office (a date, a place of
    speaking, the clause itself)."""
    m = _APPOSITIVE_ROLE.match(ctx.body, end)
    if not m:
        return None
    text = m.group(1).strip()
    g = ctx.ents.g
    words = [w.casefold().rstrip(".") for w in re.findall(r"[\w.'’-]+", text)]
    if not words or not any(w in g.title_words for w in words[:4]) \
            or words[0] in ctx.qf.object_prepositions:
        return None  # 'kata Rycroft, Senin (11/12)', '..., dalam jumpa pers': not a role
    if g.is_clause(text):
        return None  # '..., kata Karim, tetap menjadi prioritas Presiden': the sentence goes on
    if words[0] in ctx.qf.relative_set and not _relative_names_office(g, text, words):
        return None  # '..., said Mara Quinn, who came to the gala with her French husband': a nationality, no office
    if _verb_in_apposition(ctx, text):
        return None  # 'Menurut Yudi, pengawasan dilakukan bersama kejaksaan.': the clause reported
    return m


def _role_after(ctx: _Context, p: Parsed, end: int) -> None:
    """'kata Zaw Htay, juru bicara kantor Suu Kyi, kepada ...' / '..., said Mike Pompeo, the US
    Secretary of State': a role in apposition after the name gives role and state. The state is
    the role's own (`Iran's foreign minister`) or that of a known official it names (`kantor Suu
    Kyi` -> MM)."""
    m = appositive_role(ctx, end)
    if m is None:
        return
    text = m.group(1).strip()
    g = ctx.ents.g
    lead = ctx.qf.determiner.match(text + " ") if ctx.qf.determiner is not None else None
    if lead is None and text[:2].islower() and re.match(r"(?:the|a|an)\s", text):
        lead = re.match(r"(?:the|a|an)\s+", text)
    p.role = text[lead.end():] if lead else text  # 'the US Secretary of State' -> the title
    if g.is_non_state(text):
        # (a role in a body that is not the state's gives no state, as a role read before a name: '...,
        # profesor di Fakultas X University of British Columbia,' names the university's place, no office)
        return
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
