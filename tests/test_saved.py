"""Analyses saved by ``framing analyze`` are recognised and read back; reports use them without re-analysing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing
from framing import Analysis
from framing.cli import main
from framing.saved import is_saved_analyses, read_analyses

from .conftest import MINI_LEXICON

LEX = ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON), "--scorers", "lexicon,devices"]
DOCS = [
    {"id": "a", "text": "The regime slammed the so-called reforms. Officials said so.", "outlet": "X",
     "loaded_index": 1},
    {"id": "b", "text": "Officials said the plan was finished.", "outlet": "Y", "loaded_index": 2},
    {"id": "c", "text": "", "outlet": "Y", "loaded_index": 3},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "docs.jsonl"
    p.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return p


def _analyze(corpus: Path, out: Path, *extra: str) -> None:
    assert main(["analyze", str(corpus), "-o", str(out), *LEX, *extra]) == 0


def test_jsonl_reads_back_exactly(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    _analyze(corpus, out, "--include-text")
    assert is_saved_analyses(out) and not is_saved_analyses(corpus)
    back = list(read_analyses(out))
    fresh = framing.Analyzer(lexicons=[MINI_LEXICON], builtin_lexicons=False, scorers=["lexicon", "devices"])
    expected = [fresh.analyze(d["text"], id=d["id"], meta={k: v for k, v in d.items() if k not in ("id", "text")})
                for d in DOCS]
    assert back == expected
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a.to_dict(include_text=True) for a in back] == lines


def test_json_array_and_parquet_document_table(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    js, pq = tmp_path / "a.json", tmp_path / "a.parquet"
    _analyze(corpus, js, "--format", "json")
    _analyze(corpus, pq, "--format", "parquet")
    assert is_saved_analyses(js) and is_saved_analyses(pq)
    from_json = list(read_analyses(js))
    from_pq = list(read_analyses(pq))
    assert [a.id for a in from_pq] == ["a", "b", "c"]
    for j, p in zip(from_json, from_pq, strict=True):
        assert p.n_words == j.n_words and p.error == j.error
        assert dict(p.scores) == pytest.approx(dict(j.scores))
        assert dict(p.meta) == dict(j.meta)  # meta_loaded_index renamed back to loaded_index
        assert p.text == "" and p.spans == ()


def test_a_corpus_table_is_not_taken_for_analyses(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    p = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"id": ["1"], "n_words": [3], "error": [None], "text": ["a b c"]}), p)
    assert not is_saved_analyses(p)
    q = tmp_path / "x.jsonl"
    q.write_text('{"id": "1", "n_words": 3, "scores": {}, "spans": "no"}\n', encoding="utf-8")
    assert not is_saved_analyses(q)


def test_report_from_saved_analyses_does_not_analyse(corpus: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "a.jsonl"
    _analyze(corpus, out, "--include-text")

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("saved analyses must not be analysed again")

    monkeypatch.setattr(framing.Analyzer, "analyze_document", boom)
    html = tmp_path / "r.html"
    assert main(["report", str(out), "-o", str(html), "--group-by", "outlet"]) == 0
    page = html.read_text(encoding="utf-8")
    assert "not analysed again" in page and str(out) in page
    assert "slammed" in page  # the evidence comes from the saved spans
    result = framing.report(str(out), group_by="outlet")
    assert result.n_documents == 3 and result.kind == "corpus"


def test_report_says_when_the_texts_were_not_saved(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    _analyze(corpus, out)
    result = framing.report(str(out))
    assert "--include-text" in result.html


def test_report_takes_a_dataframe(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(DOCS).rename(columns={"text": "body"}).set_index("id")
    result = framing.report(df, text_column="body", lexicons=[MINI_LEXICON], builtin_lexicons=False,
                            scorers=["lexicon"], group_by="outlet")
    assert result.n_documents == 3 and "slammed" in result.html


def test_saved_analyses_round_trip_via_from_dict(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    _analyze(corpus, out)
    for line, a in zip(out.read_text(encoding="utf-8").splitlines(), read_analyses(out), strict=True):
        assert a.to_dict() == json.loads(line) and isinstance(a, Analysis)
