"""Corpus report over the AllSides news sample, grouped by left/center/right: size and time.

    python benchmarks/report_corpus.py [--n 3000] [--scale 10000] [--pdf] [--out reports/allsides.html]

Joins ``news.jsonl`` with ``news-meta.tsv`` (outlet, bias_text, topic, date) from ../shared/data, analyses
the articles with the default scorers (or ``--lexicon``/``--no-builtin-lexicons``), and writes the report.
``--scale N`` repeats the sample (ids suffixed) up to N documents to check the 5 MB target for 10,000
articles. Output goes to /tmp unless ``--out`` is given: the AllSides texts must not be committed.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "allsides-news-sample"


def records(n: int, scale: int | None) -> Iterator[Any]:
    from framing.io import Record

    meta: dict[str, dict[str, str]] = {}
    with open(DATA / "news-meta.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["id"]] = {k: v for k, v in row.items() if k not in ("id", "url")}
    base = []
    with open(DATA / "news.jsonl", encoding="utf-8") as f:
        for line in itertools.islice(f, n):
            obj = json.loads(line)
            m = dict(meta.get(obj["id"], {}))
            m["title"] = obj["text"].split("\n", 1)[0][:200]
            base.append(Record(id=obj["id"], text=obj["text"], meta=m))
    total = scale or len(base)
    for i in range(total):
        r = base[i % len(base)]
        yield r if i < len(base) else Record(id=f"{r.id}~{i // len(base)}", text=r.text, meta=r.meta)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=3000, help="articles to read from the sample (default all 3000)")
    ap.add_argument("--scale", type=int, default=None, help="repeat the sample up to this many documents")
    ap.add_argument("--out", default="/tmp/framing-allsides-report.html")
    ap.add_argument("--pdf", action="store_true", help="also render the PDF (next to --out)")
    ap.add_argument("--lexicon", action="append", default=[])
    ap.add_argument("--no-builtin-lexicons", action="store_true")
    ap.add_argument("--scorers", default=None)
    ap.add_argument("--n-jobs", type=int, default=1)
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return 0
    from framing.pipeline import Analyzer

    analyzer = Analyzer(scorers=args.scorers.split(",") if args.scorers else None, lexicons=args.lexicon,
                        builtin_lexicons=not args.no_builtin_lexicons)
    pdf = str(Path(args.out).with_suffix(".pdf")) if args.pdf else None
    from dataclasses import replace

    from framing.corpus import iter_analyses
    from framing.reporting import build_report
    from framing.reporting.render import write_html, write_pdf

    t0 = time.perf_counter()
    analyses = list(iter_analyses(analyzer, records(args.n, None), n_jobs=args.n_jobs))
    t_analyse = time.perf_counter() - t0
    total = args.scale or len(analyses)

    def scaled() -> Iterator[object]:  # the analysed sample repeated up to --scale documents (ids suffixed)
        for i in range(total):
            a = analyses[i % len(analyses)]
            yield a if i < len(analyses) else replace(a, id=f"{a.id}~{i // len(analyses)}")

    t1 = time.perf_counter()
    html, _kind, n = build_report(scaled(), group_by="bias_text", lexicons=analyzer.lexicons,
                                 scorers=analyzer.scorer_names, command="python benchmarks/report_corpus.py")
    write_html(html, args.out)
    t_report = time.perf_counter() - t1
    t_pdf = 0.0
    if pdf:
        t2 = time.perf_counter()
        write_pdf(html, pdf)
        t_pdf = time.perf_counter() - t2
    size = os.path.getsize(args.out)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rep = ", repeated" if total > len(analyses) else ""
    print(f"documents        {n:,} in the report ({len(analyses):,} analysed{rep})")
    print(f"scorers          {', '.join(analyzer.scorer_names)}; lexicons {len(analyzer.lexicons)}")
    print(f"analysis         {t_analyse:.1f} s ({len(analyses) / t_analyse:.0f} docs/s, n_jobs={args.n_jobs})")
    print(f"report (HTML)    {t_report:.1f} s  -> {size / 1e6:.2f} MB  ({args.out})")
    if pdf:
        print(f"report (PDF)     {t_pdf:.1f} s  -> {os.path.getsize(pdf) / 1e6:.2f} MB  ({pdf})")
    print(f"peak RSS         {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
