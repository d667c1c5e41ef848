"""Build the speaker-country dataset of the Indonesian development sets (session 31 study).

    .venv/bin/python bench/country_data.py            # extracts every set once, caches under /tmp/country31/
    .venv/bin/python bench/country_data.py --arrival  # the sets' arrival sheets (bench/untuned_history.py's commits)

Each article is extracted in-process with the rules (registries of ./content, as bench/accuracy.py's
`factsheet extract` run); the state of the speakers after the rules (just before the quote dicts are made)
is captured. Per article the cache holds the machine quote dicts (as the sheet gives them) with the index of
their speaker, and per speaker what bench/country_model.py computes its features from. The cache
holds article text: it stays under /tmp and never enters the repository.

Sets: tests/gold/id, tests/dev2..dev26/id (IndoSum) and tests/restricted/detik..detik7 (Detik, articles from
../shared/corpora or /tmp/samp/rdev). Never the untuned sets (dev27, detik8) nor tests/heldout.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = Path("/tmp/country31")
CORPUS = ROOT.parent / "shared" / "corpora" / "id_detik_2025_summarization" / "articles"
# the untuned sets of this session and the held-out set: never read here
FORBIDDEN = {"dev27", "detik8", "heldout", "bbc8"}


def dev_sets() -> list[tuple[str, Path, Path]]:
    """(name, articles dir, gold dir) of every Indonesian development set with country labels."""
    found = [("gold", ROOT / "tests" / "gold" / "id" / "articles", ROOT / "tests" / "gold" / "id")]
    for n in range(2, 27):
        base = ROOT / "tests" / f"dev{n}" / "id"
        if (base / "articles").is_dir():
            found.append((f"dev{n}", base / "articles", base))
    for name in ["detik", *(f"detik{n}" for n in range(2, 8))]:
        arts = Path("/tmp/samp/rdev") / name
        if not arts.is_dir():
            arts = CORPUS
        found.append((name, arts, ROOT / "tests" / "restricted" / name))
    assert not any(n in FORBIDDEN for n, _, _ in found)
    return found


def is_detik(name: str) -> bool:
    return name.startswith("detik")


def extract_set(name: str, articles: Path, gold_dir: Path) -> list[dict]:
    """Extract the articles the gold of one set annotates; the speakers' state captured."""
    from generator.evaluate import _load
    from generator.extract import pipeline
    from generator.extract_command import _registries, article_id_for
    from generator.articles import read_article
    from generator.merge import assign_stable_ids

    registries = _registries(ROOT / "content")
    captured = {}
    original = pipeline._headline_subject_state

    def spy(title, quotes, grammar, ents):
        original(title, quotes, grammar, ents)
        captured["quotes"] = quotes
        captured["grammar"] = grammar

    pipeline._headline_subject_state = spy
    out = []
    try:
        for gpath in sorted(gold_dir.glob("*.y*ml")):
            gold = _load(gpath)
            if not isinstance(gold, dict) or "article" not in gold:
                continue
            path = articles / Path(str(gold["article"])).name
            article = read_article(path)
            captured.clear()
            result = pipeline.extract_article(article, registries, article_id_for(article.title, path))
            sheet = assign_stable_ids(result.sheet)
            quotes = captured.get("quotes") or []
            ents, index = [], {}
            for q in quotes:
                e = q.speaker
                if e is None:
                    continue
                if id(e) not in index:
                    index[id(e)] = len(ents)
                    ents.append({"name": e.name, "aliases": sorted(e.aliases), "role": e.role, "type": e.type,
                                 "country": e.country, "registered": e.registered, "quotes": []})
                ents[index[id(e)]]["quotes"].append([q.start, q.end, list(q.sentence) if q.sentence else None])
            span_ent = {(q.start, q.end): index[id(q.speaker)] for q in quotes if q.speaker is not None}
            pquotes = []
            for p in sheet.get("quotes") or []:
                p = dict(p)
                p["entity"] = span_ent.get(tuple(p["span"]))
                pquotes.append(p)
            from generator.extract.gazetteer import CountryFinder
            finder = CountryFinder.for_language(sheet["article"]["language"], registries)
            codes = sorted({m.code for m in finder.find(article.body)})
            out.append({"set": name, "gold_path": str(gpath), "article": str(gold["article"]),
                        "articles_dir": str(articles), "title": article.title or "", "body": article.body,
                        "language": sheet["article"]["language"], "codes": codes,
                        "quotes": pquotes, "entities": ents})
    finally:
        pipeline._headline_subject_state = original
    return out


