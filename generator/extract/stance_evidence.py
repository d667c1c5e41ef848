"""What one stance cue is evidence of: `Evidence` items for `extract_stances`.

Decides the weight of a cue (modality: questions, conditionals, hedges, negators, an easing pushed
for), what the cue is worth for its actor (`_evidence`: backs, opposes or neutral, and the target;
`_agreement` for the signers of a deal), and the special readings that name other states: blame
of a party (`_blame`), members listed after a noun of supporters or a bloc, the backers of an
armed side, the sponsors of a measure, a party's named partner.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .clause_bounds import _clause_end, _clause_start
from .country_hits import Hit, _inside
from .military_ties import _negated_at
from .stance_lexicons import Category
from .stance_roles import _Article


PARTISAN = ("backs", "opposes")


@dataclass
class Evidence:
    country: str
    claimed_by: str | None
    kind: str  # backs | opposes | neutral
    target: str | None
    weight: float
    ref: Any  # quote id or [start, end]
    calls_for: list[str]
    position: int


def _quote_span(quote: dict, key: str = "span") -> tuple[int, int] | None:
    value = quote.get(key) if isinstance(quote, dict) else getattr(quote, key, None)
    if not value:
        return None
    return int(value[0]), int(value[1])


def _quote_field(quote: Any, key: str) -> Any:
    return quote.get(key) if isinstance(quote, dict) else getattr(quote, key, None)


def _stateless_quote_subject(art: _Article, quote: Any, hits: list[Hit], c_start: int) -> list[str]:
    """The states that are the subject of a cue's clause inside the quote of a speaker of no
    state (an activist, a court, a task force); [] otherwise."""
    if _quote_field(quote, "country"):
        return []
    q_start, _ = _quote_span(quote)
    inner = art.subject(hits, max(q_start, _clause_start(art.body, c_start, q_start)), c_start, [])
    if inner and _relative_between(art, inner[-1].end, c_start):
        return []
    return list(dict.fromkeys(h.code for h in inner))


def _blame(art: _Article, category: Category, hits: list[Hit], quote: Any,
           reporter_subject: list[Hit], quoted: list[tuple[int, int]], s_start: int, c_start: int,
           c_end: int, s_end: int) -> list[Evidence]:
    """A party as the subject of a predicate of blame (`target: subject`: `"China salah karena tidak
    mengizinkan Liu berobat"`, `Pemerintah China harus bertanggung jawab`, `Iran is to blame`,
    CAMEO 112 Accuse): the one who says so opposes it. The party is the last state at most 40
    characters before the cue in its clause; the one who says so is the speaker of the quote
    holding the cue, else the reporter's subject before the party."""
    lo = max(s_start, c_start - 40, _clause_start(art.body, c_start, s_start))
    before = [h for h in hits if h.start >= lo and h.end <= c_start]
    if not before or before[-1].code not in art.parties:
        return []
    target = before[-1]
    if quote is not None:
        q_start, _ = _quote_span(quote)
        if q_start > target.start:
            return []
        actors = [_quote_field(quote, "country")]
        ref = _quote_field(quote, "id")
    else:
        actors = [h.code for h in reporter_subject if h.end <= target.start]
        ref = [s_start, s_end]
    actors = [a for a in dict.fromkeys(actors) if a and a not in art.parties]
    if not actors:
        return []
    factor = _modality(art, c_start, c_end, s_start, s_end)
    if factor <= 0:
        return []
    kind = "neutral" if _negated(art, c_start, s_start) else "opposes"
    weight = category.weight * factor if kind == "opposes" else min(category.weight * factor, 0.35)
    return [Evidence(a, None, kind, target.code if kind == "opposes" else None, weight, ref, [],
                     c_start) for a in actors]


def _members(art: _Article, category: Category, hits: list[Hit], quote: Any, s_start: int,
             c_start: int, c_end: int, s_end: int) -> list[Evidence]:
    """`Israel dan para pendukungnya, termasuk AS, ...`, `Greece and its allies, such as France`:
    the states listed after a member marker (lex.member_marker) right after a noun of supporters
    back the party named just before the noun (at most 40 characters before, in its clause)."""
    lex = art.lex
    if category.position != "backs" or lex.member_marker is None:
        return []
    marker = lex.member_marker.match(art.body, c_end, s_end)
    if marker is None:
        return []
    listed = art.country_list(hits, marker.end(), s_end)
    if not listed or art.body[marker.end():listed[0].start].strip().casefold() not in ("", "the"):
        return []
    lo = max(s_start, c_start - 40, _clause_start(art.body, c_start, s_start))
    owners = [h for h in hits if h.start >= lo and h.end <= c_start and h.code in art.parties]
    if not owners:
        return []
    target = owners[-1].code
    speaker = _quote_field(quote, "country") if quote is not None else None
    ref = _quote_field(quote, "id") if quote is not None else [s_start, s_end]
    factor = _modality(art, c_start, c_end, s_start, s_end)
    return [Evidence(code, speaker if speaker and speaker != code else None, "backs", target,
                     category.weight * factor, ref, [], c_start)
            for code in dict.fromkeys(h.code for h in listed) if code not in art.parties]


