"""Features of the speaker-chooser study (bench/speaker_chooser.py, bench/SPEAKER_CHOOSER.md): for each
quote, the candidates are the speaker the rules chose and every other person or body of the article;
the features name no one (where and how often each is mentioned around the quote, whether it is in
the quote's sentence, the speaker of the quotes before and after, its type, role, and the rules' cue
and confidence). Pure Python. Not used by the extractor: cross-validation showed no gain, so nothing
was integrated; `choose`-style inference would score the candidates with `score` and override the
rules only above a margin."""
from __future__ import annotations

import bisect
import re

from generator.extract.sentences import paragraphs


def _bucket(n: float, edges) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "inf"


_CHAR_EDGES = (0, 20, 60, 150, 400, 1000, 3000)


def _name_pattern(e) -> re.Pattern | None:
    """Whole-word forms the article may write the candidate as: its name, its aliases, a person's
    last and first name."""
    forms = {e.name, *getattr(e, "aliases", ())}
    words = e.name.split()
    if e.type == "person" and len(words) > 1:
        for w in (words[-1], words[0]):
            if len(w) >= 3 and w[:1].isupper():
                forms.add(w)
    forms = sorted((f for f in forms if f and len(f) >= 2), key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


class ArticleView:
    """What the features ask of one article: its mentions of each candidate, paragraphs, sentences."""

    def __init__(self, body: str, sentences, ents, candidates: list, pack=None):
        self.body = body
        self.sent_starts = [s.start for s in sentences]
        self.paras = [(p.start, p.end) for p in paragraphs(body)]
        self.para_starts = [p[0] for p in self.paras]
        self.candidates = candidates
        self.mentions: dict[int, list[int]] = {}
        from_ents: dict[int, set[int]] = {}
        for off, e in getattr(ents, "mentions", []) or []:
            from_ents.setdefault(id(e), set()).add(off)
        for e in candidates:
            offs = set(from_ents.get(id(e), ()))
            pat = _name_pattern(e)
            if pat is not None:
                offs.update(m.start() for m in pat.finditer(body))
            if e.first:
                offs.add(e.first)
            self.mentions[id(e)] = sorted(offs)
        pronouns = set()
        if pack is not None:
            try:
                pronouns = {w.casefold() for w in pack.words("pronouns")}
            except Exception:
                pronouns = set()
        self.pronouns = pronouns
        cues = []
        if pack is not None:
            try:
                cues = [w for w in pack.words("cue_verbs") if w]
            except Exception:
                cues = []
        self.cue_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
                                 + r")(?!\w)", re.IGNORECASE) if cues else None
        # first candidate mentioned in each paragraph
        self.para_first: dict[int, int] = {}
        for e in candidates:
            for off in self.mentions[id(e)]:
                k = self.para_of(off)
                cur = self.para_first.get(k)
                if cur is None or off < cur[0]:
                    self.para_first[k] = (off, id(e))

    def sent_of(self, off: int) -> int:
        return bisect.bisect_right(self.sent_starts, off) - 1

    def para_of(self, off: int) -> int:
        return bisect.bisect_right(self.para_starts, off) - 1


def candidates_for(quotes, ents, excluded) -> list:
    """The rules' speakers and the article's people and bodies, each once; `excluded(e)` leaves out
    the press and the like (a quote given to them is dropped, not attributed)."""
    out, seen = [], set()
    for e in [q.speaker for q in quotes if q.speaker is not None] + list(getattr(ents, "entities", [])):
        if id(e) in seen or not e.name:
            continue
        seen.add(id(e))
        if excluded(e):
            continue
        out.append(e)
    return out


