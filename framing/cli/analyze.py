"""``framing analyze``: analyse documents and write JSON, JSONL, CSV or Parquet."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from framing.cli._common import add_csv_safety_arguments, add_input_arguments, input_paths, iter_records

#: The output formats and the file suffixes that name them (the first is the one to suggest).
SUFFIXES = {"jsonl": (".jsonl", ".ndjson"), "json": (".json",), "csv": (".csv",), "parquet": (".parquet", ".pq")}


def output_format(path: str, fmt: str | None) -> str:
    """The format ``-o path`` is written in: the one ``--format`` names, or else the one the suffix names.

    Standard output (``-``) and an existing device, FIFO or socket (``/dev/null``, a named pipe) have no suffix to
    go by and get ``jsonl`` (the default). A suffix that names another format than ``--format``, and a file name
    whose suffix names none without ``--format``, are an :class:`~framing.exceptions.InputError` (exit 2), as an
    unknown ``--spans`` suffix is.
    """
    import os
    import stat
    from pathlib import Path

    from framing.exceptions import InputError

    suffix = Path(path).suffix.lower() if path != "-" else ""
    named = next((f for f, suffixes in SUFFIXES.items() if suffix in suffixes), None)
    if fmt is not None:
        if named is not None and named != fmt:
            raise InputError(f"-o {path!r} names a {suffix} file but --format is {fmt}: drop --format to write "
                             f"{named}, or give the output a {SUFFIXES[fmt][0]} name")
        return fmt
    if named is not None:
        return named
    if path == "-":
        return "jsonl"
    try:
        mode = os.stat(path).st_mode
    except OSError:  # a new file (or one that cannot be written: the writer says so)
        mode = stat.S_IFREG
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "jsonl"
    names = ", ".join(s for suffixes in SUFFIXES.values() for s in suffixes)
    raise InputError(f"-o {path!r}: cannot tell the output format from its name; give it one of the suffixes "
                     f"{names}, or pass --format {'|'.join(SUFFIXES)}")


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse documents and write the evidence and scores",
        description="Analyse documents and write one object per document (schema: README, 'Output contract').",
    )
    add_input_arguments(p)
    p.add_argument("--format", choices=list(SUFFIXES), default=None,
                   help="output format; by default the -o name's suffix chooses it (.jsonl or .ndjson, .json, .csv, "
                        ".parquet or .pq), and standard output or a device gets jsonl; csv and parquet hold one row "
                        "of flat scores per document. A --format that contradicts the suffix is an error")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--scorers", default=None, help="comma-separated scorer names (default: all default scorers)")
    p.add_argument("--model", default=None, metavar="PATH",
                   help="model folder written by 'framing train' for the ml scorers (default: the shipped model)")
    p.add_argument("--include-text", action="store_true", help="include each document's text in JSON/JSONL")
    p.add_argument("--candidates", action="store_true",
                   help="also output the model's weight-0 candidate spans (category loaded_model_candidate: below "
                   "the calibrated confidence, not loaded evidence)")
    p.add_argument("--n-jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--spans", default=None, metavar="FILE",
                   help="also write the evidence table (one row per span) to FILE: .csv, .parquet or .jsonl")
    add_csv_safety_arguments(p)
    p.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="always show a progress bar on standard error (default: only when standard error is a "
                        "terminal and the run lasts more than a second)")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from framing.corpus import count_records, iter_analyses
    from framing.io import check_outputs
    from framing.output import write_analyses
    from framing.pipeline import Analyzer

    check_outputs([("-o", args.output), ("--spans", args.spans)], input_paths(args))
    fmt = output_format(args.output, args.format)
    analyzer = Analyzer(
        scorers=args.scorers.split(",") if args.scorers else None,
        lexicons=args.lexicon,
        builtin_lexicons=not args.no_builtin_lexicons,
        model=args.model,
        candidates=args.candidates,
    )
    auto = args.progress is None
    progress = sys.stderr.isatty() if auto else bool(args.progress)
    total = None
    if progress:
        total = count_records(args.paths[0]) if len(args.paths) == 1 and args.paths[0] != "-" else None
    analyses = iter_analyses(analyzer, iter_records(args), n_jobs=args.n_jobs, progress=progress, total=total,
                             progress_delay=1.0 if auto else 0.0)
    summary = write_analyses(analyses, args.output, fmt=fmt, include_text=args.include_text,
                             neutralize=args.csv_safe, spans_path=args.spans)
    hint = "; see their 'error' field" if summary.failed or summary.skipped else ""
    print(f"framing: {summary.line()}{hint}", file=sys.stderr)
    return 0
