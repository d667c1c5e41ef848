"""Shared helpers of the benchmarks: timed subprocesses with peak memory, machine facts."""
from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out"  # scratch space (git-ignored)
PYTHON = sys.executable


@dataclass
class Run:
    seconds: float
    peak_rss: int        # bytes: the largest sum over the process tree, sampled
    max_single_rss: int  # bytes: the largest single process (kernel's ru_maxrss)
    returncode: int
    stdout: str
    stderr: str

    @property
    def peak_mib(self) -> float:
        return self.peak_rss / 2**20


def run(args: list[str], cwd: Path | None = None, env: dict | None = None,
        timeout: float = 3600) -> Run:
    """Run a command; time it and sample the RSS of it and all its children every 20 ms."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    single = [0]
    done = threading.Event()

    def sample():
        try:
            parent = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not done.is_set():
            total = 0
            try:
                for p in [parent, *parent.children(recursive=True)]:
                    try:
                        rss = p.memory_info().rss
                    except psutil.Error:
                        continue
                    total += rss
                    single[0] = max(single[0], rss)
            except psutil.Error:
                pass
            peak[0] = max(peak[0], total)
            done.wait(0.02)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    thread.join()
    return Run(seconds, peak[0], single[0], proc.returncode, stdout, stderr)


def machine() -> str:
    mem = psutil.virtual_memory().total / 2**30
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cpu}, {cores} core(s), {mem:.0f} GiB RAM, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; {dt.datetime.now().isoformat(timespec='minutes')}")


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
