"""Which state the people and bodies of one article speak for, from the story's home and scenes.

`ArticleStates` decides the article's home state (`main_country`), the state a passage is set in
(`local_state`, `story_state`, `abroad_scene`), and from those the state of an office or body
that names none itself (`office_state`, `_home`, `home_office`, `_local_office`, `_unit_of_opening_body`, short forms and
their expansions, foreign and international institutions). It is a mixin of
`speakers.ArticleEntities` (moved out of it unchanged): its methods read the registry's state
(`self.body`, `self.grammar`, `self.people`, ...) and are called by `ArticleEntities.add` and
`resolve`, so a mixin keeps each `self.` call as it was. Role wording itself is read by
`role_reading.RoleReading` through `self.grammar`.
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import cached_property
import re

from .gazetteer import sovereigns
from .mentions import _CAPS_ACRONYM, _NAME_JOINERS, _POSSESSIVE_S, _is_or_opens_with
from .officials import speaks_for_no_state
from .outlets import is_news_outlet
from .roles import RoleCleaner


def _padded_words(phrase: str) -> str:
    """' dpr ri komisi i ': the words between single spaces, brackets and commas as spaces, so that
    ' name ' finds a whole listed name with one search."""
    return " " + " ".join(re.sub(r"[(),]", " ", phrase).split()) + " "


# between two states' names in a list: 'Iraq and Afghanistan', 'Tanzania, Mozambique', 'Irak dan Suriah'
_LIST_JOINT = re.compile(r",?[ \t]+(?:and|or|dan|atau)[ \t]+(?:the[ \t]+)?|,[ \t]+(?:the[ \t]+)?")


# the words of a body's full name before its short form in brackets: 'Bangladesh's Institute of
# Epidemiology, Disease Control and Research (IEDCR)'
_NAME_WORD = re.compile(r"[\w'’.\-]+|,")


# a quotation within one paragraph
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


# the first line of text of a body (its opening paragraph), after any blank lines
_FIRST_LINE = re.compile(r"\s*([^\n]*)")


class ArticleStates:
    """The states of an article's offices and bodies, for `ArticleEntities` (a mixin: see the module docstring)."""

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
        title = self._title_read
        title_codes = [m.code for m in self.g.finder.find(title)
                       if m.code in self._states_named_as_such or not self._names_its_people(title, m)]
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
        """The body's mentions of states that may say what it is about (not 'US dollars'; not a state
        named only as its people's origin: _states_named_as_such)."""
        named = self._states_named_as_such
        return [m for m, of_people in self._body_mentions if m.code in named or not of_people]

    @cached_property
    def _body_mentions(self) -> list:
        """The body's mentions of states that are no part of another name, each with whether it only
        names people's origin (_names_its_people); found once for both readers below."""
        return [(m, self._names_its_people(self.body, m)) for m in self.g.finder.find(self.body)
                if self._counts_for_state(m)]

    @cached_property
    def _states_named_as_such(self) -> frozenset[str]:
        """The states the title or the body names once at least as a state, not only after a word for
        its people or press ('di Inggris' beside 'Media Inggris', 'warga Inggris': all three count)."""
        title = self._title_read
        found = {m.code for m in self.g.finder.find(title) if not self._names_its_people(title, m)}
        found |= {m.code for m, of_people in self._body_mentions if not of_people}
        return frozenset(found)

    @cached_property
    def _local_mentions(self) -> tuple[list, Counter]:
        """The mentions of states and of places within them outside quotes, and their counts
        (read once an article: every office asks local_state)."""
        mentions = list(self._state_mentions)
        if self.g.within is not None:
            mentions += self.g.within.find(self.body)
        # (not a place named inside a quote: '"... structures in place in Albania," she said. ...
        # the government said' is the British government)
        quoted = self.quoted_spans
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in quoted)]
        return mentions, Counter(m.code for m in mentions)

    @cached_property
    def quoted_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation within one paragraph of the body, found once per article."""
        return [(q.start(), q.end()) for q in _QUOTED.finditer(self.body)]

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

    def _names_its_people(self, text: str, m) -> bool:
        """'pengungsi Burundi', 'warga Burundi', 'media Inggris': a state's
        name right after a word for people or the press (state_name_qualifiers) says where they come
        from, not where the story is (refugees from Burundi in a story set in DR Congo: the Congolese
        ministry's official speaks for DR Congo), when that is all the story says of the state."""
        words = re.split(r"[.,;:!?\"“”()]", text[max(0, m.start - 40):m.start])[-1].split()
        return any(" ".join(words[-k:]).casefold() in self.g.state_name_qualifiers
                   for k in (1, 2) if len(words) >= k)

    def place_placed_abroad(self, role: str) -> str | None:
        """The foreign state the article itself puts the place a local office names in: 'Wali Kota Verbania'
        after 'Wanita yang tinggal di Verbania, utara Italia, ...' (a place no list knows, then a comma, a
        compass word of place_compass_words or none, and a foreign state's name). None for a home place
        (local_places) or a place the article never places so."""
        compass = self.g.pack.words("place_compass_words")
        words = [w.strip("(),.") for w in role.split()]
        names = [w for w in words if w[:1].isupper() and w.casefold() not in self.g.title_words
                 and w.casefold() not in self.g.local_places and self.g.finder.code_of(w) is None]
        if not names or not compass:
            return None
        place = re.escape(" ".join(names))
        rx = re.compile(rf"(?<![\w-]){place},[ \t]+(?:(?:{'|'.join(map(re.escape, compass))})[ \t]+)?")
        for m in rx.finditer(self.body):
            found = [h for h in self.g.finder.find(self.body[m.end():m.end() + 40]) if h.start == 0]
            if found and found[0].code != self.g.home_country:
                return found[0].code
        return None

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
            return self.g.within_state(role) or self._legislature_party_state(role) or self.main_country
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
            # ('Pelaksana Tugas Bupati Garut': the acting holder speaks for the office as its holder does)
            r = self.g.without_acting_prefix(role.casefold())
            if self._lawyer_of_client(r):
                return None
            if any(u in r for u in self.g.non_home_units):
                return None  # 'Gubernur Negara Bagian California': a foreign state's unit
            if self.g.international_in(role):
                return None  # 'Direktur Jenderal WHO': an international body's
            if self.g.home_rank_re is not None and self.g.home_rank_re.search(role):
                return self.g.home_country  # 'Kepala Bagian Penerangan Umum Komisaris Besar'

            if role.split()[0] in self.g.lower_case_non_ranks:
                return None  # ('kapten dari tim Essien': a team's captain, no rank)
            if self._shared_home_title(r):
                return self.main_country  # 'Ketua DPR Mike Johnson' in a story mostly about the US
            if self._is_home_title(r):
                return self.g.home_country
            if _is_or_opens_with(r, self.g.home_local_titles) \
                    and (placed := self.place_placed_abroad(role)) is not None:
                return placed  # ('Wali Kota Verbania' after 'tinggal di Verbania, utara Italia': that town's mayor)
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
            # ('Ketua tim SAR Zona C Kapten Catur Waluyo', 'Kepala Seksi Operasi AKP Budi'): an office that
            # names no state, then the officer's rank, which alone gives his state as it does before a name
            rank = RoleCleaner.for_grammar(self.g).trailing_rank(role)
            if rank is not None and not self.g.finder.find(role):
                return self._home(rank)
        return None

    def _legislature_party_state(self, role: str) -> str | None:
        """The state of a legislature member's party (legislature_party_states): 'Labour MP Oona King'
        and 'Tory MP Nigel Waterson' sit in the British parliament though the story is mostly about
        Iraq or names only the US; not when the story is mostly about a state whose parties bear the
        same names (party_name_sharing_states: a 'Conservative MP' in a story about Canada)."""
        if self.g.legislature_party_re is None or self.g.legislature_re is None \
                or not self.g.legislature_re.search(role) or self.main_country in self.g.party_name_sharing_states:
            return None
        m = self.g.legislature_party_re.search(role)
        return self.g.legislature_party_states[m.group()] if m else self._constituency_chamber_state(role)

    def _constituency_chamber_state(self, role: str) -> str | None:
        """The state of the chamber the article names (legislature_chamber_states) for a member of a
        constituency ('the MP for Grantham and Stamford' in a story mostly about Kenya that names the
        House of Commons): one state's chambers only, and not in a story mostly about a state whose
        chamber bears the same name (chamber_name_sharing_states)."""
        legislature = self.g.legislature_re.search(role)
        if self.g.legislature_chamber_re is None or legislature is None \
                or not re.match(r"[ \t]+for[ \t]+[A-Z]", role[legislature.end():]) \
                or self.main_country in self.g.chamber_name_sharing_states:
            return None
        states = {self.g.legislature_chamber_states[m.group()]
                  for m in self.g.legislature_chamber_re.finditer(f"{self.title or ''}\n{self.body}")}
        return states.pop() if len(states) == 1 else None

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
        if role and self.g.home_country and not self.g.is_former(role) \
                and any(self._home_body_unit(t) for t in re.split(r"[\s,-]+", role) if _CAPS_ACRONYM.fullmatch(t)):
            return self.g.home_country  # ('Direktur Utama LLP-KUKM': a ministry's unit, not a firm's board)
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

    def _home_body_unit(self, short: str) -> bool:
        """'Lembaga Layanan Pemasaran Koperasi dan UKM (LLP - KUKM) Kemenkop dan UKM': a unit's short form
        in brackets (alone or one part of it), then one of the home state's institutions by its name: the
        unit is that institution's, a state body, whatever title heads it ('Direktur Utama LLP - KUKM')."""
        if self.g.home_institution_re is None or self.g.finder.code_of(short) is not None:
            return False
        for m in re.finditer(rf"\((?:[^()\n]{{0,20}}[ \t-])?{re.escape(short)}(?:[ \t-][^()\n]{{0,20}})?\)[ \t]+", self.body):
            after = " ".join(self.body[m.end():m.end() + 60].split()[:4])
            found = self.g.home_institution_re.match(_padded_words(after.casefold()))
            if found is not None and after[:1].isupper():
                return True
        return False

    def _abroad_office(self, role: str | None, offset: int) -> str | None:
        """'Jaksa penuntut umum' in an Indonesian story of a trial in Malaysia, 'Menteri Kabinet' in
        one about Kuwait: where the story's state is undecided and the home state is named at most
        once (a news outlet's name, 'CNN Indonesia', is no mention), an office that would otherwise
        default to the home state is the office of the foreign state named last before it."""
        if not role or not self.g.home_country or self.main_country is not None or self._home_named_more_than_once \
                or self.g.home_rank_re is not None and self.g.home_rank_re.search(role) \
                or self._names_home_institution(role.casefold()) \
                or (self.home_office(role) or self._home(role)) != self.g.home_country:
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

    def story_state(self, offset: int, local: bool = False) -> str | None:
        """The state of an unnamed authority, force or office every state has at `offset`: the
        state the story is mostly about, else the foreign state it is set in (abroad_scene; with
        `local`, the authority says it is the place's, 'Otoritas setempat', and the place named last
        before it is the scene though the story names it once)."""
        return self.main_country or self.abroad_scene(offset, once=local) or self._home_alone

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

    def abroad_scene(self, offset: int, once: bool = False) -> str | None:
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
            return code if code in title_scenes or body_scenes[code] >= 2 or once else None
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

    def _lawyer_of_client(self, folded_role: str) -> bool:
        """'Pengacara Ketua DPR Setya Novanto': a role opening with a lawyer's word (own_person_deputies)
        holds no office of the client's, whose home institution it names, so speaks for no state."""
        return any(folded_role == d or folded_role.startswith(d + " ") for d in self.g.own_deputies)

    def home_office(self, role: str | None) -> str | None:
        """'Menteri Agama', 'Irjen Kementerian Agama' under a 'Jeddah (ANTARA News)' dateline: an
        office or institution only the home state has outweighs the place the story was filed from."""
        if not role or not self.g.home_country or self.g.is_former(role) or self.g.is_non_state(role):
            return None
        r = role.casefold()
        if self._lawyer_of_client(r):
            return None
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

    def _home_institution(self, name: str | None) -> str | None:
        """`Kementerian Luar Negeri` with no country, in Indonesian news: Indonesia's. (A
        foreign ministry named earlier with its country is found before this is asked.)"""
        if name and self.g.home_country and (name.casefold() in self.g.home_institutions
                                             or (self._names_home_institution(name)
                                                 and not self._foreign_extension(name)
                                                 and name.split()[0].casefold() not in self.g.citizen_body_heads)):
            # ('Badan Pengkajian dan Pengembangan Kebijakan Kemlu'; not a body of citizens whose name holds
            # the institution it watches: 'Koalisi Selamatkan Komnas HAM', 'Forum Alumni KPK')
            return self.g.home_country
        if name and self.g.home_country and (name.casefold() in self.g.home_local_institutions
                                             or (" " in name and name.split()[0].casefold() in self.g.home_local_heads)) \
                and self.main_country in (None, self.g.home_country):
            return self.g.home_country  # 'Kejaksaan Agung', not in a story mostly about Venezuela
        return None

    def _home_short_form_of(self, name: str | None) -> str | None:
        """'Badan Nasional Penanggulan Bencana (BNPB) menyatakan ...': a body the article names with a
        short form in brackets that the pack lists as the home state's (home_institutions) is that body, its
        full name misspelt or written another way."""
        if not name or not self.g.home_country or " " not in name:
            return None
        m = re.search(re.escape(name) + r"[ \t]*\(([A-Z][A-Za-z0-9-]{1,12})\)", self.body)
        if m is None or m.group(1).casefold() not in self.g.home_institutions or m.group(1)[0] != name[0] \
                or self.g.is_non_state(name) or name.split()[0].casefold() in self.g.citizen_body_heads:
            return None  # (the short form's first letter is the name's; not a body of citizens: 'Koalisi ...')
        return self._home_institution(m.group(1))

    def _home_initials_of(self, name: str | None) -> str | None:
        """'Menurut MA, ...' in a story that wrote out the 'Mahkamah Agung' before, without its short
        form in brackets: a body's short form of capitals that are the initials of a home institution's
        name (home_institutions, home_local_institutions: of two full words or more, no short forms
        inside) is that body, when the article writes out one such name only, and before the short form.
        ('MA' alone may be a suspect's initials; 'PP' after both 'Pemerintah Provinsi' and 'Polisi
        Pamong' is neither for sure.)"""
        if not name or not self.g.home_country or not (2 <= len(name) <= 6) or not name.isalpha() \
                or not name.isupper():
            return None
        first = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.body)
        found = []
        for full in self.g.home_initials.get(name.casefold(), ()):
            m = re.search(r"(?<![\w-])" + r"[ \t]+".join(re.escape(w) for w in full.split()) + r"(?![\w-])",
                          self.body)
            if m is not None and (first is None or m.start() < first.start()):
                found.append(full)
        return self._home_institution(found[0]) if len(found) == 1 else None

    def _story_state_body(self, name: str | None) -> str | None:
        """'Pemerintah', 'Mahkamah Agung' (story_state_bodies: every state has them) named bare in a
        home-language story mostly about one foreign state that names the home state at most once
        (its institutions counted): that state's body. (Not in a story of Indonesians abroad, where
        the home state and its bodies are named: 'Pemerintah' there may be the home government.)"""
        if not name or not self.g.home_country or name.casefold() not in self.g.story_state_bodies \
                or self.main_country in (None, self.g.home_country) or self._home_present:
            return None
        return self.main_country

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
        if any(f" {d} " in folded for d in self.g.own_deputies):
            # (h_enlaw43) "Macron's lawyer Jean Dupont", "Trump's lawyer Rudy Giuliani": a lawyer holds
            # no office of the client's, so takes no state from the client
            return None
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

    def _unit_of_opening_body(self, role: str | None) -> str | None:
        """'Direktur Statistik Harga' in a story whose headline or opening paragraph names the
        statistics bureau: a unit's head (unit_head_titles) whose role names only the unit's field
        (capitalised words that are no state's, no known body's, no board's title: 'Utama') works in
        the state body the story's opening names, as a reader takes it from the context. Not when
        the opening names a firm ('PT ...', 'perusahaan'), a foreign state or a body outside the
        state, whose directors these may be as well."""
        if not role or not self.g.home_country or not self.g.unit_head_titles \
                or self.g.is_non_state(role) or self.g.is_former(role) or self.g.holds_no_office(role):
            return None
        folded = role.casefold()
        title = next((t for t in self.g.unit_head_titles if folded.startswith(t + " ")), None)
        if title is None:
            return None
        fields = [w for w in role.split()[len(title.split()):] if w.casefold() not in self.g.stopwords]
        if not fields or not all(w[:1].isupper() and w[1:2].islower() and w not in self.g.firm_heads
                                 and w.casefold() not in self.g.firm_unit_words for w in fields) \
                or self.g.finder.find(role) or self.g.known_institution_re is not None \
                and self.g.known_institution_re.search(role):
            return None  # ('Direktur BRI', 'Direktur Utama': a body named, or a firm's board title)
        opening = f"{self.title or ''}\n{_FIRST_LINE.match(self.body).group(1)}"
        padded = _padded_words(opening)
        if any(w in self.g.firm_heads for w in opening.split()) \
                or any(f" {w} " in padded.casefold() for w in self.g.unit_firm_nouns) \
                or any(m.code != self.g.home_country for m in self.g.finder.find(opening)) \
                or self.g.is_non_state(opening):
            # (a firm's, a story abroad: 'ditangkap polisi perairan Malaysia', or one a body outside
            # the state opens: 'Lembaga survei X merilis penilaian kinerja kementerian')
            return None
        named = self.g.home_institution_re.finditer(padded.casefold()) if self.g.home_institution_re is not None else ()
        # (a body's name, capitalised in the text: not the common noun 'kecamatan')
        return self.g.home_country if any(padded[m.start() + 1:m.start() + 2].isupper() for m in named) else None

    def office_state(self, role: str | None, offset: int) -> str | None:
        """The state an unnamed holder of an office that names no state speaks for: an office only
        the home state has, the section's state, or an office every state has of the state the
        story is about ('juru bicara kepolisian' in a story set in Britain)."""
        return self.home_office(role) or self.heading_country(offset) \
            or self._home(role) or self._local_office(role, offset)
