"""The people and institutions of one article, and who they speak for.

`ArticleEntities` keeps every person and institution the article names, with the fullest name it
gives, so later surname or title mentions resolve to them (`add`, `find_person`, `find_org`,
`resolve`). It parses mentions with `grammar.Grammar`, takes which state a person or body speaks
for from its mixin `article_states.ArticleStates`, and the roles the article gives where it
introduces a person, with the first pass over the body (`prescan`), from its mixin
`introductions.Introductions`. The records it keeps (`Entity`, `Parsed`) and the word helpers it
shares with the other modules are in `mentions`.
"""
from __future__ import annotations

import bisect
from functools import cached_property
import difflib
import re

from .article_states import ArticleStates
from .grammar import Grammar
from .introductions import Introductions
from .registry_joins import RegistryJoins
from .mentions import Entity, Parsed, UPPER, _PARTICLES, _copy_parsed, _initials_match, _sentence_start, word_positions
from .officials import another_person, full_name, official_country, out_of_office, speaks_for_no_state
from .outlets import is_news_outlet


# the shortest short form of a first name read as one ('Enggar' for 'Enggartiasto'; not 'Al', 'Abu')
_MIN_CLIPPED_NAME = 4
_MIN_CONTRACTED_NAME = 5
# the shortest surname read as a misspelling of a name the article gave in full ('Santikra' for
# 'Santikara'), and the longest spelling gap (letters left out plus letters put in) for a short
# and a long word ('Wahyudi' / 'Wahyuni' are two names: two letters apart in seven)
_MIN_MISSPELT_NAME = 6
_LONG_MISSPELT_NAME = 9


# a word of a name that joins two capitalised names: 'Cahyadi-Armuji' (see _names_a_pair)
_RUNNING_MATES = re.compile(rf"[{UPPER}][\w'’]+-[{UPPER}][\w'’]+")


# Generation suffixes of a name (casefolded): 'Donald Trump Jr' is another person than 'Donald Trump'.
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})


# what may stand before a body's name in the phrase that introduces its short form: a qualifier
# ('Kurdish-led') or an owner ("United States'"), not a word of the name ('Oil and ...')
_QUALIFIER = re.compile(r"[\w'’]+-[a-z]+|.+['’]s?")


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


_VOWELS = frozenset("aeiou")


def _one_slip(typed: str, name: str) -> bool:
    """One slip of the typist's hand that turns a name word into the word typed ('irwansyah' /
    'irmansyah': a letter struck for another; 'kiatisuk' / 'kaitisuk': two letters the wrong way
    round; 'masinton' / 'masinto': the last consonant dropped or doubled), the first letter kept.
    (Not a vowel changed at the end, where names mark the bearer's sex: 'Yanti' / 'Yanto'; 'i' and
    'y' are one sound there: 'Ongki' / 'Ongky'. Not a vowel put on or left off the end either:
    'Julian' / 'Juliana'.)"""
    if typed[:1] != name[:1] or typed == name:
        return False
    if len(typed) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(typed, name)) if a != b]
        if len(diff) == 1:
            a, b = typed[diff[0]], name[diff[0]]
            return not (diff[0] == len(name) - 1 and a in _VOWELS and b in _VOWELS)
        return len(diff) == 2 and diff[1] == diff[0] + 1 \
            and typed[diff[0]] == name[diff[1]] and typed[diff[1]] == name[diff[0]]
    short, long_ = sorted((typed, name), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short) and len(short) >= _MIN_MISSPELT_NAME \
        and long_[-1].isalpha() and long_[-1] not in _VOWELS


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # a name's initials, 'A.S.', 'M.'
# a capitalised word and the word after it closing the text before a phrase ('Bank Dunia di ')
_WORD_THEN_PREPOSITION = re.compile(rf"(?<![\w-])[{UPPER}][\w)-]*[ \t]+(\w+)[ \t]+\Z")


def _near_spelling(a: str, b: str) -> bool:
    """Two names differing only in a letter or two ('Akbar Faisal', 'Akbar Faizal'): one person."""
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8


# a value not yet looked for (None is an answer: nothing found)
_UNSOUGHT = object()


