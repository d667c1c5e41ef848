"""Realistic synthetic corpora for the site benchmarks: N sheets with their article texts.

Names come from real lists: country names from CLDR (through Babel), speakers from
bench/politicians.txt (real politicians with their countries and roles) plus spokespeople
whose names are recombined from that list (so the number of people grows with the corpus,
as it does with real extraction: about one new speaker every other article). Conflicts are
real ones with their real parties. Every quote sits in its article's text at its `span`.

    python bench/synth.py OUT_DIR --articles 1000 [--seed 1]

writes OUT_DIR/mkdocs.yml, OUT_DIR/docs/ and OUT_DIR/content/{sheets,articles,*.yaml}:
a complete project that `factsheet build` can build.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

CONFLICTS = [  # id, name, parties, likely backers of party 0, of party 1
    ("russia-ukraine", "Russia-Ukraine war", ["RU", "UA"], ["BY", "KP", "IR"], ["US", "GB", "PL", "DE", "FR", "EE", "LT", "LV", "CA", "FI"]),
    ("israel-gaza", "Israel-Gaza war", ["IL", "PS"], ["US", "DE", "GB"], ["IR", "QA", "TR", "ZA", "DZ", "MY", "ID"]),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["AZ", "AM"], ["TR", "PK", "IL"], ["FR", "IR"]),
    ("tigray", "Tigray war", ["ET", "ER"], ["ER"], []),
    ("sudan-civil-war", "Sudanese civil war", ["SD", "SS"], ["EG", "SA"], ["AE"]),
    ("kashmir", "Kashmir conflict", ["IN", "PK"], ["US", "FR"], ["CN", "TR"]),
    ("taiwan-strait", "Taiwan Strait tensions", ["CN", "TW"], ["RU", "KP"], ["US", "JP", "AU", "PH"]),
    ("western-sahara", "Western Sahara conflict", ["MA", "EH"], ["US", "ES", "FR", "IL"], ["DZ"]),
    ("kosovo-serbia", "Kosovo-Serbia tensions", ["RS", "XK"], ["RU", "CN", "HU"], ["US", "DE", "GB"]),
    ("yemen", "Yemeni civil war", ["YE", "SA"], ["IR"], ["AE", "US", "EG"]),
    ("kivu", "Kivu conflict", ["CD", "RW"], ["UG"], ["ZA", "BE"]),
    ("myanmar", "Myanmar civil war", ["MM", "TH"], ["CN", "RU"], []),
]
NEUTRALS = ["CH", "AT", "IE", "SG", "ID", "BR", "MX", "IN", "ZA", "NO", "VA", "JP", "KZ", "QA", "OM"]
CALLS = ["ceasefire", "negotiations", "humanitarian access", "restraint", "mediation"]
SOURCES = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Kompas", "Tempo", "Antara", "CNN", "DW"]
QUOTE_TEXTS = [
    "We will not accept any solution that ignores the will of our people",
    "The international community must act now to stop the bloodshed",
    "Our position has not changed and will not change",
    "We call on both sides to return to the negotiating table without preconditions",
    "This is a violation of international law and of every agreement signed so far",
    "We stand firmly with our friends and allies in this difficult hour",
    "Dialogue is the only way forward; there is no military solution",
    "Those responsible for these crimes will be held accountable",
    "We are ready to mediate if both parties ask us to",
    "The humanitarian situation on the ground is catastrophic",
    "Sanctions alone will not bring peace to the region",
    "We reject these baseless accusations in the strongest terms",
    "Our troops will remain in place until security is guaranteed",
    "Civilians must be protected at all times, whoever they are",
    "We have provided and will continue to provide support to our partners",
    "The aggression must stop immediately and unconditionally",
]
FILLER = [
    "Officials said talks would continue later this week in a neutral capital.",
    "The statement came after days of heavy fighting along the front line.",
    "Diplomats at the United Nations held an emergency session on the crisis.",
    "Analysts say the conflict risks drawing in regional powers.",
    "Thousands of people have fled their homes since the fighting began.",
    "The ministry did not say when the next round of negotiations would take place.",
    "Aid agencies warned of shortages of food, water and medicine.",
    "Markets fell sharply on the news, and oil prices rose.",
    "Earlier this month, the two governments exchanged prisoners of war.",
    "Reporters were not allowed to enter the area to verify the claims.",
]
FIRST_NAMES_EXTRA = ["Ahmad", "Maria", "John", "Fatima", "Chen", "Olga", "Pierre", "Aisha", "Rahul",
                     "Yuki", "Ana", "Mehmet", "Svetlana", "Kwame", "Siti", "Lars", "Hana", "Diego"]


def load_politicians() -> list[tuple[str, str, str]]:
    out = []
    for line in (HERE / "politicians.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code, role = line.split("|")
            out.append((name, code, role))
    return out


def country_names() -> dict[str, str]:
    from babel import Locale

    names = Locale("en").territories
    return {code: names[code] for code in names if len(code) == 2 and code.isalpha()}


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def make_article(rng: random.Random, index: int, politicians, names, first_names, last_names):
    cid, cname, parties, backers_a, backers_b = rng.choice(CONFLICTS)
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365))
    speakers = []
    for _ in range(rng.randint(2, 6)):
        if rng.random() < 0.55:
            speakers.append(rng.choice(politicians))
        else:  # a spokesperson: a recombined real name, for a country in or around the conflict
            code = rng.choice(parties + backers_a + backers_b + NEUTRALS)
            name = f"{rng.choice(first_names)} {rng.choice(last_names)}"
            speakers.append((name, code, f"spokesperson of the {names.get(code, code)} government"))
    title_speaker = speakers[0]
    title = (f"{title_speaker[0]}: {rng.choice(QUOTE_TEXTS)[:48].rstrip()} "
             f"({names.get(parties[0])} and {names.get(parties[1])}, report {index})")
    body_parts: list[str] = []
    pos = 0
    quotes = []

    def add(text: str):
        nonlocal pos
        body_parts.append(text)
        pos += len(text)

    for n, (name, code, role) in enumerate(speakers, 1):
        for _ in range(rng.randint(1, 3)):
            add(rng.choice(FILLER) + " ")
        text = rng.choice(QUOTE_TEXTS) + ("." if rng.random() < 0.5 else ",")
        sentence_start = pos
        add(f"{name}, {role}, said: \u201c")
        start = pos
        add(text)
        end = pos
        add("\u201d")
        quotes.append({"id": f"q{n}", "speaker": name, "role": role, "country": code, "text": text,
                       "span": [start, end], "sentence": [sentence_start, pos]})
        add("\n\n" if rng.random() < 0.6 else " ")
    for _ in range(rng.randint(3, 10)):
        add(rng.choice(FILLER) + (" " if rng.random() < 0.7 else "\n\n"))
    body = "".join(body_parts).rstrip() + "\n"

    stances = []
    seen = set()
    for q in quotes:
        code = q["country"]
        if code in seen:
            continue
        seen.add(code)
        if code in parties:
            stances.append({"country": code, "position": "party"})
        elif code in backers_a and rng.random() < 0.85:
            stances.append({"country": code, "position": "backs", "side": parties[0]})
        elif code in backers_b and rng.random() < 0.85:
            stances.append({"country": code, "position": "backs", "side": parties[1]})
        else:
            stances.append({"country": code, "position": "neutral",
                            "calls_for": rng.sample(CALLS, rng.randint(0, 2))})
        stances[-1]["evidence"] = [q["id"]]
    if rng.random() < 0.1 and len(seen) >= 2:  # a claim about another country
        a, b = rng.sample(sorted(seen), 2)
        if b not in parties:
            stances.append({"country": b, "position": "backs", "side": parties[0], "claimed_by": a,
                            "evidence": [quotes[0]["id"]]})
    mentioned = sorted(set(parties) | seen)
    article_id = f"a{index:05d}-{title_speaker[0].lower().replace(' ', '-')}"
    article_id = "".join(c for c in article_id if c.isalnum() or c == "-")[:60].strip("-")
    lines = [
        "article:",
        f"  id: {article_id}",
        f"  file: {article_id}.txt",
        f"  title: {_q(title)}",
        f"  source: {rng.choice(SOURCES)}",
        f"  published: {date.isoformat()}",
        "  language: en",
        f"  countries: [{', '.join(mentioned)}]",
        "conflict:",
        f"  id: {cid}",
        f"  name: {_q(cname)}",
        f"  parties: [{', '.join(parties)}]",
        "quotes:",
    ]
    for q in quotes:
        lines += [f"  - id: {q['id']}", f"    speaker: {_q(q['speaker'])}", "    speaker_type: person",
                  f"    role: {_q(q['role'])}", f"    country: {q['country']}",
                  f"    text: {_q(q['text'])}", "    kind: direct",
                  f"    span: [{q['span'][0]}, {q['span'][1]}]",
                  f"    sentence: [{q['sentence'][0]}, {q['sentence'][1]}]",
                  f"    reviewed: {'true' if rng.random() < 0.3 else 'false'}"]
    lines.append("stances:" if stances else "stances: []")
    for n, s in enumerate(stances, 1):
        lines += [f"  - id: s{n}", f"    country: {s['country']}", f"    position: {s['position']}"]
        if s.get("side"):
            lines.append(f"    side: {s['side']}")
        if s.get("claimed_by"):
            lines.append(f"    claimed_by: {s['claimed_by']}")
        if s.get("calls_for"):
            lines.append(f"    calls_for: [{', '.join(s['calls_for'])}]")
        lines.append(f"    evidence: [{', '.join(s['evidence'])}]")
    return article_id, "\n".join(lines) + "\n", f"{title}\n\n{body}"


def write_registries(content: Path) -> None:
    conflicts = ["conflicts:"]
    for cid, name, parties, *_ in CONFLICTS:
        conflicts += [f"  - id: {cid}", f"    names: {{en: {_q(name)}}}",
                      f"    parties: [{', '.join(parties)}]"]
    (content / "conflicts.yaml").write_text("\n".join(conflicts) + "\n", encoding="utf-8")
    (content / "countries.yaml").write_text("countries: {}\n", encoding="utf-8")
    (content / "people.yaml").write_text("people: []\n", encoding="utf-8")


def make_project(out: Path, articles: int, seed: int = 1) -> Path:
    """A complete project with `articles` sheets (replacing whatever `out` held)."""
    rng = random.Random(seed)
    politicians = load_politicians()
    names = country_names()
    first_names = sorted({p[0].split()[0] for p in politicians} | set(FIRST_NAMES_EXTRA))
    last_names = sorted({p[0].split()[-1] for p in politicians
                         if p[0].split()[-1].isalpha() and not set(p[0].split()[-1]) <= set("IVX")})
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    (content / "sheets").mkdir(parents=True)
    (content / "articles").mkdir()
    (out / "docs" / "assets").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "about.md", out / "docs" / "about.md")
    shutil.copy(ROOT / "docs" / "assets" / "factsheet.css", out / "docs" / "assets")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("language: id", "language: en")
    config = config.replace("templates_dir: templates", f"templates_dir: {ROOT / 'templates'}")
    (out / "mkdocs.yml").write_text(config, encoding="utf-8")
    write_registries(content)
    for index in range(articles):
        article_id, sheet, text = make_article(rng, index, politicians, names, first_names, last_names)
        (content / "sheets" / f"{article_id}.yaml").write_text(sheet, encoding="utf-8")
        (content / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make_project(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} sheets to {args.out / 'content'}")


if __name__ == "__main__":
    main()
