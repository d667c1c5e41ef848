"""Speaker phrases, the people and institutions of one article, and who they speak for.

A speaker phrase is a run of capitalised words with the lower-case role words a language allows
inside it (`Menteri Luar Negeri Heiko Maas`, `juru bicara Kementerian Luar Negeri Iran`,
`Iran's Foreign Minister Javad Zarif`). It splits into a role (titles, countries) and a name (the
trailing run of name-like words). `ArticleEntities` keeps every person and institution the article
names, with the fullest name it gives, so later surname or title mentions resolve to them.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import cached_property, lru_cache
import re
from dataclasses import dataclass, field

from .gazetteer import DATA_DIR, CountryFinder, sovereigns
from .langpack import LanguagePack
from .outlets import is_news_outlet
from .officials import another_person, full_name, listed_name_length, official_country, out_of_office, speaks_for_no_state
from .trie import literal_alternation, trie_pattern

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĠĦĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# 'U.S.', 'U.N.' (dotted acronyms); 'J. Smith' (an initial); 'Aliyev'; 'al-Assad', 'el-Sisi'
# 'Export–Import' (an en dash between two capitalised parts, no spaces) is one word of a name, and
# so is 'PG&E', 'AT&T' (an ampersand)
# 'Startupindonesia.co', 'Tiket.com': a firm named by its web address (a word of a role, never of a name)
WEB_NAME = r"[A-Z][\w\-]*\.(?:co\.id|com|co|id|net|org)(?![\w.])"
_WEB_NAME = re.compile(WEB_NAME)
NAMEWORD = (rf"{WEB_NAME}|(?:[{UPPER}]\.){{2,}}(?![\w])|[{UPPER}]\.(?=[ \t]+[{UPPER}])|[{UPPER}][\w'’\-]*(?:[–&][{UPPER}][\w'’\-]*)*"
            rf"|(?:al|el|ad|an|ar|as|ash|at|az)-[{UPPER}][\w'’\-]*")
_PARTICLE = re.compile(rf"(?:al|el|ad|an|ar|as|ash|at|az)-[{UPPER}]")
_DOTTED = re.compile(rf"(?:[{UPPER}]\.){{2,}}")  # 'U.S.' keeps its last dot
# ('Labour MP (Member of Parliament) Tom Watson': a gloss in brackets, short lower-case words allowed)
PHRASE_TOKEN = (rf"(?:{NAMEWORD}|\([{UPPER}][\w\-]*(?:[ \t](?:[a-z]{{2,3}}[ \t])?[{UPPER}][\w\-]*){{0,2}}\)"
                rf"(?=[ \t]+[{UPPER}]|,[ \t]+[{UPPER}]))")



# ---- word sequences without per-name regular expressions ------------------------------------
# (a pattern built from each name costs a compile; these few questions are asked thousands of
# times an article set, so they are answered with str.find)

# ', Puerto Rico's governor,' after a name: a state's lower-case office in apposition
_STATE_OFFICE_AFTER = re.compile(
    rf",[ \t]+(?P<state>[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}})(?P<s>['’]s)[ \t]+"
    r"(?P<office>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})[ \t]*,")
# 'The head of the UK's counter terror police, ' before a name, from the sentence start
_OFFICE_BEFORE = re.compile(r"(?P<office>[^,;:\"“”()\n]{5,90}?),[ \t]*\Z")
# an office of capitalised words (a title, a body's name) whose fields are listed with commas and
# 'dan', or with a short form in brackets, up to the comma before a name: 'Kepala Dinas Kepemudaan,
# Olahraga, dan Pariwisata (Disporapar) Provinsi Jawa Barat, '
_LISTED_OFFICE = re.compile(r"(?P<office>[A-Z][\w.-]*(?:(?:,?[ \t]+(?:dan[ \t]+)?)(?:[A-Z][\w.-]*|\([A-Z][\w-]*\))){1,24}),[ \t]*")
# (longer, the words before the comma are a clause more likely than an office)
_MAX_OFFICE_WORDS = 12
# the lower-case words of a clause before an office inside it ('sekaligus memunculkan keraguan akan
# masa depan Direktur FBI ...', after the clause's first word), and the full stop that closes the
# sentence on the name in apposition (after a fronted clause a sentence goes on: 'Setelah bertemu
# Presiden Jokowi di Istana, Budi Santoso, mengatakan')
_LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*[ \t]+)+(?=[A-Z])")
_SENTENCE_CLOSED = re.compile(r"[ \t]*\.(?![\w.])")
# the end of the sentence a name stands in
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’']?(?=\s)")
# the shortest short form of a first name read as one ('Enggar' for 'Enggartiasto'; not 'Al', 'Abu')
_MIN_CLIPPED_NAME = 4
# the shortest surname read as a misspelling of a name the article gave in full ('Santikra' for
# 'Santikara'), and the longest spelling gap (letters left out plus letters put in) for a short
# and a long word ('Wahyudi' / 'Wahyuni' are two names: two letters apart in seven)
_MIN_MISSPELT_NAME = 6
_LONG_MISSPELT_NAME = 9
_LAST_WORD = re.compile(r"([\w-]+)[ \t]+\Z")
_DESCRIBED_BY = re.compile(r"([A-Z][\w-]+)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}\Z")
_INITIAL_THEN_WORD = re.compile(rf"[{UPPER}]\.[ \t]+([{UPPER}][a-z]+)\b")
_PARTICLES = {"al", "el", "ad", "ar", "as", "at", "an", "bin", "ibn", "abu"}
_NAME_PARTICLES = {"bin", "binti", "bint", "ibn"}
# a word of a name that joins two capitalised names: 'Cahyadi-Armuji' (see _names_a_pair)
# 'Prayuth Chan - ocha', 'Moon Jae - in': a detokenised hyphen (IndoSum) before the lower-case last
# syllables of a given name
_SPACED_HYPHEN_TAIL = re.compile(r"[ \t]+-[ \t]+([a-z]{2,6})(?![\w-])")
_RUNNING_MATES = re.compile(rf"[{UPPER}][\w'’]+-[{UPPER}][\w'’]+")
_EUROPEAN_PARTICLES = {"van", "den", "der", "von", "de", "da", "du", "del", "della", "di", "le", "la"}


# a list of capitalised fields before a phrase: 'Bidang Politik, Hukum, dan ' + 'Keamanan Wiranto'
_LIST_BEFORE = re.compile(rf"[{UPPER}][\w)]*,[ \t]+(?:dan|serta|and|&)[ \t]+$")
# the whole run of capitalised words and commas before such a phrase
# (a title, then fields of one word each: 'Bidang Politik, Hukum, dan'; not a list of people)
_TITLE_LIST = re.compile(rf"[{UPPER}][\w()]*(?:[ \t]+(?:[a-z]{{1,8}}[ \t]+)?[{UPPER}][\w()]*)*"
                         rf"(?:,[ \t]+[{UPPER}][\w()]*)+,[ \t]+(?:dan|serta|and|&)[ \t]+$")


def _field_after_title(titles: list[str], stopwords: list[str]) -> str:
    """A pattern for the lower-case field after an expert's title, inside a speaker phrase: 'Pengamat
    pertanian Khudori', 'Pakar hukum tata negara Feri Amsari' (one to three words; no verb with its
    prefix, 'Pengamat menilai Presiden ...', and no function word)."""
    if not titles:
        return ""
    after = "|".join(rf"(?<=\b{re.escape(t)}[ \t])" for t in titles)
    stop = "|".join(re.escape(w) for w in stopwords if w.isalpha() and w.islower())
    word = rf"(?!(?:me|ber|di)[a-z])(?!(?:{stop})\b)[a-z][a-z-]*"
    return rf"(?:{after}){word}(?:[ \t]+{word}){{0,2}}"


def _join_hyphens(words: list[str], joins) -> list[str]:
    """A detokenised hyphen (' - ', as in IndoSum) between two words that `joins(left, right)`
    makes one word again: 'al - Sisi' -> 'al-Sisi', 'Timor - Leste' -> 'Timor-Leste'."""
    if "-" not in words:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "-" and out and i + 1 < len(words) and joins(out[-1], words[i + 1]):
            out[-1] = f"{out[-1]}-{words[i + 1]}"
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _join_particles(words: list[str]) -> list[str]:
    """'al - Sisi' (a detokenised 'al-Sisi') is one word of a name."""
    return _join_hyphens(words, lambda left, _: left.casefold() in _PARTICLES)


def _wordch(ch: str, extra: str = "") -> bool:
    return ch.isalnum() or ch == "_" or ch in extra


def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else " "


def word_positions(text: str, word: str, left: str | None = "", right: str | None = "") -> list[int]:
    """Where `word` stands with no word character (or one of `left` / `right`) beside it;
    None skips that side's check."""
    out, i = [], text.find(word)
    while i >= 0 and word:
        j = i + len(word)
        if (left is None or not _wordch(_at(text, i - 1), left)) and \
                (right is None or not _wordch(_at(text, j), right)):
            out.append(i)
        i = text.find(word, i + 1)
    return out


def after_blanks(text: str, pos: int, blanks: str = " \t") -> int:
    """The position after one or more blanks at pos, or -1 when there is none."""
    k = pos
    while k < len(text) and text[k] in blanks:
        k += 1
    return k if k > pos else -1


def followed_by(text: str, pos: int, word: str, blanks: str = " \t") -> bool:
    k = after_blanks(text, pos, blanks)
    return k >= 0 and text.startswith(word, k)

@dataclass
class Entity:
    name: str
    type: str = "person"  # person | organization
    role: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    first: int = 0
    registered: bool = False  # from content/people.yaml: its role and country win
    # an institution the article quoted through a person ('seorang juru bicara Kementerian
    # Luar Negeri AS'): a later 'ia'/'he' may still be that unnamed person
    voiced: bool = False
    # a news outlet the article quotes through its own spokesperson or statement: a body speaking
    # for itself, not the press (outlets.is_press)
    own_voice: bool = False
    # called elected or former by a word before the phrase read ('presiden terpilih AS Donald
    # Trump'): what is known of the person at other times does not count
    no_office: bool = False
    # (the tokens of the name they were made from: asked for ~150 times an article)
    _tokens: tuple = field(default=("", frozenset()), init=False, repr=False, compare=False)

    @property
    def tokens(self) -> frozenset[str]:
        name, tokens = self._tokens
        if name is not self.name:
            tokens = frozenset(t.casefold() for t in self.name.split())
            self._tokens = (self.name, tokens)
        return tokens


@dataclass
class Parsed:
    text: str
    start: int
    end: int
    role: str | None
    name: str | None
    type: str  # person | organization | role | country
    country: str | None


def _copy_parsed(p: Parsed) -> Parsed:
    """A shallow copy of every field: what dataclasses.replace(p) makes, without its per-field
    checks (a tenth of the time; Grammar.parse returns ~70 copies an article)."""
    new = object.__new__(Parsed)
    new.__dict__.update(p.__dict__)
    return new


