"""How dev17 was chosen (untuned): 15 Wikinews + 15 IndoSum articles, seed 20261207.

Run from the repository root: `.venv/bin/python tests/dev17/select.py`. It prints the chosen names and the pool sizes
and writes the lists to /tmp/dev17sel/ (the draw itself is `tests/draw_untuned.py`). Sets made after dev17 (and dev17
itself) are left out of "used", so the draw stays the one of 2026-12-03 (fourteenth session).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(17, 20261207)
