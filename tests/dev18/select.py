"""How dev18 was chosen (untuned): 15 Wikinews + 15 IndoSum articles, seed 20261208.

Run from the repository root: `.venv/bin/python tests/dev18/select.py`. It prints the chosen names and the pool sizes
and writes the lists to /tmp/dev18sel/ (the draw itself is `tests/draw_untuned.py`). Sets made after dev18 (and dev18
itself) are left out of "used", so the draw stays the one of 2026-12-03 (fifteenth session).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(18, 20261208)
