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

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .langpack import load_yaml_file

LANG_DIR = Path(__file__).resolve().parents[1] / "lang"

PARTISAN = ("backs", "opposes")
THRESHOLD = 0.5
NEUTRAL_THRESHOLD = 0.5
JOINT_FORCES_WEIGHT = 0.6  # as a joint exercise (CAMEO 062)
HELPS_WEIGHT = 0.8  # as military aid (CAMEO 07)
COALITION_WEIGHT = 0.7  # as an alliance (CAMEO 057, 062)
GROUP_NAMED = 3  # how often the armed group a coalition fights is named: the story's enemy

# ---- reading the interfaces loosely (objects, tuples or dicts) -----------------------------


def span_of(item: Any) -> tuple[int, int]:
    """(start, end) of a Sentence, Mention, pair or dict."""
    if isinstance(item, dict):
        if "start" in item:
            return int(item["start"]), int(item["end"])
        value = item.get("span")
        return int(value[0]), int(value[1])
    if hasattr(item, "start") and not callable(getattr(item, "start")):
        return int(item.start), int(item.end)
    return int(item[0]), int(item[1])


def mention_code(item: Any) -> str:
    if isinstance(item, dict):
        return item["code"]
    if hasattr(item, "code"):
        return item.code
    return item[0]


def pack_language(pack: Any) -> str:
    if pack is None:
        return "en"
    if isinstance(pack, str):
        return pack
    for key in ("language", "lang", "code"):
        value = pack.get(key) if isinstance(pack, dict) else getattr(pack, key, None)
        if isinstance(value, str) and value:
            return value
    return "en"


def _pack_section(pack: Any, key: str) -> dict | None:
    if pack is None or isinstance(pack, str):
        return None
    if isinstance(pack, dict):
        value = pack.get(key)
    else:
        value = getattr(pack, key, None)
        if value is None:
            data = getattr(pack, "data", None)
            if isinstance(data, dict):
                value = data.get(key)
            elif hasattr(pack, "get"):
                try:
                    value = pack.get(key)
                except Exception:  # noqa: BLE001 - a pack we do not know: fall back to files
                    value = None
    return value if isinstance(value, dict) else None


_FILES: dict[str, dict] = {}


def _file_data(lang: str) -> dict:
    if lang not in _FILES:
        path = LANG_DIR / f"{lang}.stances.yaml"
        if not path.exists():
            path = LANG_DIR / "en.stances.yaml"
        # (the pack's own reader: YAML 1.2, so a word like `on` or `no` stays a word)
        _FILES[lang] = load_yaml_file(path) or {}
    return _FILES[lang]


def lexicon_data(pack: Any, key: str) -> tuple[str, dict]:
    """The `key` section (stance_lexicon / conflict_lexicon) of a language pack.

    The pack loader merges generator/lang/<lang>.*.yaml into the pack, so the section is
    normally there; a pack without it (or a bare language code) reads the file directly."""
    lang = pack_language(pack)
    section = _pack_section(pack, key)
    if section is None:
        section = _file_data(lang).get(key) or {}
    return lang, section


# ---- phrase lists to regular expressions ----------------------------------------------------


def normalise_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").strip().casefold())


def phrase_pattern(phrase: str) -> str:
    words = phrase.strip().split()
    parts = []
    for word in words:
        star = word.endswith("*") and len(word) > 1
        if star:
            word = word[:-1]
        escaped = re.escape(word).replace("'", "['\u2019]").replace("\\-", "[-\u2010\u2011]")
        parts.append(escaped + (r"\w*" if star else ""))
    body = r"\s+".join(parts)
    first, last = words[0], words[-1]
    if first[0].isalnum() or first[0] == "_":
        body = r"(?<!\w)" + body
    if last.endswith("*") or last[-1].isalnum():
        body = body + r"(?!\w)"
    return body


_WORD_ATOM = "w"


def _atoms(phrase: str) -> tuple:
    """A phrase as matching atoms: lower-case characters, `\\s+` for spaces, `\\w*` for `*`."""
    out: list[str] = []
    words = phrase.strip().split()
    for index, word in enumerate(words):
        if index:
            out.append(r"\s+")
        star = word.endswith("*") and len(word) > 1
        for ch in (word[:-1] if star else word).casefold():
            if ch in "'\u2019":
                out.append("['\u2019]")
            elif ch in "-\u2010\u2011":
                out.append("[-\u2010\u2011]")
            else:
                out.append(re.escape(ch))
        if star:
            out.append(r"\w*")
    return tuple(out)


