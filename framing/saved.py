"""Reading analyses saved by ``framing analyze`` back, without analysing anything again.

Two kinds of file are recognised, by their content rather than their name:

- JSON Lines (or a JSON array) of :meth:`~framing.analysis.Analysis.to_dict` objects (``framing analyze -f
  jsonl|json``): every object has ``id``, ``n_words``, ``scores`` (an object) and ``spans`` (a list). They read
  back exactly (:meth:`~framing.analysis.Analysis.from_dict`); the texts are there only if the run used
  ``--include-text``.
- A document table in Parquet (``framing analyze -f parquet``): its first columns are ``id`` and ``n_words``
  (then ``language``, in tables written since session 24), it has an ``error`` column, and the flat scores follow
  ``error`` (:meth:`~framing.analysis.Analysis.to_row`). Such a table holds no text and no evidence: only the
  scores, the language and the metadata read back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from framing.analysis import Analysis
from framing.exceptions import InputError
from framing.schema import RESERVED_COLUMNS

__all__ = ["analysis_from_row", "is_saved_analyses", "read_analyses"]

_JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_DICT_KEYS = ("id", "n_words", "scores", "spans")


def _is_analysis_dict(obj: Any) -> bool:
    return _not_analysis(obj) is None


def _not_analysis(obj: Any) -> str | None:
    """Why ``obj`` is not an object written by ``framing analyze`` (what was expected, what it is); None if it is."""
    if not isinstance(obj, dict):
        return f"expected a JSON object (an analysis written by framing analyze), got a {_json_type(obj)}"
    missing = [k for k in _DICT_KEYS if k not in obj]
    if missing:
        return (f"expected an analysis written by framing analyze, with the keys {', '.join(_DICT_KEYS)}; the key(s) "
                f"{', '.join(missing)} are missing")
    for key, typ, what in (("scores", dict, "an object"), ("spans", list, "a list"), ("n_words", int, "an integer")):
        v = obj[key]
        if not isinstance(v, typ) or isinstance(v, bool):
            return f"field {key}: expected {what}, got a {_json_type(v)}"
    return None


def _json_type(v: Any) -> str:
    names = {dict: "JSON object", list: "JSON array", str: "string", bool: "boolean", int: "number",
             float: "number", type(None): "null"}
    return names.get(type(v), type(v).__name__)


def _first_json_object(path: Path) -> Any:
    with open(path, "rb") as f:
        head = f.read(1 << 20)
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("["):  # a JSON array: its first element
        text = text[1:].lstrip()
        try:
            return json.JSONDecoder().raw_decode(text)[0]
        except (json.JSONDecodeError, RecursionError):
            return None
    line = text.split("\n", 1)[0]
    try:
        return json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None


def _parquet_columns(path: Path) -> list[str] | None:
    try:
        import pyarrow.parquet as pq

        return list(pq.ParquetFile(path).schema_arrow.names)
    except Exception:  # not Parquet, or pyarrow missing: not a saved document table
        return None


def _is_document_table(columns: list[str], text_column: str) -> bool:
    return columns[:2] == ["id", "n_words"] and "error" in columns and text_column not in columns


def is_saved_analyses(path: str | os.PathLike[str], *, text_column: str = "text") -> bool:
    """Whether ``path`` is a file written by ``framing analyze`` (see the module docstring), not documents."""
    p = Path(path)
    if not p.is_file():
        return False
    suffix = p.suffix.lower()
    if suffix in _JSON_SUFFIXES:
        try:
            return _is_analysis_dict(_first_json_object(p))
        except OSError:
            return False
    if suffix in _PARQUET_SUFFIXES:
        cols = _parquet_columns(p)
        return cols is not None and _is_document_table(cols, text_column)
    return False


def analysis_from_row(row: Mapping[str, Any], columns: list[str] | None = None) -> Analysis:
    """An Analysis (scores and metadata, no text or evidence) from a document-table row: the inverse of
    :meth:`~framing.analysis.Analysis.to_row` for scalar metadata (``meta_<key>`` renames undone)."""
    cols = list(row) if columns is None else columns
    cut = cols.index("error")
    first_meta = 3 if cols[2:3] == ["language"] else 2  # older tables have no language column: English
    language = row.get("language") if first_meta == 3 else None
    scores: dict[str, float] = {}
    for c in cols[cut + 1 :]:
        v = row.get(c)
        if v is None:
            continue
        try:
            scores[c] = float(v)
        except (TypeError, ValueError):
            raise InputError(f"column {c!r} (a score: the columns after 'error' are scores): expected a number or "
                             f"null, got {v!r}") from None
    meta: dict[str, Any] = {}
    for c in cols[first_meta:cut]:
        key = c[5:] if c.startswith("meta_") and (c[5:] in RESERVED_COLUMNS or c[5:] in scores) else c
        meta[key] = row.get(c)
    n_words = row.get("n_words")
    return Analysis(id=str(row.get("id")), text="", n_words=int(n_words) if n_words is not None else 0,
                    scores=scores, meta=meta, error=row.get("error"), language=str(language or "en"))


def read_analyses(path: str | os.PathLike[str]) -> Iterator[Analysis]:
    """The analyses saved in ``path`` (JSONL/JSON of ``to_dict`` objects, or a Parquet document table), in order.

    A line that is not an analysis, or a value of the wrong type in one (a span's ``start`` that is not an
    integer ...), raises :class:`~framing.exceptions.InputError` naming the file and line (the item of a JSON
    array, the row of a Parquet table), the field, what was expected and what was found.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in _PARQUET_SUFFIXES:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(p)
        cols = list(pf.schema_arrow.names)
        if "error" not in cols or cols[:2] != ["id", "n_words"]:
            raise InputError(f"{p}: not a document table written by framing analyze (columns {cols[:5]}...)")
        n = 0
        for batch in pf.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                n += 1
                try:
                    a = analysis_from_row(row, cols)
                except InputError as exc:
                    raise InputError(f"{p}: row {n}: {exc}") from None
                yield a
        return
    if suffix == ".json":
        try:
            data = json.loads(p.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        items = data if isinstance(data, list) else [data]
        for i, obj in enumerate(items):
            why = _not_analysis(obj)
            if why is not None:
                raise InputError(f"{p}: item {i}: {why}")
            yield Analysis.from_dict(obj, source=f"{p}: item {i}")
        return
    with open(p, encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{lineno}: not valid JSON ({exc.msg})") from None
            why = _not_analysis(obj)
            if why is not None:
                raise InputError(f"{p}:{lineno}: {why}")
            yield Analysis.from_dict(obj, source=f"{p}:{lineno}")
