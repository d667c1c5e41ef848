"""Who a cue's subject is: the speaker phrase before or after a report verb, resolved to a person or a body.

`_subject` / `_subject_of` search the sentence text before a verb segment by segment, from the verb
back, and decide which phrase is its subject (with the joint subjects of a coordinated report,
`_joint_subjects`). They are the top of the subject modules and the only ones that use all of
them: `segments` (the shared `_Context` and the segment readers), `phrase_after` (a speaker
written after the verb), `antecedents` (pronouns, epithets, descriptions), `institutions` (groups,
firms, 'it', institution nouns) and `office_holders` (an office named by its role). Nothing among
those imports this module.
"""
from __future__ import annotations

import re

from .antecedents import (_dated, _described_person, _described_referent, _describes_person,
                          _nationality_referent, _person_body_state, _person_head, _pronoun_body,
                          _antecedent, _person_named_last, _pronoun_fits, _pronoun_may_mean,
                          _relative_antecedent, _salient_person, _unnamed_force_state)
from .institutions import (_authority, _firm_named_last, _group, _named_before_in_sentence,
                           _named_institution, _new_group, _opening_body, _spokesperson_body)
from .mentions import POSSESSIVE_ENDINGS, Entity, Parsed, UPPER, _NAME_JOINERS, _initials_match, after_blanks
from .office_holders import (_holder_named_last, _person_of_body, _portfolio_holder, _portfolio_office,
                             _portfolio_words, _role_before, _role_body, _role_words,
                             _single_office_holder)
from .outlets import is_press
from .phrase_after import SHORT_FORM_THEN_OFFICE, full_person, _hedged_name, _noun_after_state_word, _own_deputy, _phrase_after
from .segments import (_Context, _academic_degree, _ends_in_preposition, _joined_role, _known_person_ending,
                       _known_surname, _lower_clause_of_its_own, _name_segment, _named_with_short_form,
                       _only_verb_group_words, _opens_adverbially, _opens_with_finite,
                       _opens_with_preposition, _person_after_lower_role, _person_after_role, _person_segment,
                       _phrase_ending_at, _possessed_person, _segments_of, _source_lead_in, _without_determiner)


# A name followed by its acronym in brackets: 'The Institute for Criminal Justice Reform (ICJR)'
_ACRONYMED = re.compile(r"(?:The[ \t]+)?(?P<name>[A-Z][\w-]*(?:[ \t]+[\w-]+){1,8}?)[ \t]+\((?P<acronym>[A-Z]{2,8})\)")


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
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


_OPENING_COORDINATOR = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]+(?=[a-z])")


def _determined_office(ctx: _Context, start: int, verb_start: int) -> Entity | None:
    """'Sang juru bicara menyebut, ...': an office in lower case after a definite determiner
    (role_determiners: 'sang', 'si') as the whole subject is the person the article last named with
    that office ('juru bicara maskapai, Mohammad ...'); None when it named no one so."""
    g = ctx.ents.g
    words = ctx.body[start:verb_start].split()
    while len(words) > 2 and words[-1].casefold() in ctx.qf.auxiliaries:
        words.pop()  # ('Sang juru bicara juga menyebut')
    if not 2 <= len(words) <= 4 or words[0].casefold() not in g.role_determiner_set \
            or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[1:]) or g.lower_role_start is None:
        return None
    role = " ".join(words[1:])
    if not g.lower_role_start.match(role) and words[1].casefold() not in g.title_words:
        # (any title's word will do after the determiner, 'Sang gubernur berpendapat ...': only a person
        # named with that office answers it)
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
    if k == len(words) or k < 1:
        return None
    last = words[k - 1].group()
    if k == 1 and (last in ctx.ents.g.opener_set or not last[:1].isupper() or (
            ctx.ents.find_person(last) is None and not _named_body(ctx, last, start))):
        # ('Cook also said that ...' after 'Norman Cook', 'Valve also said ...' after 'Valve'): one
        # capitalised word is a subject only as the surname of a person or the name of a body the
        # article named before
        return None
    if last.endswith(","):
        # (after an aside between commas: 'Tom Hale, whose show inspired the opera, has said ...', 'Tom
        # Hale, a film maker, has said ...'; not a list: 'Studios, including Acme and Bolt, have ...')
        opening = text.rfind(",", 0, words[k - 1].end() - 1)
        first = text[opening + 1:].split()[:1] if opening >= 0 else []
        if not first or (first[0].casefold() not in ctx.qf.aside_openers and not _research_aside(
                ctx, [(start, start + opening), (start + opening + 1, start + words[k - 1].end() - 1)])):
            # (or an aside on how research, a group or a document was made: 'His lawyers, led by Bruce
            # Cutler, have vowed ...')
            return None
    elif not (last[:1].isupper() and last[-1:].isalpha()):
        return None
    return start + words[k - 1].end()


def _named_body(ctx: _Context, word: str, before: int) -> bool:
    """A body the article named before `before` is called `word` (its whole name)."""
    return any(at < before and e.type == "organization" and (e.name or "") == word
               for at, e in ctx.ents.mentions)


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
        # ('Earlier this month the firm said ...', 'Last week the minister said ...': a definite
        # description of one to three lower-case words right before the verb is the subject)
        dets = ctx.qf.definite_article_words
        for j in range(len(words) - 2, max(1, len(words) - 4) - 1, -1):
            if words[j].group() in dets and all(w.group().islower() for w in words[j + 1:]):
                e, _ = _subject_of(ctx, start + words[j].start(), verb_start, quotes_spans)
                said = ctx.sentences[ctx.sentence_index(verb_start)]
                if e is not None and e.name and re.search(
                        rf"(?<![\w-]){re.escape(e.name)}(?![\w-])", ctx.body[verb_start:said.end]):
                    # (a body the sentence names after the verb, in what is said, is another than the
                    # one the description means: '... the company said it: "... by a number of
                    # companies, including Acme, ..."' after 'Acme is seeking damages from Spamco')
                    return None
                return e
        return None
    for w in words[k:]:
        if w.group() in ctx.qf.comma_less_stops:
            continue  # (a month or a weekday: 'Until December Acme said')
        e, _ = _subject_of(ctx, start + w.start(), verb_start, quotes_spans)
        if e is not None:
            return e
    return None


def _adjunct_after_name(ctx: _Context, start: int, verb_start: int) -> int | None:
    """Where a phrase of time or occasion (subject_adjunct_openers: 'usai persidangan', 'saat
    ditemui di kantornya', 'dalam pengarahannya') begins, between a capitalised name and the verb,
    with no comma in it; None when there is none. The opener alone right before the verb is the
    verb's own subordinator ('... album terakhir Young sebelum menyatakan keluar ...'), no adjunct."""
    text = ctx.body[start:verb_start]
    openers = ctx.qf.subject_adjunct_openers
    if "," in text or not openers:
        return None
    words = list(re.finditer(r"\S+", text))
    for k in range(1, len(words)):
        if words[k].group() in openers:
            prev = words[k - 1].group()
            if prev[:1].isupper() and prev[-1:].isalpha() and 2 <= len(words) - k <= 6:
                return start + words[k - 1].end()
            return None
    return None