BLOC_WEIGHT = 0.7  # as an alliance (CAMEO 057)
SPONSOR_WEIGHT = 0.7  # as a diplomatic act against the party (CAMEO 11, 12)
MEASURE_GAP = 60  # how far after an opposing cue the measure it opposes may be named


def measure_sponsors(art: _Article, hits: list[Hit], s_start: int, s_end: int) -> list[tuple[str, list[int], int]]:
    """(state, sentence, cue start): the states that sponsor a measure (lex.measures: a resolution)
    named in the sentence: after an agent marker following the verb of sponsoring (`Draf resolusi itu
    akhirnya diajukan ke Majelis Umum oleh sejumlah negara seperti Turki, Yaman, serta Indonesia`,
    `sponsored by Turkey and Yemen`), else the sentence's subject before the verb (`Turki mengajukan
    draf resolusi`). The measure stands at most 40 characters before the verb or 30 after it."""
    lex, body = art.lex, art.body
    out: list[tuple[str, list[int], int]] = []
    if lex.measures is None or lex.sponsor_cues is None or lex.passive_marker is None:
        return out
    for cue in lex.sponsor_cues.finditer(body, s_start, s_end):
        if not (lex.measures.search(body, max(s_start, cue.start() - 40), cue.start())
                or lex.measures.search(body, cue.end(), min(s_end, cue.end() + 30))):
            continue
        if _negated_at(lex, body, cue.start(), s_start):
            continue
        clause_end, _ = _clause_end(body, cue.end(), s_end)
        marker = lex.passive_marker.match(body, cue.end(), clause_end)
        if marker is not None and not any(cue.end() <= h.start < marker.end() for h in hits):
            listed = art.country_list(hits, marker.end(), s_end)
        else:
            listed = list(art.subject(hits, _clause_start(body, cue.start(), s_start), cue.start(), []))
        out += [(code, [s_start, s_end], cue.start()) for code in dict.fromkeys(h.code for h in listed)]
    return out


def _opposes_measure(art: _Article, c_end: int, s_end: int) -> bool:
    """A measure (lex.measures) is named in the opposing cue's clause, at most MEASURE_GAP characters
    after it (`mengecam rencana sejumlah negara untuk mendorong resolusi`)."""
    if art.lex.measures is None:
        return False
    clause_end, _ = _clause_end(art.body, c_end, s_end)
    return art.lex.measures.search(art.body, c_end, min(clause_end, c_end + MEASURE_GAP)) is not None


def _party_partner(art: _Article, category: Category, party: str, quote: Any, hits: list[Hit],
                   c_end: int, factor: float, ref: Any) -> list[Evidence]:
    """A party names a state (not a party) its friend or ally, right after a mutual cue (`kami
    memiliki pertemanan yang sama dengan Rusia`, `our alliance with the US`): that state backs the
    party; in the party's own quote, by the party's account (claimed_by)."""
    partner = art.other_object(c_end, hits, {party})
    if partner is None:
        return []
    claimed_by = party if quote is not None and _quote_field(quote, "country") == party else None
    return [Evidence(partner.code, claimed_by, "backs", party, category.weight * factor, ref, [], c_end)]


def _bloc_members(art: _Article, hits: list[Hit], party: str, s_start: int, s_end: int) -> list[Evidence]:
    """The members of a bloc a party leads or speaks for (`pernyataan itu dibuat atas nama 17 negara`,
    lex.bloc_lead, in one of the two sentences before), listed after a reference to the bloc and a
    member marker (`Daftar dari negara-negara tersebut juga termasuk Bangladesh, Malaysia, ...`,
    `The group also includes ...`): they back the party."""
    out: list[Evidence] = []
    for match in art.lex.bloc_members.finditer(art.body, s_start, s_end):
        for code in dict.fromkeys(h.code for h in art.country_list(hits, match.end(), s_end)):
            if code not in art.parties:
                out.append(Evidence(code, None, "backs", party, BLOC_WEIGHT, [s_start, s_end], [],
                                    match.start()))
    return out


