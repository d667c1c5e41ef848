"""Direct and indirect quotes of one article, each with its speaker: the entry point.

`extract_quotes` finds the quotation marks (`marks`), reads the cue beside each quote with the
language's cue words (`cues`), resolves the cue's subject to a speaker (`subjects`), and adds the
report forms and indirect speech of `reports` and `indirect`.
"""
from __future__ import annotations

import dataclasses
import re

from .cues import QuoteFinder
from .furniture import Furniture
from .indirect import (_document_owner, _earlier_document_issuer, _is_code_or_label, _is_research, _is_title, _quoted_document_owner,
                       _reads_as_clause, _said_with_comma, _sentence_subject_and_indirect)
from .langpack import LanguagePack
from .marks import Quote, _Segment, _WORDS, _trim, scan_marks, scan_single_marks
from .outlets import is_news_outlet, is_press
from .reports import (_cue_closes_clause, _interrupted_report, _name_alone_after, _named_after_personal_pronoun, _one_of_a_pair, _opens_with_report_verb, _partials_in_reports,
                      _participle_after_clause, _participle_aside, _participle_reports, _participle_subject,
                      _closing_agent, _epithet_opening, _narrated_subject, _person_opening, _quoted_as_saying, _quoted_as_saying_speaker, _sentence_end_cue,
                      _split_joined_reports, _split_participle_reports, _cut_at_next_report, _trailing_cue, _trailing_subject_phrase,
                      _without_paraphrases, _without_wrappers)
from .sentences import Sentence, paragraphs
from .grammar import Grammar
from .mentions import Entity, UPPER, _initials_match
from .speakers import ArticleEntities
from .antecedents import (_antecedent, _officer_named_last, _pronoun_fits, _pronoun_may_mean, _role_holder_described,
                          _unnamed_antecedent, _unnamed_force_state)
from .institutions import _group, _named_institution, _spokesperson_body
from .phrase_after import _described_after_cue, _described_subject_after_quote, _phrase_after
from .segments import _Context
from .subjects import _coordinated_clause_subject, _member_speaks, _subject
from .transcripts import (TRANSLATION, Turn, announced_document_points, interviewers, is_lead_in, is_legend_row,
                          transcript_turns)

# The words a bare announcement may carry between its subject and its speech verb ('juga', 'pun
# telah') and after it ('menyampaikan peringatan', 'menyatakan keprihatinan mendalam'); more after it
# is content reported, not a quote announced.
_ANNOUNCED_OBJECT_WORDS = 2


def _subject_after_comma(ctx: _Context, close: int, after: str) -> Entity | None:
    """'"...", University coach Brad Tronc said.': after a quote closed on a comma, a cue whose
    subject is a role in lower case before a name, read as a trailing cue's subject is (the cue then
    ends the sentence, or where, when or to whom follows it); a name, not an unnamed office."""
    qf = ctx.qf
    if qf.trailing_subject is None:
        return None
    lead = 0 if after.lstrip(" \t").startswith(",") else 1
    ts = qf.trailing_subject.match(after if not lead else "," + after)
    if ts is None or ts.groupdict().get("finding"):
        return None  # (a finding's verb closes reported clauses only: _trailing_cue)
    text = after if not lead else "," + after
    stop = re.search(r"[.!?](?:\s|\Z)", text[ts.end():])
    end = ts.end() + stop.start() if stop else len(text)
    # (the quote closed on its comma is the cue's object, so the cue's clause ends at the next comma:
    # after it a participle's clause goes on, '"...," brokerage Merrill Lynch said in a note to
    # investors, adding that ...'; and after a verb of telling the words are whom it was told to:
    # '"...," producer Gil Cates told reporters.')
    comma = text.find(",", ts.end(), end)
    follows = _WORDS.findall(text, ts.end(), comma if comma >= 0 else end)
    told = ts.group().split()[-1].casefold() in qf.object_gap_verbs
    if not (told or _cue_closes_clause(qf, follows)) or len(follows) > 6:
        return None
    e = _trailing_subject_phrase(ctx, close + ts.start("who") - lead, close + ts.end("who") - lead, [])
    # (a name only: an office alone, 'a Tory spokesman', is better left to the speaker before it;
    # but a state's unnamed official or its authorities speak themselves: '"...", a government
    # official said.', '"...," police said.')
    return e if e is not None and (e.name[:1].isupper() or e.country is not None or (
        qf.authority is not None and qf.authority.fullmatch(e.name))) else None


# '- Leeds boss Tom Hale: "...': a line (a bullet's dash may open it) that is a speaker's name, maybe
# after a role, then a colon and the quote; no verb (the match previews' list of managers' words)
_SPEAKER_LABEL = re.compile(rf"[ \t]*(?:[-–•][ \t]+)?(?P<phrase>[{UPPER}][^:;\"“”\n.!?]{{2,80}}?):[ \t]*\Z")


def _labelled_speaker(ctx: _Context, start: int, open_mark: int) -> Entity | None:
    """The person a line that opens with a speaker's label names ('- Hull boss Ray Dunn: "..."'): the
    whole label is one speaker phrase ending in a full name (a role alone, a body or a clause with a
    verb labels no one: 'Reasons:', 'Key match stats:')."""
    if not ctx.qf.pack.get("speaker_label_lines"):
        return None
    lm = _SPEAKER_LABEL.match(ctx.body, start, open_mark)
    if lm is None or ctx.body[ctx.body.rfind("\n", 0, start) + 1:start].strip():
        return None  # (the label opens its line)
    pm = ctx.ents.g.match_at(ctx.body, lm.start("phrase"))
    if pm is None or pm.end() != lm.end("phrase"):
        return None
    p = ctx.ents.g.parse(ctx.body, pm.start(), pm.end(), ctx.ents.lowercase_words, True, ctx.ents.midcaps)
    if p is None or p.type != "person" or len((p.name or "").split()) < 2:
        return None
    return ctx.ents.resolve(p, pm.start())


def _reports_own_clause(qf: QuoteFinder, body: str, start: int, end: int) -> bool:
    """After a quote closed by a full stop, 'X said' followed by a clause of its own ('... as little
    as possible." A correspondent said the timing was unlikely to help') or by a colon opens the next
    sentence's report; it is no cue of the quote before (unlike 'X said on Monday.')."""
    stop = re.search(r"[.!?](?:\s|\Z)", body[start:end])
    end = start + stop.start() if stop else end
    rest = body[start:end]
    if rest.lstrip(" \t").startswith(":"):
        return True
    return qf.finite is not None and len(_WORDS.findall(rest)) >= 4 and _reads_as_clause(qf, body, start, end)


def _passive_cue(qf: QuoteFinder, phrase: str) -> bool:
    """'... movie watchers." Four movies have already been announced for the console.': a cue verb
    after an auxiliary of the passive tells what was done to the words before it, which said
    nothing; they are no speaker of the quote (a pack without passive auxiliaries: never)."""
    return qf.passive is not None and qf.passive.search(phrase + " ") is not None


def _opens_with_request(qf: QuoteFinder, body: str, at: int) -> bool:
    """Whether a reported text opens with its request or act verb ('offered to send ...', 'urged
    Iran to ...'), reported verb and all, rather than with a clause of its own."""
    m = qf.indirect_verb.match(body, at) if qf.indirect_verb is not None else None
    return m is not None and m.group("verb").casefold() in qf.request_set


def _names_answerer(body: str, start: int, end: int, who: Entity) -> bool:
    """A paragraph naming the one answering is the article's own text about them, not their answer."""
    names = [w for w in who.name.split() if len(w) > 2 and w[:1].isupper()]
    return any(re.search(rf"\b{re.escape(w)}\b", body[start:end]) for w in names)


def _known_answerer(ctx: _Context, label: str) -> Entity | None:
    """The person of the article a turn's label names, by name or by initials ('RS' for Richard Stallman)."""
    ents = ctx.ents
    known = ents.find_person(label)
    if known is not None or not (label.isupper() and " " not in label):
        return known
    return next((e for e in ents.entities if e.type == "person" and " " in e.name
                 and _initials_match(e.name, label)), None)


def _turn_speaker(ctx: _Context, turn: Turn, asking: set[str]) -> Entity | None:
    """Who answers in a labelled turn: the person the label names ('Perttu Ahola', 'Jaya' for the
    'Jaya Prakash' of the introduction, 'RS' for Richard Stallman); nobody for the interviewer's
    turns or initials no one in the article has."""
    label = turn.label
    if label in asking or is_news_outlet(label):
        return None
    ents = ctx.ents
    known = ents.find_person(label)
    if known is not None:
        return known
    if label.isupper() and " " not in label:
        return next((e for e in ents.entities if e.type == "person" and " " in e.name
                     and _initials_match(e.name, label)), None)
    m = ents.g.match_at(ctx.body, turn.label_start)
    p = ents.g.parse(ctx.body, m.start(), m.end(), None, False) if m is not None else None
    if p is not None and p.type in ("person", "organization") and p.name \
            and turn.label_start + len(label) >= p.end:
        e = ents.resolve(p, turn.label_start)
        if e is not None:
            return e
    e = Entity(name=label, type="person", first=turn.label_start)
    ents.entities.append(e)
    return e


def _document_points(ctx: _Context, paras) -> list[tuple[int, int, Entity, tuple[int, int]]]:
    """(start, end, writer, paragraph) of each numbered point of a document the article announces
    ('Berikut klarifikasi lengkap yang dituliskan Abdul Somad:' then '1. Saya sampai ...'): the words
    after the point's number, and the person the announcing paragraph names first (none named, no
    points)."""
    qf, body, ents = ctx.qf, ctx.body, ctx.ents
    if not qf.document_announcers or not qf.document_nouns:
        return []
    out = []
    writers: dict[tuple[int, int], Entity | None] = {}
    for pt in announced_document_points(body, paras, qf.document_announcers, qf.document_nouns):
        if ctx.furniture.is_ignored(pt.start, pt.end):
            continue
        if pt.announced not in writers:
            a, b = pt.announced  # (after the opener: 'Berikut' is no one's name)
            writers[pt.announced] = _person_named_in(ctx, body.index(" ", a), b)
        who = writers[pt.announced]
        if who is not None:
            out.append((pt.text_start, pt.end, who, (pt.start, pt.end)))
    return out


def _person_named_in(ctx: _Context, start: int, end: int) -> Entity | None:
    """The first person a stretch of the text names ('... yang dituliskan Abdul Somad:')."""
    ents = ctx.ents
    for m in ents.g.phrase.finditer(ctx.body, start, end):
        p = ents.g.parse(ctx.body, m.start(), m.end(), None, False)
        if p is not None and p.type == "person" and p.name:
            e = ents.resolve(p, m.start())
            if e is not None and e.type == "person":
                return e
    return None


def _reported_before(body: str, prev: Sentence, s: Sentence, furniture: Furniture) -> bool:
    """'Pemerintah telah menyepakati harga batas atas ... Hal tersebut disampaikan oleh Menteri
    Perdagangan ...': the sentence a passive attribution points back at stands in its paragraph or
    ends the paragraph before it (a paragraph of the report, then one of who said it), and is no line
    of page furniture."""
    gap = body[prev.end:s.start]
    return gap.count("\n") <= 2 and not gap.strip() and not furniture.is_ignored(prev.end - 1)


def _verbless_cue_after(ctx: _Context, quoted: str, close: int, after: str) -> Entity | None:
    """'“...,” Juru Bicara Arrmanatha Nasir di Gedung Kemlu RI, Jakarta, Kamis (20/7).': a quote closed by a
    comma, then an office and a full name with the cue verb left out, then where or when it was said
    (verbless_cue_adjuncts): that person speaks. Not a name going on to a verb ('," Menteri Budi menambahkan'
    has its cue) nor a name alone."""
    qf, g, body = ctx.qf, ctx.ents.g, ctx.body
    if qf.verbless_cue_adjunct is None or not quoted.rstrip(" \t\"“”'’»").endswith(","):
        return None
    lead = len(after) - len(after.lstrip(" \t"))
    if not 0 < lead < len(after) or not after[lead].isupper():
        return None
    pos = close + lead
    m = g.match_at(body, pos)
    p = g.parse(body, m.start(), m.end(), None, False) if m is not None else None
    if p is None or p.type not in ("person", "principal") or not p.role or len((p.name or "").split()) < 2 \
            or not g.has_title_word(p.role) or qf.verbless_cue_adjunct.match(body, m.end()) is None:
        return None
    return ctx.ents.resolve(p, pos)


def _spokesperson_after_cue(ctx: _Context, tail: str, at: int) -> Entity | None:
    """'"...," said a spokesman.': the body the sentence before opens with, when only an unnamed
    spokesperson follows the cue (_spokesperson_body; not 'a spokesman for the club')."""
    if ctx.qf.indefinite_office is None:
        return None
    phrase = re.match(r"[^.,!?;:\"“”\n]*", tail).group().strip()
    ind = ctx.qf.indefinite_office.search(" " + phrase)
    return _spokesperson_body(ctx, ind.group("role"), at) if ind is not None else None


