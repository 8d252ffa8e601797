"""The shared text model: one :class:`Document` per text, computed lazily once and read by every scorer."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any

from framing.tokenize import (
    TOKEN_RE,
    count_words,
    in_regions,
    normalize_for_matching,
    quote_regions,
    sentence_spans,
)

__all__ = ["Document"]


class Document:
    """A text with its tokens, sentences and quotation regions as half-open character offsets.

    Each view is computed on first use and cached, so scorers share one tokenization. The original text is
    never changed: ``doc.text[start:end]`` is the surface form of every token, sentence and region.
    """

    __slots__ = ("__dict__", "id", "meta", "text")

    def __init__(self, text: str, *, id: str = "", meta: Mapping[str, Any] | None = None) -> None:
        if not isinstance(text, str):
            from framing.exceptions import InputError

            raise InputError(f"Document text must be str, got {type(text).__name__} instead.")
        self.text = text
        self.id = id
        self.meta: Mapping[str, Any] = MappingProxyType(dict(meta or {}))

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, n_chars={len(self.text)})"

    @cached_property
    def norm(self) -> str:
        """Lower-cased text with unified apostrophes and hyphens, offset-preserving (used for matching)."""
        return normalize_for_matching(self.text)

    @cached_property
    def n_words(self) -> int:
        """Number of ``\\w+`` runs: the denominator of every per-1,000-words rate."""
        return count_words(self.text)

    @cached_property
    def token_spans(self) -> tuple[tuple[int, int], ...]:
        """Word tokens as ``(start, end)`` (hyphenated compounds whole, possessive ``'s`` apart)."""
        return tuple(m.span() for m in TOKEN_RE.finditer(self.text))

    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.token_spans)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Surface forms of :attr:`token_spans`."""
        t = self.text
        return tuple(t[s:e] for s, e in self.token_spans)

    @cached_property
    def norm_tokens(self) -> tuple[str, ...]:
        """Matching forms of :attr:`token_spans` (lower case, ASCII apostrophes and hyphens)."""
        t = self.norm
        return tuple(t[s:e] for s, e in self.token_spans)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentences as ``(start, end)``, in order, trimmed of white space."""
        return tuple(sentence_spans(self.text))

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.sentences)

    @cached_property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """Direct quotations in double quotes as ``(start, end)``, quote marks included."""
        return tuple(quote_regions(self.text))

    @cached_property
    def _quote_starts(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.quotes)

    def in_quote(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a direct quotation."""
        return bool(self.quotes) and in_regions(self.quotes, self._quote_starts, start, end)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that contains (or last starts before) character ``pos``; -1 if none."""
        return bisect.bisect_right(self._sentence_starts, pos) - 1

    def token_index(self, pos: int) -> int:
        """Index of the token that contains (or last starts before) character ``pos``; -1 if none."""
        return bisect.bisect_right(self.token_starts, pos) - 1