def _armed_side_backers(art: _Article, category: Category, hits: list[Hit], s_start: int,
                        c_start: int, c_end: int, s_end: int) -> tuple[list[str], str]:
    """The states backing a side that is no state (`gerilyawan yang didukung Prancis, Inggris ...`,
    `rebels backed by Iran`: lex.armed_sides just before a backing cue, the states right after it
    or its agent marker), in a conflict with one party only: ([codes], "opposes"). The states
    backing the party's own forces (`pasukan pemerintah yang didukung serangan udara Arab Saudi`,
    `government forces backed by Russian air strikes`: lex.state_sides, and a means of war,
    lex.backing_means, may come before the states): ([codes], "backs"). Else ([], "")."""
    lex = art.lex
    if category.position != "backs" or len(art.parties) != 1:
        return [], ""
    lo = max(s_start, c_start - 60)
    if lex.armed_sides is not None and lex.armed_sides.search(art.body, lo, c_start):
        kind = "opposes"
    elif lex.state_sides is not None and lex.state_sides.search(art.body, lo, c_start):
        kind = "backs"
    else:
        return [], ""
    pos = c_end
    if lex.agent_marker is not None:
        marker = lex.agent_marker.match(art.body, c_end, s_end)
        if marker is not None:
            pos = marker.end()
    if lex.backing_means is not None:
        means = lex.backing_means.match(art.body, pos, s_end)
        if means is not None:
            pos = means.end()
    listed = art.country_list(hits, pos, s_end)
    if not listed or art.body[pos:listed[0].start].strip().casefold() not in ("", "the"):
        return [], ""
    return [c for c in dict.fromkeys(h.code for h in listed) if c not in art.parties], kind


def _names_an_act(art: _Article, c_start: int, c_end: int, s_start: int) -> bool:
    """An act (lex.act_objects) is the cue's object: right after it (`criticized the move`) or
    right before it (`found the air strike justified`)."""
    lex = art.lex
    if lex.act_object_after is not None and lex.act_object_after.match(art.body, c_end):
        return True
    return lex.act_object_before is not None and bool(
        lex.act_object_before.search(art.body, max(s_start, c_start - 30), c_start))


def _relative_between(art: _Article, lo: int, c_start: int) -> bool:
    """A relative marker (`yang`, `which`, `who`) in the cue's clause after the subject and
    not right after a state (`Kuwait, yang ...` is the state's act: `act_owner`): the cue
    belongs to a relative clause about some noun (`... negaranya yang dapat mengancam Israel`)."""
    regex = art.lex.relative_word
    if regex is None:
        return False
    start = max(lo, _clause_start(art.body, c_start, lo))
    match = regex.search(art.body, start, c_start)
    return match is not None and art.body[lo:match.start()].strip(" ,") != ""


def _claim_subject(art: _Article, hits: list[Hit], lo: int, hi: int,
                   skip: list[tuple[int, int]]) -> Hit | None:
    lex = art.lex
    if lex.claim_before is None:
        return None
    for hit in hits:
        if hit.start < lo or hit.end > hi or _inside(hit.start, hit.end, skip):
            continue
        if lex.claim_before.search(art.body, max(lo, hit.start - 50), hit.start):
            return hit
    return None


def _modality(art: _Article, c_start: int, c_end: int, s_start: int, s_end: int) -> float:
    lex, body = art.lex, art.body
    factor = 1.0
    clause_end, closing = _clause_end(body, c_end, s_end)
    if closing == "?" or (lex.questions is not None
                          and lex.questions.search(body, _clause_start(body, c_start, s_start), c_start)):
        return 0.0
    if lex.conditionals is not None and lex.conditionals.search(body, s_start, clause_end):
        factor *= 0.4
    if lex.hedges is not None and lex.hedges.search(body, max(s_start, c_start - 60), c_end + 40):
        factor *= 0.7
    return factor


def _negated(art: _Article, c_start: int, s_start: int) -> bool:
    pattern = art.lex.negation_before
    if pattern is None:
        return False
    return bool(pattern.search(art.body, max(s_start, c_start - 50), c_start))


EASED = "eased"  # (a true `negated`: a measure against a state its actor wants undone)


def _pushed_easing(art: _Article, c_start: int, s_start: int, lifted: bool) -> int:
    """The negated opposing cue is a measure whose easing the actor pushes for (lex.easing_push):
    `urged that the ban be lifted`, `plans to end the bloc's weapons ban on China`; no
    grammatical negator before the push (`did not call for`). The start of the push, or -1."""
    lex, body = art.lex, art.body
    lo = max(s_start, c_start - 100)
    if lifted:
        found = lex.push_before.search(body, lo, c_start) if lex.push_before is not None else None
    else:
        found = lex.eased_before.search(body, lo, c_start) if lex.eased_before is not None else None
    if found is None:
        return -1
    if lex.negation_before is not None and lex.negation_before.search(body, max(s_start, found.start() - 30),
                                                                      found.start()):
        return -1
    return found.start()


