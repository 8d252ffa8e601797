"""Arguments and helpers shared by the sub-commands that read documents."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from typing import Any


def int_at_least(minimum: int) -> Callable[[str], int]:
    """An argparse ``type`` for an integer of at least ``minimum``: anything else is an argparse error (exit 2)
    that names the accepted range."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer of at least {minimum}, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value

    parse.__name__ = f"integer >= {minimum}"
    return parse


def add_input_arguments(p: argparse.ArgumentParser, *, paths_required: bool = False) -> None:
    p.add_argument(
        "paths",
        nargs="+" if paths_required else "*",
        metavar="PATH",
        help="a .txt file, a folder of .txt files, a .csv/.tsv/.jsonl/.json/.parquet file, or - for stdin"
        + ("" if paths_required else " (default: the bundled sample)"),
    )
    p.add_argument("--text-column", default="text", help="column holding the text in CSV/TSV/JSON(L)/Parquet")
    p.add_argument("--id-column", default=None, help="column holding the document id")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="what to do with bytes that are not UTF-8 (default: stop with an error)")
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="an extra lexicon (.tsv file or folder with manifest.toml); repeatable")
    p.add_argument("--no-builtin-lexicons", action="store_true", help="use only the lexicons given with --lexicon")
    p.add_argument("--on-error", choices=["stop", "skip"], default="stop",
                   help="a malformed CSV row (an unterminated or stray quote): stop with an error naming the file "
                        "and line (default), or skip it: the row is kept in the output with its 'error' and "
                        "reading goes on at the next line")


def add_csv_safety_arguments(p: argparse.ArgumentParser) -> None:
    """The one CSV-safety option of every command that writes CSV (analyze, report, lexicons stats)."""
    p.add_argument("--csv-safe", dest="csv_safe", action="store_true", default=True,
                   help="prefix CSV cells starting with =, +, -, @, tab or CR with ' so spreadsheets do not run "
                        "them as formulas (OWASP CSV injection advice; the default)")
    p.add_argument("--no-csv-safe", dest="csv_safe", action="store_false",
                   help="write CSV cells exactly as they are (only for files no spreadsheet will open)")
    p.add_argument("--csv-exact", dest="csv_safe", action="store_false", help=argparse.SUPPRESS)  # old name


def input_paths(args: argparse.Namespace) -> list[str]:
    """Every file the command reads (documents and lexicons), for :func:`framing.io.check_outputs`."""
    return [*getattr(args, "paths", []), *getattr(args, "lexicon", [])]


def iter_records(args: argparse.Namespace) -> Iterator[Any]:
    from framing.io import read_inputs, read_sample

    if not args.paths:
        yield from read_sample()
        return
    yield from read_inputs(args.paths, text_column=args.text_column, id_column=args.id_column,
                           encoding_errors=args.encoding_errors, on_error=getattr(args, "on_error", "stop"))
