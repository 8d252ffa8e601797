"""Ctrl-C (SIGINT) during a long ``framing analyze`` or ``framing report`` run: exit 130, no partial file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery is POSIX-only here")

ARTICLE = ("The regime slammed the so-called reform. \u201cIt is a disaster,\u201d said Sen. Ana Nicol\u00e1s, a "
           "fierce critic of the embattled strongman. Officials reportedly conceded defeat. ")


def _corpus(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"d{i}", "outlet": f"o{i % 3}", "text": ARTICLE * 5}) + "\n")


def _interrupt(args: list[str], outdir: Path, wait_for: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen([sys.executable, "-m", "framing", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=cwd)
    start = time.monotonic()
    deadline = start + 60
    try:
        # wait until the run is writing (its temporary file exists) or, for the report, is well under way
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.name.endswith(".tmp") for p in outdir.iterdir()) or (
                    wait_for == "time" and time.monotonic() > start + 1.5):
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.stderr.read()}"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_sigint_during_analyze_leaves_no_partial_output(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 20_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    res = _interrupt(["analyze", str(src), "--scorers", "lexicon", "-o", str(outdir / "a.jsonl"),
                      "--spans", str(outdir / "spans.csv")], outdir, "tmp", tmp_path)
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stderr.strip().splitlines()[-1] == "framing: interrupted"
    assert list(outdir.iterdir()) == []


def test_sigint_keeps_an_existing_output_unchanged(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 20_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    old = outdir / "a.csv"
    old.write_text("previous results\n", encoding="utf-8")
    res = _interrupt(["analyze", str(src), "--scorers", "lexicon", "--format", "csv", "-o", str(old)], outdir,
                     "tmp", tmp_path)
    assert res.returncode == 130, res.stderr
    assert [p.name for p in outdir.iterdir()] == ["a.csv"]
    assert old.read_text(encoding="utf-8") == "previous results\n"


@pytest.mark.slow
def test_sigint_during_report_leaves_no_partial_output(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    _corpus(src, 30_000)
    outdir = tmp_path / "out"
    outdir.mkdir()
    res = _interrupt(["report", str(src), "--scorers", "lexicon", "--no-pdf", "--group-by", "outlet",
                      "-o", str(outdir / "r.html")], outdir, "time", tmp_path)
    assert res.returncode == 130, res.stderr
    assert "Traceback" not in res.stderr
    assert list(outdir.iterdir()) == []
    assert not os.path.exists(tmp_path / "reports")
