"""The ``ml`` scorer family: sentence bias probabilities with top terms, and tagger spans.

Writes ``result.fields['sentences']`` (one :class:`~framing.analysis.SentenceScore` per ``doc.sentences`` entry),
the document scores ``bias_probability_mean``, ``bias_probability_max``, ``biased_sentence_share`` (share of
sentences with probability ≥ 0.5), ``model_loaded_count`` and ``model_loaded_per_1k``, and appends the tagger's
spans (``lexicon`` = the tagger's name, category ``loaded_model``, ``weight`` = ``probability`` rounded to 3
places). Tagger tokens already inside a loaded lexicon span are dropped, so no word is reported twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from framing.analysis import SentenceScore, Span
from framing.document import Document
from framing.ml.persist import BiasModel, default_model
from framing.scorers.base import ResultBuilder, Scorer

if TYPE_CHECKING:
    from framing.pipeline import Analyzer

__all__ = ["MLScorer", "ml_factory"]


class MLScorer:
    """Runs a :class:`~framing.ml.persist.BiasModel` (its classifier and/or tagger) on each document."""

    name = "ml"

    def __init__(self, model: BiasModel, *, top_terms: int = 5, skip_covered: bool = True,
                 explain_from: float = 0.5) -> None:
        self.model = model
        self.top_terms = top_terms
        self.skip_covered = skip_covered
        #: top terms are worked out for sentences at or above this probability (explaining is the costly part:
        #: about 0.5 ms a sentence); 0 explains every sentence
        self.explain_from = explain_from

    @property
    def score_names(self) -> tuple[str, ...]:
        """The scores :meth:`score` writes: sentence scores with a classifier, span counts with a tagger."""
        clf = ("bias_probability_mean", "bias_probability_max", "biased_sentence_share")
        tag = ("model_loaded_count", "model_loaded_per_1k")
        return (clf if self.model.classifier is not None else ()) + (tag if self.model.tagger is not None else ())

    def score(self, doc: Document, result: ResultBuilder) -> None:
        clf = self.model.classifier
        if clf is not None:
            self._sentences(doc, result)
        tagger = self.model.tagger
        if tagger is not None:
            spans = tagger.predict_spans(doc, result.lexicon_spans, skip_covered=self.skip_covered)
            result.spans.extend(spans)
            result.scores["model_loaded_count"] = float(len(spans))
            result.scores["model_loaded_per_1k"] = 1000.0 * len(spans) / doc.n_words if doc.n_words else 0.0

    def _sentences(self, doc: Document, result: ResultBuilder) -> None:
        clf = self.model.classifier
        sents = doc.sentences
        if not sents:
            result.fields["sentences"] = ()
            result.scores.update(bias_probability_mean=0.0, bias_probability_max=0.0, biased_sentence_share=0.0)
            return
        texts = [doc.text[a:b] for a, b in sents]
        rows = clf.lexicon_rows_from_spans(doc, result.lexicon_spans)
        A = clf.transform(texts, lexicon_rows=rows)
        z = np.asarray(A @ clf.coef_ + clf.intercept_, dtype=np.float64)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
        by_sent: dict[int, list[Span]] = {}
        for s in result.lexicon_spans:
            by_sent.setdefault(doc.sentence_index(s.start), []).append(s)
        out = []
        for i, ((a, b), text) in enumerate(zip(sents, texts, strict=True)):
            top = clf.explain_row(text, A[i], top=self.top_terms, lexicon_spans=by_sent.get(i, ())) \
                if self.top_terms and p[i] >= self.explain_from else ()
            out.append(SentenceScore(start=a, end=b, bias_probability=round(float(p[i]), 4), top_terms=top))
        result.fields["sentences"] = tuple(out)
        result.scores.update(
            bias_probability_mean=float(p.mean()),
            bias_probability_max=float(p.max()),
            biased_sentence_share=float((p >= 0.5).mean()),
        )


def ml_factory(analyzer: Analyzer) -> list[Scorer]:
    """The ``ml`` family for :class:`~framing.pipeline.Analyzer`: its ``model``, else the shipped default."""
    return [MLScorer(analyzer.model if analyzer.model is not None else default_model())]