def _speaks_of(body: str, a: int, b: int, person: Entity) -> bool:
    """Whether the quote between `a` and `b` names the person in the third person: the last capitalised
    word of three letters or more of the name ('Cole is ...' of 'Jim Cole')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", person.name or "") if len(w) > 2 and w[:1].isupper()]
    return bool(words) and re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", body[a:b]) is not None


def _same_speaker(a: Entity | None, b: Entity | None) -> bool:
    return a is not None and b is not None and (a is b or (bool(a.name) and a.name == b.name and a.type == b.type))


def _opens_its_sentence(body: str, q: Quote) -> bool:
    """Whether a direct quote opens its sentence (only marks and blanks before it there): a quote of its own, not
    a partial one inside a narrated report ('Her lawsuit said she "has never taken ..."')."""
    return q.sentence is not None and not body[q.sentence[0]:q.start].strip(" \t\n\"“”'‘’")


def _run_before_added(body: str, quotes: list[Quote], verbs: re.Pattern | None) -> None:
    """'"Walter is the ideal candidate," Souness told BBC Sport. The FA has appointed Tom Hale as
    caretaker. "He fits the bill ..." Souness added: "..."': uncued quotes between two quotes of
    one speaker, the second cued by a verb of going on (continuing_cue_verbs: 'added'), are that
    speaker's: 'added' says the words just before were theirs too, not those of whom the narrative
    sentence between spoke of."""
    if verbs is None:
        return
    direct = [i for i, q in enumerate(quotes) if q.kind == "direct"]
    k = 0
    while k < len(direct):
        q = quotes[direct[k]]
        if q.how != "continuation" or k == 0:
            k += 1
            continue
        run = [direct[k]]
        while k + len(run) < len(direct) and quotes[direct[k + len(run)]].how == "continuation" \
                and _same_speaker(quotes[direct[k + len(run)]].speaker, q.speaker):
            run.append(direct[k + len(run)])
        before, nxt = quotes[direct[k - 1]], (quotes[direct[k + len(run)]] if k + len(run) < len(direct) else None)
        k += len(run)
        if nxt is None or nxt.how == "continuation" or before.how == "continuation" or nxt.sentence is None \
                or not _same_speaker(before.speaker, nxt.speaker) or _same_speaker(before.speaker, q.speaker) \
                or quotes[run[-1]].end > nxt.sentence[0] \
                or not all(_opens_its_sentence(body, quotes[i]) for i in run):
            # (only quotes that open their sentence: a partial quote inside a narrated report is
            # that report's, 'Her lawsuit said she "has never taken ..."')
            continue
        # the cue of the next quote: its sentence's words outside its marks
        frame = body[nxt.sentence[0]:nxt.start] + " " + body[nxt.end:nxt.sentence[1]]
        if verbs.search(frame) is None:
            continue
        for i in run:
            quotes[i] = dataclasses.replace(quotes[i], speaker=nxt.speaker)


# a letter or a digit: words between two quotes, not marks and blanks only
_WORD_CHAR = re.compile(r"\w")


def _run_before_connective(body: str, quotes: list[Quote], opener: re.Pattern | None) -> None:
    """'Lorenzo sudah berusia 29 tahun. "Vinales telah menunjukkan ... tim lainnya)." "Tetapi kami yakin
    telah membuat keputusan yang tepat ...," ujar Ciabatti.': an uncued quote (and the uncued ones right
    before it) with nothing but marks and blanks between it and a cued quote that opens with a connective
    going on from it (continuing_quote_openers: 'Tetapi', 'Namun') is that cue's speaker's: 'but' answers
    the words just before in the same voice, not those of whom the narrative before them spoke."""
    if opener is None:
        return
    direct = [i for i, q in enumerate(quotes) if q.kind == "direct"]
    for k in range(len(direct) - 1, 0, -1):
        nxt = quotes[direct[k]]
        if nxt.how == "continuation" or nxt.speaker is None or not opener.match(body, nxt.start):
            continue
        j = k - 1
        while j >= 0:
            q = quotes[direct[j]]
            follower = quotes[direct[j + 1]]
            between = body[q.end:follower.start]
            if q.how != "continuation" or _same_speaker(q.speaker, nxt.speaker) \
                    or _WORD_CHAR.search(between) or "\n" not in between or not _opens_its_sentence(body, q):
                break  # (only quote paragraphs of their own, each right before the next)
            quotes[direct[j]] = dataclasses.replace(q, speaker=nxt.speaker)
            j -= 1


def _run_to_its_cue(quotes: list[Quote], opened: dict[int, tuple[int, int | None]]) -> None:
    """'The fair opened. "We have three new halls. "Visitors will find them easily," said Ms Ruiz.':
    the paragraphs of a run-together quote before the one its cue follows are that speaker's too,
    not the one quoted before (marks._runs_into_cue); with no one quoted before and no named cue
    after, they are nobody's and go."""
    for k, then in opened.values():
        if then is None or quotes[k].how != "continuation":
            continue
        seen = set()
        while then is not None and then in opened and then not in seen:
            seen.add(then)
            j, then = opened[then]
        if not seen or then is not None:
            continue
        last = quotes[j]
        if last.how == "cue-after" and last.speaker is not None:
            quotes[k] = dataclasses.replace(quotes[k], speaker=last.speaker, how="run-cue", confidence=0.8)
    quotes[:] = [q for q in quotes if q.speaker is not None or q.how != "continuation"]


def _goes_on_after_verb(rest: str, most: int) -> bool:
    """The words after a verb up to the end of its sentence: a colon (its own quote follows) or at least
    `most` words (its own object or clause)."""
    rest = re.split(r"[.!?]", rest, 1)[0]
    return rest.lstrip()[:1] == ":" or ":" in rest or len(_WORDS.findall(rest)) >= most


def _personal_cue(qf, cue: str) -> bool:
    """The pronoun of a cue after a quote stands for a person ('katanya', 'kata dia'), not for a body
    ('kata mereka', 'it said'). (A gendered one, 'she said', is the one of that gender named last:
    see _pronoun_fits.)"""
    words = [w.casefold() for w in _WORDS.findall(cue)]
    return any(w in qf.pronoun_cue_set or w in qf.personal for w in words) \
        and not any(w in (qf.gender_pronouns or ()) for w in words)


def _plural_cue(qf, cue: str) -> bool:
    """The pronoun of a cue after a quote is one of several speakers ('tulis mereka', plural_pronouns): the
    statement of a band or a firm, which names the body issuing it in the third person."""
    return any(w.casefold() in qf.plural_pronouns for w in _WORDS.findall(cue))


def _person_quoted_last(quotes: list[Quote], body: Entity) -> Entity | None:
    """The person of a name quoted last, when `body` has no quote of its own in quotation marks: the
    one whose words a quote with a personal pronoun cue goes on with, after sentences about `body`."""
    if any(q.speaker is body and q.kind == "direct" for q in quotes):
        return None  # ('"...," tulis BPS dalam keterangan resmi. ... "...," tuturnya.': the body speaks)
    people = [q.speaker for q in reversed(quotes) if q.speaker is not None and q.speaker.type == "person" and q.speaker.name]
    # ('"...," ujar Kepala Humas BNPB Sutopo. Kepala BPBD Sukabumi Yana mengatakan ... BNPB memastikan tidak
    # ada korban jiwa. "...," katanya.': the body's own member quoted before, whose office names it, speaks for
    # it, rather than someone of another body quoted since)
    return next((e for e in people if _names_body(e.role, body)), None) or next(iter(people), None)


def _names_body(role: str | None, body: Entity) -> bool:
    """Whether an office names the body by its name or a short form, as whole words ('Kepala Pusat Data,
    Informasi, dan Humas BNPB' names BNPB)."""
    if not role:
        return False
    names = [n for n in {body.name, *body.aliases} if n and len(n) >= 3]
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", role) for n in names)


def _body_reported_just_before(quotes: list[Quote], body_ent: Entity | None, sentences: list[Sentence],
                               si: int) -> bool:
    """The last quote is a report of body `body_ent` (an organization) by a verb of its own, in the
    sentence just before sentence `si` or in `si` itself: a body speaking there, whom a sentence
    opening 'Menurutnya, ...' next means ('BPBD Poso mengklaim ... Menurutnya, ...'). (A quote with
    a cue after it, '"...," ujarnya', after 'Polda Metro Jaya menyarankan ...' is still the person
    quoted last, the body's spokesman; only once '-nya' has meant the body does it go on.)"""
    if body_ent is None or body_ent.type != "organization" or not quotes or si == 0:
        return False
    q = quotes[-1]
    return q.speaker is body_ent and q.kind == "indirect" and q.how in ("indirect", "according") \
        and q.sentence is not None and sentences[si - 1].start <= q.sentence[0] <= sentences[si].start


# the space (or bracket, comma) before the next capitalised word of a sentence
_NEXT_CAPITAL = re.compile(rf"[ \t(,]+(?=[{UPPER}])")


def _introduced_by_name(qf, body: str, name: str, before: int) -> bool:
    """A one-word name the article introduced before `before` as a person's own ('satu warga keturunan
    Indonesia di Inggris bernama Mariella': person_name_introducers), so that it means a person later."""
    if qf.person_name_introduced is None or len(name.split()) != 1:
        return False
    return any(re.match(rf"{re.escape(name)}(?![\w-])", body[m.end():before]) is not None
               for m in qf.person_name_introduced.finditer(body, 0, before))


def _passive_agent_named(qf, body: str, verb_end: int, end: int) -> bool:
    """(h_d49who47) The passive speech verb ending at verb_end names its agent after 'oleh' (passive_agent_markers),
    at most three lower-case words of time or manner between, a capitalised name or title after it: 'Desakan
    mundur bagi ASN ... disampaikan pertama kali oleh Menteri Dalam Negeri Tjahjo Kumolo.' The one who said it is
    whom the next sentence's 'Ia' means, as for a sentence naming one person with no report."""
    am = qf.agent_marker.search(body, verb_end, end) if qf.agent_marker is not None else None
    between = body[verb_end:am.start()].split() if am is not None else []
    return am is not None and len(between) <= 3 and all(w.islower() for w in between) \
        and body[am.end():am.end() + 1].isupper()


# a sentence's opening capitalised phrase and its comma, before a name in apposition to it ('Kepala kru
# Movistar Yamaha, ' of 'Kepala kru Movistar Yamaha, Ramon Forcada, tak mau ...'), and the comma and the
# lower-case predicate that close the apposition
_OPENING_APPOSITION = re.compile(rf"[{UPPER}][^,.;:!?\"“”]*,[ \t]+")
_PREDICATE_AFTER_APPOSITION = re.compile(r",[ \t]+([a-z]+)")


