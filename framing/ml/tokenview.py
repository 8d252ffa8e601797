"""Per-document token arrays shared by the tagger and the sentence model (computed once per document, with numpy).

:func:`token_view` gives the lower-cased words, the sequence (sentence chunk) structure and the in-quotation
mask of a :class:`~framing.document.Document` as arrays; :class:`WordInfo` caches, per word, the numbers the
sentence model sums (letters, word-list hits, rarity, VADER valence).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from framing.document import Document
from framing.ml.crf_features import MAX_LEN, word_tags
from framing.ml.features import WORD_CACHE_LIMIT, vader_valence

__all__ = ["LIST_TAGS", "TokenView", "WordInfo", "token_view"]

#: Word-list tags counted by the sentence model (then ``rare``).
LIST_TAGS = ("npov", "ss", "ws", "neg", "pos", "rep", "hdg")


@dataclass(frozen=True)
class TokenView:
    """Arrays over the tokens of one document."""

    tokens: tuple[str, ...]     # surface forms (Document.tokens)
    starts: np.ndarray          # token start offsets
    ends: np.ndarray            # token end offsets
    seq_start: np.ndarray       # bool: the token opens a sequence (sentence chunk)
    pos: np.ndarray             # position inside its sequence
    seq_len: np.ndarray         # length of its sequence
    in_quote: np.ndarray        # bool: inside a direct quotation (Document.in_quote)
    _words: list[list[str]] = field(default_factory=list, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        """Lower-cased tokens with ASCII apostrophes (``Document.lower_tokens`` for a :func:`token_view`)."""
        if not self._words:
            self._words.append([t.lower().replace("’", "'") for t in self.tokens])
        return self._words[0]

    def word(self, i: int) -> str:
        return self._words[0][i] if self._words else self.tokens[i].lower().replace("’", "'")


def _sequence_starts(doc: Document, starts: np.ndarray) -> np.ndarray:
    """The same sequences as :func:`framing.ml.crf_features.doc_sequences`, as a start mask."""
    n = len(starts)
    if not n:
        return np.zeros(0, dtype=bool)
    sent_starts = np.asarray([s for s, _ in doc.sentences] or [0], dtype=np.int64)
    sid = np.searchsorted(sent_starts, starts, side="right") - 1
    idx = np.arange(n)
    change = np.empty(n, dtype=bool)
    change[0] = True
    np.not_equal(sid[1:], sid[:-1], out=change[1:])
    # a new sequence at every sentence start and every MAX_LEN tokens inside a sentence
    first = np.maximum.accumulate(np.where(change, idx, 0))
    return (idx - first) % MAX_LEN == 0


def token_view(doc: Document) -> TokenView:
    spans = doc.token_spans
    n = len(spans)
    arr = np.fromiter(chain.from_iterable(spans), dtype=np.int64, count=2 * n).reshape(n, 2)
    starts, ends = arr[:, 0], arr[:, 1]
    flag = _sequence_starts(doc, starts)
    idx = np.arange(n)
    first = np.maximum.accumulate(np.where(flag, idx, 0)) if n else idx
    pos = idx - first
    seq_id = np.cumsum(flag) - 1
    lens = np.bincount(seq_id, minlength=int(flag.sum())) if n else np.zeros(0, dtype=np.int64)
    seq_len = lens[seq_id] if n else np.zeros(0, dtype=np.int64)
    q = np.zeros(n, dtype=bool)
    if doc.quotes and n:
        qa = np.asarray(doc.quotes, dtype=np.int64).reshape(-1, 2)
        i = np.searchsorted(qa[:, 0], starts, side="right") - 1
        ok = i >= 0
        ic = np.where(ok, i, 0)
        q = ok & (qa[ic, 0] <= starts) & (ends <= qa[ic, 1])
    return TokenView(doc.tokens, starts, ends, flag, pos, seq_len, q, [list(doc.lower_tokens)])


class WordInfo:
    """Per-word numbers for the sentence model, cached: ``[has a letter, hits of LIST_TAGS…, rare, |valence|,
    valence < 0]`` (rows of :meth:`rows`)."""

    width = 3 + len(LIST_TAGS) + 1

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = table
        self._ids: dict[str, int] = {}
        self._matrix = np.zeros((1024, self.width))

    def _row(self, w: str) -> list[float]:
        """The numbers of one word, as a list (the whole block of new words goes into the matrix at once)."""
        if not (w.isalpha() or any(c.isalpha() for c in w)):
            return [0.0] * self.width
        tags = word_tags(w, self.table)
        r = [1.0, *[float(t in tags) for t in LIST_TAGS], float("rare" in tags), 0.0, 0.0]
        v = vader_valence().get(w)
        if v:
            r[2 + len(LIST_TAGS)] = abs(v)
            r[3 + len(LIST_TAGS)] = float(v < 0)
        return r

    def rows(self, words: list[str]) -> np.ndarray:
        """One row per word."""
        ids = self._ids
        missing = [w for w in dict.fromkeys(words) if w not in ids]
        if missing:
            if len(ids) + len(missing) > WORD_CACHE_LIMIT:
                ids.clear()
                missing = list(dict.fromkeys(words))
            need = len(ids) + len(missing)
            if need > len(self._matrix):
                grown = np.zeros((max(need, 2 * len(self._matrix)), self.width))
                grown[: len(ids)] = self._matrix[: len(ids)]
                self._matrix = grown
            n = len(ids)
            self._matrix[n : n + len(missing)] = [self._row(w) for w in missing]
            for w in missing:
                ids[w] = len(ids)
        return self._matrix[[ids[w] for w in words]] if words else np.zeros((0, self.width))
