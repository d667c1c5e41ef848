"""Which side each country takes in an article's conflict: `extract_stances`.

For every country the article gives a position for, one stance of schema v1:
`party` (a party to the conflict), `backs` + `side`, `opposes` + `side`, or `neutral`
(appeals for a ceasefire, restraint or talks without taking a side; offers to mediate).

How it reads an article, sentence by sentence (related-headline lines are never evidence):

1. Cues. One precompiled alternation per language finds the cue phrases of
   `generator/lang/<lang>.stances.yaml` (support, alliance, aid, recognition; criticism,
   accusation, rejection, threats and sanctions; appeals, mediation, settlement formulae,
   concern; grounded in CAMEO/PLOVER, see the data file).
2. Who acts. Inside a quote the actor is the quote's speaker country (`country` of the quote
   dict); a first-person pronoun stands for it. In the reporter's own text the actor is the first
   country named in the sentence that is not governed by a preposition (`kepada Armenia`, `with
   Russia`; an office of the state is not such a preposition: `The president of Turkey vowed ...`,
   nor is a sentence's opening `And`; a member listed after a governed noun is governed too: `ke
   negara lain, termasuk Indonesia`) or, failing that, the speaker country of a quote in the same
   sentence, or the actor of the previous sentences (a pronoun such as `mereka`, or a section
   heading such as `Iran` on a line of its own); never in the quote of a speaker of no state (a
   cleric, an activist). A subject may be a group (`Egyptian
   minister X and his Greek and French counterparts`); a sentence opening with a plural
   pronoun (`They concluded ...`) refers back to the last group named, and one opening with a
   dual pronoun (`Keduanya bertemu guna ...`) to the two states the previous sentence names. In the passive voice
   (`was condemned in a joint statement by Egypt and Cyprus`, `a coalition which was joined by
   Australia`) the countries after the agent marker act, and the patient before the cue (or
   the previous sentence's party) is the target; a language without passive auxiliaries reads
   the agent only right after the cue (`Kanada yang didukung oleh Amerika Serikat`), or right
   after a passive form without a marker (`passive_forms`: `yang didukung Iran`).
3. Claims. A country named after a verb of claiming (`Turki menuduh Prancis berpihak ke
   Armenia`), or named as the subject inside someone else's quote, takes the cue as a claim:
   the stance is recorded with `claimed_by` = the actor and is never the country's own.
4. Target. Backing and opposing cues point at the nearest party named after the cue (or
   before it, for nouns such as `dukungan penuh`); a cue aimed at both parties, or at a party
   and another state after a between word (`kerja sama antara Myanmar dan Bangladesh`), is neutral.
   Agreements (`target: mutual` / `between`): a country that signs or agrees with exactly one party
   (`Turkey and Libya signed ...`, `a deal with Greece`, `an agreement between Cyprus, Greece and
   Israel`) backs it; states that arrange a truce among themselves, none a party (`zona de-eskalasi
   atas kesepakatan antara Rusia, Iran, dan Turki`), are neutral. A state written just before
   `-backed` (`the Armenian-backed separatists`) is the backer. Backing another country's effort at
   talks (`mendukung upaya Korsel untuk memulai kembali dialog`) is that country's neutral stance,
   claimed by the backer; `X is our friend` in a party's quote points at the speaker. An appeal
   aimed at one party is a demand on it, unless it asks for aid or protection (`aid_requests`: `meminta
   kepastian perlindungan AS`): then it backs that party. An act named as the
   cue's object without its state (`criticized the move`, `found the air strike justified`:
   `act_objects`) is the act of the lead party, the first party that is a sentence's subject; a
   participle right before its agent (`an operation supported by Russia`) is passive.
   A state in a coalition fighting the armed group the story names often (`utusan Amerika Serikat
   di koalisi internasional yang memerangi ISIS`, `the US-led coalition against ISIS`) backs the one
   party; the members of a bloc a party leads or speaks for (`atas nama 17 negara`), listed after
   a reference to it (`Daftar dari negara-negara tersebut juga termasuk ...`), back that party; the
   sponsors of a measure one party opposes (`Netanyahu mengecam rencana ... mendorong resolusi`;
   `Draf resolusi itu ... diajukan ... oleh sejumlah negara seperti Turki`) oppose that party.
   In a conflict with one state party (its other side no state): backing an armed side
   (`gerilyawan yang didukung Prancis`, `rebels backed by Iran`) opposes the party, and a cue
   that names no state but may point at it alone (`lone_party`: `menyebut krisis ini sebagai
   genosida`) does. An organisation named first after an opposing cue (`menuding PBB ...`) is
   what the cue opposes; a cue in a relative clause about a noun (`... negaranya yang dapat
   mengancam Israel`) is not the subject's act.
5. Modality. A negator just before the cue (`tidak mendukung`, `does not support`,
   `menolak mendukung`) turns backing into weak neutral evidence; conditionals (`jika`, `if`)
   and hearsay weaken a cue; a cue in a question is not evidence.
6. Decision per country: evidence weights are combined with a noisy-OR; with two parties A
   and B, `opposes A` and `backs B` are the same side. A side wins with confidence >= 0.5;
   otherwise appeals, mediation and settlement formulae make the country neutral. Partisan
   evidence outranks neutral evidence (an ally can call for talks too).

Stance ids are stable: the lower-case country code, plus `-claimed-by-xx` for claims.
"""
from __future__ import annotations