def _trie_regex(node: dict) -> str:
    """A regex for a trie of atoms; "" marks the end of a phrase (with its closing boundary)."""
    branches = []
    end = None
    for atom in sorted(node, key=lambda a: (a == "", a)):
        if atom == "":
            end = node[""]
            continue
        branches.append(atom + _trie_regex(node[atom]))
    if end is not None:
        branches.append(end)  # longest first: the end of a phrase is the last alternative
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alternation(phrases: Iterable[str], flags: int = re.IGNORECASE,
                tails: dict[str, str] | None = None) -> re.Pattern | None:
    """One fast regex for many phrases (a trie, so each position tries one branch). `tails` maps
    phrases to a pattern that must follow them (`fired` + `... missiles at`): in the same trie, so
    the regex keeps one branch per position."""
    tails = tails or {}
    plain = {p for p in (str(x) for x in phrases) if p and p.strip()}
    unique = plain | set(tails)
    if not unique:
        return None
    trie: dict = {}
    starts_word = []
    for phrase in unique:
        atoms = _atoms(phrase)
        if not flags & re.IGNORECASE:
            atoms = tuple(re.escape(c) if len(c) == 1 else c for c in phrase_chars(phrase))
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        last = phrase.strip()
        end = r"(?!\w)" if (last[-1].isalnum() or last.endswith("*")) else ""
        if phrase in tails:
            tail = end + tails[phrase]
            end = f"(?:{tail}|{end})" if phrase in plain else tail
        node[""] = end
        starts_word.append(phrase.strip()[0].isalnum())
    body = _trie_regex(trie)
    # (a phrase that starts with a word character starts a word; one that starts with another
    # character, `'s doing`, `-led`, may follow a word: one such phrase leaves the others their start)
    prefix = r"(?<!\w)" if all(starts_word) else r"(?:(?<!\w)|(?!\w))" if any(starts_word) else ""
    return re.compile(prefix + body, flags)


def phrase_chars(phrase: str) -> list[str]:
    """Atoms of a case-sensitive phrase."""
    out: list[str] = []
    for index, word in enumerate(phrase.strip().split()):
        if index:
            out.append(r"\s+")
        out.extend(word)
    return out


class PhraseTable:
    """One regex for many phrases, and the label of whichever phrase matched."""

    def __init__(self, labelled: dict[str, list[str]]):
        self.exact: dict[str, str] = {}
        self.wild: list[tuple[re.Pattern, str]] = []
        phrases = []
        for label, items in labelled.items():
            for phrase in items or []:
                phrase = str(phrase)
                phrases.append(phrase)
                if "*" in phrase:
                    self.wild.append((re.compile(phrase_pattern(phrase), re.I), label))
                else:
                    self.exact.setdefault(normalise_phrase(phrase), label)
        self.regex = alternation(phrases)
        self._labels: dict[str, str | None] = {}

    def label(self, text: str) -> str | None:
        # (the same few cues are found again and again, by several passes over each article:
        # each text's label is worked out once)
        if text not in self._labels:
            self._labels[text] = self._label(text)
        return self._labels[text]

    def _label(self, text: str) -> str | None:
        found = self.exact.get(normalise_phrase(text))
        if found is not None:
            return found
        for pattern, label in self.wild:
            if pattern.fullmatch(text):
                return label
        return None

    def finditer(self, text: str, start: int, end: int):
        if self.regex is None:
            return iter(())
        return self.regex.finditer(text, start, end)


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
    # `the embargo on arms exports to China is likely to be lifted`: a measure against a state said to
    # be lifted, eased or scrapped, later in the cue's clause, is undone: the cue is negated
    lifted_after: re.Pattern | None = None
    # `called for the embargo to be lifted`, `plans to end the arms embargo on China`: a verb of pushing
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
    lang, data = lexicon_data(pack, "stance_lexicon")
    key = (lang, id(data))
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is data:
        return cached[1]
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
    _COMPILED[key] = (data, lexicon)
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


def group_counts(body: str, lex: StanceLexicon, ignored: list[tuple[int, int]]) -> dict[str, int]:
    """How often each named armed group (conflict lexicon `armed_groups`) is named, outside `ignored`."""
    counts: dict[str, int] = {}
    if lex.armed_groups is None or lex.coalitions is None:
        return counts
    for match in lex.armed_groups.finditer(body):
        if not _inside(match.start(), match.end(), ignored):
            counts[match.group()] = counts.get(match.group(), 0) + 1
    return counts


