"""How the sixth restricted untuned sets were chosen (twenty-second session, 2026-12-04, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select6.py`. It prints the chosen files and writes
the lists to /tmp/restricted6_sel/. As for the first sets (select.py), the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc5/, detik/ to detik5/) and every file a rule writer
has read: the reading samples of the seventeenth to twentieth sessions (bbc_sample17-20.txt,
detik_sample17-20.txt) and detik_read.txt. BBC business and politics were read whole (927 files).

- bbc6: 15 entertainment, 15 sport and 15 tech files at random.
- detik6: 30 Detik files of 1,200-5,000 characters at random.

No reading sample is drawn: the unread pools were down to 23 / 115 / 31 BBC files (entertainment / sport / tech) and
103 Detik files before this draw. This session's rule writers read the sets that were untuned last session (bbc5,
detik5, dev24) and the earlier ones.
"""
import csv
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
CORPORA = HERE.parents[2] / "shared" / "corpora"
OUT = pathlib.Path("/tmp/restricted6_sel")


def names(*lists: str) -> set[str]:
    return {line for name in lists for line in (HERE / name).read_text(encoding="utf-8").split()}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    read = names("bbc_sample17.txt", "bbc_sample18.txt", "bbc_sample19.txt", "bbc_sample20.txt",
                 "detik_sample17.txt", "detik_sample18.txt",
                 "detik_sample19.txt", "detik_sample20.txt", "detik_read.txt")
    done = {p.stem for p in HERE.glob("*/*.yaml")} | {pathlib.Path(n).stem for n in read}
    bbc = list(csv.DictReader(open(CORPORA / "en_bbc_fulltext_2004_2005/metadata.csv", encoding="utf-8")))
    rng = random.Random(20261225)
    chosen_bbc = []
    for category in ("entertainment", "sport", "tech"):
        pool = sorted(r["file"] for r in bbc if r["category"] == category and pathlib.Path(r["file"]).stem not in done)
        print(f"bbc {category}: pool {len(pool)}")
        picked = sorted(rng.sample(pool, 15))
        chosen_bbc += picked
    detik = list(csv.DictReader(open(CORPORA / "id_detik_2025_summarization/metadata.csv", encoding="utf-8")))
    rest = [r for r in detik if pathlib.Path(r["file"]).stem not in done]
    pool = sorted(r["file"] for r in rest if 1200 <= int(r["n_chars"]) <= 5000)
    rng = random.Random(20261226)
    chosen_detik = sorted(rng.sample(pool, 30))
    print(f"detik: pool {len(pool)} of {len(rest)} unread")
    for name, chosen in (("bbc6", chosen_bbc), ("detik6", chosen_detik)):
        (OUT / f"{name}.txt").write_text("\n".join(pathlib.Path(f).name for f in chosen) + "\n")
        print(name, len(chosen))
    print("\n".join(chosen_bbc + chosen_detik))


if __name__ == "__main__":
    main()