def _places(code: str) -> frozenset[str]:
    """City names from CLDR's time-zone data (Babel): `New York`, `Jakarta`, `Tehran`. A phrase
    that is only a city's name names no speaker (`kata Rycroft di New York`)."""
    from babel import Locale
    from babel.core import get_global

    names = {zone.split("/")[-1].replace("_", " ") for zone in get_global("zone_territories")}
    try:
        names.update(v["city"] for v in Locale.parse(code).time_zones.values() if v.get("city"))
    except Exception:  # an unknown locale: the English names are still there
        pass
    extra = DATA_DIR / f"places.{code}.txt"  # what CLDR lacks, per language
    if extra.is_file():
        names.update(line.strip() for line in extra.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
    return frozenset(n.casefold() for n in names if len(n) > 3)


@lru_cache(maxsize=None)
def _local_places(code: str) -> frozenset[str]:
    path = DATA_DIR / f"places.{code}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def _common_words(code: str) -> frozenset[str]:
    path = DATA_DIR / f"common_words.{code}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _padded_words(phrase: str) -> str:
    """' dpr ri komisi i ': the words between single spaces, brackets and commas as spaces, so that
    ' name ' finds a whole listed name with one search."""
    return " " + " ".join(re.sub(r"[(),]", " ", phrase).split()) + " "


def _words_re(words, flags: int = 0) -> re.Pattern | None:
    """Any of `words` as a whole word (a hyphen joins words): one pattern, longest first."""
    words = list(words)
    return re.compile(r"(?<![\w-])(?:" + literal_alternation(words) + r")(?![\w-])", flags) if words else None


# (precompiled: asked tens of thousands of times an article set, in _parse and _surname_in)
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
_CAPS_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Generation suffixes of a name (casefolded): 'Donald Trump Jr' is another person than 'Donald Trump'.
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
_POSSESSIVE_S = re.compile(r"['’]s$")
_ROMAN = re.compile(r"[IVX]+")


def is_academic_degree(word: str, degrees) -> bool:
    """'PhD', 'M.Si.', 'S.H.': a word of `degrees` (academic_degrees, dots taken out, casefolded),
    written with a dot unless it is three letters or more, so that 'MA' and 'SE' stay words of a name."""
    bare = word.replace(".", "").casefold()
    return bare in degrees and ("." in word or len(bare) >= 3)


# an age in brackets right after a name: 'Rudi (34)'
_AGE_AFTER = re.compile(r"[ \t]*\(\d{1,3}\)")
# a short form in brackets closing a phrase: 'Kedutaan Besar RI (KBRI)'
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+\Z")
# between two states' names in a list: 'Iraq and Afghanistan', 'Tanzania, Mozambique', 'Irak dan Suriah'
_LIST_JOINT = re.compile(r",?[ \t]+(?:and|or|dan|atau)[ \t]+(?:the[ \t]+)?|,[ \t]+(?:the[ \t]+)?")


class Grammar:
    """Compiled speaker-phrase machinery for one language pack (cached on the pack)."""

    def __init__(self, pack: LanguagePack, finder: CountryFinder):
        self.pack = pack
        self.name_opening_particles = frozenset(pack.words("name_opening_particles"))
        self.facility_person_titles = frozenset(pack.words("facility_person_titles"))
        self.finder = finder
        dets = pack.words("determiners")
        self.determiners_re = re.compile(rf"(?:{trie_pattern(dets)})[ \t]+") if dets else None
        connectors = set(pack.words("role_connectors")) | {"bicara"}
        # 'Co - Founder dan CEO X' (a detokenised 'Co-Founder'): the phrase runs over the spaced
        # hyphen of a hyphenated title, opening it or inside it (_join_hyphened_titles makes it one
        # word again)
        spaced_titles = [t.split("-", 1) for t in pack.words("titles") if "-" in t and " " not in t
                         and t[:1].isupper()] if pack.get("spaced_hyphen_names") else []
        connectors |= {f"{left} -" for left, _ in spaced_titles}
        spaced_title_opening = "|".join(rf"{re.escape(left)}[ \t]+-[ \t]+(?={re.escape(right)}(?![\w-]))"
                                        for left, right in spaced_titles)
        connectors = sorted(connectors, key=len, reverse=True)
        lower_roles = sorted(set(pack.words("lower_roles")), key=len, reverse=True)
        lroles = "|".join(re.escape(r) for r in lower_roles)
        title_words: set[str] = set()
        for t in pack.words("titles") + pack.words("lower_roles") + pack.words("institution_heads"):
            title_words.update(w.casefold().rstrip(".") for w in t.split())
        self.title_words = title_words - {""} - {w.casefold() for w in pack.words("name_words_in_titles")}
        # (the first words of titles: 'Menteri', 'Kepala', 'Juru', not 'Perdagangan' of 'Menteri Perdagangan')
        self.title_openers = {t.split()[0].casefold().rstrip(".") for t in pack.words("titles") + pack.words("lower_roles")
                              if t.split()}
        # 'Dr. Carlo Bava', 'Prof. Made Astawan': an abbreviated title with its dot opens a phrase
        titled = sorted({a for a in pack.words("abbreviations") if "." not in a and a.casefold() in title_words},
                        key=len, reverse=True)
        # (they, and the honorifics, stand before a person only: 'According to Dr Meerjady')
        self.honorifics = {h.casefold() for h in pack.words("honorifics")}
        self.person_titles = {a.casefold() for a in titled} | self.honorifics \
            | {w.casefold() for w in pack.words("honour_titles")}
        # (the longest first, for a regex: 'Mr Wittig', 'Dr Reddy')
        self.person_title_alt = "|".join(re.escape(h) for h in sorted(self.person_titles, key=len, reverse=True))
        token = (rf"(?:(?:{trie_pattern(a.capitalize() for a in titled)})\.(?=[ \t]+[{UPPER}])|{PHRASE_TOKEN})"
                 if titled else PHRASE_TOKEN)
        # inside a phrase, a short number before a capitalised word: 'Ketua Komisi 1 DPR RI'
        # (or closing it before an apposition: 'Ketua RT 004 RW 009, Sumarni')
        inner = rf"(?:{PHRASE_TOKEN}|\d{{1,3}}(?=[ \t]+[{UPPER}]|,[ \t]))"
        # (the word lists go in as tries: the same matches as the longest-first alternations, in
        # the same order, but tried at every position of the text at a fraction of the cost)
        # (a lower-case role of several words may open a sentence: 'Member of parliament (MP) Kevin Conolly')
        opening = [r[0].upper() + r[1:] for r in lower_roles if " " in r and r[0].islower()]
        lroles_trie, conn_trie = trie_pattern(lower_roles + opening), trie_pattern(connectors)
        professions = pack.words("profession_heads")
        self.profession_words = {w.casefold() for w in professions}
        if professions:
            # 'Northwestern University public health expert Wendy Parmet': up to three lower-case
            # words before a profession join the body before it to the name after it ('Finnish
            # open-source video game developer Perttu Ahola')
            # (not after an article: 'A leading expert on the Cuban economy' names nobody)
            # (the article alone: 'NASA astronaut Doug Hurley', 'CIA analyst' end in an 'A' of their own)
            conn_trie = rf"(?<!\b[Aa] )(?<!\bAn )(?<!\bThe )(?:[a-z][\w-]*[ \t]+){{0,3}}(?:{trie_pattern(professions)})(?![\w-])|{conn_trie}"
        fields = _field_after_title(pack.words("field_titles"), pack.words("stopwords"))
        if fields:
            conn_trie = rf"{fields}|{conn_trie}"
        # ('ex-Foreign Secretary Robin Cook': a former-word glued by a hyphen to the title opens the
        # phrase, so that the role says he no longer holds it)
        glued = [w for w in pack.words("former_words") if len(w) <= 3 and w.islower()]
        glued_former = rf"(?:(?<![\w-])(?:{'|'.join(map(re.escape, glued))})-(?=[{UPPER}]))?" if glued else ""
        if spaced_title_opening:
            glued_former = rf"(?:{spaced_title_opening})?{glued_former}"
        # 'Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Roeslani', 'Menko Pangan/Kepala Bapanas
        # Zulkifli Hasan': a slash without spaces joins a second office (a title word or an acronym
        # after it) to the first; not two names ('Marcus/Kevin')
        self.slash_joins_offices = bool(pack.get("slash_joins_offices"))
        slash_office = [w for w in self.title_words if w.isalpha()] if self.slash_joins_offices else []
        sep = (rf"(?:[ \t]+|/(?=[{UPPER}])(?=(?i:{trie_pattern(sorted(slash_office))})(?![\w-])|[{UPPER}]{{2,}}(?![\w-])))"
               if slash_office else r"[ \t]+")
        self.phrase = re.compile(
            rf"(?:(?:{lroles_trie})\s+(?:(?:{conn_trie})\s+)*)?{glued_former}{token}(?:{sep}(?:(?:{conn_trie})[ \t]+)*{inner})*"
            if lroles else rf"{glued_former}{token}(?:{sep}(?:(?:{conn_trie})[ \t]+)*{inner})*")
        self.lower_role_start = re.compile(rf"^(?:{lroles})\b\s*", re.I) if lroles else None
        self.titles = sorted({t.casefold() for t in pack.words("titles")}, key=len, reverse=True)
        self.title_set = frozenset(self.titles)
        self.institution_heads = sorted(pack.words("institution_heads"), key=len, reverse=True)
        self.head_words = {h.split()[0] for h in self.institution_heads}
        derived = pack.words("derived_noun_patterns")
        self.derived_re = re.compile("|".join(f"(?:{d})" for d in derived)) if derived else None
        self.inst_head_re = re.compile(
            r"^(?:" + "|".join(re.escape(h) for h in self.institution_heads) + r")\b", re.I
        ) if self.institution_heads else None
        self.named_heads = set(pack.words("named_heads"))
        self.non_home_units = [w.casefold() for w in pack.words("non_home_units")]
        self.non_state = {w.casefold() for w in pack.words("non_state_words")}
        # words of parties and trades: a role in one keeps the state another phrase gave (pipeline.py)
        self.political_non_state = frozenset(w.casefold() for w in pack.words("political_non_state_words"))
        # the unnamed forces and authorities ('polisi', 'pemerintah setempat'), read by rules of their own
        self.unnamed_speaker_words = frozenset(w.casefold() for key in ("unnamed_state_forces", "unnamed_authorities")
                                               for w in pack.words(key))
        # (words of several, read as a phrase of the role: 'Scotland number eight')
        self._padded_non_state_phrases = [f" {w} " for w in self.non_state if " " in w]
        self.nationality_words = set(pack.words("nationality_person_nouns")) | set(pack.words("nationality_adjectives"))
        # ('European', 'Arab': a people wider than a state; no name, like a nationality)
        self.regional_adjectives = frozenset(pack.words("regional_adjectives"))
        # ... and words that say so in lower case only ('England captain' leads a team; 'Coast Guard
        # Captain Jane Doe' holds a rank of the state's)
        self.lower_non_state = set(pack.words("lower_non_state_words"))
        # titles only a firm gives ('senior vice president', 'executive vice-president'): the holder is
        # the firm's, whatever state office the last words also name
        self.firm_title_re = _words_re(pack.words("firm_titles"), re.I)
        # the head words of the bodies an unnamed authority may stand for ('polisi' -> 'Kepolisian Jepang')
        self.authority_bodies = {str(k).casefold(): {str(v).casefold() for v in vs or ()}
                                 for k, vs in (pack.get("authority_bodies") or {}).items()}
        domestic = pack.words("domestic_role_words")
        bodies = pack.words("international_bodies")
        self.international_re = _words_re(bodies)
        # 'yang bertindak sebagai Utusan Khusus PBB', 'acting as the UN special envoy': after a name,
        # the office the person holds in what the article reports
        capacity = pack.words("capacity_markers")
        self.capacity_re = re.compile(
            rf"[^.;:\n\"“”]{{0,40}}?(?<![\w-])(?:{trie_pattern(capacity)})[ \t]+(?P<role>[^.;:\n\"“”]{{3,120}})") \
            if capacity else None
        self.body_head_re = _words_re(pack.words("body_head_words"), re.I)
        # a firm's branch by the state it is in ('at Quill Search in the US', 'Chief Executive of Acme UK',
        # "Widgetco's UK sales director"): the state places the firm, the person speaks for none
        branch_at, branch_in = pack.words("branch_body_prepositions"), pack.words("branch_place_prepositions")
        self.branch_at_words = set(branch_at)
        dets = pack.words("definite_articles")
        self.branch_in_re = re.compile(
            rf"(?:^|[ \t])(?:{'|'.join(map(re.escape, branch_at))})[ \t]+(?:(?:{'|'.join(map(re.escape, dets))})[ \t]+)?"
            rf"(?P<body>[{UPPER}][\w&'’.-]*(?:[ \t]+[{UPPER}0-9][\w&'’.-]*)*)"
            rf"[ \t]+(?:{'|'.join(map(re.escape, branch_in))})(?:[ \t]+(?:{'|'.join(map(re.escape, dets))}))?[ \t]*\Z") \
            if branch_at and branch_in and dets else None
        self.state_body_words = set(pack.words("state_body_words"))
        self.domestic_role_re = _words_re(domestic, re.I)
        # a judge with no court in the story sits on a prize's or a show's panel (panel_judge_words)
        self.panel_judge_words = frozenset(w.casefold() for w in pack.words("panel_judge_words"))
        self.court_story_re = _words_re(pack.words("court_story_words"), re.I)
        self.home_mission_re = _words_re(pack.words("home_missions"))
        self._memo_text: str | None = None  # the article whose phrases _memo holds
        self._memo: dict = {}
        self._namelike_memo: dict[str, bool] = {}
        self._role_country_memo: dict[str, str | None] = {}
        self._surname_text: str | None = None  # the article whose answers _surname_memo holds
        self._surname_memo: dict[str, bool] = {}
        self.institution_names = {str(k): v for k, v in (pack.get("institution_names") or {}).items()}
        # 'Menlu' is 'Menteri Luar Negeri': a short title and its full form are one office
        self.title_short_forms = {str(k).casefold(): str(v).casefold()
                                  for k, v in (pack.get("title_short_forms") or {}).items() if v}
        self.openers = sorted(pack.words("sentence_openers"), key=len, reverse=True)
        self.openers_re = re.compile(
            r"^(?:" + trie_pattern(self.openers) + r")\b[ \t,]*") if self.openers else None
        self.opener_set = frozenset(self.openers)
        self.trailers = {w for w in pack.words("speaker_trailers") if w[:1].isupper()}
        self.cue_words = {w.casefold() for w in pack.words("cue_verbs")}
        # ('Asep menjelaskan ...': a word alone before a speech verb is a speaker's short name)
        self.subject_speech_words = {w.casefold() for w in pack.words("speech_verbs")}
        # ('pihak Jouska memastikan': a side or an office of what follows, not a person)
        self.possessed_institutions = {w.casefold() for w in pack.words("possessed_institutions")}
        # what may stand before a role put in apposition before a name at the start of its clause:
        # ', ujar Duta Besar ... , NAME', 'Sementara itu, juru bicara ..., NAME', 'said the spokesman, NAME'
        self.degrees = {w.replace(".", "").casefold() for w in pack.words("academic_degrees")}
        self.role_lead_words = {w.casefold() for key in ("cue_verbs", "opening_cues", "speech_verbs", "according_to",
                                                          "determiners", "role_determiners")
                                for phrase in pack.words(key) for w in phrase.split()}
        # report verbs a subject stands right before ('said', 'says', 'told'; not Indonesian cues,
        # which stand before their speaker)
        self.report_words = set(pack.words("subject_report_verbs"))
        # the longer first: 'Democratic Unionist' before 'Democratic'
        self.party_affiliations = sorted((p.split() for p in pack.words("party_affiliations")), key=len, reverse=True)
        # ... also after an aside between commas ('Unilever, which owns brands including Dove soap,
        # said ...', 'Cruz, in remarks to ABC, said ...'; not across a sentence or a quote)
        particles = pack.words("subject_particles")
        self.aside_then_report = re.compile(
            r",[^,.;:!?\"“”\n]{2,90},[ \t]+(?:(?:" + literal_alternation(particles) + r")[ \t]+)*(?:"
            + literal_alternation(self.report_words) + r")\b") if self.report_words else None
        # a capitalised pronoun is never inside a name: 'Washington, D.C. They also stated'
        self.pronoun_words = {w.capitalize() for w in pack.words("pronouns")}
        # a derived verb or noun opening a sentence ('Dikucilkan', 'Pemberlakuan', 'Kemampuan') is no name
        forms = pack.words("derived_word_forms")
        self.derived_word = re.compile("|".join(forms), re.I) if forms else None
        self.gerund_suffixes = tuple(pack.words("gerund_suffixes"))  # (_gerund_before_name)
        nick = pack.words("nickname_markers")
        self.nickname_re = re.compile(r"(?<![\w-])(?:" + "|".join(nick) + r")[ \t]+(?=[" + UPPER + "])") \
            if nick else None
        joiners = pack.words("nickname_joiners")
        self.nickname_joiner_re = re.compile(r"[ \t]*(?:" + "|".join(joiners) + r")[ \t]*(?=[" + UPPER + "])") \
            if joiners else None
        self.nickname_openers = set(pack.words("nickname_openers"))
        # lower-case words that may also join a role ('Menteri dalam Negeri'): after a name they
        # end it ('kata Kamil dalam Apel Siaga')
        self.name_trailers = set(pack.words("name_trailers"))
        self.connectors = {c.casefold() for c in connectors}
        # (those that are also surnames when capitalised: 'Gill Champion')
        self.connector_surnames = frozenset(w.casefold() for w in pack.words("role_connector_surnames"))
        self.anaphor_markers = {w.casefold() for w in pack.words("anaphor_markers")}
        self.church_states = set(pack.words("church_states"))
        self.institution_tails = set(pack.words("institution_tails"))
        self.private_body_tails = set(pack.words("private_body_tails"))
        self.body_name_prepositions = frozenset(pack.words("body_name_prepositions"))
        self.firm_name_tails = frozenset(pack.words("research_body_tails") + pack.words("firm_name_tails")
                                         + pack.words("event_name_tails"))
        self.firm_name_links = frozenset(pack.words("research_source_name_links"))
        self.person_body_links = frozenset(pack.words("person_firm_links"))
        # words that are an office only before 'of' ('Dean of UC Berkeley School of Law'), first names
        # or surnames elsewhere ('Dean Baker', 'Howard Dean')
        self.of_offices = set(pack.words("of_offices"))
        # words that name a firm at the start or the end of its name ('PT', 'Bank', 'Group')
        self.firm_heads = set(pack.words("firm_heads"))
        self.firm_name_closers = set(pack.words("firm_name_closers"))
        press = pack.words("press_nouns")
        self.press_nouns = re.compile(r"[ \t]+(?:" + literal_alternation(press) + r")\b") if press else None
        self.stopwords = {w.casefold() for w in pack.words("stopwords")}
        # words that only a clause has, wherever they stand ('Kementerian Sosial memang belum
        # sempurna', 'tetap menjadi prioritas Presiden'): no office holds a verb of being or a tense
        self.clause_markers = {w.casefold() for w in pack.words("clause_markers") + pack.words("auxiliaries")}
        # 'X of Y' is read as a body or an affiliation only where 'of' is a word of the language
        # (English names inside Indonesian text, 'Film Story of Kale', keep the old reading)
        self.of_phrases = "of" in self.stopwords
        # lower-case words inside a name ('Mohammed bin Salman'; in English 'Ursula von der Leyen')
        # ('di Bio Farma', 'dari Pulo Gebang': a place or a body after them, see _body_name_end)
        self.body_prepositions = {w.casefold() for w in pack.words("object_prepositions")} - {"dan", "atau", "serta"}
        # prepositions of place, which put a firm or a body after them but never a person ('di Bukalapak')
        self.body_place_prepositions = set(pack.words("body_place_prepositions"))
        # (text, (body-marked words, cued words)) of the article last read (_body_word_index)
        self._body_index: tuple[str, tuple[set[str], set[str]]] | None = None
        self.name_particles = _NAME_PARTICLES | (_EUROPEAN_PARTICLES if self.of_phrases else set()) \
            | set(pack.words("foreign_name_particles"))
        self.non_name = {w.casefold() for w in pack.words("non_name_words")}
        self.non_name_suffixes = tuple(pack.words("non_name_suffixes"))
        self.common = _common_words(pack.code)
        self.places = _places(pack.code)
        # the language's own towns and regencies (not CLDR's world cities, some of which are also
        # given names: 'Regina', 'Stanley')
        self.local_places = _local_places(pack.code)
        self.place_name_words = {w.casefold() for w in pack.words("name_words_in_titles")} | self.non_name
        # the word after `Kota`, `Kabupaten`, `Provinsi` is a place, never part of a name
        self.place_heads = {w.casefold() for w in pack.words("place_heads")}
        self.deputy_roles = {w.casefold() for w in pack.words("deputy_roles")}
        voice = trie_pattern(pack.words("outlet_voice_heads")) if pack.words("outlet_voice_heads") else None
        # 'a BBC spokeswoman', 'a spokesman for Acme TV': the capitalised words next to an outlet's
        # own spokesperson or statement (which of them name the outlet is the outlets list's to say)
        self.outlet_voice_res = (
            re.compile(rf"((?:[A-Z][\w.&'’-]*[ \t]+){{0,3}}[A-Z][\w.&-]*)(?:['’]s)?[ \t]+(?:{voice})\b"),
            re.compile(rf"\b(?:{voice})[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?"
                       rf"([A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}})"),
        ) if voice else ()
        self.home_country = pack.get("home_country")
        self.title_surnames = set(pack.words("title_surnames"))
        # given names the pack knows (for a person's gender): one before a state's or a city's name
        # makes that name a surname ('Kevin Jordan', 'Denzel Washington', 'Jack London')
        self.given_names = {w.casefold() for w in pack.words("masculine_names") + pack.words("feminine_names")}
        self.given_name_titles = {w.casefold() for w in pack.words("given_name_titles")}
        # member states of federations after 'of'/'from' and the name of one of the federation's
        # office holders ('Senator ... of South Carolina' -> US)
        self.subdivisions = {str(n).casefold(): str(code) for code, names in
                             (pack.get("federation_states") or {}).items() for n in names}
        self.subdivision_titles = {t.casefold() for t in pack.words("federation_titles")}
        self.subdivision_group_titles = {t.casefold() for t in pack.words("federation_group_titles")}
        self.local_body_heads = set(pack.words("local_body_heads"))
        self.unheld_office_words = frozenset(w.casefold() for w in pack.words("unheld_office_words"))
        self.title_equivalents = {str(k).casefold(): {str(v).casefold() for v in vs or ()}
                                  for k, vs in (pack.get("title_equivalents") or {}).items()}
        # ('the home secretary': the portfolio before the office says which holder is meant)
        self.portfolio_offices = frozenset(w.casefold() for w in pack.words("portfolio_offices"))
        self.portfolio_alone = frozenset(w.casefold() for w in pack.words("portfolio_offices_alone"))
        self.lower_role_set = frozenset(w.casefold() for w in pack.words("lower_roles"))
        self.place_prepositions = pack.words("place_prepositions")
        # 'di Amerika Serikat', 'di stasiun kereta di Milan, Italia': a state named as the place
        # where things happen (not as a person's or a body's: 'warga Polandia', 'model Inggris')
        scene = pack.words("scene_prepositions")
        self.scene_re = re.compile(
            r"(?:^|[^\w])(?i:" + "|".join(re.escape(w) for w in scene) + r")[ \t]+"
            rf"(?:(?:[\w'’.-]+[ \t]+){{0,3}}?[{UPPER}][\w'’.-]*,[ \t]+)?\Z") if scene else None
        # places inside a state that name no state themselves ('El Paso', 'Northamptonshire')
        within = {str(n): str(code) for code, names in (pack.get("places_within") or {}).items()
                  for n in names or []}
        self.within = CountryFinder(pack.code, within) if within else None
        # a state's name that is part of another name says nothing of what the story is about:
        # 'US dollars', 'dolar AS' (a currency), 'an artwork entitled America' (a work's title)
        self.state_name_followers = {w.casefold() for w in pack.words("state_name_followers")}
        self.state_name_leaders = {w.casefold() for w in pack.words("state_name_leaders")} \
            | {w.casefold() for w in pack.words("text_introducers") if " " not in w}
        # offices of one state's government: 'Home Secretary' (GB), 'Taoiseach' (IE)
        self.state_titles = {t.casefold(): str(code) for code, titles in (pack.get("state_titles") or {}).items()
                             for t in titles}
        self.state_title_re = _words_re(self.state_titles, re.I)
        self.home_titles = {t.casefold() for t in pack.words("home_titles")}
        self.home_local_titles = {t.casefold() for t in pack.words("home_local_titles")}
        self.home_institutions = {t.casefold() for t in pack.words("home_institutions")}
        # (' t ' inside a padded phrase for any of them: one search, not one per institution)
        self.home_institution_re = re.compile(" (?:" + trie_pattern(self.home_institutions) + ") ") \
            if self.home_institutions else None
        # institutions every state has ('Kementerian Perindustrian', 'Dinas Tata Air'): the home
        # country's only in an article not mainly about another state
        local_inst = self.home_local_institutions = {t.casefold() for t in pack.words("home_local_institutions")}
        self.home_local_institution_re = re.compile(" (?:" + trie_pattern(local_inst) + ") ") \
            if local_inst else None
        # words that open the name of a regional agency, whatever follows ('Dinas PU Kota Sukamaju')
        self.home_local_heads = frozenset(t.casefold() for t in pack.words("home_local_heads"))
        # head titles that also head companies and clubs ('Presiden Direktur', 'Presiden Ferrari'):
        # the home country's only alone or before the words of home_head_tails ('Presiden RI')
        self.home_head_titles = sorted({t.casefold() for t in pack.words("home_head_titles")}, key=len, reverse=True)
        self.home_head_tails = {t.casefold() for t in pack.words("home_head_tails")}
        self.subject_particles = {t.casefold() for t in pack.words("subject_particles")}
        # a legislature named in a role makes its member a state official, party words or not
        # ('Anggota Komisi II DPR dari Fraksi Partai Gerindra')
        ranks = pack.words("home_rank_words")
        self.home_rank_re = _words_re(ranks)
        self.rank_titles = frozenset(w.casefold() for w in pack.words("rank_titles"))
        self.shared_home_titles = frozenset(w.casefold() for w in pack.words("shared_home_titles"))
        self.shared_home_heads = frozenset(w.casefold() for w in pack.words("shared_home_heads"))
        self.shared_home_bodies = frozenset(pack.words("shared_home_bodies"))
        # an office opening the sentence after a person's first mention, then a demonstrative
        # ('Wakil Ketua Komisi III DPR itu kemudian ...': see ArticleEntities._described_next)
        demonstratives = pack.words("anaphor_markers") if pack.get("described_next_sentence") else []
        self.described_next_re = re.compile(
            rf"\s*(?P<role>[{UPPER}][\w()/-]*(?:[ \t]+[\w()/-]+){{0,7}}?)[ \t]+"
            rf"(?:{literal_alternation(demonstratives)})[ \t]+[a-z]") if demonstratives else None
        self.time_nouns = frozenset(w.casefold() for w in pack.words("time_nouns"))
        self.role_connector_words = frozenset(pack.words("role_connectors"))
        # a role that opens with a word of a state's forces ('petugas perbatasan lainnya'; a rank
        # only alone, see rank_titles: 'Jenderal Abdulelah' may lead a coalition's forces)
        forces = [w for w in pack.words("unnamed_state_forces") if w.casefold() not in self.rank_titles]
        self.force_start_re = re.compile(r"(?i:(?:" + "|".join(re.escape(w) for w in pack.words("role_determiners") + pack.words("indefinite_speakers"))
                                         + r")[ \t]+)?(?i:" + literal_alternation(forces) + r")(?![\w-])") \
            if forces else None
        # (as written: 'BIN', not the 'bin' of 'Osama bin Laden')
        self.home_institution_name_re = _words_re(pack.words("home_institutions"))
        self.legislature_re = _words_re(pack.words("legislature_words"))
        hosts = pack.words("host_prepositions") or ["to", "in", "for"]
        office_for = pack.words("office_for_prepositions")
        self.office_for_re = re.compile(r"(?:^|\s)(?i:" + "|".join(re.escape(h) for h in office_for) + r")\s+$") \
            if office_for else None
        self.envoy_re = _words_re(pack.words("envoy_words"), re.I)
        self.host_words = {h.casefold() for h in hosts}
        # a state's known institution named inside a role ('BoE governor', 'Pentagon spokesman', 'FBI')
        known = sorted((k for k, v in self.institution_names.items() if v), key=len, reverse=True)
        self.known_institution_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in known) + r")(?![\w-])") if known else None
        # 'UK-based bank', 'Singapore-based fund manager': where a body sits, not whose it is
        self.location_suffixes = tuple(pack.words("location_suffixes"))
        self.host_re = re.compile(r"(?:^|\s)(?i:" + "|".join(re.escape(h) for h in hosts) + r")\s+$")
        self.candidate_re = _words_re(pack.words("candidate_words"), re.I)
        self.elected_words = {w.casefold() for w in pack.words("elected_words")}
        self.coordinator_words = {w.casefold() for w in pack.words("coordinators")}
        self.spaced_hyphen_names = bool(pack.get("spaced_hyphen_names"))
        # 'layanan Line Business Connect': a product's name after the noun that says it is one
        products = pack.words("product_nouns")
        self.product_noun_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in products)
                                          + r")[ \t]+(?=[" + UPPER + r"])") if products else None
        former = pack.words("former_words")
        self.former_re = re.compile(r"(?<!\w)(?i:" + "|".join(re.escape(f) for f in former) + r")(?!\w)") \
            if former else None
        ordinals = pack.words("ordinal_office_markers")
        self.ordinal_office_re = re.compile(r"(?<!\w)(?:" + "|".join(ordinals) + r")(?!\w)") if ordinals else None

    # ---- parsing -----------------------------------------------------------------------------

    def match_at(self, text: str, pos: int) -> re.Match | None:
        m = self.phrase.match(text, pos)
        ini = _INITIAL_THEN_WORD.match(text, pos, m.end()) \
            if m is not None and text[pos + 1:pos + 2] == "." else None
        if ini is not None and all(w.casefold() in self.common for w in text[ini.start(1):m.end()].split()):
            # 'ucap E. Dukungan Aksi pelajar ...': a one-letter name ends the sentence and common
            # words open the next one ('A. Indah Lestari' is a name)
            return self.phrase.match(text, pos, pos + 1)
        return m

    def parse(self, text: str, start: int, end: int, lowercase_words: set[str] | None = None,
              sentence_start: bool = False, midcaps: set[str] | None = None) -> Parsed | None:
        """Split body[start:end] (a phrase match) into role and name; None when it names no one.
        The same phrase is asked about by several passes over an article: the answer is kept
        for the article being read (a copy is returned, callers may change it)."""
        if text is not self._memo_text:
            self._memo_text, self._memo = text, {}
        key = (start, end, id(lowercase_words), sentence_start, id(midcaps))
        if key in self._memo:
            found = self._memo[key]
        else:
            found = self._memo[key] = self._firm_named(text, self._listed_official(self._preposition_body(
                self._parse(text, start, end, lowercase_words, sentence_start, midcaps))))
        return _copy_parsed(found) if found is not None else None

    def _preposition_body(self, p: Parsed | None) -> Parsed | None:
        """A 'person' whose name opens with a capitalised preposition of a body's name
        (body_name_prepositions: 'Without Borders' after the role 'Reporters') is the body, named
        with the capitalised words the role closed with ('Reporters Without Borders'); with none
        before it ('Without Charles, it is hard to ...') the phrase names no one."""
        if p is None or p.type != "person" or not p.name or not self.body_name_prepositions \
                or p.name.split()[0] not in self.body_name_prepositions:
            return p
        role = p.role.split() if p.role else []
        body = p.name.split()
        while role and role[-1].casefold() not in self.person_titles and (role[-1][:1].isupper() or (
                len(role) >= 2 and role[-1] in self.firm_name_links and role[-2][:1].isupper())):
            body.insert(0, role.pop())  # ('Friends and Neighbours Against Violence')
        if len(body) == len(p.name.split()):
            return None
        return Parsed(p.text, p.start, p.end, " ".join(role) or None, " ".join(body), "organization", None)

    def _firm_named(self, text: str, p: Parsed | None) -> Parsed | None:
        """A 'person' whose name ends in a firm's last word (research_body_tails, firm_name_tails:
        'Acme Research', 'Retail Banking Research', 'Nova Systems') is that firm, named whole with
        the capitalised words the role closed with ('director of analysis firm Retail'): no later
        'he' or 'she' is its. A person named before it and a preposition is the speaker, the firm
        their role ('Mr Hale from Retail Banking Research said')."""
        if p is None or p.type != "person" or not p.name or not self.firm_name_tails:
            return p
        toks = p.name.split()
        if toks[-1] not in self.firm_name_tails or not toks[0][:1].isupper():
            return p
        role = p.role.split() if p.role else []
        while role and (role[-1][:1].isupper() or role[-1] in self.firm_name_links) \
                and role[-1].casefold() not in self.person_titles:
            toks.insert(0, role.pop())  # ('Retail Banking Research', 'Institute of Public Policy Research')
        while toks and toks[0] in self.firm_name_links:
            role.append(toks.pop(0))
        if len(toks) < 2:
            return p
        firm = " ".join(toks)
        if len(role) >= 2 and role[-1] in self.person_body_links:
            at = text.rfind(f" {role[-1]} ", p.start, p.end)
            person = self._parse(text, p.start, at, None, False, None) if at > p.start else None
            if person is not None and person.type == "person" and person.name \
                    and person.name.split()[-1] not in self.firm_name_tails:
                return Parsed(p.text, p.start, p.end, firm, person.name, "person", None)
        return Parsed(p.text, p.start, p.end, " ".join(role) or None, firm, "organization", None)

    def _listed_official(self, p: Parsed | None) -> Parsed | None:
        """A listed official's full name (officials.yaml, office_holders.yaml) that ends a phrase read
        as a longer name or a body's name is the speaker, the words before it close the role: 'Juru
        Bicara Kementerian Luar Negeri China Geng Shuang' ('geng' is also a common word, so the
        ministry's words were read into the name). Only when a word before the listed name is a title
        word, an acronym or a state's name: 'Andi Amran Sulaiman' and 'Komite Internasional Palang
        Merah' stay whole."""
        if p is None or not self.home_country or p.type not in ("person", "organization") or not p.name:
            return p  # (Indonesian so far: a pack with a home state)
        toks = p.name.split()
        k = listed_name_length(toks)
        if not k and p.role and self.has_title_word(p.role) and 3 <= len(toks) \
                and toks[-2].casefold() in self.given_name_titles \
                and toks[-1][:1].isupper() and toks[-1].casefold() not in self.common \
                and (toks[-3].casefold() in self.common or toks[-3].isupper()):
            # 'Anggota Dewan Pers Imam Wahyudi': a body's name (closed by a common word or an
            # acronym), then a title that is also a given name and one more word after an office: that
            # person (see given_name_titles; 'Komisi IX DPR RI Tobi Raja Sinaga' is one name)
            role = f"{p.role} {' '.join(toks[:-2])}"
            return Parsed(p.text, p.start, p.end, role, " ".join(toks[-2:]), "person",
                          self.role_country(role) or p.country)
        if not k and p.role and p.type == "person":
            # 'Menlu Saudi Adel al-Jubeir' read as 'al-Jubeir' after a role ending in 'Adel': the
            # listed full name takes back its words the role took (none of them a title word)
            whole = p.role.split() + toks
            k = listed_name_length(whole)
            moved = whole[len(whole) - k:len(whole) - len(toks)] if k > len(toks) else []
            if moved and len(whole) > k and not any(t.casefold() in self.title_words for t in moved):
                role = " ".join(whole[:-k])
                return Parsed(p.text, p.start, p.end, role, " ".join(whole[-k:]), "person",
                              self.role_country(role) or p.country)
            return p
        if not k:
            return p
        extra, listed = toks[:-k], toks[-k:]
        if all(t.casefold() in self.common for t in listed) or any(t.casefold() in self.title_words for t in listed):
            return p  # a body listed beside the officials ('Palang Merah', 'Dewan Keamanan')
        if not any(t.casefold() in self.title_words or (len(t) >= 2 and t.isalpha() and t.isupper())
                   or self.finder.code_of(t) is not None for t in extra):
            return p
        role = " ".join(([p.role] if p.role else []) + extra)
        return Parsed(p.text, p.start, p.end, role, " ".join(toks[-k:]), "person",
                      self.role_country(role) or p.country)

    def has_title_word(self, text: str | None, courtesy: bool = True) -> bool:
        """Whether a word of `text` (a role) is a title word ('Foreign Minister', 'Dr.'); with
        `courtesy` False, a courtesy title ('Dr', 'Mr') is none: only an office counts."""
        for w in (text or "").split():
            w = w.casefold().rstrip(".")
            if w in self.title_words and (courtesy or w not in self.person_titles):
                return True
        return False

    def is_party_affiliation(self, role: str | None) -> bool:
        """Whether a role is only a member's party ('Liberal Democrat' of 'Liberal Democrat Sarah Teather')."""
        return bool(role) and role.split() in self.party_affiliations

    def _party_before_name(self, toks: list[str], at: int = 0, least: int = 2) -> int:
        """How many of `toks` (from `at`) are a member's party before a full name ('Republican Kevin
        McCarthy', 'Liberal Democrat Sarah Teather'; after an office, a name of one word will do:
        'Sekjen Gerindra Sugiono'); 0 when none is, or no person's name follows it ('Republican
        National Committee', 'Labour Party')."""
        for party in self.party_affiliations:
            k = len(party)
            rest = toks[at + k:]
            if toks[at:at + k] == party and len(rest) >= least and all(self._namelike(t) for t in rest) \
                    and rest[0].casefold() not in self.common and rest[-1] not in self.institution_tails:
                return k
        return 0

    def _parse(self, text: str, start: int, end: int, lowercase_words: set[str] | None = None,
               sentence_start: bool = False, midcaps: set[str] | None = None) -> Parsed | None:
        phrase = text[start:end]
        # Leading sentence openers ("Sebelumnya", "However") and determiners are not the speaker.
        if self.openers_re is not None:
            while True:
                m = self.openers_re.match(phrase)
                if not m or m.end() == 0 or m.end() >= len(phrase):
                    break
                phrase, start = phrase[m.end():], start + m.end()
            if self.openers_re.fullmatch(phrase.rstrip(".")) or phrase.rstrip(".") in self.opener_set:
                return None
        words = self._join_hyphened_titles(self._join_state_names(_join_particles(phrase.split())))
        # A capitalised common word opening the sentence ("Kondisi Gili", "Menurut Fadil").
        if sentence_start and lowercase_words is not None:
            while len(words) > 1 and (words[0].casefold() in lowercase_words
                                      or words[0].casefold() in self.stopwords
                                      or self._derived_noun(words[0])
                                      or self._gerund_before_name(words[0], words[1])
                                      or (self.derived_word is not None and self.derived_word.fullmatch(words[0])
                                          and words[0].casefold() not in self.title_words)) \
                    and not (words[0][:1].isupper() and words[0] in self.head_words) \
                    and not (words[0].casefold() in self.title_set
                             and all(self._namelike(w) and w.casefold() not in lowercase_words for w in words[1:])
                             and (all(w.casefold() not in self.common for w in words[1:])
                                  or self._given_then_surname(words[1:]))) \
                    and not (words[0].casefold() in self.title_words and words[1][:1].isupper()
                             and words[1].casefold() in self.title_words) \
                    and not (words[0].casefold() in self.unheld_office_words
                             and words[1].casefold() in self.title_words):
                # ('Wakil Gubernur Golestan' stays whole though 'wakil' is also written in lower
                # case: two title words open a role; so does 'Shadow chancellor Oliver Letwin', whose
                # first word says he does not hold the office)
                # ('Kementerian Luar Negeri China' stays whole though 'kementerian' is also
                # written in lower case)
                start += len(words[0]) + 1
                words = words[1:]
        # Cut at a weekday/month or similar trailer ("said Trump Monday").
        trailed = False  # a name trailer follows: 'Reynaldi dari PT X' is a name, even sentence-first
        for i, w in enumerate(words):
            if i > 0 and w in self.pronoun_words and words[i - 1].endswith("."):
                words = words[:i]
                break
            if i > 1 and re.fullmatch(r"\d{1,4}", w) and words[i - 1].islower() and words[i - 1] in self.connectors:
                # 'Presiden Joko Widodo pada 7 September 2020 mengingatkan': a date after the name
                # (the connector before it goes below; 'Ketua Komisi 1 DPR' has none)
                words = words[:i]
                break
            if i > 0 and (w.rstrip(".,") in self.trailers or (
                    w in self.name_trailers and len(words[i - 1]) > 2 and self._namelike(words[i - 1])
                    and (i < 2 or words[i - 2] not in self.connectors)
                    and not (i + 1 < len(words) and self.finder.code_of(words[i + 1])))):
                # ('Heiko Maas dari Jerman' keeps its state for the check below)
                trailed = w in self.name_trailers
                words = words[:i]
                break
        # a connector left at the end ('Menteri untuk'); capitalised, it is part of a name
        # ('Kementerian Luar Negeri')
        while words and not words[-1][:1].isupper() and words[-1].casefold() in self.connectors:
            words.pop()
        if not words:
            return None
        # Strip a sentence-final dot unless the word is an initial/abbreviation.
        if words[-1].endswith(".") and len(words[-1]) > 2 and not _DOTTED.fullmatch(words[-1]):
            words[-1] = words[-1][:-1]
        phrase = " ".join(words)
        end = start + len(phrase) if text[start:start + len(phrase)] == phrase else end
        if sentence_start and len(words) == 1 and lowercase_words is not None:
            if words[0].casefold() in lowercase_words or words[0].casefold() in self.stopwords:
                if self.finder.code_of(words[0]) is None:
                    return None
        # Known institution names (Kremlin, White House).
        bare = _LEADING_THE.sub("", phrase)
        lower_role = None
        if self.lower_role_start is not None:
            m = self.lower_role_start.match(bare)
            if m and m.end() < len(bare):
                lower_role, bare = bare[:m.end()].strip(), bare[m.end():]
        if _WEB_NAME.fullmatch(bare):  # 'Menurut Laporcovid19.org': a body named by its address
            return Parsed(bare, start, end, lower_role, bare, "organization", None)
        if bare in self.institution_names:
            return Parsed(bare, start, end, lower_role, bare, "organization", self.institution_names[bare])
        branch = re.match(r"(.+?) of [A-Z]", bare)
        if branch is not None and branch.group(1) in self.institution_names \
                and self.institution_names[branch.group(1)] is None:
            # 'the American Civil Liberties Union of Montana': a branch of a known body of no state
            return Parsed(bare, start, end, lower_role, bare, "organization", None)
        btoks = bare.split()
        if len(btoks) >= 2 and re.fullmatch(r"[\w'’]+-[a-z]+", btoks[0]) and " ".join(btoks[1:]) in self.institution_names:
            # 'the Kurdish-led Syrian Democratic Forces', 'the US-backed SDF': a qualifier before a
            # known body (led or backed by a state, not one of its own bodies)
            known = " ".join(btoks[1:])
            return Parsed(known, end - len(known), end, lower_role, known, "organization", self.institution_names[known])
        for k in range(1, len(btoks)):
            known = " ".join(btoks[k:])
            if known in self.institution_names and self.finder.code_of(" ".join(btoks[:k])):
                # 'Kantor berita Korea Utara KCNA menyatakan', 'badan intelijen AS CIA': a state's
                # name before one of its known bodies qualifies it; the body speaks
                # (a known body of no state stays so: 'United States Commission on Presidential Debates')
                own = self.institution_names[known]
                return Parsed(known, end - len(known), end, lower_role, known, "organization",
                              None if own is None else own or self.finder.code_of(" ".join(btoks[:k])))
        closer = self._firm_closer_before_name(btoks)
        if closer is not None:
            # 'Ekonom PT Bank Permata Tbk Josua Pardede': the firm's name is closed, a person's follows
            role = " ".join(([lower_role] if lower_role else []) + btoks[:closer + 1])
            return Parsed(phrase, start, end, role, " ".join(btoks[closer + 1:]), "person", None)
        if self.firm_heads and len(btoks) >= 2 and not lower_role \
                and (btoks[0] in self.firm_heads or btoks[-1] in self.firm_heads) \
                and all(w[:1].isupper() for w in btoks) \
                and not any(w.casefold().rstrip(".") in self.title_words for w in btoks):
            # 'Bank Mandiri menegaskan', 'PT Astra International mengatakan', 'RMA Group': a firm
            # named by its kind speaks (for no state unless it is one of the state's own bodies)
            return Parsed(bare, start, end, None, bare, "organization", None)
        if _CAPS_ACRONYM.fullmatch(bare) and self.finder.code_of(bare) is None and not lower_role \
                and bare.casefold() not in self.non_name:
            # 'The SDF said', 'KPK menyatakan': an acronym that speaks is an organisation
            return Parsed(bare, start, end, None, bare, "organization", None)
        if self.inst_head_re is not None and self.inst_head_re.match(bare) and not self._ends_with_name(bare) \
                and not (lower_role and (self._last_word_stands_alone(text, bare) or self._closed_body_then_name(text, bare))):
            mentions = self.finder.find(bare)
            country = mentions[-1].code if mentions and not self.is_non_state(bare) else None
            return Parsed(bare, start, end, lower_role, bare, "organization", country)
        # Person: the trailing run of name-like words is the name.
        toks = bare.split()
        tail_country = None
        tail_org = None
        if 1 < len(toks) <= 3 and self.finder.code_of(bare) and (
                not self._namelike(toks[0]) or self.finder.code_of(toks[-1]) is None):
            # the whole phrase names a state of several words opening with a state's word, which
            # would split into a role and a name: 'Saudi Arabia'
            return Parsed(bare, start, end, None, bare, "country", self.finder.code_of(bare))
        for k in (1, 2, 3):  # 'Heiko Maas of Germany', 'Mohammad bin Salman of Saudi Arabia'
            if len(toks) > k + 1 and toks[-k - 1].casefold() in ("of", "from", "dari") \
                    and not toks[-k - 2].endswith(("'s", "’s")) \
                    and not (toks[-k - 2] in self.institution_tails
                             or (self.inst_head_re is not None and self.inst_head_re.fullmatch(toks[-k - 2]))):
                # ("Lloyd's of London", 'Royal Bank of Scotland', 'Church of England' are bodies)
                tail = " ".join(toks[-k:])
                tail_country = self.finder.code_of(tail)
                federation = self.subdivisions.get(tail.casefold())
                if federation and any(t.casefold().strip(",") in self.subdivision_titles
                                      for t in toks[:-k - 1] + (lower_role or "").split()
                                      + text[max(0, start - 40):start].split()[-4:]):
                    # 'Senator Lindsey Graham of South Carolina', 'Representative Doug Collins of
                    # Georgia': a member state of a federation, for one of its office holders
                    tail_country = federation
                elif federation and self.subdivision_group_titles and any(
                        w.casefold().strip(",;:'’\"“”") in self.subdivision_group_titles
                        for w in re.split(r"[.!?\n]\s", text[max(0, start - 300):start])[-1].split()):
                    # 'Republican Representatives attacked the inquiry, with Steve Scalise of
                    # Louisiana calling it ...': the sentence names a group of the federation's
                    # office holders, and the person 'of' a member state is one of them
                    tail_country = federation
                if tail_country and (toks[-k - 1] == "from"
                                     or (not federation and self._nationality_of(toks[:-k - 1], lower_role))) \
                        and not any(t.casefold().rstrip(".") in self.title_words for t in toks[:-k - 1]):
                    # 'Eliud Kipchoge from Kenya': where a person comes from, not a state they
                    # speak for ('Senator from Vermont Bernie Sanders' has an office before it)
                    tail_country = None
                    toks = toks[:-k - 1]
                    bare = " ".join(toks)
                    break
                if tail_country:
                    toks = toks[:-k - 1]
                    bare = " ".join(toks)
                    break
                if (" ".join(toks[-k:]).casefold() in self.places or federation) and self._namelike(toks[-k - 2]) \
                        and len(toks) - k - 1 >= 2:
                    # 'Jerrold Nadler of New York', 'Jane Doe of South Carolina': the city or
                    # member state a person comes from, not the speaker
                    toks = toks[:-k - 1]
                    bare = " ".join(toks)
                    break
        if self.press_nouns is not None and len(toks) == 1 and self.press_nouns.match(text, end, end + 20):
            return None  # 'State media reported', 'Russian media said': the press, not a speaker
        # ('aktor lulusan Tisch School of Arts NYU ini': the phrase ends a description of a person)
        nxt = text[end:end + 12].split()[:1]
        described = bool(nxt) and nxt[0].casefold().rstrip(",.") in self.anaphor_markers
        if self.of_phrases and tail_country is None and not described and ("of" in toks or "from" in toks):
            j = next(n for n, t in enumerate(toks) if t in ("of", "from"))
            head, tail = toks[:j], toks[j + 1:]
            run = 0  # the name that ends the head: 'Nick Van den Brul' in 'analyst Nick Van den Brul'
            while run < len(head) and (self._namelike(head[-1 - run])
                                       or head[-1 - run].casefold() in _EUROPEAN_PARTICLES):
                run += 1
            while run and not self._namelike(head[-run]):
                run -= 1
            if run >= 2 and tail and (tail[0][:1].isupper() or tail[0] == "the") \
                    and self._namelike(head[-1]) \
                    and self.finder.code_of(bare) is None and self.finder.code_of(" ".join(head)) is None \
                    and self.finder.code_of(" ".join(tail)) is None:
                # 'Howard Archer of Global Insight', 'Mark Smith of Friends of the Earth': a person,
                # then the body they speak for (the role); "Gerard Rijk of Inbev's results" names none
                if not tail[-1].endswith(("'s", "’s")):
                    tail_org = re.sub(r"^the ", "", " ".join(tail))
                toks = head
                bare = " ".join(toks)
        if "from" in toks and not (lower_role and toks[0] == "from") and not any(
                t.casefold().rstrip(".") in self.title_words for t in toks[:toks.index("from")]):
            # 'Ministers from European and Asian governments': 'from' joins a phrase only after an
            # office ('Senator from Vermont Bernie Sanders') or between a person and their body
            toks = toks[:toks.index("from")]
            bare = " ".join(toks)
            if not toks:
                return None
        i = len(toks)
        # 'Mervyn King', 'Martin Luther King': a title that is also a surname, after a name
        surname_last = len(toks) >= 2 and (
            (toks[-1] in self.title_surnames and self._namelike(toks[-2])) or self._place_surname(toks))
        while i > 0 and not (i >= 2 and toks[i - 2].casefold() in self.place_heads
                             # 'Wali Kota Risma': the head closes a title, a name follows it
                             and " ".join(toks[max(0, i - 3):i - 1]).casefold() not in self.title_set) and (
                self._namelike(toks[i - 1]) or (surname_last and i == len(toks))
                # 'Mohammed bin Salman', 'Ali bin Tamim': a lower-case particle inside a name
                or (2 <= i < len(toks) and self._particles_inside_name(toks, i))
                # 'Pengamat terorisme Al Chaidar', 'Al Gore': a capitalised 'Al' opening a name
                or (i < len(toks) and toks[i - 1] in ("Al", "El") and self._namelike(toks[i]))
                or (
                len(toks[i - 1]) <= 2 and toks[i - 1].isupper() and i > 1
                and not re.fullmatch(r"[IVX]+", toks[i - 1])  # 'Sektor II' is a numbered unit
                # ('Duta Besar Pelucutan Senjata AS Robert Wood': a state's acronym ends the role)
                and self.finder.code_of(toks[i - 1]) is None
                # ('Labour MP Stephen Pound': a title written as an acronym ends the role; not an
                # initial: 'Charles A Blixt')
                and not (len(toks[i - 1]) == 2 and toks[i - 1].casefold() in self.title_words)
                and self._namelike(toks[i - 2]))):
            i -= 1  # 'Bambang PS Brodjonegoro', 'Mahfud MD': a short initialism in a name
        if self.of_phrases and i == 1 and len(toks) >= 2 and toks[0][:1].isupper() \
                and toks[0].casefold() in _EUROPEAN_PARTICLES:
            i = 0  # 'Van Gaal', 'De Gaulle': a capitalised particle opens the name
        # 'Wali Kota Bekasi Alamsyah': 'Kota Bekasi' stands elsewhere without 'Alamsyah'
        # (not after a person's title: 'Dr Meerjady Sabrina Flora', later 'Dr Meerjady')
        if 0 < i < len(toks) - 1 and toks[i - 1].casefold().rstrip(".") not in self.person_titles:
            r, t, n = toks[i - 1], toks[i], toks[i + 1]
            for pos in word_positions(text, r, left="", right=None):
                k = after_blanks(text, pos + len(r))
                if k >= 0 and text.startswith(t, k) and not followed_by(text, k + len(t), n) \
                        and not _wordch(_at(text, k + len(t))):
                    i += 1
                    break
        if not self.of_phrases:
            i = self._body_name_end(text, toks, i)
        # 'Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti
        # Yudhoyono': a noun made with an affix closes the title; no name opens with one
        while 0 < i and len(toks) - i >= 3 and self.derived_re is not None \
                and self.derived_re.fullmatch(toks[i].casefold()):
            i += 1
        # Leading common words belong to an organisation's name, not the person's ("Jasa Keuangan").
        while len(toks) - i > 2 and toks[i].casefold() in self.common \
                and not (i == 0 and self._common_given_name(toks) and self._after_apposed_office(text, start)) \
                and " ".join(toks[i:i + 2]).casefold() not in self.places \
                and self.finder.code_of(" ".join(toks[i:i + 2])) is None:  # ('New York Times', 'New Zealand Herald')
            i += 1
        # 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto': the phrase is the last
        # link of a list of fields in a title; its leading common words close the title
        listed = None
        if i == 0 and len(toks) >= 2 and toks[0].casefold() in self.common \
                and _LIST_BEFORE.search(text[max(0, start - 40):start]):
            # the title the list belongs to is the role: 'Menteri Koordinator Bidang Politik, Hukum, dan'
            listed = _TITLE_LIST.search(text[max(0, start - 160):start])
            if listed is not None and not any(w.casefold().rstrip(".,") in self.title_words
                                              for w in listed.group().split()):
                listed = None
            while listed is not None and i < len(toks) - 1 and toks[i].casefold() in self.common:
                i += 1
        # 'Friends of the Earth', 'Archbishop of Canterbury Rowan Williams': the word after 'of'
        # names what the body or office is of; a person's name after it needs two words more
        of_body = False
        if self.of_phrases and 0 < i < len(toks) and len(toks) - i <= 2 and toks[i - 1] == "and" and "of" in toks[:i - 1]:
            # 'Philippine Institute of Volcanology and Seismology': the last field of a body's name
            i, of_body = len(toks), True
        for_body = False
        field = next((j for j in range(i - 1, 0, -1) if toks[j] in ("for", "on")), None) \
            if self.of_phrases and 0 < i < len(toks) else None
        if field is not None and len(toks) - field - 1 <= 4 and toks[0][:1].isupper() \
                and all(t[:1].isupper() for t in toks[:field] + toks[field + 1:]) \
                and not all(self._namelike(t) for t in toks[:field]) \
                and not any(t.casefold().rstrip(".") in self.title_set or t.casefold().rstrip(".") in self.person_titles
                            for t in toks[:field]):
            # 'Center for Biological Diversity', 'Institute for Fiscal Studies', 'Commission on
            # International Religious Freedom': after a body's word, the capitalised words after
            # 'for'/'on' close its name, they name no one (not after an office: 'Secretary for
            # Health John Smith'; nor after name-like words only: 'Campaigners for Peace John Smith';
            # nor two bodies: 'Center for X and Center for Y'; nor a description: 'UK economist for
            # Capital Economics')
            i, of_body, for_body = len(toks), True, True
        if self.of_phrases and len(toks) >= 2 and len(toks) - i <= 2 and toks[-1] in self.institution_tails:
            # 'Search and Rescue Agency', 'National Disaster Response Force': a body's name ends in its head
            i, of_body = len(toks), True
        # ('Senator from Vermont Bernie Sanders': the office's place after 'from' as after 'of')
        if self.of_phrases and 0 < i < len(toks) and (toks[i - 1] in ("of", "from")
                                                      or (toks[i - 1] == "the" and i >= 2 and toks[i - 2] == "of")):
            run = len(toks) - i
            obj = 2 if run >= 4 and " ".join(toks[i:i + 2]).casefold() in self.places else 1
            if run - obj >= 2:
                i += obj
            else:
                i, of_body = len(toks), True
        # 'PT Eigerindo Multi Produk Industri Zafrullah Sunyaruri': two common words in a row end
        # a firm's name; the person's name is what follows
        for j in range(len(toks) - 3, i, -1):
            if toks[j].casefold() in self.common and toks[j - 1].casefold() in self.common \
                    and all(self._namelike(t) and t.casefold() not in self.common for t in toks[j + 1:]):
                i = j + 1
                break
        if i == 0:
            i = self._party_before_name(toks)
        elif i < len(toks) - 1 and toks[i - 1].casefold() in self.title_words:
            # 'Sekjen Gerindra Sugiono', 'Waketum Golkar Idrus Marham': the party after an office is
            # the office's, not a word of the name
            i += self._party_before_name(toks, i, 1)
        if self.of_phrases and i < len(toks) - 2:
            # "Rovers's Tom Hale", "Widgetco's Jane Roe": a body's possessive, then a full name, is
            # the person of that body (not "Hale's Moving Castle", a title of common words)
            owner = next((j for j in range(len(toks) - 3, i - 1, -1) if toks[j].endswith(("'s", "’s"))), None)
            if owner is not None and all(self._namelike(t) and t.casefold() not in self.common
                                         and t.casefold().rstrip(".") not in self.title_words
                                         for t in toks[owner + 1:]) \
                    and toks[-1] not in self.institution_tails:
                i = owner + 1
        while 0 < i < len(toks) - 2 and _ROMAN.fullmatch(toks[i]) and toks[i] != "I":
            # 'Kepala Satgas Korsup KPK Wilayah V Dian Patria', 'Pangdam IV Diponegoro': a Roman numeral
            # numbers the unit that closes the role; no name opens with one (a Balinese 'I' does:
            # 'I Wayan Sudana')
            i += 1
        slashed = [k for k, t in enumerate(toks) if "/" in t.strip("/")] if self.slash_joins_offices else []
        if slashed and i <= slashed[-1] < len(toks) - 1:
            # ('Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Roeslani': a word with a slash joins two
            # offices, a word of the role)
            i = slashed[-1] + 1
        while 1 < i < len(toks) - 1 and toks[i - 1] in self.name_opening_particles:
            # 'Ketua Majelis Hakim Ni Luh Suastini', 'Gubernur NTB Lalu Muhamad Iqbal': a Balinese or
            # Sasak particle opens the name after an office
            i -= 1
        if 2 <= i < len(toks) and toks[i - 1].casefold() in self.given_name_titles \
                and any(t.casefold() in self.title_words for t in toks[:i - 1]):
            # 'Menpora Imam Nahrawi', 'Wakil Menteri Raja Juli Antoni': a title that is also a given
            # name, after an office already named, opens the name ('Imam Besar Masjid Istiqlal' and
            # 'Raja Salman' keep it as the title)
            i -= 1
            while i > 1 and self._namelike(toks[i - 1]) and toks[i - 1].casefold() not in self.common \
                    and toks[i - 1].casefold() not in self.local_places:
                # ('Anggota Komisi X DPR RI Budi Raja Simanjuntak': a given name before it opens the name)
                i -= 1
        name_toks, role_toks = toks[i:], toks[:i]
        if role_toks and 0 < len(name_toks) <= 3 and self.home_mission_re is not None \
                and self.home_mission_re.fullmatch(_TRAILING_BRACKET.sub("", " ".join(role_toks))) \
                and role_toks[0].casefold() not in self.title_words:  # ('Konsul Jenderal RI Budi' is a person)
            # 'KBRI Phnom Penh melaporkan', 'Kedutaan Besar RI (KBRI) Phnom Penh': the home state's
            # mission named by its host city, with no office before it, is the mission speaking (the
            # city is no one's name; 'Atase Hukum KBRI Riyadh Budi' has an office)
            return Parsed(bare, start, end, lower_role, bare, "organization", self.role_country(" ".join(role_toks)))
        if self.of_phrases and role_toks and name_toks and not lower_role and all(t[:1].isupper() for t in toks) \
                and is_news_outlet(bare):
            # 'according to Manila Bulletin', 'Agence France Presse': an outlet's name would split
            # into a place or a title and a 'name'; it is the press, no speaker (English only: in
            # Indonesian text 'Koran Sydney Morning Herald memuat tulisan ... Jewel Topsfield' the
            # person the outlet stood for is who a later 'dia' means)
            return Parsed(bare, start, end, None, bare, "organization", None)
        before = re.search(r"(\S+)[ \t]+\Z", text[max(0, start - 30):start]) \
            if len(role_toks) == 1 and role_toks[0] in self.facility_person_titles else None
        if name_toks and before is not None and before.group(1).casefold() in self.non_name and not lower_role:
            return None  # (the place word left out of the phrase: 'di Bandara Sultan Aji Balikpapan')
        if name_toks and len(role_toks) >= 2 and not lower_role and role_toks[-1] in self.facility_person_titles \
                and role_toks[-2].casefold() in self.non_name \
                and not any(w.casefold().rstrip(".") in self.title_words for w in role_toks[:-2]):
            # 'Landasan Bandara Sultan Iskandar Mahmud pun terlalu pendek', 'di RSUD Dr Sutanto': a place
            # named after a titled person, no office before it, is no speaker
            return None
        if name_toks and role_toks and role_toks[-1].casefold() in self.non_name and not lower_role and not any(
                w.casefold().rstrip(".") in self.title_words for w in role_toks):
            return None  # 'Dusun Nglahar', 'Hotel Indonesia': a place or a firm
        if not role_toks and len(name_toks) > 1 and name_toks[0].casefold() in self.non_name:
            return None
        if role_toks and len(name_toks) >= 2:
            # 'Kepala Dinas Kesehatan Kendari Rahminingrum', 'Ketua Bawaslu Indramayu Nurhadi': the
            # town closes the role, the name follows it (and so does a place inside a foreign state in
            # a language with a home state: 'Gubernur Texas Greg Abbott')
            for k in (2, 1):
                place = " ".join(name_toks[:k])
                if len(name_toks) > k and (place.casefold() in self.local_places or (
                        self.home_country and self.within is not None and self.within.code_of(place))) \
                        and name_toks[k].casefold() not in self.place_name_words:  # ('Metro Jaya')
                    role_toks, name_toks = role_toks + name_toks[:k], name_toks[k:]
                    break
        if (role_toks or lower_role) and len(name_toks) >= 2 and self.home_country:
            # 'Ketua Komnas Perempuan Andi Yuliani', 'Kepala BP Taskin Arif Gunawan': a home body's
            # name (home_institutions) that the role opens and the next words close closes the role
            k = self._home_body_close(role_toks, name_toks)
            if k:
                role_toks, name_toks = role_toks + name_toks[:k], name_toks[k:]
        if len(role_toks) >= 2 and len(name_toks) == 1 and role_toks[-1].casefold() in self.coordinator_words \
                and self.finder.code_of(" ".join(role_toks[:-1])) is not None:
            # 'Israel dan Hamas tercatat ...': a state and another party named by one word, not an
            # office and a name (a full name after it may be the state's: 'Puerto Rico and Pedro
            # Pierluisi was sworn in')
            role_toks = []
        role = " ".join(role_toks) or None
        if tail_org:
            role = f"{role}, {tail_org}" if role else tail_org
        if role and listed is not None:
            role = f"{listed.group()}{role}"
        if lower_role:
            # ('Commissioner James Rovella of the Connecticut Department ...': office, then body)
            role = (f"{lower_role}, {role}" if tail_org and role == tail_org else f"{lower_role} {role}") \
                if role else lower_role
        country = tail_country
        if role and country is None:
            country = self.role_country(role)
        if country and role and not lower_role and self._nationality_only(role):
            # "Ireland's Tom Crane", 'American Lynn Dale', "the USA's Andy Moore": a state's name or
            # adjective alone before a name says where the person is from, not that they speak for
            # it (a known official keeps the state the registry gives)
            country = None
        if country and role and self.non_state and self.finder.code_of(role) == country:
            # 'Pelatih timnas Indonesia Alfred Riedl', 'Penyerang naturalisasi Indonesia Sergio van
            # Dijk': the state's name only qualifies a role in a body that is not the state's
            before = re.split(r"[.,;:!?\"“”()]", text[max(0, start - 60):start])[-1].split()[-3:]
            if before and self.is_non_state(" ".join(before + [role])):  # (not 'Cardinal ... of the Holy See')
                country = None
        if not name_toks and len(toks) == 2 and toks[0].casefold().rstrip(".") in self.honorifics \
                and toks[1][:1].isupper() and toks[1].isalpha():
            # 'Mr Irish', 'Ms English': a courtesy title stands before a surname only, even one
            # that is also a state's adjective or name
            return Parsed(bare, start, end, toks[0], toks[1], "person", None)
        if not name_toks:
            code = self.finder.code_of(bare)
            if code and len(toks) == 1 and not lower_role and (
                    self._surname_in(text, bare) or _AGE_AFTER.match(text, end)):
                # ('"...," kata Vatikan (27), pengendara asal Demak': an age after the word marks a person)
                # 'Amman, who was described as ...' after 'Sudesh Amman': the person, not Jordan
                return Parsed(bare, start, end, None, bare, "person", None)
            if code:  # the whole phrase names a state: 'Turki', 'Amerika Serikat'
                return Parsed(bare, start, end, None, bare, "country", code)
            if len(toks) > 2 and toks[0] in self.of_offices and toks[1] == "of":
                # 'Erwin Chemerinsky, Dean of UC Berkeley School of Law, called it ...': an office in
                # a body, not a body's name ('Friends of the Earth')
                return Parsed(bare, start, end, bare, None, "role", country)
            private = toks[-1] in self.private_body_tails
            titled_field = toks[0][:1].isupper() and toks[0].casefold() in self.title_words
            if of_body and not described and (
                    (not titled_field and (self._namelike(toks[0]) or (private and (
                        toks[0].casefold() in self.places or self.finder.code_of(toks[0])))))
                    # ('Finance and Economy Ministry': a field that is also a title word opens a body's name)
                    or (titled_field and toks[-1] in self.institution_tails)
                    or for_body):
                # ('Friends of the Earth', 'Search and Rescue Agency'; 'Minister of Defence' is an office)
                if private:
                    country = None  # ('British Retail Consortium', 'London Stock Exchange': no state's)
                return Parsed(bare, start, end, lower_role, bare, "organization", country)
            if len(toks) >= 2 and all(t.casefold() in self.home_institutions for t in toks):
                # 'penyidik Bareskrim Polri menduga ...': the home state's bodies named by their
                # short names, one inside the other, are one body speaking
                return Parsed(bare, start, end, lower_role, bare, "organization", country)
            if len(toks) == 1 and not lower_role and not sentence_start \
                    and toks[0].casefold() in self.home_institutions and not self.has_title_word(role):
                # '"...," kata Bawaslu', 'Menurut KPU, ...': a home body by its short name alone after
                # a cue speaks (not whoever the article spoke of before: 'Pemerintah memutuskan ...');
                # opening a sentence it is read by the home body subject rule, if at all
                return Parsed(bare, start, end, None, bare, "organization", country)
            if self.has_title_word(role):
                return Parsed(bare, start, end, role, None, "role", country)
            return None
        if len(name_toks) == 1 and role_toks and not self._honorific_only(role_toks) and (
                name_toks[0].casefold() in self.common
                # 'Ketua KPUD Muna', 'Wali Kota Bekasi': the town closes the role (also a town of
                # two words the role's last word opens: 'Kabid Humas Polda Metro Jaya')
                or name_toks[0].casefold() in self.local_places
                or f"{role_toks[-1]} {name_toks[0]}".casefold() in self.local_places):
            # 'Menteri Riset dan Teknologi': a common word ends a role, it is no one's name
            state = self.finder.code_of(" ".join(role_toks)) if self.of_phrases and not lower_role else None
            if state and name_toks[0][:1].isupper():
                # 'UK Coal', 'US Army': a body named by its state and a noun; the state's own
                # when the noun is one of its institutions, else a firm's
                own = self.domestic_role_re is not None and self.domestic_role_re.fullmatch(name_toks[0])
                return Parsed(bare, start, end, None, bare, "organization", state if own else None)
            name_toks, role = [], " ".join(toks)
            if lower_role:
                role = f"{lower_role} {role}"
            if self.has_title_word(role):
                return Parsed(bare, start, end, role, None, "role", self.role_country(role))
            return None
        while len(name_toks) > 1 and self._degree(name_toks[-1]):
            # 'Pakar IT Universitas X, Supangat PhD menyoroti ...': a degree after the name, written
            # without the comma before it, is no word of the name
            name_toks = name_toks[:-1]
        name = " ".join(name_toks)
        name = _POSSESSIVE_S.sub("", name)
        if not role and name.casefold() in self.places:
            return None  # 'New York', 'Jakarta': a place
        if not role and len(name_toks) <= 2 and self._body_marked(text, name_toks[0]) and (
                len(name_toks) == 1 or name_toks[1].casefold() in self.places
                or name_toks[1].casefold() in self.local_places):
            # 'Bukalapak akan mengirimkan', 'dilayani oleh Bukalapak Surabaya' where the article also
            # writes 'di Bukalapak': a body (or its office in a town), no person
            return Parsed(bare, start, end, lower_role, name, "organization", None) if len(name_toks) == 1 else None
        if role and role.casefold() in self.deputy_roles:
            # 'Juru bicara Erdogan': the phrase names the principal, not the speaker.
            return Parsed(phrase, start, end, role, name, "principal", country)
        if len(name_toks) == 1 and not role and sentence_start and lowercase_words is not None:
            if name_toks[0].casefold() in lowercase_words or name_toks[0].casefold() in self.common:
                return None
            if midcaps is not None and name_toks[0] not in midcaps and not trailed \
                    and (text[end:end + 16].split() or [""])[0] not in self.report_words \
                    and not (self.aside_then_report is not None and self.aside_then_report.match(text, end)):
                # a capitalised sentence opener never seen capitalised mid-sentence (unless a report
                # verb follows it, maybe after an aside: 'Highfield said that it intends ...',
                # 'Winn-Dixie, once among the most profitable of US grocers, said ...')
                return None
        if len(name_toks) > 2 and sentence_start is not None \
                and name_toks[0] not in self.name_opening_particles \
                and official_country(" ".join(name_toks)) is None:  # 'Kim Jong Un' stays whole
            # ('Ni Luh Suastini' and 'Ni Putu Rina' in one story: the particle opens both names)
            kept = self._cut_body_word(text, self._cut_org_prefix(text, name_toks))
            if role and role.split()[-1] in self.named_heads:
                # 'Ketua Fraksi Partai Golkar Muhammad Sarmuji': a head that takes a name of its
                # own ends the role; the party's name opens the phrase and belongs to the role
                if len(kept) == len(name_toks) and self._namelike(name_toks[0]):
                    kept = name_toks[1:]
                    while len(kept) > 2 and kept[0].casefold() in self.common:
                        kept = kept[1:]  # ('Partai Amanat Nasional Zulkifli Hasan')
                if len(kept) < len(name_toks):
                    role = f"{role} {' '.join(name_toks[:len(name_toks) - len(kept)])}"
            elif role and len(kept) < len(name_toks) and len(name_toks[len(name_toks) - len(kept) - 1]) > 1:
                # 'Kepala Bagian Humas dan Umum Ditjen Imigrasi Agung Sampurno': the words cut off
                # the name are the body the office belongs to, so they close the role (not when an
                # initial ends them: 'R Agus Budi Santosa' is one name)
                role = f"{role} {' '.join(name_toks[:len(name_toks) - len(kept)])}"
                if country is None:
                    country = self.role_country(role)
            name_toks = kept
            name = " ".join(name_toks)
        return Parsed(phrase, start, end, role, self._hyphen_tail(text, end, name), "person", country)

    def _hyphen_tail(self, text: str, end: int, name: str) -> str:
        """'Prayuth Chan - ocha' written with a detokenised hyphen: the name is 'Prayuth Chan-ocha'
        (the phrase stops at the hyphen); not a reduplication ('Negara - negara') nor a word."""
        tail = _SPACED_HYPHEN_TAIL.match(text, end) if self.spaced_hyphen_names else None
        if tail is None or not name or not name.split()[-1][:1].isupper():
            return name
        last, syllables = name.split()[-1].casefold(), tail.group(1)
        if syllables in self.common or syllables in self.stopwords or syllables.startswith(last[:3]) \
                or last.startswith(syllables[:3]):
            return name
        return f"{name}-{syllables}"

    def _body_name_end(self, text: str, toks: list[str], i: int) -> int:
        """'Kepala Satuan Pelaksana Promosi Taman Margasatwa Ragunan Ketut Widarsono', where the article
        also writes 'Taman Margasatwa Ragunan (TMR)' or 'dari Bio Farma': two words of the phrase that
        stand elsewhere as a place or a body (after the same word as here, or after a preposition) without
        the word after them end the body's name, and the person's name (of two words at least) follows.
        (Not 'kata Ida Bagus' after 'Wali Kota Denpasar Ida Bagus Rai Mantra': a person's short name.)
        Returns where the name starts (i when no such pair is found)."""
        for j in range(len(toks) - 3, max(i, 1) - 1, -1):
            left, right, nxt = toks[j - 1], toks[j], toks[j + 1]
            if not (left[:1].isupper() and right[:1].isupper()):
                continue
            before = toks[j - 2] if j >= 2 else None
            for pos in word_positions(text, left, left="", right=None):
                k = after_blanks(text, pos + len(left))
                if k < 0 or not text.startswith(right, k) or _wordch(_at(text, k + len(right))) \
                        or followed_by(text, k + len(right), nxt):
                    continue
                prev = text[max(0, pos - 30):pos].split()[-1:]
                if prev and (prev[0] == before or prev[0].casefold() in self.body_prepositions):
                    return j + 1
        return i

    def _given_then_surname(self, words: list[str]) -> bool:
        """'Gordon Brown' after a sentence-opening 'Chancellor': a given name that is no common word,
        then a surname that may be one ('Brown', 'Straw'): a full name the title stays on."""
        return len(words) == 2 and words[0].casefold() not in self.common

    def _place_surname(self, toks: list[str]) -> bool:
        """'Kevin Jordan', 'Denzel Washington', 'Jack London': a known given name, then one word that
        names a state or a city, is a person's full name (the place is the surname)."""
        last = toks[-1]
        return len(toks) >= 2 and toks[-2].casefold() in self.given_names and last[:1].isupper() \
            and last.isalpha() and (self.finder.code_of(last) is not None or last.casefold() in self.places)

    def _honorific_only(self, toks: list[str]) -> bool:
        """'Mr Brown', 'Ms Short': a courtesy title stands before a surname only, even one that is
        also a common word (it ends no office)."""
        return all(t.casefold().rstrip(".") in self.honorifics for t in toks)

    def _join_state_names(self, words: list[str]) -> list[str]:
        """'Menlu Timor - Leste Aurelio ...' (a detokenised 'Timor-Leste', as in IndoSum): a state's
        hyphenated name is one word of the phrase (the pack's role_connectors let the phrase
        run over its ' - ')."""
        return _join_hyphens(words, lambda left, right: self.finder.code_of(f"{left}-{right}") is not None)

    def _join_hyphened_titles(self, words: list[str]) -> list[str]:
        """'Co - Founder dan CEO X Nama' (a detokenised 'Co-Founder', as in IndoSum): a title written
        with a hyphen is one word of the phrase, not a speaker 'Co' before a title."""
        return _join_hyphens(words, lambda left, right: left[:1].isupper()
                             and f"{left}-{right}".casefold() in self.title_words)

    def _gerund_before_name(self, word: str, nxt: str) -> bool:
        """'Bringing Cadillac back ...', 'Enrolling Minetest into GSoC ...': a verb's -ing form (its
        stem a common word: 'bring', 'put', 'enroll', 'man' of 'manning') opening a sentence before a
        name that is no common word is a clause about the name, not a given name ('Downing Street',
        'Building Society' go on with a common word)."""
        w = word.casefold()
        suffix = next((x for x in self.gerund_suffixes if w.endswith(x) and len(w) >= len(x) + 3), None)
        if suffix is None or nxt.casefold() in self.common or not nxt[:1].isupper() \
                or len(nxt.rstrip(".")) < 3 or nxt.rstrip(".").casefold() in self.title_words:
            # ('Downing St': an abbreviation goes on with the name)
            return False
        stem = w[:-len(suffix)]
        return stem in self.common or stem + "e" in self.common \
            or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in self.common)

    def _derived_noun(self, word: str) -> bool:
        """'Kemampuan', 'Pemberlakuan', 'Kolaborasi': a common noun made with an affix opens a
        sentence about a thing, never a person's name."""
        w = word.casefold()
        return self.derived_re is not None and w in self.common and self.derived_re.fullmatch(w) is not None

    def shadows(self, held: str, wanted: str) -> bool:
        """Whether a role only shadows the office asked for (unheld_office_words): 'Shadow foreign
        secretary' does not hold 'foreign secretary'; 'shadow chancellor' asked for is held."""
        words = {w.casefold() for w in re.findall(r"[\w'’-]+", held)} & self.unheld_office_words
        return bool(words - {w.casefold() for w in re.findall(r"[\w'’-]+", wanted)})

    def is_non_state(self, role: str) -> bool:
        """A role in a body that is not the state's: a forum, a party, a company."""
        if self.is_firm_title(role):
            return True
        if not any(w.casefold().strip("(),.") in self.non_state or w.strip("(),.") in self.lower_non_state
                   for w in role.split()) \
                and not any(p in f" {' '.join(role.casefold().split())} " for p in self._padded_non_state_phrases):
            return False
        if self.legislature_re is not None and self.legislature_re.search(role) and not self.is_former(role):
            return False  # 'anggota DPR dari Fraksi Partai Gerindra': a member of the state's parliament
        # ('Vatican archbishop': the Holy See is a state and a church at once)
        return not (self.church_states and any(m.code in self.church_states for m in self.finder.find(role)))

    def international_in(self, text: str | None) -> bool:
        """`text` names an international body (international_bodies: 'Direktur Jenderal WHO'), not
        merely a home place's short form in brackets that is written as one: 'Bupati Ogan Komering
        Ilir (OKI)' names a regency, not the OIC (Organisasi Kerja Sama Islam, 'OKI')."""
        if not text or self.international_re is None:
            return False
        return any(not (text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
                        and self._place_short_form(text[:m.start() - 1], m.group()))
                   for m in self.international_re.finditer(text))

    def _place_short_form(self, before: str, short: str) -> bool:
        """`short` is the initials of the place named by the last words of `before` ('Ogan Komering
        Ilir' -> 'OKI')."""
        words = before.split()
        for n in range(2, min(len(words), 5) + 1):
            tail = words[-n:]
            if "".join(w[0] for w in tail).casefold() == short.casefold() \
                    and " ".join(tail).casefold() in self.local_places:
                return True
        return False

    def _home_body_close(self, role_toks: list[str], name_toks: list[str]) -> int:
        """How many of the first words of `name_toks` (up to three, a name of one word or more left
        after them) end the name of a home body, alone or opened by the last words of the role
        ('Komnas Perempuan', 'BP' + 'Taskin'): 0 if none does."""
        for k in (3, 2, 1):
            if len(name_toks) <= k:
                continue
            tail = " ".join(name_toks[:k]).casefold()
            for m in (0, 1, 2, 3):
                if m > len(role_toks) or (m == 0 and k == 1):
                    continue
                body = " ".join(role_toks[len(role_toks) - m:] + [tail]).casefold()
                if body in self.home_institutions or body in self.home_local_institutions:
                    return k
        return 0

    def is_firm_title(self, role: str | None) -> bool:
        """'Senior vice president' (firm_titles): a firm's office, though its last word is a state's.
        (Read whole after its last words were: 'president Michael Lewis' is matched first.)"""
        return bool(role and self.firm_title_re is not None and self.firm_title_re.search(role))

    def role_country(self, role: str) -> str | None:
        """The state a role speaks for: `Presiden Turki` -> TR; the host of an envoy does not
        count (`US Ambassador to Germany` -> US, `Duta Besar Inggris untuk PBB` -> GB)."""
        # (the answer depends on the role and this language's lists only: kept per role)
        memo = self._role_country_memo
        if role in memo:
            return memo[role]
        if len(memo) > 100_000:
            memo.clear()
        found = memo[role] = self._role_country(role)
        return found

    def _role_country(self, role: str) -> str | None:
        if self.holds_no_office(role):
            return None  # 'mantan Presiden RI', 'presumptive nominee for President': not (yet) in office
        if self.is_non_state(role):
            return None  # 'president of the Greek Energy Forum': a body that is not the state's
        if self.home_country and self.home_mission_re is not None and self.home_mission_re.search(role):
            return self.home_country  # 'Atase Hukum KBRI Riyadh': the home state's mission, the host's city
        found = self.finder.find(role)
        if self.location_suffixes:
            found = [m for m in found if not role[m.end:].startswith(self.location_suffixes)]
        if found and self.branch_in_re is not None:
            found = [m for m in found if not self.places_branch(role, m.start)]
            if not found:
                return None  # 'Chief Executive of Acme UK': a firm's branch, no state's office
        own = [m for m in found if not self.host_re.search(role[:m.start])]
        if not found and self.known_institution_re is not None:
            inst = self.known_institution_re.search(role)
            before = role[:inst.start()].split() if inst is not None else []
            if inst is not None and not self.host_re.search(role[:inst.start()]) \
                    and not (before and before[-1][:1].isupper()
                             and not (self.home_country and before[-1].casefold().rstrip(".") in self.title_words)):
                # (not the 'State Environmental Protection Agency', another state's body of a longer
                # name; but in Indonesian, where the title comes first, 'Direktur FBI': a title, then the body)
                return self.institution_names[inst.group()]
        if not own and found and self.office_for_re is not None and self.office_for_re.search(role[:found[-1].start]) \
                and not (self.envoy_re is not None and self.envoy_re.search(role)) \
                and not self.international_in(role):
            # 'Secretary of Justice for Puerto Rico': a domestic office 'for' its state (an envoy
            # 'for' a state is a guest there: 'UN Special Envoy for Syria')
            return found[-1].code
        if not found and self.home_country and self.within is not None:
            # 'Juru Bicara Provinsi Nangarhar': an office of a place inside a foreign state
            return self.within_state(role)
        return own[-1].code if own else None

    def places_branch(self, role: str, at: int) -> bool:
        """Whether the state named at `at` in `role` only places a firm's branch or office (English:
        branch_body_prepositions): it closes a capitalised name that is not a state's body ('Chief
        Executive of Acme UK', 'head of Melody Records Germany', 'Tennis Australia'), follows a firm's
        possessive ("Widgetco's UK sales director") or the place preposition after the firm a person works
        at ('vice president of products at Quill Search in the US'). Not a state's own body ('Police
        Scotland', 'Bank of England'), an office ('Trade Secretary'), nor a state ("Britain's")."""
        if self.branch_in_re is None:
            return False
        before = role[:at].rstrip()
        toks = before.split()
        if not toks or not role[:at][-1:].isspace():
            return False  # (a state's name opens the role or is joined to the word before: 'pro-US')
        last = toks[-1]
        word = _POSSESSIVE_S.sub("", last)
        if word[:1].isupper() and self._private_name_word(word) and (
                word == last or self.finder.code_of(word) is None):
            return True
        bm = self.branch_in_re.search(before)
        return bm is not None and all(self._private_name_word(_POSSESSIVE_S.sub("", w))
                                      for w in bm.group("body").split())

    def _private_name_word(self, word: str) -> bool:
        """A capitalised word of a name that is neither a state's nor an office's: not a title, a
        state body's word, an institution's head or a domestic office, a state or an international body."""
        w = word.strip("(),.")
        return bool(w) and w[:1].isupper() and w.casefold() not in self.title_words \
            and w not in self.state_body_words and w not in self.head_words and w not in self.institution_tails \
            and w not in self.institution_names and w.casefold() not in self.stopwords \
            and not (self.domestic_role_re is not None and self.domestic_role_re.fullmatch(w)) \
            and not (self.international_re is not None and self.international_re.fullmatch(w)) \
            and self.finder.code_of(w) is None

    def heads_other_body(self, role: str) -> bool:
        """'SMFG President', 'president of ClearView Economics', 'senior vice president Boeing': a
        head every kind of body has (body_head_words), beside the name of a body that is neither a
        state nor one of its institutions."""
        if self.body_head_re is None:
            return False
        m = self.body_head_re.search(role)
        if m is None or any(not self.places_branch(role, f.start) for f in self.finder.find(role)) \
                or (self.within is not None and self.within.find(role)):
            return False
        before, after = role[:m.start()].split(), role[m.end():].split()
        if after and after[0] in ("of", "at", "for"):
            after = after[1:]
            if after and after[0] == "the":
                after = after[1:]
        def body(words):
            # (a capitalised common word opens a sentence: 'Current president Tendai Moyo')
            names = [w.strip("(),") for w in words if w[:1].isupper() and w.casefold().rstrip(".")
                     not in self.title_words and _POSSESSIVE_S.sub("", w).casefold() not in self.common]
            text = " ".join(words)
            return bool(names) and not (self.domestic_role_re is not None and self.domestic_role_re.search(text)) \
                and not any(n in self.institution_names or n in self.state_body_words for n in names)
        # ('president of domestic distribution at Starlight Pictures': the body after the preposition
        # of the place a person works at, further on)
        further = [after[i + 1:i + 5] for i, w in enumerate(after)
                   if i and w in self.branch_at_words and not any(x[:1].isupper() for x in after[:i])]
        return body(before) or body(after[:4]) or any(body(f) for f in further)

    def within_state(self, text: str) -> str | None:
        """The one state whose inner places (places_within) the text names: 'El Paso mayor' -> US."""
        if self.within is None or not text:
            return None
        codes = {m.code for m in self.within.find(text)}
        return codes.pop() if len(codes) == 1 else None

    def is_candidate(self, role: str | None) -> bool:
        """`Calon presiden ...`: a candidate, who does not hold the office (candidate_words)."""
        return bool(role and self.candidate_re is not None and self.candidate_re.search(role))

    def holds_no_office(self, role: str | None) -> bool:
        """A former holder or a candidate: the office in the role is no state's voice now."""
        return self.is_former(role) or self.is_candidate(role)

    def numbers_its_holders(self, role: str | None) -> bool:
        """'Presiden ke-7 RI': the office named with its holder's number (ordinal_office_markers)."""
        return bool(role and self.ordinal_office_re is not None and self.ordinal_office_re.search(role))

    def is_former(self, role: str | None) -> bool:
        """`mantan Menteri Luar Negeri`, `former ambassador`: no longer speaks for a state."""
        return bool(role and self.former_re is not None and self.former_re.search(role))

    def _cut_org_prefix(self, text: str, toks: list[str]) -> list[str]:
        """'Istiqlal Nasaruddin Umar' -> 'Nasaruddin Umar' when 'Istiqlal' stands elsewhere
        without 'Nasaruddin' after it (it belongs to the organisation before the name)."""
        # The leftmost word the article also uses on its own starts the name ("Airin" later).
        # (Not in English, where a surname alone is how a person is named again: 'Vázquez' after
        # 'Wanda Vázquez Garced' is no sign that 'Wanda' belongs to a body.)
        for i in range(1, len(toks) - 1 if not self.of_phrases else 1):
            if toks[i] in _NAME_PARTICLES:
                continue  # ('Ali bin Tamim': 'bin' also stands in 'Mohammed bin Salman')
            if toks[i] == toks[i - 1]:
                continue  # ('Gun Gun Heryanto': a doubled given name, the first no body's word)
            if text.count(toks[i]) == text.count(f"{toks[i]} {toks[i + 1]}"):
                continue  # (cheap and exact: every occurrence is followed by the next word)
            tok, nxt, prev = toks[i], toks[i + 1], toks[i - 1]
            alone = any(not followed_by(text, pos + len(tok), nxt)
                        for pos in word_positions(text, tok, left="’'-", right="’'-"))
            if alone and not any(
                    (k := after_blanks(text, pos + len(prev))) >= 0 and text.startswith(tok, k)
                    and not followed_by(text, k + len(tok), nxt)
                    for pos in word_positions(text, prev, left=None, right=None)) \
                    and (i > 1 or self._stands_apart(text, toks[:2])):
                return toks[i:]
        while len(toks) > 2:
            first, second = toks[0], toks[1]
            if first == second:
                break  # ('Gun Gun Heryanto': a doubled given name, counted alone at its second word)
            if self.of_phrases and any(followed_by(text, pos + len(first), t)
                                       for pos in word_positions(text, first) for t in toks[2:]):
                break  # ('Pedro Pierluisi' after 'Pedro R. Pierluisi Urrutia': a given name, not a body)
            alone = len(word_positions(text, first))
            joined = sum(1 for pos in word_positions(text, first, right=None)
                         if (k := after_blanks(text, pos + len(first), " \t\n\r\f\v")) >= 0
                         and text.startswith(second, k) and not _wordch(_at(text, k + len(second))))
            # (a word the article writes alone before a speech verb is the person's given name and
            # stays, unless the rest of the name holds a common word: 'Allah Maha Mengetahui')
            if alone > joined and not self._cued_alone(text, first) and (
                    any(t.casefold() in self.common for t in toks[1:]) or not self._speaks_alone(text, first, second)):
                toks = toks[1:]
            else:
                break
        return toks

    def _degree(self, word: str) -> bool:
        """'PhD', 'M.Si.', 'S.H.' (a comma after it aside): an academic degree."""
        return is_academic_degree(word.rstrip(","), self.degrees)

    def _stands_apart(self, text: str, toks: list[str]) -> bool:
        """Whether one of the words before the last of `toks` also stands in the text without the
        word that follows it here: a body's word does ('Istiqlal' of 'Masjid Istiqlal' before
        'Istiqlal Nasaruddin Umar'); a given name written only with the rest of the name does not
        ('Muhammad' of 'Muhammad Tito Karnavian', later 'Tito'; 'Andi' of 'Andi Amran Sulaiman').
        A Roman numeral numbers a unit, it is no one's name ('KPK Wilayah V Dian Patria')."""
        return any(_ROMAN.fullmatch(w) or any(not followed_by(text, pos + len(w), nxt)
                                              for pos in word_positions(text, w, left="’'-", right="’'-"))
                   for w, nxt in zip(toks, toks[1:]))

    def _cut_body_word(self, text: str, toks: list[str]) -> list[str]:
        """'Head of Sales Bukalapak Tri Bagus' -> 'Tri Bagus' when the article shows the first word is a
        body's: written after a firm's kind ('PT Indofood') or a preposition of place ('di Bukalapak'),
        and never after a cue verb. By position only nothing is cut ('Miryam S Haryani' stays whole)."""
        closer = self._firm_closer_before_name(toks)
        if closer is not None:
            return toks[closer + 1:]
        while len(toks) > 2 and self._namelike(toks[0]) and toks[0] not in self.firm_heads \
                and toks[0] != toks[1] and self._body_marked(text, toks[0]):
            toks = toks[1:]
        return toks

    def _firm_closer_before_name(self, toks: list[str]) -> int | None:
        """Where the last word closing a firm's name stands when two name-like words at least follow
        it ('PT Bank Permata Tbk Josua Pardede'); None when none does."""
        for i in range(len(toks) - 3, -1, -1):
            if toks[i] in self.firm_name_closers:
                rest = toks[i + 1:]
                if all(self._namelike(t) and t not in self.firm_heads for t in rest) \
                        and rest[0].casefold() not in self.common:
                    return i
                return None
        return None

    def _body_marked(self, text: str, word: str) -> bool:
        """The article writes `word` as a body's: after a firm's kind ('PT Indofood') or a preposition
        of place ('di Bukalapak'), and never after or before a cue verb as a speaker. Read from one
        index of the article's words (_body_word_index), built once per text: asked for every name, a
        search of the whole article made extraction quadratic in the number of quotes."""
        if not self.body_place_prepositions or len(word) < 3:
            return False  # (not a letter or an initial: 'T - HR3', 'di T - HR3')
        marked, cued = self._body_word_index(text)
        return word in marked and word not in cued

    def _body_word_index(self, text: str) -> tuple[set[str], set[str]]:
        """(words written after a firm's kind or a preposition of place, words written after a cue
        verb or a person's title or before a cue verb) of one text, in one pass over its words and
        kept for the text last asked about (the article being read)."""
        cache = self._body_index
        if cache is not None and cache[0] is text:
            return cache[1]
        marked: set[str] = set()
        cued: set[str] = set()
        toks = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        # (a word closing a firm's name is no marker: 'PT Bank Central Asia Tbk Jahja Setiaatmadja')
        markers = (self.firm_heads - self.firm_name_closers) | self.body_place_prepositions
        for i, (tpos, tok) in enumerate(toks):
            for wm in re.finditer(r"\w+", tok):
                w = wm.group()
                if len(w) < 3 or not w[:1].isupper():
                    continue
                # the word before: the token's own prefix, else the token before ('di Bukalapak')
                prev = tok[:wm.start()] or (toks[i - 1][1] if i else "")
                if prev in markers:
                    marked.add(w)
                p = prev.casefold()
                if p in self.cue_words or p.rstrip(".") in self.person_titles:
                    cued.add(w)  # ('kata Oesman', 'Dr Meerjady')
                rest = tok[wm.end():]
                if rest[:1] in (".", "!", "?", ";"):
                    continue  # (the next words open another sentence: 'di Tokobaru. Kata Miryam, ...')
                after = ([rest] if rest else []) + [t for _, t in toks[i + 1:i + 3]]
                if any(a.casefold().rstrip(",") in self.cue_words for a in after[:2]):
                    cued.add(w)  # ('Hardeep also stated that ...')
        self._body_index = (text, (marked, cued))
        return self._body_index[1]

    def _cued_alone(self, text: str, word: str) -> bool:
        """'kata Oesman': the word stands alone after a cue verb, so it names a speaker (a first
        name used as the short form), not an organisation before the name."""
        for pos in word_positions(text, word):
            before = text[max(0, pos - 20):pos].split()
            if before and before[-1].casefold() in self.cue_words:
                return True
            if before and before[-1].casefold().rstrip(".") in self.person_titles:
                return True  # ('According to Dr Meerjady': a given name used with a title)
            # ('Hardeep also stated that ...': the subject of a report)
            after = text[pos + len(word):pos + len(word) + 30].split()[:2]
            if any(w.casefold().rstrip(",") in self.cue_words for w in after):
                return True
        return False

    def _speaks_alone(self, text: str, word: str, second: str) -> bool:
        """'Asep menjelaskan ...' after 'Plt Deputi Penindakan KPK Asep Guntur Rahayu': the word stands
        alone as the subject of a speech verb (speech_verbs), so it is the person's short name, not a
        body's word before the name (not after a side's noun: 'pihak Jouska memastikan'; nor when the
        article writes it as a body's: 'di Ecolab', or with another capitalised word after it than the
        name's second: 'Tesla Motors' before 'CEO Tesla Elon Musk' and 'Tesla memastikan')."""
        if not self.subject_speech_words or self._body_marked(text, word):
            return False
        spoke = False
        for pos in word_positions(text, word):
            after = text[pos + len(word):pos + len(word) + 30].split()[:1]
            if not after:
                continue
            if after[0][:1].isupper() and after[0].strip(",.") != second:
                return False
            before = text[max(0, pos - 20):pos].split()[-1:]
            spoke = spoke or (after[0].casefold().rstrip(",") in self.subject_speech_words
                              and not (before and before[0].casefold() in self.possessed_institutions))
        return spoke

    def _last_word_stands_alone(self, text: str, bare: str) -> bool:
        """'Ketua Badan Pengawas Pemilu Abhan' when the article also writes 'Abhan' without
        'Pemilu' before it: the last word is the head's name, not part of the institution's."""
        toks = bare.split()
        if len(toks) < 3 or not self._namelike(toks[-1]) or toks[-1].casefold() in self.common:
            return False
        prev, last = toks[-2], toks[-1]
        for pos in word_positions(text, last):
            j = pos - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j + 1 < len(prev) or not text.startswith(prev, j + 1 - len(prev)):
                return True
        return False

    @cached_property
    def _state_names(self) -> frozenset[str]:
        """The CLDR names of states, in the pack's language and English."""
        from .gazetteer import _cldr_names
        return frozenset(n for lang in dict.fromkeys((self.pack.code, "en"))
                         for names in _cldr_names(lang).values() for n in names)

    def is_clause(self, text: str) -> bool:
        """A reading took a clause for a description: a lower-case clause marker among its words."""
        return any(w in self.clause_markers for w in re.findall(r"\b[a-z]+\b", text))

    def _particles_inside_name(self, toks: list[str], i: int) -> bool:
        """toks[i - 1] ends a run of lower-case particles between two words of one name:
        'Mohammed bin Salman', 'Ursula von der Leyen', 'Nick Van den Brul'."""
        particles = self.name_particles
        if toks[i - 1].casefold() not in particles:
            return False
        j, k = i - 1, i
        while j >= 0 and toks[j].casefold() in particles:
            j -= 1
        while k < len(toks) and toks[k].casefold() in particles:
            k += 1
        return j >= 0 and k < len(toks) and self._namelike(toks[j]) and self._namelike(toks[k])

    def _surname_in(self, text: str, word: str) -> bool:
        """`word` (a capital's or a state's name) ends a person's name somewhere in the text: a
        given name stands right before it ('Sudesh Amman'), not a title, a preposition or a state."""
        if word in self._state_names:
            return False  # ('Tentara Israel', 'North Poland': a state's own name is never a surname)
        # (asked at each mention of a state in the article, and each time the whole text is read:
        # the answer for the article being read is kept)
        if text is not self._surname_text:
            self._surname_text, self._surname_memo = text, {}
        found = self._surname_memo.get(word)
        if found is None:
            found = self._surname_memo[word] = self._surname_in_text(text, word)
        return found

    def _surname_in_text(self, text: str, word: str) -> bool:
        for pos in word_positions(text, word):
            before = text[max(0, pos - 60):pos]
            m = _CAPITALISED_BEFORE.search(before)
            if m and self._namelike(m.group(1)) and m.group(1).casefold() not in self.stopwords \
                    and m.group(1).casefold() not in self.common \
                    and m.group(1) not in self.opener_set and not self.finder.code_of(m.group(1)) \
                    and (m.start(1) == 0 or not before[m.start(1) - 1].isalpha()) \
                    and before[:m.start(1)].rstrip(" \t")[-1:] not in ("", ".", "!", "?", "\n", '"', "”"):
                # (a capitalised word opening a sentence may be any word: 'Greeting Moscow, ...')
                return True
        return False

    def _nationality_of(self, head: list[str], lower_role: str | None) -> bool:
        """'Brigid Kosgei of Kenya', 'Karsten Warholm of Norway': a bare name of two words or more,
        with no office before it and not a known official ('Heiko Maas of Germany'), then 'of' a
        state is where the person comes from, as 'from' is ('Eliud Kipchoge from Kenya')."""
        return self.of_phrases and not lower_role and len(head) >= 2 \
            and all(self._namelike(t) for t in head) and official_country(" ".join(head)) is None

    def _nationality_only(self, role: str) -> bool:
        """"Ireland's", 'American', "The UK's": a role that is a state's name (possessive) or its
        adjective and nothing else (English only: of_phrases)."""
        if not self.of_phrases:
            return False
        role = _LEADING_THE.sub("", role.strip())
        bare = _POSSESSIVE_S.sub("", role)
        if bare == role and bare not in self.nationality_words:
            return False  # ('US Geological Survey' read as a role and a name: a state's own body)
        return bool(bare) and bare[:1].isupper() and self.finder.code_of(bare) is not None \
            and not any(w.casefold().rstrip(".") in self.title_words for w in bare.split())

    def _ends_with_name(self, bare: str) -> bool:
        """'Badan Ketahanan Pangan Agung Hendriadi': an institution, then a person's name."""
        toks = bare.split()
        # ('Bank of England governor Mervyn King': a title that is also a surname ends a name)
        n = 1 if len(toks) >= 3 and toks[-1] in self.title_surnames and self._namelike(toks[-2]) else 0
        # (the last word may be a common one when a name stands before it: 'Muhammad Muslim')
        # (a noun made with an affix is no word of a name: 'Komisi Pemberantasan Korupsi' is one body)
        # ('Komisi Eropa Ursula von der Leyen': lower-case particles between two words of the name)
        while n < len(toks) - 1 and ((self._namelike(toks[-1 - n]) and (
                toks[-1 - n].casefold() not in self.common or n == 0)
                and not (self.derived_re is not None and self.derived_re.fullmatch(toks[-1 - n].casefold())))
                or (n > 0 and self._particles_inside_name(toks, len(toks) - n))):
            n += 1
        before_last = next((t for t in reversed(toks[:-1]) if t.casefold() not in self.name_particles), "")
        return (n >= 2 and before_last.casefold() not in self.common) or self._titled_name_ending(toks) \
            or self._place_then_name(toks)

    def _common_given_name(self, toks: list[str]) -> bool:
        """'Rasio Ridho Sani', 'Ferry Daud Liando': a phrase of three name-like words only, the first a
        common word (rasio, feri) and the other two none, is a person whose given name is also a word
        (with no office before it, the word would be left as a role of its own: 'Rasio'); not a body's
        name ('Indeks Keamanan Pangan', a word made with an affix: 'Keamanan')."""
        first = toks[0].casefold().rstrip(".")
        return len(toks) == 3 and all(self._namelike(t) for t in toks) \
            and first not in self.title_words and first not in self.honorifics and first not in self.person_titles \
            and not (self.derived_re is not None and self.derived_re.fullmatch(toks[0].casefold())) \
            and all(t.casefold() not in self.common and t.casefold() not in self.local_places
                    and t not in self.head_words for t in toks[1:])

    def _after_apposed_office(self, text: str, start: int) -> bool:
        """'Direktur Jenderal Pengelolaan Sampah KLHK, NAME': an office closed by a comma stands right
        before the phrase, so the phrase is the office holder's name and all of it (a common word that
        opens it is a given name, not a word of the office)."""
        m = _ROLE_BEFORE.search(text, max(0, start - 160), start)
        return m is not None and self.has_title_word(m.group("role"))

    def _closed_body_then_name(self, text: str, bare: str) -> bool:
        """'Komisi VII DPR Kurtubi', 'Komisi V DPR RI Budi Raja Siregar', 'Polda NTB Irjen Hamdani' after a
        person's office ('Anggota', 'Kepala'): an acronym or a rank closes the body's name, and the one to
        three name-like words after it (no common word, place or body's word: 'Komisi XI DPR RI Fraksi
        Golkar', 'Komisi C DPRD DKI Jakarta' are bodies) are the office holder's name; many Indonesians
        have one name only, which _ends_with_name cannot tell from a body's last word."""
        toks = bare.split()
        k = len(toks)
        while k > 0 and len(toks) - k < 3 and self._namelike(toks[k - 1]) and toks[k - 1] not in self.head_words:
            k -= 1
        # (a common word may stand inside a name, 'Bane Raja Manalu', not at its ends: 'Puji Setahun Kinerja')
        while k < len(toks) and toks[k].casefold() in self.common:
            k += 1
        if not 1 < k < len(toks) or toks[-1].casefold() in self.common:
            return False
        closer = toks[k - 1]
        closes = (closer.isupper() and closer.isalpha() and len(closer) >= 2 and not _ROMAN.fullmatch(closer)) \
            or closer.casefold().rstrip(".") in self.title_set
        name = " ".join(toks[k:]).casefold()
        if not closes or name in self.local_places or name in self.places \
                or toks[k].casefold() in self.local_places or self.finder.code_of(toks[k]) is not None:
            return False
        # ('Yayasan PPNU Trate' written twice, or '(PPNU) Trate': the word after the acronym is the
        # body's own, a village's; a person is named with the body once)
        again = re.findall(rf"(?<![\w-]){re.escape(closer)}\)?[ \t]+{re.escape(toks[k])}(?![\w-])", text)
        return len(again) < 2

    def _place_then_name(self, toks: list[str]) -> bool:
        """'Kejaksaan Tinggi Sumsel Yulianto', 'Kejaksaan Tinggi Jawa Tengah Yulianto': a body's name
        closed by a town or province of the home state (places.<code>.txt), then one name-like word
        that is no common word and no place: the head's name."""
        if len(toks) < 3 or not self.home_country:
            return False
        last = toks[-1]
        if not self._namelike(last) or last.casefold() in self.common or last.casefold() in self.local_places \
                or last.casefold() in self.place_name_words or last.isupper():
            return False
        return any(" ".join(toks[-1 - k:-1]).casefold() in self.local_places
                   and " ".join(toks[-1 - k:]).casefold() not in self.local_places
                   for k in (1, 2, 3) if len(toks) > k + 1)

    def _titled_name_ending(self, toks: list[str]) -> bool:
        """'Polda Sulut Inspektur Jenderal RZ Panca Putra Simanjuntak': a rank or title inside the
        phrase, then name-like words (initials and common words among them: 'Putra') to its end."""
        k = len(toks)
        while k > 0 and (self._namelike(toks[k - 1]) or re.fullmatch(rf"[{UPPER}]{{1,2}}\.?", toks[k - 1])):
            k -= 1
        return 0 < k < len(toks) - 1 and toks[k - 1].casefold().rstrip(".") in self.title_set \
            and self._namelike(toks[-1]) and any(t[:1].isupper() and len(t) > 2 for t in toks[k:-1]) \
            and not (self.derived_re is not None and any(self.derived_re.fullmatch(t.casefold()) for t in toks[k:]))

    def _namelike(self, tok: str) -> bool:
        # (asked ~70 times an article, mostly about the same words: the answer depends on the
        # word and this language's lists only, so it is kept)
        memo = self._namelike_memo
        found = memo.get(tok)
        if found is None:
            if len(memo) > 100_000:
                memo.clear()
            found = memo[tok] = self._namelike_uncached(tok)
        return found

    def _namelike_uncached(self, tok: str) -> bool:
        if tok.startswith("(") or tok.endswith(")") or _WEB_NAME.fullmatch(tok):
            return False
        t = tok.rstrip(".,").casefold()
        # (a hyphened suffix needs only a word before it: 'UK-based')
        if any(t.endswith(x) and len(t) > len(x) + (0 if x.startswith("-") else 2) for x in self.non_name_suffixes):
            return False
        if t in self.non_name or (len(tok) >= 2 and tok.isupper() and tok.isalpha()):
            return False  # acronyms (OCBC, KPU) and organisation words are not a person's name
        if t in self.home_institutions:
            return False  # ('Dirjen AHU Kemkumham, Freddy Harris': a ministry's short name closes a role)
        base = _POSSESSIVE_S.sub("", tok)
        if t in self.title_words or (t in self.connectors and not (tok[:1].isupper() and t in self.connector_surnames)):
            return False
        if self.finder.code_of(base) or self.finder.code_of(tok):
            return False
        return tok[:1].isupper() or _PARTICLE.match(tok) is not None


