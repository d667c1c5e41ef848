"""Report forms around and beside direct quotes: trailing and interrupted cues, participles, 'quoted as saying'."""
from __future__ import annotations

import dataclasses
import re

from .cues import QuoteFinder
from .indirect import (_BRACKETED, _complement_is_clause, _condition_then_quote, _document_owner, _mostly_quoted,
                       _quote_as_predicate, _reads_as_clause, _source_document)
from .marks import Quote, _MARKS, _WORDS, _trim
from .outlets import is_news_outlet, is_press
from .sentences import Sentence
from .mentions import Entity, Parsed, UPPER
from .antecedents import (_described_person, _described_person_anaphor, _nationality_referent, _spoken_of_in_own_clause,
                          _person_named_last, _pronoun_body, _pronoun_fits, _pronoun_may_mean, _unnamed_entity)
from .institutions import _authority, _group, _named_institution, _opening_body
from .phrase_after import _phrase_after
from .segments import _Context, _verb_like
from .subjects import DESCRIPTOR_BEFORE_NAME, _described_group, _subject, nationality_description_at


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
    if len(words) > 1 and words[0].casefold() in qf.pronoun_set and words[1].casefold() in qf.finite_words:
        return True  # ('... and said she was "proud to endorse ..."': a pronoun and its verb, a clause)
    if qf.finite is None:
        return False  # (a pack with no finite verb forms: only _complement_is_clause tells)
    return _reads_as_clause(qf, body, start, end)


def _quoted_as_saying_speaker(ctx: _Context, m: re.Match, last_person: Entity | None) -> Entity | None:
    who = m.group("who").strip()
    if who.casefold() in ctx.qf.object_pronouns:  # ('quoted him as saying')
        return last_person
    e = _phrase_after(ctx, m.start("who") + (len(m.group("who")) - len(m.group("who").lstrip())))
    return None if e is None or is_press(e) else e


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


# the auxiliaries (and an adverb) of a verb group closing a subject read up to its main verb
_SUBJECT_AUXILIARIES = re.compile(
    r"[ \t]+(?:has|have|had|was|were|is|are)(?:[ \t]+(?:been|also|already|now|since|[a-z]+ly))?[ \t]*\Z")


def _participle_after_clause(ctx: _Context, s: Sentence, spans, last_person: Entity | None) -> "Quote | None":
    """'Smithers testified in his own defense, claiming some patients deceived him', 'The Biden
    campaign criticized Trump's refusal, accusing the president of ...': the subject's report."""
    body, qf = ctx.body, ctx.qf
    m = qf.participle_after_clause.match(body, s.start, s.end)
    subject_end = m.start("verb") if m is not None else None
    if m is not None and ctx.ents.g.is_clause(m.group("subject")):
        # 'The Muslim Council of Britain has criticised the series, claiming ...', 'Mido was axed by
        # the coach ..., claiming ...': the auxiliaries of the verb group are no part of the subject
        # (not a subordinate clause's subject: 'Since the first network Napster was forced to close, the
        # industry has been critical of P2P, blaming it ...'; not an unnamed one: 'A British Muslim group
        # has criticised ...')
        aux = _SUBJECT_AUXILIARIES.search(m.group("subject"))
        first = m.group("subject").split()[0].casefold()
        subject_end = m.start("subject") + aux.start() if aux is not None \
            and first not in qf.narrated_clause_openers and first not in ("a", "an") and not ctx.ents.g.is_clause(m.group("subject")[:aux.start()]) else None
    e, pron = (None, False) if subject_end is None else _subject(ctx, s.start, subject_end, spans)
    if e is None and pron in qf.personal:
        e = last_person
    if e is None and qf.pack.get("participle_subject_after_opening"):
        m, e = _participle_after_opening(ctx, s, spans, last_person)
    if m is None or any(a < m.end() and s.start < b for a, b in spans):
        return None
    if e is None or is_press(e):
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


def _participle_after_opening(ctx: _Context, s: Sentence, spans, last_person: Entity | None):
    """The subject of a cue participle's report ('..., adding that ...') when the sentence does not
    open with it: after a coordinator ('But he also spoke of the group's stature, adding that ...',
    'But Los Angeles police discounted the rumours, pointing out ...') or after a fronted phrase or
    clause closed by a comma ('In a briefing that included Governor Gavin Newsom, Trump denied ...,
    arguing ...', 'Whereas Pierce and Hawkins felt ..., La Riva favored ..., arguing ...'): the clause
    from there on is read as one that opens the sentence. (match, subject) or (None, None)."""
    body, qf = ctx.body, ctx.qf
    starts = []
    lead = re.match(r"[ \t]*([A-Za-z]+)[ \t]+", body[s.start:s.end])
    if lead is not None and lead.group(1).casefold() in qf.coordinators:
        starts.append(s.start + lead.end())
    for c in re.finditer(r",[ \t]+", body[s.start:s.end]):
        starts.append(s.start + c.end())
    for start in starts:
        if any(a <= start < b for a, b in spans):
            continue
        m = qf.participle_after_clause.match(body, start, s.end) if body[start:start + 1].isupper() else None
        if m is None:
            pm = qf.pronoun_subject.match(body[start:s.end]) if qf.pronoun_subject is not None else None
            if pm is None or pm.group().strip().casefold() not in qf.personal or last_person is None:
                continue
            # ('But he also spoke of ...': the pronoun is the subject; the clause after it, read from
            # the pronoun's verb, with the pronoun standing in for a capitalised subject)
            m = qf.participle_after_clause.match(body[:start] + "X" + body[start + 1:], start, s.end)
            if m is None or len(m.group("subject").split()) > 3:
                continue
            return m, last_person
        subject = m.group("subject")
        if ctx.ents.g.is_clause(subject) or len(subject.split()) > 6:
            continue
        e, pron = _subject(ctx, start, m.start("verb"), spans)
        if e is None and pron in qf.personal:
            e = last_person
        if e is not None:
            return m, e
    return None, None


