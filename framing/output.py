"""Writing analyses as JSON, JSONL, CSV or Parquet: streaming, atomic, to a file or standard output."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from framing.analysis import Analysis
from framing.exceptions import InputError
from framing.io import atomic_writer, flat_row, neutralize_formula

__all__ = ["WriteSummary", "write_analyses"]

FORMATS = ("json", "jsonl", "csv", "parquet")


@dataclass
class WriteSummary:
    total: int = 0
    failed: int = 0


@contextlib.contextmanager
def _open(path: str, *, newline: str | None = None) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        with atomic_writer(path, newline=newline) as f:
            yield f


def _dumps(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, allow_nan=False)


def write_analyses(analyses: Iterable[Analysis], path: str, *, fmt: str = "jsonl", include_text: bool = False,
                   neutralize: bool = False) -> WriteSummary:
    """Write ``analyses`` to ``path`` (``-`` for standard output) as they come.

    ``neutralize`` prefixes CSV cells that a spreadsheet would run as formulas (``= + - @``) with ``'``.
    """
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    summary = WriteSummary()

    def counted() -> Iterator[dict[str, Any]]:
        for a in analyses:
            summary.total += 1
            summary.failed += a.error is not None
            yield a.to_dict(include_text=include_text)

    if fmt == "parquet":
        if path == "-":
            raise InputError("Parquet output needs a file: pass -o FILE.parquet")
        import pandas as pd

        rows = [flat_row(d) for d in counted()]
        with atomic_writer(path, binary=True) as f:
            pd.DataFrame(rows).to_parquet(f, index=False)
        return summary
    with _open(path, newline="" if fmt == "csv" else None) as f:
        if fmt == "jsonl":
            for d in counted():
                f.write(_dumps(d) + "\n")
        elif fmt == "json":
            f.write("[")
            for i, d in enumerate(counted()):
                f.write(("\n" if i == 0 else ",\n") + _dumps(d))
            f.write("\n]\n")
        else:
            writer: csv.DictWriter[str] | None = None
            for d in counted():
                row = flat_row(d)
                if neutralize:
                    row = {k: neutralize_formula(v) for k, v in row.items()}
                if writer is None:
                    writer = csv.DictWriter(f, fieldnames=list(row), restval="", extrasaction="ignore")
                    writer.writeheader()
                writer.writerow(row)
    return summary