def coalition_members(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int, s_end: int,
                      enemies: set[str]) -> list[tuple[str, int]]:
    """(state, cue start): states in a coalition fighting one of `enemies` (named armed groups):
    `utusan Amerika Serikat di koalisi internasional yang memerangi ISIS`, `koalisi anti-ISIS pimpinan
    AS`, `the US-led coalition against ISIS`, `joined the coalition fighting the Taliban` (CAMEO 057
    alliance, 062 Cooperate militarily). The state stands right before the coalition, with only a
    word of membership between (`coalition_member_gaps`: `di`, `-led`, `joined the`), or right after
    a lead word (`coalition_leads`: `pimpinan`, `led by`)."""
    out: list[tuple[str, int]] = []
    if lex.coalitions is None or not enemies:
        return out
    for match in lex.coalitions.finditer(body, s_start, s_end):
        against = lex.coalition_against.match(body, match.end(), s_end)
        anti = lex.coalition_anti_before.search(body, max(s_start, match.start() - 30), match.start())
        fought = against.group() if against is not None else anti.group() if anti is not None else ""
        if not any(name in fought for name in enemies):
            continue
        lo = match.start() - (anti.end() - anti.start() if anti is not None else 0)
        before = [h for h in hits if h.end <= lo and lo - h.end <= 30]
        if before and lex.coalition_member_before is not None \
                and lex.coalition_member_before.match(body, before[-1].end, lo):
            out.append((before[-1].code, match.start()))
        if lex.coalition_lead_after is not None:
            lead = lex.coalition_lead_after.match(body, against.end() if against is not None else match.end(), s_end)
            nxt = next((h for h in hits if lead is not None and h.start >= lead.end()), None)
            if nxt is not None and nxt.start == lead.end():
                out.append((nxt.code, match.start()))
    return out


_COMMA_BACK = re.compile(r"[,.!?;:](?!.*[,.!?;:])", re.S)
_COMMA = re.compile(r"[,.!?;:](?!\w)")


_HELPED_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}\Z")


def helped_forces(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int,
                  s_end: int) -> list[tuple[Hit, Hit, int]]:
    """(helper, helped, cue start): a verb of helping another state's forces (conflict lexicon
    `helps_forces`: `membantu militer`) with a state at most 40 characters before it, in its
    clause (`pasukan khusus AS membantu militer Afghanistan melawan kelompok militan`), and the
    helped state at most two lower-case words after it (CAMEO 062 Cooperate militarily, 074
    military protection). A negated cue (`tidak membantu pasukan`) is none."""
    out = []
    if lex.helps_forces is None:
        return out
    for match in lex.helps_forces.finditer(body, s_start, s_end):
        if _negated_at(lex, body, match.start(), s_start):
            continue
        lo = max(s_start, match.start() - 40, _clause_start(body, match.start(), s_start))
        before = [h for h in hits if h.start >= lo and h.end <= match.start()]
        after = next((h for h in hits if h.start >= match.end()), None)
        if not before or after is None or after.end > s_end \
                or not _HELPED_GAP.match(body[match.end():after.start] + " ") \
                or before[-1].code == after.code:
            continue
        out.append((before[-1], after, match.start()))
    return out


def _negated_at(lex: StanceLexicon, body: str, pos: int, floor: int) -> bool:
    return lex.negation_before is not None and bool(
        lex.negation_before.search(body, max(floor, pos - 50), pos))


def _within(match: re.Match, phrases: re.Pattern | None, body: str, lo: int, hi: int) -> bool:
    """The match lies inside one of `phrases` (`perang` of `kapal perang`)."""
    return phrases is not None and any(m.start() <= match.start() and match.end() <= m.end()
                                       for m in phrases.finditer(body, lo, hi))


def joint_forces(body: str, lex: StanceLexicon, hits: list[Hit], s_start: int,
                 s_end: int) -> list[list[Hit]]:
    """Coordinated states whose forces are named together (`pasukan operasi khusus AS dan
    Afghanistan`, `aset pengawasan militer Korsel dan Amerika Serikat`, `U.S. and Afghan forces`,
    `kapal induk AS berlayar ... bersama kapal perang Jepang dan Korea Selatan`):
    one side, each state of the group the others' partner (CAMEO 062 Cooperate militarily). Not
    when the comma clause holding them has a conflict word or an attack (`bentrokan antara pasukan
    India dan Pakistan`: adversaries)."""
    if lex.joint_forces_before is None and lex.joint_forces_after is None:
        return []
    runs: list[list[Hit]] = []
    for hit in hits:
        if hit.start < s_start or hit.end > s_end:
            continue
        if runs and hit.start - runs[-1][-1].end < 20 \
                and lex.coordinator_gap.match(body, runs[-1][-1].end, hit.start) \
                and body[runs[-1][-1].end:hit.start].strip(" ,"):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    if lex.joint_forces_with is not None and lex.joint_forces_before is not None:
        joined: list[list[Hit]] = []
        for run in runs:
            if joined and lex.joint_forces_with.fullmatch(body, joined[-1][-1].end, run[0].start) \
                    and lex.joint_forces_before.search(body, max(s_start, joined[-1][0].start - 50),
                                                       joined[-1][0].start):
                joined[-1] = joined[-1] + run  # `kapal induk AS ... bersama kapal perang Jepang`
            else:
                joined.append(run)
        runs = joined
    out = []
    for run in runs:
        if len({h.code for h in run}) < 2:
            continue
        first, last = run[0], run[-1]
        before = lex.joint_forces_before is not None and lex.joint_forces_before.search(
            body, max(s_start, first.start - 50), first.start)
        after = lex.joint_forces_after is not None and lex.joint_forces_after.match(body, last.end, s_end)
        if not before and not after:
            continue
        if before and lex.joint_forces_role is not None and lex.joint_forces_role.search(
                body, max(s_start, before.start() - 30), before.start()):
            continue  # `mengabdi sebagai tentara Irak dan Amerika Serikat`: a person's service
        back = _COMMA_BACK.search(body, s_start, first.start)
        lo = back.end() if back is not None else s_start
        fwd = _COMMA.search(body, last.end, s_end)
        hi = fwd.start() if fwd is not None else s_end
        if lex.fighting is not None and any(not _within(m, lex.not_fighting, body, lo, hi)
                                            for m in lex.fighting.finditer(body, lo, hi)):
            continue
        out.append(run)
    return out


