"""The lexicon scorer: spans from the compiled lexicons, per-category counts and rates, the loaded index."""

from __future__ import annotations

from collections.abc import Sequence

from framing.analysis import Span
from framing.document import Document
from framing.matcher import Matcher
from framing.scorers.base import ResultBuilder
from framing.tokenize import count_words

__all__ = ["LexiconScorer", "lexicon_score_names", "lexicon_scores"]

_TOTALS = ("loaded_index", "loaded_index_quoted", "loaded_count", "loaded_count_quoted", "negated_count", "coverage")


def lexicon_score_names(categories: Sequence[str]) -> tuple[str, ...]:
    """The keys of :func:`lexicon_scores` for lexicons with these categories, in order."""
    return (*_TOTALS, *(f"{cat}_{kind}" for cat in categories for kind in ("count", "per_1k")))


def lexicon_scores(spans: Sequence[Span], n_words: int, categories: Sequence[str]) -> dict[str, float]:
    """Flat scores from lexicon spans.

    - ``{category}_count`` and ``{category}_per_1k`` for every category (quoted and negated spans included);
    - ``loaded_index``: summed weight of loaded spans in the outlet's own voice (not in a quotation, not
      negated) per 1,000 words; ``loaded_index_quoted`` the same for spans inside quotations;
    - ``loaded_count``, ``loaded_count_quoted``, ``negated_count``;
    - ``coverage``: share of the words that lie inside a span.
    """
    per_k = 1000.0 / n_words if n_words else 0.0
    counts = dict.fromkeys(categories, 0)
    own = quoted = 0.0
    n_own = n_quoted = n_negated = covered = 0
    words: dict[str, int] = {}  # words per span text: the same few terms ("said", "Mr.") recur in an article
    for s in spans:
        counts[s.category] = counts.get(s.category, 0) + 1
        n = words.get(s.text)
        if n is None:
            # a text of word characters only is one \w+ run (str.isalnum is re's \w without "_")
            n = words[s.text] = 1 if s.text.isalnum() else count_words(s.text)
        covered += n
        if s.negated:
            n_negated += 1
        if s.weight > 0 and not s.negated:
            if s.in_quote:
                quoted += s.weight
                n_quoted += 1
            else:
                own += s.weight
                n_own += 1
    scores: dict[str, float] = {
        "loaded_index": own * per_k,
        "loaded_index_quoted": quoted * per_k,
        "loaded_count": float(n_own),
        "loaded_count_quoted": float(n_quoted),
        "negated_count": float(n_negated),
        "coverage": min(1.0, covered / n_words) if n_words else 0.0,
    }
    for cat, c in counts.items():
        scores[f"{cat}_count"] = float(c)
        scores[f"{cat}_per_1k"] = c * per_k
    return scores


class LexiconScorer:
    """Finds lexicon terms; runs first so later scorers can read ``result.lexicon_spans``."""

    name = "lexicon"

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self.score_names = lexicon_score_names(matcher.categories)

    def score(self, doc: Document, result: ResultBuilder) -> None:
        spans = self.matcher.find(doc)
        result.lexicon_spans = spans
        result.spans.extend(spans)
        result.scores.update(lexicon_scores(spans, doc.n_words, self.matcher.categories))