def _lone_person_just_before(ctx, quotes: list[Quote], sentences: list[Sentence], si: int,
                             last_person: Entity | None) -> Entity | None:
    """Sentence `si` opens (after a connective phrase and a comma, perhaps) with a singular personal
    pronoun as its subject ('Ia mengaku ...', 'Setelah tujuh tahun mendekam, dia masih berkeras ...'),
    and the sentence just before it, in the same paragraph, holds no quote or report and names exactly
    one person the article has met, by name, who is not `last_person`: that person, whom a reader takes
    the pronoun to mean. (A sentence naming two people, or none, or with a pronoun of its own, whose
    subject the named one is not: 'Mereka bertemu Rizieq ...', 'kakak Bella Hadid itu telah memastikan
    dirinya ...', leaves the pronoun as it was.)"""
    qf, body, g = ctx.qf, ctx.body, ctx.ents.g
    if si == 0 or last_person is None or qf.lone_person_pronoun is None:
        return None
    s, prev = sentences[si], sentences[si - 1]
    if qf.lone_person_pronoun.match(body, s.start, s.end) is None and (
            qf.lone_person_according is None or qf.lone_person_according.match(body, s.start, s.end) is None):
        return None
    if "\n" in body[prev.end:s.start] or "\n" in body[prev.start:prev.end].strip() \
            or re.search(r"[\"“”„«]", body[prev.start:prev.end]) \
            or any(w.casefold() in qf.pronoun_set for w in _WORDS.findall(body, prev.start, prev.end)) \
            or qf.speech_any.search(body, prev.start, prev.end) is not None \
            or (qf.passive_speech_any is not None
                and (ps := qf.passive_speech_any.search(body, prev.start, prev.end)) is not None
                and not _passive_agent_named(qf, body, ps.end(), prev.end)) \
            or ctx.furniture.is_ignored(prev.start, prev.start + 1) \
            or any(q.sentence is not None and q.sentence[0] < prev.end and prev.start < q.sentence[1]
                   for q in quotes):
        return None
    found: list[Entity] = []
    subject: Entity | None = None
    described: set[int] = set()
    pos = prev.start
    while pos < prev.end:
        m = g.match_at(body, pos)
        if m is None or m.end() > prev.end:
            nxt = _NEXT_CAPITAL.search(body, pos + 1, prev.end)
            if nxt is None:
                break
            pos = nxt.end()
            continue
        p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, m.start() == prev.start, ctx.ents.midcaps)
        if p is not None and p.type == "person" and p.name:
            if p.role and any(w.casefold() in g.coordinator_words for w in p.role.split()):
                return None  # ('Polisi memeriksa Budi Santoso dan Rina Wulandari ...': two people)
            e = ctx.ents.find_person(p.name)
            # (someone new only when the sentence introduces them with an office or a description,
            # 'tokoh masyarakat Oji Santani', or by a given name: capitalised words of no one, 'Modal
            # Asing', 'Domestic Non-Deliverable Forward', read as a name are not)
            introduced = p.name.split()[0].casefold() in g.given_names or bool(p.role) and (
                g.has_title_word(p.role) or any(w.casefold() in qf.person_nouns or w.casefold() in qf.narrated_person_words
                                                for w in p.role.split()))
            if e is None and ((len(p.name.split()) >= 2 and introduced) or re.search(
                    rf"(?<![\w-]){re.escape(p.name)}(?:[ \t]+[{UPPER}][a-z]+)+", body[:prev.start]) is not None
                    or _introduced_by_name(qf, body, p.name, prev.start)):
                # (someone introduced here by a full name, or named before only inside a quote: 'termasuk
                # Kwik Kian Gie yang diminta keterangan,' kata Febri. ... Kwik ...)
                e = ctx.ents.resolve(p, p.start)
            if (e is None or e.type != "person") and subject is not None:
                pos = m.end()  # (a name in the object of the person the sentence opens with)
                continue
            if e is None or e.type != "person":
                return None  # (a name not read as anyone's: leave it)
            if e not in found:
                found.append(e)
            if m.start() == prev.start and len(found) == 1 and qf.active_verb_word is not None \
                    and (nxt := re.match(r"[ \t]+([a-z]+)", body[m.end():prev.end])) is not None \
                    and qf.active_verb_word.fullmatch(nxt.group(1)) is not None:
                subject = e  # ('Mariella melancarkan aksi protesnya ... terhadap ... Basuki Tjahaja Purnama.')
            if subject is None and _OPENING_APPOSITION.fullmatch(body, prev.start, m.start()) \
                    and (pred := _PREDICATE_AFTER_APPOSITION.match(body, m.end(), prev.end)) is not None \
                    and pred.group(1).casefold() not in g.coordinator_words:  # (not a list: 'Rina, Budi, dan ...')
                # ('Kepala kru Movistar Yamaha, Ramon Forcada, tak mau terburu-buru membandingkan Valentino
                # Rossi dengan rekan barunya, Maverick Vinales.': the office opening the sentence, then its
                # holder in apposition, is the subject; the others are named in its object or its office)
                subject = e
            before = [w.casefold() for w in _WORDS.findall(body, max(prev.start, m.start() - 40), m.start())][-3:]
            if any(w in qf.person_nouns or w in qf.narrated_person_words for w in before):
                described.add(id(e))  # ('tokoh masyarakat Oji Santani': a description says a person)
        pos = m.end()
    if subject is not None:
        found = [subject]  # (the one the sentence opens with, acting: the others are named in its object)
    if len(found) != 1 or found[0] is last_person:
        return None
    e = found[0]
    if not (e.role or id(e) in described or (e.name.split()[0].casefold() in g.given_names)
            or any(q.speaker is e for q in quotes) or len(e.name.split()) == 1):
        # ('JQ juga mempermasalahkan pihak Balboa Estate yang ...', '... instrumen Domestic Non-Deliverable
        # Forward (DNDF)': capitalised words read as a name, of no one the article gave an office, a
        # description or words: a firm, a place, a product)
        return None
    return e


def _announced_by_the_sentence_before(qf, body: str, sentences: list[Sentence], si: int, body_ent: Entity) -> bool:
    """The sentence before the quote's own is `body_ent`'s bare announcement: its name, a word or two,
    then a speech verb with at most a noun or two after it and no content reported ('Kementerian X
    menyampaikan peringatan.'), so the words in marks that follow are what the body announced."""
    if si == 0 or qf.speech_any is None:
        return False
    prev = sentences[si - 1]
    names = [n for n in {body_ent.name, *body_ent.aliases} if n]
    for verb in qf.speech_any.finditer(body, prev.start, prev.end):
        found = [(body.rfind(n, prev.start, verb.start()), n) for n in names]
        named = max((at + len(n) for at, n in found if at >= 0), default=None)
        if named is not None and len(_WORDS.findall(body, named, verb.start())) <= _ANNOUNCED_OBJECT_WORDS \
                and len(_WORDS.findall(body, verb.end(), prev.end)) <= _ANNOUNCED_OBJECT_WORDS:
            return True
    return False


def _told_request_before(ctx: _Context, quotes: list[Quote], si: int, quoted: Entity | None) -> tuple[Entity | None, set[int]]:
    """The one quoted before a request that the story tells of `quoted`, and that request's sentence, when
    the last report of `quoted` is a request or act reported with its verb ('Sari justru meminta Yanto
    mengambilkan air.', 'terdakwa meminta direktur perusahaan itu mengerjakan proyek ...') followed by
    narration before the pronoun-cued quote in sentence `si`: the request is an act in the tale the one
    quoted before is telling, not the asker taking the floor ('"...," kata Hendra. Malam itu, Sari belum
    tidur. Sari justru meminta Yanto mengambilkan air. Yanto lalu memukul korban. "...," ungkapnya.' goes
    on with Hendra). Else (`quoted`, no sentence)."""
    last_q = next((q for q in reversed(quotes) if q.speaker is not None and q.sentence is not None), None)
    if last_q is None or last_q.speaker is not quoted or quoted is None or quoted.type != "person" \
            or last_q.kind != "indirect" or not _opens_with_request(ctx.qf, ctx.body, last_q.start):
        return quoted, set()
    ri = ctx.sentence_index(max(last_q.sentence[1] - 1, last_q.sentence[0]))
    if ri >= si - 1:
        return quoted, set()  # (the request right before the quote: the asker may go on in the marks)
    before = next((q for q in reversed(quotes) if q.sentence is not None and q.speaker is not None
                   and q.speaker is not quoted and q.start < last_q.start), None)
    if before is None or before.speaker.type != "person" or not before.speaker.name \
            or any(q.speaker is quoted for q in quotes if q.start > before.start and q is not last_q):
        return quoted, set()
    return before.speaker, {ri}


def _narrated_aside(ctx: _Context, quotes: list[Quote], si: int, person: Entity, quoted: Entity | None,
                    told: set[int] = frozenset()) -> bool:
    """The sentences between the quote of `quoted` last and a pronoun-cued quote (in sentence `si`)
    only narrate about `person`, whom the article named before that quote, with no speech verb:
    the pronoun goes on with the one quoted ('"...," kata Budi. Adapun Rina hari ini tidak hadir.
    "...," ungkapnya.')."""
    if not ctx.qf.pack.get("narration_aside_keeps_speaker", True):
        return False  # (English: 'Owen is hoping ... He raised ... "...," he said.' is Owen's)
    if quoted is None or quoted is person or person.type != "person" \
            or not person.name or not quoted.name or quoted.name == person.name:
        return False
    if quoted.type != "person" and not _body_reported_for(ctx, quotes, quoted):
        return False
    q = next((q for q in reversed(quotes) if q.speaker is quoted and q.sentence is not None), None)
    if q is None:
        return False
    qi = ctx.sentence_index(max(q.sentence[1] - 1, q.sentence[0]))
    sents = ctx.sentences
    # (page furniture between, 'SCROLL TO CONTINUE WITH CONTENT', is no sentence of the story)
    between = sum(1 for i in range(qi + 1, si + 1) if not ctx.furniture.is_ignored(sents[i].start, sents[i].start + 1))
    if not 0 < between <= _ACCOUNT_ASIDE_SENTENCES:
        return False
    quoted_words = {w.casefold() for w in quoted.name.split()} | ctx.qf.personal
    for i in range(qi + 1, si):
        if i in told:
            continue  # (a request the story tells of someone else: _told_request_before)
        a, b = sents[i].start, sents[i].end
        oc = ctx.qf.opener_comma.match(ctx.body, a, b) if ctx.qf.opener_comma is not None else None
        a = oc.end() if oc is not None else a  # ('Lebih lanjut, terdapat insentif ...': no speech verb)
        a = a + len(ctx.body[a:b]) - len(ctx.body[a:b].lstrip())
        if not any((m.start() == a or not m.group()[:1].isupper())
                   for rx in (ctx.qf.speech_any, ctx.qf.speaking_acts) if rx is not None
                   for m in rx.finditer(ctx.body, a, b)):
            continue  # (a capital inside the sentence is a name's: 'Pajak Pertambahan Nilai')
        first = _WORDS.search(ctx.body, a, b)
        if first is None or first.group().casefold() not in quoted_words:
            return False  # (a speech verb: the sentence reports the person, who may go on speaking)
        # ('"...," kata Budi. Budi mengklaim, ... Adapun Rina ... "...," ungkapnya.': the one quoted
        # reporting again, opening the sentence with a name of theirs or a pronoun, goes on speaking)
    words = set(person.name.split()) - set(quoted.name.split())
    theirs = [x for x in quotes if x.speaker is not None and x.speaker.name and words & set(x.speaker.name.split())]
    if not words or theirs and not _account_of(ctx, quotes, quoted, words, theirs[-1].start, qi, si):
        return False  # (someone the article quoted before may go on speaking after the narration)
    if between > _ASIDE_SENTENCES and not theirs:
        # (a longer stretch of narration only within an account that has made its subject of someone
        # quoted before, a suspect in the Kapolsek's: '... terciduk polisi. Kamal dihadiahi timah
        # panas ... "Ya, kami lumpuhkan ...," katanya.' is the officer's; else the one named after the
        # last quote may be whom the pronoun means)
        return False
    # (someone named for the first time between the quotes is whom the pronoun means; someone the one
    # quoted names in their own words, in marks, is not new: '"Pelaku dua orang, yaitu Eka Fitra ...,"
    # kata Kapolda. Eka Fitra berasal dari Bungo. "...," kata dia.' goes on with the Kapolda; not a
    # report in the story's words: 'Boy menegaskan, Nadir tidak ditangkap. ... Nadir berangkat ...')
    named_by = q.end if q.kind == "direct" else q.start
    if all(re.compile(rf"\b{re.escape(w)}\b").search(ctx.body, 0, named_by) for w in words):
        return True
    # (nor someone named here only as what the narration acts on: '"...," katanya. Pekan depan penyidik
    # juga akan memeriksa pejabat lainnya, termasuk Sekretaris Daerah Hery. "...," katanya.' is the
    # officer's; a suspect the sentence after makes the subject of a passive, 'Markus sendiri telah
    # ditetapkan sebagai tersangka', is still no one who speaks)
    return _narrated_only_as_object(ctx, person, qi, si)


def _body_reported_for(ctx: _Context, quotes: list[Quote], body: Entity) -> bool:
    """Whether `body` (an organization) was quoted last in a report of the story's words ('Jaksa juga
    meyakini, ...'), never in marks of its own, and a person quoted before spoke for it: the one a
    personal pronoun cue after narration about someone else goes on with (_narrated_aside)."""
    if body.type != "organization":
        return False
    last_q = next((q for q in reversed(quotes) if q.speaker is body and q.sentence is not None), None)
    return last_q is not None and last_q.kind == "indirect" and _person_quoted_last(quotes, body) is not None