def _subject(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start (_subject_read), a client's lawyer
    read as the lawyer (_own_deputy); a spokesperson named by a person's possessive ('His spokesman said')
    as that possessive's subject pronoun, the person's voice; by the definite article ('The spokesperson
    said') as 'it', the voiced body quoted last (indirect.py); by a definite owner's possessive ('The prime
    minister's official spokesman said') as that owner read as the subject."""
    voice_rx = ctx.qf.possessed_spokesperson_subject
    voiced = voice_rx.fullmatch(ctx.body, start, verb_start) if voice_rx is not None else None
    if voiced is not None:
        # ('The spokesperson said ...': read as 'it', the body the voice quoted last is; indirect.py
        # keeps it only so)
        return None, (ctx.qf.spokesperson_possessive_pronouns[voiced.group("poss").casefold()]
                      if voiced.group("poss") else "it")
    owned_rx = ctx.qf.owned_spokesperson_subject
    owned = owned_rx.fullmatch(ctx.body, start, verb_start) if owned_rx is not None else None
    if owned is not None:
        # ('The prime minister's official spokesman said ...': the office or body whose spokesperson it
        # is speaks, as it would as the subject; nothing else when it is no one the article names)
        owner = _subject_read(ctx, owned.start("owner"), owned.end("owner"), quotes_spans)
        if owner[0] is not None:
            return owner
    found = _subject_read(ctx, start, verb_start, quotes_spans)
    rx = ctx.qf.own_deputy_subject
    m = rx.fullmatch(ctx.body, start, verb_start) if rx is not None else None
    if m is not None and found[0] is None:
        # (a lawyer no other rule read as a speaker is one only before a verb of saying: lawyers act
        # for their clients too, 'The president's legal team appealed the decision to ...')
        verb = re.match(r"[\w'’-]+", ctx.body[verb_start:verb_start + 30])
        if verb is None or verb.group().casefold() not in ctx.qf.clause_verbs:
            m = None
    lawyer = _own_deputy(ctx, m, found[0]) if m is not None else None
    return (lawyer, False) if lawyer is not None else found


def _subject_read(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
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
    if not full_person(found[0]) and (sf := SHORT_FORM_THEN_OFFICE.match(ctx.body, start, verb_start)) is not None:
        # 'Football Association (FA) spokesman Adrian Bevington said ...': the person after the
        # body's short form and the office speaks
        person = _subject_of(ctx, sf.end(), verb_start, quotes_spans)
        if full_person(person[0]):
            return person
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
    if found == (None, False) and ctx.qf.adjunct_after_named_subject:
        cut = _adjunct_after_name(ctx, start, verb_start)
        if cut is not None:
            # 'Penasehat hukum terdakwa M Gunawan usai persidangan mengatakan ...': where or when
            # the subject spoke, between its name and the verb, is no part of the subject
            named = _subject_of(ctx, start, cut, quotes_spans)
            if named[0] is not None and named[0].type == "person" and len((named[0].name or "").split()) >= 2:
                found = named
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
    if dp is None and found == (None, False) and ctx.qf.described_person_subject is not None:
        aside = _RELATIVE_ASIDE.search(ctx.body, start, verb_start)
        if aside is not None:
            # 'The 27-year-old, who captained St Helens to Challenge Cup success last year, said ...':
            # a relative clause between commas after the description tells more of the same person;
            # only the one named last who is also the one spoken of most (an aside tells of someone
            # the reader knows: no guess between two people)
            dp = ctx.qf.described_person_subject.fullmatch(ctx.body, start, aside.start())
            if dp is not None:
                last = _person_named_last(ctx, start, start)
                if last is None or _described_person(ctx, start, dp.group()) is not last:
                    dp = None
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
                if ctx.body[cut - 2:cut] in POSSESSIVE_ENDINGS:
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


# ', who ... ,' / ', whose ... ,' right before the verb: a relative clause between commas
_RELATIVE_ASIDE = re.compile(r",[ \t]+(?:who|whose)[ \t][^;:\"“”()\n]{3,120}?,[ \t]*\Z")


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
    first_word = body[head:head + j.start() - 1]
    if left is None and ctx.qf.pack.get("joint_single_word_bodies") and _single_word_body(ctx, first_word):
        # ('Nokivo and Zentrix announced ...': a firm's one-word name opening the sentence, which the
        # grammar reads as no name there)
        left = Parsed(first_word, head, head + len(first_word), None, first_word, "person", None)
    if left is not None and right is not None and left.type == "organization" and left.role \
            and right.type == "person" and (not right.role or (
                right.role.split()[0].casefold() not in g.title_openers and right.role.split()[0] not in g.head_words)):
        # ('Sekretaris Kementerian Koperasi dan UKM Dedi Kurniawan', 'Kepala Dinas Perindustrian dan
        # Perdagangan Budi Santoso': an office of a body on the left, no one's name, and on the right
        # no office of its own before the name: one office, whose body's name holds the coordinator)
        return None
    if left is not None and left.type == "organization" and " " not in (left.name or " ") \
            and left.name.casefold() in g.title_words and left.name not in g.institution_heads \
            and left.name not in g.institution_names:
        return None  # ('CEO dan Co-Founder Modalku Reynold Wijaya': two offices of one person, no body;
        # not a body's short form that is also read as an office: 'Depkes dan NEA mengatakan ...')
    sides = [_joint_side(ctx, q) for q in (left, right)]
    if None in sides or "body" in sides and "acronym" in sides:
        return None  # ('Budi dan Iwan', 'Kementerian Hukum dan HAM': no two speakers known apart)
    # (a firm by its one-word name is a body: 'Motorola', not a person of that name)
    left, right = (Parsed(q.text, q.start, q.end, None, q.name, "organization", None) if side == "firm" else q
                   for q, side in zip((left, right), sides))
    pair = tuple(ctx.ents.resolve(q, q.start) for q in (left, right))
    if None in pair or pair[0] is pair[1]:
        return None
    return pair


_BODY_NAME_LINKS = frozenset({"of", "for", "on", "the", "de", "&"})


def _joint_bodies(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity, Entity] | None:
    """'The Center for Biological Diversity and the Center for Food Safety said ...', 'Deutsche
    Bank and Credit Suisse Group said ...': two bodies joined by 'and' as the whole subject of a report
    verb (joint_body_subjects), each with a name of its own that says it is a body (a last word of a
    body's name, institution_tails or firm_name_tails, maybe with its 'of'/'for' complement: 'American
    Civil Liberties Union of Montana'; or an acronym); both report the clause (the annotations list one
    entry per body). A coordinator inside one body's name is no pair: 'Securities and Exchange
    Commission', 'Department of Health and Human Services' (after a complement the second side must
    open with 'the' or with its own body word: 'Center for Food Safety')."""
    if not ctx.qf.pack.get("joint_body_subjects"):
        return None
    body, g = ctx.body, ctx.ents.g
    if any(a < verb_start and start < b for a, b in quotes_spans):
        return None
    words = list(re.finditer(r"\S+", body[start:verb_start]))
    while words and (words[-1].group().casefold() in ctx.qf.group_adverbs
                     or words[-1].group().casefold() in ctx.qf.joint_quantifier_set):
        words.pop()  # ('... have announced', '... also said', '... both say')
    toks = [w.group() for w in words]
    if not toks or any(re.search(r"[,;:()\"“”]", t) for t in toks):
        return None
    first = 1 if toks[0] in ("The", "Both") else 0
    joins = [i for i, t in enumerate(toks) if t == "and"]
    if len(joins) != 1:
        return None
    j = joins[0]
    tails = g.institution_tails | g.firm_name_tails

    def side(lo: int, hi: int) -> tuple[int, bool] | None:
        """(where the body's name opens, whether it ends with a complement) when toks[lo:hi] names a body."""
        if lo < hi and toks[lo].casefold() == "the":
            lo += 1
        part = toks[lo:hi]
        if not part or not part[0][:1].isupper() or not part[-1][:1].isupper() \
                or any(not t[:1].isupper() and t not in _BODY_NAME_LINKS for t in part) \
                or g.finder.code_of(" ".join(part)) is not None:
            return None
        at = start + words[lo].start()
        p = g.parse(body, at, start + words[hi - 1].end(), None, False)
        if p is not None and p.type == "organization" and not p.role and p.name == " ".join(part):
            # (a body the grammar reads as one: 'Labour', 'the Liberal Democrats')
            return lo, any(t in ("of", "for") for t in part[1:])
        if len(part) == 1:
            return (lo, False) if re.fullmatch(r"[A-Z]{2,8}", part[0]) else None
        for i, t in enumerate(part[1:], 1):
            if t in tails and (i == len(part) - 1 or part[i + 1] in ("of", "for")):
                return lo, i < len(part) - 1
        if part[0] in tails and part[1] in ("of", "for"):
            return lo, True  # ('Center for Food Safety', 'Bank of England')
        return None

    left, right = side(first, j), side(j + 1, len(toks))
    if left is None or right is None:
        return None
    if left[1] and toks[j + 1].casefold() != "the" and toks[j + 1] not in tails \
            and not (len(toks) - right[0] >= 3 and toks[-1] in tails):
        # ('Department of Health and Human Services': the complement goes on; not 'American Civil
        # Liberties Union of Montana and Native American Rights Fund', a body of three words or more)
        return None
    pair = []
    for lo, hi in ((left[0], j), (right[0], len(toks))):
        at, end = start + words[lo].start(), start + words[hi - 1].end()
        name = body[at:end]
        e = ctx.ents.resolve(Parsed(name, at, end, None, name, "organization", None), at)
        if e is None:
            return None
        pair.append(e)
    return (pair[0], pair[1]) if pair[0] is not pair[1] else None


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
    if p.type == "person" and len(words) == 1 and ctx.qf.pack.get("joint_single_word_bodies") \
            and _single_word_body(ctx, p.name):
        return "firm"  # ('Motorola and Apple announced ...': a firm by its one-word name)
    return None


def _single_word_body(ctx: _Context, name: str) -> bool:
    """Whether a single capitalised word read as a person's name is rather a body's one-word name
    (joint_single_word_bodies): no given name, never next to another capitalised name word in the
    article ('Joe Biden', 'Biden Jr' make it a surname), never after an honorific ('Mr Apple'), and no
    word of the language."""
    g = ctx.ents.g
    if not re.fullmatch(rf"[{UPPER}][\w-]+", name) or name.casefold() in g.given_names \
            or name.casefold() in g.common or name.casefold() in ctx.ents.lowercase_words:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.body):
        before = ctx.body[max(0, m.start() - 30):m.start()].split()
        after = ctx.body[m.end():m.end() + 30].split()
        if before and (before[-1][:1].isupper() and before[-1].isalpha() and before[-1] not in g.opener_set
                       or before[-1].casefold().rstrip(".") in g.honorifics):
            return False
        if after and re.fullmatch(rf"[{UPPER}][a-z][\w-]*", after[0]):
            return False
    return True


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


def _field_list_body_subject(ctx: _Context, segments, verb_start: int) -> Entity | None:
    """'Badan Meteorologi, Klimatologi dan Geofisika (BMKG) memastikan ...': a body whose name lists its
    fields with commas (field_list_heads), opening its segment and running up to the verb (its short form
    in brackets and a comma between at most): the body speaks, named in full (not 'Geofisika', read as a
    name when the commas cut the phrase). None otherwise."""
    body, g = ctx.body, ctx.ents.g
    for seg_start, seg_end in segments:
        at = seg_start + len(body[seg_start:seg_end]) - len(body[seg_start:seg_end].lstrip())
        fl = ctx.qf.field_list.match(body, at, verb_start)
        if fl is None or fl.end() <= seg_end:
            continue
        if not re.fullmatch(r"[ \t]*(?:\([A-Z][A-Za-z]{1,9}\))?[ \t]*,?[ \t]*", body[fl.end():verb_start]):
            return None
        p = g.parse(body, fl.start(), fl.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
        if p is None or p.type == "person":
            return None
        e = ctx.ents.resolve(p, p.start)
        if e is not None and e.country is None:
            # (the state of the body its initials name, 'BMKG', when the article writes that short form)
            short = ctx.ents.find_org("".join(w[0] for w in re.findall(r"[A-Z][\w-]*", fl.group())))
            if short is not None and short is not e:
                e.country = short.country
        return e
    return None


def _listed_office_subject(ctx: _Context, segments, verb_start: int) -> Entity | None:
    """'Direktur Pengaturan, Perijinan, dan Pengawasan Fintech OJK Hendrikus Passagi menuturkan ...': an
    office whose body lists its fields with commas (field_list_heads), opening a segment after a title or two
    at most, then the rest of the role and a person's full name right before the verb: that person is the
    subject (not 'Pengaturan', read as a name after 'Direktur' when the commas cut the phrase). The role is
    the whole office, list and all, so that its body gives the state. None otherwise."""
    body, g = ctx.body, ctx.ents.g
    for seg_start, seg_end in segments:
        at = seg_start + len(body[seg_start:verb_start]) - len(body[seg_start:verb_start].lstrip())
        fl = ctx.qf.field_list.search(body, at, verb_start)
        if fl is None:
            return None
        if fl.start() >= seg_end:
            continue  # (an opening phrase before the office: 'Terkait usulan itu, Direktur ...')
        lead = body[at:fl.start()].split()
        if len(lead) > 3 or not all(w[:1].isupper() for w in lead):
            return None  # (the list opens the phrase, after a title or two at most)
        gap = re.match(r"[ \t]*,?[ \t]*", body[fl.end():verb_start])
        pos = fl.end() + gap.end()
        m = g.match_at(body, pos)
        end = m.end() if m is not None else -1
        if m is None or not re.fullmatch(rf"[ \t]*(?:,[ \t]*{_DAY_AND_DATE.pattern}[ \t]*)?,?[ \t]*",
                                         body[end:verb_start]):
            return None  # (the name runs right up to the verb, or to a day and date before it)
        # (read with the title before the list, 'Direktur Fintech OJK Hendrikus Passagi': the rest alone
        # opens with no title)
        head = fl.group().split()[0]
        items = re.split(r",|(?<![\w-])(?:dan|serta)(?![\w-])", fl.group())[1:]
        if any(w.casefold() in g.title_words or w.casefold() in g.given_names for it in items for w in it.split()):
            return None  # ('Direktur Utama Pertamina, Nicke Widyawati, dan Direktur Keuangan ...': people listed)
        probe = " ".join(lead + [head, body[pos:end]])
        q = g.parse(probe, 0, len(probe), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
        if q is None or q.type != "person" or len((q.name or "").split()) < 2 \
                or not probe.endswith(q.name):
            return None
        office = " ".join(body[at:end - len(q.name)].split()).strip(" ,")
        p = Parsed(body[at:end], at, end, office, q.name, "person", q.country or g.role_country(office))
        return ctx.ents.resolve(p, p.start)
    return None


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


_SHORT_FORM_AFTER = re.compile(r"[ \t]*\((?P<short>[^()\n]{2,20})\)\Z")


def _apposed_home_region(ctx: _Context, segment: tuple[int, int], verb_start: int) -> bool:
    """A segment that is only a town, regency or province of the home state (the pack's
    places.<code>.txt), maybe with its short form in brackets ('Nusa Tenggara Barat (NTB)'), closed by
    a comma before the verb: set off on both sides, it is an apposition, not the subject ('Menurut
    data BPS, Jawa Barat mencatat ...' keeps the province as subject)."""
    places = ctx.ents.g.local_places
    if not places or "," not in ctx.body[segment[1]:verb_start]:
        return False
    text = ctx.body[segment[0]:segment[1]].strip()
    short = _SHORT_FORM_AFTER.search(text)
    if short is not None:
        inner = short.group("short").strip()
        if inner.casefold() not in places and not re.fullmatch(r"[A-Z]{2,6}", inner):
            return False
        text = text[:short.start()].rstrip()
    words = text.split()
    if len(words) > 1 and words[0].casefold() in ctx.ents.g.place_heads:
        words = words[1:]  # ('Provinsi Jawa Barat')
    return bool(words) and words[0][:1].isupper() and " ".join(words).casefold() in places


def _ends_in_name(text: str) -> bool:
    """Text closing on a capitalised word or a short form in brackets (a body's or a place's name)."""
    text = text.rstrip()
    if text.endswith(")"):
        return True
    return text[-1:].isalpha() and text.split()[-1][:1].isupper()


def _research_aside(ctx: _Context, segments: list[tuple[int, int]]) -> bool:
    """Whether the last of the segments before a verb is an aside on how research, a group or a document
    was made, published or where it works (research_aside_openers) after a segment ending in research, a
    group or a document (research_heads, group_speakers, document nouns): 'The study, published in Nature,
    found ...', 'The lawsuit, filed in Washington County, alleges ...' (no place in it speaks)."""
    qf = ctx.qf
    if qf.research_aside is None or len(segments) < 2:
        return False
    a, b = segments[-1]
    if not qf.research_aside.match(ctx.body, a, b):
        return False
    before = re.findall(r"[\w'’-]+", ctx.body[segments[-2][0]:segments[-2][1]])
    return bool(before) and (before[-1].casefold() in qf.research_heads or before[-1].casefold() in qf.group_names
                             or before[-1].casefold() in qf.aside_documents)


def _side_subject(ctx: _Context, text: str, seg_start: int, verb_start: int) -> Entity | None:
    """'Pihak bandara O'Hare juga mengatakan ...', 'Sementara itu, pihak keluarga mengaku ...': the side
    of a body described by a lower-case noun (maybe then its name) as the whole subject of a speech verb
    speaks, named as written; the authorities speak for the story's state ('Pihak kepolisian mengatakan'),
    so do a state's office holders ('pihak kejaksaan'); any other body is of no state."""
    verb = re.match(r"[^\W\d_]+", ctx.body[verb_start:verb_start + 40])
    if verb is None or verb.group().casefold() not in ctx.ents.g.subject_speech_words:
        return None
    rest = text.strip()
    g = ctx.ents.g
    opener = g.openers_re.match(rest) if g.openers_re is not None else None
    if opener is not None and ctx.qf.side_subject.fullmatch(rest) is None:
        rest = rest[opener.end():]  # ('Namun pihak keluarga mengaku ...')
    m = ctx.qf.side_subject.fullmatch(rest)
    if m is None:
        return None
    who = m.group("who")
    at = seg_start + text.find(who)
    plain = who[:1].lower() + who[1:]
    au = ctx.qf.authority.fullmatch(plain) if ctx.qf.authority is not None else None
    if au is not None:
        return _authority(ctx, who, at)
    e = ctx.ents.find_org(who)
    if e is None:
        e = Entity(name=who, type="organization", role=None, first=at)
        dom = g.domestic_role_re
        noun = plain.split(None, 1)[1]
        e.country = ctx.ents.story_state(at) if dom is not None and dom.fullmatch(noun) else None
        ctx.ents.entities.append(e)
    return e


def _subject_of(ctx: _Context, start: int, verb_start: int, quotes_spans) -> tuple[Entity | None, bool]:
    """The speaker phrase that is the subject of a verb at verb_start, searching the sentence text
    body[start:verb_start] segment by segment from the verb back. Returns (entity, pronoun)."""
    body, g = ctx.body, ctx.ents.g
    aside = _BRACKETED_LIST_END.search(body, start, verb_start)
    if aside is not None and aside.start() > start:
        # 'Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of ...': a list in
        # brackets after the subject (her works) is an aside; its commas cut no segments
        verb_start = aside.start()
    acc = ctx.qf.accompanied_by.search(body, start, verb_start) if ctx.qf.accompanied_by is not None else None
    if acc is not None and acc.start() > start and not any(a < verb_start and acc.start() < b for a, b in quotes_spans):
        # 'Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan
        # Widyardana Putra mengatakan ...': the ones who go with the subject are no subject; the one
        # named before 'yang didampingi' speaks
        e = _antecedent(ctx, start, acc.start())
        if e is not None and e.type in ("person", "organization"):
            return e, False
    ident = None
    if ctx.qf.identifying_relative is not None:
        for ident in ctx.qf.identifying_relative.finditer(body, start, verb_start):
            pass  # (the last one before the verb)
    if ident is not None and not any(a < verb_start and ident.start() < b for a, b in quotes_spans):
        # 'anggota lainnya yang juga Ketua PBHI Totok Yuliyanto menjelaskan, ...': a description, then
        # 'yang juga' and the office and name of the one it describes, right before the verb: that
        # person speaks
        m = g.match_at(body, ident.end())
        end = ident.end() + len(body[ident.end():verb_start].rstrip(" \t,"))
        if m is not None and m.end() == end:
            p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
            if p is not None and p.type == "person" and p.name and len(p.name.split()) >= 2:
                e = ctx.ents.resolve(p, p.start)
                if e is not None and e.type == "person":
                    return e, False
    segments = _segments_of(body, start, verb_start, ctx.qf.segment_breaks)
    if len(segments) > 1 and ctx.qf.accompanied_fronted is not None \
            and ctx.qf.accompanied_fronted.match(body, start) is not None and body[segments[-1][0]:segments[-1][1]].strip():
        # ('Dengan didampingi oleh Dirjen Haji Abdul Djamil serta Irjen M. Jasin, Menag menjelaskan ...',
        # 'Didampingi Kepala Puspen ABRI, Brigjen Sumrahari, Soemitro berbicara ...'): those named in the
        # opening phrase of companions are no subject; the one after its last comma is
        segments = segments[-1:]
    if ctx.qf.field_list is not None and len(segments) > 1:
        listed = _listed_office_subject(ctx, segments, verb_start) or _field_list_body_subject(ctx, segments, verb_start)
        if listed is not None:
            return listed, False
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
        ra = ctx.qf.relative_apposition.match(body, segments[-1][0], segments[-1][1]) \
            if rel is not None and ctx.qf.relative_apposition is not None and len(segments) == 2 else None
        if ra is not None:
            # ('John Hollis, who is the US Secretary of State, said': read as 'John Hollis, the US
            # Secretary of State, said', the office what he is now; not 'who was', a past office)
            segments = [segments[0], (ra.end(), segments[-1][1])]
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
    while len(segments) > 1 and _research_aside(ctx, segments):
        # ('The survey, conducted by the Pew Internet and American Life Project, showed ...': how the
        # research was made is an aside; the research before it speaks, or the source the aside names
        # after 'by' when it reads as one, as in 'A study conducted by Acme found ...')
        # (a document's 'from' names who issued it: 'The letter, from the Home Office, says: ...'; only
        # research and documents are made 'by' a source: 'The team, led by Tom Hale, found ...' is the team's)
        head = re.findall(r"[\w'’-]+", body[segments[-2][0]:segments[-2][1]])[-1].casefold()
        doc = head in ctx.qf.aside_documents
        by = re.match(r"[ \t]*(?:[a-z]+(?:[ \t]+out)?[ \t]+by|from)[ \t]+" if doc else r"[ \t]*[a-z]+(?:[ \t]+out)?[ \t]+by[ \t]+",
                      body[segments[-1][0]:segments[-1][1]]) if doc or head in ctx.qf.sourced_research_set else None
        if by is not None:
            source, _ = _subject_of(ctx, segments[-1][0] + by.end(), segments[-1][1], quotes_spans)
            first = re.search(rf"[{UPPER}][\w'’&.-]*", body[segments[-1][0] + by.end():segments[-1][1]])
            if source is not None and not is_press(source) and first is not None \
                    and first.group() == (source.name or "").split()[0]:
                # (the whole name from its first capitalised word: not 'Life Project' of 'the Pew
                # Internet and American Life Project')
                return source, False
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
    while len(segments) > 1 and _apposed_home_region(ctx, segments[-1], verb_start) \
            and _ends_in_name(body[segments[-2][0]:segments[-2][1]]):
        # ('Dinas Kesehatan Kota Mataram, Nusa Tenggara Barat (NTB), mencatat ...', 'Polres Bogor,
        # Jawa Barat, mengatakan'): a home province or town set off by commas right after a body or
        # place says where it is, not who speaks; its short form in brackets is no body's
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
    if ctx.qf.intermediary_then_name is not None and segments:
        # ('Kapolres Lhokseumawe AKBP Hendri Budiman melalui Kapolsek Simpang Kramat Ipda Abdul Azis
        # mengatakan ...', 'PSSI melalui Sekretaris Jenderal Ratu Tisha menyampaikan ...'): the
        # officer the subject speaks through, named by an office right before the verb, is who spoke
        # (not 'melalui akun Twitternya' or 'melalui Surat Edaran': no one holding an office)
        # (a day and date between the name and the verb, 'Ipda Abdul Azis, Sabtu (10/2) malam mengatakan')
        dated = len(segments) > 1 and _DAY_AND_DATE.match(body[segments[-1][0]:segments[-1][1]].strip()) is not None
        last_seg = segments[-2] if dated else segments[-1]
        for im in ctx.qf.intermediary_then_name.finditer(body, last_seg[0], last_seg[1]):
            named = g.match_at(body, im.end())
            if named is None or named.end() > last_seg[1] \
                    or not _only_verb_group_words(ctx, body[named.end():last_seg[1]]):
                continue
            p = g.parse(body, named.start(), named.end(), ctx.ents.lowercase_words, False, ctx.ents.midcaps)
            if p is not None and p.type == "person" and p.name and p.role and g.has_title_word(p.role, False):
                segments = [(named.start(), last_seg[1])]
                break
    if len(segments) > 1 and ctx.qf.identity_hedge is not None:
        hedged = _hedged_name(ctx, segments)
        if hedged is not None:
            return hedged, False
    owner = _name_before_owned_role(ctx, segments) or _name_before_body_office(ctx, segments)
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
            noun = si.group("noun").casefold() if code else ""
            if code and noun in ctx.qf.firm_nouns and ctx.qf.definite_lead.match(text.strip()):
                # 'The German company said ...', 'The Australian firm said ...': the firm named last
                # (a firm is no state's institution: 'Siemens ... The German company said')
                firm = _named_institution(ctx, noun, seg_start)
                if firm is not None and firm.country in (None, code) and not ctx.ents.g.finder.code_of(firm.name) \
                        and not re.search(r"['’]s\b", firm.name) \
                        and (firm.type == "organization" or (firm.type == "person" and not firm.role
                                                             and " " not in firm.name)):
                    # (a one-word name read as a person's with no office is the firm: 'Siemens has unveiled')
                    return firm, False
            if code:
                # 'but the Saudi government said': the state's institution speaks
                name = f"{si.group('state')} {si.group('noun')}"
                e = ctx.ents.resolve(Parsed(name, seg_start + si.start("state"), seg_end, None, name,
                                            "organization", code), seg_start)
                if e is not None:
                    return e, False
        if index == 0 and len(segments) == 1 and ctx.qf.described_anaphor is not None:
            da = ctx.qf.described_anaphor.match(text)
            body_desc = _body_description_after_opener(ctx, da.group("desc")) if da else None
            if body_desc is not None:
                # 'Namun badan antariksa AS itu membantah, ...': a connective, then a body's head noun in
                # lower case closed by an anaphor: the body the article spoke of, never a person
                known = _described_referent(ctx, body_desc, seg_start)
                if known is not None and known.type == "organization":
                    return known, False
            known = _described_referent(ctx, da.group("desc"), seg_start) \
                if da and not _named_before_relative(ctx, da.group("desc")) else None
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
        if index == len(segments) - 1 and index > 0 and ctx.qf.described_anaphor is not None \
                and not _names_person(ctx, *segments[index - 1]):
            # 'Dalam surat elektronik ..., Direktur Utama PT Total Quality Indonesia itu menjelaskan, ...': an
            # office closed by an anaphor after an opening phrase points back as it does opening the sentence
            da = ctx.qf.described_anaphor.match(text)
            desc = da.group("desc") if da else ""
            known = _described_referent(ctx, desc, seg_start) \
                if desc and ctx.ents.g.has_title_word(" ".join(desc.split()[:4])) \
                and not _named_before_relative(ctx, desc) else None
            if known is not None:
                return known, False
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
                    apposed = _surname_before_apposition(ctx, *segments[index - 1]) if index > 0 else None
                    if apposed is not None:
                        # ('Smith, the Football Association's chief executive, said': the description is
                        # in apposition to the surname before it, not the person spoken of last)
                        return apposed, False
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
                    if role.casefold() in g.single_holder_offices \
                            and not re.match(r"['’]s?(?![\w-])", body[seg_start + dr.end("role"):]):
                        # ('Tony Blair has backed ... the prime minister said': a government's one
                        # holder of the office, whom the sentence before names; not 'The prime
                        # minister's official spokesman said': someone of the office)
                        holder = _single_office_holder(ctx, role, seg_start)
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
            word = (pm.group("pron") if "pron" in pm.re.groupindex else pm.group()).strip().casefold()
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
        after = _after_connective(ctx, body[seg_start:seg_end]) if index == 0 else None
        if after is not None and after.strip():
            # ('Sementara itu Sulaeman salah seorang warga ... mengatakan'): the name is read after the
            # connective, whose lower-case second word cuts it from the capitalised run
            m = g.match_at(body, seg_end - len(after.lstrip())) or m
        at_start = seg_start == start
        p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, at_start, ctx.ents.midcaps) \
            if m is not None else None
        if p is not None and p.type != "person" and ctx.qf.seat_then_names is not None \
                and body[m.start():m.end()].split()[0].casefold() in g.title_words \
                and ctx.qf.seat_then_names.fullmatch(body, m.end(), seg_end):
            # 'Dubes RI di Kairo Helmy Fauzi mengatakan': the office read up to its seat stops before
            # 'di'; read with its seat, the phrase ends in the holder's name, who speaks (not 'RI')
            whole = g.parse(body, m.start(), len(body[:seg_end].rstrip()), ctx.ents.lowercase_words, at_start,
                            ctx.ents.midcaps)
            if whole is not None and whole.type == "person" and whole.role and len((whole.name or "").split()) >= 2:
                p = whole
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
        if p is not None and at_start and index == len(segments) - 1 and m is not None \
                and ctx.qf.group_subject is not None and p.type == "organization" and " " not in (p.name or " "):
            # 'Majelis hakim menyatakan Mansur terbukti ...': a group of two words or more
            # (group_speakers) opening the sentence, only its first word capitalised, is the group, as
            # mid-sentence ('Dalam putusannya, majelis hakim menyatakan ...'); not the first word as a body
            gm = ctx.qf.group_subject.fullmatch(text.strip())
            if gm is not None and len(gm.group("group").split()) >= 2 \
                    and gm.group("group").casefold() in ctx.qf.group_names \
                    and gm.group("group").split()[1][:1].islower():
                return _group(ctx, gm.group("group"), seg_start + text.find(gm.group("group"))), False
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
                # (opening the sentence or after its opening phrase, not in apposition to a name before:
                # 'Snap Inc, pemilik aplikasi populer Snapchat, mengatakan' names what it owns; no place:
                # 'Korban banjir Bekasi mengatakan')
                kind = _kind_of_person(ctx, seg_start, p.start) \
                    if _opens_sentence_or_follows_opening(ctx, segments, index) and _one_word_name(ctx, p.name or "") \
                    and (p.name or "").casefold() not in g.places and (p.name or "").casefold() not in g.local_places \
                    else None
                if kind is not None:
                    # (h_d49who47) 'Saksi mata lainnya Giulio mengatakan ...': a kind of person, then the
                    # one-word name of the one met
                    p.role = kind
                else:
                    p = None  # 'sebagian umat Muslim menilai': a capitalised word, no one named
            lone = None
            if p is None and index == 0 and seg_start == start:
                lone = _lone_name_before_particles(ctx, text) or (
                    text.strip() if _first_name_of_known_person(ctx, text, text.strip()) else None)
            if lone is not None:
                # 'Sugiarto menyebut anaknya ...': a one-word name, the whole subject ('Erlinda juga
                # mengungkapkan ...': with the particles of its verb group; 'Ferry mengatakan ...' after
                # 'Kabid Humas Polda Sumut Kombes Ferry Walintukan': his first name, though a common word)
                at = seg_start + text.find(lone)
                p = Parsed(lone, at, at + len(lone), None, lone, "person", None)
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
        if p is None and index == len(segments) - 1 and ctx.qf.side_subject is not None \
                and (index == 0 or _opens_adverbially(ctx, segments[index - 1])
                     # ('Sementara itu, pihak keluarga mengaku ...': an opener of more than one word)
                     or (index == 1 and body[segments[0][0]:segments[0][1]].strip() in ctx.ents.g.opener_set)):
            e = _side_subject(ctx, text, seg_start, verb_start)
            if e is not None:
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
                or (p.type == "role" and p.role and (
                    len(p.role.split()) == 1
                    # ('Juru Bicara kejaksaan Swedia Karin Rosander': a title of several title words, a
                    # lower-case body, then the person)
                    or all(w.casefold() in g.title_words for w in p.role.split())))):
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
        if p.type == "role" and g.role_names_body(p.role):
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
                and ctx.qf.anaphor_end.search(text.rstrip(" \t,")) \
                and not _named_before_relative(ctx, text):
            # 'Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu, mengatakan',
            # 'Mantan atlet menembak ... ini juga mengatakan': a description ending in 'itu'/'ini'
            # is the person the article spoke of last (not where the anaphor closes the object of a
            # relative clause after a body named by a foreign state's inner place: 'Kepolisian Gangnam
            # yang menangani kasus itu menyimpulkan ...')
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
        if p.type == "role" and _first_word_of_lower_office(ctx, p):
            # ('Juru bicara kantor Jaksa AS mengatakan': the office read whole up to the verb speaks, as
            # 'Juru bicara SDF' does; not one ending in a body's head or pointing back: 'Juru bicara
            # kepolisian', 'Duta besar negara itu')
            words = body[p.start:seg_end].split()
            while len(words) > 2 and words[-1].casefold() in ctx.qf.auxiliaries:
                words.pop()
            office = " ".join(words)
            e = ctx.ents.resolve(Parsed(office, p.start, p.start + len(office), office, None, "role",
                                        g.role_country(office)), p.start) \
                if index == len(segments) - 1 and words[-1].casefold() not in g.anaphor_markers else None
            if e is not None:
                return e, False
            continue
        # A phrase that ends in a lower-case role ("juru bicara Erdogan"): appositive, keep looking.
        e = ctx.ents.resolve(p, p.start)
        if e is not None:
            return e, False
    return None, False


# ('analysts Acme', 'telecoms giant BT': up to three lower-case words saying what a source is, before its name)
DESCRIPTOR_BEFORE_NAME = re.compile(r"(?:[a-z][\w-]*[ \t]+){1,3}(?=[A-Z])")

# "BT's futurologist", "T-Mobile's chief executive", "Rovers' manager": a capitalised owner, its possessive, then lower-case
# words only (the apposition of a name; "the firm's chief executive" is read as a definite role)
# (the role's last lower-case word may be a preposition before a body's or a field's name:
# "Veritec's chief analyst on NFC")
_OWNED_ROLE = re.compile(r"[ \t]*[A-Z][\w&.-]*(?:[ \t]+[A-Z0-9][\w&.-]*){0,4}(?:['’]s|s['’])"
                         r"(?P<words>(?:[ \t]+[a-z][\w-]*){1,5})(?P<tail>(?:[ \t]+[A-Z][\w&.-]*){1,3})?[ \t]*")


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
    owned = _OWNED_ROLE.fullmatch(body, last[0], last[1])
    if owned is None:
        return None
    if owned.group("tail") and owned.group("words").split()[-1] not in ctx.qf.object_prepositions:
        return None  # (a name after the role, not a body after a preposition: "Veritec's head Tom Hale")
    # ('Mr Pike, ...': a surname after a courtesy title is a name)
    p = _name_segment(ctx, segments[-2]) or _known_surname(ctx, segments[-2])
    if p is None:
        return None
    role = body[last[0]:last[1]].strip()
    if ctx.ents.g.role_country(role) is not None:
        return None  # ("Tom Hale, Britain's foreign secretary,": read with the state's office)
    e = ctx.ents.resolve(p, p.start)
    if e is not None and e.role is None and e.type == "person":
        e.role = role
    return e


# "PTF president and campaigner", "UK managing director of filtering firm Mailgate": a capitalised body
# (or a state) with no possessive, then lower-case words, one an office; a name after them only after a
# preposition or a firm's noun (the body the office is at)
_BODY_OFFICE = re.compile(r"[ \t]*[A-Z][\w&.!-]*(?:[ \t]+[A-Z0-9][\w&.!-]*){0,4}"
                          r"(?P<words>(?:[ \t]+[a-z][\w-]*){1,6})(?P<tail>(?:[ \t]+[A-Z][\w&.-]*){1,3})?[ \t]*")


def _name_before_body_office(ctx: _Context, segments) -> Entity | None:
    """'Kate Marlow, PTF president and veteran campaigner said', 'Tom Harker, UK managing director of
    filtering firm Mailgate, said': a person's full name, then in apposition a body's office written
    with the body's bare name; the person speaks, not the body (the name is read as the subject of a
    description that names a body first)."""
    if len(segments) < 2 or ctx.qf.pack.get("home_country"):
        return None
    body, g = ctx.body, ctx.ents.g
    last = segments[-1]
    office = _BODY_OFFICE.fullmatch(body, last[0], last[1])
    if office is None:
        return None
    words = [w.casefold() for w in office.group("words").split()]
    if not any(w in g.title_words for w in words):
        return None
    if office.group("tail") and not (words[-1] in ctx.qf.object_prepositions
                                     or words[-1] in ctx.qf.firm_descriptor_nouns):
        return None  # (a name after the office: 'Acme chief executive Tom Hale' is the subject itself)
    p = _name_segment(ctx, segments[-2])
    if p is None or len(p.name.split()) < 2:
        return None
    role = body[last[0]:last[1]].strip()
    e = ctx.ents.resolve(p, p.start)
    if e is None or e.type != "person":
        return None
    if e.role is None:
        e.role = role
    # (a firm's office is of no state; a state's office is of that state: 'England captain')
    firm = any(w in ctx.qf.firm_descriptor_nouns for w in words)
    e.country = e.country or (None if g.is_non_state(role) or firm else g.role_country(role))
    return e


def _after_connective(ctx: _Context, text: str) -> str | None:
    """'Sementara itu Sulaeman mengatakan ...': the subject after a connective of two words or more that
    opens the sentence with no comma (according_openers; a one-word one, 'Sementara Budi', is read with the
    name already); None when the text opens with no such connective."""
    lead = text.lstrip()
    for opener in ctx.qf.multiword_connectives:
        if lead.startswith(opener + " "):
            return lead[len(opener):]
    return None


def _body_description_after_opener(ctx: _Context, desc: str) -> str | None:
    """'Namun badan antariksa AS' (of 'Namun badan antariksa AS itu membantah'): after a connective that
    opens the sentence (according_openers), a description in lower case opening with a body's head noun
    (institution_heads); returned with its first letter capitalised, as it would open a sentence. None
    when the description is not so."""
    g = ctx.ents.g
    if g.inst_head_re is None:
        return None
    for opener in sorted(ctx.pack.words("according_openers"), key=len, reverse=True):
        if desc.startswith(opener + " "):
            rest = desc[len(opener):].strip()
            if rest[:1].islower() and g.inst_head_re.match(rest):
                return rest[:1].upper() + rest[1:]
            return None
    return None


def _named_before_relative(ctx: _Context, desc: str) -> bool:
    """'Wakil Presiden RI Jusuf Kalla yang menghadiri konferensi tersebut mengatakan': the anaphor
    closes the relative clause's object ('konferensi tersebut'), not a description of someone named
    before; the titled name before the relative pronoun is the subject. So with a body's name of two
    words or more ('Kepolisian Pusat Seoul yang menangani kasus itu menyimpulkan ...'), and with a body
    named by a place inside a foreign state, which the phrase reader gives as that state's office
    ('Kepolisian Gangnam yang ...', Gangnam being one of places_within)."""
    words = desc.split()
    at = next((i for i, w in enumerate(words) if w.casefold() in ctx.qf.relative_set), None)
    if not at:
        return False
    head = " ".join(words[:at])
    g = ctx.ents.g
    m = g.match_at(head, 0)
    p = g.parse(head, m.start(), m.end(), None, False) if m is not None and m.end() == len(head) else None
    if p is not None and p.type == "role" and p.country is not None and at >= 2:
        return g.within_state(head) == p.country
    return p is not None and p.type in ("person", "organization") and len((p.name or "").split()) >= 2


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
    if not desc or _office_in_description(ctx, desc) or not _person_head(qf, desc) or _dated(qf, desc):
        return None
    return ctx.last_person


def _office_in_description(ctx: _Context, desc: str) -> bool:
    """A title word among the description's first words: an office described, not a kind of person.
    A head noun that is both a kind of person and a title ('Aktor yang lahir di Jakarta, 12 Februari
    1983 itu', 'Pendiri yang ..., ... ini': callings written as titles before a name) counts as the
    kind of person, so only the words after it are asked."""
    words = [w.casefold().rstrip(".,") for w in desc.split()[:4]]
    if words and words[0] in ctx.qf.person_nouns:
        words = words[1:]
    return any(w in ctx.ents.g.title_words for w in words)


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


def _names_person(ctx: _Context, start: int, end: int) -> bool:
    """'Kan Rittiplang, manajer lapangan kelompok itu, mengatakan': the segment before a description
    is a person's name, which the description is in apposition to (the group is what 'itu' points
    back at, not the person spoken of before)."""
    if _source_lead_in(ctx, (start, end)):
        return False  # ('Melansir Entertainment Weekly, musisi 27 tahun itu mengaku ...': the outlet)
    k = after_blanks(ctx.body, start) if ctx.body[start:start + 1] in " \t" else start
    m = ctx.ents.g.match_at(ctx.body, k) if k >= 0 else None
    if m is None or ctx.body[m.end():end].strip():
        return False
    p = ctx.ents.g.parse(ctx.body, m.start(), m.end(), None, False)
    # (also under an office: 'Wakil Ketua DPRD DKI Jakarta M Taufik, politisi Gerindra itu mengaku ...'; not
    # words read as a role that hold no title: 'Berbicara pada Liverpool Echo, eks pelatih ... itu')
    return p is not None and p.type == "person" and bool(p.name) \
        and (p.role is None and len(p.name.split()) >= 2 or ctx.ents.g.has_title_word(p.role, courtesy=False))


def _surname_before_apposition(ctx: _Context, start: int, end: int) -> Entity | None:
    """'Smith, the Football Association's chief executive, said': the person named in full before whose
    surname alone is the segment before a description in apposition; None for any other segment
    ('Later, the party's leader said', 'In London, ...')."""
    word = ctx.body[start:end].strip()
    if not _CAPITALISED_WORD.fullmatch(word):
        return None
    e = ctx.ents.find_person(word)
    return e if e is not None and e.type == "person" and len(e.name.split()) >= 2 \
        and e.name.split()[-1] == word else None


def _lone_name_before_particles(ctx: _Context, text: str) -> str | None:
    """The one-word name that is the whole subject (_lone_given_name), also before the particles and
    adverbs of the verb group (subject_particles: 'Erlinda juga mengungkapkan ...', 'Sugiarto pun
    menyebut ...'), or None."""
    words = text.split()
    while len(words) > 1 and words[-1].casefold() in ctx.ents.g.subject_particles:
        words.pop()
    if len(words) != 1:
        return None
    return words[0] if _lone_given_name(ctx, words[0], words[0]) else None


def _lone_given_name(ctx: _Context, text: str, name: str) -> bool:
    """'Sugiarto menyebut anaknya masih kesulitan bergerak.': a name of one word that is the whole
    subject opening the sentence, no common word nor one the article writes in lower case, names a
    person the article introduced by that name alone (where the pack asks for it:
    lone_name_subjects)."""
    return ctx.qf.lone_name_subjects and text.strip() == name and _one_word_name(ctx, name)


def _one_word_name(ctx: _Context, name: str) -> bool:
    """A capitalised word of one that can be a person's whole name: no common word nor one the article
    writes in lower case, no function word, state, home institution or body the article named, and not
    the first word of a fuller name the article writes."""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", name):
        return False
    low = name.casefold()
    g = ctx.ents.g
    return low not in g.common and low not in ctx.ents.lowercase_words and low not in ctx.qf.stopword_words \
        and low not in ctx.qf.pronoun_set and not g.finder.code_of(name) \
        and low not in g.home_institutions and low not in g.home_local_institutions \
        and ctx.ents.find_org(name) is None \
        and re.search(rf"(?<![\w-]){re.escape(name)}[ \t]+[A-Z]", ctx.body) is None  # (not a full name's first word)


def _opens_sentence_or_follows_opening(ctx: _Context, segments, index: int) -> bool:
    """The segment at `index` opens the sentence, or follows only its opening phrase: a clause or phrase
    of time, manner or place ('Dalam sidang itu,'), or a connective ('Sementara itu,')."""
    if index == 0:
        return True
    before = segments[index - 1]
    return _opens_adverbially(ctx, before) or _opens_with_preposition(ctx, before) \
        or (index == 1 and ctx.body[before[0]:before[1]].strip() in ctx.ents.g.opener_set)


def _kind_of_person(ctx: _Context, start: int, end: int) -> str | None:
    """body[start:end] describes a kind of person: its head one of people_words (after an optional
    'seorang' or 'salah seorang'), the rest lower-case ('Saksi mata lainnya' before 'Giulio mengatakan',
    'hakim' in 'Dalam sidang itu, hakim Kusno juga mengatakan'); the description, or None."""
    if not ctx.qf.lone_name_subjects:
        return None  # (where the pack reads one-word names: not 'Economists point out that whatever Europe says')
    words = ctx.body[start:end].split()
    lead = next((k for k in (2, 1) if " ".join(words[:k]).casefold() in ctx.qf.indefinite_set), 0)
    words = words[lead:]
    # (a short noun phrase only: 'Pedagang yang ditemui Budi mengatakan' is the trader's, whom Budi met)
    if not 1 <= len(words) <= 4 or words[0].casefold() not in ctx.qf.people_words \
            or not all(w.islower() and w not in ctx.qf.relative_pronoun_words for w in words[1:]):
        return None
    return ctx.body[start:end].strip()


def _first_name_of_known_person(ctx: _Context, text: str, name: str) -> bool:
    """'Ferry mengatakan tidak ada barang bukti ...', 'Dini mengatakan YCCP sudah ...': a one-word
    subject opening the sentence that is the first word of the name of a person the article names in
    full ('Kombes Ferry Walintukan', 'Manajer YCCP Dini Nurhayati') is that person called by the first name,
    though the word is also a common one ('ferry', 'dini': early); not a pronoun, a function word or a
    state (where the pack asks for lone names: lone_name_subjects)."""
    if not ctx.qf.lone_name_subjects or text.strip() != name or not re.fullmatch(r"[A-Z][a-z]{2,}", name):
        return False
    low = name.casefold()
    if low in ctx.qf.stopword_words or low in ctx.qf.pronoun_set or ctx.ents.g.finder.code_of(name):
        return False
    e = ctx.ents.find_person(name)
    if e is None or len(e.name.split()) < 2 or e.name.split()[0] != name:
        return False
    # (the full name written where a person stands, not only after a preposition of place: 'fitur ini
    # sudah muncul di Medium Series di mobile' names a product, whatever 'Medium bilang ...' says)
    return any(m.group(1).casefold() not in ctx.qf.subject_place_words
               for m in re.finditer(rf"(\S*)[ \t]+{re.escape(e.name)}(?![\w-])", ctx.body))


def _first_word_of_lower_office(ctx: _Context, p: Parsed) -> bool:
    """'Juru bicara kepolisian mengatakan', 'Duta besar negara itu menyatakan': a one-word phrase that is
    only the capitalised first word of an office of several words written in lower case (lower_roles)
    names no one; the office is read whole, or by a name after it, by the rules before."""
    g = ctx.ents.g
    phrase = ctx.body[p.start:p.end]
    if g.lower_role_start is None or not phrase or " " in phrase or ctx.body[p.end:p.end + 1] not in (" ", "\t"):
        return False
    office = g.lower_role_start.match(ctx.body[p.start:p.start + 40])
    return office is not None and len(office.group().rstrip()) > len(phrase)


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
    if any(w.casefold() in ctx.qf.auxiliaries for w in words[1:]):
        return None  # ('Petugas masih dalam proses penyelidikan mengungkap ...': a predicate began, no office)
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


_BRACKETED_SHORT_TAIL = re.compile(r"[ \t]*\([A-Z][A-Za-z&.-]{1,9}\)[ \t]*\Z")  # (_subject)
_BRACKETED_SHORT_END = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)$")  # ('... Fellowship (LCF)')


