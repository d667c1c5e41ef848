"""How dev51 was chosen (untuned): 30 IndoSum articles from the categories other than headlines, seed 20280601.

Run from the repository root: `.venv/bin/python tests/dev51/select.py`. It prints the chosen names and the pool sizes
and writes the list to /tmp/dev51sel/ (the draw itself is `tests/draw_untuned.py`). dev50 took the last unused IndoSum
headline ('tajuk utama') file of 1,200 characters or more, so this is the first set drawn from the other categories:
sport, show business, technology, entertainment and inspiration, in proportion to their unused files. These are less
clean news than the headlines (more listicles, gossip, product copy and match reports), and the set says so wherever
its rows are reported. As for dev24 to dev50 there is no filter for foreign states or leaders (`min_names=0`), and no
Wikinews file is left (`n_en=0`). Drawn on 2026-12-07 (forty-eighth session) as its first step, before any
measurement.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from draw_untuned import draw  # noqa: E402

draw(51, 20280601, min_names=0, n_en=0, n_id=30,
     categories=("olahraga", "showbiz", "teknologi", "hiburan", "inspirasi"))
