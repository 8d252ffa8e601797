"""Injection-proof outputs: CSV formula neutralisation (``framing analyze --csv-safe``) and inert HTML reports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

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


def test_csv_is_safe_by_default_and_exact_on_request(tmp_path: Path) -> None:
    """Issue 13: one CSV-safety option, safe by default, in analyze, report and lexicons stats (analyze was
    unsafe by default, report used --csv-exact)."""
    src = tmp_path / "in.jsonl"
    _corpus(src)
    out = tmp_path / "o.csv"
    proc = run_cli(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    cells = _cells(out)
    for v in EVIL:
        assert "'" + v in cells and v not in cells
    proc = run_cli(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "--csv-safe", "--no-csv-safe",
                    "-o", str(out)])
    assert proc.returncode == 0 and "=cmd|' /C calc'!A0" in _cells(out)


@pytest.mark.parametrize("command", [["analyze"], ["report"], ["lexicons", "stats"]])
def test_one_csv_safety_option_across_commands(command: list[str]) -> None:
    from framing.cli import build_parser

    parser = build_parser()
    args = parser.parse_args([*command, "x.txt"])
    assert args.csv_safe is True
    assert parser.parse_args([*command, "x.txt", "--no-csv-safe"]).csv_safe is False
    assert parser.parse_args([*command, "x.txt", "--no-csv-safe", "--csv-safe"]).csv_safe is True


def test_lexicons_stats_csv_dir_is_formula_safe(tmp_path: Path) -> None:
    """Issue 13: ``lexicons stats --csv-dir`` wrote formula cells (terms, group values) raw."""
    lex = tmp_path / "l.tsv"
    lex.write_text("term\tcategory\tweight\nregime\tpejorative_label\t0.5\n", encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "the regime", "outlet": "=HYPERLINK(\"http://x\")"}) + "\n", encoding="utf-8")
    proc = run_cli(["lexicons", "stats", str(src), "--lexicon", str(lex), "--no-builtin-lexicons", "--group-by",
                    "outlet", "--csv-dir", str(tmp_path / "st")])
    assert proc.returncode == 0, proc.stderr
    cells = _cells(tmp_path / "st" / "entries.csv") + _cells(tmp_path / "st" / "categories.csv")
    assert "'=HYPERLINK(\"http://x\")" in cells and not [c for c in cells if c.startswith("=")]
    proc = run_cli(["lexicons", "stats", str(src), "--lexicon", str(lex), "--no-builtin-lexicons", "--group-by",
                    "outlet", "--csv-dir", str(tmp_path / "st"), "--no-csv-safe"])
    assert proc.returncode == 0 and "=HYPERLINK(\"http://x\")" in _cells(tmp_path / "st" / "entries.csv")


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


def test_report_csv_downloads_are_safe_by_default(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src)
    html, scores, spans = tmp_path / "r" / "r.html", tmp_path / "t" / "s.csv", tmp_path / "t" / "e.csv"
    html.parent.mkdir()
    scores.parent.mkdir()
    proc = run_cli(["report", str(src), "--scorers", "lexicon", "--n-boot", "50", "-o", str(html),
                    "--csv", str(scores), "--evidence-csv", str(spans)])
    assert proc.returncode == 0, proc.stderr
    cells = _cells(scores) + _cells(spans)
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and c != "-0.0")], cells
    for v in EVIL:
        assert "'" + v in cells
    with open(scores, encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == len(EVIL) + 1  # every document, not only those shown
    page = html.read_text(encoding="utf-8")
    assert 'href="../t/s.csv"' in page and 'href="../t/e.csv"' in page
    # --no-csv-safe keeps the values as they are
    proc = run_cli(["report", str(src), "--scorers", "lexicon", "--n-boot", "50", "-o", str(html),
                    "--csv", str(scores), "--no-csv-safe"])
    assert proc.returncode == 0, proc.stderr
    assert "=cmd|' /C calc'!A0" in _cells(scores)
    assert "prefixed with" not in html.read_text(encoding="utf-8")


def test_report_csv_link_cannot_become_a_script_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framing

    src = tmp_path / "in.jsonl"
    _corpus(src)
    monkeypatch.chdir(tmp_path)
    res = framing.report(str(src), tmp_path / "r.html", scorers=["lexicon"], n_boot=20,
                         scores_csv="javascript:alert(1).csv")
    assert 'href="./javascript%3Aalert%281%29.csv"' in res.html
    assert (tmp_path / "javascript:alert(1).csv").exists()


def test_report_failure_leaves_no_csv(tmp_path: Path) -> None:
    import framing
    from framing import ReportError

    out = tmp_path / "s.csv"
    with pytest.raises(ReportError):
        framing.report([], tmp_path / "r.html", scorers=["lexicon"], scores_csv=out)
    assert not out.exists() and not (tmp_path / "r.html").exists()
    assert list(tmp_path.iterdir()) == []
