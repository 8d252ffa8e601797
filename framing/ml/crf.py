"""The loaded-language sequence tagger: a linear-chain CRF over sentences (trained with python-crfsuite).

Labels are ``O`` and ``L`` (loaded). Training uses CRFsuite's L-BFGS with L1 + L2 regularisation; the fitted
model is exported to plain arrays (attribute names, a weight per attribute and label, the 2×2 transition
weights), so inference needs neither crfsuite nor pickles: state scores are sums of cached weight vectors
(:mod:`framing.ml.crf_features`) and the token marginals ``P(y_t = L)`` come from an exact forward-backward
pass written as a scalar recursion on odds (two labels). A test checks them against crfsuite's own marginals.

Spans: maximal runs of tokens whose marginal reaches ``threshold_`` (the F1-best threshold on out-of-fold
predictions, the tagger's decision for its metrics), joined across a hyphen, apostrophe or space and trimmed of
function words; a span's probability is its highest token marginal. A span is *loaded evidence* (``weight`` >
0) only when that probability reaches ``loaded_threshold_``, the threshold picked for precision; below it is a
weight-0 *candidate* (category ``loaded_model_candidate``), returned only when asked for.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from framing.analysis import Span
from framing.document import Document
from framing.exceptions import InputError
from framing.ml.crf_features import (
    doc_sequences,
    lexicon_tags,
    neighbour_attribute,
    sequence_attributes,
    type_attributes,
)
from framing.ml.features import WORD_CACHE_LIMIT, is_function_token, token_labels
from framing.ml.tagger import check_span_targets
from framing.ml.tokenview import TokenView, token_view
from framing.transformers import check_documents

__all__ = ["CANDIDATE_CATEGORY", "LOADED_CATEGORY", "CRFTagger", "span_runs"]

LOADED_CATEGORY = "loaded_model"
CANDIDATE_CATEGORY = "loaded_model_candidate"

_JOINERS = frozenset({"", " ", "-", "'", "’"})
_QUOTE_MARK = re.compile("[\"“‘'«]")



def span_runs(doc: Document, keep: np.ndarray) -> list[list[int]]:
    """Runs of kept token indices that touch (joined by nothing, a space, a hyphen or an apostrophe), trimmed
    of function words and punctuation at both edges."""
    text = doc.text
    spans = doc.token_spans
    norm = doc.norm_tokens
    runs: list[list[int]] = []
    cur: list[int] = []

    def flush() -> None:
        lo, hi = 0, len(cur)
        while lo < hi and is_function_token(norm[cur[lo]]):
            lo += 1
        while hi > lo and is_function_token(norm[cur[hi - 1]]):
            hi -= 1
        if lo < hi:
            runs.append(cur[lo:hi])
        cur.clear()

    for i in np.flatnonzero(keep).tolist():
        if cur and not (i == cur[-1] + 1 and text[spans[cur[-1]][1]:spans[i][0]] in _JOINERS):
            flush()
        cur.append(i)
    if cur:
        flush()
    return runs


class CRFTagger(BaseEstimator):  # type: ignore[misc]
    """A linear-chain CRF that marks loaded tokens; merges them into spans with a probability.

    ``fit(X, y)`` takes texts ``X`` and, for each text, a list of gold ``(start, end)`` character spans ``y``
    (a token is positive when it overlaps a gold span, the rule of ``span_f1.py``); ``lexicon_spans`` (one list
    per text) become features.

    Parameters
    ----------
    c1, c2:
        L1 and L2 regularisation of CRFsuite's L-BFGS.
    max_iterations:
        L-BFGS iterations.
    min_freq:
        Attributes seen fewer times in training are dropped (CRFsuite ``feature.minfreq``).
    window:
        Neighbouring words on each side used as attributes.
    use_word_table:
        Whether to add the word-table tags (``word_table`` passed to ``fit``: word → space-separated tags, see
        :func:`framing.ml.crf_features.word_tags`).
    threshold:
        Marginal at which a token is tagged (the decision used for token metrics); ``None`` keeps 0.5 unless
        the trainer sets ``threshold_`` from out-of-fold predictions.
    loaded_threshold:
        Span probability from which a span is loaded evidence (weight > 0); ``None``: equal to ``threshold``.
    name:
        The span ``lexicon`` field of the tagger's spans.

    Attributes
    ----------
    attributes_ : list of str, the attribute names with a non-zero weight
    state_weights_ : ndarray (n_attributes, 2), weight of each attribute for labels O and L
    transitions_ : ndarray (2, 2), transition weight from label i to label j
    word_table_ : dict word → tags (empty without ``use_word_table``)
    threshold_, loaded_threshold_ : float
    """

    def __init__(self, *, c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150, min_freq: int = 1,
                 window: int = 2, use_word_table: bool = True, threshold: float | None = None,
                 loaded_threshold: float | None = None, name: str = "tagger-v2") -> None:
        self.c1 = c1
        self.c2 = c2
        self.max_iterations = max_iterations
        self.min_freq = min_freq
        self.window = window
        self.use_word_table = use_word_table
        self.threshold = threshold
        self.loaded_threshold = loaded_threshold
        self.name = name

    # -- training ----------------------------------------------------------------------------------------------
    def _table(self) -> Mapping[str, str] | None:
        return self.word_table_ if self.use_word_table else None

    def training_sequences(self, docs: Sequence[Document], gold: Sequence[Sequence[tuple[int, int]]],
                           lexicon_spans: Sequence[Sequence[Span]] | None) -> list[tuple[list[dict[str, float]],
                                                                                         list[str]]]:
        """``(attributes, labels)`` per sentence chunk, as fed to CRFsuite."""
        table = self._table()
        out = []
        for k, d in enumerate(docs):
            labels = token_labels(d, gold[k])
            lex = lexicon_tags(d, lexicon_spans[k]) if lexicon_spans is not None else {}
            for seq in doc_sequences(d):
                xs = sequence_attributes(d, seq, lex, window=self.window, table=table)
                out.append((xs, ["L" if labels[i] else "O" for i in seq]))
        return out

    def fit(self, X: Any, y: Sequence[Sequence[tuple[int, int]]], *,
            lexicon_spans: Sequence[Sequence[Span]] | None = None,
            word_table: Mapping[str, str] | None = None) -> CRFTagger:
        try:
            import pycrfsuite
        except ImportError:  # pragma: no cover - a training-only dependency
            raise InputError("Training the CRF tagger needs python-crfsuite: pip install 'framing[train]'.") from None
        name = type(self).__name__
        texts = check_span_targets(X, y, lexicon_spans, name)
        if self.use_word_table and word_table is None:
            raise InputError(f"{name}: use_word_table=True needs a word_table (word → tags).")
        self.word_table_ = dict(word_table) if (self.use_word_table and word_table is not None) else {}
        docs = [Document(t) for t in texts]
        seqs = self.training_sequences(docs, y, lexicon_spans)
        if not any("L" in lab for _, lab in seqs) or all("L" in set(lab) and len(set(lab)) == 1 for _, lab in seqs):
            raise InputError(f"{name}: the gold spans must mark some but not all tokens.")
        trainer = pycrfsuite.Trainer(verbose=False)
        for xs, lab in seqs:
            trainer.append(xs, lab)
        trainer.set_params({"c1": float(self.c1), "c2": float(self.c2), "max_iterations": int(self.max_iterations),
                            "feature.minfreq": float(self.min_freq),
                            "feature.possible_transitions": True})
        fd, path = tempfile.mkstemp(suffix=".crfsuite")
        os.close(fd)
        try:
            trainer.train(path)
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            info = tagger.info()
            tagger.close()
        finally:
            os.unlink(path)
        weights: dict[str, list[float]] = {}
        for (attr, label), w in info.state_features.items():
            weights.setdefault(attr, [0.0, 0.0])[1 if label == "L" else 0] = float(w)
        self.attributes_ = sorted(weights)
        self.state_weights_ = np.asarray([weights[a] for a in self.attributes_], dtype=np.float64).reshape(-1, 2)
        T = np.zeros((2, 2))
        for (a, b), w in info.transitions.items():
            T[1 if a == "L" else 0, 1 if b == "L" else 0] = float(w)
        self.transitions_ = T
        self.threshold_ = 0.5 if self.threshold is None else float(self.threshold)
        self.loaded_threshold_ = self.threshold_ if self.loaded_threshold is None else float(self.loaded_threshold)
        self._reset_cache()
        return self

    # -- inference ---------------------------------------------------------------------------------------------
    def _reset_cache(self) -> None:
        self._index = {a: i for i, a in enumerate(self.attributes_)}
        w = self.window
        # one row per surface token: [own type vector, as word at offset -w..-1, +1..+w] × labels (O, L)
        self._tok_ids: dict[str, int] = {}
        self._tok_rows = np.zeros((1024, 1 + 2 * w, 2))
        self._tag_rows: dict[str, np.ndarray] = {}
        # lexicon tag → its number, and the tags' rows (_lexicon_rows) in that order, for whole-document look-ups
        self._tag_ids: dict[tuple[str, bool], int] = {}
        self._tag_table = np.zeros((0, 3, 2))
        zero = np.zeros(2)
        self._ctx = {a: (self._weight(a) if self._weight(a) is not None else zero) for a in ("bos", "eos", "q", "oq")}
        self._edge_l = self._neighbour_rows("<s>")
        self._edge_r = self._neighbour_rows("</s>")
        T = np.exp(self.transitions_ - self.transitions_.max())
        self._T = (float(T[0, 0]), float(T[0, 1]), float(T[1, 0]), float(T[1, 1]))

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for k in ("_index", "_tok_ids", "_tok_rows", "_tag_rows", "_tag_ids", "_tag_table", "_ctx", "_edge_l",
                  "_edge_r", "_T"):
            state.pop(k, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        if hasattr(self, "attributes_"):
            self._reset_cache()

    def _weight(self, attr: str) -> np.ndarray | None:
        i = self._index.get(attr)
        return None if i is None else self.state_weights_[i]

    def _lexicon_rows(self, tag: str) -> np.ndarray:
        """Weights of lexicon tag ``tag`` on the token itself, on the token before it (``lx+1=``) and after it
        (``lx-1=``)."""
        out = np.zeros((3, 2))
        for r, a in enumerate(("lx=", "lx+1=", "lx-1=")):
            w = self._weight(a + tag)
            if w is not None:
                out[r] = w
        return out

    def _neighbour_rows(self, word: str) -> np.ndarray:
        offs = [*range(-self.window, 0), *range(1, self.window + 1)]
        v = np.zeros((len(offs), 2))
        for r, k in enumerate(offs):
            w = self._weight(neighbour_attribute(k, word))
            if w is not None:
                v[r] = w
        return v

    def token_row(self, tok: str) -> np.ndarray:
        """The weights a token brings: row 0 its own type attributes, then the word seen at offsets
        -window … -1, +1 … +window by its neighbours (labels O, L)."""
        return self.token_rows([tok])[0]

    def token_rows(self, toks: Sequence[str]) -> np.ndarray:
        """:meth:`token_row` of each of ``toks``, computed in bulk: the attributes of all the tokens are looked
        up first, then their weights are gathered and summed in a few numpy calls (``np.add.at`` adds each
        token's weighted rows in attribute order, as a per-attribute ``row += val * W[i]`` loop does, so the
        sums are the same floats), not two numpy operations per attribute."""
        w = self.window
        n = len(toks)
        out = np.zeros((n, 1 + 2 * w, 2))
        if not n:
            return out
        W, idx = self.state_weights_, self._index
        get = idx.get
        table = self._table()
        at: list[int] = []  # token number of each found attribute
        rows: list[int] = []  # its weight row
        vals: list[float] = []
        nb_at: list[int] = []  # flat (token, offset) slot of each found neighbour attribute
        nb_rows: list[int] = []
        offs = [*range(-w, 0), *range(1, w + 1)]
        # each offset's attribute prefix, formatted once (neighbour_attribute(k, word) == prefix + word)
        prefixes = [neighbour_attribute(k, "") for k in offs]
        n_offs = len(offs)
        for r, tok in enumerate(toks):
            for a, val in dict(type_attributes(tok, table)).items():
                i = get(a)
                if i is not None:
                    at.append(r)
                    rows.append(i)
                    vals.append(val)
            word = tok.lower().replace("’", "'")
            for c, prefix in enumerate(prefixes):
                i = get(prefix + word)
                if i is not None:
                    nb_at.append(r * n_offs + c)
                    nb_rows.append(i)
        if rows:
            own = np.zeros((n, 2))
            np.add.at(own, at, np.asarray(vals, dtype=np.float64)[:, None] * W[rows])
            out[:, 0] = own
        if nb_rows:
            nb = np.zeros((n * len(offs), 2))
            nb[nb_at] = W[nb_rows]
            out[:, 1:] = nb.reshape(n, len(offs), 2)
        return out

    def _rows_for(self, toks: Sequence[str]) -> np.ndarray:
        ids = self._tok_ids
        missing = [t for t in dict.fromkeys(toks) if t not in ids]
        if missing:
            if len(ids) + len(missing) > WORD_CACHE_LIMIT:
                ids.clear()
                missing = list(dict.fromkeys(toks))
            need = len(ids) + len(missing)
            if need > len(self._tok_rows):
                grown = np.zeros((max(need, 2 * len(self._tok_rows)), *self._tok_rows.shape[1:]))
                grown[: len(ids)] = self._tok_rows[: len(ids)]
                self._tok_rows = grown
            self._tok_rows[len(ids) : len(ids) + len(missing)] = self.token_rows(missing)
            for t in missing:
                ids[t] = len(ids)
        return self._tok_rows[[ids[t] for t in toks]]

    def doc_state_scores(self, doc: Document, view: TokenView, lex: Mapping[int, list[str]],
                         pos: Sequence[str] | None = None, rows: np.ndarray | None = None,
                         lexicon_spans: Sequence[Span] | None = None) -> np.ndarray:
        """Scores of labels O and L for every token of ``doc`` (its sequences' attributes, summed); ``lex``: the
        lexicon tags of its tokens (:func:`~framing.ml.crf_features.lexicon_tags`), or ``lexicon_spans``: the
        spans they come from (the same tags, looked up for the whole document at once); ``rows``: the tokens'
        :meth:`token_row` when the caller has them already."""
        n = len(view.tokens)
        if rows is None:
            rows = self._rows_for(doc.tokens)
        S = rows[:, 0].copy()
        w = self.window
        p, L = view.pos, view.seq_len
        for k in range(1, w + 1):
            if k >= n:
                S += self._edge_l[w - k] + self._edge_r[w + k - 1]
                continue
            # token t sees the word at t-k through that word's row 1 + w - k, and the word at t+k through row
            # w + k; inside a sequence only: past its edges the <s> / </s> rows count instead
            S[k:] += rows[:-k, 1 + w - k]
            S[:-k] += rows[k:, w + k]
            lo = np.flatnonzero(p < k)
            wrong = lo[lo >= k]
            S[wrong] -= rows[wrong - k, 1 + w - k]
            S[lo] += self._edge_l[w - k]
            hi = np.flatnonzero(p + k >= L)
            wrong = hi[hi < n - k]
            S[wrong] -= rows[wrong + k, w + k]
            S[hi] += self._edge_r[w + k - 1]
            if k == 1:  # the first and the last token of each sequence
                first, last = lo, hi
        ctx = self._ctx
        if w < 1 or n <= 1:
            first, last = np.flatnonzero(view.seq_start), np.flatnonzero(p == L - 1)
        S[first] += ctx["bos"]
        S[last] += ctx["eos"]
        S[view.in_quote] += ctx["q"]
        text = doc.text
        opened = [m.end() for m in _QUOTE_MARK.finditer(text)
                  if m.start() < 1 or not text[m.start() - 1].isalnum()]
        if opened:
            e = np.asarray(opened, dtype=np.int64)
            at = np.searchsorted(view.starts, e)
            ok = at < n
            at, e = at[ok], e[ok]
            S[at[view.starts[at] == e]] += ctx["oq"]
        found = self._lexicon_entries(view, lexicon_spans) if lexicon_spans else self._tag_entries(lex)
        if found is not None:
            ii, R3, unique = found
            pi, Li = p[ii], L[ii]
            # one tag per token: no index repeats, so a fancy-index add is np.add.at's sum, element for element
            add = _add_unique if unique else np.add.at
            add(S, ii, R3[:, 0])
            keep = pi > 0
            if keep.any():
                add(S, ii[keep] - 1, R3[keep, 1])
            keep = pi + 1 < Li
            if keep.any():
                add(S, ii[keep] + 1, R3[keep, 2])
        if pos is not None:
            for t, tg in enumerate(pos):
                wv = self._weight("pos=" + tg)
                if wv is not None:
                    S[t] += wv
        return S

    def _tag_entries(self, lex: Mapping[int, list[str]]) -> tuple[np.ndarray, np.ndarray, bool] | None:
        """``(tokens, rows, unique)``: a token and the :meth:`_lexicon_rows` of one of its distinct tags per
        entry, and whether no token repeats (``None`` without tags)."""
        if not lex:
            return None
        at_l: list[int] = []
        rows_l: list[np.ndarray] = []
        tag_rows = self._tag_rows
        for t, tags in lex.items():
            for tag in (dict.fromkeys(tags) if len(tags) > 1 else tags):
                r = tag_rows.get(tag)
                if r is None:
                    r = tag_rows[tag] = self._lexicon_rows(tag)
                at_l.append(t)
                rows_l.append(r)
        return np.array(at_l, dtype=np.int64), np.array(rows_l), len(at_l) == len(lex)

    def _lexicon_entries(self, view: TokenView, spans: Sequence[Span]) -> tuple[np.ndarray, np.ndarray, bool] | None:
        """:meth:`_tag_entries` of :func:`~framing.ml.crf_features.lexicon_tags` ``(doc, spans)``, computed for
        all spans at once: entries ordered by token, a token's distinct tags in the order the spans give them
        (the order of the additions to each token's scores, so the sums are the same to the last bit)."""
        ids = self._tag_ids  # (category, loaded) → tag number
        m = len(spans)
        a = np.empty(m, dtype=np.int64)
        e = np.empty(m, dtype=np.int64)
        cats: list[int] = []
        for k, s in enumerate(spans):
            a[k], e[k] = s.start, s.end
            key = (s.category, s.weight > 0)
            t = ids.get(key)
            if t is None:
                t = ids[key] = len(ids)
                tag = key[0] if key[1] else key[0] + ":0"
                self._tag_table = np.concatenate([self._tag_table, self._lexicon_rows(tag)[None]])
            cats.append(t)
        starts = view.starts
        # the first token that ends after the span starts, and the tokens that start before it ends
        i = np.searchsorted(starts, a, side="right") - 1
        i = np.where((i < 0) | (view.ends[np.maximum(i, 0)] <= a), i + 1, i)
        cnt = np.maximum(np.searchsorted(starts, e, side="left"), i) - i
        cat = np.asarray(cats, dtype=np.int64)
        if bool((cnt == 1).all()):
            tok = i
        else:
            owner = np.repeat(np.arange(m), cnt)
            tok = i[owner] + (np.arange(len(owner)) - np.repeat(np.cumsum(cnt) - cnt, cnt))
            cat = cat[owner]
        if not len(tok):
            return None
        if bool((tok[1:] > tok[:-1]).all()):  # one tag per token, in token order (spans sorted, not overlapping)
            return tok, self._tag_table[cat], True
        pair = tok * len(ids) + cat
        order = np.lexsort((np.arange(len(pair)), pair))  # by (token, tag), ties by position
        ks = pair[order]
        first = order[np.concatenate(([True], ks[1:] != ks[:-1]))]  # each (token, tag) where it first occurs
        first = first[np.lexsort((first, tok[first]))]  # by token, then in the spans' order
        ii = tok[first]
        return ii, self._tag_table[cat[first]], bool((ii[1:] != ii[:-1]).all())

    def state_scores(self, doc: Document, seq: Sequence[int], lex: Mapping[int, list[str]],
                     pos: Sequence[str] | None = None) -> np.ndarray:
        """Scores of labels O and L for the tokens of one sequence (the attribute sums, written out plainly;
        :meth:`doc_state_scores` computes the same for a whole document at once)."""
        n = len(seq)
        S = np.zeros((n, 2))
        W, idx = self.state_weights_, self._index
        for j, x in enumerate(sequence_attributes(doc, list(seq), lex, window=self.window, table=self._table(),
                                                  pos=pos)):
            for a, val in x.items():
                i = idx.get(a)
                if i is not None:
                    S[j] += val * W[i]
        return S

    def marginals(self, S: np.ndarray, seq_start: np.ndarray | None = None) -> np.ndarray:
        """``P(y_t = L)`` for each row of state scores ``S`` (exact forward-backward on odds; ``seq_start`` marks
        where a new sequence begins, default: ``S`` is one sequence)."""
        n = len(S)
        if n == 0:
            return np.zeros(0)
        E = np.exp(np.clip(S[:, 1] - S[:, 0], -60.0, 60.0)).tolist()
        cuts = [0] if seq_start is None else np.flatnonzero(seq_start).tolist()
        if not cuts or cuts[0]:
            cuts.insert(0, 0)
        cuts.append(n)
        t00, t01, t10, t11 = self._T
        # per sequence: forward odds rho, backward factor sg (1 at the sequence's last token); P = q / (1 + q)
        # with q = rho * sg, taken in numpy (its products and quotients are Python's, element for element)
        rho = [0.0] * n
        sg = [1.0] * n
        for a, b in itertools.pairwise(cuts):
            r = rho[a] = E[a]
            for t in range(a + 1, b):
                r = rho[t] = E[t] * (t01 + r * t11) / (t00 + r * t10)
            g = 1.0
            for t in range(b - 1, a, -1):
                e = E[t] * g
                g = sg[t - 1] = (t10 + t11 * e) / (t00 + t01 * e)
        q = np.asarray(rho) * np.asarray(sg)
        return q / (1.0 + q)

    def token_proba(self, doc: Document, lexicon_spans: Sequence[Span] = (),
                    pos: Sequence[str] | None = None, view: TokenView | None = None,
                    rows: np.ndarray | None = None) -> np.ndarray:
        """``P(loaded)`` of each token of ``doc``."""
        if not hasattr(self, "state_weights_"):  # the full sklearn check only when it can fail
            check_is_fitted(self, "state_weights_")
        if not doc.token_spans:
            return np.zeros(0)
        view = token_view(doc) if view is None else view
        return self.marginals(self.doc_state_scores(doc, view, {}, pos, rows, lexicon_spans=lexicon_spans),
                              view.seq_start)

    def predict_tokens(self, X: Any, *, lexicon_spans: Sequence[Sequence[Span]] | None = None) -> list[np.ndarray]:
        """0/1 per token for each text (marginal ≥ ``threshold_``)."""
        texts = check_documents(X, type(self).__name__)
        return [(self.token_proba(Document(t), lexicon_spans[i] if lexicon_spans is not None else ())
                 >= self.threshold_).astype(np.int64) for i, t in enumerate(texts)]

    def predict_spans(self, doc: Document, lexicon_spans: Sequence[Span] = (), *, skip_covered: bool = True,
                      candidates: bool = False, proba: np.ndarray | None = None) -> list[Span]:
        """Loaded spans (probability ≥ ``loaded_threshold_``: category ``loaded_model``, ``weight`` = the
        probability rounded to 3 places) and, with ``candidates``, the spans between ``threshold_`` and
        ``loaded_threshold_`` (category ``loaded_model_candidate``, weight 0).

        With ``skip_covered``, tokens already inside a loaded lexicon span are left out (no duplicate evidence).
        """
        p = self.token_proba(doc, lexicon_spans) if proba is None else proba
        if not len(p):
            return []
        lo = min(self.threshold_, self.loaded_threshold_) if candidates else self.loaded_threshold_
        keep = p >= lo
        if not keep.any():
            return []
        if skip_covered and lexicon_spans:
            keep &= ~_loaded_mask(doc, lexicon_spans)
        out: list[Span] = []
        text = doc.text
        for run in span_runs(doc, keep):
            s, e = doc.token_spans[run[0]][0], doc.token_spans[run[-1]][1]
            prob = float(p[run].max())
            loaded = prob >= self.loaded_threshold_
            out.append(Span(start=s, end=e, text=text[s:e], category=LOADED_CATEGORY if loaded else CANDIDATE_CATEGORY,
                            lexicon=self.name, weight=round(prob, 3) if loaded else 0.0,
                            in_quote=doc.in_quote(s, e), term=doc.norm[s:e], probability=round(prob, 4)))
        return out


def _add_unique(S: np.ndarray, at: np.ndarray, rows: np.ndarray) -> None:
    """``np.add.at(S, at, rows)`` for indices ``at`` without repeats."""
    S[at] += rows


def _loaded_mask(doc: Document, spans: Sequence[Span]) -> np.ndarray:
    mask = np.zeros(len(doc.token_spans), dtype=bool)
    for i in lexicon_tags(doc, [s for s in spans if s.weight > 0]):
        mask[i] = True
    return mask
