"""One article in, one sheet (a plain dict of schema v1) out: `extract_article`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..articles import ArticleText
from ..countries import country_name
from ..entities import is_unnamed
from .dates import date_in_opening
from .furniture import find_furniture
from .gazetteer import CountryFinder
from .identity import with_identity
from .outlets import is_news_outlet
from .langpack import detect_language, load_pack
from .marks import doubled_apostrophes_as_marks
from .officials import listed_office_holder, official_country, out_of_office, speaks_for_no_state
from .quotes import extract_quotes
from .roles import RoleCleaner
from .sentences import paragraphs, split_sentences
from .grammar import Grammar
from .mentions import Entity, _local_places, word_positions, written_in_another_language
from .speakers import ArticleEntities

_GRAMMARS: dict[tuple, Grammar] = {}


@dataclass
class Extraction:
    sheet: dict
    people: list[dict] = field(default_factory=list)
    conflict: dict | None = None


def _grammar(pack, finder) -> Grammar:
    key = (id(pack), id(finder))
    g = _GRAMMARS.get(key)
    if g is None:
        if len(_GRAMMARS) > 32:
            _GRAMMARS.clear()
        g = _GRAMMARS[key] = Grammar(pack, finder)
    return g


_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")


def _headings(body: str, finder: CountryFinder, ignored) -> list[tuple[int, str]]:
    """Short lines that are just a country name ('Jerman') head the section below them."""
    out = []
    for p in paragraphs(body):
        line = body[p.start:p.end]
        if len(line) > 40 or line[-1:] in ".!?:\"”," or any(s <= p.start < e for s, e in ignored):
            continue
        # ('Indonesia (Pelabuhan Priok)' after 'Singapura' heads the next part of a comparison: a
        # bracketed qualifier after the name leaves it a heading)
        code = finder.code_of(_BRACKETED_TAIL.sub("", line.strip()))
        if code:
            out.append((p.start, code))
    return out


def _title(article: ArticleText, body: str, sentences) -> str:
    if article.title and article.title.strip():
        return article.title.strip()[:20000]
    first = body[sentences[0].start:sentences[0].end] if sentences else body
    first = re.sub(r"\s+", " ", first).strip()
    if len(first) > 120:
        first = first[:120].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return first or article.path.stem


def _is_country_name(name: str, finder, lang: str) -> bool:
    """`Iran`, `Turki`: the state's own name (not a metonym such as `Kremlin`, which people
    may want to correct in the registry)."""
    for m in finder.find(name):
        if m.start == 0 and m.end == len(name):
            return name.casefold() in (country_name(m.code, lang).casefold(),
                                       country_name(m.code, "en").casefold())
    return False


def _names_state_alone(name: str, finder, lang: str) -> str | None:
    """'Saudi': a speaker's name that is all a state's name, or words of it ('Saudi' of 'Arab
    Saudi'), is that state. (Not a capital: 'Madrid' is also a club, 'Amman' a surname.)"""
    found = finder.find(name)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return None
    code = found[0].code
    words = name.casefold().split()
    for full in (country_name(code, lang), country_name(code, "en")):
        fw = full.casefold().split()
        if any(fw[i:i + len(words)] == words for i in range(len(fw) - len(words) + 1)):
            return code
    return None


def _outlet_speaker(e: Entity, body: str) -> bool:
    """The press as a speaker: a news outlet, also when its name lost its article ('Namun, The Sun
    melaporkan ...' parses as 'Sun', which alone is also a surname; the article writing 'The Sun'
    settles it); not an outlet the article quotes through its own spokesperson (Entity.own_voice)."""
    if e.own_voice:
        return False
    name = e.name
    if is_news_outlet(name):
        return True
    # ('according to the Times' writes the article in lower case)
    return bool(name) and name[:1].isupper() and not name.startswith(("The ", "the ")) \
        and is_news_outlet(f"The {name}") and (f"The {name}" in body or f"the {name}" in body)


# 'Menteri LH: ...', 'Banjir di Kota, Kapolres: ...': a headline that opens (or goes on after a comma)
# with an office and a colon, the office's words said in its name
_HEADLINE_OFFICE = re.compile(r"(?:[^:]*,\s*)?([^:,]{2,50}):\s+\S")


def _headline_office(title: str | None, quotes, grammar, ents, finder) -> None:
    """A headline that gives an office and the statement ('Menteri LH: Hujan Kini Membawa Plastik')
    over a body that names its one speaker with no office by one name only ('kata Hanif'): that
    speaker holds the headline's office. Only when the office opens with a title of the language
    pack and its other words are titles, short forms or states (not 'Mensos Gus Ipul', a name);
    when exactly one person speaks with neither office nor state; and when no speaker holds an
    office with the same head title (the headline's holder is then that one)."""
    m = _HEADLINE_OFFICE.match(title or "")
    if m is None:
        return
    office = m.group(1).strip()
    words = office.split()
    if not words or words[0].casefold() not in grammar.title_set or grammar.is_former(office):
        return
    for w in words[1:]:
        c = w.casefold()
        if not (c in grammar.title_words or c in grammar.title_set
                or (w.isupper() and 1 < len(w) <= 6) or finder.find(w)):
            return
    people = _speakers_of(quotes)
    head = words[0].casefold()
    if any(e.role and head in e.role.casefold().split() for e in people):
        return
    bare = [e for e in people if e.type == "person" and not e.role and e.country is None and not e.registered]
    if len(bare) != 1:
        return
    (e,) = bare
    if len(e.name.split()) != 1 or e.name.casefold() in grammar.title_words or not e.name[:1].isupper():
        return
    e.role = office
    codes = {c.code for c in finder.find(office)}
    e.country = codes.pop() if len(codes) == 1 else ents.office_state(office, e.first)


_HEADLINE_CLAUSES = re.compile(r"\s*[,;|!?]\s*|\s+-\s+")


def _headline_subject_state(title: str | None, quotes, grammar, ents) -> None:
    """A headline whose clause opens with an office or a state institution and its verb
    ('Panglima Jelaskan ...', 'Ketua Banggar DPR Nilai ...', 'Bawaslu Keluhkan ...', 'Anggota DPR
    Rajiv Bagikan ...', 'Hujan Deras, BMKG: Waspada ...') over a body that names its speaker by one
    name only, with no office ('ujar Agus': the article's first lines, with the full name and
    office, are not in the text): that speaker speaks for the office's state. Only the speaker
    named right after the office in the headline, else the one-word speaker with no office quoted
    most among the speakers of no state (ties: each); not when another speaker is named there,
    when the clause's verb is passive ('Ketua Bawaslu Dilaporkan'), or when the office is a
    party's, a former one or no state's ('PKB Dukung ...', 'Pakar: ...')."""
    if not title or not grammar.home_country:
        return
    people = _speakers_of(quotes)
    stateless = [e for e in people if e.type == "person" and e.country is None and not e.registered]
    bare = [e for e in stateless if not e.role and (len(e.name.split()) == 1 or _first_named_at_cue(e, grammar, ents))
            and e.name[:1].isupper() and not _introduced_outside_state(e.name, grammar, ents)
            and not _listed_as_accused(e.name, grammar, ents)
            and e.name.casefold() not in grammar.title_words and e.name.casefold() not in grammar.title_set
            # (not a common noun the body also writes in lower case: 'menurut Pemohon' beside 'pemohon
            # bisa menarik kembali permohonannya', a party to the case, not the headline's office)
            and e.name.casefold() not in ents.lowercase_words]
    if not bare:
        return
    head = title.split(":")[0] if ":" in title else title
    clauses = [c for c in _HEADLINE_CLAUSES.split(head) if c.strip()]
    colon = ":" in title
    if colon:
        clauses = clauses[-1:]  # ('KPU Batalkan Aturan, Legislator: Jadi Pelajaran': who speaks)
    passive = (grammar.pack.get("passive_prefix") or "").casefold()
    counts: dict[int, int] = {}
    for q in quotes:
        if q.speaker is not None:
            counts[id(q.speaker)] = counts.get(id(q.speaker), 0) + 1
    for clause in clauses:
        toks = clause.split()
        holder = _headline_office_holder(toks, bare, ents, alone=colon)
        if holder is not None:
            e, code = holder
            e.country = code
            return
        # (the office's words: after its first, only titles, short forms, institutions and places,
        # so that the verb and its object are not read into it: 'Panglima Jelaskan soal Kejaksaan')
        k = 1
        while k < min(6, len(toks)) and _office_word(toks[k], grammar, ents):
            k += 1
        found = _office_state(" ".join(toks[:k]), grammar, ents) if toks else None
        if not found:
            continue
        rest = toks[k:]
        # a passive verb after the office ('Ketua Bawaslu Dilaporkan ke KPK', 'Kopda X Dihukum
        # Mati'): the office holder is acted upon, not the one who speaks (the prefix is pack data)
        if passive and any(w.casefold().startswith(passive) and len(w) >= len(passive) + 3
                           and w.casefold()[len(passive):].isalpha() and w.casefold() not in grammar.title_set
               and not ents.home_office(w) for w in rest):
            continue
        nxt = rest[0].strip("'\"‘’“”") if rest else ""
        named = [e for e in people if nxt and nxt in e.name.split()]
        if named:
            chosen = [e for e in named if e in bare]
            if len(chosen) != len(named):
                continue
        elif nxt and ((colon and len(rest) <= 3 and all(w[:1].isupper() for w in rest)
                       and nxt.casefold() not in grammar.common)
                      or any(e.type == "person" and nxt in e.name.split() for e in ents.entities)):
            # ('Menteri LH Budi: ...': a name after the office, and no speaker of that name; not a
            # common word, the clause's verb: 'Legislator Kritik KPU: ...')
            continue
        else:
            top = max(counts.get(id(e), 0) for e in stateless)
            chosen = [e for e in bare if counts.get(id(e), 0) == top]
            if not chosen:
                # ('Komisi II DPR Ungkap ...' over '"...," kata Arse' and a party's or a group's
                # spokesman quoted more: the one-word speaker who opens the body's quotes is the
                # headline's subject, the others answer him)
                first = next((q.speaker for q in sorted(quotes, key=lambda q: q.start)
                              if q.speaker is not None), None)
                chosen = [first] if first is not None and any(first is e for e in bare) else []
        for e in chosen:
            e.country = found
        return


def _introduced_outside_state(name: str, grammar, ents) -> bool:
    """A one-word speaker's name the body also writes inside a longer name after an office in a body
    that is not the state's ('Dosen Hukum dari Universitas Airlangga Herlambang Perdana Wiratman', later
    'kata Herlambang'): the article introduces the person itself, as no state's voice, so the office
    a headline names is not theirs. (A title or honorific beside the name, 'Pak Irma', is no longer
    name; an office of the state before it, 'Kepala Balai Karantina ... Willy Indra', leaves the
    headline's reading alone.)"""
    if " " in name:
        return False
    body = ents.body
    for at, words in _capitalised_runs(body):
        if len(words) < 2 or name not in words:
            continue
        if not any(w != name and w.casefold().rstrip(".,") not in grammar.title_words
                   and w.casefold().rstrip(".,") not in grammar.title_set
                   and w.casefold().rstrip(".,") not in grammar.person_titles for w in words):
            continue
        # (the words before the name back to the sentence's start, at most a long office's length)
        start = max(body.rfind(".", 0, at) + 1, body.rfind("\n", 0, at) + 1, at - 120)
        before = body[start:at] + " ".join(words[:words.index(name)])
        if grammar.is_non_state(before):
            return True
    return False


def _listed_as_accused(name: str, grammar, ents) -> bool:
    """A one-word speaker the body names shortly after a word for the accused (lone_role_nouns: 'dengan
    tersangka berjumlah empat orang R, SA, E dan RAJ', 'menangkap tersangka dengan inisial R, SA, E'), in
    the same sentence: a suspect the headline's police or court acts upon ('Polda Lampung amankan ...'),
    not the voice of its office."""
    if " " in name or grammar.accused_list_opener is None:
        return False
    named = re.compile(rf"[^.\n]{{0,60}}?(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(named.match(ents.body, m.end()) for m in grammar.accused_list_opener.finditer(ents.body))


def _first_named_at_cue(e, grammar, ents) -> bool:
    """'..." kata Dede Indra kepada wartawan' as the article's first mention of a two-word name: the
    speaker is first named by the speech verb of a quote, never introduced (the lines that gave the
    full name and office are not in the text), as a one-word name is."""
    if len(e.name.split()) != 2 or speaks_for_no_state(e.name, ents.published):
        return False  # (nor a well-known voice of no state: 'kata Antonio Guterres')
    at = ents.body.find(e.name)
    if at < 0 or at > e.first:
        at = e.first
    before = re.search(r"([\w-]+)[ \t]+\Z", ents.body[max(0, at - 30):at])
    return before is not None and before.group(1).casefold() in grammar.cue_words


# a run of capitalised words (a name, or a title-cased headline's words around one)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


@lru_cache(maxsize=8)
def _capitalised_runs(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(start, words) of every run of capitalised words in `text`: read once per article and headline,
    not once per speaker asked about."""
    return tuple((m.start(), tuple(m.group().split())) for m in _CAPITALISED_RUN.finditer(text))


def _unintroduced_follower_state(quotes, body: str, grammar, ents) -> None:
    """'Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Raden Prabowo Yuwono mengatakan, ...', then
    in the next paragraph '"...," kata Argo': a speaker of one word the article never introduces (no
    office, no longer name, the word nowhere beside another name's word, first written in the cue of
    its first quote) who speaks right after an official's quote, in the same or the next paragraph, with
    no one else named between, while no word of the official's own name comes back after that quote, is
    that official under another name (a name the press leaves out of the full one, or a slip), and speaks
    for the official's state. (Only the state: whom the name joins is
    the speakers' rules' business.) A contrast opener before the name ('Sementara itu, Andi ...') turns
    to someone else."""
    order = sorted((q for q in quotes if q.speaker is not None), key=lambda q: q.start)
    contrast = tuple(w.casefold() for w in grammar.pack.words("turn_openers"))
    cues = set(grammar.cue_words) | {w.casefold() for w in grammar.pack.words("bare_mid_cues")} \
        | {w.casefold() for w in grammar.pack.words("according_to")}
    for i, q in enumerate(order):
        e = q.speaker
        if i == 0 or e.type != "person" or e.registered or e.role or e.country is not None \
                or " " in e.name or not e.name.isalpha() or not e.name[:1].isupper() or len(e.name) < 3 \
                or e.name.casefold() in grammar.title_words or e.name.casefold() in grammar.common \
                or speaks_for_no_state(e.name) or grammar.is_non_state(e.name) \
                or any(o.speaker is e for o in order[:i]):
            continue
        prev = order[i - 1]
        p = prev.speaker
        if p is e or p.type != "person" or not p.role or not p.country:
            continue
        own = [w for w in p.name.split() if w[:1].isupper() and len(w) >= 3 and w.casefold() not in grammar.title_words]
        if not own or any(word_positions(body[prev.end:], w, "-", "-") for w in own):
            continue  # (the official named again after the quote, 'kata Joko', then '"...," kata Tini': two people)
        mentions = word_positions(body, e.name, "-", "-")
        if not mentions or mentions[0] < prev.end:
            continue
        first = mentions[0]
        cue = re.search(r"([\w-]+)[ \t]+$", body[max(0, first - 30):first])
        if cue is None or cue.group(1).casefold() not in cues:
            continue  # (first written right after a cue verb, 'kata Argo': else the article introduces the name)
        if any(_beside_name_word(body, m, len(e.name), grammar) for m in mentions):
            continue  # ('Argo Yuwono' elsewhere: a longer name, read by the speakers' rules)
        # the same paragraph as the official's quote, or the next one
        if body.count("\n\n", prev.end, first) + (0 if "\n\n" in body else body.count("\n", prev.end, first)) > 1:
            continue
        between = body[prev.end:first]
        if any(o.type == "person" and o is not p and o is not e
               and any(word_positions(between, w, "-", "-") for w in o.name.split()
                       if w[:1].isupper() and w.casefold() not in grammar.title_words)
               for o in ents.entities):
            continue  # (another person named between: the name may be theirs)
        lead = body[body.rfind("\n", 0, first) + 1:first].casefold()
        if lead.lstrip()[:1] in "\"“'‘":
            lead = ""  # ('"...," kata Argo': the quote opens the line, no opener)
        if contrast and any(c in lead for c in contrast):
            continue
        e.country = p.country


def _beside_name_word(body: str, at: int, length: int, grammar) -> bool:
    """Whether the name written at `at` stands beside another capitalised word of a name (a longer
    name): not a title ('Kombes Argo'), nor a common word opening the sentence ('Menurut Argo')."""
    def namelike(w: str) -> bool:
        w = w.strip("\"'“”‘’(),.:;")
        return w[:1].isupper() and w.casefold() not in grammar.common and w.casefold() not in grammar.title_words
    before = re.search(r"(\S+) $", body[max(0, at - 40):at])
    after = re.match(r" (\S+)", body[at + length:at + length + 40])
    return bool((before and namelike(before.group(1)) and not before.group(1)[-1:] in ",.:;\"”")
                or (after and namelike(after.group(1))))


def _official_named_in_full(e, title: str | None, ents) -> str | None:
    """'kata Erick' in a body that writes only the given name, under the headline 'Panggil Erick
    Thohir, ...': the one-word speaker is the listed official (officials.yaml) whose full name the
    headline or the body writes around that word, on the article's date. Every longer name the
    article writes around the word must be that official's: not when another person shares it
    ('Budi Santoso' beside 'Budi Gunadi Sadikin'), nor an office before it ('Menteri BUMN Erick')."""
    if e.type != "person" or len(e.name.split()) != 1 or not e.name[:1].isupper() or len(e.name) < 3:
        return None
    found: set[str] = set()
    for text in (title or "", ents.body):
        for _, words in _capitalised_runs(text):
            if len(words) < 2 or e.name not in words:
                continue
            at = words.index(e.name)
            # (every window of two to four words around the speaker's word: in a title-cased
            # headline the verb before the name is capitalised too, 'Panggil Erick Thohir')
            codes = {ents.official(" ".join(words[i:j])) for i in range(max(0, at - 3), at + 1)
                     for j in range(at + 1, min(len(words), i + 4) + 1) if j - i >= 2}
            codes.discard(None)
            if len(codes) != 1:
                return None
            found |= codes
    return found.pop() if len(found) == 1 else None


def _own_words_place_in_legislature(e, quotes, body: str, pack) -> bool:
    """'"Kami di Komisi VI DPR RI ...," kata Kawendra', '"Kami di DPRD sangat mengapresiasi ...,"
    ujarnya': a direct quote of the speaker's that opens with the speaker placing himself (first
    person: 'kami di', 'saya sebagai anggota') in the home legislature (own_legislature_openers)
    says he sits in it. Only at the opening of the quote, the speaker speaking of himself, not of a
    place he went to later in the sentence."""
    pats = pack.words("own_legislature_openers")
    if not pats:
        return False
    rx = re.compile(r"\W{0,3}(?:" + "|".join(pats) + r")(?![\w-])")
    return any(q.speaker is e and q.kind == "direct" and rx.match(body, q.start, q.end) is not None
               for q in quotes)


def _presented_as_candidate_or_cadre(e, body: str, grammar) -> bool:
    """'mendukung kandidat asal Golkar, Dedi Mulyadi', 'Sebagai kader Demokrat, Ruhut ...', 'tim
    pemenangan pasangan Gus Ipul - Anas': a listed office holder (office_holders.yaml) whom the
    article names only alone, and at some mention as a candidate, a party's cadre or one of a ticket
    (candidate_words, unelected_presenters, in the few words before the name in its sentence), is
    presented by the article as standing for office or for a party, not in the office the list
    knows (the annotators' calls: an office the article does not give is not used, dev48's Ruhut,
    Dedi Mulyadi and Gus Ipul)."""
    words = grammar.unelected_presenter_words
    if not words or not any(listed_office_holder(n) for n in (e.name, *e.aliases)):
        return False
    # (the press calls him by one word of his name after the lead: 'Ruhut' for Ruhut Sitompul)
    for form in {e.name, *e.aliases, *e.name.split()}:
        if len(form) < 3 or not form[0].isupper():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body):
            lead = re.split(r"[.;:!?\"“”()\n]", body[max(0, m.start() - 60):m.start()])[-1]
            before = [w.strip(",").casefold() for w in lead.split()][-4:]
            if any(w in words for w in before) or any(" " in w and w in " ".join(before) for w in words):
                return True
    return False


def _home_office_epithets(body: str, grammar, ents, pack) -> list[int]:
    """Where each later description of a person begins that names a sitting home office: '... keterangan palsu
    ..., Miryam S Haryani.' then 'rampungnya berkas anggota DPR dari Fraksi Hanura itu membuktikan ...'. A
    description closed by an anaphor (anaphor_markers), anywhere outside quotes and not only as a speech verb's
    subject, that names an office only the home state has (home_office; not 'Mantan Bendahara Umum Partai Hanura
    itu'); not one in apposition to a name after it ('anggota DPR itu, Budi, ...'). Read once per article, for
    _later_epithet_office."""
    if grammar.anaphor_marker_re is None or not pack.get("epithet_office_gives_state"):
        return []
    home = grammar.home_country
    times, joins = grammar.time_anaphor_nouns, grammar.office_phrase_joins
    quoted = ents.quoted_spans
    found = []
    for m in grammar.anaphor_marker_re.finditer(body):
        if any(a <= m.start() < b for a, b in quoted) or re.match(r"[ \t]*,[ \t]*[A-Z]", body[m.end():m.end() + 4]):
            continue
        lead = re.split(r"[.,;:!?\"“”()\n]", body[max(0, m.start() - 80):m.start()])[-1]
        # ('kata politisi yang juga ketua Fraksi Gerindra MPR RI itu': the office after a role joiner
        # is the description; what comes before it is the person's kind)
        joined = grammar.role_joiner_last.search(lead)
        if joined is not None:
            lead = lead[joined.end():]
        words = lead.split()
        for i, w in enumerate(words[:-1]):
            if w.casefold() not in grammar.title_words:
                continue
            desc = " ".join(words[i:])
            # ('ketua Fraksi Gerindra MPR RI': an office naming the home state is one too)
            if not (grammar.holds_no_office(" ".join(words[max(0, i - 2):]))
                    or home not in (ents.home_office(desc), grammar.role_country(desc))
                    or words[-1].casefold() in times or not all(
                        x[:1].isupper() or x.casefold() in grammar.title_words or x in joins for x in words[i + 1:])):
                # (a noun phrase of offices and names only: not 'anggota DPR sepanjang tahun ini')
                found.append(m.start() - len(lead) + lead.find(w))
            break
    return found


def _later_epithet_office(e, epithets: list[int], ents, home: str) -> str | None:
    """The home state, when a later description naming a sitting home office (_home_office_epithets) points
    back at this speaker: the one person named before it with no office and no state (as
    antecedents._epithet_office_state does for an epithet subject)."""
    for at in epithets:
        before = {id(x): x for off, x in ents.mentions if off < at and x.type == "person" and x.name}
        # (anyone named before it with no state may be meant: a former official, a party's man)
        open_ = [x for x in before.values() if x.country is None]
        if len(open_) == 1 and open_[0] is e:
            return home
    return None


def _own_cue_epithet_office(e, epithets: list[int], quotes, home: str) -> str | None:
    """The home state, when a description naming a sitting home office (_home_office_epithets) stands in the
    sentence of one of this speaker's quotes, outside the quoted words: the cue's subject ('..., kata politisi
    yang juga ketua Fraksi Gerindra MPR RI itu', '..., terang Ketua MPR RI tersebut'), whom the quote is
    given to."""
    for q in quotes:
        if q.speaker is e and q.sentence and any(q.sentence[0] <= at < q.sentence[1] and not q.start <= at < q.end
                                                 for at in epithets):
            return home
    return None


# (an office may join two bodies with "dan": 'Menteri Koperasi dan UKM'; not _CAPITALISED_RUN, the names' run)
_OFFICE_RUN = re.compile(r"[A-Z][\w-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*)*")
_OFFICE_RELATIVE = re.compile(r",?[ \t]+yang[ \t]+(?:(?:kini|saat[ \t]+ini|sekarang|juga|saat[ \t]+itu)[ \t]+)*"
                              r"(?:menjabat[ \t]+(?:sebagai[ \t]+)?|merupakan[ \t]+)?(?=[A-Z])")


def _home_office_run(run: str, e, grammar, ents) -> bool:
    """A capitalised run opening with a title word that, past the words of this speaker's own name, is an office
    only the home state has ('Ketua MPR', 'Menteri Perindustrian') and names no one else (no name-like word
    that is not the speaker's, a title's or a body's short form)."""
    words = run.split()
    if not words or words[0].casefold() not in grammar.title_words or words[0].casefold() in grammar.home_institutions:
        return False  # (a title opens an office: 'kata Fadli di DPR' names a place, not his office)
    own = {w for n in (e.name, *e.aliases) for w in n.split()}
    rest = [w for w in words if w not in own]
    if any(w not in own and w[:1].isupper() and not w.isupper() and grammar._plain_name_word(w)
           and w.casefold() not in grammar.title_words for w in rest[1:]):
        return False  # ('kata Zulkifli usai bertemu Ketua DPR Setya Novanto': another person's office)
    office = " ".join(rest)
    return grammar.home_country in (ents.home_office(office), grammar.role_country(office))


def _home_office_given_elsewhere(e, quotes, body: str, grammar, ents) -> str | None:
    """The home state, when the article gives this speaker (presented by a party's office) a sitting home
    office elsewhere: as the cue's subject of a quote ('..., kata Ketua MPR, bisa disebut ...', his or read apart),
    or in a relative clause after his name ('... Airlangga Hartarto, yang kini menjabat sebagai Menteri
    Perindustrian'): the annotators' status rule."""
    home = grammar.home_country
    for q in quotes:
        x = q.speaker
        if x is not None and x is not e and x.type != "organization" and _home_office_run(x.name, e, grammar, ents):
            # ('Pertemuan tersebut, kata Ketua MPR, ...' read as a speaker of its own: an unnamed home office
            # cued in his story, which the reader takes for his)
            return home
        if q.speaker is not e or not q.sentence:
            continue
        for a, b in ((q.sentence[0], q.start), (q.end, q.sentence[1])):
            for m in _OFFICE_RUN.finditer(body, a, b):
                if _home_office_run(m.group(), e, grammar, ents):
                    return home
    for name in {e.name, *e.aliases}:
        if len(name) < 3:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            rel = _OFFICE_RELATIVE.match(body, m.end())
            run = _OFFICE_RUN.match(body, rel.end()) if rel is not None else None
            if run is not None and _home_office_run(run.group(), e, grammar, ents):
                return home
    return None


def _state_document(name: str | None, grammar, ents, at: int) -> str | None:
    """The state a speaker named as a document speaks for: a name opening with a document's word
    (document_name_heads: 'Dokumen', 'Buku', 'Nota') that holds a word of the home state's budget
    papers (home_state_documents: 'Nota Keuangan', 'RAPBN') is the home state's; one that holds a
    court's word (court_document_words: 'pengadilan', 'putusan') is the state the story is about, as
    an unnamed judge or prosecutor is. Any other document (a survey, a study, a police report filed by
    a citizen) speaks for no state of its own."""
    words = (name or "").split()
    if not words or words[0].casefold() not in grammar.document_name_heads:
        return None
    padded = " " + " ".join(w.casefold().strip("(),.") for w in words) + " "
    if grammar.home_country and any(w in padded for w in grammar.home_state_documents):
        return grammar.home_country
    if any(w in padded for w in grammar.court_document_words):
        return ents.story_state(at)
    return None


def _office_as_name(e, grammar, ents) -> str | None:
    """'kata Wakapolri', 'ujar majelis hakim', 'Majelis Hakim Militer menyatakan': a speaker named
    by an office alone, every word of it an office's (titles, institutions, short forms, places: no
    person's name), in a language with a home state: the state of that office, as for an unnamed
    holder of it (office_state: a home-only office, else the story's state for an office every state
    has). Not a body outside the state ('Juru bicara SDF'), nor a former holder, nor the unnamed
    forces and authorities of the pack ('polisi', 'pemerintah setempat'), read by their own rules."""
    if not grammar.home_country or not e.name or grammar.is_former(e.name) or grammar.is_non_state(e.name):
        return None
    words = e.name.split()
    if e.name.casefold() in grammar.unnamed_speaker_words or words[0].casefold() in grammar.unnamed_speaker_words:
        return None  # ('kata polisi', 'pemerintah setempat': the unnamed forces and authorities have rules of their own)
    if not all(_office_word(w, grammar, ents) for w in words):
        return None
    return ents.office_state(e.name, e.first)


def _headline_office_holder(toks: list[str], bare, ents, alone: bool = False):
    """'Ahmad Luthfi Resmikan Pasar ...' over a body that names its speaker 'Luthfi' only, with no
    office: a headline clause that opens with the full name (two or three words) of an office holder
    of officials.yaml / office_holders.yaml, in office on the article's date, of which the one-word
    speaker's name is a word -> (that speaker, the holder's state). Only one speaker may match.
    `alone`: the clause before a headline's colon, which may be the name only ('..., Ahmad Luthfi: ...')."""
    for n in (3, 2):
        if len(toks) < n or (len(toks) == n and not alone):
            continue
        words = [w.strip("'\"‘’“”") for w in toks[:n]]
        if not words[0][:1].isupper() or not all(w[:1].isalpha() for w in words):
            continue  # (IndoSum writes its headlines in lower case after the first letter: 'Sri mulyani yakin ...')
        code = official_country(" ".join(words), ents.published)
        if code is None:
            continue
        folded = {w.casefold() for w in words}
        found = [e for e in bare if e.name.casefold() in folded]
        return (found[0], code) if len(found) == 1 else None
    return None


# a legislature's commission by its number or letter: 'Komisi VII', 'Komisi D DPRD'
_COMMISSION_NUMBER = re.compile(r"[IVX]{1,5}|[A-E]")


def _office_word(word: str, grammar, ents) -> bool:
    """A word that goes on an office in a headline: a title, a short form ('DPR', 'KemenPU'), an
    institution, a place or a numeral ('Komisi VII')."""
    w = word.strip("'\"‘’“”()")
    c = w.casefold()
    return bool(w) and (c in grammar.title_set or c in grammar.title_words or _COMMISSION_NUMBER.fullmatch(w) is not None
                        or c in {x.casefold() for x in grammar.pack.words("home_state_words")}
                        or sum(ch.isupper() for ch in w) >= 2 or bool(ents.home_office(w))
                        or bool(grammar.finder.find(w)) or c in _local_places(grammar.pack.code)
                        or (grammar.within is not None and bool(grammar.within.code_of(w))))


def _office_state(phrase: str, grammar, ents) -> str | None:
    """The state of an office or institution that opens a headline's clause ('Ketua Banggar DPR',
    'Gubernur Jateng', 'BMKG', 'Istana', 'Presiden Korsel'); None for any other words."""
    if grammar.is_former(phrase) or grammar.is_non_state(phrase) or grammar.heads_other_body(phrase):
        return None
    first = phrase.split()[0]
    if first.casefold() not in grammar.title_set and not ents.home_office(first) \
            and not ents.office_state(first, 0) and not ents._role_body_country(first) \
            and not (first.casefold() in grammar.title_words and ents.home_office(phrase)):
        return None  # (an office's word that opens a home office: 'Komisi X DPR', 'Komisi I')
    # ('BI Perkirakan ...' over a body that writes 'Bank Indonesia (BI)': the short form of a home institution)
    return grammar.role_country(phrase) or ents.home_office(phrase) or ents.office_state(phrase, 0) \
        or ents._role_body_country(phrase)


def _speakers_of(quotes) -> list:
    """Each speaker of `quotes` once, in order of first quote."""
    return list({id(q.speaker): q.speaker for q in quotes if q.speaker is not None}.values())


def _registry_role(e, grammar) -> tuple:
    """The role and state people.yaml lists for a speaker the article read: a 'role' that is only
    a place's, a state's or a club's name ('Sumatra Utara (Sumut)', 'Real Madrid': the office
    before it was left out) says what the person is nowhere else, so it is not listed; nor is the
    state it gave, unless it is the state's own name or a home province's ('Amerika Serikat (AS)'
    -> US), not a club's city ('Real Madrid' -> ES)."""
    if e.registered or e.type != "person" or not grammar.names_only_a_place_or_body(e.role):
        return e.role, e.country
    return None, (e.country if grammar.names_a_state_or_province(e.role) else None)


def _registry_values(e, grammar, published=None) -> None:
    """A speaker's values from content/people.yaml, once the article has said what it says: an
    editor's role wins; the machine's role and state there (what an earlier extraction read, see
    speakers.ArticleEntities.registered_entity) fill only what this article leaves empty: the role
    when it gives none, the state when it gives the person neither a role nor a state (an office
    the article gives decides the state, even none: a former minister, a club's chairman). Not a
    state's office for a well-known official whose listed terms the article's date lies outside of
    (Barack Obama as 'Presiden AS' of the US in June 2017): the office another article read was
    held on another day, so neither it nor its state is his on this one (a former office, 'mantan
    Presiden AS', still is; so is an office of no state, 'Ketua IPSI' for Prabowo Subianto in 2016)."""
    says_nothing = e.role is None and e.country is None and not e.no_office and not e.registered
    if e.role_by_hand:
        e.role = e.role_by_hand
    default = e.defaults.get("role")
    if e.defaults.get("country") and out_of_office(e.name, published) and not grammar.is_former(default):
        return
    # (a machine's role that is only a place's or a club's name, or a candidacy, which does not
    # last, says nothing of the person in another article: 'Real Madrid', 'Calon presiden ...';
    # nor does the state a club's city gave)
    placed = grammar.names_only_a_place_or_body(default)
    # (nor does an office the machine wrote in another language than the article's: 'Menteri Luar
    # Negeri Inggris' read in an Indonesian article is no role an English sheet shows; its state is
    # the same in any language)
    if e.role is None and not placed and not grammar.is_candidate(default) \
            and not written_in_another_language(default, grammar.pack.code):
        e.role = default
    if says_nothing and not grammar.place_name_gives_no_state(default):
        e.country = e.defaults.get("country")


def _cut_closing_tags(body: str, sentences: list, tags: list[tuple[int, int]]) -> list:
    """Sentences ending in a paragraph's closing tag ('... di masa mendatang. (tyo/pit)'): the tag is
    the article's furniture, so the sentence (and any quote read in it) ends before it; a sentence
    that is the tag alone ('(Antara)' after a full stop and a capital) is dropped."""
    out = []
    for s in sentences:
        for a, b in tags:
            if a < s.end and s.start < b:
                end = a
                while end > s.start and body[end - 1].isspace():
                    end -= 1
                s = type(s)(s.start, end)
                break
        if s.end > s.start:
            out.append(s)
    return out


def extract_article(article: ArticleText, registries, article_id: str,
                    language: str | None = None) -> Extraction:
    body = article.body
    language = language or article.language or detect_language(body)
    pack = load_pack(language)
    if pack.get("doubled_apostrophe_marks"):
        body = doubled_apostrophes_as_marks(body)
    lang = pack.code
    finder = CountryFinder.for_language(lang, registries)
    grammar = _grammar(pack, finder)
    furniture = find_furniture(body, pack)
    sentences = split_sentences(body, lang)
    if furniture.dateline and sentences and sentences[0].start < furniture.dateline[1] < sentences[0].end:
        sentences[0] = type(sentences[0])(furniture.dateline[1], sentences[0].end)
    if furniture.closing_tags:
        sentences = _cut_closing_tags(body, sentences, furniture.closing_tags)
    headings = _headings(body, finder, furniture.ignored)
    # (the file's date first; else the date the opening writes: 'Jakarta, Senin (20/10/2025) --')
    published = (article.meta or {}).get("published") or date_in_opening(body, pack, skip=furniture.related_spans)
    ents = ArticleEntities(body, grammar, registries, headings, furniture.ignored, article.title or "",
                           published)
    ents.prescan()
    quotes = extract_quotes(body, pack, sentences, ents, furniture, grammar)
    cleaner = RoleCleaner.for_grammar(grammar)
    epithets: list[int] | None = None  # (_home_office_epithets, read when first asked for)
    for e in _speakers_of(quotes):
        if not e.registered:  # (a role written in content/people.yaml is the editor's)
            e.role = cleaner.clean(e.role, e.name)
        if not e.registered and e.country and e.type == "person" and e.role and grammar.is_non_state(e.role) \
                and not grammar.home_country and ents.official(e.name) is None \
                and not any(w.casefold().strip("(),.") in grammar.political_non_state for w in e.role.split()):
            # 'Northfield Club chairman Tom Hale' called 'the American' later, 'Indian film
            # director Rani Mehta': the role the sheet gives is in a body that is not the state's (or
            # a trade's), so the state some other phrase named is a nationality, not a state spoken for
            e.country = None
        if not e.registered and e.country is None and not e.role:
            # 'Saudi menuding Qatar ...' read as a person named 'Saudi': the state speaks (asked
            # of the final name: 'Hong Kong' may have become 'Disneyland Hong Kong' since)
            e.country = _names_state_alone(e.name, finder, lang)
        if not e.registered and e.country is None and not e.role:
            e.country = _office_as_name(e, grammar, ents)
        if not e.registered and e.country is None and not e.role:
            # ('Dokumen pengadilan menyatakan, ...', '..., tulis dokumen Buku II Nota Keuangan ...'): a
            # document a state's court or budget office issues speaks for that state
            e.country = _state_document(e.name, grammar, ents, e.first)
        if not e.registered and e.country is None and not e.role and e.type == "person":
            # ('Budi Santoso (BS) selaku Kepala Dinas ...' anywhere in the article: his office)
            e.role, e.country = ents.capacity_role([e.name, *sorted(e.aliases, key=len, reverse=True)])
        if not e.registered and e.country is None and not e.role and grammar.home_country:
            # (in a language of one home state, whose press names a speaker by one name for
            # the whole body once the lead, not in the text, gave the full name)
            e.country = _official_named_in_full(e, article.title, ents)
        if not e.registered and e.country is None and not e.role and grammar.home_country \
                and e.type == "person" and not e.no_office and _own_words_place_in_legislature(e, quotes, body, pack):
            # ('"Kami di Komisi VI DPR RI Fraksi Gerindra siap mengawal ...," kata Kawendra': no office
            # written for him, but his own words place him in the home legislature: a sitting member)
            e.country = grammar.home_country
        if not e.registered and e.country is None and not e.role and grammar.home_country \
                and e.type == "person" and not e.no_office:
            # ('rampungnya berkas anggota DPR dari Fraksi Hanura itu ...' after her name: a later epithet's office)
            if epithets is None:
                epithets = _home_office_epithets(body, grammar, ents, pack)
            e.country = _later_epithet_office(e, epithets, ents, grammar.home_country)
        if not e.registered and e.country is None and e.role and grammar.home_country and e.type == "person" \
                and not e.no_office and ents.presented_in_party_only(None, e.role) and ents.official(e.name) is not None:
            # ('Wakil ketua umum Partai Gerindra, Edhy Prabowo', then '..., kata politisi yang juga ketua
            # Fraksi Gerindra MPR RI itu': the party's office read with a well-known official's name, a
            # sitting home office in a later epithet; that office is his voice, as for a speaker with no role)
            if epithets is None:
                epithets = _home_office_epithets(body, grammar, ents, pack)
            e.country = _later_epithet_office(e, epithets, ents, grammar.home_country) \
                or _own_cue_epithet_office(e, epithets, quotes, grammar.home_country) \
                or _home_office_given_elsewhere(e, quotes, body, grammar, ents)
        if not e.registered and e.country == grammar.home_country and e.type == "person" and e.role \
                and e.role.casefold() in grammar.home_local_titles and " " not in e.name:
            # ('kata Wali Kota Verbania' read as the mayor named 'Verbania', after 'di Verbania, utara Italia':
            # the place of the office, which the article puts abroad)
            e.country = ents.place_placed_abroad(f"{e.role} {e.name}") or e.country
        if not e.registered and e.country == grammar.home_country and not e.role and e.type == "person" \
                and grammar.home_country and _presented_as_candidate_or_cadre(e, body, grammar):
            # (the state the list of office holders gave him is not the capacity the article presents)
            e.country = None
            e.no_office = True
    if grammar.home_country and pack.get("unintroduced_name_follows_official"):
        _unintroduced_follower_state(quotes, body, grammar, ents)
    _headline_office(article.title, quotes, grammar, ents, finder)
    _headline_subject_state(article.title, quotes, grammar, ents)
    for e in _speakers_of(quotes):
        _registry_values(e, grammar, published)

    quote_dicts = []
    # ('Allah SWT berfirman, "..."', 'Al-Qur'an menegaskan ...': scripture quoted, no one's statement)
    scripture = {w.casefold() for w in pack.words("scripture_speakers")}
    for i, q in enumerate(quotes, 1):
        e = q.speaker
        if e is None or _outlet_speaker(e, body) or (scripture and e.name.casefold() in scripture):
            continue
        quote_dicts.append({
            "id": f"q{len(quote_dicts) + 1}",
            "speaker": e.name,
            "speaker_type": e.type,
            "role": e.role,
            "country": e.country,
            "text": article.body[q.start:q.end],  # (the text as written: marks read there stay its own)
            "kind": q.kind,
            "span": [q.start, q.end],
            "sentence": [q.sentence[0], q.sentence[1]] if q.sentence and q.sentence[1] > q.sentence[0] else None,
            "confidence": round(q.confidence, 2),
            "reviewed": False,
        })

    related = furniture.related_spans
    countries = []
    for m in finder.find(body):
        if any(s <= m.start < e for s, e in related):
            continue
        if m.code not in countries:
            countries.append(m.code)

    conflict = None
    stances: list[dict] = []
    try:
        from .conflicts import detect_conflict
    except ImportError:
        detect_conflict = None
    if detect_conflict is not None:
        conflict = detect_conflict(body, pack, sentences, finder, furniture.ignored, registries,
                                   title=article.title)
        conflict = with_identity(conflict)
    try:
        from .stances import extract_stances
    except ImportError:
        extract_stances = None
    if extract_stances is not None and conflict:
        stances = extract_stances(body, pack, sentences, quote_dicts, finder, conflict, furniture.ignored)

    meta = article.meta or {}
    sheet = {
        "article": {
            "id": article_id,
            "file": article.path.name,
            "title": _title(article, body, sentences),
            "source": meta.get("source") or furniture.source,
            "author": meta.get("author") or furniture.author,
            "url": meta.get("url"),
            "published": published,
            "language": lang,
            "cites": furniture.cites,
            "related": furniture.related,
            "countries": countries,
        },
        "conflict": conflict,
        "quotes": quote_dicts,
        "stances": stances,
    }
    people = []
    seen = set()
    for q in quotes:
        e = q.speaker
        if e is None or id(e) in seen or _outlet_speaker(e, body):
            continue
        if _is_country_name(e.name, finder, lang):
            continue  # `Iran menyatakan ...`: the state itself speaks; it is not a person to register
        if is_unnamed(e.name, e.role):
            continue  # 'seorang ibu', 'juru bicara pemerintah': someone only within this article
        seen.add(id(e))
        if e.type == "person" and not e.registered and grammar.unfit_registry_name(e.name):
            continue  # ('Bahlil Lahadaliamengatakan': no name for another article to join)
        role, country = _registry_role(e, grammar)
        people.append({"name": e.name, "aliases": sorted(a for a in e.aliases if a != e.name),
                       "role": role, "country": country, "type": e.type})
    return Extraction(sheet, people, conflict)
