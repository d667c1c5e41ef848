"""Candidate reports the rules left out, for the learned-gate experiment (bench/train_gate.py, bench/GATE.md).

A reporting word of the language pack ('said', 'warned', 'urged', ...) outside the quotes the
rules found makes its sentence a *candidate*: its speaker is the verb's subject as the
rules' own subject reader (`subjects._subject`) finds it, its text the clause after the verb (or,
for a cue closing the sentence, '..., officials said.', the clause before it). Most such
sentences are rightly no report ('the plan, which was announced in May, ...'); a logistic
regression over a few plain features of the candidate (`_candidate`), trained on the hand-checked
gold by `bench/train_gate.py`, scores each one. The experiment's result was negative (bench/GATE.md):
the extractor does not use this module.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.extract.cues import QuoteFinder
from generator.extract.furniture import Furniture
from generator.extract.langpack import LanguagePack
from generator.extract.indirect import _complement_is_clause, _reads_as_clause
from generator.extract.marks import _WORDS, _trim
from generator.extract.outlets import is_news_outlet
from generator.extract.sentences import Sentence
from generator.extract.grammar import Grammar
from generator.extract.mentions import Entity
from generator.extract.speakers import ArticleEntities
from generator.extract.phrase_after import _phrase_after
from generator.extract.segments import _Context
from generator.extract.subjects import _subject

# the pack lists whose words report speech (a verb of any of them makes a sentence a candidate)
_VERB_LISTS = ("cue_verbs", "speech_verbs", "indirect_say_verbs", "clause_report_verbs", "indirect_request_verbs")


@dataclass
class Candidate:
    start: int  # the reported text
    end: int
    sentence: tuple[int, int]
    speaker: Entity | None
    verb: str
    features: dict[str, float]


@lru_cache(maxsize=8)
def _verb_pattern(words: tuple[str, ...]) -> re.Pattern:
    alts = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in alts) + r")(?![\w'’-])")


def _verbs(pack: LanguagePack) -> re.Pattern:
    words = []
    for key in _VERB_LISTS:
        words += pack.words(key)
    return _verb_pattern(tuple(words))


def _class_sets(pack: LanguagePack) -> dict[str, frozenset]:
    return {key: frozenset(w.casefold() for w in pack.words(key)) for key in _VERB_LISTS}


_NEGATION = re.compile(r"\b(?:not|never|n't|no longer)\b[^,;]{0,25}$", re.I)
_MODAL = re.compile(r"\b(?:would|could|may|might|will|should|must|can|shall)\b(?:\s+\w+){0,2}\s*$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|that|whom)\s+(?:\w+\s+){0,2}$", re.I)
_CIRCUMSTANCE = re.compile(r"^\s*(?:when|after|before|as|while|if|since|because|although|though|until)\b", re.I)
_INFINITIVE = re.compile(r"\s*(?:to)\s+[a-z]")
_THAT = re.compile(r"\s*(?:that)\b")
_OBJECT_THEN_THAT = re.compile(r"\s*(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+that\b")
_PERSONAL = {"he", "she"}
# (a clause's own pronoun subject right after the verb: 'said they planned ...', 'said he would')
_CLAUSE_PRONOUNS = {"he", "she", "they", "it", "we", "i", "there"}
# (the words opening an object noun phrase: 'announced his resignation', 'claimed responsibility')
_OBJECT_OPENERS = {"his", "her", "its", "their", "the", "a", "an", "this", "these", "those", "our", "my"}
_PLURAL = {"they", "we"}


def _subject_kind(e: Entity | None, pronoun: str | None) -> str:
    if pronoun:
        return "pronoun_personal" if pronoun.casefold() in _PERSONAL else "pronoun_other"
    if e is None:
        return "none"
    name = e.name or ""
    if not name[:1].isupper():
        return "common"
    if e.type == "person":
        return "person_full" if len(name.split()) > 1 else "person_short"
    return "organisation"


_PLAIN_SUBJECT = re.compile(r"\s*(?P<det>(?:the|a|an|its|his|her|their|this|these)\s+)?(?P<np>[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}?)"
                            r"(?:\s+(?:also|later|then|again|further|previously|earlier|have|has|had|did|does|do))*\s*$",
                            re.I)


def _plain_subject(body: str, start: int, verb_start: int) -> Entity | None:
    """The noun phrase right before the verb, when it is all the clause has before it: after a
    determiner ('The city estimated ...') or all in lower case ('researchers also found ...')."""
    m = _PLAIN_SUBJECT.fullmatch(body, start, verb_start)
    if m is None:
        return None
    words = m.group("np").split()
    if not words or any(w.casefold() in _PLAIN_NOT_SUBJECTS for w in words):
        return None
    if m.group("det") is None and not all(w.islower() for w in words):
        return None  # (a capitalised phrase is a name the subject reader did not take: 'Amongst', 'No')
    return Entity(name=m.group("np").strip(), type="organization", first=m.start("np"))


# (words no subject noun phrase holds: pronouns, relatives, conjunctions, auxiliaries)
_PLAIN_NOT_SUBJECTS = {"i", "you", "it", "he", "she", "they", "we", "who", "which", "that", "also", "and", "but",
                       "as", "when", "if", "was", "were", "is", "are", "has", "have", "had", "be", "been", "not",
                       "let's", "no", "to", "of", "in", "on", "at", "by", "with", "for", "from", "yesterday"}
# (heads of subjects that are the press, whose reports the annotations leave out: 'State media reported ...')
_MEDIA_HEADS = {"media", "reports", "report", "publication", "website", "newspaper", "paper", "outlet", "outlets",
                "press", "tabloid", "broadcaster", "journal", "magazine", "television", "tv", "radio"}


def _last_speaker(quotes, before: int, personal: bool) -> Entity | None:
    """Whom a pronoun subject means: the speaker of the last quote before it (a person for 'he')."""
    for q in reversed(quotes):
        if q.start < before and q.speaker is not None and (not personal or q.speaker.type == "person"):
            return q.speaker
    return None


def _pronoun_at(body: str, start: int, end: int) -> str | None:
    m = re.search(r"(?:^|,\s*|\b(?:and|but)\s+)(he|she|they|it|we)\s+(?:\w+\s+){0,2}$", body[start:end], re.I)
    return m.group(1) if m is not None else None


_PER_SENTENCE = 3


def _covered(cand: "Candidate", taken) -> bool:
    """Whether half of a candidate's text or more is text of quotes the rules found."""
    inside = sum(max(0, min(b, cand.end) - max(a, cand.start)) for a, b in taken)
    return inside * 2 >= cand.end - cand.start


