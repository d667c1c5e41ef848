"""Speaker phrases: a mention parsed into a role and a name.

A speaker phrase is a run of capitalised words with the lower-case role words a language allows
inside it (`Menteri Luar Negeri Heiko Maas`, `juru bicara Kementerian Luar Negeri Iran`,
`Iran's Foreign Minister Javad Zarif`). It splits into a role (titles, countries) and a name (the
trailing run of name-like words). `Grammar` compiles a language pack's vocabulary once
(`__init__`) and parses phrases (`parse`, `_parse`); the tests of name shape it asks are in
`name_shapes.NameShapes` and what a role says about a state in `role_reading.RoleReading`, two
mixins it inherits. The per-article registry that resolves parsed phrases to people and bodies is
`speakers.ArticleEntities`.
"""
from __future__ import annotations

import re

from .gazetteer import CountryFinder
from .langpack import LanguagePack
from .mentions import (POSSESSIVE_ENDINGS, PHRASE_TOKEN, Parsed, UPPER, _CAPS_ACRONYM, _LEADING_THE, _NAME_PARTICLES,
                       _PARTICLES, _POSSESSIVE_S, _ROMAN, _WEB_NAME, _at, _common_words, _copy_parsed, _join_hyphens,
                       _lexicon, _local_places, _places, _wordch, after_blanks, followed_by, word_positions)
from .name_shapes import NameShapes
from .officials import listed_name_length, official_country
from .outlets import is_news_outlet
from .role_reading import RoleReading
from .trie import literal_alternation, trie_pattern


# the word before a spaced hyphen and the word after it ('Go - Jek'), and the blanks opening a text
_WORD_ENDING = re.compile(r"(\S+)\Z")
_WORD = re.compile(r"\w+")
_LEADING_BLANKS = re.compile(r"\s*")


_DOTTED = re.compile(rf"(?:[{UPPER}]\.){{2,}}")  # 'U.S.' keeps its last dot
# a word with a capital after its lower-case letters: a short form or a brand, 'KontraS', 'YouTube'
_MIXED_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


_INITIAL_THEN_WORD = re.compile(rf"[{UPPER}]\.[ \t]+([{UPPER}][a-z]+)\b")


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


def _join_particles(words: list[str]) -> list[str]:
    """'al - Sisi' (a detokenised 'al-Sisi') is one word of a name."""
    return _join_hyphens(words, lambda left, _: left.casefold() in _PARTICLES)