# ---- country mentions -----------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    code: str
    start: int
    end: int


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        if start < e and end > s:
            return True
    return False


# `CNN Indonesia`, `BBC Indonesia`: an outlet's name, not the country
_OUTLET = re.compile(r"(?<![\w-])[A-Z]{3,}\s\Z")
_DATELINE = re.compile(r"\s*(?:\(|,\s*\d|\s[-\u2013\u2014]\s)")


_MENTIONS: dict = {}


_DATELINE_TAIL = re.compile(r"[^\n]{0,45}?\s(?:--|-|\u2013|\u2014)\s")


def _is_dateline(body: str, hit: "Hit") -> bool:
    """`Jakarta, CNN Indonesia --`, `Seoul (ANTARA News) -`: where the story was filed."""
    if hit.start > 0 and body[hit.start - 1] != "\n":
        return False
    return bool(_DATELINE.match(body, hit.end)) and bool(_DATELINE_TAIL.match(body, hit.end))


def find_mentions(body: str, start: int, end: int, finder: Any, lexicon: StanceLexicon | None,
                  ignored: list[tuple[int, int]]) -> list[Hit]:
    """Country mentions in body[start:end] (one finder pass per article, then a slice)."""
    key = (id(body), len(body), id(finder), id(lexicon), tuple(ignored))
    cached = _MENTIONS.get("last")
    if cached is None or cached[0] != key or cached[1] is not body:
        hits = _find_mentions(body, 0, len(body), finder, lexicon, ignored)
        cached = (key, body, hits, [h.start for h in hits])
        _MENTIONS["last"] = cached
    hits, starts = cached[2], cached[3]
    lo = bisect.bisect_left(starts, start)
    out = []
    for hit in hits[lo:]:
        if hit.start >= end:
            break
        if hit.end <= end:
            out.append(hit)
    return out


_NAME_RUN = re.compile(r"[A-Z\u00C0-\u00DE][\w'\u2019-]*(?:[ \t]+(?:al-|bin |van |von |de )?[A-Z\u00C0-\u00DE][\w'\u2019-]*)*")


def _official_hits(body: str, start: int, end: int, taken: list[Hit], lang: str | None) -> list[Hit]:
    """Well-known officials named in the text stand for their state (`Macron and Bolsonaro
    traded insults`, `Erdogan threatened ...`): generator/data/officials.yaml. Officials of the
    press's own country (the language pack's home country) are left out: in Indonesian news
    Jokowi is everywhere, and says nothing about which states are at odds."""
    from .langpack import load_pack
    from .officials import last_words, name_key, state_named_by

    home = load_pack(lang).get("home_country") if lang else None
    ends = last_words()
    out = []
    for run in _NAME_RUN.finditer(body, start, end):
        words = run.group().split()
        if name_key(words[-1]) not in ends:
            continue  # cheap test first: most capitalised runs end in no official's name
        if any(h.start < run.end() and h.end > run.start() for h in taken):
            continue
        for size in range(min(len(words), 4), 0, -1):
            candidate = " ".join(words[-size:])
            code = state_named_by(candidate)
            if code:
                if code != home:
                    out.append(Hit(code, run.end() - len(candidate), run.end()))
                break
    return out


def _find_mentions(body: str, start: int, end: int, finder: Any, lexicon: StanceLexicon | None,
                   ignored: list[tuple[int, int]]) -> list[Hit]:
    """Country mentions in body[start:end]: the finder's, plus seats of government (Kremlin)."""
    hits: list[Hit] = []
    if finder is not None:
        for mention in finder.find(body, start, end):
            s, e = span_of(mention)
            hits.append(Hit(mention_code(mention), s, e))
    if lexicon is not None and lexicon.metonyms is not None:
        for match in lexicon.metonyms.finditer(body, start, end):
            code = lexicon.metonym_codes.get(normalise_phrase(match.group()))
            if _DATELINE.match(body, match.end()):
                continue  # `Seoul (ANTARA News) -`: where the story was filed, not who acts
            if code and not any(h.start < match.end() and h.end > match.start() for h in hits):
                hits.append(Hit(code, match.start(), match.end()))
    hits += _official_hits(body, start, end, hits, getattr(lexicon, "lang", None))
    hits = [h for h in hits if not _inside(h.start, h.end, ignored)
            and not _OUTLET.search(body, max(0, h.start - 8), h.start)
            and not _is_dateline(body, h)]
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


