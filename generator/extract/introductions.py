"""The roles an article gives a person where it introduces them, and the first pass that registers them.

`Introductions` reads the role written around a name (`_introduction`: 'X, the foreign minister',
'Foreign Minister X', a description in the next sentence) and runs `prescan`, the pass over the
whole body that registers every person and institution the article names (with apposed, listed
and lower-case offices, coordinated people and nicknames) before any cue is read. It is a mixin of
`speakers.ArticleEntities` (moved out of it unchanged, for the same reason as
`article_states.ArticleStates`): `prescan` calls the registry's `add` and `note`, and `add` asks
`_introduction`.
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property

from .mentions import (Parsed, UPPER, _LEADING_THE, _ROLE_BEFORE, _copy_parsed, _initials_match,
                       _is_or_opens_with, _sentence_start, word_positions)


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


_LAST_WORD = re.compile(r"([\w-]+)[ \t]+\Z")
_DESCRIBED_BY = re.compile(r"([A-Z][\w-]+)[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}\Z")


# (in a language of one home state, the office may close with its body's short form in brackets:
# 'Ketua Dewan Perwakilan Daerah (DPD), NAME')
# what describes a person right after the name: a lower-case apposition or an age (described_where_named)
_DESCRIBED_AFTER = re.compile(r",[ \t]+(?P<word>[a-z][\w-]*)|[ \t]*\((?P<age>\d{1,2})\)")
_DASHES = frozenset({"--", "–", "—"})  # (not a hyphen: "Direktur IFI - Konselor Kebudayaan")
_ROLE_BEFORE_BRACKETED = re.compile(r"(?P<role>(?:[^,.;:\"“”\n()]|\([A-Za-z][\w.&/-]{0,15}\)){3,140}),[ \t]+\Z")
_ROLE_BEFORE_SHORT = re.compile(r"(?P<role>[^,.;:\"“”\n()]{3,140}\([A-Za-z][\w .&/-]{0,15}\)),[ \t]+\Z")
# ', the Hungarian Government commissioner responsible for defence,' after a name (or ', of the
# provincial council,'); an age in brackets may stand before the comma: 'Suwandi (30), Kepala Seksi ...,'
_INTRODUCED_AS = re.compile(r"(?:[ \t]*\(\d{1,3}\))?,[ \t]+(?:of[ \t]+(?=the[ \t]))?(?:(?P<det>the|a|an)[ \t]+)?(?P<role>[^,.;:\"“”\n()]{3,120}?)(?=[ \t]*[,.;:\n(]|$)")


# ' of the island's power authority said': a lower-case office after a name
_LOWER_OFFICE_OF = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?P<office>(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w-]*)(?=[ \t]*[,.;:]|[ \t]+[a-z])")


# a short form in brackets right after a name: 'Pacific Gas and Electric (PG&E)'
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Za-z&.]{1,9})\)")


class Introductions:
    """The roles an article gives where it introduces a person, and `prescan`, for `ArticleEntities` (a mixin: see the module docstring)."""

    def _introduction(self, name: str) -> tuple[str | None, str | None]:
        """(role, state) from where the article introduces a person it later quotes without a role:
        'an interview with Gáspár Maróth, the Hungarian Government commissioner responsible
        for defence, ...' -> the commissioner, HU."""
        role, state = self._introduction_read(name)
        if role is not None and state is not None and state == self.g.home_country \
                and self.g.role_country(role) is None:
            # ('Gao Guangxi, Direktur Kepolisian Chengnan, ...' in a story set in China that names the
            # home state at most once: an office every state has, which would default to the home
            # state, is the scene's, as it is when the office stands before the name: _abroad_office)
            pos = self.body.find(name)
            state = (self._abroad_office(role, pos) if pos >= 0 else None) or state
        return role, state

    def _introduction_read(self, name: str) -> tuple[str | None, str | None]:
        pos = self.body.find(name)
        if pos < 0 and "-" in name:
            # ('Abdul Ghani al - Assadi' in a detokenised text is the 'al-Assadi' of the name)
            name = name.replace("-", " - ")
            pos = self.body.find(name)
        m = _INTRODUCED_AS.match(self.body, pos + len(name)) if pos >= 0 else None
        if m is not None and self._source_of_according(pos):
            m = None  # ('Menurut Presiden Direktur PT X Budi, almarhum mendapat ...': the clause reported, no apposition)
        if m is not None and not self.body[_sentence_start(self.body, pos):pos].strip() \
                and _SENTENCE_CLOSED.match(self.body, m.end()):
            # ('Krisna (55), pemilik kuliner ... syok mengetahui ruko dikontraknya terbakar.': a sentence
            # that opens on the name has its predicate after the apposition; one that runs to the full
            # stop holds the predicate, no description of the person alone)
            m = None
        role, country = self._introduced_role(m) if m is not None else (None, None)
        if role is None:
            # (', NAME,': the apposition closes after the name, so the office before it is the name's)
            closed = (self.body.startswith(",", pos + len(name)) or self._apposition_closes(pos + len(name))) \
                if pos >= 0 else False
            found = self._role_before(self._past_name_openers(pos), closed) if pos > 0 else (None, None)
            if found[0] is None and pos > 0:
                found = self._led_body_role(pos)
            return found if found[0] is not None or pos < 0 else self._described_next(pos + len(name), name)
        if role is not None and country is None and not self.g.is_non_state(role) and not self.g.home_country:
            # 'Colin Sutherland, Lord Carloway, the Lord President of the court': a title of
            # honour, then the office
            nxt = _INTRODUCED_AS.match(self.body, m.end())
            if nxt is not None and nxt.group("det"):
                country = self._introduced_role(nxt)[1]
        return role, country

    def _source_of_according(self, pos: int) -> bool:
        """Whether the name at `pos` closes the source, an office before it, that an according-to phrase opens
        its sentence with, no comma between ('Menurut Putra sekaligus Presiden Direktur PT X Hariyadi, ...'; according_to, with the
        openers that may stand before it, according_openers): the comma after the name closes the source
        and the reported clause follows, whatever title word opens it ('almarhum mendapat ...')."""
        words = self._according_words
        if not words:
            return False
        start = max(self.body.rfind("\n", 0, pos), *(self.body.rfind(c + " ", 0, pos) for c in ".!?")) + 1
        prefix = self.body[start:pos].strip().casefold()
        if "," in prefix:
            return False
        for opener in self._according_openers:
            if prefix.startswith(opener + " "):
                prefix = prefix[len(opener) + 1:]
                break
        # (only with an office before the name, the source whole without the comma: 'Menurut Budi Santoso,
        # Kepala Dinas X, ...' puts the office in apposition)
        return any(prefix.startswith(w + " ") and prefix[len(w) + 1:].strip() for w in words)

    @cached_property
    def _according_words(self) -> tuple[str, ...]:
        return tuple(sorted((w.casefold() for w in self.g.pack.words("according_to")), key=len, reverse=True)) \
            if self.g.home_country else ()

    @cached_property
    def _according_openers(self) -> tuple[str, ...]:
        return tuple(sorted((w.casefold() for w in self.g.pack.words("according_openers")), key=len, reverse=True))

    def capacity_role(self, names) -> tuple[str | None, str | None]:
        """(role, state) from the office the article says a person acts in, right after any mention of
        one of `names` (capacity_markers: 'Budi Santoso (BS) selaku Kepala Dinas Perhubungan
        Sukamaju', 'kata Rina selaku Direktur Utama PT Maju'), wherever in the article it stands: in
        a language of one home state, where the press writes a person's office so, often far from the
        quote. The office lists decide the state (none for a firm's, a party's or a former office)."""
        if self.g.capacity_after_re is None or not self.g.home_country or not self._capacity_marked:
            return None, None
        for name in names:
            if not name or not name[:1].isupper() or len(name) < 3:
                continue
            # (a name of one word may be the first of the full name written there: 'Sudarmo Wijaya (SW) selaku')
            more = rf"(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}" if " " not in name else ""
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}{more}(?![\w-])", self.body):
                after = self.g.capacity_after_re.match(self.body, m.end())
                role = self._capacity_office(after.end()) if after is not None else None
                if role is None:
                    continue
                if self.g.is_former(role) or self.g.holds_no_office(role) or self.g.is_non_state(role):
                    return role, None
                code = self.g.role_country(role)
                if code is not None and code != self.g.home_country:
                    # ('kata Koei Tsuge selaku Presiden Central Japan Railway': a state's name inside
                    # a firm's may be no office of that state; the home state's offices only)
                    return role, None
                return role, code or self._home(role)
        return None, None

    @cached_property
    def _capacity_marked(self) -> bool:
        """Whether the article writes a capacity marker at all ('selaku'): most do not, and the search
        for each role-less speaker's mentions (a pattern per name) is the costly part."""
        return self.g.capacity_after_re.search(self.body) is not None

    def _capacity_office(self, start: int) -> str | None:
        """The office after a capacity marker: its title word (lower case too: 'selaku anggota Komisi
        III DPRD'), then capitalised words, short forms and numerals, with the joiners of
        capacity_role_joiners before a capitalised word ('Kepala Bagian Umum pada Sekretariat Daerah');
        up to the first other word or mark. None when it does not open with a title ('selaku korban')."""
        words = re.match(r"[^,.;:!?\"“”()\n]{1,160}", self.body[start:])
        if words is None:
            return None
        toks = words.group().split()
        if not toks or not (toks[0].casefold().rstrip(".") in self.g.title_words
                            or _is_or_opens_with(" ".join(toks).casefold(), self.g.title_set)):
            return None
        kept = [toks[0]]
        for i, w in enumerate(toks[1:], 1):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if w[:1].isupper() or w[:1].isdigit() or (w.casefold() in self.g.capacity_joiners and nxt[:1].isupper()):
                kept.append(w)
            elif len(kept) == 1 and w.casefold().rstrip(".") in self.g.title_words:
                kept.append(w)  # ('Ketua majelis Hakim', 'Kepala seksi ...': a title of two lower-case words)
            else:
                break
        return " ".join(kept)

    def _apposition_closes(self, end: int) -> bool:
        """In a language of one home state, a name that ends its sentence or is followed by a word of
        apposition_closing_words ('... dipuji oleh Staf Ahli Kepala Badan Pangan Nasional, Rudi
        Santoso.', 'dijelaskan oleh Kepala Pusat Riset Air, Rina Kartika bahwa ...')
        closes an apposition as a comma does: no clause follows it whose subject the name could be."""
        if not self.g.home_country:
            return False
        m = re.match(r"[ \t]*(?:(?P<stop>[.!?])(?=\s|\Z)|(?P<word>[a-z]+)\b)", self.body[end:end + 40])
        if m is None:
            return False
        return bool(m.group("stop")) or m.group("word") in self.g.apposition_closing_words

    def _past_name_openers(self, pos: int) -> int:
        """Where a name opens that the entity's name leaves its opening particle or academic title out
        of ('..., Lalu Iqbal Muhammad', '..., Prof Rina Kartika'): before those words, so that the
        office put in apposition before them is found."""
        if not self.g.home_country:
            return pos
        m = re.search(r"(?:^|(?<=[ \t]))([\w]+)\.?[ \t]+\Z", self.body[max(0, pos - 20):pos])
        if m is not None and (m.group(1) in self.g.name_opening_particles
                              or m.group(1).casefold() in self.g.person_titles - self.g.honorifics):
            return max(0, pos - 20) + m.start(1)
        return pos

    def _past_furniture(self, pos: int) -> int:
        """`pos`, or past the page furniture lines that follow it ('SCROLL TO CONTINUE WITH CONTENT'
        between two sentences of the story): the spans find_furniture marked as no facts."""
        while True:
            at = pos + len(self.body[pos:pos + 200]) - len(self.body[pos:pos + 200].lstrip())
            nxt = next((e for s, e in self.ignored if s == at and e > at), None)
            if nxt is None:
                return pos
            pos = nxt

    def described_where_named(self, name: str) -> bool:
        """Whether the article describes the person it names `name` right after the word: an
        apposition that opens on a word describing a person ('kata Wahyuni, warga setempat') or an
        age ('Wahyuni (34)'). A person met for the first time is described so; a name misspelt once
        is not (speakers._misspelt_surname)."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.body):
            after = _DESCRIBED_AFTER.match(self.body, m.end())
            if after is not None and (after.group("age") or after.group("word") in self._describing_words):
                return True
        return False

    @cached_property
    def _describing_words(self) -> frozenset[str]:
        """The words a description of a person opens on (not a clause: 'menurut Ongky, terdapat ...'):
        a person noun, an office in lower case, 'seorang', and the pack's newcomer_descriptors."""
        pack = self.g.pack
        return frozenset(w.split()[0].casefold() for w in pack.words("person_nouns") + pack.words("lower_roles")
                         + pack.words("indefinite_speakers") + pack.words("newcomer_descriptors") if w.strip())

    def _described_next(self, end: int, name: str = "") -> tuple[str | None, str | None]:
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
            m = self._described_after_own_sentences(at, name)
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

    def _described_after_own_sentences(self, at: int, name: str) -> re.Match | None:
        """The office that opens a sentence with no demonstrative, right before its active verb,
        after sentences whose subject is the person ('..., kata Rina. Rina mengatakan, .... Anggota
        Komisi IX DPR RI menyinggung ...'): the press's other name for the person it has just
        quoted. Only past one or two sentences that open with the person's name: the sentence
        right after the first mention may be anyone's, and an office far from it is another's."""
        if not name or self.g.described_next_verb_re is None:
            return None
        opened = 0
        while opened < 2 and re.match(rf"\s*{re.escape(name)}[ \t]+[a-z]", self.body[at:at + len(name) + 8]):
            stop = _SENTENCE_CLOSE.search(self.body, at, at + 600)
            if stop is None:
                return None
            at = self._past_furniture(stop.end())
            opened += 1
        return self.g.described_next_verb_re.match(self.body, at) if opened else None

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
        # (in a language of one home state, a short form in brackets may stand inside the office:
        # 'Terkait hal itu, Direktur Jenderal (Dirjen) Cipta Karya, NAME')
        # (with no bracket in reach both bracket patterns read as _ROLE_BEFORE does, which is several times
        # faster: the bracketed one repeats an alternation per character)
        bracketed = self.g.home_country and "(" in self.body[max(0, pos - 160):pos]
        m = (_ROLE_BEFORE_BRACKETED if bracketed else _ROLE_BEFORE).search(self.body, max(0, pos - 160), pos)
        if m is None and bracketed:
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
                and (not all(w.casefold() in self.g.role_lead_words or w in self.g.opener_set for w in words[:first])
                     # ('Berita itu dikonfirmasi oleh Direktur ...': a word of a title that opens no office)
                     or not _is_or_opens_with(" ".join(words[first:]).casefold(), self.g.title_set)):
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
        country = self.g.role_country(role) or self._home(role)
        if found is not None:
            nxt = self.g.parse(self.body, start, found.end(), self.lowercase_words, False, self.midcaps)
            # (words read as a name that are a body's are the office's, when the office says whose
            # state it is: else 'Direktur Kerja Sama, NAME' says less than a headline's institution)
            if nxt is not None and nxt.type == "person" and nxt.name \
                    and not (self.g.home_country and country and self._body_words_read_as_name(nxt.name, start)):
                return None, None
        return role, country

    def _led_body_role(self, pos: int) -> tuple[str | None, str | None]:
        """(role, state) of a person named first as the leader of a body of a state's officers:
        'Hukuman dijatuhkan majelis hakim yang diketuai Erintuah Damanik' -> 'Ketua majelis hakim', read
        as that office is (led_body_verbs). The body opens at its officers' word (domestic_role_words),
        with the group nouns before it (led_body_heads); with no such word it is no state's ('Perusahaan
        asal Jepang yang dipimpin Masayoshi Son')."""
        g = self.g
        if g.led_body_re is None or g.domestic_role_re is None:
            return None, None
        m = g.led_body_re.search(self.body, max(0, pos - 120), pos)
        if m is None:
            return None, None
        words = m.group("body").split()
        first = next((i for i, w in enumerate(words) if g.domestic_role_re.fullmatch(w)), None)
        if first is None:
            return None, None
        while first > 0 and words[first - 1].casefold() in g.led_body_heads:
            first -= 1
        role = f"{g.led_body_title} {' '.join(words[first:])}"
        if g.holds_no_office(role) or g.is_non_state(role) or g.is_clause(role):
            return None, None
        return role, g.role_country(role) or self._home(role)

    def _body_words_read_as_name(self, name: str, start: int) -> bool:
        """'Direktur Jenderal (Dirjen) Cipta Karya, NAME', 'Staf Khusus Kepala Badan Pangan Nasional,
        NAME': the capitalised words the phrase reader took for a person's name after the title are a
        body's, when the article names no such person anywhere else (neither the full name nor its
        last word stands elsewhere) and no list knows one; a titled person of a list is named again
        or known ('Menteri Luar Negeri Retno Marsudi')."""
        if self.official(name) is not None:
            return False
        here = self.body.find(name, start)
        if any(at != here for at in word_positions(self.body, name, "-", "-")):
            return False
        # (its last word alone, as a surname stands: not inside another capitalised name, 'Jaminan
        # Kesehatan Nasional')
        last = name.split()[-1]
        for at in word_positions(self.body, last, "-", "-"):
            if here >= 0 and here <= at < here + len(name):
                continue
            if not re.search(rf"[{UPPER}][\w.-]*[ \t]+\Z", self.body[max(0, at - 40):at]):
                return False
        return True

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
        if right is not None and right.type == "role" and left is not None and left.type == "person" \
                and left.role and len((left.name or "").split()) >= 2 and all(w[:1].isupper() for w in left.name.split()) \
                and (right.role or "").split()[0].casefold() in self.g.title_openers:
            # 'anggota Komisi II DPR Markus Nari dan Direktur Utama PT. X, NAME': an office holder with a
            # full name, then a second office whose holder is named after it (the phrase stops at 'PT.'):
            # the first person is known by name and role, the second office is no part of them
            return [left, right]
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
        if at_start and not left.role and (left.name or "").split()[0].casefold() not in self.g.given_names:
            # ('Irishmen JP McManus and John Magnier, who own ...': a sentence's first word; but a given
            # name the pack knows opens a name: 'Amelie Mauresmo and Maria Sharapova won their opening
            # matches', after which 'Mauresmo' alone is her)
            return []
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
        for m in g.phrases(body):
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
                if right.type == "role":
                    e = self.add(left, left.start)
                    if e is not None:
                        self.note(left.start, e)
                    prev = right
                    continue
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
                  and (prev.role or prev.text).split()[0].casefold().rstrip(".") in self.g.title_words
                  and not self._closes_fronted_clause(prev.start, p.end)):
                # 'Komisioner Komnas HAM, Natalius Pigai': a role in apposition before the name
                # (before a rank alone too: 'Kepala Pusat Komunikasi Publik Kemenhan, Brigjen Totok
                # Sugiarto' holds the office, whose state the rank does not say)
                p.role = prev.role or prev.text
                p.country = p.country or prev.country
                before = _LAST_WORD.search(body, max(0, prev.start - 20), prev.start)
                if before is not None and self.g.is_former(before.group(1)) and not self.g.is_former(p.role):
                    # ('Mantan anggota DPR dari Fraksi Partai Demokrat, NAME, menyebut ...': the office
                    # in apposition is one the person held, as the word before it says)
                    p.role, p.country = f"{before.group(1)} {p.role}", None
            elif p.type == "principal":
                self.add(p, p.start)
            if p.type == "person" and p.role and len((p.name or "").split()) >= 2 and self._titles_only(p.role):
                # 'Duta Besar Israel untuk Selandia Baru, Dr. Itzhak Gerberg menuliskan ...': academic
                # titles before the name are no office; the office in apposition before them is his
                titles, p.role = p.role, None
                self._apposed_role(p)
                if p.role is None:
                    p.role = titles
            elif p.type == "person" and not p.role and len((p.name or "").split()) >= 2:
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
            if p.type == "person" and p.name and (p.role or len(p.name.split()) > 1 or self._joining_entry(p.name)):
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

    def _closes_fronted_clause(self, office: int, name_end: int) -> bool:
        """'Meski banyak kritik yang diarahkan kepada Menkeu, Gus Maksum justru menilai ...': the
        sentence opens with a fronted clause (fronted_clause_openers: 'Meski', 'Ketika', 'Setelah')
        and no comma stands between its opener and the office at `office`, so the comma after the
        office closes that clause: the name after it (ending at `name_end`) is the main clause's
        subject, not the office's holder in apposition. (After the clause's own comma an apposition
        may follow: 'Meski begitu, Menkeu, Sri Mulyani, ...'; and one closed by a comma after the
        name stands inside the clause: 'Ketika polemik ini sampai ke telinga Sekretaris Jenderal
        PSSI, Ratu Tisha Destria, ia membantahnya'.)"""
        if not self.g.fronted_clause_openers or re.match(r"[ \t]*[,.;:]", self.body[name_end:name_end + 3]):
            return False
        start = _sentence_start(self.body, office)
        lead = self.body[start:office].lstrip(" \t\"“”'‘«„(")
        first = re.match(r"[\w-]+", lead)
        return first is not None and first.group().casefold() in self.g.fronted_clause_openers \
            and "," not in lead

    def _titles_only(self, role: str) -> bool:
        """'Dr.', 'Prof. Dr.': a role of the titles written before a name alone (prenominal_titles)."""
        return all(w.casefold().rstrip(".") in self.g.prenominal_titles for w in role.split())

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
        """Where the sentence the name stands in opens, past its leading blanks and a dateline
        ('Rimanews - Kepala Dinas ..., Jawa Timur, NAME': the outlet or place before the dash is
        no word of the office)."""
        start = self._past_furniture(_sentence_start(self.body, p.start))
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
        if any(w in g.subject_speech_words for w in words[1:]):
            # ('Kapolda Jawa Tengah Condro Kirono menyatakan siswa SMA Taruna Nusantara, Krisna ...
            # ditemukan meninggal': a speech verb makes the words before the comma a report, whose
            # object the name is, not the name's office)
            return
        p.role = office
        p.country = p.country or g.role_country(office)

    def _opens_with_title(self, office: str) -> bool:
        """The office's first word is a capitalised title word that is no sentence opener: 'Dalam'
        is a word of 'Menteri Dalam Negeri' but opens no office ('Dalam dakwaan Direktur PT X, NAME
        disebut ...', 'Dalam pidato aslinya, NAME': a fronted phrase, not the name's apposition)."""
        first = office.split(maxsplit=1)[0] if office.strip() else ""
        return first[:1].isupper() and first.casefold() in self.g.title_words \
            and (first not in self.g.opener_set or first.casefold() in self.g.indefinite_words)

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
        # (where each nickname added stands -> whose it is: 'Saulihun alias Abu Nusaibah alias Abu
        # Hilyah alias Pak Slamet' gives all three to the first, not the third to the second; a
        # chain read link by link would join one more link on each pass through people.yaml)
        owner_at: dict[int, object] = {}
        for mk in self.g.nickname_re.finditer(self.body):
            i = bisect.bisect_left(starts, mk.start()) - 1
            if i < 0 or mk.start() - starts[i] > 120 or self._nickname_of_its_opening_name(starts[i], mk.start()):
                continue
            person = owner_at.get(starts[i], self.mentions[i][1])
            nick = self.g.match_at(self.body, mk.end())
            if person.type == "person" and nick is not None and len(nick.group().split()) <= 3:
                person.aliases.add(nick.group().rstrip("."))
                owner_at[mk.end()] = person
        if self.g.nickname_joiner_re is not None:
            self._joined_nicknames(starts)
        if self.g.nickname_after_re is not None:
            self._trailing_nicknames(starts)

    def _trailing_nicknames(self, starts: list[int]) -> None:
        """'tegas Ani, sapaan akrabnya', 'kata Djanur, sapaan akrab Djadjang Nurdjaman': a name the
        marker after it calls a familiar name is an alias. Of the person the marker names after it; with
        the possessive alone ('sapaan akrabnya'), of the one the account is about: the person named last,
        with a full name, as the subject of a speech verb or right after a cue verb ('Menteri Keuangan Sri
        Mulyani Indrawati menegaskan ...'), not someone merely spoken of ('Ketua DK OJK Muliaman D.
        Hadad' in the object of a report)."""
        body, g = self.body, self.g
        for mk in g.nickname_after_re.finditer(body):
            nick = mk.group("nick")
            if nick.casefold() in g.non_name or self.find_person(nick) is not None:
                continue  # (a name the article already gives someone is no new alias)
            owner = None
            if mk.group("own") is None:
                named = g.match_at(body, mk.end())
                owner = self.find_person(named.group().rstrip(".,")) if named is not None else None
            else:
                i = bisect.bisect_left(starts, mk.start()) - 1
                while i >= 0 and owner is None and mk.start() - starts[i] <= 1500:
                    at, e = self.mentions[i]
                    i -= 1
                    if e.type != "person" or len((e.name or "").split()) < 2 or at >= mk.start():
                        continue
                    end = body.find(e.name, at)
                    end = end + len(e.name) if 0 <= end < at + 200 else -1
                    after = [w.casefold() for w in re.findall(r"[\w-]+", body[end:end + 60])] if end >= 0 else []
                    while after and after[0] in g.verb_group_words:
                        after.pop(0)  # ('Sri Mulyani juga menegaskan')
                    if (after and after[0] in g.subject_speech_words) or g._after_cue_verb(body, at):
                        owner = e
            if owner is not None and owner.type == "person" and len((owner.name or "").split()) >= 2 \
                    and not set(nick.split()) & set(owner.name.split()):
                owner.aliases.add(nick)

    def _nickname_of_its_opening_name(self, mention: int, marker: int) -> bool:
        """'Armantha, pria yang akrab disapa Tata ...', 'Liliyana atau yang akrab disapa Butet':
        the sentence of the nickname opens with a name of its own (read as a mention or not), whose
        nickname it is, so a mention of an earlier sentence ('... kematian Marliem.') is not its
        owner. A sentence opening otherwise ('Salah satunya Jessica Iskandar. Kendati ..., namun
        perempuan yang akrab dipanggil Jedar ini ...') may describe the person named before."""
        start = _sentence_start(self.body, marker)
        if mention >= start:
            return False
        return self.g.nickname_sentence_opening.fullmatch(self.body, start, marker) is not None

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
