"""Analysing many documents: ordered, streaming, optionally in worker processes; failures are recorded.

Two entry points:

- :func:`iter_analyses` streams :class:`~framing.analysis.Analysis` objects in input order with flat memory
  (the ``framing analyze`` command writes them as they come);
- :func:`analyze_corpus` collects a run into pandas DataFrames: one row per document (metadata columns kept,
  flat score columns) and, with ``evidence=True``, the evidence table (one row per span) of the same run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from array import array
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, overload

from framing._signals import check as _check_signals
from framing.analysis import Analysis, Span
from framing.exceptions import InputError
from framing.io import (
    SKIPPED,
    Record,
    is_missing,
    record_id,
    record_text,
    skipped_record,
    warn,
    warn_duplicate_ids,
)
from framing.lexicon import Lexicon
from framing.pipeline import Analyzer
from framing.schema import RESERVED_COLUMNS, SPAN_COLUMNS, pandas_dtype
from framing.scorers.base import Scorer

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SPAN_COLUMNS", "CorpusFrames", "analyze_corpus", "count_records", "iter_analyses", "iter_records",
           "spans_frame"]

_CHUNK = 64


def _safe_analyze(analyzer: Analyzer, rec: Record) -> Analysis:
    """Analyse one record; an unexpected failure becomes an Analysis with ``error`` set, not a crash.

    A record that could not be read (``rec.error`` set) becomes its row with that error, unanalysed. Both carry
    the pipeline's score and frame keys with NaN values (:meth:`Analyzer.unanalysed`), as every document of a run
    has the same keys."""
    if rec.error is not None:
        return analyzer.unanalysed(rec.id, meta=rec.meta, error=rec.error)
    try:
        return analyzer.analyze(rec.text, id=rec.id, meta=rec.meta)
    except Exception as exc:  # one bad document must not stop a corpus run
        return analyzer.unanalysed(rec.id, meta=rec.meta, error=f"{type(exc).__name__}: {exc}")


_WORKER: Analyzer | None = None


def _init_worker(analyzer: Analyzer) -> None:
    global _WORKER  # one Analyzer per worker process, built once
    _WORKER = analyzer
    # the parent ends the run (Ctrl-C, SIGTERM, SIGHUP) and terminates its workers: a worker must neither
    # handle Ctrl-C itself (a traceback per worker) nor inherit the parent's handlers for the others
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


_SPAN_FIELDS = tuple(f.name for f in fields(Span))  # the constructor's order, for packing spans as tuples


def _pack(a: Analysis) -> dict[str, Any]:
    """An Analysis as plain picklable data (its mappings are read-only proxies), without the text.

    Spans travel as tuples of their fields: pickling a hundred frozen dataclasses per article costs more than
    the analysis saves in a second process.
    """
    d = {f.name: getattr(a, f.name) for f in fields(a)}
    for name in Analysis.MAPPING_FIELDS:
        d[name] = dict(d[name])
    d["text"] = None
    d["spans"] = [tuple([getattr(s, f) for f in _SPAN_FIELDS]) for s in a.spans]
    return d


def _unpack(d: dict[str, Any], rec: Record) -> Analysis:
    d["text"] = "" if d["error"] is not None else rec.text
    d["spans"] = tuple([Span(*values) for values in d["spans"]])
    return Analysis(**d)


def _run_chunk(chunk: list[Record]) -> list[dict[str, Any]]:
    assert _WORKER is not None
    return [_pack(_safe_analyze(_WORKER, rec)) for rec in chunk]


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
    return _iter_items(items, "text", None)


def iter_analyses(
    analyzer: Analyzer,
    records: Iterable[Any],
    *,
    n_jobs: int = 1,
    progress: bool = False,
    total: int | None = None,
    progress_delay: float = 0.0,
) -> Iterator[Analysis]:
    """Analyses in input order. ``n_jobs > 1`` uses that many processes (``-1``: one per core).

    At most a few chunks per worker are in flight, so memory stays flat however long the input is. A
    document that raises is yielded with ``error`` set and a warning naming it. ``progress`` shows a tqdm bar
    on standard error (``total`` documents if known), which appears only once the run has lasted
    ``progress_delay`` seconds.
    """
    if n_jobs == 0 or n_jobs < -1:
        raise InputError(f"n_jobs must be a positive number of processes or -1, got {n_jobs}")
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    recs = _as_records(records)
    bar = _progress_bar(total, progress_delay) if progress else None
    stream: Generator[Analysis, None, None] = ((_safe_analyze(analyzer, r) for r in recs) if n_jobs == 1
                                               else _parallel(analyzer, recs, n_jobs))
    try:
        for a in stream:
            # a SIGTERM whose exception Python dropped (it came while a worker was being forked) ends the run
            # here, before this document is passed on and before the output is committed (framing._signals)
            _check_signals()
            if a.error is not None and not a.error.startswith(SKIPPED):  # skipped records warned when read
                warn(f"document {a.id!r} failed: {a.error}")
            if bar is not None:
                bar.update(1)
            yield a
        _check_signals()
    finally:
        stream.close()  # ends the worker processes now, whatever stopped the run
        if bar is not None:
            bar.close()


def _parallel(analyzer: Analyzer, recs: Iterator[Record], n_jobs: int) -> Generator[Analysis, None, None]:
    ex = ProcessPoolExecutor(max_workers=n_jobs, initializer=_init_worker, initargs=(analyzer,))
    finished = False
    try:
        pending: deque[tuple[list[Record], Future[list[dict[str, Any]]]]] = deque()
        for chunk in _chunks(recs, _CHUNK):
            pending.append((chunk, ex.submit(_run_chunk, chunk)))  # may start a worker (a fork)
            _check_signals()
            if len(pending) >= 4 * n_jobs:
                done, fut = pending.popleft()
                yield from map(_unpack, fut.result(), done)
        while pending:
            done, fut = pending.popleft()
            yield from map(_unpack, fut.result(), done)
        finished = True
    finally:
        if finished:
            ex.shutdown(wait=True)
        else:  # an error, a signal or an abandoned iterator: end the workers now, not after their chunks
            _terminate(ex)


_GRACE = 2.0


def _terminate(ex: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what is queued, give the workers ``_GRACE`` seconds to finish the chunk in hand
    and exit, then terminate (and if need be kill) the rest. No worker outlives the run."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    with contextlib.suppress(Exception):
        ex.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + _GRACE
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(timeout=max(0.0, deadline - time.monotonic()))
    for p in procs:
        with contextlib.suppress(Exception):
            if p.is_alive():
                p.terminate()
                p.join(timeout=2)
            if p.is_alive():
                p.kill()
                p.join(timeout=2)


def _progress_bar(total: int | None, delay: float = 0.0) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, delay=delay, smoothing=0.1)


# --- inputs ------------------------------------------------------------------------------------------------

_ACCEPTED = ("an iterable of str, dicts or framing.Record, a pandas DataFrame or Series, or a path to a .txt "
             "file, a folder of them, or a .csv/.tsv/.jsonl/.json/.parquet file")


def _is_dataframe(obj: Any) -> bool:
    mod = type(obj).__module__
    return mod.startswith("pandas") and type(obj).__name__ == "DataFrame"


def _is_series(obj: Any) -> bool:
    mod = type(obj).__module__
    return mod.startswith("pandas") and type(obj).__name__ == "Series"


def _check_path(data: str | os.PathLike[str]) -> Path:
    path = Path(data)
    try:
        exists = path.exists()
    except (OSError, ValueError):  # a long text or one with NUL is not a path
        exists = False
    if not exists:
        shown = str(data)
        shown = shown[:60] + "…" if len(shown) > 60 else shown
        raise InputError(f"analyze_corpus() expects {_ACCEPTED}; got the string {shown!r}, which is not an existing "
                         "file or folder (to analyse one text, use framing.analyze())")
    return path


def _dict_record(obj: Mapping[str, Any], i: int, text_column: str, id_column: str | None, first: bool) -> Record:
    """The same rules as a JSONL line: a missing text or id key stops the run on the first item, later items
    and null or non-string texts are skipped records; a null id is the item's position."""
    id_key = id_column or "id"
    rid = record_id(obj.get(id_key), str(i))
    meta = {k: v for k, v in obj.items() if k != text_column and k != id_key}
    for kind, key in (("text", text_column), ("id", id_column)):
        if key and key not in obj:
            if first:
                cols = ", ".join(repr(k) for k in obj) or "(none)"
                raise InputError(f"document {i}: no {kind} key {key!r}; its keys are {cols}")
            return skipped_record(rid, f"no {kind} key {key!r}", f"document {i}", meta)
    text, why = record_text(obj[text_column], text_column)
    if why is not None:
        return skipped_record(rid, why, f"document {i}", meta)
    return Record(id=rid, text=text, meta=meta)


