"""Who a pronoun, an epithet or a description means: the person or body the article spoke of before.

Pronoun resolution (`_pronoun_fits`, `_pronoun_may_mean`, `_gender`, `_pronoun_body`),
the person named last or most salient before a position (`_person_named_last`,
`_salient_person`, `_officer_named_last`), the antecedent of a relative clause (`_antecedent`),
descriptions that point back ('the American', 'pejabat itu': `_described_referent`,
`_epithet_of_last_person`) and unnamed speakers kept under their description (`_unnamed_*`).
Called by `subjects`, `phrase_after` and `institutions` and by the report readers
(`quotes`, `indirect`, `reports`); it imports only `segments`.
"""
from __future__ import annotations

import bisect
import re

from .cues import QuoteFinder
from .mentions import Entity, Parsed, UPPER
from .outlets import is_press
from .segments import _CAPITALISED_RUN, _Context


def _salient_person(ctx: _Context, before: int, country: str | None, window: int = 1500) -> Entity | None:
    """The person the article has spoken of most up to `before` (the later one on a tie), with a
    full name, mentioned within `window` characters (and of `country`, if given): whom 'The Tory
    leader said' means after 'Michael Howard has launched an attack ... under Tony Blair'. Not a
    'person' the article shows to be a team, a band or a magazine (_names_a_thing: 'Rolling Stone
    magazine', named often, is not whom 'The singer said' means)."""
    counts: dict[int, list] = {}
    for off, e in ctx.ents.mentions:
        if off >= before:
            break
        if e.type == "person" and e.name and len(e.name.split()) >= 2 and (country is None or e.country == country):
            entry = counts.setdefault(id(e), [0, off, e])
            entry[0] += 1
            entry[1] = off
    recent = [c for c in counts.values() if c[1] >= before - window and not _names_a_thing(ctx, c[2])]
    if not recent:
        return None
    return max(recent, key=lambda c: (c[0], c[1]))[2]


def _person_named_last(ctx: _Context, before: int, sentence_start: int | None = None,
                       window: int = 1000, skip: frozenset = frozenset()) -> Entity | None:
    """The person of a full name the article named last before `before`, by any of the name's words,
    within `window` characters: whom 'The Russian revealed' means after 'said Safin' (a person by
    nationality; see nationality_phrase). Not the one who speaks earlier in the same sentence ('Dallas
    said that Dean was offside, but the Kiwi said ...': someone else)."""
    body = ctx.body
    lo = max(0, before - window)
    speaking = set()
    for m in reversed(list(_CAPITALISED_RUN.finditer(body, lo, before))):
        words = re.sub(r"['’]s?\Z", "", m.group()).split()
        if body.count('"', m.end(), before) % 2 or body.count("“", m.end(), before) > body.count("”", m.end(), before):
            continue  # (inside a quote: '"Once I ...')
        e = None
        for k in range(len(words)):  # ('Marat Safin', then 'Safin')
            if all(len(w) > 2 and w.casefold() not in ctx.qf.stopwords for w in words[k:]):
                e = ctx.ents.find_person(" ".join(words[k:]))
            if e is not None:
                break
        if e is None or not e.name or len(e.name.split()) < 2 or id(e) in speaking or id(e) in skip \
                or _names_a_thing(ctx, e):
            continue
        if sentence_start is not None and m.start() >= sentence_start \
                and ctx.qf.speech_any.match(body, m.end() + 1) is not None:
            speaking.add(id(e))
            continue
        return e
    return None


def _names_a_thing(ctx: _Context, e: Entity) -> bool:
    """Whether the article writes the full name of a 'person' (a capitalised run the grammar could not
    type otherwise) right before a noun that makes it a team, a prize or an event
    (thing_name_followers: 'over a battling Riverside Rovers side', 'the fair's Silver Heron awards') or
    right after a word that makes it a work's title (thing_name_leaders: 'whose film Long Road'):
    never the person a description after a quote means."""
    name = re.escape(e.name)
    followers, leaders = ctx.qf.pack.words("thing_name_followers"), ctx.qf.pack.words("thing_name_leaders")
    # (a follower matches in capitals too: 'the World Cross Country Championships')
    return (bool(followers) and re.search(
        rf"(?<![\w-]){name}[ \t]+(?i:{'|'.join(map(re.escape, followers))})(?![\w-])", ctx.body) is not None) \
        or (bool(leaders) and re.search(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, leaders))})[ \t]+{name}(?![\w-])", ctx.body) is not None)


# the first word of a sentence, after any quotation marks ('Speaking to ...')
_OPENING_WORD = re.compile(r"[ \t\"“”'‘’]*([A-Z][a-z]+)\b")


def _past_opening_participle(ctx: _Context, at: int, sentence_start: int) -> int:
    """Where to look back from for whom a nationality subject at `at` means: before the sentence when
    it opens with a participle of its subject's act toward someone else (nationality_opening_participles:
    'Speaking to Le Monde, the Swiss star added', 'Reacting to a remark by club chairman Tom Hale, the
    American said': the name in that phrase is its object, not the one described); else `at`."""
    first = _OPENING_WORD.match(ctx.body, sentence_start, at)
    if first is None or first.group(1) not in ctx.qf.pack.words("nationality_opening_participles") \
            or not ctx.body[sentence_start:at].rstrip().endswith(","):
        return at
    return sentence_start


