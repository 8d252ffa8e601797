"""Token features of the CRF tagger (:mod:`framing.ml.crf`), written so that inference can cache them.

A token's attributes fall into three groups:

- **type** attributes depend on the token's surface form only (lower-cased word, stem, suffixes, shape,
  hyphen parts, VADER valence, function word, and the word's tags in the model's word table: its rarity
  bucket from wordfreq and its membership in the subjectivity and bias word lists of the literature);
- **neighbour** attributes are the lower-cased words up to ``window`` positions left and right inside the same
  sequence (``w-1=the``; ``<s>``/``</s>`` past an edge);
- **context** attributes depend on the document: lexicon categories covering the token or its neighbours,
  inside a direct quotation, right after an opening quote mark, first/last token of the sentence, and the
  part-of-speech tag when a tagger is given (a hook: ``pos`` is ``None`` until a POS tagger ships).

Training builds the full attribute lists (:func:`sequence_attributes`); inference sums cached weight vectors per
type and per neighbour word and adds the few context attributes (:class:`framing.ml.crf.CRFTagger`), which gives
the same scores. Sequences are sentences, cut into chunks of at most :data:`MAX_LEN` tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from framing.analysis import Span
from framing.document import Document
from framing.ml.features import simple_stem, vader_valence

__all__ = [
    "MAX_LEN",
    "Sequence_",
    "context_attributes",
    "doc_sequences",
    "lexicon_tags",
    "sequence_attributes",
    "type_attributes",
    "word_tags",
]

#: Longest sequence (tokens); longer sentences are cut into chunks of this size.
MAX_LEN = 60

_QUOTE_OPEN = frozenset("\"“‘'«")
_FUNCTION = frozenset(ENGLISH_STOP_WORDS) | {"'s", "s"}

#: A sequence: the token indices of one sentence chunk of a document.
Sequence_ = list[int]


def _shape(tok: str) -> str:
    if tok.isupper() and len(tok) > 1:
        return "UP"
    if tok[:1].isupper():
        return "Ti"
    if tok.isalpha():  # letters only (no letter is a digit): the common case, without the scans below
        return "lo"
    if any(c.isdigit() for c in tok):
        return "dg"
    if not any(c.isalpha() for c in tok):
        return "pu"
    return "lo"


def word_tags(word: str, table: Mapping[str, str]) -> list[str]:
    """Tags of ``word`` in the tagger's word table: its Zipf-frequency bucket (``z3``…``z7``; ``rare`` when the
    word is not listed) and the word lists it belongs to, looked up by the word and, failing that, by its stem
    (keys ``~stem``)."""
    own = table.get(word, "")
    tags = own.split() if own else []
    n_buckets = [t[:1] for t in tags].count("z")  # tags starting with "z": one pass, no generators
    has_list = n_buckets < len(tags)
    if not n_buckets:
        tags.append("rare")
    if not has_list:
        stem = table.get("~" + simple_stem(word), "")
        tags.extend(stem.split())
    return tags


@lru_cache(maxsize=4096)
def _valence(word: str) -> float:
    val = vader_valence()
    v = val.get(word)
    if v is None:
        v = val.get(simple_stem(word), 0.0)
    return float(v)


def type_attributes(tok: str, table: Mapping[str, str] | None) -> list[tuple[str, float]]:
    """Attributes of a token that depend on its surface form only."""
    w = tok.lower().replace("’", "'")
    out: list[tuple[str, float]] = [("b", 1.0), ("w=" + w, 1.0), ("st=" + simple_stem(w), 1.0),
                                    ("s3=" + w[-3:], 1.0), ("sh=" + _shape(tok), 1.0)]
    if len(w) > 4:
        out.append(("s4=" + w[-4:], 1.0))
        out.append(("p4=" + w[:4], 1.0))
    if w in _FUNCTION:
        out.append(("fn", 1.0))
    if "-" in w:
        out.append(("hy", 1.0))
        for part in w.split("-"):
            if part:
                out.append(("pt=" + part, 1.0))
    if table is not None:
        out += [("t=" + t, 1.0) for t in word_tags(w, table)]
    v = _valence(w)
    if v:
        out.append(("vn" if v < 0 else "vp", abs(v) / 4.0))
    return out


def neighbour_attribute(offset: int, word: str) -> str:
    """The attribute of ``word`` seen ``offset`` positions away (``w-1=the``)."""
    return f"w{offset:+d}={word}"


def lexicon_tags(doc: Document, spans: Sequence[Span]) -> dict[int, list[str]]:
    """Token index → the lexicon categories covering it (``cat`` for loaded spans, ``cat:0`` for weight 0)."""
    out: dict[int, list[str]] = {}
    starts = doc.token_starts
    tspans = doc.token_spans
    get = out.get
    zero: dict[str, str] = {}  # category -> its weight-0 tag, formatted once per call
    for s in spans:
        a = s.start
        i = bisect_right(starts, a) - 1
        if i < 0 or tspans[i][1] <= a:
            i += 1
        j = bisect_left(starts, s.end, i)  # the tokens i..j-1 start inside the span
        if i < j:
            tag = s.category
            if not s.weight > 0:
                tag = zero.get(tag) or zero.setdefault(tag, f"{tag}:0")
            for k in range(i, j):
                have = get(k)
                if have is None:
                    out[k] = [tag]
                else:
                    have.append(tag)
    return out


def doc_sequences(doc: Document) -> list[Sequence_]:
    """Token indices of each sentence of ``doc``, cut into chunks of at most :data:`MAX_LEN` tokens."""
    spans = doc.token_spans
    if not spans:
        return []
    seqs: list[Sequence_] = []
    cur: list[int] = []
    sent = doc.sentence_index(spans[0][0])
    for i, (s, _) in enumerate(spans):
        si = doc.sentence_index(s)
        if (si != sent and cur) or len(cur) >= MAX_LEN:
            seqs.append(cur)
            cur = []
        sent = si
        cur.append(i)
    if cur:
        seqs.append(cur)
    return seqs


def context_attributes(doc: Document, seq: Sequence_, lex: Mapping[int, list[str]],
                       pos: Sequence[str] | None = None) -> list[list[str]]:
    """Context attributes (binary) of each token of one sequence."""
    text = doc.text
    spans = doc.token_spans
    quoted = bool(doc.quotes)
    out: list[list[str]] = []
    n = len(seq)
    for j, i in enumerate(seq):
        a: list[str] = []
        if j == 0:
            a.append("bos")
        if j == n - 1:
            a.append("eos")
        s, e = spans[i]
        if quoted and doc.in_quote(s, e):
            a.append("q")
        if s > 0 and text[s - 1] in _QUOTE_OPEN and (s < 2 or not text[s - 2].isalnum()):
            a.append("oq")
        for tag in lex.get(i, ()):
            a.append("lx=" + tag)
        if j > 0:
            for tag in lex.get(seq[j - 1], ()):
                a.append("lx-1=" + tag)
        if j + 1 < n:
            for tag in lex.get(seq[j + 1], ()):
                a.append("lx+1=" + tag)
        if pos is not None:
            a.append("pos=" + pos[i])
        out.append(a)
    return out


def sequence_attributes(doc: Document, seq: Sequence_, lex: Mapping[int, list[str]], *, window: int,
                        table: Mapping[str, str] | None, pos: Sequence[str] | None = None,
                        type_attrs: Callable[[str], list[tuple[str, float]]] | None = None,
                        ) -> list[dict[str, float]]:
    """All attributes of each token of one sequence (the training view), as ``{attribute: value}``."""
    toks = doc.tokens
    words = [toks[i].lower().replace("’", "'") for i in seq]
    ctx = context_attributes(doc, seq, lex, pos)
    n = len(seq)
    out: list[dict[str, float]] = []
    for j, i in enumerate(seq):
        f = dict(type_attrs(toks[i]) if type_attrs is not None else type_attributes(toks[i], table))
        for k in range(1, window + 1):
            f[neighbour_attribute(-k, words[j - k] if j - k >= 0 else "<s>")] = 1.0
            f[neighbour_attribute(k, words[j + k] if j + k < n else "</s>")] = 1.0
        for a in ctx[j]:
            f[a] = 1.0
        out.append(f)
    return out
