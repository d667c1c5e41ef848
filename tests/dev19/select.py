"""How dev19 was chosen (untuned): 15 Wikinews + 15 IndoSum articles, seed 20261209.

Run from the repository root: `.venv/bin/python tests/dev19/select.py`. It prints the chosen names and the pool sizes
and writes the lists to /tmp/dev19sel/ (the draw itself is `tests/draw_untuned.py`). Sets made after dev19 (and dev19
itself) are left out of "used", so the draw stays the one of 2026-12-03 (sixteenth session). The IndoSum filter asks
for one mention of a foreign state or leader in title + summary, not two as up to dev18: only 7 unused files met
'twice'.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(19, 20261209, min_names=1)
