"""Keyword in context: concordance lines for a lexicon term, a category or any word, sampled reproducibly.

A researcher reads the lines, marks each one correct or wrong in the ``correct`` column of the CSV export,
and feeds the file back to :func:`framing.workbench.validate.validate_judgements` (or
``framing lexicons validate-against FILE.csv``) to get the entries' precision with confidence intervals.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from framing.exceptions import InputError
from framing.lexicon import Lexicon
from framing.tokenize import normalize_for_matching
from framing.workbench._common import iter_documents, make_matcher

__all__ = [
    "KWIC_COLUMNS",
    "KwicLine",
    "format_kwic",
    "kwic",
    "parse_judgement",
    "read_kwic_csv",
    "write_kwic_csv",
]

KWIC_COLUMNS = ["doc_id", "start", "end", "left", "match", "right", "term", "category", "lexicon", "in_quote",
                "negated", "correct"]

_TRUE = {"1", "y", "yes", "true", "t", "correct", "c", "ok", "+", "✓"}
_FALSE = {"0", "n", "no", "false", "f", "wrong", "w", "-", "✗"}
_WS = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class KwicLine:
    """One concordance line: ``left + match + right`` is the text around ``[start, end)`` in document ``doc_id``
    (white space shown as single spaces). ``correct`` is a researcher's judgement, when one was read back."""

    doc_id: str
    start: int
    end: int
    left: str
    match: str
    right: str
    term: str = ""
    category: str = ""
    lexicon: str = ""
    in_quote: bool = False
    negated: bool = False
    correct: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in KWIC_COLUMNS}


def _flat(s: str) -> str:
    return _WS.sub(" ", s)


def _line(doc_text: str, doc_id: str, start: int, end: int, width: int, **kw: Any) -> KwicLine:
    return KwicLine(doc_id=doc_id, start=start, end=end, left=_flat(doc_text[max(0, start - width) : start]),
                    match=_flat(doc_text[start:end]), right=_flat(doc_text[end : end + width]), **kw)


