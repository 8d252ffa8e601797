"""Lexicons: plain TSV files plus a TOML manifest, loaded, validated and cached.

The format is documented in ``lexicons/README.md`` (shipped as ``framing.lexicons``). Every error names the
file and line it comes from.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from framing.exceptions import InputError, LexiconError
from framing.inflect import inflect_word
from framing.io import decode_bytes, read_file_bytes
from framing.tokenize import TOKEN_RE, normalize_for_matching

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "COLUMNS",
    "ContextRule",
    "Lexicon",
    "LexiconEntry",
    "builtin_lexicons",
    "load_lexicon",
    "load_lexicons",
    "validate_path",
]

COLUMNS = ("term", "category", "weight", "alternatives", "inflect", "forms", "case", "context", "note")
_INFLECT = ("none", "noun", "verb", "adj", "prefix")
_CASE = ("any", "cased")
_CATEGORY_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
_RULE_RE = re.compile(r"(!?)(prev|next)=(.+)\Z|(!)name\Z|(!?)pos=([A-Z|]+)\Z|(report)\Z")
#: Universal POS tags accepted by ``pos=`` rules (the tag set of :mod:`framing.pos`).
_UPOS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
)


@dataclass(frozen=True, slots=True)
class ContextRule:
    """A context condition: ``kind`` is ``prev``, ``next``, ``name``, ``pos`` (Universal POS tag of the term's
    first word, ``options`` hold one-tag tuples) or ``report`` (a reporting-verb use: tagged as a verb and
    followed by a complement, see ``lexicons/README.md``); ``negate`` turns it into an exclusion."""

    kind: str
    negate: bool
    options: tuple[tuple[str, ...], ...] = ()

    def __str__(self) -> str:
        if self.kind == "name":
            return "!name"
        if self.kind == "report":
            return "report"
        opts = "|".join(" ".join(o) for o in self.options)
        return f"{'!' if self.negate else ''}{self.kind}={opts}"


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon line."""

    term: str
    category: str
    weight: float
    alternatives: tuple[str, ...] = ()
    inflect: str = "none"
    forms: tuple[str, ...] = ()
    case: str = "any"
    context: tuple[ContextRule, ...] = ()
    note: str = ""
    line: int = 0

    def surface_forms(self) -> tuple[str, ...]:
        """The term, its generated inflections and its extra forms, hyphen/space variants included.

        An entry with ``inflect == "prefix"`` (a LIWC-style ``abandon*``) has no generated forms: the matcher
        lets its last word run on to the end of the word it starts (``abandon`` matches ``abandoned``).
        """
        words = self.term.split(" ")
        out = [self.term]
        if self.inflect in ("noun", "adj"):
            out += [" ".join([*words[:-1], f]) for f in inflect_word(words[-1], self.inflect)]
        elif self.inflect == "verb":
            out += [" ".join([f, *words[1:]]) for f in inflect_word(words[0], "verb")]
        out += list(self.forms)
        variants: list[str] = []
        for f in out:
            variants.append(f)
            if "-" in f:
                variants.append(f.replace("-", " "))
        return tuple(dict.fromkeys(variants))


@dataclass(frozen=True)
class Lexicon:
    """A named, versioned list of entries with its provenance."""

    name: str
    entries: tuple[LexiconEntry, ...]
    version: str = "0"
    description: str = ""
    licence: str = ""
    citation: str = ""
    sources: str = ""
    path: str = ""
    sha256: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.category for e in self.entries))

    def __len__(self) -> int:
        return len(self.entries)

    def info(self) -> dict[str, Any]:
        """Metadata for listings and report appendices."""
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[e.category] = counts.get(e.category, 0) + 1
        return {
            "name": self.name,
            "version": self.version,
            "entries": len(self.entries),
            "categories": counts,
            "description": self.description,
            "licence": self.licence,
            "citation": self.citation,
            "sources": self.sources,
            "sha256": self.sha256,
        }


# --- parsing -----------------------------------------------------------------------------------------------


