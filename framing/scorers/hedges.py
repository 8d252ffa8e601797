"""Hedging and certainty: hedges, boosters, factive and assertive verbs as rates, in the outlet's own voice.

The spans come from the lexicons (``hedge`` from ``hedges.tsv``, ``booster`` from ``boosters.tsv``,
``factive`` and ``assertive`` from ``factives_assertives.tsv``) and are already in ``result.spans`` with their
``in_quote`` flag; the lexicon scorer also reports ``{category}_count`` and ``{category}_per_1k`` over all of
them. This scorer adds what the issue asks beyond that: the same rates for the outlet's own voice only (spans
outside direct quotations, since a hedge inside a quote is the speaker's, not the writer's), the share of
sentences that carry a hedge, and a certainty balance.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.analysis import Span
from framing.document import Document
from framing.scorers.base import ResultBuilder

__all__ = ["CERTAINTY_CATEGORIES", "HedgeScorer", "hedge_scores"]

#: The lexicon categories this scorer reads.
CERTAINTY_CATEGORIES = ("hedge", "booster", "factive", "assertive")


def hedge_scores(doc: Document, spans: Sequence[Span]) -> dict[str, float]:
    """Own-voice rates per 1,000 words, quoted counts, hedged-sentence share and certainty balance.

    - ``{cat}_per_1k_own``: spans of ``cat`` outside quotations (negated ones included) per 1,000 words;
    - ``{cat}_count_quoted``: spans of ``cat`` inside quotations;
    - ``hedged_sentence_share``: share of sentences with at least one own-voice hedge;
    - ``certainty_balance``: (boosters - hedges) / (boosters + hedges) in the own voice, in [-1, 1]; 0 if
      neither occurs.
    """
    own = dict.fromkeys(CERTAINTY_CATEGORIES, 0)
    quoted = dict.fromkeys(CERTAINTY_CATEGORIES, 0)
    hedged_sentences: set[int] = set()
    for s in spans:
        if s.category not in own:
            continue
        if s.in_quote:
            quoted[s.category] += 1
        else:
            own[s.category] += 1
            if s.category == "hedge":
                hedged_sentences.add(doc.sentence_index(s.start))
    per_k = 1000.0 / doc.n_words if doc.n_words else 0.0
    sc: dict[str, float] = {}
    for cat in CERTAINTY_CATEGORIES:
        sc[f"{cat}_per_1k_own"] = own[cat] * per_k
        sc[f"{cat}_count_quoted"] = float(quoted[cat])
    n_sent = len(doc.sentences)
    sc["hedged_sentence_share"] = len(hedged_sentences) / n_sent if n_sent else 0.0
    total = own["booster"] + own["hedge"]
    sc["certainty_balance"] = (own["booster"] - own["hedge"]) / total if total else 0.0
    return sc


class HedgeScorer:
    """Own-voice hedge, booster, factive and assertive rates (the spans themselves come from the lexicons)."""

    name = "hedges"
    #: the own-voice scores, then the lexicon rates it fills in when no lexicon defines the category
    score_names = (*(f"{cat}_{kind}" for cat in CERTAINTY_CATEGORIES for kind in ("per_1k_own", "count_quoted")),
                   "hedged_sentence_share", "certainty_balance",
                   *(f"{cat}_{kind}" for cat in CERTAINTY_CATEGORIES for kind in ("count", "per_1k")))

    def score(self, doc: Document, result: ResultBuilder) -> None:
        result.scores.update(hedge_scores(doc, result.lexicon_spans))
        # the lexicon scorer only reports categories its lexicons define; keep the rates present regardless
        per_k = 1000.0 / doc.n_words if doc.n_words else 0.0
        for cat in CERTAINTY_CATEGORIES:
            if f"{cat}_per_1k" not in result.scores:
                n = sum(1 for s in result.lexicon_spans if s.category == cat)
                result.scores[f"{cat}_count"] = float(n)
                result.scores[f"{cat}_per_1k"] = n * per_k