def report_candidates(body: str, pack: LanguagePack, sentences: list[Sentence], ents: ArticleEntities,
                      furniture: Furniture, grammar: Grammar, quotes) -> list[Candidate]:
    """Every sentence with a reporting word and no quote the rules found, as a candidate report."""
    qf = QuoteFinder.for_pack(pack, grammar)
    ctx = _Context(body, pack, qf, ents, furniture, sentences, [s.start for s in sentences])
    verbs = _verbs(pack)
    classes = _class_sets(pack)
    spans = sorted((q.start - 1, q.end + 1) for q in quotes if q.kind == "direct")
    taken = sorted((q.start, q.end) for q in quotes)
    speakers = {id(q.speaker) for q in quotes if q.speaker is not None}
    out: list[Candidate] = []
    n = max(len(sentences), 1)
    for i, s in enumerate(sentences):
        if furniture.is_ignored(s.start, s.start + 1):
            continue
        seen = set()
        for m in verbs.finditer(body, s.start, s.end):
            if any(a <= m.start() < b for a, b in taken) or len(seen) >= _PER_SENTENCE:
                continue  # (a verb inside a quote the rules found reports nothing new)
            cand = _candidate(ctx, s, m, spans, quotes, classes, speakers, i / n)
            if cand is None or (cand.start, cand.end) in seen or _covered(cand, taken):
                continue
            seen.add((cand.start, cand.end))
            out.append(cand)
    return out


