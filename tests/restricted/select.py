"""How the restricted untuned sets were chosen (seventeenth session, 2026-12-04, its second step).

Run from the repository root: `.venv/bin/python tests/restricted/select.py`. It prints the chosen files and writes
the lists to /tmp/restricted_sel/. The texts of these corpora may not enter the repository (../shared/corpora/
README.md), so the gold files under tests/restricted/ hold character offsets into the corpus files, not text.

- bbc: 10 entertainment, 10 sport and 10 tech articles of the BBC corpus (2004-2005). Rule-writers only ever read
  the business and politics files, so these three categories are text nobody tuned to.
- detik: 30 Detik 2025 articles of 1,200-5,000 characters (the median is 2,425; longer ones cost the annotators
  too much), leaving out the articles a rule-writer read in the sixteenth session's country diffs
  (/tmp/h_ctry19_detik*.qdiff). The draw matched only 6 of those 19 articles to their files (by title slug; the
  other 13 sheets had names the match missed); they are listed in detik_read.txt, so that this script gives the
  draw as made. A check after the draw, through the read sheets' own file fields, found none of the 19 among the 30.
"""
import csv
import pathlib
import random

TESTS = pathlib.Path(__file__).resolve().parents[1]
CORPORA = TESTS.parents[1] / "shared" / "corpora"
OUT = pathlib.Path("/tmp/restricted_sel")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    rng = random.Random(20261211)
    bbc = list(csv.DictReader(open(CORPORA / "en_bbc_fulltext_2004_2005/metadata.csv", encoding="utf-8")))
    chosen_bbc = []
    for category in ("entertainment", "sport", "tech"):
        pool = sorted(r["file"] for r in bbc if r["category"] == category)
        chosen_bbc += sorted(rng.sample(pool, 10))
    read = set((TESTS / "restricted" / "detik_read.txt").read_text(encoding="utf-8").split())  # file names
    detik = list(csv.DictReader(open(CORPORA / "id_detik_2025_summarization/metadata.csv", encoding="utf-8")))
    pool = sorted(r["file"] for r in detik
                  if 1200 <= int(r["n_chars"]) <= 5000 and pathlib.Path(r["file"]).name not in read)
    print(f"bbc {len(bbc)} files; detik pool {len(pool)} of {len(detik)}")
    chosen_detik = sorted(random.Random(20261212).sample(pool, 30))
    for name, chosen in (("bbc", chosen_bbc), ("detik", chosen_detik)):
        (OUT / f"{name}.txt").write_text("\n".join(chosen) + "\n")
        print(name, len(chosen))
        print("\n".join(chosen))


if __name__ == "__main__":
    main()
