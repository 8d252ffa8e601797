"""``framing kwic``: keyword-in-context lines for a lexicon term, a category or any word."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from framing.cli._common import add_input_arguments, input_paths, iter_records


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "kwic", help="keyword in context: concordance lines for a term or category",
        description="Concordance lines for a lexicon term, a category (or category:NAME) or any word, the match "
                    "centred and highlighted. --sample N --seed S draws the same N lines every time. Export CSV, "
                    "mark the 'correct' column y/n, and feed it to 'framing lexicons validate-against'.")
    p.add_argument("query", metavar="TERM|CATEGORY")
    add_input_arguments(p)
    p.add_argument("--width", type=int, default=60, help="characters of context on each side (default 60)")
    p.add_argument("--sample", type=int, default=None, metavar="N", help="keep N lines drawn at random")
    p.add_argument("--seed", type=int, default=0, help="random seed of --sample (default 0)")
    p.add_argument("--format", choices=["text", "csv", "html"], default="text")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default: standard output)")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="highlight the match in text output (default: when writing to a terminal)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from framing.io import check_outputs
    from framing.pipeline import Analyzer
    from framing.workbench.kwic import format_kwic, kwic, write_kwic_csv

    check_outputs([("-o", args.output)], input_paths(args))
    analyzer = Analyzer(scorers=["lexicon"], lexicons=args.lexicon, builtin_lexicons=not args.no_builtin_lexicons)
    lines = kwic(iter_records(args), args.query, width=args.width, sample=args.sample, seed=args.seed,
                 analyzer=analyzer)
    to_stdout = args.output == "-"
    if args.format == "csv":
        if to_stdout:
            write_kwic_csv(lines, sys.stdout)
        else:
            write_kwic_csv(lines, args.output)
    else:
        if args.format == "html":
            from framing.workbench.html import kwic_html

            text = kwic_html(lines, title=f"Keyword in context: {args.query}")
        else:
            highlight = args.color == "always" or (args.color == "auto" and to_stdout and sys.stdout.isatty())
            text = format_kwic(lines, width=args.width, highlight=highlight)
        if to_stdout:
            sys.stdout.write(text)
        else:
            from framing.io import atomic_writer

            with atomic_writer(args.output) as f:
                f.write(text)
    if not lines:
        print(f"framing: no lines for {args.query!r}", file=sys.stderr)
    return 0
