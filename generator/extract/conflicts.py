"""The conflict or dispute an article is about, and its parties: `detect_conflict`.

Order of evidence:

1. `content/conflicts.yaml` first (Registries.conflicts): an entry whose name (any
   language) or alias appears in the article's text joins the article to that conflict, and
   the entry's parties win over anything found in the text (a correction there wins). An
   entry whose parties are exactly the pair found in the text also joins it.
2. Otherwise pairs of countries in the text, sentence by sentence (related-headline lines
   are never evidence):
   - two countries joined by `dan`, `and`, `-`, `vs`, `maupun`, `melawan`, ... count as a pair,
     more when a conflict word is near (`antara`, `between`, `perang`, `war`, `konflik`);
   - an attack verb or noun between two countries (`Turkey began a military offensive into
     Syria`, `X menyerang Y`) counts as a directed pair, attacker first; so does the opposition
     a subject meets (`Turkey ... despite criticism by Greece`), and every country of a
     coordinated object (`condemned by Egypt, Greece and Cyprus`); a country inside a relative
     clause after the cue (`accused rebels who are backed by France`) is not its object, nor is
     a state after a preposition of place (`scene_prepositions`: `serangan udara AS di dekat
     Sarmada, Suriah`: where, not on whom) unless the cue ends in its direction (`fired missiles
     at an air base in Syria`); an attack in a relative clause about people (`dua pria yang
     menembaki ...`) is theirs, not the subject's, and a passive cue with no agent (`UK casinos
     will be banned from using American tricks`) has the subject as its target, no attacker;
     a sentence opening with a pronoun (`He announced ...`) has the last sentence's subject;
     a clause opened after the subject (`clause_openers`: `Jepang khawatir ... jika Korut ...
     serangan ke Guam`) has its own attacker, the state right after the opener, and an opener
     after the cue ends the cue's clause;
   - a pair whose clause speaks of signing or a shared project (`Turkey and Libya signed a
     maritime deal`) is partners; a pair just after a word of history (`a commemoration of the
     Iran-Iraq War`) is background, and so is a pair right after a noun of relations in a sentence
     whose conflict words are everyday ones or name other states' conflict (`hubungan antara Rusia
     dan AS mencapai level terburuk`): neither counts; so is a pair hit together, after a
     preposition of direction after a conflict word (`shared_target_before`: `serangan nuklir ke
     Korea Selatan dan Amerika Serikat`): one side, not each other's adversaries.
   The best-scoring pair wins; ties go to the pair whose countries are named most often.
   `between` / `antara` alone (`relation_context`) beside a pair is any relation, and an everyday
   word (`weak_context`: `the U.S.-Mexico border`) names a place: they count as conflict words
   only in a sentence with another conflict word or a hostile cue (and such a sentence sets no
   states against each other for the most-named fallback below). A pair with
   a state named once, in an article naming some state three times or more, is a passing
   mention, not the article's conflict.
   Without a winning pair, the most-named states: one state alone needs 3 points of conflict
   words (everyday ones, `weak_context`: `crisis`, `serangan`, `between`, count half) and one
   word only of fighting in a sentence that names it (or refers to it: `state_references`,
   `the nation's ongoing civil war`); two states need a sentence naming both beside a conflict
   word or hostile cue, one whose comma clause names neither state only if it names no other
   (`Ukraine, which is currently in a military conflict with Russia` sets no US against Ukraine).
   A negated hostile cue (`I put no pressure on them`) is none, and a cue of leverage
   (`hostile: false`: withholding aid) is no hostile act. Phrases like `heart attack`, `World War II`
   (`not_conflict`) hold no conflict word.
   A sentence whose only conflict word is `between` / `antara` sets no states apart, and the
   press's own country is no rival of a foreign state named most unless such a sentence names both.
   A lone state's words of fighting must be its own: more of their sentences name it than name
   any other state (not `soldiers fighting the war in Iraq` in a story of British politics), and
   more than one sentence in PASSING_SHARE (20) of the article (not two sentences of war in a
   250-sentence campaign digest). A pair set apart by one hostile act only, on or by a state named
   in one sentence in PASSING_SHARE or fewer, outside the headline, is a remark. A second place
   word (`perbatasan`, `border`) in a sentence whose pair a place word names sets nothing apart.
   One-sided conflicts, a state against a side that is no state: a named armed group
   (`armed_groups`: the Taliban, the Houthis, al-Qaeda) named three times or more (and more than
   once in PASSING_SHARE sentences), more often
   than each state of the best pair, in an article with a conflict word, an attack or a hostile
   cue that is not the group's own (`ISIS mengancam ...` is a warning), makes the
   most-named state the only party (`Afghanistan–Taliban`; of two named as often, the one the
   headline names); with no conflict from the text, a
   headline whose verb of opposing (`headline_opposes`: `kecam`, `lawan`, `condemns`) has states
   on one side of it only (`... dunia kecam China`, `RI Malaysia lawan resolusi UE soal sawit`)
   makes those states the parties. A headline in which one of its two states backs the other
   (`headline_backs`: `... akui Yerusalem sebagai ibu kota Israel`), with no conflict word or verb
   of opposing in it, sets no headline pair. Two rival camps (a contest at a summit or a vote): two states
   each backed by two states or more, by disjoint camps (`Kanada yang didukung oleh Amerika Serikat
   dan Meksiko`), in an article with an opposing cue (`memblokir sebuah rencana`), are the parties.
   With no conflict yet, a diplomatic row of the press's own country (`home_disputes`: an envoy
   summoned, entry refused, a protest note) with one foreign state named most makes the two
   the parties (`Menlu` and `Panglima TNI` act for Indonesia without its name: one of the pack's
   `home_institutions` named stands for the home country named).
   The state most named, alone in the comma clause of every attack that names a state (two or more:
   `tentara Myanmar menembaki para pengungsi`), in an article with a word of fighting, is the one
   party though a second state (where refugees flee) is named nearly as often. With no conflict
   yet, a place whose sovereignty two states dispute (`disputed_places`: `Yerusalem`), named twice
   or more in an article with an opposing cue or a conflict word, gives its two claimants.
   A people that is no state in a crisis with the state it lives in (`peoples`: `konflik
   kemanusiaan Rohingya`), named beside a conflict word, a word of violence or of its displacement
   from that state named there (`displacement`: `pengungsi Rohingya di perbatasan Bangladesh -
   Myanmar`) in two sentences or more, makes that state the one party, with no conflict otherwise or when a neighbour's row
   with it forms the pair. A pair set apart only by one hostile act, in an article with no
   conflict word, whose headline does not name the two, by or on a state named in passing (twice
   at most, a third as often as the other), is no conflict; a pair set apart in one sentence only,
   beside a state's own fighting told in three sentences or more that do not name the second
   state (`Kashmir ... diperebutkan oleh India dan Pakistan` in a story of clashes with security
   forces), leaves the first state alone. A state in the headline that only qualifies civilians
   (`pengungsi Suriah`, `Syrian toddler`) is no side of its verb of opposing.
   No conflict from the text at all (a registered one still joins): a sports report (`sport`
   words, 8 or more and twice the fighting words, or 5 or more and no fighting word) or a headline about cooperation
   (`cooperation_title`) with no conflict word or hostile cue in it. The headline pair needs a
   conflict word that is not only an everyday one, and not one in a clause about other states;
   nor is a headline whose first state only qualifies its civilian or firm subject (`US company
   admits Benin bribery`) a pair, when the body never sets the two apart. A war a state names
   (`the Iraq war`, `the war in Iraq`: `war_places`) sets that state against no other state of
   its sentence, and that state is no object of a hostile cue before it. The one hostile cue of
   a long article with no conflict word, and a hostile act in an article with no conflict word
   naming a war of history (`past_wars`: `World War II`), are no conflict. A conflict word said
   to be over (`ended_after`, `ended_before`: `a civil war that came to an end in 2003`,
   `recovering from`) is history, no conflict word.
3. The name: the entry's name, else a region or topic named beside a region or conflict word
   (`wilayah Nagorno-Karabakh`, `the Kashmir conflict`), else `A–B` from the parties' names.

A decision that other countries dispute (the US recognising Jerusalem as Israel's capital)
is read by the same rules: the parties are the pair the text sets against each other; when
the decision is only mentioned beside an older conflict (`konflik Israel - Palestina`),
that conflict's pair wins because it is named as a pair, and the decider's act is a stance
(`mengakui ... Israel`: backs IL).

Returns `{"id": registry id or None, "name": ..., "parties": [codes]}` or None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..countries import country_name
from .gazetteer import sovereigns
from .mentions import _common_words
from .stances import (
    _Article,
    _clause_end,
    _clause_start,
    _inside,
    alternation,
    find_mentions,
    home_bodies,
    lexicon_data,
    normalise_phrase,
    phrase_pattern,
    span_of,
    stance_lexicon,
)


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
    # `has not automatically led to heightened tensions`: a negator a few words before a conflict word
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
    lang, data = lexicon_data(pack, "conflict_lexicon")
    key = (lang, id(data))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is data:
        return cached[1]
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
    _COMPILED[key] = (data, lexicon)
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


def _list_words(data: dict, keys: tuple[str, ...]) -> list[str]:
    return [str(w) for k in keys for w in data.get(k) or []]


def _registry_conflicts(registries: Any) -> list:
    if registries is None:
        return []
    if isinstance(registries, (list, tuple)):
        return list(registries)
    return list(getattr(registries, "conflicts", None) or [])


def _entry(entry: Any, key: str, default: Any = None) -> Any:
    if isinstance(entry, dict):
        return entry.get(key, default)
    return getattr(entry, key, default)


_ENTRY_RE: dict[tuple, re.Pattern | None] = {}


def _entry_regex(entry: Any) -> re.Pattern | None:
    names = list((_entry(entry, "names") or {}).values()) + list(_entry(entry, "aliases") or [])
    key = tuple(sorted(set(names)))
    if key not in _ENTRY_RE:
        _ENTRY_RE[key] = alternation(names)
    return _ENTRY_RE[key]


def _entry_name(entry: Any, lang: str) -> str:
    names = _entry(entry, "names") or {}
    return names.get(lang) or names.get("en") or next(iter(names.values()), None) \
        or str(_entry(entry, "id"))


def _live_spans(body: str, sentences: list, ignored: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for sentence in sentences:
        s, e = span_of(sentence)
        if any(a <= s and b >= e for a, b in ignored):
            continue
        out.append((s, e))
    return out


def title_countries(title: str | None, finder: Any, lower_case: bool = False,
                    officials: bool = True) -> list[str]:
    """The states a headline names, in order: by name, demonym or capital, or through a
    well-known official (`United States military kills Qasem Soleimani` -> US, IR; not with
    `officials` False)."""
    if not title:
        return []
    from .officials import state_named_by

    lowered = lower_case and title[1:] == title[1:].lower()
    if lowered:
        # a headline made from a file name is lower case ('Tak bisa ... ditahan ri protes mesir'):
        # read its words as capitalised, two-letter ones as acronyms ('RI', 'AS')
        title = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                       else w.group().capitalize(), title)
    mentions = finder.find(title)
    found: list[tuple[int, str]] = [(m.start, m.code) for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    if not officials:
        return list(dict.fromkeys(code for _, code in sorted(found)))
    if lowered:
        # every word of such a headline is capitalised, so no run of capitals marks a name: an
        # official's name is looked for among up to three words anywhere in it, apart from the
        # states ('Jelang trump ke asia korea utara tampik negosiasi nuklir' -> US, KP); a single
        # word of the language's own vocabulary names no official
        common = _common_words(getattr(finder, "language", "") or "")
        words = [(w.start(), w.group()) for w in re.finditer(r"[\w'’-]+", title)
                 if not any(a < w.end() and w.start() < b for a, b in taken)]
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                window = words[i:i + n]
                if len(window) < n or (n == 1 and window[0][1].casefold() in common):
                    continue
                if any(title[window[k][0] + len(window[k][1]):window[k + 1][0]].strip() for k in range(n - 1)):
                    continue  # (the words of a name stand side by side)
                code = state_named_by(" ".join(w for _, w in window))
                if code:
                    found.append((window[0][0], code))
                    i += n - 1
                    break
            i += 1
    for run in re.finditer(_NAME, title) if not lowered else ():
        if any(a < run.end() and run.start() < b for a, b in taken):
            continue
        words = run.group().split()
        for candidate in (run.group(), " ".join(words[-2:]), words[-1]):
            code = state_named_by(candidate)
            if code:
                found.append((run.start(), code))
                break
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


def detect_conflict(body: str, pack: Any, sentences: list, finder: Any,
                    ignored_spans: list | None = None, registries: Any = None,
                    title: str | None = None) -> dict | None:
    lex = conflict_lexicon(pack)
    slex = stance_lexicon(pack)
    ignored = [span_of(s) for s in (ignored_spans or [])]
    live = _live_spans(body, sentences, ignored) if sentences else [(0, len(body))]
    entries = _registry_conflicts(registries)

    # 1. a known conflict named in the text
    best_entry, best_hits = None, 0
    for entry in entries:
        regex = _entry_regex(entry)
        if regex is None:
            continue
        count = 0
        for s, e in live:
            for match in regex.finditer(body, s, e):
                if not _inside(match.start(), match.end(), ignored):
                    count += 1
        if count > best_hits:
            best_entry, best_hits = entry, count
    if best_entry is not None and _entry(best_entry, "parties"):
        return {"id": _entry(best_entry, "id"), "name": _entry_name(best_entry, lex.lang),
                "parties": list(_entry(best_entry, "parties"))}

    # 2. pairs of countries
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    pair_scores: dict[frozenset, float] = {}
    # the pairs that something besides a bare join sets apart: a conflict word beside them, a hostile
    # act of one on the other, the headline (`France and Germany vowed ...`, `France and Germany will
    # breach that`, five times in a story of their row with the European Commission: a pair joined by
    # `and` alone, however often, is one side acting together, not two adversaries, unless the headline
    # names the two: `Pertemuan perdana Korsel dan Korut digelar di DMZ`)
    firm_pairs: set[frozenset] = set()
    pair_order: dict[frozenset, tuple[str, str]] = {}
    hostile_words = 0
    strong_words: list[str] = []  # conflict words that are not also everyday words (`antara`, `crisis`)
    weak_words = 0
    hot_sentences: list[set] = []  # the states of each sentence with a conflict word
    strong_sentences: list[set] = []  # the states of the sentence of each word in strong_words
    fight_sentences: dict[int, set] = {}  # the states of each sentence with a word in strong_words
    strong_clauses: list[set] = []  # ... and of its comma clause
    # the states of the sentence of each everyday word of violence (lex.lone_state_context)
    weak_sentences: list[set] = []
    # each hot sentence's states, its words' clauses' states, and whether it holds a conflict word
    # that names no place (lex.place_words) or a hostile cue (not only `Kepolisian perbatasan Prancis`)
    hot_clauses: list[tuple[set, list[set], bool]] = []
    sport_words = 0
    attack_sentences: list[set] = []  # the states of the comma clause of each attack verb (lex.attacks)

    whole: list = []

    def body_hostile() -> list:
        """The hostile cues of the whole body, found once (several steps ask)."""
        if not whole:
            whole.append(_hostile(lex, slex, body, 0, len(body)))
        return whole[0]

    def add(a: str, b: str, score: float) -> None:
        key = frozenset((a, b))
        if key in _dependencies():
            return  # 'Hong Kong and China': a territory and its sovereign
        pair_scores[key] = pair_scores.get(key, 0.0) + score
        pair_order.setdefault(key, (a, b))
        if score > JOINED_ONLY:
            firm_pairs.add(key)

    # pairs named as partners (`kerja sama ... antara Suriah dengan Korea Utara`): two states
    # that work together (a weapons programme, a deal) are not each other's adversaries
    partners: set[frozenset] = set()
    attacked: set[frozenset] = set()  # pairs of a hostile act of one on the other in the text
    # each joined pair's sentences with a conflict word beside it, and whether a hostile cue is there too
    set_apart: dict[frozenset, set] = {}
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
                    continue  # `recovering from a 14-year civil war that came to an end in 2003`: history
                if _negated(lex, body, match, s):
                    continue  # `has not automatically led to heightened tensions`: no fight
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
                continue  # `UK casinos will be banned from using American tricks`: the subject is the target
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
                    continue  # `rejected calls for ... advice on the legality of the Iraq war`: a war's name
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

    # A sports report (`Indonesia vs Malaysia`, a `serangan` that is a football attack, a `final`):
    # eight or more words of sport, twice the conflict words that are not everyday words; or five with no
    # such conflict word at all (a rugby preview whose `warned ... defeat by Wales` set France against the
    # UK). Its text names no conflict; a registered conflict named in it still joins (step 1).
    if (sport_words >= 8 and sport_words >= 2 * len(strong_words)) or (sport_words >= 5 and not strong_words):
        return _registered_only(best_entry, lex)

    # A headline about cooperation (`Indonesia dan Australia sepakat tingkatkan kerja sama
    # perdagangan`, lex.cooperation_title) with no conflict word or hostile cue: the story is the
    # partnership, and the pairs its text names are partners or background. (Not every
    # cooperation word: `Greek PM reaffirms EastMed pipeline project` is about a dispute.)
    # (`saling`, `antara` alone name any relation: 'Jack ma dan trump saling puji')
    if title and lex.cooperation_title is not None and lex.cooperation_title.search(title) \
            and not (lex.context is not None and any(
                lex.relation is None or not lex.relation.fullmatch(m.group().casefold())
                for m in lex.context.finditer(title))) \
            and not _hostile(lex, slex, title, 0, len(title)):
        return _registered_only(best_entry, lex)

    # An obituary (`Burundi President Pierre Nkurunziza dies aged 55`, `Mantan presiden Haiti Rene
    # Preval tutup usia`: lex.obituary_title) with no conflict word, hostile cue or verb of opposing in
    # its headline, nor a word of a violent death (lex.violent_death: `shot`, `ditembak`): the wars and
    # coups its text names are the person's life story, not the story's conflict (a registered conflict
    # named in it still joins). ('Pemenang nobel Liu Xiaobo meninggal dunia kecam China' has a verb of
    # opposing: the story is the dispute over the death.)
    if title and lex.obituary_title is not None and lex.obituary_title.search(title) \
            and not (lex.violent_death is not None and lex.violent_death.search(title)) \
            and not (lex.context is not None and lex.context.search(title)) \
            and not (lex.headline_opposes is not None and lex.headline_opposes.search(title)) \
            and not _hostile(lex, slex, title, 0, len(title)):
        return _registered_only(best_entry, lex)

    # The headline names the two sides of most stories about a dispute ("UK urges US to waive
    # immunity", "Iran issues arrest warrants for ... Trump"): two states in it, in an article
    # with conflict words that are not only everyday words (`crisis`, `between`: lex.weak_context),
    # or a hostile verb in the headline, weigh more than a pair in the text.
    headline = title_countries(title, finder)
    weight = 2.0
    if len(headline) < 2:
        # a lower-case headline ('... ditahan ri protes mesir') names its states less surely
        headline, weight = title_countries(title, finder, lower_case=True), 1.0
    # (`antara` / `between` alone in a headline names any relation: 'Diplomasi golf antara Donald
    # Trump dan Shinzo Abe')
    in_title = lex.context is not None and bool(title) and any(
        lex.relation is None or not lex.relation.fullmatch(m.group().casefold()) for m in lex.context.finditer(title))
    # (a conflict word in a clause naming only other states is about another conflict: `aid
    # slated for Ukraine, which is currently in a military conflict with Russia` in a story of a
    # US House subpoena with `Ukraine` in its headline)
    own_words = [w for w, clause in zip(strong_words, strong_clauses)
                 if not clause or clause & set(headline)]
    # (a headline in which one of its states backs the other, with no conflict word or hostile
    # cue in it, sets them on one side: 'Trump katakan akan akui Yerusalem sebagai ibu kota Israel')
    backing_title = bool(title) and lex.headline_backs is not None and len(headline) == 2 \
        and not in_title and not _hostile(lex, slex, title, 0, len(title)) \
        and not (lex.headline_opposes is not None and lex.headline_opposes.search(title)) and any(
            _headline_between(title, finder, m.start(), headline) for m in lex.headline_backs.finditer(title))
    # (a headline whose second state is where someone goes or is sent, with no conflict word or
    # hostile cue of its own: 'AS Kirim 200 Tentara Tambahan ke Suriah', 'Bangladesh paksa puluhan
    # rohingya pulang ke myanmar': a destination or a place, not the first state's adversary)
    destination = len(headline) == 2 and lex.headline_destination is not None and not in_title \
        and not _hostile(lex, slex, title, 0, len(title)) and _destination(lex, title, finder, headline)
    if len(headline) == 2 and (own_words or in_title or _hostile(lex, slex, title, 0, len(title))
                               or len(body_hostile()) >= 2) \
            and not _cooperating(lex, title, 0, len(title)) and not backing_title \
            and not destination and not _civilians_only(lex, title, finder) \
            and not _civilian_headline(lex, title, finder, headline, attacked, hot_sentences):
        add(headline[0], headline[1], weight)
        for code in headline:
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, -1)

    if len(headline) == 2 and lex.cooperation is not None and not _settles(slex, title, 0, len(title)):
        # 'Korut suriah diduga kerja sama senjata kimia': both states before a word of cooperation,
        # no hostile cue between them (not 'Kurds announce deal with Assad's government as Turkey
        # invades Syria')
        for m in _cooperating(lex, title, 0, len(title)):
            if set(title_countries(title[:m.start()], finder, lower_case=True)) >= set(headline) \
                    and not _hostile(lex, slex, title, 0, m.start()):
                partners.add(frozenset(headline))
                break

    name, named = _region_name(body, live, finder, slex, ignored, lex)
    if name and named < 2 and body.count(name) < 2 and not (
            title and name.casefold() in title.casefold()):
        name = None  # named once in passing ('the Korean War'): not what the article is about

    def rank(key: frozenset) -> tuple:
        codes = list(key)
        return (pair_scores[key] + 0.1 * min(counts.get(c, 0) for c in codes),
                sum(counts.get(c, 0) for c in codes))

    parties: list[str] = []
    dismissed: frozenset = frozenset()  # a pair set apart only by a remark or a lone accusation
    if pair_scores:
        best = max(pair_scores, key=rank)
        # A state named once in an article that names some state three times or more is a
        # passing mention (`the conflict between Armenia and Azerbaijan` in an interview about a
        # US election): not the article's conflict. So are two states named once each, with no
        # hostile act of one on the other, outside the headline (`Martinus secara spesifik menyebut
        # serangan di Filipina dan Inggris` in a story of a bombing in Jakarta): places named together
        # in a long article (LONG_ARTICLE sentences or more; a brief of one sentence is its story).
        passing = min(counts.get(c, 0) for c in best) <= 1 and (
            max(counts.values(), default=0) >= 3
            or (max(counts.get(c, 0) for c in best) <= 1 and best not in attacked and not best <= set(headline)
                and len(live) >= LONG_ARTICLE))
        # One hostile act alone, in an article with no conflict word whose headline does not name
        # the two, by or on a state named twice at most and a third as often as the other
        # (`London menolak pemilihan Riyadh` in a story of Saudi women's rights): a passing
        # reaction, not the story's conflict (not `despite criticism by the Greek foreign minister`
        # in a story that names Greece four times, Turkey six).
        pair_named = sorted(counts.get(c, 0) for c in best)
        # So is one hostile act on or by a state named in one sentence in twenty or fewer, outside the
        # headline (`Trump said he banned travel from China` in a digest of a month of a US election
        # campaign, China named three times in 257 sentences): a remark in a long story of other things.
        # And so is the one hostile cue of a long article with no conflict word, however often the two
        # are named (`Guantanamo Bay detainees ... had their passports withdrawn by the UK` in a story
        # of a court ruling): an act reported, not a conflict the story is about; and a hostile act in
        # an article with no conflict word that names a war of history (lex.past_wars: `a Japanese
        # bomber had attacked a U.S. vessel` in a story of a World War II wreck found): that war's act.
        lone_act = pair_scores[best] <= 1.0 and not best <= set(headline) and (
            hostile_words == 0 and pair_named[0] <= 2 and 3 * pair_named[0] <= pair_named[1]
            or hostile_words == 0 and len(body_hostile()) <= 1 and len(live) >= LONG_ARTICLE
            or hostile_words == 0 and _said(lex.past_wars, body, live, ignored)
            or PASSING_SHARE * pair_named[0] <= len(live))
        # A lone accusation (`Amerika Serikat dan Korea Selatan menuding ... rezim Korut merupakan
        # dalang` at the end of a story of a murder trial in Malaysia): one hostile act, no conflict
        # word that is no everyday word, the two states named twice at most each and not in the
        # headline, in a long article: background to the story, not its conflict.
        accusation = not strong_words and pair_scores[best] <= 1.0 and not best <= set(headline) \
            and pair_named[1] <= 2 and len(live) >= LONG_ARTICLE
        # A background remark (`The current tension between Chinese and Australia fuel public
        # speculation` in an interview with a candidate for mayor): the pair set apart beside a
        # conflict word in one sentence only, with no hostile cue there (not `Gibraltarians rejected plans for the Rock's sovereignty
        # to be shared between Britain and Spain`) nor a hostile act of one on the other elsewhere, not
        # in the headline, in a long article (LONG_ARTICLE sentences or more: a brief of a few sentences
        # is about that tension) with one conflict word at most that is no everyday word.
        apart = set_apart.get(best, set())
        remark = len(strong_words) <= 1 and best not in attacked and not best <= set(headline) \
            and len(apart) == 1 and not any(hostile for _, hostile in apart) and len(live) >= LONG_ARTICLE
        if accusation or remark:
            dismissed = best  # (nor are the two the conflict as the states named most, below)
        if pair_scores[best] >= 1.0 and (best in firm_pairs or best <= set(headline)) and not passing and not lone_act and not accusation \
                and not remark:
            parties = sorted(best, key=lambda c: (-counts.get(c, 0), first.get(c, 0)))
            parties = _own_fight(parties, pair_scores[best], best in attacked or best <= set(headline),
                                 counts, strong_sentences)
    # Without a pair in the text, the most-named states, in an article with conflict words.
    # One state alone (a civil war, a state fighting militants) needs more: words that are also
    # everyday words (`lex.weak_context`: `between`, `crisis`, `serangan`, also a heart attack or a
    # football attack) count half, as they fill football reports, crime and health stories, and
    # at least one word must be a word of fighting alone (`perang`, `clashes`, `chemical weapons`).
    evidence = len(strong_words) + 0.5 * weak_words
    if not parties and counts and hostile_words >= 3:
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        top = ranked[0]
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        # The press's own country is named in most of its news (`bantuan kemanusiaan dari
        # Indonesia`, `Komisi I DPR RI`): beside a foreign state named most, it is no rival
        # unless a sentence with a conflict word names the two.
        home = pack.get("home_country")
        rivals = [c for c in ranked[1:] if not (c == home and top != home and not any(
            {top, home} <= codes for codes in hot_sentences))]
        lone_second = counts[rivals[0]] if rivals else 0
        if counts[top] >= 3 and counts[top] >= 2 * lone_second:
            # (one word of fighting at least in a sentence naming the state: `the conflict between
            # congressional leaders and the president` in a story of US states suing their
            # President is no conflict of the US)
            # (or an everyday word of violence, lex.lone_state_context, in a sentence naming that
            # state alone, when the article has a word of fighting elsewhere: `meminta otoritas
            # Myanmar mengakhiri kekerasan` and `kelompok militan ... serbuan militer` in the next
            # paragraph; not an economic `crisis` or the `border` of a wall)
            # (and armed actors, lex.armed_actors, named somewhere: troops, rebels, militants, a
            # secession movement; a state's `war` of words, a `dispute` over tariffs, a civil war
            # long over in a business story have none: `Tony Blair and Gordon Brown ... declared
            # all out war on each other`)
            # (the words of fighting are about that state: more of their sentences name it than name
            # any other state; not `the legality of the war` and `soldiers fighting the war in Iraq`
            # in a story of British politics naming Britain most), and they name it in more than one
            # sentence in PASSING_SHARE (not two sentences of war in a 250-sentence digest of a US
            # election campaign)
            if evidence >= 3 and (_leads_fighting(top, fight_sentences.values(), len(live))
                                  or (strong_words and any(codes == {top} for codes in weak_sentences))) \
                    and (_said(lex.armed_actors, body, live, ignored)
                         or _said(lex.armed_groups, body, live, ignored)):
                parties = [top]
        elif second >= 2 and frozenset(ranked[:2]) not in partners and frozenset(ranked[:2]) != dismissed and any(
                firm and set(ranked[:2]) <= codes and any(not clause or clause & set(ranked[:2]) for clause in clauses)
                for codes, clauses, firm in hot_clauses):
            # two states merely named most (a court case in Malaysia of a North Korean's murder,
            # a trade visit): only when one sentence sets them beside a conflict word that names no place
            # or a hostile cue (not `Kepolisian perbatasan Prancis menahan ... mantan PM Kosovo` in a
            # story of an arrest on a warrant of a third state)
            parties = ranked[:2]
        # The state most named, alone in every comma clause of an attack that names a state, two
        # such clauses or more (`tentara Myanmar menembaki para pengungsi`, `ARSA menyerang kepolisian
        # Myanmar`), in an article with a word of fighting: the one side of a one-sided conflict,
        # though a second state is named nearly as often as the place the victims flee to
        # (`pengungsi Rohingya di Bangladesh`).
        if not parties and counts[top] >= 3 and counts[top] > second and evidence >= 3 and strong_words:
            fought = [codes for codes in attack_sentences if codes]
            if len(fought) >= 2 and all(codes == {top} for codes in fought):
                parties = [top]
    # A state against a named armed group (`the Taliban`, `the Houthis`, `al-Qaeda`: lex.armed_groups),
    # a side that is no state: the group named three times or more, in an article with a conflict
    # word or an attack, more often than each state of the best pair, makes the conflict
    # one-sided: the state most named (and named three times or more, more than any other).
    group_names: dict[str, int] = {}
    if lex.armed_groups is not None:
        for s, e in live:
            for m in lex.armed_groups.finditer(body, s, e):
                if not _inside(m.start(), m.end(), ignored):
                    group_names[m.group()] = group_names.get(m.group(), 0) + 1
    groups = sum(group_names.values())
    # A verb of fighting aimed at a named armed group (`membantu Filipina memerangi ISIS`, `forces
    # fighting the Taliban`: lex.group_fight) is a word of fighting in itself: the story is about
    # a war on the group, though no other conflict word is written.
    fought = _fights_group(lex, body, live, ignored)
    # (a hostile cue of the group itself, in an article with no conflict word nor attack, is a warning
    # about the group, not a war on it: `Filipina harus mengerti bahwa ISIS mengancam daerah mereka` in
    # a story of a minister's plan to meet the neighbours; not `Officials blamed Boko Haram`)
    # (nor is a group named once in PASSING_SHARE sentences or less: `al-Qaeda` three times in a
    # 240-sentence debate on a British anti-terror bill)
    if groups >= 3 and groups * PASSING_SHARE > len(live) and counts \
            and (strong_words or weak_words or attack_sentences or fought
                 or any(not _group_act(lex, body, m.start()) for m in body_hostile())) \
            and (not parties or groups > max(counts.get(c, 0) for c in parties)):
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        top = ranked[0]
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        tied = [c for c in ranked if counts[c] == counts[top]]
        if len(tied) == 2 and len(set(tied) & set(headline)) == 1:
            # (`Petinggi ISIS tewas dalam serangan udara di Afghanistan`, the US and Afghanistan
            # named as often: the state the headline names is the one at war with the group, the
            # other its helper)
            top, second = next(c for c in tied if c in headline), 0
        if counts[top] >= 3 and counts[top] > second:
            parties = [top]
            if not name:  # `Afghanistan–Taliban`
                name = country_name(top, lex.lang) + "\u2013" + max(group_names, key=group_names.get)
    # A state alone against militants or bombers, in an article that names the police, no armed
    # forces of a state and no war (lex.police, lex.armed_forces, lex.war: `Kepolisian Malaysia ...
    # memberantas pengaruh ... kelompok militan ISIS`, `a blast at a police headquarters`): a crime or
    # terror inquiry at home, domestic security, not an armed conflict (not a journalist shot in a
    # state at civil war, whose police investigate).
    if len(parties) == 1 and _said(lex.police, body, live, ignored) \
            and not _said(lex.armed_forces, body, live, ignored) and not _said(lex.war, body, live, ignored):
        parties = []
    # A headline that sets the states it names against a side that is no state ('Nobel laureate
    # Liu Xiaobo dies, world condemns China', 'RI Malaysia lawan resolusi UE soal sawit'): a verb
    # of opposing (lex.headline_opposes) with states on one side of it only. With no conflict
    # from the text, those states (one or two) are the parties: one side of a one-sided dispute.
    if not parties and title and lex.headline_opposes is not None:
        verb = lex.headline_opposes.search(title)
        if verb is not None and lex.not_conflict is not None and any(
                m.start() <= verb.start() and verb.end() <= m.end()
                for m in lex.not_conflict.finditer(title)):
            verb = None  # `... drink cow urine to fight off COVID-19`: no side is opposed
        if verb is not None and lex.domestic_objects is not None \
                and lex.domestic_objects.match(title, verb.end()) \
                and not title_countries(title[verb.end():], finder, lower_case=True):
            # 'Ukrainian president rejects prime minister's resignation': what is opposed is an
            # office of the state itself (lex.domestic_objects): a government's own affair
            verb = None
        if verb is not None and _name_word(title, verb.start()):
            verb = None  # `Wales silent on Grand Slam talk`: a word of a name, no verb
        if verb is not None:
            # ('Kunjungi pengungsi suriah angelina jolie kecam pasukan perdamaian': a state that only
            # qualifies civilians, where refugees come from, is no side of the verb)
            civilian = _civilian_states(lex, title, finder)
            # (nor is a state that names a war, in the headline or in every sentence of the body that
            # names it: 'Bishop attacks the cost of the Iraq war', 'Premier rejects calls over Iraq advice'
            # with only `whether the Iraq war was legal` in its text: the war at home in a row over it, no side)
            civilian |= _war_names_only(lex, title, body, live, finder, slex, ignored)
            # (the sides stand in the verb's clause of the headline: not `Warga Tolak Pajak Baru, Begini
            # Pesan KBRI Kanada`, whose state is where the advice comes from)
            lo, hi = _headline_clause(title, verb.start(), verb.end())
            if not title[:verb.start()].strip():
                hi = len(title)  # (a verb fronted before its subject: 'Lawan China, AS Siapkan ...')
            before = [c for c in title_countries(title[lo:verb.start()], finder, lower_case=True) if c not in civilian]
            after = [c for c in title_countries(title[verb.end():hi], finder, lower_case=True) if c not in civilian]
            side = before if not after else after if not before else []
            # (a lone side named only through an official's name, opposed by no state, is a person's
            # row with a politician, not a dispute of states: 'Taktik Elon Musk Lawan Trump')
            if side and not set(side) & set(title_countries(title[lo:hi], finder, lower_case=True,
                                                             officials=False)):
                side = []
            if 1 <= len(side) <= 2 and frozenset(side) not in _dependencies():
                parties = side
    # A diplomatic row of the press's own country (lex.home_disputes: an envoy summoned, entry
    # refused, a protest note, an explanation demanded): its government acts through officials
    # the news rarely ties to the country by name (`Menlu Retno`, `Panglima TNI`), so the home
    # country is named little. With no conflict from the text, such an act, the home country
    # named, and one foreign state named three times or more and twice as often as any other:
    # the two are the parties.
    home = pack.get("home_country")
    # (the home state acts through its own bodies, named without it: `Panglima TNI`, `Kemlu`)
    if not parties and home and lex.home_disputes is not None \
            and any(not _inside(m.start(), m.end(), ignored)
                    for s, e in live for m in lex.home_disputes.finditer(body, s, e)) \
            and (counts.get(home, 0) >= 1 or _said(home_bodies(pack), body, live, ignored)):
        foreign = sorted((c for c in counts if c != home and frozenset((c, home)) not in _dependencies()),
                         key=lambda c: (-counts[c], first[c]))
        if foreign and counts[foreign[0]] >= 3 and (
                len(foreign) == 1 or counts[foreign[0]] >= 2 * counts[foreign[1]]):
            parties = [home, foreign[0]]
    # Two rival camps (a contest at a summit, a vote, a negotiation): with no conflict yet, two
    # states each backed by two other states or more (`Kanada yang didukung oleh Uni Eropa, Amerika
    # Serikat dan Meksiko`, `Belarusia, yang didukung oleh ... Rusia, Mesir, Qatar`), by backers of
    # one camp only, in an article with an opposing cue (`telah memblokir sebuah rencana`): the two
    # backed states are the parties.
    if not parties:
        parties = _rival_camps(art, body, live, finder, slex, ignored, counts, first)
    # A place whose sovereignty two states dispute (lex.disputed_places: `Yerusalem`: Israel and
    # Palestine), named twice or more in an article with an opposing cue or a conflict word and no
    # conflict found otherwise (`voting resolusi terkait Yerusalem ... menolak keputusan Trump`):
    # the dispute over it is the article's conflict, though a claimant goes unnamed.
    if not parties and (hostile_words or body_hostile()):
        parties = _disputed_place(lex, body, live, ignored)
    # A people that is no state in a crisis with the state it lives in (lex.peoples: `konflik
    # kemanusiaan Rohingya`, `kekerasan militer terhadap Rohingya`): named with a conflict word or
    # a word of violence in two sentences or more, its state named too, with no conflict found
    # otherwise: that state is the one party (`pengungsi Rohingya di Bangladesh`: not where they
    # flee to). A pair holding that state is the crisis seen from a neighbour (`Bangladesh protes
    # Myanmar tanam ranjau di perbatasan` to stop the Rohingya's return): the state stays the one
    # party, and the neighbour's acts are its stance.
    people_crisis = False  # (the state of a people's crisis is its party, though named as a place)
    if lex.peoples is not None and (not parties or len(parties) == 2 and frozenset(parties) not in attacked):
        crisis = _people_crisis(lex, body, live, ignored, counts, finder)
        if crisis and (not parties or crisis[0] in parties):
            parties = crisis
            people_crisis = True
    # A state the text shows helping the other's forces or backing it (`pasukan khusus AS membantu
    # militer Afghanistan melawan kelompok militan`, `Pasukan Suriah dan milisi yang didukung Iran
    # melancarkan serangan`), with no hostile act of one on the other in the text, is its backer, not
    # its adversary: the one helped is the only party (a one-sided war on rebels or militants).
    if len(parties) == 2 and frozenset(parties) not in attacked:
        helped = {b for a, b in _helpers(art, lex, body, live, finder, slex, ignored)
                  if {a, b} == set(parties)}
        if len(helped) == 1:
            parties = list(helped)
    if len(parties) == 2 and frozenset(parties) in _dependencies():
        parties = []  # a territory and its sovereign named most: domestic, not between states
    # A territory threatened or attacked by a foreign state (`Korea Utara ... ancaman rudal
    # balistik ke arah Guam, wilayah AS`) is not a state: its side in a conflict between states is
    # its sovereign's (the US), which speaks and acts for it.
    # (Two parties only: a territory alone, in unrest of its own, stays as it is.)
    if len(parties) == 2:
        parties = list(dict.fromkeys(sovereigns().get(c, c) for c in parties))
    # (a state the headline names, `Petinggi ISIS tewas dalam serangan udara di Afghanistan`, is the
    # story's own, though the text names it only where things happen)
    if len(parties) == 1 and not people_crisis and parties[0] not in title_countries(title, finder, lower_case=True) \
            and _scene_only(lex, body, live, finder, slex, ignored, parties[0]):
        parties = []  # `kidnapped in Iraq`, `the war on Iraq`: the scene of a story at home, no party
    if len(parties) == 1 and parties[0] == pack.get("home_country"):
        parties = []  # the press's own country alone: domestic news, not a conflict between states
    if not parties:
        return _registered_only(best_entry, lex)

    if not name:
        name = "\u2013".join(country_name(c, lex.lang) for c in parties)
    # A registry entry with the same parties joins the article to it. The sheet keeps what this
    # article calls the conflict (the site shows the registry's name): so an article extracted
    # before and after its conflict was registered gives the same sheet.
    for entry in entries:
        if set(_entry(entry, "parties") or []) == set(parties):
            return {"id": _entry(entry, "id"), "name": name, "parties": parties}
    return {"id": None, "name": name, "parties": parties}


# The marks that end a clause of a headline (`Warga Tolak Pajak Baru, Begini Pesan KBRI Kanada`,
# `Lawan Trump: Bikin Partai Politik`, `X - Y`).
_HEADLINE_CLAUSE = re.compile(r"[,;:|]|\s[-\u2013\u2014]\s")


def _headline_clause(title: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of the headline that holds title[start:end]."""
    lo = 0
    for m in _HEADLINE_CLAUSE.finditer(title, 0, start):
        lo = m.end()
    after = _HEADLINE_CLAUSE.search(title, end)
    return lo, after.start() if after is not None else len(title)


