"""``framing lexicons``: list, show and validate lexicons."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    p = sub.add_parser("lexicons", help="list, show and validate lexicons",
                       description="List, show and validate lexicons.")
    lsub = p.add_subparsers(dest="lexicons_command", metavar="ACTION")
    pl = lsub.add_parser("list", help="the shipped lexicons with versions, sizes and licences")
    pl.set_defaults(run=run_list)
    ps = lsub.add_parser("show", help="the entries of one lexicon")
    ps.add_argument("name", help="a shipped lexicon's name, or a path to a .tsv file")
    ps.add_argument("--category", help="only this category")
    ps.set_defaults(run=run_show)
    pv = lsub.add_parser("validate", help="check a lexicon file or folder; every error names file and line")
    pv.add_argument("path", nargs="+", help="a .tsv file or a folder with manifest.toml")
    pv.set_defaults(run=run_validate)
    from framing.cli._workbench import add_workbench_actions  # stats, validate-against, import

    add_workbench_actions(lsub)
    p.set_defaults(run=lambda args: (p.print_help(), 0)[1])


def run_list(args: argparse.Namespace) -> int:
    from framing.lexicon import builtin_lexicons

    print(f"{'name':24} {'version':8} {'entries':>7}  {'licence':8} categories")
    for lex in builtin_lexicons():
        info = lex.info()
        cats = ", ".join(f"{k} ({v})" for k, v in info["categories"].items())
        print(f"{lex.name:24} {lex.version:8} {len(lex):>7}  {lex.licence or '?':8} {cats}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from pathlib import Path

    from framing.exceptions import InputError
    from framing.lexicon import builtin_lexicons, load_lexicon

    if Path(args.name).is_file():
        lex = load_lexicon(args.name)
    else:
        lexs = {lx.name: lx for lx in builtin_lexicons()}
        if args.name not in lexs:
            raise InputError(f"no lexicon named {args.name!r}; shipped lexicons: {', '.join(lexs)}")
        lex = lexs[args.name]
    print(f"# {lex.name} {lex.version}: {lex.description}")
    print(f"# licence: {lex.licence}; citation: {lex.citation}; sha256: {lex.sha256[:16]}")
    # the columns of the lexicon file format, so the output is itself a valid lexicon file
    print("term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote")
    for e in lex.entries:
        if args.category and e.category != args.category:
            continue
        ctx = ";".join(str(r) for r in e.context)
        print(f"{e.term}\t{e.category}\t{e.weight:g}\t{'|'.join(e.alternatives)}\t{e.inflect}\t{'|'.join(e.forms)}"
              f"\t{e.case}\t{ctx}\t{e.note}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    from framing.lexicon import validate_path

    bad = 0
    for path in args.path:
        lexicons, errors = validate_path(path)
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        bad += len(errors)
        if not errors:
            n = sum(len(lx) for lx in lexicons)
            print(f"{path}: ok ({len(lexicons)} lexicon(s), {n} entries)")
    if bad:
        print(f"framing: {bad} error(s)", file=sys.stderr)
        return 2
    return 0
