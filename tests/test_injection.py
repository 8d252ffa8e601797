"""Injection-proof outputs: CSV formula neutralisation (``framing analyze --csv-safe``) and inert HTML reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.test_bad_inputs import run_cli

EVIL = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]


def _corpus(path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for v in EVIL:
            f.write(json.dumps({"id": v, "outlet": v, "text": f"{v} the regime slammed the so-called plan"}) + "\n")
        f.write(json.dumps({"id": "plain", "outlet": "-", "text": "fine"}) + "\n")


def _cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return [c for row in list(csv.reader(f))[1:] for c in row]


def test_csv_safe_neutralises_every_formula_cell(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src)
    out, spans = tmp_path / "o.csv", tmp_path / "s.csv"
    proc = run_cli(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "--csv-safe",
                    "-o", str(out), "--spans", str(spans)])
    assert proc.returncode == 0, proc.stderr
    cells = _cells(out) + _cells(spans)
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and c != "-0.0")], cells
    for v in EVIL:
        assert "'" + v in cells
    # numbers are not strings in the writer, so negative scores (if any) stay numbers; the outlet "-" is text
    assert "'-" in cells


def test_csv_default_keeps_values_exact(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src)
    out = tmp_path / "o.csv"
    proc = run_cli(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    cells = _cells(out)
    for v in EVIL:
        assert v in cells
    proc = run_cli(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "--csv-safe", "--no-csv-safe",
                    "-o", str(out)])
    assert proc.returncode == 0 and "=cmd|' /C calc'!A0" in _cells(out)


def test_report_html_is_inert(tmp_path: Path) -> None:
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    src = tmp_path / f"{payload.replace('/', '_')[:30]}.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"{payload}{i}", "outlet": payload, "title": payload,
                                "text": f"The regime {payload} slammed the \u201c{payload}\u201d plan. "
                                        f"\u201cIt is {payload},\u201d said Sen. {payload}."}) + "\n")
    lex = tmp_path / "lex.tsv"
    lex.write_text("term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote\n"
                   "slammed\tpejorative_label\t0.5\t<script>alert(3)</script>\t\t\t\t\t<b>note</b>\n",
                   encoding="utf-8")
    html = tmp_path / "r.html"
    proc = run_cli(["report", str(src), "--no-pdf", "--n-boot", "10", "--title", payload, "--group-by", "outlet",
                    "--lexicon", str(lex), "-o", str(html)], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    for needle in ("<script>alert", "<img src=x", "<b>note</b>"):
        assert needle not in page, needle