def _name_word(title: str, pos: int) -> bool:
    """The word at `pos` of a sentence-case headline is written with a capital after a capitalised
    word: a word of a name (`Wales silent on Grand Slam talk`), no verb. (In a headline in title
    case, or in lower case, capitals tell nothing.)"""
    if pos == 0 or not title[pos].isupper():
        return False
    words = [m for m in re.finditer(r"[^\W\d_][\w'\u2019-]*", title) if m.start() > 0 and m.start() != pos]
    long_words = [m.group() for m in words if len(m.group()) > 3]
    if not long_words or sum(1 for w in long_words if w[0].isupper()) * 2 > len(long_words):
        return False  # title case: every word has its capital
    return re.search(r"[A-Z\u00C0-\u00DE][\w'\u2019-]*\s+$", title[:pos]) is not None


def _leads_fighting(state: str, sentences: Any, length: int) -> bool:
    """More of the sentences with a word of fighting name `state` than name any other state, and
    more than one in PASSING_SHARE of the article's `length` sentences."""
    tally: dict[str, int] = {}
    for codes in sentences:
        for code in codes:
            tally[code] = tally.get(code, 0) + 1
    own = tally.get(state, 0)
    return own > max((n for c, n in tally.items() if c != state), default=0) and own * PASSING_SHARE > length


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
        # (four words, a possessive one, within the clause: `following the end of Lebanon's bitter 15-year
        # civil war`)
        if before and re.fullmatch(r"\s*(?:[\w'\u2019-]+\s+){0,4}", body[before[-1].end():word.start()]):
            return True
    return False


