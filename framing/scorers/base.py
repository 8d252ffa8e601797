"""The scorer protocol and the mutable builder scorers write into before an Analysis is frozen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from framing.analysis import Span
from framing.document import Document

__all__ = ["ResultBuilder", "Scorer"]


class ResultBuilder:
    """What the scorers have found so far for one document.

    Scorers run in order and may read what earlier scorers wrote (``lexicon_spans`` is filled by the lexicon
    scorer, which runs first). ``fields`` holds the other :class:`~framing.analysis.Analysis` fields by name
    (``actors``, ``quotes``, ``scare_quotes``, ``frames``, ``readability``, ``sentiment``, ``sentences``);
    any other name a scorer writes there (choose one unlikely to clash, such as your package's name) ends up
    in ``Analysis.extensions``.
    """

    __slots__ = ("doc", "fields", "lexicon_spans", "scores", "spans")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spans: list[Span] = []
        self.scores: dict[str, float] = {}
        self.fields: dict[str, Any] = {}
        self.lexicon_spans: list[Span] = []


@runtime_checkable
class Scorer(Protocol):
    """Anything with a ``name``, the ``score_names`` it writes and a ``score(doc, result)`` method that adds
    to ``result``.

    ``score_names`` lists every key the scorer puts in ``result.scores``, in the order it writes them, for
    every document (the table writers and Dask fix their columns from it without analysing anything).
    """

    name: str

    @property
    def score_names(self) -> Sequence[str]: ...

    def score(self, doc: Document, result: ResultBuilder) -> None: ...