# 'juru bicara departemen layanan darurat, ' right before a name: the clause's words up to the
# comma (after the last mark, comma or line break before them)
_ROLE_BEFORE = re.compile(r"(?P<role>[^,.;:\"“”\n()]{3,140}),[ \t]+\Z")
# (in a language of one home state, the office may close with its body's short form in brackets:
# 'Ketua Dewan Perwakilan Daerah (DPD), NAME')
_DASHES = frozenset({"--", "–", "—"})  # (not a hyphen: "Direktur IFI - Konselor Kebudayaan")
_ROLE_BEFORE_SHORT = re.compile(r"(?P<role>[^,.;:\"“”\n()]{3,140}\([A-Za-z][\w .&/-]{0,15}\)),[ \t]+\Z")
# ', the Hungarian Government commissioner responsible for defence,' after a name (or ', of the
# provincial council,')
_INTRODUCED_AS = re.compile(r",[ \t]+(?:of[ \t]+(?=the[ \t]))?(?:(?P<det>the|a|an)[ \t]+)?(?P<role>[^,.;:\"“”\n()]{3,120}?)(?=[ \t]*[,.;:\n(]|$)")


# the words of a body's full name before its short form in brackets: 'Bangladesh's Institute of
# Epidemiology, Disease Control and Research (IEDCR)'
_NAME_WORD = re.compile(r"[\w'’.\-]+|,")
# what may stand before a body's name in the phrase that introduces its short form: a qualifier
# ('Kurdish-led') or an owner ("United States'"), not a word of the name ('Oil and ...')
_QUALIFIER = re.compile(r"[\w'’]+-[a-z]+|.+['’]s?")
_NAME_JOINERS = {"of", "and", "for", "on", "the", "de", "du", "des", "la", ","}


