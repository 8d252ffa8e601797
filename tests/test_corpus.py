"""The corpus API: every input kind, metadata kept, stable columns, evidence table, failures, parallel runs."""

from __future__ import annotations

import functools
import json
import math
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import Analyzer, InputError, Record
from framing.corpus import CorpusFrames, analyze_corpus, count_records, iter_analyses, spans_frame
from framing.exceptions import FramingWarning
from framing.output import SPAN_COLUMNS

from .conftest import MINI_LEXICON

LEX = {"lexicons": [MINI_LEXICON], "builtin_lexicons": False}
TEXTS = [
    "The regime slammed the so-called reforms.",
    "Officials said the talks went well.",
    'The dictator said "the regime is strong" on Monday.',
    "",
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)


def test_strings_give_one_row_per_document_in_order(analyzer: Analyzer) -> None:
    docs = analyze_corpus(TEXTS, analyzer=analyzer)
    assert list(docs["id"]) == ["0", "1", "2", "3"]
    assert list(docs.columns[:4]) == ["id", "n_words", "language", "error"]
    for i, text in enumerate(TEXTS):
        single = analyzer.analyze(text)
        assert docs.loc[i, "n_words"] == single.n_words
        for k, v in single.scores.items():
            assert docs.loc[i, k] == pytest.approx(v), k
    assert docs.loc[0, "attribution_loaded_count"] == 1
    assert docs["error"].isna().all()
    assert docs.loc[3, "loaded_index"] == 0.0


def test_score_columns_are_float_and_metadata_kept(analyzer: Analyzer) -> None:
    rows = [{"text": t, "outlet": f"o{i}", "year": 2000 + i} for i, t in enumerate(TEXTS)]
    docs = analyze_corpus(rows, analyzer=analyzer)
    assert list(docs.columns[:6]) == ["id", "n_words", "language", "outlet", "year", "error"]
    assert list(docs["outlet"]) == ["o0", "o1", "o2", "o3"]
    assert list(docs["year"]) == [2000, 2001, 2002, 2003]
    score_cols = list(docs.columns[6:])
    assert "loaded_index" in score_cols
    assert all(docs[c].dtype == "float64" for c in score_cols)


def test_dict_ids_and_clashing_metadata(analyzer: Analyzer) -> None:
    rows = [{"text": "a regime", "id": "x", "n_words": 99, "loaded_index": "mine"}]
    docs = analyze_corpus(rows, analyzer=analyzer)
    assert docs.loc[0, "id"] == "x"
    assert docs.loc[0, "n_words"] == 2
    assert docs.loc[0, "meta_n_words"] == 99
    assert docs.loc[0, "meta_loaded_index"] == "mine"
    assert docs.loc[0, "loaded_index"] > 0
    docs = analyze_corpus([{"body": "regime", "key": 7}], text_column="body", id_column="key", analyzer=analyzer)
    assert docs.loc[0, "id"] == "7"


def test_dict_without_text_key_lists_keys(analyzer: Analyzer) -> None:
    """As in JSONL: a missing text key on the first item is a wrong text_column (an error listing the keys);
    on a later item that item is a skipped row (issue 13: every input record is accounted for)."""
    with pytest.raises(InputError, match=r"document 0: no text key 'text'; its keys are 'body', 'outlet'"):
        analyze_corpus([{"body": "x", "outlet": "y"}, {"text": "ok"}], analyzer=analyzer)
    with pytest.warns(FramingWarning, match="document 1: skipped, no text key 'text'"):
        docs = analyze_corpus([{"text": "ok"}, {"body": "x", "outlet": "y"}], analyzer=analyzer)
    assert list(docs["error"]) == [None, "skipped: no text key 'text'"] and list(docs["outlet"])[1] == "y"


