"""How dev50 was chosen (untuned): the last 13 unused IndoSum headline articles, seed 20280518, no Wikinews file.

Run from the repository root: `.venv/bin/python tests/dev50/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev50sel/ (the draw itself is `tests/draw_untuned.py`). As for dev24 to dev49 there is no
filter for foreign states or leaders in title + summary (`min_names=0`). Thirteen files: only 13
IndoSum headline files of 1,200 characters or more were left unused, and no BBC, Detik or Wikinews file is left
unread, so this is the session's only untuned set and the last one drawn this way. Drawn on 2026-12-07 (forty-seventh session) as its first
step, before any measurement.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(50, 20280518, min_names=0, n_en=0, n_id=13)
