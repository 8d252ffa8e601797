"""Analysing many documents: ordered, streaming, optionally in worker processes; failures are recorded."""

from __future__ import annotations

import os
import sys
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from framing.analysis import Analysis
from framing.exceptions import FramingWarning, InputError
from framing.io import Record
from framing.pipeline import Analyzer

__all__ = ["iter_analyses"]

_CHUNK = 64


def _safe_analyze(analyzer: Analyzer, rec: Record) -> Analysis:
    """Analyse one record; an unexpected failure becomes an Analysis with ``error`` set, not a crash."""
    try:
        return analyzer.analyze(rec.text, id=rec.id, meta=rec.meta)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus run
        return Analysis(id=rec.id, text="", n_words=0, scores={}, meta=rec.meta,
                        error=f"{type(exc).__name__}: {exc}")


_WORKER: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    global _WORKER  # one Analyzer per worker process, built once
    _WORKER = analyzer


def _run_chunk(chunk: list[Record]) -> list[Analysis]:
    assert _WORKER is not None
    return [_safe_analyze(_WORKER, rec) for rec in chunk]


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    buf: list[Record] = []
    for rec in records:
        buf.append(rec)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def _as_records(items: Iterable[Any]) -> Iterator[Record]:
    for i, item in enumerate(items):
        if isinstance(item, Record):
            yield item
        elif isinstance(item, str):
            yield Record(id=str(i), text=item)
        else:
            raise InputError(f"expected Record or str documents, got {type(item).__name__} at position {i}")


def iter_analyses(
    analyzer: Analyzer,
    records: Iterable[Any],
    *,
    n_jobs: int = 1,
    progress: bool = False,
    total: int | None = None,
) -> Iterator[Analysis]:
    """Analyses in input order. ``n_jobs > 1`` uses that many processes (``-1``: one per core).

    At most a few chunks per worker are in flight, so memory stays flat however long the input is. A
    document that raises is yielded with ``error`` set and a warning naming it.
    """
    if n_jobs == 0 or n_jobs < -1:
        raise InputError(f"n_jobs must be a positive number of processes or -1, got {n_jobs}")
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    recs = _as_records(records)
    bar = _progress_bar(total) if progress else None
    try:
        if n_jobs == 1:
            stream: Iterator[Analysis] = (_safe_analyze(analyzer, r) for r in recs)
        else:
            stream = _parallel(analyzer, recs, n_jobs)
        for a in stream:
            if a.error is not None:
                warnings.warn(f"document {a.id!r} failed: {a.error}", FramingWarning, stacklevel=2)
            if bar is not None:
                bar.update(1)
            yield a
    finally:
        if bar is not None:
            bar.close()


def _parallel(analyzer: Analyzer, recs: Iterator[Record], n_jobs: int) -> Iterator[Analysis]:
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=_init_worker, initargs=(analyzer,)) as ex:
        pending: deque[Future[list[Analysis]]] = deque()
        for chunk in _chunks(recs, _CHUNK):
            pending.append(ex.submit(_run_chunk, chunk))
            if len(pending) >= 4 * n_jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _progress_bar(total: int | None) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
