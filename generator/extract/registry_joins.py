"""Whether a one-word mention may join the person content/people.yaml lists under that word.

An entry the machine wrote there (an other name an earlier article's reading gave someone) does not
outweigh the article: a bare `Novel` in an article that names `Novel Baswedan`, or that introduces its
own `Agung` as one of many students, is the article's person, not the `Novel Bamukmin` or the mayor
`Agung` another article introduced. An alias an editor wrote still joins. The readings here must not
depend on whether the article's own earlier pass wrote the entry, or one run would not be enough (see
`_another_here`). A mixin of `speakers.ArticleEntities`, which gives `body`, `g`, `registries`,
`ignored`, `lowercase_words`, `midcaps` and `find_person`.
"""
from __future__ import annotations

import re

from .mentions import UPPER, _sentence_start, word_positions, written_in_another_language
from .officials import another_person, listed_as
from .outlets import is_news_outlet

# a capitalised given name right before a surname, a nickname in quotes between or not ("Brian 'Head' ")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’])(?P<given>[A-Z][a-z]+)[ \t]+(?:['‘\"“][^'’\"”\n]{1,20}['’\"”][ \t]+)?\Z")
# the end of the sentence a mention stands in
_SENTENCE_END = re.compile(r"[.!?\n]")
# a further capitalised word of the same name ('Novel Baswedan'), after a space
_NEXT_NAME_WORD = re.compile(rf"[ \t]+[{UPPER}]")


