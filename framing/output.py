"""Writing analyses as JSON, JSONL, CSV or Parquet: streaming, atomic, to a file or standard output.

Every writer consumes the analyses one at a time and keeps at most one Parquet row group (``row_group_size``
documents) in memory, so a corpus of any length is written with flat memory. Files appear atomically: an
interrupted run leaves no partial file. Besides the per-document output, :func:`write_analyses` can write the
evidence table (one row per span, columns :data:`SPAN_COLUMNS`) of the same run to a second file.

Tabular outputs (CSV, Parquet) take their columns from the first document (``id``, ``n_words``, ``language``,
metadata, ``error``, then the flat scores); a column that first appears later is dropped with a warning naming it. In
Parquet the scores are ``float64``; a metadata value that does not fit the type its column got from the first
row group is converted (to text, or to a number) or left empty, with a warning.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from framing.analysis import Analysis
from framing.exceptions import InputError
from framing.io import SKIPPED, atomic_writer, check_outputs, neutralize_formula, warn
from framing.schema import SPAN_COLUMNS, SPAN_TYPES

__all__ = ["FORMATS", "SPAN_COLUMNS", "SPAN_FORMATS", "WriteSummary", "csv_tables", "document_row", "span_rows",
           "write_analyses"]

FORMATS = ("json", "jsonl", "csv", "parquet")
#: Formats of the evidence table, chosen by the file suffix.
SPAN_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_ROW_GROUP = 2048
#: Evidence rows are small and many (about 100 per news article): bigger row groups keep the Parquet footer,
#: which holds metadata for every row group until the file is closed, small.
_SPAN_ROW_GROUP = 65536


@dataclass
class WriteSummary:
    """What a run wrote: ``total`` document rows = ``analysed`` + ``skipped`` (records that could not be read)
    + ``failed`` (analyses that raised); ``spans`` evidence rows."""

    total: int = 0
    failed: int = 0
    spans: int = 0
    skipped: int = 0

    @property
    def analysed(self) -> int:
        return self.total - self.failed - self.skipped

    def line(self) -> str:
        """The run's summary line: the three counts add up to the input records."""
        return (f"{self.total} document(s) in the input: {self.analysed} analysed, {self.skipped} skipped, "
                f"{self.failed} failed")

    def count(self, a: Analysis) -> None:
        self.total += 1
        if a.error is not None:
            if a.error.startswith(SKIPPED):
                self.skipped += 1
            else:
                self.failed += 1


@contextlib.contextmanager
def _open(path: str, *, newline: str | None = None) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_writer(path, newline=newline) as f:
            yield f


def _json_safe(v: Any) -> Any:
    """A value JSON can hold: NaN and infinities become null, bytes text (undecodable bytes as ``\\xNN``),
    other objects their ``str``."""
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if v is None or isinstance(v, (str, int, bool)):
        return v
    if isinstance(v, Mapping):
        return {str(k): _json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_safe(x) for x in v]
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).decode("utf-8", errors="backslashreplace")
    item = getattr(v, "item", None)  # numpy scalars
    if callable(item):
        with contextlib.suppress(Exception):
            return _json_safe(item())
    return str(v)


def _dumps(d: Mapping[str, Any]) -> str:
    try:
        return json.dumps(d, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError):  # NaN/Infinity or bytes in the metadata: one bad value must not stop a run
        return json.dumps(_json_safe(d), ensure_ascii=False, allow_nan=False)


def _cell(v: Any) -> Any:
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", errors="backslashreplace")
    return v if isinstance(v, (str, int, float, bool)) or v is None else _dumps(_json_safe(v))


def document_row(a: Analysis) -> dict[str, Any]:
    """One tabular row: ``id``, ``n_words``, ``language``, metadata (non-scalar values as JSON text), ``error``,
    the scores.

    A metadata key that clashes with ``id``, ``n_words``, ``language``, ``error`` or a score name is written as
    ``meta_<key>`` (:meth:`~framing.analysis.Analysis.to_row`).
    """
    return {k: _cell(v) for k, v in a.to_row().items()}


def span_rows(a: Analysis, doc_index: int) -> Iterator[dict[str, Any]]:
    """The evidence rows of one analysis (columns :data:`SPAN_COLUMNS`; alternatives joined with ``|``)."""
    for s in a.spans:
        yield {"doc_index": doc_index, "id": a.id, **s.to_row()}


# --- tabular sinks -----------------------------------------------------------------------------------------


