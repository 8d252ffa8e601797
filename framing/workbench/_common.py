"""Helpers shared by the workbench modules: documents from many input shapes, a matcher, entry keys."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.lexicon import Lexicon, LexiconEntry
from framing.matcher import Matcher

__all__ = ["EntryKey", "entry_key", "iter_documents", "make_matcher", "span_key"]

#: An entry's identity across lexicons: ``(lexicon, category, term)``.
EntryKey = tuple[str, str, str]


def entry_key(lexicon: str, entry: LexiconEntry) -> EntryKey:
    return (lexicon, entry.category, entry.term)


def span_key(span: Span) -> EntryKey:
    return (span.lexicon, span.category, span.term)


def make_matcher(
    *,
    analyzer: Any = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
) -> Matcher:
    """The matcher of ``analyzer`` (an :class:`~framing.Analyzer`), or one compiled from the given lexicons."""
    if analyzer is not None:
        matcher = getattr(analyzer, "matcher", None)
        if not isinstance(matcher, Matcher):
            raise InputError(f"The 'analyzer' parameter must be a framing.Analyzer; got {type(analyzer).__name__}.")
        return matcher
    from framing.lexicon import resolve_lexicons

    return Matcher(resolve_lexicons(lexicons, builtin=builtin_lexicons))


def iter_documents(corpus: Iterable[Any], *, text_key: str = "text", id_key: str = "id") -> Iterator[Document]:
    """Documents from texts, :class:`~framing.io.Record` objects, mappings or Documents (ids default to position)."""
    if isinstance(corpus, (str, bytes)):
        raise InputError("Iterable over raw text documents expected, string object received.")
    for i, item in enumerate(corpus):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, str):
            yield Document(item, id=str(i))
        elif isinstance(item, Mapping):
            if text_key not in item:
                raise InputError(f"document {i} has no {text_key!r} key; its keys are {', '.join(map(str, item))}")
            meta = {k: v for k, v in item.items() if k not in (text_key, id_key)}
            yield Document(str(item[text_key] or ""), id=str(item.get(id_key, i)), meta=meta)
        elif hasattr(item, "text") and hasattr(item, "id"):
            yield Document(item.text, id=str(item.id), meta=getattr(item, "meta", None))
        else:
            raise InputError(f"expected a str, Record, mapping or Document at position {i}, got {type(item).__name__}")
