"""The role a sheet shows for a speaker: what is left of the phrase before or after a name once
words that are no office are taken away.

The readers of roles (`speakers`, `quotes`) keep whatever stood next to a name, because the
words also decide the speaker's country. What a reader of the site should see is the office:
not a courtesy title (`Mr`, `Pak`), a determiner (`the`), the cue `Menurut` or `Kata`, the bare name of a
state (`Indonesia`; the speaker's country already says it), a clause that a reading took for a
description (`tidak ada negara yang bisa ...`), the speaker's own name (`Mr Brown`), a news outlet
(`BBC Mr`), or a connector left dangling (`head of`).
"""
from __future__ import annotations

import re

from .outlets import is_news_outlet
from .grammar import Grammar
from .trie import literal_alternation


class RoleCleaner:
    _cache: dict[int, "RoleCleaner"] = {}

    @classmethod
    def for_grammar(cls, grammar: Grammar) -> "RoleCleaner":
        found = cls._cache.get(id(grammar))
        if found is None or found.grammar is not grammar:
            found = cls._cache[id(grammar)] = cls(grammar)
        return found

    def __init__(self, grammar: Grammar):
        self.grammar = grammar
        pack = grammar.pack
        # (and a cue that opens a sentence before its speaker: 'Kata Erwin, ...' read as the role 'Kata')
        leading = pack.words("honorifics") + pack.words("determiners") + pack.words("according_to") \
            + pack.words("opening_cues")
        alternatives = literal_alternation(leading)
        self.leading = re.compile(rf"^(?:(?:{alternatives})\.?(?!\w)\s*)+", re.I) if leading else None
        honorifics = "|".join(re.escape(w) for w in pack.words("honorifics"))
        # a courtesy title inside or after the office: "Labour's Mr", 'BBC Mr' (not a word of a body's name
        # that only capitalised words follow to the office's end: 'Direktur Sinar Mas Land')
        self.honorific = re.compile(rf"\s+(?:{honorifics})\.?(?!\w)(?![ \t]+(?-i:[A-Z])[\w-]*(?:[ \t]+(?-i:[A-Z])[\w-]*)*\Z)",
                                    re.I) if honorifics else None
        # an office whose object was lost: 'head of', 'director of', 'Kepala Dinas untuk'
        # (a coordinator at the end is read below: 'Swift dan' is the first of two people)
        connectors = "|".join(re.escape(w) for w in set(pack.words("object_prepositions") + pack.words(
            "host_prepositions") + [d.casefold() for d in pack.words("determiners")])
                              - set(pack.words("coordinators")) if w.isalpha())
        self.dangling = re.compile(rf"(?:\s+(?:{connectors}))+\s*$", re.I) if connectors else None
        # a sentence opener the phrase began with ('Awalnya', 'Sebagai Ketua ...', 'Tapi Menlu'),
        # or several of them
        self.openers = re.compile(
            r"^(?:(?:" + literal_alternation(grammar.openers) + r")(?!\w)[ \t,]*)+") \
            if grammar.openers else None
        # a report verb inside a role: the reading ran on into the sentence ('Chief Technological
        # Officer of Red Hat said Red Hat had')
        self.speech_words = {w.casefold() for w in pack.words("cue_verbs") + pack.words("speech_verbs")
                             if " " not in w}
        self.coordinators = {w.casefold() for w in pack.words("coordinators")}
        self.anaphors = {w.casefold() for w in pack.words("anaphor_markers")}
        suffixes = [s for s in pack.words("non_name_suffixes") if s.isalpha()]
        self.possessive = re.compile(rf"\w{{3,}}(?:{'|'.join(map(re.escape, suffixes))})$") if suffixes else None
        # a police or army rank between the office and the name ('Kapolres Jember AKBP'): the man's
        ranks = pack.words("person_ranks") + pack.words("home_rank_words") + pack.words("multiword_ranks") \
            + pack.words("rank_titles")
        self.ranks = {tuple(r.casefold().split()) for r in ranks if r.strip()}
        self.prenominal = grammar.prenominal_titles
        self.rank_corps = {w.casefold() for w in pack.words("rank_corps_words")}
        self.longest_rank = max((len(r) for r in self.ranks), default=0) + 1
        self.stopwords = grammar.stopwords
        self.title_words = grammar.title_words
        self.common = grammar.common
        self.finder = grammar.finder

    def clean(self, role: str | None, name: str | None) -> str | None:
        if not role:
            return role
        text = self.leading.sub("", role).strip(" ,") if self.leading is not None else role.strip()
        if self.openers is not None:
            text = self.openers.sub("", text)
        if self.honorific is not None:
            text = self.honorific.sub("", text).strip(" ,")
        if self.dangling is not None:
            text = self.dangling.sub("", text).strip(" ,")
        if not text or is_news_outlet(text.removesuffix("'s").removesuffix("’s")):
            return None  # 'BBC Mr X': the outlet that reports, not an office
        words = text.split()
        cut = self._titles_at_end(words)
        if cut:
            words = words[:-cut]
            text = " ".join(words)
        cut = self._rank_at_end(words)
        if cut:
            words = words[:-cut]
            text = " ".join(words)
        if name and set(words) <= set(name.split()):
            return None  # 'Mr Brown' for Mr Brown
        if self.finder.code_of(text) is not None:
            return None  # 'Indonesia': the country, which the quote already has
        if self.grammar.is_clause(text):
            # 'Kementerian Sosial memang belum sempurna', 'akan disampaikan dalam rapat ...' (a
            # capitalised word is part of a name: 'kepala Direktorat Lalu Lintas' keeps 'Lalu')
            return None
        if any(w.islower() and w in self.speech_words for w in words):
            return None  # '... of Red Hat said Red Hat had'
        if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() \
                and words[0].casefold().rstrip(".") not in self.title_words \
                and words[0].casefold() not in self.common:
            return None  # 'Blankenship', 'Cherie': a name, not an office ('Prosecutor' is one)
        if words[0].islower() and words[0] in self.stopwords:
            return None  # 'agar pemilik bangunan ...', 'ia menerima Fahri ...': a clause
        if all(w.islower() for w in words) and (
                (len(words) > 1 and words[-1] in self.anaphors)
                or (len(words) == 1 and self.possessive is not None and self.possessive.search(words[0]))) \
                and not any(w.rstrip(".,") in self.title_words for w in words):
            # 'Dalam paparannya, Gus Ipul ...', 'Dalam kesempatan tersebut, Budi ...', 'potongan video
            # tersebut': a thing the sentence spoke of before the name, no office
            return None
        if len(words) > 1 and words[-1] in self.coordinators:
            # 'Swift dan' (from 'Swift dan Katy Perry'): the first of two people, no office;
            # 'Direktur Utama dan' keeps its title
            words = words[:-1]
            if not any(w.casefold().rstrip(".,") in self.title_words for w in words):
                return None
            text = " ".join(words)
        return text

    def _titles_at_end(self, words: list[str]) -> int:
        """How many words at the end of a role are titles a name was written after (prenominal_titles:
        'Rektor IPB Prof Dr' -> 'Rektor IPB', 'Ketua MUI KH' -> 'Ketua MUI', 'FKUI/RSCM Dr. dr.' ->
        'FKUI/RSCM'): the office or the body before them is the role ('Prof Dr' alone is all the sheet
        knows of him, and stays)."""
        k = 0
        while k < len(words) and words[-1 - k].casefold().rstrip(".") in self.prenominal:
            k += 1
        return k if k < len(words) else 0

    def _is_rank(self, words: list[str]) -> bool:
        folded = tuple(w.casefold() for w in words)
        return folded in self.ranks or (len(folded) > 1 and folded[-1] in self.rank_corps
                                        and folded[:-1] in self.ranks)

    def trailing_rank(self, role: str) -> str | None:
        """The rank an officer bears between his office and his name, which clean() takes off the role
        ('Ketua tim SAR Zona C Kapten' -> 'Kapten'), written with a capital as a rank is; None else."""
        words = role.split()
        cut = self._rank_at_end(words)
        return " ".join(words[-cut:]) if cut and words[-cut][:1].isupper() else None

    def _rank_at_end(self, words: list[str]) -> int:
        """How many words at the end of a role are a rank (person_ranks and the other rank lists),
        the longest read first ('Brigadir Jenderal Pol'): 0 unless an office stands before it, with
        a title word ('Kapolda Lampung Irjen' -> 'Kapolda Lampung'; 'Kombes' alone is all the sheet
        knows of him, and 'Ponorogo AKBP' has no office), and unless the rank's first word closes
        a title with the word before it ('Sekretaris Jenderal', 'Konsul Jenderal' are offices)."""
        if self._is_rank(words):
            return 0  # ('Letnan Kolonel': the rank is all the role there is)
        for k in range(min(self.longest_rank, len(words) - 1), 0, -1):
            rank, before = words[-k:], words[:-k]
            if not self._is_rank(rank):
                continue
            if f"{before[-1]} {rank[0]}".casefold() in self.grammar.title_set:
                return 0
            if any(w.casefold().strip("(),.") in self.title_words for w in before):
                return k
            return 0
        return 0