class RegistryJoins:
    """Cross-article joins through people.yaml, read from one article's text."""

    def _another_here(self, reg, name: str) -> bool:
        """'Eri' in an article that named 'Eri Cahyadi', where people.yaml gives 'Eri' as another
        person's other name only because an earlier extraction read it so: the article's own person
        wins (the machine's names, like its roles and states, do not outweigh the article; an
        alias an editor wrote still joins)."""
        if self._bare_entry_of_a_stranger(reg, name):
            return True
        if not self.registries.alias_by_machine(reg, name):
            return False
        if _written_otherwise(reg, name) or _capitals_closing_a_name(reg, name) \
                or (reg.type == "person" and is_news_outlet(name)) or self._named_in_another_language(reg, name):
            return True
        own = self.find_person(name)
        if own is not None:
            return own.name.casefold() != reg.name.casefold() \
                and reg.name.casefold() not in (a.casefold() for a in own.aliases)
        # (an entry whose full name the article writes itself may be the article's own person, one
        # this article wrote there on an earlier pass or run: refusing it would read the word as
        # the article's other full name, whose entry the next pass refuses in turn, for ever)
        if self._writes_name(reg.name):
            return False
        return self._names_another_in_full(reg, name) or self._introduced_as_someone(name) \
            or self._headline_names_other_office(reg, name) or self._an_officials_name(reg, name) \
            or self._pronouns_of_other_gender(reg, name) or self._given_name_of_a_stranger(reg, name) \
            or self._a_word_others_bear(reg, name) or self._after_another_given_name(reg, name) \
            or self._a_word_of_anothers_office(reg, name)

    def _named_in_another_language(self, reg, word: str) -> bool:
        """'NASA' in an English story, where people.yaml lists 'Lembaga Antariksa Amerika Serikat'
        with the other name 'NASA' only because an Indonesian article wrote it so: a name the machine
        wrote in another language than the story's is not the name its readers know (an editor's
        entry, or one whose other name an editor wrote, still joins)."""
        if reg.name.casefold() == word.casefold() or not self._machine_written(reg):
            return False
        return written_in_another_language(reg.name, self.g.pack.code)

    def _machine_written(self, reg) -> bool:
        """Whether the entry is one an earlier extraction wrote and no editor has touched (no value of
        an editor's in it): what the machine read elsewhere, which this article may outweigh."""
        return self.registries is not None and self.registries.machine_people.get(reg.name.casefold()) is not None \
            and not self.registries.person_fields(reg)[0]

    def _writes_name(self, name: str) -> bool:
        """Whether the article writes the name of several words `name` ('Toyota Camry') itself,
        its words apart by blanks or a line break."""
        words = name.split()
        if len(words) < 2:
            return False
        pattern = r"\s+".join(re.escape(w) for w in words)
        return re.search(rf"(?<!\w){pattern}(?!\w)", self.body) is not None

    def _names_another_in_full(self, reg, word: str) -> bool:
        """'Novel' in an article that writes 'Novel Baswedan' somewhere (before or after the bare
        word, or where the pre-scan read no person), when people.yaml gives 'Novel' as the other
        name of 'Novel Bamukmin' only because an earlier article named him so: the article's own
        full name with that word contradicts the entry's, and the bare word is the article's person
        (a full name the entry's names hold, 'Febri Diansyah' for 'Febri Diansyah', agrees)."""
        if " " in word:
            return False
        known = {t.casefold() for n in (reg.name, *reg.aliases) for t in n.split()}
        for pos in word_positions(self.body, word):
            m = self.g.match_at(self.body, pos)
            # (the next word, capitalised, of the same name: not 'Trump-Musk' nor 'Juventus dan Arsenal',
            # pairs, nor "Stefano 'Teco' Cugurra", a nickname inside the name the entry holds)
            if m is None or m.end() <= pos + len(word) or not _NEXT_NAME_WORD.match(self.body, pos + len(word)) \
                    or not self._in_sentence(pos):
                continue
            at_start = not self.body[_sentence_start(self.body, pos):pos].strip(" \t\"“”'‘«„(")
            p = self.g.parse(self.body, pos, m.end(), self.lowercase_words, at_start, self.midcaps)
            if p is None or p.type != "person" or not p.name:
                continue
            # (the phrase opens with the word; the name read may leave it out as a word of a role
            # or an honorific: 'Sari Ayu Pratiwi' read 'Ayu Pratiwi' still names another Sari)
            words = {t.casefold() for t in p.name.split()} | {word.casefold()}
            if len(words) >= 2 and words - known:
                return True
        return False

    def _introduced_as_someone(self, word: str) -> bool:
        """'Agung, salah satu mahasiswa yang ikut aksi, ...', 'seorang warga, Rina, ...': the article
        introduces the bare word itself as one of many (an indefinite description), a person of its
        own whom no earlier article's entry under that word (an official) can be."""
        if " " in word or not self.g.indefinite_words:
            return False
        lead = "|".join(re.escape(w) for w in sorted(self.g.indefinite_words, key=len, reverse=True))
        # (the description closed by a comma, an apposition: not 'kata Argo, salah satu pelaku kembali
        # datang ...', where the comma after the cue opens the reported clause)
        after = re.compile(rf",\s+(?i:{lead})\s+[a-z][^,.;:!?\"“”\n]{{0,80}},")
        # (a lookbehind: the search starts at the sentence, and a description opening a line has no
        # character of its own before it inside the window: '\nSeorang warga, Rina, ...')
        before = re.compile(rf"(?<![^\s(\"“])(?i:{lead})\s+[a-z][a-z\s-]{{0,60}},\s*$")
        for pos in word_positions(self.body, word):
            if not self._in_sentence(pos):
                continue
            if after.match(self.body, pos + len(word)) \
                    or before.search(self.body, max(_sentence_start(self.body, pos), pos - 80), pos):
                return True
        return False

    def _headline_names_other_office(self, reg, word: str) -> bool:
        """'Waka MPR Desak ...' over a story that calls its speaker 'Eddy' only, where people.yaml
        gives 'Eddy' as the other name of a district's fisheries head only because an earlier article
        named him so: the headline opens with the office of the story's person, and the entry's
        office shares none of its own words with it ('Menteri Sosial (Mensos)' does, under 'Mensos
        Ungkap ...'), so the bare word is not that entry's person. An entry with no role says nothing
        against the headline."""
        if " " in word or not reg.role or not self.title:
            return False
        headline = self.title.split()
        # (an office's first word, 'Waka', 'Panglima': not 'Kemenlu', a ministry that is a word
        # of titles only after their head, whose spokesman the entry may well be)
        if not headline or headline[0].casefold().rstrip(".,:") not in self.g.title_openers:
            return False
        said = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", self.title)}
        return not any(w.casefold() in said for w in _office_words(reg.role))

    def _bare_entry_of_a_stranger(self, reg, word: str) -> bool:
        """'Haris menilai ...' in a story that calls its speaker 'Haris Azhar' in full, where
        people.yaml has an entry named 'Haris' alone only because an earlier article called its
        police spokesman so: the entry is no more than a bare name the machine wrote (no editor's
        value in it), the article's own person under the word has a fuller name, and the article
        shows nothing of the entry's office, so the word is the article's person, not that entry's
        (whose office and state would be filled in as defaults). An entry with no office joins:
        that is how a full name's entry comes to list its bare given name, 'Bambang' of 'Bambang
        Wiratmoko' (its state, if any, is one a reading of the bare word gave)."""
        if not reg.role or " " in word or " " in reg.name or reg.name.casefold() != word.casefold() \
                or not self._machine_written(reg):
            return False
        return self._names_another_in_full(reg, word) and not self._shows_office(reg)

    def _given_name_of_a_stranger(self, reg, word: str) -> bool:
        """'kata Agus' in a story that never writes 'Agus Iman', where people.yaml gives 'Agus' as
        the other name of a police chief 'Agus Iman' only because an earlier article named him so:
        a given name alone (the first word of the entry's full name) is shared by many people
        ('Agus', 'Dewi', 'David'), and a story that calls its speaker by it alone names nobody in
        particular unless it shows the entry's office too (every word of the office's own name,
        'Sumedang' of 'Kapolres Sumedang'). A well-known official the list gives that word as
        ('Prabowo') is read so anyway; an entry with no office of its own shows nothing."""
        return _first_word_of(reg, word) and not listed_as(reg.name, word) and not self._shows_office(reg)

    def _a_word_others_bear(self, reg, word: str) -> bool:
        """'kata Dewi' in a story that never writes 'Eniya Listiani Dewi', where people.yaml gives
        'Dewi' as her other name only because an earlier article named her so, and lists other
        people whose names hold the word too ('Diana Dewi', 'Dewi Perssik'): a word the list gives
        to many names none of them in particular unless the story shows the entry's office (or
        the officials list gives the word as the entry's name). So where another entry gives the
        word as its own machine-written other name too ('O'Sullivan' of 'Sonia O'Sullivan' and of
        'Eddie O'Sullivan': the list's first is no likelier than the second), and, in a language
        whose names have no family name (pack flag names_without_family_names), where the word is
        a later word of the entry's full name that another entry's names hold anywhere ('Nur' of
        'Deswin Nur' beside 'Nur Yahya'): there a later word is a given name as much as a first
        one. A word no other entry holds ('Santikara' of 'Budi Santikara') still names the entry."""
        if " " in word or listed_as(reg.name, word):
            return False
        # (another full name: an entry named by the bare word alone is that word, not another
        # person's name holding it; it may be this very story's reading on an earlier pass)
        others = [e for e in self.registries.bearers(word)
                  if e.name.casefold() != reg.name.casefold() and len(e.name.split()) >= 2]
        if not others or self._shows_office(reg):
            return False
        if any(self.registries.alias_by_machine(e, word) for e in others):
            return True
        return bool(self.g.pack.get("names_without_family_names")) and _later_word_of(reg, word)

    def _shows_office(self, reg) -> bool:
        """Whether the article writes the office of the entry: every word of the office's own name
        ('Sumedang' of 'Kapolres Sumedang'). Not the kind of a place, 'Kabupaten', nor a rank or a
        title, 'AKBP', 'Kepala': words many offices share. An office written in such words only,
        'Juru Bicara KPK', is shown by any of them: a KPK story that calls its spokesman 'Febri'
        need not write 'juru bicara'. An entry with no office shows nothing."""
        office = [w for w in _office_words(reg.role or "") if w.casefold() not in self.g.place_heads]
        own = [w for w in office if w.casefold() not in self.g.title_words]
        shown = [bool(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", self.body, re.IGNORECASE)) for w in own or office]
        return bool(shown) and (all(shown) if own else any(shown))

    def _an_officials_name(self, reg, word: str) -> bool:
        """'kata Prabowo' in a story that never names the spokesman 'Johan ... Prabowo', where
        people.yaml gives 'Prabowo' as his other name only because an earlier article named him so:
        officials.yaml lists the word as a well-known official's own name (another first name), whom
        a reader takes it for."""
        return _later_word_of(reg, word) and another_person(reg.name, word)

    def _pronouns_of_other_gender(self, reg, word: str) -> bool:
        """'Parry said he ...' in a story that never gives a first name, where people.yaml gives
        'Parry' as the other name of a 'Lisa Parry' only because an earlier article named her so:
        the sentences around the bare word speak of a man and never of a woman (or the other way
        round), and the entry's first name tells the other sex; the word is someone else's
        surname. (In a language with no gendered pronouns this says nothing.)"""
        if not _later_word_of(reg, word):
            return False
        sexes = self._gender_lists()
        entry = sexes["names"].get(reg.name.split()[0].casefold())
        if entry is None or not sexes["pronouns"]:
            return False
        seen = set()
        for pos in word_positions(self.body, word):
            if not self._in_sentence(pos):
                continue
            end = _SENTENCE_END.search(self.body, pos + len(word))
            sentence = self.body[_sentence_start(self.body, pos):end.start() if end else len(self.body)]
            seen |= {sexes["pronouns"][w.casefold()] for w in re.findall(r"[\w'’]+", sentence)
                     if w.casefold() in sexes["pronouns"]}
        return bool(seen) and entry not in seen

    def _after_another_given_name(self, reg, word: str) -> bool:
        """"Brian 'Head' Welch told a radio station ...", later 'Welch added': where people.yaml gives
        'Welch' as the other name of an 'Edgar Maddison Welch' only because an earlier article named
        him so, the story writes the surname after a given name of its own (one the language pack
        lists as a given name, its nickname in quotes between or not) that the entry's names do not
        hold: the story's Welch is Brian, not Edgar. A given name the entry holds ('John Bolton' for
        'John R. Bolton') agrees."""
        if not _later_word_of(reg, word):
            return False
        names = self._gender_lists()["names"]
        if not names:
            return False
        known = {t.casefold() for n in (reg.name, *reg.aliases) for t in n.split()}
        for pos in word_positions(self.body, word):
            if not self._in_sentence(pos):
                continue
            m = _GIVEN_BEFORE.search(self.body, max(0, pos - 60), pos)
            if m is not None and m.group("given").casefold() in names \
                    and m.group("given").casefold() not in known:
                return True
        return False

    def _a_word_of_anothers_office(self, reg, word: str) -> bool:
        """'Bolton boss Sam Allardyce', then 'play for Bolton': where people.yaml gives 'Bolton' as the
        other name of a 'John R. Bolton' of whom an earlier article said nothing but the name (no
        office, no state), and this story writes the word inside the office of a person of its own,
        the word names a body here (a club, a firm), not that entry's person. An entry with an
        office is left to the other readings ('Trump administration official ...' says nothing
        against 'President Trump')."""
        if reg.role or reg.country or not _later_word_of(reg, word):
            return False
        folded = word.casefold()
        return any(e.type == "person" and e.role and folded in (w.casefold() for w in re.findall(r"[\w'’-]+", e.role))
                   and e.name.casefold() != reg.name.casefold() for e in self.entities)

    def _gender_lists(self) -> dict[str, dict[str, str]]:
        """The language pack's given names and subject pronouns of each sex: 'm' or 'f' (built once
        per grammar, which lives as long as its pack)."""
        cached = getattr(self.g, "_gender_lists", None)
        if cached is None:
            words = self.g.pack.words
            cached = {"names": {**{w.casefold(): "m" for w in words("masculine_names")},
                                **{w.casefold(): "f" for w in words("feminine_names")}},
                      "pronouns": {**{w.casefold(): "m" for w in words("masculine_pronouns")},
                                   **{w.casefold(): "f" for w in words("feminine_pronouns")}}}
            self.g._gender_lists = cached
        return cached

    def _in_sentence(self, pos: int) -> bool:
        """Whether `pos` stands in a sentence of the story: not on a related-headline or furniture
        line ('Simak juga Video: ...'), nor on a line written as a heading, every long word after
        its lead capitalised ('Video: Prabowo Basmi Mafia Peradilan'): capitals there make no name."""
        if any(s <= pos < e for s, e in self.ignored):
            return False
        start = self.body.rfind("\n", 0, pos) + 1
        end = self.body.find("\n", pos)
        line = self.body[start:end if end >= 0 else len(self.body)]
        words = re.findall(r"[^\W\d_]{4,}", line[line.rfind(":", 0, pos - start) + 1:])
        return not words or not all(w[0].isupper() for w in words)


def _office_words(role: str) -> list[str]:
    """The words that name one office: the role's own capitalised words after its head ('Ketua' of
    'Ketua Tim Sinkronisasi' is the head of many offices, 'Tim Sinkronisasi' names this one); a role
    of one word is its own name."""
    words = re.findall(r"[^\W\d_]{3,}", role)
    return [w for w in words[1:] if w[:1].isupper()] or words[:1]


def _written_otherwise(reg, word: str) -> bool:
    """'MA' (a suspect's initials, a court's short form) against the entry 'Jack Ma' that lists 'Ma':
    the list is read without regard to case, but a word of capitals only is initials or a short
    form, not the name the entry writes with lower-case letters (nor the other way round)."""
    spelt = [n for n in (reg.name, *reg.aliases) if n.casefold() == word.casefold()]
    return len(word) > 1 and bool(spelt) and all(n.isupper() != word.isupper() for n in spelt)


def _capitals_closing_a_name(reg, word: str) -> bool:
    """'TV' of 'Marvel TV', 'M' of 'Sergey M', which the machine listed as the other names of people
    (a later word of a full name is listed so): a word of capitals only there is a body's short form
    or an initial, no one's surname, and 'state TV said' or an 'M' elsewhere is not that person."""
    return word.isupper() and _later_word_of(reg, word)


def _first_word_of(reg, word: str) -> bool:
    """Whether the one word is the first of the entry's own full name of several ('Agus' of 'Agus
    Iman'): the given name, shared by many. An initial before it is no given name of its own: 'Sony'
    of 'R Sony Sulaksono Wibowo' or 'R. Sony ...' (a title of birth, Raden, or a first name cut to
    its letter) is the given name too, and a story about the firm Sony is not about him."""
    words = _after_initials(reg.name.split())
    return " " not in word and len(words) >= 2 and words[0].casefold() == word.casefold()


def _after_initials(words: list[str]) -> list[str]:
    """The words of a name from the first that is not an initial ('R', 'R.', 'M.'), unless only
    initials and one word are left (then the name is what it writes)."""
    i = 0
    while i < len(words) - 2 and _INITIAL.fullmatch(words[i]):
        i += 1
    return words[i:]


# one capital letter, with or without its full stop: an initial
_INITIAL = re.compile(r"[A-Z]\.?")


def _later_word_of(reg, word: str) -> bool:
    """Whether the one word is a word after the first of the entry's own full name ('Parry' of 'Lisa
    Parry'), the other name every full name is given: not a nickname an article introduced as the
    person's ('Ahok' of 'Basuki Tjahaja Purnama'), which names that person only."""
    words = reg.name.split()
    return " " not in word and len(words) >= 2 and word.casefold() in (w.casefold() for w in words[1:])