# ' of the island's power authority said': a lower-case office after a name
_LOWER_OFFICE_OF = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?P<office>(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w-]*)(?=[ \t]*[,.;:]|[ \t]+[a-z])")


def _indel_distance(a: str, b: str) -> int:
    """Letters left out of one word plus letters put in to make the other ('santikara' /
    'santikra': 1), from their longest common subsequence."""
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return len(a) + len(b) - 2 * prev[-1]


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last '.', '!', '?' or line break before
    it, not counting the dots of initials ('The American Samoan delegate to the U.S. House')."""
    i = pos
    while True:
        j = max(body.rfind(ch, 0, i) for ch in ".!?\n")
        if j > 0 and body[j] == "." and body[j - 1].isupper() and (j < 2 or not body[j - 2].isalpha()):
            i = j  # ('U.S.', 'J.'): an initial
            continue
        return j + 1


def _initials_match(name: str, acronym: str) -> bool:
    """'Indonesia Corruption Watch' spells ICW; small connectors ('for', 'dan') may be skipped, and
    an ampersand or dots in the short form do not count ('Pacific Gas and Electric' spells PG&E)."""
    words = name.split()
    letters = re.sub(r"[&.]", "", acronym)
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return capitals.upper() == letters or "".join(w[0] for w in words).upper() == letters


# a short form in brackets right after a name: 'Pacific Gas and Electric (PG&E)'
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Za-z&.]{1,9})\)")


def _is_or_opens_with(text: str, words: set[str]) -> bool:
    """`text` is one of `words` or opens with one and a space: a lookup at each space of the
    text instead of a test of each word."""
    if text in words:
        return True
    i = text.find(" ")
    while i >= 0:
        if text[:i] in words:
            return True
        i = text.find(" ", i + 1)
    return False


# a quotation within one paragraph
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


class ArticleEntities:
    """The people and institutions of one article."""

    def __init__(self, body: str, grammar: Grammar, registries=None, headings=None,
                 ignored=None, title: str = "", published=None):
        self.body = body
        self.title = title  # counts towards the state the article is mostly about
        self.published = published  # (a well-known official out of office then speaks for no state)
        self.g = grammar
        self.registries = registries
        self.entities: list[Entity] = []
        self.headings = headings or []  # [(offset, code)] sorted
        self._heading_offsets = [h[0] for h in self.headings]
        self.ignored = ignored or []
        # (not a handle or a domain: '@github', 'github.com' leave 'GitHub' a name)
        self.lowercase_words = {w for w in re.findall(r"(?<![@#\w])[a-z][a-z\-]+\b(?!\.[a-z])", body)}
        self.midcaps = set(re.findall(rf"(?<=[a-z0-9,;)] )[{UPPER}][\w'’\-]+", body))
        self.mentions: list[tuple[int, Entity]] = []  # (offset, entity) for every resolved mention
        self._registry_memo: dict[str, object] = {}
        self.products = self._product_names()
        self.self_speaking_outlets = self._self_speaking_outlets()

    def _self_speaking_outlets(self) -> frozenset[str]:
        """The news outlets (casefolded) the article quotes through their own spokesperson or
        statement ('A BBC spokeswoman said', 'a spokesman for CBS'): each is a body speaking for
        itself wherever the article has it speak ('the BBC has said ...'), not the press."""
        names = set()
        for before, pattern in zip((True, False), self.g.outlet_voice_res):
            for m in pattern.finditer(self.body):
                toks = m.group(1).split()
                # the outlet's name: the longest run of the words next to the office that is an
                # outlet ('A BBC' -> 'BBC'; 'CBS News Tuesday' -> 'CBS News')
                runs = [toks[i:] for i in range(len(toks))] if before else [toks[:j] for j in range(len(toks), 0, -1)]
                name = next((" ".join(r) for r in runs if is_news_outlet(" ".join(r))), None)
                if name is not None:
                    names.add(re.sub(r"^the\s+", "", name, flags=re.I).casefold())
        return frozenset(names)

    def _product_names(self) -> frozenset[str]:
        """The names the article gives products and services ('layanan Line Business Connect'):
        no person's, wherever they stand."""
        if self.g.product_noun_re is None:
            return frozenset()
        names = set()
        for m in self.g.product_noun_re.finditer(self.body):
            pm = self.g.match_at(self.body, m.end())
            if pm is not None and len(pm.group().split()) >= 2:
                names.add(pm.group().strip())
        return frozenset(names)

    def _names_product(self, p: Parsed) -> bool:
        """A person read in a product's name: 'Line Business Connect', and 'Business Connect' alone."""
        return any(p.text == n or p.name == n or (" " in p.name and n.endswith(" " + p.name)) for n in self.products)

    def official(self, name: str | None) -> str | None:
        """The state a well-known official speaks for on the day the article was published."""
        return official_country(name, self.published)

    def heading_country(self, offset: int) -> str | None:
        i = bisect.bisect_right(self._heading_offsets, offset) - 1
        return self.headings[i][1] if i >= 0 else None

    def _registry(self, name: str):
        if self.registries is None:
            return None
        # (the registry is read through once per question; an article asks about the same
        # names again and again, and the registry does not change while it is read)
        if name in self._registry_memo:
            return self._registry_memo[name]
        try:
            found = self.registries.person(name)
        except Exception:
            found = None
        self._registry_memo[name] = found
        return found

    def _names_a_pair(self, name: str) -> bool:
        """'Eri Cahyadi-Armuji', 'Anna Morinda-Frizt Akhmad Nuzir': in a language whose pack sets
        `hyphen_joins_running_mates`, a hyphen joining two capitalised names after a name's first word
        writes a candidate and running mate, not one person ('Jean-Yves Le Drian' opens with his
        hyphenated given name; 'Kim Jong-un' and 'al-Sisi' join lower-case words)."""
        if not self.g.pack.get("hyphen_joins_running_mates"):
            return False
        return any(_RUNNING_MATES.fullmatch(w) and w.split("-")[0].casefold() not in _PARTICLES
                   for w in name.split()[1:])

    def find_person(self, name: str) -> Entity | None:
        key = frozenset(t.casefold() for t in name.split())
        folded = name.casefold()
        best = None
        for e in self.entities:
            if e.type != "person":
                continue
            if key < e.tokens and self._names_a_pair(e.name):
                continue  # 'Eri' is one of 'Eri Cahyadi-Armuji', not the pair
            if (e.tokens & _GENERATIONS) - key:
                # 'Trump' is not 'Donald Trump Jr', the son of the 'Donald Trump' the article names
                if e.aliases and folded in (a.casefold() for a in e.aliases):
                    return e
                continue
            if key <= e.tokens or (e.aliases and folded in (a.casefold() for a in e.aliases)):
                if best is None or len(e.tokens) > len(best.tokens):
                    best = e
        return best

    def _clipped_first_name(self, name: str) -> Entity | None:
        """'Menteri Perdagangan Enggartiasto Lukita ...', later '... kata Enggar': a single word that
        opens the first name of exactly one person the article named in full (two words or more) is
        that person called by the short form of the first name. (Not a word the article also
        gives someone as a whole name word: 'Ali' beside 'Ali Imron' and 'Alimin Ahmad'.)"""
        word = name.casefold()
        if " " in name or len(word) < _MIN_CLIPPED_NAME or not name[:1].isupper():
            return None
        found = None
        for e in self.entities:
            if e.type != "person" or e.registered:
                continue
            if word in e.tokens:
                return None
            words = e.name.split()
            if len(words) >= 2 and words[0].casefold().startswith(word) \
                    and len(words[0]) - len(word) >= 2 and words[0][len(word)].islower():
                if found is not None and found is not e:
                    return None
                found = e
        return found

    def _misspelt_surname(self, name: str, offset: int) -> Entity | None:
        """'Kepala Riset Acme Sekuritas, Budi Santikara, mengatakan ...', later
        'Santikra menambahkan ...': a single word the article names no one by, a letter or two
        off a word of exactly one person it named in full before, is that person misspelt. (Only
        letters left out or put in, the first two and the last the same: 'Wahyuni' is not
        'Wahyudi', 'Kurniawati' not 'Kurniawan'.) When the article spells the word more often the
        misspelt way round ('Jhonny Simanjutak' once, then 'Simanjuntak' three times), the name
        takes the spelling used most."""
        word = name.casefold()
        if " " in name or len(word) < _MIN_MISSPELT_NAME or not name[:1].isupper() or not name.isalpha():
            return None
        gap = 2 if len(word) >= _LONG_MISSPELT_NAME else 1
        found = token = None
        for e in self.entities:
            if e.type != "person":
                continue
            if word in e.tokens:
                return None
            if len(e.tokens) < 2 or e.first > offset:
                continue
            for t in e.tokens:
                if t[:2] == word[:2] and t[-1] == word[-1] and abs(len(t) - len(word)) <= gap \
                        and _indel_distance(t, word) <= gap:
                    if found is not None and found is not e:
                        return None
                    found, token = e, t
        if found is None:
            return None
        found.aliases.add(name)
        if not found.registered:
            words = found.name.split()
            i = next(i for i, w in enumerate(words) if w.casefold() == token)
            if len(word_positions(self.body, name)) > len(word_positions(self.body, words[i])):
                found.aliases.add(found.name)
                found.name = " ".join(words[:i] + [name] + words[i + 1:])
        return found

    def find_org(self, name: str) -> Entity | None:
        # (an outlet speaking for itself is not one of its channels: 'A BBC spokesman said' after
        # 'the BBC News website')
        whole = name.casefold() in self.self_speaking_outlets
        for e in reversed(self.entities):
            if e.type == "organization" and (e.name == name or not whole and e.name.startswith(name + " ")
                                             and e.name[len(name) + 1:].split()[0] not in self.g.coordinator_words
                                             or name in e.aliases):
                # ('Kementerian Kesehatan' is not the phrase 'Kementerian Kesehatan dan Badan
                # Lingkungan Hidup Nasional' read as one name: the first of two bodies)
                return e
        return None

    def _nickname_person(self, p: Parsed) -> Parsed:
        """'kata JK', 'SBY mengatakan': an acronym read as a body that is a well-known official's
        nickname (officials.yaml: 'Jusuf Kalla | JK') is that person."""
        if p.type == "organization" and p.name and " " not in p.name and not p.role \
                and (full_name(p.name) is not None or self._initials_alias(p.name)) \
                and self._registry(p.name) is None:
            p = _copy_parsed(p)
            p.type = "person"
        return p

    def _initials_alias(self, name: str) -> bool:
        """'ujar RHS' after 'Rudi Hartanto Saputra (RHS)': initials the article gave a person
        (_joined_nicknames); 'kata AHY': initials listed as an office holder's name (officials)."""
        return name.isupper() and (official_country(name) is not None
                                   or any(e.type == "person" and name in e.aliases for e in self.entities))

    def add(self, p: Parsed, offset: int) -> Entity | None:
        """Register a parsed phrase (pre-scan); returns its entity."""
        p = self._nickname_person(p)
        if p.type == "principal":
            principal = self.find_person(p.name) if p.name else None
            if principal is None:
                principal = self.add(Parsed(p.name, p.start, p.end, None, p.name, "person", p.country), offset)
            return principal
        if p.type == "person" and p.name and self.products and self._names_product(p):
            return None
        if p.type == "person" and p.name:
            reg = self._registry(p.name)
            if reg is not None:
                e = self.find_person(reg.name) or self._new(reg.name, "person" if reg.type == "person" else "organization", offset)
                e.registered = True
                e.role, e.country = reg.role or p.role or e.role, reg.country
                e.aliases.update(reg.aliases)
                e.aliases.add(p.name)
                return e
            nickname_of = full_name(p.name)
            if nickname_of is not None:
                # 'Jokowi' is 'Joko Widodo': one person, under the name the article's readers
                # would look up
                e = self.find_person(nickname_of) or self._new(nickname_of, "person", offset)
                e.aliases.add(p.name)
                if p.role and (e.role is None or len(p.role) > len(e.role)):
                    e.role = p.role
                if e.country is None and not self.g.is_former(p.role) and not self._past_numbered_holder(p.role, nickname_of):
                    e.country = p.country or self.official(nickname_of)
                return e
            e = self.find_person(p.name)
            if e is None:
                # a fuller name for an existing entity ("Aliyev" seen before "Ilham Aliyev")?
                key = frozenset(t.casefold() for t in p.name.split())
                for other in self.entities:
                    if other.type == "person" and other.tokens < key and not other.registered \
                            and not (key - other.tokens) & _GENERATIONS \
                            and not self._names_a_pair(p.name):  # (not 'Donald Trump Jr', nor a pair)
                        other.aliases.add(other.name)
                        other.name = p.name
                        e = other
                        break
            if e is None and not p.role:
                e = self._clipped_first_name(p.name)
                if e is not None:
                    e.aliases.add(p.name)
            if e is None and not p.role:
                e = self._misspelt_surname(p.name, offset)
            if e is None:
                e = self._new(p.name, "person", offset)
            if len(p.name.split()) > 1 and p.name.split()[-1].casefold() not in _GENERATIONS:
                e.aliases.add(p.name.split()[-1])
            if p.role and (e.role is None or len(p.role) > len(e.role)) and not e.registered:
                e.role = p.role
            # (once called a former holder, he stays one: 'mantan perdana menteri Haiti Laurent
            # Lamothe', then 'Haiti Laurent Lamothe' read as a role and a name)
            e.no_office = e.no_office or self._no_office_word_before(p)
            if not e.registered and (((self.g.holds_no_office(p.role) or self.g.holds_no_office(e.role)
                                       or e.no_office or self._past_numbered_holder(p.role, e.name))
                                      and not self._now_former(p, e))
                                     or (speaks_for_no_state(e.name, self.published) and not (p.role and p.country))
                                     or self._international_name(e.name) or self._acts_for_international_body(e.name)
                                     or (e.role == p.role and self.g.is_firm_title(p.role))):
                # a former official (or one elected, not yet in office: 'presiden terpilih AS
                # Donald Trump'), or the UN's, speaks for no state (unless the article's own
                # role names one: 'Perdana Menteri Belanda Mark Rutte' before he led NATO); nor does
                # a body read as a person whose name ends in an international body's ('Philippine
                # Red Cross')
                e.country = None
            elif not e.registered and e.country is None:
                # (a candidate, 'Calon presiden dari Partai Republik Donald Trump', holds no office
                # yet: what is known of the person at other times does not count)
                known = None if any(self.g.is_candidate(r) for r in (p.role, e.role)) \
                    else self.official(e.name) \
                    or (None if another_person(e.name, p.name) else self.official(p.name)) \
                    or (self.official(p.text) if p.role else None)  # ('Raja Salman', listed so)
                # ('Trump and Bolton' two days after Bolton left office: a well-known official's
                # terms outweigh the state of the one named beside him)
                beside = None if out_of_office(e.name, self.published) or out_of_office(p.name, self.published) \
                    else self._role_person_country(p.role)
                introduced = None
                if p.role and not (p.country or beside or known) and self.g.home_country \
                        and self.g.role_country(p.role) is None:
                    # 'Jenderal John Nicholson, komandan senior AS di Afghanistan': a rank other
                    # states have too, then the office in apposition, which names the state (not
                    # inside another name: 'Kepala Burma Task Force')
                    role, state = self._introduction(e.name)
                    if state and any(m.code == state and not re.match(rf"[ \t]+[{UPPER}]", role[m.end:])
                                     for m in self.g.finder.find(role)):
                        introduced = state
                # ('presiden Josep Maria Bartomeu', 'Presiden Sepp Blatter': the home state's head
                # of state is a well-known official; anyone else under the bare title heads another
                # state or a club, a firm, a federation)
                home_role = None if known is None and self._bare_home_head(p.role) else p.role
                # (a role in apposition reaches here without the place inside a foreign state it
                # names: 'Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin' is a Malaysian court's,
                # whatever home title it holds)
                e.country = p.country or beside or known or introduced \
                    or (self.g.within_state(p.role) if p.role and self.g.home_country
                        and not self.g.is_non_state(p.role) else None) \
                    or self._abroad_office(home_role, offset) \
                    or self._home_office(home_role) or self.heading_country(offset) \
                    or (None if self._after_body_name(p) else self._home(home_role)) \
                    or self._role_body_country(p.role) or self._local_office(p.role, offset) \
                    or self._force_role_state(p.role, offset)
                if e.country is None and not p.role:
                    role, e.country = self._introduction(e.name)
                    e.role = e.role or role
                    e.country = e.country or self._force_role_state(role, offset)
                    if self._past_numbered_holder(role, e.name):
                        e.country = None
                elif e.country is None:
                    e.country = self._office_of_story_state(e.name) or self._bare_rank_state(p.role, e.name)
                if e.country is None and not e.role and not self.g.home_country:
                    # 'Highway Patrol', 'Coroners Service' read as a person: a body of the state's
                    # own (a domestic word of several words ends the name), of the story's state
                    e.country = self._domestic_body(e.name)
                if e.country is None and not e.role:
                    # 'Phivolcs said' after 'The Philippine Institute of Volcanology and Seismology (Phivolcs)'
                    e.country = self._expansion_country(e.name)
            return e
        if p.type == "organization":
            reg = self._registry(p.name or p.text)
            name = reg.name if reg is not None else p.name
            e = self.find_org(name)
            if e is None:
                e = self._new(name, "organization", offset)
                e.country = reg.country if reg is not None and reg.country else p.country
                if reg is None and e.country and self.g.is_non_state(name):
                    e.country = None  # 'Perlawanan Iran': a body against or beside the state, not the state's
                if reg is None and self._international_name(name):
                    e.country = None  # 'the Philippine Red Cross': the state's society of an international movement
                if e.country is None and p.name in self.g.institution_names:
                    e.country = self.g.institution_names[p.name]
                if e.country is None and reg is None and self.g.home_country and name:
                    # ('kata HNW', 'ujar AHY': an official by initials, read as a body's short form)
                    e.country = self.official(name)
                if e.country is None and self.main_country is None and not speaks_for_no_state(name):
                    # 'Kepolisian Jepang menahan ...', then 'Polisi mengatakan ...' in a story naming
                    # two states about as often: the police named before with their state
                    named = self.body_named_before(name, offset)
                    e.country = named.country if named is not None else None
                if e.country is None and not speaks_for_no_state(name):
                    e.country = self.heading_country(offset) or self._scene_institution(name, offset) \
                        or self._home_institution(name)
                if e.country is None and self.g.home_country and self.main_country not in (None, self.g.home_country) \
                        and not speaks_for_no_state(name) and not self.g.is_non_state(name):
                    # 'Kementerian Kehakiman', 'Kepolisian' with no state named, in an Indonesian story
                    # mostly about France: a state's institution of the state the story is about
                    e.country = self._foreign_institution(name)
                if e.country is None and not self.g.home_country and not speaks_for_no_state(name) \
                        and not self.g.is_non_state(name):
                    # 'the Interior Ministry' with no state named, in a story about Afghanistan
                    e.country = self._home(name) or self._local_office(name, offset)
                if e.country is None and reg is None and not self.g.home_country and name \
                        and self.g.within is not None and self.g.within.code_of(name):
                    # 'NSW said', 'Ontario announced': a member state or province speaks for its state
                    e.country = self.g.within.code_of(name)
                if e.country is None and reg is None:
                    # 'IEDCR' after "Bangladesh's Institute of Epidemiology, ... (IEDCR)"
                    e.country = self._expansion_country(name)
                if e.country is None and reg is None and self._local_body(name):
                    # 'Bradford Council stated ...' in a story set 'in Bradford, England': the
                    # council of a place the story is in is of the story's state
                    e.country = self.main_country or self.local_state(offset)
            return e
        if p.type == "country":
            e = self.find_org(p.name)
            if e is not None and e.name != p.name and p.name not in e.aliases \
                    and self.g.institution_names.get(e.name, "") is None:
                e = None  # ('Syrian state media' is no body of the 'Syrian Democratic Forces')
            if e is None:
                e = self._new(p.name, "organization", offset)
                e.country = p.country
            return e
        return None

    @cached_property
    def _title_read(self) -> str:
        """The title as read for the states it names: one written all in lower case after its first
        letter (IndoSum: 'Perang antargeng di penjara meksiko 28 tewas') with its words capitalised,
        and a short word that is a state's short form in capitals in full capitals ('ri', 'as')."""
        t = self.title or ""
        if t[1:] != t[1:].lower() or not any(c.isalpha() for c in t[1:]):
            return t
        words = []
        for w in t.split(" "):
            short = len(w) <= 3 and w.isalpha() and self.g.finder.code_of(w.upper()) is not None
            words.append(w.upper() if short else w[:1].upper() + w[1:])
        return " ".join(words)

    @cached_property
    def main_country(self) -> str | None:
        """The state the article is mostly about, counting its title: the only state named (at
        least twice), or one named at least three times, twice as often as any other and three
        times as often as any other named three times (in a UK-US story, 11 to 5, a police chief
        could belong to either)."""
        title_codes = [m.code for m in self.g.finder.find(self._title_read)]
        counts = Counter(title_codes)
        counts.update(m.code for m in self._state_mentions)
        found = self._main_of(counts)
        if found is not None and found not in title_codes and self.g.within is not None:
            # ('Missing New York City chef found dead' that names London twice for a restaurant
            # there): a place the title puts inside another state, named in the body at least as
            # often as the state found, is what the story is about
            inside = {m.code for m in self.g.within.find(self._title_read)}
            if len(inside) == 1 and found not in inside:
                code = next(iter(inside))
                if sum(1 for m in self.g.within.find(self.body) if m.code == code) + counts[code] >= counts[found]:
                    return code
        within_title: list[str] = []
        if found is None and self.g.within is not None:
            # with no state standing out by name, places inside a state count for it ('El Paso,
            # Texas', 'Pennsylvania'; never against a state named often enough on its own: a
            # Canadian victim from Quebec in a Paris story)
            within_title = [m.code for m in self.g.within.find(self._title_read)]
            counts.update(within_title)
            counts.update(m.code for m in self.g.within.find(self.body))
            found = self._main_of(counts)
        if found is None:
            # a story about a territory names the state it belongs to as well ('Puerto Rico's
            # Senate ... the U.S. Congress'): the sovereign's mentions do not count against a
            # territory named at least as often
            for code, n in counts.most_common(2):
                sovereign = sovereigns().get(code)
                if sovereign and sovereign in counts and n >= counts[sovereign]:
                    rest = Counter({c: k for c, k in counts.items() if c != sovereign})
                    if self._main_of(rest) == code:
                        found = code
                        break
        if found is None and counts:
            # still undecided: the one state the title names ('Gunman opens fire in El Paso, Texas
            # superstore'), when the article names none more often
            in_title = set(title_codes) | set(within_title)
            ranked = counts.most_common(2)
            if len(in_title) == 1 and ranked[0][0] in in_title \
                    and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                found = ranked[0][0]
        return found

    def body_named_before(self, noun: str, offset: int) -> Entity | None:
        """The body of a state named last before `offset` whose head word is the bare noun (or a
        word of authority_bodies for it): 'Thames Valley Police' for 'Police', 'Kepolisian Jepang'
        for 'Polisi' (the head comes last in English, first in Indonesian)."""
        if " " in noun:
            return None
        heads = {noun.casefold()} | self.g.authority_bodies.get(noun.casefold(), set())
        for off, x in reversed(self.mentions):
            if off < offset and x.type == "organization" and x.country and len(x.name.split()) >= 2 \
                    and (x.name.split()[-1].casefold() in heads or x.name.split()[0].casefold() in heads):
                return x
        return None

    def _panel_judge(self, role: str | None) -> bool:
        """A judge (panel_judge_words) and no other office of the state's in the role, in a story
        with no word of a court (court_story_words): 'said judge Clara Fenwick' of a book prize,
        'X Factor judge Sharon Hill' sit on a prize's or a show's panel. ('High Court judge', and
        any judge of a story of a trial, a ruling or a lawsuit, are the court's.)"""
        if not role or not self.g.panel_judge_words or self.g.court_story_re is None:
            return False
        words = [w.casefold().strip("(),.") for w in role.split()]
        if not any(w in self.g.panel_judge_words for w in words):
            return False
        rest = " ".join(w for w in words if w not in self.g.panel_judge_words)
        if self.g.domestic_role_re is not None and self.g.domestic_role_re.search(rest):
            return False
        return not self._court_story

    @cached_property
    def _court_story(self) -> bool:
        """Whether the title or the text names a court, a trial, a ruling (court_story_words): read once
        per article, however many judges' roles ask."""
        return self.g.court_story_re is not None \
            and self.g.court_story_re.search(f"{self.title or ''}\n{self.body}") is not None

    def _local_office(self, role: str | None, offset: int) -> str | None:
        """'Thames Valley Police', 'Detective Inspector', 'the county's Police and Crime
        Commissioner' in a story that names two states about as often (a British police force
        in a story about an American artwork): a domestic office with no state named is of the
        state (or place within one) named last before it, or of the one state the title names."""
        if not role or self.g.home_country or self.main_country is not None or self._panel_judge(role) \
                or self.g.domestic_role_re is None or not self.g.domestic_role_re.search(role) \
                or self.g.international_in(role) \
                or self.g.heads_other_body(role) or self.g.is_former(role) or self.g.is_non_state(role) \
                or self.g.is_former(lead := self.body[max(0, offset - 40):offset].split(".")[-1]) \
                or self.g.international_in(lead):
            # (nor 'former federal prosecutor Elie Honig', 'AU trade and industry commissioner
            # Albert Muchanga': the role read without the words before it)
            return None
        return self.local_state(offset)

    @cached_property
    def _state_mentions(self) -> list:
        """The body's mentions of states that may say what it is about (not 'US dollars')."""
        return [m for m in self.g.finder.find(self.body) if self._counts_for_state(m)]

    @cached_property
    def _local_mentions(self) -> tuple[list, Counter]:
        """The mentions of states and of places within them outside quotes, and their counts
        (read once an article: every office asks local_state)."""
        mentions = list(self._state_mentions)
        if self.g.within is not None:
            mentions += self.g.within.find(self.body)
        # (not a place named inside a quote: '"... structures in place in Albania," she said. ...
        # the government said' is the British government)
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(self.body)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in quoted)]
        return mentions, Counter(m.code for m in mentions)

    @cached_property
    def _listed_mentions(self) -> frozenset[int]:
        """Where a state is named in a list of states ('the wars in Iraq and Afghanistan', 'visiting
        Tanzania, Mozambique and Kenya'): such a mention says nothing of where the story is."""
        found = sorted(self._local_mentions[0], key=lambda m: m.start)
        out: set[int] = set()
        for a, b in zip(found, found[1:]):
            if a.code != b.code and _LIST_JOINT.fullmatch(self.body[a.end:b.start]):
                out.update((a.start, b.start))
        return frozenset(out)

    def local_state(self, offset: int) -> str | None:
        """The state named last before `offset` (by its name or a place within it) of those the
        story is about (named twice, or at least half as often as the state named most: not the
        'Italian' artist's named once in passing; not one of a list of states: 'Iraq and
        Afghanistan'), else the one state the title names."""
        mentions, counts = self._local_mentions
        top = max(counts.values(), default=0)
        listed = self._listed_mentions
        last = None
        for m in mentions:
            if m.start < offset and (counts[m.code] >= 2 or 2 * counts[m.code] >= top) \
                    and m.start not in listed and (last is None or m.start > last.start):
                last = m
        if last is not None:
            return last.code
        in_title = {m.code for m in self.g.finder.find(self._title_read)}
        if self.g.within is not None:
            in_title |= {m.code for m in self.g.within.find(self._title_read)}
        return in_title.pop() if len(in_title) == 1 else None

    def _counts_for_state(self, m) -> bool:
        """A mention of a state in the body that is not part of another name: not 'US dollars',
        'dolar AS', 'entitled America'."""
        after = re.match(r"[ \t]+([\w-]+)", self.body[m.end:m.end + 30])
        if after is not None and after.group(1).casefold() in self.g.state_name_followers:
            return False
        before = re.search(r"([\w-]+)[ \t]+\Z", self.body[max(0, m.start - 30):m.start])
        return before is None or before.group(1).casefold() not in self.g.state_name_leaders

    @staticmethod
    def _main_of(counts: Counter) -> str | None:
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2:
            return None
        if len(ranked) == 1:
            return ranked[0][0]  # the only state the article names ('Gdańsk, Poland')
        top, second = ranked[0][1], ranked[1][1]
        if top < 3 or top < 2 * second or (second >= 3 and top < 3 * second):
            return None
        return ranked[0][0]

    def _home(self, role: str | None) -> str | None:
        if self.g.holds_no_office(role):
            return None  # 'mantan Presiden RI': no longer speaks for a state (a candidate: not yet)
        if self._panel_judge(role):
            return None  # 'said judge Clara Fenwick' of a book prize: the prize's panel, not a court
        if role and self.g.is_non_state(role):
            return None  # 'Deputi Direktur Amnesty International': a title in a body that is not the state's
        if role and not self.g.home_country and self.g.domestic_role_re is not None \
                and self.g.domestic_role_re.search(role) \
                and not self.g.international_in(role) \
                and not self.g.heads_other_body(role):
            # 'a member of Parliament' in an article about Tunisia: Tunisia's parliament; 'El Paso
            # mayor', 'Northamptonshire's chief constable': the state the place is in
            return self.g.within_state(role) or self.main_country
        if role and self.g.state_title_re is not None:
            m = self.g.state_title_re.search(role)
            code = self.g.state_titles[m.group().casefold()] if m else None
            if code and self.main_country in (None, code):
                # 'Home Secretary Charles Clarke': an office only one state has (unless the
                # article is mostly about another state, whose office of that name it may be)
                return code
        if role and self.g.home_country and self.g.domestic_role_re is not None \
                and self.main_country not in (None, self.g.home_country) \
                and self.g.domestic_role_re.search(role) \
                and not self.g.international_in(role) \
                and not self._names_home_institution(role.casefold()) \
                and not (self.g.home_rank_re is not None and self.g.home_rank_re.search(role)) \
                and not any(w.casefold().strip("(),") in self.g.local_places for w in role.split()):
            # 'Gubernur Hamedan', 'anggota parlemen dari Takistan', 'Pangeran' in an Indonesian
            # article mostly about Iran or Saudi Arabia: that state's office, not Indonesia's
            return self.main_country
        if role and self.g.home_country:
            r = role.casefold()
            if any(u in r for u in self.g.non_home_units):
                return None  # 'Gubernur Negara Bagian California': a foreign state's unit
            if self.g.international_in(role):
                return None  # 'Direktur Jenderal WHO': an international body's
            if self.g.home_rank_re is not None and self.g.home_rank_re.search(role):
                return self.g.home_country  # 'Kepala Bagian Penerangan Umum Komisaris Besar'

            if self._shared_home_title(r):
                return self.main_country  # 'Ketua DPR Mike Johnson' in a story mostly about the US
            if self._is_home_title(r):
                return self.g.home_country
            # ('Wali Kota Bandung' in a story mostly about South Korea: a home town names the office's state)
            local = self.main_country in (None, self.g.home_country) \
                or any(w.strip("(),") in self.g.local_places for w in r.split())
            if local and _is_or_opens_with(r, self.g.home_local_titles):
                return self.g.home_country  # 'Gubernur Jawa Tengah', not Hawaii's 'Jaksa Agung'
            if local and self.g.home_local_institution_re is not None \
                    and self.g.home_local_institution_re.search(_padded_words(r)):
                return self.g.home_country  # 'Sekretaris Jenderal Kementerian Perindustrian'

            # 'anggota Komisi I DPR', 'Wakil Ketua DPRD Jawa Barat', 'Ketua Komisi Pemberantasan
            # Korupsi (KPK)': an official of a home institution
            if self._names_home_institution(r):
                return self.g.home_country
        return None

    def short_form_of(self, short: str) -> Entity | None:
        """The entity of the full name a short form stands for, where the article introduced it in
        brackets: 'CalFire indicated ...' after 'The California Department of Forestry and Fire
        Protection (CalFire) said ...' is that department, with its state."""
        if not short or " " in short or f"({short})" not in self.body:
            return None
        full = self._expansion(short)
        if full is None:
            return None
        e = next((e for e in reversed(self.entities) if e.name == full
                  or (e.type == "organization" and len(e.name.split()) >= 2 and full.endswith(" " + e.name)
                      and _QUALIFIER.fullmatch(full[:-len(e.name) - 1]))), None)
        if e is not None:
            e.aliases.add(short)
        return e

    def _expansion(self, short: str) -> str | None:
        """The full name a short form stands for where the article introduces it in brackets:
        'IEDCR' -> "Bangladesh's Institute of Epidemiology, Disease Control and Research"."""
        if not short or " " in short:
            return None
        pos = self.body.find(f"({short})")
        if pos < 0:
            return None
        before = self.body[max(0, pos - 160):pos]
        before = re.split(r"[.!?]\s|[;:\n\"“”()]", before)[-1]
        before = re.split(r",\s+the\s", before)[-1]  # ('Late on Sunday, the Kurdish-led ...')
        toks = _NAME_WORD.findall(before)
        i = len(toks)
        while i > 0 and (toks[i - 1][:1].isupper() or toks[i - 1] in _NAME_JOINERS):
            i -= 1
        toks = toks[i:]
        while toks and (not toks[0][:1].isupper() or toks[0] in ("The", "A", "An")):
            toks = toks[1:]
        if len(toks) < 2 or not any(t[:1].isupper() for t in toks[1:]):
            return None
        return " ".join(toks).replace(" ,", ",").rstrip("'’")  # ("Incomes Data Services' (IDS)")

    def _expansion_country(self, short: str) -> str | None:
        """The state of a body named by a short form the article introduced with its full name:
        the full name's own entity's ('Philippine Institute of Volcanology and Seismology
        (Phivolcs)'), or the state its name gives, or a state's office with no state named is the
        story's ('National Disaster ... Council'? only when a domestic word names it)."""
        full = self._expansion(short) if not self.g.home_country else None
        if full is not None and any(e.type == "person" and e.name != full and len(e.name.split()) >= 2
                                    and full.endswith(" " + e.name) for e in self.entities):
            return None  # 'Setya Novanto (Setnov)': a person's short name, not a body's
        for known, code in self.g.institution_names.items() if full is not None else ():
            if full == known or full.endswith(" " + known):
                return code  # ('Kurdish-led Syrian Democratic Forces (SDF)': no state's)
        if full is None or speaks_for_no_state(full) or self.g.is_former(full) or self.g.is_non_state(full) \
                or self.g.international_in(full) \
                or full.split()[-1] in self.g.private_body_tails:
            return None
        for e in self.entities:
            if e.name == full:
                return e.country
        # a state's name in a body's name makes the body the state's only as its owner ("Bangladesh's
        # Institute of Epidemiology") or with a word of the state's bodies ('... Ministry'), not as an
        # adjective of a private body's name ('American Film Institute (AFI)')
        words = {w.strip(",") for w in full.split()}
        owned = any(_POSSESSIVE_S.search(w) and self.g.finder.code_of(_POSSESSIVE_S.sub("", w)) for w in words)
        statish = bool(words & self.g.state_body_words) or bool(
            self.g.domestic_role_re is not None and self.g.domestic_role_re.search(full))
        if not (owned or statish):
            return None
        for e in self.entities:
            if e.country and e.name != short and len(e.name.split()) >= 2 and e.name in full:
                return e.country
        return self.g.role_country(full) or (self._home(full) if not self.g.home_country else None)

    def _foreign_institution(self, name: str) -> str | None:
        """An institution every state has (domestic_role_words: 'Kementerian Kehakiman', 'Kepolisian'),
        named without a state in a home-language story mostly about a foreign state: that state's
        (the same reading `_home` gives an office; never the home state's by this path). The name
        opens with the institution's word: 'Majelis Hakim Pengadilan Rakyat Permanen' is a tribunal's
        bench, not the story's state's judges."""
        dom = self.g.domestic_role_re
        if dom is None or dom.match(name) is None:
            return None
        if self._foreign_extension(name):
            return self.main_country  # ('Kementerian Pertahanan Sipil': not the home ministry)
        found = self._home(name)
        return found if found == self.main_country else None

    def _local_body(self, name: str | None) -> bool:
        """'Bradford Council': a local body's head word (local_body_heads) after one proper name
        that the article uses as a place ('in Bradford'), not a description ('Arts Council',
        'Muslim Council', 'Security Council')."""
        words = (name or "").split()
        if self.g.home_country or len(words) != 2 or words[1] not in self.g.local_body_heads \
                or not self.g.place_prepositions or words[0].casefold() in self.g.common \
                or self.g.finder.code_of(words[0]) is not None or speaks_for_no_state(name):
            return False
        preps = "|".join(re.escape(w) for w in self.g.place_prepositions)
        place = re.compile(rf"\b(?:{preps})[ \t]+{re.escape(words[0])}\b(?![ \t]+{re.escape(words[1])})")
        return bool(place.search(self.title or "") or place.search(self.body))

    def _domestic_body(self, name: str) -> str | None:
        """'Florida Highway Patrol', 'B.C. Coroners Service' (read as a person 'Highway Patrol'): a
        name that ends in a domestic body's words of two or more ('highway patrol') is that body."""
        dom = self.g.domestic_role_re
        if dom is None or speaks_for_no_state(name) or name.split()[-1] in self.g.private_body_tails:
            return None
        for m in dom.finditer(name):
            if m.end() == len(name) and " " in m.group() and name[m.start():m.start() + 1].isupper():
                return self._home(name)
        return None

    def _role_body_country(self, role: str | None) -> str | None:
        """'director of IEDCR': the state of the body (named by its short form) the office is in."""
        if not role or self.g.is_former(role) or self.g.is_non_state(role):
            return None
        if self.g.home_country:
            return self._home_short_form(role)
        for tok in role.replace(",", " ").split():
            tok = _POSSESSIVE_S.sub("", tok)
            if _CAPS_ACRONYM.fullmatch(tok) and self.g.finder.code_of(tok) is None:
                org = self.find_org(tok)
                if org is not None and org.country:
                    return org.country
                code = self._expansion_country(tok)
                if code:
                    return code
        return None

    def _home_short_form(self, role: str) -> str | None:
        """'Juru bicara KY' after 'Komisi Yudisial (KY)': an office in a body named by a short form
        the article introduced after the full name of one of the home state's institutions."""
        for tok in role.replace(",", " ").split():
            if _CAPS_ACRONYM.fullmatch(tok) and self.g.finder.code_of(tok) is None \
                    and f"({tok})" in self.body:
                full = self._expansion(tok)
                if full is not None and not self.g.is_non_state(full) \
                        and self._home_institution(full) == self.g.home_country:
                    return self.g.home_country
        return None

    def _after_body_name(self, p: Parsed) -> bool:
        """'Akhil Bharat Hindu Mahasabha (All India Hindu Union) president Swami Chakrapani': a head
        every body has (body_head_words) alone, right after a body's name or its gloss in brackets
        that ends the phrase before it, is that body's head."""
        if self.g.home_country or not p.role or self.g.body_head_re is None \
                or not self.g.body_head_re.fullmatch(p.role) or not p.role[:1].islower():
            return False
        before = self.body[max(0, p.start - 60):p.start]
        if not re.search(r"\)[ \t]+$", before):
            return False
        return not any(self.g.domestic_role_re is not None and self.g.domestic_role_re.search(w) for w in before.split()[-4:])

    def _acts_for_international_body(self, name: str) -> bool:
        """'Ratu Maxima dari Belanda yang bertindak sebagai Utusan Khusus Perserikatan Bangsa-Bangsa
        (PBB) untuk Inklusi Keuangan': where the article first names a person it says in which
        capacity they act (capacity_markers); an international body's office speaks for no state."""
        if self.g.capacity_re is None or self.g.international_re is None:
            return False
        pos = self.body.find(name)
        m = self.g.capacity_re.match(self.body, pos + len(name)) if pos >= 0 else None
        return m is not None and self.g.international_re.search(m.group("role")) is not None

    def _no_office_word_before(self, p: Parsed) -> bool:
        """'presiden terpilih AS Donald Trump', read from 'AS Donald Trump' on: a former word or
        one of the elected (elected_words) right before the phrase says he holds no office (yet).
        (A candidate may hold another: 'presidential candidate Elizabeth Warren' sits in the Senate.)"""
        before = self.body[max(0, p.start - 30):p.start]
        m = re.search(r"([\w-]+)[ \t]+\Z", before)
        # (not before a title of the phrase's own: 'former presidential candidate Senator Ted Cruz')
        return m is not None and (self.g.is_former(m.group(1)) or m.group(1).casefold() in self.g.elected_words) \
            and not self.g.has_title_word(p.role)

    def _past_numbered_holder(self, role: str | None, name: str | None) -> bool:
        """'Presiden ke-7 RI, Joko Widodo' in 2025: an office numbered by its holders, said of a
        well-known official whose listed terms the article's date lies outside of, is one he held.
        (Not of a holder in office: 'Presiden ke-8 RI Prabowo Subianto'; nor of one not listed.)"""
        return self.g.numbers_its_holders(role) and out_of_office(name, self.published)

    def _now_former(self, p: Parsed, e: Entity) -> bool:
        """'The now-former governor Pierluisi' after 'governor ... Pierluisi': he left the office
        within the story, so what he said in it he said for the state the office gave him."""
        return bool(e.country) and self.body[max(0, p.start - 4):p.start].casefold() == "now-"

    def _abroad_office(self, role: str | None, offset: int) -> str | None:
        """'Jaksa penuntut umum' in an Indonesian story of a trial in Malaysia, 'Menteri Kabinet' in
        one about Kuwait: where the story's state is undecided and the home state is named at most
        once (a news outlet's name, 'CNN Indonesia', is no mention), an office that would otherwise
        default to the home state is the office of the foreign state named last before it."""
        if not role or not self.g.home_country or self.main_country is not None or self._home_named_more_than_once \
                or self.g.home_rank_re is not None and self.g.home_rank_re.search(role) \
                or self._names_home_institution(role.casefold()) \
                or (self._home_office(role) or self._home(role)) != self.g.home_country:
            return None
        scene = self.abroad_scene(offset)
        if scene is not None:
            return scene
        state = self.local_state(offset)
        # (the story is about it: named three times or more, with its places)
        return state if state not in (None, self.g.home_country) and self._local_mentions[1][state] >= 3 else None

    @cached_property
    def _scene_mentions(self) -> list:
        """The mentions (outside quotes) of foreign states and places within them named as the
        place where things happen: 'di Amerika Serikat', 'di stasiun kereta di Milan, Italia'."""
        if self.g.scene_re is None:
            return []
        return sorted((m for m in self._local_mentions[0] if m.code != self.g.home_country
                       and self.g.scene_re.search(self.body[max(0, m.start - 80):m.start])), key=lambda m: m.start)

    @cached_property
    def _home_present(self) -> bool:
        """The home state named more than once, counting the names of its own institutions ('kata
        Rikwanto di Markas Besar Polri' in a story of a restaurant in London, Inggris: the home
        police speak)."""
        if self._home_named_more_than_once:
            return True
        home = [m for m in self._local_mentions[0] if m.code == self.g.home_country and not self._in_outlet_name(m)]
        found = self.g.home_institution_name_re.findall(self.body) if self.g.home_institution_name_re else []
        # ('DPR dan Senat' in a story about the US: the press's name for its House, no home body)
        found = [f for f in found if f not in self.g.shared_home_bodies]
        return len(home) + len(found) > 1

    def story_state(self, offset: int) -> str | None:
        """The state of an unnamed authority, force or office every state has at `offset`: the
        state the story is mostly about, else the foreign state it is set in (abroad_scene)."""
        return self.main_country or self.abroad_scene(offset) or self._home_alone

    @cached_property
    def _home_alone(self) -> str | None:
        """The home state, in a home-language story that names no other state (nor a place within
        one) anywhere, title and quotes included: 'kata polisi', 'jaksa', 'pemerintah' in a story
        naming Indonesia once or not at all are Indonesia's."""
        if not self.g.home_country:
            return None
        home = self.g.home_country
        if any(m.code != home for m in self._state_mentions) \
                or any(m.code != home for m in self.g.finder.find(self._title_read)):
            return None
        if self.g.within is not None and (self.g.within.find(self.body) or self.g.within.find(self._title_read)):
            return None
        return home

    def abroad_scene(self, offset: int) -> str | None:
        """In a home-language story whose state is undecided and that names the home state at most
        once (its dateline's outlet aside), the foreign state where the story is set: the one last
        named as a place before `offset` ('Polisi Italia menangkap ... di Milan, Italia', then 'kata
        Jaksa Milan'), else the one the title names as a place ('Diculik di Italia'), when named at
        least twice. A state named only as a person's or a body's ('warga Polandia', 'Konsulat
        Inggris') is no scene: an office every state has (police, prosecutors, courts, the army)
        that would otherwise default to the home state, or to none, is the scene's."""
        if not self.g.home_country or self.main_country is not None or self._home_present:
            return None
        title_scenes, body_scenes = self._scenes
        scenes = self._scene_mentions
        k = bisect.bisect_left(self._scene_starts, offset)  # (the last named before: no scan per speaker)
        if k:
            code = scenes[k - 1].code
            # (a scene the title gives, or the body twice: not 'kerusuhan di sebuah penjara di Meksiko'
            # once in a story whose title names the US and Mexico alike)
            return code if code in title_scenes or body_scenes[code] >= 2 else None
        return next(iter(title_scenes)) if len(title_scenes) == 1 else None

    @cached_property
    def _scene_starts(self) -> list[int]:
        return [m.start for m in self._scene_mentions]

    @cached_property
    def _scenes(self) -> tuple[set, Counter]:
        """The foreign states the title names as a place ('Diculik di italia'), and how often the
        body does (_scene_mentions)."""
        title = self._title_read
        found = [m for m in self.g.finder.find(title) if m.code != self.g.home_country]
        if self.g.within is not None:
            found += self.g.within.find(title)
        in_title = {m.code for m in found if self.g.scene_re.search(title[max(0, m.start - 80):m.start])}
        return in_title, Counter(m.code for m in self._scene_mentions)

    @cached_property
    def _home_named_more_than_once(self) -> bool:
        home = [m for m in self._local_mentions[0] if m.code == self.g.home_country]
        return sum(1 for m in home if not self._in_outlet_name(m)) > 1

    def _in_outlet_name(self, m) -> bool:
        """'CNN Indonesia': a state's name closing a news outlet's name; 'Jakarta, CNN Indonesia --',
        'Jakarta (ANTARA News) -': the dateline's place, where the story was filed, before one."""
        before = self.body[max(0, m.start - 40):m.start].split()
        if any(is_news_outlet(" ".join(before[-k:] + [self.body[m.start:m.end]])) for k in (1, 2) if len(before) >= k):
            return True
        after = re.match(r"[ \t]*[,(][ \t]*([^,()\n]{2,40}?)[ \t]*(?:\)|--|-|–|—)", self.body[m.end:m.end + 60])
        return after is not None and is_news_outlet(after.group(1))

    def _home_office(self, role: str | None) -> str | None:
        """'Menteri Agama', 'Irjen Kementerian Agama' under a 'Jeddah (ANTARA News)' dateline: an
        office or institution only the home state has outweighs the place the story was filed from."""
        if not role or not self.g.home_country or self.g.is_former(role) or self.g.is_non_state(role):
            return None
        r = role.casefold()
        if any(u in r for u in self.g.non_home_units) or self.g.finder.find(role):
            return None
        if self.g.international_in(role):
            return None  # ('kata Dirjen PBB di Jenewa': a title in an international body, no state's)
        if self._shared_home_title(r):
            return None  # ('Ketua DPR Mike Johnson' in a story mostly about the US: see _home)
        if self._is_home_title(r) or self._names_home_institution(r):
            return self.g.home_country
        return None

    def _shared_home_title(self, role: str) -> bool:
        """'Ketua DPR' (shared_home_titles), alone, in a story mostly about a foreign state that
        names the home state and its institutions at most once: the press's name for that state's
        parliament (the US House of Representatives), not the home one."""
        if self.main_country in (None, self.g.home_country) or self._home_present:
            return False
        role = role.strip()
        if role in self.g.shared_home_titles or role.casefold() in self.g.home_head_titles:
            # ('kata presiden' in a story about the US: its president; a head title with a body
            # after it, 'Presiden Barcelona', heads no state, see _heads_other_body)
            return True
        # ('Menteri Pendidikan' in a story about Kenya: every state's minister of a field; not one
        # of a home institution, 'Menteri Pendidikan dan Kebudayaan' stays home via home_titles read first)
        return _is_or_opens_with(role.casefold(), self.g.shared_home_heads) \
            and not self._names_home_institution(role) and not self.g.finder.find(role)

    def _heads_other_body(self, role: str) -> bool:
        """'presiden direktur stark craft beer', 'wakil presiden eksekutif', 'presiden ferrari':
        a head title followed by words that are not the state's."""
        for t in self.g.home_head_titles:
            if role == t or role.startswith(t + " "):
                rest = [w.strip("(),.-") for w in role[len(t):].split()]
                rest = [w for w in rest if w and not re.fullmatch(r"ke-?\d+|\d+", w)]
                return bool(rest) and not all(w in self.g.home_head_tails or w in self.g.stopwords
                                              or w in self.g.subject_particles for w in rest) \
                    and not self._names_home_institution(role)
        return False

    def _bare_home_head(self, role: str | None) -> bool:
        """'presiden', 'Wakil Presiden': a head title of home_head_titles with nothing after it."""
        return bool(role) and role.casefold().strip() in self.g.home_head_titles

    def _is_home_title(self, role: str) -> bool:
        """`role` (casefolded) is or opens with a title only the home state has ('menlu ...'), and
        heads no other body ('presiden direktur ...')."""
        return _is_or_opens_with(role, self.g.home_titles) and not self._heads_other_body(role)

    def _names_home_institution(self, phrase: str) -> bool:
        return self.g.home_institution_re is not None \
            and self.g.home_institution_re.search(_padded_words(phrase.casefold())) is not None

    def _introduction(self, name: str) -> tuple[str | None, str | None]:
        """(role, state) from where the article introduces a person it later quotes without a role:
        'an interview with Gáspár Maróth, the Hungarian Government commissioner responsible
        for defence, ...' -> the commissioner, HU."""
        pos = self.body.find(name)
        if pos < 0 and "-" in name:
            # ('Abdul Ghani al - Assadi' in a detokenised text is the 'al-Assadi' of the name)
            name = name.replace("-", " - ")
            pos = self.body.find(name)
        m = _INTRODUCED_AS.match(self.body, pos + len(name)) if pos >= 0 else None
        role, country = self._introduced_role(m) if m is not None else (None, None)
        if role is None:
            # (', NAME,': the apposition closes after the name, so the office before it is the name's)
            closed = self.body.startswith(",", pos + len(name)) if pos >= 0 else False
            found = self._role_before(pos, closed) if pos > 0 else (None, None)
            return found if found[0] is not None or pos < 0 else self._described_next(pos + len(name))
        if role is not None and country is None and not self.g.is_non_state(role) and not self.g.home_country:
            # 'Colin Sutherland, Lord Carloway, the Lord President of the court': a title of
            # honour, then the office
            nxt = _INTRODUCED_AS.match(self.body, m.end())
            if nxt is not None and nxt.group("det"):
                country = self._introduced_role(nxt)[1]
        return role, country

    def _past_furniture(self, pos: int) -> int:
        """`pos`, or past the page furniture lines that follow it ('SCROLL TO CONTINUE WITH CONTENT'
        between two sentences of the story): the spans find_furniture marked as no facts."""
        while True:
            at = pos + len(self.body[pos:pos + 200]) - len(self.body[pos:pos + 200].lstrip())
            nxt = next((e for s, e in self.ignored if s == at and e > at), None)
            if nxt is None:
                return pos
            pos = nxt

    def _described_next(self, end: int) -> tuple[str | None, str | None]:
        """(role, state) of a person the article first names without an office, from the sentence
        right after, which opens on the office and a demonstrative ('..., kata Rano. Wakil Ketua
        Komisi III DPR itu kemudian ...'): in a language of one home state, where the press gives
        the office of a person quoted first by name alone so. Not a time ('Gubernur X saat itu'),
        nor an office whose holder the phrase names ('Kapolres Sukamaju Budi ini')."""
        if not self.g.home_country or self.g.described_next_re is None:
            return None, None
        stop = _SENTENCE_CLOSE.search(self.body, end, end + 400)
        if stop is None:
            return None, None
        at = self._past_furniture(stop.end())
        m = self.g.described_next_re.match(self.body, at)
        if m is None:
            return None, None
        role = m.group("role")
        words = role.split()
        # (an office's words are capitalised but for its connectors: not 'Jaksa mengatakan peristiwa itu')
        # (and names a body: 'Komandan itu' alone points back at an unnamed commander, see _unnamed)
        if not _is_or_opens_with(role.casefold(), self.g.title_set) or self.g.is_clause(role) \
                or all(w.casefold().rstrip(".") in self.g.title_words for w in words) \
                or words[-1].casefold() in self.g.time_nouns \
                or any(not w[:1].isupper() and not w[:1].isdigit() and w not in self.g.role_connector_words
                       for w in words):
            return None, None
        found = self.g.match_at(self.body, m.start("role"))
        if found is not None:
            nxt = self.g.parse(self.body, m.start("role"), found.end(), self.lowercase_words, False, self.midcaps)
            if nxt is not None and nxt.type == "person" and nxt.name:
                return None, None
        if self.g.holds_no_office(role) or self.g.is_non_state(role):
            return role, None
        return role, self.g.role_country(role) or self._home(role)

    def _role_before(self, pos: int, closed: bool = False) -> tuple[str | None, str | None]:
        """(role, state) of the office put in apposition before a name where the article first
        names the person: 'ujar Duta Besar Republik Indonesia di New York, Abdul Kadir Jailani,'
        -> ID; 'Sementara itu, juru bicara departemen layanan darurat, Motjaba Khaledi, mengatakan'
        -> the office, read as the story's state's. The role opens with a title word and only a
        cue verb, an opener or a determiner may stand before it in its clause ('After meeting the
        president, Smith said' puts no office before Smith). In a language of one home state, where
        the apposition also closes after the name ('melakukan audiensi dengan Kepala Kantor
        Perwakilan Bank Indonesia Provinsi Sumatera Selatan, NAME, Senin ...', 'disambut Duta Besar
        Pakistan, NAME, yang ...'), any words may stand before the office: it opens at its title."""
        m = _ROLE_BEFORE.search(self.body, max(0, pos - 160), pos)
        if m is None and self.g.home_country:
            m = _ROLE_BEFORE_SHORT.search(self.body, max(0, pos - 160), pos)
        if m is None:
            return None, None
        words = m.group("role").split()
        dash = max((i for i, w in enumerate(words) if w in _DASHES), default=None) if self.g.home_country else None
        if dash is not None:
            words = words[dash + 1:]  # ('Jakarta, CNN Indonesia -- Ketua DPD, NAME': the dateline ends at its dash)
        first = next((i for i, w in enumerate(words) if w.casefold().rstrip(".") in self.g.title_words
                      and w.casefold() not in self.g.role_lead_words), None)
        if first is not None and closed and self.g.home_country \
                and not all(w.casefold() in self.g.role_lead_words or w in self.g.opener_set for w in words[:first]):
            # (the office opens at its first title word after the last word that is no part of an office)
            first = next((i for i in range(first, len(words))
                          if words[i].casefold().rstrip(".") in self.g.title_words
                          and words[i].casefold() not in self.g.role_lead_words
                          and _is_or_opens_with(" ".join(words[i:]).casefold(), self.g.title_set)
                          and not self.g.is_clause(" ".join(words[i:]))), None)
            if first is None:
                return None, None
        elif first is None or not all(w.casefold() in self.g.role_lead_words or w in self.g.opener_set
                                      for w in words[:first]):
            return None, None
        role = " ".join(words[first:])
        # (it opens with a title, not merely a word of one: 'For the Welsh Liberal Democrats, NAME')
        if not (_is_or_opens_with(role.casefold(), self.g.title_set)
                or (self.g.lower_role_start is not None and self.g.lower_role_start.match(role))) \
                or self.g.holds_no_office(role) or self.g.is_non_state(role) or self.g.is_clause(role):
            return None, None
        # ('Menteri Luar Negeri Retno Marsudi, Budi Santoso': a titled person of a list, not an office)
        start = m.start("role") + m.group("role").index(words[first])
        found = self.g.match_at(self.body, start)
        if found is not None:
            nxt = self.g.parse(self.body, start, found.end(), self.lowercase_words, False, self.midcaps)
            if nxt is not None and nxt.type == "person" and nxt.name:
                return None, None
        return role, self.g.role_country(role) or self._home(role)

    def _office_of_story_state(self, name: str) -> str | None:
        """'Letnan Jenderal Sansern Kaewkamnerd, juru bicara pemerintahan, mengatakan' in an
        Indonesian story mostly about Thailand: a rank or title that gives no state, then an office
        in apposition that every state has (domestic_role_words), is the office of the story's state.
        (An apposition that names a state is read before: 'komandan senior AS di Afghanistan'; one
        whose state's name is inside another name is no state's: 'Kepala Burma Task Force'.)"""
        if not self.g.home_country or self.main_country in (None, self.g.home_country):
            return None
        role, state = self._introduction(name)
        if role is None or self.g.finder.find(role):
            return None
        return state if state == self.main_country else None

    def _introduced_role(self, m: re.Match) -> tuple[str | None, str | None]:
        role = m.group("role").strip()
        words = role.split()
        # a role phrase, not the clause after the name: it opens with a determiner, a title or
        # a state's name, and has a title among its first words
        opens = (m.group("det") or words[0].casefold() in self.g.title_words
                 or self.g.finder.code_of(words[0]) is not None) \
            and not (words[0].islower() and words[0] in self.g.connectors  # ', dalam jumpa pers
                     and not (self.g.lower_role_start is not None  # (', the head of the ... Command')
                              and self.g.lower_role_start.match(role)))
        if not opens or self.g.is_former(role) or not any(
                w.casefold().rstrip(".") in self.g.title_words for w in words[:6]):
            return None, None
        if self.g.is_clause(role):
            return None, None  # 'Dee Margo, police were investigating ...': the sentence goes on
        if self.g.home_country:
            # 'General Manager ... Yanuar Budi Hartanto, Bupati Sambas Atbah Romin Suhaili, dan ...':
            # a title and a full name after the comma are the next person of a list
            start = m.start("role") + len(m.group("role")) - len(m.group("role").lstrip())
            found = self.g.match_at(self.body, start)
            if found is not None and found.end() == start + len(role):
                nxt = self.g.parse(self.body, start, found.end(), self.lowercase_words, False, self.midcaps)
                if nxt is not None and nxt.type == "person" and nxt.role and len((nxt.name or "").split()) >= 2:
                    return None, None
        return role, self.g.role_country(role) or self._home(role)

    def _home_institution(self, name: str | None) -> str | None:
        """`Kementerian Luar Negeri` with no country, in Indonesian news: Indonesia's. (A
        foreign ministry named earlier with its country is found before this is asked.)"""
        if name and self.g.home_country and (name.casefold() in self.g.home_institutions
                                             or (self._names_home_institution(name)
                                                 and not self._foreign_extension(name))):
            return self.g.home_country  # ('Badan Pengkajian dan Pengembangan Kebijakan Kemlu')
        if name and self.g.home_country and (name.casefold() in self.g.home_local_institutions
                                             or (" " in name and name.split()[0].casefold() in self.g.home_local_heads)) \
                and self.main_country in (None, self.g.home_country):
            return self.g.home_country  # 'Kejaksaan Agung', not in a story mostly about Venezuela
        return None

    def _bare_rank_state(self, role: str | None, name: str) -> str | None:
        """'pemimpin angkatan bersenjata Perancis, Jenderal Pierre de Villiers' read with the role
        'Jenderal': a rank every army has (rank_titles), alone, in a story mostly about a foreign
        state, with no office in apposition (not 'Letnan Jenderal Sansern Kaewkamnerd, Kepala Burma
        Task Force'), is an officer of that state. (The Indonesian forms are home_rank_words.)"""
        if not role or role.casefold().strip() not in self.g.rank_titles or not self.g.home_country \
                or self.main_country in (None, self.g.home_country):
            return None
        role, state = self._introduction(name)
        return self.main_country if role is None or state == self.main_country else None

    def _force_role_state(self, role: str | None, offset: int) -> str | None:
        """'Manzurul Hassan Khan, petugas perbatasan lainnya': a role that opens with a word of a
        state's forces (unnamed_state_forces: polisi, tentara, petugas perbatasan) and names no state
        is the force of the story's state (story_state), as an unnamed member of it is. (Not
        'pengamat militer': the head is an analyst.)"""
        if not role or not self.g.home_country or self.g.force_start_re is None \
                or not self.g.force_start_re.match(role) or self.g.is_non_state(role) \
                or self.g.is_former(role) \
                or self.g.international_in(role):
            return None
        return self.story_state(offset)

    def _scene_institution(self, name: str | None, offset: int) -> str | None:
        """'Polisi', 'Kejaksaan' (home_local_institutions: every state has them) with no state
        named, in a story set abroad (abroad_scene): the scene's, not the home state's."""
        if not name or not self.g.home_country or name.casefold() not in self.g.home_local_institutions \
                or self._names_home_institution(name):
            return None
        return self.abroad_scene(offset)

    def _foreign_extension(self, name: str) -> bool:
        """'Kementerian Pertahanan Sipil' in a story mostly about New Zealand: a home institution's
        full name (of two words or more) that goes on with capitalised words of its own (not a
        short form, a home place nor 'RI') names another body, the foreign state's, not the home
        one inside it."""
        if self.main_country in (None, self.g.home_country):
            return False
        padded = _padded_words(name.casefold())
        m = self.g.home_institution_re.search(padded)
        if m is None or len(m.group().split()) < 2:
            return False
        words = _padded_words(name).split()
        rest = words[len(padded[:m.end()].split()):]
        own = [w for w in rest if w[:1].isupper() and not w.isupper()
               and w.casefold() not in self.g.home_head_tails]
        return bool(own) and " ".join(w.casefold() for w in own) not in self.g.local_places \
            and not all(w.casefold() in self.g.local_places for w in own)

    def _international_name(self, name: str | None) -> bool:
        """'Red Cross', 'Philippine Red Cross': a name that ends in an international body's
        (international_bodies) names that body or a branch of it, no state's."""
        if not name or self.g.international_re is None:
            return False
        # (not 'Permanent Mission of Iran to the UN', 'Perwakilan Tetap Indonesia untuk PBB': a
        # state's office there)
        return any(m.end() == len(name) and not any(w.casefold() in self.g.host_words for w in name[:m.start()].split())
                   for m in self.g.international_re.finditer(name))

    def _role_person_country(self, role: str | None) -> str | None:
        """`Juru bicara Erdogan` -> Erdogan's country."""
        if not role or self.g.is_non_state(role):
            return None
        if self.g.international_in(role):
            return None  # 'spokesman for EU trade commissioner Peter Mandelson': the EU's
        # an office of one's own ('senior vice president Boeing', 'Standard Chartered chief executive',
        # 'Iranian Grand Master') is nobody else's: only someone's deputy ('Juru bicara Erdogan',
        # "Merkel's spokesperson", 'Trump adviser'), the second of two named together ('Nikos
        # Christodoulides and', 'I Ketut Sunadra dan') or words with no office ('Bueckert pada') take
        # the state of the person named
        folded = f" {role.casefold()} "
        if any(w.casefold().strip(".,()") in self.g.title_words for w in role.split()) \
                and not (any(f" {d} " in folded for d in self.g.deputy_roles)
                         or role.split()[-1].casefold() in self.g.coordinator_words
                         or any(_POSSESSIVE_S.search(t) for t in role.split())):
            return None
        toks = role.split()
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            if i + 1 < len(toks) and toks[i + 1][:1].isupper() and toks[i + 1].casefold() in self.g.non_name:
                continue  # 'Amazon Environmental Research Institute Director': a word of a body's name
            if self.g.within is not None and self.g.within.code_of(_POSSESSIVE_S.sub("", tok)):
                continue  # 'Montana Secretary of State': a place, not a person
            if tok[:1].isupper() and tok.casefold() not in self.g.title_words \
                    and self.g._namelike(_POSSESSIVE_S.sub("", tok)):  # a name, not 'Institute'
                e = self.find_person(_POSSESSIVE_S.sub("", tok))
                if e is not None and e.country:
                    return e.country
        return None

    def _new(self, name: str, kind: str, offset: int) -> Entity:
        e = Entity(name=name, type=kind, first=offset)
        e.own_voice = kind == "organization" and name.casefold() in self.self_speaking_outlets
        # (it speaks only through its spokesperson: a later 'she said' after it is still hers)
        e.voiced = e.own_voice
        self.entities.append(e)
        return e

    def resolve(self, p: Parsed, offset: int) -> Entity | None:
        """The entity a phrase in the text refers to (registering it when new)."""
        p = self._nickname_person(p)
        if p.type == "role" and p.role and p.role.casefold() in self.g.given_name_titles:
            # 'kata Imam' after 'Anggota Dewan Pers Imam Wahyudi': the given name, not the title
            named = self.find_person(p.role)
            if named is not None and named.first <= offset and len(named.name.split()) >= 2:
                return named
        if p.type == "role" and p.role in self.g.title_surnames:
            # 'said White' after 'Jake White claimed ...', 'said King' after 'Paul King': a title
            # that is also a surname, alone, is the surname of a person named in full before
            named = self.find_person(p.role)
            if named is not None and named.first <= offset and len(named.name.split()) >= 2 \
                    and named.name.split()[-1] == p.role:
                return named
        if p.type == "role":
            # "Presiden", "the minister": the last entity with that role before here.
            role = (p.role or "").casefold()
            full = self.g.title_short_forms.get(role)
            best = None
            head = False  # (best holds the office itself, not one whose title ends with it)
            for off, e in self.mentions:
                if off > offset:
                    break
                if e.role and self.g.shadows(e.role, role):
                    continue  # ('the Foreign Secretary' is not 'Shadow foreign secretary Michael Ancram')
                if e.role and (e.role.casefold() == role or e.role.casefold().startswith(role + " ")):
                    best, head = e, True
                elif e.role and e.role.casefold().endswith(" " + role):
                    # ('Presiden meminta ...' after 'Presiden Joko Widodo' and 'Wakil Presiden Ma'ruf
                    # Amin': the president, not the one whose title ends with his)
                    best = best if head else e
                elif full and e.role and (e.role.casefold() == full or e.role.casefold().startswith(full + " ")):
                    # ('kata Menlu' after 'Menteri Luar Negeri Retno Marsudi': the same office)
                    best, head = e, True
                elif e.role and role and e.type == "person" and len(e.name.split()) >= 2 \
                        and f" {role} " in f" {e.role.casefold()} ":
                    # 'the commissioner': 'Hungarian Government commissioner responsible for defence'
                    best = best if head else e
            if best is not None and best.name != best.role:
                return best
            # (before the unnamed holder of an earlier sentence: 'The prime minister conceded ...'
            # after 'Mr Blair refused ...' is Tony Blair whatever 'the prime minister' was before)
            named = self._official_named_just_before(p, offset)
            if named is not None:
                return named
            if best is not None:
                return best
            for e in self.entities:
                # (a bare title is not a holder the article names only later: 'Jaksa agung Masyhad
                # mengatakan' before '... kata Jaksa Penuntut Kashan' is another prosecutor; 'the
                # Indian Prime Minister' is the one named later)
                if e.role and e.role.casefold() == role and (e.first <= offset or " " in role):
                    return e
            if p.role and (self.g.inst_head_re is not None and self.g.inst_head_re.match(p.role.split()[-1])):
                return None
            e = Entity(name=p.role or p.text, type="person", role=p.role, first=offset)
            e.country = p.country or self.office_state(p.role, offset)
            self.entities.append(e)
            return e
        if p.type == "organization" and p.name and " " not in p.name:
            full = self.short_form_of(p.name)
            if full is not None:
                return full  # ('The SDF said' after 'the Syrian Democratic Forces (SDF)')
        if p.type == "organization" and p.name:
            existing = self.find_org(p.name)
            if existing is not None:
                existing.voiced = existing.voiced or bool(p.role)
                return existing
        e = self.add(p, offset)
        if e is not None and p.type == "organization" and p.role:
            e.voiced = True
        if e is not None and e.country is None and e.type == "person" and not e.registered and not e.no_office \
                and not self.g.is_former(e.role) and not speaks_for_no_state(e.name, self.published):
            e.country = (None if self.g.is_candidate(e.role) else self.official(e.name)) \
                or self.heading_country(offset)
        return e

    def office_state(self, role: str | None, offset: int) -> str | None:
        """The state an unnamed holder of an office that names no state speaks for: an office only
        the home state has, the section's state, or an office every state has of the state the
        story is about ('juru bicara kepolisian' in a story set in Britain)."""
        return self._home_office(role) or self.heading_country(offset) \
            or self._home(role) or self._local_office(role, offset)

    def _official_named_just_before(self, p: Parsed, offset: int) -> Entity | None:
        """'Tony Blair has launched an attack on ... The prime minister has told a Labour Party
        gathering ...': a state's office with no holder named and no state, right after a sentence
        that names one well-known official in office (and no other person) whose office the article
        never gives, is that official, named again by office. (Not where the language's articles
        are mostly about one home state: its offices are introduced with their holders.)"""
        if self.g.home_country or p.country or not p.role or self.g.domestic_role_re is None \
                or not self.g.domestic_role_re.search(p.role) or self.g.heads_other_body(p.role) \
                or self.g.is_former(p.role) or self.g.is_non_state(p.role):
            return None
        here = _sentence_start(self.body, offset)
        end = here - 1
        while end > 0 and self.body[end - 1] in " \t\n\"”'’":
            end -= 1
        before = _sentence_start(self.body, end - 1) if end > 0 else 0
        people = {id(e): e for off, e in self.mentions if before <= off < offset and e.type == "person"}
        if len(people) != 1:
            return None
        (e,) = people.values()
        if (e.role and e.role.casefold() not in self.g.person_titles) or self.official(e.name) is None:
            return None  # (a courtesy title, 'Mr Blair', gives no office)
        return e

    def note(self, offset: int, e: Entity) -> None:
        bisect.insort(self.mentions, (offset, e), key=lambda x: x[0])

    def _coordinated_people(self, start: int, end: int, at_start: bool) -> list[Parsed]:
        """The two people of a phrase joined by a coordinator, each with a full name of their
        own ('Senator Elizabeth Warren of Massachusetts and Michael Bloomberg'), else []."""
        phrase = self.body[start:end]
        if not any(f" {c} " in phrase for c in self.g.coordinator_words):
            return []  # (most phrases join no one: asked before any pattern)
        # (each word between blanks is asked: 'Presiden AS Donald Trump dan ...' has 'dan' after an
        # even number of words)
        cuts = [m for m in re.finditer(r"(?<=[ \t])\S+(?=[ \t])", phrase) if m.group() in self.g.coordinator_words]
        if len(cuts) != 1:
            return []
        cut = cuts[0]
        left = self.g.parse(self.body, start, start + cut.start() - 1, self.lowercase_words, at_start, self.midcaps)
        right = self.g.parse(self.body, start + cut.end() + 1, end, self.lowercase_words, False, self.midcaps)
        if any(q is None or q.type != "person" or len((q.name or "").split()) < 2
               or not all(w[:1].isupper() for w in q.name.split()) for q in (left, right)):
            return []
        for q in (left, right):
            # ('the Ford Five Hundred and Mercury Montego sedans', 'Tories Ken Clarke and Sir George
            # Young': a word the article also writes in lower case, a state's or a known body's
            # name is no part of a person's name)
            words = q.name.split()
            if any(w.casefold() in self.lowercase_words or self.g.finder.code_of(w) is not None
                   or w in self.g.institution_names for w in words) \
                    or all(w.casefold() in self.g.common for w in words[1:]):
                return []  # (nor do common words alone follow a first name: 'Ford Five Hundred')
        if at_start and not left.role:
            return []  # ('Irishmen JP McManus and John Magnier, who own ...': a sentence's first word)
        return [left, right]

    def _plural_role(self, role: str | None) -> bool:
        """'NASA astronauts', 'Senators': a role whose last word is the plural of a title or a
        profession."""
        last = (role or "").split()[-1:] or [""]
        word = last[0].casefold()
        return len(word) > 3 and word.endswith("s") and (word[:-1] in self.g.title_words
                                                          or word[:-1] in self.g.profession_words)

    def prescan(self) -> None:
        """Register every person/institution phrase of the article, in text order."""
        body = self.body
        g = self.g
        prev: Parsed | None = None
        for m in g.phrase.finditer(body):
            if any(s <= m.start() < e for s, e in self.ignored):
                continue
            # sentence start: previous non-space char is a sentence end or line start
            j = m.start() - 1
            while j >= 0 and body[j] in " \t\"“”'‘«„(":
                j -= 1
            at_start = j < 0 or body[j] in ".!?\n:"
            p = g.parse(body, m.start(), m.end(), self.lowercase_words, at_start, self.midcaps)
            short = _SHORT_FORM_AFTER.match(body, m.end()) if p is None or p.type == "person" else None
            if short is not None:
                name = _LEADING_THE.sub("", body[m.start():m.end()])
                if name and len(name.split()) >= 2 and len(re.sub(r"[&.]", "", short.group("short"))) >= 2 \
                        and _initials_match(name, short.group("short").upper()):
                    # 'Pacific Gas and Electric (PG&E)': a name its short form spells is a body's
                    p = Parsed(name, m.end() - len(name), m.end(), None, name, "organization",
                               p.country if p is not None else None)
            pair = self._coordinated_people(m.start(), m.end(), at_start)
            if pair:
                # 'Senator Elizabeth Warren of Massachusetts and Michael Bloomberg': two people, each
                # known by their own name from here on (not one whose role is the other)
                left, right = pair
                if right.role is None and self._plural_role(left.role):
                    # ('NASA astronauts Bob Behnken and Doug Hurley': the plural office is both's)
                    right = pair[1] = _copy_parsed(right)
                    right.role, right.country = left.role, left.country
                for q in pair:
                    e = self.add(q, q.start)
                    if e is not None:
                        self.note(q.start, e)
                prev = pair[-1]
                continue
            if p is None:
                continue
            if (p.type == "person" and prev is not None and prev.type == "principal" and not p.role
                    and re.fullmatch(r",\s*", body[prev.end:p.start])):
                # 'Juru bicara Erdogan, Ibrahim Kalin': apposition gives role and country.
                principal = self.add(prev, prev.start)
                p.role = prev.text
                p.country = p.country or (principal.country if principal else None)
            elif (p.type == "person" and prev is not None and prev.type == "role"
                  and (not p.role or (" " not in p.role and p.role.casefold().rstrip(".") in self.g.title_words
                                      and " " in (prev.role or prev.text)))
                  and len((p.name or "").split()) >= 2 and re.fullmatch(r",[ \t]*", body[prev.end:p.start])
                  and not self.g.is_clause(prev.text)
                  and (prev.role or prev.text).split()[0].casefold().rstrip(".") in self.g.title_words):
                # 'Komisioner Komnas HAM, Natalius Pigai': a role in apposition before the name
                # (before a rank alone too: 'Kepala Pusat Komunikasi Publik Kemenhan, Brigjen Totok
                # Sugiarto' holds the office, whose state the rank does not say)
                p.role = prev.role or prev.text
                p.country = p.country or prev.country
            elif p.type == "principal":
                self.add(p, p.start)
            if p.type == "person" and not p.role and len((p.name or "").split()) >= 2:
                self._apposed_role(p)
            elif p.type == "person" and not p.role and p.name and p.name[:1].isupper():
                # ('Kepala Dinas Pendidikan (Dikpora), Kabupaten Dompu, Rifaid memastikan': a
                # one-word name after the listed office that opens its sentence; the looser
                # appositions stay for full names, a lone capitalised word being more often no one)
                self._listed_office_role(p, self._sentence_opening(p), one_word=True)
            if p.type == "person" and p.country is None and (p.role or len((p.name or "").split()) >= 2):
                self._lower_office_after(p)
            prev = p
            lead = _LAST_WORD.search(body, max(0, m.start() - 20), m.start()) \
                if p.type == "person" and p.role and p.role[:1].islower() else None
            if lead is not None and self.g.is_former(lead.group(1)) and not self.g.is_former(p.role):
                # 'mantan perdana menteri Haiti Laurent Lamothe': the lower-case office the phrase
                # opens with is one he held, written after the word that says so
                p.role, p.country = f"{lead.group(1)} {p.role}", None
            if p.type == "person" and p.country is None and p.role and p.role[:1].islower():
                # 'Italian economic development minister Stefano Patuanelli': the state named just
                # before the lower-case description is the role's
                lead = _DESCRIBED_BY.search(body, max(0, m.start() - 80), m.start())
                if lead is not None and not self.g.is_non_state(f"{body[lead.end(1):m.start()].strip()} {p.role}"):
                    # (not a team's or a firm's: 'British team member Jane Doe' is an athlete)
                    p.country = self.g.finder.code_of(lead.group(1))
            if p.type == "person" and p.name and (p.role or len(p.name.split()) > 1 or self._registry(p.name)):
                e = self.add(p, p.start)
                if e is not None:
                    self.note(p.start, e)
            elif p.type == "organization":
                e = self.add(p, p.start)
                if e is not None:
                    self.note(p.start, e)
        self._nicknames()
        # a body named by a short form before the article spells it out ('... (IEDCR)'), and the
        # offices in it ('director of IEDCR'): once every name is known
        for e in self.entities:
            if e.country is None and not e.registered and " " not in e.name and not e.role:
                e.country = self._expansion_country(e.name)
        for e in self.entities:
            if e.country is None and not e.registered and e.type == "person" and e.role:
                e.country = self._role_body_country(e.role)
        # 'Menteri Hukum dan HAM Yasonna Laoly ...', later 'Yasonna juga mempersilakan ...': the words
        # of a full name the article gave are names when they open a sentence alone
        known = {w for e in self.entities if e.type == "person" and len(e.name.split()) >= 2
                 for w in e.name.split() if w[:1].isupper() and w.casefold() not in g.common
                 and w.casefold() not in self.lowercase_words}
        if known - self.midcaps:
            self.midcaps |= known
            # (phrases read before this with the smaller set are read again: only those it turned
            # down can read differently, a larger set never turns down more)
            if g._memo_text is body:
                g._memo = {k: v for k, v in g._memo.items() if v is not None}

    def _apposed_role(self, p: Parsed) -> None:
        """An office in apposition that the phrase reader does not join to the name: after it, a
        state's lower-case office ('Ricardo Rosselló Nevares, Puerto Rico's governor, announced'),
        or before it, a definite office opening the sentence ('The head of the UK's counter terror
        police, Neil Basu, said')."""
        body, g = self.body, self.g
        after = _STATE_OFFICE_AFTER.match(body, p.end)
        if after is not None and after.group("office").split()[-1].casefold() in g.title_words:
            code = g.finder.code_of(after.group("state"))
            if code is not None:
                p.role = f"{after.group('state')}{after.group('s')} {after.group('office')}"
                p.country = p.country or code
                return
        start = self._sentence_opening(p)
        if self._listed_office_role(p, start):
            return
        before = _OFFICE_BEFORE.search(body, start, p.start)
        before = self._past_apposed_places(before, start)
        if g.determiners_re is None and before is not None:
            prefix = body[start:before.start()].strip()
            if prefix == "" or prefix.endswith(","):
                # (from the sentence's or a clause's start: '... di Washington, sekaligus ...')
                self._bare_office_before(p, before.group("office").strip())
            return
        if before is None or not body[start:before.start()].strip() == "":
            return
        det = g.determiners_re.match(before.group("office"))
        office = before.group("office")[det.end():] if det else None
        words = office.split() if office else []
        if not words or not any(w.casefold().rstrip(".") in g.title_words for w in words[:3]) \
                or g.is_clause(office):
            return
        p.role = office
        p.country = p.country or g.role_country(office)

    def _sentence_opening(self, p: Parsed) -> int:
        """Where the sentence the name stands in opens, past its leading blanks."""
        start = _sentence_start(self.body, p.start)
        return start + len(self.body[start:p.start]) - len(self.body[start:p.start].lstrip())

    def _listed_office_role(self, p: Parsed, start: int, one_word: bool = False) -> bool:
        """'Kepala Dinas Pemuda, Olahraga (Dispora) Provinsi Sumatera Selatan,
        Budi Santoso, mengatakan': a title and a body's capitalised name, its fields listed with
        commas or its short form in brackets (and the district and province set off by commas:
        '..., Kabupaten Bima, Provinsi NTB, Rahmat'), opening the sentence before
        the name, is the name's office (in a language without articles; sentence start from `start`).
        `one_word`: the name is one word, and the office is taken only when it says whose it is."""
        body, g = self.body, self.g
        if g.determiners_re is not None:
            return False
        lead = g.openers_re.match(body[start:p.start]) if g.openers_re is not None else None
        lead_end = start + lead.end() if lead is not None and lead.group().rstrip().endswith(",") else start
        # ('Sementara itu, Kepala Dinas ...': after an opener and its comma)
        listed = _LISTED_OFFICE.fullmatch(body, lead_end, p.start)
        if listed is None or not self._opens_with_title(listed.group("office")) \
                or g.is_clause(listed.group("office")):
            return False
        office = listed.group("office")
        code = g.role_country(office)
        if one_word and code is None and not g.is_non_state(office) \
                and not self.office_state(office, p.start):
            # ('Direktur Kerja Sama, Mardisontori': an office that names neither its state nor a
            # body outside one says less than the headline's institution, which the bare name keeps)
            return False
        p.role = office
        p.country = p.country or code
        return True

    def _past_apposed_places(self, before: re.Match | None, start: int) -> re.Match | None:
        """'Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat': the places set off by commas
        after an office ('Turki', 'Jawa Barat') say where it sits; the office before them is the
        name's apposition."""
        for _ in range(2):
            if before is None or not self._is_place(before.group("office")):
                return before
            cut = before.start()
            if not self.body[start:cut].rstrip().endswith(","):
                return before
            earlier = _OFFICE_BEFORE.search(self.body, start, cut)
            if earlier is None or not self._ends_in_place(earlier.group("office")):
                return before
            before = earlier
        return before

    def _is_place(self, text: str) -> bool:
        """A state's, a city's or a province's name alone ('Turki', 'Istanbul', 'Jawa Barat')."""
        text = text.strip()
        folded = text.casefold()
        return bool(text) and (self.g.finder.code_of(text) is not None or folded in self.g.places
                               or folded in self.g.local_places
                               or (self.g.within is not None and self.g.within.code_of(text) is not None))

    def _ends_in_place(self, office: str) -> bool:
        """'Konsul Jenderal RI di Istanbul': an office that ends in where it sits, a place after
        a preposition of place."""
        words = office.split()
        for k in (1, 2, 3):
            if len(words) > k and words[-k - 1].casefold() in self.g.host_words \
                    and self._is_place(" ".join(words[-k:])):
                return True
        return False

    def _bare_office_before(self, p: Parsed, office: str) -> None:
        """In a language without articles the office opens the sentence with its capitalised title
        word; lower-case words inside it keep the phrase reader from joining it to the name
        ('Juru bicara Kantor Urusan Taiwan di bawah pemerintahan China, An Fengshan mengatakan',
        'Direktur FBI pilihan Trump sendiri, Christopher Wray, mengatakan'). Inside a clause
        ('... masa depan Direktur FBI pilihan Trump sendiri, Christopher Wray.') the office opens at
        the first capitalised word after lower-case ones, and only when the sentence ends on the name
        (not after a fronted clause: 'Setelah bertemu Presiden Jokowi di Istana, Prabowo Subianto
        mengatakan')."""
        g = self.g
        if not self._opens_with_title(office):
            lead = _LOWER_LEAD.match(office, office.find(" ") + 1) if " " in office else None
            if lead is None or not _SENTENCE_CLOSED.match(self.body, p.end):
                return
            office = office[lead.end():]
        words = office.split()
        if not self._opens_with_title(office) or len(words) > _MAX_OFFICE_WORDS \
                or not any(w.islower() for w in words[1:]) or g.is_clause(office):
            return
        p.role = office
        p.country = p.country or g.role_country(office)

    def _opens_with_title(self, office: str) -> bool:
        first = office.split(maxsplit=1)[0] if office.strip() else ""
        return first[:1].isupper() and first.casefold() in self.g.title_words

    def _lower_office_after(self, p: Parsed) -> None:
        """'Suman Haripriya of the Hajo assembly': the lower-case noun after the body's proper name
        (read as the role 'Hajo') is the domestic office that names the state."""
        g = self.g
        if g.domestic_role_re is not None and not p.role:
            # 'José Ortiz of the island's power authority said': an office in lower case only
            m = _LOWER_OFFICE_OF.match(self.body, p.end)
            words = m.group("office").split() if m is not None else []
            while words and not g.domestic_role_re.fullmatch(words[-1]):
                words.pop()  # ('... power authority said': the office ends at its noun)
            office = " ".join(words)
            if words and not g.is_non_state(office) and not g.is_former(office):
                p.role = office
            return
        if g.domestic_role_re is None or not p.text.endswith(f" {p.role}") \
                or not re.search(r"\s(?:of|at)\s+the\s+$", p.text[: len(p.text) - len(p.role)]):
            return
        m = re.match(r"[ \t]+([a-z][a-z-]+)(?=[ \t,.;:])", self.body[p.end:p.end + 40])
        if m is None or not g.domestic_role_re.fullmatch(m.group(1)):
            return
        role = f"{p.role} {m.group(1)}"
        if g.is_non_state(role) or g.is_former(role):
            return
        p.role = role

    def _nicknames(self) -> None:
        """'Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace, ...': the nickname is
        the person's alias, so later 'Tjok Ace menambahkan' is the same person."""
        if self.g.nickname_re is None:
            return
        starts = [off for off, _ in self.mentions]
        for mk in self.g.nickname_re.finditer(self.body):
            i = bisect.bisect_left(starts, mk.start()) - 1
            if i < 0 or mk.start() - starts[i] > 120:
                continue
            person = self.mentions[i][1]
            nick = self.g.match_at(self.body, mk.end())
            if person.type == "person" and nick is not None and len(nick.group().split()) <= 3:
                person.aliases.add(nick.group().rstrip("."))
        if self.g.nickname_joiner_re is not None:
            self._joined_nicknames(starts)

    def _joined_nicknames(self, starts: list[int]) -> None:
        """'Menteri Sosial Saifullah Yusuf atau Gus Ipul ...', 'Saifullah Yusuf (Gus Ipul) menyebut',
        'Agus Harimurti Yudhoyono (AHY)': right after a person's full name, a nickname that opens
        with a form of address, or the initials of the name, is the person's alias (later 'kata Gus
        Ipul' is the same person). Any other name there is someone or something else ('Prabowo
        atau Gibran', 'Budi (Gerindra)')."""
        body = self.body
        for mk in self.g.nickname_joiner_re.finditer(body):
            i = bisect.bisect_left(starts, mk.start()) - 1
            if i < 0 or mk.start() - starts[i] > 120:
                continue
            person = self.mentions[i][1]
            words = person.name.split()
            if person.type != "person" or len(words) < 2 or not body.endswith(person.name, 0, mk.start()):
                continue
            nick = self.g.match_at(body, mk.end())
            if nick is None:
                continue
            text = nick.group().rstrip(".")
            if "(" in mk.group() and not body.startswith(")", mk.end() + len(text)):
                continue
            parts = text.split()
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if (len(parts) == 2 and parts[0] in self.g.nickname_openers) \
                    or (len(parts) == 1 and text.isupper() and len(text) >= 2 and text == initials):
                person.aliases.add(text)
