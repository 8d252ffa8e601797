"""Hit statistics for every lexicon entry and category over a corpus, optionally per metadata group."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from framing.exceptions import InputError
from framing.lexicon import Lexicon
from framing.workbench._common import EntryKey, entry_key, iter_documents, make_matcher, span_key

__all__ = ["CATEGORY_COLUMNS", "ENTRY_COLUMNS", "LexiconStats", "lexicon_stats"]

ENTRY_COLUMNS = ["lexicon", "category", "term", "weight", "hits", "documents", "per_1k", "share_in_quote",
                 "share_negated"]
CATEGORY_COLUMNS = ["category", "entries", "entries_fired", "hits", "documents", "per_1k", "share_in_quote",
                    "share_negated"]


@dataclass(frozen=True)
class LexiconStats:
    """What :func:`lexicon_stats` returns.

    ``entries``: one row per entry that fired (per group when grouped), most hits first; ``categories``: one
    row per category (per group), zero rows included; ``unused``: the entries that never fired anywhere in the
    corpus. ``per_1k`` is hits per 1,000 words of the documents in the row's group; ``documents`` counts the
    documents with at least one hit; the shares are of the row's hits.
    """

    entries: pd.DataFrame
    categories: pd.DataFrame
    unused: pd.DataFrame
    n_documents: int
    n_words: int
    group_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_documents": self.n_documents,
            "n_words": self.n_words,
            "group_by": self.group_by,
            "categories": self.categories.to_dict(orient="records"),
            "entries": self.entries.to_dict(orient="records"),
            "unused": self.unused.to_dict(orient="records"),
        }


class _Acc:
    __slots__ = ("docs", "hits", "negated", "quoted")

    def __init__(self) -> None:
        self.hits = self.quoted = self.negated = self.docs = 0


def _share(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def lexicon_stats(
    corpus: Iterable[Any],
    *,
    group_by: str | None = None,
    analyzer: Any = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    text_key: str = "text",
    id_key: str = "id",
) -> LexiconStats:
    """Hits, documents hit, hits per 1,000 words, share in quotes and share negated, per entry and category.

    ``corpus`` holds texts, :class:`~framing.io.Record` objects or mappings with ``text_key``; ``group_by``
    names a metadata key (e.g. ``"outlet"``) to break every figure down by its values (documents without the
    key fall in the group ``""``). Lexicons come from ``analyzer`` when given, else from ``lexicons`` plus the
    shipped ones (unless ``builtin_lexicons`` is false).
    """
    matcher = make_matcher(analyzer=analyzer, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    entries = {entry_key(lx.name, e): e for lx in matcher.lexicons for e in lx.entries}
    cat_sizes: dict[str, int] = defaultdict(int)
    for key in entries:
        cat_sizes[key[1]] += 1
    by_entry: dict[tuple[str, EntryKey], _Acc] = defaultdict(_Acc)
    by_cat: dict[tuple[str, str], _Acc] = defaultdict(_Acc)
    fired_per_cat: dict[tuple[str, str], set[EntryKey]] = defaultdict(set)
    words: dict[str, int] = defaultdict(int)
    ndocs: dict[str, int] = defaultdict(int)
    fired: set[EntryKey] = set()
    total_docs = total_words = 0
    meta_keys: dict[str, None] = {}
    group_found = False
    for doc in iter_documents(corpus, text_key=text_key, id_key=id_key):
        if group_by is not None and not group_found:
            group_found = group_by in doc.meta
            meta_keys.update(dict.fromkeys(map(str, doc.meta)))
        group = "" if group_by is None else str(doc.meta.get(group_by, "") or "")
        words[group] += doc.n_words
        ndocs[group] += 1
        total_docs += 1
        total_words += doc.n_words
        seen_e: set[EntryKey] = set()
        seen_c: set[str] = set()
        for s in matcher.find(doc):
            key = span_key(s)
            fired.add(key)
            fired_per_cat[(group, s.category)].add(key)
            for acc in (by_entry[(group, key)], by_cat[(group, s.category)]):
                acc.hits += 1
                acc.quoted += s.in_quote
                acc.negated += s.negated
            if key not in seen_e:
                seen_e.add(key)
                by_entry[(group, key)].docs += 1
            if s.category not in seen_c:
                seen_c.add(s.category)
                by_cat[(group, s.category)].docs += 1
    if group_by is not None and total_docs and not group_found:  # a misspelt column is not one empty group
        cols = ", ".join(repr(k) for k in meta_keys) or "(none)"
        raise InputError(f"group_by: no document has the metadata column {group_by!r}; the columns are {cols}")
    groups = sorted(ndocs) if group_by is not None else [""]
    if not ndocs:
        groups = [] if group_by is not None else [""]

    def per_k(hits: int, group: str) -> float:
        return hits * 1000.0 / words[group] if words[group] else 0.0

    erows = []
    for (group, key), acc in by_entry.items():
        e = entries.get(key)
        erows.append({
            **({group_by: group} if group_by is not None else {}),
            "lexicon": key[0], "category": key[1], "term": key[2], "weight": e.weight if e else float("nan"),
            "hits": acc.hits, "documents": acc.docs, "per_1k": per_k(acc.hits, group),
            "share_in_quote": _share(acc.quoted, acc.hits), "share_negated": _share(acc.negated, acc.hits),
        })
    gcols = [group_by] if group_by is not None else []
    efr = pd.DataFrame(erows, columns=gcols + ENTRY_COLUMNS)
    if len(efr):
        efr = efr.sort_values([*gcols, "hits", "lexicon", "term"], ascending=[True] * len(gcols) + [False, True, True],
                              kind="stable", ignore_index=True)
    crows = []
    for group in groups:
        for cat in matcher.categories:
            acc = by_cat.get((group, cat), _Acc())
            crows.append({
                **({group_by: group} if group_by is not None else {}),
                "category": cat, "entries": cat_sizes[cat], "entries_fired": len(fired_per_cat.get((group, cat), ())),
                "hits": acc.hits, "documents": acc.docs, "per_1k": per_k(acc.hits, group),
                "share_in_quote": _share(acc.quoted, acc.hits), "share_negated": _share(acc.negated, acc.hits),
            })
    cfr = pd.DataFrame(crows, columns=gcols + CATEGORY_COLUMNS)
    urows = [{"lexicon": k[0], "category": k[1], "term": k[2], "weight": e.weight}
             for k, e in entries.items() if k not in fired]
    ufr = pd.DataFrame(urows, columns=["lexicon", "category", "term", "weight"])
    return LexiconStats(entries=efr, categories=cfr, unused=ufr, n_documents=total_docs, n_words=total_words,
                        group_by=group_by)
