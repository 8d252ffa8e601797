"""Arguments and helpers shared by the sub-commands that read documents."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any


def add_input_arguments(p: argparse.ArgumentParser, *, paths_required: bool = False) -> None:
    p.add_argument(
        "paths",
        nargs="+" if paths_required else "*",
        metavar="PATH",
        help="a .txt file, a folder of .txt files, a .csv/.jsonl/.parquet file, or - for stdin"
        + ("" if paths_required else " (default: the bundled sample)"),
    )
    p.add_argument("--text-column", default="text", help="column holding the text in CSV/JSONL/Parquet")
    p.add_argument("--id-column", default=None, help="column holding the document id")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="what to do with bytes that are not UTF-8 (default: stop with an error)")
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="an extra lexicon (.tsv file or folder with manifest.toml); repeatable")
    p.add_argument("--no-builtin-lexicons", action="store_true", help="use only the lexicons given with --lexicon")


def iter_records(args: argparse.Namespace) -> Iterator[Any]:
    from framing.io import read_inputs, read_sample

    if not args.paths:
        yield from read_sample()
        return
    yield from read_inputs(args.paths, text_column=args.text_column, id_column=args.id_column,
                           encoding_errors=args.encoding_errors)