def main() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    only = sys.argv[1:]
    for name, articles, gold in dev_sets():
        target = CACHE / f"{name}.json"
        if (only and name not in only) or (not only and target.exists()):
            continue
        t = time.time()
        data = extract_set(name, articles, gold)
        target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        print(f"{name}: {len(data)} articles, {time.time() - t:.0f}s", flush=True)



def from_sheets(name: str, sheets: Path, articles: Path, gold_dir: Path) -> list[dict]:
    """The cache format from sheets another extractor wrote (the extractor that first met the set: its
    'arrival' commit), speakers grouped by name; their aliases are not in a sheet."""
    from generator.articles import read_article
    from generator.evaluate import _load
    from generator.extract.gazetteer import CountryFinder
    from generator.extract_command import _registries

    registries = _registries(ROOT / "content")
    by_file = {}
    for path in sorted(Path(sheets).glob("*.y*ml")):
        data = _load(path)
        if isinstance(data, dict) and isinstance(data.get("article"), dict):
            by_file[str(data["article"].get("file"))] = data
    out = []
    for gpath in sorted(gold_dir.glob("*.y*ml")):
        gold = _load(gpath)
        if not isinstance(gold, dict) or "article" not in gold:
            continue
        sheet = by_file.get(str(gold["article"])) or {"article": {"language": "id"}, "quotes": []}
        article = read_article(articles / Path(str(gold["article"])).name)
        ents, index, pquotes = [], {}, []
        for p in sheet.get("quotes") or []:
            key = (p.get("speaker"), p.get("role"), p.get("country"))
            if key not in index:
                index[key] = len(ents)
                ents.append({"name": p.get("speaker") or "", "aliases": [], "role": p.get("role"),
                             "type": p.get("speaker_type") or "person", "country": p.get("country"),
                             "registered": False, "quotes": []})
            ents[index[key]]["quotes"].append([p["span"][0], p["span"][1], p.get("sentence")])
            pquotes.append(dict(p, entity=index[key]))
        finder = CountryFinder.for_language("id", registries)
        codes = sorted({m.code for m in finder.find(article.body)})
        out.append({"set": name, "gold_path": str(gpath), "article": str(gold["article"]),
                    "articles_dir": str(articles), "title": article.title or "", "body": article.body,
                    "language": sheet["article"].get("language") or "id", "codes": codes,
                    "quotes": pquotes, "entities": ents})
    return out


# (set, commit that brought its gold: bench/untuned_history.py's ARRIVALS, the Indonesian development sets)
ARRIVALS = {"detik": "80830f2", "dev21": "a00595e", "detik2": "a00595e", "dev22": "332d4da", "detik3": "332d4da",
            "dev23": "6ef12a9", "detik4": "6ef12a9", "dev24": "848f586", "detik5": "848f586", "dev25": "7afaf70",
            "detik6": "7afaf70", "dev26": "bf71cb8", "detik7": "bf71cb8"}


def extract_arrivals() -> None:
    """Extract each set of ARRIVALS with the extractor that first met it (a detached worktree at the commit,
    removed afterwards) into /tmp/country31/arrsheets/<set>/: the rules' output on text they were not tuned to."""
    import subprocess

    sets = {name: articles for name, articles, _ in dev_sets()}
    for commit in sorted(set(ARRIVALS.values())):
        checkout = CACHE / "arr" / commit
        if not checkout.is_dir():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(checkout), commit],
                           check=True)
        try:
            for name, c in ARRIVALS.items():
                if c == commit and not (CACHE / "arrsheets" / name).is_dir():
                    subprocess.run([sys.executable, "-m", "generator", "extract", str(sets[name]), "--out",
                                    str(CACHE / "arrsheets" / name), "--quiet", "--force"], cwd=checkout,
                                   check=True, capture_output=True)
                    print(f"arrival {name} ({commit})", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)], check=False)


def arrival_main() -> None:
    """Cache the arrival sheets of /tmp/country31/arrsheets/<set>/ as /tmp/country31/arrival/<set>.json."""
    extract_arrivals()
    (CACHE / "arrival").mkdir(parents=True, exist_ok=True)
    for name, articles, gold in dev_sets():
        sheets = CACHE / "arrsheets" / name
        if sheets.is_dir():
            data = from_sheets(name, sheets, articles, gold)
            (CACHE / "arrival" / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            print(name, len(data))


if __name__ == "__main__":
    arrival_main() if sys.argv[1:] == ["--arrival"] else main()
