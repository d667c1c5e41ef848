"""What a role says about who a speaker speaks for: which state, or a body that is not a state's.

`RoleReading` answers the questions asked of a role once it is parsed: `role_country` (the state
an office belongs to, not the host of an envoy), `is_non_state` (a party, a firm, a forum),
`international_in`, `places_branch`, `heads_other_body`, and whether a role is former, a
candidacy or no office at all. It is a mixin of `grammar.Grammar` for the same reason as
`name_shapes.NameShapes` (its methods read the vocabulary `Grammar.__init__` compiles; a pure move
of methods); `speakers.ArticleEntities` and its mixins call these through the grammar
(`self.grammar.role_country(...)`). It imports only `mentions`.
"""
from __future__ import annotations

import re

from .mentions import _LEADING_THE, _POSSESSIVE_S
from .officials import official_country


# 'Amerika Serikat (AS)': a name and its short form in brackets
_BRACKETED_TAIL = re.compile(r"(.+?)\s*\(([^()]+)\)")


def _name_and_short_form(role: str) -> tuple[str, str | None]:
    """('Amerika Serikat', 'AS') of 'Amerika Serikat (AS)'; (role, None) with no short form."""
    m = _BRACKETED_TAIL.fullmatch(role.strip())
    return (m.group(1), m.group(2)) if m else (role.strip(), None)