def _split_joined_reports(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """'John Major has accused Johnson of misleading the Queen, and argued that the true intent ...
    was ...': two reports of one subject, not one."""
    out: list[Quote] = []
    for q in quotes:
        m = ctx.qf.joined_report.search(ctx.body, q.start, q.end) if q.kind == "indirect" else None
        if m is not None and m.groupdict().get("comma") and q.how in ("inline", "inline-cue") \
                and _ends_at_interrupting_cue(ctx, q.start, m.start()):
            # ('Tugas tim pemantau ini, tambahnya, memastikan bahwa ...': the comma closes the cue
            # that interrupts the clause, whose own verb follows; one report, kept whole)
            m = None
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
                request = _joined_request(ctx, q, m)
                q = dataclasses.replace(q, start=a, end=b)
                if request is not None:
                    out.append(request)
            out.append(q)
            continue
        a, b = _trim(ctx.body, q.start, m.start())
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
        a, b = _trim(ctx.body, m.end(), q.end)
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
    return out


def _ends_at_interrupting_cue(ctx: _Context, start: int, end: int) -> bool:
    """Whether body[start:end] ends in a cue set off by a comma inside the clause ('Tugas tim pemantau
    ini, tambahnya', 'Hal itu, kata Budi'): a pronoun cue, or a short cue verb and its speaker."""
    tail = ctx.body[start:end].rstrip(" \t")
    comma = tail.rfind(",")
    if comma < 0:
        return False
    cue = tail[comma + 1:].strip()
    qf = ctx.qf
    return bool(cue) and (qf.inline_pron_cue is not None and qf.inline_pron_cue.fullmatch(", " + cue + ",") is not None
                          or (qf.after_verb is not None and qf.after_verb.match(" " + cue) is not None
                              and len(cue.split()) <= 4))


def _joined_request(ctx: _Context, q: Quote, m: re.Match) -> Quote | None:
    """'Trump claimed carbon emissions have been lower and argued against re-entering the Paris
    Climate Accord': the subject's next act, when it is a request or a case made (request verbs),
    is its own report, verb and all."""
    rv = ctx.qf.indirect_verb.search(ctx.body, m.start(), q.end)
    if rv is None or rv.start() >= m.end() or rv.group("verb").casefold() not in ctx.qf.request_set:
        return None
    if ctx.qf.blames_without_reason(rv.group("verb"), ctx.body, rv.end()):
        return None  # ('... and criticized the move': no reason given)
    a, b = _trim(ctx.body, rv.start(), q.end)
    if len(_WORDS.findall(ctx.body[rv.end():b])) < 2:
        return None
    return dataclasses.replace(q, start=a, end=b, follow=None)


def _infinitive_first(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """Whether the first verb of a clause-like phrase is an infinitive: 'claiming a right to Turkey
    to have a say' names a thing (its 'have' no clause's finite verb)."""
    words = re.findall(r"[\w'’-]+", body[start:min(end, start + 120)])[:10]
    for before, w in zip([""] + words, words):
        if w.casefold() in qf.finite_words or (qf.clause_marker is not None and qf.clause_marker.fullmatch(w.casefold())):
            return before.casefold() in qf.infinitive_set
    return False


def _cut_at_next_report(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """'Lee said the comic might draw younger viewers, but Ann Ross thought it could ...', '... was no
    venture for profit, though he recognised that ...': another subject with its own report verb
    opens a report of its own, and the first report ends before it (not a report verb set off by
    commas inside the clause: 'the plan, he thought, was sound' goes on)."""
    body, qf, out = ctx.body, ctx.qf, []
    for q in quotes:
        m = _next_report_at(qf, body, q.start, q.end) if q.kind == "indirect" else None
        if m is None:
            out.append(q)
            continue
        a, b = _trim(body, q.start, m.start())
        out.append(dataclasses.replace(q, start=a, end=b))
        if m.group("subject").casefold() in qf.pronoun_set and m.group("verb").casefold() in qf.speech_set \
                and _plainly_a_clause(qf, body, m.end(), q.end):
            # ('..., he says court rulings have left the clause unenforceable': the same subject says
            # more, a report of its own; one of thought, 'he thought ...', is no statement)
            a, b = _trim(body, m.end(), q.end)
            out.append(dataclasses.replace(q, start=a, end=b, follow=None))
    return out


def _next_report_at(qf: QuoteFinder, body: str, start: int, end: int) -> re.Match | None:
    """Where another subject's report opens inside the reported clause body[start:end], if it does."""
    for m in qf.next_report.finditer(body, start, end):
        if len(_WORDS.findall(body, start, m.start())) < 3 or len(_MARKS.findall(body, start, m.start())) % 2 == 1:
            continue  # (too little before it, or inside a quote)
        rest = body[m.end():end]
        if rest.lstrip()[:1] in (",", "") or len(_WORDS.findall(rest)) < 2:
            continue  # ('the plan, he thought, was sound': an aside; ', Reuters reported.' closes)
        if not _reads_as_clause(qf, body, start, m.start()):
            continue  # ('after the crash, Smith told police ...': the clause is the one after)
        return m
    return None


def _split_participle_reports(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """'Pierce said he would not take a vaccine for COVID-19, claiming it alters the recipient's
    RNA', '... were not remembering correctly, adding people should vote': a cue participle after a
    reported clause opens the subject's next report, not more of the first."""
    body, qf, out = ctx.body, ctx.qf, []
    for q in quotes:
        tail = qf.reported_participle_tail.search(body, q.start, q.end) \
            if q.kind == "indirect" and qf.reported_participle_tail is not None else None
        if tail is not None and len(_WORDS.findall(body[q.start:tail.start()])) >= 3 \
                and len(_MARKS.findall(body, q.start, tail.start())) % 2 == 0:
            # ('... denied Hale made the remark, insisting: "..."': the participle opens the quote
            # after the report, which ends at its comma)
            a, b = _trim(body, q.start, tail.start())
            q = dataclasses.replace(q, start=a, end=b)
        m = qf.reported_participle.search(body, q.start, q.end) if q.kind == "indirect" else None
        if m is None or len(_WORDS.findall(body[q.start:m.start()])) < 3 \
                or len(_MARKS.findall(body, q.start, m.start())) % 2 == 1 \
                or len(_WORDS.findall(body[m.end():q.end])) < 3 or body[m.end():m.end() + 1] in '"“”„«' \
                or not (m.group("comp") or (_plainly_a_clause(qf, body, m.end(), q.end)
                                            and not _infinitive_first(qf, body, m.end(), q.end))):
            out.append(q)  # (a participle inside a quote, or one with a thing after it: '...,
            continue       # noting the damage to the harbour' stays the first report's)
        a, b = _trim(body, q.start, m.start())
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
        a, b = _trim(body, m.end(), q.end)
        out.append(dataclasses.replace(q, start=a, end=b, follow=None))
    return out


def _participle_reports(ctx: _Context, quotes: list[Quote], after_cue: re.Pattern | None = None) -> list[Quote]:
    """'"The economy has slipped into a recession," she said, noting it was the worst since
    2009.': the clause after the participle is the quote's speaker's report. With `after_cue` (the
    finite verb after a cue, qf.cue_next_report: '"...," ujar Nani sambil menambahkan ...') the same."""
    body, qf, out = ctx.body, ctx.qf, []
    for q in quotes:
        if q.kind != "direct" or q.speaker is None or q.sentence is None:
            continue
        m = (after_cue or qf.cue_participle).match(body, q.end)
        if m is None or m.end() >= q.sentence[1]:
            continue
        a, b = _trim(body, m.end(), q.sentence[1])
        if len(_WORDS.findall(body[a:b])) < 4 or body[a] in '"“”„«' or _mostly_quoted(
                a, b, [(x.start, x.end) for x in quotes if x.kind == "direct" and a <= x.start < b]):
            continue  # (a partial quote inside the clause stays: 'insisting he enjoyed a "warm and
            # constructive" relationship' reports the clause)
        if qf.finite is not None and not _plainly_a_clause(qf, body, a, b):
            continue
        verb = m.groupdict().get("verb")
        if verb is not None and qf.bare_set is not None and verb.casefold() not in qf.bare_set \
                and not _complement_is_clause(qf, body, m.end(), b):
            continue  # ('..., sambil menyebut nama-nama korban': a thing named, no clause; indirect_bare_verbs)
        out.append(Quote(a, b, "indirect", q.speaker, q.sentence, 0.6, "participle"))
    return out


# (a name in quotes may stand in the description: 'General Manager Transportasi "Blue Bird" Areal Bali, Putu ...')
_DESCRIBED_NAME = re.compile(r"(?:[^,.;:!?\"“”\n]|[\"“][A-Z][\w&'’-]*(?: [A-Z0-9][\w&'’-]*){0,2}[\"”]){3,80},[ \t]+(?=[A-Z])")
_AGED_NAME = re.compile(rf"((?:[{UPPER}][\w'’-]+[ \t]+){{0,2}}[{UPPER}][\w'’-]+)[ \t]+\(\d{{1,3}}\)")
_INTRODUCED_TAIL = re.compile(r"[ \t]*\(\d{1,3}\),[ \t]+[a-z][^.;:!?\"“”\n]{2,80}\.?\s*")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)?)")
_SPACED_HYPHEN_NAME = re.compile(rf"(?:[ \t]+-[ \t]+[{UPPER}][\w'’]+)*")
# an age, then a description between commas; the description may go on with the parts of an
# address and an aside of one word ('Sinta (37), warga Desa Sukamaju, Kecamatan Candimulyo,
# Kabupaten Magelang, misalnya, mengira ...')
_APPOSED = re.compile(
    rf"(?:[ \t]*\(\d{{1,3}}\))?(?:,[ \t]+[a-z][^,.;:!?\"“”\n]{{2,80}}"
    rf"(?:,[ \t]+(?:[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}}|[a-z]+)(?=,))*,)?")


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
    'Nadir Umar dan Budi Mastur'), or listed with others ('A, B, C dan D'), outside quotes: the
    sentence is about all of them."""
    qf = ctx.qf
    if qf.pair_joined is None or subj.type != "person" or not subj.name:
        return False
    words = [w for w in subj.name.split() if len(w) > 2 and w[:1].isupper()]
    # (any word of the name: 'Nadir' of 'Muhammad Nadir Umar', written with its given name first)
    for w in set(words):
        for k in _whole_word_starts(ctx.body[s.start:s.end], w):
            at = s.start + k
            if any(a <= at < b for a, b in spans):
                continue
            if qf.pair_joined.match(ctx.body, at + len(w)) \
                    or qf.pair_joined_before.search(ctx.body, s.start, at):
                return True
            if qf.name_list is not None and any(
                    m.start() <= at < m.end() and not _office_in_list(ctx, m.group())
                    for m in qf.name_list.finditer(ctx.body, s.start, s.end)):
                return True  # (one of four or more people listed)
    return False


def _office_in_list(ctx: _Context, listed: str) -> bool:
    """A title word opens an item of a comma list ('Budi Santoso, Kepala Dinas Kesehatan, Pendidikan dan
    Sosial'): the list is an office's fields in apposition, not a group of people."""
    titles = ctx.ents.g.title_words
    return any(item.split()[0].casefold() in titles for item in ctx.qf.name_list_items.split(listed) if item.split())


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


def _named_after_personal_pronoun(ctx: _Context, s: Sentence, e: Entity | None) -> bool:
    """Whether sentence `s` opens with a personal pronoun as its subject ('He', 'So she', then a
    lower-case word) and names person `e` only after it: 'He is now playing in Qatar, alongside Tom
    Reed and Luis Moreno.' is still about whom 'he' means; a name in its object or in a list is not
    the sentence's subject, nor whom the next pronoun means."""
    if e is None or e.type != "person" or not e.name or not ctx.qf.personal:
        return False
    body, pos = ctx.body, s.start
    om = re.match(r"([A-Z][a-z]+)[ \t,]+", body[pos:pos + 20])
    if om is not None and om.group(1) in ctx.ents.g.opener_set \
            and om.group(1).casefold() not in ctx.qf.pronoun_set:
        pos += om.end()  # ('So he is full of praise for ...')
    pm = re.match(r"([^\W\d_]+)[ \t]+[a-z]", body[pos:pos + 30])
    if pm is None or pm.group(1).casefold() not in ctx.qf.personal:
        return False
    return body.find(e.name.split()[-1], pos + pm.end(1), s.end) >= 0


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
        if body[pos - 1:pos + 1] == "),":
            pos += 1  # ('Sopir ojek di pasar itu, Andi (35), mendapat ...': the comma closing the apposition)
        aux_at = pos
        while True:
            aux = _NEXT_WORD.match(body, pos, pos + 20)
            if aux is None or aux.group(1) not in qf.auxiliaries:
                break
            pos = aux.end()
        nxt = _NEXT_WORD.match(body, pos, pos + 20)
        # ('Dani (35), misalnya, masih waswas ...': an introduced person and an auxiliary before a
        # predicate that is no verb)
        described = pos > aux_at and aux_at > m.end() and nxt is not None
        if not described and not qf.verb_after.match(body, pos) \
                and not (nxt is not None and nxt.group(1) in qf.plain_verbs) and not (
                opening is None and _INTRODUCED_TAIL.fullmatch(body, m.end(), s.end)):
            continue  # ('Salah satunya Minda (21), pengunjung asal Bogor.': a sentence introducing her)
        e = ctx.ents.resolve(p, p.start)
        return e if e is not None and e.type == "person" else None
    return None


# a word of the sentence, with where it starts (for the first finite verb of a narrated sentence)
_LOWER_WORD = re.compile(r"(?<=[ \t])[a-z][a-z'’-]*")


def _narrated_subject(ctx: _Context, s: Sentence, spans) -> Entity | None:
    """The person a sentence with no report of its own tells about, named as the subject of its first
    finite verb in a shape the sentence's opening phrase alone does not give: a description before
    the name ('Double try scorer Martyn Williams was keen not to talk about ...'), a description and
    the name in apposition ('Computer specialist at the IAEA, Peter Smith, would like ...'), a name
    the article writes only here ('DiCaprio faces competition from ...'). A reader takes the story
    to have moved on to that person: the next 'he said', or a quote with no cue, is theirs (read as
    the subject of a speech verb is, by _subject). Only a person named in the words before the verb,
    not a pronoun or a description standing for someone; not in a sentence opening with a
    subordinate clause ('After Richard Sulik failed to ..., the Prime Minister apologised'), whose
    first verb is not the sentence's."""
    qf, body = ctx.qf, ctx.body
    openers = qf.narrated_clause_openers
    if not openers or body[s.start:s.start + 1] in '"“”„«':
        return None
    first = re.match(r"[A-Za-z]+", body[s.start:s.end])
    if first is None or first.group().casefold() in openers:
        return None
    end = min(s.end, s.start + 200)
    mark = re.search(r"[\"“”„«]", body[s.start:end])
    if mark is not None:
        end = s.start + mark.start()
    elif not _quote_or_pronoun_next(ctx, s.end):
        return None  # (a narrated subject matters to the quote it leads to, not to later sentences)
    for w in _LOWER_WORD.finditer(body, s.start, end):
        word = w.group()
        if word in qf.group_adverbs:
            continue  # ('Jane Roe also won ...': the adverb of the verb group, the verb follows)
        # (a speech verb the sentence's report was not read from is its verb all the same: 'The shadow
        # foreign secretary, Michael Ancram, welcomed the return of the four detainees.')
        finite = (word in qf.finite_words and word not in qf.pronoun_set and word not in qf.narrated_non_verbs) \
            or re.fullmatch(r"[a-z]{3,}ed", word) is not None or word in qf.speech_set or word in qf.say_set
        if not finite:
            continue  # (a word of the subject: 'Double try scorer ...', 'specialist at the IAEA')
        vs = w.start()
        if any(a <= vs < b for a, b in spans):
            return None
        addressed = re.match(r"[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b", body[w.end():end])
        if word in qf.narrated_passive_auxiliaries and addressed is not None \
                and addressed.group(1) in qf.narrated_addressed_participles:
            return None  # ('Wheelchair user Kevin Donnellon was asked: "..."': the one spoken to, not a speaker)
        before = body[s.start:vs].rstrip()
        if qf.narrated_two_names.search(before):
            return None  # ('Hollywood actors Samuel L Jackson and Ben Stiller have signed up ...': two people)
        while before.split() and before.split()[-1].casefold() in qf.group_adverbs:
            before = before[:before.rfind(" ")].rstrip() if " " in before else ""
        last_word = before.rstrip(",").split()[-1:] if before else []
        if not last_word or not last_word[0][:1].isupper():
            return None  # ('Former Trump adviser and retired ...': no name closes the words before it)
        g = ctx.ents.g
        tokens = [t.strip(",.()'’").casefold() for t in before.split()]
        if not any(t in qf.narrated_person_words or t in g.given_names for t in tokens):
            return None  # (nothing in the subject says a person: a firm, a place, a team)
        # (the subject is read as a speech verb's is, which registers what it names: undone when it
        # turns out no person, so that a narrated sentence leaves the article's names as they were)
        entities, mentions = list(ctx.ents.entities), list(ctx.ents.mentions)
        e, pron = _subject(ctx, s.start, vs, spans)
        if e is not None and not pron and e.type == "person" and e.name and _described_person_named(ctx, e, s.start, vs):
            return e
        ctx.ents.entities[:], ctx.ents.mentions[:] = entities, mentions
        return None
    return None


def _closing_agent(ctx: _Context, s: Sentence, spans) -> Entity | None:
    """The person a sentence with no person for its subject introduces at its end, after a preposition
    of agency and a description ('Inovasi ini dikembangkan oleh dosen Undip, Prof. Dr. Muhammad Nur.',
    'Ide itu mendapat sambutan positif dari peneliti LIPI Amin Mudzakkir.'), when the next sentence
    opens with a quote or a personal pronoun: the story has moved on to that person, whose 'Ia
    menjelaskan', 'Menurutnya' or '"...," katanya' follows. A full name the grammar reads as a
    person's, not one inside a quote."""
    qf = ctx.qf
    if qf.closing_agent is None:
        return None
    text = ctx.body[s.start:s.end]
    m = qf.closing_agent.search(text)
    if m is None or any(a <= s.start + m.start("who") < b for a, b in spans):
        return None
    if any(w.casefold() in qf.personal for w in re.findall(r"[^\W\d_]+", text[:m.start()])):
        return None  # ('Ia mendapatkan ginjal itu dari sahabatnya, Francia Raisa.': the sentence's own person goes on)
    rest = ctx.body[s.end:s.end + 80].lstrip(" \t\n.!?")
    if not (_quote_or_pronoun_next(ctx, s.end)
            or (qf.according_pron is not None and qf.according_pron.match(rest) is not None)):
        return None
    if any(w.casefold() in qf.pair_joiner_set for w in re.findall(r"[^\W\d_]+", m.group())):
        return None  # ('dipimpin oleh pebisnis Li Yonghong dan pemilik PT Sino': more than one agent)
    words = m.group("who").rstrip(".!?").split()
    for k in range(len(words) - 1):  # ('Prof. Dr. Muhammad Nur', then 'Dr. Muhammad Nur', ...)
        e = ctx.ents.find_person(" ".join(words[k:]))
        if e is not None:
            return e if e.type == "person" and e.name and len(e.name.split()) >= 2 else None
        if not (words[k].endswith(".") or words[k].isupper()):
            # (only abbreviated titles or a body's acronym before the name, 'peneliti LIPI Amin
            # Mudzakkir': not the body's name, 'perwakilan Yayasan Qoirum Umah')
            return None
    return None


def _quote_or_pronoun_next(ctx: _Context, pos: int) -> bool:
    """Whether the next sentence after pos opens with a quote mark or (maybe after a coordinator) with a
    personal pronoun, whose quote or cue the narrated subject before it leads to ('Double try scorer
    Martyn Williams was keen ... "We've got ..."', '... welcomed the return of the four. But he said
    ...'); not a sentence about something else ('Only veteran Lindsay Davenport held the new wave at bay
    ... The year started ...')."""
    rest = ctx.body[pos:pos + 80].lstrip(" \t\n.!?")
    if rest[:1] in '"“„«':
        return True
    words = re.findall(r"[A-Za-z]+", rest)[:2]
    if words and words[0].casefold() in ctx.ents.g.coordinator_words:
        words = words[1:]
    return bool(words) and words[0].casefold() in ctx.qf.personal


def _described_person_named(ctx: _Context, e: Entity, start: int, end: int) -> bool:
    """Whether the words from start to end name the person e (a full name of two words or more, not a
    place's) and say that e is a person: a description before the name or in apposition before it whose
    head is a word for what a person is ('Double try scorer', 'Computer specialist at the IAEA,',
    "Spain's minister of sport"), else a title in e's role or a given name the pack knows, with no other
    words before the name ('But only 40% think Mrs Parker Bowles should ...' is about what others think).
    (A capitalised subject of a narrated sentence is often a firm, a product or a place: 'US operator
    Cingular Wireless is also adopting ...', 'Its sister project, the Xiluodu Dam, is being built ...'.)"""
    g, qf, body = ctx.ents.g, ctx.qf, ctx.body
    words = e.name.split()
    if len(words) < 2 or g.finder.code_of(e.name) is not None or e.name.casefold() in g.places:
        return False
    text = body[start:end]
    found = [text.find(w) for w in words if w[:1].isupper() and w in text]
    if not found or text.find(words[-1]) < 0:
        return False  # (the person named in the subject itself, not one it stands for)
    tokens = re.findall(r"[^\s,]+|,", text[:min(found)])
    if len(tokens) >= 2 and tokens[0][:1].isupper() and (tokens[1] == "," or tokens[0].casefold() in g.coordinator_words):
        tokens = tokens[2:] if tokens[1] == "," else tokens[1:]  # ('Meanwhile, ...', 'But ...')
    elif tokens and tokens[0].casefold() in g.coordinator_words:
        tokens = tokens[1:]
    described = False
    run: list[str] = []
    before = None  # (the capitalised word before the run: 'Head of the division,')
    for tok in tokens + [None]:
        low = tok.strip(".()'’").casefold() if tok is not None else None
        if tok is not None and tok != "," and tok[:1].islower():
            if low in qf.finite_words or low in qf.speech_set or low in qf.say_set or re.fullmatch(r"[a-z]{3,}ed", low):
                return False  # (a verb before the name: the name is no subject of its own)
            run.append(low)
            continue
        if run and not all(w in qf.narrated_links for w in run):
            cut = next((i for i, w in enumerate(run) if w in qf.narrated_links), len(run))
            head = run[cut - 1] if cut else before
            if head is None or head not in qf.narrated_person_words:
                return False  # ('Its sister project, ...', 'But only 40% ...': no person described)
            described = True
        run = []
        before = low if tok not in (None, ",") else before
    return described or g.has_title_word(e.role) or words[0].casefold() in g.given_names


def _epithet_opening(ctx: _Context, s: Sentence, spans) -> Entity | None:
    """Whom a sentence is about when its whole subject describes a person instead of naming them
    ('But the 31-year-old Glaswegian repeated his wish to stay.', 'The Swiss star is in a class of
    his own.'): the person the description stands for, as for a speech verb after it (_subject:
    the one named last for a nationality, the one spoken of most for an age or a described head).
    That person, not a name in the sentence before, is whom the next pronoun cue means."""
    qf, body = ctx.qf, ctx.body
    if not qf.pack.get("epithet_subject_is_spoken_of") or body[s.start:s.start + 1] in '"“”„«':
        return None
    # (at the sentence's start, after a coordinator, or, a nationality only, after an opening phrase
    # and its comma: 'According to his rivals, the Swiss star is ...'; not 'In the letter, the writer
    # claims ...', someone else)
    starts = [s.start] + [s.start + c.end() for c in re.finditer(r",[ \t]+", body[s.start:min(s.end, s.start + 150)])]
    for start in starts:
        if any(a <= start < b for a, b in spans):
            continue
        opening = start == s.start
        opener = re.match(r"([A-Z][a-z]+)[ \t]+", body[start:s.end])
        if opener is not None and opener.group(1).casefold() in ctx.ents.g.coordinator_words:
            start += opener.end()  # ('But the 31-year-old ...')
        e = _epithet_before_verb(ctx, start, s.start, min(s.end, start + 60), opening)
        if e is not None:
            return e
    return None


def _epithet_before_verb(ctx: _Context, start: int, sentence_start: int, end: int, opening: bool) -> Entity | None:
    """The person a describing subject from `start` to its verb stands for (_epithet_opening); a
    description by age or head word only when it opens the sentence (`opening`)."""
    qf, body = ctx.qf, ctx.body
    for w in re.finditer(r"(?<=[ \t])[a-z][\w'’-]*", body[start:end]):
        if not _verb_like(ctx, w.group()):
            continue
        vs = start + w.start()
        dp = qf.described_person_subject.fullmatch(body, start, vs) \
            if opening and qf.described_person_subject is not None else None
        if dp is not None:
            e = _described_person(ctx, start, dp.group())
            return None if e is not None and _spoken_of_once(ctx, start, e) else e
        nat = qf.nationality_subject.fullmatch(body, start, vs) if qf.nationality_subject is not None else None
        if nat is None:
            return None
        # ('According to his rivals and even Hale himself, the Briton is ...': the one named before
        # it in its sentence; 'Hale clashed with Cole ... The Briton had doubted Cole's ...': the
        # one the article spoke of last, named in the sentences just before, not the last name)
        here = _person_named_last(ctx, start, None, window=start - sentence_start) if start > sentence_start else None
        last = ctx.last_person
        if here is None and last is not None and last.type == "person" and any(
                re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body[max(0, sentence_start - 400):sentence_start])
                for w in (last.name or "").split() if len(w) > 3) and not _spoken_of_in_own_clause(ctx, last, start):
            return last
        return here or _nationality_referent(ctx, start, sentence_start)
    return None


def _spoken_of_once(ctx: _Context, before: int, e: Entity) -> bool:
    """Whether the article has named `e` once at most before `before` ('Other acts who may appear
    include Ray Dune and Obie Vance.'): no one the story is about, whom 'the rapper' would mean
    (the article's own rapper may be one it names by one word only, no person it knows)."""
    return sum(1 for off, other in ctx.ents.mentions if off < before and other is e) < 2


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


def _trailing_pronoun_referent(ctx: _Context, cue: str, at: int, last: Entity | None,
                               last_person: Entity | None) -> Entity | None:
    """Whom the pronoun of a cue ending a sentence (', he added.', ', it warned.') means: the person
    the article spoke of last, or the one spoken of last; but 'it' never a person ('A consumer group
    has claimed ... Tags could broadcast ..., it warned.' after a person was quoted): the body spoken
    of last, else the body the sentence before opens with, else no one."""
    word = next(iter(_WORDS.findall(cue)), "").casefold()
    if word not in ctx.qf.body_pronouns:
        if ctx.qf.pack.get("report_pronoun_gender"):
            # ('..., she added.' after a man was spoken of last: the woman named last)
            return _pronoun_fits(ctx, word, last_person or last, at)
        return last_person or last
    if _pronoun_may_mean(ctx, word, last):
        return last
    return _opening_body(ctx, at)


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
            return _trailing_pronoun_referent(ctx, m.group(), at, last, last_person)
        return None
    # (the words before the comma, past the closing mark and blanks: the subject of a cue that follows)
    head = body[start:at]
    lead = len(head) - len(head.lstrip(" \t,\"“”'’"))
    closing = re.fullmatch(r",[ \t]*([^\W\d_]+)[ \t]*[.!?]?[ \t]*", rest)
    if closing is not None and closing.group(1).casefold() in qf.cue_set \
            and head.strip(" \t,\"“”'’") and head.lstrip(" \t\"“”'’")[:1].isupper():
        # '," Jane Holt, head of sales at Acme, said.': the cue verb closes the sentence; its
        # subject, a name and its apposition, stands before it
        e, _ = _subject(ctx, start + lead, at + closing.start(1), [])
        return e
    m = qf.after_verb.match(rest)
    if m:
        verb = rest[:m.end()].split()[-1]
        if verb.casefold() in qf.object_gap_verbs and head.strip(" \t,\"“”'’"):
            # '," Glenn Maguire, chief economist ..., told Agence France Presse.': who is told is
            # the addressee; the speaker stands before the verb
            e, _ = _subject(ctx, start + lead, at + rest.index(verb, 0, m.end()), [])
            return e
        return _phrase_after(ctx, at + m.end())
    m = qf.after_subject_verb.match(rest)
    if m and "," not in m.group("phrase"):
        if head.strip(" \t,\"“”'’") and nationality_description_at(ctx, at + m.start("phrase"), at + m.end("phrase")):
            # '," Jo Lee, a Dutch Liberal member of parliament said.': the description after the last
            # comma is the apposition of the name before it, which speaks
            e, _ = _subject(ctx, start + lead, at + m.end("phrase") + 1, [])
            if e is not None:
                return e
        return _phrase_after(ctx, at + m.start("phrase"))
    return None


_NAME_ALONE = re.compile(r"[ \t]+(?P<phrase>[^.!?;:\"“”'‘’\n]{3,150}?)[ \t]*\.(?=\s|\Z)")


def _name_alone_after(ctx: _Context, close: int, end: int) -> Entity | None:
    """The person named by all that follows a quote closing on a comma, up to the end of the
    sentence: the cue verb left out ('"...," Juru bicara maskapai Sinar Air, Danang Prasetyo.')."""
    body = ctx.body
    m = _NAME_ALONE.match(body, close, end)
    if m is None or not body[m.start("phrase")].isupper() or len(m.group("phrase").split()) > 15:
        return None
    g = ctx.ents.g
    # (a description in apposition before the name: 'Juru bicara ..., Danang Prasetyo')
    at = max(m.start("phrase"), body.rfind(",", m.start("phrase"), m.end("phrase")) + 1)
    at += len(body[at:m.end("phrase")]) - len(body[at:m.end("phrase")].lstrip())
    p = None
    previous = ""
    connectors = set(ctx.pack.words("role_connectors"))
    for w in re.finditer(r"\S+", body[at:m.end("phrase")]):
        # (the longest reading from a word on: a role the grammar does not know opens the phrase,
        # 'Corporate Communications of Sinar Air Group Danang Prasetyo'; a lower-case word skipped
        # is a verb or an object's, not a role's: '..., told Agence France Presse')
        if w.start() > 0 and previous[:1].islower() and previous not in connectors:
            return None
        previous = w.group()
        pm = g.match_at(body, at + w.start())
        p = g.parse(body, pm.start(), pm.end(), None, False) if pm is not None and pm.end() == m.end("phrase") else None
        if p is not None and p.type == "person" and p.name and (
                p.role or len(p.name.split()) >= 2 or (w.start() == 0 and ctx.ents.find_person(p.name))):
            break  # (a lone word is a name only when the article knows the person: not 'Serikat')
    else:
        return None  # (the name closes the sentence: nothing else, no verb nor object, follows it)
    if not p.role and p.start > m.start("phrase"):
        p.role = body[m.start("phrase"):p.start].strip(" \t,")
    return ctx.ents.resolve(p, p.start)


def _opens_with_report_verb(qf: QuoteFinder, body: str, at: int) -> bool:
    """'meminta pihak bertikai ...': the text opens with a verb that reports (a request, a second
    report), not with the clause's own subject."""
    w = re.match(r"\w+", body[at:at + 40])
    return w is not None and w.group().casefold() in qf.opening_report_verbs


def _interrupting_pronoun(ctx: _Context, s: Sentence, who: str, last: Entity | None,
                          last_person: Entity | None) -> Entity | None:
    """Whom a pronoun interrupting a clause means: 'These orcas, she suggested, specialize ...' is the
    person the article spoke of last; '..., which, they observed, occurred ...' the research opening
    the sentence ('The researchers used satellite imagery ...'), else the group spoken of last."""
    qf = ctx.qf
    word = who.casefold()
    if word in qf.personal:
        return last_person
    if word not in qf.plural_pronouns or qf.group_subject is None:
        return None
    gm = qf.group_subject.match(ctx.body, s.start, s.end)
    if gm is not None and gm.group("group").casefold() in qf.research_heads:
        return _group(ctx, gm.group("group"), gm.start("group"))
    if last is not None and last.type != "person" and (last.name or "").casefold() in qf.group_names:
        return last
    return None


def _after_last_coordinator(qf, body: str, start: int, end: int) -> int:
    """Where the clause a pronoun's cue interrupts begins: after the last coordinator before it
    ('This was the message many wanted and voters, he believes, will warm to': 'voters ... will
    warm to' is the report, not the writer's words before 'and')."""
    words = list(re.finditer(r"[^\W\d_]+", body[start:end]))
    for w in reversed(words[1:]):
        if w.group().casefold() in qf.coordinators:
            return start + w.end()
    return start


def _interrupted_report(ctx: _Context, s: Sentence, spans, last: Entity | None,
                        last_person: Entity | None) -> "Quote | None":
    """'... ; around 50 gallons of diesel fuel, officials said, spilled and ignited.', 'The guardrail
    would be examined, Roberts said, to determine ...': a named subject and its cue interrupt one
    clause; the whole clause, cue and all, is what the speaker reported (as the annotations keep
    'Gelombang kekerasan terbaru, menurut pemerintah, berawal ...' whole)."""
    body, qf = ctx.body, ctx.qf
    inside = [(a, b) for a, b in spans if s.start < b and a < s.end]
    if any(a < s.start or b > s.end or len(_WORDS.findall(body, a, b)) > 4 for a, b in inside):
        return None
    text = body[s.start:s.end]
    m = qf.interrupting_cue.search(text)
    if m is not None and any(a < s.start + m.end() for a, _ in inside):
        return None  # (a short quoted term after the cue may stand in the clause: 'what the
        # scientists describe as an "upside-down river"'; a quote before it is a quote's cue)
    nxt = m.group("next").casefold() if m is not None else ""
    # ('..., stated Minister ..., and was left near the gate': the same subject's second verb)
    # (not a pronoun of its own: '..., he said, but he would not raise taxes' is a second report)
    second = (m.group("second") or "").casefold() if m is not None else ""
    same_subject = nxt in qf.coordinators and second in qf.finite_words and second not in qf.pronoun_set
    # ('Because warmer water is more buoyant, says the study, it rises ...': after a subordinate
    # clause the main clause goes on, its subject a pronoun or a determiner's noun)
    first = re.match(r"[ \t]*([^\W\d_]+)", text)
    subordinate = first is not None and first.group(1).casefold() in qf.subordinate_openers \
        and nxt not in qf.complementisers and nxt not in qf.cue_participle_words
    if m is None or (nxt in qf.joiner_words and not same_subject) or (nxt in qf.non_continuations and not subordinate) \
            or (qf.finite is not None and nxt.endswith("ing") and not subordinate):
        # ('..., Maróth said, and paying back ...', '..., Mr Panke said, implying that ...': a
        # second clause or a comment of its own)
        return None
    start = s.start + text.rfind(";", 0, m.start()) + 1  # (a clause after a semicolon)
    group = "phrase" if m.group("phrase") is not None else "epithet" if m.groupdict().get("epithet") else "after"
    who = m.group(group).strip()
    pronoun = who.casefold() in qf.personal or who.casefold() in qf.plural_pronouns
    rel = qf.relative_end.search(body, start, s.start + m.start()) if pronoun else None
    if pronoun and rel is None:
        start = _after_last_coordinator(qf, body, start, s.start + m.start())
    if rel is not None:
        start = rel.start("rel")  # ('..., which, they observed, occurred ...': the relative clause)
    elif len(_WORDS.findall(body, start, s.start + m.start())) < (2 if pronoun or group == "epithet" else 3):
        return None  # ('These orcas, she suggested, specialize ...': two words before a pronoun's cue)
    if len(_WORDS.findall(body, s.start + m.end("next"), s.end)) < 1:
        return None
    pos = s.start + m.start(group)
    speaker = _interrupting_pronoun(ctx, s, who, last, last_person) if pronoun else None
    if pronoun and speaker is None:
        return None
    if group == "epithet":
        # ('..., ujar politisi Partai Maju itu, ...': the person the article spoke of last, described)
        if last_person is None or not _described_person_anaphor(qf, who) or (last is not None and last is not last_person):
            return None  # (not when a body spoke since: whom the description means is unsure)
        speaker = last_person
    au = qf.authority.fullmatch(who) if qf.authority is not None and speaker is None else None
    gm = qf.group_subject.fullmatch(who) if qf.group_subject is not None and speaker is None else None
    if au is not None:
        speaker = _authority(ctx, au.group("who"), pos)  # ('officials said')
    elif gm is not None:
        # ('The data were, the study says, more closely correlated ...': research or a group)
        speaker = _group(ctx, gm.group("group"), pos + who.find(gm.group("group")))
    elif speaker is None:
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
    if speaker is None or is_press(speaker):
        return None
    a, b = _trim(body, start, s.end)
    return Quote(a, b, "indirect", speaker, (s.start, s.end), 0.6, "interrupted")


def _first_person_named(ctx: _Context, start: int, end: int) -> Entity | None:
    """The first person named between `start` and `end` with a name of two words or more."""
    g = ctx.ents.g
    for w in re.finditer(rf"[{UPPER}][\w'’.-]*", ctx.body[start:end]):
        pm = g.match_at(ctx.body, start + w.start())
        p = g.parse(ctx.body, pm.start(), pm.end(), None, False) if pm is not None and pm.end() <= end else None
        if p is not None and p.type == "person" and p.name and len(p.name.split()) >= 2:
            return ctx.ents.resolve(p, p.start)
    return None


def _bare_force(ctx: _Context, start: int, end: int, described: bool = False) -> Entity | None:
    """'..., kata polisi.', '..., tambah polisi.': a bare lower-case word for a state's police or
    army (unnamed_state_forces) alone after a trailing cue is that force, of the state the story is
    mostly about. `described`: a relative clause may follow the word, of any length ('..., kata
    polisi yang tak ingin disebut namanya karena tak berwenang berbicara kepada wartawan kepada AFP.')."""
    if ctx.qf.unnamed_force is None:
        return None
    who = ctx.body[start:end].strip().rstrip(".!?").strip()
    if described:
        # ('polisi yang ...', 'aparat keamanan yang ...': the force's one or two words, then the clause)
        words = who.split()
        k = next((k for k in (1, 2) if len(words) > k + 1 and words[k].casefold() in ctx.qf.relative_set), None)
        if k is None or '"' in who or "“" in who:
            return None
        who = " ".join(words[:k])
    if not who.islower() or not ctx.qf.unnamed_force.fullmatch(who):
        return None
    return _unnamed_entity(ctx, who, "organization", start)


def _described_then_named(ctx: _Context, start: int, end: int) -> Entity | None:
    """'..., argued the government's lawyer, Richard Keen.': a description of the speaker, then their
    full name in apposition, closing the sentence."""
    dc = ctx.qf.described_comma.match(ctx.body, start, end)
    head = re.search(r"([a-z-]+)[ \t]*,[ \t]*\Z", dc.group()) if dc is not None else None
    if head is None or head.group(1) not in ctx.qf.apposed_heads:
        return None  # (not '..., announced a new operating system, Rocky Linux.': a thing, then its name)
    e = _phrase_after(ctx, dc.end())
    if e is None or e.type != "person" or len(e.name.split()) < 2 \
            or len(_WORDS.findall(ctx.body, dc.end() + len(e.name), end)) > 0:
        return None
    owner = re.match(r"(?:the|its)[ \t]+([a-z]+)['’]s?[ \t]", dc.group())
    if e.country is None and owner is not None and owner.group(1) in ctx.qf.person_state_bodies:
        e.country = ctx.ents.main_country  # ('the government's lawyer': the story's state speaks)
    return e


def _phrase_after_source(qf: QuoteFinder, rest: str, start: int) -> bool:
    """After '..., according to X' the sentence ends, or goes on with a short phrase of the clause
    before: a preposition's or a participle's ('according to Kamloops Police, at the McDonald Park
    playground', 'according to health officials, ranging in age from eleven to 75'), not a
    predicate the source interrupts (', according to Turkey, supportive of the rebels')."""
    comma = rest.find(",", start)
    if comma < 0:
        return True
    tail = rest[comma + 1:]
    first = re.match(r"[ \t]*([a-z]+)", tail)
    return first is not None and len(_WORDS.findall(tail)) <= 10 and "," not in tail \
        and (first.group(1) in qf.object_prepositions or first.group(1).endswith("ing")) \
        and not (qf.finite is not None and qf.finite.search(tail))


def _cue_closes_clause(qf: QuoteFinder, follows: list[str]) -> bool:
    """Whether a cue ends its clause: nothing follows it, or where, when or to whom it was said
    (a trailer word, a name), not more of a clause ('..., the AU announced an electronic payment
    system.')."""
    return not follows or follows[0].casefold() in qf.trailer_words or follows[0][:1].isupper()


def _trailing_subject_phrase(ctx: _Context, start: int, end: int, spans) -> Entity | None:
    """'..., company spokesman Gus Whitcomb said.', '..., the Lib Dems say.', '..., the party's election
    chief Alan Milburn has said.': the phrase before a trailing cue read as any report verb's subject
    is (a role in lower case before a name, a body with its article); not the press ('..., the
    Financial Times reported.'), a pronoun, nor a phrase of more than eight words."""
    phrase = ctx.body[start:end]
    words = phrase.split()
    if not words or len(words) > 8 or is_news_outlet(phrase.strip()):
        return None
    qf, g = ctx.qf, ctx.ents.g
    if words[0] in qf.coordinators or words[0] in qf.participle_clause_openers:
        return None  # ('..., and the UK government has asked ...', '..., as Tony Blair has suggested, ...')
    if qf.passive is not None and qf.passive.search(phrase + " "):
        return None  # ('..., a Houston court has been told.': who was told is no speaker)
    if g.press_nouns is not None and g.press_nouns.search(" " + phrase):
        return None  # ('..., newspapers including El Watan reported.': the press)
    e, pron = _subject(ctx, start, end, spans)
    if e is None or pron or is_press(e):
        return None
    return e


_DASH_AFTER = re.compile(r"[ \t]*[-–—]")


def document_speaker(ctx: _Context, noun: str, at: int, first_mention: bool = False) -> Entity | None:
    """The speaker of a definite research document the article spoke of, as the subject of a report
    verb ('The report said ...', 'But the report suggests that ...', '..., said the report.',
    '..., according to the report.'): its issuer as _document_issuer finds them, else the
    document itself as the annotations name it (`report`) when it is one that speaks as itself
    (speaking_documents); None for the press's document. With `first_mention`, the document speaks
    as itself only where the article did not speak of it before ('..., a report suggests. ..., the
    report said.' stays no one's, as the trailing cue has it)."""
    e, state = _document_issuer(ctx, noun, at)
    if e is not None or state == "press" or noun.casefold() not in ctx.qf.speaking_documents \
            or (first_mention and state == "named"):
        return e
    return _group(ctx, noun.casefold(), at)


def _document_issuer(ctx: _Context, noun: str, at: int) -> tuple[Entity | None, str]:
    """Who issued the document of '..., the report said.' at `at`: the owner of the nearest earlier
    mention of the noun that names one ('the ADB report said', 'said a World Bank report'; up to three
    bare mentions of the same document are skipped), else, when the article has not named the noun
    before, the body the sentence before opens with; with what the article made of the document:
    'press' (the press's: no issuer), 'named' (spoken of before, by no issuer) or 'none'. Looks back
    over one window of the article, once per such cue."""
    body, qf = ctx.body, ctx.qf
    lo = max(0, at - 3000)
    pos, tries = at, 0
    while tries < 4:
        pos = body.rfind(noun, lo, pos)
        if pos < 0:
            break
        tries += 1
        left = max(lo, pos - 80, *(body.rfind(c, lo, pos) + 1 for c in ",.;:\"“”\n"))
        end = pos + len(noun)
        owner = None
        if qf.document_determiner_at is not None:
            for m in qf.document_determiner_at.finditer(body, left, pos):
                owner = _document_owner(ctx, m.start(), end, None, bare=False)
                if owner is not None:
                    break
        if owner is None and body[left:pos].strip()[-3:].casefold() in ("'s", "’s"):
            owner = _document_owner(ctx, left, end, None, bare=False)
        if owner is None and qf.document_determiner_at is not None:
            # ('Fewer people will shop, says a report by Acme. ..., the report concludes.': the source
            # named after the document, up to the end of its phrase)
            stop = min([i for i in (body.find(c, end, end + 100) for c in ",.;:\"“”\n") if i >= 0] or [end])
            m = qf.document_determiner_at.search(body, left, pos)
            if m is not None and stop > end:
                owner = _research_source(ctx, m.start(), stop)
        if owner is not None:
            return (None, "press") if is_press(owner) else (owner, "")
    if tries:
        return None, "named"  # (the document was named before, by no issuer the article names)
    e = _opening_body(ctx, at)
    return (None, "press" if e is not None else "none") if e is None or is_press(e) else (e, "")


def _research_source(ctx: _Context, start: int, end: int) -> Entity | None:
    """The named source of research or a survey filling body[start:end] ('a recent report by Acme
    magazine', 'a survey from analysts Acme', 'recent research by the Acme Project'), after what it
    is ('analysts', 'telecoms giant'); None for anything else or the press."""
    qf, body = ctx.qf, ctx.body
    if qf.research_document_source is None or qf.document_source is None:
        return None
    text = body[start:end].rstrip().rstrip(".!?").rstrip()
    ds = qf.document_source.match(text)
    rd = qf.research_document_source.match(text)
    if ds is None or rd is None:
        return None
    a, b = start + ds.start("who"), start + ds.end("who")
    named = DESCRIPTOR_BEFORE_NAME.match(body[a:b])
    a = a + named.end() if named is not None else a
    whole = _CAPITALISED_BODY.match(body, a, start + rd.end("who"))
    if whole is not None and qf.name_links.search(whole.group()) \
            and not re.match(r"[ \t]*[A-Z]", body[whole.end():start + rd.end("who")]):
        # ('recent research by the Acme Internet and American Life Project': one body's name, its
        # links and all, not a list of two)
        name = whole.group("name")
        at = whole.start("name")
        e = ctx.ents.resolve(Parsed(name, at, at + len(name), None, name, "organization", None), at)
    else:
        e, _ = _subject(ctx, a, b, [])
        if e is not None and e.type == "person" and e.name and e.name.split()[-1] in qf.research_body_tails \
                and not e.role:
            # ('a report by Jupiter Research', 'figures gathered by Continental Research': a firm of
            # research, not a person; no later 'he' is theirs)
            e.type = "organization"
    return None if e is None or is_press(e) else e


_CAPITALISED_BODY = re.compile(r"(?:the[ \t]+)?(?P<name>[A-Z][\w.&/-]*(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)*[A-Z][\w.&/-]*)+)")


def _cue_then_clause(qf: QuoteFinder, after: str) -> bool:
    """Whether the words after an inverted cue ('..., said the American has an injury to ...') are
    a subject of one to three words, then a finite word of their own: the cue reports what follows,
    not what stands before it (not '..., said the man who was hurt', not after a comma)."""
    words = re.findall(r"[\w'’.-]+|[^\w\s]", after[:120])
    for i, w in enumerate(words[:4]):
        if not re.match(r"[\w'’.-]+\Z", w) or w.casefold() in qf.relative_words:
            return False
        if i and w.islower() and w in qf.finite_words and w not in qf.pronoun_set:
            return True
    return False


def _unowned_document_after(qf: QuoteFinder, rest: str, end: int) -> re.Match | None:
    """The rest of a sentence after an inverted cue, when it is a document no one issued ('a report')."""
    return qf.unowned_document.fullmatch(rest[end:].strip().rstrip(".!?").strip()) \
        if qf.unowned_document is not None else None


def _definite_document_after(ctx: _Context, rest: str, end: int, at: int) -> Entity | None:
    """'..., said the report.': a definite research document filling the rest of the sentence after an
    inverted cue speaks (document_speaker)."""
    dm = _DEFINITE_DOCUMENT.fullmatch(rest[end:].strip().rstrip(".!?").strip())
    if dm is None or dm.group("noun").casefold() not in ctx.qf.speaking_documents:
        return None
    return document_speaker(ctx, dm.group("noun"), at + rest.find(dm.group("noun"), end))


_DEFINITE_DOCUMENT = re.compile(r"(?:the|The)[ \t]+(?P<noun>[a-z]+)")


def _inverted_group(ctx: _Context, start: int, end: int) -> Entity | None:
    """The speaker of '..., say MPs.', '..., say the Tories.', '..., say researchers at BDO Stoy
    Hayward.': a name, or a group (group_subject), filling the rest of the sentence."""
    body, qf = ctx.body, ctx.qf
    # (up to an apposition: '..., insists Mr Hadi, an Iraqi who left the country three decades ago.')
    who = body[start:end].split(",", 1)[0].strip().rstrip(".!?").strip()
    if not who or len(who.split()) > 8 or not _WORDS.fullmatch(who.split()[0]) \
            or who.split()[0].casefold() in qf.pronoun_set:
        return None
    gm = qf.group_subject.fullmatch(who) if qf.group_subject is not None else None
    if gm is not None:
        return _group(ctx, gm.group("group"), start + gm.start("group"))
    ud = qf.unowned_document.fullmatch(who) if qf.unowned_document is not None else None
    if ud is not None:  # ('..., says a report.': a report no one named issued speaks as itself)
        return _group(ctx, ud.group("noun"), start + who.find(ud.group("noun")))
    e = _phrase_after(ctx, start)
    if e is None or is_press(e):
        return None
    lead = qf.determiner_any.match(who) if qf.determiner_any is not None else None
    named = who[lead.end():] if lead else who
    # (the name is all the phrase holds, but for a title: 'Mr Hadi')
    words = named.split()
    if e.name and len(words) == 2 and words[0].casefold() in ctx.ents.g.honorifics \
            and words[1] == e.name.split()[-1] and e.type == "person":
        return e  # ('..., thinks Mr Vaughan.': the person named in full before, by title and surname)
    return e if e.name and set(e.name.split()) <= set(words) and len(words) <= len(e.name.split()) + 1 else None


def _inverted_gap_cue(qf, rest: str, m: re.Match) -> bool:
    """'..., warned Mr Cracknell.', '..., warns network monitoring company Acme.': a verb that may take
    an addressee (inverted_gap_cues) ending the sentence with the phrase after it is an inverted cue,
    its subject that phrase (up to an apposition after a comma: '..., warned Ann Cole, head of IT at
    Acme.'); not when a clause goes on after the phrase ('..., warned him, they were not safe')."""
    if rest[:m.end()].split()[-1].casefold() not in qf.inverted_gap_cues:
        return False
    tail = rest[m.end():].strip().rstrip(".!?").strip()
    if not tail[:1].isupper() and not tail[:1].islower():
        return False
    head, _, apposition = tail.partition(",")
    words = _WORDS.findall(head)
    if not words or len(words) > 6 or words[0].casefold() in qf.pronoun_set \
            or not any(w[:1].isupper() for w in words):
        return False  # (a name or a body's name: not 'warned him', 'warned of delays')
    return not apposition or not any(w.casefold() in qf.finite_words for w in _WORDS.findall(apposition))


def _listed_office_holder(ctx: _Context, start: int, end: int) -> Entity | None:
    """'kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit Dwiwahjono.':
    an office whose body lists its fields with commas (field_list_heads) right after the cue verb (after a
    title or two at most), then
    the rest of the role and the name: the person named after the list; None otherwise."""
    qf, body = ctx.qf, ctx.body
    if qf.field_list is None:
        return None
    at = start + len(body[start:end]) - len(body[start:end].lstrip())
    fl = qf.field_list.search(body, at, end)
    if fl is None or len(body[at:fl.start()].split()) > 3 or not all(w[:1].isupper() for w in body[at:fl.start()].split()):
        return None  # (the list opens the phrase, after a title or two at most: 'Kepala Dinas Tenaga Kerja, ...')
    gap = re.match(r"[ \t]*,?[ \t]*", body[fl.end():end])
    listed = _phrase_after(ctx, fl.end() + gap.end())
    return listed if listed is not None and listed.type == "person" else None


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
    if qf.field_list is not None and commas:
        # '..., kata Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian Perindustrian Achmad Sigit.': the
        # commas listing a body's fields inside the cue are no cue's; the last two of the others count
        fields = [(f.start(), f.end()) for f in qf.field_list.finditer(body, max(s.start, tail_start - 100), s.end)]
        if any(a < c < b for c in commas for a, b in fields):
            tail_start = max(s.start, tail_start - 100)
            others = [c.start() for c in re.finditer(",", body[tail_start:s.end])]
            others = [tail_start + c for c in others if not any(a < tail_start + c < b for a, b in fields)]
            commas = others[-2:]
    bare = body.rfind(" according to ", tail_start, s.end)
    if bare >= 0 and bare not in commas and body[bare - 1:bare] not in ",":
        # ('... in the attack according to a hospital spokesperson.': no comma; '... were injured
        # yesterday according to health officials, ranging in age ...': a phrase after it)
        commas = sorted(commas + [bare])
    if qf.bare_trailing_cue is not None:
        bc = None
        for bc in qf.bare_trailing_cue.finditer(body, tail_start, s.end):
            pass
        if bc is not None and bc.start() - s.start >= 30:
            # ('... remains a political issue said MP Tom Hale, spokesman on IT.': a cue with no comma
            # before it, then a name that ends the sentence (up to an apposition))
            commas = commas + [bc.start()]
    for at in reversed(commas):
        if any(a < s.end and b > at for a, b in spans):
            continue  # (the cue is inside or after a quote: '"...", he said' is the quote's)
        rest = body[at:s.end]
        speaker = None
        pm = qf.after_pron.match(rest)
        if pm is None and qf.after_personal_present is not None:
            # ('..., he argues.' ending the sentence; not '... and voters, he believes, will warm to.')
            pm = qf.after_personal_present.match(rest)
            pm = pm if pm is not None and not _WORDS.search(rest, pm.end()) and body[s.end:s.end + 1] != "," else None
        if pm:
            if len(_WORDS.findall(rest, pm.end())) <= 6:
                speaker = _trailing_pronoun_referent(ctx, pm.group(), at, last, last_person)
        else:
            m = qf.after_verb.match(rest)
            document_verb = m is None and qf.after_document_verb is not None
            if document_verb:
                m = qf.after_document_verb.match(rest)
            ud = _unowned_document_after(qf, rest, m.end()) if m else None
            rs = _research_source(ctx, at + m.end(), s.end) if m and ud is None else None
            if document_verb and ud is None and rs is None:
                m = None  # ('..., predicts the report by Acme.' is read as any cue before a document; a
                # finding's verb before anything else is left to the cue verbs)
            plural = m is None and qf.after_plural_verb is not None and qf.after_plural_verb.match(rest)
            if ud is not None:
                # ('..., says a report.': a report no one named issued speaks as itself)
                speaker = _group(ctx, ud.group("noun"), at + rest.find(ud.group("noun"), m.end()))
                m = None
            elif rs is not None:
                speaker, m = rs, None  # ('..., says a report from analysts Acme.': its source)
            elif plural:
                # '..., say the Tories.', '..., say researchers at BDO Stoy Hayward.': the phrase after
                # the cue ends the sentence and names the group (not '..., say they hope ...')
                m = None
                speaker = _inverted_group(ctx, at + plural.end(), s.end)
            elif m and rest[:m.end()].split()[-1].casefold() in qf.object_gap_verbs \
                    and not _inverted_gap_cue(qf, rest, m):
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
                if short and _cue_then_clause(qf, rest[m.end():]):
                    short = False  # ('X, which begins on Monday, said the American has a problem ...':
                    # the cue's clause follows it; the text before is its subject, no report)
                    m = None
                elif short:
                    speaker = _listed_office_holder(ctx, at + m.end(), s.end)
                    speaker = speaker or _phrase_after(ctx, at + m.end()) or _bare_force(ctx, at + m.end(), s.end) \
                        or _described_then_named(ctx, at + m.end(), s.end) \
                        or _definite_document_after(ctx, rest, m.end(), at)
                    if speaker is None and qf.pronoun_subject is not None \
                            and qf.pronoun_subject.match(rest[m.end():]):
                        speaker = last_person or last
                    if speaker is not None and last_person is None and speaker.type == "person" \
                            and speaker.name == speaker.role and _described_person_anaphor(qf, speaker.name):
                        # ('Maria X mundur dari turnamen ..., kata mantan juara itu.': no one spoken
                        # of before; the person the clause names)
                        speaker = _first_person_named(ctx, s.start, at) or speaker
                elif m is not None:
                    speaker = _bare_force(ctx, at + m.end(), s.end, described=True)
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
                        and _phrase_after_source(qf, rest, acc.end()):  # (', according to Turkey, supportive of': an aside)
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
                        # ('..., according to a survey by Acme.': the source of research)
                        e = _research_source(ctx, pos, s.end) or _phrase_after(ctx, lead.end() if lead else pos)
                    if e is None:
                        # '... were affected according to NDRRMC report on Saturday': the document's issuer
                        e, _ = _source_document(ctx, pos, s.end)
                    if e is None:
                        # ('..., according to the report.': the research document the article spoke of)
                        e = _definite_document_after(ctx, body[:s.end], pos, pos)
                    if e is None and qf.authority is not None:
                        # '..., according to police.': the unnamed authorities of the story's state
                        src_end = body.find(",", pos, s.end)  # (the phrase after the source is not its name)
                        who = body[lead.end() if lead else pos:src_end if src_end >= 0 else s.end].strip().rstrip(".!?").strip()
                        if qf.source_tail is not None:
                            who = qf.source_tail.sub("", who)  # ('according to police on Thursday.')
                        au = qf.authority.fullmatch(who)
                        mod = re.match(r"[a-z]+[ \t]+", who) if au is None else None
                        if mod is not None and qf.authority.fullmatch(who, mod.end()) is not None:
                            # ('..., according to county police.': a word placing the authority)
                            au = qf.authority.fullmatch(who, mod.end())
                        if au is not None:
                            e = _authority(ctx, au.group("who"), pos)
                        if e is None and qf.group_subject is not None:
                            # ('..., according to industry experts.', '..., according to the UK's leading
                            # movie critics.', '..., according to new research.': a group or research
                            # after a possessive and up to two lower-case words placing it)
                            gw = re.sub(r"\A(?:the[ \t]+)?[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*)*['’]s?[ \t]+", "", who)
                            gm = re.match(r"((?:[a-z][a-z-]*[ \t]+){1,2})", gw) if gw != who or gw[:1].islower() else None
                            for cut in ([gm.end()] if gm is not None else []) + [0]:
                                gg = qf.group_subject.fullmatch(gw, cut)
                                if gg is not None and gg.group("group").casefold() in qf.group_names:
                                    e = _group(ctx, gg.group("group"), pos)
                                    break
                    if e is None and qf.indefinite_office is not None:
                        # '..., according to a hospital spokesperson.': someone unnamed, by their office
                        ind = qf.indefinite_office.search(body[pos:s.end].strip().rstrip(".!?").strip())
                        if ind is not None:
                            role = ind.group("role")
                            e = ctx.ents.resolve(Parsed(role, pos, s.end, role, None, "role", None), pos)
                    outlet = e is not None and (is_press(e) or (
                        lead is not None and is_news_outlet(body[pos:lead.end()].strip().capitalize() + " " + e.name)))
                    speaker = e if e is not None and not outlet else None
        if speaker is None and qf.trailing_subject is not None:
            ts = qf.trailing_subject.match(rest)
            if ts is not None and _DASH_AFTER.match(rest, ts.end()):
                ts = None  # (an aside between dashes: '... a lot of effort - too much, critics argue - into ...')
            if ts is not None and len(_WORDS.findall(rest, ts.end())) <= 6:
                who = ts.group("who").strip()
                gm = (qf.group_subject.fullmatch(who) or _described_group(ctx, who)) \
                    if qf.group_subject is not None else None
                au = (qf.authority.fullmatch(who) or qf.authority.fullmatch(qf.definite_lead.sub("", who, count=1))) \
                    if qf.authority is not None else None
                definite = re.match(r"(?:the|The)[ \t]+(?P<noun>[a-z][a-z-]*)\Z", who)
                follows_cue = _WORDS.findall(rest, ts.end())
                # (an unowned document before its verb stays no one's: '..., a report suggests.' — only
                # the inverted '..., says a report.' speaks as the document)
                rs = _research_source(ctx, at + ts.start("who"), at + ts.end("who"))
                if rs is not None:
                    speaker = rs  # ('..., a recent report by Acme magazine found.': its source)
                elif ts.groupdict().get("finding") and not (
                        gm is not None and gm.group("group").split()[-1].casefold() in qf.research_heads) \
                        and not (definite is not None and definite.group("noun") in qf.trailing_documents
                                                and definite.group("noun") in qf.research_heads):
                    pass  # ('..., the study revealed.': a finding's verb reports after research only)
                elif au is not None:
                    speaker = _authority(ctx, au.group("who"), at + ts.start("who"))
                elif gm is not None:
                    speaker = _group(ctx, gm.group("group"), at + ts.start("who"))
                elif definite is not None and definite.group("noun") in qf.trailing_documents:
                    # ('..., the report said.': whoever issued the document, as the article named it)
                    speaker = document_speaker(ctx, definite.group("noun"), at, first_mention=True)
                elif definite is not None and (definite.group("noun") in qf.firm_nouns
                                               or definite.group("noun") in qf.opening_body_nouns):
                    # ('..., the bank said.': the body named last with that noun in its name, 'the
                    # Bank of Mexico', else the firm named last)
                    speaker = _named_institution(ctx, definite.group("noun"), at)
                elif _cue_closes_clause(qf, follows_cue):
                    # (the cue ends the clause, or where, when or to whom follows: not 'While many
                    # transactions ..., the AU announced an electronic payment system.')
                    speaker = _trailing_subject_phrase(ctx, at + ts.start("who"), at + ts.end("who"), spans)
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


def _noun_subject_frame(qf: QuoteFinder, body: str, frame: list[str], quote_start: int) -> bool:
    """'The team wrote that guns "are 2.6 times more lethal ..."': one noun of the reporter's as the
    subject, the quote its predicate (in lower case): no verb, preposition or pronoun, in a language
    whose finite verbs tell a subject from a predicate."""
    if qf.finite is None or len(frame) != 1 or not body[quote_start:quote_start + 1].islower():
        return False
    word = frame[0]
    if word.isalpha() and word[:1].isupper() and word[1:].islower() and word.casefold() not in qf.pronoun_set:
        # 'tweeted that Conway "was a warm and gentle soul."': a name as the subject, when the quote
        # opens with a finite verb (not 'blamed Trump "for the crisis"')
        first = re.match(r"[^\W\d_]+", body[quote_start:quote_start + 30])
        return first is not None and (qf.finite.fullmatch(first.group()) is not None
                                      or (first.group().endswith("ed") and len(first.group()) > 4))
    # (not a participle, a past form, a determiner or a relative pronoun: 'being "pushed around"',
    # 'blamed "rising prices ..."', 'the "costs will ..."', 'which "seems to be ..."')
    return word.isalpha() and word.islower() and qf.finite.search(word) is None \
        and not word.endswith(("ing", "ed")) and word not in qf.frame_non_subjects


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
                if _condition_then_quote(qf, frame):
                    # 'argued that if Trump wins re-election, "these hellish events will ..."': a
                    # condition of the reporter's, then the quote as its main clause
                    kept.append(q)
                    continue
                if introduced is not None and (len(frame) >= 2 or (
                        len(frame) == 1 and frame[0].casefold() in qf.frame_pronouns)
                        or _noun_subject_frame(qf, body, frame, inner[0].start)) \
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


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _restates_opening(body: str, report: set[str], direct: Quote, stopwords: frozenset[str]) -> bool:
    """The quote's opening sentence says nothing the report has not said: '... mengatakan telah
    berdoa untuk perdamaian di wilayah Kaukasus.' before '"Saya berdoa untuk perdamaian di
    Kaukasus. ..."' (not '... mengatakan ada nota kesepahaman dinas dengan kejaksaan.' before
    '"Kemudian juga, ada nota kesepahaman dinas dengan kejaksaan yang isinya tentang
    pelatihan, ..."', whose opening goes on past the report: the gold keeps both)."""
    opening = _content_words(_opening_sentence(body, direct), stopwords)
    return bool(opening) and len(opening & report) >= 0.75 * len(opening)


def _opening_sentence(body: str, direct: Quote) -> str:
    """The quote's first sentence (all of it when it has one)."""
    end = _SENTENCE_END.search(body, direct.start, direct.end)
    return body[direct.start:end.start() if end else direct.end]


def _without_paraphrases(body: str, quotes: list[Quote], stopwords: frozenset[str],
                         pronouns: frozenset[str] = frozenset(), min_words: int = 0,
                         first_person: frozenset[str] = frozenset()) -> list[Quote]:
    """'Paus Fransiskus mengatakan telah berdoa untuk perdamaian di wilayah Kaukasus.' followed by
    his '"Saya berdoa untuk perdamaian di Kaukasus. ..."': the report only announces the quote
    that follows it, so the reader gets the speaker's own words once, not twice. The report goes
    when the next item is the same speaker's direct quote, in the same or the next paragraph,
    holding most of the report's content words, and the quote's opening sentence holds nothing
    more than the report (a report that sums up a longer quote is its own item: every annotated
    set lists both), of a report of at least `min_words` content words ('X told the local paper that
    it was a sensible decision. "It seems their decision ... is welcome news," he said.' keeps
    the short verdict, which the quote does not repeat), and, where `first_person` lists words, of a
    quote whose opening sentence holds one: the speaker tells the reported act as their own ('Saya
    berdoa ...'); 'Andi mengatakan kepala sekolah juga tengah diperiksa. "Bapaknya (kepala sekolah)
    juga diperiksa. ..."' keeps the report, a fact of someone else the quote sums up again."""
    kept = []
    for i, q in enumerate(quotes):
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        if q.kind == "indirect" and nxt is not None and nxt.kind == "direct" and q.speaker is not None \
                and nxt.speaker is q.speaker and nxt.start >= q.end and body.count("\n", q.end, nxt.start) <= 1:
            said = _content_words(body[q.start:q.end], stopwords)
            if said and len(said) >= min_words \
                    and len(said & _content_words(body[nxt.start:nxt.end], stopwords)) >= 0.5 * len(said) \
                    and _restates_opening(body, said, nxt, stopwords | pronouns) \
                    and (not first_person or any(w.casefold() in first_person
                                                 for w in _WORDS.findall(_opening_sentence(body, nxt)))):
                continue
        kept.append(q)
    return kept


_JOINER = re.compile(r"(?:[\s,;:]+(?:adding|saying|and|dan|serta|dengan mengatakan|sambil mengatakan))?[\s,;:]*$", re.I)


def _drop_trailing_joiner(body: str, a: int, b: int) -> int:
    m = _JOINER.search(body, a, b)
    return _trim(body, a, m.start())[1] if m else b
