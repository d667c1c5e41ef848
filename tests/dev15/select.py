"""How dev15 was chosen (untuned): 15 Wikinews + 15 IndoSum articles, seed 20261205.

Run from the repository root: `.venv/bin/python tests/dev15/select.py`. It prints the chosen names and the pool sizes
and writes the lists to /tmp/dev15sel/. Sets made after dev15 (and dev15 itself) are left out of "used", so the draw
stays the one of 2026-12-03 (twelfth session).
"""
import csv
import pathlib
import random
import re

from babel import Locale
T = pathlib.Path(__file__).resolve().parents[1]
C = pathlib.Path(__file__).resolve().parents[3] / "shared" / "corpora"
OUT = pathlib.Path("/tmp/dev15sel")
OUT.mkdir(exist_ok=True)
LATER = re.compile(r"dev(1[5-9]|[2-9]\d)$")  # dev15 and any set after it did not exist at the draw
used = {lang: {p.stem for p in T.glob(f"*/{lang}/articles/*.txt") if not LATER.match(p.parts[-4])}
        for lang in ("en", "id")}
wn = sorted(p.stem for p in (C / "en_wikinews_2019_2020/articles").glob("*.txt"))
pool_en = [n for n in wn if n not in used["en"]]
rng = random.Random(20261205)
en = sorted(rng.sample(pool_en, 15))
print(f"wikinews {len(wn)} files, used {len(used['en'])}, pool {len(pool_en)}")
# IndoSum: tajuk utama, >= 1200 chars, title+summary names foreign states/leaders >= 2 times
names = {n for c, n in Locale("id").territories.items() if len(c) == 2 and c != "ID"}
names |= {"AS", "Amerika", "Tiongkok", "Perancis", "Korut", "Korsel", "Trump", "Obama", "Putin", "Xi Jinping",
          "Erdogan", "Duterte", "Kim Jong", "Najib", "Netanyahu", "Abe", "Macron", "Merkel", "Theresa May", "Assad",
          "Raja Salman", "Modi", "Moon Jae", "Turnbull", "Lee Hsien"}
rx = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
rows = list(csv.DictReader(open(C / "id_indosum_dev/metadata.csv", encoding="utf-8")))
sample = {p.stem for p in sorted((C / "id_indosum_dev/articles").glob("*.txt"))[::8]}  # the every-8th-file scan sample
cand = []
for r in rows:
    stem = pathlib.Path(r["file"]).stem
    if r["category"] != "tajuk utama" or int(r["n_chars"]) < 1200 or stem in used["id"] or stem in sample:
        continue
    if len(rx.findall(r["title_from_url_slug"] + " " + r["summary"])) >= 2:
        cand.append(stem)
cand.sort()
ids = sorted(rng.sample(cand, 15))
print(f"indosum candidates {len(cand)}")
for lang, chosen in (("en", en), ("id", ids)):
    assert not set(chosen) & used[lang]
    (OUT / f"{lang}.txt").write_text("\n".join(chosen) + "\n")
    print(lang, len(chosen))
    print("\n".join(chosen))
