"""Peak memory of ``framing analyze`` streaming a large JSONL corpus: flat, and not growing with corpus size.

Writes the sample repeated to 10,000 and 100,000 documents (unique ids) into a temporary folder, runs
``framing analyze BIG.jsonl --format parquet -o OUT.parquet --spans SPANS.parquet`` in a fresh process for
each, and reports the peak resident set size of that process (``ru_maxrss`` of the child), its wall time, and
the output sizes. Target: peak RSS ≤ 1 GB and about the same for 10,000 and 100,000 documents.

    python benchmarks/bench_memory.py                      # 10,000 and 100,000 documents, default scorers
    python benchmarks/bench_memory.py --scorers lexicon    # faster: only the lexicon scorer
    python benchmarks/bench_memory.py --small              # smoke run: 500 and 2,000 documents
    python benchmarks/bench_memory.py --api --sizes 10000,100000   # analyze_corpus(list of short texts)

``--api`` measures the Python API instead: ``analyze_corpus(texts)`` on a list of short texts (the first
``--chars`` characters of the sample's articles, each made unique), in a fresh process per size, reporting the
peak RSS of that process, its RSS before the call (imports, models and the input list) and the size of the
returned frame. The frame itself grows with the corpus (one row per document); the target is that nothing
else does.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MINI_LEXICON, NEWS, conditions, markdown


def _write_corpus(src: Path, dst: Path, n: int) -> int:
    lines = [json.loads(ln) for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    size = 0
    with open(dst, "w", encoding="utf-8") as f:
        for i, obj in enumerate(itertools.islice(itertools.cycle(lines), n)):
            row = dict(obj, id=f"{obj.get('id', 'doc')}-{i // len(lines)}")
            line = json.dumps(row, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


def _framing_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("framing")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "framing"]


def _lexicon_args() -> list[str]:
    try:
        from framing import Analyzer

        Analyzer(scorers=["lexicon"])
        return []
    except Exception:  # shipped lexicons still missing: measure with the small test lexicon
        return ["--no-builtin-lexicons", "--lexicon", str(MINI_LEXICON)]


_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def _run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of ``cmd``, run under a fresh parent so that the
    children's ``ru_maxrss`` is this command's alone."""
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True)
    dt = time.perf_counter() - t0
    peak_kb, code = (int(x) for x in res.stdout.split())
    return dt, peak_kb / 1024, code


_API_RUN = (
    "import json, resource, sys, time, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "from framing.corpus import analyze_corpus\n"
    "src, n, chars, scorers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]\n"
    "base = [json.loads(ln)['text'][:chars] for ln in open(src, encoding='utf-8') if ln.strip()][:1000]\n"
    "texts = [f'{base[i % len(base)]} {i}' for i in range(n)]\n"
    "sc = scorers.split(',') if scorers else None\n"
    "analyze_corpus(texts[:20], scorers=sc)\n"
    "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "t0 = time.perf_counter()\n"
    "df = analyze_corpus(texts, scorers=sc)\n"
    "dt = time.perf_counter() - t0\n"
    "print(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, dt, df.memory_usage(deep=True).sum())\n"
)


def _api_rows(data: Path, sizes: list[int], chars: int, scorers: str | None) -> list[list[object]]:
    rows: list[list[object]] = []
    for n in sizes:
        res = subprocess.run([sys.executable, "-c", _API_RUN, str(data), str(n), str(chars), scorers or ""],
                             capture_output=True, text=True, check=True)
        before_kb, peak_kb, dt, frame = res.stdout.split()
        rows.append([f"{n:,}", float(dt), n / float(dt), f"{int(before_kb) / 1024:,.0f}",
                     f"{int(peak_kb) / 1024:,.0f}", f"{int(frame) / 1e6:,.1f}",
                     f"{(int(peak_kb) - int(before_kb)) * 1024 / n:,.0f}"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=NEWS)
    ap.add_argument("--sizes", default=None, help="documents, comma-separated (default 10000,100000)")
    ap.add_argument("--small", action="store_true", help="smoke run: 500 and 2,000 documents")
    ap.add_argument("--scorers", default=None, help="comma-separated scorers (default: the default set)")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpora and outputs here and keep them")
    ap.add_argument("--api", action="store_true", help="measure analyze_corpus(list of short texts) instead")
    ap.add_argument("--chars", type=int, default=200, help="characters per text with --api (default 200)")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in (args.sizes or ("500,2000" if args.small else "10000,100000")).split(",")]
    print(f"# framing memory benchmark\n\n{conditions()}.\n")
    if args.api:
        rows = _api_rows(args.data, sizes, args.chars, args.scorers)
        print(f"analyze_corpus(texts{', scorers=' + repr(args.scorers.split(',')) if args.scorers else ''}) on "
              f"lists of short texts ({args.chars} characters of the sample's articles, each made unique), one "
              "fresh process per size:\n")
        print(markdown(["texts", "seconds", "texts/s", "RSS before MB", "peak RSS MB", "frame MB",
                        "peak growth per text (bytes)"], rows))
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = args.keep or Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            corpus = tmp / f"news-{n}.jsonl"
            nbytes = _write_corpus(args.data, corpus, n)
            out, spans = tmp / f"out-{n}.parquet", tmp / f"spans-{n}.parquet"
            cmd = [*_framing_cmd(), "analyze", str(corpus), "--format", "parquet", "-o", str(out), "--spans",
                   str(spans), "--no-progress", *_lexicon_args()]
            if args.scorers:
                cmd += ["--scorers", args.scorers]
            dt, peak, code = _run(cmd)
            if code != 0:
                print(f"framing analyze failed with exit code {code}: {' '.join(cmd)}", file=sys.stderr)
                return 1
            rows.append([f"{n:,}", f"{nbytes / 1e6:,.0f}", dt, n / dt, f"{peak:,.0f}",
                         f"{out.stat().st_size / 1e6:.1f}", f"{spans.stat().st_size / 1e6:.1f}"])
            if args.keep is None:
                os.unlink(corpus)
    print(markdown(["documents", "input MB", "seconds", "docs/s", "peak RSS MB", "output MB", "spans MB"], rows))
    print(f"\ncommand: {' '.join(cmd[:1])} analyze CORPUS.jsonl --format parquet -o OUT.parquet --spans "
          f"SPANS.parquet{' --scorers ' + args.scorers if args.scorers else ''}")
    peaks = [float(r[4].replace(",", "")) for r in rows]
    flat = peaks[-1] <= 1.25 * peaks[0] + 50
    print(f"\nTarget peak RSS ≤ 1,024 MB and flat: {max(peaks):,.0f} MB at most "
          f"({'met' if max(peaks) <= 1024 and flat else 'NOT met'}; "
          f"{'flat' if flat else 'grows'} from {sizes[0]:,} to {sizes[-1]:,} documents).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
