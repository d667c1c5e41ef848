"""The shared vocabulary of the speaker modules: what a name is made of, and what a mention becomes.

`UPPER`, `NAMEWORD` and `PHRASE_TOKEN` are the character class and token patterns of a
capitalised name; `word_positions`, `after_blanks` and `followed_by` find whole words in a text;
`Parsed` is one speaker phrase split into role and name (what `grammar.Grammar` returns) and
`Entity` one person or institution of an article (what `speakers.ArticleEntities` keeps). The
constants and small helpers here are used by more than one of `grammar`, `name_shapes`,
`role_reading`, `speakers`, `article_states` and `introductions` (and by the other extract
modules), so they live below all of them: this module imports none of them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import os
import re

from .gazetteer import DATA_DIR


UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĠĦĪİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# 'U.S.', 'U.N.' (dotted acronyms); 'J. Smith' (an initial); 'Bambang P.S Brodjonegoro' (initials whose
# last dot is left out, before the rest of the name); 'Aliyev'; 'al-Assad', 'el-Sisi'
# 'Export–Import' (an en dash between two capitalised parts, no spaces) is one word of a name, and
# so is 'PG&E', 'AT&T' (an ampersand)
# 'Startupindonesia.co', 'Tiket.com': a firm named by its web address (a word of a role, never of a name);
# so is one whose address opens with a digit ('CEO 99.co Darius Cheung'), not a digit inside a word
WEB_NAME = r"(?:[A-Z]|(?<![\w.\-])\d)[\w\-]*\.(?:co\.id|com|co|id|net|org)(?![\w.])"
_WEB_NAME = re.compile(WEB_NAME)
NAMEWORD = (rf"{WEB_NAME}|(?:[{UPPER}]\.){{2,}}(?![\w])|(?:[{UPPER}]\.)+[{UPPER}](?=[ \t]+[{UPPER}][a-z])|[{UPPER}]\.(?=[ \t]+[{UPPER}])|[{UPPER}][\w'’\-]*(?:[–&][{UPPER}][\w'’\-]*)*"
            rf"|(?:al|el|ad|an|ar|as|ash|at|az)-[{UPPER}][\w'’\-]*")


# ('Labour MP (Member of Parliament) Tom Watson': a gloss in brackets, short lower-case words allowed)
PHRASE_TOKEN = (rf"(?:{NAMEWORD}|\([{UPPER}][\w\-]*(?:[ \t](?:[a-z]{{2,3}}[ \t])?[{UPPER}][\w\-]*){{0,2}}\)"
                rf"(?=[ \t]+[{UPPER}]|,[ \t]+[{UPPER}]))")


_PARTICLES = {"al", "el", "ad", "ar", "as", "at", "an", "bin", "ibn", "abu"}
_NAME_PARTICLES = {"bin", "binti", "bint", "ibn"}


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


# ---- word sequences without per-name regular expressions ------------------------------------
# (a pattern built from each name costs a compile; these few questions are asked thousands of
# times an article set, so they are answered with str.find)

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
    # content/people.yaml lists the person with a country an editor wrote: its role and country
    # win (role_by_hand, defaults: see speakers.ArticleEntities.registered_entity)
    registered: bool = False
    role_by_hand: str | None = None  # an editor's role in content/people.yaml: it wins
    # the machine's own role and country in content/people.yaml (what an earlier extraction read):
    # used only where this article says nothing (pipeline._registry_values)
    defaults: dict = field(default_factory=dict)
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


@lru_cache(maxsize=None)
def _lexicon(code: str) -> frozenset[str]:
    """A language's own words (casefolded): its common words and the words of its pack's titles and
    offices ('menteri', 'utusan'; 'minister', 'envoy'), which the common-word lists leave out."""
    from .langpack import load_pack

    pack = load_pack(code)
    titles = {w.casefold().rstrip(".") for t in pack.words("titles") + pack.words("lower_roles")
              + pack.words("institution_heads") for w in t.split()}
    return frozenset({w.casefold() for w in _common_words(code)} | titles)


@lru_cache(maxsize=None)
def _other_lexicons(code: str, lang_dirs: str) -> tuple[frozenset[str], ...]:
    """The lexicons of every pack but `code`'s, found once per language and per FACTSHEET_LANG_DIR
    (`lang_dirs`, the cache's key: listing the pack folders is most of a call's cost, and a run asks
    about every speaker)."""
    from .langpack import available_languages

    return tuple(_lexicon(other) for other in available_languages() if other != code)


def written_in_another_language(text: str | None, code: str) -> bool:
    """Whether `text` (a body's name, an office) is written in another language of the bundled
    packs than `code`: more of its words are that language's own (_lexicon: in its list and not
    in this one's) than this language's own ('Lembaga Antariksa Amerika Serikat', 'Menteri Luar
    Negeri Inggris' in English; 'senior vice-president of technology' in Indonesian). A name of
    proper words only ('Joko Widodo', 'NASA') is in no language."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]{3,}", text or "")]
    if not words:
        return False
    own = _lexicon(code)
    for theirs in _other_lexicons(code, os.environ.get("FACTSHEET_LANG_DIR", "")):
        foreign = sum(1 for w in words if w in theirs and w not in own)
        if foreign and foreign > sum(1 for w in words if w in own and w not in theirs):
            return True
    return False


# (precompiled: asked tens of thousands of times an article set, in _parse and _surname_in)
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
_CAPS_ACRONYM = re.compile(r"[A-Z]{2,6}")


_POSSESSIVE_S = re.compile(r"['’]s$")
# the endings of a possessive word, singular or plural ("Widgetco's", "Ladbrokes'")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_ROMAN = re.compile(r"[IVX]+")


def is_academic_degree(word: str, degrees) -> bool:
    """'PhD', 'M.Si.', 'S.H.': a word of `degrees` (academic_degrees, dots taken out, casefolded),
    written with a dot unless it is three letters or more, so that 'MA' and 'SE' stay words of a name."""
    bare = word.replace(".", "").casefold()
    return bare in degrees and ("." in word or len(bare) >= 3)


# 'juru bicara departemen layanan darurat, ' right before a name: the clause's words up to the
# comma (after the last mark, comma or line break before them)
_ROLE_BEFORE = re.compile(r"(?P<role>[^,.;:\"“”\n()]{3,140}),[ \t]+\Z")


_NAME_JOINERS = {"of", "and", "for", "on", "the", "de", "du", "des", "la", ","}


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