def _iter_items(items: Iterable[Any], text_column: str, id_column: str | None) -> Iterator[Record]:
    """Records from the items of an iterable: str (the text), dict (as a JSONL line) or Record.

    A null item (None, NaN, pd.NA) is a skipped record, as a null cell of a Series is; an item of any other type
    is a wrong argument (an InputError naming its position and type)."""
    first = True  # no dict read yet: a missing key is a wrong text_column/id_column
    for i, item in enumerate(items):
        if isinstance(item, Record):
            yield item
        elif isinstance(item, str):
            yield Record(id=str(i), text=item)
        elif isinstance(item, Mapping):
            rec = _dict_record(item, i, text_column, id_column, first)
            first = first and rec.error is not None
            yield rec
        elif is_missing(item):  # the one null rule (README, "Data safety"): a skipped row, the run goes on
            yield skipped_record(str(i), "'text' is null", f"item {i}")
        else:
            raise InputError(f"analyze_corpus() expects {_ACCEPTED}; item {i} is a {type(item).__name__}")


def _is_missing(value: Any) -> bool:
    """Whether a cell is None, NaN, NaT or pd.NA."""
    return is_missing(value)


def _iter_dataframe(df: Any, text_column: str, id_column: str | None) -> Iterator[Record]:
    cols = [str(c) for c in df.columns]
    if text_column not in cols:
        raise InputError(f"DataFrame: no text column {text_column!r}; the columns are "
                         f"{', '.join(repr(c) for c in cols) or '(none)'}")
    if id_column and id_column not in cols:
        raise InputError(f"DataFrame: no id column {id_column!r}; the columns are {', '.join(repr(c) for c in cols)}")
    id_key = id_column or ("id" if "id" in cols else None)
    t_i = cols.index(text_column)
    id_i = cols.index(id_key) if id_key else -1
    meta_idx = [j for j in range(len(cols)) if j not in (t_i, id_i)]
    for n, row in enumerate(df.itertuples(index=True, name=None)):
        label, values = row[0], row[1:]
        rid = record_id(values[id_i], str(label)) if id_i >= 0 else str(label)
        meta = {cols[j]: values[j] for j in meta_idx}
        text, why = record_text(values[t_i], text_column)
        if why is not None:  # null (None, NaN, pd.NA) or not a string: a skipped row, as in every input kind
            yield skipped_record(rid, why, f"DataFrame row {label!r} (position {n})", meta)
            continue
        yield Record(id=rid, text=text, meta=meta)


