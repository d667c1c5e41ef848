"""The stance lexicon of a language, compiled: `stance_lexicon`.

Decides which phrases are cues of which category (`Category`: position, weight, where the target
stands) and builds every pattern the stance and conflict readers ask of a language (negators,
conditionals, subject blockers, passive agents, partners, coalitions, joint forces, blocs, measures)
from the `stance_lexicon` section of generator/lang/<lang>.stances.yaml (and the conflict words and
attacks of its `conflict_lexicon`). Compiled once per pack.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .phrase_tables import PhraseTable, alternation, normalise_phrase, phrase_pattern
from .stance_inputs import compiled_lexicon, lexicon_data


@dataclass
class Category:
    name: str
    position: str  # backs | opposes | appeal | neutral | concern
    weight: float
    target: str  # after | before | any
    claimable: bool = True  # False for public acts (recognition, sanctions): facts, not claims
    # an appeal aimed at one party only ('mendesak Myanmar untuk melindungi warga sipil') is a
    # demand on that side (CAMEO 10 Demand, verbal conflict): this position, at this weight
    one_side: str | None = None
    one_side_weight: float = 0.0
    # with a single party (a one-sided conflict) a cue naming no party points at it
    # ('menyebut krisis ini sebagai genosida')
    lone_party: bool = False
    # False for leverage that is no hostile act between states (withholding aid on a condition):
    # conflict detection does not read it as one state acting against another
    hostile: bool = True
    # a noun of a party's supporters (`para pendukungnya`, `its allies`): it names backers only
    # through a list after a member marker (`Israel dan para pendukungnya, termasuk AS`)
    members: bool = False
    # a relation that binds both ways (`sekutu`, `teman`, `ally`): a party that names a state its
    # friend or ally (`kami memiliki pertemanan yang sama dengan Rusia`) tells that state's side
    mutual: bool = False


@dataclass
class StanceLexicon:
    lang: str
    categories: dict[str, Category]
    cues: PhraseTable
    calls_for: PhraseTable
    negators: set[str]
    negation_before: re.Pattern | None
    conditionals: re.Pattern | None
    questions: re.Pattern | None
    hedges: re.Pattern | None
    first_person: re.Pattern | None
    third_person: re.Pattern | None
    claim_before: re.Pattern | None
    blocker_before: re.Pattern | None
    source_before: re.Pattern | None
    coordinator_gap: re.Pattern
    both_sides: re.Pattern | None
    metonyms: re.Pattern | None
    metonym_codes: dict[str, str] = field(default_factory=dict)
    # `The president of Turkey vowed support ...`: an office of a state right before it (`of`
    # is a blocker): the state is the subject unless the office itself is governed by a preposition
    office_before: re.Pattern | None = None
    relative: re.Pattern | None = None
    # `Presiden Amerika Serikat Donald Trump yang mengakui ...`: a state, an official's name, a relative
    relative_after_name: re.Pattern | None = None
    act_before: re.Pattern | None = None
    # `menolak keputusan Trump yang menyatakan ...`: an act noun right after a cue, then its owner (a
    # state or its official, after at most two capitalised words of title)
    act_owned: re.Pattern | None = None
    act_after: re.Pattern | None = None
    pronoun_subjects: re.Pattern | None = None
    # passive voice: `was condemned by Egypt`, `dikecam oleh Mesir` (agent after the marker)
    passive_marker: re.Pattern | None = None
    passive_words: set[str] = field(default_factory=set)
    passive_aux: re.Pattern | None = None
    # `Houthi yang didukung Iran`: a passive form whose agent may follow it without a marker
    passive_forms: set[str] = field(default_factory=set)
    # `yang diinisiasi pemerintah AS`: nouns of a state's organs that may stand between the
    # passive form and its state
    agent_nouns: set[str] = field(default_factory=set)
    # partners of an agreement: `signed a deal with Greece`, `an agreement between A and B`
    partner_marker: re.Pattern | None = None
    partner_words: set[str] = field(default_factory=set)
    between_words: set[str] = field(default_factory=set)
    list_stops: set[str] = field(default_factory=set)
    coordinator_words: set[str] = field(default_factory=set)
    # `Egyptian minister X and his Greek and French counterparts`: a group subject
    companion_gap: re.Pattern | None = None
    # `They concluded ...`: a plural pronoun refers back to the last group of countries
    plural_pronoun: re.Pattern | None = None
    # `Keduanya bertemu guna membahas ...`: a dual pronoun opening a sentence stands for the two
    # states the previous sentence names (`Trump dijadwalkan bertemu dengan Presiden Korea Selatan`)
    dual_pronoun: re.Pattern | None = None
    # `meminta kepastian perlindungan AS`: what an appeal asks for, right after it, is aid
    aid_request: re.Pattern | None = None
    aid_about: re.Pattern | None = None  # `... Amerika Serikat terkait komitmen pertahanan`
    # `mengimbau kepada seluruh Warga Negara Indonesia ... menunda kunjungan ke Palestina`, `urged its
    # citizens to avoid travel to Israel`: an appeal addressed to people (one's own citizens,
    # travellers) right after it is an advisory, no demand on the party named further on
    advisory: re.Pattern | None = None
    # `menuding PBB ...`, `threatened to leave the UN over its bias against Israel`: an
    # organisation that is no state as the object of an opposing cue
    organisations: re.Pattern | None = None
    relative_word: re.Pattern | None = None
    # `gerilyawan yang didukung Prancis`, `rebels backed by Iran`: a side that is no state, just
    # before a backing cue, and the agent marker that may come after the cue
    armed_sides: re.Pattern | None = None
    # `pasukan pemerintah yang didukung ...`, `government forces backed by ...`: the party's own
    # forces before a backing cue; `serangan udara`, `air strikes`: a means of war before the backer
    state_sides: re.Pattern | None = None
    backing_means: re.Pattern | None = None
    agent_marker: re.Pattern | None = None
    # `Presiden Perancis dan Menteri Luar Negeri Bangladesh`: a coordinator and a capitalised
    # title before the next country coordinate the two officials' states
    role_coordinator_gap: re.Pattern | None = None
    # `kerja sama antara pemerintah Myanmar dan Bangladesh`: a between word at most two words
    # before a country that is coordinated with another names a relation of the two
    between_before: re.Pattern | None = None
    # `criticized the move`, `spoke out against the attack`, `found the air strike justified`: an
    # act named as a cue's object (after it, or just before a predicative cue)
    act_object_after: re.Pattern | None = None
    act_object_before: re.Pattern | None = None
    # `pasukan operasi khusus AS dan Afghanistan`, `U.S. and Afghan forces`: a forces noun before
    # (or after) coordinated states names their joint forces (CAMEO 062 Cooperate militarily);
    # `fighting`: the conflict words and attacks of the conflict lexicon, which make the pair
    # adversaries instead (`bentrokan antara pasukan India dan Pakistan`)
    joint_forces_before: re.Pattern | None = None
    joint_forces_after: re.Pattern | None = None
    joint_forces_role: re.Pattern | None = None  # `mengabdi sebagai tentara Irak dan AS`: one person's service
    # `kapal induk AS berlayar di Samudera Pasifik bersama kapal perang Jepang dan Korea Selatan`: the
    # forces of a state, then `bersama` and other states' forces: one joint group
    joint_forces_with: re.Pattern | None = None
    not_fighting: re.Pattern | None = None  # `kapal perang`, `warships`: no word of fighting
    fighting: re.Pattern | None = None
    # `pasukan khusus AS membantu militer Afghanistan` (conflict lexicon `helps_forces`)
    helps_forces: re.Pattern | None = None
    # `utusan Amerika Serikat di koalisi internasional yang memerangi ISIS`, `the US-led coalition
    # against ISIS`: a coalition fighting a named armed group (conflict lexicon `armed_groups`,
    # `group_fight`), a state tied to it just before it (`coalition_member_gaps`) or after a lead word
    # (`koalisi pimpinan AS`: `coalition_leads`)
    coalitions: re.Pattern | None = None
    coalition_against: re.Pattern | None = None
    coalition_anti_before: re.Pattern | None = None
    coalition_member_before: re.Pattern | None = None
    coalition_lead_after: re.Pattern | None = None
    armed_groups: re.Pattern | None = None
    # `pernyataan itu dibuat atas nama 17 negara`: a party leading or speaking for a bloc of states
    # (`bloc_leads`); `Daftar dari negara-negara tersebut juga termasuk Bangladesh, ...`: a reference
    # to that bloc (`bloc_references`), a member marker at most two words after it, and its members
    bloc_lead: re.Pattern | None = None
    # `Draf resolusi itu akhirnya diajukan ke Majelis Umum oleh sejumlah negara seperti Turki`: a measure
    # put to a vote (`measures`) and the verbs of sponsoring it (`sponsor_cues`)
    measures: re.Pattern | None = None
    sponsor_cues: re.Pattern | None = None
    bloc_members: re.Pattern | None = None
    # `termasuk`, `including`, `such as`: the members of a group named just before
    member_marker: re.Pattern | None = None
    # `mengungsi ke negara lain, termasuk Indonesia`: a member marker right before a state (the list
    # belongs to the noun before the marker, whose own place in the clause decides)
    member_before: re.Pattern | None = None
    # `Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain`: a coordinated group of states
    # whose members follow a member marker: they share the subject's act
    group_member_gap: re.Pattern | None = None
    # `the ban on selling weapons to China may soon be lifted`: a measure against a state said to
    # be lifted, eased or scrapped, later in the cue's clause, is undone: the cue is negated
    lifted_after: re.Pattern | None = None
    # `urged that the ban be lifted`, `plans to end the weapons ban on China`: a verb of pushing
    # (`easing_push`) for the easing (`easing`) of a measure against a state backs that state
    eased_before: re.Pattern | None = None  # push, at most three words, easing, at most four words
    push_before: re.Pattern | None = None  # push, at most three words (the easing said after the cue)

    def category_of(self, match: re.Match) -> Category | None:
        """The category of a cue found by `cues.finditer` (None for a phrase with no label)."""
        name = self.cues.label(match.group())
        return self.categories.get(name) if name else None


def _tail(phrases: list[str], words: int) -> re.Pattern | None:
    """Matches when one of `phrases` ends at most `words` words before the end position."""
    if not phrases:
        return None
    alt = alternation(phrases).pattern
    return re.compile(rf"(?:{alt})(?:[\s,]+[\w'\u2019.-]+){{0,{words}}}[\s,]*\Z", re.I)


def _eased_before(push: list[str], easing: list[str]) -> re.Pattern | None:
    """`called for an end to the`, `plans to lift the EU's arms`: a verb of pushing, at most three
    words, a word of easing, at most four words, then the end position."""
    if not push or not easing:
        return None
    return re.compile(rf"(?:{alternation(push).pattern})(?:\s+[\w'\u2019-]+){{0,3}}\s+"
                      rf"(?:{alternation(easing).pattern})(?:\s+[\w'\u2019.-]+){{0,4}}\s*\Z", re.I)


def _head(phrases: list[str]) -> re.Pattern | None:
    """Matches `'s decision` / ` decision` right at the start position."""
    if not phrases:
        return None
    alt = alternation(phrases).pattern
    return re.compile(rf"(?:['\u2019]s)?\s+(?:{alt})", re.I)


def _list(data: dict, key: str) -> list[str]:
    return [str(x) for x in (data.get(key) or [])]


_COMPILED: dict[tuple[str, int], tuple[dict, StanceLexicon]] = {}


def stance_lexicon(pack: Any) -> StanceLexicon:
    return compiled_lexicon(pack, "stance_lexicon", _COMPILED, lambda lang, data: _stance_lexicon(pack, lang, data))


def _stance_lexicon(pack: Any, lang: str, data: dict) -> StanceLexicon:
    categories = {}
    labelled = {}
    for name, spec in (data.get("cues") or {}).items():
        categories[name] = Category(name, str(spec.get("position", "neutral")),
                                    float(spec.get("weight", 0.5)), str(spec.get("target", "after")),
                                    bool(spec.get("claimable", True)),
                                    spec.get("one_side"), float(spec.get("one_side_weight", 0.0)),
                                    bool(spec.get("lone_party", False)),
                                    bool(spec.get("hostile", True)),
                                    bool(spec.get("members", False)),
                                    bool(spec.get("mutual", False)))
        labelled[name] = [str(p) for p in spec.get("phrases") or []]
    window = int(data.get("negation_window", 3))
    negators = _list(data, "negators")
    metonyms = {str(k): str(v) for k, v in (data.get("metonyms") or {}).items()}
    coordinators = _list(data, "coordinators")
    coord_alt = "|".join(phrase_pattern(c) for c in coordinators) or "(?!)"
    lexicon = StanceLexicon(
        lang=lang,
        categories=categories,
        cues=PhraseTable(labelled),
        calls_for=PhraseTable({k: [str(p) for p in v or []]
                               for k, v in (data.get("calls_for") or {}).items()}),
        negators={normalise_phrase(n) for n in negators},
        negation_before=_tail(negators, max(0, window - 1)),
        conditionals=alternation(_list(data, "conditionals")),
        questions=alternation(_list(data, "questions")),
        hedges=alternation(_list(data, "hedges")),
        first_person=alternation(_list(data, "first_person")),
        third_person=alternation(_list(data, "third_person")),
        claim_before=_tail(_list(data, "claim_verbs"), 3),
        lifted_after=alternation(_list(data, "lifted_after")),
        eased_before=_eased_before(_list(data, "easing_push"), _list(data, "easing")),
        push_before=_tail(_list(data, "easing_push"), 3),
        blocker_before=_tail(_list(data, "subject_blockers"), 2),
        source_before=_tail(_list(data, "subject_sources"), 0),
        office_before=_tail(_list(data, "subject_offices"), 0),
        coordinator_gap=re.compile(rf"[\s,]*(?:(?:{coord_alt})[\s,]*)?\Z", re.I),
        both_sides=alternation(_list(data, "both_sides")),
        metonyms=alternation(metonyms, flags=0),
        metonym_codes={normalise_phrase(k): v for k, v in metonyms.items()},
        act_before=_tail(_list(data, "act_nouns"), 1),
        relative=re.compile(rf"\s*,?\s*(?:{'|'.join(phrase_pattern(w) for w in _list(data, 'relative_markers'))})",
                            re.I) if _list(data, "relative_markers") else None,
        relative_after_name=re.compile(
            rf"(?-i:(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.-]*){{1,4}})\s*,?\s*"
            rf"(?:{'|'.join(phrase_pattern(w) for w in _list(data, 'relative_markers'))})", re.I)
        if _list(data, "relative_markers") else None,
        act_after=_head(_list(data, "act_nouns")),
        act_owned=_act_owned(_list(data, "act_nouns"), _list(data, "act_determiners")),
        pronoun_subjects=re.compile(
            rf"\s*(?:{'|'.join(phrase_pattern(w) for w in _list(data, 'pronoun_subjects'))})\s", re.I)
        if _list(data, "pronoun_subjects") else None,
    )
    passive = _list(data, "passive_agents")
    if passive:
        alt = "|".join(phrase_pattern(w) for w in passive)
        lexicon.passive_marker = re.compile(rf"(?:[\s,]+[\w'\u2019.-]+){{0,4}}?[\s,]+(?:{alt})", re.I)
        lexicon.passive_words = {normalise_phrase(w) for w in passive}
    lexicon.passive_forms = {normalise_phrase(w) for w in _list(data, "passive_forms")}
    lexicon.agent_nouns = {normalise_phrase(w) for w in _list(data, "agent_nouns")}
    aux = _list(data, "passive_auxiliaries")
    if aux:
        lexicon.passive_aux = _tail(aux, 1)
    partners = _list(data, "partner_markers")
    if partners:
        alt = "|".join(phrase_pattern(w) for w in partners)
        lexicon.partner_marker = re.compile(rf"(?:[\s,]+[\w'\u2019.-]+){{0,3}}?[\s,]+({alt})", re.I)
        lexicon.partner_words = {normalise_phrase(w) for w in partners}
    lexicon.between_words = {normalise_phrase(w) for w in _list(data, "between_markers")}
    lexicon.between_before = _tail(_list(data, "between_markers"), 2)
    coord_words = {normalise_phrase(c) for c in coordinators}
    lexicon.coordinator_words = {w.split()[0] for w in coord_words if w}
    lexicon.list_stops = {normalise_phrase(w) for w in _list(data, "subject_blockers")} - coord_words
    companions = _list(data, "companions")
    if companions:
        alt = "|".join(phrase_pattern(w) for w in companions)
        lexicon.companion_gap = re.compile(rf"(?:[\s,]+[\w.'\u2019-]+){{0,5}}?[\s,]+(?:{alt})[\s,]+\Z", re.I)
    plural = _list(data, "plural_pronouns")
    if plural:
        alt = "|".join(phrase_pattern(w) for w in plural)
        lexicon.plural_pronoun = re.compile(rf"[\s\"\u201c]*(?:{alt})", re.I)
    aid = _list(data, "aid_requests")
    if aid:
        lexicon.aid_request = re.compile(rf"\s+(?:{alternation(aid).pattern})", re.I)
        about = _list(data, "aid_about")
        if about:
            lexicon.aid_about = re.compile(
                rf"\s+(?:{alternation(about).pattern})\s+(?:{alternation(aid).pattern})", re.I)
    addressees = _list(data, "advisory_addressees")
    if addressees:
        leads = _list(data, "advisory_leads")
        lead = rf"(?:(?:{alternation(leads).pattern})\s+){{0,2}}" if leads else ""
        lexicon.advisory = re.compile(rf"\s+{lead}(?:{alternation(addressees).pattern})", re.I)
    dual = _list(data, "dual_pronouns")
    if dual:
        alt = "|".join(phrase_pattern(w) for w in dual)
        lexicon.dual_pronoun = re.compile(rf"[\s\"\u201c]*(?:{alt})", re.I)
    lexicon.organisations = alternation(_list(data, "organisations"), flags=0)
    lexicon.relative_word = alternation(_list(data, "relative_markers"))
    if coordinators:
        lexicon.role_coordinator_gap = re.compile(
            rf"(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019-]*){{0,4}}"  # the first official's name
            rf"\s+(?:{coord_alt})\s+(?:[A-Z][\w.'\u2019-]*\s+(?:(?:of|the)\s+)*){{1,5}}\Z")
    sides = _list(data, "armed_sides")
    if sides:
        alt = alternation(sides).pattern
        lexicon.armed_sides = re.compile(rf"(?:{alt})(?:[\s,]+[\w'\u2019-]+){{0,2}}?[\s,]*\Z", re.I)
    state_sides = _list(data, "state_sides")
    if state_sides:
        alt = alternation(state_sides).pattern
        lexicon.state_sides = re.compile(rf"(?:{alt})(?:[\s,]+[\w'\u2019-]+){{0,2}}?[\s,]*\Z", re.I)
    means = _list(data, "backing_means")
    if means:
        alt = alternation(means).pattern
        of_words = _list(data, "means_of")  # `air strikes from Russia`, `serangan udara dari Rusia`
        of_alt = rf"(?:\s+(?:{alternation(of_words).pattern}))?" if of_words else ""
        lexicon.backing_means = re.compile(rf"\s*(?:{alt}){of_alt}(?!\w)", re.I)
    acts = _list(data, "act_objects")
    if acts:
        alt = alternation(acts).pattern
        dets = alternation(_list(data, "act_determiners"))
        det = rf"(?:(?:{dets.pattern})\s+)?" if dets is not None else ""
        lexicon.act_object_after = re.compile(rf"\s+{det}(?:[\w-]+\s+)?(?:{alt})", re.I)
        lexicon.act_object_before = re.compile(rf"(?:{alt})\s+\Z", re.I)
    agents = _list(data, "agent_markers")
    if agents:
        lexicon.agent_marker = re.compile(
            rf"\s+(?:{'|'.join(phrase_pattern(w) for w in agents)})(?!\w)", re.I)
    forces = _list(data, "joint_forces_before")
    if forces:
        lexicon.joint_forces_before = re.compile(
            rf"(?:{alternation(forces).pattern})(?:\s+(?-i:[a-z])[\w-]*){{0,3}}\s+\Z", re.I)
    companions = _list(data, "joint_forces_with")
    if forces and companions:
        lexicon.joint_forces_with = re.compile(
            rf"(?:\s+[\w-]+){{0,6}}?\s+(?:{alternation(companions).pattern})\s+"
            rf"(?:{alternation(forces).pattern})(?:\s+(?-i:[a-z])[\w-]*){{0,3}}\s+", re.I)
    roles = _list(data, "joint_forces_roles")
    if roles:
        lexicon.joint_forces_role = _tail(roles, 0)
    forces = _list(data, "joint_forces_after")
    if forces:
        lexicon.joint_forces_after = re.compile(
            rf"\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:{alternation(forces).pattern})", re.I)
    conflict_data = lexicon_data(pack, "conflict_lexicon")[1]
    fighting = _list(conflict_data, "context") + _list(conflict_data, "attacks")
    if fighting:
        lexicon.fighting = alternation(fighting)
        lexicon.not_fighting = alternation(_list(conflict_data, "not_conflict"))
    lexicon.helps_forces = alternation(_list(conflict_data, "helps_forces"))
    _coalition_patterns(lexicon, data, conflict_data)
    lexicon.measures = alternation(_list(data, "measures"))
    lexicon.sponsor_cues = alternation(_list(data, "sponsor_cues"))
    leads, references = _list(data, "bloc_leads"), _list(data, "bloc_references")
    if leads and references and _list(data, "member_markers"):
        lexicon.bloc_lead = alternation(leads)
        lexicon.bloc_members = re.compile(
            rf"(?:{alternation(references).pattern})(?:\s+[\w-]+){{0,2}}?\s*,?\s*"
            rf"(?:{alternation(_list(data, 'member_markers')).pattern})", re.I)
    members = _list(data, "member_markers")
    if members:
        lexicon.member_marker = re.compile(rf"\s*,?\s*(?:{alternation(members).pattern})", re.I)
        lexicon.member_before = _tail(members, 0)
        coords = _list(data, "coordinators")
        if coords:
            lexicon.group_member_gap = re.compile(
                rf"\s*,?\s*(?:{alternation(coords).pattern})\s+(?:[\w-]+\s+){{1,5}}?"
                rf"(?:{alternation(members).pattern})\s*\Z", re.I)
    return lexicon


def _act_owned(nouns: list[str], determiners: list[str]) -> re.Pattern | None:
    """`menolak keputusan Trump ...`: an act noun (a determiner before it, if the language has them),
    then up to two capitalised words, the act's owner, in group 1."""
    if not nouns:
        return None
    det = rf"(?:(?:{alternation(determiners).pattern})\s+)?" if determiners else ""
    return re.compile(rf"\s+{det}(?:{alternation(nouns).pattern})\s+(?-i:((?:[A-Z][\w.]*\s+){{0,2}}))", re.I)


