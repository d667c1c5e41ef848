"""How the seventh restricted untuned sets were chosen (twenty-third session, 2026-12-04, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select7.py`. It prints the chosen files and writes
the lists to /tmp/restricted7_sel/ (the draw itself is `draw_restricted.py`). As for the first sets (select.py),
the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc6/, detik/ to detik6/) and every file a rule writer
has read (the reading samples and detik_read.txt, as in select6.py). BBC business and politics were read whole.

- bbc7: all 8 entertainment files nobody has read, 15 of the 16 unread tech files and 22 sport files at random
  (the entertainment and tech pools are nearly empty, so the categories can no longer be 15 each).
- detik7: 30 Detik files of 1,200-5,000 characters at random.

This session's rule writers read the sets that were untuned last session (bbc6, detik6, dev25) and the earlier ones.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_restricted import draw  # noqa: E402

draw(7, 20261228, 20261229, {"entertainment": 8, "sport": 22, "tech": 15})
