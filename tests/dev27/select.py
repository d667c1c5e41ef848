"""How dev27 was chosen (untuned): 15 IndoSum headline articles, seed 20270102, and no Wikinews file (none is left).

Run from the repository root: `.venv/bin/python tests/dev27/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev27sel/ (the draw itself is `tests/draw_untuned.py`). As for dev24 to dev26 there is no filter for
foreign states or leaders in title + summary (`min_names=0`: only 6 unused headline articles pass it). Drawn on
2026-12-04 (twenty-fourth session) as its first step, with the restricted sets of tests/restricted/select8.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(27, 20270102, min_names=0, n_en=0)