def _check_phrase(value: str, what: str, path: str, lineno: int) -> str:
    norm = normalize_for_matching(value)
    if value != value.strip() or "  " in value or not value:
        raise LexiconError(f"{what} {value!r} must be words separated by single spaces", path=path, line=lineno)
    for word in norm.split(" "):
        if not TOKEN_RE.fullmatch(word):
            raise LexiconError(
                f"{what} {value!r}: {word!r} is not a word token (letters, digits, inner hyphens or "
                "apostrophes; no punctuation such as '.' or a trailing '-')",
                path=path,
                line=lineno,
            )
    return value


def _parse_context(value: str, path: str, lineno: int) -> tuple[ContextRule, ...]:
    rules = []
    for raw in value.split(";"):
        raw = raw.strip()
        if not raw:
            continue
        m = _RULE_RE.match(raw)
        if not m:
            raise LexiconError(
                f"context rule {raw!r} is not one of '!prev=…', 'prev=…', '!next=…', 'next=…', '!name', "
                "'pos=TAG|…', '!pos=TAG|…', 'report'",
                path=path,
                line=lineno,
            )
        if m.group(4):
            rules.append(ContextRule("name", True))
            continue
        if m.group(7):
            rules.append(ContextRule("report", False))
            continue
        if m.group(6):
            tags = tuple(t for t in m.group(6).split("|") if t)
            bad = [t for t in tags if t not in _UPOS]
            if bad or not tags:
                raise LexiconError(
                    f"context rule {raw!r}: {', '.join(bad) or 'no tag'} is not a Universal POS tag "
                    f"({' '.join(sorted(_UPOS))})",
                    path=path,
                    line=lineno,
                )
            rules.append(ContextRule("pos", m.group(5) == "!", tuple((t,) for t in tags)))
            continue
        opts = []
        for alt in m.group(3).split("|"):
            alt = alt.strip()
            _check_phrase(alt, "context word", path, lineno)
            opts.append(tuple(normalize_for_matching(alt).split(" ")))
        rules.append(ContextRule(m.group(2), m.group(1) == "!", tuple(opts)))
    return tuple(rules)


def _parse_line(cells: list[str], path: str, lineno: int) -> LexiconEntry:
    if len(cells) > len(COLUMNS):
        raise LexiconError(
            f"expected at most {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), got {len(cells)}",
            path=path,
            line=lineno,
        )
    cells = [c.strip() for c in cells] + [""] * (len(COLUMNS) - len(cells))
    term, category, weight_s, alts, inflect, forms, case, context, note = cells
    if not term:
        raise LexiconError("empty term", path=path, line=lineno)
    _check_phrase(term, "term", path, lineno)
    if not _CATEGORY_RE.match(category):
        raise LexiconError(
            f"category must be lower-case letters, digits and '_' (e.g. pejorative_label), got {category!r}",
            path=path,
            line=lineno,
        )
    try:
        weight = float(weight_s)
    except ValueError:
        raise LexiconError(f"weight must be a number from 0 to 1, got {weight_s!r}", path=path, line=lineno) from None
    if not math.isfinite(weight) or not 0.0 <= weight <= 1.0:
        raise LexiconError(f"weight must be a number from 0 to 1, got {weight_s!r}", path=path, line=lineno)
    inflect = inflect or "none"
    if inflect not in _INFLECT:
        raise LexiconError(f"inflect must be one of {', '.join(_INFLECT)}, got {inflect!r}", path=path, line=lineno)
    case = case or "any"
    if case not in _CASE:
        raise LexiconError(f"case must be one of {', '.join(_CASE)}, got {case!r}", path=path, line=lineno)
    form_list = tuple(f.strip() for f in forms.split("|") if f.strip()) if forms else ()
    for f in form_list:
        _check_phrase(f, "form", path, lineno)
    alt_list = tuple(a.strip() for a in alts.split("|") if a.strip()) if alts else ()
    return LexiconEntry(
        term=term,
        category=category,
        weight=weight,
        alternatives=alt_list,
        inflect=inflect,
        forms=form_list,
        case=case,
        context=_parse_context(context, path, lineno),
        note=note,
        line=lineno,
    )


