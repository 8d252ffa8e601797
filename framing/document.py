"""The shared text model: one :class:`Document` per text, computed lazily once and read by every scorer."""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Mapping
from functools import cached_property
from itertools import accumulate, chain
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

#: A white-space chunk with the white space before it: one C-level ``findall`` gives the chunks and, through the
#: lengths, their offsets (``[m.span() for m in finditer]`` builds a match object per chunk).
_GAP_CHUNK_RE = re.compile(r"(\s*)(\S+)")
_PUNCT = string.punctuation


def vader_words(chunks: Iterable[str]) -> list[str]:
    """VADER's words from white-space tokens: ASCII punctuation stripped off both ends unless that leaves fewer
    than three characters (so ":)", "--" and "no." stay as they are)."""
    return [w if len(c := w.strip(_PUNCT)) <= 2 else c for w in chunks]


class Document:
    """A text with its tokens, sentences and quotation regions as half-open character offsets.

    Each view is computed on first use and cached, so scorers share one tokenization. The original text is
    never changed: ``doc.text[start:end]`` is the surface form of every token, sentence and region.

    Who reads what: word tokens (:attr:`tokens`, :attr:`norm_tokens`, :attr:`lower_tokens`) the lexicon matcher's
    rules and the ``ml`` scorer; white-space :attr:`chunks` (VADER's and textstat's word rule) the sentiment and
    readability scorers; :attr:`sentences` and :attr:`quotes` every scorer; lexicon matches are computed once
    by the lexicon scorer and passed on in ``ResultBuilder.lexicon_spans``.
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

    def __reduce__(self) -> tuple[Any, ...]:
        # ``meta`` is a read-only proxy, which pickle cannot copy: a Document travels as its text, id and a dict
        # of its metadata (its cached views are computed again where it lands)
        return (_document, (self.text, self.id, dict(self.meta)))

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
        return tuple([m.span() for m in TOKEN_RE.finditer(self.text)])

    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        return tuple([s for s, _ in self.token_spans])

    @cached_property
    def tag_windows(self) -> dict[tuple[int, int], dict[int, str]]:
        """Memo of :func:`framing.pos.tag_at`: (window start, end) -> token start -> part-of-speech tag. Filled as
        scorers ask; it lives and dies with the document (no cache shared across texts)."""
        return {}

    @cached_property
    def chunk_memo(self) -> dict[int, Any]:
        """Memo of the sentiment scorer's look-ups over :attr:`chunks` (keyed by the lexicon's ``id``), shared by the
        sentence scores and the actor windows; it lives and dies with the document (no cache shared across texts)."""
        return {}

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Surface forms of :attr:`token_spans`."""
        t = self.text
        return tuple([t[s:e] for s, e in self.token_spans])

    @cached_property
    def norm_tokens(self) -> tuple[str, ...]:
        """Matching forms of :attr:`token_spans` (lower case, ASCII apostrophes and hyphens)."""
        t = self.norm
        return tuple([t[s:e] for s, e in self.token_spans])

    @cached_property
    def lower_tokens(self) -> tuple[str, ...]:
        """:attr:`tokens` lower-cased with ASCII apostrophes (the model's word forms)."""
        if "’" not in self.text:  # nothing to replace: lower-casing alone, in one C-level pass
            return tuple(map(str.lower, self.tokens))
        return tuple([t.lower().replace("’", "'") for t in self.tokens])

    @cached_property
    def _chunk_view(self) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
        pairs = _GAP_CHUNK_RE.findall(self.text)
        cum = list(accumulate(map(len, chain.from_iterable(pairs))))
        return tuple([w for _, w in pairs]), tuple(cum[0::2]), tuple(cum[1::2])

    @property
    def chunks(self) -> tuple[str, ...]:
        """White-space separated chunks of the text (``text.split()``): the words of VADER's and textstat's
        rules, which the sentiment and readability scorers follow on purpose."""
        return self._chunk_view[0]

    @property
    def chunk_starts(self) -> tuple[int, ...]:
        """Start offset of each of :attr:`chunks`."""
        return self._chunk_view[1]

    @property
    def chunk_ends(self) -> tuple[int, ...]:
        """End offset of each of :attr:`chunks`."""
        return self._chunk_view[2]

    @cached_property
    def chunk_words(self) -> tuple[str, ...]:
        """:attr:`chunks` lower-cased, ASCII punctuation stripped from both ends unless fewer than three characters
        would remain (VADER's word rule: ":)", "--" and "no." stay as they are); read by the sentiment scorer for
        sentences and actor windows alike."""
        return tuple(vader_words(map(str.lower, self.chunks)))

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


def _document(text: str, id: str, meta: dict[str, Any]) -> Document:
    """A Document rebuilt from :meth:`Document.__reduce__`."""
    return Document(text, id=id, meta=meta)
