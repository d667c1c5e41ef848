"""Who acts in a sentence, and at whom a stance cue points: `_Article`.

Decides the subject of a clause (the first country not governed by a preposition, with those
coordinated with it), the agents of a passive, the partners of an agreement, the owner of an act
(`the US decision to ...`), and the party a backing or opposing cue targets.
"""
from __future__ import annotations

import re

from .clause_bounds import _STOP, _clause_end, _clause_start
from .country_hits import Hit, _inside
from .phrase_tables import normalise_phrase


# an opening adverbial phrase (a preposition, a few words, a comma) before the subject
_INTRO = re.compile(r"[\s\"\u201c]*\w+(?:\s+[\w'\u2019.-]+){0,4},\s*\Z")


class _Article:
    def __init__(self, body, lexicon, finder, ignored, parties):
        self.body = body
        self.lex = lexicon
        self.finder = finder
        self.ignored = ignored
        self.parties = parties
        self._blocked: dict[tuple[int, int], bool] = {}

    def blocked(self, hit: Hit, floor: int) -> bool:
        key = (hit.start, floor)
        found = self._blocked.get(key)
        if found is None:
            found = self._blocked[key] = self._is_blocked(hit, floor)
        return found

    def _is_blocked(self, hit: Hit, floor: int) -> bool:
        lex = self.lex
        lo = max(floor, hit.start - 60)
        if lex.source_before is not None and lex.source_before.search(self.body, lo, hit.start):
            return False
        if hit.start - floor < 60 and _INTRO.match(self.body, floor, hit.start):
            return False  # `On November 27, Turkey ...`: an opening phrase, then the subject
        member = lex.member_before.search(self.body, lo, hit.start) if lex.member_before is not None else None
        if member is not None and member.start() > floor:
            # `mengungsi ke negara lain, termasuk Indonesia`: a member of a noun governed by a
            # preposition is an object too (the noun's own place in the clause decides)
            return self._is_blocked(Hit(hit.code, member.start(), member.start()), floor)
        office = lex.office_before.search(self.body, lo, hit.start) if lex.office_before is not None else None
        if office is not None:
            # `The president of Turkey vowed ...`: the office's own place in the clause decides
            # (`support for the president of Turkey`: an object)
            return office.start() > floor and self._is_blocked(Hit(hit.code, office.start(), office.start()), floor)
        blocker = lex.blocker_before.search(self.body, lo, hit.start) if lex.blocker_before is not None else None
        if blocker is not None and not self.body[floor:blocker.start()].strip(" \t\n\"\u201c") \
                and blocker.group().split()[0].casefold() in self.lex.coordinator_words:
            return False  # `And President Trump ... addressed`: a sentence's opening `and` joins no list
        return blocker is not None

    def subject(self, hits: list[Hit], lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Hit]:
        """The first country named in [lo, hi) that is a subject, plus those coordinated with it."""
        chosen: list[Hit] = []
        objects: Hit | None = None  # the last of a list governed by a preposition
        for hit in hits:
            if hit.start < lo or hit.end > hi or _inside(hit.start, hit.end, skip):
                continue
            if not chosen:
                if objects is not None and hit.start - objects.end < 20 \
                        and self.lex.coordinator_gap.match(self.body, objects.end, hit.start):
                    objects = hit  # 'kepada Rusia, Jepang dan China': all are addressees
                    continue
                if self.blocked(hit, lo):
                    objects = hit
                    continue
                if self._pronoun_subject_before(hit, lo):
                    return []  # 'Dia mendorong China ...': China is the object; the actor is 'dia'
                chosen.append(hit)
            elif self.lex.coordinator_gap.match(self.body, chosen[-1].end, hit.start) \
                    and hit.start - chosen[-1].end < 20:
                chosen.append(hit)
            elif hit.code == chosen[-1].code and hit.start - chosen[-1].end <= 40 \
                    and not _STOP.search(self.body, chosen[-1].end, hit.start) \
                    and "," not in self.body[chosen[-1].end:hit.start]:
                chosen[-1] = hit  # `Egyptian foreign minister Sameh Shoukry`: one person
            elif self.lex.companion_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.companion_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `... and his Greek, Cypriot and French counterparts`
            elif self.lex.role_coordinator_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.role_coordinator_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `Presiden Perancis dan Menteri Luar Negeri Bangladesh`
            elif self.lex.group_member_gap is not None and hit.start - chosen[-1].end <= 60 \
                    and self.lex.group_member_gap.match(self.body, chosen[-1].end, hit.start):
                chosen.append(hit)  # `Arab Saudi dan sejumlah negara Timur Tengah seperti Bahrain`
            else:
                break
        return [h for i, h in enumerate(chosen) if h.code not in {c.code for c in chosen[:i]}] \
            if len({h.code for h in chosen}) < len(chosen) else chosen

    def country_list(self, hits: list[Hit], pos: int, hi: int) -> list[Hit]:
        """Countries listed right after `pos` (`by Australia, Bahrain and the United Kingdom`,
        `by German Chancellor Angela Merkel and British Prime Minister Boris Johnson`)."""
        out: list[Hit] = []
        last = pos
        for hit in hits:
            if hit.start < pos:
                continue
            if hit.end > hi or hit.start - last > (30 if not out else 40):
                break
            gap = self.body[last:hit.start]
            if _STOP.search(gap) or ":" in gap:
                break
            if any(normalise_phrase(w) in self.lex.list_stops for w in re.findall(r"[\w'\u2019-]+", gap)):
                break
            out.append(hit)
            last = hit.end
        return out

    def passive_agents(self, hits: list[Hit], c_start: int, c_end: int, s_start: int,
                       hi: int) -> list[Hit]:
        """`which was joined by Australia, ...`, `was condemned in a joint statement by Egypt`:
        in the passive voice the acting countries follow the agent marker."""
        lex = self.lex
        if lex.passive_marker is None:
            return []
        cue = self.body[c_start:c_end]
        words = cue.split()
        before = self.body[max(s_start, c_start - 40):c_start]  # where a passive's auxiliary is
        direct = lex.agent_marker.match(self.body, c_end, hi) if lex.agent_marker is not None else None
        if words and normalise_phrase(words[-1]) in lex.passive_words and (
                lex.passive_aux is None or lex.passive_aux.search(before)):
            # (a cue that ends in the marker is a phrasal verb without an auxiliary: `Russia
            # stands by Armenia` is Russia's)
            marker_end = c_end
        elif direct is not None:
            # a participle right before its agent (`in an operation supported by Russia`): a
            # passive after a noun, with no auxiliary
            marker_end = direct.end()
        elif normalise_phrase(cue) in lex.passive_forms:
            # `Houthi yang didukung Iran`: the agent right after the passive form, no marker
            nxt = next((h for h in hits if h.start >= c_end), None)
            gap = self.body[c_end:nxt.start].strip() if nxt is not None else ""
            if nxt is None or nxt.end > hi or (gap and normalise_phrase(gap) not in lex.agent_nouns):
                return []  # (`yang diinisiasi pemerintah AS`: the agent's government is the agent)
            marker_end = c_end
        else:
            if lex.passive_aux is None:
                # a language without passive auxiliaries (Indonesian: the di- form is the passive)
                # reads an agent only right after the cue (`didukung oleh Uni Eropa, Amerika
                # Serikat dan Meksiko`), not some `oleh` further on
                return []
            if not (lex.passive_aux.search(before) or before.rstrip().endswith(",")):
                return []
            found = lex.passive_marker.match(self.body, c_end, hi)
            if found is None or any(c_end <= h.start < found.end() for h in hits):
                return []
            marker_end = found.end()
        return self.country_list(hits, marker_end, hi)

    def partners(self, hits: list[Hit], c_end: int, hi: int) -> tuple[list[Hit], bool]:
        """Who an agreement is with (`with Greece`) or between (`between Turkey and Libya`);
        True when the cue named them with `between` (then the subject is not one of them)."""
        lex = self.lex
        if lex.partner_marker is None:
            return [], False
        found = lex.partner_marker.match(self.body, c_end, hi)
        if found is None or any(c_end <= h.start < found.end() for h in hits):
            return [], False
        cue_last = normalise_phrase(found.group(1))
        return self.country_list(hits, found.end(), hi), cue_last in lex.between_words

    def _pronoun_subject_before(self, hit: Hit, lo: int) -> bool:
        if self.lex.pronoun_subjects is None:
            return False
        comma = self.body.rfind(",", lo, hit.start)
        start = comma + 1 if comma >= 0 else lo
        return self.lex.pronoun_subjects.match(self.body, start, hit.start) is not None

    def act_owner(self, hits: list[Hit], c_start: int, floor: int) -> Hit | None:
        """`keputusan AS mengakui ...`, `the US decision to recognise ...`: whose act the cue is."""
        lex = self.lex
        before = [h for h in hits if floor <= h.start and h.end <= c_start and c_start - h.end <= 100]
        if not before:
            return None
        hit = before[-1]
        if self.body[hit.end:c_start] in ("-", "\u2013"):
            return hit  # `the Armenian-backed separatist Republic of Artsakh`: the state backs
        if _clause_start(self.body, c_start, floor) > hit.start:
            return None
        lead = hit
        for other in reversed(before[:-1]):  # `Amerika Serikat (AS)`: the first name
            if other.code == hit.code and hit.start - other.end <= 3:
                lead = other
        if lex.act_before is not None and lex.act_before.search(self.body, max(floor, lead.start - 40),
                                                                lead.start):
            return hit
        if lex.act_after is not None and lex.act_after.match(self.body, hit.end):
            return hit
        if lex.relative is not None and c_start - hit.end <= 80 \
                and lex.relative.match(self.body, hit.end):
            return hit  # `Kuwait, yang juga mencari cara mediasi`: the relative clause's subject
        if lex.relative_after_name is not None and c_start - hit.end <= 80 \
                and lex.relative_after_name.match(self.body, hit.end):
            # `pengumuman Presiden Amerika Serikat Donald Trump yang mengakui Yerusalem`: the state's
            # official named right after it, then the relative clause: the official's act
            return hit
        return None

    def other_object(self, c_end: int, hits: list[Hit], actors: set[str]) -> Hit | None:
        """The non-party country right after a cue (`mendukung upaya Korsel`), if any."""
        nxt = next((h for h in hits if h.start >= c_end), None)
        if nxt is not None and nxt.code not in self.parties and nxt.code not in actors \
                and nxt.start - c_end <= 40:
            return nxt
        return None

    def target(self, cue_start: int, cue_end: int, direction: str, hits: list[Hit],
               actors: set[str], s_start: int, s_end: int,
               opposing: bool = False) -> tuple[str | None, bool]:
        """The party a cue points at, and whether it points at both parties."""
        body = self.body
        lex = self.lex
        after_limit = min(s_end, cue_end + 90)
        clause_end, _ = _clause_end(body, cue_end, after_limit)
        organisation = None
        if opposing and lex.organisations is not None:
            # `kerap menuding PBB melakukan ketidakadilan ... terhadap Israel`, `threatened to
            # withdraw from the UN over its bias against Israel`: an organisation named first after
            # an opposing cue is what it opposes; a state named after it is not the target
            organisation = lex.organisations.search(body, cue_end, min(clause_end, cue_end + 30))
        if lex.both_sides is not None:
            both = lex.both_sides.search(body, cue_end, min(clause_end, cue_end + 40))
            if both is not None:
                return None, True
        if opposing and lex.act_owned is not None and direction in ("after", "any"):
            owned = lex.act_owned.match(body, cue_end, clause_end)
            owner = next((h for h in hits if owned is not None and h.start >= owned.start()), None)
            if owner is not None and owned.start(1) <= owner.start <= owned.end():
                # `menolak keputusan Trump yang menyatakan Yerusalem ... ibu kota Israel`: the act of
                # the state named right after the act noun is what the cue opposes
                return (owner.code if owner.code in self.parties else None), False
        candidates_after = [h for h in hits if cue_end <= h.start < clause_end
                            and h.code not in actors]
        if organisation is not None:
            candidates_after = [h for h in candidates_after if h.start < organisation.start()]
        if direction in ("after", "any"):
            for index, hit in enumerate(candidates_after):
                if hit.code not in self.parties and index == 0 and hit.start - cue_end <= 25:
                    break  # 'mendukung upaya Korsel ...': the cue's object is another country
                if hit.code in self.parties:
                    nxt = candidates_after[index + 1] if index + 1 < len(candidates_after) else None
                    if nxt is not None and nxt.code in self.parties and nxt.code != hit.code \
                            and lex.coordinator_gap.match(body, hit.end, nxt.start):
                        return None, True
                    if nxt is not None and nxt.code != hit.code and nxt.start - hit.end <= 12 \
                            and lex.between_before is not None \
                            and lex.between_before.search(body, max(cue_end, hit.start - 40), hit.start) \
                            and lex.coordinator_gap.match(body, hit.end, nxt.start):
                        # `mendorong kerja sama antara pemerintah Myanmar dan Bangladesh`: the cue
                        # is about the relation of the two, not aimed at the party alone
                        return None, True
                    return hit.code, False
                if hit.start - cue_end > 40:
                    break
        if direction in ("before", "any"):
            lo = max(s_start, cue_start - 90)
            for hit in reversed([h for h in hits if lo <= h.start and h.end <= cue_start]):
                if hit.code in actors:
                    continue
                if hit.code in self.parties:
                    return hit.code, False
        return None, False