_WAR_GAP = re.compile(r"[\s-]*")


def _negated(lex: ConflictLexicon, body: str, word: re.Match, start: int) -> bool:
    """A negator (lex.negated: `not`, `never`, `no`) a few words before the conflict word, in its
    clause: `has not automatically led to heightened tensions`, `no plan for an invasion`."""
    if lex.negated is None:
        return False
    return lex.negated.search(body[max(start, word.start() - 60):word.start()]) is not None


def _scene_only(lex: ConflictLexicon, body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                ignored: list, state: str) -> bool:
    """Every mention of the lone state is a place (lex.place_before: `kidnapped in Iraq`, `go to
    Iraq`), the name of a war (`the war on Iraq`, `the Iraq war`) or a demonym of civilians (`Iraqi
    women prisoners`): no act, official or force of that state is in the story. A story at home of a
    hostage or a war debate, not the state's own conflict. (A state's name inside an armed group's
    name, `Negara Islam Irak dan Suriah`, is no mention of the state.)"""
    if lex.place_before is None:
        return False
    seen = False
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        # (a state's name inside an armed group's name, `Negara Islam Irak dan Suriah`, is the group's)
        groups = [m.span() for m in lex.armed_groups.finditer(body, s, e)] \
            if lex.armed_groups is not None and any(hit.code == state for hit in hits) else []
        for hit in hits:
            if hit.code != state:
                continue
            if any(a <= hit.start and hit.end <= b for a, b in groups):
                continue
            seen = True
            if lex.place_before.search(body[max(s, hit.start - 40):hit.start]):
                continue
            if lex.war is not None:
                gap = _WAR_GAP.match(body, hit.end)
                if lex.war.match(body, gap.end()) is not None:
                    continue  # `the Iraq war`
                if lex.war_places is not None and any(
                        lex.war_places.fullmatch(body, m.end(), hit.start)
                        for m in lex.war.finditer(body, max(s, hit.start - 30), hit.start)):
                    continue  # `the war on Iraq`
            if lex.civilian_nouns is not None and lex.civilian_nouns.match(body, hit.end):
                continue
            return False
    return seen


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


