"""bench/accuracy.py: which sets a run measures, and the pooled rows over them."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.accuracy import _wanted, f1_interval, language, pooled, sets  # noqa: E402


def counts(tp, fp, fn):
    return {"tp": tp, "fp": fp, "fn": fn}


def metrics(articles, who, country_accuracy=0.0, country_total=0):
    none = counts(0, 0, 0)
    return {"articles": articles, "quotes": who, "who_said_what": who, "stances": none, "parties": none,
            "country_accuracy": country_accuracy, "country_total": country_total}


def test_only_and_skip_answer_to_the_folder_and_the_set():
    assert _wanted("dev20/en", [], ["dev20"]) and _wanted("restricted/bbc", [], ["restricted"])
    assert not _wanted("dev19/en", [], ["dev20"]) and not _wanted("dev20/id", ["dev20"], [])
    assert not _wanted("restricted/detik", ["restricted/detik"], []) and _wanted("seed", [], [])


def test_pooled_rows_sum_the_counts_per_language():
    rows = pooled({"seed": metrics(1, counts(9, 9, 9)),
                   "dev20/en": metrics(15, counts(8, 2, 2), 0.5, 4),
                   "restricted/bbc": metrics(30, counts(2, 0, 6), 1.0, 2),
                   "restricted/detik": metrics(30, counts(5, 5, 0))})
    assert list(rows) == ["pooled en", "pooled id"]
    en = rows["pooled en"]
    assert en["articles"] == 45 and en["who_said_what"]["tp"] == 10
    assert en["who_said_what"]["precision"] == 10 / 12 and en["who_said_what"]["recall"] == 10 / 18
    assert en["country_accuracy"] == 4 / 6  # 2 of 4 and 2 of 2
    assert rows["pooled id"]["articles"] == 30 and language("restricted/detik") == "id"


def test_every_numbered_set_is_measured(tmp_path):
    names = [name for name, _, _ in sets(tmp_path)]
    numbered = sorted((p.name for p in (ROOT / "tests").glob("dev*") if p.name[3:].isdigit()),
                      key=lambda n: int(n[3:]))
    assert [n.split("/")[0] for n in names if n.startswith("dev")] == [d for d in numbered for lang in ("en", "id")
                                                                         if (ROOT / "tests" / d / lang / "articles").is_dir()]
    # (a set folder is drawn, holding only its select.py, before its gold exists)
    annotated = [d for d in numbered if (ROOT / "tests" / d / "id" / "articles").is_dir()]
    assert names.index("heldout/en") > names.index(f"{annotated[-1]}/id")


def test_the_interval_resamples_whole_articles():
    assert f1_interval([[3, 1, 1]] * 10) == (0.75, 0.75)  # every resample is the same
    low, high = f1_interval([[5, 0, 0], [0, 5, 5], [4, 1, 0], [2, 2, 2]] * 5)
    assert low < 2 * 11 / (2 * 11 + 8 + 7) < high and high - low < 0.6
    rows = pooled({"dev20/en": {**metrics(2, counts(8, 2, 2)), "who_by_article": [[5, 0, 0], [3, 2, 2]]}})
    assert rows["pooled en"]["who_said_what"]["f1_95"][0] <= rows["pooled en"]["who_said_what"]["f1"]


def test_sets_measured_together_share_one_growing_people_registry(tmp_path):
    """Apart, an article that names a minister by surname only cannot know his state; extracted together with
    one that introduces him (as a site made of both is), it can."""
    from bench.accuracy import measure, measure_together

    chosen = []
    for name, body, country in (("a", "\u201cKami menyerukan gencatan senjata segera,\u201d kata Menteri Luar "
                                      "Negeri Jerman Hans Kettler di Berlin.", "DE"),
                                ("b", "\u201cPerundingan harus dimulai pekan ini,\u201d kata Kettler kepada "
                                      "wartawan.", "DE")):
        articles, gold = tmp_path / name / "articles", tmp_path / name
        articles.mkdir(parents=True)
        (articles / f"{name}.txt").write_text(f"Berita {name}\n\n{body}\n", encoding="utf-8")
        text = body.split("\u201c")[1].split(",\u201d")[0]
        (gold / f"{name}.yaml").write_text(
            f"article: {name}.txt\nlanguage: id\nconflict: null\nstances: []\nquotes:\n"
            f"  - speaker: Hans Kettler\n    aliases: [Kettler]\n    country: {country}\n"
            f"    kind: direct\n    text: {text}\n", encoding="utf-8")
        chosen.append((f"set-{name}", articles, gold))
    apart = measure("set-b", chosen[1][1], chosen[1][2], tmp_path / "apart")
    together = measure_together(chosen, tmp_path / "scratch")
    assert apart["who_said_what"]["tp"] == 1 and apart["country_accuracy"] == 0.0
    assert together["set-b"]["who_said_what"]["tp"] == 1 and together["set-b"]["country_accuracy"] == 1.0
    assert together["set-a"]["country_accuracy"] == 1.0
