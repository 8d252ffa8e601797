"""framing.dask on a two-worker LocalCluster: same rows, columns and values as the single-process run."""

from __future__ import annotations

import pandas as pd
import pytest

from framing import Analyzer, InputError
from framing.corpus import analyze_corpus

from .conftest import MINI_LEXICON

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

TEXTS = [
    "The regime slammed the so-called reforms.",
    "Officials said the talks went well.",
    'The dictator said "the regime is strong" on Monday.',
    "",
    "Not a dictator, he said; the far-right party disagreed.",
]


def _frame(n: int = 40) -> pd.DataFrame:
    return pd.DataFrame({
        "text": [TEXTS[i % len(TEXTS)] + f" Item {i}." for i in range(n)],
        "outlet": [f"outlet{i % 3}" for i in range(n)],
        "year": [2000 + i % 7 for i in range(n)],
    }, index=pd.Index(range(100, 100 + n), name="row"))


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    try:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=40)
    except Exception:  # a sandbox that cannot start worker processes: threads still check the graph
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0",
                               silence_logs=40)
    with cluster, Client(cluster) as c:
        yield c


def _assert_same(out: pd.DataFrame, ref: pd.DataFrame) -> None:
    assert list(out.columns) == list(ref.columns)
    assert len(out) == len(ref)
    # metadata string columns may come back as pyarrow strings (dask's convert-string); values must match, and
    # analyze_corpus keeps the input's index as Dask does
    # ``error`` is a string column in Dask (an object column broke .to_parquet(), issue 13): missing is <NA> there
    # and None in analyze_corpus, the same value
    out = out.assign(error=out["error"].astype(object).where(out["error"].notna(), None))
    pd.testing.assert_frame_equal(out, ref, check_dtype=False, check_exact=True)
    scores = [c for c in ref.columns if ref[c].dtype == "float64"]
    assert scores and all(out[c].dtype == "float64" for c in scores)
    assert out["n_words"].dtype == "int64"


def test_cluster_results_identical_to_single_process(client) -> None:  # type: ignore[no-untyped-def]
    from framing.dask import analyze_dataframe

    df = _frame()
    ddf = dd.from_pandas(df, npartitions=4)
    lazy = analyze_dataframe(ddf, lexicons=[MINI_LEXICON], builtin_lexicons=False)
    assert lazy.npartitions == 4
    assert list(lazy._meta.columns[:6]) == ["id", "n_words", "language", "outlet", "year", "error"]
    out = lazy.compute()
    assert len(client.scheduler_info()["workers"]) == 2
    ref = analyze_corpus(df, lexicons=[MINI_LEXICON], builtin_lexicons=False)
    _assert_same(out, ref)
    assert list(out.index) == list(df.index)  # the input's index is kept
    assert list(out["id"]) == [str(i) for i in df.index]
    assert out["loaded_index"].sum() > 0


def test_id_column_and_analyzer(client) -> None:  # type: ignore[no-untyped-def]
    from framing.dask import analyze_dataframe

    df = _frame(12).assign(url=[f"u{i}" for i in range(12)])
    az = Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)
    out = analyze_dataframe(dd.from_pandas(df, npartitions=3), id_column="url", analyzer=az).compute()
    assert list(out["id"]) == [f"u{i}" for i in range(12)]
    assert "url" not in out.columns
    ref = analyze_corpus(df, id_column="url", analyzer=az)
    _assert_same(out, ref)


def test_missing_column_is_reported_before_computing() -> None:
    from framing.dask import analyze_dataframe

    ddf = dd.from_pandas(_frame(4), npartitions=1)
    with pytest.raises(InputError, match=r"no text column 'body'; the columns are 'text', 'outlet', 'year'"):
        analyze_dataframe(ddf, text_column="body", lexicons=[MINI_LEXICON], builtin_lexicons=False)
    with pytest.raises(InputError, match="no id column 'url'"):
        analyze_dataframe(ddf, id_column="url", lexicons=[MINI_LEXICON], builtin_lexicons=False)


def test_partition_function_without_a_cluster() -> None:
    from framing.dask import analyze_dataframe

    df = _frame(10)
    df.loc[103, "text"] = None
    out = analyze_dataframe(dd.from_pandas(df, npartitions=2), lexicons=[MINI_LEXICON],
                            builtin_lexicons=False).compute(scheduler="sync")
    # issue 13: a null text is a skipped row with its error, as in analyze_corpus and every reader
    assert out.loc[103, "n_words"] == 0 and out.loc[103, "error"] == "skipped: 'text' is null"
    assert out["error"].drop(index=103).isna().all()


def test_readme_example_writes_parquet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Regression (issue 13, 10): the README's example failed at ``.to_parquet()``: the ``error`` column's meta
    was ``object``, whose Dask placeholder pyarrow cannot type."""
    from framing.dask import analyze_dataframe

    df = _frame(12).assign(url=[f"u{i}" for i in range(12)])
    df.loc[df.index[3], "text"] = None
    scores = analyze_dataframe(dd.from_pandas(df, npartitions=3), text_column="text", id_column="url",
                               lexicons=[MINI_LEXICON], builtin_lexicons=False)
    scores.to_parquet(str(tmp_path / "scores"), compute_kwargs={"scheduler": "sync"})
    back = pd.read_parquet(tmp_path / "scores")
    assert len(back) == 12 and list(back["id"]) == [f"u{i}" for i in range(12)]
    assert back["error"].isna().sum() == 11 and back["error"].dropna().tolist() == ["skipped: 'text' is null"]