def _war_names_only(lex: ConflictLexicon, title: str, body: str, live: list[tuple[int, int]], finder: Any,
                    slex: Any, ignored: list[tuple[int, int]]) -> set:
    """The states of a headline that only name a war: right before a war word in the headline (`Iraq
    war cost`), or named in the body only as a war's name (`the Iraq war`, `the war in Iraq`).
    (Asked once per article, of a headline with a verb of opposing: one pass over the body.)"""
    if lex.war is None:
        return set()
    in_title = finder.find(title)
    named = {m.code for m in in_title}
    out = {m.code for m in in_title if lex.war.match(title, _WAR_GAP.match(title, m.end).end())}
    plain: set = set()
    seen: set = set()
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        for hit in hits:
            if hit.code not in named:
                continue
            seen.add(hit.code)
            if lex.war.match(body, _WAR_GAP.match(body, hit.end).end()):
                continue  # `the Iraq war`
            if any(_war_named(lex, body, [hit], w.start()) for w in lex.war.finditer(body, max(s, hit.start - 20),
                                                                                      hit.start)):
                continue  # `the war in Iraq`, `the war on Iraq`
            plain.add(hit.code)
    return out | (seen - plain)


def _said(regex: re.Pattern | None, body: str, live: list[tuple[int, int]],
          ignored: list[tuple[int, int]]) -> bool:
    """A phrase of `regex` in a live sentence of the body (not a related headline)."""
    if regex is None:
        return False
    return any(not _inside(m.start(), m.end(), ignored)
               for s, e in live for m in regex.finditer(body, s, e))


