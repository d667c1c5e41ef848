"""How dev23 was chosen (untuned): 15 IndoSum articles, seed 20261221, and no Wikinews file (none is left).

Run from the repository root: `.venv/bin/python tests/dev23/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev23sel/ (the draw itself is `tests/draw_untuned.py`). The IndoSum filter asks for one
mention of a foreign state or leader in title + summary, as for dev19 to dev22. Drawn on 2026-12-04 (twentieth
session) as its first step, with the restricted sets of tests/restricted/select4.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(23, 20261221, min_names=1, n_en=0)