def _header_problem(header: list[str]) -> str:
    """What is wrong with a header line, in terms of the expected columns only (never its content)."""
    if len(header) < 3:
        return f"this line has {len(header)} tab-separated cell(s), at least 3 are needed"
    if len(header) > len(COLUMNS):
        return f"this line has {len(header)} tab-separated cells, at most {len(COLUMNS)} are allowed"
    i = next(i for i, (h, c) in enumerate(zip(header, COLUMNS, strict=False)) if h != c)
    return f"its cell {i + 1} should be {COLUMNS[i]!r}"


def _parse_tsv(data: bytes, path: str) -> tuple[list[LexiconEntry], list[LexiconError]]:
    """Parse a lexicon file, collecting every error instead of stopping at the first."""
    errors: list[LexiconError] = []
    entries: list[LexiconEntry] = []
    try:
        text = decode_bytes(data, path, error_class=LexiconError, hint=None, utf16=False)
    except LexiconError as exc:
        return [], [exc]
    header_seen = False
    seen: dict[tuple[str, str], int] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header = [c.strip().lower() for c in cells]
            if header != list(COLUMNS[: len(header)]) or len(header) < 3:
                errors.append(
                    LexiconError(
                        f"expected the header {chr(9).join(COLUMNS)!r} (tab-separated) as the first line; "
                        f"{_header_problem(header)} (the line itself is not shown: the file may not be a lexicon)",
                        path=path,
                        line=lineno,
                    )
                )
                return entries, errors
            header_seen = True
            continue
        try:
            entry = _parse_line(cells, path, lineno)
        except LexiconError as exc:
            errors.append(exc)
            continue
        key = (normalize_for_matching(entry.term) if entry.case == "any" else entry.term, entry.case)
        if key in seen:
            errors.append(
                LexiconError(f"duplicate term {entry.term!r} (first on line {seen[key]})", path=path, line=lineno)
            )
            continue
        seen[key] = lineno
        entries.append(entry)
    if not header_seen:
        errors.append(LexiconError("no header line and no entries", path=path, line=1))
    return entries, errors


