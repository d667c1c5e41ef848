"""How the eighth restricted untuned sets were chosen (twenty-fourth session, 2026-12-04, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select8.py`. It prints the chosen files and writes
the lists to /tmp/restricted8_sel/ (the draw itself is `draw_restricted.py`). As for the first sets (select.py),
the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc7/, detik/ to detik7/) and every file a rule writer
has read (the reading samples and detik_read.txt, as in select7.py). BBC business and politics were read whole.

- bbc8: 45 sport files at random. Sport is the only BBC category with unread files left (78; one tech file), so this
  set is sport alone and its row is not comparable category for category with the mixed sets before it.
- detik8: 30 Detik files of 1,000-10,000 characters at random (only 21 unread files are in the 1,200-5,000 range
  of the earlier draws; 40 of the 43 unread files are in this wider one).

This session's rule writers read the sets that were untuned last session (bbc7, detik7, dev26) and the earlier ones.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_restricted import draw  # noqa: E402

draw(8, 20261231, 20270101, {"sport": 45}, detik_chars=(1000, 10000))