def test_dataframe_input_ids_from_index_column_or_id(analyzer: Analyzer) -> None:
    df = pd.DataFrame({"text": TEXTS, "outlet": list("abcd")}, index=[10, 11, 12, 13])
    docs = analyze_corpus(df, analyzer=analyzer)
    assert list(docs["id"]) == ["10", "11", "12", "13"]
    assert list(docs["outlet"]) == list("abcd")
    df2 = df.assign(url=["u1", "u2", "u3", "u4"])
    assert list(analyze_corpus(df2, id_column="url", analyzer=analyzer)["id"]) == ["u1", "u2", "u3", "u4"]
    with pytest.raises(InputError, match=r"no text column 'body'; the columns are 'text', 'outlet'"):
        analyze_corpus(df, text_column="body", analyzer=analyzer)


def test_dataframe_missing_text_is_a_skipped_row(analyzer: Analyzer) -> None:
    """Issue 13: a null text is a skipped row with its error in every input kind (it was an empty document
    here, a silently dropped line in JSONL and an abort for dicts); an empty string is an empty document."""
    df = pd.DataFrame({"text": ["the regime", None, float("nan"), ""]})
    with pytest.warns(FramingWarning, match="skipped, 'text' is null"):
        docs = analyze_corpus(df, analyzer=analyzer)
    assert list(docs["n_words"]) == [2, 0, 0, 0]
    assert list(docs["error"]) == [None, "skipped: 'text' is null", "skipped: 'text' is null", None]


def test_series_input(analyzer: Analyzer) -> None:
    docs = analyze_corpus(pd.Series(["the regime", "calm"], index=["a", "b"]), analyzer=analyzer)
    assert list(docs["id"]) == ["a", "b"]


def _write_inputs(tmp_path: Path) -> dict[str, Path]:
    jl = tmp_path / "in.jsonl"
    jl.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "outlet": "X"}) + "\n" for i, t in enumerate(TEXTS)),
                  encoding="utf-8")
    csvp = tmp_path / "in.csv"
    pd.DataFrame({"text": TEXTS, "outlet": ["X"] * 4}).to_csv(csvp, index=False)
    pq = tmp_path / "in.parquet"
    pd.DataFrame({"text": TEXTS, "outlet": ["X"] * 4}).to_parquet(pq)
    folder = tmp_path / "txt"
    folder.mkdir()
    for i, t in enumerate(TEXTS):
        (folder / f"doc{i}.txt").write_text(t, encoding="utf-8")
    return {"jsonl": jl, "csv": csvp, "parquet": pq, "folder": folder}


def test_every_path_kind_gives_the_same_scores(tmp_path: Path, analyzer: Analyzer) -> None:
    ref = analyze_corpus(TEXTS, analyzer=analyzer)
    for kind, path in _write_inputs(tmp_path).items():
        docs = analyze_corpus(str(path) if kind == "csv" else path, analyzer=analyzer)
        assert len(docs) == 4, kind
        assert list(docs["loaded_index"]) == list(ref["loaded_index"]), kind
        assert list(docs["n_words"]) == list(ref["n_words"]), kind
        if kind != "folder":
            assert list(docs["outlet"]) == ["X"] * 4, kind
    docs = analyze_corpus(tmp_path / "in.jsonl", analyzer=analyzer)
    assert list(docs["id"]) == ["d0", "d1", "d2", "d3"]


def test_a_text_is_not_a_path(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match=r"not an existing file or folder \(to analyse one text, use framing.analyze"):
        analyze_corpus("The regime slammed the reforms.", analyzer=analyzer)
    with pytest.raises(InputError, match="got int"):
        analyze_corpus(3, analyzer=analyzer)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="item 1 is a int"):
        analyze_corpus(["ok", 5], analyzer=analyzer)


def test_analyzer_and_configuration_are_exclusive(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="either analyzer= or scorers=/lexicons="):
        analyze_corpus(TEXTS, analyzer=analyzer, scorers=["lexicon"])


