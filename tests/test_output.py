"""Writers: every format, streaming Parquet row groups, stable columns, the evidence table, atomic files."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from framing import Analysis, Analyzer, InputError
from framing.cli import main
from framing.corpus import analyze_corpus
from framing.exceptions import FramingWarning
from framing.output import SPAN_COLUMNS, document_row, write_analyses

from .conftest import MINI_LEXICON

pq = pytest.importorskip("pyarrow.parquet")

TEXTS = ["The regime slammed the so-called reforms.", "Officials said it.", 'He said "the regime is bad".', ""]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)


def _analyses(analyzer: Analyzer, n: int = 4, **meta: object) -> list[Analysis]:
    return [analyzer.analyze(TEXTS[i % 4], id=f"d{i}", meta={"outlet": f"o{i}", **meta}) for i in range(n)]


def test_jsonl_and_json_hold_the_contract(tmp_path: Path, analyzer: Analyzer) -> None:
    items = _analyses(analyzer)
    write_analyses(items, str(tmp_path / "a.jsonl"), fmt="jsonl")
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == [a.to_dict() for a in items]
    write_analyses(items, str(tmp_path / "a.json"), fmt="json", include_text=True)
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert data == [a.to_dict(include_text=True) for a in items]
    write_analyses([], str(tmp_path / "e.json"), fmt="json")
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8")) == []


def test_csv_has_an_error_column_and_fixed_header(tmp_path: Path, analyzer: Analyzer) -> None:
    items = _analyses(analyzer)
    items.append(Analysis(id="bad", text="", n_words=0, scores={}, meta={"outlet": "x"}, error="ValueError: no"))
    s = write_analyses(items, str(tmp_path / "a.csv"), fmt="csv")
    assert (s.total, s.failed) == (5, 1)
    with open(tmp_path / "a.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:5] == ["id", "n_words", "language", "outlet", "error"]
    assert rows[0]["error"] == "" and rows[4]["error"] == "ValueError: no"
    assert float(rows[0]["loaded_index"]) == pytest.approx(items[0].scores["loaded_index"])


def test_late_column_is_dropped_with_a_warning(tmp_path: Path, analyzer: Analyzer) -> None:
    items = _analyses(analyzer, 2)
    items.append(analyzer.analyze("regime", id="late", meta={"outlet": "o", "surprise": 1}))
    for fmt in ("csv", "parquet"):
        with pytest.warns(FramingWarning, match=r"column 'surprise' first appears in row 3"):
            write_analyses(items, str(tmp_path / f"late.{fmt}"), fmt=fmt)
    assert "surprise" not in pd.read_parquet(tmp_path / "late.parquet").columns


def test_parquet_streams_in_row_groups_with_float_scores(tmp_path: Path, analyzer: Analyzer) -> None:
    items = _analyses(analyzer, 10)
    dst = tmp_path / "a.parquet"
    write_analyses(iter(items), str(dst), fmt="parquet", row_group_size=3)
    f = pq.ParquetFile(dst)
    assert f.metadata.num_row_groups == 4
    schema = f.schema_arrow
    assert str(schema.field("loaded_index").type) == "double"
    assert str(schema.field("error").type) == "string"
    df = pd.read_parquet(dst)
    assert list(df["id"]) == [f"d{i}" for i in range(10)]
    expected = pd.DataFrame([document_row(a) for a in items])
    assert df["error"].isna().all() and expected["error"].isna().all()
    pd.testing.assert_frame_equal(df.drop(columns="error"), expected.drop(columns="error"), check_dtype=False)


def test_parquet_type_conflict_is_converted(tmp_path: Path, analyzer: Analyzer) -> None:
    items = [analyzer.analyze("regime", id=str(i), meta={"year": 2000 + i}) for i in range(3)]
    items.append(analyzer.analyze("regime", id="x", meta={"year": "unknown"}))
    dst = tmp_path / "c.parquet"
    with pytest.warns(FramingWarning, match=r"column 'year' has values that are not int64"):
        write_analyses(items, str(dst), fmt="parquet", row_group_size=2)
    assert pd.read_parquet(dst)["year"].tolist()[:3] == [2000, 2001, 2002]


def test_parquet_needs_a_file(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="Parquet output needs a file"):
        write_analyses(_analyses(analyzer), "-", fmt="parquet")
    with pytest.raises(InputError, match="format must be one of"):
        write_analyses(_analyses(analyzer), "x", fmt="xml")


def test_empty_parquet_is_valid(tmp_path: Path) -> None:
    write_analyses([], str(tmp_path / "e.parquet"), fmt="parquet")
    assert len(pd.read_parquet(tmp_path / "e.parquet")) == 0


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_evidence_table_equals_analyze_corpus(tmp_path: Path, analyzer: Analyzer, suffix: str) -> None:
    items = [analyzer.analyze(t, id=str(i)) for i, t in enumerate(TEXTS)]
    spans_path = tmp_path / f"spans{suffix}"
    summary = write_analyses(items, str(tmp_path / "docs.jsonl"), spans_path=str(spans_path))
    _, ref = analyze_corpus(TEXTS, analyzer=analyzer, evidence=True)
    if suffix == ".csv":
        got = pd.read_csv(spans_path, keep_default_na=False, dtype={"id": str})
        got["probability"] = got["probability"].replace("", float("nan")).astype(float)
    elif suffix == ".parquet":
        got = pd.read_parquet(spans_path)
    else:
        got = pd.read_json(spans_path, lines=True, dtype={"id": str})
    assert summary.spans == len(ref) > 0
    assert list(got.columns) == list(SPAN_COLUMNS)
    pd.testing.assert_frame_equal(got, ref, check_dtype=False)
    for row in got.itertuples(index=False):
        assert TEXTS[row.doc_index][row.start : row.end] == row.text


def test_evidence_table_needs_a_known_suffix_and_another_file(tmp_path: Path, analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match=r"written as .csv, .parquet or .jsonl"):
        write_analyses(_analyses(analyzer), str(tmp_path / "d.jsonl"), spans_path=str(tmp_path / "s.xlsx"))
    with pytest.raises(InputError, match="are the same file"):
        write_analyses(_analyses(analyzer), str(tmp_path / "d.csv"), fmt="csv", spans_path=str(tmp_path / "d.csv"))


def test_interrupted_write_leaves_no_file(tmp_path: Path, analyzer: Analyzer) -> None:
    def gen() -> Iterator[Analysis]:
        yield from _analyses(analyzer, 3)
        raise KeyboardInterrupt

    for fmt in ("jsonl", "csv", "parquet"):
        dst = tmp_path / f"x.{fmt}"
        with pytest.raises(KeyboardInterrupt):
            write_analyses(gen(), str(dst), fmt=fmt, spans_path=str(tmp_path / "s.parquet"), row_group_size=1)
        assert not dst.exists()
    assert not (tmp_path / "s.parquet").exists()
    assert list(tmp_path.iterdir()) == []


def test_cli_parquet_and_spans(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "outlet": "X"}) + "\n" for i, t in enumerate(TEXTS)),
                   encoding="utf-8")
    out, spans = tmp_path / "o.parquet", tmp_path / "s.csv"
    code = main(["analyze", str(src), "--format", "parquet", "-o", str(out), "--spans", str(spans), "--no-progress",
                 "--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON)])
    assert code == 0
    df = pd.read_parquet(out)
    assert list(df["id"]) == ["a0", "a1", "a2", "a3"] and list(df["outlet"]) == ["X"] * 4
    sp = pd.read_csv(spans)
    assert set(sp["id"]) <= set(df["id"]) and len(sp) > 0
    assert capsys.readouterr().err == "framing: 4 document(s) in the input: 4 analysed, 0 skipped, 0 failed\n"


def test_cli_progress_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS), encoding="utf-8")
    code = main(["analyze", str(src), "-o", str(tmp_path / "o.jsonl"), "--progress", "--no-builtin-lexicons",
                 "--lexicon", str(MINI_LEXICON)])
    assert code == 0
    assert "4/4" in capsys.readouterr().err