# the last 'and'/'but' before a cue verb, with what stands between it and the verb
_WORD_AND_BLANKS = re.compile(r"(?<![\w'’-])(?P<co>[^\W\d_]+)[ \t]+")
_PLACE_AFTER_PREPOSITION = re.compile(rf"(?<![\w'’-])(?P<prep>[a-z]+)[ \t]+[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*)*[ \t]+\Z")
_WORD_ENDING = re.compile(r"(?P<before>[^\W_]+)(?P<comma>,?)[ \t]+\Z")
_CAPITALISED_WORDS = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,2}}")


def _coordinated_clause_subject(ctx: _Context, start: int, verb_start: int, quotes_spans) -> Entity | None:
    """The subject of a cue verb in a clause of its own joined by 'and'/'but' to the sentence's first
    clause: 'Rome beat Turin at the ground and Benetti said: "..."' is Benetti's (not the first
    clause's subject); in 'Oakes is discussing a contract and he said: "..."' the pronoun is
    the person the sentence opens with. Not a list of subjects ('Smith and Jones said'): the word
    before the coordinator is lower-case or a number, or a name after a preposition, or a comma ends
    the first clause."""
    body, qf = ctx.body, ctx.qf
    m = None
    for w in _WORD_AND_BLANKS.finditer(body, start, verb_start):
        if w.group("co").casefold() in qf.clause_coordinator_words:
            m = w
    if m is None:
        return None
    prev = _WORD_ENDING.search(body, max(start, m.start() - 60), m.start())
    if prev is None:
        return None
    if not prev.group("comma") and prev.group("before")[:1].isupper():
        # ('Smith and Jones said': two speakers; a place after a preposition ends a clause: 'a tie at
        # Old Trafford and Ancelotti said')
        place = _PLACE_AFTER_PREPOSITION.search(body, max(start, m.start() - 60), m.start())
        if place is None or place.group("prep").casefold() not in qf.object_prepositions:
            return None
    if len(body[start:m.start("co")].split()) < 4:
        return None
    tail = body[m.end():verb_start].strip()
    if tail.casefold() in qf.personal:
        opening = ctx.ents.g.match_at(body, start)
        e = ctx.ents.find_person(re.sub(r"['’]s?\Z", "", opening.group())) if opening is not None else None
        if e is None or body[opening.end():opening.end() + 1] in ("'", "’"):
            return None  # (not a person's name owning the subject: "Villa's Tom Kessler")
        return e if _pronoun_may_mean(ctx, tail.casefold(), e) and _pronoun_fits(
            ctx, tail.casefold(), e, verb_start) is e else None
    if not _CAPITALISED_WORDS.fullmatch(tail) and SHORT_FORM_THEN_OFFICE.match(tail) is None:
        return None  # (but 'and Dutch football federation (KNVB) spokesman Frank Huizinga said')
    e, _ = _subject(ctx, m.end(), verb_start, quotes_spans)
    return e if e is not None and e.type == "person" and e.name else None