import re
from typing import Any

from .clause_bounds import _clause_end, _clause_start
from .country_hits import _inside, find_mentions, home_bodies
from .military_ties import coalition_members, group_counts, helped_forces, joint_forces
from .phrase_tables import alternation  # noqa: F401 (tests import it from here)
from .phrase_tables import normalise_phrase
from .stance_decision import _decide
from .stance_evidence import (
    EASED,
    PARTISAN,
    SPONSOR_WEIGHT,
    Evidence,
    _agreement,
    _armed_side_backers,
    _blame,
    _bloc_members,
    _calls_for,
    _claim_subject,
    _evidence,
    _members,
    _modality,
    _names_an_act,
    _negated,
    _opposes_measure,
    _party_partner,
    _pushed_easing,
    _quote_field,
    _quote_span,
    _relative_between,
    _stateless_quote_subject,
    measure_sponsors,
)
from .stance_inputs import span_of
from .stance_lexicons import StanceLexicon, stance_lexicon
from .stance_roles import _Article


JOINT_FORCES_WEIGHT = 0.6  # as a joint exercise (CAMEO 062)
HELPS_WEIGHT = 0.8  # as military aid (CAMEO 07)
COALITION_WEIGHT = 0.7  # as an alliance (CAMEO 057, 062)
GROUP_NAMED = 3  # how often the armed group a coalition fights is named: the story's enemy