# ---- the extraction ---------------------------------------------------------------------------


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


# an opening adverbial phrase (a preposition, a few words, a comma) before the subject
_INTRO = re.compile(r"[\s\"\u201c]*\w+(?:\s+[\w'\u2019.-]+){0,4},\s*\Z")
_STOP = re.compile(r"[.!?;](?!\w)")
_STOP_BACK = re.compile(r"[.!?;](?!\w)(?!.*[.!?;](?!\w))", re.S)


def _clause_end(body: str, pos: int, end: int) -> tuple[int, str]:
    """Where the clause holding `pos` ends inside a sentence, and its closing character."""
    match = _STOP.search(body, pos, end)
    if match is None:
        return end, ""
    return match.start(), match.group()


def _clause_start(body: str, pos: int, start: int) -> int:
    match = _STOP_BACK.search(body, start, pos)
    return match.end() if match is not None else start


class _Article:
    def __init__(self, body, lexicon, finder, ignored, parties):
        self.body = body
        self.lex = lexicon
        self.finder = finder
        self.ignored = ignored
        self.parties = parties
        self._blocked: dict[tuple[int, int], bool] = {}

    def blocked(self, hit: Hit, floor: int) -> bool:
        key = (hit.start, floor)
        found = self._blocked.get(key)
        if found is None:
            found = self._blocked[key] = self._is_blocked(hit, floor)
        return found

    def _is_blocked(self, hit: Hit, floor: int) -> bool:
        lex = self.lex
        lo = max(floor, hit.start - 60)
        if lex.source_before is not None and lex.source_before.search(self.body, lo, hit.start):
            return False
        if hit.start - floor < 60 and _INTRO.match(self.body, floor, hit.start):
            return False  # `On November 27, Turkey ...`: an opening phrase, then the subject
        member = lex.member_before.search(self.body, lo, hit.start) if lex.member_before is not None else None
        if member is not None and member.start() > floor:
            # `mengungsi ke negara lain, termasuk Indonesia`: a member of a noun governed by a
            # preposition is an object too (the noun's own place in the clause decides)
            return self._is_blocked(Hit(hit.code, member.start(), member.start()), floor)
        office = lex.office_before.search(self.body, lo, hit.start) if lex.office_before is not None else None
        if office is not None:
            # `The president of Turkey vowed ...`: the office's own place in the clause decides
            # (`support for the president of Turkey`: an object)
            return office.start() > floor and self._is_blocked(Hit(hit.code, office.start(), office.start()), floor)
        blocker = lex.blocker_before.search(self.body, lo, hit.start) if lex.blocker_before is not None else None
        if blocker is not None and not self.body[floor:blocker.start()].strip(" \t\n\"\u201c") \
                and blocker.group().split()[0].casefold() in self.lex.coordinator_words:
            return False  # `And President Trump ... addressed`: a sentence's opening `and` joins no list
        return blocker is not None

    def subject(self, hits: list[Hit], lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Hit]:
        """The first country named in [lo, hi) that is a subject, plus those coordinated with it."""
        chosen: list[Hit] = []
        objects: Hit | None = None  # the last of a list governed by a preposition
        for hit in hits:
            if hit.start < lo or hit.end > hi or _inside(hit.start, hit.end, skip):
                continue
            if not chosen:
                if objects is not None and hit.start - objects.end < 20 \
                        and self.lex.coordinator_gap.match(self.body, objects.end, hit.start):
                    objects = hit  # 'kepada Rusia, Jepang dan China': all are addressees
                    continue
                if self.blocked(hit, lo):
                    objects = hit
                    continue
                if self._pronoun_subject_before(hit, lo):
                    return []  # 'Dia mendorong China ...': China is the object; the actor is 'dia'
                chosen.append(hit)
            elif self.lex.coordinator_gap.match(self.body, chosen[-1].end, hit.start) \
                    and hit.start - chosen[-1].end < 20:
                chosen.append(hit)
            elif hit.code == chosen[-1].code and hit.start - chosen[-1].end <= 40 \
                    and not _STOP.search(self.body, chosen[-1].end, hit.start) \
                    and "," not in self.body[chosen[-1].end:hit.start]:
                chosen[-1] = hit  # `Egyptian foreign minister Sameh Shoukry`: one person
            elif self.lex.companion_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.companion_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `... and his Greek, Cypriot and French counterparts`
            elif self.lex.role_coordinator_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.role_coordinator_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `Presiden Perancis dan Menteri Luar Negeri Bangladesh`
            elif self.lex.group_member_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.group_member_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain`
            else:
                break
        return [h for i, h in enumerate(chosen) if h.code not in {c.code for c in chosen[:i]}] \
            if len({h.code for h in chosen}) < len(chosen) else chosen

    def country_list(self, hits: list[Hit], pos: int, hi: int) -> list[Hit]:
        """Countries listed right after `pos` (`by Australia, Bahrain and the United Kingdom`,
        `by German Chancellor Angela Merkel and British Prime Minister Boris Johnson`)."""
        out: list[Hit] = []
        last = pos
        for hit in hits:
            if hit.start < pos:
                continue
            if hit.end > hi or hit.start - last > (30 if not out else 40):
                break
            gap = self.body[last:hit.start]
            if _STOP.search(gap) or ":" in gap:
                break
            if any(normalise_phrase(w) in self.lex.list_stops for w in re.findall(r"[\w'\u2019-]+", gap)):
                break
            out.append(hit)
            last = hit.end
        return out

    def passive_agents(self, hits: list[Hit], c_start: int, c_end: int, s_start: int,
                       hi: int) -> list[Hit]:
        """`which was joined by Australia, ...`, `was condemned in a joint statement by Egypt`:
        in the passive voice the acting countries follow the agent marker."""
        lex = self.lex
        if lex.passive_marker is None:
            return []
        cue = self.body[c_start:c_end]
        words = cue.split()
        before = self.body[max(s_start, c_start - 40):c_start]  # where a passive's auxiliary is
        direct = lex.agent_marker.match(self.body, c_end, hi) if lex.agent_marker is not None else None
        if words and normalise_phrase(words[-1]) in lex.passive_words and (
                lex.passive_aux is None or lex.passive_aux.search(before)):
            # (a cue that ends in the marker is a phrasal verb without an auxiliary: `Russia
            # stands by Armenia` is Russia's)
            marker_end = c_end
        elif direct is not None:
            # a participle right before its agent (`in an operation supported by Russia`): a
            # passive after a noun, with no auxiliary
            marker_end = direct.end()
        elif normalise_phrase(cue) in lex.passive_forms:
            # `Houthi yang didukung Iran`: the agent right after the passive form, no marker
            nxt = next((h for h in hits if h.start >= c_end), None)
            gap = self.body[c_end:nxt.start].strip() if nxt is not None else ""
            if nxt is None or nxt.end > hi or (gap and normalise_phrase(gap) not in lex.agent_nouns):
                return []  # (`yang diinisiasi pemerintah AS`: the agent's government is the agent)
            marker_end = c_end
        else:
            if lex.passive_aux is None:
                # a language without passive auxiliaries (Indonesian: the di- form is the passive)
                # reads an agent only right after the cue (`didukung oleh Uni Eropa, Amerika
                # Serikat dan Meksiko`), not some `oleh` further on
                return []
            if not (lex.passive_aux.search(before) or before.rstrip().endswith(",")):
                return []
            found = lex.passive_marker.match(self.body, c_end, hi)
            if found is None or any(c_end <= h.start < found.end() for h in hits):
                return []
            marker_end = found.end()
        return self.country_list(hits, marker_end, hi)

    def partners(self, hits: list[Hit], c_end: int, hi: int) -> tuple[list[Hit], bool]:
        """Who an agreement is with (`with Greece`) or between (`between Turkey and Libya`);
        True when the cue named them with `between` (then the subject is not one of them)."""
        lex = self.lex
        if lex.partner_marker is None:
            return [], False
        found = lex.partner_marker.match(self.body, c_end, hi)
        if found is None or any(c_end <= h.start < found.end() for h in hits):
            return [], False
        cue_last = normalise_phrase(found.group(1))
        return self.country_list(hits, found.end(), hi), cue_last in lex.between_words

    def _pronoun_subject_before(self, hit: Hit, lo: int) -> bool:
        if self.lex.pronoun_subjects is None:
            return False
        comma = self.body.rfind(",", lo, hit.start)
        start = comma + 1 if comma >= 0 else lo
        return self.lex.pronoun_subjects.match(self.body, start, hit.start) is not None

    def act_owner(self, hits: list[Hit], c_start: int, floor: int) -> Hit | None:
        """`keputusan AS mengakui ...`, `the US decision to recognise ...`: whose act the cue is."""
        lex = self.lex
        before = [h for h in hits if floor <= h.start and h.end <= c_start and c_start - h.end <= 100]
        if not before:
            return None
        hit = before[-1]
        if self.body[hit.end:c_start] in ("-", "\u2013"):
            return hit  # `the Armenian-backed separatist Republic of Artsakh`: the state backs
        if _clause_start(self.body, c_start, floor) > hit.start:
            return None
        lead = hit
        for other in reversed(before[:-1]):  # `Amerika Serikat (AS)`: the first name
            if other.code == hit.code and hit.start - other.end <= 3:
                lead = other
        if lex.act_before is not None and lex.act_before.search(self.body, max(floor, lead.start - 40),
                                                                lead.start):
            return hit
        if lex.act_after is not None and lex.act_after.match(self.body, hit.end):
            return hit
        if lex.relative is not None and c_start - hit.end <= 80 \
                and lex.relative.match(self.body, hit.end):
            return hit  # `Kuwait, yang juga mencari cara mediasi`: the relative clause's subject
        if lex.relative_after_name is not None and c_start - hit.end <= 80 \
                and lex.relative_after_name.match(self.body, hit.end):
            # `pengumuman Presiden Amerika Serikat Donald Trump yang mengakui Yerusalem`: the state's
            # official named right after it, then the relative clause: the official's act
            return hit
        return None

    def other_object(self, c_end: int, hits: list[Hit], actors: set[str]) -> Hit | None:
        """The non-party country right after a cue (`mendukung upaya Korsel`), if any."""
        nxt = next((h for h in hits if h.start >= c_end), None)
        if nxt is not None and nxt.code not in self.parties and nxt.code not in actors \
                and nxt.start - c_end <= 40:
            return nxt
        return None

    def target(self, cue_start: int, cue_end: int, direction: str, hits: list[Hit],
               actors: set[str], s_start: int, s_end: int,
               opposing: bool = False) -> tuple[str | None, bool]:
        """The party a cue points at, and whether it points at both parties."""
        body = self.body
        lex = self.lex
        after_limit = min(s_end, cue_end + 90)
        clause_end, _ = _clause_end(body, cue_end, after_limit)
        organisation = None
        if opposing and lex.organisations is not None:
            # `kerap menuding PBB melakukan ketidakadilan ... terhadap Israel`, `threatened to
            # withdraw from the UN over its bias against Israel`: an organisation named first after
            # an opposing cue is what it opposes; a state named after it is not the target
            organisation = lex.organisations.search(body, cue_end, min(clause_end, cue_end + 30))
        if lex.both_sides is not None:
            both = lex.both_sides.search(body, cue_end, min(clause_end, cue_end + 40))
            if both is not None:
                return None, True
        if opposing and lex.act_owned is not None and direction in ("after", "any"):
            owned = lex.act_owned.match(body, cue_end, clause_end)
            owner = next((h for h in hits if owned is not None and h.start >= owned.start()), None)
            if owner is not None and owned.start(1) <= owner.start <= owned.end():
                # `menolak keputusan Trump yang menyatakan Yerusalem ... ibu kota Israel`: the act of
                # the state named right after the act noun is what the cue opposes
                return (owner.code if owner.code in self.parties else None), False
        candidates_after = [h for h in hits if cue_end <= h.start < clause_end
                            and h.code not in actors]
        if organisation is not None:
            candidates_after = [h for h in candidates_after if h.start < organisation.start()]
        if direction in ("after", "any"):
            for index, hit in enumerate(candidates_after):
                if hit.code not in self.parties and index == 0 and hit.start - cue_end <= 25:
                    break  # 'mendukung upaya Korsel ...': the cue's object is another country
                if hit.code in self.parties:
                    nxt = candidates_after[index + 1] if index + 1 < len(candidates_after) else None
                    if nxt is not None and nxt.code in self.parties and nxt.code != hit.code \
                            and lex.coordinator_gap.match(body, hit.end, nxt.start):
                        return None, True
                    if nxt is not None and nxt.code != hit.code and nxt.start - hit.end <= 12 \
                            and lex.between_before is not None \
                            and lex.between_before.search(body, max(cue_end, hit.start - 40), hit.start) \
                            and lex.coordinator_gap.match(body, hit.end, nxt.start):
                        # `mendorong kerja sama antara pemerintah Myanmar dan Bangladesh`: the cue
                        # is about the relation of the two, not aimed at the party alone
                        return None, True
                    return hit.code, False
                if hit.start - cue_end > 40:
                    break
        if direction in ("before", "any"):
            lo = max(s_start, cue_start - 90)
            for hit in reversed([h for h in hits if lo <= h.start and h.end <= cue_start]):
                if hit.code in actors:
                    continue
                if hit.code in self.parties:
                    return hit.code, False
        return None, False


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
                # `Schroeder and Chirac called for the embargo to be lifted`: backing its target; the
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


