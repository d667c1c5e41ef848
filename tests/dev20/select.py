"""How dev20 was chosen (untuned): 15 Wikinews + 15 IndoSum articles, seed 20261210.

Run from the repository root: `.venv/bin/python tests/dev20/select.py`. It prints the chosen names and the pool sizes
and writes the lists to /tmp/dev20sel/ (the draw itself is `tests/draw_untuned.py`). Sets made after dev20 (and dev20
itself) are left out of "used", so the draw stays the one of 2026-12-04 (seventeenth session). The IndoSum filter asks
for one mention of a foreign state or leader in title + summary, as for dev19. The Wikinews pool had exactly 15 unused
files left, so dev20 takes all of them: no Wikinews file is left for a later draw.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(20, 20261210, min_names=1)
