"""What a run of words in a speaker phrase is: a person's name, an institution's, or neither.

`NameShapes` holds the tests `grammar.Grammar._parse` asks while it splits a phrase into role and
name: whether a token is name-like, where a body's name ends and a person's begins, whether a
word stands alone as a surname, how hyphens and particles join words. It is a mixin of `Grammar`
(moved out of it unchanged, not a separate object): its methods read the vocabulary
`Grammar.__init__` compiles (`self.title_words`, `self.finder`, ...), so a mixin keeps every
`self.` call as it was, where composition would have rewritten each of them. It imports only
`mentions`.
"""
from __future__ import annotations

from functools import cached_property
import re

from .mentions import (UPPER, _NAME_PARTICLES, _POSSESSIVE_S, _ROLE_BEFORE, _ROMAN, _WEB_NAME, _at,
                       _join_hyphens, _wordch, after_blanks, followed_by, is_academic_degree, word_positions)


_PARTICLE = re.compile(rf"(?:al|el|ad|an|ar|as|ash|at|az)-[{UPPER}]")

# 'S.' in 'Gatot S. Dewa Broto': a capital's initial inside a person's name
_NAME_INITIAL = re.compile(rf"[{UPPER}]\.")


# 'Prayuth Chan - ocha', 'Moon Jae - in': a detokenised hyphen (IndoSum) before the lower-case last
# syllables of a given name
_SPACED_HYPHEN_TAIL = re.compile(r"[ \t]+-[ \t]+([a-z]{2,6})(?![\w-])")


# What may stand before a word that opens its clause (text's start aside): a sentence's or a clause's
# punctuation, a quotation mark, a bracket
_CLAUSE_OPENERS = ".,;:!?\"”“("
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+\Z")


# a month's name between the last word of an office and two words of a name ('BI Juli Budi Winantya')
_MONTH_THEN_NAME = re.compile(r"(?<![\w-])(?P<before>[\w.]+)[ \t]+(?P<month>[A-Z][a-z]+)[ \t]+(?P<first>[A-Z][a-z]+)"
                              r"[ \t]+(?P<second>[A-Z][a-z]+)")
# a capitalised word, then another that closes the run of capitalised words ('Colin High said',
# 'Mike Friday's side')
_GIVEN_THEN_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)(?:'s(?!\w)|(?!['\w-])(?![ \t]+[A-Z]))")