def _headings(body: str, finder: Any, lexicon: StanceLexicon,
              ignored: list[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """Short lines without end punctuation: (line start, country code or None)."""
    out = []
    pos = 0
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        text = line.strip()
        if not text or len(text) > 40 or text[-1] in ".!?\"'\u201d:;,)" or _inside(start, end, ignored):
            continue
        if len(text.split()) > 4:
            continue
        hits = find_mentions(body, start, end, finder, lexicon, ignored)
        codes = {h.code for h in hits}
        covered = sum(h.end - h.start for h in hits)
        if len(codes) == 1 and covered >= 0.5 * len(text):
            out.append((start, next(iter(codes))))
        else:
            out.append((start, None))
    return out


def extract_stances(body: str, pack: Any, sentences: list, quotes: list, finder: Any,
                    conflict: dict | None, ignored_spans: list | None = None) -> list[dict]:
    """Stances of schema v1 (dicts) for the countries the article gives a position for."""
    if not conflict or not conflict.get("parties"):
        return []
    lex = stance_lexicon(pack)
    parties: list[str] = list(dict.fromkeys(conflict["parties"]))
    ignored = [span_of(s) for s in (ignored_spans or [])]
    art = _Article(body, lex, finder, ignored, set(parties))
    art_parties = parties
    quotes = [q for q in (quotes or []) if _quote_span(q) is not None]
    quote_spans = [(_quote_span(q), q) for q in quotes]
    headings = _headings(body, finder, lex, ignored)
    heading_index = 0
    context: list[str] = []  # who the previous sentences were about: 'They concluded ...'
    group: tuple[list[str], int] = ([], -9)  # the last group of 2+ countries, and its sentence
    evidence: list[Evidence] = []
    first_seen: dict[str, tuple[int, int]] = {}
    lead: str | None = None  # the first party that is a sentence's subject: whose acts the story tells
    last_named: list[str] = []  # the states the previous sentence names
    bloc: tuple[str | None, int] = (None, -9)  # the party that leads a bloc of states, and its sentence
    sponsors: list[tuple[str, list[int], int]] = []  # the states that sponsor a measure (a resolution)
    measure_opponents: set[str] = set()  # the parties that oppose one
    # the armed groups the story names often: the enemies of a one-sided war (`coalition_members`)
    enemies: set[str] = set()
    if len(art_parties) == 1:
        enemies = {name for name, n in group_counts(body, lex, ignored).items() if n >= GROUP_NAMED}

    for s_index, sentence in enumerate(sentences):
        s_start, s_end = span_of(sentence)
        dual_ref = False
        if lex.dual_pronoun is not None and len(last_named) == 2 \
                and lex.dual_pronoun.match(body, s_start):
            context, dual_ref = list(last_named), True  # `Keduanya ...`: the two just named
        plural_ref = lex.plural_pronoun is not None and bool(lex.plural_pronoun.match(body, s_start))
        if len(context) >= 2:
            group = (list(context), s_index)
        elif plural_ref and group[0] and s_index - group[1] <= 2:
            context = list(group[0])  # `They concluded ...` after a one-country sentence
        plural_ref = plural_ref and len(context) >= 2
        while heading_index < len(headings) and headings[heading_index][0] <= s_start:
            context = [headings[heading_index][1]]
            heading_index += 1
        if _inside(s_start, s_end, ignored) and all(
                s <= s_start and e >= s_end for s, e in ignored if s < s_end and e > s_start):
            continue
        hits = find_mentions(body, s_start, s_end, finder, lex, ignored)
        last_named = list(dict.fromkeys(h.code for h in hits))
        for hit in hits:
            if hit.code in art.parties and hit.code not in first_seen:
                first_seen[hit.code] = (s_start, s_end)
        in_sentence = [(span, q) for span, q in quote_spans if span[0] < s_end and span[1] > s_start]
        for helper, helped, at in helped_forces(body, lex, hits, s_start, s_end):
            if helped.code in art.parties and helper.code not in art.parties:
                evidence.append(Evidence(helper.code, None, "backs", helped.code, HELPS_WEIGHT,
                                         [s_start, s_end], [], at))
        for run in joint_forces(body, lex, hits, s_start, s_end):
            sides = {h.code for h in run if h.code in art.parties}
            if len(sides) == 1:
                side = next(iter(sides))
                for code in dict.fromkeys(h.code for h in run if h.code not in art.parties):
                    evidence.append(Evidence(code, None, "backs", side, JOINT_FORCES_WEIGHT,
                                             [s_start, s_end], [], run[0].start))
        sponsors += measure_sponsors(art, hits, s_start, s_end)
        if lex.bloc_lead is not None and lex.bloc_lead.search(body, s_start, s_end):
            led = {h.code for h in hits if h.code in art.parties}
            if len(led) == 1:
                bloc = (next(iter(led)), s_index)  # `... dibuat atas nama 17 negara` (by Belarus)
        if bloc[0] and s_index - bloc[1] <= 2:
            evidence += _bloc_members(art, hits, bloc[0], s_start, s_end)
        if len(art_parties) == 1:
            for code, at in coalition_members(body, lex, hits, s_start, s_end, enemies):
                if code not in art.parties:
                    # in a war of one state on an armed group, a member of the coalition fighting
                    # that group is on the state's side
                    evidence.append(Evidence(code, None, "backs", art_parties[0], COALITION_WEIGHT,
                                             [s_start, s_end], [], at))
        quoted = [span for span, _ in in_sentence]
        speaker_codes = [(_quote_field(q, "country")) for _, q in in_sentence
                         if _quote_field(q, "country")]
        reporter_subject = art.subject(hits, s_start, s_end, quoted)
        if lead is None:
            lead = next((h.code for h in reporter_subject if h.code in art.parties), None)

        for match in lex.cues.finditer(body, s_start, s_end):
            c_start, c_end = match.span()
            if _inside(c_start, c_end, ignored):
                continue
            category = lex.category_of(match)
            if category is None:
                continue
            # a negating word that is also a cue (`menolak mendukung`) is only a negator
            if normalise_phrase(match.group()) in lex.negators:
                nxt = lex.cues.regex.search(body, c_end, min(s_end, c_end + 25))
                if nxt is not None:
                    continue
            quote = next((q for span, q in in_sentence if span[0] <= c_start < span[1]), None)
            if quote is not None and match.group().split()[0].casefold().endswith("ing") \
                    and body[max(0, c_start - 2):c_start] == ", ":
                # '"The airline transports weapons ..., supporting the Iranian regime"': the
                # participle's subject is the clause's (the airline), not the speaker
                continue
            factor = 1.0
            claimed_by: str | None = None
            actors: list[str] = []
            direction: str | None = None
            clause_end, _ = _clause_end(body, c_end, s_end)
            if category.target == "subject":
                evidence += _blame(art, category, hits, quote, reporter_subject, quoted,
                                   s_start, c_start, c_end, s_end)
                continue
            listed = _members(art, category, hits, quote, s_start, c_start, c_end, s_end)
            if listed or category.members:
                evidence += listed  # (a noun of supporters without a list names no backer)
                continue
            backers, backing = _armed_side_backers(art, category, hits, s_start, c_start, c_end, s_end)
            if backers:
                # `(Suriah) balik menuduh gerilyawan yang didukung Prancis, Inggris, Turki dan Arab
                # Saudi`: in a one-sided conflict, backing the side that is no state opposes the
                # state; inside a quote of another state it is that state's claim
                party = art_parties[0]
                speaker = _quote_field(quote, "country") if quote is not None else None
                claim = speaker if speaker and speaker not in backers else None
                ref = _quote_field(quote, "id") if quote is not None else [s_start, s_end]
                factor = _modality(art, c_start, c_end, s_start, s_end)
                for code in backers:
                    evidence.append(Evidence(code, claim, backing, party, category.weight * factor,
                                             ref, [], c_start))
                continue
            agents = [] if category.target in ("mutual", "between") else art.passive_agents(
                hits, c_start, c_end, s_start, clause_end)
            owner = art.act_owner(hits, c_start, s_start)
            if agents:
                actors = list(dict.fromkeys(h.code for h in agents))
                direction = "before"  # the patient of the passive comes before the cue
            elif owner is not None:
                actors = [owner.code]
            elif quote is not None and plural_ref and _quote_field(quote, "country") not in context:
                actors = list(context)  # `They concluded that ... "null and void"`: theirs
                factor *= 0.85
            elif quote is not None and _quote_field(quote, "country"):
                speaker = _quote_field(quote, "country")
                q_start, _ = _quote_span(quote)
                inner = art.subject(hits, max(q_start, _clause_start(body, c_start, q_start)),
                                    c_start, [])
                pronoun = lex.first_person is not None and inner and lex.first_person.search(
                    body, inner[-1].end, c_start)
                if inner and not pronoun and any(h.code != speaker for h in inner) \
                        and _relative_between(art, inner[-1].end, c_start):
                    continue  # `... negara Palestina di tengah negaranya yang dapat mengancam
                    # keamanan Israel`: the relative clause's subject is a noun, not the state
                group_subject = [h.code for h in reporter_subject if h.end <= q_start]
                if inner and not pronoun and any(h.code != speaker for h in inner):
                    actors = [h.code for h in inner]
                    if category.claimable:
                        claimed_by = speaker
                elif speaker in group_subject and len(set(group_subject)) > 1:
                    # `Amerika Serikat, Australia dan Jepang meminta ...`: the quote of a group
                    # subject is every state's of the group, not only the one named first
                    actors = list(dict.fromkeys(group_subject))
                else:
                    actors = [speaker]
            elif quote is not None and (stateless := _stateless_quote_subject(art, quote, hits, c_start)):
                # `"Baik Presiden Perancis dan Menteri Luar Negeri Bangladesh menyebut krisis ini
                # sebagai genosida," kata (a speaker of no state)`: the states the quote names act
                actors = stateless
            else:
                before = [h for h in reporter_subject if h.end <= c_start]
                if before and _relative_between(art, before[-1].end, c_start):
                    continue  # the cue is in a relative clause about a noun, not the subject's act
                if before:
                    actors = [h.code for h in before]
                    claim = _claim_subject(art, hits, before[-1].end, c_start, quoted)
                    if claim is not None and claim.code not in actors:
                        claimed_by = actors[0] if category.claimable else None
                        actors = [claim.code]
                elif quote is not None:
                    continue  # in the quote of a speaker of no state (a cleric, an activist): theirs,
                    # not the act of the state the previous sentences were about
                elif speaker_codes and not plural_ref:
                    actors = [speaker_codes[0]]
                elif context:
                    actors = list(context)
                    if not dual_ref:  # (a dual pronoun names its two as surely as a subject)
                        factor *= 0.85
            actors = [a for a in actors if a]  # a context or speaker with no state is no actor
            if not actors:
                continue
            factor *= _modality(art, c_start, c_end, s_start, s_end)
            if factor <= 0:
                continue
            lifted = category.position == "opposes" and art.lex.lifted_after is not None \
                and art.lex.lifted_after.search(body, c_end, clause_end) is not None
            negated = _negated(art, c_start, s_start) or lifted
            pushed = _pushed_easing(art, c_start, s_start, lifted) if category.position == "opposes" else -1
            if pushed >= 0:
                # `two leaders urged that the ban be lifted`: backing its target; the
                # push itself (`called for`) demands nothing of that state
                negated = EASED
                evidence = [item for item in evidence if not (
                    item.country in actors and item.kind == "opposes" and pushed <= item.position < c_start)]
            ref = _quote_field(quote, "id") if quote is not None else None
            if ref is None:
                covering = next((q for span, q in quote_spans if span[0] <= c_start < span[1]), None)
                ref = _quote_field(covering, "id") if covering is not None else [s_start, s_end]
            wants = _calls_for(art, c_start, clause_end)
            if category.target in ("mutual", "between"):
                evidence += _agreement(art, category, actors, claimed_by, negated, factor, ref,
                                       hits, c_start, c_end, clause_end)
                continue
            # `The call was quickly seconded by ...`: the patient is the last sentence's party
            fallback = None
            if direction == "before":
                named = [c for c in context if c in art.parties]
                fallback = named[0] if len(set(named)) == 1 else None
            elif quote is not None and _quote_field(quote, "country") in art.parties \
                    and lex.first_person is not None:
                gap = re.match(r"\s+", body[c_end:c_end + 3])
                if gap and lex.first_person.match(body, c_end + gap.end()):
                    # `China adalah teman kami`, `Russia is our ally`: the speaker's side
                    fallback = _quote_field(quote, "country")
            if fallback is None and lead is not None and category.position in PARTISAN \
                    and _names_an_act(art, c_start, c_end, s_start):
                # `USCIRF also criticized the move`, `spoke out against the attack`, `found the air
                # strike justified`: an act named without its state is the story's lead party's
                fallback = lead
            if fallback is None and len(art_parties) == 1 and (
                    category.lone_party or direction == "before"):
                # `menyebut krisis ini sebagai genosida`; a passive whose patient names no state
                # (`in an operation supported by Russia`): the one party
                fallback = art_parties[0]
            for actor in actors:
                if actor in art.parties and claimed_by is None:
                    if category.position == "opposes" and not negated and _opposes_measure(art, c_end, s_end):
                        measure_opponents.add(actor)  # `Netanyahu mengecam rencana ... mendorong resolusi`
                    if category.mutual and not negated:
                        evidence += _party_partner(art, category, actor, quote, hits, c_end, factor, ref)
                    continue
                if actor in art.parties:
                    continue  # a claim about a party's stance: it is a party
                item = _evidence(art, category, actor, claimed_by, c_start, c_end, hits,
                                 s_start, s_end, negated, factor, ref, wants, set(actors),
                                 direction, fallback)
                if item is not None:
                    evidence.append(item)
                    other = None
                    if item.kind == "neutral" and item.calls_for and category.position == "backs" \
                            and claimed_by is None and not negated:
                        other = art.other_object(c_end, hits, set(actors) | {actor})
                    if other is not None:
                        # `China mendukung upaya Korsel untuk memulai kembali dialog`: by China's
                        # account South Korea seeks talks (a claim about its stance)
                        evidence.append(Evidence(other.code, actor, "neutral", None, item.weight,
                                                 ref, list(item.calls_for), c_start))
        if reporter_subject:
            context = list(dict.fromkeys(h.code for h in reporter_subject))
        elif speaker_codes and not plural_ref:
            context = [speaker_codes[0]]

    if len(measure_opponents) == 1:
        # the sponsors of the measure the one party opposes are against it (with two parties: on the
        # other side)
        opponent = next(iter(measure_opponents))
        evidence += [Evidence(code, None, "opposes", opponent, SPONSOR_WEIGHT, ref, [], at)
                     for code, ref, at in sponsors if code not in art.parties]
    home = pack.get("home_country") if hasattr(pack, "get") else None
    if home in parties and home not in first_seen:
        # (the home state, never named, acting through its own bodies: `Panglima TNI ... ditolak masuk`)
        span = _first_said(home_bodies(pack), body, sentences, ignored)
        if span is not None:
            first_seen[home] = span
    return _decide(parties, evidence, first_seen)


def _first_said(regex: re.Pattern | None, body: str, sentences: list,
                ignored: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the first sentence holding a phrase of `regex` outside the ignored spans."""
    for sentence in sentences if regex is not None else ():
        s_start, s_end = span_of(sentence)
        if any(not _inside(m.start(), m.end(), ignored) for m in regex.finditer(body, s_start, s_end)):
            return (s_start, s_end)
    return None