def _narrated_only_as_object(ctx: _Context, person: Entity, qi: int, si: int) -> bool:
    """Whether the sentences after sentence `qi` and before `si` name `person` only as what they tell
    of, never as one who acts: each mention an object after a link word ('memeriksa pejabat lainnya,
    termasuk Sekretaris Daerah Papua Hery Dosinaen', 'pengaruh dari politikus Partai Golkar, Markus
    Nari'), or the subject of a passive verb ('Markus sendiri telah ditetapkan sebagai tersangka').
    Not someone who acts ('Ketua DPRD Budi hadir'), the agent of a passive ('dibuka oleh Bupati Sri'),
    nor one named in any other place, which this does not read."""
    qf, body, g = ctx.qf, ctx.body, ctx.ents.g
    links = qf.narrated_object_links
    if not links or qf.passive_verb is None:
        return False
    names = _name_words(person, 3)
    if not names:
        return False
    name_rx = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")
    describing = qf.person_nouns | qf.narrated_person_words
    qualifiers = qf.person_qualifiers  # ('bersama sang suami, Harvey')
    skip = qf.auxiliaries | qf.group_adverbs
    found = 0
    for i in range(qi + 1, si):
        a, b = ctx.sentences[i].start, ctx.sentences[i].end
        pos = a
        while (m := name_rx.search(body, pos, b)) is not None:
            pos = m.end()
            # (the words before the name that belong to it: more of it, a title, a description)
            tokens = list(re.finditer(r"[^\W\d_][\w'’.-]*|,", body[a:m.start()]))
            k = len(tokens)
            while k > 0:
                t = tokens[k - 1].group()
                if t == ",":
                    if k < 2 or not (tokens[k - 2].group()[:1].isupper() or tokens[k - 2].group().casefold() in describing):
                        break  # (a comma after an opening phrase, not within a description)
                elif not (t[:1].isupper() or t.casefold() in describing or t.casefold() in qualifiers
                          or g.has_title_word(t)):
                    break
                k -= 1
            np_start = a + tokens[k].start() if k < len(tokens) else m.start()
            opening = body[a:np_start].strip()
            oc = qf.opener_comma.match(body, a, b) if qf.opener_comma is not None else None
            if not opening or (oc is not None and not body[oc.end():np_start].strip()):
                # (the subject: of a passive verb only, after the rest of the name and auxiliaries)
                after = _WORDS.findall(body, m.end(), min(b, m.end() + 80))
                after = [w for w in after if not w[:1].isupper()]
                verb = next((w for w in after if w.casefold() not in skip), None)
                if verb is None or qf.passive_verb.fullmatch(verb) is None or verb in qf.pronoun_subject_words:
                    return False
            elif k == 0 or tokens[k - 1].group().casefold() not in links:
                return False
            found += 1
    return found > 0


def _account_of(ctx: _Context, quotes: list[Quote], quoted: Entity, words: set[str], since: int, qi: int,
                si: int) -> bool:
    """Whether someone quoted before (their last quote at `since`) has become what the account of
    `quoted` tells of: `quoted` has held the floor since for quotes of their own, at least one of them
    naming that person by a word of `words`, and the narration between gives no view as theirs. Then
    the narration about them is part of that account, and a pronoun cue goes on with `quoted`
    ('"...," kata Kamal. Kapolsek Agus mengatakan aksi itu bermula saat Kamal dan Endang ... "...,"
    kata Agus. Endang justru meminta Kamal memijat punggungnya. Saat itulah, Kamal ... "...,"
    ungkapnya.': the suspect quoted first is what the officer's account narrates). Not when the one
    quoted since never names them: '"...," kata Erwan. Menurut Tjahjo, ... "...," ujar Tjahjo. Erwan
    khawatir ... "...," tuturnya.' goes back to Erwan."""
    since_quotes = [x for x in quotes if x.speaker is quoted and x.start > since]
    if len(since_quotes) < _FLOOR_TAKEN:
        return False
    named = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")
    if not any(named.search(ctx.body, x.start, x.end) for x in since_quotes):
        return False
    return not _view_of(ctx, words, ctx.sentences[qi + 1].start, ctx.sentences[si].start)


def _view_of(ctx: _Context, words: set[str], a: int, b: int) -> bool:
    """Whether the text from `a` to `b` gives a view as someone's, a word of `words` right after a
    viewpoint word ('Bagi Akifah, keberadaan SLRT memberikan tiga dampak positif.', 'Di mata Nia, ...'):
    the one whose view the story tells, who then goes on in their own words, is no one merely narrated."""
    views = ctx.qf.pack.words("viewpoint_holder_words")
    if not views:
        return False
    rx = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(v) for v in views)})[ \t]+"
                    rf"(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.I)
    return rx.search(ctx.body, a, b) is not None


# quotes of the one quoted last, since the narrated person's own last quote, after which that person
# is someone the account tells of rather than whom a pronoun cue hands the floor back to
_FLOOR_TAKEN = 2
_ASIDE_SENTENCES = 5  # sentences from the last quote to a pronoun-cued one that narration may fill
# ... and within the account of someone quoted before (see _account_of), whose tale runs longer
_ACCOUNT_ASIDE_SENTENCES = 8
# sentences from the quote of someone else back to a pronoun-cued quote that speaks of the
# pronoun's referent in the third person: the quote is no words of that referent, so a longer aside than
# _ASIDE_SENTENCES (narration about the thing spoken of, then the referent's own view: 'Cantrang sendiri
# merupakan ... (five sentences) ... Menteri Susi menilai ... "Kan ada aturan Ibu Menteri ...," katanya.')
# may stand between it and the one quoted before, who goes on
_SPOKEN_OF_SENTENCES = 8


# the words before a name that put it inside a sentence: a lower-case word and a space just before it
_WITHIN_SENTENCE = re.compile(r"[^\W\d_][\w,;]*[ \t]+\Z")


def _names_in_third_person(body: str, a: int, b: int, e: Entity) -> bool:
    """Whether the quote between `a` and `b` names `e` as someone spoken of: a person by a
    capitalised word of the name of four letters or more ('Dia (Novel) ...' of 'Novel Baswedan'), a
    body by its whole name ('Kemenag hadir untuk ...'); a person also by a short name the article
    gave them ('dukungan pada Jokowi' of 'Joko Widodo', called 'Jokowi')."""
    if e.type == "person":
        if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body[a:b]) for w in _name_words(e, 4)):
            return True
        # (a word of three letters inside a sentence of the quote, where a capital is a name's: 'dengan
        # orang suruhan Aga' of 'Aga Khan'; not opening one, where 'Ada', 'Ini' are capitalised words)
        for w in {w for w in _name_words(e, 3) if len(w) == 3}:
            for m in re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])").finditer(body, a, b):
                if _WITHIN_SENTENCE.search(body, a, m.start()):
                    return True
        return False
    name = (e.name or "").strip()
    return len(name) > 2 and name[:1].isupper() and \
        re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body[a:b]) is not None


def _description_stands_for(ctx: _Context, a: int, b: int, e: Entity) -> bool:
    """Whether the quote between `a` and `b` points back with an anaphor at the head noun of the
    description that names unnamed person `e` ('keterangan dari seorang saksi bernama AD ... "Saksi itu
    berteriak meminta pertolongan ...," jelasnya.'): the witness is spoken of, not speaking."""
    words = (e.name or "").split()
    if e.type != "person" or not e.name.islower() or not ctx.qf.anaphor_words:
        return False
    k = next((n for n in (2, 1) if len(words) > n and " ".join(words[:n]).casefold() in ctx.qf.indefinite_set), None)
    if k is None:
        return False
    anaphors = "|".join(map(re.escape, ctx.qf.anaphor_words))
    return re.search(rf"(?<![\w-])(?i:{re.escape(words[k])})[ \t]+(?:{anaphors})(?![\w-])", ctx.body[a:b]) is not None


def _title_stands_for(ctx: _Context, a: int, b: int, e: Entity) -> bool:
    """Whether the quote between `a` and `b` uses alone, not before a name, a title that the article
    puts right before a word of person `e`'s name ('Habib Rizieq' ... '"... tapi Habib tidak
    sepakat,"'): the title stands for that person, spoken of."""
    if ctx.qf.title_alone is None or e.type != "person":
        return False
    # (alone: not 'Habib Umar' or 'Presiden Prabowo', someone else with the title; the quote is read
    # first, the whole article only for a title it uses so)
    alone = {m.group(1) for m in ctx.qf.title_alone.finditer(ctx.body[a:b])}
    words = set(_name_words(e, 3))
    if not alone or not words:
        return False
    before_name = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, alone))})[ \t]+"
                             rf"(?:{'|'.join(map(re.escape, words))})(?![\w-])")
    if before_name.search(ctx.body) is not None:
        return True
    # or opening the office whose words come between it and the name: 'Menteri Kelautan dan
    # Perikanan Susi Pudjiastuti', then '"Kan ada aturan Ibu Menteri ...," katanya.' speaks of the minister
    # (opening it: not 'Wakil Presiden M Jusuf Kalla', whose 'Presiden' is a word of another office)
    office_before = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, alone))})[ \t]+"
                               rf"(?:(?:[{UPPER}][\w-]{{2,}}|dan)[ \t]+){{1,4}}"
                               rf"(?:{'|'.join(map(re.escape, words))})(?![\w-])")
    for m in office_before.finditer(ctx.body):
        prev = re.search(r"(\S+)[ \t]+\Z", ctx.body[max(0, m.start() - 40):m.start()])
        if prev is None or not prev.group(1)[:1].isupper() or prev.group(1)[-1:] in ".,;:!?\"”":
            return True
    return False


def _name_words(e: Entity, shortest: int) -> list[str]:
    """The capitalised words of `shortest` letters or more of a person's name and of the short names
    the article gave them."""
    return [w for n in (e.name or "", *sorted(getattr(e, "aliases", None) or ()))
            for w in re.findall(r"[^\W\d_][\w'’-]*", n) if len(w) >= shortest and w[:1].isupper()]


def _speaker_not_spoken_of(ctx: _Context, quotes: list[Quote], si: int, a: int, b: int, referent: Entity,
                           window: int = _ASIDE_SENTENCES, narrated_window: int = _SPOKEN_OF_SENTENCES) -> Entity:
    """A pronoun-cued quote that names its pronoun's referent in the third person is not that one's
    words ('Kepada polisi, kata Argo, Novel belum bisa ... "Dia (Novel) cuma bilang nanti dikabari,"
    katanya.'; 'Kemenag berharap ... "... Kemenag hadir untuk ...," ujarnya.'): they go on with the
    person quoted just before, a few sentences back, whom the quote does not name."""
    if not _names_in_third_person(ctx.body, a, b, referent) and not _title_stands_for(ctx, a, b, referent) \
            and not _description_stands_for(ctx, a, b, referent):
        return referent
    prior = next((q for q in reversed(quotes) if q.speaker is not None and q.speaker is not referent
                  and q.speaker.name != referent.name), None)
    if prior is None or prior.sentence is None or prior.speaker.type != "person" or not prior.speaker.name \
            or _names_in_third_person(ctx.body, a, b, prior.speaker) or _title_stands_for(ctx, a, b, prior.speaker):
        return referent
    gap = si - ctx.sentence_index(max(prior.sentence[1] - 1, prior.sentence[0]))
    if gap > window and (gap > narrated_window or any(
            q.speaker is referent and q.kind == "direct" and q.start > prior.start for q in quotes)):
        # (a longer aside only while the referent was narrated or reported since, never quoted in their
        # own words: '"...," kata Dhani. ... (six sentences, Sudirman's among them) ... "...," kata Dhani.
        # "... Ahmad Dhani ...," tambahnya.' is still Dhani's)
        return referent
    return prior.speaker


def _question_put_to(ctx: _Context, quotes: list[Quote], after: str, si: int) -> Entity | None:
    """The person a question quoted just before was put to ('"...?" tanya jaksa Kresno kepada Anton.'),
    whom an answer's pronoun cue right after it means ('"Saya tidak tahu," jawabnya.'): the question ends
    with a question mark, its cue names the addressee after its marker, and the answer follows within
    two sentences."""
    qf = ctx.qf
    if qf.question_put_to is None or qf.answer_pron is None or not quotes or not qf.answer_pron.match(after):
        return None
    asked = quotes[-1]
    if asked.kind != "direct" or asked.sentence is None or not ctx.body[asked.start:asked.end + 2].rstrip(
            "\"“”'’ \t").endswith("?"):
        return None
    if si - ctx.sentence_index(max(asked.sentence[1] - 1, asked.sentence[0])) > 2:
        return None
    m = qf.question_put_to.match(ctx.body, asked.end, asked.end + 200)
    if m is None:
        return None
    who = ctx.ents.find_person(m.group("who"))
    if who is None or who.type != "person" or who is asked.speaker:
        return None
    return who


