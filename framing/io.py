"""Readers for every input kind and writers for every output format, with atomic writes.

Readers yield :class:`Record` objects lazily, so a corpus streams through with flat memory. Problems that
stop a run raise :class:`~framing.exceptions.InputError` with the file and position; problems that only
skip an item emit a :class:`~framing.exceptions.FramingWarning` naming it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from framing.exceptions import FramingWarning, InputError

__all__ = [
    "Record",
    "atomic_writer",
    "decode_bytes",
    "neutralize_formula",
    "read_inputs",
    "read_sample",
]

_TEXT_SUFFIXES = {".txt", ".text", ".md"}
csv.field_size_limit(2**31 - 1)


@dataclass(frozen=True, slots=True)
class Record:
    """One document to analyse: its id, text and metadata (the other columns of a CSV or JSONL row)."""

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)


def decode_bytes(data: bytes, where: str, errors: str = "strict") -> str:
    """Decode UTF-8 (a BOM is dropped; UTF-16 with a BOM is recognised). ``errors="replace"`` never fails."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where}: invalid UTF-8 at byte {exc.start} (line {line}); "
            "pass --encoding-errors replace to replace undecodable bytes"
        ) from None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head or head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\x7fELF", b"GIF8"))


def _read_text_file(path: Path, errors: str, *, in_folder: bool) -> Record | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if _looks_binary(data):
        if in_folder:
            warnings.warn(f"{path}: skipped, looks like a binary file", FramingWarning, stacklevel=3)
            return None
        raise InputError(f"{path}: looks like a binary file, not text")
    return Record(id=path.stem, text=decode_bytes(data, str(path), errors), meta={"path": str(path)})


def _columns_error(where: str, kind: str, name: str, columns: Iterable[str]) -> InputError:
    cols = ", ".join(repr(c) for c in columns) or "(none)"
    return InputError(f"{where}: no {kind} column {name!r}; the columns are {cols}")


def _read_csv(path: Path | None, stream: IO[str] | None, text_column: str, id_column: str | None) -> Iterator[Record]:
    where = str(path) if path else "<stdin>"
    ctx = open(path, encoding="utf-8-sig", newline="") if path else contextlib.nullcontext(stream)
    with ctx as f:
        reader = csv.DictReader(f)  # type: ignore[arg-type]
        cols = reader.fieldnames or []
        if text_column not in cols:
            raise _columns_error(where, "text", text_column, cols)
        if id_column and id_column not in cols:
            raise _columns_error(where, "id", id_column, cols)
        id_column = id_column or ("id" if "id" in cols else None)  # the one id rule (README, "Output contract")
        for i, row in enumerate(reader, start=1):
            if None in row:  # more cells than header names
                warnings.warn(f"{where}: row {i} has more cells than the header; extra cells ignored",
                              FramingWarning, stacklevel=2)
                row.pop(None)  # type: ignore[call-overload]
            text = row.get(text_column)
            if text is None:
                warnings.warn(f"{where}: row {i} has no {text_column!r} cell; analysed as empty",
                              FramingWarning, stacklevel=2)
                text = ""
            rid = str(row.get(id_column) or i) if id_column else str(i)
            meta = {k: v for k, v in row.items() if k not in (text_column, id_column)}
            yield Record(id=rid, text=text, meta=meta)


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


