from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from framing.cli import main

from .conftest import MINI_LEXICON

LEX = ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON), "--scorers", "lexicon"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_txt_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "story.txt"
    p.write_text("The regime slammed the so-called reforms.", encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(p), *LEX)
    (doc,) = jsonl(out)
    assert code == 0 and doc["id"] == "story"
    assert [s["text"] for s in doc["spans"]] == ["regime", "slammed", "so-called"]


def test_folder_skips_binary_with_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("regime", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.4\x00\x01binary")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run(capsys, "analyze", str(tmp_path), *LEX)
    docs = jsonl(out)
    # issue 13: the binary file is a row with its error, so the output accounts for every input file
    assert code == 0 and [d["id"] for d in docs] == ["a", "b", "c"]
    assert docs[1]["error"] == "skipped: looks like a binary file" and "error" not in docs[2]
    assert docs[2]["n_words"] == 0 and all(v == 0 for v in docs[2]["scores"].values())
    assert "b.txt: skipped, looks like a binary file" in err
    assert "3 document(s) in the input: 2 analysed, 1 skipped, 0 failed" in err
    assert "notes.docx" in err


def test_csv_with_columns_and_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["key", "body", "outlet"])
        w.writerow(["k1", "The regime fell.\nA new line.", "Ledger"])
        w.writerow(["k2", "Nothing here.", "Wire"])
    code, out, _ = run(capsys, "analyze", str(p), "--text-column", "body", "--id-column", "key", *LEX)
    docs = jsonl(out)
    assert [d["id"] for d in docs] == ["k1", "k2"]
    assert docs[0]["meta"] == {"outlet": "Ledger"}
    code, out, _ = run(capsys, "analyze", str(p), "--text-column", "body", "--id-column", "key", "--format", "csv",
                       *LEX)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert rows[0]["id"] == "k1" and rows[0]["outlet"] == "Ledger" and float(rows[0]["loaded_index"]) > 0


def test_jsonl_and_json_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 7, "text": "regime", "date": "2024-01-01"}\n\n{"id": 8, "text": "so-called"}\n',
                 encoding="utf-8")
    out_file = tmp_path / "out" / "res.json"
    code, out, _ = run(capsys, "analyze", str(p), "--format", "json", "-o", str(out_file), *LEX)
    docs = json.loads(out_file.read_text(encoding="utf-8"))
    assert code == 0 and out == ""
    assert [d["id"] for d in docs] == ["7", "8"] and docs[0]["meta"] == {"date": "2024-01-01"}
    assert not list(out_file.parent.glob(".*.tmp"))


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The dictator spoke.")))
    code, out, _ = run(capsys, "analyze", "-", *LEX)
    (doc,) = jsonl(out)
    assert code == 0 and doc["id"] == "stdin" and doc["spans"][0]["text"] == "dictator"


def test_parquet_roundtrip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    src = tmp_path / "in.parquet"
    pd.DataFrame({"text": ["regime", "calm"], "outlet": ["A", "B"]}).to_parquet(src)
    dst = tmp_path / "out.parquet"
    code, _, _ = run(capsys, "analyze", str(src), "--format", "parquet", "-o", str(dst), *LEX)
    df = pd.read_parquet(dst)
    assert code == 0 and list(df["outlet"]) == ["A", "B"] and df["loaded_index"].iloc[0] > 0


def test_bundled_sample_is_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", *LEX)
    docs = jsonl(out)
    assert code == 0 and len(docs) == 20 and {d["meta"]["outlet"] for d in docs} >= {"Continental Wire"}


# --- bad input ---------------------------------------------------------------------------------------------


def test_invalid_utf8_is_named_or_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"The regime\nfell \xff\xfe here")
    code, out, err = run(capsys, "analyze", str(p), *LEX)
    assert code == 2 and out == ""
    assert err.strip() == (f"framing: error: {p}: invalid UTF-8 at byte 16 (line 2); "
                           "pass --encoding-errors replace to replace undecodable bytes")
    code, out, _ = run(capsys, "analyze", str(p), "--encoding-errors", "replace", *LEX)
    assert code == 0 and "\ufffd" not in jsonl(out)[0]["spans"][0]["text"]


def test_invalid_utf8_in_csv_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    c = tmp_path / "bad.csv"
    c.write_bytes(b"text\nok\nbad \xff\n")
    code, _, err = run(capsys, "analyze", str(c), *LEX)
    assert code == 2 and "bad.csv: invalid UTF-8 at byte 12 (line 3)" in err
    j = tmp_path / "bad.jsonl"
    j.write_bytes(b'{"text": "ok"}\n{"text": "bad \xff"}\n')
    code, _, err = run(capsys, "analyze", str(j), *LEX)
    assert code == 2 and "bad.jsonl: invalid UTF-8" in err
    code, out, _ = run(capsys, "analyze", str(j), "--encoding-errors", "replace", *LEX)
    assert code == 0 and len(jsonl(out)) == 2