def _nationality_referent(ctx: _Context, at: int, sentence_start: int) -> Entity | None:
    """Whom 'the Russian', 'the Kiwi' opening a clause at `at` means: the person of a full name named
    last (_person_named_last), unless the person the article spoke of last has one name only, which
    that reading does not see ('Safin said he ... The Russian added ...' after 'Ancic, a semi-finalist,
    looked set to push Safin ...' is Safin)."""
    look = _past_opening_participle(ctx, at, sentence_start)
    named = _person_named_last(ctx, look, sentence_start)
    last = ctx.last_person
    if named is None and look != at and last is not None and last.type == "person":
        # ('Talking to a paper, the 24-year-old Swiss said:' after her quotes, whose unclosed
        # marks hide her name from that reading: the person spoken of last, not the phrase's object)
        return last
    if named is not None and last is not None and last is not named and len((last.name or "").split()) < 2 \
            and last.name and re.search(rf"(?<![\w-]){re.escape(last.name)}(?![\w-])", ctx.body[max(0, at - 1000):at]):
        named = last
    if named is not None and _spoken_of_in_own_clause(ctx, named, at):
        # ('Gallas has been given confidence by the impact manager Jose Mourinho has had. And the
        # French international defender believes Mourinho is ...', '... talisman Ruud van Nistelrooy
        # is fit again, but the Scot admitted he was unsure whether to start the Dutchman'): the one
        # the subject's own sentence names, or calls by another nationality, after its verb is someone
        # else than that subject: the person named before them
        other = _person_named_last(ctx, look, sentence_start, skip=frozenset({id(named)}))
        if other is not None:
            return other
    return named


# where a sentence ends: a stop, with any closing mark, before a space or the end of the text
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|\Z)")


def _spoken_of_in_own_clause(ctx: _Context, e: Entity, at: int) -> bool:
    """Whether the sentence a nationality subject opens at `at` goes on to name `e` (by a word of
    the name) or to call someone by another nationality ('the Scot admitted ... the Dutchman'):
    then `e`, the person named last, is whom that later mention means, not the subject."""
    qf = ctx.qf
    # (after any coordinator opening the clause: 'And the French international defender believes')
    own = qf.nationality_phrase.search(ctx.body, at, at + 80) if qf.nationality_phrase is not None else None
    if own is None:
        return False
    end = _SENTENCE_END.search(ctx.body, own.end())
    rest = ctx.body[own.end():end.start() if end else len(ctx.body)]
    words = [w for w in re.sub(r"['’]s?\Z", "", e.name or "").split() if len(w) > 2 and w[:1].isupper()
             and w.casefold() not in qf.stopwords]
    if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", rest) for w in words):
        return True
    own_words = set(own.group().casefold().split()[1:])
    return any(not (set(m.group().casefold().split()[1:]) & own_words) for m in qf.nationality_phrase.finditer(rest))


def _described_person(ctx: _Context, start: int, phrase: str) -> Entity | None:
    """Whom 'The presenter', 'The 31-year-old' opening a sentence means (described_person_heads): the
    person named last if the article named them with the phrase's head word or their role holds it,
    else the person the article has spoken of most."""
    last = _person_named_last(ctx, start, start)
    salient = _salient_person(ctx, start, None, window=3000)
    if last is None or last is salient:
        return salient
    heads = {w.casefold() for w in re.findall(r"[\w-]+", phrase)} & ctx.qf.described_person_heads
    if heads:
        at = ctx.body.rfind(last.name.split()[0], max(0, start - 1000), start)
        near = {w.casefold() for w in re.findall(r"[\w-]+", ctx.body[max(0, at - 40):at])} if at >= 0 else set()
        if heads & (near | {w.casefold() for w in re.findall(r"[\w-]+", last.role or "")}):
            return last
    return salient or last


def _person_body_state(ctx: _Context, known: Entity | None, name: str, head: str) -> str | None:
    """The state a body named after a person speaks for (person_bodies): the person's for an
    administration or an office ('Erdogan's office'), none for a campaign or a team."""
    if head.casefold() not in ctx.qf.person_state_bodies:
        return None
    return (known.country if known is not None else None) or ctx.ents.official(name)


def _pronoun_body(ctx: _Context, text: str, at: int) -> Entity | None:
    """'His office said ...', 'At 2:45 a.m., his office said, he died ...': the office (campaign,
    administration) of the person the article has lately spoken of most speaks, as 'Smith's office'."""
    pb = ctx.qf.pronoun_body.fullmatch(text.strip()) if ctx.qf.pronoun_body is not None else None
    if pb is None:
        return None
    owner = _salient_person(ctx, at, None)  # (the one spoken of most lately, not any name last)
    if owner is None:
        return None
    head = pb.group("head").casefold()
    name = f"{owner.name}'s {head}"
    state = _person_body_state(ctx, owner, owner.name, head)
    return ctx.ents.resolve(Parsed(name, at, at + len(text.strip()), None, name, "organization", state), at)


def _dated(qf: "QuoteFinder", desc: str) -> bool:
    """A description closed by a noun of time, its anaphor a date: 'Antonio Guterres hari ini'; not
    an age or a span ('pebalap 38 tahun tersebut', 'aktor berusia 29 tahun itu')."""
    words = desc.split()
    return bool(words) and words[-1].casefold() in qf.time_nouns \
        and not (len(words) > 1 and (words[-2][:1].isdigit() or words[-2].casefold() in qf.number_words))


def _indefinite_opening(qf: "QuoteFinder", desc: str) -> bool:
    """Whether a description opens with an indefinite speaker word ('Seorang saksi mata di restoran',
    'Salah seorang warga'): someone unnamed the sentence introduces, not anyone the article spoke of."""
    low = " ".join(desc.split()).casefold()
    return any(low.startswith(w + " ") for w in qf.indefinite_set)


