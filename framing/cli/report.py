"""``framing report``: an HTML (and optionally PDF) report for one article or a corpus."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from framing.cli._common import (
    add_csv_safety_arguments,
    add_input_arguments,
    input_paths,
    int_at_least,
    iter_records,
)

SAMPLE_DIR = "reports/latest"  # where `framing report` with no input writes (git-ignored in the repository)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write an HTML/PDF report (one article, or a corpus compared across groups)",
        description="Write a self-contained HTML report, and a PDF with --pdf. One document gives a "
        "single-article report, several a corpus report. With no input: the bundled sample, grouped by outlet, "
        "written to reports/latest/ (sample.html, sample.pdf and the two CSV files). Files written by "
        "'framing analyze' (JSONL, JSON or a Parquet document table) are read back without analysing the "
        "documents again.",
    )
    add_input_arguments(p)
    p.add_argument("-o", "--output", default=None, metavar="FILE.html",
                   help="HTML file to write (default: reports/latest/sample.html for the sample, "
                        "else reports/report.html)")
    p.add_argument("--pdf", default=None, metavar="FILE.pdf",
                   help="also write a PDF (default for the sample without -o: reports/latest/sample.pdf)")
    p.add_argument("--no-pdf", action="store_true", help="do not write the sample's default PDF")
    p.add_argument("--csv", default=None, metavar="FILE.csv", dest="scores_csv",
                   help="also write the per-document scores as CSV, linked from the report "
                        "(default for the sample without -o: reports/latest/sample-scores.csv)")
    p.add_argument("--evidence-csv", default=None, metavar="FILE.csv",
                   help="also write the evidence spans as CSV, linked from the report "
                        "(default for the sample without -o: reports/latest/sample-evidence.csv)")
    add_csv_safety_arguments(p)
    p.add_argument("--group-by", default=None, metavar="COLUMN",
                   help="metadata column to compare groups by (e.g. outlet, leaning; default for the sample: outlet)")
    p.add_argument("--date-column", default="date", metavar="COLUMN",
                   help="metadata column holding dates, for the trend over time (default: date)")
    p.add_argument("--kind", choices=["auto", "article", "corpus"], default="auto",
                   help="report kind (default auto: article for one document, corpus for several)")
    p.add_argument("--title", default=None, help="report title")
    p.add_argument("--scorers", default=None, help="comma-separated scorer names (default: all default scorers)")
    p.add_argument("--model", default=None, metavar="PATH",
                   help="model folder written by 'framing train' for the ml scorers (default: the shipped model)")
    p.add_argument("--n-boot", type=int_at_least(2), default=1000,
                   help="bootstrap resamples for the intervals, 2 or more (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default 0)")
    p.add_argument("--max-articles", type=int_at_least(0), default=12,
                   help="documents shown one by one in a corpus report, 0 or more (default 12)")
    p.add_argument("--n-jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--progress", action="store_true", help="show a progress bar on standard error")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from framing.reporting import report
    from framing.saved import is_saved_analyses

    sample = not args.paths
    saved = bool(args.paths) and all(is_saved_analyses(p, text_column=args.text_column) for p in args.paths)
    # the sample's default outputs go to reports/latest/, which git ignores: a fresh clone's committed example
    # reports (reports/sample*.html, .pdf) stay untouched by the README's first command
    output = args.output or (f"{SAMPLE_DIR}/sample.html" if sample else "reports/report.html")
    pdf = args.pdf or (f"{SAMPLE_DIR}/sample.pdf" if sample and args.output is None and not args.no_pdf else None)
    sample_defaults = sample and args.output is None
    scores_csv = args.scores_csv or (f"{SAMPLE_DIR}/sample-scores.csv" if sample_defaults else None)
    evidence_csv = args.evidence_csv or (f"{SAMPLE_DIR}/sample-evidence.csv" if sample_defaults else None)
    from framing.io import check_outputs

    check_outputs([("-o", output), ("--pdf", pdf), ("--csv", scores_csv), ("--evidence-csv", evidence_csv)],
                  input_paths(args))
    from framing.reporting import check_html_name

    check_html_name(output, "-o")
    result = report(
        list(args.paths) if saved else iter_records(args), output, pdf=pdf,
        group_by=args.group_by or ("outlet" if sample else None),
        kind=args.kind, date_column=args.date_column or None, title=args.title,
        lexicons=args.lexicon, builtin_lexicons=not args.no_builtin_lexicons, model=args.model,
        scorers=args.scorers.split(",") if args.scorers else None, n_boot=args.n_boot, seed=args.seed,
        max_articles=args.max_articles, n_jobs=args.n_jobs, progress=args.progress,
        command=_command(args, output, pdf, scores_csv, evidence_csv),
        scores_csv=scores_csv, evidence_csv=evidence_csv, csv_safe=args.csv_safe,
    )
    article = "an" if result.kind == "article" else "a"
    written = [p for p in (output, pdf, scores_csv, evidence_csv) if p]
    print(f"framing: wrote {article} {result.kind} report on {result.n_documents} document(s) to "
          + ", ".join(written[:-1]) + (" and " if len(written) > 1 else "") + written[-1], file=sys.stderr)
    if args.kind == "article":  # only the first document was read
        print("framing: --kind article reports on the first document; the rest of the input was not read",
              file=sys.stderr)
    else:
        print(f"framing: {result.n_documents} document(s) in the input: {result.n_analysed} analysed, "
              f"{result.n_skipped} skipped, {result.n_failed} failed", file=sys.stderr)
    return 0


def _command(args: argparse.Namespace, output: str, pdf: str | None, scores_csv: str | None = None,
             evidence_csv: str | None = None) -> str:
    parts = ["framing", "report", *args.paths, "-o", output]
    if pdf:
        parts += ["--pdf", pdf]
    if scores_csv:
        parts += ["--csv", scores_csv]
    if evidence_csv:
        parts += ["--evidence-csv", evidence_csv]
    if not args.csv_safe:
        parts.append("--no-csv-safe")
    if args.group_by:
        parts += ["--group-by", args.group_by]
    # every option that changes the report's content, when it differs from its default
    for flag, value, default in (("--text-column", args.text_column, "text"), ("--id-column", args.id_column, None),
                                 ("--kind", args.kind, "auto"), ("--scorers", args.scorers, None),
                                 ("--model", args.model, None),
                                 ("--date-column", args.date_column, "date"), ("--title", args.title, None),
                                 ("--n-boot", args.n_boot, 1000), ("--seed", args.seed, 0),
                                 ("--max-articles", args.max_articles, 12),
                                 ("--encoding-errors", args.encoding_errors, "strict"),
                                 ("--on-error", args.on_error, "stop")):
        if value != default:
            parts += [flag, str(value)]
    for lx in args.lexicon:
        parts += ["--lexicon", lx]
    if args.no_builtin_lexicons:
        parts.append("--no-builtin-lexicons")
    return " ".join(shlex.quote(p) for p in parts)
