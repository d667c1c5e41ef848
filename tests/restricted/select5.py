"""How the fifth restricted untuned sets were chosen (twenty-first session, 2026-12-04, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select5.py`. It prints the chosen files and writes
the lists to /tmp/restricted5_sel/ (the draw itself is `draw_restricted.py`). As for the first sets (select.py),
the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc4/, detik/ to detik4/) and every file a rule writer
has read: the reading samples of the seventeenth to twentieth sessions (bbc_sample17-20.txt,
detik_sample17-20.txt) and detik_read.txt. BBC business and politics were read whole (927 files).

- bbc5: 15 entertainment, 15 sport and 15 tech files at random.
- detik5: 30 Detik files of 1,200-5,000 characters at random.

No reading sample is drawn this time: the unread pools are down to 38-130 BBC files per category and 133 Detik files,
and what is left stays unread for later sessions' untuned draws. This session's rule writers read the sets that
were untuned last session (bbc4, detik4, dev23) and the earlier samples.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_restricted import draw  # noqa: E402

draw(5, 20261222, 20261223)