def _disputed_place(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                    ignored: list[tuple[int, int]]) -> list[str]:
    """The claimants of the disputed place (lex.disputed_places) the text names most, twice or
    more; [] when none is."""
    best, most = [], 1
    for regex, claimants, firsts in lex.disputed_places:
        if not any(first in body for first in firsts):
            continue  # (not named at all: most articles)
        named = sum(1 for s, e in live for m in regex.finditer(body, s, e)
                    if not _inside(m.start(), m.end(), ignored))
        if named > most:
            best, most = list(claimants), named
    return best


def _own_fight(parties: list[str], score: float, hostile: bool, counts: dict[str, int],
               strong_sentences: list[set]) -> list[str]:
    """A pair set apart in one sentence only (score below 2, no hostile act of one on the other,
    not the headline's pair), its second state named twice at most, the first three times or
    more, in an article whose words of fighting stand mostly (three or more, more than beside the
    second state) in sentences that do not name the second state, one of them naming the first:
    the fight is the first state's own (`bentrokan antara warga dan petugas keamanan di Kashmir`),
    the pair history (`Kashmir ... diperebutkan oleh India dan Pakistan`). The first state alone."""
    if score >= 2.0 or hostile:
        return parties
    major, minor = parties
    if counts.get(minor, 0) > 2 or counts.get(major, 0) < 3:
        return parties
    own = [codes for codes in strong_sentences if minor not in codes]
    beside = len(strong_sentences) - len(own)
    if len(own) >= 3 and len(own) > beside and any(major in codes for codes in own):
        return [major]
    return parties