def _fronted_topic_start(ctx: _Context, s: Sentence, q: Quote) -> int | None:
    """Where a sentence opens with a topic phrase (topic_openers: 'Terkait dengan barang bukti ...,',
    'Soal kenaikan harga,'), then the subject and its report verb, then a report of four words or
    more (three opening with its own subject): the sentence's start, from which the report's words run; None otherwise (the report starts
    where it starts)."""
    openers = ctx.qf.topic_openers
    body = ctx.body
    words = _WORDS.findall(body, q.start, q.end)
    if not openers or not s.start <= q.start <= s.end or len(words) < 3 or (
            len(words) == 3 and (words[0].casefold() in ctx.qf.auxiliaries or words[0].casefold() in ctx.qf.request_set)):
        # (a few words only, a thing or a refusal: 'Arief menyarankan kota Kyoto' (the request verb kept),
        # 'Faruk mengatakan belum bisa memaparkan': what is said of the topic is too little to carry it; three
        # words carry it as a clause with a subject of its own: 'Ibnu mengatakan semua kader berpeluang')
        return None
    a = s.start + len(body[s.start:q.start]) - len(body[s.start:q.start].lstrip())
    first = re.match(r"[^\W\d_]+", body[a:q.start])
    if first is None or first.group() not in openers:
        return None
    # (the topic runs to the last comma before the subject, a list inside it included: 'Soal rasa kuah
    # yang berbeda dengan masakan lain, seperti gulai, kari ataupun semur, Sutopo mengatakan ...')
    cue_end = len(body[:q.start].rstrip(" \t,"))
    comma = body.rfind(",", a, cue_end)
    if comma < 0:
        return None
    fillers = ctx.qf.topic_fillers
    if all(w.casefold() in fillers for w in _WORDS.findall(body, a + first.end(), body.find(",", a, comma + 1))):
        return None  # ('Terkait hal itu, ...', 'Soal itu, ...': a pointer back, no topic of its own)
    cue = body[comma + 1:q.start].rstrip(" \t,")
    # (the subject and its verb only between the topic and the report: 'Dewa Wijaya mengaku')
    if "," in cue or not cue.strip() or len(cue.split()) > 8 or any(
            body[x:x + 1] in "\"“”" for x in range(a, q.start)):
        return None
    return a


# sentences from the last quote of someone else to a pronoun-cued report that names the pronoun's referent
_REPORT_ASIDE_SENTENCES = 10


def _retold_in_account(ctx: _Context, quotes: list[Quote], sentences: list[Sentence], si: int, report: Quote,
                       last_person: Entity | None) -> bool:
    """Whether the report of sentence `si` is by someone whom the report of `last_person` in the sentence
    just before names in its words ('Misbakhun berpendapat, penempatan Niko ... melanggar HAM. Selain
    tidak sesuai prosedur, Niko sempat mengaku ...'): the account of the one speaking goes on, telling
    what the other said, and a pronoun cue after it is still theirs."""
    e = report.speaker
    if si == 0 or e is None or last_person is None or e is last_person or e.type != "person" or not e.name \
            or not quotes or len((last_person.name or "").split()) < 2:
        return False  # (an account is a person's the article names in full: not 'The Saints')
    prev, told = sentences[si - 1], quotes[-1]
    if told.speaker is not last_person or told.kind != "indirect" or told.sentence is None \
            or not (prev.start <= told.start < prev.end):
        return False
    # (the name's first or last word, or a short form of it; not a word inside a name read with its
    # firm, 'Asia' of 'Valbury Asia Securities Nico Omer Jonckheere')
    parts = e.name.split()
    words = {w for w in (parts[0], parts[-1], *e.aliases) if len(w) > 2 or w.isupper()}  # (initials: 'AL')
    if words & set(_WORDS.findall(ctx.body, told.start, told.end)):
        return True
    # ('Aan menjelaskan, pemanggilan tanpa prosedur sah ... Hakim menilai langkah kepolisian cacat prosedur.
    # "...," paparnya.': an office alone as the subject, in the paragraph the account opened, is someone
    # the account tells of, not whom the story moves on to)
    s = sentences[si]
    return ctx.qf.bare_office_retold and "\n" not in ctx.body[prev.start:s.start] \
        and _bare_office_subject(ctx, s, report.start)


# an office's one capitalised word opening a sentence, a lower-case word after it: 'Hakim menilai ...'
_OPENING_WORD = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]+(?=[a-z])")


def _bare_office_subject(ctx: _Context, s: Sentence, report_start: int) -> bool:
    """Whether the sentence opens with an office alone, one capitalised title word with no name after it
    up to the report's words, as its subject ('Hakim menilai ...'; not 'Peneliti pada LPS-HAM Sulteng Moh
    Arfandy menyatakan, ...')."""
    m = _OPENING_WORD.match(ctx.body, s.start, s.end)
    return m is not None and m.group(1).casefold() in ctx.ents.g.title_set \
        and m.end() <= report_start and not re.search(rf"[{UPPER}]", ctx.body[m.end():report_start])


def _passive_theme(ctx: _Context, s: Sentence, e: Entity) -> bool:
    """Whether the sentence opens with `e`'s name (a word of it) as the subject of a passive verb,
    perhaps after auxiliaries: 'Tri Yanto diketahui telah melaporkan ...', 'Budi kemudian ditangkap ...'."""
    qf, body = ctx.qf, ctx.body
    if qf.passive_verb is None or not e.name:
        return False
    m = re.match(rf"[{UPPER}][\w'’.-]*(?:[ \t]+[{UPPER}][\w'’.-]*)*", body[s.start:s.end])
    if m is None or not set(m.group().split()) & set(e.name.split()):
        return False
    words = body[s.start + m.end():s.end].split()[:4]
    for w in words:
        if w in qf.auxiliaries:
            continue
        return qf.passive_verb.fullmatch(w) is not None and w not in qf.pronoun_subject_words
    return False


def _pronoun_report_names_referent(ctx: _Context, s: Sentence, q: Quote) -> bool:
    """A report in the story's words ('Ia berkata, ...', 'Menurutnya, ...') whose speaker the sentence
    gives only by a pronoun, before the report, and whose words name that speaker in the third person
    ('Ia berkata, KPK akan ... menghadirkan Miryam.'; 'Menurutnya, Adriatma tengah berada ...'): a
    pronoun before a name does not mean the one named (a journalist writes 'ia' or 'dirinya' there)."""
    e = q.speaker
    if e.type != "person" or not e.name or not s.start <= q.start < q.end <= s.end:
        return False
    body, qf = ctx.body, ctx.qf
    before, after = body[s.start:q.start], body[q.end:s.end]
    words = _name_words(e, 3)
    if not words or any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t) for w in words for t in (before, after)):
        return False  # (the sentence names its speaker: 'Menurut Budi, Budi Santoso ...')
    said_by_pronoun = any(w.casefold() in qf.personal for w in _WORDS.findall(before)) or (
        qf.according_pron is not None and qf.according_pron.search(before) is not None)
    if not said_by_pronoun:
        return False
    own = set(words)
    others = [x for x in ctx.ents.entities if x is not e]
    for w in words:
        for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body[q.start:q.end]):
            nxt = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", body[q.start + m.end():q.end])
            if nxt is not None and nxt.group(1)[:1].isupper() and nxt.group(1) not in own:
                continue  # ('Pelabuhan Tegal' of 'Manager Pelabuhan': a longer name, someone else's)
            if any(w.casefold() in x.tokens or any(w in (a or "").split() for a in x.aliases) for x in others):
                continue  # ('tim Ahok' of 'Ahok I Wayan Sudirta': a word another one the article named bears)
            return True
    return False


_COMMA_THEN_WORD = re.compile(r"[ \t]*,[ \t]+(\S+)")


def _document_anaphor_speaker(ctx: _Context, desc: str, at: int) -> Entity | None:
    """The speaker of a quote whose cue names a document pointing back ('"...," catat studi tersebut.',
    '"...," lanjut laporan itu.', `desc` the words before the demonstrative, at `at`): the issuer named with
    an earlier mention of the document ('penelitian dari American Journal of Preventive Medicine'); else,
    for research (researched_documents), the researchers the article named before ('Para peneliti
    menemukan ...'); else the document itself as written, as a document opening a finding speaks
    (_finding_speaker). None when the words are no speaking document (speaking_documents)."""
    qf, body = ctx.qf, ctx.body
    noun = " ".join(desc.split())
    if noun.casefold() not in qf.speaking_documents:
        return None
    e, press = _earlier_document_issuer(ctx, noun, at)
    if press:
        return None
    if e is not None:
        return e
    if noun.casefold() in qf.researched_documents and qf.finding_group_word is not None:
        found = None
        for m in qf.finding_group_word.finditer(body[max(0, at - 2000):at]):
            found = m
        if found is not None:
            return _group(ctx, found.group().casefold(), max(0, at - 2000) + found.start())
    e = ctx.ents.find_org(noun)
    if e is None:
        e = Entity(name=noun, type="organization", first=at)
        ctx.ents.entities.append(e)
    return e


def _named_in_apposition(body: str, pos: int, speaker: Entity) -> bool:
    """'," kata ketua organisasi tersebut, Sheila Duffy.': the name right after the comma that closes
    an anaphoric description is the speaker it describes (not an outlet after a trailer, as in
    'seperti dikutip The Independent')."""
    # (the anaphor's match may have taken the comma already)
    m = _COMMA_THEN_WORD.match(body, pos - 1 if body[pos - 1:pos] == "," else pos)
    return m is not None and m.group(1).strip(",.") in (speaker.name or "").split()


def _participle_after_quote(qf, body: str, start: int, open_mark: int, spans) -> bool:
    """Whether, in the sentence since `start`, a whole quote, its cue, then a comma and a cue
    participle ('"...," said X, adding that ...') stand before the quote opening at open_mark, with
    no other quote in between."""
    if qf.reported_participle is None:
        return False
    before = [(x, y) for x, y in spans if start <= x and y <= open_mark]
    if not before:
        return False
    close = max(y for _, y in before)
    m = None
    for m in qf.reported_participle.finditer(body, close, open_mark):
        pass
    return m is not None and not re.search(r"[.!?;:]", body[m.end():open_mark])


def _unnamed_before_outlet(ctx: _Context, start: int, end: int) -> bool:
    """Whether a short lower-case description after a cue at `start` closes at a trailer word
    (speaker_trailers: 'seperti dilansir ...', 'dalam wawancara dengan ...') before the outlet's
    name: the description, not the outlet, is the speaker."""
    qf = ctx.qf
    m = qf.unnamed_after_cue.match(ctx.body, start, end) if qf.unnamed_after_cue is not None else None
    return m is not None and re.match(r"[ \t]+[a-z]", ctx.body[m.end():end]) is not None \
        and not any(w.casefold() in qf.source_document_words for w in m.group("desc").split())