def home_bodies(pack: Any) -> re.Pattern | None:
    """The institutions only the home state has (the pack's `home_institutions`: `TNI`, `Kemlu`,
    `KBRI`): named, they name that state."""
    words = pack.words("home_institutions") if hasattr(pack, "words") else []
    return _bodies_regex(tuple(str(w) for w in words))


@lru_cache(maxsize=4)
def _bodies_regex(words: tuple) -> re.Pattern | None:
    return alternation(list(words), flags=0) if words else None


def _first_said(regex: re.Pattern | None, body: str, sentences: list,
                ignored: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the first sentence holding a phrase of `regex` outside the ignored spans."""
    for sentence in sentences if regex is not None else ():
        s_start, s_end = span_of(sentence)
        if any(not _inside(m.start(), m.end(), ignored) for m in regex.finditer(body, s_start, s_end)):
            return (s_start, s_end)
    return None


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
    `called for the embargo to be lifted`, `plans to end the EU's arms embargo on China`; no
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


def _noisy_or(weights: Iterable[float]) -> float:
    remaining = 1.0
    for w in weights:
        remaining *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - remaining


def sovereign_of(code: str) -> str | None:
    """The state a territory belongs to (`GU` -> `US`); the gazetteer reads the data (imported
    here, not at the top: this module reads its lexicons without the gazetteer)."""
    from .gazetteer import sovereigns

    return sovereigns().get(code)


def _decide(parties: list[str], evidence: list[Evidence],
            first_seen: dict[str, tuple[int, int]]) -> list[dict]:
    stances: list[dict] = []
    for code in parties:
        ref = first_seen.get(code)
        if ref is None:
            continue  # a party the text never names (a disputed place's claimant): no stance of its own
        stances.append(_stance(code, "party", None, [], None, [list(ref)] if ref else [], 0.9))

    groups: dict[tuple[str, str | None], list[Evidence]] = {}
    for item in evidence:
        groups.setdefault((item.country, item.claimed_by), []).append(item)
    ordered = sorted(groups.items(), key=lambda kv: min(e.position for e in kv[1]))
    two = len(parties) == 2
    for (country, claimed_by), items in ordered:
        if country in parties or not country:
            continue
        if sovereign_of(country) in parties:
            continue  # Guam in a conflict of the US: part of its sovereign's side, no stance of its own
        # score each side: backing it, or (two parties) opposing the other one
        side_scores: dict[str, float] = {}
        side_items: dict[str, list[Evidence]] = {}
        for side in parties:
            other = [p for p in parties if p != side]
            chosen = [e for e in items if (e.kind == "backs" and e.target == side)
                      or (two and e.kind == "opposes" and e.target in other)]
            side_items[side] = chosen
            side_scores[side] = _noisy_or(e.weight for e in chosen)
        neutral_items = [e for e in items if e.kind == "neutral"]
        neutral_score = _noisy_or(e.weight for e in neutral_items)
        calls = []
        for e in sorted(items, key=lambda e: e.position):
            for c in e.calls_for:
                if c not in calls:
                    calls.append(c)
        best = max(parties, key=lambda p: side_scores[p]) if parties else None
        runner_up = max((side_scores[p] for p in parties if p != best), default=0.0)
        if best is not None and side_scores[best] >= THRESHOLD and side_scores[best] - runner_up >= 0.2:
            chosen = side_items[best]
            backs_w = _noisy_or(e.weight for e in chosen if e.kind == "backs")
            if backs_w > 0 or not two:
                position, side = "backs", best
            else:
                position = "opposes"
                side = next(e.target for e in chosen if e.kind == "opposes")
            if not two:
                opp = [e for e in items if e.kind == "opposes"]
                if not chosen and opp:
                    position, side = "opposes", opp[0].target
            refs = _refs(chosen)
            stances.append(_stance(country, position, side, calls, claimed_by, refs,
                                   side_scores[best]))
            continue
        if not two:
            opp_scores: dict[str, list[Evidence]] = {}
            for e in items:
                if e.kind == "opposes":
                    opp_scores.setdefault(e.target, []).append(e)
            if opp_scores:
                target, chosen = max(opp_scores.items(), key=lambda kv: _noisy_or(e.weight for e in kv[1]))
                score = _noisy_or(e.weight for e in chosen)
                if score >= THRESHOLD:
                    stances.append(_stance(country, "opposes", target, calls, claimed_by,
                                           _refs(chosen), score))
                    continue
        if neutral_score >= NEUTRAL_THRESHOLD:
            stances.append(_stance(country, "neutral", None, calls, claimed_by,
                                   _refs(neutral_items), neutral_score))
    # a country never backs or opposes itself (a cue that pointed back at its own actor)
    return [s for s in stances if s["side"] != s["country"]]


def _refs(items: list[Evidence]) -> list:
    out: list = []
    for e in sorted(items, key=lambda e: e.position):
        ref = e.ref if isinstance(e.ref, str) else list(e.ref)
        if ref not in out:
            out.append(ref)
    return out


def stance_id(country: str, claimed_by: str | None) -> str:
    if claimed_by:
        return f"{country.lower()}-claimed-by-{claimed_by.lower()}"
    return country.lower()


def _stance(country: str, position: str, side: str | None, calls: list[str],
            claimed_by: str | None, evidence: list, confidence: float) -> dict:
    return {
        "id": stance_id(country, claimed_by),
        "country": country,
        "position": position,
        "side": side,
        "calls_for": list(calls),
        "claimed_by": claimed_by,
        "evidence": evidence,
        "confidence": round(min(1.0, max(0.0, confidence)), 2),
        "reviewed": False,
    }
