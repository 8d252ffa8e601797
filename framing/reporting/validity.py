"""How far to trust each measure: figures measured on annotated news, shipped in
``framing/data/report_validity.tsv`` and shown in every report's methods appendix."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from framing.exceptions import ReportError

__all__ = ["ValidityRow", "load_validity", "parse_validity"]

_FILE = "report_validity.tsv"
_HEADER = ("measure", "figure", "measured_on")


@dataclass(frozen=True)
class ValidityRow:
    """One measure, its measured figure and what it was measured on."""

    measure: str
    figure: str
    measured_on: str


def parse_validity(text: str, source: str = _FILE) -> tuple[ValidityRow, ...]:
    """The rows of a validity table (tab-separated, ``#`` comments, a header row); a malformed line raises
    :class:`~framing.exceptions.ReportError` naming ``source`` and the line."""
    rows: list[ValidityRow] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != _HEADER:
                raise ReportError(f"{source}, line {number}: expected the header row {'<tab>'.join(_HEADER)!r}, "
                                  f"got {line!r}")
            header_seen = True
            continue
        if len(cells) != len(_HEADER) or not all(c.strip() for c in cells):
            raise ReportError(f"{source}, line {number}: expected {len(_HEADER)} non-empty tab-separated cells "
                              f"(measure, figure, measured_on), got {len(cells)}: {line!r}")
        rows.append(ValidityRow(*(c.strip() for c in cells)))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_validity() -> tuple[ValidityRow, ...]:
    """The shipped table (empty when the file is missing from a trimmed install)."""
    from importlib import resources

    f = resources.files("framing.data").joinpath(_FILE)
    if not f.is_file():
        return ()
    return parse_validity(f.read_text(encoding="utf-8"))
