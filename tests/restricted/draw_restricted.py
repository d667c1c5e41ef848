"""The draw of a restricted untuned pair (bbc5/detik5 on): 45 BBC and 30 Detik files no earlier set or reading
sample holds.

Each `selectN.py` calls `draw(N, bbc_seed, detik_seed)`. Sets numbered N or higher (including the one drawn) are left
out of "done", so a rerun gives the draw of the day the pair was made, whatever sets came after.
"""
import csv
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
CORPORA = HERE.parents[2] / "shared" / "corpora"
READ = ("bbc_sample17.txt", "bbc_sample18.txt", "bbc_sample19.txt", "bbc_sample20.txt",
        "detik_sample17.txt", "detik_sample18.txt", "detik_sample19.txt", "detik_sample20.txt", "detik_read.txt")


def _made_later(folder: str, number: int) -> bool:
    m = re.fullmatch(r"(?:bbc|detik)(\d*)", folder)
    return m is not None and int(m.group(1) or 1) >= number


def draw(number: int, bbc_seed: int, detik_seed: int, per_category: dict[str, int] | None = None,
         detik_chars: tuple[int, int] = (1200, 5000), detik_count: int = 30) -> None:
    """Print the chosen files and the pool sizes, and write the lists to /tmp/restricted<number>_sel/.

    `per_category`: how many BBC files of each category (15 entertainment, 15 sport, 15 tech unless given).
    `detik_chars`: the length range (characters) of the Detik pool, both ends included.
    `detik_count`: how many Detik files (30 until detik8; detik9 took the 13 left).
    """
    per_category = per_category or {"entertainment": 15, "sport": 15, "tech": 15}
    out = pathlib.Path(f"/tmp/restricted{number}_sel")
    out.mkdir(exist_ok=True)
    read = {line for name in READ for line in (HERE / name).read_text(encoding="utf-8").split()}
    done = {p.stem for p in HERE.glob("*/*.yaml") if not _made_later(p.parent.name, number)} \
        | {pathlib.Path(n).stem for n in read}
    bbc = list(csv.DictReader(open(CORPORA / "en_bbc_fulltext_2004_2005/metadata.csv", encoding="utf-8")))
    rng = random.Random(bbc_seed)
    chosen_bbc = []
    for category, count in per_category.items():
        pool = sorted(r["file"] for r in bbc if r["category"] == category and pathlib.Path(r["file"]).stem not in done)
        print(f"bbc {category}: pool {len(pool)}")
        chosen_bbc += sorted(rng.sample(pool, count))
    detik = list(csv.DictReader(open(CORPORA / "id_detik_2025_summarization/metadata.csv", encoding="utf-8")))
    rest = [r for r in detik if pathlib.Path(r["file"]).stem not in done]
    pool = sorted(r["file"] for r in rest if detik_chars[0] <= int(r["n_chars"]) <= detik_chars[1])
    chosen_detik = sorted(random.Random(detik_seed).sample(pool, detik_count))
    print(f"detik: pool {len(pool)} of {len(rest)} unread")
    for name, chosen in ((f"bbc{number}", chosen_bbc), (f"detik{number}", chosen_detik)):
        (out / f"{name}.txt").write_text("\n".join(pathlib.Path(f).name for f in chosen) + "\n")
        print(name, len(chosen))
    print("\n".join(chosen_bbc + chosen_detik))