def _iter_series(series: Any) -> Iterator[Record]:
    for n, (label, value) in enumerate(series.items()):
        text, why = record_text(value, "text")
        if why is not None:
            yield skipped_record(str(label), why, f"Series item {label!r} (position {n})")
            continue
        yield Record(id=str(label), text=text)


def iter_records(
    data: Any,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    on_error: str = "stop",
) -> Iterator[Record]:
    """Records from anything :func:`analyze_corpus` accepts, lazily.

    Ids: ``id_column`` if given; else an ``"id"`` key or column when there is one; else the DataFrame or
    Series index label, the line or row number of a file (see :func:`framing.io.read_inputs`), or the
    position in an iterable (from 0). Every other key or column is kept as metadata.
    """
    if isinstance(data, (str, os.PathLike)):
        from framing.io import read_inputs

        path = _check_path(data)
        return read_inputs([path], text_column=text_column, id_column=id_column, encoding_errors=encoding_errors,
                           on_error=on_error)
    if _is_dataframe(data):
        return warn_duplicate_ids(_iter_dataframe(data, text_column, id_column), "DataFrame rows", start=0)
    if _is_series(data):
        return warn_duplicate_ids(_iter_series(data), "Series items", start=0)
    if isinstance(data, (bytes, Mapping)) or not isinstance(data, Iterable):
        raise InputError(f"analyze_corpus() expects {_ACCEPTED}; got {type(data).__name__}")
    return warn_duplicate_ids(_iter_items(data, text_column, id_column), "items", start=0)


