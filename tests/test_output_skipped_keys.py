"""Every document of a run has the same score and frame keys: skipped, failed and non-English ones with nulls."""

from __future__ import annotations

import csv
import json
import math
import warnings
from pathlib import Path

import pytest

import framing
from framing import Analysis, Analyzer
from framing.cli import main
from framing.policy_frames import FRAMES, dominant_frame

GERMAN = "Der Bundestag hat heute beschlossen, dass die Regierung das Gesetz zur Migration nicht ändern wird."
LINES = ['{"id": "a", "text": null, "outlet": "X"}', '{"id": "b", "text": 5}', "[1, 2]",
         '{"id": "c", "text": "The regime slammed the reforms."}', json.dumps({"id": "d", "text": GERMAN})]


@pytest.fixture
def src(tmp_path: Path) -> Path:
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return p


def _run(src: Path, out: Path, *extra: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert main(["analyze", str(src), "-o", str(out), "--scorers", "lexicon,devices", *extra]) == 0


def test_jsonl_skipped_documents_have_the_run_keys_with_nulls(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _run(src, out)
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["a", "b", "3", "c", "d"]
    analysed = docs[3]
    assert analysed.get("error") is None and analysed["frames"] and analysed["scores"]
    keys, frame_keys = list(analysed["scores"]), list(analysed["frames"])
    assert frame_keys == list(FRAMES)
    for d in docs[:3]:
        assert d["error"].startswith("skipped: ")
        assert list(d["scores"]) == keys and set(d["scores"].values()) == {None}
        assert list(d["frames"]) == frame_keys and set(d["frames"].values()) == {None}
        assert d["dominant_frame"] is None
    german = docs[4]
    assert german["language"] == "de" and list(german["scores"]) == keys and list(german["frames"]) == frame_keys
    assert set(german["scores"].values()) == set(german["frames"].values()) == {None}


def test_the_dataframe_has_nan_for_the_same_documents(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _run(src, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = framing.analyze_corpus(src, scorers=["lexicon", "devices"])
    scores = list(lines[3]["scores"])
    assert list(df.columns[-len(scores):]) == scores
    for i, d in enumerate(lines):
        for k, v in d["scores"].items():
            cell = df.iloc[i][k]
            assert (v is None and math.isnan(cell)) or v == cell, (i, k, v, cell)


def test_csv_keeps_the_score_columns_when_the_first_row_is_skipped(src: Path, tmp_path: Path) -> None:
    # the columns come from the first row: a skipped first row without scores dropped every score column
    out = tmp_path / "out.csv"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["analyze", str(src), "-o", str(out), "--format", "csv", "--scorers", "lexicon,devices"]) == 0
    assert not [w for w in caught if "first appears in row" in str(w.message)]
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["error"].startswith("skipped") and rows[3]["id"] == "c"
    assert float(rows[3]["loaded_index"]) > 0 and math.isnan(float(rows[0]["loaded_index"]))
    assert "frame_other" in rows[0]


def test_failed_and_skipped_analyses_from_the_pipeline() -> None:
    an = Analyzer(scorers=["lexicon", "devices"])
    a = an.unanalysed("x", meta={"outlet": "X"}, error="skipped: 'text' is null")
    assert list(a.scores) == list(an.score_names) and all(math.isnan(v) for v in a.scores.values())
    assert list(a.frames) == list(FRAMES) and all(math.isnan(v) for v in a.frames.values())
    assert a.dominant_frame is None and dominant_frame(a.frames) is None
    d = a.to_dict()
    assert set(d["frames"].values()) == {None} and d["dominant_frame"] is None
    assert Analysis.from_dict(json.loads(json.dumps(d))).to_dict() == d
    # a pipeline without the frame scorer writes no frames, analysed or not
    lex = Analyzer(scorers=["lexicon"])
    assert lex.frame_names == () and lex.analyze("The regime.").frames == {} and lex.unanalysed("y").frames == {}