def _read_jsonl(path: Path | None, stream: IO[str] | None, text_column: str, id_column: str | None,
                errors: str) -> Iterator[Record]:
    """JSON Lines. A line that is not a JSON object with a string text is skipped with a warning; a missing
    text or id key stops the run only on the first object (a wrong ``--text-column``), later it is skipped."""
    where = str(path) if path else "<stdin>"
    n_ok = 0
    for lineno, line in enumerate(_jsonl_lines(path, stream, where, errors), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            warnings.warn(f"{where}:{lineno}: skipped, not valid JSON ({exc.msg})", FramingWarning,
                          stacklevel=2)
            continue
        except RecursionError:
            warnings.warn(f"{where}:{lineno}: skipped, JSON nested too deeply", FramingWarning, stacklevel=2)
            continue
        if not isinstance(obj, dict):
            warnings.warn(f"{where}:{lineno}: skipped, expected a JSON object", FramingWarning, stacklevel=2)
            continue
        if _SURROGATE_ESCAPE.search(line):
            obj = _scrub_surrogates(obj)
        for kind, col in (("text", text_column), ("id", id_column)):
            if col and col not in obj:
                err = _columns_error(f"{where}:{lineno}", kind, col, obj.keys())
                if n_ok == 0:
                    raise err
                warnings.warn(f"{where}:{lineno}: skipped, no {kind} column {col!r}", FramingWarning,
                              stacklevel=2)
                break
        else:
            text = obj[text_column]
            if not isinstance(text, str):
                warnings.warn(f"{where}:{lineno}: skipped, {text_column!r} is not a string", FramingWarning,
                              stacklevel=2)
                continue
            rid = str(obj[id_column]) if id_column else str(obj.get("id", lineno))
            meta = {k: v for k, v in obj.items() if k not in (text_column, id_column, "id")}
            n_ok += 1
            yield Record(id=rid, text=text, meta=meta)


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
            rid = str(row.get(id_column)) if id_column else str(n)
            meta = {k: v for k, v in row.items() if k not in (text_column, id_column)}
            yield Record(id=rid, text=row.get(text_column) or "", meta=meta)


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    stdin: IO[str] | None = None,
) -> Iterator[Record]:
    """Yield records from ``.txt`` files, folders of them, ``.csv``, ``.jsonl``, ``.parquet`` or ``-`` (stdin).

    Stdin is read as one plain text, unless it starts with ``{`` (then it is JSONL). A document whose id
    repeats an earlier one is still analysed, with a warning naming the id (outputs keep input order).
    """
    seen: set[str] = set()
    n_dup = 0
    for n, rec in enumerate(_read_inputs(paths, text_column=text_column, id_column=id_column,
                                         encoding_errors=encoding_errors, stdin=stdin), start=1):
        if rec.id in seen:
            n_dup += 1
            if n_dup <= 5:
                more = "; further duplicates are not reported" if n_dup == 5 else ""
                warnings.warn(f"document {n}: duplicate id {rec.id!r}; analysed, ids in the output repeat{more}",
                              FramingWarning, stacklevel=2)
        else:
            seen.add(rec.id)
        yield rec


def _read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    encoding_errors: str = "strict",
    stdin: IO[str] | None = None,
) -> Iterator[Record]:
    """Yield records from ``.txt`` files, folders of them, ``.csv``, ``.jsonl``, ``.parquet`` or ``-`` (stdin).

    Stdin is read as one plain text, unless it starts with ``{`` (then it is JSONL).
    """
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
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES)
            skipped = sorted(p.name for p in path.iterdir() if p.is_file() and p.suffix.lower() not in _TEXT_SUFFIXES)
            if skipped:
                warnings.warn(f"{path}: skipped {len(skipped)} file(s) that are not .txt: "
                              f"{', '.join(skipped[:5])}{' …' if len(skipped) > 5 else ''}",
                              FramingWarning, stacklevel=2)
            for p in files:
                rec = _read_text_file(p, encoding_errors, in_folder=True)
                if rec is not None:
                    yield rec
            continue
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        suffix = path.suffix.lower()
        if suffix == ".csv":
            _check_utf8(path, encoding_errors)
            yield from _read_csv(path, None, text_column, id_column)
        elif suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, None, text_column, id_column, encoding_errors)
        elif suffix in (".parquet", ".pq"):
            yield from _read_parquet(path, text_column, id_column)
        else:
            rec = _read_text_file(path, encoding_errors, in_folder=False)
            if rec is not None:
                yield rec


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, newline: str | None = None,
                  binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and move it into place only when the block succeeds.

    An exception or Ctrl-C inside the block leaves no partial file: the temporary file is removed and an
    existing ``path`` stays as it was.
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give the output a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{target}: cannot create its folder ({exc.strerror})") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; the result gets the usual permissions
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": newline}
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
