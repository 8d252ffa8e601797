"""Same input and version give byte-identical JSON, CSV and HTML.

The HTML report's only time-dependent content is the date in its footer ("report generated YYYY-MM-DD",
``generated`` in framing/reporting/methods.py; ``SOURCE_DATE_EPOCH`` fixes it); the test masks that one field and
nothing else.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.test_bad_inputs import run_cli

ARGS = ["analyze", "--include-text"]


@pytest.mark.parametrize("fmt,jobs", [("json", ("1", "1", "2")), ("csv", ("1", "1"))])
def test_analyze_is_byte_identical(tmp_path: Path, fmt: str, jobs: tuple[str, ...]) -> None:
    outs = []
    for i, n_jobs in enumerate(jobs):
        out = tmp_path / f"run{i}.{fmt}"
        spans = tmp_path / f"spans{i}.csv"
        proc = run_cli([*ARGS, "--format", fmt, "--n-jobs", n_jobs, "-o", str(out), "--spans", str(spans)],
                       timeout=120)
        assert proc.returncode == 0, proc.stderr
        outs.append((out.read_bytes(), spans.read_bytes()))
    assert outs[0][0] and outs[0][1]
    assert outs[0] == outs[1], "two runs differ"
    if len(outs) > 2:
        assert outs[0] == outs[2], "--n-jobs 2 differs from --n-jobs 1"


_GENERATED = re.compile(rb"report generated \d{4}-\d{2}-\d{2}")


@pytest.mark.slow
def test_report_html_is_byte_identical_but_for_the_date(tmp_path: Path) -> None:
    html = tmp_path / "r.html"
    runs = []
    for _ in range(2):
        proc = run_cli(["report", "--no-pdf", "--n-boot", "20", "-o", str(html)], timeout=120, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        data = html.read_bytes()
        assert len(_GENERATED.findall(data)) == 1, "the date must be in exactly one documented place"
        runs.append(_GENERATED.sub(b"report generated DATE", data))
        shutil.move(html, tmp_path / f"r{len(runs)}.html")
    assert runs[0] == runs[1]