def _coalition_patterns(lexicon: StanceLexicon, data: dict, conflict_data: dict) -> None:
    """The patterns of `coalition_members` (none without the data)."""
    words = _list(data, "coalitions")
    groups = alternation(_list(conflict_data, "armed_groups"), flags=0)
    # (`coalition_fights`: words that name fighting only after a coalition: `coalition against ISIS`)
    fight = alternation(_list(conflict_data, "group_fight") + _list(data, "coalition_fights"))
    if not words or groups is None or fight is None:
        return
    lexicon.coalitions = alternation(words)
    lexicon.armed_groups = groups
    lexicon.coalition_against = re.compile(
        rf"(?:\s+[\w-]+){{0,3}}?\s+(?i:{fight.pattern})\s+(?:[\w-]+\s+)?(?:{groups.pattern})"
        rf"|\s+(?i:anti-)(?:{groups.pattern})")
    lexicon.coalition_anti_before = re.compile(rf"(?i:anti-)(?:{groups.pattern})\s+\Z")
    gaps = _list(data, "coalition_member_gaps")
    if gaps:
        lexicon.coalition_member_before = re.compile(rf"\s*(?:{alternation(gaps).pattern})\s+\Z", re.I)
    leads = _list(data, "coalition_leads")
    if leads:
        lexicon.coalition_lead_after = re.compile(rf"\s+(?:{alternation(leads).pattern})\s+", re.I)
