"""Smoke runs of the speed benchmarks in their reduced sizes: they run and print their tables.

No timing is asserted here (timings belong in the benchmark output, not in tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
#: without ../shared the smoke runs use the bundled sample, so they always run
DATA = NEWS if NEWS.is_file() else ROOT / "framing" / "data" / "sample.jsonl"


def _run(*args: str) -> str:
    res = subprocess.run([sys.executable, *args, "--data", str(DATA)], cwd=ROOT, capture_output=True, text=True,
                         timeout=240)
    assert res.returncode == 0, res.stderr[-3000:]
    return res.stdout


def test_bench_pipeline_small() -> None:
    out = _run("benchmarks/bench_pipeline.py", "--small")
    assert '| re.finditer(r"\\w+") tokenization' in out
    assert "vaderSentiment per sentence" in out and "textstat, six readability indices" in out
    assert "framing scorers=['lexicon']" in out
    assert "## Targets" in out


def test_bench_memory_small() -> None:
    out = _run("benchmarks/bench_memory.py", "--sizes", "200,400", "--scorers", "lexicon")
    assert "| 400 |" in out and "peak RSS" in out


def test_bench_ratios_small() -> None:
    out = _run("benchmarks/bench_ratios.py", "--limit", "8", "--rounds", "1", "--markdown")
    assert "| full default / peer stack (speed) |" in out and "| lexicon-only / \\w+ tokenizer (speed) |" in out
    assert "| `ml` scorer alone (after the lexicon scorer) |" in out
    assert "Lexicon-only floor" in out
