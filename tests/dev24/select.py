"""How dev24 was chosen (untuned): 15 IndoSum headline articles, seed 20261224, and no Wikinews file (none is left).

Run from the repository root: `.venv/bin/python tests/dev24/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev24sel/ (the draw itself is `tests/draw_untuned.py`). Unlike dev19 to dev23 there is no
filter for foreign states or leaders in title + summary (`min_names=0`): after dev23 only 6 unused headline articles
passed it, too few for a set. Drawn on 2026-12-04 (twenty-first session) as its first step, with the restricted
sets of tests/restricted/select5.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(24, 20261224, min_names=0, n_en=0)