class NameShapes:
    """The name-shape tests of `Grammar` (a mixin: see the module docstring)."""

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
                        or followed_by(text, k + len(right), nxt) \
                        or self._respelt_middle(text, after_blanks(text, k + len(right)), toks[j + 2:]):
                    continue  # (nor the same name with its middle word spelt another way)
                prev = text[max(0, pos - 30):pos].split()[-1:]
                if prev and (prev[0] == before or prev[0].casefold() in self.body_prepositions):
                    return j + 1
        return i

    def _body_before_name(self, text: str, name_toks: list[str], before: str = "") -> int:
        """'Ketua Komnas Anak Arist Merdeka Sirait', 'CEO Gogobli Joyce Lim' (after an office): the leading
        words are a body's, not the person's, when the article cites the person by a word of the rest
        ('kata Arist', 'Sirait menambahkan'), never so by any of the leading words, and writes the last
        leading word elsewhere without the rest's first word after it ('Komnas Anak mencatat', 'bisnis
        Gogobli'); no leading word is a given name ('Abdullah' of 'Bupati Abdullah Azwar Anas' when
        another Abdullah is in the story). A club's short form may lead ('Pelatih AC Milan Vincenzo
        Montella'). The rest keeps two words, or the one word the article cites alone when it writes the
        last leading word as a body's or a place's elsewhere: after a preposition of place or after the
        same word as here (`before`, the role's last word) ('Bintang Barcelona Neymar', later 'kata Neymar'
        and 'bermain di Barcelona'; 'Kepala ITPC Jeddah Gunawan' and 'ITPC di Jeddah'; not 'Penyanyi Miley
        Cyrus', later 'Tak hanya Miley yang ...', a short name). Returns how many words open the body
        (0: none)."""
        if len(name_toks) < 2:
            return 0
        _, cued = self._body_word_index(text)
        for k in range(1, len(name_toks)):
            head, rest = name_toks[:k], name_toks[k:]
            last = head[-1]
            short_form = last.isupper() and last.isalpha() and len(last) >= 2  # ('AC', 'PSV')
            if last in cued or last.casefold() in self.given_names \
                    or not (short_form or (self._namelike(last) and len(last) >= 3)) or "." in last:
                return 0
            if not (rest[0] in cued or rest[-1] in cued):
                continue
            lone = [pos for pos in word_positions(text, last) if not followed_by(text, pos + len(last), rest[0])]
            if len(rest) == 1:
                own = head[-2] if k >= 2 else before
                # (the word before each lone mention: the same word as here, or a preposition of place)
                lone = [pos for pos in lone if (prev := (text[max(0, pos - 30):pos].split() or [""])[-1]) == own
                        or prev in self.body_place_prepositions]
            if lone:
                return k
        return 0

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

    def _cut_org_prefix(self, text: str, toks: list[str]) -> list[str]:
        """'Istiqlal Nasaruddin Umar' -> 'Nasaruddin Umar' when 'Istiqlal' stands elsewhere
        without 'Nasaruddin' after it (it belongs to the organisation before the name)."""
        if len(toks) > 2 and "-" in toks[0] and all(w[:1].isupper() for w in toks[0].split("-")) \
                and toks[0].replace("-", " - ") in text:
            # 'CEO Go - Jek Nadiem Makarim', 'Executive Director McLaren - Honda Zak Brown': two capitalised
            # words a detokenised hyphen joins (Grammar.match_at) before a name of two words or more are the
            # firm or the team the office is held at
            return toks[1:]
        # The leftmost word the article also uses on its own starts the name ("Airin" later).
        # (Not in English, where a surname alone is how a person is named again: 'Vázquez' after
        # 'Wanda Vázquez Garced' is no sign that 'Wanda' belongs to a body.)
        for i in range(1, len(toks) - 1 if not self.of_phrases else 1):
            if toks[i] in _NAME_PARTICLES:
                continue  # ('Ali bin Tamim': 'bin' also stands in 'Mohammed bin Salman')
            if toks[i] == toks[i - 1]:
                continue  # ('Gun Gun Heryanto': a doubled given name, the first no body's word)
            if self._balinese_name_start(toks, i) < i:
                continue  # ('I Gusti Putu Suryawirawan', later 'kata Putu': a Balinese name's own words)
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
            if self._balinese_name_start(toks, 1) == 0:
                break  # ('I Wayan Sudirta': the particle opens a Balinese name, no body's word)
            if self.of_phrases and any(followed_by(text, pos + len(first), t)
                                       for pos in word_positions(text, first) for t in toks[2:]):
                break  # ('Pedro Pierluisi' after 'Pedro R. Pierluisi Urrutia': a given name, not a body)
            alone = len(word_positions(text, first))
            joined = sum(1 for pos in word_positions(text, first, right=None)
                         if (k := after_blanks(text, pos + len(first), " \t\n\r\f\v")) >= 0
                         and (text.startswith(second, k) and not _wordch(_at(text, k + len(second)))
                              or self._respelt_middle(text, k, toks[2:])))
            # (a word the article writes alone before a speech verb is the person's given name and
            # stays, unless the rest of the name holds a common word: 'Allah Maha Mengetahui'; a
            # common word inside a name that ends in a name word is one of its words when the article
            # writes the given name alone only as a speaker: 'Iqbal Lalu Muhammad', later 'Iqbal
            # mengatakan', not 'Apple Security Chief' beside 'perangkat Apple')
            if alone > joined and not self._cued_alone(text, first) \
                    and not (self._source_alone(text, first)
                             and all(self._namelike(t) and t[1:].isalpha() and t[1:].islower() for t in toks[1:])) and (
                    not self._speaks_alone(text, first, toks[1:])
                    or (any(t.casefold() in self.common for t in toks[1:])
                        and (toks[-1].casefold() in self.common or not self._only_speaks_alone(text, first, second)))):
                toks = toks[1:]
            else:
                break
        return toks

    def unfit_registry_name(self, name: str) -> bool:
        """Whether a speaker's name, as read, is no clean name to list in content/people.yaml for
        other articles to join: a word with a digit ('P2BK Purabaya'), a speech verb the text glued
        to the last letters of a name ('Bahlil Lahadaliamengatakan'), or a title word opening a
        name of three words or more ('Brigjend Nunung Syaifuddin' before the title was known; not a
        title that is also a given name: 'Imam Budi Santoso')."""
        words = name.split()
        if any(ch in "0123456789" for w in words for ch in w):  # (not '³' of a mis-decoded 'ó')
            return True
        if any(self._glued_speech_verb(w) for w in words):
            return True
        first = words[0].casefold().rstrip(".") if words else ""
        return len(words) >= 3 and first in self.title_words and first not in self.given_names \
            and first not in self.given_name_titles

    @cached_property
    def _speech_verb_tails(self) -> tuple[str, ...]:
        # (words of five letters or more: 'kata', 'ujar' end too many names)
        return tuple(sorted(w for w in self.cue_words | self.subject_speech_words
                            if " " not in w and len(w) >= 5 and w.isalpha()))

    def _glued_speech_verb(self, word: str) -> bool:
        """'Lahadaliamengatakan': a capitalised word that ends in a speech verb written in lower
        case after three letters or more of something else (a missing space in the source)."""
        if not word[:1].isupper():
            return False
        folded = word.casefold()
        return any(folded.endswith(v) and len(folded) - len(v) >= 3 and word[-len(v):].islower()
                   for v in self._speech_verb_tails)

    @staticmethod
    def _respelt_middle(text: str, k: int, rest: list[str]) -> bool:
        """Whether the text at `k` is the name's middle word spelt another way, then the rest of the
        name: 'Basuki Tjahja Purnama' and later 'Basuki Tjahaja Purnama' are one name, so 'Basuki'
        is written with the rest of it both times (not a body's word before the name)."""
        if k < 0 or not rest:
            return False
        word = text[k:k + 60].split(maxsplit=1)
        if len(word) < 2 or not word[0][:1].isupper():
            return False
        tail = " ".join(rest)
        after = word[1]
        return after.startswith(tail) and not _wordch(_at(after, len(tail)))

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

    def _field_runs_on(self, role_toks: list[str], name_toks: list[str], lower_role: str | None) -> bool:
        """'Direktur Tindak Pidana Narkotika', 'Pengamat Hak Asasi Manusia', 'Menteri Perencanaan
        Pembangunan Nasional': an office whose field ends in a common word, then two more common words,
        is a field running on, no one's name (not after a word that closes a title, 'Utama', nor after a
        body's short name: 'Ketua YLKI Tulus Abadi'; a name of one word is read apart). Indonesian
        only: an English field follows 'of' ('Director of Public Prosecutions')."""
        office = lower_role.split()[0] if lower_role else role_toks[0] if role_toks else ""
        # (the office may be read apart as a lower-case role: 'Pengamat' + 'Hak')
        return not self.of_phrases and len(name_toks) == 2 and len(role_toks) + bool(lower_role) >= 2 \
            and office.casefold().rstrip(".") in self.title_words \
            and role_toks[-1].casefold() in self.common and role_toks[-1].casefold() not in self.title_words \
            and role_toks[-1].casefold() not in self.place_name_words \
            and all(t.casefold() in self.common for t in name_toks)

    @staticmethod
    def _plural_noun(word: str) -> bool:
        """'Bangsa-Bangsa', 'Negara-Negara': a noun doubled with a hyphen (a plural) is a word of a body's
        name ('Perserikatan Bangsa-Bangsa'), never of a person's."""
        head, dash, rest = word.casefold().partition("-")
        return bool(dash) and head == rest and head.isalpha()

    def _balinese_name_start(self, toks: list[str], i: int) -> int:
        """Where the name starts when a Balinese name (the particle 'I' or 'Ni', then balinese_i_names)
        runs across `i`: 'Kementerian Perindustrian I Gusti Putu Suryawirawan', later 'kata Putu', and
        'kuasa hukum Ahok I Wayan Sudirta': the particle and the names after it all open the person's
        name (a word of a name at least must follow them); so do Balinese names opening the phrase
        ('ketua panitia Dewa Ketut Soma'). `i` when none does."""
        names = self.balinese_i_names
        if not names:
            return i
        j = i
        while 0 < j < len(toks) and toks[j - 1] in names:
            j -= 1
        inside = j < i or (i < len(toks) and toks[i] in names)
        if inside and j > 0 and (toks[j - 1] == "I" or toks[j - 1] in self.name_opening_particles):
            return j - 1
        if j == 0 < i < len(toks) and toks[i] in names:
            return 0  # ('Dewa Ketut Soma': Balinese names only, from the phrase's first word)
        if i < len(toks) - 2 and toks[i] not in ("I", *self.name_opening_particles):
            # the particle after the split, with capitalised words only between ('Ahok I Wayan Sudirta')
            for k in range(i + 1, len(toks) - 2):
                if (toks[k] == "I" or toks[k] in self.name_opening_particles) and toks[k + 1] in names \
                        and all(self._namelike(t) for t in toks[k + 2:]):
                    return k
        return i

    def _rank_across(self, toks: list[str], i: int) -> int:
        """Where the name starts when a rank of several words (multiword_ranks, home_rank_words) opens
        before `i` and ends after it: 'Laksamana Madya Widodo', 'Inspektur Polisi Satu Pujianto',
        'Kolonel Inf Refrizal', whose later words look like a name's (the rank is the role's; a name
        of one word at least must follow it). `i` when no rank runs across it."""
        if not self.multiword_ranks:
            return i
        across = [(-len(rank), a) for a in range(i) for rank in self.multiword_ranks.get(toks[a].casefold(), ())
                  if i < a + len(rank) < len(toks)
                  and tuple(t.casefold() for t in toks[a:a + len(rank)]) == rank]
        if not across:
            return i
        n, a = min(across)  # (the longest rank, the first where two are as long)
        return a - n

    def _firm_closer_before_name(self, toks: list[str]) -> int | None:
        """Where the last word closing a firm's name stands when two name-like words at least follow
        it ('PT Bank Permata Tbk Josua Pardede'), or one after an office that opens the phrase
        ('Analis Mandiri Sekuritas Hadiansyah'); None when none does."""
        # (Indonesian only: an English firm follows 'of' or 'at': 'analyst at Nomura Holdings')
        least = 1 if toks and not self.of_phrases and toks[0].casefold().rstrip(".") in self.title_words else 2
        for i in range(len(toks) - 1 - least, -1, -1):
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

    def _surname_speaks(self, text: str, end: int, word: str) -> bool:
        """'High said', 'Brown told', 'High, the union's manager, claimed': the surname of a person
        named in full (_full_name_surname), though also a common word, as the subject of a cue or
        report verb right after it or of an apposition (not 'Guy has been associated with ...')."""
        after = text[end:end + 40].split()
        while len(after) > 1 and after[0].casefold() in self.verb_group_words:
            after = after[1:]  # ('Cook also added that ...', 'Brown has said ...')
        nxt = (after or [""])[0].rstrip(",:;.")
        return (nxt.casefold() in self.cue_words or nxt in self.report_words or text[end:end + 1] == ",") \
            and self._full_name_surname(text, word)

    def _month_name_speaks(self, text: str, end: int, word: str) -> bool:
        """'Juli menyebut ...': a month's name alone (given_name_months) is a person's given name when a
        cue or report verb follows it and the article writes it after an office before two more
        words of a name ('Kepala Departemen Komunikasi BI Juli Budi Winantya'; not 'pada Juli lalu')."""
        after = text[end:end + 40].split()
        while len(after) > 1 and after[0].casefold() in self.verb_group_words:
            after = after[1:]
        nxt = (after or [""])[0].rstrip(",:;.")
        if not (nxt.casefold() in self.cue_words or nxt.casefold() in self.month_name_verbs):
            return False
        cache = self._month_name_index
        if cache is None or cache[0] is not text:
            found = set()
            for m in _MONTH_THEN_NAME.finditer(text):
                if m.group("month") in self.given_name_months \
                        and (m.group("before").casefold().rstrip(".") in self.title_words
                             or (m.group("before").isupper() and len(m.group("before")) >= 2)) \
                        and self._namelike(m.group("first")) and self._namelike(m.group("second")):
                    found.add(m.group("month"))
            cache = self._month_name_index = (text, found)
        return word in cache[1]

    def _full_name_surname(self, text: str, word: str) -> bool:
        """'Colin High', 'Craig Brown', 'Gary Gold': the article names a person in full whose surname
        is `word`, a common word, so the word alone opening a sentence ('High said', 'Brown said:')
        is that person, not a capitalised common word. The full name is a known given name then the
        word, never followed by another capitalised word ('Kevin Young Stadium'). Read from one
        index of the article's full names, built once per text."""
        cache = self._surname_index
        if cache is None or cache[0] is not text:
            found = {m.group(2) for m in _GIVEN_THEN_WORD.finditer(text)
                     if m.group(1).casefold() in self.given_names}
            cache = self._surname_index = (text, found)
        return word in cache[1]

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
                if any(c in rest for c in "\"”“"):
                    # (a quotation closes after it: in 'budaya Betawi," ujar Ikhsan' the cue is the quote's,
                    # whose speaker follows it; the word is no speaker's short name)
                    continue
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

    def _source_alone(self, text: str, word: str) -> bool:
        """'Menurut Aloysius, ...', '..., menurut Ferry dilakukan ...': the word stands alone (a comma or a
        lower-case word after it) as the source after 'menurut' (according_to) or a cue verb, so it is the
        short name of the person the article names in full, not a body's word before the name."""
        for pos in word_positions(text, word):
            before = text[max(0, pos - 20):pos].split()
            if before and (before[-1].casefold() in self.according_words or before[-1].casefold() in self.cue_words) \
                    and re.match(r",|[ \t]+[a-z]", text[pos + len(word):pos + len(word) + 3]):
                return True
        return False

    def _only_speaks_alone(self, text: str, word: str, second: str) -> bool:
        """Whether every time the article writes `word` without `second` after it, it is a speaker:
        after a cue verb ('kata Iqbal') or before a speech verb ('Iqbal mengatakan')."""
        for pos in word_positions(text, word):
            after = text[pos + len(word):pos + len(word) + 30].split()[:1]
            if after and after[0].strip(",.") == second:
                continue
            before = text[max(0, pos - 20):pos].split()[-1:]
            if not ((before and before[0].casefold() in self.cue_words)
                    or (after and after[0].casefold().rstrip(",") in self.subject_speech_words)):
                return False
        return True

    def _speaks_alone(self, text: str, word: str, rest: list[str]) -> bool:
        """'Asep menjelaskan ...' after 'Plt Deputi Penindakan KPK Asep Guntur Rahayu': the word stands
        alone as the subject of a speech verb (speech_verbs), so it is the person's short name, not a
        body's word before the name (not after a side's noun: 'pihak Jouska memastikan'; nor when the
        article writes it as a body's: 'di Ecolab', or with another capitalised word after it than the
        name's second: 'Tesla Motors' before 'CEO Tesla Elon Musk' and 'Tesla memastikan')."""
        if not self.subject_speech_words or self._body_marked(text, word):
            return False
        second = rest[0]
        spoke = False
        for pos in word_positions(text, word):
            after = text[pos + len(word):pos + len(word) + 60].split()[:2]
            if not after:
                continue
            if after[0][:1].isupper() and after[0].strip(",.") != second \
                    and not (len(rest) > 1 and len(after) > 1 and after[1].strip(",.") == rest[1]):
                # (another middle word before the rest of the name is the name spelt another way:
                # 'Bernad Darmawan Sutrisno' beside 'Bernad Dermawan Sutrisno')
                return False
            before = text[max(0, pos - 20):pos].split()[-1:]
            # (an adverb or an auxiliary may stand before the verb when the word opens its clause, maybe
            # after a person's title: 'Sugiarto pun mendesak', ', Iqbal sempat mengaku', 'Hakim Jhon
            # kemudian bertanya'; not an object's: 'mengajarkan Scout juga mengingatkan saya')
            verb = after[0]
            if verb.casefold() in self.subject_verb_adverbs and (
                    text[:pos].rstrip()[-1:] in _CLAUSE_OPENERS
                    or (before and self.has_title_word(before[0]))):
                verb = next((w for w in text[pos + len(word):pos + len(word) + 60].split()[:3]
                             if w.casefold() not in self.subject_verb_adverbs), "")
            spoke = spoke or (verb.casefold().rstrip(",") in self.subject_speech_words
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

    def _ends_with_name(self, bare: str) -> bool:
        """'Badan Ketahanan Pangan Agung Hendriadi': an institution, then a person's name."""
        toks = bare.split()
        # ('Bank of England governor Mervyn King': a title that is also a surname ends a name)
        n = 1 if len(toks) >= 3 and toks[-1] in self.title_surnames and self._namelike(toks[-2]) else 0
        # (the last word may be a common one when a name stands before it: 'Muhammad Muslim')
        # (a noun made with an affix is no word of a name: 'Komisi Pemberantasan Korupsi' is one body)
        # ('Komisi Eropa Ursula von der Leyen': lower-case particles between two words of the name)
        while n < len(toks) - 1 and ((self._namelike(toks[-1 - n]) and (
                toks[-1 - n].casefold() not in self.common or n == 0
                # ('Gatot S. Dewa Broto': a common word after an initial is a word of the name)
                or (len(toks) - n >= 2 and _NAME_INITIAL.fullmatch(toks[-2 - n])))
                and not (self.derived_re is not None and self.derived_re.fullmatch(toks[-1 - n].casefold())))
                or (n > 0 and self._particles_inside_name(toks, len(toks) - n))):
            n += 1
        before_last = next((t for t in reversed(toks[:-1]) if t.casefold() not in self.name_particles), "")
        initialled = n >= 3 and any(_NAME_INITIAL.fullmatch(t) for t in toks[len(toks) - n:-1])
        return (n >= 2 and (before_last.casefold() not in self.common or initialled)) or self._titled_name_ending(toks) \
            or self._place_then_name(toks) or self._headed_place_then_name(toks)

    def _inner_place_closing(self, toks: list[str]) -> str | None:
        """'Pemerintah Western Cape', 'Pemerintah Provinsi Western Cape': an institution's head word (and a
        place's head word or a foreign state's unit: non_home_units) closed by a place inside a foreign
        state (places_within) and nothing else ->
        that state; None for any other phrase (a person's name after the body: 'Pemerintah Kota X Budi')."""
        if self.within is None or not self.home_country or len(toks) < 2:
            return None
        for k in (3, 2, 1):
            if len(toks) <= k:
                continue
            code = self.within.code_of(" ".join(toks[-k:]))
            if code is None:
                continue
            head = toks[:-k]
            # (a foreign state's unit may stand between: 'Pemerintah Negara Bagian California')
            units = {w for u in self.non_home_units if f" {u} " in f" {' '.join(head).casefold()} " for w in u.split()}
            if all(t.casefold() in self.place_heads or t.casefold() in units or t[:1].islower()
                   or self.inst_head_re.fullmatch(" ".join(head[:i + 1])) for i, t in enumerate(head)):
                return code
        return None

    def _headed_place_then_name(self, toks: list[str]) -> bool:
        """'Dinas Kesehatan Kabupaten Situbondo Abu Bakar Abdi': a place's head ('Kabupaten', 'Kota'), a
        town the pack knows (places.<code>.txt), then two name-like words or more that name no place:
        the body's name ends with the town, a person's follows (its words may be common ones: 'Bakar')."""
        if not self.home_country:
            return False
        for j in range(1, len(toks) - 2):
            if toks[j - 1].casefold() not in self.place_heads:
                continue
            for k in (2, 1):  # the longest place first: 'Kabupaten Bandung Barat'
                place = " ".join(toks[j:j + k]).casefold()
                rest = toks[j + k:]
                if place in self.local_places and len(rest) >= 2:
                    return all(self._namelike(t) and not t.isupper() and t.casefold() not in self.place_name_words
                               and t.casefold() not in self.local_places and t.casefold() not in self.places
                               and t.casefold() not in self.place_heads for t in rest) \
                        and " ".join(rest[:2]).casefold() not in self.local_places \
                        and self.finder.code_of(" ".join(rest)) is None
        return False

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
            or closer.casefold().rstrip(".") in self.title_set or self._bracketed_short_form(toks[:k])
        name = " ".join(toks[k:]).casefold()
        if not closes or name in self.local_places or name in self.places \
                or toks[k].casefold() in self.local_places or self.finder.code_of(toks[k]) is not None:
            return False
        # ('Yayasan PPNU Trate' written twice, or '(PPNU) Trate': the word after the acronym is the
        # body's own, a village's; a person is named with the body once)
        again = re.findall(rf"(?<![\w-]){re.escape(closer)}\)?[ \t]+{re.escape(toks[k])}(?![\w-])", text)
        return len(again) < 2

    @staticmethod
    def _bracketed_short_form(toks: list[str]) -> bool:
        """`toks` end with a body's short form in brackets after its full name ('Badan Pengawas
        Pemilu (Bawaslu)', 'Komisi Perlindungan Anak (Komnas PA)'): the bracket closes the body's name as
        an acronym does, so that a one-word name after it, or one with a common word inside ('Arist
        Merdeka Sirait'), is the office holder's ('Ketua Badan Pengawas Pemilu (Bawaslu) Abhan')."""
        if not toks or not toks[-1].endswith(")"):
            return False
        j = len(toks) - 1
        while j > 0 and not toks[j].startswith("(") and len(toks) - j < 3:
            j -= 1
        inner = " ".join(toks[j:])[1:-1].split()
        return toks[j].startswith("(") and 0 < j and bool(inner) \
            and all(w[:1].isupper() and w.isalpha() for w in inner)

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
        if self._home_place_ends_at(toks, len(toks) - 1):
            return True
        # ('Dinas Pendidikan DKI Jakarta Sopan Adrianto': two name-like words after the place, the first a
        # given name that is also a common word ('sopan'), no title, place or word made with an affix)
        given = toks[-2]
        if len(toks) < 4 or not self._namelike(given) or given.isupper() or given.casefold() in self.local_places \
                or given.casefold() in self.place_name_words or given.casefold().rstrip(".") in self.title_words \
                or (self.derived_re is not None and self.derived_re.fullmatch(given.casefold())):
            return False
        return self._home_place_ends_at(toks, len(toks) - 2)

    def _home_place_ends_at(self, toks: list[str], end: int) -> bool:
        """Whether a home town or province of one to three words (local_places) ends right before toks[end],
        with a word of the body's name before it, and does not go on into toks[end] ('Jawa Tengah', not
        'Jawa' of it)."""
        return any(" ".join(toks[end - k:end]).casefold() in self.local_places
                   and " ".join(toks[end - k:end + 1]).casefold() not in self.local_places
                   for k in (1, 2, 3) if end - k >= 1)

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
