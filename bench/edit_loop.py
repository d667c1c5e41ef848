"""Edit loop: time from saving one YAML edit to the rebuilt page under `factsheet serve`.

Builds a synthetic project (bench/synth.py), starts `factsheet serve` on 127.0.0.1 with a
free port, waits for the first build, then edits one sheet several times (the `role` of a
quote: it shows on the article page) and polls the article page over HTTP until the edit
appears. Every loop is bounded; the server is stopped at the end.

    python bench/edit_loop.py [--articles 1000] [--edits 5]
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, PYTHON, machine  # noqa: E402
from synth import make_project  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def wait_for(url: str, needle: str, timeout: float, interval: float = 0.02) -> float | None:
    """Seconds until `needle` is on the page at `url`, or None after `timeout`."""
    start = time.perf_counter()
    deadline = start + timeout
    while time.perf_counter() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return time.perf_counter() - start
        time.sleep(interval)
    return None


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"# Edit loop benchmark\n\n{machine()}\n")
    project = make_project(OUT / f"edit-{args.articles}", args.articles)
    sheets = sorted((project / "content" / "sheets").glob("*.yaml"))
    sheet = sheets[len(sheets) // 2]
    article_id = re.search(r"^  id: (\S+)", sheet.read_text(encoding="utf-8"), re.M).group(1)
    port = free_port()
    url = f"http://127.0.0.1:{port}/articles/{article_id}/"
    log_path = project / "serve.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen([PYTHON, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    times: list[float] = []
    try:
        start = time.perf_counter()
        first = wait_for(url, "<html", timeout=1800, interval=0.5)
        if first is None:
            raise SystemExit(f"the server did not serve {url}; see {log_path}")
        initial = time.perf_counter() - start
        print(f"initial build and first page: {initial:.1f} s ({args.articles} articles)")
        time.sleep(1.0)  # let the watcher settle
        original = sheet.read_text(encoding="utf-8")
        for n in range(1, args.edits + 1):
            marker = f"Edited role number {n} {os.getpid()}"
            text = re.sub(r'^(    role: ).*$', lambda m: f'{m.group(1)}"{marker}"', original,
                          count=1, flags=re.M)
            saved = time.perf_counter()
            sheet.write_text(text, encoding="utf-8")
            found = wait_for(url, marker, timeout=120)
            if found is None:
                print(f"edit {n}: not seen within 120 s")
                continue
            elapsed = time.perf_counter() - saved
            times.append(elapsed)
            print(f"edit {n}: {elapsed:.2f} s from save to rebuilt page")
            time.sleep(1.5)  # one edit at a time, as a person types
        sheet.write_text(original, encoding="utf-8")
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
    rebuilds = re.findall(r"Documentation built in ([0-9.]+) seconds",
                          log_path.read_text(errors="replace"))
    if times:
        print(f"\nedit loop at {args.articles} articles: median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s over {len(times)} edit(s) (target < 2 s)")
    if rebuilds:
        print(f"MkDocs' own build times (first, then rebuilds): {', '.join(rebuilds)} s")
    return {"edit_loop": {"articles": args.articles, "initial": initial, "times": times,
                          "rebuilds": rebuilds}}


if __name__ == "__main__":
    main()