def extract_quotes(body: str, pack: LanguagePack, sentences: list[Sentence], ents: ArticleEntities,
                   furniture: Furniture, grammar: Grammar) -> list[Quote]:
    qf = QuoteFinder.for_pack(pack, grammar)
    ctx = _Context(body, pack, qf, ents, furniture, sentences, [s.start for s in sentences])
    ignored = furniture.ignored
    # 1. Quote mark segments per paragraph.
    segments: list[_Segment] = []
    paras = paragraphs(body)
    # interview turns: an answer and the paragraphs going on with it are the answerer's words
    # whole; a question is nobody's quote (the paragraphs after a question are read as usual)
    turns = transcript_turns(body, paras, tuple(w.casefold() for w in pack.get("interview_intros") or ()))
    answers: list[tuple[int, int, Entity]] = []
    joined: set[int] = set()  # (the paragraphs a line break joins to an answer before them)
    if turns:
        asking = interviewers(body, turns, frozenset(w.casefold() for w in pack.get("interviewer_labels") or ()))
        # (a plain label after a question answers only as someone the article names: 'NG' for Natasha
        # Gownaris; else the paragraph is the article's own, read as usual)
        turns = [t for t in turns if not t.plain or _known_answerer(ctx, t.label) is not None]
        for t in turns:
            if t.unlabelled and furniture.is_ignored(t.start, t.end):
                continue  # ('(asa/djm)', 'Baca juga: ...' after an unlabelled answer: the page's, no answer)
            who = _turn_speaker(ctx, t, asking)
            if who is None:
                continue
            parts = [[t.text_start, t.end]]
            for a, b in t.after:
                if is_legend_row(body[a:b]):
                    continue  # '██ Reindeer: 276': a chart's legend between the answer's paragraphs
                if _names_answerer(body, a, b, who):
                    break  # 'Having won ..., IM Dorsa Derakhshani decided ...': the article speaks again
                if body[parts[-1][1]:a] == "\n":
                    parts[-1][1] = b  # (a line break inside the answer: one paragraph still)
                    joined.add(a)  # (its quotation marks are the answer's too, never read as quotes)
                else:
                    parts.append([a, b])
            for part in parts:
                # (an answer in another language, then its words in that language: the answer ends
                # before the translation, '((Akram Pasha))  No. ((hi))Hindi language: ...' is 'No.')
                cut = TRANSLATION.search(body, part[0], part[1])
                if cut is not None and cut.start() > part[0]:
                    part[1] = cut.start()
            answers += [(a, b, who) for a, b in parts]
    # the numbered points of a document an announcing paragraph names the writer of: the writer's
    # words, each point a report in the writer's own wording (no quote marks)
    points = _document_points(ctx, paras)
    taken = {t.start for t in turns} | {a for a, _, _ in answers} | {a for a, _, _, _ in points} | joined
    for para in paras:
        if furniture.is_ignored(para.start, para.end) and any(
                s <= para.start and para.end <= e for s, e in ignored):
            continue
        if para.start in taken:
            continue
        doubles = scan_marks(body, para.start, para.end, qf.cue_next, qf.cue_name_next, qf.run_together_narration,
                             qf.cue_colon)
        singles = scan_single_marks(body, para.start, para.end, doubles)
        for seg in sorted(doubles + singles, key=lambda x: x.open_mark) if singles else doubles:
            if seg.close_mark is None and seg.end >= para.end:
                # unclosed: to the paragraph end when near, else to the end of its sentence (not a
                # run-together paragraph, which ends where the next one opens)
                i = ctx.sentence_index(seg.start)
                j = ctx.sentence_index(para.end - 1)
                if j - i > 3:
                    seg.end = sentences[i].end
            if seg.close_mark is None:
                # (an unclosed quote running to the paragraph's closing tag, '... yang ada. (Antara)':
                # the words end before the tag, which is the article's furniture)
                seg.end = min([t for t, e in furniture.closing_tags if seg.start < t < seg.end], default=seg.end)
            segments.append(seg)
    spans = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end) + 1) for s in segments]
    if turns or points:
        # (a turn is a quote of its own: no sentence in it is read for reports; a point the same)
        spans = sorted(spans + [(t.start, t.end) for t in turns] + [(a, b) for a, b, _ in answers]
                       + [(a, b) for a, b, _, _ in points])

    # 2. Walk sentences and segments in order, keeping the last speaker.
    quotes: list[Quote] = []
    last: Entity | None = None
    last_person: Entity | None = None
    last_at = -10**9
    # the one quoted last (a sentence naming someone new without quoting them changes `last`, the
    # antecedent of a pronoun cue, but an uncued quote after it goes on with the last speaker's words)
    last_quoted: Entity | None = None
    run = None  # (the person an uncued quote went to, the one quoted before, the quotes' indices)
    later_subject = None
    narrated = None  # (the one a sentence without a report of its own was about)
    events = []  # (offset, kind, payload)
    opened: dict[int, tuple[int, int | None]] = {}  # a segment's opening mark: its quote, _Segment.then
    for seg in segments:
        events.append((seg.open_mark, 1, seg))
    for idx, s in enumerate(sentences):
        events.append((s.start, 0, idx))
    for answer in answers:
        events.append((answer[0], 2, answer))
    for point in points:
        events.append((point[0], 2, point))
    events.sort(key=lambda e: (e[0], e[1]))
    named_person = None  # (the person named in full spoken of last: see initialled_people below)
    for off, kind, payload in events:
        if last_person is not None and last_person.name not in ents.initialled_people:
            named_person = last_person
        ctx.last_person = last_person
        if last is not None and last.type == "organization":
            ctx.last_body = last
        if kind == 2:
            start, end, speaker = payload[:3]
            a, b = _trim(body, start, end)
            if len(payload) > 3:  # a document's point (_document_points)
                b = a + len(body[a:b].rstrip(" .;"))
                if b > a:
                    quotes.append(Quote(a, b, "indirect", speaker, payload[3], 0.8, "document"))
            elif b > a and not is_lead_in(body[start:end].strip()):
                quotes.append(Quote(a, b, "direct", speaker, (start, end), 0.9, "transcript"))
            last, last_at, last_quoted = speaker, off, speaker
            if speaker.type == "person":
                last_person = speaker
            ents.note(off, speaker)
            continue
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
                if not pa.groupdict().get("similar") and _reported_before(body, prev, s, furniture) \
                        and not any(q.sentence is not None and q.sentence[1] > prev.start and q.start < s.start
                                    for q in quotes) \
                        and not any(prev.start <= a < s.start for a, _ in spans):
                    # 'Kanaan Jiyad Abdullah ... dilaporkan tewas pada pertempuran pagi. Begitu kata
                    # Hisham al-Hashimi, ...': the sentence before, which holds no quote, is the report
                    # (so it is before 'Hal tersebut disampaikan oleh Menteri ...')
                    # (after a dateline: 'Jakarta, CNN Indonesia -- Pemerintah telah ...')
                    opening = max([y for x, y in furniture.ignored if x <= prev.start < y], default=prev.start)
                    a, b = _trim(body, opening, prev.end)
                    b = a + len(body[a:b].rstrip(" .!?"))
                    if len(_WORDS.findall(body, a, b)) >= 4:
                        quotes.append(Quote(a, b, "indirect", sayer, (prev.start, prev.end), 0.6, "attributed"))
                last, last_at, last_quoted = sayer, s.start, sayer
                if sayer.type == "person":
                    last_person = sayer
                ents.note(s.start, sayer)
                continue
            interrupted = _interrupted_report(ctx, s, spans, last, last_person)
            if interrupted is not None:
                subj, indirect = interrupted.speaker, interrupted
            else:
                referent = last_person
                if qf.reporting_body_keeps_pronoun and qf.according_pron is not None \
                        and qf.according_pron.match(body, s.start) is not None \
                        and _body_reported_just_before(quotes, last, sentences, payload):
                    # ('BPBD Poso mengklaim telah menerima bantuan ... Menurutnya, kebutuhan mendesak
                    # ...': the body whose report the sentence before gave is whom '-nya' means, not
                    # the person quoted earlier)
                    referent = last
                if qf.pronoun_report_means_lone_person_before and referent is last_person:
                    lone = _lone_person_just_before(ctx, quotes, sentences, payload, last_person)
                    if lone is not None:
                        # ('Pada minggu lalu, Kwik yang merupakan mantan Menteri ... diminta keterangannya
                        # di Gedung KPK. Ia mengaku ...': the one person the sentence before names, in
                        # the same paragraph and with no report of its own, is whom 'Ia' means, not
                        # the spokesman quoted earlier)
                        referent = lone
                subj, indirect = _sentence_subject_and_indirect(ctx, s, spans, referent, last)
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
            elif indirect.how == "indirect" and indirect.follow is None and _opens_with_request(qf, body, indirect.start) \
                    and (trailing := _trailing_cue(ctx, s, spans, last, last_person)) is not None \
                    and indirect.start < trailing.end < indirect.end and not is_press(trailing.speaker) \
                    and not (qf.according_after is not None and qf.according_after.match(body, trailing.end)):
                # 'Britain has offered to send 120 Gurkhas ..., Downing Street said.': the act the
                # sentence tells of is what the cue after it reports (not a source: '..., according to
                # WSET-TV' tells where the act was reported)
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
            if indirect is not None and indirect.kind == "indirect" and indirect.follow is None \
                    and (topic_at := _fronted_topic_start(ctx, s, indirect)) is not None:
                # ('Terkait dengan barang bukti ..., Dewa Wijaya mengaku, pihaknya masih menunggu ...':
                # the topic the sentence opens with is what the report is about, part of its words)
                indirect = dataclasses.replace(indirect, start=topic_at)
            if indirect is not None and indirect.kind == "indirect" and indirect.speaker is not None \
                    and qf.report_naming_referent_is_not_theirs \
                    and _pronoun_report_names_referent(ctx, s, indirect):
                # ('Miryam akan dipanggil ... Ia berkata, Pansus meyakini KPK akan ... menghadirkan
                # Miryam.': a report whose pronoun subject would mean the one its own words name is
                # not theirs; it goes on with the person quoted just before)
                other = _speaker_not_spoken_of(ctx, quotes, payload, indirect.start, indirect.end,
                                               indirect.speaker, _REPORT_ASIDE_SENTENCES)
                if other is not indirect.speaker:
                    if subj is indirect.speaker:
                        subj = other
                    indirect = dataclasses.replace(indirect, speaker=other)
            if indirect is None and subj is not last_person and _named_after_personal_pronoun(ctx, s, subj):
                # ('He has worked on films such as Big Fish and Indiana Jones.': whom 'he' means stays)
                subj = None
            if subj is None and indirect is None:
                # 'Rudi, salah satu peserta, merasa terkejut. "...," katanya': the person the
                # sentence is about is whom the next pronoun cue points at
                subj = _person_opening(ctx, s) or _epithet_opening(ctx, s, spans) or _narrated_subject(ctx, s, spans)
            if subj is None and indirect is None and qf.source_person is not None:
                sp = qf.source_person.search(body, s.start, s.end)
                if sp is not None and not any(a <= sp.start() < b for a, b in spans):
                    # 'Informasi itu datang dari salah seorang tenaga kerja yang melarikan diri ...
                    # Setelah dipulangkan, dia menyebut ...': an unnamed source is whom 'dia' means next
                    subj = Entity(name=sp.group("who"), type="person", first=sp.start("who"))
                    ents.entities.append(subj)
            if subj is None and indirect is None:
                # ('Inovasi ini dikembangkan oleh dosen Undip, Prof. Dr. Muhammad Nur. Ia menjelaskan,
                # ...': the person the sentence closes on as its agent is whom the next pronoun means)
                subj = _closing_agent(ctx, s, spans)
            if subj is not None and indirect is None and _one_of_a_pair(ctx, s, subj, spans):
                # 'Pada 2 April, Nadir bersama Budi berangkat ke Gazianteb. "...," katanya.': two
                # people doing something are no referent of a singular pronoun cue; it stays with
                # the one the article quoted before
                subj = None
            if subj is not None and indirect is None and subj is not last_person and last_person is not None \
                    and last_quoted is last_person and payload > 0 and last_at >= sentences[payload - 1].start \
                    and _passive_theme(ctx, s, subj):
                # ('Wana juga mendesak ... Tri Yanto diketahui telah melaporkan kasus ini ke Kejati Jabar
                # ... "...," ungkapnya.': the one a narrated passive sentence is about is no new speaker;
                # the pronoun stays with the person who spoke just before)
                subj = None
            if subj is not None and indirect is not None and _retold_in_account(ctx, quotes, sentences, payload, indirect,
                                                                         last_person):
                # ('Hermansyah mencontohkan, Fredrich pernah menyatakan bahwa ... Sebab menurut Fredrich,
                # KPK harus ... "...," kata dia.': the words of someone the account just told of are
                # part of that account; the pronoun goes on with the one giving it)
                subj = None
            if indirect is None and named_person is not None and not (
                    qf.lone_person_pronoun is not None and qf.lone_person_pronoun.match(body, s.start, s.end)):
                # ('Kepada polisi, JR mengaku ... "...," kata dia. Polisi meringkus JR ... JR kemudian
                # bertransaksi dengan polisi ... "...," pungkasnya.': someone named by initials, a suspect
                # or a victim, holds a pronoun over a run of their own reports only; narration after it
                # goes back to the person named in full spoken of before; a sentence opening with a
                # pronoun, 'Dia merasa ...', is still about them)
                if last_person is not None and last_person.name in ctx.ents.initialled_people:
                    last_person = named_person
                if last is not None and last.name in ctx.ents.initialled_people:
                    last = named_person
                if subj is not None and subj.name in ctx.ents.initialled_people:
                    subj = None
            if subj is not None and not (qf.argument_opener is not None and last is not None
                                         and qf.argument_opener.match(body, s.start)) \
                    and not (subj.type != "person" and (subj.name or "").casefold() in qf.unreferred_groups) \
                    and not (qf.data_source_opening is not None and last_person is not None and subj.type == "person"
                             and qf.data_source_opening.match(body, s.start) is not None):
                # ('Danis menambahkan, ... Berdasarkan data Jambeck di 2015, diperkirakan ... "...,"
                # paparnya.': a researcher whose figures the sentence cites is no one the story moves on
                # to; the pronoun goes on with the person spoken of before. A body so cited, 'Berdasarkan
                # perhitungan Muhammadiyah, ...', is left to the rules for bodies)
                # (nor is what research observed: 'Results showed ... They then equipped horses ...'
                # still means the researchers)
                # ('Apalagi, Presiden sudah menyampaikan ...' goes on with the last speaker's
                # argument: the one named in it is not the next speaker)
                last, last_at = subj, s.start
                if subj.type == "person":
                    last_person = subj
                ents.note(s.start, subj)
                narrated = subj if indirect is None else None
            if indirect is not None:
                quotes.append(indirect)
                last_quoted = indirect.speaker or last_quoted
                follow = indirect.follow
                while follow is not None:  # (each of several joint speakers: a chain)
                    quotes.append(follow)
                    last_quoted = follow.speaker or last_quoted
                    follow = follow.follow
            # '... while Interior Minister X wrote ... He tweeted': the later subject of a report
            # of its own is whom the next pronoun means
            later = indirect.follow if indirect is not None and indirect.follow is not None else indirect
            later_subject = None
            if later is not None and later.speaker is not None and later.speaker is not subj \
                    and later.speaker.type == "person" and later.how == "indirect" and subj is not None:
                # ('Menurut Budi, Rina menegaskan bahwa ... "...," kata dia.': a report the one quoted
                # gives of another's words, inside their own, leaves the pronoun with them)
                nested = later is not indirect and indirect.speaker is not None and indirect.speaker.type == "person" \
                    and indirect.start <= later.start and later.end <= indirect.end
                who = indirect.speaker if nested else later.speaker
                last, last_at, last_person = who, s.start, who
                later_subject = None if nested else (later.speaker, later.start)  # (quotes before it keep it so)
            if indirect is not None and qf.contrast_denial is not None:
                # ('Ia mengklaim sudah menemui Airlangga ..., namun Airlangga menepis kabar tersebut. Ia
                # mengaku ...': the person who denies the report in a clause of their own after a
                # contrast is whom the next pronoun means, not the one who reported)
                cd = None
                for cd in qf.contrast_denial.finditer(body, indirect.start, s.end):
                    pass
                denier = ents.find_person(cd.group("who")) if cd is not None else None
                if denier is not None and denier.type == "person" and denier is not indirect.speaker \
                        and not any(a <= cd.start("who") < b for a, b in spans):
                    last, last_at, last_person = denier, s.start, denier
            continue
        seg: _Segment = payload
        cued = False  # (a speech verb with a capitalised subject before the quote: below)
        unvoiced = False  # (cued by 'The spokesman said' with no voiced body to speak: below)
        a, b = _trim(body, seg.start, seg.end)
        if b <= a or furniture.is_ignored(a, b):
            continue
        words = len(_WORDS.findall(body[a:b]))
        if (_is_title(body[a:b]) and not _said_with_comma(qf, body, b, seg) and not (
                qf.naming_with_object is not None
                and qf.naming_with_object.search(body, max(0, seg.open_mark - 60), seg.open_mark))) or body[a] == "#":
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
        if qf.name_participle is not None and qf.name_participle.search(body[max(0, seg.open_mark - 60):seg.open_mark]):
            continue  # 'a process called "exfiltration."': the name of a thing, not speech
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
            if e is not None and not is_press(e):
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
            # (a body that has just spoken through its spokesman or official, 'A spokesman for the
            # Department said ...', is whom a later '"...," he added' means: that member)
            spoken_through = last is not None and last.voiced and last is last_quoted and qf.voiced_body_keeps_pronoun
            if last is not None and last.type != "person" and last_person is not None and not spoken_through \
                    and last_at < sent_start and (last.country is None
                                                  or (last.name or "").casefold() in qf.group_names or (
                        last is not last_quoted and last_quoted is last_person
                        and not any(w.casefold() in (qf.bare_set or ()) for w in _WORDS.findall(body, last_at, sent_start)))):
                # (idctry49: nor a group word, a state's though it is, 'Budi menambahkan, penyidik juga
                # menyatakan ... "...," ucapnya.': a singular pronoun cue is no group's; group_speakers)
                # ('Pemkot Makassar pun telah menetapkan Perwali ... "...," paparnya.': a state body
                # the story went on about, quoted by no one and with no speech verb of its own since,
                # is not whom the pronoun means; the person quoted last goes on)
                speaker = last_person
            elif speaker is not None and speaker is last and last.type == "organization" and not spoken_through \
                    and _personal_cue(qf, qf.after_pron.match(after).group()) \
                    and not _announced_by_the_sentence_before(qf, body, sentences, si, last) \
                    and not (qf.reporting_body_keeps_pronoun and qf.according_pron is not None
                             and _body_reported_just_before(quotes, last, sentences, si)
                             and qf.according_pron.match(body, quotes[-1].sentence[0]) is not None) \
                    and (goes_on := _person_quoted_last(quotes, last)) is not None:
                # ('"...," kata Budi. Polda Jambi juga terus mengimbau masyarakat ... "...,"
                # jelasnya.': a body the story went on about, whom no quote of its own has given
                # words, is not whom a personal pronoun means; the person quoted last goes on. Not
                # after 'Kementerian X menyampaikan peringatan.': the body announces the quote)
                speaker = goes_on
            told_by, told = _told_request_before(ctx, quotes, si, last_quoted) \
                if speaker is not None and speaker is last and narrated is last else (last_quoted, set())
            if speaker is not None and speaker is last and narrated is last \
                    and _narrated_aside(ctx, quotes, si, last, told_by, told):
                # ('"...," kata Budi. Adapun Rina hari ini tidak hadir ... "...," ungkapnya.': a
                # sentence telling of someone the story named before, set between two quotes, does
                # not take the pronoun cue from the one quoted just before it)
                speaker = told_by
                if told_by.type == "organization":
                    # ('"...," ucap jaksa Irene. Jaksa juga meyakini, ... Keyakinan itu diperkuat dengan
                    # bukti ... dari politikus Partai Golkar, Markus Nari. Markus sendiri telah
                    # ditetapkan sebagai tersangka. "...," tuturnya.': a personal pronoun after narration
                    # goes on with the body reported last through the person who spoke for it)
                    speaker = _person_quoted_last(quotes, told_by) or told_by
            if opening is not None and not closed and not ctx.ents.g.is_clause(opening.group("subject")):
                # 'Blankenship concurred: "We need to stop policing the world", he argued.': the
                # pronoun is the subject of the sentence that leads into the quote
                e, _ = _subject(ctx, sent_start, opening.start("verb"), [x for x in spans if x[0] != seg.open_mark])
                if e is not None and e.type == "person" and not is_press(e):
                    speaker = e
            if speaker is None:
                # ('Spain coach Luis Aragones is furious ... "I am not guilty," he said.': no one has
                # spoken yet; the pronoun is the person the article named last with an office)
                speaker = _officer_named_last(ctx, seg.open_mark)
            elif qf.gender_pronouns:
                # ('"...," she said' after a man was spoken of last: the woman named last)
                pw = next((w for w in re.findall(r"[^\W\d_]+", qf.after_pron.match(after).group())
                           if w.casefold() in qf.gender_pronouns), None)
                speaker = _pronoun_fits(ctx, pw, speaker, seg.open_mark)
            if speaker is not None and ctx.qf.pack.get("quote_naming_referent_is_not_theirs") \
                    and not _plural_cue(qf, qf.after_pron.match(after).group()):
                # (not 'tulis mereka': a band's or a firm's statement names the body that issues it)
                speaker = _speaker_not_spoken_of(ctx, quotes, si, a, b, speaker)
            answered = _question_put_to(ctx, quotes, after, si)
            if answered is not None:
                # ('"...?" tanya jaksa Budi kepada Anton. "Saya tidak tahu," jawabnya.': the one the
                # question was put to answers, not the one who asked it)
                speaker = answered
            how, conf = "pronoun", 0.8
        elif speaker is None:
            m = qf.after_verb.match(after)
            if m is None and not closed and qf.comma_inverted_cue is not None:
                m = qf.comma_inverted_cue.match(after)  # ('"...," underlined Mr Saldarriaga.')
            if m:
                speaker = _phrase_after(ctx, close + m.end())
                speaker = _spokesperson_after_cue(ctx, after[m.end():], seg.open_mark) or speaker
                an = qf.anaphoric_speaker.match(body, close + m.end(), close + len(after)) \
                    if qf.anaphoric_speaker is not None else None
                if an is not None and speaker is not None and not re.search(rf"[{UPPER}]", an.group("desc")) \
                        and set(re.findall(r"\w+", speaker.name or "")) \
                        & set(re.findall(r"\w+", body[an.end():close + len(after)])) \
                        and not _named_in_apposition(body, an.end(), speaker):
                    # ('," tutur seorang jenderal tersebut seperti dikutip The Independent.': the
                    # name after the trailer is the outlet, not the speaker)
                    speaker = None
                if speaker is not None and is_press(speaker) and an is None \
                        and body[close + m.end():close + m.end() + 1].islower() \
                        and _unnamed_before_outlet(ctx, close + m.end(), close + len(after)):
                    # ('," kata salah seorang anggota keluarga seperti dilansir Antara': someone
                    # unnamed, described before the outlet that carried the words, speaks)
                    speaker = None
                if speaker is None and qf.pronoun_subject is not None and qf.pronoun_subject.match(after[m.end():]):
                    speaker = last
                ind = qf.indefinite_speaker.match(body, close + m.end(), close + len(after)) \
                    if speaker is None and qf.indefinite_speaker is not None else None
                if ind is not None and not (an is not None and an.start("desc") == ind.start()
                                            and last_person is not None):
                    # '," ujar seorang ibu.': someone unnamed, not the one quoted before
                    speaker = Entity(name=ind.group().strip(" \t,.!?"), type="person", first=close + m.end())
                    speaker.country = _unnamed_force_state(ctx, speaker.name, speaker.first)
                if speaker is None and an is None and ind is None:
                    speaker = _described_after_cue(ctx, close + m.end(), close + len(after))
                document = _document_anaphor_speaker(ctx, an.group("desc"), an.start("desc")) \
                    if an is not None and (speaker is None or speaker.type != "person") else None
                if document is not None:
                    speaker = document  # ('," catat studi tersebut.': the study's, not the one quoted last)
                elif an is not None and (speaker is None or speaker.type != "person"):
                    # '," ujar sumber tersebut.': the unnamed source introduced before, when the one
                    # last spoken of is no such source
                    unnamed = _unnamed_antecedent(ctx, an.group("desc"), seg.open_mark, last_person)
                    if unnamed is not None:
                        speaker = unnamed
                    elif last_person is not None:
                        # '," kata politisi senior Partai Golkar ini.': the one just spoken of, not the party
                        # (nor when the head noun is the role of someone named before them:
                        # _role_holder_described)
                        speaker = _role_holder_described(ctx, an.group("desc"), seg.open_mark) or last_person
                how, conf = "cue-after", 0.9
            elif (verbless := _verbless_cue_after(ctx, body[a:close], close, after)) is not None:
                speaker, how, conf = verbless, "cue-after", 0.8
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
                if m and closed and _reports_own_clause(qf, body, close + m.end(), close + len(after)):
                    m = None  # ('... as possible." Correspondent X said the timing was ...': a report of its own)
                if m and closed and qf.closed_quote_next_words and body[a:close].rstrip(" \t\"“”'’»").endswith(".") \
                        and not body[sent_start:seg.open_mark].strip(" \t\"“”'‘’") \
                        and _goes_on_after_verb(after[m.end():], qf.closed_quote_next_words):
                    # ('... Manchester City Football Club." City recently announced debts of pounds 62m,
                    # but ...', '." The Foreign Secretary told the BBC: "...': a sentence of its own after
                    # a quote closed by its full stop, going on past its verb; not the quote's cue; an
                    # exclamation or a question may be cued so: '... in two days!" Macron told the world
                    # on Thursday via Twitter.'; only for a quote opening its sentence, whose speaker the
                    # quotes before give: 'BBC Two controller Roly Keating: "...." Mr Keating described ...')
                    m = None
                if m and _passive_cue(qf, m.group("phrase")):
                    m = None  # ('..." New rules were announced on Monday.': a passive, no one speaking)
                if m and qf.opener_comma is not None and qf.opener_comma.match(after, m.start("phrase")):
                    # ('." Lebih lanjut, Daniel menjelaskan ...': 'lanjut' is a cue verb, but 'Lebih
                    # lanjut,' opens the next sentence as a connective; its first word is no speaker)
                    m = None
                if m:
                    e = _phrase_after(ctx, close + m.start("phrase"))
                    if e is not None:
                        speaker, how, conf = e, "cue-after", 0.85
            if speaker is None and not closed and qf.named_cue_after_quote is not None \
                    and (nc := qf.named_cue_after_quote.match(after)) is not None:
                # ('“...,” Oliver melanjutkan.': a person's name and the full verb, which
                # after_subject_verb, reading the short forms, leaves to the one quoted last)
                e = _phrase_after(ctx, close + nc.start("phrase"))
                if e is not None and e.type == "person" and ctx.written_before(seg.open_mark, e.name):
                    # (someone the article named before the quote: a lone surname is not one named only
                    # later, 'Tan' of the sociologist 'Tan Ern Ser' no 'Jamie Tan' introduced after it)
                    speaker, how, conf = e, "cue-after", 0.85
            if speaker is None and not closed:
                # ('," the 34-year-old told the club website.': a description in lower case)
                e = _described_subject_after_quote(ctx, close, close + len(after), last)
                if e is not None:
                    speaker, how, conf = e, "cue-after", 0.8
            if speaker is None and not closed and qf.appositive_after is not None:
                # '," Ana Ruiz, the festival's head of programming, told ...': the name beside its description
                ap = qf.appositive_after.match(after)
                if ap is not None:
                    e = _phrase_after(ctx, close + ap.start("name" if ap.group("name") else "name2"))
                    if e is not None and e.type == "person":
                        speaker, how, conf = e, "cue-after", 0.85
            if speaker is None and not closed and qf.group_before_cue is not None and qf.group_subject is not None:
                # ('," researchers said.', '," the organisers said in a statement.': a group of the pack's
                # as the subject before the cue after a quote, as after it: '," said researchers.')
                lead = re.match(r"[ \t]*", after)
                gm = qf.group_subject.match(body, close + lead.end(), close + len(after))
                if gm is not None and qf.group_before_cue.match(body, gm.end(), close + len(after)):
                    speaker, how, conf = _group(ctx, gm.group("group"), gm.start("group")), "cue-after", 0.8
        if speaker is None and qf.document_read_subject is not None:
            dr = qf.document_read_subject.match(after)
            e = None if dr is None else _quoted_document_owner(body, quotes, dr.group("doc").split()[-1]) \
                or _document_owner(ctx, close + dr.start("doc"), close + dr.end("doc"), last)
            if e is not None:
                speaker, how, conf = e, "cue-after", 0.8  # ('"...", the letter read.')
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
            e = _labelled_speaker(ctx, sent_start, seg.open_mark)
            if e is not None:
                speaker, how, conf = e, "cue-before", 0.8
        if speaker is None:
            before_start = sent_start
            before = body[before_start:seg.open_mark]
            verb = None
            for v in qf.speech_any.finditer(before):
                verb = v
            cued = verb is not None and body[before_start:before_start + verb.start()].strip()[:1].isupper()
            acc = None
            if qf.according is not None:
                for v in qf.according.finditer(before):
                    acc = v
            if acc is not None:
                e = _phrase_after(ctx, before_start + acc.end())
                if e is not None and not is_press(e):
                    speaker, how, conf = e, "according", 0.8
            if speaker is None and verb is not None:
                vs = before_start + verb.start()
                # 'kata X: "' (cue verb then the speaker)
                e = None
                gap = body[before_start + verb.end():seg.open_mark]
                led = qf.reported_participle_tail.search(gap.rstrip().rstrip(":").rstrip()) \
                    if qf.reported_participle_tail is not None and gap.rstrip()[-1:] in (",", ":") else None
                if led is not None and len(_WORDS.findall(gap[:led.start()])) >= 3:
                    # 'The Green Party said the Budget was a "wasted opportunity", adding: "..."': the
                    # words after the cue are its report, not its speaker; the participle that leads
                    # into the quote has the cue's subject (read below)
                    pass
                elif verb.group().casefold() in qf.cue_set and verb.group().casefold() not in qf.subject_only_cues \
                        and verb.group().casefold() not in qf.object_gap_verbs and (
                        gap.rstrip()[-1:] in (",", ":", ";", "—", "–", "-") or (
                            len(gap.split()) <= 6 and not body[a:a + 1].islower())):
                    # ('X said BIPA "is supported overwhelmingly ...": the words after the cue are
                    # the subject of the quoted predicate, not its speaker)
                    # ('Duda told local media Adamowicz's heart was restarted "...": a clause
                    # after the cue, not its speaker)
                    e = _phrase_after(ctx, before_start + verb.end() + 1) if body[before_start + verb.end():before_start + verb.end() + 1] == " " else None
                    if e is not None and is_press(e):
                        e = None  # 'Charles told the Daily Mail, "..."': the outlet is the addressee
                decided = False
                if verb.group().casefold() in qf.naming_verbs and _participle_aside(qf, body[before_start:vs]):
                    decided = True  # ('The old prison, referred to locally as "the Castle", ...': an aside)
                if e is None and qf.passive is not None and qf.passive.search(body, before_start, vs):
                    # 'were described by Johnson as a "historic mandate"': the agent after 'by'
                    agent = qf.agent_marker.match(body, before_start + verb.end(), seg.open_mark) \
                        if qf.agent_marker is not None else None
                    e = _phrase_after(ctx, agent.end()) if agent else None
                    if agent is None and seg.close_mark is not None and qf.agent_marker is not None \
                            and len(gap.split()) <= 2 and not re.search(r"[,;:]", gap):
                        # 'was described as a "consummate professional" by his friend X', 'was ruled
                        # "too American" by a Paris court': the agent after the quoted words
                        agent = qf.agent_marker.match(body, seg.close_mark + 1)
                        e = _phrase_after(ctx, agent.end()) if agent else None
                    decided = True
                if e is None and verb.group().casefold() in qf.speech_participles:
                    e, decided = _participle_subject(ctx, before_start, vs, spans, seg)
                rel = ctx.qf.relative_before.search(body, before_start, vs) \
                    if e is None and not decided and ctx.qf.relative_before is not None and (
                        ctx.qf.pack.get("relative_clause_speakers")
                        or ctx.qf.pack.get("person_relative_clause_speakers")) else None
                if rel is not None:
                    # 'setuju dengan Perdana Menteri Theresa May yang menyebut "..."': the one the
                    # relative clause hangs on says it, whatever governs the name
                    e = _antecedent(ctx, before_start, rel.start())
                    if not ctx.qf.pack.get("relative_clause_speakers") and not (
                            e is not None and e.type == "person"
                            and rel.group().strip().casefold() in ctx.qf.person_relatives):
                        # ('The bill was drafted by Alex Greenwich who said "..."': in English only a
                        # person's relative pronoun after a person's name)
                        e = None
                    decided = e is not None
                if e is None and not decided:
                    # ('Smith called the case "interesting"; Miller said "...": a semicolon ends
                    # the clause before; the cue verb's subject follows it)
                    semi = body.rfind(";", before_start, vs)
                    own = semi + 1 + len(body[semi + 1:vs]) - len(body[semi + 1:vs].lstrip()) if semi >= 0 and not any(x <= semi < y for x, y in spans) \
                        and body[semi + 1:vs].strip() else before_start
                    # ('Rome beat Turin ... and Benetti said: "', '... and he said: "': a clause of its own)
                    others = [x for x in spans if x[0] != seg.open_mark]
                    e, pron = _coordinated_clause_subject(ctx, own, vs, others), None
                    if e is None:
                        e, pron = _subject(ctx, own, vs, others)
                        voice = qf.possessed_spokesperson_subject.fullmatch(body, own, vs) \
                            if e is None and qf.possessed_spokesperson_subject is not None else None
                        if voice is not None and voice.group("det"):
                            # ('The spokesman said: "..."': the body quoted last ('it'), else no one the article
                            # quoted; never the words of a person quoted last going on: 'Campbell said:
                            # "..." Later the prime minister's spokesman was asked ... The spokesman said:')
                            e = last if _pronoun_may_mean(ctx, "it", last) else None
                            pron, unvoiced = None, e is None
                    if e is not None and e.type == "organization" and _member_speaks(ctx, own, vs):
                        e.voiced = True  # ('A spokesman for the UK Baking Council said': a later 'He added')
                    if e is None and pron:
                        # 'he said': a person, even when an institution was named since
                        e = last_person if pron in qf.personal and last is not None \
                            and last.type != "person" and not last.voiced \
                            and last_person is not None else last
                        e = e if _pronoun_may_mean(ctx, pron, e) else None  # ('It said: "..."', no person)
                        e = _pronoun_fits(ctx, pron, e, vs)  # ('She said' after a man: the woman named last)
                    if e is None and last is not None and not before[:verb.start()].strip():
                        e = last
                if e is not None:
                    speaker, how, conf = e, "cue-before", 0.8
        if speaker is None and opening is not None:
            if not ctx.ents.g.is_clause(opening.group("subject")):
                e, pron = _subject(ctx, sent_start, opening.start("verb"), [x for x in spans if x[0] != seg.open_mark])
                if e is None and pron in qf.personal:
                    # ('She told the audience: "..."' after a man spoke: the woman named last)
                    e = _pronoun_fits(ctx, pron, last_person, opening.start("verb"))
                if e is not None and not is_press(e):
                    speaker, how, conf = e, "cue-before", 0.75
        if speaker is None and sentences:
            # 'The border issue is the "main difference" between Greece and Turkey, he added.': the
            # cue closing the sentence the partial quote stands in
            speaker = _sentence_end_cue(ctx, close, sentences[ei].end, last, last_person)
            if speaker is not None:
                how, conf = "cue-end", 0.75
        if speaker is None and body[a:close].rstrip(" \t\"“”'’»").endswith(","):
            speaker = _name_alone_after(ctx, close, close + len(after))
            if speaker is not None:
                how, conf = "cue-after", 0.75
        if speaker is None and not closed:
            # (last of the cues after a quote: the readings above know a body's spokesman better)
            speaker = _subject_after_comma(ctx, close, after)
            if speaker is not None:
                how, conf = "cue-after", 0.8
        if speaker is None and last is not None and sent_start <= last_at < seg.open_mark \
                and _participle_after_quote(qf, body, sent_start, seg.open_mark, spans):
            # ('"We never gave up," said Tom Hale, adding that the referee had been "very fair".': a
            # partial quote in the clause of a cue participle that follows a quote and its
            # cue in the same sentence is that quote's speaker's, not a scare quote)
            speaker, how, conf = last, "in-report", 0.7
        if speaker is None:
            # a partial quote inside a report found from its sentence ('Wiranto suffered "two deep
            # wounds" in the attack according to a hospital spokesperson') is the reporter's words
            report = next((q for q in reversed(quotes[-3:]) if q.kind == "indirect" and q.speaker is not None
                           and q.start <= a and b <= q.end + 1), None)
            if report is not None:
                speaker, how, conf = report.speaker, "in-report", 0.7
        if speaker is None:
            # No cue: a short term in quotes is a scare quote; a longer one continues the last speaker.
            if words < 4 or unvoiced:
                continue
            if (last is None or off - last_at > 1500) and seg.then is not None:
                # (a run-together paragraph before the one its cue follows, with no one quoted
                # before: the cue's speaker's, or nobody's; see _run_to_its_cue)
                opened[seg.open_mark] = (len(quotes), seg.then)
                quotes.append(Quote(a, b, "direct", None, (sent_start, sentences[ei].end if sentences else b),
                                    0.6, "continuation"))
                continue
            if last is None or off - last_at > 1500:
                continue
            speaker, how, conf = last, "continuation", 0.6
            if run is None or run[0] is not last:
                # (an uncued quote after a sentence about someone the article had not quoted goes to
                # that person, until one of the quotes speaks of them by name: below)
                run = (last, last_quoted, []) if last_quoted is not None and last is not last_quoted \
                    and last.type == "person" and last.name else None
            if run is not None:
                if _speaks_of(body, a, b, run[0]):
                    # ('"...," said Hale. And Rovers forward Jim Cole looks certain to play. "I took
                    # lessons ... Cole is an outstanding player ...': the quotes since the sentence
                    # about Cole are the last speaker's)
                    for i in run[2]:
                        quotes[i] = dataclasses.replace(quotes[i], speaker=run[1])
                    speaker, run = run[1], None
                else:
                    run[2].append(len(quotes))
            if cued and last_person is not None and _is_research(qf, last):
                # ('They found ... Wasif suggested, in likelihood, "..."': a speech verb whose
                # subject is a name the article does not know is a person's, not the research's)
                speaker = last_person
        elif words < 2 and how in ("continuation",):
            continue
        if how != "continuation":
            run = None
        if speaker is not None and later_subject is not None and off < later_subject[1] \
                and speaker is not later_subject[0]:
            ents.note(off, speaker)  # (a quote of the first subject before the later one's report)
        elif speaker is not None:
            last, last_at, last_quoted = speaker, off, speaker
            if speaker.type == "person":
                last_person = speaker
            ents.note(off, speaker)
        sentence = (sent_start, sentences[ei].end if sentences else b)
        opened[seg.open_mark] = (len(quotes), seg.then)
        quotes.append(Quote(a, b, "direct", speaker, sentence, conf, how))
    _run_to_its_cue(quotes, opened)
    _run_before_added(body, quotes, qf.continuing_cue)
    _run_before_connective(body, quotes, qf.continuing_quote_opener)
    if qf.cue_participle is not None:
        quotes += _participle_reports(ctx, quotes)
    if qf.cue_next_report is not None:
        quotes += _participle_reports(ctx, quotes, qf.cue_next_report)
    if qf.joined_report is not None:
        quotes = _split_joined_reports(ctx, quotes)
    if qf.reported_participle is not None:
        quotes = _split_participle_reports(ctx, quotes)
    if qf.next_report is not None:
        quotes = _cut_at_next_report(ctx, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    if qf.empty_report is not None:
        # 'Luhut mengatakan hal yang sama.': a phrase pointing back at what another said is no
        # reported clause (what Luhut said comes after it, if anywhere)
        quotes = [q for q in quotes if q.kind != "indirect" or not qf.empty_report.fullmatch(body, q.start, q.end)]
    return _without_paraphrases(body, _without_wrappers(body, _partials_in_reports(quotes), qf),
                                qf.stopwords, qf.pronoun_set, qf.paraphrase_min_words, qf.paraphrase_first_person)
