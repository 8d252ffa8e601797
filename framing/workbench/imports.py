"""Imports of other dictionary formats into framing's lexicon TSV format (``lexicons/README.md``).

- LIWC-style ``.dic``: a header of ``id<TAB>category`` lines between two ``%`` lines, then one line per word
  with its category ids (``abandon*<TAB>01 07``); ``*`` at the end of a word is a wildcard.
- Empath-style category TSV (or CSV): one line per category, ``category<TAB>word<TAB>word…``.
- A table (CSV or TSV with a header) with a ``term`` (or ``word``) column, a ``category`` column and
  optionally a ``weight`` column (0 to 1).
- A plain word list, one word or phrase per line (``#`` starts a comment); the category is given.

A trailing ``*`` becomes the ``prefix`` value of the ``inflect`` column (the term matches any word it starts);
a hyphen wildcard (``fair-*``) becomes the prefix ``fair`` (the format has no hyphen-only prefix, so it also
matches ``fairness``; a notice says so). A word listed under several categories gives one entry per category.
One lexicon file holds one category per term, so such an import is written as a folder with one file per
category and a ``manifest.toml`` (:func:`write_lexicon_dir`); :func:`write_lexicon_tsv` refuses it.
A conditional LIWC entry (``like<TAB>02 (02 134)131/125``: category 131 after a word of category 02 or 134,
otherwise 125) takes every category it can have (02, 131 and 125), with a notice; a condition written before
the word (``(02)like``) is skipped with a notice. Every problem is reported as ``file:line: message``.
"""

from __future__ import annotations

import csv
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.exceptions import FramingWarning, InputError, LexiconError
from framing.io import decode_bytes, read_file_bytes
from framing.lexicon import COLUMNS, LexiconEntry, _check_phrase
from framing.tokenize import normalize_for_matching

__all__ = ["FORMATS", "ImportResult", "import_dictionary", "sanitize_category", "to_tsv", "write_lexicon_dir",
           "write_lexicon_tsv"]

FORMATS = ("auto", "liwc", "empath", "table", "words")
_CAT_CLEAN = re.compile(r"[^a-z0-9_]+")
# a LIWC conditional: "(02 134)131/125" (after a word of category 02 or 134: 131, else 125) or "<of>131/125"
# (before the word "of": 131, else 125); the else part is optional
_COND_RE = re.compile(r"(?:\(([^()]*)\)|<([^<>]*)>)\s*([^\s()<>/]+)(?:/([^\s()<>/]+))?")


@dataclass(frozen=True)
class ImportResult:
    """Entries read from a foreign dictionary, the lines skipped (with their errors) and the category map."""

    entries: tuple[LexiconEntry, ...]
    skipped: tuple[LexiconError, ...]
    format: str
    source: str
    categories: dict[str, str]  # original name -> our category name
    notices: tuple[str, ...] = ()  # "file:line: ..." for entries imported with a caveat (conditionals, 'x-*')

    def by_category(self) -> dict[str, tuple[LexiconEntry, ...]]:
        """The entries of each category that has any, in the order of the source's categories (its header)."""
        out: dict[str, list[LexiconEntry]] = {c: [] for c in self.categories.values()}
        for e in self.entries:
            out.setdefault(e.category, []).append(e)
        return {c: tuple(v) for c, v in out.items() if v}

    def shared_terms(self) -> dict[str, tuple[str, ...]]:
        """Terms listed under more than one category, with their categories (one file cannot hold them)."""
        cats: dict[str, list[str]] = {}
        first: dict[str, str] = {}
        for e in self.entries:
            key = normalize_for_matching(e.term)
            first.setdefault(key, e.term)
            cats.setdefault(key, []).append(e.category)
        return {first[k]: tuple(v) for k, v in cats.items() if len(v) > 1}


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
        # (normalised term, category) -> fields: a term listed under several categories gets one entry each
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}
        self.skipped: list[LexiconError] = []
        self.notices: list[str] = []

    def error(self, message: str, line: int) -> None:
        err = LexiconError(message, path=self.path, line=line)
        if self.strict:
            raise err
        self.skipped.append(err)

    def skip(self, message: str, line: int) -> None:
        """Skip a line that is well formed but cannot be represented (never an error, even when strict)."""
        self.skipped.append(LexiconError(message, path=self.path, line=line))

    def notice(self, message: str, line: int) -> None:
        self.notices.append(f"{self.path}:{line}: {message}")

    def add(self, raw: str, categories: list[str], line: int, weight: float | None = None) -> None:
        term = " ".join(raw.strip().split())
        inflect = "none"
        extra = ""
        if term.endswith("*"):
            term = term[:-1].rstrip()
            inflect = "prefix"
            if term.endswith("-") and term.rstrip("-"):
                # LIWC's "fair-*" (words that start with "fair-"): the closest our format has is the prefix "fair"
                bare = term.rstrip("-")
                extra = f"from {raw.strip()!r}: also matches words that start with {bare!r} without a hyphen"
                self.notice(f"{raw.strip()!r} imported as the prefix {bare + '*'!r} (the lexicon format has no "
                            f"hyphen-only prefix, so it also matches words such as {bare + 'ness'!r})", line)
                term = bare
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
        norm = normalize_for_matching(term)
        for cat in dict.fromkeys(categories):
            prev = self.entries.get((norm, cat))
            if prev is not None:
                if inflect == "prefix":
                    prev["inflect"] = "prefix"  # "safe" and "safe*" in one category: the prefix covers both
                if extra and extra not in prev["extra"]:
                    prev["extra"].append(extra)
                continue
            self.entries[(norm, cat)] = {"term": term, "category": cat, "inflect": inflect, "weight": w,
                                         "line": line, "extra": [extra] if extra else []}

    def result(self, fmt: str, cats: dict[str, str]) -> ImportResult:
        out = []
        for d in self.entries.values():
            note = "; ".join(x for x in (self.note, *d["extra"]) if x)
            out.append(LexiconEntry(term=d["term"], category=d["category"], weight=float(d["weight"]),
                                    inflect=d["inflect"], note=note, line=int(d["line"])))
        if self.skipped:
            warnings.warn(f"{self.path}: {len(self.skipped)} line(s) skipped; the first: {self.skipped[0]}",
                          FramingWarning, stacklevel=3)
        if self.notices:
            warnings.warn(f"{len(self.notices)} entr{'y' if len(self.notices) == 1 else 'ies'} imported with a "
                          f"caveat; the first: {self.notices[0]}", FramingWarning, stacklevel=3)
        return ImportResult(tuple(out), tuple(self.skipped), fmt, self.path, cats, tuple(self.notices))


