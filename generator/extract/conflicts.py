"""The conflict or dispute an article is about, and its parties: `detect_conflict`.

Order of evidence:

1. `content/conflicts.yaml` first (Registries.conflicts): an entry whose name (any
   language) or alias appears in the article's text joins the article to that conflict, and
   the entry's parties win over anything found in the text (a correction there wins). Only the
   names an editor wrote join so (Registries.conflict_names): a name `factsheet extract` wrote
   there is what one article called its conflict (`Syria` for a one-sided war), and an article
   of the same site naming it reads as it would alone. An entry whose parties are exactly the
   parties found in the text also joins it (its id).
2. Otherwise pairs of countries in the text, sentence by sentence (related-headline lines
   are never evidence):
   - two countries joined by `dan`, `and`, `-`, `vs`, `maupun`, `melawan`, ... count as a pair,
     more when a conflict word is near (`antara`, `between`, `perang`, `war`, `konflik`);
   - an attack verb or noun between two countries (`Turkey began a military offensive into
     Syria`, `X menyerang Y`) counts as a directed pair, attacker first; so does the opposition
     a subject meets (`Turkey ... despite criticism by Greece`), and every country of a
     coordinated object (`condemned by Egypt, Greece and Cyprus`); a country inside a relative
     clause after the cue (`accused rebels who are backed by France`) is not its object, nor is
     a state after a preposition of place (`scene_prepositions`: `serangan udara AS di dekat
     Sarmada, Suriah`: where, not on whom) unless the cue ends in its direction (`fired missiles
     at an air base in Syria`); an attack in a relative clause about people (`dua pria yang
     menembaki ...`) is theirs, not the subject's, and a passive cue with no agent (`UK casinos
     will be barred from copying US methods`) has the subject as its target, no attacker;
     a sentence opening with a pronoun (`He announced ...`) has the last sentence's subject;
     a clause opened after the subject (`clause_openers`: `Jepang khawatir ... jika Korut ...
     serangan ke Guam`) has its own attacker, the state right after the opener, and an opener
     after the cue ends the cue's clause;
   - a pair whose clause speaks of signing or a shared project (`Turkey and Libya signed a
     maritime deal`) is partners; a pair just after a word of history (`a commemoration of the
     Iran-Iraq War`) is background, and so is a pair right after a noun of relations in a sentence
     whose conflict words are everyday ones or name other states' conflict (`hubungan antara Rusia
     dan AS mencapai level terburuk`): neither counts; so is a pair hit together, after a
     preposition of direction after a conflict word (`shared_target_before`: `serangan nuklir ke
     Korea Selatan dan Amerika Serikat`): one side, not each other's adversaries.
   The best-scoring pair wins; ties go to the pair whose countries are named most often.
   `between` / `antara` alone (`relation_context`) beside a pair is any relation, and an everyday
   word (`weak_context`: `the U.S.-Mexico border`) names a place: they count as conflict words
   only in a sentence with another conflict word or a hostile cue (and such a sentence sets no
   states against each other for the most-named fallback below). A pair with
   a state named once, in an article naming some state three times or more, is a passing
   mention, not the article's conflict.
   Without a winning pair, the most-named states: one state alone needs 3 points of conflict
   words (everyday ones, `weak_context`: `crisis`, `serangan`, `between`, count half) and one
   word only of fighting in a sentence that names it (or refers to it: `state_references`,
   `the nation's ongoing civil war`); two states need a sentence naming both beside a conflict
   word or hostile cue, one whose comma clause names neither state only if it names no other
   (`Ukraine, which is currently in a military conflict with Russia` sets no US against Ukraine).
   A negated hostile cue (`I put no pressure on them`) is none, and a cue of leverage
   (`hostile: false`: withholding aid) is no hostile act. Phrases like `heart attack`, `World War II`
   (`not_conflict`) hold no conflict word.
   A sentence whose only conflict word is `between` / `antara` sets no states apart, and the
   press's own country is no rival of a foreign state named most unless such a sentence names both.
   A lone state's words of fighting must be its own: more of their sentences name it than name
   any other state (not `soldiers fighting the war in Iraq` in a story of British politics), and
   more than one sentence in PASSING_SHARE (20) of the article (not two sentences of war in a
   250-sentence campaign digest). A pair set apart by one hostile act only, on or by a state named
   in one sentence in PASSING_SHARE or fewer, outside the headline, is a remark. A second place
   word (`perbatasan`, `border`) in a sentence whose pair a place word names sets nothing apart.
   One-sided conflicts, a state against a side that is no state: a named armed group
   (`armed_groups`: the Taliban, the Houthis, al-Qaeda) named three times or more (and more than
   once in PASSING_SHARE sentences), more often
   than each state of the best pair, in an article with a conflict word, an attack or a hostile
   cue that is not the group's own (`ISIS mengancam ...` is a warning), makes the
   most-named state the only party (`Afghanistan–Taliban`; of two named as often, the one the
   headline names); with no conflict from the text, a
   headline whose verb of opposing (`headline_opposes`: `kecam`, `lawan`, `condemns`) has states
   on one side of it only (`... dunia kecam China`, `RI Malaysia lawan resolusi UE soal sawit`)
   makes those states the parties. A headline in which one of its two states backs the other
   (`headline_backs`: `... akui Yerusalem sebagai ibu kota Israel`), with no conflict word or verb
   of opposing in it, sets no headline pair. Two rival camps (a contest at a summit or a vote): two states
   each backed by two states or more, by disjoint camps (`Kanada yang didukung oleh Amerika Serikat
   dan Meksiko`), in an article with an opposing cue (`memblokir sebuah rencana`), are the parties.
   With no conflict yet, a diplomatic row of the press's own country (`home_disputes`: an envoy
   summoned, entry refused, a protest note) with one foreign state named most makes the two
   the parties (`Menlu` and `Panglima TNI` act for Indonesia without its name: one of the pack's
   `home_institutions` named stands for the home country named).
   The state most named, alone in the comma clause of every attack that names a state (two or more:
   `tentara Myanmar menembaki para pengungsi`), in an article with a word of fighting, is the one
   party though a second state (where refugees flee) is named nearly as often. With no conflict
   yet, a place whose sovereignty two states dispute (`disputed_places`: `Yerusalem`), named twice
   or more in an article with an opposing cue or a conflict word, gives its two claimants.
   A people that is no state in a crisis with the state it lives in (`peoples`: `konflik
   kemanusiaan Rohingya`), named beside a conflict word, a word of violence or of its displacement
   from that state named there (`displacement`: `pengungsi Rohingya di perbatasan Bangladesh -
   Myanmar`) in two sentences or more, makes that state the one party, with no conflict otherwise or when a neighbour's row
   with it forms the pair. A pair set apart only by one hostile act, in an article with no
   conflict word, whose headline does not name the two, by or on a state named in passing (twice
   at most, a third as often as the other), is no conflict; a pair set apart in one sentence only,
   beside a state's own fighting told in three sentences or more that do not name the second
   state (`Kashmir ... diperebutkan oleh India dan Pakistan` in a story of clashes with security
   forces), leaves the first state alone. A state in the headline that only qualifies civilians
   (`pengungsi Suriah`, `Syrian toddler`) is no side of its verb of opposing.
   No conflict from the text at all (a registered one still joins): a sports report (`sport`
   words, 8 or more and twice the fighting words, or 5 or more and no fighting word) or a headline about cooperation
   (`cooperation_title`) with no conflict word or hostile cue in it. The headline pair needs a
   conflict word that is not only an everyday one, and not one in a clause about other states;
   nor is a headline whose first state only qualifies its civilian or firm subject (`US company
   admits Benin bribery`) a pair, when the body never sets the two apart. A war a state names
   (`the Iraq war`, `the war in Iraq`: `war_places`) sets that state against no other state of
   its sentence, and that state is no object of a hostile cue before it. The one hostile cue of
   a long article with no conflict word, and a hostile act in an article with no conflict word
   naming a war of history (`past_wars`: `World War II`), are no conflict. A conflict word said
   to be over (`ended_after`, `ended_before`: `a civil war that ended years ago`,
   `recovering from`) is history, no conflict word.
3. The name: the entry's name, else a region or topic named beside a region or conflict word
   (`wilayah Nagorno-Karabakh`, `the Kashmir conflict`), else `A–B` from the parties' names.

A decision that other countries dispute (the US recognising Jerusalem as Israel's capital)
is read by the same rules: the parties are the pair the text sets against each other; when
the decision is only mentioned beside an older conflict (`konflik Israel - Palestina`),
that conflict's pair wins because it is named as a pair, and the decider's act is a stance
(`mengakui ... Israel`: backs IL).

Returns `{"id": registry id or None, "name": ..., "parties": [codes]}` or None.
"""
from __future__ import annotations

