"""Accuracy of `factsheet extract` on every annotated set, as the README's table.

    .venv/bin/python bench/accuracy.py            # prints a Markdown table
    .venv/bin/python bench/accuracy.py --json     # the raw metrics

Each set is extracted from scratch into a temporary folder (`factsheet extract --out`, which reads the
checkout's bundled registries, content/people.yaml with the seed article's seven people among them, but never
writes them, so nothing learnt from one article helps the next) and scored with
`factsheet eval`'s own function. Sets:

- seed: the bundled article, scored against its hand-written sheet (turned into a gold file);
- pfsa_id_dev20: 203 Kompas articles with gold quotes (../shared, evaluation only; skipped
  where ../shared is absent);
- gold/en, gold/id: our development annotations (tests/gold/), used while writing the rules;
- dev2/en, dev2/id: a second development set (tests/dev2/), annotated 2026-12-02 before any rule
  was written from it, so its first row was as honest as the held-out one;
- dev3/en, dev3/id: the former held-out set (tests/dev3/), development data since 2026-12-02;
- dev4/en, dev4/id: a fourth development set (tests/dev4/), annotated 2026-12-02, first measured
  before any rule was written from it;
- dev5/en, dev5/id: a fifth development set (tests/dev5/), annotated 2026-12-02, first measured
  before any rule was written from it;
- dev6/en, dev6/id: a sixth set (tests/dev6/), annotated 2026-12-02, first measured before any
  rule was written from it, development data since its third session;
- dev7/en, dev7/id: a seventh set (tests/dev7/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev8/en, dev8/id: an eighth set (tests/dev8/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev9/en, dev9/id: a ninth set (tests/dev9/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev10/en, dev10/id: a tenth set (tests/dev10/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev11/en, dev11/id: an eleventh set (tests/dev11/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev12/en, dev12/id: a twelfth set (tests/dev12/), annotated 2026-12-02, not tuned on in the
  session that annotated it, development data since the next one;
- dev13/en, dev13/id: a thirteenth set (tests/dev13/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev14/en, dev14/id: a fourteenth set (tests/dev14/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev15/en, dev15/id: a fifteenth set (tests/dev15/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one (annotated twice: bench/agreement.py);
- dev16/en, dev16/id: a sixteenth set (tests/dev16/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev17/en, dev17/id: a seventeenth set (tests/dev17/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev18/en, dev18/id: an eighteenth set (tests/dev18/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev19/en, dev19/id: a nineteenth set (tests/dev19/), annotated 2026-12-03, not tuned on in the
  session that annotated it, development data since the next one;
- dev20/en, dev20/id: a twentieth set (tests/dev20/), annotated 2026-12-04, not tuned on in the
  session that annotated it, development data since the next one;
- dev21/id: 15 IndoSum articles (tests/dev21/; no English part, Wikinews has no file left), annotated
  2026-12-04 in the eighteenth session, not tuned on in it, development data since the nineteenth;
- dev22/id: 15 IndoSum articles (tests/dev22/), annotated 2026-12-04 in the nineteenth session, not tuned
  on in it, development data since the twentieth;
- dev23/id: 15 IndoSum articles (tests/dev23/), annotated 2026-12-04 in the twentieth session, not tuned
  on in it, development data since the twenty-first;
- dev24/id: 15 IndoSum headline articles (tests/dev24/), annotated 2026-12-04 in the twenty-first session, not
  tuned on in it, development data since the twenty-second;
- dev25/id: 15 IndoSum headline articles (tests/dev25/), annotated 2026-12-04 in the twenty-second session, not
  tuned on in it, development data since the twenty-third;
- dev26/id: 15 IndoSum headline articles (tests/dev26/), annotated 2026-12-04 in the twenty-third session, not
  tuned on in it, development data since the twenty-fourth;
- dev27/id: 15 IndoSum headline articles (tests/dev27/), annotated 2026-12-04 in the twenty-fourth session, not
  tuned on in it, development data since the twenty-fifth;
- dev28/id: 24 IndoSum headline articles (tests/dev28/), annotated 2026-12-05 in the twenty-fifth session, not
  tuned on in it, development data since the twenty-sixth;
- dev29/id: 30 IndoSum headline articles (tests/dev29/), annotated 2026-12-05 in the twenty-sixth session, not
  tuned on in it, development data since the twenty-seventh;
- dev30/id: 30 IndoSum headline articles (tests/dev30/), annotated 2026-12-05 in the twenty-seventh session, not
  tuned on in it, development data since the twenty-eighth;
- dev31/id: 30 IndoSum headline articles (tests/dev31/), annotated 2026-12-05 in the twenty-eighth session, not
  tuned on in it, development data since the twenty-ninth;
- dev32/id: 30 IndoSum headline articles (tests/dev32/), annotated 2026-12-05 in the twenty-ninth session, not
  tuned on in it, development data since the thirtieth;
- dev33/id: 30 IndoSum headline articles (tests/dev33/), annotated 2026-12-05 in the thirtieth session, not
  tuned on in it, development data since the thirty-first;
- dev34/id: 30 IndoSum headline articles (tests/dev34/), annotated 2026-12-05 in the thirty-first session, not
  tuned on in it, development data since the thirty-second;
- dev35/id: 30 IndoSum headline articles (tests/dev35/), annotated 2026-12-05 in the thirty-second session, not
  tuned on in it, development data since the thirty-third;
- dev36/id: 30 IndoSum headline articles (tests/dev36/), annotated 2026-12-06 in the thirty-third session, not
  tuned on in it, development data since the thirty-fourth;
- dev37/id: 30 IndoSum headline articles (tests/dev37/), annotated 2026-12-06 in the thirty-fourth session, not
  tuned on in it, development data since the thirty-fifth;
- dev38/id: 30 IndoSum headline articles (tests/dev38/), annotated 2026-12-06 in the thirty-fifth session, not
  tuned on in it, development data since the thirty-sixth;
- dev39/id: 30 IndoSum headline articles (tests/dev39/), annotated 2026-12-06 in the thirty-sixth session, not
  tuned on in it, development data since the thirty-seventh;
- dev40/id: 30 IndoSum headline articles (tests/dev40/), annotated 2026-12-06 in the thirty-seventh session, not
  tuned on in it, development data since the thirty-eighth;
- dev41/id: 30 IndoSum headline articles (tests/dev41/), annotated 2026-12-06 in the thirty-eighth session, not
  tuned on in it, development data since the thirty-ninth;
- dev42/id: 30 IndoSum headline articles (tests/dev42/), annotated 2026-12-06 in the thirty-ninth session, not
  tuned on in it, development data since the fortieth;
- dev43/id: 30 IndoSum headline articles (tests/dev43/), annotated 2026-12-06 in the fortieth session, not
  tuned on in it, development data since the forty-first;
- dev44/id: 30 IndoSum headline articles (tests/dev44/), annotated 2026-12-06 in the forty-first session, not
  tuned on in it, development data since the forty-second;
- dev45/id: 30 IndoSum headline articles (tests/dev45/), annotated 2026-12-07 in the forty-second session, not
  tuned on in it, development data since the forty-third;
- dev46/id: 30 IndoSum headline articles (tests/dev46/), annotated 2026-12-07 in the forty-third session, not
  tuned on in it, development data since the forty-fourth;
- dev47/id: 30 IndoSum headline articles (tests/dev47/), annotated 2026-12-07 in the forty-fourth session, not
  tuned on in it, development data since the forty-fifth;
- dev48/id: 30 IndoSum headline articles (tests/dev48/), annotated 2026-12-07 in the forty-fifth session, not
  tuned on in it, development data since the forty-sixth;
- dev49/id: 30 IndoSum headline articles (tests/dev49/), annotated 2026-12-07 in the forty-sixth session, not
  tuned on in it, development data since the forty-seventh;
- dev50/id: the last 13 unused IndoSum headline articles (tests/dev50/), annotated 2026-12-07 in the forty-seventh
  session, not tuned on in it, development data since the forty-eighth;
- dev51/id: 30 IndoSum articles from the sections other than headlines (sport, technology, show business,
  entertainment; tests/dev51/), annotated 2026-12-07 in the forty-eighth session, not tuned on in it, development
  data since the forty-ninth; less clean news than the headline sets, so its rows are not comparable with theirs;
- dev52/id: 30 more IndoSum articles from the sections other than headlines (tests/dev52/), annotated 2026-12-07 in
  the forty-ninth session, not tuned on in it, development data since the fiftieth; not comparable with the headline
  rows;
- dev53/id: 30 more IndoSum articles from the sections other than headlines (tests/dev53/), annotated 2026-12-07 in
  the fiftieth session, not tuned on in it, development data since the fifty-first; not comparable with the headline
  rows;
- dev54/id: 30 more IndoSum articles from the sections other than headlines (tests/dev54/), annotated 2026-12-08 in
  the fifty-first session and not tuned on (nobody has read its errors); not comparable with the headline rows;
- restricted/bbc, restricted/detik: 30 BBC entertainment, sport and tech articles and 30 Detik 2025
  articles (tests/restricted/), annotated 2026-12-04 in the seventeenth session, development data
  since the eighteenth; their gold holds spans, not text, and they are measured only where ../shared is;
- restricted/bbc2, restricted/detik2: 45 BBC (15 entertainment, 15 sport, 15 tech) and 30 Detik
  articles drawn by tests/restricted/select2.py, annotated in the eighteenth session, development
  data since the nineteenth;
- restricted/bbc3, restricted/detik3: 45 BBC and 30 Detik articles drawn by
  tests/restricted/select3.py, annotated in the nineteenth session, development data since the twentieth;
- restricted/bbc4, restricted/detik4: 45 BBC and 30 Detik articles drawn by
  tests/restricted/select4.py, annotated in the twentieth session, development data since the twenty-first;
- restricted/bbc5, restricted/detik5: 45 BBC and 30 Detik articles drawn by
  tests/restricted/select5.py, annotated in the twenty-first session, development data since the twenty-second;
- restricted/bbc6, restricted/detik6: 45 BBC and 30 Detik articles drawn by
  tests/restricted/select6.py, annotated in the twenty-second session, development data since the twenty-third;
- restricted/bbc7, restricted/detik7: 45 BBC (8 entertainment, 22 sport, 15 tech) and 30 Detik articles drawn by
  tests/restricted/select7.py, annotated in the twenty-third session, development data since the twenty-fourth;
- restricted/bbc8, restricted/detik8: 45 BBC sport and 30 Detik articles (1,000-10,000 characters, many of them
  opinion columns) drawn by tests/restricted/select8.py, annotated in the twenty-fourth session, development data
  since the twenty-fifth;
- restricted/bbc9, restricted/detik9: the last unread BBC (33 sport, 1 tech) and Detik files (11; two duplicates of
  development articles dropped) drawn by tests/restricted/select9.py, annotated in the twenty-fifth session,
  development data since the twenty-sixth (the BBC and Detik pools are spent: no unread file is left);
- heldout/en, heldout/id: annotations nobody tuned on (tests/heldout/), the honest figures.

`--only dev54 --only heldout --pool` gives every untuned set and one
pooled row per language (counts summed over the sets; after its who-said-what F1, a 95% bootstrap interval over articles).

`--together` extracts the sets measured in ONE run into one scratch content folder, as a site made of all of them is
built: the run adds the people it finds to that folder's people.yaml and reads them back, so an article's speaker can
be joined to a name another article gave (rightly: a surname to its full name; wrongly: another person, a role that
does not fit). Each set apart, as by default, never sees that.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate import Counts, evaluate  # noqa: E402
from generator.yamlio import load_plain  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
PFSA = CORPORA / "pfsa_id_dev20"
# gold under tests/restricted/ gives spans into corpus files that may not enter the repository
RESTRICTED = {"bbc": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc2": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik2": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc3": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik3": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc4": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik4": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc5": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik5": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc6": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik6": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc7": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik7": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc8": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik8": CORPORA / "id_detik_2025_summarization" / "articles",
              "bbc9": CORPORA / "en_bbc_fulltext_2004_2005" / "articles",
              "detik9": CORPORA / "id_detik_2025_summarization" / "articles"}


def seed_gold(target: Path) -> Path:
    """The hand-written seed sheet in the gold format of tests/gold/README.md."""
    sheet_path = next((ROOT / "content" / "sheets").glob("*.yaml"))
    sheet = load_plain(sheet_path.read_text(encoding="utf-8"))
    people = load_plain((ROOT / "content" / "people.yaml").read_text(encoding="utf-8"))["people"]
    aliases = {p["name"]: p.get("aliases") or [] for p in people}
    gold = {
        "article": sheet["article"]["file"],
        "language": sheet["article"]["language"],
        "conflict": {"name": sheet["conflict"]["name"], "parties": sheet["conflict"]["parties"]},
        "quotes": [{"speaker": q["speaker"], "aliases": aliases.get(q["speaker"], []),
                    "country": q.get("country"), "kind": q.get("kind", "direct"),
                    "text": q["text"], "optional": False} for q in sheet["quotes"]],
        "stances": [{"country": s["country"], "position": s["position"], "side": s.get("side"),
                     "claimed_by": s.get("claimed_by")} for s in sheet["stances"]],
    }
    target.mkdir(parents=True, exist_ok=True)
    import yaml
    (target / "seed.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    return target


def restricted_articles(gold: Path, corpus: Path, target: Path) -> Path:
    """A scratch folder with copies of the corpus articles the restricted gold annotates."""
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(gold.glob("*.yaml")):
        name = load_plain(path.read_text(encoding="utf-8"))["article"]
        shutil.copy(corpus / Path(name).name, target)
    return target


def sets(scratch: Path) -> list[tuple[str, Path, Path]]:
    found = [("seed", ROOT / "content" / "articles", seed_gold(scratch / "seed-gold"))]
    if PFSA.is_dir():
        found.append(("pfsa_id_dev20", PFSA / "articles", PFSA / "gold"))
    numbered = sorted((p.name for p in (ROOT / "tests").glob("dev*") if p.name[3:].isdigit()), key=lambda n: int(n[3:]))
    for folder in ["gold", *numbered, "heldout"]:
        for lang in ("en", "id"):
            base = ROOT / "tests" / folder / lang
            if (base / "articles").is_dir():
                found.append((f"{folder}/{lang}", base / "articles", base))
    for name, corpus in RESTRICTED.items():
        gold = ROOT / "tests" / "restricted" / name
        if corpus.is_dir() and any(gold.glob("*.yaml")):
            found.append((f"restricted/{name}", restricted_articles(gold, corpus, scratch / f"articles-{name}"), gold))
    return found


def measure(name: str, articles: Path, gold: Path, scratch: Path, checkout: Path = ROOT) -> dict:
    """Extract a set with the extractor of `checkout` (this tree unless given) and score it."""
    out = scratch / name.replace("/", "-")
    subprocess.run([sys.executable, "-m", "generator", "extract", str(articles), "--out", str(out),
                    "--quiet", "--force"], cwd=checkout, check=True, capture_output=True)
    return scored(evaluate(gold, out, articles))


def scored(report) -> dict:
    """A set's metrics, with its per-article who-said-what counts for the pooled rows' bootstrap interval."""
    return {**report.metrics, "who_by_article": [[a.who.tp, a.who.fp, a.who.fn] for a in report.articles]}


def measure_together(chosen: list[tuple[str, Path, Path]], scratch: Path) -> dict[str, dict]:
    """Extract every chosen set in ONE run into one content folder, as a site built from all of them is
    made, and score each set. That run adds the people it finds to the folder's people.yaml and reads
    them back (later articles, and its own passes); `measure` extracts each set with registries that
    never grow, so the difference between the two tables is what a growing registry does to the
    sheets (a surname joined to a full name another article gives; or a different person, a role from
    another article)."""
    import shutil

    content = scratch / "together"
    (content / "sheets").mkdir(parents=True)
    for name in ("people.yaml", "countries.yaml", "conflicts.yaml"):
        shutil.copy(ROOT / "content" / name, content / name)
    # one folder of articles: a set's sheets are found by their articles' file names
    articles = scratch / "together-articles"
    articles.mkdir()
    owner: dict[str, str] = {}
    for set_name, folder, _ in chosen:
        for path in sorted(folder.glob("*")):
            if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm"):
                if path.name in owner:
                    raise SystemExit(f"{path.name} is in both {owner[path.name]} and {set_name}: "
                                     "measure them apart (--skip one)")
                owner[path.name] = set_name
                shutil.copy(path, articles / path.name)
    subprocess.run([sys.executable, "-m", "generator", "extract", str(articles), "--content", str(content),
                    "--quiet", "--force"], cwd=ROOT, check=True, capture_output=True)
    # each set's sheets in a folder of their own (the scorer reads every sheet of the folder it is given)
    for sheet in sorted((content / "sheets").glob("*.yaml")):
        article = (load_plain(sheet.read_text(encoding="utf-8")).get("article") or {}).get("file")
        if article in owner:
            target = scratch / "together-sheets" / owner[article].replace("/", "-")
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(sheet, target / sheet.name)
    results = {}
    for set_name, folder, gold in chosen:
        sheets = scratch / "together-sheets" / set_name.replace("/", "-")
        sheets.mkdir(parents=True, exist_ok=True)
        results[set_name] = scored(evaluate(gold, sheets, folder))
    return results


def f1_interval(by_article: list[list[int]], rounds: int = 2000, seed: int = 20261204) -> tuple[float, float]:
    """95% bootstrap interval of the micro F1, resampling whole articles (quotes of one article are not
    independent: one misread cue costs several)."""
    import random

    rng, values = random.Random(seed), []
    for _ in range(rounds):
        tp = fp = fn = 0
        for a_tp, a_fp, a_fn in rng.choices(by_article, k=len(by_article)):
            tp, fp, fn = tp + a_tp, fp + a_fp, fn + a_fn
        values.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def table(results: dict[str, dict]) -> str:
    lines = ["| set | articles | quotes P / R / F1 | who-said-what P / R / F1 | country acc. "
             "| stances P / R / F1 | parties F1 |",
             "| --- | ---: | --- | --- | ---: | --- | ---: |"]
    for name, m in results.items():
        q, w, s, p = m["quotes"], m["who_said_what"], m["stances"], m["parties"]
        prf = lambda c: f"{c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f}" + (  # noqa: E731
            f" ({c['f1_95'][0]:.3f}–{c['f1_95'][1]:.3f})" if "f1_95" in c else "")
        country = f"{m['country_accuracy']:.3f}" if m["country_total"] else "–"
        has_stances = s["tp"] + s["fp"] + s["fn"] > 0
        stances = f"{prf(s)} | {p['f1']:.3f}" if has_stances else "– | –"
        lines.append(f"| {name} | {m['articles']} | {prf(q)} | {prf(w)} | {country} | {stances} |")
    return "\n".join(lines)


def language(name: str) -> str:
    return "en" if name.endswith("/en") or name.startswith("restricted/bbc") else "id"


def summed(rows) -> dict:
    """One row over `rows` (metrics of sets): counts summed, then P / R / F1 (micro-averaged), country
    accuracy and, with per-article counts, the bootstrap interval of who-said-what F1."""
    row = {"articles": 0, "country_right": 0, "country_total": 0, "who_by_article": [],
           **{k: {"tp": 0, "fp": 0, "fn": 0} for k in ("quotes", "who_said_what", "stances", "parties")}}
    for m in rows:
        row["articles"] += m["articles"]
        row["who_by_article"] += m.get("who_by_article", [])
        row["country_total"] += m["country_total"]
        row["country_right"] += round(m["country_accuracy"] * m["country_total"])
        for key in ("quotes", "who_said_what", "stances", "parties"):
            for count in ("tp", "fp", "fn"):
                row[key][count] += m[key][count]
    for key in ("quotes", "who_said_what", "stances", "parties"):
        c = Counts(**row[key])
        row[key].update(precision=c.precision, recall=c.recall, f1=c.f1)
    row["country_accuracy"] = row["country_right"] / row["country_total"] if row["country_total"] else 0.0
    if row["who_by_article"]:
        row["who_said_what"]["f1_95"] = f1_interval(row["who_by_article"])
    return row


def pooled(results: dict[str, dict]) -> dict[str, dict]:
    """One row per language over every set measured (the seed aside: a hand-written sheet, not an
    annotation of the same kind)."""
    groups: dict[str, list[dict]] = {}
    for name, m in results.items():
        if name != "seed":
            groups.setdefault(f"pooled {language(name)}", []).append(m)
    return {name: summed(rows) for name, rows in sorted(groups.items())}


def _wanted(name: str, skip: list[str], only: list[str]) -> bool:
    names = {name, name.split("/")[0]}  # 'dev19/en' answers to 'dev19'; 'restricted/bbc' to 'restricted'
    return not names & set(skip) and (not only or bool(names & set(only)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the raw metrics as JSON")
    parser.add_argument("--skip", action="append", default=[], metavar="FOLDER",
                        help="leave a set folder out (e.g. --skip dev18: an untuned set nobody may watch while "
                             "rules are being written); repeatable")
    parser.add_argument("--only", action="append", default=[], metavar="FOLDER",
                        help="measure only this set folder (e.g. --only dev20 --only restricted); repeatable")
    parser.add_argument("--pool", action="store_true",
                        help="add one row per language summing the sets measured (e.g. every untuned set: "
                             "--only dev54 --only heldout --pool)")
    parser.add_argument("--together", action="store_true",
                        help="extract the sets measured in one run into one content folder whose people.yaml "
                             "grows, as a site made of all of them is (each set apart by default)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factsheet-accuracy-") as tmp:
        scratch = Path(tmp)
        chosen = [(name, articles, gold) for name, articles, gold in sets(scratch)
                  if _wanted(name, args.skip, args.only)]
        if args.together:
            results = measure_together(chosen, scratch)
        else:
            results = {name: measure(name, articles, gold, scratch) for name, articles, gold in chosen}
    if args.pool:
        results.update(pooled(results))
    if args.json:
        for m in results.values():
            m.pop("who_by_article", None)
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
