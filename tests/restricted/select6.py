"""How the sixth restricted untuned sets were chosen (twenty-second session, 2026-12-04, its first step).

Run from the repository root: `.venv/bin/python tests/restricted/select6.py`. It prints the chosen files and writes
the lists to /tmp/restricted6_sel/ (the draw itself is `draw_restricted.py`). As for the first sets (select.py),
the gold holds character offsets, not text.

Left out of both draws: every earlier restricted set (bbc/ to bbc5/, detik/ to detik5/) and every file a rule writer
has read: the reading samples of the seventeenth to twentieth sessions (bbc_sample17-20.txt,
detik_sample17-20.txt) and detik_read.txt. BBC business and politics were read whole (927 files).

- bbc6: 15 entertainment, 15 sport and 15 tech files at random.
- detik6: 30 Detik files of 1,200-5,000 characters at random.

No reading sample is drawn: the unread pools were down to 23 / 115 / 31 BBC files (entertainment / sport / tech) and
103 Detik files before this draw. This session's rule writers read the sets that were untuned last session (bbc5,
detik5, dev24) and the earlier ones.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_restricted import draw  # noqa: E402

draw(6, 20261225, 20261226)