def _candidate(ctx: _Context, s: Sentence, m: re.Match, spans, quotes, classes, speakers, position: float):
    body, qf = ctx.body, ctx.qf
    verb = m.group().casefold()
    before = body[s.start:m.start()]
    after = body[m.end():s.end]
    after_words = _WORDS.findall(after)
    trailing = len(after_words) <= 5 and "," in before
    pronoun = None
    speaker = None
    if trailing:
        # '..., officials said.' / '..., said the minister.': the clause before the cue is reported
        cut = body.rfind(",", s.start, m.start())
        speaker, pron = _subject(ctx, cut + 1, m.start(), spans)
        if speaker is None and not pron and body[m.end():m.end() + 1] == " ":
            speaker = _phrase_after(ctx, m.end() + 1)
        if speaker is None and pron:
            pronoun = _pronoun_at(body, cut + 1, m.start())
        a, b = _trim(body, s.start, cut)
    else:
        speaker, pron = _subject(ctx, s.start, m.start(), spans)
        if speaker is None and pron:
            pronoun = _pronoun_at(body, s.start, m.start())
        start = m.end()
        th = _THAT.match(body, start, s.end)
        if th is not None:
            start = th.end()
        a, b = _trim(body, start, s.end)
    if pronoun is not None:
        speaker = _last_speaker(quotes, s.start, pronoun.casefold() in _PERSONAL)
    plain = False
    if speaker is None and pronoun is None:
        # ('The city estimated ...', 'The researchers also found ...': a noun phrase the subject
        # reader knows no entity for; the model weighs such subjects on their own)
        speaker = _plain_subject(body, s.start if not trailing else body.rfind(",", s.start, m.start()) + 1,
                                 m.start())
        plain = speaker is not None
    b = a + len(body[a:b].rstrip(" .!?"))
    if b <= a or speaker is None or not speaker.name or is_news_outlet(speaker.name):
        return None
    words = len(_WORDS.findall(body, a, b))
    f: dict[str, float] = {"bias": 1.0}
    f["verb=" + verb] = 1.0
    for key, ws in classes.items():
        if verb in ws:
            f["class=" + key] = 1.0
    kind = "plain" if plain else _subject_kind(speaker, pronoun)
    f["subject=" + kind] = 1.0
    f["subject_spoke_elsewhere"] = 1.0 if id(speaker) in speakers else 0.0
    head = (speaker.name or "").split()[-1].casefold() if speaker.name else ""
    f["subject_media"] = 1.0 if head in _MEDIA_HEADS else 0.0
    f["verb_early"] = 1.0 if len(_WORDS.findall(before)) <= 4 else 0.0
    f["text_quoted"] = 1.0 if re.search(r"[\"“”]", body[a:b]) else 0.0
    f["subject_has_country"] = 1.0 if speaker.country else 0.0
    f["subject_has_role"] = 1.0 if speaker.role else 0.0
    f["tense_past"] = 1.0 if verb.split()[0].endswith("ed") or verb.split()[0] in ("said", "told", "wrote", "thought") else 0.0
    f["tense_present_s"] = 1.0 if verb.split()[0].endswith("s") and not verb.split()[0].endswith("ss") else 0.0
    f["verb_ing"] = 1.0 if verb.split()[0].endswith("ing") else 0.0
    f["that"] = 1.0 if _THAT.match(after) else 0.0
    f["object_then_that"] = 1.0 if _OBJECT_THEN_THAT.match(after) else 0.0
    f["infinitive"] = 1.0 if _INFINITIVE.match(after) else 0.0
    f["trailing"] = 1.0 if trailing else 0.0
    f["negation"] = 1.0 if _NEGATION.search(before) else 0.0
    f["modal"] = 1.0 if _MODAL.search(before) else 0.0
    f["passive"] = 1.0 if _PASSIVE.search(before) else 0.0
    f["relative"] = 1.0 if _RELATIVE.search(before) else 0.0
    f["circumstance_opener"] = 1.0 if _CIRCUMSTANCE.match(before) else 0.0
    f["question"] = 1.0 if body[s.start:s.end].rstrip().endswith("?") else 0.0
    f["reads_as_clause"] = 1.0 if _reads_as_clause(qf, body, a, b) else 0.0
    f["complement_is_clause"] = 1.0 if _complement_is_clause(qf, body, a, b) else 0.0
    first = _WORDS.findall(body, a, min(b, a + 40))[:1]
    first = first[0].casefold() if first else ""
    f["opens_object_word"] = 1.0 if first in _OBJECT_OPENERS else 0.0
    f["opens_preposition"] = 1.0 if first in qf.object_prepositions and first != "to" else 0.0
    f["opens_pronoun"] = 1.0 if first in _CLAUSE_PRONOUNS else 0.0
    f["opens_number"] = 1.0 if first[:1].isdigit() else 0.0
    f["person_and_clause"] = 1.0 if kind.startswith(("person", "pronoun")) and f["reads_as_clause"] else 0.0
    f["opens_upper"] = 1.0 if body[a:a + 1].isupper() else 0.0
    f["log_words"] = math.log1p(words) / 4
    f["short_clause"] = 1.0 if words < 5 else 0.0
    f["verb_far"] = 1.0 if len(_WORDS.findall(before)) > 12 else 0.0
    f["comma_after_verb"] = 1.0 if after.lstrip()[:1] == "," else 0.0
    f["first_sentence"] = 1.0 if position == 0 else 0.0
    f["position"] = position
    return Candidate(a, b, (s.start, s.end), speaker, verb, f)