class ArticleEntities(ArticleStates, Introductions, RegistryJoins):
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
        self.lowercase_words = self._lowercase_words(body)
        self.midcaps = set(re.findall(rf"(?<=[a-z0-9,;)] )[{UPPER}][\w'’\-]+", body))
        self.mentions: list[tuple[int, Entity]] = []  # (offset, entity) for every resolved mention
        self._registry_memo: dict[str, object] = {}
        self.products = self._product_names()
        self.self_speaking_outlets = self._self_speaking_outlets()

    def _lowercase_words(self, body: str) -> set[str]:
        """The words the article writes in lower case somewhere (a capitalised one opening a sentence
        is then a common word, no part of a name). A title's word written so only after a determiner
        that points back at someone named ('Sang gubernur berpendapat ...', role_determiners) is the
        named holder's description: it leaves 'Gubernur Sumatera Selatan Alex Noerdin' opening the
        article a title and its holder."""
        dets = self.g.role_determiner_set
        words: set[str] = set()
        for m in re.finditer(r"(?<![@#\w])[a-z][a-z\-]+\b(?!\.[a-z])", body):
            if m.group().casefold() in self.g.title_words:  # (the word before read only for a title's word)
                before = body[max(0, m.start() - 20):m.start()].split()[-1:]
                if before and before[0].casefold() in dets:
                    continue
            words.add(m.group())
        return words

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
            if pm is not None and len(pm.group().split()) >= 2 \
                    and pm.group().split()[0].casefold().rstrip(".") not in self.g.title_words:
                # (not a person's car or service named with the office: 'mobil Presiden Joko Widodo')
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

    def _joining_entry(self, name: str):
        """The people.yaml entry a one-word mention joins: the entry listed under the word, unless
        the article shows the word is someone else's (`_another_here`), when the word reads as if
        unlisted ('Dewi' in a story about another Dewi is no more a mention than without the list)."""
        reg = self._registry(name)
        return None if reg is None or self._another_here(reg, name) or self._an_empty_entry(reg, name) else reg

    def _an_empty_entry(self, reg, word: str) -> bool:
        """'sebagian umat Muslim menilai ...', where people.yaml holds a bare 'Muslim' (no other name,
        no office, no state) only because an earlier article read someone so: an entry the machine
        wrote with nothing but the word itself says nothing of the lone capitalised word here, which
        is read as if unlisted (as the article that wrote it read it, before the entry existed)."""
        return reg.name.casefold() == word.casefold() and not reg.aliases and not reg.role \
            and not reg.country and self._machine_written(reg)

    def _names_a_pair(self, name: str) -> bool:
        """'Eri Cahyadi-Armuji', 'Anna Morinda-Frizt Akhmad Nuzir': in a language whose pack sets
        `hyphen_joins_running_mates`, a hyphen joining two capitalised names after a name's first word
        writes a candidate and running mate, not one person ('Jean-Yves Le Drian' opens with his
        hyphenated given name; 'Kim Jong-un' and 'al-Sisi' join lower-case words)."""
        if not self.g.pack.get("hyphen_joins_running_mates"):
            return False
        return any(_RUNNING_MATES.fullmatch(w) and w.split("-")[0].casefold() not in _PARTICLES
                   for w in name.split()[1:])

    def _named_after_word(self, written: int, added: frozenset[str], first: int) -> bool:
        """Whether a longer name first written at `first`, after a one-word name written at `written`,
        adds to it only common words and no given name nor name particle: 'Sky News', 'Sky Movies' after
        'Sky has signed a deal' are things named after the word (a broadcaster's channels), not the full
        name of whoever 'Sky' was ('Ilham Aliyev' after 'Aliyev' adds a given name; 'Texas Instruments'
        before 'Texas said' is the firm's full name, given first). English only, whose one word alone is
        a surname or a body's short name."""
        if not self.g.of_phrases or first <= written or not added:
            return False

        def common(w: str) -> bool:
            w = w.strip("'’")
            return w in self.g.common or (w.endswith("s") and w[:-1] in self.g.common)  # ('Movies')
        return all(common(w) and w not in self.g.given_names and w not in _PARTICLES for w in added)

    def find_person(self, name: str) -> Entity | None:
        key = frozenset(t.casefold() for t in name.split())
        folded = name.casefold()
        best = None
        written = _UNSOUGHT  # (where the one word is first written, sought only when needed)
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
            if key < e.tokens and len(key) == 1 and self.g.of_phrases:
                if written is _UNSOUGHT:
                    found = word_positions(self.body, name.strip())
                    written = found[0] if found else None
                if written is not None and self._named_after_word(written, e.tokens - key, e.first):
                    continue  # ('Sky' is not 'Sky News', named after it later)
            if key <= e.tokens or (e.aliases and folded in (a.casefold() for a in e.aliases)):
                if best is None or len(e.tokens) > len(best.tokens):
                    best = e
        return best

    def _named_nearest(self, name: str, offset: int) -> Entity | None:
        """'... digenjot Presiden Joko Widodo. ... Ketua Umum Perbarindo Joko Suyanto menilai ...
        "...," tambah Joko.': one word of the full names of two people or more the article named, no
        alias of either, is the one of them it mentioned last before `offset` (the story has moved on to
        them), not the first one named. None when only one fits or none was mentioned before."""
        if " " in name.strip() or self.g.of_phrases:
            return None  # (in English one word alone is a surname more often: 'said Smith')
        folded = name.strip().casefold()
        fitting = [e for e in self.entities if e.type == "person" and len(e.tokens) >= 2 and folded in e.tokens
                   and not self._names_a_pair(e.name) and not (e.tokens & _GENERATIONS)]
        if len(fitting) < 2 or any(e.type == "person" and e.aliases and folded in (a.casefold() for a in e.aliases)
                                   for e in self.entities):
            return None
        ids = {id(e) for e in fitting}
        nearest = next((e for off, e in reversed(self.mentions) if off < offset and id(e) in ids), None)
        # (only someone the article introduced with an office, and no spelling of another's name: 'Atut
        # Chosiyah' then 'Atut Choisiyah', or 'Andi Agustinus' and his byname 'Andi Narogong' with no
        # office of its own, are one person, whose first full entry keeps the floor)
        if nearest is None or not nearest.role or self._cue_only_role(nearest.role) \
                or set(nearest.role.split()) & set(nearest.name.split()) or any(
                e is not nearest and _near_spelling(e.name, nearest.name) for e in fitting):
            return None
        return nearest

    def _clipped_first_name(self, name: str) -> Entity | None:
        """'Menteri Perdagangan Enggartiasto Lukita ...', later '... kata Enggar': a single word that
        opens the first name of exactly one person the article named is that person called by the
        short form of the first name; also of a person the article names by one word only ('ujar
        Prasetyo ...', later 'Pras menjelaskan'). (Not a word the article also gives someone as a
        whole name word: 'Ali' beside 'Ali Imron' and 'Alimin Ahmad'.)"""
        word = name.casefold()
        if " " in name or len(word) < _MIN_CLIPPED_NAME or not name[:1].isupper():
            return None

        def clipped(e: Entity) -> bool:
            words = e.name.split()
            while len(words) >= 2 and _INITIALS.fullmatch(words[0]):
                words = words[1:]  # ('A.S. Pudjoharsoyo', later 'kata Pudjo': the first word written out)
            # (a one-word name only where a person named by one word goes by it: not in English,
            # where 'Johnson' alone is a surname and 'John' no short form of it)
            return (len(words) >= 2 or (len(words) == 1 and not self.g.of_phrases)) \
                and words[0].casefold().startswith(word) \
                and len(words[0]) - len(word) >= 2 and words[0][len(word)].islower()
        return self._sole_person_fitting(word, clipped)

    def _contracted_name(self, name: str) -> Entity | None:
        """'Ketua DPR Setya Novanto ...', later 'kata Setnov': a single word made of the opening letters
        of two words of one person's name, in order ('Set' + 'nov'; 'Djanur' of Djadjang Nurdjaman,
        'Herkis' of Herry Kiswanto), is that person, as the press shortens names. Exactly one person the
        article named may fit; at least two letters of the first word and three of the second, five in
        all, and not a word a name of the article has whole ('Budi' is no 'Bu Dian')."""
        word = name.casefold()
        if " " in name or len(word) < _MIN_CONTRACTED_NAME or not name[:1].isupper() or not name.isalpha():
            return None

        def contracted(e: Entity) -> bool:
            words = [w.casefold() for w in e.name.split()]
            return any(any(word == a[:i] + b[:len(word) - i] for i in range(2, min(len(a), len(word) - 3) + 1)
                           if len(word) - i <= len(b))
                       for a, b in zip(words, words[1:])
                       if a not in self.g.title_words and a.isalpha() and b.isalpha())
        return self._sole_person_fitting(word, contracted)

    def _sole_person_fitting(self, word: str, fits) -> Entity | None:
        """The one person the article named (not a people.yaml entry) whom the short form `word`
        fits; None when two fit, or when a name of the article has the word whole ('Ali' beside
        'Ali Imron': the word is that name's own, no short form)."""
        found = None
        for e in self.entities:
            if e.type != "person" or e.registered:
                continue
            if word in e.tokens:
                return None
            if fits(e):
                if found is not None and found is not e:
                    return None
                found = e
        return found

    def _cue_only_role(self, role: str) -> bool:
        """A 'role' made only of the words a sentence opens on before its speaker, no office: the cue
        ('Menurut Sandi, ...', 'Kata Hardi, ...'), a courtesy title or a determiner, which RoleCleaner
        takes away (roles.RoleCleaner.leading)."""
        from .roles import RoleCleaner

        leading = RoleCleaner.for_grammar(self.g).leading
        return leading is not None and not leading.sub("", role).strip(" ,")

    def _misspelt_surname(self, name: str, offset: int) -> Entity | None:
        """'Kepala Riset Acme Sekuritas, Budi Santikara, mengatakan ...', later
        'Santikra menambahkan ...': a single word the article names no one by, a letter or two
        off a word of exactly one person it named in full before, is that person misspelt. (Only
        letters left out or put in, the first two and the last the same: 'Wahyuni' is not
        'Wahyudi', 'Kurniawati' not 'Kurniawan'.) When the article spells the word more often the
        misspelt way round ('Jhonny Simanjutak' once, then 'Simanjuntak' three times), the name
        takes the spelling used most."""
        word = name.casefold()
        # (in a language whose pack sets `misspelt_name_slips`, any one slip of the hand (_one_slip),
        # down to five letters ('Damin' for 'Darmin'), and of a name of one word the article gives
        # with an office: 'Bupati Kepulauan Seribu, Irwansyah', later 'ujar Irmansyah')
        slips = bool(self.g.pack.get("misspelt_name_slips"))
        shortest = _MIN_MISSPELT_NAME - 1 if slips else _MIN_MISSPELT_NAME
        if " " in name or len(word) < shortest or not name[:1].isupper() or not name.isalpha():
            return None
        gap = 2 if len(word) >= _LONG_MISSPELT_NAME else 1
        found = token = None
        slipped = False
        for e in self.entities:
            if e.type != "person":
                continue
            if word in e.tokens:
                return None
            if not (len(e.tokens) >= 2 or slips and e.role) or e.first > offset:
                continue
            for t in e.tokens:
                if slips and len(t) < shortest:
                    continue  # ('Andri' is not 'Andi': both words long enough to tell a slip)
                indel = t[:2] == word[:2] and t[-1] == word[-1] and abs(len(t) - len(word)) <= gap \
                    and _indel_distance(t, word) <= gap
                if indel or slips and _one_slip(word, t):
                    if found is not None and found is not e:
                        return None
                    found, token, slipped = e, t, not indel
        if found is None:
            return None
        if slipped and (self._introduction(name)[0] is not None or self.described_where_named(name)):
            # (a letter changed makes another name as often as a slip: 'kata Wahyuni, warga
            # setempat' after 'Budi Wahyudi' is someone the article introduces, not him misspelt)
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
        nickname (officials.yaml: 'Jusuf Kalla | JK') is that person; so is one people.yaml gives
        a person as another name (an extraction that read 'JK' so wrote it there: the same word
        must read the same way once the registry lists it, or every run undoes the last)."""
        if p.type != "organization" or not p.name or " " in p.name or p.role:
            return p
        reg = self._registry(p.name)
        if reg is not None and reg.type == "person" and self._another_here(reg, p.name):
            reg = None  # ('state TV said': not 'Marvel TV', whom people.yaml lists under 'TV')
        if reg is None and (full_name(p.name) is not None or self._initials_alias(p.name)) \
                or reg is not None and reg.type == "person":
            p = _copy_parsed(p)
            p.type = "person"
        return p

    def _state_placing_office_before(self, p: Parsed) -> bool:
        """A person's phrase whose role is a state's name alone, right after a preposition of place
        (body_place_prepositions: 'di') that follows a capitalised word: the state closes the place
        of an office written before the phrase ('... Bank Dunia di Indonesia Rodrigo Chaves')."""
        if p.type != "person" or not p.role or not p.country or not self.g.body_place_prepositions \
                or self.g.finder.code_of(p.role.strip()) != p.country:
            return False
        m = _WORD_THEN_PREPOSITION.search(self.body, max(0, p.start - 60), p.start)
        return m is not None and m.group(1) in self.g.body_place_prepositions

    def _initials_alias(self, name: str) -> bool:
        """'ujar RHS' after 'Rudi Hartanto Saputra (RHS)': initials the article gave a person
        (_joined_nicknames); 'kata AHY': initials listed as an office holder's name (officials)."""
        return name.isupper() and (official_country(name) is not None
                                   or any(e.type == "person" and name in e.aliases for e in self.entities))

    def registered_entity(self, reg, p: Parsed, offset: int) -> Entity:
        """The entity of someone content/people.yaml lists (found under any of its names).

        An editor's country there (or an entry of the editor's own with a role and no country: no
        state) wins, with the editor's role: the entity is `registered` and the article's words
        no longer decide its state. Values the machine wrote there (extraction lists every speaker
        it finds, with the role and state it read) and nobody changed decide nothing: they are
        `defaults`, filled in where this article says nothing (pipeline._registry_values), so one
        article misread, or a minister since out of office, does not outweigh the next article's
        own words. An editor's role alone wins over the article's role only."""
        e = self.find_person(reg.name) or self._new(reg.name, "person" if reg.type == "person" else "organization", offset)
        e.aliases.update(reg.aliases)
        e.aliases.add(p.name)
        hand, e.defaults = self.registries.person_fields(reg)
        if "country" in hand:
            e.registered = True
            e.role, e.country = hand.get("role") or p.role or e.role, hand["country"]
            return e
        e.role_by_hand = hand.get("role")
        if e.type != "person":
            e.role, e.country = e.role or p.role, e.country or p.country
        return e

    def add(self, p: Parsed, offset: int) -> Entity | None:
        """Register a parsed phrase (pre-scan); returns its entity."""
        p = self._nickname_person(p)
        if self._state_placing_office_before(p):
            # ('Kepala Perwakilan Bank Dunia di Indonesia Rodrigo Chaves mengatakan', read from 'Indonesia'
            # on): the state is where the office before it sits, no state the person is of or speaks for
            p = _copy_parsed(p)
            p.role = p.country = None
        if p.type == "principal":
            principal = self.find_person(p.name) if p.name else None
            if principal is None:
                principal = self.add(Parsed(p.name, p.start, p.end, None, p.name, "person", p.country), offset)
            return principal
        if p.type == "person" and p.name and self.products and self._names_product(p):
            return None
        if p.type == "person" and p.name and p.role in self.g.vehicle_name_prefixes:
            return None  # ('KA Kutojaya tujuan Kutoarjo': a train named, no office holder)
        if p.type == "person" and p.name and p.role and p.role.split()[-1].casefold() in self.g.coordinator_words:
            # ('... ekspor, disusul Uni Eropa (11,2%) ...', later 'di pasar Amerika dan Uni Eropa': the
            # last item of a list, read as a person with the items before as a role, whose name the
            # article has given a body, is that body, not a person whom a later 'Ia' could mean)
            body = next((e for e in self.entities if e.type == "organization" and e.name == p.name), None)
            if body is not None:
                return body
        if p.type == "person" and p.name:
            reg = self._registry(p.name)
            if reg is not None and self._another_here(reg, p.name):
                reg = None
            e = None
            if reg is not None:
                e = self.registered_entity(reg, p, offset)
                if e.registered or e.type != "person":
                    return e
                # (else the entry joins names: this article's words decide the role and the state,
                # as for anyone else, and the machine's values are only defaults)
            nickname_of = full_name(p.name) if e is None else None
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
            e = e or self._named_nearest(p.name, offset) or self.find_person(p.name)
            if e is None:
                # a fuller name for an existing entity ("Aliyev" seen before "Ilham Aliyev")?
                key = frozenset(t.casefold() for t in p.name.split())
                for other in self.entities:
                    if other.type == "person" and other.tokens < key and not other.registered \
                            and not (key - other.tokens) & _GENERATIONS \
                            and not self._names_a_pair(p.name) \
                            and not (len(other.tokens) == 1
                                     and self._named_after_word(other.first, key - other.tokens, offset)):
                        # (not 'Donald Trump Jr', nor a pair, nor 'Sky News' after 'Sky')
                        other.aliases.add(other.name)
                        other.name = p.name
                        e = other
                        break
            # ('Menurut Sandi, ...' read with the cue as its role: no office, so the short name joins
            # 'Wakil Gubernur DKI Jakarta Sandiaga Uno' as a bare 'kata Sandi' does)
            officeless = not p.role or self._cue_only_role(p.role)
            if e is None and officeless:
                e = self._clipped_first_name(p.name) or self._contracted_name(p.name)
                if e is not None:
                    e.aliases.add(p.name)
            if e is None and officeless:
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
                # (nor one the article presents only in a body that is not the state's: _presented_outside_state)
                known = None if any(self.g.is_candidate(r) for r in (p.role, e.role)) \
                    or self._presented_outside_state(p.role or e.role) \
                    or self.presented_in_party_only(p.role, e.role) \
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
                if home_role and self._home_place_alone(home_role):
                    # ('tokoh masyarakat Kecamatan Fatuleu Lambertus Paut', read from 'Kecamatan' on):
                    # a home district's, town's or village's name alone says where the person lives,
                    # not an office of its administration
                    home_role = None
                # (a role in apposition reaches here without the place inside a foreign state it
                # names: 'Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin' is a Malaysian court's,
                # whatever home title it holds)
                e.country = p.country or beside or known or introduced \
                    or (self.g.within_state(p.role) if p.role and self.g.home_country
                        and not self.g.is_non_state(p.role) else None) \
                    or self._abroad_office(home_role, offset) \
                    or self.home_office(home_role) or self.heading_country(offset) \
                    or (None if self._after_body_name(p) else self._home(home_role)) \
                    or self._role_body_country(p.role) or self._local_office(p.role, offset) \
                    or self._force_role_state(p.role, offset) or self._unit_of_opening_body(p.role)
                if e.country is None and not p.role:
                    role, e.country = self._introduction(e.name)
                    e.role = e.role or role
                    e.country = e.country or self._force_role_state(role, offset)
                    if self._past_numbered_holder(role, e.name):
                        e.country = None
                elif e.country is None:
                    e.country = self._office_of_story_state(e.name) or self._bare_rank_state(p.role, e.name)
                elif known is not None and not p.role and not e.role and self.g.home_country:
                    # ('Ketua DPD, Oesman Sapta Odang, ...': a listed office holder's state comes from
                    # the list, the office the article puts in apposition at the first mention is still
                    # the role the sheet shows; in a language of one home state, whose press names
                    # its office holders so)
                    e.role = self._introduction(e.name)[0]
                if e.country is None and not e.role and not self.g.home_country:
                    # 'Highway Patrol', 'Coroners Service' read as a person: a body of the state's
                    # own (a domestic word of several words ends the name), of the story's state
                    e.country = self._domestic_body(e.name)
                if e.country is None and not e.role:
                    # 'Phivolcs said' after 'The Philippine Institute of Volcanology and Seismology (Phivolcs)'
                    e.country = self._expansion_country(e.name)
            return e
        if p.type == "organization":
            found = self._registry(p.name or p.text)
            if found is not None and (self._named_in_another_language(found, p.name or p.text)
                                      or found.type == "person" and self._another_here(found, p.name or p.text)):
                found = None  # (nor a person's entry the word is not: 'MA', initials, is not 'Jack Ma')
            name = found.name if found is not None else p.name
            e = self.find_org(name)
            if e is None and name in self.initialled_people:
                # (the person of those initials, read once: _new)
                e = next((x for x in self.entities if x.type == "person" and x.name == name), None)
                if e is not None:
                    return e
            if e is None:
                e = self._new(name, "organization", offset)
                hand, e.defaults = self.registries.person_fields(found) if found is not None else ({}, {})
                # (an entry with nothing of the editor's names the body only: the article decides)
                reg = found if hand else None
                e.country = hand.get("country") or p.country
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
                        or self._home_institution(name) or self._home_short_form_of(name) \
                        or self._home_initials_of(name)
                if e.country is None and self.g.home_country and self.main_country not in (None, self.g.home_country) \
                        and not speaks_for_no_state(name) and not self.g.is_non_state(name):
                    # 'Kementerian Kehakiman', 'Kepolisian' with no state named, in an Indonesian story
                    # mostly about France: a state's institution of the state the story is about
                    e.country = self._foreign_institution(name) or self._story_state_body(name)
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
        if p.type == "country" and p.country is None and p.role:
            # 'media-media Inggris', 'Warga Palestina', 'gelandang Italia': people or the press the
            # state's name only qualifies (Grammar._non_state_qualifier) speak, for no state
            name = f"{p.role} {p.name}"
            return self.find_org(name) or self._new(name, "organization", offset)
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

    def _home_place_alone(self, role: str) -> bool:
        """'Kecamatan Fatuleu', 'Desa Sukamaju': a role that is only a home place's name, opening with
        its kind of place (place_heads), with no office's word."""
        return self.g.home_country is not None and role.split()[0].casefold() in self.g.place_heads \
            and self.g.names_only_a_place_or_body(role)

    def _no_office_word_before(self, p: Parsed) -> bool:
        """'presiden terpilih AS Donald Trump', read from 'AS Donald Trump' on: a former word or
        one of the elected (elected_words) right before the phrase says he holds no office (yet).
        (A candidate may hold another: 'presidential candidate Elizabeth Warren' sits in the Senate.)"""
        before = self.body[max(0, p.start - 30):p.start]
        m = re.search(r"([\w-]+)[ \t]+\Z", before)
        # (not before a title of the phrase's own: 'former presidential candidate Senator Ted Cruz')
        return m is not None and (self.g.is_former(m.group(1)) or m.group(1).casefold() in self.g.elected_words) \
            and not self.g.has_title_word(p.role)

    def _presented_outside_state(self, role: str | None) -> bool:
        """'Ketua Umum PP PBSI Wiranto': in a language with a home state, a well-known official the
        article presents only by an office in a body that is not the state's nor a party's (a sports
        federation) speaks in that office, for no state. (English keeps the registry: 'Opposition
        leader Jeremy Corbyn' is a sitting MP.)"""
        if not role or not self.g.home_country or not self.g.is_non_state(role):
            return False
        # (a party's office is not such a body: its leaders hold the state's offices too, and the
        # annotators give them the state they serve, 'Ketua Umum PAN Zulkifli Hasan' the MPR's chair)
        words = [w.strip("(),.") for w in role.split()]
        return not any(self.g.names_a_body(w) or w.casefold() in self.g.party_office_words for w in words)

    def presented_in_party_only(self, role: str | None, held: str | None) -> bool:
        """'Wakil Ketua Umum Gerindra Fadli Zon', then 'Menurut Fadli': in a language with a home state,
        a well-known official the article presents only by a party's office (`held`, the longest role
        read for him; `role`, the one read at this mention, names no office of the state) speaks for
        the party, not for the state office he holds and the article does not give (the annotators'
        calls: dev37's Agung Laksono, dev41's Fadel Muhammad, dev46's Sarip, dev47's Fadli). Not an
        office in the legislature ('Ketua Fraksi Golkar', 'anggota DPR dari Fraksi PDIP'); an office
        of the state written elsewhere ('Ketua MPR Zulkifli Hasan') still gives the state."""
        if not held or not self.g.home_country or (role and self._state_office(role)):
            return False
        words = [w.strip("(),.") for w in held.split()]
        if not any(self.g.names_a_body(w) or w.casefold() in self.g.party_office_words for w in words):
            return False
        return not self._state_office(held)

    def _state_office(self, role: str) -> bool:
        """An office in the state's legislature or one the role reading gives a state."""
        return bool((self.g.legislature_re is not None and self.g.legislature_re.search(role))
                    or self.g.role_country(role) or self.home_office(role))

    def _past_numbered_holder(self, role: str | None, name: str | None) -> bool:
        """'Presiden ke-7 RI, Joko Widodo' in 2025: an office numbered by its holders, said of a
        well-known official whose listed terms the article's date lies outside of, is one he held.
        (Not of a holder in office: 'Presiden ke-8 RI Prabowo Subianto'; nor of one not listed.)"""
        return self.g.numbers_its_holders(role) and out_of_office(name, self.published)

    def _now_former(self, p: Parsed, e: Entity) -> bool:
        """'The now-former governor Pierluisi' after 'governor ... Pierluisi': he left the office
        within the story, so what he said in it he said for the state the office gave him."""
        return bool(e.country) and self.body[max(0, p.start - 4):p.start].casefold() == "now-"

    @cached_property
    def initialled_people(self) -> frozenset[str]:
        """The capitals the article gives as a person's initials after a marker ('jurnalis berinisial
        HM'; initials_markers): a person, whom a later pronoun may mean ('HM mengaku ... Dia mengaku
        ...'), not the body such capitals are read as elsewhere."""
        if self.g.initials_after_marker is None:
            return frozenset()
        return frozenset(m.group(1) for m in self.g.initials_after_marker.finditer(self.body))

    def _new(self, name: str, kind: str, offset: int) -> Entity:
        if kind == "organization" and name in self.initialled_people:
            kind = "person"
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
                elif e.role and "(" in e.role and e.type == "person" \
                        and ((sf := _short_formed(e.role).casefold()) == role or sf.startswith(role + " ")):
                    # ('kata Wakil Ketua MPR' after 'Wakil Ketua Majelis Permusyawaratan Rakyat (MPR)
                    # Mahyudin': the office by the short form the article gave its body)
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
            described = self._described_by_former_office(p.role, offset)
            if described is not None:
                return described
            e = Entity(name=p.role or p.text, type="person", role=p.role, first=offset)
            e.country = p.country or self.office_state(p.role, offset)
            self.entities.append(e)
            return e
        if p.type == "organization" and p.name and " " not in p.name:
            full = self.short_form_of(p.name)
            if full is not None:
                return full  # ('The SDF said' after 'the Syrian Democratic Forces (SDF)')
        if p.type == "person" and p.name and " " not in p.name and not p.role:
            # ('KontraS menambahkan ...' after 'Komisi untuk Orang Hilang dan Korban Tindak Kekerasan
            # (KontraS)': a short form not in capitals reads as a one-word name; it is the body's that
            # the brackets follow)
            full = next((e for e in reversed(self.entities) if e.type == "organization" and e.name
                         and f"{e.name} ({p.name})" in self.body), None)
            if full is not None:
                full.aliases.add(p.name)
                return full
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
            e.country = (None if self.g.is_candidate(e.role) or self._presented_outside_state(e.role)
                         or self.presented_in_party_only(None, e.role)
                         else self.official(e.name)) \
                or self.heading_country(offset)
        return e

    def _described_by_former_office(self, role: str | None, offset: int, window: int = 3000) -> Entity | None:
        """'Mantan Direktur Pelaksana Bank Dunia menyatakan, ...' with no name, no holder of that
        former office named before: an office held once is said of someone the reader knows, the
        person the article spoke of last (named in full, within `window` characters), not a new
        speaker. Not where that person holds the office now ('Direktur X Budi' then 'mantan Direktur
        X' is his predecessor), and only in a language whose articles introduce every new speaker
        by name (home_country)."""
        words = (role or "").split()
        if not self.g.home_country or len(words) < 2 or not self.g.is_former(words[0]) \
                or not words[1][:1].isupper() or words[1].casefold() not in self.g.title_words:
            return None  # (a former office: 'mantan juara' is a description, read elsewhere)
        office = " ".join(words[1:]).casefold()
        for off, e in reversed(self.mentions):
            if off >= offset:
                continue
            if off < offset - window:
                break
            if e.type != "person" or not e.name or e.name == e.role or len(e.name.split()) < 2:
                continue
            if e.name not in self.body:
                continue  # (named in full here: not a people.yaml person met by one word, 'umat Islam')
            if e.role and self.g.without_acting_prefix(e.role.casefold()) == office:
                return None
            return e
        return None

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


_BRACKETED_SHORT = re.compile(r"[ \t]*\(([A-Z][\w&.-]{1,11})\)")


def _short_formed(role: str) -> str:
    """A role with a body's name spelled out before its short form in brackets, written with the short
    form alone: 'Wakil Ketua Majelis Permusyawaratan Rakyat (MPR)' -> 'Wakil Ketua MPR' (the fewest
    words before the brackets whose initials spell it; a role with no such name stays as it is)."""
    out, at = [], 0
    for m in _BRACKETED_SHORT.finditer(role):
        words = role[at:m.start()].split()
        k = next((k for k in range(1, min(len(words), 8) + 1)
                  if _initials_match(" ".join(words[-k:]), m.group(1).upper())), 0)
        out.extend(words[:len(words) - k] + [m.group(1)] if k else words + [m.group().strip()])
        at = m.end()
    out.extend(role[at:].split())
    return " ".join(out)
