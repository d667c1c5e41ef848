"""Step 2 of `detect_conflict`: the sentence scan of pairs of countries (`scan_pairs`).

Sentence by sentence: counts the states named, scores the pairs joined beside a conflict word
(or only joined), the pairs a hostile act sets apart (subject on object), the partners, and tallies
the conflict, fighting, attack and sport words the later steps of `detect_conflict` weigh.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .clause_bounds import _clause_end
from .conflict_clauses import (
    _WAR_GAP,
    _clause_states,
    _cooperating,
    _dependencies,
    _ended,
    _everyday,
    _hostile,
    _negated,
    _passive_without_agent,
    _relation_named,
    _relative_act,
    _settles,
    _shared_target,
    _war_named,
)
from .conflict_lexicons import JOINED_ONLY, ConflictLexicon
from .country_hits import _inside, find_mentions
from .stance_roles import _Article


@dataclass
class PairScan:
    """What the sentence scan found: the states named, the pairs set apart, and the words of
    conflict, fighting and sport the later steps weigh."""
    body: str
    lex: ConflictLexicon
    slex: Any
    counts: dict[str, int] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    pair_scores: dict[frozenset, float] = field(default_factory=dict)
    # the pairs that something besides a bare join sets apart: a conflict word beside them, a hostile
    # act of one on the other, the headline (`France and Germany vowed ...`, `France and Germany will
    # breach that`, five times in a story of their row with the European Commission: a pair joined by
    # `and` alone, however often, is one side acting together, not two adversaries, unless the headline
    # names the two: `Pertemuan perdana Korsel dan Korut digelar di DMZ`)
    firm_pairs: set[frozenset] = field(default_factory=set)
    hostile_words: int = 0
    # conflict words that are not also everyday words (`antara`, `crisis`)
    strong_words: list[str] = field(default_factory=list)
    weak_words: int = 0
    hot_sentences: list[set] = field(default_factory=list)  # the states of each sentence with a conflict word
    # the states of the sentence of each word in strong_words
    strong_sentences: list[set] = field(default_factory=list)
    # the states of each sentence with a word in strong_words
    fight_sentences: dict[int, set] = field(default_factory=dict)
    strong_clauses: list[set] = field(default_factory=list)  # ... and of its comma clause
    # the states of the sentence of each everyday word of violence (lex.lone_state_context)
    weak_sentences: list[set] = field(default_factory=list)
    # each hot sentence's states, its words' clauses' states, and whether it holds a conflict word
    # that names no place (lex.place_words) or a hostile cue (not only `Kepolisian perbatasan Prancis`)
    hot_clauses: list[tuple[set, list[set], bool]] = field(default_factory=list)
    sport_words: int = 0
    # the states of the comma clause of each attack verb (lex.attacks)
    attack_sentences: list[set] = field(default_factory=list)
    # pairs named as partners (`kerja sama ... antara Suriah dengan Korea Utara`): two states
    # that work together (a weapons programme, a deal) are not each other's adversaries
    partners: set[frozenset] = field(default_factory=set)
    attacked: set[frozenset] = field(default_factory=set)  # pairs of a hostile act of one on the other in the text
    # each joined pair's sentences with a conflict word beside it, and whether a hostile cue is there too
    set_apart: dict[frozenset, set] = field(default_factory=dict)
    art: Any = None
    whole: list = field(default_factory=list)

    def body_hostile(self) -> list:
        """The hostile cues of the whole body, found once (several steps ask)."""
        if not self.whole:
            self.whole.append(_hostile(self.lex, self.slex, self.body, 0, len(self.body)))
        return self.whole[0]

    def add(self, a: str, b: str, score: float) -> None:
        key = frozenset((a, b))
        if key in _dependencies():
            return  # 'Hong Kong and China': a territory and its sovereign
        self.pair_scores[key] = self.pair_scores.get(key, 0.0) + score
        if score > JOINED_ONLY:
            self.firm_pairs.add(key)


def scan_pairs(body: str, lex: ConflictLexicon, slex: Any, finder: Any, ignored: list[tuple[int, int]],
               live: list[tuple[int, int]]) -> PairScan:
    """Step 2 of `detect_conflict`, sentence by sentence: the states named, the pairs joined, set
    apart by a conflict word or by a hostile act of one on the other, and the tallies of words."""
    scan = PairScan(body, lex, slex)
    counts, first, add = scan.counts, scan.first, scan.add
    strong_words, hot_sentences, strong_sentences = scan.strong_words, scan.hot_sentences, scan.strong_sentences
    fight_sentences, strong_clauses, weak_sentences = scan.fight_sentences, scan.strong_clauses, scan.weak_sentences
    hot_clauses, attack_sentences = scan.hot_clauses, scan.attack_sentences
    partners, attacked, set_apart = scan.partners, scan.attacked, scan.set_apart
    hostile_words = weak_words = sport_words = 0
    art = _Article(body, slex, finder, ignored, set())
    last_subject: list = []
    last_named: set = set()  # the states of the last sentence that named one
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        named = {hit.code for hit in hits}
        if not named and lex.state_references is not None and lex.state_references.search(body, s, e):
            named = set(last_named)  # `reported extensively on the nation's ongoing civil war`
        if hits:
            last_named = set(named)
        for hit in hits:
            counts[hit.code] = counts.get(hit.code, 0) + 1
            first.setdefault(hit.code, hit.start)
        sentence_words: list[int] = []  # starts of the conflict words besides `between`
        place_words: list[int] = []  # starts of the words that may name a place (`border`)
        hot = False
        all_words: list[int] = []  # starts of every conflict word of the sentence
        firm = False  # a conflict word of the sentence names no place (`perbatasan`, `border`)
        if lex.context is not None:
            idle = None  # (looked for only in a sentence with a conflict word: few have one)
            for match in lex.context.finditer(body, s, e):
                if idle is None:
                    idle = [m.span() for m in lex.not_conflict.finditer(body, s, e)] \
                        if lex.not_conflict is not None else []
                if any(a <= match.start() and match.end() <= b for a, b in idle):
                    continue  # `serangan jantung`, `a heart attack`: not a conflict word
                if _ended(lex, body, match, s, e):
                    continue  # `still rebuilding after a long civil war that ended years ago`: history
                if _negated(lex, body, match, s):
                    continue  # `has not by itself raised tensions`: no fight
                hostile_words += 1
                word = match.group().casefold()
                if lex.relation is None or not lex.relation.fullmatch(word):
                    # (`antara` / `between` alone names any relation: `kerja sama antara ...`,
                    # `belum disepakati antara pemerintah Myanmar ... dan Indonesia`)
                    hot = True
                    all_words.append(match.start())
                weak = lex.weak_context is not None and lex.weak_context.fullmatch(word) is not None
                if lex.place_words is None or not lex.place_words.fullmatch(word):
                    firm = True
                else:
                    place_words.append(match.start())
                if lex.relation is None or not lex.relation.fullmatch(word):
                    sentence_words.append(match.start())
                if weak:
                    weak_words += 1
                    if lex.lone_state_context is not None and lex.lone_state_context.fullmatch(word):
                        weak_sentences.append(named)
                else:
                    strong_words.append(word)
                    strong_sentences.append(named)
                    fight_sentences[s] = named
                    strong_clauses.append(_clause_states(body, hits, match.start(), s, e))
        for m in lex.attacks.finditer(body, s, e) if lex.attacks is not None else ():
            if not _inside(m.start(), m.end(), ignored) and not (
                    slex.negation_before is not None
                    and slex.negation_before.search(body, max(s, m.start() - 50), m.start())):
                attack_sentences.append(_clause_states(body, hits, m.start(), s, e))
        if lex.sport is not None:
            sport_words += sum(1 for _ in lex.sport.finditer(body, s, e))
        # `antara X dan Y`, `X-Y war`, `X dan Y saling ...`
        discounted: set[int] = set()
        for a, b in zip(hits, hits[1:]):
            if a.code == b.code or b.start - a.end > 12:
                continue
            if not lex.joiner_gap.match(body, a.end, b.start):
                continue
            if _cooperating(lex, body, max(s, a.start - 45), _clause_end(body, b.end, e)[0]):
                # `agreement between Turkey and Libya`: partners, not adversaries (unless what they
                # agree on settles a fight between them: `perjanjian gencatan senjata antara ...`)
                if not _settles(slex, body, max(s, a.start - 45), _clause_end(body, b.end, e)[0]):
                    partners.add(frozenset((a.code, b.code)))
                continue
            if lex.background is not None and lex.background.search(body, max(s, a.start - 40), a.start):
                continue  # `a commemoration of the Iran-Iraq War`: history, not the story
            if _shared_target(lex, slex, body, s, a.start):
                continue  # `serangan nuklir ke Korea Selatan dan Amerika Serikat`: one side, both hit
            if _relation_named(lex, body, s, e, a, b, hits):
                continue  # `hubungan antara Rusia dan AS mencapai level terburuk`: how they get on
            near_words = [] if lex.context is None else [
                m for lo, hi in ((max(s, a.start - 30), a.start), (b.end, min(e, b.end + 25)))
                for m in lex.context.finditer(body, lo, hi)]
            near = bool(near_words)
            others = set(sentence_words) - {m.start() for m in near_words}
            if set(place_words) & {m.start() for m in near_words}:
                # (beside a pair that a place word names, another place word of the sentence names a
                # place too: `di jalur perbatasan ... di sepanjang perbatasan Thailand - Kamboja`)
                others -= set(place_words)
            if near and all(_everyday(lex, m.group()) for m in near_words) and not others \
                    and not _hostile(lex, slex, body, s, e):
                # `kerja sama antara Indonesia dan Australia`, `golf between Trump and Abe`: `between`
                # alone is any relation; `the U.S.-Mexico border crossing between El Paso and ...`:
                # an everyday word (lex.weak_context) beside the pair names a place or a relation.
                # They make a conflict pair only in a sentence with another conflict word or a
                # hostile cue.
                near = False
                discounted.update(m.start() for m in near_words)
            add(a.code, b.code, 1.5 if near else JOINED_ONLY)
            if near:
                set_apart.setdefault(frozenset((a.code, b.code)), set()).add(
                    (s, bool(_hostile(lex, slex, body, s, e))))
        if hot and any(w not in discounted for w in all_words):
            # (the everyday words that only named a pair's place set no states apart)
            hot_sentences.append({hit.code for hit in hits})
            # (nor does a war a state names, `the Iraq war`, `the war in Iraq`, set that state against
            # another of the sentence: `Lord Goldsmith warned Tony Blair that the Iraq war could be
            # illegal` in a story of a row in British politics)
            hot_clauses.append(({hit.code for hit in hits},
                                [_clause_states(body, hits, w, s, e) for w in all_words
                                 if w not in discounted and not _war_named(lex, body, hits, w)],
                                firm or bool(_hostile(lex, slex, body, s, e))))
        # X attacks / sanctions / condemns Y: the sentence's subject and the first country after
        subject = art.subject(hits, s, e, [])
        if subject:
            last_subject = subject
        elif last_subject and slex.pronoun_subjects is not None \
                and slex.pronoun_subjects.match(body, s, e):
            subject = last_subject  # `He announced ...`: the state of the last sentence's subject
        if not subject:
            continue
        for match in _hostile(lex, slex, body, max(s, subject[-1].end), e):
            clause_end = _clause_end(body, match.end(), e)[0]
            if lex.clause_openers is not None:
                # `Jepang khawatir ... jika Korut benar-benar melaksanakan rencana serangan ke Guam`:
                # a clause opened after the subject has its own subject, the state right after the
                # opener; and an opener after the cue (`... terjadi sehingga meminta perlindungan
                # AS`) ends the cue's clause
                openers = list(lex.clause_openers.finditer(body, subject[-1].end, match.start()))
                if openers:
                    inner = [h for h in hits if openers[-1].end() <= h.start and h.end <= match.start()]
                    if inner and not art.blocked(inner[0], openers[-1].end()):
                        subject = [inner[0]]
                after = lex.clause_openers.search(body, match.end(), clause_end)
                if after is not None:
                    clause_end = after.start()
            if lex.relative_owner is not None:
                # `Rusia bereaksi keras terhadap aksi Amerika Serikat yang menembakkan 59 rudal ke
                # pangkalan udara ... milik Suriah`: a state right before a relative clause holding the
                # cue (its official's name may stand between) is the cue's subject
                owner = [h for h in hits if subject[-1].end <= h.start and h.end <= match.start()]
                if owner and lex.relative_owner.fullmatch(body, owner[-1].end, match.start()):
                    subject = [owner[-1]]
            if subject[-1].end <= match.start() and _relative_act(art, lex, body, subject[-1].end, match):
                continue  # `Kepolisian Jepang menahan dua pria yang menembaki kantor ...`: the men's act
            if _passive_without_agent(slex, body, s, match, clause_end):
                continue  # `new casinos will be barred from copying US methods`: the subject is the target
            objects: list = []
            for hit in hits:
                if hit.start < match.end() or hit.start > min(clause_end, match.end() + 100):
                    continue
                if not objects and lex.attack_owner is not None \
                        and lex.attack_owner.fullmatch(body, match.start(), hit.start):
                    # `tewas dalam serangan AS di Nangarhar`, `invasi Rusia`: the state right after
                    # a noun of attack owns it; the attacker, not its object (the attack is its act:
                    # a state after it is its object)
                    subject = [hit]
                    continue
                if objects:
                    # `condemned by Egypt, Greece and Cyprus`: every country of the list
                    if slex.coordinator_gap.match(body, objects[-1].end, hit.start):
                        objects.append(hit)
                        continue
                    break
                if lex.relative is not None and lex.relative.search(body, match.end(), hit.start):
                    break  # `accused rebels who are backed by France`: the object is not a state
                if not objects and lex.scene is not None and lex.scene.search(body, match.end(), hit.start) \
                        and not (lex.directed is not None and lex.directed.search(match.group())):
                    continue  # `serangan udara AS di dekat Sarmada, Suriah`: where, not on whom
                if lex.war is not None and lex.war.match(body, _WAR_GAP.match(body, hit.end).end()):
                    continue  # `refused to publish ... advice on whether the Iraq war was lawful`: a war's name
                if hit.code in {h.code for h in subject}:
                    continue
                objects.append(hit)
            for obj in objects:
                if obj.code in {h.code for h in subject}:
                    continue
                for index, subj in enumerate(subject):
                    add(subj.code, obj.code, 1.0 if index == 0 else 0.5)
                    attacked.add(frozenset((subj.code, obj.code)))
            break
    scan.hostile_words, scan.weak_words, scan.sport_words = hostile_words, weak_words, sport_words
    scan.art = art
    return scan