def test_evidence_table_matches_the_spans(analyzer: Analyzer) -> None:
    result = analyze_corpus(TEXTS, analyzer=analyzer, evidence=True)
    assert isinstance(result, CorpusFrames)
    docs, spans = result
    assert list(spans.columns) == list(SPAN_COLUMNS)
    expected = [(i, s) for i, t in enumerate(TEXTS) for s in analyzer.analyze(t).spans]
    assert len(spans) == len(expected) > 0
    for row, (i, s) in zip(spans.itertuples(index=False), expected, strict=True):
        assert row.doc_index == i
        assert row.id == docs.loc[i, "id"]
        assert (row.start, row.end, row.text, row.category) == (s.start, s.end, s.text, s.category)
        assert TEXTS[i][row.start : row.end] == row.text
    assert spans["start"].dtype == "int64" and spans["in_quote"].dtype == bool
    assert spans.loc[spans.text == "regime", "in_quote"].tolist() == [False, True]
    # one row per document still; the spans join back through doc_index
    assert docs.loc[spans.doc_index, "id"].tolist() == spans["id"].tolist()


def test_empty_corpus_has_the_columns(analyzer: Analyzer) -> None:
    docs, spans = analyze_corpus([], analyzer=analyzer, evidence=True)
    assert len(docs) == 0 and list(docs.columns[:4]) == ["id", "n_words", "language", "error"]
    assert len(spans) == 0 and list(spans.columns) == list(SPAN_COLUMNS)


class _Boom:
    name = "boom"

    def score(self, doc, result) -> None:  # type: ignore[no-untyped-def]
        if "boom" in doc.text:
            raise RuntimeError("exploded")
        result.scores["boom_ok"] = 1.0


def test_a_failing_document_is_recorded_not_fatal() -> None:
    az = Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)
    az.scorers.append(_Boom())
    with pytest.warns(FramingWarning, match=r"document '1' failed: RuntimeError: exploded"):
        docs = analyze_corpus(["the regime", "a boom here", "calm"], analyzer=az)
    assert docs.loc[1, "error"] == "RuntimeError: exploded"
    assert docs.loc[0, "error"] is None
    assert math.isnan(docs.loc[1, "loaded_index"])
    assert list(docs["boom_ok"].isna()) == [False, True, False]


def test_parallel_results_equal_single_process(analyzer: Analyzer) -> None:
    texts = [TEXTS[i % len(TEXTS)] + f" Item {i}." for i in range(150)]
    one = analyze_corpus(texts, analyzer=analyzer, evidence=True)
    two = analyze_corpus(texts, analyzer=analyzer, n_jobs=2, evidence=True)
    pd.testing.assert_frame_equal(one.documents, two.documents)
    pd.testing.assert_frame_equal(one.spans, two.spans)


def test_n_jobs_must_be_valid(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="n_jobs"):
        list(iter_analyses(analyzer, TEXTS, n_jobs=0))


def test_progress_bar_on_stderr(analyzer: Analyzer, capsys: pytest.CaptureFixture[str]) -> None:
    analyze_corpus(TEXTS, analyzer=analyzer, progress=True)
    err = capsys.readouterr().err
    assert "4/4" in err and "doc" in err
    analyze_corpus(TEXTS, analyzer=analyzer)
    assert capsys.readouterr().err == ""


def test_count_records(tmp_path: Path) -> None:
    paths = _write_inputs(tmp_path)
    assert count_records(paths["jsonl"]) == 4
    assert count_records(paths["parquet"]) == 4
    assert count_records(paths["folder"]) == 4
    assert count_records(paths["csv"]) is None
    assert count_records(TEXTS) == 4
    assert count_records(iter(TEXTS)) is None


def test_records_pass_through(analyzer: Analyzer) -> None:
    recs = [Record(id="r1", text="the regime", meta={"k": 1})]
    docs = analyze_corpus(recs, analyzer=analyzer)
    assert docs.loc[0, "id"] == "r1" and docs.loc[0, "k"] == 1


