"""Where the time goes: cProfile of the full default analysis and the lexicon-only analysis, and a workload for
instruction counts under valgrind.

``profile`` (default) runs ``Analyzer()`` and ``Analyzer(scorers=["lexicon"])`` over AllSides development
articles under cProfile and prints, per analysis, the functions with the most own time and the framing
modules' share of own time. ``run`` only analyses the articles (no profiler): run it under valgrind twice, with
``--limit 0`` (imports, model loading, warm-up) and with ``--limit 30``, and the difference of the two
instruction counts is the cost of the 30 articles, independent of the machine's load::

    python benchmarks/profile_speed.py profile --limit 100
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/profile_speed.py run \\
        --scorers lexicon --limit 30 2>&1 | grep Collected
    python benchmarks/profile_speed.py instructions --limit 30      # both valgrind runs, the difference
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import subprocess
import sys
import warnings
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import NEWS
from bench_ratios import dev_articles

#: Three warm-up texts analysed before any measurement (model loading, caches of the lexicons and the tagger).
WARMUP = ("The so-called experts slammed the regime's radical agenda, critics claim.",
          'Mr. Smith said: "It is a disaster." Officials, however, allegedly disagreed.',
          "Democrats insisted that the vote was rigged, as Republicans claim.")


def _analyzer(scorers: str) -> object:
    from framing import Analyzer

    return Analyzer() if scorers == "default" else Analyzer(scorers=scorers.split(","))


def _profile(scorers: str, texts: list[str], top: int) -> None:
    from framing.matcher import _tag_chunk

    analyzer = _analyzer(scorers)
    for t in WARMUP:
        analyzer.analyze(t)  # type: ignore[attr-defined]
    _tag_chunk.cache_clear()
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        analyzer.analyze(t)  # type: ignore[attr-defined]
    prof.disable()
    stats = pstats.Stats(prof, stream=io.StringIO())
    n = len(texts)
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    print(f"\n## scorers={scorers}: {1000 * total / n:.2f} ms per article under cProfile ({n} articles)\n")
    print("| own ms/article | share | cum ms/article | calls/article | function |\n|---:|---:|---:|---:|---|")
    rows = sorted(raw.items(), key=lambda kv: -kv[1][2])[:top]
    for (file, line, name), (_, ncalls, tt, ct, _) in rows:
        where = re.sub(r".*/(framing|site-packages)/", r"\1/", file)
        print(f"| {1000 * tt / n:.3f} | {tt / total:.1%} | {1000 * ct / n:.3f} | {ncalls / n:,.1f} | "
              f"{where}:{line} {name} |")
    by_module: dict[str, float] = defaultdict(float)
    for (file, _, _name), (_, _, tt, _, _) in raw.items():
        m = re.search(r"/framing/(.+)\.py$", file)
        key = m.group(1) if m else ("builtins" if file == "~" else re.sub(r".*/site-packages/([^/]+).*", r"\1", file))
        by_module[key] += tt
    print("\n| own ms/article | share | module |\n|---:|---:|---|")
    for key, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"| {1000 * tt / n:.3f} | {tt / total:.1%} | {key} |")


def _instructions(scorers: str, first: int, limit: int, data: Path) -> None:
    counts = {}
    for n in (0, limit):
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__, "run",
               "--scorers", scorers, "--first", str(first), "--limit", str(n), "--data", str(data)]
        err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
        m = re.search(r"Collected\s*:\s*(\d+)", err)
        if m is None:
            raise SystemExit(f"no instruction count in valgrind's output:\n{err[-2000:]}")
        counts[n] = int(m.group(1))
    per = (counts[limit] - counts[0]) / max(limit, 1)
    print(f"scorers={scorers}: {counts[limit] - counts[0]:,} instructions for {limit} articles "
          f"({per / 1e6:,.1f} M per article; start-up {counts[0]:,})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", nargs="?", default="profile", choices=("profile", "run", "instructions"))
    ap.add_argument("--scorers", default=None, help="'default' or a comma list (default: both analyses)")
    ap.add_argument("--data", type=Path, default=NEWS)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--top", type=int, default=25, help="rows per table (profile)")
    args = ap.parse_args(argv)
    texts = dev_articles(args.first, args.limit, args.data) if args.limit else []
    which = [args.scorers] if args.scorers else ["default", "lexicon"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for scorers in which:
            if args.mode == "profile":
                _profile(scorers, texts, args.top)
            elif args.mode == "instructions":
                _instructions(scorers, args.first, args.limit, args.data)
            else:
                analyzer = _analyzer(scorers)
                for t in (*WARMUP, *texts):
                    analyzer.analyze(t)  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