def kwic(
    corpus: Iterable[Any],
    query: str,
    *,
    width: int = 60,
    sample: int | None = None,
    seed: int = 0,
    analyzer: Any = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    text_key: str = "text",
    id_key: str = "id",
) -> list[KwicLine]:
    """Concordance lines for ``query``, in corpus order.

    ``query`` is resolved in this order: ``category:NAME`` or a category name gives every match of that
    category; a lexicon term (any capitalisation) gives that entry's matches, inflections and context rules
    included; anything else is searched as a literal word or phrase (case-insensitive, whole words).
    ``sample`` keeps that many lines chosen at random with ``seed`` (the same corpus, query and seed always give
    the same lines), still in corpus order.
    """
    if not isinstance(query, str) or not query.strip():
        raise InputError(f"The 'query' parameter must be a non-empty term or category; got {query!r}.")
    if width < 0:
        raise InputError(f"The 'width' parameter must be 0 or more characters; got {width}.")
    if sample is not None and sample < 0:
        raise InputError(f"The 'sample' parameter must be a number of lines (0 or more); got {sample}.")
    matcher = make_matcher(analyzer=analyzer, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    q = query.strip()
    category: str | None = None
    terms: set[tuple[str, str]] = set()
    if q.startswith("category:"):
        category = q.split(":", 1)[1].strip()
        if category not in matcher.categories:
            raise InputError(f"no category {category!r}; the categories are {', '.join(matcher.categories)}")
    elif q in matcher.categories:
        category = q
    else:
        nq = normalize_for_matching(q)
        terms = {(lx.name, e.term) for lx in matcher.lexicons for e in lx.entries
                 if normalize_for_matching(e.term) == nq}
    literal = None
    if category is None and not terms:
        literal = re.compile(r"(?<![\w'-])" + r"\s+".join(re.escape(w) for w in normalize_for_matching(q).split())
                             + r"(?![\w-])")
    lines: list[KwicLine] = []
    for doc in iter_documents(corpus, text_key=text_key, id_key=id_key):
        if literal is not None:
            for m in literal.finditer(doc.norm):
                lines.append(_line(doc.text, doc.id, m.start(), m.end(), width, term=q,
                                   in_quote=doc.in_quote(m.start(), m.end()), negated=matcher.negated(doc, m.start())))
            continue
        for s in matcher.find(doc):
            if (category is not None and s.category == category) or (s.lexicon, s.term) in terms:
                lines.append(_line(doc.text, doc.id, s.start, s.end, width, term=s.term, category=s.category,
                                   lexicon=s.lexicon, in_quote=s.in_quote, negated=s.negated))
    if sample is not None and sample < len(lines):
        keep = sorted(random.Random(seed).sample(range(len(lines)), sample))
        lines = [lines[i] for i in keep]
    return lines


def format_kwic(lines: Iterable[KwicLine], *, width: int = 60, highlight: bool = False) -> str:
    """Plain-text concordance: left context right-aligned, the match centred between ``[ ]`` (or in bold
    reverse video when ``highlight``), then the right context."""
    out = []
    for ln in lines:
        left = ln.left[-width:].rjust(width)
        right = ln.right[:width]
        mid = f"\x1b[1;7m{ln.match}\x1b[0m" if highlight else f"[{ln.match}]"
        out.append(f"{ln.doc_id}\t{left} {mid} {right}")
    return "\n".join(out) + ("\n" if out else "")


def write_kwic_csv(lines: Iterable[KwicLine], dest: str | Path | IO[str]) -> int:
    """Write lines as CSV with an empty ``correct`` column to fill in (``y``/``n``); returns the line count.
    Cells a spreadsheet would run as formulas are prefixed with ``'``."""
    from framing.io import atomic_writer, neutralize_formula

    def write(f: IO[str]) -> int:
        w = csv.writer(f)
        w.writerow(KWIC_COLUMNS)
        n = 0
        for ln in lines:
            d = ln.to_dict()
            d["correct"] = "" if ln.correct is None else ("y" if ln.correct else "n")
            w.writerow([neutralize_formula(d[c]) for c in KWIC_COLUMNS])
            n += 1
        return n

    if isinstance(dest, (str, Path)):
        with atomic_writer(dest, newline="") as f:
            return write(f)
    return write(dest)


def parse_judgement(value: str, where: str) -> bool | None:
    """``y/yes/1/true/correct`` → True, ``n/no/0/false/wrong`` → False, empty → None (not judged)."""
    v = value.strip().lower()
    if not v:
        return None
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise InputError(f"{where}: the 'correct' cell must be y/yes/1/true/correct or n/no/0/false/wrong "
                     f"(or empty), got {value!r}")


def read_kwic_csv(path: str | Path) -> list[KwicLine]:
    """Read a KWIC CSV written by :func:`write_kwic_csv`, with the researcher's ``correct`` column filled in.

    Every line is returned; unjudged lines have ``correct=None``.
    """
    p = Path(path)
    try:
        f = open(p, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    out = []
    with f:
        reader = csv.DictReader(f)
        cols = reader.fieldnames or []
        missing = [c for c in ("doc_id", "term", "correct") if c not in cols]
        if missing:
            raise InputError(f"{p}: a marked-up KWIC file needs the columns doc_id, term and correct; missing "
                             f"{', '.join(missing)}; the columns are {', '.join(cols) or '(none)'}")
        for row in reader:
            where = f"{p}:{reader.line_num}"
            try:
                start, end = int(row.get("start") or 0), int(row.get("end") or 0)
            except ValueError:
                raise InputError(f"{where}: start and end must be integers") from None
            ln = KwicLine(
                doc_id=row.get("doc_id") or "", start=start, end=end, left=row.get("left") or "",
                match=row.get("match") or "", right=row.get("right") or "", term=row.get("term") or "",
                category=row.get("category") or "", lexicon=row.get("lexicon") or "",
                in_quote=(row.get("in_quote") or "").lower() == "true",
                negated=(row.get("negated") or "").lower() == "true",
            )
            out.append(replace(ln, correct=parse_judgement(row.get("correct") or "", where)))
    return out