def _people_crisis(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                   ignored: list[tuple[int, int]], counts: dict[str, int], finder: Any) -> list[str]:
    """The state of the people (lex.peoples) named beside a conflict word that is no everyday word
    (lex.context), a word of violence (lex.lone_state_context) or of its displacement from that state
    named in the sentence (lex.displacement: `pengungsi Rohingya di perbatasan Bangladesh - Myanmar`; not
    `orang Rohingya mengungsi ke Bangladesh` in a story of India expelling them) in two sentences or
    more, when the text names that state."""
    if lex.context is None:
        return []
    found: dict[str, int] = {}
    for s, e in live:
        names = {m.group() for m in lex.peoples.finditer(body, s, e) if not _inside(m.start(), m.end(), ignored)}
        if not names:
            continue
        if not any(not _everyday(lex, m.group()) for m in lex.context.finditer(body, s, e)) and not (
                lex.lone_state_context is not None and lex.lone_state_context.search(body, s, e)) and not (
                lex.displacement is not None and lex.displacement.search(body, s, e)
                and {lex.people_states[n] for n in names} & {m.code for m in finder.find(body, s, e)}):
            continue  # (an everyday word, `perbatasan`, `antara`, is none: `mengungsi ke perbatasan India`)
        for name in names:
            state = lex.people_states[name]
            found[state] = found.get(state, 0) + 1
    return [state for state, n in found.items() if n >= 2 and counts.get(state, 0) >= 1][:1]