def count_records(data: Any) -> int | None:
    """How many documents ``data`` holds, when that is cheap to know (for a progress bar); else ``None``.

    Counts sized containers, the lines of a JSONL file, the rows of a Parquet file and the ``.txt`` files of
    a folder. CSV and TSV files are not counted (a quoted cell may hold line breaks), nor JSON arrays.
    """
    if isinstance(data, Sized) and not isinstance(data, (str, bytes)):
        return len(data)
    if not isinstance(data, (str, os.PathLike)):
        return None
    path = Path(data)
    try:
        if path.is_dir():
            return sum(1 for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".txt", ".text", ".md"))
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            n = 0
            with open(path, "rb") as f:
                for line in f:
                    n += bool(line.strip())
            return n
        if suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        if (suffix in (".txt", ".text", ".md") or not suffix) and path.is_file():
            return 1
    except Exception:  # only a progress hint; the reader reports real problems
        return None
    return None


# --- frames ------------------------------------------------------------------------------------------------


class CorpusFrames(NamedTuple):
    """What ``analyze_corpus(..., evidence=True)`` returns: unpack it as ``docs, spans = ...``.

    ``documents`` has one row per document in input order (indexed like the input for a pandas DataFrame or
    Series, else ``0..n-1``); ``spans`` one row per evidence span, whose ``doc_index`` column is the position of
    its document: ``docs.iloc[spans.doc_index]`` joins them.
    """

    documents: pd.DataFrame
    spans: pd.DataFrame