def test_builds_its_analyzer_from_the_configuration() -> None:
    docs = analyze_corpus(["the regime"], scorers=["lexicon"], **LEX)  # type: ignore[arg-type]
    assert docs.loc[0, "pejorative_label_count"] == 1


WORDS = ["the", "regime", "slammed", "so-called", "dictator", "said", "“", "”", '"', "Regime", "—", "\n\n", ".",
         "Nicolás", "state-run", "regime's", "not", "far-right"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join), max_size=5))
def test_evidence_offsets_invariant(texts: list[str]) -> None:
    az = _shared_analyzer()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs, spans = analyze_corpus(texts, analyzer=az, evidence=True)
    assert len(docs) == len(texts)
    for row in spans.itertuples(index=False):
        assert texts[row.doc_index][row.start : row.end] == row.text
    assert spans_frame(az.analyze_many(texts)).equals(spans)


@functools.lru_cache(maxsize=1)
def _shared_analyzer() -> Analyzer:
    return Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)


_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "‒": "-"})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ İ’‘ʼ‐‑‒-'ßΣ\n")) | st.characters(), max_size=40))
def test_fast_normalisation_equals_the_translate_reference(text: str) -> None:
    # the performance edit in framing.tokenize.normalize_for_matching must not change its result
    from framing.tokenize import normalize_for_matching

    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    assert normalize_for_matching(text) == low.translate(_TRANSLATE)


_NEG_WORDS = ["not", "no", "knot", "cannot", "don't", "isn’t", "never", "nothing", "the", "regime", ".", ";", "(",
              '"', "“", "\n", "without", "snow", "x" * 30, "-", "hardly", "n't", "nor", "piano"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_NEG_WORDS), max_size=40).map(" ".join), st.data())
def test_matcher_shortcuts_equal_the_plain_checks(text: str, data: st.DataObject) -> None:
    # the performance edits in framing.matcher must not change which spans are negated or cut at clauses
    from framing.document import Document
    from framing.matcher import _CLAUSE_CHARS, _WINDOW, Matcher
    from framing.tokenize import TOKEN_RE

    doc = Document(text)
    m = Matcher([])
    norm = doc.norm
    pos = data.draw(st.integers(0, len(text)))
    assert m._negated_hinted(doc, pos) == m.negated(doc, pos)
    lo = max(0, pos - _WINDOW)
    cut = max(norm.rfind(ch, lo, pos) for ch in _CLAUSE_CHARS)
    assert m._prev_tokens(norm, pos) == TOKEN_RE.findall(norm, cut + 1 if cut >= 0 else lo, pos)
    hi = min(len(norm), pos + _WINDOW)
    cuts = [i for i in (norm.find(ch, pos, hi) for ch in _CLAUSE_CHARS) if i >= 0]
    assert m._next_tokens(norm, pos) == TOKEN_RE.findall(norm, pos, min(cuts) if cuts else hi)


def test_dataframe_index_is_kept(analyzer: Analyzer) -> None:
    df = pd.DataFrame({"text": TEXTS, "outlet": list("abcd")}, index=pd.Index([10, 11, 12, 13], name="row"))
    docs = analyze_corpus(df, analyzer=analyzer)
    assert docs.index.equals(df.index) and docs.index.name == "row"
    docs2, spans = analyze_corpus(df, analyzer=analyzer, evidence=True)
    assert list(docs2.iloc[spans["doc_index"]]["id"]) == list(spans["id"])
    s = pd.Series(["the regime", "calm"], index=["a", "b"])
    assert list(analyze_corpus(s, analyzer=analyzer).index) == ["a", "b"]


