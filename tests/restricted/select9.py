"""How the ninth restricted untuned sets were chosen (twenty-fifth session, 2026-12-05, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select9.py`. It prints the chosen files and writes
the lists to /tmp/restricted9_sel/ (the draw itself is `draw_restricted.py`). As for the first sets (select.py),
the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc8/, detik/ to detik8/) and every file a rule writer
has read (the reading samples and detik_read.txt, as in select7.py).

- bbc9: every unread BBC file: the 33 sport files left and the one tech file. After it, no BBC file is unread.
- detik9: every unread Detik file, whatever its length (13). After it, no Detik file is unread.

So both sets are smaller than the earlier 45/30, and their rows have wider intervals. This session's rule writers
read the sets that were untuned last session (bbc8, detik8, dev27) and the earlier ones.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_restricted import draw  # noqa: E402

draw(9, 20270201, 20270202, {"sport": 33, "tech": 1}, detik_chars=(1, 10**7), detik_count=13)