class _Collector:
    """Builds the two frames column by column: a large run keeps per document its id, length and error in
    lists, one float per score, and a metadata dict only when it has metadata; not a dict of every score
    (100,000 short texts held ~1 GB that way, ten times the final frame).

    When the number of documents is known (``expected``: a list, DataFrame or Series), the declared scores are
    written straight into one ``(scores, documents)`` block, allocated empty (its pages are taken as they are
    written) and handed to the documents frame as its float block without a copy: building the frame no longer
    holds every score twice. Otherwise (a stream of unknown length, or more documents than expected) each score
    column is a typed array, copied once into the frame.
    """

    def __init__(self, evidence: bool, score_names: Iterable[str] = (), expected: int | None = None) -> None:
        self.ids: list[Any] = []
        self.n_words = array("q")
        self.languages: list[str] = []
        self.errors: list[str | None] = []
        self.metas: list[dict[str, Any]] = []
        self.meta_cols: dict[str, None] = {}
        declared = tuple(dict.fromkeys(score_names))
        self.block: Any = None  # numpy (declared scores, expected documents), or None: typed arrays
        self.block_rows: dict[str, int] = {}
        if expected and declared:
            import numpy as np

            self.block = np.empty((len(declared), expected))
            self.block_rows = {k: i for i, k in enumerate(declared)}
            self._nan_values = [_NAN] * len(declared)
        # scores without a block row (all of them without a block; else only undeclared ones), in column order
        self.score_cols: dict[str, array] = {} if self.block is not None else {k: array("d") for k in declared}
        self.evidence = evidence
        self.span_cols: dict[str, list[Any]] = {c: [] for c in SPAN_COLUMNS}

    def _leave_block(self) -> None:
        """More documents than expected: the block's rows become typed arrays (declared scores first)."""
        n = len(self.ids)
        cols = {k: array("d", self.block[i, :n].tobytes()) for k, i in self.block_rows.items()}
        self.score_cols = {**cols, **self.score_cols}
        self.block = None
        self.block_rows = {}

    def add(self, a: Analysis) -> None:
        row = a.to_row()
        scores = a.scores
        doc_index = len(self.ids)
        if self.block is not None and doc_index >= self.block.shape[1]:
            self._leave_block()
        block_rows = self.block_rows
        values = self._nan_values.copy() if self.block is not None else None
        cols = self.score_cols
        meta: dict[str, Any] = _NO_META
        for key, value in row.items():
            if key in scores:
                r = block_rows.get(key)
                if r is not None:
                    values[r] = _NAN if value is None else float(value)  # type: ignore[index]
                    continue
                col = cols.get(key)
                if col is None:
                    col = cols[key] = array("d", _NAN_ROW * doc_index)
                col.append(_NAN if value is None else float(value))
            elif key not in RESERVED_COLUMNS:
                if meta is _NO_META:
                    meta = {}
                meta[key] = value
                if key not in self.meta_cols:
                    self.meta_cols[key] = None
        if values is not None:
            self.block[:, doc_index] = values
        for col in cols.values():
            if len(col) == doc_index:  # a score this document does not have (a failed document): NaN
                col.append(_NAN)
        self.ids.append(row["id"])
        self.n_words.append(row["n_words"])
        self.languages.append(row["language"])
        self.errors.append(row["error"])
        self.metas.append(meta)
        if self.evidence:
            c = self.span_cols
            for s in a.spans:
                c["doc_index"].append(doc_index)
                c["id"].append(a.id)
                for name, value in s.to_row().items():
                    c[name].append(value)

    def documents(self) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        n = len(self.ids)
        scores = {k: np.frombuffer(v, dtype=np.float64) if n else np.zeros(0) for k, v in self.score_cols.items()}
        # the metadata's dtypes inferred as pandas infers them from records (as the one frame of dicts did)
        meta = pd.DataFrame(self.metas, columns=list(self.meta_cols)) if self.meta_cols else None
        head = {"id": pd.Series(self.ids, dtype=object).astype(str),
                "n_words": np.frombuffer(self.n_words, dtype=np.int64) if n else np.zeros(0, dtype=np.int64),
                "language": pd.Series(self.languages, dtype=object).astype(str)}
        if self.block is not None:
            # the block is the frame's float block as it is (no copy); undeclared scores follow it
            names = list(self.block_rows)
            parts = [pd.DataFrame(head), meta, pd.DataFrame({"error": pd.Series(self.errors, dtype=object)}),
                     pd.DataFrame(self.block[:, :n].T, columns=names, copy=False)]
            if scores:
                parts.append(pd.DataFrame(scores, columns=list(scores)))
            return pd.concat(parts, axis=1)
        if meta is None or self.meta_cols.keys().isdisjoint(scores):
            # one frame built from whole columns: each float column is copied once, into the frame's block
            cols = {**head, **({} if meta is None else {k: meta[k] for k in meta.columns}),
                    "error": pd.Series(self.errors, dtype=object), **scores}
            return pd.DataFrame(cols, columns=list(cols))
        # a metadata key named like a score (a failed document has no scores to rename it against): both kept
        parts = [pd.DataFrame(head), meta, pd.DataFrame({"error": pd.Series(self.errors, dtype=object)}),
                 pd.DataFrame(scores, columns=list(scores))]
        return pd.concat(parts, axis=1)

    def spans(self) -> pd.DataFrame:
        return _spans_dataframe(self.span_cols)


_NAN = float("nan")
_NAN_ROW = (_NAN,)
_NO_META: dict[str, Any] = {}  # shared by the documents without metadata; never written


def _spans_dataframe(cols: Mapping[str, list[Any]]) -> pd.DataFrame:
    import pandas as pd

    data = {c: pd.Series(cols[c], dtype=pandas_dtype(c)) for c in SPAN_COLUMNS}
    return pd.DataFrame(data, columns=list(SPAN_COLUMNS))


def spans_frame(analyses: Iterable[Analysis]) -> pd.DataFrame:
    """The evidence table of ``analyses``: one row per span, columns :data:`SPAN_COLUMNS`."""
    col = _Collector(evidence=True)
    for a in analyses:
        col.add(a)
    return col.spans()


# --- the corpus API ----------------------------------------------------------------------------------------


@overload
def analyze_corpus(
    data: Any,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    scorers: Sequence[str | Scorer] | None = ...,
    n_jobs: int = ...,
    progress: bool = ...,
    lexicons: Sequence[Lexicon | str | Path] | None = ...,
    builtin_lexicons: bool = ...,
    analyzer: Analyzer | None = ...,
    evidence: Literal[False] = ...,
    encoding_errors: str = ...,
    on_error: str = ...,
) -> pd.DataFrame: ...


