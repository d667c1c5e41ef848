"""The draw of an untuned set (dev14 on): 15 Wikinews + 15 IndoSum articles no earlier set used.

Each set's `select.py` calls `draw(number, seed)` with its own number and seed. Sets numbered `number` or higher
(including the one drawn) are left out of "used", so a rerun gives the draw of the day the set was made.
"""
import csv
import pathlib
import random
import re

from babel import Locale

TESTS = pathlib.Path(__file__).resolve().parent
CORPORA = TESTS.parents[1] / "shared" / "corpora"
# IndoSum filter: title + summary name foreign states or leaders at least `min_names` times
LEADERS = {"AS", "Amerika", "Tiongkok", "Perancis", "Korut", "Korsel", "Trump", "Obama", "Putin", "Xi Jinping",
           "Erdogan", "Duterte", "Kim Jong", "Najib", "Netanyahu", "Abe", "Macron", "Merkel", "Theresa May", "Assad",
           "Raja Salman", "Modi", "Moon Jae", "Turnbull", "Lee Hsien"}


def _made_later(folder: str, number: int) -> bool:
    m = re.fullmatch(r"dev(\d+)", folder)
    return m is not None and int(m.group(1)) >= number


def draw(number: int, seed: int, min_names: int = 2, n_en: int = 15, n_id: int = 15,
         categories: tuple[str, ...] = ("tajuk utama",)) -> None:
    """Print the chosen names and the pool sizes, and write the lists to /tmp/dev<number>sel/.

    `min_names`: how often an IndoSum title + summary must name foreign states or leaders. Two until dev18; from dev19
    one, because the 'twice' pool had only 7 unused files left (the 'once' pool had 81).
    `n_en`: how many Wikinews files; 0 from dev21 on, because dev20 took the last 15 unused ones.
    `n_id`: how many IndoSum files (15 until dev27).
    `categories`: the IndoSum categories drawn from. Headlines ('tajuk utama') only until dev50, which took the last
    unused headline file of 1,200 characters or more; from dev51 the other categories (sport, show business,
    technology, entertainment, inspiration), which are less clean news: more listicles, gossip and product copy.
    """
    out = pathlib.Path(f"/tmp/dev{number}sel")
    out.mkdir(exist_ok=True)
    used = {lang: {p.stem for p in TESTS.glob(f"*/{lang}/articles/*.txt") if not _made_later(p.parts[-4], number)}
            for lang in ("en", "id")}
    wn = sorted(p.stem for p in (CORPORA / "en_wikinews_2019_2020/articles").glob("*.txt"))
    pool_en = [n for n in wn if n not in used["en"]]
    rng = random.Random(seed)
    en = sorted(rng.sample(pool_en, n_en))
    print(f"wikinews {len(wn)} files, used {len(used['en'])}, pool {len(pool_en)}")
    # IndoSum: `categories`, >= 1200 chars, title+summary names foreign states/leaders >= min_names times
    names = {n for c, n in Locale("id").territories.items() if len(c) == 2 and c != "ID"} | LEADERS
    rx = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
    rows = list(csv.DictReader(open(CORPORA / "id_indosum_dev/metadata.csv", encoding="utf-8")))
    # (the every-8th-file scan sample is never drawn from)
    sample = {p.stem for p in sorted((CORPORA / "id_indosum_dev/articles").glob("*.txt"))[::8]}
    cand = []
    for r in rows:
        stem = pathlib.Path(r["file"]).stem
        if r["category"] not in categories or int(r["n_chars"]) < 1200 or stem in used["id"] or stem in sample:
            continue
        if len(rx.findall(r["title_from_url_slug"] + " " + r["summary"])) >= min_names:
            cand.append(stem)
    cand.sort()
    ids = sorted(rng.sample(cand, n_id))
    print(f"indosum candidates {len(cand)}")
    for lang, chosen in (("en", en), ("id", ids)):
        if not chosen:
            continue
        assert not set(chosen) & used[lang]
        (out / f"{lang}.txt").write_text("\n".join(chosen) + "\n")
        print(lang, len(chosen))
        print("\n".join(chosen))
