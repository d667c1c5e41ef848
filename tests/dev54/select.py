"""How dev54 was chosen (untuned): 30 IndoSum articles from the categories other than headlines, seed 20280717.

Run from the repository root: `.venv/bin/python tests/dev54/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev54sel/ (the draw itself is `tests/draw_untuned.py`). dev51 took the first 30 files from
IndoSum's categories other than headlines (sport, show business, technology, entertainment, inspiration); this is the
fourth such set (after dev52 and dev53), drawn the same way from what is left, in proportion to the unused files of each
category. It is measured as non-headline text, like dev51 to dev53, and its rows are reported apart from the headline
sets'. As for dev24 to dev53 there is no filter for foreign states or leaders (`min_names=0`), and no Wikinews file is
left (`n_en=0`). Drawn on 2026-12-08 (fifty-first session) as its first step, before any measurement.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(54, 20280717, min_names=0, n_en=0, n_id=30,
     categories=("olahraga", "showbiz", "teknologi", "hiburan", "inspirasi"))