class RoleReading:
    """What a role says about the state it speaks for, for `Grammar` (a mixin: see the module docstring)."""

    def has_title_word(self, text: str | None, courtesy: bool = True) -> bool:
        """Whether a word of `text` (a role) is a title word ('Foreign Minister', 'Dr.'); with
        `courtesy` False, a courtesy title ('Dr', 'Mr') is none: only an office counts."""
        for w in (text or "").split():
            w = w.casefold().rstrip(".")
            if w in self.title_words and (courtesy or w not in self.person_titles):
                return True
        return False

    def names_only_a_place_or_body(self, role: str | None) -> bool:
        """'Sumatra Utara (Sumut)', 'Amerika Serikat (AS)', 'Real Madrid', 'Persatuan Bulu Tangkis
        Seluruh Indonesia (PBSI)': a 'role' that is only the name of a place, a state, a club or a
        body (every word capitalised, none an office's or a trade's word, and it names a place or
        state, or its short form in brackets is its initials), read from the phrase before a name
        whose office was left out. It says where or with whom, not what the person is."""
        if not role:
            return False
        head, short = _name_and_short_form(role)
        words = head.split()
        if not words or not all(w[:1].isupper() for w in words):
            return False
        if any(w.casefold().strip("(),.") in self.title_words or w.casefold().strip("(),.") in self.title_openers
               or w.casefold() in self.profession_words or w.casefold() in self.lower_role_set
               or w in self.head_words for w in words):
            return False
        if short and short == "".join(w[0] for w in words if w[:1].isupper() and w.casefold() not in self.stopwords):
            return True
        folded = head.casefold()
        if folded in self.subdivisions or folded in self.places or folded in self.local_places \
                or words[0].casefold() in self.place_heads \
                or (short and (short.casefold() in self.local_places or short.casefold() in self.places)) \
                or any(m.start == 0 and m.end == len(head) for m in self.finder.find(head)):
            return True
        # ('Real Madrid'; not 'Gelandang Real Madrid', 'Tokoh Masyarakat Poso': a trade's word first)
        return not any(w.casefold() in self.common for w in words) \
            and any(w.casefold() in self.places for w in words)

    def place_name_gives_no_state(self, role: str | None) -> bool:
        """'Real Madrid', 'Paris Saint - Germain': a 'role' that is only the name of a club, a body or a foreign
        city (names_only_a_place_or_body, not names_a_state_or_province): the state its place names is not one
        the person speaks for."""
        return self.names_only_a_place_or_body(role) and not self.names_a_state_or_province(role)

    def names_a_state_or_province(self, role: str | None) -> bool:
        """'Amerika Serikat (AS)', 'Sumatra Utara (Sumut)', 'Kecamatan Fatuleu': a role that is a
        state's own name or a home place's (the state it gives is the person's), not a club's or a
        foreign city's ('Real Madrid')."""
        if not role:
            return False
        head, short = _name_and_short_form(role)
        words = head.split()
        return any(h.start == 0 and h.end == len(head) for h in self.finder.find(head)) \
            or bool(short and short.casefold() in self.local_places) or head.casefold() in self.subdivisions \
            or head.casefold() in self.local_places or bool(words and words[0].casefold() in self.place_heads)

    def is_party_affiliation(self, role: str | None) -> bool:
        """Whether a role is only a member's party ('Liberal Democrat' of 'Liberal Democrat Sarah Teather')."""
        return bool(role) and role.split() in self.party_affiliations

    def names_a_body(self, word: str) -> bool:
        """Whether `word`, the one word after an office, is a party's name ('Sekjen Gerindra',
        'Wakil Ketua Dewan Pakar Partai Golkar'): it names the body the office is in, never its
        holder, whose name follows in apposition if at all ('..., Mahyudin, ...'). (Not any word
        after 'Partai' or 'Fraksi': 'Sekretaris Fraksi Sukamta' is the holder's name.)"""
        return [word] in self.party_affiliations

    def shadows(self, held: str, wanted: str) -> bool:
        """Whether a role only shadows the office asked for (unheld_office_words): 'Shadow foreign
        secretary' does not hold 'foreign secretary'; 'shadow chancellor' asked for is held. So does
        a deputy's (deputy_office_words): 'Deputy Prime Minister' does not hold 'prime minister'."""
        words = {w.casefold() for w in re.findall(r"[\w'’-]+", held)} \
            & (self.unheld_office_words | self.deputy_office_words)
        return bool(words - {w.casefold() for w in re.findall(r"[\w'’-]+", wanted)})

    def is_non_state(self, role: str) -> bool:
        """A role in a body that is not the state's: a forum, a party, a company."""
        if self.is_firm_title(role):
            return True
        if self._manages_home_unit(role):
            return False  # ('Manajer SLRT Sambilulungan': the manager of the state's service unit)
        if self.names_regional_board(role):
            return True  # 'Sekretaris DPD Front X DKI Jakarta': an organisation's board, not the senate
        if self.party_held_bodies and self._party_held_body(role):
            return True  # 'Kepala Satgas Cakra Buana PDIP': a party's task force, not the state's
        if self.state_staff_re is not None:
            role = self.state_staff_re.sub(" ", role)  # ('staf ahli Bawaslu': the state's adviser)
        if self.state_body_re is not None:
            role = self.state_body_re.sub(" ", role)  # ('Badan Survei Geologi AS': the state's agency, no pollster)
        # (a phrase also in brackets: 'Ketua Komisi Perlindungan Anak (Komnas PA)')
        if not any(w.casefold().strip("(),.") in self.non_state or w.strip("(),.") in self.lower_non_state
                   for w in role.split()) \
                and not any(p in f" {' '.join(role.casefold().replace('(', ' ').replace(')', ' ').split())} "
                            for p in self._padded_non_state_phrases):
            return False
        if self.legislature_re is not None and self.legislature_re.search(role) and not self.is_former(role):
            return False  # 'anggota DPR dari Fraksi Partai Gerindra': a member of the state's parliament
        # ('Vatican archbishop': the Holy See is a state and a church at once)
        return not (self.church_states and any(m.code in self.church_states for m in self.finder.find(role)))

    def _manages_home_unit(self, role: str) -> bool:
        """A manager's title (unit_manager_titles: 'Manajer', a firm's title elsewhere, see
        non_state_words) over a body the home state lists as its own (home_institutions) and no other
        word of a body that is not the state's: 'Manajer SLRT Sambilulungan' runs the state's referral
        service, as its 'Kepala' would; 'Manajer Persib', 'Manajer Humas PT KAI' stay a club's, a firm's."""
        titles = self.unit_manager_titles
        if not titles or self.home_institution_re is None:
            return False
        words = role.split()
        rest = [w for w in words if w.casefold().strip("(),.") not in titles]
        if len(rest) == len(words) or not rest:
            return False
        padded = " " + " ".join(re.sub(r"[(),]", " ", " ".join(rest).casefold()).split()) + " "
        return self.home_institution_re.search(padded) is not None and not self.is_non_state(" ".join(rest))

    def _party_held_body(self, role: str) -> bool:
        """A role in a body every party may have too (party_held_bodies: 'Satgas') that names a party
        ('Kepala Satgas Cakra Buana PDIP'): the party's body."""
        words = [w.strip("(),.") for w in role.split()]
        folded = [w.casefold() for w in words]
        held = any(folded[i:i + len(b)] == b for b in self.party_held_bodies for i in range(len(folded)))
        return held and any(words[i:i + len(p)] == p for p in self.party_affiliations for i in range(len(words)))

    def without_acting_prefix(self, role: str) -> str:
        """'bupati garut' of 'pelaksana tugas (plt) bupati garut' (casefolded, acting_office_prefixes):
        the office an acting holder holds; the role itself if it is not acting."""
        return self.acting_prefix_re.sub("", role, count=1) if self.acting_prefix_re is not None else role

    def names_regional_board(self, role: str) -> bool:
        """'Ketua DPD Front Pembela X (FPX) Jawa Barat': a board word followed by an organisation's name
        is the organisation's regional board; followed by the state's suffix or a place ('DPD RI',
        'anggota DPD Jawa Barat') it is the state's senate."""
        if self.regional_board_re is None:
            return False
        for m in self.regional_board_re.finditer(role):
            words = [w for w in m.group("body").split() if not w.startswith("(")]
            if not words or words[0].casefold() in self.senate_suffixes:
                continue
            if any(self.names_a_state_or_province(" ".join(words[:n])) for n in range(1, min(len(words), 4) + 1)):
                continue  # 'anggota DPD Jawa Barat', 'DPD Sumbar': the senator of a province
            return True
        return False

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
        if found and self.state_name_followers:
            # ('Australia Terbuka': a tournament named by its host state, no office of the state's)
            found = [m for m in found if not self._followed_by_name_word(role, m.end)]
        if found and self.language_word_set:
            found = [m for m in found if not self._names_language(role, m.start)]
        if found and self.branch_in_re is not None:
            found = [m for m in found if not self.places_branch(role, m.start)]
            if not found:
                return None  # 'Chief Executive of Acme UK': a firm's branch, no state's office
        if found and self.brand_branches:
            found = [m for m in found if not self.closes_brand_name(role, m)]
            if not found:
                return None  # 'Direktur Ippudo Indonesia', 'Real Madrid': a firm's or a club's, no state's office
        own = [m for m in found if not self.host_re.search(role[:m.start])]
        if not found and self.known_institution_re is not None:
            inst = self.known_institution_re.search(role)
            before = role[:inst.start()].split() if inst is not None else []
            if len(before) >= 2 and before[-2].casefold() in self.language_word_set:
                # ('Direktur Seksi Bahasa Indonesia CRI': a unit named by its language, then the body it is of)
                before = []
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

    def _followed_by_name_word(self, role: str, end: int) -> bool:
        """Whether the word right after a state's name ending at `end` makes the name part of another
        name (state_name_followers: 'Australia Terbuka', a tournament; 'US dollar', a currency)."""
        after = role[end:].split(None, 1)
        return bool(after) and role[end:end + 1].isspace() and after[0].casefold() in self.state_name_followers

    def _names_language(self, role: str, at: int) -> bool:
        """Whether the state's name at `at` follows a word for a language ('Bahasa Indonesia', 'bahasa
        Inggris'): the language, not the state (language_words)."""
        toks = role[:at].split()
        return bool(toks) and role[:at][-1:].isspace() and toks[-1].casefold() in self.language_word_set

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

    def closes_brand_name(self, role: str, m) -> bool:
        """Whether the state named by `m` closes `role` (but for a short form in brackets) right after a
        brand's word: 'Country Director Qualcomm Indonesia', 'Direktur Ippudo Indonesia', 'Real Madrid',
        'presiden Astro Jordan'. In a language whose state bodies are named in its own words ('Badan
        Pusat Statistik', 'Bank Indonesia', 'Mahkamah Agung'; brand_name_branches), a capitalised word
        that is none of them (no common word, no office, no state body or short form in capitals, no
        place) names a firm, a club or a contest, and the state only places its branch. The home state
        counts by its name only ('Indonesia': not 'RI', nor 'Jakarta' of 'Kapolres Metro Jakarta Selatan')."""
        if role[m.end:].strip() and not re.fullmatch(r"\s*\([^()]*\)\s*", role[m.end:]):
            return False  # ('Sekretaris ... Kedutaan Jerman di Indonesia': the state does not close the role)
        surface = m.surface.casefold()
        if m.surface.isupper():
            return False  # ('Ketua KPU RI', 'Menteri Keuangan AS': a state's short form closes its bodies' names)
        if m.code == self.home_country and surface not in self.home_state_word_set:
            return False
        toks = role[:m.start].split()
        if not toks or not role[:m.start][-1:].isspace():
            return False
        w = toks[-1].strip("(),.")
        if self._brand_word(w):
            return True
        # ('Direktur Operasional True Money Indonesia', 'Director Huawei Device Indonesia': a word of the
        # loan language, common in the press too, names a firm; not the state's own body of that word,
        # 'Gubernur Bank Indonesia')
        f = w.casefold()
        return f in self.brand_loans and f in self.common and len(w) > 2 and w[:1].isupper() and not w.isupper() \
            and f"{f} {surface}" not in self.home_institutions and f"{f} {surface}" not in self.home_local_institutions \
            and not any(f"{f} {surface}" == x.casefold() for x in self.institution_names) \
            and f not in self.home_state_word_set and f not in self.place_name_words and self._private_name_word(w)

    def _brand_word(self, w: str) -> bool:
        """'Qualcomm', 'Ippudo', 'Real', 'Astro': a capitalised word that is no word of the language
        (nor one made with its affixes), no office, no state body, no short form in capitals, no place."""
        f = w.casefold()
        return len(w) > 1 and w[:1].isupper() and not w.isupper() \
            and f not in self.common and not (self.derived_re is not None and self.derived_re.fullmatch(f)) \
            and f not in self.home_state_word_set and f not in self.place_name_words \
            and f not in self.home_institutions and f not in self.home_local_institutions \
            and not (self.legislature_re is not None and self.legislature_re.fullmatch(w)) \
            and f not in self.local_places and w not in self.places \
            and self._private_name_word(w)

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

    def _nationality_of(self, head: list[str], lower_role: str | None) -> bool:
        """'Brigid Kosgei of Kenya', 'Karsten Warholm of Norway': a bare name of two words or more,
        with no office before it and not a known official ('Heiko Maas of Germany'), then 'of' a
        state is where the person comes from, as 'from' is ('Eliud Kipchoge from Kenya')."""
        return self.of_phrases and not lower_role and len(head) >= 2 \
            and all(self._namelike(t) for t in head) and official_country(" ".join(head)) is None

    def _origin_of(self, head: list[str], word: str, lower_role: str | None) -> bool:
        """'Doan dari Vietnam', 'Grand Master Alejandro Ramirez dari AS': in a language whose one preposition
        says both 'of' and 'from' (origin_prepositions), a name with no office before it (no title word, which
        the caller asks, no lower-case role) then the preposition and a state is where the person comes from,
        not a state the person speaks for; a well-known official keeps the state officials.yaml gives ('Hun
        Sen dari Kamboja'), read after the phrase. The word before the preposition is a name's, no common
        word ('Pasukan dari AS', 'Delegasi dari Malaysia' are a state's)."""
        return word.casefold() in self.origin_prepositions and not lower_role and bool(head) \
            and self._namelike(head[-1]) and head[-1].casefold() not in self.common

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
