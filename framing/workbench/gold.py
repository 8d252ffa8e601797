"""Gold data for validation: hand-coded spans (JSONL, PTC) and sentence labels (CSV), and the one vocabulary of
label values that counts as positive or negative (shared with ``framing train``'s reader).
"""

from __future__ import annotations

import ast
import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.exceptions import InputError
from framing.io import read_text_file
from framing.tokenize import normalize_for_matching
from framing.workbench.kwic import KwicLine, read_kwic_csv

__all__ = ["NEGATIVE_LABELS", "POSITIVE_LABELS", "Gold", "GoldDocument", "load_gold", "read_gold_jsonl",
           "read_gold_ptc", "read_gold_sentences"]

#: Label values read as positive (biased, loaded) and as negative, lower-cased.
POSITIVE_LABELS = frozenset({"1", "1.0", "true", "yes", "y", "biased", "bias", "positive", "pos", "loaded"})
NEGATIVE_LABELS = frozenset({"0", "0.0", "false", "no", "n", "non-biased", "nonbiased", "unbiased", "not biased",
                             "negative", "neg", "neutral"})


@dataclass(frozen=True)
class GoldDocument:
    """One hand-coded document: its text with gold spans ``(start, end, label)`` and/or a sentence label."""

    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...] = ()
    label: bool | None = None
    annotations: tuple[str | None, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Gold:
    """Documents plus what the reader learned about them (annotator columns, the level they support)."""

    documents: tuple[GoldDocument, ...]
    level: str  # "token" or "sentence"
    source: str = ""
    annotator_columns: tuple[str, ...] = ()
    judgements: tuple[KwicLine, ...] = ()


# --- readers -----------------------------------------------------------------------------------------------


def _check_span(start: Any, end: Any, n: int, where: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise InputError(f"{where}: span start and end must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= n:
        raise InputError(f"{where}: span [{start}, {end}) is not inside the text (0 to {n} characters)")
    return start, end


def read_gold_jsonl(path: str | Path, *, labels: Iterable[str] | None = None, text_key: str = "text",
                    id_key: str = "id") -> list[GoldDocument]:
    """Span annotations, one JSON object per line: ``{"id", "text", "spans": [{"start", "end", "label"}]}``.

    Only spans whose label is in ``labels`` are kept (all when ``labels`` is None).
    """
    p = Path(path)
    keep = set(labels) if labels else None
    docs = []
    for lineno, raw in enumerate(read_text_file(p).splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get(text_key), str):
            raise InputError(f"{where}: expected an object with a string {text_key!r} and a 'spans' list")
        text = obj[text_key]
        raw_spans = obj.get("spans", [])
        if not isinstance(raw_spans, list):
            raise InputError(f"{where}: 'spans' must be a list of {{start, end, label}} objects")
        spans = []
        for sp in raw_spans:
            if not isinstance(sp, dict):
                raise InputError(f"{where}: each span must be an object with start, end and label")
            s, e = _check_span(sp.get("start"), sp.get("end"), len(text), where)
            label = str(sp.get("label", ""))
            if keep is None or label in keep:
                spans.append((s, e, label))
        meta = {k: v for k, v in obj.items() if k not in (text_key, id_key, "spans")}
        docs.append(GoldDocument(id=str(obj.get(id_key, lineno)), text=text, spans=tuple(spans), meta=meta))
    return docs


def read_gold_ptc(articles: str | Path, labels_file: str | Path,
                  *, techniques: Iterable[str] | None = ("Loaded_Language", "Name_Calling,Labeling")
                  ) -> list[GoldDocument]:
    """The PTC format: ``articleNNN.txt`` files and ``article<TAB>technique<TAB>start<TAB>end`` lines.

    Every article in the folder is a document (articles without kept spans are all-negative); ``techniques``
    selects the labels (None keeps all).
    """
    adir, lpath = Path(articles), Path(labels_file)
    if not adir.is_dir():
        raise InputError(f"{adir}: the PTC articles must be a folder of articleNNN.txt files")
    keep = set(techniques) if techniques else None
    gold: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    texts: dict[str, str] = {}
    for path in sorted(adir.glob("*.txt")):
        m = re.search(r"(\d+)", path.name)
        if m:
            texts[m.group(1)] = read_text_file(path)
    if not texts:
        raise InputError(f"{adir}: no articleNNN.txt files found")
    for lineno, raw in enumerate(read_text_file(lpath).splitlines(), start=1):
        if not raw.strip():
            continue
        cells = raw.split("\t")
        where = f"{lpath}:{lineno}"
        if len(cells) != 4:
            raise InputError(f"{where}: expected 4 tab-separated cells (article, technique, start, end), "
                             f"got {len(cells)}")
        art, tech, s, e = cells
        if keep is not None and tech not in keep:
            continue
        try:
            start, end = int(s), int(e)
        except ValueError:
            raise InputError(f"{where}: start and end must be integers, got {s!r} and {e!r}") from None
        if art not in texts:
            raise InputError(f"{where}: no article{art}.txt in {adir}")
        gold[art].append((*_check_span(start, end, len(texts[art]), where), tech))
    return [GoldDocument(id=a, text=t, spans=tuple(sorted(gold.get(a, ())))) for a, t in texts.items()]


def _sniff_delimiter(head: str) -> str:
    first = head.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _parse_label(value: str | None, positive: set[str] | None, where: str) -> bool | None:
    if value is None:
        return None
    v = value.strip().lower()
    if not v or v in ("nan", "none", "no agreement", "na", "n/a"):
        return None
    if positive is not None:
        return v in positive
    if v in POSITIVE_LABELS:
        return True
    if v in NEGATIVE_LABELS:
        return False
    raise InputError(f"{where}: cannot read the label {value!r} as positive or negative; pass --positive VALUE "
                     f"(positive_values=...) to say which values count as positive")


def _word_spans(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    norm = normalize_for_matching(text)
    out = []
    for w in dict.fromkeys(normalize_for_matching(x).strip() for x in words):
        if not w:
            continue
        pat = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(p) for p in w.split()) + r"(?!\w)")
        out += [(m.start(), m.end(), "word") for m in pat.finditer(norm)]
    return sorted(out)


def read_gold_sentences(
    path: str | Path,
    *,
    text_column: str = "text",
    label_columns: Sequence[str] = (),
    positive_values: Iterable[str] | None = None,
    words_column: str | None = None,
    id_column: str | None = None,
    delimiter: str | None = None,
) -> Gold:
    """Sentence labels from a CSV (``,``, ``;`` or tab, sniffed from the header).

    ``label_columns``: one or several annotators' labels; with several, a sentence's label is the majority
    (ties and empty cells give no label) and :func:`krippendorff_alpha` is computed over them.
    ``words_column`` holds the gold words of each sentence (a Python/JSON list such as BABE's
    ``biased_words``, or ``|``/``,``-separated words): their occurrences become gold spans, which allows the
    token-level metric. ``positive_values`` lists the label values that count as positive (default: 1, true,
    yes, biased, positive, loaded).
    """
    p = Path(path)
    text = read_text_file(p)
    reader = csv.DictReader(text.splitlines(keepends=True), delimiter=delimiter or _sniff_delimiter(text[:5000]))
    cols = list(reader.fieldnames or [])
    wanted = [text_column, *label_columns] + ([words_column] if words_column else []) + \
        ([id_column] if id_column else [])
    missing = [c for c in wanted if c not in cols]
    if missing:
        raise InputError(f"{p}: no column {', '.join(map(repr, missing))}; the columns are "
                         f"{', '.join(map(repr, cols)) or '(none)'}")
    if not label_columns and not words_column:
        raise InputError(f"{p}: give the label column(s) and/or the gold words column; the columns are "
                         f"{', '.join(map(repr, cols))}")
    pos = {v.strip().lower() for v in positive_values} if positive_values else None
    docs = []
    for i, row in enumerate(reader, start=1):
        where = f"{p}:{reader.line_num}"
        t = row.get(text_column) or ""
        votes = tuple(row.get(c) for c in label_columns)
        parsed = [_parse_label(v, pos, where) for v in votes]
        label: bool | None = None
        known = [v for v in parsed if v is not None]
        if known:
            n_pos = sum(known)
            if n_pos * 2 != len(known):
                label = n_pos * 2 > len(known)
        spans: list[tuple[int, int, str]] = []
        if words_column:
            raw = (row.get(words_column) or "").strip()
            words: list[str] = []
            if raw.startswith("["):
                try:
                    val = ast.literal_eval(raw)
                except (ValueError, SyntaxError):
                    raise InputError(
                        f"{where}: the {words_column!r} cell is not a list literal: {raw[:60]!r}") from None
                if not isinstance(val, list):
                    raise InputError(f"{where}: the {words_column!r} cell must be a list of words")
                words = [str(w) for w in val]
            elif raw:
                words = [w for w in re.split(r"[|,]", raw) if w.strip()]
            spans = _word_spans(t, words)
            if not label_columns:
                label = bool(spans)
        meta = {k: v for k, v in row.items() if k not in wanted and k is not None}
        docs.append(GoldDocument(id=str(row.get(id_column) or i) if id_column else str(i), text=t,
                                 spans=tuple(spans), label=label,
                                 annotations=tuple(None if v is None else str(v) for v in votes), meta=meta))
    return Gold(documents=tuple(docs), level="token" if words_column else "sentence", source=str(p),
                annotator_columns=tuple(label_columns))


def load_gold(
    path: str | Path,
    *,
    format: str = "auto",
    labels: Iterable[str] | None = None,
    ptc_labels: str | Path | None = None,
    text_column: str = "text",
    label_columns: Sequence[str] = (),
    positive_values: Iterable[str] | None = None,
    words_column: str | None = None,
    id_column: str | None = None,
) -> Gold:
    """Read gold data of any supported kind; ``format`` is ``auto``, ``jsonl``, ``ptc``, ``csv`` or ``kwic``.

    ``auto``: a folder is PTC (with ``ptc_labels``, or the one ``*.labels`` file inside it); ``.jsonl`` is span
    JSONL; a CSV with ``doc_id``, ``term`` and ``correct`` columns is a marked-up KWIC file; other CSV/TSV
    files are sentence labels. ``labels`` selects span labels (PTC default: Loaded_Language and
    Name_Calling,Labeling).
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    fmt = format
    if fmt == "auto":
        if p.is_dir():
            fmt = "ptc"
        elif p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            fmt = "jsonl"
        else:
            head = read_text_file(p)[:2000].split("\n", 1)[0]
            cols = {c.strip().strip('"') for c in re.split(r"[,;\t]", head)}
            fmt = "kwic" if {"doc_id", "term", "correct"} <= cols else "csv"
    if fmt == "ptc":
        lab = Path(ptc_labels) if ptc_labels else None
        if lab is None:
            found = sorted(p.glob("*.labels")) if p.is_dir() else []
            if len(found) != 1:
                raise InputError(f"{p}: PTC gold needs the labels file (--ptc-labels FILE); found "
                                 f"{len(found)} *.labels file(s) in the folder")
            lab = found[0]
        techniques = list(labels) if labels else ["Loaded_Language", "Name_Calling,Labeling"]
        return Gold(tuple(read_gold_ptc(p, lab, techniques=techniques)), level="token", source=str(p))
    if fmt == "jsonl":
        return Gold(tuple(read_gold_jsonl(p, labels=labels, text_key=text_column, id_key=id_column or "id")),
                    level="token", source=str(p))
    if fmt == "kwic":
        return Gold((), level="kwic", source=str(p), judgements=tuple(read_kwic_csv(p)))
    if fmt == "csv":
        return read_gold_sentences(p, text_column=text_column, label_columns=label_columns,
                                   positive_values=positive_values, words_column=words_column, id_column=id_column)
    raise InputError(f"The 'format' parameter must be auto, jsonl, ptc, csv or kwic; got {format!r}.")