def _civilians_only(lex: ConflictLexicon, title: str, finder: Any) -> bool:
    """Every state the headline names by name or demonym qualifies a civilian or a private body
    (lex.civilian_nouns: `German migrant rescue charity ... Syrian toddler`): the headline names
    no act of a state, so it sets no two states against each other."""
    if lex.civilian_nouns is None:
        return False
    found = list(finder.find(title))
    return len({m.code for m in found}) >= 2 and all(
        lex.civilian_nouns.match(title, m.end) for m in found)


def _civilian_states(lex: ConflictLexicon, title: str, finder: Any) -> set[str]:
    """The states a headline names only as qualifying a civilian or a private body (lex.civilian_nouns
    after the state: `Syrian toddler`; lex.civilian_before before it: `pengungsi Suriah`)."""
    if lex.civilian_nouns is None and lex.civilian_before is None:
        return set()
    if title[1:] == title[1:].lower():  # (a lower-case headline: its words read as capitalised)
        title = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                       else w.group().capitalize(), title)
    civilian, acting = set(), set()
    for m in finder.find(title):
        if (lex.civilian_nouns is not None and lex.civilian_nouns.match(title, m.end)) or (
                lex.civilian_before is not None and lex.civilian_before.search(title, 0, m.start)):
            civilian.add(m.code)
        else:
            acting.add(m.code)
    return civilian - acting


def _civilian_headline(lex: ConflictLexicon, title: str, finder: Any, headline: list[str], attacked: set,
                       hot_sentences: list[set]) -> bool:
    """The headline's first state only qualifies a civilian or a private body, its subject (`US
    company admits Benin bribery`, `Irish company hit by Iraqi report`, `Pewarta lepas AS tewas ...`),
    and the body never sets the two apart (no hostile act of one on the other, no sentence naming both
    beside a conflict word): the headline tells no act of that state; the firm's or the victim's
    nationality is no side. (A civilian of the second state, `German navy intercepts ship after drowned
    Syrian toddler`, may be what the first state's act is about.)"""
    pair = frozenset(headline)
    if pair in attacked or any(pair <= codes for codes in hot_sentences):
        return False
    return headline[0] in _civilian_states(lex, title, finder)