def quote_features(view: ArticleView, quotes, i: int, lang: str) -> list[tuple[object, dict]]:
    """[(candidate, {feature: value})] for quote i: the rules' choice and every other candidate."""
    q = quotes[i]
    body = view.body
    rule = q.speaker
    prev_sp = next((quotes[k].speaker for k in range(i - 1, -1, -1) if quotes[k].speaker is not None), None)
    next_sp = next((quotes[k].speaker for k in range(i + 1, len(quotes)) if quotes[k].speaker is not None), None)
    counts: dict[int, int] = {}
    for x in quotes:
        if x.speaker is not None:
            counts[id(x.speaker)] = counts.get(id(x.speaker), 0) + 1
    s_start, s_end = (q.sentence if q.sentence and q.sentence[1] > q.sentence[0] else (q.start, q.end))
    qs = view.sent_of(q.start)
    qp = view.para_of(q.start)
    sentence_outside = body[s_start:q.start] + " " + body[q.end:s_end]
    toks = {t.casefold() for t in re.findall(r"\w+", sentence_outside)}
    pronoun_cue = bool(toks & view.pronouns)
    # recency ranks among candidates: the latest mention before the quote
    last_before = {}
    first_after = {}
    for e in view.candidates:
        offs = view.mentions.get(id(e), [])
        k = bisect.bisect_left(offs, q.start)
        before = [o for o in offs[:k] if o < q.start]
        last_before[id(e)] = before[-1] if before else None
        j = bisect.bisect_left(offs, q.end)
        first_after[id(e)] = offs[j] if j < len(offs) else None
    order = sorted((v for v in last_before.values() if v is not None), reverse=True)
    persons_order = sorted((last_before[id(e)] for e in view.candidates
                            if e.type == "person" and last_before[id(e)] is not None), reverse=True)
    in_sentence_first = None
    for e in view.candidates:
        for o in view.mentions.get(id(e), []):
            if s_start <= o < s_end and not (q.start <= o < q.end):
                if in_sentence_first is None or o < in_sentence_first[0]:
                    in_sentence_first = (o, id(e))
    prev_end = max((x.end for x in quotes if x.end <= q.start), default=-1)
    rule_last = last_before.get(id(rule)) if rule is not None else None
    how = q.how or "none"
    conf = _bucket(q.confidence, (0.3, 0.5, 0.7, 0.85, 1.0))
    out = []
    for e in view.candidates:
        f: dict[str, float] = {}
        is_rule = e is rule
        if is_rule:
            f["rule"] = 1
            f[f"rule:kind={q.kind}"] = 1
            f[f"rule:how={how}"] = 1
            f[f"rule:conf={conf}"] = 1
            f[f"rule:pcue={pronoun_cue}"] = 1
        offs = view.mentions.get(id(e), [])
        lb, fa = last_before[id(e)], first_after[id(e)]
        if lb is None:
            f["no_before"] = 1
        else:
            f[f"before_chars={_bucket(q.start - lb, _CHAR_EDGES)}"] = 1
            ds = qs - view.sent_of(lb)
            f[f"before_sents={min(ds, 4)}"] = 1
            dp = qp - view.para_of(lb)
            f[f"before_paras={min(dp, 3)}"] = 1
            rank = order.index(lb)
            f[f"recency={min(rank, 3)}"] = 1
            if e.type == "person":
                f[f"precency={min(persons_order.index(lb), 3)}"] = 1
        if fa is None:
            f["no_after"] = 1
        else:
            f[f"after_chars={_bucket(fa - q.end, _CHAR_EDGES)}"] = 1
            f[f"after_sents={min(view.sent_of(fa) - qs, 4)}"] = 1
            f[f"after_paras={min(view.para_of(fa) - qp, 3)}"] = 1
        inside = sum(1 for o in offs if q.start <= o < q.end)
        if inside:
            f["named_inside"] = 1
        in_sent = [o for o in offs if s_start <= o < s_end and not (q.start <= o < q.end)]
        if in_sent:
            f["in_sentence"] = 1
            if in_sentence_first and in_sentence_first[1] == id(e):
                f["sentence_first"] = 1
            if min(in_sent) < q.start:
                f["in_sentence_before"] = 1
            else:
                f["in_sentence_after"] = 1
        pf = view.para_first.get(qp)
        if pf and pf[1] == id(e):
            f["para_first"] = 1
        if lb is not None and lb >= prev_end:
            f["since_prev_quote"] = 1
        if lb is not None and not is_rule and (rule_last is None or lb > rule_last):
            f["later_than_rule"] = 1
        if view.cue_re is not None:
            for o in offs:
                if s_start - 200 <= o < s_end and not (q.start <= o < q.end) \
                        and view.cue_re.search(body, o, min(len(body), o + len(e.name) + 40)):
                    f["cue_near_mention"] = 1
                    break
        if prev_sp is e:
            f["prev_speaker"] = 1
        if next_sp is e:
            f["next_speaker"] = 1
        n = counts.get(id(e), 0) - (1 if is_rule else 0)
        f[f"other_quotes={min(n, 3)}"] = 1
        f[f"mentions={_bucket(len(offs), (0, 1, 2, 4, 8))}"] = 1
        f[f"type={e.type}"] = 1
        if e.role:
            f["has_role"] = 1
        if getattr(e, "registered", False):
            f["registered"] = 1
        if len(e.name.split()) == 1:
            f["one_word"] = 1
        if not is_rule and rule is not None:
            rt = {t.casefold() for t in rule.name.split()}
            if rt & e.tokens:
                f["shares_word_with_rule"] = 1
        if not is_rule:
            f[f"other:how={how}"] = 1
            f[f"other:kind={q.kind}"] = 1
        for k in ("since_prev_quote", "later_than_rule", "in_sentence", "prev_speaker", "next_speaker",
                  "recency=0", "precency=0", "cue_near_mention", "named_inside", "sentence_first"):
            if k in f:
                f[f"{how}&{k}"] = 1
        # (a pronoun cue names a person; a continuation runs on from the last speaker, who may be a body)
        side = "rule" if is_rule else "other"
        f[f"{side}:{how}&type={e.type}"] = 1
        if e.role:
            f[f"{side}:{how}&has_role"] = 1
        if len(e.name.split()) == 1:
            f[f"{side}:{how}&one_word"] = 1
        # the language's own weights on top of the shared ones
        f.update({f"{lang}|{k}": v for k, v in list(f.items())})
        out.append((e, f))
    return out


def score(weights: dict, feats: dict) -> float:
    return sum(weights.get(k, 0.0) * v for k, v in feats.items())