def test_missing_column_lists_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.csv"
    p.write_text("headline,body\nA,B\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(p), *LEX)
    assert code == 2 and out == ""
    assert err.strip() == f"framing: error: {p}: no text column 'text'; the columns are 'headline', 'body'"
    code, _, err = run(capsys, "analyze", str(p), "--text-column", "body", "--id-column", "nope", *LEX)
    assert code == 2 and "no id column 'nope'" in err


def test_broken_jsonl_line_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "regime"}\n{"text": broken\n{"text": "so-called"}\n', encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(p), *LEX)
    docs = jsonl(out)  # issue 13: the broken line is a row with its error (line number as id)
    assert code == 0 and [d.get("error") for d in docs] == [None, "skipped: not valid JSON (Expecting value)", None]
    assert docs[1]["id"] == "2"
    assert f"{p}:2: skipped, not valid JSON" in err
    assert "3 document(s) in the input: 2 analysed, 1 skipped, 0 failed" in err


def test_malformed_lexicon_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lex = tmp_path / "mine.tsv"
    lex.write_text("term\tcategory\tweight\nregime\tpejorative_label\tvery\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", "--lexicon", str(lex), "--no-builtin-lexicons")
    assert code == 2 and f"{lex}:2: weight must be a number from 0 to 1, got 'very'" in err
    code, _, err = run(capsys, "lexicons", "validate", str(lex))
    assert code == 2 and f"{lex}:2:" in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "analyze", "/nonexistent/x.txt", *LEX)
    assert code == 2 and err.strip() == "framing: error: /nonexistent/x.txt: no such file or folder"


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\xff\xff")
    r = subprocess.run([sys.executable, "-m", "framing", "analyze", str(p), *LEX], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1


def test_lexicons_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lexicons", "show", str(MINI_LEXICON))
    assert code == 0 and "regime\tpejorative_label\t0.5\tgovernment|administration" in out
    code, _, err = run(capsys, "lexicons", "show", "no-such-lexicon")
    assert code == 2 and "no lexicon named 'no-such-lexicon'" in err


def test_output_file_gets_usual_permissions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import stat

    out = tmp_path / "o.jsonl"
    assert main(["analyze", "-o", str(out), *LEX]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


# --- session 24 audit: the output's format follows its name ----------------------------------------------------


def _story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text("The regime slammed the so-called reforms.", encoding="utf-8")
    return p


def test_output_format_follows_the_output_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (session 24 audit, 2): `-o out.csv` without --format wrote JSONL into out.csv."""
    src = _story(tmp_path)
    for name in ("o.csv", "o.json", "o.jsonl", "o.ndjson"):
        assert run(capsys, "analyze", str(src), "-o", str(tmp_path / name), *LEX)[0] == 0
    assert (tmp_path / "o.csv").read_text(encoding="utf-8").startswith("id,n_words,")
    assert [d["id"] for d in json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))] == ["story"]
    assert (tmp_path / "o.jsonl").read_bytes() == (tmp_path / "o.ndjson").read_bytes()
    assert [d["id"] for d in jsonl((tmp_path / "o.jsonl").read_text(encoding="utf-8"))] == ["story"]
    # an explicit format that agrees with the name writes the same bytes
    assert run(capsys, "analyze", str(src), "-o", str(tmp_path / "p.csv"), "--format", "csv", *LEX)[0] == 0
    assert (tmp_path / "p.csv").read_bytes() == (tmp_path / "o.csv").read_bytes()


def test_output_format_that_contradicts_the_suffix_is_an_error(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = _story(tmp_path)
    code, _, err = run(capsys, "analyze", str(src), "-o", str(tmp_path / "out.csv"), "--format", "jsonl", *LEX)
    assert code == 2 and err.count("\n") == 1
    assert "names a .csv file but --format is jsonl" in err and "give the output a .jsonl name" in err
    code, _, err = run(capsys, "analyze", str(src), "-o", str(tmp_path / "out.txt"), *LEX)
    assert code == 2 and "cannot tell the output format from its name" in err and "--format" in err
    assert list(tmp_path.iterdir()) == [src]
    # a name that says nothing, with --format: written as asked; standard output and devices default to jsonl
    assert run(capsys, "analyze", str(src), "-o", str(tmp_path / "out.txt"), "--format", "csv", *LEX)[0] == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("id,n_words,")
    code, out, _ = run(capsys, "analyze", str(src), *LEX)
    assert code == 0 and jsonl(out)[0]["id"] == "story"
    assert run(capsys, "analyze", str(src), "-o", "/dev/null", *LEX)[0] == 0


def test_report_output_named_pdf_points_to_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (session 24 audit, 2): `framing report x -o r.pdf` wrote HTML into r.pdf."""
    src = _story(tmp_path)
    code, _, err = run(capsys, "report", str(src), "-o", str(tmp_path / "r.pdf"), *LEX)
    assert code == 2 and err.count("\n") == 1 and f"write the PDF with --pdf {tmp_path / 'r.pdf'}" in err
    code, _, err = run(capsys, "report", str(src), "-o", str(tmp_path / "r.csv"), *LEX)
    assert code == 2 and "--csv FILE.csv" in err
    assert list(tmp_path.iterdir()) == [src]


@pytest.mark.parametrize("option,value,needle", [
    ("--n-boot", "1", "argument --n-boot: must be at least 2, got 1"),
    ("--n-boot", "0", "argument --n-boot: must be at least 2, got 0"),
    ("--max-articles", "-1", "argument --max-articles: must be at least 0, got -1"),
    ("--max-articles", "many", "argument --max-articles: expected an integer of at least 0, got 'many'"),
])
def test_report_numbers_out_of_range_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      option: str, value: str, needle: str) -> None:
    """Regression (session 24 audit, 7): `--max-articles -1` was accepted silently and `--n-boot 1` printed
    numpy warnings ("Degrees of freedom <= 0")."""
    src = _story(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["report", str(src), "-o", str(tmp_path / "r.html"), option, value, *LEX])
    assert info.value.code == 2 and needle in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [src]
