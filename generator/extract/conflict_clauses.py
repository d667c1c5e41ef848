"""What one sentence or clause says of conflict, for `detect_conflict`.

Decides whether a conflict word counts (not over, not negated, not only a war's name), whether a
cue is hostile (`_hostile`) and whose act it is (a relative clause about people, a passive with no
agent, the armed group's own), whether a joined pair is partners, one side hit together, or only
named in their relations, and which states a comma clause holds. Also the live sentences
(`_live_spans`) and whether a phrase is said in them (`_said`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .clause_bounds import _clause_start
from .conflict_lexicons import ConflictLexicon
from .country_hits import _inside
from .gazetteer import sovereigns
from .phrase_tables import normalise_phrase
from .stance_inputs import span_of


def _cooperating(lex: ConflictLexicon, text: str, start: int, end: int) -> list:
    """The words of cooperation (lex.cooperation) in text[start:end] that are no part of a conflict
    word (`penghentian kerja sama militer`, `suspended military cooperation`: ties ended)."""
    if lex.cooperation is None:
        return []
    found = list(lex.cooperation.finditer(text, start, end))
    if found and lex.context is not None:
        ended = [m.span() for m in lex.context.finditer(text, max(0, start - 30), end)]
        found = [m for m in found if not any(a <= m.start() and m.end() <= b for a, b in ended)]
    return found


def _live_spans(body: str, sentences: list, ignored: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for sentence in sentences:
        s, e = span_of(sentence)
        if any(a <= s and b >= e for a, b in ignored):
            continue
        out.append((s, e))
    return out


def _ended(lex: ConflictLexicon, body: str, word: re.Match, start: int, end: int) -> bool:
    """The conflict word is a war said to be over: a phrase of ending (lex.ended_after: `ended`,
    `came to an end`) at most three words after it, or one of recovery (lex.ended_before:
    `recovering from`, `since the end of`) at most four words before it, in its clause. Only a
    war or a conflict (lex.ended_wars): `the ceasefire ended` tells fighting again."""
    if lex.ended_wars is None or not lex.ended_wars.fullmatch(word.group()):
        return False
    if lex.ended_after is not None:
        after = lex.ended_after.search(body, word.end(), min(end, word.end() + 40))
        if after is not None and re.fullmatch(r"\W*(?:\w+\W+){0,3}", body[word.end():after.start()]):
            return True
    if lex.ended_before is not None:
        before = list(lex.ended_before.finditer(body, max(start, word.start() - 50), word.start()))
        # (four words, a possessive one, within the clause: `after the end of Lebanon's long
        # civil war`)
        if before and re.fullmatch(r"\s*(?:[\w'\u2019-]+\s+){0,4}", body[before[-1].end():word.start()]):
            return True
    return False


_WAR_GAP = re.compile(r"[\s-]*")


def _negated(lex: ConflictLexicon, body: str, word: re.Match, start: int) -> bool:
    """A negator (lex.negated: `not`, `never`, `no`) a few words before the conflict word, in its
    clause: `has not by itself raised tensions`, `no plan for an invasion`."""
    if lex.negated is None:
        return False
    return lex.negated.search(body[max(start, word.start() - 60):word.start()]) is not None


def _war_named(lex: ConflictLexicon, body: str, hits: list, pos: int) -> bool:
    """The conflict word at `pos` is a war (lex.war) that a state names: right after it (`the Iraq
    war`, `Syrian civil war`) or right before it, through at most a preposition of place
    (lex.war_places: `the war in Iraq`, `perang di Suriah`, `perang Irak`)."""
    word = lex.war.match(body, pos) if lex.war is not None else None
    if word is None:
        return False
    for hit in hits:
        if hit.end <= pos and _WAR_GAP.fullmatch(body, hit.end, pos):
            return True
        if hit.start >= word.end() and lex.war_places is not None \
                and lex.war_places.fullmatch(body, word.end(), hit.start):
            return True
    return False


def _said(regex: re.Pattern | None, body: str, live: list[tuple[int, int]],
          ignored: list[tuple[int, int]]) -> bool:
    """A phrase of `regex` in a live sentence of the body (not a related headline)."""
    if regex is None:
        return False
    return any(not _inside(m.start(), m.end(), ignored)
               for s, e in live for m in regex.finditer(body, s, e))


def _aux_passive(slex: Any, body: str, lo: int, cue: re.Match) -> bool:
    """The cue is a participle right after a passive auxiliary (slex.passive_aux: `will be banned`,
    `was attacked`; not a progressive `is attacking`), not one ending in its own agent marker
    (`condemned by`), in text from `lo` on."""
    words = cue.group().split()
    if slex.passive_aux is None or not words or words[-1].casefold().endswith("ing") \
            or normalise_phrase(words[-1]) in slex.passive_words:
        return False
    return slex.passive_aux.search(body[max(lo, cue.start() - 40):cue.start()]) is not None


def _passive_without_agent(slex: Any, body: str, start: int, cue: re.Match, clause_end: int) -> bool:
    """The cue is a passive (`_aux_passive`) with no agent marker a few words after it (`by`): the
    subject is what the act is done to, and no state after the cue did it (`Controversial new UK
    casinos will be barred from copying US methods`)."""
    return slex.passive_marker is not None and _aux_passive(slex, body, start, cue) \
        and slex.passive_marker.match(body, cue.end(), clause_end) is None


def _relative_act(art: Any, lex: ConflictLexicon, body: str, lo: int, cue: re.Match) -> bool:
    """The attack `cue` stands in a relative clause about a noun after the subject (ending at `lo`),
    in the cue's clause: a relative marker (`yang`, `who`, `which`) after the subject, not right
    after it or after another state (`Amerika Serikat yang menembakkan ...`: the state's act, see
    lex.relative_owner), nor after a noun of a state's forces (`Rusia mengirim pasukan yang
    menyerang ...`, `troops who attacked`: the state's own). `Kepolisian Jepang menahan dua pria
    yang menembaki kantor ...`: the men shot, the police of Japan only arrested them.
    (Attacks only, acts done by the people the clause is about: an opposing cue there, `tahanan yang
    menolak makan`, is still read as the subject's. Nor a passive one, `Yerusalem Timur, yang direbut
    Israel`, `which was seized by Israel`: the noun is what the act is done to, its agent a state.)"""
    slex = art.lex
    if slex.relative_word is None or lex.attacks is None or not lex.attacks.fullmatch(cue.group()):
        return False
    words = cue.group().split()
    if normalise_phrase(cue.group()) in slex.passive_forms or normalise_phrase(words[-1]) in slex.passive_words \
            or _aux_passive(slex, body, lo, cue):
        return False
    markers = list(slex.relative_word.finditer(body, _clause_start(body, cue.start(), lo), cue.start()))
    if not markers or not body[lo:markers[-1].start()].strip(" ,"):
        return False
    head = body[lo:markers[-1].start()].rstrip(" ,")
    return lex.armed_forces is None or not any(m.end() == len(head) for m in lex.armed_forces.finditer(head))


def _group_act(lex: ConflictLexicon, body: str, pos: int) -> bool:
    """A named armed group stands right before `pos`, at most two words away (`ISIS mengancam`,
    `the Taliban then threatened`): what follows is the group's own act."""
    groups = list(lex.armed_groups.finditer(body, max(0, pos - 40), pos))
    return bool(groups) and re.fullmatch(r"\W*(?:\w+\W+){0,2}", body[groups[-1].end():pos]) is not None


_LAST_CLAUSE_MARK = re.compile(r"[,;:](?!.*[,;:])", re.S)


def _shared_target(lex: ConflictLexicon, slex: Any, body: str, s: int, pos: int) -> bool:
    """A joined pair at `pos` is the shared object of a hostile act: a preposition of direction
    (lex.shared_target: `ke`, `terhadap`) right before it, with a conflict word or hostile cue at
    most 60 characters before the preposition, in the same clause (`serangan nuklir ke Korea
    Selatan dan Amerika Serikat`, `sanksi terhadap Iran dan Korea Utara`): the two are hit
    together, on one side, not each other's adversaries."""
    if lex.shared_target is None:
        return False
    prep = lex.shared_target.search(body, max(s, pos - 30), pos)
    if prep is None:
        return False
    lo = max(s, prep.start() - 60)
    mark = _LAST_CLAUSE_MARK.search(body, lo, prep.start())
    if mark is not None:
        lo = mark.end()
    if lex.context is not None and any(lex.relation is None or not lex.relation.fullmatch(m.group().casefold())
                                       for m in lex.context.finditer(body, lo, prep.start())):
        return True
    return bool(_hostile(lex, slex, body, lo, prep.start()))


def _relation_named(lex: ConflictLexicon, body: str, s: int, e: int, a: Any, b: Any, hits: list) -> bool:
    """A joined pair a, b right after a noun of relations (at most one word between: `hubungan antara
    Rusia dan AS`, `relations between ...`) or right before one (`US-Russia relations`), in a sentence
    whose conflict words are everyday ones or name a conflict of other states (`mencapai level terburuk
    ... sebagai akibat konflik yang terjadi di Ukraina dan Suriah`): the pair's relation is named, good
    or bad, as background, not a fight between the two (`memburuk setelah perselisihan soal bangkai
    kapal` is one; `ketegangan hubungan ...` too)."""
    if not (lex.relation_before is not None and lex.relation_before.search(body, max(s, a.start - 30), a.start)
            or lex.relation_after is not None and lex.relation_after.match(body, b.end, e)):
        return False
    if lex.context is None:
        return True
    pair = {a.code, b.code}
    idle = [m.span() for m in lex.not_conflict.finditer(body, s, e)] if lex.not_conflict is not None else []
    for word in lex.context.finditer(body, s, e):
        if _everyday(lex, word.group()) or any(x <= word.start() and word.end() <= y for x, y in idle):
            continue  # (`sejak Perang Dingin`: no conflict word)
        elsewhere = [h for h in hits if word.end() <= h.start <= word.end() + 25]
        if not elsewhere or elsewhere[0].code in pair:
            return False
    return True


def _settles(slex: Any, text: str, start: int, end: int) -> bool:
    """A term of settling a fight (slex.calls_for: a ceasefire, peace, talks) in text[start:end]:
    an agreement about it is made between adversaries."""
    return any(True for _ in slex.calls_for.finditer(text, start, end))


def _everyday(lex: ConflictLexicon, word: str) -> bool:
    """A conflict word that is also an everyday word: `between`, `border`, `crisis`."""
    return any(regex is not None and regex.fullmatch(word.casefold()) is not None
               for regex in (lex.relation, lex.weak_context))


def _hostile(lex: ConflictLexicon, slex: Any, body: str, start: int, end: int):
    """Attack verbs and the opposing cues of the stance lexicon, in text order; a negated one
    (`I put no pressure on them`, `did not attack`: slex.negation_before) is none."""
    found = []
    if lex.attacks is not None:
        found += list(lex.attacks.finditer(body, start, end))
    for match in slex.cues.finditer(body, start, end):
        category = slex.category_of(match)
        if category is not None and category.position == "opposes" and category.hostile:
            found.append(match)
    if slex.negation_before is not None:
        found = [m for m in found
                 if not slex.negation_before.search(body, max(start, m.start() - 50), m.start())]
    found.sort(key=lambda m: m.start())
    return found


_CLAUSE_MARK = re.compile(r"[,;:\n]")


def _clause_states(body: str, hits: list, pos: int, start: int, end: int) -> set:
    """The states named in the comma clause around `pos` (`which is currently in a military
    conflict with Russia`), inside the sentence [start, end)."""
    lo = start
    for mark in _CLAUSE_MARK.finditer(body, start, pos):
        lo = mark.end()
    mark = _CLAUSE_MARK.search(body, pos, end)
    hi = mark.start() if mark is not None else end
    return {hit.code for hit in hits if lo <= hit.start and hit.end <= hi}


@lru_cache(maxsize=1)
def _dependencies() -> frozenset:
    """Each territory with its sovereign, as an unordered pair."""
    return frozenset(frozenset(pair) for pair in sovereigns().items())