class _Columns:
    """Fixes the columns from the first row; warns once for each column that appears only later."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.names: list[str] | None = None
        self._known: set[str] = set()
        self._warned: set[str] = set()

    def fix(self, row: Mapping[str, Any]) -> list[str]:
        if self.names is None:
            self.names = list(row)
            self._known = set(self.names)
        return self.names

    def check(self, row: Mapping[str, Any], n: int) -> None:
        for k in row:
            if k not in self._known and k not in self._warned:
                self._warned.add(k)
                warn(f"{self.where}: column {k!r} first appears in row {n}, after the columns were fixed "
                     "by the first row; it is not written")


class _CsvSink:
    def __init__(self, f: IO[str], where: str, *, neutralize: bool) -> None:
        self.f = f
        self.cols = _Columns(where)
        self.neutralize = neutralize
        self.writer: csv.DictWriter[str] | None = None
        self.n = 0

    def add(self, row: dict[str, Any]) -> None:
        self.n += 1
        if self.writer is None:
            self.writer = csv.DictWriter(self.f, fieldnames=self.cols.fix(row), restval="", extrasaction="ignore")
            self.writer.writeheader()
        else:
            self.cols.check(row, self.n)
        if self.neutralize:
            row = {k: neutralize_formula(v) for k, v in row.items()}
        self.writer.writerow(row)

    def close(self) -> None:
        pass


class _JsonlSink:
    def __init__(self, f: IO[str]) -> None:
        self.f = f

    def add(self, row: dict[str, Any]) -> None:
        self.f.write(_dumps(row) + "\n")

    def close(self) -> None:
        pass


class _ParquetSink:
    """Row groups of ``row_group_size`` rows through one ``pyarrow.parquet.ParquetWriter``.

    The schema comes from the first row group: ``float64`` for the ``float_columns`` (the scores), ``string``
    for columns that were empty there, pyarrow's inference for the rest.
    """

    def __init__(self, f: IO[bytes], where: str, *, float_columns: Callable[[], set[str]] | None = None,
                 fixed_schema: Any = None, row_group_size: int = _ROW_GROUP) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:  # pragma: no cover
            raise InputError("Parquet output needs pyarrow (pip install 'framing[parquet]')") from None
        self.pa, self.pq = pa, pq
        self.f = f
        self.where = where
        self.cols = _Columns(where)
        self.float_columns = float_columns
        self.schema = fixed_schema
        self.size = row_group_size
        self.buf: dict[str, list[Any]] = {}  # column-wise: far less memory than one dict per row
        self.n_buf = 0
        self.writer: Any = None
        self.n = 0
        self._closed = False
        self._warned: set[str] = set()

    def add(self, row: dict[str, Any]) -> None:
        self.n += 1
        if self.cols.names is None:
            self.buf = {name: [] for name in self.cols.fix(row)}
        else:
            self.cols.check(row, self.n)
        get = row.get
        for name, values in self.buf.items():
            values.append(get(name))
        self.n_buf += 1
        if self.n_buf >= self.size:
            self._flush()

    def _infer(self) -> Any:
        pa = self.pa
        names = self.cols.names or []
        floats = self.float_columns() if self.float_columns else set()
        fields = []
        for name in names:
            if name in floats:
                fields.append(pa.field(name, pa.float64()))
                continue
            try:
                typ = pa.array(self.buf[name]).type
            except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
                typ = pa.string()
            if pa.types.is_null(typ):
                typ = pa.string()
            fields.append(pa.field(name, typ))
        return pa.schema(fields)

    def _column(self, field: Any) -> Any:
        pa = self.pa
        values = self.buf[field.name]
        try:
            return pa.array(values, type=field.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            pass
        if pa.types.is_string(field.type):
            fixed: list[Any] = [None if v is None else (v if isinstance(v, str) else str(_cell(v))) for v in values]
        else:
            fixed = []
            for v in values:
                try:
                    fixed.append(None if v is None else float(v))
                except (TypeError, ValueError):
                    fixed.append(None)
        if field.name not in self._warned:
            self._warned.add(field.name)
            warn(f"{self.where}: column {field.name!r} has values that are not {field.type} (the type its "
                 "first rows gave it); they are converted or left empty")
        try:
            return pa.array(fixed, type=field.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            return pa.array([None] * len(values), type=field.type)

    def _flush(self) -> None:
        if not self.n_buf:
            return
        if self.schema is None:
            self.schema = self._infer()
        if self.writer is None:
            self.writer = self.pq.ParquetWriter(self.f, self.schema, compression="zstd")
        arrays = [self._column(field) for field in self.schema]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
        self.buf = {name: [] for name in self.buf}
        self.n_buf = 0

    def abort(self) -> None:
        """Close the pyarrow writer (if still open) before its file goes: an interrupted run leaves nothing."""
        if self.writer is not None and not self._closed:
            self._closed = True
            with contextlib.suppress(Exception):
                self.writer.close()

    def close(self) -> None:
        self._flush()
        self._closed = True
        if self.writer is None:  # no rows at all: still a valid file with the columns we know
            pa = self.pa
            schema = self.schema or pa.schema([pa.field("id", pa.string()), pa.field("n_words", pa.int64()),
                                               pa.field("language", pa.string()), pa.field("error", pa.string())])
            self.writer = self.pq.ParquetWriter(self.f, schema, compression="zstd")
        self.writer.close()


def _span_schema() -> Any:
    import pyarrow as pa

    types = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(), "string": pa.string()}
    return pa.schema([pa.field(c, types[SPAN_TYPES[c]]) for c in SPAN_COLUMNS])


# --- the writer --------------------------------------------------------------------------------------------


def _span_format(path: str) -> str:
    fmt = SPAN_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"the evidence table is written as .csv, .parquet or .jsonl; got {path!r}")
    return fmt


def _distinct_files(path: str | None, spans_path: str | None) -> None:
    """The document table and the evidence table must go to two different files (standard output aside)."""
    check_outputs([("the documents", path), ("the evidence table", spans_path)])


def write_analyses(analyses: Iterable[Analysis], path: str, *, fmt: str = "jsonl", include_text: bool = False,
                   neutralize: bool = False, spans_path: str | None = None,
                   row_group_size: int = _ROW_GROUP) -> WriteSummary:
    """Write ``analyses`` to ``path`` (``-`` for standard output) as they come.

    ``json``/``jsonl`` hold the full output contract per document; ``csv``/``parquet`` one row of flat scores
    per document (see :func:`document_row`). ``spans_path`` (``.csv``, ``.parquet`` or ``.jsonl``) also writes
    the evidence table of the same run. ``neutralize`` prefixes CSV cells that a spreadsheet would run as
    formulas (``= + - @``) with ``'``. Parquet is written in row groups of ``row_group_size`` documents (the
    evidence table in groups of at least 65,536 spans).
    """
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "parquet" and path == "-":
        raise InputError("Parquet output needs a file: pass -o FILE.parquet")
    span_fmt = _span_format(spans_path) if spans_path else None
    _distinct_files(path, spans_path)
    summary = WriteSummary()
    with contextlib.ExitStack() as stack:
        span_sink: Any = None
        if spans_path and span_fmt:
            span_sink = _open_sink(stack, spans_path, span_fmt, neutralize=neutralize, fixed_schema=_span_schema,
                                   row_group_size=max(row_group_size, _SPAN_ROW_GROUP))
        score_names: set[str] = set()
        if fmt in ("csv", "parquet"):
            sink = _open_sink(stack, path, fmt, neutralize=neutralize, float_columns=lambda: score_names,
                              row_group_size=row_group_size)
        else:
            sink = None
            f = stack.enter_context(_open(path))
        for i, a in enumerate(analyses):
            summary.count(a)
            if span_sink is not None:
                for row in span_rows(a, i):
                    span_sink.add(row)
                    summary.spans += 1
            if sink is not None:
                if not score_names:
                    score_names.update(a.scores)
                sink.add(document_row(a))
            elif fmt == "jsonl":
                f.write(_dumps(a.to_dict(include_text=include_text)) + "\n")
            else:
                f.write(("[\n" if i == 0 else ",\n") + _dumps(a.to_dict(include_text=include_text)))
        if fmt == "json":
            f.write("[]\n" if summary.total == 0 else "\n]\n")
        if sink is not None:
            sink.close()
        if span_sink is not None:
            span_sink.close()
    return summary


def _open_sink(stack: contextlib.ExitStack, path: str, fmt: str, *, neutralize: bool,
               float_columns: Callable[[], set[str]] | None = None, fixed_schema: Callable[[], Any] | None = None,
               row_group_size: int = _ROW_GROUP) -> Any:
    if fmt == "parquet":
        if path == "-":
            raise InputError("Parquet output needs a file, not standard output")
        f = stack.enter_context(atomic_writer(path, binary=True))
        sink = _ParquetSink(f, path, float_columns=float_columns,
                            fixed_schema=fixed_schema() if fixed_schema else None, row_group_size=row_group_size)
        stack.callback(sink.abort)
        return sink
    g = stack.enter_context(_open(path, newline="" if fmt == "csv" else None))
    if fmt == "csv":
        return _CsvSink(g, path, neutralize=neutralize)
    return _JsonlSink(g)


@contextlib.contextmanager
def csv_tables(analyses: Iterable[Analysis], *, scores_path: str | None = None, spans_path: str | None = None,
               neutralize: bool = True) -> Iterator[Iterator[Analysis]]:
    """Pass ``analyses`` through, writing the document scores and/or the evidence table as CSV on the way.

    For a consumer that drives the iteration itself (the report): ``with csv_tables(it, scores_path=...) as it2:
    consume(it2)``. The files are committed atomically when the block ends without an exception (only the
    analyses actually consumed are written). ``neutralize`` (default on) guards the cells against formula
    injection.
    """
    paths = [p for p in (scores_path, spans_path) if p is not None]
    _distinct_files(scores_path, spans_path)
    for p in paths:
        if Path(p).suffix.lower() != ".csv":
            raise InputError(f"report tables are written as .csv; got {p!r}")
    with contextlib.ExitStack() as stack:
        docs = _open_sink(stack, scores_path, "csv", neutralize=neutralize) if scores_path else None
        spans = _open_sink(stack, spans_path, "csv", neutralize=neutralize) if spans_path else None

        def tap() -> Iterator[Analysis]:
            for i, a in enumerate(analyses):
                if docs is not None:
                    docs.add(document_row(a))
                if spans is not None:
                    for row in span_rows(a, i):
                        spans.add(row)
                yield a

        yield tap()
