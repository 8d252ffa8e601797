"""Readers for every input kind and writers for every output format, with atomic writes.

Readers yield :class:`Record` objects lazily, so a corpus streams through with flat memory. Problems that
stop a run raise :class:`~framing.exceptions.InputError` with the file and position; problems that only
skip an item emit a :class:`~framing.exceptions.FramingWarning` naming it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import re
import stat
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from framing.exceptions import FramingError, FramingWarning, InputError, LexiconError

__all__ = [
    "ON_ERROR",
    "SKIPPED",
    "Record",
    "atomic_writer",
    "check_outputs",
    "decode_bytes",
    "flat_row",
    "neutralize_formula",
    "read_file_bytes",
    "read_inputs",
    "read_sample",
    "read_text_file",
]

#: Plain-text files: a single one, or the files of a folder that are read (a single file without a suffix is
#: plain text too).
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}  # suffix -> delimiter; TSV is read as CSV with tabs (same quoting)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_PARQUET_SUFFIXES = (".parquet", ".pq")
#: What a single input file may be, for the message that refuses any other suffix.
EXPECTED_INPUTS = ("a .txt file (or .text, .md, or a name without a suffix: plain text), a folder of them, a .csv, "
                   ".tsv, .jsonl, .json (an array of objects) or .parquet file, or - for standard input")
csv.field_size_limit(2**31 - 1)
#: What a malformed CSV row does: ``stop`` the run (an error naming file and line) or ``skip`` it (the row is
#: kept in the output with its ``error``, and reading goes on at the next line).
ON_ERROR = ("stop", "skip")
#: How the ``error`` of a record that could not be read starts (``"skipped: <why>"``); an analysis that raised
#: has the exception's name instead.
SKIPPED = "skipped: "


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def warn(message: str, category: type[Warning] = FramingWarning) -> None:
    """``warnings.warn`` pointed at the caller's own line: the first frame outside the framing package (the
    ``analyze_corpus(...)`` call, the loop over ``iter_analyses``), however deep in framing the warning comes
    from (``stacklevel`` is counted here; Python 3.12's ``skip_file_prefixes`` does the same)."""
    level = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    warnings.warn(message, category, stacklevel=level)


@dataclass(frozen=True, slots=True)
class Record:
    """One document to analyse: its id, text and metadata (the other columns of a CSV or JSONL row).

    ``error`` is set (``"skipped: <why>"``) for an input record that could not be read (a malformed CSV row, a
    JSONL line that is not an object, a null text...): it still becomes one row of the output, with that error.
    """

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None


def skipped_record(rid: str, why: str, where: str, meta: Mapping[str, Any] | None = None) -> Record:
    """A record that could not be read: warns ``where: skipped, why`` and keeps it for the output's accounting."""
    warn(f"{where}: skipped, {why}")
    return Record(id=rid, text="", meta=dict(meta or {}), error=SKIPPED + why)


def is_missing(value: Any) -> bool:
    """Whether a cell is None, NaN, NaT or pd.NA (a null in any input kind)."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    if type(value).__module__.startswith(("pandas", "numpy")):
        try:
            import pandas as pd

            return bool(pd.isna(value))
        except (TypeError, ValueError, ImportError):  # arrays are not missing values
            return False
    return False


def record_text(value: Any, column: str) -> tuple[str, str | None]:
    """The one rule for a text cell in every input kind: ``(text, None)`` or ``("", why it is skipped)``.

    A string is the text (an empty string is an empty document); a null (None, NaN, pd.NA, a missing CSV cell)
    or any other type is a skipped record.
    """
    if isinstance(value, str):
        return value, None
    if is_missing(value):
        return "", f"{column!r} is null"
    return "", f"{column!r} is not a string ({type(value).__name__})"


def record_id(value: Any, fallback: str) -> str:
    """The one rule for an id cell: its text, or ``fallback`` (the record's position) when null or empty."""
    if is_missing(value) or value == "":
        return fallback
    return str(value)


_REPLACE_HINT = "pass --encoding-errors replace to replace undecodable bytes"


def decode_bytes(
    data: bytes,
    where: str,
    errors: str = "strict",
    *,
    error_class: type[FramingError] = InputError,
    hint: str | None = _REPLACE_HINT,
    utf16: bool = True,
) -> str:
    """Decode UTF-8 (a BOM is dropped; with ``utf16``, UTF-16 with a BOM is recognised). ``errors="replace"``
    never fails.

    Invalid UTF-8 raises ``error_class`` naming ``where`` (the file), the byte offset and the line, and the
    ``hint`` if any; never the bytes themselves (a file that is not what was expected may hold secrets). A
    :class:`LexiconError` carries ``path`` and ``line`` ("path:line: not valid UTF-8 (byte N)").
    """
    if utf16 and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if issubclass(error_class, LexiconError):
            raise error_class(f"not valid UTF-8 (byte {exc.start})", path=where, line=line) from None
        raise error_class(f"{where}: invalid UTF-8 at byte {exc.start} (line {line})"
                          + (f"; {hint}" if hint else "")) from None


def read_file_bytes(path: str | os.PathLike[str], *, error_class: type[FramingError] = InputError) -> bytes:
    """The bytes of a file; an :class:`OSError` becomes ``error_class`` naming the file and the reason."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        if issubclass(error_class, LexiconError):
            raise error_class(f"cannot read ({exc.strerror})", path=str(path)) from None
        raise error_class(f"{path}: cannot read ({exc.strerror})") from None


def read_text_file(path: str | os.PathLike[str], *, error_class: type[FramingError] = InputError) -> str:
    """A UTF-8 file's text (a BOM is dropped): :func:`read_file_bytes` then :func:`decode_bytes` without the
    UTF-16 rule and the command-line hint, for data files (gold sets, training data)."""
    return decode_bytes(read_file_bytes(path, error_class=error_class), str(path), error_class=error_class,
                        hint=None, utf16=False)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\x7fELF", b"GIF8"))


def _read_text_file(path: Path, errors: str, *, in_folder: bool) -> Record:
    data = read_file_bytes(path)
    if _looks_binary(data):
        if in_folder:
            return skipped_record(path.stem, "looks like a binary file", str(path), {"path": str(path)})
        raise InputError(f"{path}: looks like a binary file, not text")
    return Record(id=path.stem, text=decode_bytes(data, str(path), errors), meta={"path": str(path)})


def _columns_error(where: str, kind: str, name: str, columns: Iterable[str]) -> InputError:
    cols = ", ".join(repr(c) for c in columns) or "(none)"
    return InputError(f"{where}: no {kind} column {name!r}; the columns are {cols}")


def _csv_rows(f: IO[str], where: str, on_error: str, reopen: Callable[[], IO[str]] | None = None,
              delimiter: str = ",") -> Iterator[tuple[int, list[str] | str]]:
    """``(first line, cells)`` for every CSV record, or ``(first line, why)`` for a malformed one (``skip``).

    The dialect is RFC 4180 read strictly: a quote that opens a field must close it and be followed by the
    delimiter or the line end. ``on_error="stop"`` raises an :class:`InputError` naming the file and line. An
    unterminated quote reads to the end of the file: with ``skip``, reading starts again (``reopen``) at the
    line after the one where the broken record began.
    """
    offset = 0  # physical lines before the current reader's first line
    reader = csv.reader(f, strict=True, delimiter=delimiter)
    start = 1  # the physical line where the next record begins
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            first, last = start, offset + reader.line_num
            eof = "end of data" in str(exc)
            why = (f"a quoted field opened on line {first} is never closed" if eof
                   else f"malformed CSV on line {last} ({exc})")
            if on_error != "skip":
                raise InputError(f"{where}:{first}: {why}; fix the quoting, or pass --on-error skip to record "
                                 "the row as an error and go on at the next line") from None
            yield first, why
            if eof:  # the open quote swallowed the rest of the file: read it again from the next line
                if reopen is None or last <= first:
                    return
                f = reopen()
                reader = csv.reader(itertools.islice(f, first, None), strict=True, delimiter=delimiter)
                offset = first
                start = first + 1
            else:
                start = last + 1
            continue
        yield start, cells
        start = offset + reader.line_num + 1


def _read_csv(path: Path | None, stream: IO[str] | None, text_column: str, id_column: str | None,
              on_error: str = "stop", delimiter: str = ",") -> Iterator[Record]:
    where = str(path) if path else "<stdin>"
    opened: list[IO[str]] = []

    def reopen() -> IO[str]:  # the file once more (after an unterminated quote); the previous copy is closed
        assert path is not None
        for old in opened:
            old.close()
        opened[:] = [open(path, encoding="utf-8-sig", newline="")]
        return opened[0]

    with contextlib.ExitStack() as stack:
        stack.callback(lambda: [g.close() for g in opened])
        f = reopen() if path else stream
        assert f is not None
        rows = _csv_rows(f, where, on_error, reopen if path else None, delimiter)
        header: list[str] | None = None
        for lineno, cells in rows:
            if isinstance(cells, str):
                raise InputError(f"{where}:{lineno}: the header line is malformed ({cells})")
            if cells:
                header = cells
                break
        if header is None:
            warn(f"{where}: empty file, no documents")
            return
        if text_column not in header:
            raise _columns_error(where, "text", text_column, header)
        if id_column and id_column not in header:
            raise _columns_error(where, "id", id_column, header)
        id_column = id_column or ("id" if "id" in header else None)  # the one id rule (README, "Output contract")
        n = 0
        for lineno, cells in rows:
            if not cells:  # a blank line is not a record (as in pandas)
                continue
            n += 1
            rwhere = f"{where}:{lineno}"
            if isinstance(cells, str):
                yield skipped_record(str(n), cells, rwhere)
                continue
            if len(cells) > len(header):
                warn(f"{rwhere}: row {n} has more cells than the header; extra cells ignored")
            row = dict(zip(header, cells, strict=False))
            rid = record_id(row.get(id_column), str(n)) if id_column else str(n)
            meta = {k: v for k, v in row.items() if k not in (text_column, id_column)}
            text, why = record_text(row.get(text_column), text_column)
            if why is not None:
                yield skipped_record(rid, f"row {n} has no {text_column!r} cell", rwhere, meta)
                continue
            yield Record(id=rid, text=text, meta=meta)
        if n == 0:
            warn(f"{where}: a header line and no rows, no documents")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _scrub_surrogates(obj: Any) -> Any:
    """Replace lone surrogates (valid JSON escapes, but not encodable as UTF-8) with U+FFFD, same length."""
    if isinstance(obj, str):
        return _LONE_SURROGATE.sub("\ufffd", obj)
    if isinstance(obj, dict):
        return {_scrub_surrogates(k): _scrub_surrogates(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub_surrogates(v) for v in obj]
    return obj


def _jsonl_lines(path: Path | None, stream: IO[str] | None, where: str, errors: str) -> Iterator[str]:
    if stream is not None:
        yield from stream
        return
    assert path is not None
    with open(path, "rb") as f:
        offset = 0
        for lineno, raw in enumerate(f, start=1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                offset = 3
            try:
                yield raw.decode("utf-8", errors="strict" if errors == "strict" else "replace")
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: invalid UTF-8 at byte {offset + exc.start} (line {lineno}); "
                                 "pass --encoding-errors replace") from None
            offset += len(raw)


class _Unreadable(str):
    """Why a JSON item could not be parsed (it becomes a skipped record)."""


def _json_records(items: Iterable[tuple[str, str, Any]], text_column: str,
                  id_column: str | None) -> Iterator[Record]:
    """The one rule for JSON objects, JSONL lines and the items of a JSON array alike, from ``(where, position,
    parsed object or _Unreadable)``: an item that is not an object with a string text is a skipped record (a
    warning, and a row with its ``error`` in the output); a missing text or id key stops the run only on the
    first object (a wrong ``--text-column``), later it is skipped. A null or empty id is the position."""
    n_ok = 0
    for where, fallback, obj in items:
        if isinstance(obj, _Unreadable):
            yield skipped_record(fallback, str(obj), where)
            continue
        if not isinstance(obj, dict):
            yield skipped_record(fallback, "expected a JSON object", where)
            continue
        id_key = id_column or "id"
        rid = record_id(obj.get(id_key), fallback)
        meta = {k: v for k, v in obj.items() if k not in (text_column, id_column, "id")}
        missing = [(kind, col) for kind, col in (("text", text_column), ("id", id_column)) if col and col not in obj]
        if missing:
            kind, col = missing[0]
            if n_ok == 0:
                error = _columns_error(where, kind, col, obj.keys())
                if kind == "text" and all(k in obj for k in ("n_words", "scores", "spans")):
                    error = InputError(f"{error}; this is a file of analyses written by framing analyze without "
                                       "--include-text: it holds no texts to analyse (framing report reads it as "
                                       "it is)")
                raise error
            yield skipped_record(rid, f"no {kind} column {col!r}", where, meta)
            continue
        text, why = record_text(obj[text_column], text_column)
        if why is not None:
            yield skipped_record(rid, why, where, meta)
            continue
        n_ok += 1
        yield Record(id=rid, text=text, meta=meta)


def _read_jsonl(path: Path | None, stream: IO[str] | None, text_column: str, id_column: str | None,
                errors: str) -> Iterator[Record]:
    """JSON Lines, one object per line (:func:`_json_records`). Blank lines are not records."""
    where = str(path) if path else "<stdin>"
    n_lines = [0]

    def items() -> Iterator[tuple[str, str, Any]]:
        for lineno, line in enumerate(_jsonl_lines(path, stream, where, errors), start=1):
            if not line.strip():
                continue
            n_lines[0] += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                obj = _Unreadable(f"not valid JSON ({exc.msg})")
            except RecursionError:
                obj = _Unreadable("JSON nested too deeply")
            if isinstance(obj, dict) and _SURROGATE_ESCAPE.search(line):
                obj = _scrub_surrogates(obj)
            yield f"{where}:{lineno}", str(lineno), obj

    yield from _json_records(items(), text_column, id_column)
    if n_lines[0] == 0:
        warn(f"{where}: empty file, no documents")


def _read_json(path: Path, text_column: str, id_column: str | None, errors: str) -> Iterator[Record]:
    """A JSON array of objects, one per document (or a single object: one document), read whole; each item
    follows the JSONL rules (:func:`_json_records`), its position (from 1) standing for the line number. What
    ``framing analyze --format json`` writes is such an array (its texts are there with ``--include-text``)."""
    where = str(path)
    text = decode_bytes(read_file_bytes(path), where, errors)
    if not text.strip():
        warn(f"{where}: empty file, no documents")
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} on line {exc.lineno}, column {exc.colno}); "
                         "expected an array of objects, one per document") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise InputError(f"{where}: expected a JSON array of objects, one per document; got a JSON "
                         f"{_JSON_TYPES.get(type(data), type(data).__name__)}")
    if not data:
        warn(f"{where}: an empty array, no documents")
        return
    if _SURROGATE_ESCAPE.search(text):
        data = _scrub_surrogates(data)
    yield from _json_records(((f"{where}: item {i}", str(i), obj) for i, obj in enumerate(data, start=1)),
                             text_column, id_column)


_JSON_TYPES = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _read_parquet(path: Path, text_column: str, id_column: str | None) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover
        raise InputError(f"{path}: reading Parquet needs pyarrow (pip install 'framing[parquet]')") from None
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several unrelated types
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    cols = pf.schema_arrow.names
    if text_column not in cols:
        raise _columns_error(str(path), "text", text_column, cols)
    if id_column and id_column not in cols:
        raise _columns_error(str(path), "id", id_column, cols)
    id_column = id_column or ("id" if "id" in cols else None)  # the one id rule (README, "Output contract")
    n = 0
    for batch in pf.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            rid = record_id(row.get(id_column), str(n)) if id_column else str(n)
            meta = {k: v for k, v in row.items() if k not in (text_column, id_column)}
            text, why = record_text(row.get(text_column), text_column)
            if why is not None:
                yield skipped_record(rid, why, f"{path}: row {n}", meta)
                continue
            yield Record(id=rid, text=text, meta=meta)
    if n == 0:
        warn(f"{path}: no rows, no documents")


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    stdin: IO[str] | None = None,
    on_error: str = "stop",
) -> Iterator[Record]:
    """Yield records from ``.txt`` files (also ``.text``, ``.md`` or no suffix), folders of them, ``.csv``,
    ``.tsv``, ``.jsonl``, ``.json`` (an array of objects), ``.parquet`` or ``-`` (stdin). A file with another
    suffix is an :class:`~framing.exceptions.InputError`.

    Stdin is read as one plain text, unless it starts with ``{`` (then it is JSONL). A document whose id
    repeats an earlier one is still analysed, with a warning naming the id (outputs keep input order).

    Every input record gives one :class:`Record`: one that cannot be read (a JSONL line that is not an
    object, a null or non-string text, a binary file in a folder, a malformed CSV row with
    ``on_error="skip"``) has ``error`` set. A malformed CSV row stops the run by default (``on_error="stop"``):
    the rows after it cannot be trusted. An input that holds no documents is reported with a warning.
    """
    if on_error not in ON_ERROR:
        raise InputError(f"on_error must be one of {', '.join(ON_ERROR)}, got {on_error!r}")
    yield from warn_duplicate_ids(_read_inputs(paths, text_column=text_column, id_column=id_column,
                                               encoding_errors=encoding_errors, stdin=stdin, on_error=on_error),
                                  "documents", start=1)


#: At most this many duplicate-id warnings per input (the last says that more are not reported).
MAX_DUPLICATE_WARNINGS = 5


def warn_duplicate_ids(records: Iterable[Record], kind: str, *, start: int) -> Iterator[Record]:
    """Pass ``records`` through, warning for each id that repeats an earlier one, naming the id and both
    positions: ``duplicate id 'x' in <kind> 1 and 3 (counted from 1); ...`` (``kind``: "documents", "DataFrame
    rows", "items"...; ``start``: the first position, 1 for files, 0 for Python containers). Both documents are
    kept; at most :data:`MAX_DUPLICATE_WARNINGS` warnings."""
    first: dict[str, int] = {}
    n_dup = 0
    for n, rec in enumerate(records, start=start):
        seen = first.setdefault(rec.id, n)
        if seen != n:
            n_dup += 1
            if n_dup <= MAX_DUPLICATE_WARNINGS:
                more = "; further duplicates are not reported" if n_dup == MAX_DUPLICATE_WARNINGS else ""
                warn(f"duplicate id {rec.id!r} in {kind} {seen} and {n} (counted from {start}); both analysed, "
                     f"ids in the output repeat{more}")
        yield rec


def _read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    stdin: IO[str] | None = None,
    on_error: str = "stop",
) -> Iterator[Record]:
    if encoding_errors not in ("strict", "replace"):
        raise InputError(f"encoding_errors must be 'strict' or 'replace', got {encoding_errors!r}")
    for raw in paths:
        if str(raw) == "-":
            if stdin is not None:
                text = stdin.read()
            else:
                data = sys.stdin.buffer.read()
                if _looks_binary(data):
                    raise InputError("<stdin>: looks like a binary file, not text")
                text = decode_bytes(data, "<stdin>", encoding_errors)
            if text.lstrip().startswith("{"):
                yield from _read_jsonl(None, io.StringIO(text), text_column, id_column, encoding_errors)
            else:
                yield Record(id="stdin", text=text, meta={})
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path, encoding_errors)
            continue
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        suffix = path.suffix.lower()
        if suffix in _CSV_SUFFIXES:
            _check_utf8(path, encoding_errors)
            yield from _read_csv(path, None, text_column, id_column, on_error, _CSV_SUFFIXES[suffix])
        elif suffix in _JSONL_SUFFIXES:
            yield from _read_jsonl(path, None, text_column, id_column, encoding_errors)
        elif suffix == ".json":
            yield from _read_json(path, text_column, id_column, encoding_errors)
        elif suffix in _PARQUET_SUFFIXES:
            yield from _read_parquet(path, text_column, id_column)
        elif suffix in _TEXT_SUFFIXES or not suffix:
            yield _read_text_file(path, encoding_errors, in_folder=False)
        else:
            raise InputError(f"{path}: cannot read a {suffix} file; expected {EXPECTED_INPUTS} (to analyse "
                             "this file as plain text, give it a .txt name)")


def _names(names: list[str]) -> str:
    return ", ".join(names[:5]) + (" …" if len(names) > 5 else "")


def _read_folder(path: Path, encoding_errors: str) -> Iterator[Record]:
    """The plain-text files directly in a folder (``.txt``, ``.text``, ``.md``), in name order. Other files, and
    subfolders (which are not read), are listed in one warning each."""
    entries = sorted(path.iterdir())
    files = [p for p in entries if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES]
    skipped = [p.name for p in entries if not p.is_dir() and p not in files]
    folders = [p.name for p in entries if p.is_dir()]
    if skipped:
        warn(f"{path}: skipped {len(skipped)} file(s) that are not .txt, .text or .md: {_names(skipped)}")
    if folders:
        warn(f"{path}: did not read {len(folders)} subfolder(s) (only the files directly in the folder are read): "
             f"{_names(folders)}")
    for p in files:
        yield _read_text_file(p, encoding_errors, in_folder=True)
    if not files:
        warn(f"{path}: no .txt files in the folder, no documents")


def _check_utf8(path: Path, errors: str) -> None:
    if errors == "replace":
        return
    with open(path, "rb") as f:
        offset = 0
        dec = __import__("codecs").getincrementaldecoder("utf-8")()
        line = 1
        for chunk in iter(lambda: f.read(1 << 20), b""):
            try:
                dec.decode(chunk)
            except UnicodeDecodeError as exc:
                pos = offset + exc.start
                line += chunk[: exc.start].count(b"\n")
                raise InputError(f"{path}: invalid UTF-8 at byte {pos} (line {line}); "
                                 "pass --encoding-errors replace") from None
            offset += len(chunk)
            line += chunk.count(b"\n")


def read_sample() -> list[Record]:
    """The bundled sample articles (four framings of one invented event), with outlet metadata."""
    from importlib import resources

    data = resources.files("framing.data").joinpath("sample.jsonl").read_text(encoding="utf-8")
    out = []
    for line in data.splitlines():
        if line.strip():
            obj = json.loads(line)
            out.append(Record(id=obj.pop("id"), text=obj.pop("text"), meta=obj))
    return out


# --- writers -----------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value: Any) -> Any:
    """Prefix a cell that a spreadsheet would run as a formula with ``'`` (OWASP CSV injection advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def flat_row(d: Mapping[str, Any]) -> dict[str, Any]:
    """One CSV row for an analysis dict: id, n_words, metadata columns, then the flat scores."""
    row: dict[str, Any] = {"id": d["id"], "n_words": d["n_words"]}
    for k, v in (d.get("meta") or {}).items():
        row[k] = v if isinstance(v, (str, int, float, bool)) or v is None else json.dumps(v, ensure_ascii=False)
    if d.get("error"):
        row["error"] = d["error"]
    row.update(d.get("scores") or {})
    return row


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)  # follows symlinks: the file a symlink points to
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, newline: str | None = None,
                  binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and move it into place only when the block succeeds.

    An exception or a signal inside the block leaves no partial file: the temporary file is removed and an
    existing ``path`` stays as it was. A symlink is written through (the file it points to is replaced, the
    link stays); a device, FIFO or socket (``/dev/null``, a named pipe) is opened and written, never replaced;
    an existing file keeps its permissions. A folder that cannot be created or written is an
    :class:`~framing.exceptions.InputError`, not a traceback.
    """
    target = Path(path)
    mode = "wb" if binary else "w"
    kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": newline}
    st = _stat(target)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InputError(f"{target}: is a folder; give the output a file name")
    if st is not None and not stat.S_ISREG(st.st_mode):  # a device, FIFO or socket: write through
        try:
            special = open(target, mode, **kwargs)
        except OSError as exc:
            raise InputError(f"{target}: cannot write ({exc.strerror})") from None
        with special:
            yield special
        return
    real = Path(os.path.realpath(target))
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{target}: cannot create its folder ({exc.strerror})") from None
    # The temporary file's name is known before the file exists, so that a signal at any point after it is created
    # (even before the open call returns) still finds it to remove (tempfile.mkstemp names it only on return).
    tmp = ""
    try:
        fd = -1
        for _ in range(100):
            tmp = os.path.join(real.parent, f".{real.name}.{os.urandom(4).hex()}.tmp")
            try:
                fd = os.open(tmp, _TMP_FLAGS, 0o600)
                break
            except FileExistsError:
                tmp = ""  # (another file's name: never removed here)
            except OSError as exc:
                tmp = ""
                raise InputError(
                    f"{target}: cannot write into the folder {str(real.parent)!r} ({exc.strerror})") from None
        if fd < 0:
            raise InputError(f"{target}: cannot write into the folder {str(real.parent)!r} (no free temporary name)")
        # the file is made 0600: an existing output keeps its mode (and owner, where allowed), a new one gets the
        # usual permissions
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        if st is not None and hasattr(os, "chown"):
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
        try:
            os.replace(tmp, real)
        except OSError as exc:
            raise InputError(f"{target}: cannot write ({exc.strerror})") from None
    except BaseException:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


#: How the temporary file is created: new only (never an existing file or a symlink's target), not inherited by
#: child processes (as tempfile.mkstemp does).
_TMP_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
              | getattr(os, "O_BINARY", 0))


def _file_id(path: str | os.PathLike[str]) -> tuple[str, tuple[int, int] | None, bool]:
    """(resolved path, (device, inode) if it exists, whether it is a device/FIFO/socket)."""
    real = os.path.realpath(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return real, None, False
    return real, (st.st_dev, st.st_ino), not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode))


def _input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | os.PathLike[str]]:
    for p in paths:
        if str(p) == "-":
            continue
        yield p
        if os.path.isdir(p):
            with contextlib.suppress(OSError):
                yield from (e.path for e in os.scandir(p) if e.is_file())


def check_outputs(outputs: Iterable[tuple[str, str | os.PathLike[str] | None]],
                  inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Refuse outputs that would replace an input or each other, before anything is read or written.

    ``outputs`` are ``(option, path)`` pairs (``None`` and ``-``, standard output, are ignored); ``inputs`` are
    the files and folders read (a folder's files count). Files are compared by resolved path and by device and
    inode, so a symlink or hard link to an input is caught. A device such as ``/dev/null`` may take several
    outputs.
    """
    seen_inputs: dict[object, str] = {}
    for p in _input_files(inputs):
        real, ino, _ = _file_id(p)
        seen_inputs[real] = os.fspath(p)
        if ino is not None:
            seen_inputs[ino] = os.fspath(p)
    taken: dict[object, str] = {}
    for option, path in outputs:
        if path is None or str(path) == "-":
            continue
        real, ino, special = _file_id(path)
        for key in (real, ino):
            if key is None:
                continue
            if key in seen_inputs:
                raise InputError(f"{option} {os.fspath(path)!r} is the input {seen_inputs[key]!r}: writing it would "
                                 "replace your data; give the output another file name")
            if key in taken and not special:
                raise InputError(f"{taken[key]} and {option} are the same file ({os.fspath(path)!r}); give each "
                                 "output its own file")
        for key in (real, ino):
            if key is not None:
                taken.setdefault(key, option)
