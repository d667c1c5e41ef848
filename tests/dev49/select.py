"""How dev49 was chosen (untuned): 30 IndoSum headline articles, seed 20280504, and no Wikinews file (none is left).

Run from the repository root: `.venv/bin/python tests/dev49/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev49sel/ (the draw itself is `tests/draw_untuned.py`). As for dev24 to dev48 there is no
filter for foreign states or leaders in title + summary (`min_names=0`). Thirty files: no BBC, Detik or Wikinews file
is left unread, so this is the session's only untuned set. Drawn on 2026-12-07 (forty-sixth session) as its first
step, before any measurement.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(49, 20280504, min_names=0, n_en=0, n_id=30)
