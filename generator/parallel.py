"""Run one pure per-article function over many articles: in this process, on local cores,
or on a Dask distributed cluster. Results always come back in input order, so the output
does not depend on where (or in how many processes) the work ran.

Memory stays flat as the corpus grows: paths are sent in small chunks and at most a few
chunks per worker are in flight; each result is yielded as soon as its turn comes, so the
caller can write it and let it go.

    for result in map_articles(partial(extract_one, content_dir=root), paths, jobs=0):
        write(result)

`fn` must be picklable (a module-level function, or `functools.partial` of one) and take
one path. On a Dask cluster, the workers need this package installed and the paths must
be readable there (the same folder, or shared storage).
"""
from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")
P = TypeVar("P")

# Chunks in flight per worker: enough to keep every worker busy, few enough to stay small.
IN_FLIGHT_PER_WORKER = 4


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the whole machine)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """0 or None: all cores; a negative number: all cores but that many; else as given."""
    if not jobs:
        return cpu_count()
    if jobs < 0:
        return max(1, cpu_count() + jobs)
    return jobs


def chunk_size(count: int, workers: int) -> int:
    """Big enough that a chunk outweighs its scheduling cost, small enough to balance load."""
    if workers <= 1:
        return max(1, count)
    return max(1, min(64, count // (workers * 8) or 1))


def _run_chunk(fn: Callable[[P], T], chunk: Sequence[P]) -> list[T]:
    return [fn(item) for item in chunk]


def _chunks(items: Sequence[P], size: int) -> Iterator[list[P]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def map_articles(fn: Callable[[P], T], paths: Iterable[P], jobs: int | None = 0,
                 executor: str = "local", scheduler: str | None = None,
                 chunksize: int | None = None) -> Iterator[T]:
    """Yield `fn(path)` for every path, in input order.

    executor="local": jobs=1 runs in this process; otherwise a process pool of `jobs`
    workers (0 = all cores). executor="dask": a `distributed.Client` on `scheduler`
    (an address such as tcp://host:8786), or a local cluster of `jobs` workers when no
    scheduler is given.
    """
    items = list(paths)
    if executor == "dask":
        yield from _map_dask(fn, items, jobs, scheduler, chunksize)
        return
    if executor != "local":
        raise ValueError(f"unknown executor {executor!r} (local or dask)")
    workers = min(resolve_jobs(jobs), max(1, len(items)))
    if workers <= 1 or len(items) <= 1:
        for item in items:
            yield fn(item)
        return
    yield from _map_processes(fn, items, workers, chunksize)


def _map_processes(fn, items, workers, chunksize) -> Iterator:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = chunksize or chunk_size(len(items), workers)
    # forkserver: safe even when the caller has threads (a progress bar, a server); the
    # server imports the extractor once and forks every worker from there.
    try:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["generator.extract_command", "generator.extract.pipeline"])
    except ValueError:  # no forkserver on this platform
        context = multiprocessing.get_context()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        chunks = _chunks(items, size)
        limit = workers * IN_FLIGHT_PER_WORKER
        try:
            for chunk in chunks:
                pending.append(pool.submit(_run_chunk, fn, chunk))
                if len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _map_dask(fn, items, jobs, scheduler, chunksize) -> Iterator:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--executor dask needs Dask: pip install 'factsheet[dask]'") from None

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=resolve_jobs(jobs), threads_per_worker=1,
                               host="127.0.0.1", dashboard_address=None, processes=True)
        client = Client(cluster)
    try:
        workers = max(1, sum(client.nthreads().values()))
        size = chunksize or chunk_size(len(items), workers)
        limit = workers * IN_FLIGHT_PER_WORKER
        pending: deque = deque()
        try:
            for chunk in _chunks(items, size):
                pending.append(client.submit(_run_chunk, fn, chunk, pure=False))
                if len(pending) >= limit:
                    future = pending.popleft()
                    yield from future.result()
                    future.release()
            while pending:
                future = pending.popleft()
                yield from future.result()
                future.release()
        finally:
            for future in pending:
                future.cancel()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_articles(files: Sequence, content_dir, jobs: int | None = 0, executor: str = "local",
                     scheduler: str | None = None, on_result: Callable[[], None] | None = None
                     ) -> Iterator:
    """`extract_command.extract_one` over `files`, streamed in input order.

    Results carry the paths exactly as given; on Dask the workers get absolute paths (their
    working folder is not ours), and problems are reported relative to ours again.
    """
    from dataclasses import replace
    from functools import partial
    from pathlib import Path

    from .errors import display_path
    from .extract_command import extract_one

    files = list(files)
    remote = executor == "dask"
    sent = [Path(p).resolve() for p in files] if remote else files
    fn = partial(extract_one, content_dir=Path(content_dir).resolve() if remote else Path(content_dir))
    for original, result in zip(files, map_articles(fn, sent, jobs, executor, scheduler)):
        if remote:
            result.path = original
            if result.problem is not None and Path(result.problem.path).is_absolute():
                result.problem = replace(result.problem, path=display_path(original))
        if on_result is not None:
            on_result()
        yield result