def _char_before_blanks(text: str, at: int) -> str:
    """The character before `at` once the spaces and tabs before it are skipped ('' at the text's start),
    without copying the text before it."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return text[at - 1:at]


def _words_re(words, flags: int = 0) -> re.Pattern | None:
    """Any of `words` as a whole word (a hyphen joins words): one pattern, longest first."""
    words = list(words)
    return re.compile(r"(?<![\w-])(?:" + literal_alternation(words) + r")(?![\w-])", flags) if words else None


# 'Bangsa-Bangsa', 'Negara-negara': a reduplicated noun, a plural (no one's name)
_REDUPLICATED = re.compile(rf"([{UPPER}])([a-z]+)-(?i:\1)\2")
# the rest of a dotted degree after its first letter: 'M' + '.Hum.', 'S' + '.Sos', 'M' + '.Si.'
_GLUED_DEGREE = re.compile(r"\.[A-Za-z]{1,5}\.?(?:[A-Za-z]{1,4}\.?)?(?![\w])")
# an age in brackets right after a name: 'Rudi (34)'
_AGE_AFTER = re.compile(r"[ \t]*\(\d{1,3}\)")
# a short form in brackets closing a phrase: 'Kedutaan Besar RI (KBRI)'
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


class Grammar(NameShapes, RoleReading):
    """Compiled speaker-phrase machinery for one language pack (cached on the pack)."""

    def __init__(self, pack: LanguagePack, finder: CountryFinder):
        self.pack = pack
        self.name_opening_particles = frozenset(pack.words("name_opening_particles"))
        self.balinese_i_names = frozenset(pack.words("balinese_i_names"))
        self.facility_person_titles = frozenset(pack.words("facility_person_titles"))
        self.finder = finder
        dets = pack.words("determiners")
        self.determiners_re = re.compile(rf"(?:{trie_pattern(dets)})[ \t]+") if dets else None
        self.determiner_set = frozenset(w.casefold() for w in dets)
        # ('Sang gubernur', 'si pelapor': determiners pointing back at a person by a role; speakers, subjects)
        self.role_determiner_set = frozenset(w.casefold() for w in pack.words("role_determiners"))
        # (the last role joiner of a description, 'politisi yang juga ketua Fraksi ...': what follows it is
        # the office; pipeline._home_office_epithets)
        self.role_joiner_last = re.compile(rf"(?i).*\b(?:{'|'.join(map(re.escape, pack.words('role_joiners')))})\b")
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
        # (or a firm's name written with a lower-case first letter, before a capitalised word: 'Co-Founder &
        # Group CEO aCommerce Paul Srivorakul', 'CEO eFishery Gibran Huzaifah')
        inner = rf"(?:{PHRASE_TOKEN}|\d{{1,3}}(?=[ \t]+[{UPPER}]|,[ \t])|[a-z]{{1,2}}[{UPPER}][a-z][\w-]*(?=[ \t]+[{UPPER}]))"
        # 'Prof. DR. Dr. Soehartati', 'Dr. dr. Julianto', 'Dr. med. dr. Damar', 'Rektor IPB Prof. Dr. Budi',
        # 'Dr. van der Linden', 'H.Saudin': academic and religious titles written with their dots, in any
        # case and as many as the person holds, stand before a name (or a particle opening it); the stack
        # is one piece of the phrase with the name's first word, and the name reader gives the titles to
        # the role (stacked_name_titles; each needs its dot, which then ends no phrase)
        stacked = pack.words("stacked_name_titles")
        self.stacked_title_re = None
        if stacked:
            particles = trie_pattern(pack.words("foreign_name_particles")) if pack.words("foreign_name_particles") else None
            stack = rf"(?:(?<![\w.])(?:{trie_pattern(stacked)})\.[ \t]*)+"
            if particles:
                token = rf"(?:{stack}(?=[{UPPER}]|(?:(?:{particles})[ \t]+)+[{UPPER}])(?:(?:{particles})[ \t]+)*)?{token}"
            else:
                token = rf"(?:{stack}(?=[{UPPER}]))?{token}"
            inner = rf"(?:{stack}(?=[{UPPER}]))?{inner}"
            self.foreign_particles = frozenset(pack.words("foreign_name_particles"))
            self.stacked_titles = frozenset(f"{t}." for t in stacked)
            self.stacked_title_re = re.compile(rf"^((?:{trie_pattern(stacked)})\.)(?=[{UPPER}])")
        # (the word lists go in as tries: the same matches as the longest-first alternations, in
        # the same order, but tried at every position of the text at a fraction of the cost)
        # (a lower-case role of several words may open a sentence: 'Member of parliament (MP) Kevin Conolly')
        opening = [r[0].upper() + r[1:] for r in lower_roles if " " in r and r[0].islower()]
        lroles_trie, conn_trie = trie_pattern(lower_roles + opening), trie_pattern(connectors)
        professions = pack.words("profession_heads")
        self.profession_words = {w.casefold() for w in professions}
        # what someone is, capitalised as a sentence's first word before their name: no word of the name
        self.opening_person_nouns = frozenset(w.casefold() for w in professions + pack.words("opening_person_nouns")
                                              if " " not in w)
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
        # 'CEO Go - Jek Nadiem Makarim', 'Presiden Nice, Jean - Pierre Rivere' (a detokenised hyphen, as in
        # IndoSum, inside a firm's or a person's name): the same phrase running over a spaced hyphen before a
        # capitalised word; match_at takes it only over the hyphens spaced_hyphen_joins accepts
        hyphen_sep = rf"(?:[ \t]+-[ \t]+(?=[{UPPER}])|{sep})"
        self.phrase_over_hyphens = re.compile(
            rf"(?:(?:{lroles_trie})\s+(?:(?:{conn_trie})\s+)*)?{glued_former}{token}(?:{hyphen_sep}(?:(?:{conn_trie})[ \t]+)*{inner})*"
            if lroles else rf"{glued_former}{token}(?:{hyphen_sep}(?:(?:{conn_trie})[ \t]+)*{inner})*") \
            if pack.get("spaced_hyphen_names") else None
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
        # (heads of a body of citizens named after the institution it watches: 'Koalisi Selamatkan Komnas HAM')
        self.citizen_body_heads = frozenset(w.casefold() for w in pack.words("citizen_body_heads"))
        # words of parties and trades: a role in one keeps the state another phrase gave (pipeline.py)
        self.political_non_state = frozenset(w.casefold() for w in pack.words("political_non_state_words"))
        # the unnamed forces and authorities ('polisi', 'pemerintah setempat'), read by rules of their own
        self.unnamed_speaker_words = frozenset(w.casefold() for key in ("unnamed_state_forces", "unnamed_authorities")
                                               for w in pack.words(key))
        # (words of several, read as a phrase of the role: 'Scotland number eight')
        self._padded_non_state_phrases = [f" {w} " for w in self.non_state if " " in w]
        # words for people or the press a state's name may qualify ('media Inggris', 'warga Palestina'),
        # read only right before a state's name that would speak (not in roles: 'Deputi Bidang ... Media')
        self.state_name_qualifiers = frozenset(w.casefold() for w in pack.words("state_name_qualifiers"))
        self.nationality_words = set(pack.words("nationality_person_nouns")) | set(pack.words("nationality_adjectives"))
        # ('European', 'Arab': a people wider than a state; no name, like a nationality)
        self.regional_adjectives = frozenset(pack.words("regional_adjectives"))
        # ... and words that say so in lower case only ('England captain' leads a team; 'Coast Guard
        # Captain Jane Doe' holds a rank of the state's)
        self.lower_non_state = set(pack.words("lower_non_state_words"))
        # a state's staff named by a non-state word ('staf ahli Bawaslu', 'Tenaga Ahli Utama KSP': the
        # state's advisers, where 'ahli' alone is a field expert): such phrases do not make a role non-state
        self.state_staff_re = _words_re(pack.words("state_staff_phrases"), re.I)
        # a state's agency whose name holds a word of non_state_words ('Badan Survei Geologi Amerika Serikat')
        self.state_body_re = _words_re(pack.words("state_body_phrases"), re.I)
        self.party_office_words = frozenset(w.casefold() for w in pack.words("party_office_words"))
        self.unit_manager_titles = {w.casefold() for w in pack.words("unit_manager_titles")}
        # 'DPD' is the state's senate, and parties' and organisations' regional boards too ('DPD Front
        # X (FX) DKI Jakarta'): followed by an organisation's name, it is a board (regional_board_words)
        boards = pack.words("regional_board_words")
        self.regional_board_re = re.compile(
            rf"(?<![\w-])(?:{literal_alternation(boards)})[ \t]+(?P<body>[{UPPER}][\w-]*(?:[ \t]+(?:\([^()]*\)|[{UPPER}][\w-]*))*)") \
            if boards else None
        # 'Pelaksana Tugas (Plt) Bupati X', 'Pj Gubernur X': an acting holder of the office after it
        acting = [w.casefold() for w in pack.words("acting_office_prefixes")]
        self.acting_prefix_re = re.compile(rf"^(?:{literal_alternation(acting)})[ \t]+(?=\w)") if acting else None
        self.senate_suffixes = frozenset(w.casefold() for w in pack.words("senate_suffixes"))
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
        # a state's name closing a role after a brand's word ('Direktur Ippudo Indonesia', 'Real Madrid'):
        # in a pack that sets brand_name_branches, its state's bodies are named in its own words
        self.brand_branches = bool(pack.get("brand_name_branches"))
        # the language whose words, capitalised before the state's name, name a firm though the
        # press also writes them as loans ('True Money Indonesia', 'Huawei Device Indonesia'; brand_loan_language)
        loans = pack.get("brand_loan_language")
        self.brand_loans = _lexicon(str(loans)) if loans else frozenset()
        self.home_state_word_set = {w.casefold() for w in pack.words("home_state_words")}
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
        # (the platforms among them are firms too: right after a title, before a name, the firm the
        # title is held at, 'CEO Instagram Kevin Systrom')
        self.platform_trailers = self.trailers & set(pack.words("source_platforms"))
        self.cue_words = {w.casefold() for w in pack.words("cue_verbs")}
        # 'menurut' (according_to, one word): the word after it names the source, a person's short name
        self.according_words = {w.casefold() for w in pack.words("according_to") if " " not in w}
        # ('Asep menjelaskan ...': a word alone before a speech verb is a speaker's short name; so before
        # a verb that reports speech: 'Dino meyakini, ...' after 'Menteri Luar Negeri Dino Patti Djalal')
        self.subject_speech_words = {w.casefold() for w in pack.words("speech_verbs")
                                     + [v for v in pack.words("indirect_say_verbs") if " " not in v]}
        # the adverbs and auxiliaries that may stand between such a subject and its speech verb ('Sugiarto
        # pun mendesak', 'Asep juga menjelaskan', 'Iqbal sempat mengaku')
        self.subject_verb_adverbs = {w.casefold() for w in pack.words("subject_particles")
                                     + pack.words("auxiliaries")}
        # ('pihak Jouska memastikan': a side or an office of what follows, not a person)
        self.possessed_institutions = {w.casefold() for w in pack.words("possessed_institutions")}
        # what may stand before a role put in apposition before a name at the start of its clause:
        # ', ujar Duta Besar ... , NAME', 'Sementara itu, juru bicara ..., NAME', 'said the spokesman, NAME'
        self.degrees = {w.replace(".", "").casefold() for w in pack.words("academic_degrees")}
        # two-letter degrees written without dots, read as degrees only after a name (name_final_degrees)
        self.name_final_degrees = frozenset(pack.words("name_final_degrees"))
        # ... and every degree, 'MA' too, after a name an academic title opens ('Dr Husaini Ibrahim MA')
        self.degree_opening_titles = frozenset(pack.words("degree_opening_titles"))
        self.role_lead_words = {w.casefold() for key in ("cue_verbs", "opening_cues", "speech_verbs", "according_to",
                                                          "determiners", "role_determiners")
                                for phrase in pack.words(key) for w in phrase.split()}
        # report verbs a subject stands right before ('said', 'says', 'told'; not Indonesian cues,
        # which stand before their speaker)
        self.report_words = set(pack.words("subject_report_verbs"))
        # adverbs and auxiliaries of a verb group between a subject and its verb ('Cook also added ...')
        self.verb_group_words = frozenset(w.casefold() for w in pack.words("verb_group_adverbs")
                                          + pack.words("subject_particles"))
        # the longer first: 'Democratic Unionist' before 'Democratic'
        self.party_affiliations = sorted((p.split() for p in pack.words("party_affiliations")), key=len, reverse=True)
        # (home bodies a party has too: 'Kepala Satgas Cakra Buana PDIP' is the party's task force)
        self.party_held_bodies = [w.casefold().split() for w in pack.words("party_held_bodies")]
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
        # after a nickname ('tegas Ani, sapaan akrabnya', 'kata Djanur, sapaan akrab Djadjang'): whose it
        # is, the possessive's referent or the person named next (introductions._trailing_nicknames)
        after = pack.words("nickname_after_markers")
        self.nickname_after_re = re.compile(
            rf"(?<![\w-])(?P<nick>[{UPPER}][\w'-]*(?:[ \t]+[{UPPER}][\w'-]*){{0,2}})[ \t]*(?:,|--|–|—|\()?[ \t]*"
            r"(?:" + "|".join(after) + r")(?P<own>nya)?(?![\w-])[ \t]*") if after else None
        joiners = pack.words("nickname_joiners")
        self.nickname_joiner_re = re.compile(r"[ \t]*(?:" + "|".join(joiners) + r")[ \t]*(?=[" + UPPER + "])") \
            if joiners else None
        # a sentence opening on a name, then a comma or a joiner and at most two lower-case words, up to
        # a nickname marker: 'Armantha, pria yang akrab disapa', 'Liliyana atau yang akrab disapa'
        self.nickname_sentence_opening = re.compile(
            rf"\s*[{UPPER}][\w'-]+(?:[ \t]+[{UPPER}][\w'-]+)*[ \t]*(?:,|{'|'.join(joiners) or '(?!)'})[ \t]*(?:[a-z]+[ \t]+){{0,2}}")
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
        # (id) English words closing the name of a body, a team or a firm written into Indonesian text
        # ('Rangong Rescue', 'Thomson Reuters Foundation'): the phrase names that body, not a person
        self.body_closing_words = set(pack.words("body_closing_words"))
        self.addressee_joiners = frozenset(pack.words("addressee_joiners"))
        self.cue_verb_words = frozenset(w.casefold() for w in pack.words("cue_verbs"))
        self.sport_body_words = frozenset(w.casefold() for w in pack.words("sport_body_words"))
        self.private_body_tails = set(pack.words("private_body_tails"))
        self.body_name_prepositions = frozenset(pack.words("body_name_prepositions"))
        self.firm_name_tails = frozenset(pack.words("research_body_tails") + pack.words("firm_name_tails")
                                         + pack.words("event_name_tails"))
        self.firm_name_links = frozenset(pack.words("research_source_name_links"))
        self.firm_legal_tails = frozenset(pack.words("firm_legal_tails"))
        # (each tail as a tuple for endswith and with its word count, built once: _legal_firm runs per phrase)
        self._firm_legal_tail_tuple = tuple(self.firm_legal_tails)
        self._firm_legal_tail_lengths = tuple((t, len(t.split())) for t in self.firm_legal_tails)
        self.person_body_links = frozenset(pack.words("person_firm_links"))
        # words that are an office only before 'of' ('Dean of UC Berkeley School of Law'), first names
        # or surnames elsewhere ('Dean Baker', 'Howard Dean')
        self.of_offices = set(pack.words("of_offices"))
        # words that name a firm at the start or the end of its name ('PT', 'Bank', 'Group')
        self.firm_heads = set(pack.words("firm_heads"))
        # titles of a unit's head inside a body ('Direktur', 'Kepala Biro'), read with the body the story opens with
        self.unit_head_titles = tuple(sorted((t.casefold() for t in pack.words("unit_head_titles")), key=len, reverse=True))
        # a board's titles after such a title ('Direktur Utama'), and a firm's nouns in a story's opening
        self.firm_unit_words = frozenset(w.casefold() for w in pack.words("firm_unit_words"))
        self.unit_firm_nouns = tuple(w.casefold() for w in pack.words("unit_firm_nouns"))
        self.firm_name_closers = set(pack.words("firm_name_closers"))
        # ranks of several words ('Laksamana Madya', 'Kolonel Inf'), longest first: read whole before a name
        # (by their first word: the name reader looks them up at each word before a name)
        self.multiword_ranks: dict[str, list[tuple[str, ...]]] = {}
        for rank in sorted({tuple(r.casefold().split()) for r in pack.words("multiword_ranks")
                            + pack.words("home_rank_words") if len(r.split()) >= 2}):
            self.multiword_ranks.setdefault(rank[0], []).append(rank)
        press = pack.words("press_nouns")
        self.press_nouns = re.compile(r"[ \t]+(?:" + literal_alternation(press) + r")\b") if press else None
        self.stopwords = {w.casefold() for w in pack.words("stopwords")}
        # words that only a clause has, wherever they stand ('Kementerian Sosial memang belum
        # sempurna', 'tetap menjadi prioritas Presiden'): no office holds a verb of being or a tense
        self.clause_markers = {w.casefold() for w in pack.words("clause_markers") + pack.words("auxiliaries")}
        # 'X of Y' is read as a body or an affiliation only where 'of' is a word of the language
        # (English names inside Indonesian text, 'Film Story of Kale', keep the old reading)
        self.of_phrases = "of" in self.stopwords
        # (a bare name, then one of these and a state: where the person comes from, 'Doan dari Vietnam')
        self.origin_prepositions = frozenset(w.casefold() for w in pack.words("origin_prepositions"))
        # lower-case words inside a name ('Mohammed bin Salman'; in English 'Ursula von der Leyen')
        # ('di Bio Farma', 'dari Pulo Gebang': a place or a body after them, see _body_name_end)
        self.body_prepositions = {w.casefold() for w in pack.words("object_prepositions")} - {"dan", "atau", "serta"}
        # prepositions of place, which put a firm or a body after them but never a person ('di Bukalapak')
        self.body_place_prepositions = set(pack.words("body_place_prepositions"))
        # (text, (body-marked words, cued words)) of the article last read (_body_word_index)
        self._body_index: tuple[str, tuple[set[str], set[str]]] | None = None
        self._surname_index: tuple[str, set[str]] | None = None
        self.name_particles = _NAME_PARTICLES | (_EUROPEAN_PARTICLES if self.of_phrases else set()) \
            | set(pack.words("foreign_name_particles"))
        self.non_name = {w.casefold() for w in pack.words("non_name_words")}
        # a party's role in a case, capitalised alone ('Terdakwa saat itu memerintahkan ...')
        self.lone_role_nouns = {w.casefold() for w in pack.words("lone_role_nouns")}
        # (one of them opening a list of the accused: 'dengan tersangka berjumlah empat orang R, SA, E dan RAJ')
        self.accused_list_opener = re.compile(
            rf"(?i:\b(?:{'|'.join(re.escape(w) for w in sorted(self.lone_role_nouns))})\b)") if self.lone_role_nouns else None
        # a train's or a ship's name after its short word ('KA Kutojaya'): no person
        self.vehicle_name_prefixes = frozenset(pack.words("vehicle_name_prefixes"))
        self.non_name_suffixes = tuple(pack.words("non_name_suffixes"))
        self.common = _common_words(pack.code)
        # ('Most Scotland supporters': a counting word before a state's name opens no body's name)
        self.single_group_quantifiers = frozenset(w.casefold() for w in pack.words("group_quantifiers") if " " not in w)
        self.places = _places(pack.code)
        # the language's own towns and regencies (not CLDR's world cities, some of which are also
        # given names: 'Regina', 'Stanley')
        self.local_places = _local_places(pack.code)
        self.place_name_words = {w.casefold() for w in pack.words("name_words_in_titles")} | self.non_name
        # the word after `Kota`, `Kabupaten`, `Provinsi` is a place, never part of a name
        self.place_heads = {w.casefold() for w in pack.words("place_heads")}
        self.deputy_roles = {w.casefold() for w in pack.words("deputy_roles")}
        # (h_enlaw43) the deputies who are persons of their own, of no state: a client's lawyer
        self.own_deputies = {w.casefold() for w in pack.words("own_person_deputies")}
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
        # what a person is ('pelatih', 'bintang', 'penyanyi': person_nouns), an office's stand-in before a name
        # (QuoteFinder.person_nouns is this set)
        self.person_noun_words = frozenset(w.casefold() for w in pack.words("person_nouns"))
        self.given_name_titles = {w.casefold() for w in pack.words("given_name_titles")}
        self.inner_name_titles = {w.casefold() for w in pack.words("inner_name_titles")}
        self.given_name_months = set(pack.words("given_name_months"))
        self.month_name_verbs = {w.casefold() for w in pack.words("speech_verbs") + pack.words("indirect_say_verbs")} \
            | self.report_words if self.given_name_months else set()
        self._month_name_index: tuple[str, set[str]] | None = None
        # member states of federations after 'of'/'from' and the name of one of the federation's
        # office holders ('Senator ... of South Carolina' -> US)
        self.subdivisions = {str(n).casefold(): str(code) for code, names in
                             (pack.get("federation_states") or {}).items() for n in names}
        self.subdivision_titles = {t.casefold() for t in pack.words("federation_titles")}
        self.subdivision_group_titles = {t.casefold() for t in pack.words("federation_group_titles")}
        self.local_body_heads = set(pack.words("local_body_heads"))
        self.unheld_office_words = frozenset(w.casefold() for w in pack.words("unheld_office_words"))
        # the titles written before a name ('Dr.', 'Prof.', 'KH'), without their dots: no office
        self.prenominal_titles = frozenset(w.casefold().rstrip(".") for w in pack.words("prenominal_titles"))
        self.deputy_office_words = frozenset(w.casefold() for w in pack.words("deputy_office_words"))
        self.title_equivalents = {str(k).casefold(): {str(v).casefold() for v in vs or ()}
                                  for k, vs in (pack.get("title_equivalents") or {}).items()}
        # ('the home secretary': the portfolio before the office says which holder is meant)
        self.portfolio_offices = frozenset(w.casefold() for w in pack.words("portfolio_offices"))
        self.portfolio_alone = frozenset(w.casefold() for w in pack.words("portfolio_offices_alone"))
        self.single_holder_offices = frozenset(w.casefold() for w in pack.words("single_holder_offices"))
        # ('jurnalis berinisial HM': the capitals after one of these markers are a person's initials)
        markers = pack.words("initials_markers")
        self.initials_after_marker = re.compile(
            rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in markers)})[ \t]+([{UPPER}]{{2,4}})\b") if markers else None
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
        # a legislature member's party that names the legislature's state: 'Labour MP' (GB), unless the
        # story is mostly about a state whose parties bear those names too (party_name_sharing_states)
        self.legislature_party_states = {t: str(code) for code, parties in
                                         (pack.get("legislature_party_states") or {}).items() for t in parties}
        self.legislature_party_re = _words_re(self.legislature_party_states)
        self.legislature_chamber_states = {t: str(code) for code, chambers in
                                           (pack.get("legislature_chamber_states") or {}).items() for t in chambers}
        self.legislature_chamber_re = _words_re(self.legislature_chamber_states)
        self.chamber_name_sharing_states = frozenset(pack.words("chamber_name_sharing_states"))
        self.party_name_sharing_states = frozenset(pack.words("party_name_sharing_states"))
        self.home_titles = {t.casefold() for t in pack.words("home_titles")}
        self.home_local_titles = {t.casefold() for t in pack.words("home_local_titles")}
        self.lower_case_non_ranks = frozenset(pack.words("lower_case_non_ranks"))
        self.home_institutions = {t.casefold() for t in pack.words("home_institutions")}
        # 'Menurut MA, ...' after 'Mahkamah Agung' (ArticleStates._home_initials_of): the initials of the home
        # bodies' names written in full words, built once
        self.home_initials = _initials_table(pack.words("home_institutions") + pack.words("home_local_institutions"),
                                             self.stopwords)
        # a later description closed by an anaphor that names an office (pipeline._later_epithet_office): the
        # markers' pattern and the word sets, built once
        markers = pack.words("anaphor_markers")
        self.anaphor_marker_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, markers)) + r")(?![\w-])") \
            if markers else None
        self.time_anaphor_nouns = frozenset(w.casefold() for w in pack.words("time_anaphor_nouns"))
        self.office_phrase_joins = frozenset(pack.words("office_phrase_joins"))
        # a speaker named as a document (pipeline._state_document): the words opening its name, and the
        # words of the home state's budget papers and of a court's papers, padded for a whole-word search
        self.document_name_heads = frozenset(w.casefold() for w in pack.words("document_name_heads"))
        self.home_state_documents = tuple(f" {w.casefold()} " for w in pack.words("home_state_documents"))
        self.court_document_words = tuple(f" {w.casefold()} " for w in pack.words("court_document_words"))
        # state bodies' acronyms that name the body only before the place it sits in ('PN Palu')
        self.seat_bound_acronyms = {t.casefold() for t in pack.words("seat_bound_acronyms")}
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
        # a state's bodies named bare ('Pemerintah', 'Mahkamah Agung'): the story's state's abroad
        self.story_state_bodies = frozenset(t.casefold() for t in pack.words("story_state_bodies"))
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
        # the same office with no demonstrative, right before an active verb ('Anggota Komisi IX DPR RI
        # menyinggung ...'): read only after the person's sentences (Introductions._described_next)
        prefixes = pack.words("active_verb_prefixes")
        self.described_next_verb_re = re.compile(
            rf"\s*(?P<role>[{UPPER}][\w()/-]*(?:[ \t]+[\w()/-]+){{0,7}}?)[ \t]+"
            rf"(?:{literal_alternation(prefixes)})[a-z]{{3,}}\b") if demonstratives and prefixes else None
        self.time_nouns = frozenset(w.casefold() for w in pack.words("time_nouns"))
        self.role_connector_words = frozenset(pack.words("role_connectors"))
        # 'NAME (SHORT) selaku Kepala Dinas ...': the office a person acts in, written after the name
        # (see Introductions.capacity_role)
        self.capacity_after_re = re.compile(
            rf"(?:[ \t]*\([A-Z][\w.&-]{{0,11}}\))?[ \t]*,?[ \t]+(?:{trie_pattern(capacity)})[ \t]+") \
            if capacity and pack.words("capacity_role_joiners") else None
        self.capacity_joiners = frozenset(w.casefold() for w in pack.words("capacity_role_joiners"))
        # 'majelis hakim yang diketuai NAME': the body the person named next leads (Introductions._led_body_role)
        led = pack.words("led_body_verbs")
        self.led_body_re = re.compile(
            rf"(?P<body>(?:[\w()-]+[ \t]+){{1,6}})(?:{trie_pattern(led)})[ \t]+\Z") if led else None
        self.led_body_title = str(pack.get("led_body_title") or "")
        self.led_body_heads = frozenset(w.casefold() for w in pack.words("led_body_heads"))
        self.apposition_closing_words = frozenset(w.casefold() for w in pack.words("apposition_closing_words"))
        # 'Meski banyak kritik yang diarahkan kepada Menkeu, Gus Maksum justru menilai ...': the words
        # that open a fronted clause, which the sentence's first comma closes (Introductions.prescan)
        self.fronted_clause_openers = frozenset(w.casefold() for w in pack.words("fronted_clause_openers"))
        # ('Seorang penulis, NAME': an indefinite article opens a description, though it opens sentences too)
        self.indefinite_words = frozenset(w.casefold() for w in pack.words("indefinite_speakers"))
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
        # 'Direktur Seksi Bahasa Indonesia CRI', 'guru bahasa Inggris': a state's name right after the word for
        # a language names the language, no state's office (language_words)
        self.language_word_set = frozenset(w.casefold() for w in pack.words("language_words"))
        self.host_re = re.compile(r"(?:^|\s)(?i:" + "|".join(re.escape(h) for h in hosts) + r")\s+$")
        self.candidate_re = _words_re(pack.words("candidate_words"), re.I)
        # (and the words presenting a listed office holder as a party's cadre or one of a ticket: with those,
        # pipeline._presented_as_candidate_or_cadre)
        self.unelected_presenter_words = frozenset(
            w.casefold() for w in pack.words("candidate_words") + pack.words("unelected_presenters"))
        self.elected_words = {w.casefold() for w in pack.words("elected_words")}
        self.coordinator_words = {w.casefold() for w in pack.words("coordinators")}
        # the words that say an unnamed authority is the place's just named ('Otoritas setempat')
        self.local_words = frozenset(w.casefold() for w in pack.words("local_words"))
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
        if m is not None and self.phrase_over_hyphens is not None and text.startswith(" - ", m.end()):
            return self._match_over_hyphens(text, pos, m)
        return m

    def phrases(self, text: str):
        """Every phrase of `text` in order, as `phrase.finditer` finds them, each run over the spaced
        hyphens that join one name's words (match_at); the phrases inside such a run are no others."""
        covered = 0
        for m in self.phrase.finditer(text):
            if m.start() < covered:
                continue
            if self.phrase_over_hyphens is not None and text.startswith(" - ", m.end()):
                m = self._match_over_hyphens(text, m.start(), m)
            covered = m.end()
            yield m

    def _match_over_hyphens(self, text: str, pos: int, m: re.Match) -> re.Match:
        """The phrase at `pos` run over the spaced hyphens after `m` that join one name's two words
        (spaced_hyphen_joins), up to the first that does not; `m` when the first does not."""
        longer = self.phrase_over_hyphens.match(text, pos)
        at, stop = m.end(), longer.end()
        while at < stop and text.startswith(" - ", at):
            if not self.spaced_hyphen_joins(text, at):
                break
            nxt = text.find(" - ", at + 3, stop)
            at = nxt if nxt >= 0 else stop
        if at <= m.end():
            return m
        return longer if at >= stop else self.phrase_over_hyphens.match(text, pos, at)

    def spaced_hyphen_joins(self, text: str, at: int) -> bool:
        """Whether the spaced hyphen at `at` (' - ') joins two capitalised words into one word of a name
        ('Go - Jek', 'Jean - Pierre', 'Mercedes - Benz', 'GO - JEK'): the word after it never stands alone
        in the article (a pair stands apart elsewhere: 'Anies - Sandi', 'Persib - Persija'); neither is a
        title's word ('INGGRIS - Pelatih ...'; nor the article's dateline), a state's or a place's name ('Israel -
        Palestina', 'Jakarta - Cikampek'), nor the left a news outlet ('Rimanews - ', 'Suara.com - ')."""
        before = _WORD_ENDING.search(text, max(0, at - 40), at)
        after = _WORD.match(text, at + 3, at + 43)
        if before is None or after is None:
            return False
        left, right = before.group(1), after.group(0)
        line_start = text.rfind("\n", 0, at) + 1
        if _LEADING_BLANKS.match(text).end() >= line_start and not any(
                w[:1].islower() or w.casefold() in self.common or w.casefold() in self.title_words
                for w in text[line_start:at].split()):
            # the dateline opening the article: 'Rimanews - Selebriti Donna Agnesia ...', 'JAKARTA, JUARA.net -
            # ...' (not 'Menurut Pocket - Lint, ...', 'Executive Director McLaren - Honda Zak Brown ...')
            return False
        if not (left[:1].isupper() and right[:1].isupper() and left[-1:].isalnum()) or "." in left \
                or (len(left) > 1 and left.isupper() and not right.isupper()) or is_news_outlet(left):
            return False
        for w in (left, right):
            low = w.casefold()
            if low in self.title_words or low in self.local_places or self.finder.code_of(w) is not None:
                return False
        joined = f"{left} - "
        return all(text[p - len(joined):p] == joined for p in word_positions(text, right, "-", "-"))

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
            found = self._memo[key] = self._legal_firm(text, start, end, self._firm_named(
                text, self._listed_official(self._preposition_body(
                    self._parse(text, start, end, lowercase_words, sentence_start, midcaps)))))
        return _copy_parsed(found) if found is not None else None

    def role_names_body(self, role: str | None, of_complement: bool = False) -> bool:
        """Whether a role read alone names a body, not a person's office: its head, the last word (with
        `of_complement`, the one before an 'of' complement: 'Muslim Council of Britain') is an
        institution's ('US Embassy'), and it opens with no title word ('President of the European
        Council' is an office)."""
        if not role or self.inst_head_re is None:
            return False
        words = role.split()
        head = words[words.index("of") - 1] if of_complement and "of" in words[1:] else words[-1]
        return self.inst_head_re.match(head) is not None and words[0].casefold().rstrip(".") not in self.title_words

    def _platform_after_title(self, words: list[str], i: int) -> bool:
        """'CEO Instagram Kevin Systrom': a platform (source_platforms, which as speaker_trailers end a
        phrase elsewhere) right after a title's word and before a name is the firm the title is held at."""
        return 0 < i < len(words) - 1 and words[i] in self.platform_trailers \
            and words[i - 1].casefold() in self.title_words and self._namelike(words[i + 1])

    def _common_word_then_state(self, toks: list[str], text: str, start: int) -> bool:
        """Two capitalised words after an article, a common word (no title word, no function word, no
        state's) and then a state's name: the opening of a body's name ('An All England Club spokesman',
        'the All England Club'), not a state with its qualifier, nor a sentence's capitalised first
        word ('All US companies', 'Big US firms') (English only: the of_phrases languages)."""
        before = re.search(r"(\S+)[ \t]+\Z", text[max(0, start - 20):start])
        return self.of_phrases and len(toks) == 2 and toks[0][:1].isupper() \
            and before is not None and before.group(1).casefold() in self.determiner_set \
            and toks[0].casefold() in self.common and toks[0].casefold().rstrip(".") not in self.title_words \
            and toks[0].casefold() not in self.stopwords and toks[0].casefold() not in self.single_group_quantifiers \
            and self.finder.code_of(toks[0]) is None and self.finder.code_of(toks[1]) is not None

    def _owned_full_name(self, toks: list[str]) -> bool:
        """Whether the words after a body's possessive are a person's full name: name-like words, no title's,
        and none a common word, unless the first is a given name the pack knows ("Microsoft's Bill Gates",
        "Deutsche Bank's Simon Champion": common words as names; "Hale's Moving Castle" opens with none)."""
        if not all(self._namelike(t) and t.casefold().rstrip(".") not in self.title_words for t in toks):
            return False
        return toks[0].casefold() in self.given_names or all(t.casefold() not in self.common for t in toks)

    def _plain_name_word(self, tok: str, titles: bool = True) -> bool:
        """A word that may stand in a person's name before a title word read as a given name or inside a
        name: name-like, neither a common word nor a local place (nor, with titles=False, a title word)."""
        low = tok.casefold()
        return self._namelike(tok) and low not in self.common and low not in self.local_places \
            and (titles or low.rstrip(".") not in self.title_words)

    def _non_state_qualifier(self, text: str, start: int, lower_role: str | None) -> str | None:
        """The words right before a state's name at body[start] (up to three inside the clause, and any
        lower-case role the phrase opened with) from the first that names a person or a body not of the
        state, which the name only qualifies: a player, the press, citizens (non_state_words,
        state_name_qualifiers); None if no such word stands there."""
        if not self.non_state and not self.state_name_qualifiers:
            return None
        before = re.split(r"[.,;:!?\"“”()]", text[max(0, start - 60):start])[-1].split()[-3:]
        words = before + (lower_role.split() if lower_role else [])
        for i, w in enumerate(words):
            if w.casefold() in self.state_name_qualifiers or self.is_non_state(w):
                return " ".join(words[i:])
        return None

    def _after_cue_verb(self, text: str, start: int) -> bool:
        """The word right before body[start] is a cue verb ('kata', 'ujar': cue_verbs)."""
        before = re.search(r"(\S+)[ \t]+\Z", text[max(0, start - 30):start])
        return before is not None and before.group(1).casefold() in self.cue_verb_words

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
                and role[-1].casefold() not in self.person_titles \
                and (role[-1] in self.firm_name_links or role[-1].casefold() not in self.title_words):
            toks.insert(0, role.pop())  # ('Retail Banking Research', 'Institute of Public Policy Research';
            # not the office before the firm: 'Presiden Direktur Sinar Mas Land')
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

    def _legal_firm(self, text: str, start: int, end: int, p: Parsed | None) -> Parsed | None:
        """A phrase whose last word is a firm's legal form or a carrier's noun (firm_legal_tails: 'Acme
        Corp', 'Brinton PLC', 'Delta Air Lines') names that firm, read from its first word that may open
        a name, whatever the phrase was read as: a person ('Brinton Plc'), a role ('Delta Air Lines'),
        or nothing ('Brinton Inc': 'Inc' is no word of a person's name), then only when its first word
        is no word of the language. A person named with an office in it ('chief executive of Acme Inc')
        is left so."""
        if not self.firm_legal_tails or (p is not None and (p.type == "organization" or (
                p.type == "person" and p.name and not p.name.endswith(self._firm_legal_tail_tuple)))):
            return p
        toks = text[start:end].split()
        if not any(len(toks) > n and " ".join(toks[-n:]) == t for t, n in self._firm_legal_tail_lengths):
            return p
        lead = 0
        while lead < len(toks) - 1 and (toks[lead] in self.opener_set or toks[lead].casefold() in self.title_words
                                        or not toks[lead][:1].isupper()):
            lead += 1
        if len(toks) - lead < 2 or (p is None and toks[lead].casefold() in self.common):
            # (a phrase read as no one that opens with a word of the language is left so: 'According to
            # Wrestling Inc, she received criticism ...' is as often a news site's name as a firm's)
            return p
        return Parsed(text[start:end], start, end, None, " ".join(toks[lead:]), "organization", None)

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
        clipped = self._clipped_state(extra[-1]) if extra else None
        if not any(t.casefold() in self.title_words or (len(t) >= 2 and t.isalpha() and t.isupper())
                   or self.finder.code_of(t) is not None for t in extra) and clipped is None:
            return p
        role = " ".join(([p.role] if p.role else []) + extra)
        return Parsed(p.text, p.start, p.end, role, " ".join(toks[-k:]), "person",
                      self.role_country(role) or clipped or p.country)

    def _clipped_state(self, word: str) -> str | None:
        """The state whose one-word name `word` is with its last letter dropped, a typist's
        slip ('Menteri Luar Negeri Australi Julie Bishop': Australia), read only between an office and
        a listed official's name; None for any other word (at least five letters, capitalised)."""
        if len(word) < 5 or not word.isalpha() or not word[:1].isupper() or self.finder.code_of(word) is not None:
            return None
        found = {code for name, code in self.finder.names.items()
                 if " " not in name and len(name) == len(word) + 1 and name.startswith(word)}
        return found.pop() if len(found) == 1 else None

    def _office_right_before(self, lower_role: str | None) -> bool:
        """Whether the phrase's lower-case role, read apart from its capitalised words, names an office:
        'juru bicara' of 'Juru Bicara KOI Raja Parlindungan Pane', 'Menteri' of 'Menteri Pemuda dan
        Olahraga Imam Nahrawi' (the capitalised run restarts after the joiner), so that a title that is
        also a given name after the office's body opens the holder's name."""
        return bool(lower_role) and self.has_title_word(lower_role, courtesy=False)

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

    def _office_then_name(self, words: list[str], lowercase_words: set[str]) -> bool:
        """'Kepala BPS Suhariyanto', 'Kepala Dinas Kesehatan Budi Santoso' opening a sentence: a title
        (title_set), a body's short form in capitals or an office's word, and a name after them is an
        office and its holder, though the title's word is written in lower case elsewhere in the
        article ('pemilihan kepala daerah'); its first word is no common word the sentence opens with."""
        if not self.home_country or len(words) < 3 or words[0].casefold() not in self.title_set:
            return False  # (in a language of one home state, whose offices open with their title)
        last = words[-1].rstrip(".,")
        if not self._namelike(last) or last.casefold() in lowercase_words or last.casefold() in self.common:
            return False
        # (not a state's short form: 'Presiden AS Donald Trump' is read as before, the title cut when the
        # article writes 'presiden' in lower case, so that a later bare 'kata presiden' stays the title's)
        if any(((w.isupper() and len(w) >= 2) or w.casefold() in self.title_words)
               and self.finder.code_of(w) is None for w in words[1:-1]):
            return True
        # 'Gubernur Sumatera Selatan Alex Noerdin', 'Bupati Ogan Ilir Budi': a home region (local_places)
        # the office serves, then a name of its own words (cut, the region would read as a place
        # named before a person, no speaker)
        return any(" ".join(words[1:k]).casefold() in self.local_places
                   and all(self._namelike(w) and w.casefold() not in self.common for w in words[k:])
                   for k in range(2, len(words)))

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
        if re.fullmatch(r"[A-Z][a-z]+", phrase) and (phrase.casefold() in self.common or phrase.casefold() in self.title_words) \
                and self._surname_speaks(text, end, phrase):
            # 'High said', 'King told' after 'Colin High', 'Ledley King': the surname of a person the
            # article names in full, though it is also a common word or a title's word
            return Parsed(phrase, start, end, None, phrase, "person", None)
        if phrase in self.given_name_months and self._month_name_speaks(text, end, phrase):
            # 'Juli menyebut ...' after 'Kepala Departemen Komunikasi BI Juli Budi Winantya': the given
            # name of a person the article names in full, as the subject of a report
            return Parsed(phrase, start, end, None, phrase, "person", None)
        words = self._join_hyphened_titles(self._join_state_names(_join_particles(phrase.split())))
        if "-" in words:
            # (what is left of spaced hyphens between capitalised words: those match_at ran over, one
            # name's words: 'Go - Jek' -> 'Go-Jek')
            words = _join_hyphens(words, lambda left, right: left[:1].isupper() and right[:1].isupper())
        if self.stacked_title_re is not None:
            # ('H.Saudin': a title glued to the name by its dot is a word apart)
            words = [p for w in words for p in self.stacked_title_re.sub(r"\1 ", w).split()]
        if len(words) >= 2 and words[0].casefold() in self.seat_bound_acronyms \
                and " ".join(words[1:]).rstrip(".,").casefold() in self.local_places:
            # 'PN Palu menyatakan ...': a court's short form before the town it sits in is that court
            # (seat_bound_acronyms; alone, such letters are a suspect's initials)
            bare = " ".join(words).rstrip(".,")
            return Parsed(bare, start, start + len(bare), None, bare, "organization", self.home_country)
        # A capitalised common word opening the sentence ("Kondisi Gili", "Menurut Fadil").
        opener_cut = False  # a capitalised common word (a kind of person: 'Politisi') was cut off
        if sentence_start and lowercase_words is not None:
            while len(words) > 1 and (words[0].casefold() in lowercase_words
                                      or words[0].casefold() in self.stopwords
                                      or self._derived_noun(words[0])
                                      or self._gerund_before_name(words[0], words[1])
                                      or (self.derived_word is not None and self.derived_word.fullmatch(words[0])
                                          and words[0].casefold() not in self.title_words)) \
                    and not (words[0][:1].isupper() and words[0] in self.head_words) \
                    and not (words[0][:1].isupper() and _REDUPLICATED.fullmatch(words[1])) \
                    and not (words[0].casefold() in self.title_set
                             and all(self._namelike(w) and w.casefold() not in lowercase_words for w in words[1:])
                             and (all(w.casefold() not in self.common for w in words[1:])
                                  or self._given_then_surname(words[1:]))) \
                    and not (words[0].casefold() in self.title_words and words[1][:1].isupper()
                             and words[1].casefold() in self.title_words) \
                    and not self._office_then_name(words, lowercase_words) \
                    and not (words[0].casefold() in self.unheld_office_words
                             and words[1].casefold() in self.title_words):
                # ('Perserikatan Bangsa-Bangsa memperkirakan ...' stays whole: a capitalised reduplicated word,
                # a plural, names no one alone; the word before it opens the same name)
                # ('Wakil Gubernur Golestan' stays whole though 'wakil' is also written in lower
                # case: two title words open a role; so does 'Shadow chancellor Oliver Letwin', whose
                # first word says he does not hold the office)
                # ('Kementerian Luar Negeri China' stays whole though 'kementerian' is also
                # written in lower case)
                start += len(words[0]) + 1
                words = words[1:]
                opener_cut = True
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
            if i > 0 and w in self.addressee_joiners and words[0][:1].isupper() and self._after_cue_verb(text, start) \
                    and not any(
                    t.casefold().rstrip(".,") in self.title_words for t in words[:i]) and (
                    words[-1].rstrip(".,") in self.body_closing_words or is_news_outlet(" ".join(words[i + 1:]))):
                # 'kata Bueckert pada Thomson Reuters Foundation', 'kata Budi pada Reuters':
                # with no office before it, the joiner brings in whom one spoke to, an outlet or a
                # body (as 'kepada'), not the body one serves ('Kepala Bagian Umum pada Sekretariat'); only
                # right after a cue verb ('tutur X pada Screen Daily'; not 'menurut pengakuan X pada The
                # Guardian', whose description the reading of the name would take as a role)
                words = words[:i]
                break
            if self._platform_after_title(words, i):
                continue  # ('CEO Instagram Kevin Systrom': the firm, no trailer)
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
        k = len(words)
        while k > 2 and words[k - 1].rstrip(",") in self.name_final_degrees:
            k -= 1
        if k < len(words) and words[k - 1][:1].isupper() and words[k - 1][1:2].islower():
            # ('Andi Wijaya SH MH', 'Johanes Panghutan Siboro SH, SIK': short degrees without dots after
            # a name of two words or more are no words of it; the phrase ends with the name)
            words = words[:k]
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
        if " " in bare and bare.casefold() in self.home_institutions:
            # 'Korps Adhyaksa menegaskan ...', 'Komnas Perempuan menilai ...', 'Sat Lantas
            # mencatat ...': a home body the pack lists, named whole by capitalised words that would
            # read as a given name and a surname, is that body speaking (its state is the home one,
            # as for a listed short form: ArticleStates._home_institution), not a person of no state
            return Parsed(bare, start, end, lower_role, bare, "organization", None)
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
        whole = f"{lower_role} {bare}" if lower_role else bare
        inner = self._inner_place_closing(whole.split()) \
            if self.inst_head_re is not None and self.inst_head_re.match(whole) else None
        if inner is not None:
            # 'Pemerintah Western Cape', 'Pemerintah Provinsi Western Cape': a government named by a place
            # inside a foreign state (places_within), not a person named like that place: it speaks for
            # that state, as 'Juru Bicara Provinsi Nangarhar' does
            return Parsed(whole, start, end, whole, None, "role", inner)
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
                                     or (not federation and self._nationality_of(toks[:-k - 1], lower_role))
                                     or self._origin_of(toks[:-k - 1], toks[-k - 1], lower_role)) \
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
                             and " ".join(toks[max(0, i - 3):i - 1]).casefold() not in self.title_set) \
                and not (i < len(toks) and self._plural_noun(toks[i - 1])) and (
                # ('Sekretaris Jenderal Perserikatan Bangsa-Bangsa Antonio Guterres': a plural noun ends
                # the body's name, the person's follows; the body alone keeps it: 'Menurut Perserikatan
                # Bangsa-Bangsa')
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
                # ('Ketua Muda Pengawasan MA Sunarto', 'Direktur Departemen Komunikasi BI Agusman': after
                # a common word that closes a role's field, the capitals are the body's short name;
                # not in English, whose common words hold given names: 'Will A Smith')
                and not (i > 2 and not self.of_phrases and toks[i - 2].casefold() in self.common)
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
                        and not followed_by(text, k + len(t), n.replace("-", " - ")) \
                        and not _wordch(_at(text, k + len(t))) \
                        and not self._respelt_middle(text, after_blanks(text, k + len(t)), toks[i + 2:]):
                    # (not the same name with its middle word spelt another way: 'Basuki Tjahja
                    # Purnama', later 'Basuki Tjahaja Purnama'; nor the next word one joined over its
                    # detokenised hyphen: 'Evelyne Deurilla - Feer')
                    i += 1
                    break
        if not self.of_phrases:
            i = self._body_name_end(text, toks, i)
        if i < len(toks) - 2 and self._platform_after_title(toks, i):
            i += 1  # ('CEO Instagram Kevin Systrom': the firm goes to the role)
        # 'Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti
        # Yudhoyono': a noun made with an affix closes the title; no name opens with one
        while 0 < i and len(toks) - i >= 3 and self.derived_re is not None \
                and self.derived_re.fullmatch(toks[i].casefold()):
            i += 1
        # Leading common words belong to an organisation's name, not the person's ("Jasa Keuangan").
        # ('Novelist Andrea Lowe', 'Film-maker Spike Dorn': a word for what a person is opens the
        # role as a common word does, though it is too rare for the list of common words)
        while len(toks) - i > 2 and (toks[i].casefold() in self.common or (i == 0 and toks[i].casefold() in self.opening_person_nouns)) \
                and not (i == 0 and self._common_given_name(toks) and self._after_apposed_office(text, start)) \
                and not (len(toks) - i == 3 and toks[i][:1].isupper() and self._common_given_name(toks[i:])
                         and self._source_alone(text, toks[i])) \
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
            # (after a lower-case office, a name of one word will do: 'politisi Gerindra Sudarto',
            # also when it opens the sentence and was cut off as a common word)
            i = self._party_before_name(toks, 0, 1 if lower_role or opener_cut else 2)
        elif i < len(toks) - 1:
            # 'Sekjen Gerindra Sugiono', 'Waketum Golkar Idrus Marham': the party after an office is
            # the office's, not a word of the name (so after a kind of person: 'Politisi Gerindra
            # Sudarto'; no name opens with a party's)
            i += self._party_before_name(toks, i, 1)
        if self.of_phrases and i < len(toks) - 2:
            # "Rovers's Tom Hale", "Widgetco's Jane Roe", "Ladbrokes' Warren Lush": a body's possessive
            # (singular or plural), then a full name, is the person of that body (not "Hale's Moving
            # Castle", a title of common words)
            owner = next((j for j in range(len(toks) - 3, i - 1, -1) if toks[j].endswith(POSSESSIVE_ENDINGS)),
                         None)
            # (the surname may name a state: "the Observer's Philip French", as _place_surname reads it)
            named = toks[owner + 1:] if owner is not None else []
            if named and (self._owned_full_name(named) or self._place_surname(named)) \
                    and toks[-1] not in self.institution_tails:
                i = owner + 1
        while 0 < i < len(toks) - 2 and _ROMAN.fullmatch(toks[i]) \
                and (toks[i] != "I" or (self.balinese_i_names and toks[i + 1] not in self.balinese_i_names)):
            # 'Kepala Satgas Korsup KPK Wilayah V Dian Patria', 'Pangdam IV Diponegoro': a Roman numeral
            # numbers the unit that closes the role; no name opens with one (a Balinese 'I' does:
            # 'I Wayan Sudana', so 'I' before any other word only: 'Ketua KPK Jilid I Taufiequrachman Ruki')
            i += 1
        if i > 0:
            i = self._rank_across(toks, i)
        slashed = [k for k, t in enumerate(toks) if "/" in t.strip("/")] if self.slash_joins_offices else []
        if slashed and i <= slashed[-1] < len(toks) - 1:
            # ('Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Roeslani': a word with a slash joins two
            # offices, a word of the role)
            i = slashed[-1] + 1
        while 1 < i < len(toks) - 1 and toks[i - 1] in self.name_opening_particles:
            # 'Ketua Majelis Hakim Ni Luh Suastini', 'Gubernur NTB Lalu Muhamad Iqbal': a Balinese or
            # Sasak particle opens the name after an office
            i -= 1
        i = self._balinese_name_start(toks, i)
        if 2 <= i < len(toks) and toks[i - 1].casefold() in self.given_name_titles \
                and (any(t.casefold() in self.title_words for t in toks[:i - 1])
                     or self._office_right_before(lower_role)):
            # 'Menpora Imam Nahrawi', 'Wakil Menteri Raja Juli Antoni': a title that is also a given
            # name, after an office already named, opens the name ('Imam Besar Masjid Istiqlal' and
            # 'Raja Salman' keep it as the title)
            i -= 1
            while i > 1 and self._plain_name_word(toks[i - 1]):
                # ('Anggota Komisi X DPR RI Budi Raja Simanjuntak': a given name before it opens the name)
                i -= 1
        elif i == 1 and len(toks) == 2 and toks[0].casefold() in self.given_name_titles \
                and self._plain_name_word(toks[1]) and self._after_apposed_office(text, start):
            # ('ujar anggota Dewan Pers, Imam Wahyudi': after an office closed by a comma, such a title
            # and one more name word are the holder's name, as after an office with no comma)
            i = 0
        if 3 <= i < len(toks) and toks[i - 1].casefold() in self.inner_name_titles and toks[i - 1][:1].isupper() \
                and self._plain_name_word(toks[i - 2], titles=False) and not toks[i - 2].isupper() \
                and self.finder.code_of(toks[i - 2]) is None \
                and any(t.casefold().rstrip(".") in self.title_words for t in toks[:i - 2]):
            # 'Menteri Agama Lukman Hakim Saifuddin': a title word between a given name and a surname,
            # after an office already named, is a word of the name (inner_name_titles; opening the
            # phrase or right after the office it stays the title: 'Ketua Majelis Hakim Sumpeno')
            i -= 2
            while i > 1 and self._plain_name_word(toks[i - 1], titles=False):
                i -= 1
        if 2 <= i <= len(toks) - 2 and toks[i - 1] in self.given_name_months \
                and any(t.casefold().rstrip(".") in self.title_words for t in toks[:i - 1]):
            # 'Kepala Departemen Komunikasi BI Juli Budi Winantya': a month's name between an office and a
            # name of two words or more opens the name (given_name_months; a date has its day or year)
            i -= 1
        if self.stacked_title_re is not None and 0 < i < len(toks) and toks[i - 1] in self.foreign_particles:
            # 'Dr. van der Linden': the particles after a title open the name
            j = i
            while j > 0 and toks[j - 1] in self.foreign_particles:
                j -= 1
            if j > 0 and toks[j - 1] in self.stacked_titles:
                i = j
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
        if len(role_toks) == 1 and 1 <= len(name_toks) <= 2 and not lower_role and len(role_toks[0]) >= 3 \
                and role_toks[0].isupper() and role_toks[0].casefold() in self.home_institutions \
                and " ".join(name_toks).casefold() in self.local_places:
            # 'BPBD Poso mengklaim ...', 'KPU Jember menetapkan ...': a state body's acronym and the
            # region it serves is that body's office there, a speaker (not a place like 'Dusun Nglahar')
            return Parsed(bare, start, end, None, bare, "organization", None)
        if name_toks and role_toks and role_toks[-1].casefold() in self.non_name and not lower_role and not any(
                w.casefold().rstrip(".") in self.title_words for w in role_toks):
            return None  # 'Dusun Nglahar', 'Hotel Indonesia': a place or a firm
        if not role_toks and len(name_toks) > 1 and name_toks[0].casefold() in self.non_name:
            return None
        if not role_toks and not lower_role and len(name_toks) > 1 and name_toks[-1] in self.body_closing_words:
            # (h_idwho43) 'Tim Baret dan Rangong Rescue, serta warga meninjau lokasi', 'kata Bueckert pada
            # Thomson Reuters Foundation': an English body's word closes the name; a body, no person
            # (whom a later 'katanya' could mean)
            return Parsed(bare, start, end, None, bare, "organization", None)
        closing = next((j for j in range(len(name_toks) - 1, -1, -1) if name_toks[j] in self.body_closing_words),
                       None) if role_toks and self.body_closing_words else None
        if closing is not None and all(t[:1].isupper() for t in role_toks + name_toks[:closing + 1]):
            # 'Indonesia Corruption Watch', 'Koordinator Indonesia Police Watch Neta S Pane': an English
            # body's word closes the body's name the words before it opened (a state's name too, which
            # then is no office of that state); the person's name, if any, follows it (not a list
            # joined by 'dan', read by the rules for it: 'Tim Baret dan Rangong Rescue')
            if closing == len(name_toks) - 1 and not lower_role and not self.has_title_word(" ".join(role_toks)):
                return Parsed(bare, start, end, None, bare, "organization", None)
            role_toks, name_toks = role_toks + name_toks[:closing + 1], name_toks[closing + 1:]
        if role_toks and name_toks and not lower_role and name_toks[-1].casefold() in self.sport_body_words:
            # 'Premier Rugby', 'Premier League': a title word before a sport's word names a
            # league or a sport's body, no titled person called 'Rugby'
            return Parsed(bare, start, end, None, bare, "organization", None)
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
        if (role_toks or lower_role) and not self.of_phrases and len(name_toks) >= 2 \
                and any(w.casefold().rstrip(".") in self.title_words or w.casefold() in self.person_noun_words
                        for w in role_toks + (lower_role or "").split()):
            # 'Ketua Komnas Anak Arist Merdeka Sirait', 'CEO Gogobli Joyce Lim': a body no list knows,
            # between the office and the name, that the article shows is no word of the name (so after
            # what a person is: 'Pelatih AC Milan Vincenzo Montella', 'Bintang Barcelona Neymar')
            k = self._body_before_name(text, name_toks, (role_toks or (lower_role or "").split())[-1])
            if k:
                role_toks, name_toks = role_toks + name_toks[:k], name_toks[k:]
        if len(role_toks) >= 2 and len(name_toks) == 1 and role_toks[-1].casefold() in self.coordinator_words \
                and self.finder.code_of(" ".join(role_toks[:-1])) is not None:
            # 'Israel dan Hamas tercatat ...': a state and another party named by one word, not an
            # office and a name (a full name after it may be the state's: 'Puerto Rico and Pedro
            # Pierluisi was sworn in')
            role_toks = []
        if len(role_toks) >= 2 and role_toks[-1] == "&" and not any(
                w.casefold().rstrip(".") in self.title_words for w in role_toks[:-1]):
            # (h_idmiss247) 'Kahiyang & Bobby': two names joined by an ampersand (role_connectors keeps it inside
            # a job title, 'Co-Founder & CEO'), no office before the second
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
            # (a short form in brackets stays among the words: 'Bek tim nasional (timnas) Indonesia NAME')
            before = re.split(r"[.,;:!?\"“”]", text[max(0, start - 60):start])[-1].split()[-3:]
            if before and self.is_non_state(" ".join(before + [role])):  # (not 'Cardinal ... of the Holy See')
                country = None
        if not name_toks and len(toks) == 2 and toks[0].casefold().rstrip(".") in self.honorifics \
                and toks[1][:1].isupper() and toks[1].isalpha():
            # 'Mr Irish', 'Ms English': a courtesy title stands before a surname only, even one
            # that is also a state's adjective or name
            return Parsed(bare, start, end, toks[0], toks[1], "person", None)
        if not name_toks and not lower_role and len(toks) >= 2 and len(toks[0]) >= 3 and toks[0][:1].isupper() \
                and toks[0].casefold() in self.home_institutions \
                and " ".join(toks[1:]).casefold() in self.local_places:
            # 'KPU Jateng menyatakan ...', 'Bawaslu Jawa Tengah menilai ...': as 'KPU Jember' above, a state
            # body's acronym and the province it serves, though the province's name is no name word
            return Parsed(bare, start, end, None, bare, "organization", None)
        if not name_toks:
            code = self.finder.code_of(bare)
            if code and len(toks) == 1 and not lower_role and (
                    self._surname_in(text, bare) or _AGE_AFTER.match(text, end)):
                # ('"...," kata Vatikan (27), pengendara asal Demak': an age after the word marks a person)
                # 'Amman, who was described as ...' after 'Sudesh Amman': the person, not Jordan
                return Parsed(bare, start, end, None, bare, "person", None)
            qualifier = self._non_state_qualifier(text, start, lower_role) if code else None
            if qualifier:
                # 'ujar sang gelandang Italia', 'menurut laporan media-media Inggris', 'Warga Palestina
                # menilai': the state's name only says where a player, the press or citizens are from;
                # the state does not speak (the words before it are the role, of no state)
                return Parsed(bare, start, end, qualifier, bare, "country", None)
            if code:  # the whole phrase names a state: 'Turki', 'Amerika Serikat'
                return Parsed(bare, start, end, None, bare, "country", code)
            if not self.of_phrases and sentence_start and not lower_role and len(toks) == 2 \
                    and self._plain_name_word(toks[0], titles=False) and self.finder.code_of(toks[0]) is None \
                    and self.finder.code_of(toks[1]) and toks[0].casefold() not in self.places \
                    and toks[1].casefold() not in self.places \
                    and _char_before_blanks(text, start) in ("", ".", ",", "!", "?", "\n", '"', "”"):
                # 'Telkom Indonesia mengaku ...', 'Kadin UEA menyebut ...': a body's own one-word name
                # before a state's name (not a city's: 'Real Madrid'), as a sentence's subject, is a
                # firm or a body speaking, for no state; only opening its clause ('Dilansir dari
                # Independent UK' is a source)
                return Parsed(bare, start, end, None, bare, "organization", None)
            if not lower_role and self._common_word_then_state(toks, text, start):
                # 'An All England club spokesperson denied ...': a capitalised common word before a
                # state's name opens a body's name (a club's, no state's); the state does not speak
                return Parsed(bare, start, end, None, bare, "organization", None)
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
        field_runs_on = self._field_runs_on(role_toks, name_toks, lower_role)  # ('Direktur Tindak Pidana Narkotika')
        if (len(name_toks) == 1 or field_runs_on) and (role_toks or lower_role) \
                and not self._honorific_only(role_toks) and (
                field_runs_on
                # 'Wakil Ketua Dewan Pakar Partai Golkar, Mahyudin', 'politisi Gerindra, Sudarto': a
                # party's name closes the office; its holder is named in apposition after it
                or self.names_a_body(name_toks[0])
                or (role_toks and (
                    name_toks[0].casefold() in self.common
                    # 'Ketua KPUD Muna', 'Wali Kota Bekasi': the town closes the role (also a town of
                    # two words the role's last word opens: 'Kabid Humas Polda Metro Jaya')
                    or name_toks[0].casefold() in self.local_places
                    or f"{role_toks[-1]} {name_toks[0]}".casefold() in self.local_places))):
            # 'Menteri Riset dan Teknologi': a common word ends a role, it is no one's name
            state = self.finder.code_of(" ".join(role_toks)) if self.of_phrases and not lower_role else None
            if not state and not lower_role and name_toks[0][:1].isupper() and self._common_word_then_state(role_toks, text, start):
                # 'An All England Club spokesman said ...': as 'All England' alone below, the body's name
                # runs on to the capitalised noun; for no state
                return Parsed(bare, start, end, None, bare, "organization", None)
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
        while len(name_toks) > 1 and (self._degree(name_toks[-1]) or (
                len(name_toks) > 2 and name_toks[-1].rstrip(",") in self.name_final_degrees)):
            # 'Pakar IT Universitas X, Supangat PhD menyoroti ...': a degree after the name, written
            # without the comma before it, is no word of the name ('Hery Chariansyah SH', 'Johanes
            # Panghutan Siboro SH, SIK': a short one without dots only after two words of the name)
            name_toks = name_toks[:-1]
        while len(name_toks) > 1 and role_toks and role_toks[-1].rstrip(".") in self.degree_opening_titles \
                and name_toks[-1].rstrip(",").replace(".", "").casefold() in self.degrees:
            # 'Arkeolog Aceh Dr Husaini Ibrahim MA': after a name an academic title opens, a degree
            # written without dots closes it ('MA' alone may be the Mahkamah Agung, not after 'Dr NAME')
            name_toks = name_toks[:-1]
        if len(name_toks) > 1 and len(name_toks[-1]) == 1 and name_toks[-1].isupper() \
                and text[end - 1:end] == name_toks[-1]:
            # 'Prof. Dr. Fathur Rokhman M.Hum. menjawab': the phrase stopped at the dot inside a degree
            # written after the name; its first letter is no initial of the name
            glued = _GLUED_DEGREE.match(text, end)
            if glued is not None and self._degree(name_toks[-1] + glued.group()):
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
        if len(name_toks) == 1 and not role and name_toks[0].casefold() in self.lone_role_nouns:
            # 'Mengetahui hal itu, Terdakwa saat itu memerintahkan ...' in a speaker's account of
            # a trial: a case's party by its role, capitalised as court records write it, is no one's name
            # (at a sentence's start the check below drops it already when the story also writes it in
            # lower case)
            return None
        if len(name_toks) == 1 and not role and sentence_start and lowercase_words is not None \
                and not (_MIXED_CASE.fullmatch(name_toks[0]) and f"({name_toks[0]})" in text):
            # (a word with a capital inside that the article gives in brackets as a body's short form,
            # 'KontraS menambahkan bahwa ...', is that name however common the word it spells; not
            # "OutRage!'s Mr Lock said", where the body's name only opens the phrase of a person)
            if (name_toks[0].casefold() in lowercase_words or name_toks[0].casefold() in self.common) \
                    and not self._surname_speaks(text, end, name_toks[0]):
                return None  # (not 'High said' after 'Colin High': a surname that is a common word)
            # (a name joined over a detokenised spaced hyphen, 'GO - JEK mengungkapkan ...', is seen
            # mid-sentence as its first word is: midcaps holds 'GO' of '..., GO - JEK juga ...')
            if midcaps is not None and name_toks[0] not in midcaps and not trailed \
                    and not (" - " in text[start:end] and name_toks[0].split("-")[0] in midcaps) \
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
            # (the name is joined again from its words: without the possessive it was read without,
            # 'The Rugby Football Union's manager' names no 'Rugby Football Union's')
            name = _POSSESSIVE_S.sub("", " ".join(name_toks))
        if country and role and not lower_role and self.place_name_gives_no_state(role):
            # 'bek kanan dari Paris Saint - Germain Serge Aurier': a club named after its city ('Paris' gave
            # FR before the words cut off the name closed the role), no office before the name, says whom
            # the person plays for, not a state spoken for (as pipeline._registry_role reads it)
            country = None
        return Parsed(phrase, start, end, role, self._hyphen_tail(text, end, name), "person", country)


def _initials_table(names: list, stopwords) -> dict[str, tuple[str, ...]]:
    """The initials of the institutions' names written in full words (capitalised, no short form such
    as 'Polri' or 'AD' inside; joiners as 'dan' left out) -> those names: 'ma' -> ('Mahkamah Agung',)."""
    shorts = {str(n).casefold() for n in names if " " not in str(n)}
    out: dict[str, list[str]] = {}
    for full in dict.fromkeys(str(n) for n in names):
        words = [w for w in full.split() if w.casefold() not in stopwords]
        if len(words) >= 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha()
                                   and w.casefold() not in shorts for w in words):
            out.setdefault("".join(w[0] for w in words).casefold(), []).append(full)
    return {k: tuple(v) for k, v in out.items()}
