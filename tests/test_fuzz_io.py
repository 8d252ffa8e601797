"""Property tests of the CSV and JSONL readers against oracles: pandas for CSV, the json module for JSONL (issue 13).

- A well-formed CSV (any cells: quotes, commas, CR, LF, Unicode) reads back exactly as pandas reads it.
- A CSV damaged by a stray quote: when pandas refuses it (EOF inside a quoted field) the reader refuses it too,
  naming the file and a line; when the reader accepts it with rows as wide as the header, pandas reads the same
  cells; with ``on_error="skip"`` it never stops, and every record has either its text or its error.
- A JSONL file of objects and garbage lines gives one record per non-blank line: the object's text and the
  other keys as metadata when ``json.loads`` gives an object with a string text, a skipped record otherwise.

Bounded (a few dozen examples each) so the module runs in seconds.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framing.exceptions import InputError
from framing.io import SKIPPED, Record, read_inputs

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow])

_CHARS = st.sampled_from(["a", "b", " ", ",", '"', "\n", "\r\n", "\r", "é", "\u201c", "'", "\t", "x y", "0", "-1"])
cells = st.lists(_CHARS, max_size=6).map("".join)


@st.composite
def tables(draw: Any) -> tuple[list[str], list[list[str]]]:
    # at least two columns: pandas takes a one-column line of white space (a text "\t") for a blank line
    extra = draw(st.lists(st.sampled_from(["id", "outlet", "date", "b", "c"]), unique=True, min_size=1, max_size=3))
    header = draw(st.permutations(["text", *extra]))
    n = draw(st.integers(min_value=0, max_value=6))
    rows = [[draw(cells) for _ in header] for _ in range(n)]
    return list(header), rows


def _serialise(header: list[str], rows: list[list[str]], quoting: int, terminator: str) -> str:
    if terminator == "\n":  # csv.writer quotes a field holding the terminator's characters only: a lone CR
        quoting = csv.QUOTE_ALL  # would go unquoted, which is not well-formed CSV
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting, lineterminator=terminator)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _ours(path: Path, **kw: Any) -> list[Record]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(read_inputs([path], **kw))


def _pandas(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")


def _blank(row: list[str]) -> bool:  # a row that is only an empty line: no record in pandas nor here
    return len(row) == 1 and row[0] == ""


@SETTINGS
@given(table=tables(), quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
       terminator=st.sampled_from(["\r\n", "\n"]))
def test_well_formed_csv_reads_like_pandas(tmp_path: Path, table: tuple[list[str], list[list[str]]], quoting: int,
                                           terminator: str) -> None:
    header, rows = table
    path = tmp_path / "t.csv"
    path.write_bytes(_serialise(header, rows, quoting, terminator).encode("utf-8"))
    recs = _ours(path)
    assert all(r.error is None for r in recs)
    df = _pandas(path)
    assert len(recs) == len(df)
    for rec, (_, row) in zip(recs, df.iterrows(), strict=True):
        assert rec.text == row["text"]
        # the id rule (README): an `id` column is the record's id (empty: the row's position), not metadata
        assert dict(rec.meta) == {c: row[c] for c in header if c not in ("text", "id")}
        if "id" in header and row["id"] != "":
            assert rec.id == row["id"]


@SETTINGS
@given(table=tables(), where=st.floats(min_value=0, max_value=1), terminator=st.sampled_from(["\r\n", "\n"]))
def test_stray_quote_is_refused_when_pandas_refuses_and_read_alike_otherwise(
        tmp_path: Path, table: tuple[list[str], list[list[str]]], where: float, terminator: str) -> None:
    header, rows = table
    good = _serialise(header, rows, csv.QUOTE_MINIMAL, terminator)
    cut = len(good.split(terminator, 1)[0]) + len(terminator)  # keep the header intact
    pos = cut + int(where * (len(good) - cut))
    bad = good[:pos] + '"' + good[pos:]
    path = tmp_path / "t.csv"
    path.write_bytes(bad.encode("utf-8"))
    try:
        df: pd.DataFrame | None = _pandas(path)
        pandas_error = ""
    except pd.errors.ParserError as exc:
        df, pandas_error = None, str(exc)
    try:
        recs: list[Record] | None = _ours(path)
    except InputError as exc:
        recs = None
        assert str(exc).startswith(f"{path}:") and str(exc).split(":")[1].isdigit(), str(exc)
    if "EOF inside string" in pandas_error:
        assert recs is None, "pandas refuses an unterminated quote; so must the reader"
    if recs is not None and df is not None:
        parsed = list(csv.reader(io.StringIO(bad, newline=""), strict=True))[1:]
        if all(len(r) == len(header) for r in parsed if not _blank(r)):
            assert [r.text for r in recs] == list(df["text"])
    skipped = _ours(path, on_error="skip")  # never stops, and accounts for every record
    assert all((r.error is None) or (r.error.startswith(SKIPPED) and r.text == "") for r in skipped)
    if recs is not None:
        assert [r.text for r in skipped] == [r.text for r in recs]


_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6)
_objects = st.fixed_dictionaries({}, optional={"text": _values | st.text(max_size=12), "id": _values,
                                               "outlet": _values, "score": _values})
_lines = st.one_of(
    _objects.map(lambda o: json.dumps(o, ensure_ascii=False)),
    _objects.map(lambda o: json.dumps(o, ensure_ascii=True)),
    st.sampled_from(["[1, 2]", '"str"', "3", "null", "{", '{"text": ', "not json", "", "   ", "{}"]),
)


def _expected(lines: list[str]) -> list[tuple[str, str | None, dict[str, Any] | None]] | None:
    """What the reader must give per non-blank line: (id, text or None when skipped, metadata); None when the
    run must stop (the first object without a text key: a wrong text column)."""
    out: list[tuple[str, str | None, dict[str, Any] | None]] = []
    n_ok = 0
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            out.append((str(lineno), None, None))
            continue
        if not isinstance(obj, dict):
            out.append((str(lineno), None, None))
            continue
        rid = obj.get("id")
        # a null id (None, NaN: io.is_missing, as in CSV and DataFrame input) or an empty one: the line number
        rid = str(lineno) if rid is None or rid == "" or (isinstance(rid, float) and rid != rid) else str(rid)
        meta = {k: v for k, v in obj.items() if k not in ("text", "id")}
        if "text" not in obj:
            if n_ok == 0:
                return None
            out.append((rid, None, meta))
        elif isinstance(obj["text"], str):
            n_ok += 1
            out.append((rid, obj["text"], meta))
        else:
            out.append((rid, None, meta))
    return out


@SETTINGS
@given(lines=st.lists(_lines, max_size=8))
@example(lines=['{"text": ""}', '{"id": NaN}'])  # a NaN id is a missing id (found by this test, session 18)
def test_jsonl_reads_like_json_loads(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes("".join(line + "\n" for line in lines).encode("utf-8"))
    expected = _expected(lines)
    if expected is None:
        with pytest.raises(InputError, match="no text column 'text'"):
            _ours(path)
        return
    recs = _ours(path)
    assert len(recs) == len(expected)
    for rec, (rid, text, meta) in zip(recs, expected, strict=True):
        assert rec.id == rid
        if text is None:
            assert rec.error is not None and rec.error.startswith(SKIPPED) and rec.text == ""
        else:
            assert rec.error is None and rec.text == text
        if meta is not None:
            assert json.dumps(dict(rec.meta), sort_keys=True) == json.dumps(meta, sort_keys=True)