def _read_manifest(data: bytes, path: str) -> list[dict[str, Any]]:
    text = decode_bytes(data, path, error_class=LexiconError, hint=None, utf16=False)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"manifest is not valid TOML: {exc}", path=path) from None
    items = doc.get("lexicon")
    if not isinstance(items, list) or not items:
        raise LexiconError("manifest must contain one or more [[lexicon]] tables", path=path)
    for i, item in enumerate(items, start=1):
        for key in ("name", "file"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise LexiconError(f"[[lexicon]] number {i} needs a string {key!r}", path=path)
    return items


def _build(meta: dict[str, Any], data: bytes, path: str) -> tuple[Lexicon, list[LexiconError]]:
    entries, errors = _parse_tsv(data, path)
    lex = Lexicon(
        name=str(meta.get("name") or Path(path).stem),
        entries=tuple(entries),
        version=str(meta.get("version", "0")),
        description=str(meta.get("description", "")),
        licence=str(meta.get("licence", meta.get("license", ""))),
        citation=str(meta.get("citation", "")),
        sources=str(meta.get("sources", "")),
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return lex, errors


def _inside(root: Any, name: str, mpath: str) -> Any:
    """The file a manifest names, which must be inside the manifest's folder (no absolute path, no ``..``, no
    symlink leading out): a manifest must not make framing read, or print errors about, any other file."""
    rel = PurePosixPath(name.replace("\\", "/"))
    if rel.is_absolute() or PureWindowsPath(name).drive or ".." in rel.parts or not rel.parts:
        raise LexiconError(f"manifest names {name!r}; a lexicon file must be inside the manifest's folder "
                           "(a relative path without '..')", path=mpath)
    f = root.joinpath(*rel.parts)
    if isinstance(root, Path):
        base = root.resolve()
        if not f.resolve().is_relative_to(base):
            raise LexiconError(f"manifest names {name!r}, which leads outside the manifest's folder (a symlink); "
                               "a lexicon file must be inside it", path=mpath)
    return f


def _load_dir(root: Any, label: str, *, collect: list[LexiconError] | None = None) -> list[Lexicon]:
    manifest = root.joinpath("manifest.toml")
    mpath = f"{label}/manifest.toml"
    if not manifest.is_file():
        raise LexiconError("a lexicon directory needs a manifest.toml", path=label)
    lexicons = []
    for meta in _read_manifest(manifest.read_bytes(), mpath):
        f = _inside(root, meta["file"], mpath)
        fpath = f"{label}/{meta['file']}"
        if not f.is_file():
            raise LexiconError(f"manifest names {meta['file']!r}, which does not exist", path=mpath)
        lex, errors = _build(meta, f.read_bytes(), fpath)
        if errors:
            if collect is None:
                raise errors[0]
            collect.extend(errors)
        lexicons.append(lex)
    return lexicons


def load_lexicon(path: str | Path) -> Lexicon:
    """Load one TSV lexicon file; its file name (without ``.tsv``) is its name."""
    p = Path(path)
    data = read_file_bytes(p, error_class=LexiconError)
    lex, errors = _build({"name": p.stem}, data, str(p))
    if errors:
        raise errors[0]
    return lex


def load_lexicons(paths: Iterable[str | Path]) -> list[Lexicon]:
    """Load lexicon files and directories (a directory needs a ``manifest.toml``)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Lexicon] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out.extend(_load_dir(p, str(p)))
        elif p.is_file():
            out.append(load_lexicon(p))
        else:
            raise LexiconError("no such lexicon file or directory", path=str(p))
    return out


@lru_cache(maxsize=1)
def builtin_lexicons() -> tuple[Lexicon, ...]:
    """The lexicons shipped with framing (``framing.lexicons``), in manifest order."""
    root = resources.files("framing.lexicons")
    return tuple(_load_dir(root, "framing/lexicons"))


def validate_path(path: str | Path) -> tuple[list[Lexicon], list[LexiconError]]:
    """Check a lexicon file or directory; returns what loaded and every error found (file:line each)."""
    p = Path(path)
    errors: list[LexiconError] = []
    if p.is_dir():
        try:
            return _load_dir(p, str(p), collect=errors), errors
        except LexiconError as exc:
            return [], [*errors, exc]
    try:
        data = read_file_bytes(p, error_class=LexiconError)
    except LexiconError as exc:
        return [], [exc]
    lex, errors = _build({"name": p.stem}, data, str(p))
    return [lex], errors


def lexicon_list(lexicons: Iterable[Lexicon | str | os.PathLike[str]] | Lexicon | str | os.PathLike[str] | None,
                 ) -> list[Lexicon | str | Path]:
    """The ``lexicons`` argument as a list: ``None`` is none, one path (str or :class:`~pathlib.Path`) or one
    :class:`Lexicon` is that one lexicon (``lexicons="my.tsv"`` means ``["my.tsv"]``, not its characters), any
    other iterable is its items."""
    if lexicons is None:
        return []
    if isinstance(lexicons, (str, os.PathLike, Lexicon)):
        lexicons = [lexicons]
    elif isinstance(lexicons, (bytes, Mapping)) or not isinstance(lexicons, Iterable):
        raise InputError(f"lexicons must be a path, a Lexicon or a list of them; got {type(lexicons).__name__}")
    return [x if isinstance(x, (Lexicon, str, Path)) else Path(x) for x in lexicons]


def resolve_lexicons(lexicons: Iterable[Lexicon | str | Path] | Lexicon | str | os.PathLike[str] | None, *,
                     builtin: bool = True) -> tuple[Lexicon, ...]:
    """Built-in lexicons (unless ``builtin`` is false) followed by the given lexicons or paths (one path or
    Lexicon alone counts as a list of one: :func:`lexicon_list`)."""
    out: list[Lexicon] = list(builtin_lexicons()) if builtin else []
    for item in lexicon_list(lexicons):
        if isinstance(item, Lexicon):
            out.append(item)
        else:
            out.extend(load_lexicons([item]))
    return tuple(out)