from typing import Any

from ..countries import country_name
from .conflict_clauses import _cooperating, _dependencies, _group_act, _hostile, _live_spans, _said, _settles
from .conflict_fallbacks import (
    _disputed_place,
    _fights_group,
    _helpers,
    _leads_fighting,
    _own_fight,
    _people_crisis,
    _region_name,
    _rival_camps,
    _scene_only,
)
from .conflict_headlines import (
    _civilian_headline,
    _civilian_states,
    _civilians_only,
    _destination,
    _headline_between,
    _headline_clause,
    _name_word,
    _war_names_only,
    title_countries,
)
from .conflict_lexicons import LONG_ARTICLE, PASSING_SHARE, conflict_lexicon
from .conflict_registry import _entry, _entry_name, _entry_regex, _registered_only, _registry_conflicts
from .conflict_scan import scan_pairs
from .country_hits import _inside, home_bodies
from .gazetteer import sovereigns
from .stance_inputs import span_of
from .stance_lexicons import stance_lexicon


def detect_conflict(body: str, pack: Any, sentences: list, finder: Any,
                    ignored_spans: list | None = None, registries: Any = None,
                    title: str | None = None) -> dict | None:
    lex = conflict_lexicon(pack)
    slex = stance_lexicon(pack)
    ignored = [span_of(s) for s in (ignored_spans or [])]
    live = _live_spans(body, sentences, ignored) if sentences else [(0, len(body))]
    entries = _registry_conflicts(registries)

    # 1. a known conflict named in the text
    best_entry, best_hits = None, 0
    for entry in entries:
        regex = _entry_regex(entry, registries)
        if regex is None:
            continue
        count = 0
        for s, e in live:
            for match in regex.finditer(body, s, e):
                if not _inside(match.start(), match.end(), ignored):
                    count += 1
        if count > best_hits:
            best_entry, best_hits = entry, count
    if best_entry is not None and _entry(best_entry, "parties"):
        return {"id": _entry(best_entry, "id"), "name": _entry_name(best_entry, lex.lang),
                "parties": list(_entry(best_entry, "parties"))}

    # 2. pairs of countries
    scan = scan_pairs(body, lex, slex, finder, ignored, live)
    counts, first, pair_scores, firm_pairs = scan.counts, scan.first, scan.pair_scores, scan.firm_pairs
    hostile_words, strong_words, weak_words = scan.hostile_words, scan.strong_words, scan.weak_words
    hot_sentences, strong_sentences, fight_sentences = scan.hot_sentences, scan.strong_sentences, scan.fight_sentences
    strong_clauses, weak_sentences, hot_clauses = scan.strong_clauses, scan.weak_sentences, scan.hot_clauses
    sport_words, attack_sentences = scan.sport_words, scan.attack_sentences
    partners, attacked, set_apart, art = scan.partners, scan.attacked, scan.set_apart, scan.art
    body_hostile, add = scan.body_hostile, scan.add

    # A sports report (`Indonesia vs Malaysia`, a `serangan` that is a football attack, a `final`):
    # eight or more words of sport, twice the conflict words that are not everyday words; or five with no
    # such conflict word at all (a rugby preview whose `warned ... defeat by Wales` set France against the
    # UK). Its text names no conflict; a registered conflict named in it still joins (step 1).
    if (sport_words >= 8 and sport_words >= 2 * len(strong_words)) or (sport_words >= 5 and not strong_words):
        return _registered_only(best_entry, lex)

    # A headline about cooperation (`Indonesia dan Australia sepakat tingkatkan kerja sama
    # perdagangan`, lex.cooperation_title) with no conflict word or hostile cue: the story is the
    # partnership, and the pairs its text names are partners or background. (Not every
    # cooperation word: `Greek PM reaffirms EastMed pipeline project` is about a dispute.)
    # (`saling`, `antara` alone name any relation: 'Jack ma dan trump saling puji')
    if title and lex.cooperation_title is not None and lex.cooperation_title.search(title) \
            and not (lex.context is not None and any(
                lex.relation is None or not lex.relation.fullmatch(m.group().casefold())
                for m in lex.context.finditer(title))) \
            and not _hostile(lex, slex, title, 0, len(title)):
        return _registered_only(best_entry, lex)

    # An obituary (`Burundi President Pierre Nkurunziza dies aged 55`, `Mantan presiden Haiti Rene
    # Preval tutup usia`: lex.obituary_title) with no conflict word, hostile cue or verb of opposing in
    # its headline, nor a word of a violent death (lex.violent_death: `shot`, `ditembak`): the wars and
    # coups its text names are the person's life story, not the story's conflict (a registered conflict
    # named in it still joins). ('Pemenang nobel Liu Xiaobo meninggal dunia kecam China' has a verb of
    # opposing: the story is the dispute over the death.)
    if title and lex.obituary_title is not None and lex.obituary_title.search(title) \
            and not (lex.violent_death is not None and lex.violent_death.search(title)) \
            and not (lex.context is not None and lex.context.search(title)) \
            and not (lex.headline_opposes is not None and lex.headline_opposes.search(title)) \
            and not _hostile(lex, slex, title, 0, len(title)):
        return _registered_only(best_entry, lex)

    # The headline names the two sides of most stories about a dispute ("UK urges US to waive
    # immunity", "Iran issues arrest warrants for ... Trump"): two states in it, in an article
    # with conflict words that are not only everyday words (`crisis`, `between`: lex.weak_context),
    # or a hostile verb in the headline, weigh more than a pair in the text.
    headline = title_countries(title, finder)
    weight = 2.0
    if len(headline) < 2:
        # a lower-case headline ('... ditahan ri protes mesir') names its states less surely
        headline, weight = title_countries(title, finder, lower_case=True), 1.0
    # (`antara` / `between` alone in a headline names any relation: 'Diplomasi golf antara Donald
    # Trump dan Shinzo Abe')
    in_title = lex.context is not None and bool(title) and any(
        lex.relation is None or not lex.relation.fullmatch(m.group().casefold()) for m in lex.context.finditer(title))
    # (a conflict word in a clause naming only other states is about another conflict: `aid
    # slated for Ukraine, which is currently in a military conflict with Russia` in a story of a
    # US House subpoena with `Ukraine` in its headline)
    own_words = [w for w, clause in zip(strong_words, strong_clauses)
                 if not clause or clause & set(headline)]
    # (a headline in which one of its states backs the other, with no conflict word or hostile
    # cue in it, sets them on one side: 'Trump katakan akan akui Yerusalem sebagai ibu kota Israel')
    backing_title = bool(title) and lex.headline_backs is not None and len(headline) == 2 \
        and not in_title and not _hostile(lex, slex, title, 0, len(title)) \
        and not (lex.headline_opposes is not None and lex.headline_opposes.search(title)) and any(
            _headline_between(title, finder, m.start(), headline) for m in lex.headline_backs.finditer(title))
    # (a headline whose second state is where someone goes or is sent, with no conflict word or
    # hostile cue of its own: 'AS Kirim 200 Tentara Tambahan ke Suriah', 'Bangladesh paksa puluhan
    # rohingya pulang ke myanmar': a destination or a place, not the first state's adversary)
    destination = len(headline) == 2 and lex.headline_destination is not None and not in_title \
        and not _hostile(lex, slex, title, 0, len(title)) and _destination(lex, title, finder, headline)
    if len(headline) == 2 and (own_words or in_title or _hostile(lex, slex, title, 0, len(title))
                               or len(body_hostile()) >= 2) \
            and not _cooperating(lex, title, 0, len(title)) and not backing_title \
            and not destination and not _civilians_only(lex, title, finder) \
            and not _civilian_headline(lex, title, finder, headline, attacked, hot_sentences):
        add(headline[0], headline[1], weight)
        for code in headline:
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, -1)

    if len(headline) == 2 and lex.cooperation is not None and not _settles(slex, title, 0, len(title)):
        # 'Korut suriah diduga kerja sama senjata kimia': both states before a word of cooperation,
        # no hostile cue between them (not 'Kurds announce deal with Assad's government as Turkey
        # invades Syria')
        for m in _cooperating(lex, title, 0, len(title)):
            if set(title_countries(title[:m.start()], finder, lower_case=True)) >= set(headline) \
                    and not _hostile(lex, slex, title, 0, m.start()):
                partners.add(frozenset(headline))
                break

    name, named = _region_name(body, live, finder, slex, ignored, lex)
    if name and named < 2 and body.count(name) < 2 and not (
            title and name.casefold() in title.casefold()):
        name = None  # named once in passing ('the Korean War'): not what the article is about

    def rank(key: frozenset) -> tuple:
        codes = list(key)
        return (pair_scores[key] + 0.1 * min(counts.get(c, 0) for c in codes),
                sum(counts.get(c, 0) for c in codes))

    parties: list[str] = []
    dismissed: frozenset = frozenset()  # a pair set apart only by a remark or a lone accusation
    if pair_scores:
        best = max(pair_scores, key=rank)
        # A state named once in an article that names some state three times or more is a
        # passing mention (`the conflict between Armenia and Azerbaijan` in an interview about a
        # US election): not the article's conflict. So are two states named once each, with no
        # hostile act of one on the other, outside the headline (`Martinus secara spesifik menyebut
        # serangan di Filipina dan Inggris` in a story of a bombing in Jakarta): places named together
        # in a long article (LONG_ARTICLE sentences or more; a brief of one sentence is its story).
        passing = min(counts.get(c, 0) for c in best) <= 1 and (
            max(counts.values(), default=0) >= 3
            or (max(counts.get(c, 0) for c in best) <= 1 and best not in attacked and not best <= set(headline)
                and len(live) >= LONG_ARTICLE))
        # One hostile act alone, in an article with no conflict word whose headline does not name
        # the two, by or on a state named twice at most and a third as often as the other
        # (`London menolak pemilihan Riyadh` in a story of Saudi women's rights): a passing
        # reaction, not the story's conflict (not `despite criticism by the Greek foreign minister`
        # in a story that names Greece four times, Turkey six).
        pair_named = sorted(counts.get(c, 0) for c in best)
        # So is one hostile act on or by a state named in one sentence in twenty or fewer, outside the
        # headline (`Trump said he banned travel from China` in a digest of a month of a US election
        # campaign, China named three times in 257 sentences): a remark in a long story of other things.
        # And so is the one hostile cue of a long article with no conflict word, however often the two
        # are named (`Guantanamo Bay detainees ... had their passports withdrawn by the UK` in a story
        # of a court ruling): an act reported, not a conflict the story is about; and a hostile act in
        # an article with no conflict word that names a war of history (lex.past_wars: `a Japanese
        # bomber had attacked a U.S. vessel` in a story of a World War II wreck found): that war's act.
        lone_act = pair_scores[best] <= 1.0 and not best <= set(headline) and (
            hostile_words == 0 and pair_named[0] <= 2 and 3 * pair_named[0] <= pair_named[1]
            or hostile_words == 0 and len(body_hostile()) <= 1 and len(live) >= LONG_ARTICLE
            or hostile_words == 0 and _said(lex.past_wars, body, live, ignored)
            or PASSING_SHARE * pair_named[0] <= len(live))
        # A lone accusation (`Amerika Serikat dan Korea Selatan menuding ... rezim Korut merupakan
        # dalang` at the end of a story of a murder trial in Malaysia): one hostile act, no conflict
        # word that is no everyday word, the two states named twice at most each and not in the
        # headline, in a long article: background to the story, not its conflict.
        accusation = not strong_words and pair_scores[best] <= 1.0 and not best <= set(headline) \
            and pair_named[1] <= 2 and len(live) >= LONG_ARTICLE
        # A background remark (`The current tension between Chinese and Australia fuel public
        # speculation` in an interview with a candidate for mayor): the pair set apart beside a
        # conflict word in one sentence only, with no hostile cue there (not `Gibraltarians rejected plans for the Rock's sovereignty
        # to be shared between Britain and Spain`) nor a hostile act of one on the other elsewhere, not
        # in the headline, in a long article (LONG_ARTICLE sentences or more: a brief of a few sentences
        # is about that tension) with one conflict word at most that is no everyday word.
        apart = set_apart.get(best, set())
        remark = len(strong_words) <= 1 and best not in attacked and not best <= set(headline) \
            and len(apart) == 1 and not any(hostile for _, hostile in apart) and len(live) >= LONG_ARTICLE
        if accusation or remark:
            dismissed = best  # (nor are the two the conflict as the states named most, below)
        if pair_scores[best] >= 1.0 and (best in firm_pairs or best <= set(headline)) and not passing and not lone_act and not accusation \
                and not remark:
            parties = sorted(best, key=lambda c: (-counts.get(c, 0), first.get(c, 0)))
            parties = _own_fight(parties, pair_scores[best], best in attacked or best <= set(headline),
                                 counts, strong_sentences)
    # Without a pair in the text, the most-named states, in an article with conflict words.
    # One state alone (a civil war, a state fighting militants) needs more: words that are also
    # everyday words (`lex.weak_context`: `between`, `crisis`, `serangan`, also a heart attack or a
    # football attack) count half, as they fill football reports, crime and health stories, and
    # at least one word must be a word of fighting alone (`perang`, `clashes`, `chemical weapons`).
    evidence = len(strong_words) + 0.5 * weak_words
    if not parties and counts and hostile_words >= 3:
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        top = ranked[0]
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        # The press's own country is named in most of its news (`bantuan kemanusiaan dari
        # Indonesia`, `Komisi I DPR RI`): beside a foreign state named most, it is no rival
        # unless a sentence with a conflict word names the two.
        home = pack.get("home_country")
        rivals = [c for c in ranked[1:] if not (c == home and top != home and not any(
            {top, home} <= codes for codes in hot_sentences))]
        lone_second = counts[rivals[0]] if rivals else 0
        if counts[top] >= 3 and counts[top] >= 2 * lone_second:
            # (one word of fighting at least in a sentence naming the state: `the conflict between
            # congressional leaders and the president` in a story of US states suing their
            # President is no conflict of the US)
            # (or an everyday word of violence, lex.lone_state_context, in a sentence naming that
            # state alone, when the article has a word of fighting elsewhere: `meminta otoritas
            # Myanmar mengakhiri kekerasan` and `kelompok militan ... serbuan militer` in the next
            # paragraph; not an economic `crisis` or the `border` of a wall)
            # (and armed actors, lex.armed_actors, named somewhere: troops, rebels, militants, a
            # secession movement; a state's `war` of words, a `dispute` over tariffs, a civil war
            # long over in a business story have none: `Tony Blair and Gordon Brown ... declared
            # all out war on each other`)
            # (the words of fighting are about that state: more of their sentences name it than name
            # any other state; not `the legality of the war` and `soldiers fighting the war in Iraq`
            # in a story of British politics naming Britain most), and they name it in more than one
            # sentence in PASSING_SHARE (not two sentences of war in a 250-sentence digest of a US
            # election campaign)
            if evidence >= 3 and (_leads_fighting(top, fight_sentences.values(), len(live))
                                  or (strong_words and any(codes == {top} for codes in weak_sentences))) \
                    and (_said(lex.armed_actors, body, live, ignored)
                         or _said(lex.armed_groups, body, live, ignored)):
                parties = [top]
        elif second >= 2 and frozenset(ranked[:2]) not in partners and frozenset(ranked[:2]) != dismissed and any(
                firm and set(ranked[:2]) <= codes and any(not clause or clause & set(ranked[:2]) for clause in clauses)
                for codes, clauses, firm in hot_clauses):
            # two states merely named most (a court case in Malaysia of a North Korean's murder,
            # a trade visit): only when one sentence sets them beside a conflict word that names no place
            # or a hostile cue (not `Kepolisian perbatasan Prancis menahan ... mantan PM Kosovo` in a
            # story of an arrest on a warrant of a third state)
            parties = ranked[:2]
        # The state most named, alone in every comma clause of an attack that names a state, two
        # such clauses or more (`tentara Myanmar menembaki para pengungsi`, `ARSA menyerang kepolisian
        # Myanmar`), in an article with a word of fighting: the one side of a one-sided conflict,
        # though a second state is named nearly as often as the place the victims flee to
        # (`pengungsi Rohingya di Bangladesh`).
        if not parties and counts[top] >= 3 and counts[top] > second and evidence >= 3 and strong_words:
            fought = [codes for codes in attack_sentences if codes]
            if len(fought) >= 2 and all(codes == {top} for codes in fought):
                parties = [top]
    # A state against a named armed group (`the Taliban`, `the Houthis`, `al-Qaeda`: lex.armed_groups),
    # a side that is no state: the group named three times or more, in an article with a conflict
    # word or an attack, more often than each state of the best pair, makes the conflict
    # one-sided: the state most named (and named three times or more, more than any other).
    group_names: dict[str, int] = {}
    if lex.armed_groups is not None:
        for s, e in live:
            for m in lex.armed_groups.finditer(body, s, e):
                if not _inside(m.start(), m.end(), ignored):
                    group_names[m.group()] = group_names.get(m.group(), 0) + 1
    groups = sum(group_names.values())
    # A verb of fighting aimed at a named armed group (`membantu Filipina memerangi ISIS`, `forces
    # fighting the Taliban`: lex.group_fight) is a word of fighting in itself: the story is about
    # a war on the group, though no other conflict word is written.
    fought = _fights_group(lex, body, live, ignored)
    # (a hostile cue of the group itself, in an article with no conflict word nor attack, is a warning
    # about the group, not a war on it: `Filipina harus mengerti bahwa ISIS mengancam daerah mereka` in
    # a story of a minister's plan to meet the neighbours; not `Officials blamed Boko Haram`)
    # (nor is a group named once in PASSING_SHARE sentences or less: `al-Qaeda` three times in a
    # 240-sentence debate on a British anti-terror bill)
    if groups >= 3 and groups * PASSING_SHARE > len(live) and counts \
            and (strong_words or weak_words or attack_sentences or fought
                 or any(not _group_act(lex, body, m.start()) for m in body_hostile())) \
            and (not parties or groups > max(counts.get(c, 0) for c in parties)):
        ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
        top = ranked[0]
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        tied = [c for c in ranked if counts[c] == counts[top]]
        if len(tied) == 2 and len(set(tied) & set(headline)) == 1:
            # (`Petinggi ISIS tewas dalam serangan udara di Afghanistan`, the US and Afghanistan
            # named as often: the state the headline names is the one at war with the group, the
            # other its helper)
            top, second = next(c for c in tied if c in headline), 0
        if counts[top] >= 3 and counts[top] > second:
            parties = [top]
            if not name:  # `Afghanistan–Taliban`
                name = country_name(top, lex.lang) + "\u2013" + max(group_names, key=group_names.get)
    # A state alone against militants or bombers, in an article that names the police, no armed
    # forces of a state and no war (lex.police, lex.armed_forces, lex.war: `Kepolisian Malaysia ...
    # memberantas pengaruh ... kelompok militan ISIS`, `a blast at a police headquarters`): a crime or
    # terror inquiry at home, domestic security, not an armed conflict (not a journalist shot in a
    # state at civil war, whose police investigate).
    if len(parties) == 1 and _said(lex.police, body, live, ignored) \
            and not _said(lex.armed_forces, body, live, ignored) and not _said(lex.war, body, live, ignored):
        parties = []
    # A headline that sets the states it names against a side that is no state ('Nobel laureate
    # Liu Xiaobo dies, world condemns China', 'RI Malaysia lawan resolusi UE soal sawit'): a verb
    # of opposing (lex.headline_opposes) with states on one side of it only. With no conflict
    # from the text, those states (one or two) are the parties: one side of a one-sided dispute.
    if not parties and title and lex.headline_opposes is not None:
        verb = lex.headline_opposes.search(title)
        if verb is not None and lex.not_conflict is not None and any(
                m.start() <= verb.start() and verb.end() <= m.end()
                for m in lex.not_conflict.finditer(title)):
            verb = None  # `... drink cow urine to fight off COVID-19`: no side is opposed
        if verb is not None and lex.domestic_objects is not None \
                and lex.domestic_objects.match(title, verb.end()) \
                and not title_countries(title[verb.end():], finder, lower_case=True):
            # 'Ukrainian president rejects prime minister's resignation': what is opposed is an
            # office of the state itself (lex.domestic_objects): a government's own affair
            verb = None
        if verb is not None and _name_word(title, verb.start()):
            verb = None  # `Wales silent on Grand Slam talk`: a word of a name, no verb
        if verb is not None:
            # ('Kunjungi pengungsi suriah angelina jolie kecam pasukan perdamaian': a state that only
            # qualifies civilians, where refugees come from, is no side of the verb)
            civilian = _civilian_states(lex, title, finder)
            # (nor is a state that names a war, in the headline or in every sentence of the body that
            # names it: 'Bishop attacks the cost of the Iraq war', 'Premier rejects calls over Iraq advice'
            # with only `whether the Iraq war was legal` in its text: the war at home in a row over it, no side)
            civilian |= _war_names_only(lex, title, body, live, finder, slex, ignored)
            # (the sides stand in the verb's clause of the headline: not `Warga Tolak Pajak Baru, Begini
            # Pesan KBRI Kanada`, whose state is where the advice comes from)
            lo, hi = _headline_clause(title, verb.start(), verb.end())
            if not title[:verb.start()].strip():
                hi = len(title)  # (a verb fronted before its subject: 'Lawan China, AS Siapkan ...')
            before = [c for c in title_countries(title[lo:verb.start()], finder, lower_case=True) if c not in civilian]
            after = [c for c in title_countries(title[verb.end():hi], finder, lower_case=True) if c not in civilian]
            side = before if not after else after if not before else []
            # (a lone side named only through an official's name, opposed by no state, is a person's
            # row with a politician, not a dispute of states: 'Taktik Elon Musk Lawan Trump')
            if side and not set(side) & set(title_countries(title[lo:hi], finder, lower_case=True,
                                                             officials=False)):
                side = []
            if 1 <= len(side) <= 2 and frozenset(side) not in _dependencies():
                parties = side
    # A diplomatic row of the press's own country (lex.home_disputes: an envoy summoned, entry
    # refused, a protest note, an explanation demanded): its government acts through officials
    # the news rarely ties to the country by name (`Menlu Retno`, `Panglima TNI`), so the home
    # country is named little. With no conflict from the text, such an act, the home country
    # named, and one foreign state named three times or more and twice as often as any other:
    # the two are the parties.
    home = pack.get("home_country")
    # (the home state acts through its own bodies, named without it: `Panglima TNI`, `Kemlu`)
    if not parties and home and lex.home_disputes is not None \
            and any(not _inside(m.start(), m.end(), ignored)
                    for s, e in live for m in lex.home_disputes.finditer(body, s, e)) \
            and (counts.get(home, 0) >= 1 or _said(home_bodies(pack), body, live, ignored)):
        foreign = sorted((c for c in counts if c != home and frozenset((c, home)) not in _dependencies()),
                         key=lambda c: (-counts[c], first[c]))
        if foreign and counts[foreign[0]] >= 3 and (
                len(foreign) == 1 or counts[foreign[0]] >= 2 * counts[foreign[1]]):
            parties = [home, foreign[0]]
    # Two rival camps (a contest at a summit, a vote, a negotiation): with no conflict yet, two
    # states each backed by two other states or more (`Kanada yang didukung oleh Uni Eropa, Amerika
    # Serikat dan Meksiko`, `Belarusia, yang didukung oleh ... Rusia, Mesir, Qatar`), by backers of
    # one camp only, in an article with an opposing cue (`telah memblokir sebuah rencana`): the two
    # backed states are the parties.
    if not parties:
        parties = _rival_camps(art, body, live, finder, slex, ignored, counts, first)
    # A place whose sovereignty two states dispute (lex.disputed_places: `Yerusalem`: Israel and
    # Palestine), named twice or more in an article with an opposing cue or a conflict word and no
    # conflict found otherwise (`voting resolusi terkait Yerusalem ... menolak keputusan Trump`):
    # the dispute over it is the article's conflict, though a claimant goes unnamed.
    if not parties and (hostile_words or body_hostile()):
        parties = _disputed_place(lex, body, live, ignored)
    # A people that is no state in a crisis with the state it lives in (lex.peoples: `konflik
    # kemanusiaan Rohingya`, `kekerasan militer terhadap Rohingya`): named with a conflict word or
    # a word of violence in two sentences or more, its state named too, with no conflict found
    # otherwise: that state is the one party (`pengungsi Rohingya di Bangladesh`: not where they
    # flee to). A pair holding that state is the crisis seen from a neighbour (`Bangladesh protes
    # Myanmar tanam ranjau di perbatasan` to stop the Rohingya's return): the state stays the one
    # party, and the neighbour's acts are its stance.
    people_crisis = False  # (the state of a people's crisis is its party, though named as a place)
    if lex.peoples is not None and (not parties or len(parties) == 2 and frozenset(parties) not in attacked):
        crisis = _people_crisis(lex, body, live, ignored, counts, finder)
        if crisis and (not parties or crisis[0] in parties):
            parties = crisis
            people_crisis = True
    # A state the text shows helping the other's forces or backing it (`pasukan khusus AS membantu
    # militer Afghanistan melawan kelompok militan`, `Pasukan Suriah dan milisi yang didukung Iran
    # melancarkan serangan`), with no hostile act of one on the other in the text, is its backer, not
    # its adversary: the one helped is the only party (a one-sided war on rebels or militants).
    if len(parties) == 2 and frozenset(parties) not in attacked:
        helped = {b for a, b in _helpers(art, lex, body, live, finder, slex, ignored)
                  if {a, b} == set(parties)}
        if len(helped) == 1:
            parties = list(helped)
    if len(parties) == 2 and frozenset(parties) in _dependencies():
        parties = []  # a territory and its sovereign named most: domestic, not between states
    # A territory threatened or attacked by a foreign state (`Korea Utara ... ancaman rudal
    # balistik ke arah Guam, wilayah AS`) is not a state: its side in a conflict between states is
    # its sovereign's (the US), which speaks and acts for it.
    # (Two parties only: a territory alone, in unrest of its own, stays as it is.)
    if len(parties) == 2:
        parties = list(dict.fromkeys(sovereigns().get(c, c) for c in parties))
    # (a state the headline names, `Petinggi ISIS tewas dalam serangan udara di Afghanistan`, is the
    # story's own, though the text names it only where things happen)
    if len(parties) == 1 and not people_crisis and parties[0] not in title_countries(title, finder, lower_case=True) \
            and _scene_only(lex, body, live, finder, slex, ignored, parties[0]):
        parties = []  # `kidnapped in Iraq`, `the war on Iraq`: the scene of a story at home, no party
    if len(parties) == 1 and parties[0] == pack.get("home_country"):
        parties = []  # the press's own country alone: domestic news, not a conflict between states
    if not parties:
        return _registered_only(best_entry, lex)

    if not name:
        name = "\u2013".join(country_name(c, lex.lang) for c in parties)
    # A registry entry with the same parties joins the article to it. The sheet keeps what this
    # article calls the conflict (the site shows the registry's name): so an article extracted
    # before and after its conflict was registered gives the same sheet.
    for entry in entries:
        if set(_entry(entry, "parties") or []) == set(parties):
            return {"id": _entry(entry, "id"), "name": name, "parties": parties}
    return {"id": None, "name": name, "parties": parties}
