"""The ``ml`` scorer family: sentence bias probabilities with top terms, and tagger spans.

Writes ``result.fields['sentences']`` (one :class:`~framing.analysis.SentenceScore` per ``doc.sentences`` entry),
the document scores ``bias_probability_mean``, ``bias_probability_max``, ``biased_sentence_share`` (share of
sentences with probability ≥ 0.5), ``model_loaded_count`` and ``model_loaded_per_1k``, and appends the tagger's
spans. One definition of "loaded" holds for model spans: a tagger span is loaded evidence (category
``loaded_model``, ``weight`` = its probability rounded to 3 places, > 0) only when its probability reaches the
model's calibrated ``loaded_threshold_``; loaded model spans are added to ``loaded_index``, ``loaded_count``
(own voice) and ``loaded_index_quoted`` / ``loaded_count_quoted`` exactly as lexicon spans are. Spans between
the tagger's decision threshold and the loaded threshold are weight-0 candidates (category
``loaded_model_candidate``), returned only with ``candidates=True`` (``framing analyze --candidates``). Tagger
tokens already inside a loaded lexicon span are dropped, so no word is reported twice.

The model's features read the lexicons the model was trained with (embedded in it): when the analyzer runs the
same lexicons (same names and sha256, same order) their spans are reused, otherwise the model matches its own.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from framing.analysis import SentenceScore, Span
from framing.document import Document
from framing.lexicon import Lexicon
from framing.matcher import Matcher
from framing.ml.crf import CRFTagger
from framing.ml.features import WORD_CACHE_LIMIT, is_function_token
from framing.ml.persist import BiasModel, default_model
from framing.ml.sentence import (
    DENSE_FEATURES,
    SentenceModel,
    doc_features,
    is_word_feature,
    words_from_log,
)
from framing.ml.tokenview import TokenView, WordInfo, token_view
from framing.scorers.base import ResultBuilder, Scorer

if TYPE_CHECKING:
    from framing.pipeline import Analyzer

__all__ = ["MLScorer", "ml_factory"]

_INF = float("inf")

_LEX_IDX = [i for i, n in enumerate(DENSE_FEATURES) if n.startswith("lex_")]
_TAG_IDX = [i for i, n in enumerate(DENSE_FEATURES) if n.startswith("tag_")]


def _same_lexicons(a: Sequence[Lexicon], b: Sequence[Lexicon]) -> bool:
    return [(x.name, x.sha256) for x in a] == [(x.name, x.sha256) for x in b]


def _grown(a: np.ndarray, n: int, cap: int) -> np.ndarray:
    """``a`` with room for ``cap`` rows, its first ``n`` rows kept."""
    out = np.zeros((cap, *a.shape[1:]), dtype=a.dtype)
    out[:n] = a[:n]
    return out


class MLScorer:
    """Runs a :class:`~framing.ml.persist.BiasModel` (its sentence model and/or tagger) on each document."""

    name = "ml"

    def __init__(self, model: BiasModel, *, top_terms: int = 5, skip_covered: bool = True,
                 explain_from: float = 0.5, candidates: bool = False,
                 lexicons: Sequence[Lexicon] | None = None) -> None:
        self.model = model
        self.top_terms = top_terms
        self.skip_covered = skip_covered
        #: top terms are worked out for sentences at or above this probability; 0 explains every sentence
        self.explain_from = explain_from
        self.candidates = candidates
        tagger = model.tagger
        #: per-word numbers of the sentence model, cached across documents
        self.word_info = WordInfo(tagger.word_table_ if isinstance(tagger, CRFTagger) else {})
        # one look-up per token: surface form → row of the tagger's weights, the sentence model's word numbers
        # and its vocabulary column (filled as new forms appear, cleared past WORD_CACHE_LIMIT forms)
        self._ids: dict[str, int] = {}
        self._crf = np.zeros((0, 1 + 2 * tagger.window, 2)) if isinstance(tagger, CRFTagger) else None
        self._info = np.zeros((0, WordInfo.width))
        self._vocab = np.zeros(0, dtype=np.int64)
        own = model.model_lexicons()
        #: the model's own matcher, unless the analyzer's lexicons (``lexicons``) are the ones it was trained with
        self.matcher = Matcher(own) if own and (lexicons is None or not _same_lexicons(own, lexicons)) else None

    def _token_rows(self, toks: Sequence[str]) -> tuple[np.ndarray | None, np.ndarray, np.ndarray]:
        ids = self._ids
        try:
            idx = np.fromiter(map(ids.__getitem__, toks), dtype=np.int64, count=len(toks))
        except KeyError:  # forms not seen yet: add their rows first
            missing = [t for t in dict.fromkeys(toks) if t not in ids]
            idx = self._add_rows(toks, missing)
        # np.take: the rows of fancy indexing, gathered in one C loop
        return (None if self._crf is None else self._crf.take(idx, axis=0)), self._info.take(idx, axis=0), \
            self._vocab.take(idx)

    def _add_rows(self, toks: Sequence[str], missing: list[str]) -> np.ndarray:
        """Rows of the forms ``missing`` added to the cache; the row numbers of ``toks``."""
        ids = self._ids
        if missing:
            if len(ids) + len(missing) > WORD_CACHE_LIMIT:
                ids.clear()
                missing = list(dict.fromkeys(toks))
            n, need = len(ids), len(ids) + len(missing)
            if need > len(self._info):
                # capacity doubles: concatenating the whole cache for every document with a new word copied
                # O(cache) bytes per document (~17 MB per article at 100,000 cached forms)
                cap = max(need, 2 * len(self._info), 1024)
                self._crf = None if self._crf is None else _grown(self._crf, n, cap)
                self._info, self._vocab = _grown(self._info, n, cap), _grown(self._vocab, n, cap)
            words = [t.lower().replace("’", "'") for t in missing]
            tagger, sen = self.model.tagger, self.model.classifier
            if self._crf is not None:
                self._crf[n:need] = tagger.token_rows(missing)
            self._info[n:need] = self.word_info.rows(words)
            voc = sen.vocabulary_ if isinstance(sen, SentenceModel) else {}
            self._vocab[n:need] = np.fromiter(
                (voc.get(w, -1) if is_word_feature(t) else -1 for t, w in zip(missing, words, strict=True)),
                dtype=np.int64, count=len(words))
            for t in missing:
                ids[t] = len(ids)
        return np.asarray([ids[t] for t in toks], dtype=np.int64)

    @property
    def score_names(self) -> tuple[str, ...]:
        """The scores :meth:`score` writes: sentence scores with a classifier, span counts with a tagger."""
        clf = ("bias_probability_mean", "bias_probability_max", "biased_sentence_share")
        tag = ("model_loaded_count", "model_loaded_per_1k")
        return (tag if self.model.tagger is not None else ()) + (clf if self.model.classifier is not None else ())

    def score(self, doc: Document, result: ResultBuilder) -> None:
        lex = result.lexicon_spans if self.matcher is None else self.matcher.find(doc)
        tagger = self.model.tagger
        proba = None
        v2 = isinstance(tagger, CRFTagger) or isinstance(self.model.classifier, SentenceModel)
        view = token_view(doc) if v2 else None
        rows = self._token_rows(doc.tokens) if v2 else None
        if isinstance(tagger, CRFTagger):
            assert rows is not None
            proba = tagger.token_proba(doc, lex, view=view, rows=rows[0])
            spans = tagger.predict_spans(doc, result.lexicon_spans, skip_covered=self.skip_covered,
                                         candidates=self.candidates, proba=proba)
        elif tagger is not None:
            spans = tagger.predict_spans(doc, lex, skip_covered=self.skip_covered)
        if tagger is not None:
            result.spans.extend(spans)
            loaded = [s for s in spans if s.weight > 0]
            self._add_to_index(doc, result, loaded)
            result.scores["model_loaded_count"] = float(len(loaded))
            result.scores["model_loaded_per_1k"] = 1000.0 * len(loaded) / doc.n_words if doc.n_words else 0.0
        clf = self.model.classifier
        if isinstance(clf, SentenceModel):
            assert view is not None and rows is not None
            self._sentences_v2(doc, result, lex, proba, view, rows[1], rows[2])
        elif clf is not None:
            self._sentences(doc, result, lex)

    @staticmethod
    def _add_to_index(doc: Document, result: ResultBuilder, loaded: Sequence[Span]) -> None:
        """Loaded model spans count in the loaded-language index like lexicon spans (own voice / quoted)."""
        if not loaded or "loaded_index" not in result.scores:
            return
        per_k = 1000.0 / doc.n_words if doc.n_words else 0.0
        sc = result.scores
        for s in loaded:
            if s.negated:
                continue
            if s.in_quote:
                sc["loaded_index_quoted"] += s.weight * per_k
                sc["loaded_count_quoted"] += 1.0
            else:
                sc["loaded_index"] += s.weight * per_k
                sc["loaded_count"] += 1.0

    # -- sentence model (evidence + words) ---------------------------------------------------------------------
    def _sentences_v2(self, doc: Document, result: ResultBuilder, lex: Sequence[Span],
                      proba: np.ndarray | None, view: TokenView, info_rows: np.ndarray,
                      word_ids: np.ndarray) -> None:
        sen: SentenceModel = self.model.classifier
        tagger = self.model.tagger
        sents = doc.sentences
        if not sents:
            result.fields["sentences"] = ()
            result.scores.update(bias_probability_mean=0.0, bias_probability_max=0.0, biased_sentence_share=0.0)
            return
        sent_starts = [a for a, _ in sents]
        # sentence i covers tokens bounds[i]..bounds[i + 1] - 1 (sentence starts are sorted: contiguous ranges)
        bounds = np.empty(len(sents) + 1, dtype=np.int64)
        bounds[:-1] = np.searchsorted(view.starts, sent_starts)
        bounds[-1] = len(view.tokens)
        edges = bounds.tolist()
        ranges = [range(a, b) for a, b in itertools.pairwise(edges)]
        by_sent: list[list[Span]] = [[] for _ in sents]
        if lex:
            # doc.sentence_index of each span start, in one call
            sid = np.searchsorted(sent_starts, [s.start for s in lex], side="right") - 1
            for s, i in zip(lex, sid.tolist(), strict=True):
                if i >= 0:
                    by_sent[i].append(s)
        thr = tagger.loaded_threshold_ if isinstance(tagger, CRFTagger) else 1.0
        F, R = doc_features(doc, view, None, ranges, by_sent, proba, thr, rows=info_rows, bounds=bounds)
        z = sen.decision_doc(F, (), ranges, word_ids=word_ids, bounds=bounds)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
        explain = np.flatnonzero(p >= self.explain_from).tolist() if self.top_terms else []
        tops = self._explain(doc, sen, F, R, word_ids, ranges, by_sent, proba, explain) if explain else {}
        get = tops.get
        out = [SentenceScore(a, b, round(pi, 4), get(i, ()))
               for i, ((a, b), pi) in enumerate(zip(sents, p.tolist(), strict=True))]
        result.fields["sentences"] = tuple(out)
        result.scores.update(
            bias_probability_mean=float(p.mean()),
            bias_probability_max=float(p.max()),
            biased_sentence_share=float((p >= 0.5).mean()),
        )

    def _explain(self, doc: Document, sen: SentenceModel, F: np.ndarray, R: np.ndarray, word_ids: np.ndarray,
                 ranges: Sequence[range], by_sent: Sequence[Sequence[Span]], proba: np.ndarray | None,
                 explain: list[int]) -> dict[int, tuple[tuple[str, float], ...]]:
        """Top terms of the sentences ``explain`` (indices): the words with the largest positive contributions,
        their own weight, plus the lexicon features shared among the loaded lexicon terms and the tagger features
        shared in proportion to the token marginals (the same numbers as :meth:`SentenceModel.contributions`,
        grouped; function words only when no content word raised the sentence). One pass per document: the dense
        contributions of all explained sentences at once, the words' weights read through their vocabulary columns
        (``word_ids``, -1 for tokens outside the word block)."""
        wc = sen.word_coef_
        # the tokens of the word block: a vocabulary column and a letter
        cand = np.flatnonzero((word_ids >= 0) & (R[:, 0] != 0))
        cand_l = cand.tolist()
        # every occurrence of a word form has the same column, so its first occurrence's weight is any one's
        cand_w = wc[word_ids[cand]]
        lw = doc.lower_tokens
        D = (F[explain] - sen.dense_mean_) / sen.dense_std_ * sen.dense_coef_
        lex_totals = D[:, _LEX_IDX].sum(axis=1).tolist()  # per row: the same sums as d[_LEX_IDX].sum()
        tag_totals = D[:, _TAG_IDX].sum(axis=1).tolist()
        norm = doc.norm_tokens
        top = self.top_terms
        out: dict[int, tuple[tuple[str, float], ...]] = {}
        for k, i in enumerate(explain):
            tokens = ranges[i]
            v = 1.0 / math.sqrt(words_from_log(float(F[i, 0])))
            lo, hi = bisect_left(cand_l, tokens.start), bisect_left(cand_l, tokens.stop)
            # each word's weight / sqrt(words): numpy's products are Python's, element for element
            words = dict(zip(map(lw.__getitem__, cand_l[lo:hi]), (cand_w[lo:hi] * v).tolist(), strict=True))
            lex_total = lex_totals[k]
            if lex_total:
                loaded = [s for s in by_sent[i] if s.weight > 0]
                for s in loaded:
                    words[s.term] = words.get(s.term, 0.0) + lex_total / len(loaded)
            tag_total = tag_totals[k]
            if proba is not None and tag_total and len(tokens):
                m = proba[tokens.start:tokens.stop]
                total = float(m.sum())
                if total > 0:
                    share = m / total
                    a = tokens.start
                    for j in np.flatnonzero(share >= 0.05).tolist():
                        t = norm[a + j]
                        words[t] = words.get(t, 0.0) + tag_total * float(share[j])
            # ranked by weight, highest first, ties by term: a sort by term, then a stable sort by weight
            ranked = sorted([kv for kv in words.items() if 0.0 < kv[1] < _INF], key=itemgetter(0))
            ranked.sort(key=itemgetter(1), reverse=True)
            # function words ("is", "the", "he") carry weight in the model but tell a reader nothing: listed only
            # when no content word raised the sentence
            content = [kv for kv in ranked if not is_function_token(kv[0])]
            out[i] = tuple([(w, round(c, 4)) for w, c in (content or ranked)[:top]])
        return out

    # -- legacy classifier (word/char TF-IDF) ------------------------------------------------------------------
    def _sentences(self, doc: Document, result: ResultBuilder, lex: Sequence[Span]) -> None:
        clf = self.model.classifier
        sents = doc.sentences
        if not sents:
            result.fields["sentences"] = ()
            result.scores.update(bias_probability_mean=0.0, bias_probability_max=0.0, biased_sentence_share=0.0)
            return
        texts = [doc.text[a:b] for a, b in sents]
        rows = clf.lexicon_rows_from_spans(doc, lex)
        A = clf.transform(texts, lexicon_rows=rows)
        z = np.asarray(A @ clf.coef_ + clf.intercept_, dtype=np.float64)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
        by_sent: dict[int, list[Span]] = {}
        for s in lex:
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
    return [MLScorer(analyzer.model if analyzer.model is not None else default_model(),
                     candidates=getattr(analyzer, "candidates", False), lexicons=analyzer.lexicons)]