def _read(path: Path) -> list[str]:
    data = read_file_bytes(path)
    try:
        text = decode_bytes(data, str(path), error_class=LexiconError, hint=None, utf16=False)
    except LexiconError as exc:
        try:
            text = data.decode("cp1252")  # old LIWC dictionaries are often Windows-1252
        except UnicodeDecodeError:
            raise exc from None
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
            term, id_text = cells[0], " ".join(cells[1:])
        else:
            # the term is every word before the first category id or conditional ("kind of 01 02")
            k = min((raw.find(c) for c in "(<" if raw.find(c) > 0), default=len(raw))
            toks = raw[:k].split()
            n = len(toks)
            while n > 1 and toks[n - 1] in ids:
                n -= 1
            term, id_text = " ".join(toks[:n]), " ".join(toks[n:]) + " " + raw[k:]
        if _COND_RE.match(term) or re.match(r"\([^()]*\)|<[^<>]*>", term):
            b.skip(f"conditional LIWC entry with the condition on the word itself is not supported, skipped: "
                   f"{raw!r}", lineno)
            continue
        conditional: list[str] = []
        for m in _COND_RE.finditer(id_text):
            conditional += [c for c in (m.group(3), m.group(4)) if c]
        plain = _COND_RE.sub(" ", id_text)
        if any(c in plain for c in "()<>/"):
            b.error(f"cannot read the category ids {id_text.strip()!r} of {term!r} (expected '<id> ...' or a "
                    f"conditional such as '(02 134)131/125')", lineno)
            continue
        id_cells = plain.split() + conditional
        if not id_cells:
            b.error(f"the word {term!r} has no category id (expected '<word> <id> [<id> ...]')", lineno)
            continue
        unknown = [c for c in id_cells if c not in ids]
        if unknown:
            b.error(f"unknown category id {', '.join(unknown)} for {term!r}; the header defines "
                    f"{', '.join(ids)}", lineno)
            continue
        if conditional:
            b.notice(f"conditional LIWC entry {raw!r}: {term!r} takes every category it can have "
                     f"({', '.join(dict.fromkeys(ids[c] for c in id_cells))})", lineno)
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


def _comment(result: ImportResult, categories: Iterable[str]) -> str:
    return (f"imported from {Path(result.source).name} ({result.format} format) by framing lexicons import\n"
            f"categories: {', '.join(sorted(set(categories)))}")


def write_lexicon_tsv(result: ImportResult, path: str | Path) -> None:
    """Write an import as one lexicon TSV file (atomically), with a comment naming its source.

    Raises :class:`~framing.exceptions.LexiconError` when a term is listed under several categories: one file
    holds one category per term, so write such an import with :func:`write_lexicon_dir`.
    """
    from framing.io import atomic_writer

    shared = result.shared_terms()
    if shared:
        term, cats = next(iter(shared.items()))
        raise LexiconError(
            f"{len(shared)} term(s) are listed under several categories (the first: {term!r} in "
            f"{', '.join(cats)}); one lexicon file holds one category per term, so write a folder with one file "
            "per category instead (framing lexicons import FILE -o FOLDER)", path=result.source)
    with atomic_writer(path, newline="\n") as f:
        f.write(to_tsv(result.entries, header_comment=_comment(result, result.categories.values())))


def _toml_str(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out) + '"'


def write_lexicon_dir(result: ImportResult, folder: str | Path, *, name: str | None = None) -> list[Path]:
    """Write an import as a lexicon folder: one TSV file per category and a ``manifest.toml`` listing them.

    Every category keeps all its words, also those listed under several categories. The lexicons are named
    ``<name>_<category>`` (``name`` defaults to the source file name) and listed in the order of the source's
    categories. Files are written atomically; the manifest last. Returns the paths written.
    """
    from framing.io import atomic_writer

    d = Path(folder)
    if d.exists() and not d.is_dir():
        raise InputError(f"{d}: is a file; give a folder (or a .tsv file name for a single lexicon file)")
    base = sanitize_category(name if name is not None else Path(result.source).stem)
    written: list[Path] = []
    manifest = [f"# {ln}" for ln in _comment(result, result.by_category()).splitlines()]
    for cat, entries in result.by_category().items():
        f = d / f"{cat}.tsv"
        with atomic_writer(f, newline="\n") as out:
            out.write(to_tsv(entries, header_comment=_comment(result, [cat])))
        written.append(f)
        manifest += ["", "[[lexicon]]", f"name = {_toml_str(f'{base}_{cat}')}", f"file = {_toml_str(f.name)}",
                     'version = "0"',
                     f"description = {_toml_str(f'category {cat} of {Path(result.source).name}, imported')}",
                     f"sources = {_toml_str(Path(result.source).name)}"]
    m = d / "manifest.toml"
    with atomic_writer(m, newline="\n") as out:
        out.write("\n".join(manifest) + "\n")
    written.append(m)
    return written