def test_one_id_rule_for_every_input(tmp_path: Path, analyzer: Analyzer) -> None:
    rows = {"id": ["x1", "x2"], "text": ["the regime", "calm"], "outlet": ["A", "B"]}
    csvp, pq, jl = tmp_path / "in.csv", tmp_path / "in.parquet", tmp_path / "in.jsonl"
    pd.DataFrame(rows).to_csv(csvp, index=False)
    pd.DataFrame(rows).to_parquet(pq)
    jl.write_text("".join(json.dumps({k: v[i] for k, v in rows.items()}) + "\n" for i in range(2)),
                  encoding="utf-8")
    for data in (csvp, pq, jl, pd.DataFrame(rows), [dict(zip(rows, vals, strict=True))
                                                       for vals in zip(*rows.values(), strict=True)]):
        docs = analyze_corpus(data, analyzer=analyzer)
        assert list(docs["id"]) == ["x1", "x2"], type(data)
        assert "meta_id" not in docs.columns and list(docs["outlet"]) == ["A", "B"]


def _frame_from_rows(analyzer: Analyzer, records: list[dict[str, object]]) -> pd.DataFrame:
    """The documents frame as analyze_corpus built it before issue 16: a DataFrame of one dict per document."""
    from framing.corpus import iter_records
    from framing.schema import RESERVED_COLUMNS

    rows, meta, scores = [], {}, dict.fromkeys(analyzer.score_names)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for a in iter_analyses(analyzer, iter_records(records)):
            row = a.to_row()
            for k in row:
                if k in a.scores:
                    scores.setdefault(k)
                elif k not in RESERVED_COLUMNS:
                    meta.setdefault(k)
            rows.append(row)
    df = pd.DataFrame(rows, columns=["id", "n_words", "language", *meta, "error", *scores])
    df = df.astype({"id": str, "n_words": "int64", "language": str, **dict.fromkeys(scores, "float64")})
    df["error"] = pd.Series([r["error"] for r in rows], dtype=object, index=df.index)
    return df


@pytest.mark.parametrize("records", [
    [{"text": t} for t in TEXTS],
    [{"text": "The regime slammed it.", "src": 1, "tag": "a"}, {"text": None, "src": 2},
     {"text": "Officials said so.", "tag": 3, "loaded_index": "x"}, {"text": "Plain words here.", "when": None}],
    [{"text": "Der Bundestag hat am Donnerstag nach langer Debatte ein Gesetz zur Migration beschlossen."}],
    [],
])
def test_columnwise_frame_equals_the_frame_of_rows(analyzer: Analyzer, records: list[dict[str, object]]) -> None:
    # issue 16: scores are collected column by column (flat memory); the frame must not change
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = analyze_corpus(records, analyzer=analyzer)
    pd.testing.assert_frame_equal(got, _frame_from_rows(analyzer, records), check_exact=True)


