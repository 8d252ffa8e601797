"""Saved analyses that were edited into something else: an InputError naming file, line and field; exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing import InputError
from framing.cli import main
from framing.saved import is_saved_analyses, read_analyses

from .conftest import MINI_LEXICON

LEX = ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON), "--scorers", "lexicon,devices"]
DOCS = [{"id": "a", "text": "The regime slammed the so-called reforms. Officials said so.", "outlet": "X"},
        {"id": "b", "text": "Officials said the dictator was finished.", "outlet": "Y"}]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    out = tmp_path / "runs.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "--include-text", *LEX]) == 0
    return out


def _edit(saved: Path, line: int, change: object) -> Path:
    lines = saved.read_text(encoding="utf-8").splitlines()
    d = json.loads(lines[line - 1])
    change(d)  # type: ignore[operator]
    lines[line - 1] = json.dumps(d)
    edited = saved.with_name("edited.jsonl")
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return edited


def _set_start(d: dict) -> None:  # type: ignore[type-arg]
    d["spans"][0]["start"] = "x"


@pytest.mark.parametrize("line", [1, 2])
def test_a_bad_span_offset_names_file_line_and_field(saved: Path, line: int) -> None:
    edited = _edit(saved, line, _set_start)
    assert is_saved_analyses(edited)  # the first line's keys and types are still right
    with pytest.raises(InputError) as info:
        list(read_analyses(edited))
    assert str(info.value) == f"{edited}:{line}: field spans[0].start: expected an integer, got 'x' (str)"


def test_report_cli_exits_2_with_the_message(saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited = _edit(saved, 1, _set_start)
    out = tmp_path / "r.html"
    assert main(["report", str(edited), "-o", str(out), "--no-pdf"]) == 2
    err = capsys.readouterr().err
    assert f"framing: error: {edited}:1: field spans[0].start: expected an integer, got 'x' (str)" in err
    assert "Traceback" not in err and not out.exists()


def test_a_line_that_is_not_an_object(saved: Path) -> None:
    with open(saved, "a", encoding="utf-8") as f:
        f.write("[1, 2]\n")
    with pytest.raises(InputError, match=r":3: expected a JSON object \(an analysis written by framing analyze\), "
                                         r"got a JSON array$"):
        list(read_analyses(saved))


def test_a_line_without_the_keys_says_which_are_missing(saved: Path) -> None:
    edited = _edit(saved, 2, lambda d: d.pop("scores"))
    with pytest.raises(InputError, match=r":2: .*the key\(s\) scores are missing$"):
        list(read_analyses(edited))
    edited = _edit(saved, 2, lambda d: d.update(n_words="7"))
    with pytest.raises(InputError, match=r":2: field n_words: expected an integer, got a string$"):
        list(read_analyses(edited))


def test_json_array_item(saved: Path, tmp_path: Path) -> None:
    items = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    items[1]["actors"] = "none"
    p = tmp_path / "runs.json"
    p.write_text(json.dumps(items), encoding="utf-8")
    with pytest.raises(InputError, match=r"runs\.json: item 1: field actors: expected a list, got 'none' \(str\)$"):
        list(read_analyses(p))


def test_parquet_score_that_is_not_a_number(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    p = tmp_path / "t.parquet"
    pq.write_table(pa.table({"id": ["a", "b"], "n_words": [3, 4], "error": [None, None],
                             "loaded_index": ["1.5", "high"]}), p)
    assert is_saved_analyses(p)
    with pytest.raises(InputError, match=r"t\.parquet: row 2: column 'loaded_index' .*expected a number or null, "
                                         r"got 'high'$"):
        list(read_analyses(p))
