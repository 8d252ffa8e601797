"""Imports of other dictionary formats into framing's lexicon TSV format (``lexicons/README.md``).

- LIWC-style ``.dic``: a header of ``id<TAB>category`` lines between two ``%`` lines, then one line per word
  with its category ids (``abandon*<TAB>01 07``); ``*`` at the end of a word is a wildcard.
- Empath-style category TSV (or CSV): one line per category, ``category<TAB>word<TAB>word…``.
- A table (CSV or TSV with a header) with a ``term`` (or ``word``) column, a ``category`` column and
  optionally a ``weight`` column (0 to 1).
- A plain word list, one word or phrase per line (``#`` starts a comment); the category is given.

A trailing ``*`` becomes the ``prefix`` value of the ``inflect`` column (the term matches any word it starts).
Our format holds one category per term: a word listed under several categories keeps the first and names the
others in its ``note``. Every problem is reported as ``file:line: message``.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from framing.exceptions import FramingWarning, InputError, LexiconError
from framing.lexicon import COLUMNS, LexiconEntry, _check_phrase
from framing.tokenize import normalize_for_matching

__all__ = ["FORMATS", "ImportResult", "import_dictionary", "sanitize_category", "to_tsv", "write_lexicon_tsv"]

FORMATS = ("auto", "liwc", "empath", "table", "words")
_CAT_CLEAN = re.compile(r"[^a-z0-9_]+")


@dataclass(frozen=True)
class ImportResult:
    """Entries read from a foreign dictionary, the lines skipped (with their errors) and the category map."""

    entries: tuple[LexiconEntry, ...]
    skipped: tuple[LexiconError, ...]
    format: str
    source: str
    categories: dict[str, str]  # original name -> our category name


def sanitize_category(name: str) -> str:
    """A category name in our form (``[a-z][a-z0-9_]*``): ``Care.Virtue`` → ``care_virtue``, ``01`` → ``c_01``."""
    c = _CAT_CLEAN.sub("_", name.strip().lower()).strip("_")
    if not c:
        c = "category"
    if not c[0].isalpha():
        c = "c_" + c
    return c


class _Builder:
    def __init__(self, path: str, weight: float, note: str, strict: bool) -> None:
        self.path = path
        self.weight = weight
        self.note = note
        self.strict = strict
        self.entries: dict[str, dict[str, object]] = {}
        self.skipped: list[LexiconError] = []

    def error(self, message: str, line: int) -> None:
        err = LexiconError(message, path=self.path, line=line)
        if self.strict:
            raise err
        self.skipped.append(err)

    def add(self, raw: str, categories: list[str], line: int, weight: float | None = None) -> None:
        term = " ".join(raw.strip().split())
        inflect = "none"
        if term.endswith("*"):
            term = term[:-1].rstrip()
            inflect = "prefix"
        if "*" in term:
            self.error(f"wildcard '*' is only supported at the end of a term, got {raw.strip()!r}", line)
            return
        if not term:
            self.error(f"empty term {raw.strip()!r}", line)
            return
        try:
            _check_phrase(term, "term", self.path, line)
        except LexiconError as exc:
            if self.strict:
                raise
            self.skipped.append(exc)
            return
        w = self.weight if weight is None else weight
        if not 0.0 <= w <= 1.0:
            self.error(f"weight must be a number from 0 to 1, got {w!r}", line)
            return
        key = normalize_for_matching(term)
        if key in self.entries:
            prev = self.entries[key]
            cats: list[str] = prev["categories"]  # type: ignore[assignment]
            cats.extend(c for c in categories if c not in cats)
            if inflect == "prefix":
                prev["inflect"] = "prefix"
            return
        self.entries[key] = {"term": term, "categories": list(dict.fromkeys(categories)), "inflect": inflect,
                             "weight": w, "line": line}

    def result(self, fmt: str, cats: dict[str, str]) -> ImportResult:
        out = []
        for d in self.entries.values():
            categories: list[str] = d["categories"]  # type: ignore[assignment]
            note = self.note
            if len(categories) > 1:
                also = f"also in {', '.join(categories[1:])}"
                note = f"{note}; {also}" if note else also
            out.append(LexiconEntry(term=str(d["term"]), category=categories[0], weight=float(d["weight"]),  # type: ignore[arg-type]
                                    inflect=str(d["inflect"]), note=note, line=int(d["line"])))  # type: ignore[call-overload]
        if self.skipped:
            warnings.warn(f"{self.path}: {len(self.skipped)} line(s) skipped; the first: {self.skipped[0]}",
                          FramingWarning, stacklevel=3)
        return ImportResult(tuple(out), tuple(self.skipped), fmt, self.path, cats)


def _read(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")  # old LIWC dictionaries are often Windows-1252
        except UnicodeDecodeError:
            line = data[: exc.start].count(b"\n") + 1
            raise LexiconError(f"not valid UTF-8 (byte {exc.start})", path=str(path), line=line) from None
    return text.splitlines()


def _read_liwc(lines: list[str], b: _Builder) -> dict[str, str]:
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or lines[i].strip() != "%":
        raise LexiconError("a LIWC .dic file starts with a line holding only '%' (the category header)",
                           path=b.path, line=i + 1)
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    i += 1
    while True:
        if i >= len(lines):
            raise LexiconError("the category header is not closed by a second '%' line", path=b.path, line=i)
        raw = lines[i].strip()
        i += 1
        if raw == "%":
            break
        if not raw:
            continue
        parts = raw.split(None, 1)
        if len(parts) != 2:
            raise LexiconError(f"a header line must be '<id> <category name>', got {raw!r}", path=b.path, line=i)
        cid, name = parts[0], parts[1].strip()
        if cid in ids:
            raise LexiconError(f"category id {cid!r} defined twice", path=b.path, line=i)
        ids[cid] = sanitize_category(name)
        names[name] = ids[cid]
    if not ids:
        raise LexiconError("the category header defines no category", path=b.path, line=i)
    for lineno in range(i + 1, len(lines) + 1):
        raw = lines[lineno - 1].strip()
        if not raw or raw.startswith("#"):
            continue
        if "\t" in raw:
            cells = [c.strip() for c in raw.split("\t") if c.strip()]
            term, id_cells = cells[0], " ".join(cells[1:]).split()
        else:
            toks = raw.split()
            k = len(toks)
            while k > 1 and toks[k - 1] in ids:
                k -= 1
            term, id_cells = " ".join(toks[:k]), toks[k:]
        if term.startswith("(") or "<" in term:
            b.error(f"conditional LIWC entries are not supported: {raw!r}", lineno)
            continue
        if not id_cells:
            b.error(f"the word {term!r} has no category id (expected '<word> <id> [<id> ...]')", lineno)
            continue
        unknown = [c for c in id_cells if c not in ids]
        if unknown:
            b.error(f"unknown category id {', '.join(unknown)} for {term!r}; the header defines "
                    f"{', '.join(ids)}", lineno)
            continue
        b.add(term, [ids[c] for c in id_cells], lineno)
    return names


def _read_empath(lines: list[str], b: _Builder) -> dict[str, str]:
    names: dict[str, str] = {}
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t" if "\t" in raw else ",")]
        if len(cells) < 2 or not cells[0] or not any(cells[1:]):
            b.error("an Empath line is '<category><TAB or ,><word><TAB or ,><word>…'; this one has no words", lineno)
            continue
        cat = names.setdefault(cells[0], sanitize_category(cells[0]))
        for w in cells[1:]:
            if w:
                b.add(w.replace("_", " "), [cat], lineno)
    return names


def _read_table(lines: list[str], b: _Builder, default_category: str) -> dict[str, str]:
    delim = "\t" if "\t" in lines[0] else ("," if lines[0].count(",") >= lines[0].count(";") else ";")
    reader = csv.reader(lines, delimiter=delim)
    header = [h.strip().lower() for h in next(reader)]
    tcol = next((header.index(c) for c in ("term", "word", "words", "entry") if c in header), None)
    if tcol is None:
        raise LexiconError(f"a table needs a 'term' or 'word' column; the header is {', '.join(header)}",
                           path=b.path, line=1)
    ccol = header.index("category") if "category" in header else None
    wcol = header.index("weight") if "weight" in header else None
    names: dict[str, str] = {}
    for lineno, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) <= max(x for x in (tcol, ccol, wcol) if x is not None):
            b.error(f"expected {len(header)} cells, got {len(row)}", lineno)
            continue
        cat_raw = row[ccol].strip() if ccol is not None else default_category
        if not cat_raw:
            b.error("empty category", lineno)
            continue
        cat = names.setdefault(cat_raw, sanitize_category(cat_raw))
        weight = None
        if wcol is not None and row[wcol].strip():
            try:
                weight = float(row[wcol])
            except ValueError:
                b.error(f"weight must be a number from 0 to 1, got {row[wcol]!r}", lineno)
                continue
        b.add(row[tcol], [cat], lineno, weight)
    return names


def _read_words(lines: list[str], b: _Builder, category: str) -> dict[str, str]:
    cat = sanitize_category(category)
    for lineno, raw in enumerate(lines, start=1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        b.add(s, [cat], lineno)
    return {category: cat}


def _guess_format(path: Path, lines: list[str]) -> str:
    if path.suffix.lower() == ".dic":
        return "liwc"
    first = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), "")
    if first.strip() == "%":
        return "liwc"
    head = [c.strip().lower() for c in re.split(r"[\t,;]", first)]
    if any(c in head for c in ("term", "word", "words", "entry")):
        return "table"
    if "\t" in first and len([c for c in first.split("\t") if c.strip()]) >= 2:
        return "empath"
    if path.suffix.lower() == ".csv" and len([c for c in first.split(",") if c.strip()]) >= 2:
        return "empath"
    return "words"


def import_dictionary(
    path: str | Path,
    *,
    format: str = "auto",
    category: str | None = None,
    weight: float = 0.5,
    note: str | None = None,
    strict: bool = True,
) -> ImportResult:
    """Read a LIWC ``.dic``, an Empath TSV, a term/category table or a word list as lexicon entries.

    ``format`` is one of :data:`FORMATS` (``auto`` guesses from the suffix and first line). ``category`` names
    the category of a word list (default: the file name) or of a table without a category column. ``weight``
    is given to every entry without one (foreign dictionaries have no intensity). With ``strict`` (default) the
    first bad line raises :class:`~framing.exceptions.LexiconError` naming file and line; otherwise bad lines
    are skipped, listed in ``skipped`` and summarised in a warning.
    """
    if format not in FORMATS:
        raise InputError(f"The 'format' parameter must be one of {', '.join(FORMATS)}; got {format!r}.")
    if not 0.0 <= weight <= 1.0:
        raise InputError(f"The 'weight' parameter must be a number from 0 to 1; got {weight!r}.")
    p = Path(path)
    lines = _read(p)
    if not any(ln.strip() for ln in lines):
        raise LexiconError("the file is empty", path=str(p), line=1)
    fmt = _guess_format(p, lines) if format == "auto" else format
    b = _Builder(str(p), weight, note if note is not None else f"imported from {p.name}", strict)
    if fmt == "liwc":
        names = _read_liwc(lines, b)
    elif fmt == "empath":
        names = _read_empath(lines, b)
    elif fmt == "table":
        names = _read_table(lines, b, category or p.stem)
    else:
        names = _read_words(lines, b, category or p.stem)
    res = b.result(fmt, names)
    if not res.entries:
        raise LexiconError(f"no entries could be imported ({len(res.skipped)} line(s) skipped)", path=str(p),
                           line=len(lines))
    return res


def _cell(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def to_tsv(entries: Iterable[LexiconEntry], *, header_comment: str = "") -> str:
    """Entries as the text of a lexicon TSV file (our format, validated by ``framing lexicons validate``)."""
    lines = [f"# {ln}" for ln in header_comment.splitlines()] if header_comment else []
    lines.append("\t".join(COLUMNS))
    for e in entries:
        lines.append("\t".join([
            e.term, e.category, f"{e.weight:g}", "|".join(e.alternatives), e.inflect, "|".join(e.forms), e.case,
            ";".join(str(r) for r in e.context), _cell(e.note),
        ]))
    return "\n".join(lines) + "\n"


def write_lexicon_tsv(result: ImportResult, path: str | Path) -> None:
    """Write an import as a lexicon TSV file (atomically), with a comment naming its source."""
    from framing.io import atomic_writer

    cats = ", ".join(sorted(set(result.categories.values())))
    comment = f"imported from {Path(result.source).name} ({result.format} format) by framing lexicons import\n" \
              f"categories: {cats}"
    with atomic_writer(path, newline="\n") as f:
        f.write(to_tsv(result.entries, header_comment=comment))
