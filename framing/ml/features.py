"""Features shared by the ML scorers: token features for the span tagger, VADER valence, word-prior statistics.

Everything here works on :class:`~framing.document.Document` offsets, never on ``str.split``. The VADER valence
table is the one the sentiment scorer ships (``framing/data/vader_lexicon.txt``, MIT licence).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from framing.analysis import Span
from framing.document import Document

__all__ = [
    "TokenFeatureConfig",
    "doc_token_features",
    "is_function_token",
    "loaded_token_mask",
    "simple_stem",
    "token_labels",
    "vader_valence",
]


def is_function_token(tok: str) -> bool:
    """A stop word (scikit-learn's English list), a possessive or a token without a letter: never a span's first
    or last word, and never listed among a sentence's top terms when a content word can be."""
    return tok in ENGLISH_STOP_WORDS or tok in ("'s", "’s", "s") or not any(c.isalpha() for c in tok)


@lru_cache(maxsize=1)
def vader_valence() -> Mapping[str, float]:
    """VADER's valence table, word → mean valence in [-4, 4] (the file the sentiment scorer ships, MIT)."""
    from framing.scorers.sentiment import vader_lexicon

    return MappingProxyType(dict(vader_lexicon()))


_SUFFIXES = ("ingly", "edly", "ness", "ment", "ings", "ing", "ies", "ied", "ers", "est", "ly", "ed", "es", "er",
             "s")


#: Most word forms any per-form cache of the ML scorer holds before it is cleared (the tagger's rows, the sentence
#: model's word numbers and character n-grams, the stems): memory stays bounded however large the corpus, and a
#: cleared cache refills with the frequent forms within a few documents.
WORD_CACHE_LIMIT = 65_536


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def simple_stem(word: str) -> str:
    """A cheap, deterministic suffix stripper ("slammed" → "slamm", "radicals" → "radical") for features."""
    if not word.endswith(_SUFFIXES):
        return word  # no suffix to strip (one C-level test instead of one per suffix)
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def _shape(tok: str) -> str:
    if tok.isupper() and len(tok) > 1:
        return "UPPER"
    if tok[:1].isupper():
        return "Title"
    if any(c.isdigit() for c in tok):
        return "digit"
    return "lower"


class TokenFeatureConfig:
    """Which token features the tagger uses (stored in the model manifest, so inference matches training)."""

    __slots__ = ("use_lexicon", "use_position", "use_quote", "use_valence", "window")

    def __init__(self, *, window: int = 1, use_lexicon: bool = True, use_valence: bool = True,
                 use_position: bool = True, use_quote: bool = True) -> None:
        self.window = window
        self.use_lexicon = use_lexicon
        self.use_valence = use_valence
        self.use_position = use_position
        self.use_quote = use_quote

    def to_dict(self) -> dict[str, int | bool]:
        return {name: getattr(self, name) for name in self.__slots__}


def _lexicon_by_token(doc: Document, spans: Sequence[Span]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    starts = doc.token_starts
    ends = [e for _, e in doc.token_spans]
    for s in spans:
        i = doc.token_index(s.start)
        if i < 0 or ends[i] <= s.start:
            i += 1
        while i < len(starts) and starts[i] < s.end:
            tag = s.category if s.weight > 0 else f"{s.category}:0"
            out.setdefault(i, []).append(tag)
            i += 1
    return out


def doc_token_features(doc: Document, lexicon_spans: Sequence[Span] = (),
                       config: TokenFeatureConfig | None = None) -> list[dict[str, float]]:
    """One feature dict per token of ``doc`` (for :class:`sklearn.feature_extraction.FeatureHasher`).

    Features: the lower-cased word, its cheap stem, 3-letter suffix, shape; the neighbouring words within
    ``window``; lexicon categories covering the token (``lexicon_spans``); VADER valence; position in the
    sentence; whether the token lies inside a direct quotation.
    """
    cfg = config or TokenFeatureConfig()
    words = [w.replace("’", "'") for w in doc.norm_tokens]
    toks = doc.tokens
    spans = doc.token_spans
    n = len(words)
    lex = _lexicon_by_token(doc, lexicon_spans) if cfg.use_lexicon and lexicon_spans else {}
    valence = vader_valence() if cfg.use_valence else {}
    sent_of = [doc.sentence_index(s) for s, _ in spans] if cfg.use_position else []
    feats: list[dict[str, float]] = []
    for i in range(n):
        w = words[i]
        f: dict[str, float] = {
            "bias": 1.0,
            "w=" + w: 1.0,
            "st=" + simple_stem(w): 1.0,
            "suf=" + w[-3:]: 1.0,
            "shape=" + _shape(toks[i]): 1.0,
        }
        for k in range(1, cfg.window + 1):
            f[f"w-{k}=" + (words[i - k] if i - k >= 0 else "<s>")] = 1.0
            f[f"w+{k}=" + (words[i + k] if i + k < n else "</s>")] = 1.0
        if i > 0:
            f["b-=" + words[i - 1] + "|" + w] = 1.0
        if i + 1 < n:
            f["b+=" + w + "|" + words[i + 1]] = 1.0
        if "-" in w:
            f["hyphen"] = 1.0
            for part in w.split("-"):
                if part:
                    f["part=" + part] = 1.0
        for tag in lex.get(i, ()):
            f["lex=" + tag] = 1.0
        if valence:
            v = valence.get(w)
            if v is None:
                v = valence.get(simple_stem(w), 0.0)
            if v:
                f["val_abs"] = abs(v) / 4.0
                f["val_neg" if v < 0 else "val_pos"] = abs(v) / 4.0
        if cfg.use_position:
            si = sent_of[i]
            if i == 0 or sent_of[i - 1] != si:
                f["sent_first"] = 1.0
            if i + 1 == n or sent_of[i + 1] != si:
                f["sent_last"] = 1.0
        if cfg.use_quote and doc.quotes and doc.in_quote(*spans[i]):
            f["in_quote"] = 1.0
        feats.append(f)
    return feats


def token_labels(doc: Document, gold: Iterable[tuple[int, int]]) -> list[int]:
    """1 for each token that overlaps a gold ``(start, end)`` character span, else 0 (the span_f1 rule)."""
    labels = [0] * len(doc.token_spans)
    for gs, ge in gold:
        i = max(doc.token_index(gs), 0)
        while i < len(labels) and doc.token_spans[i][0] < ge:
            ts, te = doc.token_spans[i]
            if ts < ge and gs < te:
                labels[i] = 1
            i += 1
    return labels


def loaded_token_mask(doc: Document, spans: Sequence[Span]) -> list[bool]:
    """Which tokens a loaded span (weight > 0) already covers."""
    mask = [False] * len(doc.token_spans)
    for i in _lexicon_by_token(doc, [s for s in spans if s.weight > 0]):
        mask[i] = True
    return mask
