"""How dev28 was chosen (untuned): 24 IndoSum headline articles, seed 20270203, and no Wikinews file (none is left).

Run from the repository root: `.venv/bin/python tests/dev28/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev28sel/ (the draw itself is `tests/draw_untuned.py`). As for dev24 to dev27 there is no
filter for foreign states or leaders in title + summary (`min_names=0`). 24 files rather than 15, because the Detik
pool gave only 13 for this session's restricted Indonesian set. Drawn on 2026-12-05 (twenty-fifth session) as its
first step, with the restricted sets of tests/restricted/select9.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(28, 20270203, min_names=0, n_en=0, n_id=24)
