"""The conflict lexicon of a language, compiled: `conflict_lexicon`.

Builds the patterns `detect_conflict` reads a text with (joiners, conflict words, attacks, weapons
fired in a direction, ties ended, cooperation, sport, relations, headlines' verbs, scenes, disputed
places, peoples) from the `conflict_lexicon` section of generator/lang/<lang>.stances.yaml; and the
thresholds of what a long article and a passing mention are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .phrase_tables import alternation, phrase_pattern
from .stance_inputs import compiled_lexicon, lexicon_data


@dataclass
class ConflictLexicon:
    lang: str
    joiner_gap: re.Pattern
    context: re.Pattern | None
    attacks: re.Pattern | None
    region_before: re.Pattern | None
    region_after: re.Pattern | None
    cooperation: re.Pattern | None = None
    background: re.Pattern | None = None
    relative: re.Pattern | None = None
    weak_context: re.Pattern | None = None
    sport: re.Pattern | None = None
    not_conflict: re.Pattern | None = None
    relation: re.Pattern | None = None
    lone_state_context: re.Pattern | None = None
    cooperation_title: re.Pattern | None = None
    obituary_title: re.Pattern | None = None
    violent_death: re.Pattern | None = None
    armed_groups: re.Pattern | None = None
    headline_opposes: re.Pattern | None = None
    home_disputes: re.Pattern | None = None
    group_fight: re.Pattern | None = None
    state_references: re.Pattern | None = None
    shared_target: re.Pattern | None = None
    headline_backs: re.Pattern | None = None
    clause_openers: re.Pattern | None = None
    attack_owner: re.Pattern | None = None
    headline_destination: re.Pattern | None = None
    civilian_nouns: re.Pattern | None = None
    # `pengungsi Suriah`: a civilian noun right before the state it qualifies (Indonesian order)
    civilian_before: re.Pattern | None = None
    helps: re.Pattern | None = None
    domestic_objects: re.Pattern | None = None
    disputed_places: tuple = ()  # (regex, the two claimants, the first word of each name)
    # `konflik Rohingya`: a people that is no state, in a crisis with the state it lives in
    # (regex of the names, {name: the state})
    peoples: re.Pattern | None = None
    people_states: dict = None
    # `pengungsi Rohingya`, `Rohingya refugees`: a people fleeing its state, a sign of its crisis
    displacement: re.Pattern | None = None
    # `aksi Amerika Serikat yang menembakkan 59 rudal ke ...`, `the United States, which fired ...`: a
    # state (and an official's name) right before a relative clause holding the hostile cue
    relative_owner: re.Pattern | None = None
    # `hubungan antara Rusia dan AS`, `US-Russia relations`: a noun of relations right before (or
    # after) a joined pair names how the two get on, however badly, not a fight between them
    relation_before: re.Pattern | None = None
    relation_after: re.Pattern | None = None
    # `tentara`, `troops`, `rebels`, `separatists`: the armed actors (or the secession movement) a
    # state's own conflict has; `polisi`, `police`: the force of a crime or terror inquiry
    armed_forces: re.Pattern | None = None
    armed_actors: re.Pattern | None = None
    police: re.Pattern | None = None
    war: re.Pattern | None = None  # `war`, `perang`: a state at war, whoever its police are
    # `border`, `perbatasan`: conflict words that may only name a place (`Kepolisian perbatasan Prancis`)
    place_words: re.Pattern | None = None
    # `that came to an end`, `recovering from`: a war over (right after or right before the word)
    ended_after: re.Pattern | None = None
    ended_before: re.Pattern | None = None
    ended_wars: re.Pattern | None = None  # the words a phrase of ending makes history (not a ceasefire)
    # `World War II`, `Perang Dunia II`: wars of history, whose acts an article may tell
    # `the war in Iraq`, `perang di Suriah`: the gap between a war and the state it is fought in
    war_places: re.Pattern | None = None
    past_wars: re.Pattern | None = None
    # `serangan udara AS di dekat Sarmada, Suriah`, `attacks ... in Iraq`: a preposition of place (and a
    # place in apposition) right before a state after a hostile cue: where the act was, not its object
    scene: re.Pattern | None = None
    directed: re.Pattern | None = None  # a cue ending in its direction (`fired ... at`): no scene after it
    # `has not by itself raised tensions`: a negator a few words before a conflict word
    # in its clause (the gap, compiled with the negators); the word tells no fight
    negated: re.Pattern | None = None
    # `kidnapped in Iraq`, `go to Iraq`, `troops pulled out of Iraq`: a preposition of place right
    # before a state; a lone state named only so (or as the name of a war, or beside civilians) is the
    # scene of the story, no party
    place_before: re.Pattern | None = None


# The score of a pair joined with no conflict word beside it (`X and Y`): a join alone sets no two
# states apart, however often it recurs.
JOINED_ONLY = 0.25
# A long article: one sentence of it that sets two states apart, or names them once, may be a remark
# beside its story; in a brief of a few sentences it is the story.
LONG_ARTICLE = 8
# A state named in one sentence in PASSING_SHARE or fewer of a long article is named in passing there.
PASSING_SHARE = 20

_NAME = r"[A-Z\u00C0-\u00DE][\w'\u2019]*(?:(?:-|\u2013| )[A-Z\u00C0-\u00DE][\w'\u2019]*)*"

_COMPILED: dict[tuple[str, int], tuple[dict, ConflictLexicon]] = {}


def conflict_lexicon(pack: Any) -> ConflictLexicon:
    return compiled_lexicon(pack, "conflict_lexicon", _COMPILED, lambda lang, data: _conflict_lexicon(pack, lang, data))


def _conflict_lexicon(pack: Any, lang: str, data: dict) -> ConflictLexicon:
    stance_data = lexicon_data(pack, "stance_lexicon")[1]  # (its relative markers and armed sides)
    joiners = [str(j) for j in data.get("joiners") or []]
    alt = "|".join(
        re.escape(j) if not j[0].isalnum() else phrase_pattern(j)
        for j in sorted(joiners, key=len, reverse=True)
    ) or "(?!)"
    before = [str(w) for w in data.get("region_before") or []]
    after = [str(w) for w in data.get("region_after") or []]
    before_re = None
    if before:
        words = alternation(before).pattern
        before_re = re.compile(rf"(?i:{words})\s+(?:(?i:di|in|of|the)\s+)?({_NAME})")
    after_re = None
    if after:
        words = alternation(after).pattern
        after_re = re.compile(rf"(?<![\w-])({_NAME})\s+(?i:{words})")
    lexicon = ConflictLexicon(
        lang=lang,
        joiner_gap=re.compile(rf"\s*(?:{alt})\s*\Z", re.I),
        context=alternation([str(w) for w in data.get("context") or []], tails=_ended_ties(data)),
        attacks=_attacks(data),
        region_before=before_re,
        region_after=after_re,
        cooperation=alternation(data.get("cooperation") or []),
        background=alternation(data.get("background") or []),
        relative=alternation(stance_data.get("relative_markers") or []),
        weak_context=alternation(data.get("weak_context") or []),
        sport=alternation(data.get("sport") or []),
        not_conflict=alternation(data.get("not_conflict") or []),
        relation=alternation(data.get("relation_context") or []),
        lone_state_context=alternation(data.get("lone_state_context") or []),
        cooperation_title=alternation(data.get("cooperation_title") or []),
        obituary_title=alternation(data.get("obituary_title") or []),
        violent_death=alternation(data.get("violent_death") or []),
        armed_groups=alternation(data.get("armed_groups") or [], flags=0),
        headline_opposes=alternation(data.get("headline_opposes") or []),
        home_disputes=alternation(data.get("home_disputes") or []),
        group_fight=alternation(data.get("group_fight") or []),
        state_references=alternation(data.get("state_references") or []),
        headline_backs=alternation(data.get("headline_backs") or []),
        clause_openers=alternation(data.get("clause_openers") or []),
        armed_forces=alternation(data.get("armed_forces") or []),
        police=alternation(data.get("police") or []),
        war=alternation(data.get("war") or []),
        place_words=alternation(data.get("place_words") or []),
        displacement=alternation(data.get("displacement") or []),
        past_wars=alternation(data.get("past_wars") or [], flags=0),
        ended_after=alternation(data.get("ended_after") or []),
        ended_before=alternation(data.get("ended_before") or []),
        ended_wars=alternation(data.get("ended_wars") or []),
    )
    # (the armed sides of the stance lexicon, `rebels`, `kelompok militan`, the forces of a state, and
    # other armed actors and words of secession: `rebel-held`, `separatists`)
    actors = _list_words(stance_data, ("armed_sides",)) \
        + [str(w) for key in ("armed_forces", "armed_actors") for w in data.get(key) or []]
    lexicon.armed_actors = alternation(actors)
    targets = [str(w) for w in data.get("shared_target_before") or []]
    if targets:
        # `serangan nuklir ke Korea Selatan dan Amerika Serikat`, `retorika perang terhadap AS dan
        # Korsel`: a preposition of direction (and at most one noun: `ke pasukan Korsel dan AS`)
        # right before a joined pair
        words = alternation(targets).pattern
        lexicon.shared_target = re.compile(rf"(?:{words})(?:\s+[a-z][\w-]*)?\s+\Z", re.I)
    relations = [str(w) for w in data.get("relation_nouns") or []]
    if relations:
        words = alternation(relations).pattern
        lexicon.relation_before = re.compile(rf"(?:{words})(?:\s+[\w-]+)?\s+\Z", re.I)
        lexicon.relation_after = re.compile(rf"\s+(?:{words})", re.I)
    places = [str(w) for w in data.get("headline_destination") or []]
    if places:
        lexicon.headline_destination = re.compile(rf"(?i:{alternation(places).pattern})\s+\Z")
    civilians = [str(w) for w in data.get("civilian_nouns") or []]
    if civilians:
        # `German migrant rescue charity`, `Syrian toddler`: one of the two words after the state
        lexicon.civilian_nouns = re.compile(
            rf"\s+(?:[a-z][\w-]*\s+)?(?i:{alternation(civilians).pattern})")
    civilians = [str(w) for w in data.get("civilian_nouns_before") or []]
    if civilians:
        lexicon.civilian_before = re.compile(rf"(?i:\b(?:{alternation(civilians).pattern}))\s+\Z")
    domestic = [str(w) for w in data.get("headline_domestic_objects") or []]
    if domestic:
        # `rejects prime minister's resignation`: at most one word (`the`, `his`) first
        lexicon.domestic_objects = re.compile(
            rf"\s*(?:[\w'\u2019-]+\s+)?(?i:{alternation(domestic).pattern})")
    helps = [str(w) for w in data.get("helps_forces") or []]
    if helps:
        lexicon.helps = alternation(helps)
    owners = [str(w) for w in data.get("attack_owner_after") or []]
    if owners:
        # `serangan udara AS di Nangarhar`: a noun of attack, at most one lower-case modifier
        # (`udara`, `militer`) that is no preposition or relative word, then the state: its owner
        stops = _list_words(stance_data, ("subject_blockers", "relative_markers"))
        stop = rf"(?!(?:{alternation(stops).pattern})(?!\w))" if stops else ""
        lexicon.attack_owner = re.compile(
            rf"(?i:{alternation(owners).pattern})(?:\s+{stop}[a-z][\w-]*)?\s+")
    relatives = _list_words(stance_data, ("relative_markers",))
    if relatives:
        lexicon.relative_owner = re.compile(
            rf"(?-i:(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.-]*){{0,4}})\s*,?\s*(?:{alternation(relatives).pattern})"
            rf"(?-i:(?:\s+[a-z][\w-]*){{0,2}})\s+", re.I)
    disputed = []
    for item in data.get("disputed_places") or []:
        names = [str(n) for n in item.get("names") or []]
        parties = [str(c) for c in item.get("parties") or []]
        if names and len(parties) == 2:
            # (with the first word of each name: a match holds one as written, so a body without
            # any is not scanned sentence by sentence)
            firsts = tuple({n.split()[0] for n in names if n.split()})
            disputed.append((alternation(names, flags=0), parties, firsts))
    lexicon.disputed_places = tuple(disputed)
    places = [str(w) for w in data.get("war_places") or []]
    # (the war, at most a preposition of place and an article, then the state: `war in Iraq`, `perang Irak`)
    lexicon.war_places = re.compile(
        rf"\s+(?:(?i:{alternation(places).pattern})\s+)?(?:(?i:the)\s+)?" if places else r"\s+")
    scenes = [str(w) for w in data.get("scene_prepositions") or []]
    if scenes:
        # (the preposition, an article, and a place named before the state with a comma: `near
        # Sarmada, Syria`; searched in the gap between the cue and the state, so a cue ending in a
        # preposition, `offensive in`, keeps its object)
        lexicon.scene = re.compile(
            rf"(?<![\w-])(?i:{alternation(scenes).pattern})\s+(?:(?i:the)\s+)?(?:{_NAME}\s*,\s*)?\Z")
        directions = [str(w) for w in data.get("fire_directions") or []]
        if directions:
            # (a cue ending in a direction, `fired 59 cruise missiles at`, `attack on`, names its target
            # after it: `an air base in Syria` is Syria's)
            lexicon.directed = re.compile(rf"(?:^|\s)(?i:{alternation(directions).pattern})\Z")
    negators = [str(w) for w in data.get("context_negators") or []]
    if negators:
        # (the negator, then at most `context_negation_window` words with no clause mark, then the word)
        window = int(data.get("context_negation_window") or 4)
        lexicon.negated = re.compile(
            rf"(?:{alternation(negators).pattern})(?:\s+[\w'\u2019-]+){{0,{window}}}\s+\Z", re.I)
    places = [str(w) for w in data.get("place_prepositions") or []]
    if places:
        # (the preposition, an article, and a place named before the state with a comma: `in Mokha, Yemen`)
        lexicon.place_before = re.compile(
            rf"(?<![\w-])(?i:{alternation(places).pattern})\s+(?:(?i:the)\s+)?(?:{_NAME}\s*,\s*)?\Z")
    peoples = {str(k): str(v) for k, v in (data.get("peoples") or {}).items()}
    if peoples:
        lexicon.peoples = alternation(list(peoples), flags=0)
        lexicon.people_states = peoples
    return lexicon


def _attacks(data: dict) -> re.Pattern | None:
    """The attack verbs and nouns (`attacks`, and ties ended: `_ended_ties`), and weapons fired in a
    direction (CAMEO 195 Employ aerial weapons): a verb of firing (`fire_verbs`: `menembakkan`,
    `fired`), at most two words, a projectile (`projectiles`: `rudal`, `missiles`), at most three
    words, a direction (`fire_directions`: `ke`, `at`): `menembakkan 59 rudal ke`, `meluncurkan 59
    rudal jelajah Tomahawk ke`, `launched missiles targeting`."""
    tails = dict(_ended_ties(data))
    things = alternation(data.get("projectiles") or [])
    ways = alternation(data.get("fire_directions") or [])
    if things is not None and ways is not None:
        fire = rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{things.pattern})(?:\s+[\w-]+){{0,3}}?\s+(?:{ways.pattern})"
        for verb in (str(w) for w in data.get("fire_verbs") or []):
            tails[verb] = f"(?:{tails[verb]}|{fire})" if verb in tails else fire
    # (tails in the attacks' trie keep one branch per position: a separate alternative, or every
    # pair of words written out, would slow each scan or the compilation)
    return alternation([str(w) for w in data.get("attacks") or []], tails=tails)


def _ended_ties(data: dict) -> dict[str, str]:
    """Conflict words and acts of reduced relations (CAMEO 16: 161 break relations, 1622 halt
    military aid or cooperation): a verb or noun of ending (`ends_ties`: `penghentian`, `suspended`)
    right before a noun of ties (`ties`: `kerja sama militer`, `military cooperation`); an act of the
    subject on the state after it (`Indonesia suspended military cooperation with Australia`). Each
    word of ending with the pattern that must follow it (`alternation` tails)."""
    ties = alternation(data.get("ties") or [])
    if ties is None:
        return {}
    return {str(end): rf"\s+(?:{ties.pattern})" for end in data.get("ends_ties") or []}


def _list_words(data: dict, keys: tuple[str, ...]) -> list[str]:
    return [str(w) for k in keys for w in data.get(k) or []]