def test_score_block_equals_typed_columns_and_is_not_copied() -> None:
    # issue 16: a sized input writes the declared scores into one block that becomes the frame's float block
    # (no copy); an iterator of unknown length uses typed columns; both give the same frame, undeclared scores
    # (a custom scorer's) and failed documents included
    import numpy as np

    from framing.corpus import _Collector

    az = Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False)
    az.scorers.append(_Boom())
    texts = [*TEXTS, "a boom here", "calm"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sized = analyze_corpus(texts, analyzer=az)
        streamed = analyze_corpus(iter(texts), analyzer=az)
        analyses = list(iter_analyses(az, texts))
    pd.testing.assert_frame_equal(sized, streamed, check_exact=True)
    assert "boom_ok" in sized.columns
    col = _Collector(False, az.score_names, expected=len(texts))
    for a in analyses:
        col.add(a)
    docs = col.documents()
    pd.testing.assert_frame_equal(docs, streamed, check_exact=True)
    assert np.shares_memory(docs["loaded_index"].to_numpy(), col.block)
    # more documents than expected: the block turns into typed columns, same frame
    short = _Collector(False, az.score_names, expected=2)
    for a in analyses:
        short.add(a)
    assert short.block is None
    pd.testing.assert_frame_equal(short.documents(), streamed, check_exact=True)


# --- session 24 audit: duplicate ids, nulls in a list, where warnings point ----------------------------------


def _warnings(fn: object, *args: object, **kw: object) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn(*args, **kw)  # type: ignore[operator]
    return [w for w in caught if issubclass(w.category, FramingWarning)]


def test_duplicate_ids_warn_naming_the_id_and_both_positions_in_every_input_kind(tmp_path: Path,
                                                                                 analyzer: Analyzer) -> None:
    """Regression (session 24 audit, 4): a DataFrame, a Series with a duplicate index and a list of dicts with
    duplicate ids gave no warning; the CSV path named one row only."""
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("id,text\nx,a\ny,b\nx,c\n", encoding="utf-8")
    cases = [
        (pd.DataFrame({"text": ["a", "b"], "id": ["x", "x"]}), "'x' in DataFrame rows 0 and 1 (counted from 0)"),
        (pd.DataFrame({"text": ["a", "b", "c"]}, index=["p", "q", "p"]),
         "'p' in DataFrame rows 0 and 2 (counted from 0)"),
        (pd.Series(["a", "b"], index=["x", "x"]), "'x' in Series items 0 and 1 (counted from 0)"),
        ([{"id": "x", "text": "a"}, {"id": "x", "text": "b"}], "'x' in items 0 and 1 (counted from 0)"),
        ([Record(id="r", text="a"), Record(id="s", text="b"), Record(id="r", text="c")],
         "'r' in items 0 and 2 (counted from 0)"),
        (csv_path, "'x' in documents 1 and 3 (counted from 1)"),
    ]
    for data, needle in cases:
        caught = _warnings(analyze_corpus, data, analyzer=analyzer)
        assert [str(w.message) for w in caught] == [f"duplicate id {needle}; both analysed, ids in the output repeat"]
    assert not _warnings(analyze_corpus, pd.Series(["a", "b"]), analyzer=analyzer)


def test_a_list_skips_nulls_as_a_series_does(analyzer: Analyzer) -> None:
    """Regression (session 24 audit, 5): None or NaN in a list failed the whole call ("item 1 is a NoneType")
    while a Series skipped them as the documented null rule says."""
    items = ["the regime", None, float("nan"), pd.NA, ""]
    caught = _warnings(analyze_corpus, items, analyzer=analyzer)
    assert [str(w.message) for w in caught] == [f"item {i}: skipped, 'text' is null" for i in (1, 2, 3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from_list = analyze_corpus(items, analyzer=analyzer)
        from_series = analyze_corpus(pd.Series(items, dtype=object), analyzer=analyzer)
    cols = ["id", "n_words", "error"]
    assert from_list[cols].equals(from_series[cols])
    assert list(from_list["error"]) == [None, *["skipped: 'text' is null"] * 3, None]
    with pytest.raises(InputError, match="item 1 is a int"):  # another type is still a wrong argument
        analyze_corpus(["ok", 5], analyzer=analyzer)


def test_warnings_point_at_the_callers_line(tmp_path: Path, analyzer: Analyzer) -> None:
    """Regression (session 24 audit, 5): the warnings pointed at framing/corpus.py (or io.py), not the call."""
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("id,text\nx,a\nx\n", encoding="utf-8")
    for data in (["a", None], pd.Series(["a", None]), [{"id": "x", "text": "a"}, {"id": "x", "text": "b"}],
                 csv_path):
        for n_jobs in (1, 2):
            caught = _warnings(analyze_corpus, data, analyzer=analyzer, n_jobs=n_jobs)
            assert caught and {w.filename for w in caught} == {__file__}, [(w.filename, w.message) for w in caught]
    caught = _warnings(lambda: list(iter_analyses(analyzer, ["a", None])))
    assert caught and {w.filename for w in caught} == {__file__}