@overload
def analyze_corpus(
    data: Any,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    scorers: Sequence[str | Scorer] | None = ...,
    n_jobs: int = ...,
    progress: bool = ...,
    lexicons: Sequence[Lexicon | str | Path] | None = ...,
    builtin_lexicons: bool = ...,
    analyzer: Analyzer | None = ...,
    evidence: Literal[True],
    encoding_errors: str = ...,
    on_error: str = ...,
) -> CorpusFrames: ...


def analyze_corpus(
    data: Any,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    scorers: Sequence[str | Scorer] | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    analyzer: Analyzer | None = None,
    evidence: bool = False,
    encoding_errors: str = "strict",
    on_error: str = "stop",
) -> pd.DataFrame | CorpusFrames:
    """Analyse many documents into a pandas DataFrame, one row per document, in input order.

    Parameters
    ----------
    data:
        An iterable of str (ids ``"0"``, ``"1"``, …), of dicts (``text_column`` holds the text, other keys are
        metadata) or of :class:`~framing.io.Record`; a pandas DataFrame (other columns are metadata, ids from
        ``id_column``, an ``id`` column, or the index) or Series; or a path (str or :class:`~pathlib.Path`) to a
        ``.txt`` file, a folder of ``.txt`` files, or a ``.csv``, ``.tsv``, ``.jsonl``, ``.json`` (an array of
        objects) or ``.parquet`` file (see :func:`framing.io.read_inputs`).
    scorers, lexicons, builtin_lexicons:
        Configure the :class:`~framing.pipeline.Analyzer` as in :func:`framing.analyze`; or pass a ready
        ``analyzer`` instead.
    n_jobs:
        Worker processes (``-1``: one per core). Results are identical and in the same order for any value.
    progress:
        Show a tqdm progress bar on standard error.
    evidence:
        Also return the evidence table: the result is then a :class:`CorpusFrames` ``(documents, spans)``.
    on_error:
        A malformed CSV row: ``"stop"`` (an :class:`~framing.exceptions.InputError` naming file and line) or
        ``"skip"`` (a row with its ``error``). Every input record is one row; one that cannot be read (a null
        text, a broken JSONL line...) has ``error`` = ``"skipped: <why>"``.

    Returns
    -------
    The documents frame: ``id``, ``n_words``, ``language`` (the ISO 639-1 code the language detector gave: a
    document not in English has NaN scores and ``error`` ``None``), the metadata columns (a metadata key that
    clashes with ``id``, ``n_words``, ``language``, ``error`` or a score name is renamed ``meta_<key>``),
    ``error`` (``None``, or why the
    document failed: its scores are then NaN), then one float column per flat score (``loaded_index``,
    ``<category>_count``, ``<category>_per_1k``, …). With ``evidence=True``, a :class:`CorpusFrames` whose
    ``spans`` frame has the columns :data:`SPAN_COLUMNS`, one row per span, where
    ``text == document_text[start:end]``. The documents frame keeps the index of an input DataFrame or Series
    (as :func:`framing.dask.analyze_dataframe` does); otherwise it is ``0..n-1``.

    >>> docs = analyze_corpus(["The regime slammed it.", "Officials said so."], lexicons=["tests/data/lex/mini.tsv"],
    ...                       builtin_lexicons=False)  # doctest: +SKIP
    >>> docs, spans = analyze_corpus(df, text_column="body", evidence=True)  # doctest: +SKIP
    """
    if analyzer is None:
        analyzer = Analyzer(scorers=scorers, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    elif scorers is not None or lexicons is not None:
        raise InputError("analyze_corpus(): pass either analyzer= or scorers=/lexicons=, not both")
    total = count_records(data) if progress else None
    records = iter_records(data, text_column=text_column, id_column=id_column, encoding_errors=encoding_errors,
                           on_error=on_error)
    expected = len(data) if _is_dataframe(data) or _is_series(data) or isinstance(data, (list, tuple)) else None
    collector = _Collector(evidence, analyzer.score_names, expected)
    for a in iter_analyses(analyzer, records, n_jobs=n_jobs, progress=progress, total=total):
        collector.add(a)
    docs = collector.documents()
    if (_is_dataframe(data) or _is_series(data)) and len(data.index) == len(docs):
        docs.index = data.index.copy()  # the input's index, as Dask keeps it
    if evidence:
        return CorpusFrames(docs, collector.spans())
    return docs
