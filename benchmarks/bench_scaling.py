"""How framing's speed scales with lexicon size, corpus size and worker processes.

1. Lexicon size: 200, 2,000 and 20,000 real terms (synthesised from the corpus vocabulary past its 1,000 most
   frequent words, 10% two-word phrases, topped up with dictionary words), scanned with framing's matcher and,
   for reference, with bare pyahocorasick + word boundaries. Target: framing within 2× between 200 and 20,000.
2. Corpus size: 1,000, 10,000 and 100,000 documents (the sample repeated) streamed through
   ``framing.corpus.iter_analyses``; the rate should not fall with size.
3. Workers: ``n_jobs=1`` against ``n_jobs=2`` on the same documents (target ≥ 1.8× on 2 free cores).

    python benchmarks/bench_scaling.py                       # all three (several minutes)
    python benchmarks/bench_scaling.py --small               # smoke run, seconds
    python benchmarks/bench_scaling.py --only lexicon --sizes 1000,10000
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    MINI_LEXICON,
    NEWS,
    conditions,
    load_news,
    markdown,
    measure,
    padded_terms,
    synthetic_terms,
    write_lexicon,
)
from bench_pipeline import _aho_scan


def _analyzer_kwargs(scorers: list[str] | None) -> tuple[dict[str, object], str]:
    from framing import Analyzer
    from framing.exceptions import FramingError

    try:
        Analyzer(scorers=["lexicon"])
        return {"scorers": scorers}, "shipped lexicons"
    except FramingError as exc:
        return ({"scorers": scorers, "lexicons": [MINI_LEXICON], "builtin_lexicons": False},
                f"tests/data/lex/mini.tsv (shipped lexicons did not load: {exc})")


def lexicon_sizes(texts: list[str], sizes: list[int], budget: float, *, padded: bool = False) -> None:
    from framing import Analyzer
    from framing.document import Document

    if padded:
        print(f"\n## Lexicon size, same matches\n\nthe {min(sizes):,}-term lexicon padded with dictionary words that "
              "never occur in the corpus: only the lexicon grows, not the number of spans\n")
    else:
        print("\n## Lexicon size\n\nterms spread over the vocabulary: the number of spans grows with the lexicon\n")
    rows = []
    rates = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vocab_src = texts if len(texts) >= 1000 else load_news(NEWS, 3000)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            terms = padded_terms(vocab_src, n, base=min(sizes)) if padded else synthetic_terms(vocab_src, n)
            az = Analyzer(scorers=["lexicon"], lexicons=[write_lexicon(terms, Path(tmp) / f"syn{n}.tsv")],
                          builtin_lexicons=False)
            n_forms = sum(len(e.surface_forms()) for lx in az.lexicons for e in lx.entries)
            spans = sum(len(az.matcher.find(Document(t))) for t in texts[:100]) / min(100, len(texts))
            ours = measure("framing", lambda t, az=az: az.matcher.find(Document(t)), texts, budget=budget, repeat=2)
            peer = measure("aho", _aho_scan(terms), texts, budget=budget, repeat=2)
            rates[n] = ours.docs_per_s
            rows.append([f"{n:,}", n_forms, f"{spans:.1f}", ours.docs_per_s, ours.mb_per_s, peer.docs_per_s,
                         ours.docs_per_s / peer.docs_per_s])
    print(markdown(["terms", "surface forms", "spans/doc", "framing docs/s", "framing MB/s",
                    "pyahocorasick+boundary docs/s", "framing / peer"], rows))
    lo, hi = min(sizes), max(sizes)
    if lo != hi:
        ratio = rates[lo] / rates[hi]
        verdict = "met" if ratio <= 2 else "NOT met"
        print(f"\nTarget: framing's rate with {lo:,} terms is {ratio:.2f}× its rate with {hi:,} terms "
              f"(≤ 2× wanted): {verdict}.")


def _repeat(texts: list[str], n: int) -> Iterator[str]:
    return itertools.islice(itertools.cycle(texts), n)


def corpus_sizes(texts: list[str], sizes: list[int], scorers: list[str] | None) -> None:
    from framing import Analyzer
    from framing.corpus import iter_analyses

    kwargs, lex_note = _analyzer_kwargs(scorers)
    az = Analyzer(**kwargs)  # type: ignore[arg-type]
    print(f"\n## Corpus size\n\nscorers {list(az.scorer_names)}, {lex_note}; streamed with iter_analyses, one "
          "process\n")
    rows = []
    for n in sizes:
        t0 = time.perf_counter()
        k = 0
        for _ in iter_analyses(az, _repeat(texts, n)):
            k += 1
        dt = time.perf_counter() - t0
        rows.append([f"{n:,}", dt, k / dt])
    print(markdown(["documents", "seconds", "docs/s"], rows))


def workers(texts: list[str], n_docs: int, scorers: list[str] | None) -> None:
    from framing import Analyzer
    from framing.corpus import iter_analyses

    kwargs, lex_note = _analyzer_kwargs(scorers)
    az = Analyzer(**kwargs)  # type: ignore[arg-type]
    docs = list(_repeat(texts, n_docs))
    print(f"\n## Worker processes\n\n{n_docs:,} documents, scorers {list(az.scorer_names)}, {lex_note}\n")
    rows = []
    base = None
    base_cpu = 0.0
    for jobs in (1, 2):
        c0 = _cpu()
        t0 = time.perf_counter()
        for _ in iter_analyses(az, docs, n_jobs=jobs):
            pass
        dt = time.perf_counter() - t0
        c1 = _cpu()
        parent, children = c1[0] - c0[0], c1[1] - c0[1]
        base = base or dt
        base_cpu = base_cpu or parent + children
        # on free cores the run takes as long as its busiest process: the parent, or one of the workers
        ideal = base_cpu / max(parent, children / jobs) if jobs > 1 else 1.0
        rows.append([jobs, dt, n_docs / dt, base / dt, parent, children, ideal])
    print(markdown(["n_jobs", "seconds", "docs/s", "speed-up", "parent CPU s", "workers CPU s",
                    "speed-up on free cores (from CPU times)"], rows))
    sp, ideal = rows[-1][3], rows[-1][6]
    verdict = "met" if sp >= 1.8 else "NOT met"
    print(f"\nTarget n_jobs=2 ≥ 1.8×: measured {sp:.2f}× wall clock ({verdict}); from the CPU times, {ideal:.2f}× on "
          "two free cores. The 2 cores are shared: see the load average above.")


def _cpu() -> tuple[float, float]:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=NEWS)
    ap.add_argument("--small", action="store_true", help="smoke run: small sizes, a few seconds")
    ap.add_argument("--only", choices=["lexicon", "corpus", "workers"], action="append")
    ap.add_argument("--sizes", default=None, help="corpus sizes, comma-separated (default 1000,10000,100000)")
    ap.add_argument("--lexicon-sizes", default="200,2000,20000")
    ap.add_argument("--workers-docs", type=int, default=None, help="documents for the n_jobs run (default 3000)")
    ap.add_argument("--scorers", default=None, help="scorers for the corpus and worker runs (default: default set)")
    ap.add_argument("--budget", type=float, default=None, help="seconds per lexicon-size row (default 10)")
    args = ap.parse_args(argv)
    parts = args.only or ["lexicon", "corpus", "workers"]
    texts = load_news(args.data, 200 if args.small else None)
    sizes = [int(x) for x in (args.sizes or ("100,300" if args.small else "1000,10000,100000")).split(",")]
    lex_sizes = [int(x) for x in ("200,2000" if args.small else args.lexicon_sizes).split(",")]
    scorers = args.scorers.split(",") if args.scorers else None
    budget = args.budget if args.budget is not None else (0.3 if args.small else 10.0)
    print(f"# framing scaling benchmark\n\n{len(texts):,} distinct documents from {args.data.name}. {conditions()}.")
    t0 = time.perf_counter()
    if "lexicon" in parts:
        lexicon_sizes(texts, lex_sizes, budget)
        lexicon_sizes(texts, lex_sizes, budget, padded=True)
    if "corpus" in parts:
        corpus_sizes(texts, sizes, scorers)
    if "workers" in parts:
        workers(texts, args.workers_docs or (200 if args.small else 3000), scorers)
    print(f"\n(total {time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