def _calls_for(art: _Article, lo: int, hi: int) -> list[str]:
    out = []
    for match in art.lex.calls_for.finditer(art.body, lo, hi):
        label = art.lex.calls_for.label(match.group())
        if label and label not in out:
            out.append(label)
    return out


def _evidence(art: _Article, category: Category, actor: str, claimed_by: str | None,
              c_start: int, c_end: int, hits: list[Hit], s_start: int, s_end: int,
              negated: bool, factor: float, ref: Any, wants: list[str],
              actors: set[str], direction: str | None = None,
              fallback: str | None = None) -> Evidence | None:
    weight = category.weight * factor
    position = category.position
    if position in PARTISAN:
        target, both = art.target(c_start, c_end, direction or category.target, hits,
                                  actors | {actor}, s_start, s_end, opposing=position == "opposes")
        if target is None and not both and fallback is not None and fallback != actor:
            target = fallback
        if negated == EASED and target is not None and not both and target != actor:
            return Evidence(actor, claimed_by, "backs", target, weight * 0.8, ref, [], c_start)
        if negated or both:
            if target is None and not both:
                return None
            return Evidence(actor, claimed_by, "neutral", None, min(weight, 0.35), ref, [], c_start)
        if target is None:
            if position == "backs" and wants and art.other_object(c_end, hits, actors | {actor}) is not None:
                # `China mendukung upaya Korsel untuk memulai kembali dialog`: backing talks
                return Evidence(actor, claimed_by, "neutral", None, weight * 0.8, ref, wants, c_start)
            return None
        return Evidence(actor, claimed_by, position, target, weight, ref, [], c_start)
    if negated:
        return None
    if position == "appeal":
        if category.one_side in PARTISAN and actor not in art.parties and not (
                art.lex.advisory is not None and art.lex.advisory.match(art.body, c_end)):
            target, both = art.target(c_start, c_end, direction or "after", hits, actors | {actor},
                                      s_start, s_end)
            if target is not None and not both:
                named = next((h for h in hits if h.start >= c_end and h.code == target), None)
                if art.lex.aid_request is not None and (art.lex.aid_request.match(art.body, c_end) or (
                        named is not None and art.lex.aid_about is not None
                        and art.lex.aid_about.match(art.body, named.end))):
                    # `meminta kepastian perlindungan AS`, `meminta bantuan Rusia`, `meminta penegasan
                    # Amerika Serikat terkait komitmen pertahanan`: an appeal for aid or protection
                    # (CAMEO 023) is made to one's own side, no demand on it
                    return Evidence(actor, claimed_by, "backs", target,
                                    category.one_side_weight * factor, ref, wants, c_start)
                return Evidence(actor, claimed_by, category.one_side, target,
                                category.one_side_weight * factor, ref, wants, c_start)
        if not wants:
            return None
        return Evidence(actor, claimed_by, "neutral", None, weight, ref, wants, c_start)
    if position == "neutral":
        if category.name == "mediate" and "negotiations" not in wants and not wants:
            wants = ["negotiations"]
        return Evidence(actor, claimed_by, "neutral", None, weight, ref, wants, c_start)
    if position == "concern":
        return Evidence(actor, claimed_by, "neutral", None, min(weight, 0.3), ref, [], c_start)
    return None


def _agreement(art: _Article, category: Category, actors: list[str], claimed_by: str | None,
               negated: bool, factor: float, ref: Any, hits: list[Hit], c_start: int,
               c_end: int, clause_end: int) -> list[Evidence]:
    """CAMEO 057 Sign formal agreement: `Turkey and Libya signed a maritime deal`, `signed an
    agreement with Greece`, `an agreement between Cyprus, Greece and Israel`. A country that
    makes an agreement with exactly one party backs that party."""
    if negated or claimed_by is not None:
        return []
    partners, between = art.partners(hits, c_end, clause_end)
    if category.target == "between" and not between:
        return []  # `withdrew from a treaty with Iran`: a noun alone names no partners
    group = [h.code for h in partners] if between else list(actors) + [h.code for h in partners]
    group = list(dict.fromkeys(group))
    sides = [c for c in group if c in art.parties]
    if category.position == "neutral":
        # `zona de-eskalasi atas kesepakatan antara Rusia, Iran, dan Turki`: states that arrange a
        # truce among themselves in a war none of them is a party to are neutral
        if sides or len(group) < 2:
            return []
        return [Evidence(code, None, "neutral", None, category.weight * factor, ref, ["ceasefire"], c_start)
                for code in group]
    if len(sides) != 1 or len(group) < 2:
        return []
    return [Evidence(code, None, "backs", sides[0], category.weight * factor, ref, [], c_start)
            for code in group if code not in art.parties]