def _described_referent(ctx: _Context, desc: str, start: int) -> Entity | None:
    """Whom a description closed by an anaphor ('... itu', '... ini') that opens a sentence points
    back at: for an institution's head noun, the body the sentence before introduced by its name, else
    the last body that spoke, the holder of the office it opens with,
    else the last speaker or person named (of the office's state); the last person for a description
    of a person with no office ('Pelantun 'Bolo-Bolo' ini'). None when it points at no one known."""
    g = ctx.ents.g
    if _dated(ctx.qf, desc):
        return None  # ('Antonio Guterres hari ini mengeluarkan ...': today, not 'this Guterres')
    if _indefinite_opening(ctx.qf, desc):
        # ('Seorang saksi mata di restoran tersebut mengatakan ...': an indefinite description brings in
        # someone new; the anaphor closes a noun inside it, the place, and points back at no speaker)
        return None
    agent_of = _body_of_its_agent(ctx, desc, start)
    if agent_of is not None:
        # '"...," ujar perwakilan Ruach Entertainment. Perwakilan tersebut juga mengungkapkan, ...': the
        # body whose unnamed agent the cue named with that very noun, not the person spoken of last
        return agent_of
    titled = g.has_title_word(" ".join(desc.split()[:4]))
    if not titled:
        # 'Pelantun 'Bolo-Bolo' ini mengatakan': a description of a person, no office
        return ctx.last_person if _person_head(ctx.qf, desc) else None
    if g.inst_head_re is not None and g.inst_head_re.match(desc):
        # 'Komisi Pemberantasan Korupsi (KPK) meminta ... Lembaga antirasuah itu meminta ...':
        # an institution's head noun and a description point back at the body the sentence before
        # introduced by its name, else at the last body that spoke
        named = _body_named_last(ctx, desc, start)
        if named is not None:
            return named
        if ctx.last_body is not None:
            return ctx.last_body
        named = _lone_body_before(ctx, desc, start)
        if named is not None:
            # 'Sempat beredar kabar bahwa NASA mendukung teori itu. Namun badan antariksa AS itu
            # membantah ...': with no body having spoken yet, the one body the sentence before names is
            # what the description points back at, not the person quoted last (a body's head noun never
            # describes a person)
            return named
    code = g.role_country(desc)
    holder = _office_holder(ctx, desc, start)
    if holder is not None:
        # 'Presiden berusia 39 tahun itu menyebut ...': the one who holds the office it
        # opens with, not a last speaker who holds none
        return holder
    # the last speaker, else the last person named
    known = ctx.last_person if ctx.last_person is not None and (
        code is None or ctx.last_person.country in (None, code)) else next(
        (e for at, e in reversed(ctx.ents.mentions) if at < start
         and e.type == "person" and e.name), None)
    if known is not None and (code is None or known.country in (None, code)):
        _epithet_office_state(ctx, known, desc)
        return known
    return None


def _body_of_its_agent(ctx: _Context, desc: str, start: int) -> Entity | None:
    """The body that spoke last when the description is the bare noun ('Perwakilan', 'Juru bicara') that
    the article put before the body's name for its unnamed agent ('ujar perwakilan Ruach Entertainment'),
    no person being named between that phrase and the description, and the person spoken of last holding
    no office of that noun. None otherwise."""
    body = ctx.last_body
    words = [w for w in desc.split() if w.casefold() not in ctx.ents.g.anaphor_markers]
    if body is None or not body.name or not words or len(words) > 2 or any(w[:1].isupper() for w in words[1:]):
        return None
    noun = " ".join(words)
    last = ctx.last_person
    if last is not None and noun.casefold() in (last.role or "").casefold():
        return None
    links = ctx.qf.pack.words("agent_body_links")
    link = rf"(?:[ \t]+(?:{'|'.join(map(re.escape, links))}))?" if links else ""
    found = None
    for found in re.finditer(rf"(?<![\w-]){re.escape(noun)}{link}[ \t]+{re.escape(body.name)}(?![\w-])",
                             ctx.body[:start], re.I):
        pass
    if found is None or any(found.end() <= at < start and e.type == "person" for at, e in ctx.ents.mentions):
        return None  # (someone named after the body's agent spoke: the description may be that person's)
    return body


def _lone_body_before(ctx: _Context, desc: str, start: int) -> Entity | None:
    """The one body (an organization, not a news outlet) the sentence before `start` names, when it names
    exactly one (a person it names besides is no body) and the description names the body's state ('badan
    antariksa AS itu'), which the body takes when it has none. None otherwise."""
    prev = ctx.sentence_before(start)
    if prev is None:
        return None
    seen = [(at, e) for at, e in ctx.ents.mentions if prev.start <= at < prev.end]
    bodies = {id(e): e for at, e in seen if e.type == "organization" and not is_press(e)}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    code = ctx.ents.g.role_country(desc)
    if code is None or body.country not in (None, code):
        # (only a description that names the body's state: 'Lembaga antirasuah itu' after 'terkait e - KTP'
        # may point at a body the sentence only spoke of; nor one naming another state than the body's)
        return None
    if body.country is None and not body.registered:
        body.country = code
    return body


