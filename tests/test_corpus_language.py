"""The table outputs carry each document's language: non-English rows (NaN scores, no error) can be told apart."""

from __future__ import annotations

import csv
import json
import math
import warnings
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.saved import read_analyses

from .conftest import MINI_LEXICON

GERMAN = "Der Bundestag hat heute beschlossen, dass die Regierung das Gesetz zur Migration nicht ändern wird."
FRENCH = "Le gouvernement a annoncé mardi que la réforme des retraites serait adoptée sans vote au Parlement."
TEXTS = [GERMAN, "The regime slammed the reforms.", FRENCH]
KW = {"lexicons": [MINI_LEXICON], "builtin_lexicons": False}


def test_analyze_corpus_has_a_language_column() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = framing.analyze_corpus(TEXTS, **KW)  # type: ignore[arg-type]
    assert list(docs.columns[:4]) == ["id", "n_words", "language", "error"]
    assert list(docs["language"]) == ["de", "en", "fr"]
    assert list(docs["language"]) == [framing.analyze(t).language for t in TEXTS]
    german = docs.iloc[0]
    assert german["error"] is None and math.isnan(german["loaded_index"])
    assert docs.loc[docs["language"] != "en", "id"].tolist() == ["0", "2"]


def test_language_metadata_is_renamed_and_a_dataframe_keeps_it() -> None:
    df = pd.DataFrame({"text": TEXTS, "language": ["German", "English", "French"]}, index=[10, 11, 12])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = framing.analyze_corpus(df, **KW)  # type: ignore[arg-type]
        streamed = framing.analyze_corpus(iter(df.to_dict("records")), **KW)  # type: ignore[arg-type]
    assert list(docs["language"]) == ["de", "en", "fr"] and list(docs.index) == [10, 11, 12]
    assert list(docs["meta_language"]) == ["German", "English", "French"]
    assert list(streamed["language"]) == ["de", "en", "fr"]


def test_skipped_rows_say_en_and_have_their_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = framing.analyze_corpus([{"text": GERMAN}, {"text": None}], **KW)  # type: ignore[arg-type]
    assert list(docs["language"]) == ["de", "en"] and docs["error"].tolist() == [None, "skipped: 'text' is null"]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    p = tmp_path / "docs.jsonl"
    p.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "outlet": "X"}) + "\n" for i, t in enumerate(TEXTS)),
                 encoding="utf-8")
    return p


def test_cli_csv_and_parquet_have_the_language_column(src: Path, tmp_path: Path) -> None:
    lex = ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["analyze", str(src), "--format", "csv", "-o", str(tmp_path / "o.csv"), *lex]) == 0
        assert main(["analyze", str(src), "--format", "parquet", "-o", str(tmp_path / "o.parquet"), *lex]) == 0
    with open(tmp_path / "o.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:5] == ["id", "n_words", "language", "outlet", "error"]
    assert [r["language"] for r in rows] == ["de", "en", "fr"]
    pytest.importorskip("pyarrow")
    table = pd.read_parquet(tmp_path / "o.parquet")
    assert list(table.columns[:5]) == ["id", "n_words", "language", "outlet", "error"]
    assert list(table["language"]) == ["de", "en", "fr"]
    back = list(read_analyses(tmp_path / "o.parquet"))  # the table reads back with its languages
    assert [a.language for a in back] == ["de", "en", "fr"] and [dict(a.meta) for a in back] == [{"outlet": "X"}] * 3


def test_an_older_parquet_table_without_the_column_still_reads(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    p = tmp_path / "old.parquet"
    pq.write_table(pa.table({"id": ["a"], "n_words": [3], "outlet": ["X"], "error": [None],
                             "loaded_index": [1.5]}), p)
    (a,) = read_analyses(p)
    assert a.language == "en" and dict(a.meta) == {"outlet": "X"} and a.scores["loaded_index"] == 1.5


def test_dask_frames_have_the_language_column() -> None:
    dd = pytest.importorskip("dask.dataframe")
    from framing.dask import analyze_dataframe

    df = pd.DataFrame({"text": TEXTS, "outlet": ["X", "Y", "Z"]})
    lazy = analyze_dataframe(dd.from_pandas(df, npartitions=2), **KW)  # type: ignore[arg-type]
    assert list(lazy._meta.columns[:5]) == ["id", "n_words", "language", "outlet", "error"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = lazy.compute(scheduler="synchronous")
    assert list(out["language"]) == ["de", "en", "fr"]