def _destination(lex: ConflictLexicon, title: str, finder: Any, headline: list[str]) -> bool:
    """The headline's second state stands right after a preposition of direction or place
    (lex.headline_destination: `ke`, `to`), the first before it."""
    for m in finder.find(title) if title[1:] != title[1:].lower() else ():
        if m.code == headline[1] and m.code != headline[0]:
            return bool(lex.headline_destination.search(title[:m.start]))
    low = re.sub(r"[^\W\d_]+", lambda w: w.group().upper() if len(w.group()) == 2
                 else w.group().capitalize(), title)
    for m in finder.find(low):
        if m.code == headline[1] and m.code != headline[0]:
            return bool(lex.headline_destination.search(low[:m.start]))
    return False


def _headline_between(title: str, finder: Any, pos: int, headline: list[str]) -> bool:
    """The headline's two states stand one before `pos` and the other after it."""
    before = title_countries(title[:pos], finder, lower_case=True)
    after = title_countries(title[pos:], finder, lower_case=True)
    return bool(set(before) & set(headline)) and bool(set(after) & set(headline) - set(before))


def _rival_camps(art: Any, body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                 ignored: list[tuple[int, int]], counts: dict, first: dict) -> list[str]:
    """The two states each backed by two states or more, by disjoint camps, when the article has
    an opposing cue; [] otherwise. A backer is the subject before a backing cue with the backed
    state right after it (`Rusia memang mendukung pernyataan Belarusia`), or the agent of a passive
    one with the backed state before it (`Kanada yang didukung oleh Amerika Serikat dan Meksiko`)."""
    camps: dict[str, set] = {}
    opposed = False
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        for match in slex.cues.finditer(body, s, e):
            c_start, c_end = match.span()
            if _inside(c_start, c_end, ignored):
                continue
            category = slex.category_of(match)
            if category is None or category.position not in ("backs", "opposes") \
                    or category.target in ("mutual", "between") or category.members:
                continue
            if slex.negation_before is not None and slex.negation_before.search(
                    body, max(s, c_start - 50), c_start):
                continue
            if category.position == "opposes":
                opposed = True
                continue
            if not hits:
                continue
            clause_end = _clause_end(body, c_end, e)[0]
            agents = art.passive_agents(hits, c_start, c_end, s, clause_end)
            if agents:
                backers = {h.code for h in agents}
                before = [h for h in hits if h.end <= c_start and c_start - h.end <= 90
                          and h.code not in backers]
                backed = before[-1].code if before else None
            else:
                backers = {h.code for h in art.subject(hits, s, e, []) if h.end <= c_start}
                after = [h for h in hits if c_end <= h.start <= c_end + 40 and h.code not in backers]
                backed = after[0].code if after and backers else None
            if backed is not None:
                camps.setdefault(backed, set()).update(backers - {backed})
    if not opposed:
        return []
    big = sorted((c for c in camps if len(camps[c]) >= 2),
                 key=lambda c: (-len(camps[c]), -counts.get(c, 0), first.get(c, 0)))
    if len(big) < 2:
        return []
    a, b = big[0], big[1]
    if camps[a] & camps[b] or a in camps[b] or b in camps[a]:
        return []
    return sorted((a, b), key=lambda c: (-counts.get(c, 0), first.get(c, 0)))


def _helpers(art: Any, lex: ConflictLexicon, body: str, live: list[tuple[int, int]], finder: Any,
             slex: Any, ignored: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """(backer, backed) pairs: a verb of helping forces (lex.helps: `membantu`) with a state just
    before it and the state it helps at most two words after it (`pasukan khusus AS membantu
    militer Afghanistan`), or the agent of a passive backing cue with the backed state before it
    (`Pasukan Suriah dan milisi yang didukung Iran`). A negated cue is none."""
    found: set[tuple[str, str]] = set()
    for s, e in live:
        hits = find_mentions(body, s, e, finder, slex, ignored)
        if len(hits) < 2:
            continue
        cues = list(lex.helps.finditer(body, s, e)) if lex.helps is not None else []
        for match in cues:
            if _inside(match.start(), match.end(), ignored) or (slex.negation_before is not None and
                                                                slex.negation_before.search(body, max(s, match.start() - 50), match.start())):
                continue
            before = [h for h in hits if h.end <= match.start() and match.start() - h.end <= 40]
            after = [h for h in hits if h.start >= match.end()
                     and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}", body[match.end():h.start])]
            if before and after and before[-1].code != after[0].code:
                found.add((before[-1].code, after[0].code))
        for match in slex.cues.finditer(body, s, e):
            category = slex.category_of(match)
            if category is None or category.position != "backs" or category.members \
                    or category.target in ("mutual", "between") \
                    or _inside(match.start(), match.end(), ignored):
                continue
            if slex.negation_before is not None and slex.negation_before.search(
                    body, max(s, match.start() - 50), match.start()):
                continue
            agents = art.passive_agents(hits, match.start(), match.end(), s, _clause_end(body, match.end(), e)[0])
            for agent in agents:
                before = [h for h in hits if h.end <= match.start() and match.start() - h.end <= 90
                          and h.code != agent.code]
                if before:
                    found.add((agent.code, before[-1].code))
    return found


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
    casinos will be banned from using American tricks of the trade`)."""
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


def _fights_group(lex: ConflictLexicon, body: str, live: list[tuple[int, int]],
                  ignored: list[tuple[int, int]]) -> bool:
    """A verb of fighting (lex.group_fight) at most two words before a named armed group."""
    if lex.group_fight is None or lex.armed_groups is None:
        return False
    for s, e in live:
        for group in lex.armed_groups.finditer(body, s, e):
            if _inside(group.start(), group.end(), ignored):
                continue
            verbs = list(lex.group_fight.finditer(body, max(s, group.start() - 30), group.start()))
            if verbs and re.fullmatch(r"\W*(?:\w+\W+){0,2}", body[verbs[-1].end():group.start()]):
                return True
    return False


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


def _registered_only(entry: Any, lex: ConflictLexicon) -> dict | None:
    """A registered conflict named in the text without parties, or None."""
    if entry is not None:
        return {"id": _entry(entry, "id"), "name": _entry_name(entry, lex.lang), "parties": []}
    return None


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


def _region_name(body: str, live: list[tuple[int, int]], finder: Any, slex: Any,
                 ignored: list[tuple[int, int]], lex: ConflictLexicon) -> tuple[str | None, int]:
    """The region or topic most often named beside a region or conflict word."""
    scores: dict[str, int] = {}
    common = _common_words(lex.lang)
    for s, e in live:
        for regex in (lex.region_before, lex.region_after):
            if regex is None:
                continue
            for match in regex.finditer(body, s, e):
                name = match.group(1).strip(" -\u2013")
                start, end = match.span(1)
                if regex is lex.region_after and body[match.end() - 1:match.end()] and \
                        body[end:match.end()].strip()[:1].isupper():
                    # 'the Syrian Civil War', 'the Gulf War': the word is part of the name
                    name, end = body[start:match.end()].strip(" -\u2013"), match.end()
                name = re.sub(r"^(?:The|A|An)\s+", "", name)  # a sentence's capitalised article
                if len(name) < 3 or "n't" in name or "n’t" in name:
                    continue
                if all(w.casefold() in common for w in name.split()):
                    continue  # 'World', 'Don't': ordinary words, not a region or topic
                # a name made only of countries (`Armenia-Azerbaijan`) is not a region
                hits = find_mentions(body, start, end, finder, slex, ignored)
                covered = sum(h.end - h.start for h in hits)
                if covered >= len(name.replace(" ", "").replace("-", "")) * 0.6:
                    continue
                scores[name] = scores.get(name, 0) + 1
    if not scores:
        return None, 0
    best = max(scores, key=lambda n: (scores[n], len(n)))
    return best, scores[best]