def _sole_body_just_before(ctx: _Context, start: int) -> Entity | None:
    """The one body the sentence before `start` names, when it names exactly one (an organization, not
    the press nor a state, its short form in brackets counted with it) and no person: whom a plural
    pronoun opening the next sentence means when the article spoke of no group before ('Hal ini sama
    dengan yang disoroti Federasi Serikat Guru Indonesia (FSGI). Mereka menilai, ...'). None otherwise."""
    prev = ctx.sentence_before(start)
    if prev is None:
        return None
    rel = re.match(r"[^\W\d_]+\s+([^\W\d_]+)", ctx.body[start:start + 40])
    if rel is not None and rel.group(1).casefold() in ctx.qf.relative_pronoun_words:
        return None  # ('Mereka yang sudah mengantre lama ... mengaku kecewa': those who, no one named before)
    seen = [(at, e) for at, e in ctx.ents.mentions if prev.start <= at < prev.end]
    if not seen or any(e.type == "person" for _, e in seen):
        return None
    first = re.search(r"[^\W\d_]+", ctx.body[prev.start:prev.end])
    if first is None or first.group().casefold() not in ctx.ents.g.common:
        return None  # ('Google sepertinya belum cukup puas dengan ... AMP. Mereka menilai ...': the name opening it)
    people = ctx.qf.people_words
    words = re.findall(r"[^\W\d_]+", ctx.body[prev.start:seen[0][0]])
    if any(w.casefold() in people and (k == 0 or w.islower()) for k, w in enumerate(words)):
        return None  # ('Warga menolak rencana PT Semen Indonesia. Mereka menilai ...': the people before it;
        # not a word of a name, 'Asosiasi Pedagang Pasar Indonesia')
    bodies = {id(e): e for _, e in seen if e.type == "organization" and e.name and not is_press(e)
              and ctx.ents.g.finder.code_of(e.name) is None
              and not any(w.casefold() in ctx.qf.coordinators for w in e.name.split())}
    # (not two bodies read as one name, 'Lembaga Ilmu Pengetahuan Indonesia dan Jaringan Damai Papua': each
    # speaks, neither under the joined name)
    if len(bodies) > 1:
        # ('Federasi Serikat Guru Indonesia (FSGI)': the name and its short form are one body)
        named = {e.name for e in bodies.values()}
        bodies = {k: e for k, e in bodies.items()
                  if not any(f"{other} ({e.name})" in ctx.body[prev.start:prev.end] for other in named)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _epithet_office_state(ctx: _Context, e: Entity, desc: str) -> None:
    """'Ketua Koordinator Bidang Kepartaian DPP Golkar Kahar Muzakir menyatakan ...', later 'Ketua Fraksi
    Golkar ini menduga ...': the description the article points back at him with names a sitting office of the
    home state (a DPR faction's chair) that his first role, a party's, did not; he speaks for that state (in a
    language whose pack sets `epithet_office_gives_state`). Not a former office ('mantan anggota Komisi V DPR
    itu'), nor one whose state the article already gave or the registry knows."""
    g = ctx.ents.g
    if not ctx.qf.pack.get("epithet_office_gives_state") or e.type != "person" or e.registered \
            or e.country is not None or e.no_office or not g.home_country or g.holds_no_office(desc) \
            or g.holds_no_office(e.role):
        return
    if ctx.ents.home_office(desc) == g.home_country:
        e.country = g.home_country


def _body_named_last(ctx: _Context, desc: str, start: int) -> Entity | None:
    """The body the sentence before introduced by a kind noun and its name ('... disambut baik oleh
    lembaga pemerhati kesehatan di Skotlandia, salah satunya adalah Ash Scotland. Lembaga ini
    mengatakan ...'; 'kelompok perokok Forest yang diketuai oleh ...'): what 'Lembaga ini' points
    back at, rather than the body that spoke last. The name is the first capitalised run after the
    kind noun (body_kind_nouns) that names no state or place, after the noun's description or an
    introducing word (body_name_introducers), and no person's; the anaphor's own description, if
    any, shares a word with the kind noun's ('Lembaga kumpulan perokok ini' -> 'kelompok perokok
    Forest'; not 'Lembaga antirasuah itu' -> 'lembaga keuangan Bank Mandiri'). None when there is none."""
    kinds = ctx.qf.body_kind_nouns
    if not kinds or not ctx.sentences:
        return None
    i = ctx.sentence_index(start)
    if i == 0:
        return None
    prev = ctx.sentences[i - 1]
    text = ctx.body[prev.start:prev.end]
    g = ctx.ents.g
    described = {w.casefold() for w in desc.split()[1:]}  # (the words after the head noun, e.g. 'antirasuah')
    for k in re.finditer(r"(?<![\w-])([a-z]+)(?![\w-])", text):
        if k.group(1) not in kinds:
            continue
        for run in _CAPITALISED_RUN.finditer(text, k.end()):
            name = run.group().rstrip(".")
            if g.finder.code_of(name) is not None or name.casefold() in g.places:
                continue  # ('lembaga pemerhati kesehatan di Skotlandia': where the body is)
            between = text[k.end():run.start()].split()
            before = between[-1] if between else ""
            if run.start() - k.end() > 80 or len(name.split()) > 4 or not (
                    before in ctx.qf.body_name_introducers
                    or (before.isalpha() and before.islower() and before not in g.stopwords)):
                break  # (the name must follow the description or 'adalah': not 'pada Senin', 'oleh Simon Clark')
            if described and not described & {w.casefold().strip(",") for w in between}:
                break  # (the anaphor describes another body than this one)
            at = prev.start + run.start()
            p = g.parse(ctx.body, at, at + len(name), None, False)
            if p is not None and (p.role or p.type not in ("organization", "person")
                                  or p.type == "person" and len(name.split()) >= 2):
                break  # ('organisasi pimpinan Rizieq Shihab': a person's full name, not the body's; one
                # unknown word reads as a person's too: 'kelompok perokok Forest')
            return ctx.ents.resolve(Parsed(name, at, at + len(name), None, name, "organization",
                                           p.country if p is not None else None), at)
    return None


def _office_holder(ctx: _Context, desc: str, start: int) -> Entity | None:
    """'Presiden berusia 39 tahun itu': a description opening with an office word points back at the
    last person named with that office in his role ('Presiden Prancis Emmanuel Macron'), when the
    last speaker holds no such office."""
    words = desc.split()
    if not words:
        return None
    head = words[0].casefold().rstrip(".")
    g = ctx.ents.g
    if head not in g.title_words or head in ctx.qf.person_qualifiers \
            or any(w[:1].isupper() and w.casefold().rstrip(".") not in g.title_words for w in words[1:]):
        return None  # ('Ketua Umum Partai Hanura itu': an office of its own named body)

    def holds(e: Entity) -> bool:
        # ('Komandan itu mengatakan' after '," ujar seorang komandan aliansi militer': an unnamed
        # speaker described by that office holds it too)
        role = e.role or (e.name if _unnamed(ctx.qf, e) else "")
        return bool(role) and head in {w.casefold().rstrip(".") for w in role.split()}

    last = ctx.last_person
    if last is None or holds(last):
        return None
    return next((e for at, e in reversed(ctx.ents.mentions) if at < start and e.type == "person"
                 and len((e.name or "").split()) >= 2 and holds(e)), None)


def _unnamed_antecedent(ctx: _Context, desc: str, pos: int, last_person: Entity | None) -> Entity | None:
    """'sumber tersebut' after 'dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya':
    the unnamed source the article introduced with that head noun, unless the person last spoken of
    is described by it (his role or his own unnamed description holds the noun)."""
    qf = ctx.qf
    words = [w for w in desc.split() if w.casefold() not in qf.indefinite_set]
    if not words or qf.unnamed_intro is None or not re.fullmatch(r"[a-z][a-z-]+", words[0]):
        return None
    head = words[0]
    if last_person is not None and head in (last_person.role or "").casefold().split() + \
            (last_person.name or "").casefold().split():
        return None
    found = None
    for m in re.compile(rf"{qf.unnamed_intro}(?P<who>{re.escape(head)}(?:[ \t]+[a-z][\w-]*){{0,8}})") \
            .finditer(ctx.body, 0, max(0, pos)):
        if not re.match(rf"[ \t]*[{UPPER}]", ctx.body[m.end():m.end() + 3]):
            found = m  # (not 'oleh artis Tina Toon': a person named after the description)
    if found is None:
        return None
    if last_person is not None and any(e is last_person and found.start() < at < pos for at, e in ctx.ents.mentions):
        return None  # (the person last spoken of was named after it: the description is his)
    who = found.group("who")
    # (the description ends at a stop word, unless a relative clause describes the source)
    cut = qf.unnamed_cut.search(who) if qf.unnamed_cut is not None else None
    if cut is not None:
        who = who[:cut.start()]
    return _unnamed_entity(ctx, who, "person", found.start("who"))


def _unnamed_entity(ctx: _Context, who: str, kind: str, first: int) -> Entity:
    """The article's entity for an unnamed speaker ('sumber militer tersebut', 'polisi'): the one
    already made under that description, else a new one, of the state an unnamed member of its
    forces speaks for."""
    for e in ctx.ents.entities:
        if e.type == kind and e.name == who:
            return e
    e = Entity(name=who, type=kind, first=first)
    e.country = _unnamed_force_state(ctx, who, first)
    ctx.ents.entities.append(e)
    return e


def _unnamed_force_state(ctx: _Context, who: str, offset: int | None = None) -> str | None:
    """'Seorang jenderal militer', 'sumber militer yang tidak ingin disebutkan namanya': an unnamed
    member of a state's armed forces or police (unnamed_state_forces) in a story mostly about one
    state speaks for that state (a state the description names wins: 'seorang jenderal Irak')."""
    if ctx.qf.unnamed_force is None or not ctx.qf.unnamed_force.search(who):
        return None
    g = ctx.ents.g
    if g.is_non_state(who) or g.is_former(who) or g.international_in(who):
        return None
    named = {m.code for m in g.finder.find(who)}
    if named:
        return named.pop() if len(named) == 1 else None
    # ('Polisi yang menangani kasus itu' in an Indonesian story set in Italy: the scene's police)
    return ctx.ents.main_country if offset is None else ctx.ents.story_state(offset)


def _unnamed(qf: "QuoteFinder", e: Entity) -> bool:
    """'seorang komandan aliansi militer': a speaker known only by an indefinite description."""
    first = (e.name or "").split()[:1]
    return e.type == "person" and bool(first) and first[0].casefold() in qf.indefinite_set


def _person_head(qf: "QuoteFinder", desc: str) -> bool:
    """'Pelantun 'Bolo-Bolo'', 'Sang pengusaha konstruksi', 'Eks - striker AC Milan': a description
    whose head noun (after qualifiers such as 'sang', 'mantan') names a kind of person."""
    words = [w for w in re.findall(r"[\w-]+", desc) if w != "-"]
    while words and words[0].casefold() in qf.person_qualifiers:
        words = words[1:]
    return bool(words) and words[0].casefold() in qf.person_nouns


def _describes_person(qf: "QuoteFinder", desc: str) -> bool:
    """'pria asal Medan', 'mantan juara', 'mantan Kepala Staf Angkatan Laut (KSAL)': a kind of person
    (after qualifiers) or a former office; not a present one ('juru bicara'), a source or a thing."""
    words = desc.split()
    return _person_head(qf, desc) or (len(words) >= 2 and words[0].casefold() in qf.former_words)


def _described_person_anaphor(qf: "QuoteFinder", phrase: str) -> bool:
    """'mantan juara itu', 'pria asal Medan tersebut': a person described, closed by an anaphor,
    someone the article spoke of."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].casefold() in qf.anaphor_words and _describes_person(qf, " ".join(words[:-1]))


def _role_holder_described(ctx: _Context, phrase: str, before: int) -> Entity | None:
    """The person an anaphoric description's head noun names by role, when that is not the one spoken
    of last ('salah satu Dosen Arkeologi UM, Dwi Cahyono ... pemilik kendaraan berinisial DR ... "...,"
    harap dosen yang juga Tim Ahli Cagar Budaya tersebut': Dwi, the lecturer, not DR): the person
    named last before `before` whose role holds the head noun; None when the last person's role holds
    it too, or no one's does."""
    words = phrase.split()
    head = words[0].casefold() if words else ""
    last = ctx.last_person
    if not head or last is None or head in (last.role or "").casefold().split():
        return None
    at = bisect.bisect_left(ctx.ents.mentions, before, key=lambda m: m[0])
    return next((e for _, e in reversed(ctx.ents.mentions[:at]) if e is not last and e.type == "person"
                 and e.name and head in (e.role or "").casefold().split()), None)


def _officer_named_last(ctx: _Context, before: int) -> Entity | None:
    """The person the article named last before `before` with an office and a full name (whom
    'he said' means when no one has spoken yet)."""
    g = ctx.ents.g
    found = next(((at, x) for at, x in reversed(ctx.ents.mentions) if at < before
                  and x.type == "person" and x.role and x.name and len(x.name.split()) >= 2
                  and all((g._namelike(w) or (len(w) <= 2 and w.isupper())) and "'" not in w and "’" not in w
                          for w in x.name.split())), None)
    if found is None:
        return None
    # ('Kepala BPBD Heru bersama Kapolsek Silo Budi meninjau lokasi. "...," katanya.': the head of
    # the companion list, not the companion named last)
    return _companion_list_head(ctx, found[0], found[1]) or found[1]


def _companion_list_head(ctx: _Context, at: int, e: Entity) -> Entity | None:
    """The subject that the person mentioned at `at` keeps company with ('Kepala BPBD Heru Widagdo
    bersama Kapolsek Silo Budi ...', 'Tim Reaksi Cepat BPBD Garut bersama Tagana dan Basarnas'):
    the person or body named in the capitalised run that opens the clause (after any fronted
    phrase's comma) right before a companion word (companion_joiners); None when `e` is not named
    after such a word in its sentence."""
    if ctx.qf.companion_list is None:
        return None
    body = ctx.body
    lo = max(body.rfind("\n", 0, at), body.rfind(". ", 0, at)) + 1
    m = ctx.qf.companion_list.search(body, lo, at + 1)
    if m is None or body.count('"', lo, m.start()) % 2:
        return None
    before = body[lo:m.start()]
    if before.strip() and not before.rstrip().endswith(","):
        return None  # (the clause's subject only, after a fronted phrase: not 'Polisi menangkap Heru bersama Budi')
    if any(w.casefold() not in ctx.qf.pair_joiner_set for w in re.findall(r"[\w'’-]+", body[m.end() - 1:at])
           if w[0].islower()):
        return None  # (the companions listed, nothing else: not 'Heru bersama Budi menemui Kapolres Adi')
    head = next((x for off, x in ctx.ents.mentions if m.start("head") <= off < m.end("head")
                 and x.type == "person" and x.name and len(x.name.split()) >= 2), None)
    if head is not None:
        return None if head is e else head
    words = m.group("head").split()
    for k in range(len(words)):  # ('Tim Reaksi Cepat BPBD Garut': the body 'BPBD Garut')
        org = ctx.ents.find_org(" ".join(words[k:]))
        if org is not None:
            return org
    return None


def _holds_office(ctx: _Context, e: Entity) -> bool:
    """Whether an entity read as a person has an office in its role (a title word not of its own
    name: 'chief executive', 'Chairman Sir'); a role saying what firm it is ('the private firm
    which runs ...') or words caught before its name ("Foster's and") are none."""
    if not e.role:
        return False
    words = {w.casefold().strip(".,()'’") for w in e.role.split()} - {w.casefold() for w in e.name.split()}
    return bool(words & ctx.ents.g.title_words) and not words & ctx.qf.firm_descriptor_nouns


def _pronoun_may_mean(ctx: _Context, pronoun: str | bool, e: Entity | None) -> bool:
    """Whether a subject pronoun may stand for `e`: 'it' never for a person ('Mr Hartley published
    the review. It said ...' is the review's), only for a body, or a name read as a person's that
    may be one (_may_be_body)."""
    return e is not None and (not isinstance(pronoun, str) or pronoun not in ctx.qf.body_pronouns
                              or e.type != "person" or _may_be_body(ctx, e, False))


def _gender(ctx: _Context, e: Entity | None) -> str | None:
    """'m', 'f' or None: what a person's role or honorific ('spokeswoman', 'Mrs') or given name
    ('Anne Sacoolas') tells of their gender (a body has none)."""
    if e is None or e.type != "person" or not ctx.qf.gender_pronouns:
        return None
    for w in re.findall(r"[\w'’-]+", e.role or ""):
        g = ctx.qf.gender_words.get(w.casefold().rstrip("."))
        if g is not None:
            return g
    first = (e.name or "").split()[:1]
    return ctx.qf.gender_names.get(first[0].casefold()) if first and len(e.name.split()) >= 2 else None


def _text_gender(ctx: _Context, e: Entity | None, before: int) -> str | None:
    """'m', 'f' or None: the gender the story's own pronouns give a person whose role and given name
    tell none ('Kim Clijsters has denied reports that she has pulled out ...'): the gendered pronouns
    (gender_pronoun_forms) after a mention of the person that opens a sentence before `before`, in a
    sentence that names no other person and no word of a gender (the one 'she' or 'her' may mean
    instead: 'Tom Hale praised the actress, saying she ...'); one gender only, over all such sentences."""
    forms = ctx.qf.gender_pronoun_forms
    if e is None or e.type != "person" or not forms or not ctx.starts:
        return None
    seen: set[str] = set()
    for off, x in ctx.ents.mentions:
        if off >= before:
            break
        if x is not e:
            continue
        # (where the name itself stands, its role maybe before it: 'Culture Secretary Tessa Jowell';
        # not a report's subject noted at its sentence's start)
        named = re.search(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in (e.name or "").split() if len(w) > 2)
                          + r")(?![\w'’-])", ctx.body[off:off + 60]) if any(len(w) > 2 for w in (e.name or "").split()) else None
        if named is None:
            continue
        off += named.start()
        i = ctx.sentence_index(off)
        start = ctx.starts[i]
        end = ctx.starts[i + 1] if i + 1 < len(ctx.starts) else len(ctx.body)
        end = min(end, before)
        if len(ctx.body[start:off].split()) > 4 or re.search(r"[,;:\"“”]", ctx.body[start:off]):
            continue  # (the name opens the sentence, maybe after a few words of its role)
        if any(start <= o < end and y is not e and y.type == "person" for o, y in ctx.ents.mentions):
            continue
        words = re.findall(r"[\w'’-]+", ctx.body[off:end])
        if any(w.casefold() in ctx.qf.gender_words for w in words):
            continue
        # (the name's own capitalised words, then up to the next capitalised word: a name the pronoun
        # may mean instead, 'Eastman does not make a judgment on Harris, arguing that she needs ...')
        lead = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
        rest = words[lead:]
        rest = rest[:next((k for k, w in enumerate(rest) if w[:1].isupper()), len(rest))]
        seen |= {forms[w] for w in rest if w in forms}
    return next(iter(seen)) if len(seen) == 1 else None


def _told_gender(ctx: _Context, e: Entity | None, before: int) -> str | None:
    """A person's gender by role or given name (_gender), else by the story's own pronouns (_text_gender)."""
    return _gender(ctx, e) or _text_gender(ctx, e, before)


def _pronoun_fits(ctx: _Context, pronoun: str | None, e: Entity | None, before: int,
                  window: int = 2000) -> Entity | None:
    """Whom a singular pronoun cue means, given `e`, the one the article spoke of last: `e`, unless
    its gender is known and the pronoun's is the other one; then the person of the pronoun's gender
    the article named last within `window` characters ('Police spoke with Anne Sacoolas ... He died
    ... She informed police ...'), if any (else `e` as before)."""
    want = ctx.qf.gender_pronouns.get((pronoun or "").casefold()) if isinstance(pronoun, str) else None
    if want is None or e is None:
        return e
    known = _told_gender(ctx, e, before)
    if known == want:
        return e
    at = bisect.bisect_left(ctx.ents.mentions, before, key=lambda m: m[0])
    if known is None:
        # ('Rock star Ozzy Hale ... His wife Sharon, who also manages the band, agreed. "...," she
        # said.': a person of the pronoun's gender named by a kin noun after the last mention of
        # the one of unknown gender)
        seen = next((off for off, other in reversed(ctx.ents.mentions[:at]) if other is e), -1)
        kin = _kin_named_before(ctx, want, before, min(window, 600), seen)
        return kin if kin is not None else e
    for off, other in reversed(ctx.ents.mentions[:at]):
        if off < before - window:
            break
        if other is not e and _told_gender(ctx, other, before) == want:
            return other
    return _kin_named_before(ctx, want, before, min(window, 600)) or e


def _kin_named_before(ctx: _Context, want: str, before: int, window: int, after: int = -1) -> Entity | None:
    """'His wife Sharon, who also manages the band, agreed. "...," she said.': the person last
    named by a kin noun of the pronoun's gender and a name within `window` characters (the name alone
    is often no mention of its own: a given name only), after offset `after`."""
    kn = ctx.qf.kin_named
    if kn is None:
        return None
    start = max(0, before - window, after + 1)
    found = None
    for m in re.finditer(r"(?<![\w'’-])(?=[^\W\d_]+[ \t])", ctx.body[start:before]):
        km = kn.match(ctx.body, start + m.start(), before)
        if km is None or km.start("who") != start + m.start():
            continue
        kin = km.group("who")[:km.start("name") - km.start("who")].split()[-1].casefold()
        if ctx.qf.gender_words.get(kin) == want:
            found = km
    if found is None:
        return None
    name = found.group("name")
    return ctx.ents.resolve(Parsed(name, found.start("name"), found.end("name"), None, name, "person", None),
                            found.start("name"))


def _may_be_body(ctx: _Context, e: Entity, stateless: bool) -> bool:
    """Whether an 'it' or a body's noun may stand for entity `e`: an organisation that is not the
    press (nor, when `stateless`, a state's body or a state), or a name read as a person's that has
    no office (_holds_office) and is never written after 'Mr' or 'Ms' ('Standard Life', 'Deutsche
    Telekom', 'Metrovias, the private firm which runs ...')."""
    g = ctx.ents.g
    if is_press(e) or e.name.casefold() in ctx.qf.not_firms \
            or (stateless and (e.country is not None or g.finder.code_of(e.name))):
        return False  # (nor an index or a measure: 'GDP is up. ..., the group noted.')
    if " " not in e.name and e.name.endswith("s") \
            and (e.name.casefold() in g.common or e.name.casefold()[:-1] in g.common):
        return False  # (a group: 'Analysts expected ...', 'Pensioners are being promised ...')
    if e.type == "organization":
        return e.name.casefold() not in ctx.qf.group_names
    if e.type != "person" or ctx.ents.official(e.name) or _holds_office(ctx, e):
        return False
    if _gender(ctx, e) is not None:
        return False  # ('Ann Simpson', a 'spokeswoman': a given name or a role of a gender is a person's)
    return not _written_with_title(ctx, e.name)


def _written_with_title(ctx: _Context, name: str) -> bool:
    """Whether the article writes the last word of `name` after a courtesy title or an abbreviated
    one ('Mr Wittig', 'Dr Reddy'): a person's. One search of the article a name, kept."""
    last = name.split()[-1]
    if last not in ctx.titled_names:
        titled = rf"(?i:\b(?:{ctx.ents.g.person_title_alt}))\.?[ \t]+(?:[A-Z][\w'’-]*[ \t]+)*{re.escape(last)}\b"
        ctx.titled_names[last] = re.search(titled, ctx.body) is not None
    return ctx.titled_names[last]


# an age alone in apposition after a name ('Lind, 52, who ...')
_AGE_APPOSITION = re.compile(r"\d{1,3}")


def _relative_antecedent(ctx: _Context, segments) -> Entity | None:
    """'The research was led by Mark Hay, a marine ecologist at GT, who said': the person a
    person's relative pronoun hangs on, named at the end of the segment before it or before the
    apposition that describes them (a segment opening with a lower-case word)."""
    body = ctx.body
    for k in range(len(segments) - 1, max(-1, len(segments) - 3), -1):
        a, b = segments[k]
        if body[a:b].strip()[:1].islower():
            continue  # ('a marine ecologist and Regents Professor at GT': who they are)
        if _AGE_APPOSITION.fullmatch(body[a:b].strip()):
            continue  # ('a nomination for Lind, 52, who told ...': her age, between commas)
        e = _antecedent(ctx, a, b)
        return e if e is not None and e.type == "person" else None
    return None


def _antecedent(ctx: _Context, start: int, end: int) -> Entity | None:
    """The name phrase that body[start:end] ends with, whatever word governs it: the antecedent of
    a relative clause opening at `end` ('setuju dengan Perdana Menteri Theresa May yang ...')."""
    body, g = ctx.body, ctx.ents.g
    opening = start
    end = start + len(body[start:end].rstrip())
    start = max(start, body.rfind(",", start, end) + 1)
    for w in re.finditer(r"\S+", body[start:end]):
        if not w.group()[:1].isupper():
            continue
        at = start + w.start()
        m = g.match_at(body, at)
        if m is None or m.end() != end:
            continue
        # (read as a sentence's first word where it opens one: 'Pelaku yang mengajak anaknya ...' beside
        # 'pelaku' in lower case is a common noun capitalised, no one's name)
        p = g.parse(body, m.start(), m.end(), ctx.ents.lowercase_words, not body[opening:at].strip(),
                    ctx.ents.midcaps)
        if p is None or p.type not in ("person", "organization", "role"):
            return None
        return ctx.ents.resolve(p, p.start)
    return None


def _epithet_of_last_person(ctx: _Context, p: Parsed | None, pos: int, m: re.Match, described: str | None) -> bool:
    """Whether a phrase after a cue is a description ending in a name the article never gave a
    person, closed by an anaphor ('politisi Partai Maju itu', 'mantan pelatih Persija Timur itu',
    'sosok asal Chile itu'): a role or a descriptor before the name. It means the one spoken of last
    (no one, when the article spoke of no one: a place or a party is never the speaker). Not a person
    named before ('kata Menteri Budi itu' after 'Budi') nor a bare name."""
    if p is None or p.type not in ("person", "country", "organization") \
            or ctx.qf.anaphor_close is None or not ctx.qf.anaphor_close.match(ctx.body, m.end()):
        return False
    if ctx.last_person is None and p.type == "person":
        return False  # (no one spoken of: perhaps a person after all; a place or a party never is)
    if not (described or (p.type == "person" and p.role) or _person_head(ctx.qf, ctx.body[pos:m.start()])):
        return False
    if p.type == "person":
        known = ctx.ents.find_person(p.name or "")
        if described and described.split()[0].casefold() in ctx.qf.kin_description_nouns:
            # ('," lanjut adik kandung mantan Presiden Abdurrahman Wahid (Gus Dur) itu.': the name after a
            # kin noun is the relative's, however often the article named them; the one described is the
            # one spoken of last, unless that is the relative)
            return known is None or known is not ctx.last_person
        if known is not None and known.first < pos:
            return False  # (named before the description; not a 'person' the description itself made:
            # 'kata mantan ketua umum GP Ansor tersebut', 'Ansor' read as a name inside it)
    return True


def _described_body(ctx: _Context, described: str | None) -> bool:
    """Whether the words before a phrase in a chain describe a kind of person in lower case ('analis',
    'pengamat politik'): the phrase then names where the person works, and the name follows it (read
    so where the language lists description_body_prepositions, its descriptions taking a body's name)."""
    return bool(described) and ctx.qf.description_body_prepositions != () and _person_head(ctx.qf, described)
