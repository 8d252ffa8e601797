"""Part-of-speech tags (Universal POS) from a shipped averaged-perceptron tagger, offline.

The weights (``framing/data/pos_perceptron_ewt.json.gz``, card ``pos_perceptron_ewt.md``) were trained with
NLTK's ``PerceptronTagger`` on UD English EWT (CC BY-SA 4.0) by ``scripts/train_pos.py``; inference here is the
same feature function and arg-max as NLTK's tagger, written out so that tagging needs neither NLTK's data
directory nor a pickle. Tokens are expected as ``framing.tokenize.TOKEN_RE`` cuts them (hyphenated compounds and
contractions one token, the possessive ``'s`` a token of its own) *with* punctuation marks as tokens of their own,
as in the training data: :func:`tag_spans` does that cutting for a stretch of text and returns the word tokens
only (a comma before "claiming" is what makes it a verb).

Tagging costs about 20-40 µs per token in pure Python, so callers tag only the sentence around a candidate that
needs a sense decision, not whole documents.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import TYPE_CHECKING, Any, overload

from framing.exceptions import ModelError
from framing.tokenize import TOKEN_RE

if TYPE_CHECKING:
    from framing.document import Document

__all__ = ["UPOS_TAGS", "pos_tagger_info", "pos_tags", "tag_spans"]

#: The 17 Universal Dependencies part-of-speech tags the tagger predicts.
UPOS_TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
    "SYM", "VERB", "X",
)

_RESOURCE = "pos_perceptron_ewt.json.gz"
#: Word tokens as framing cuts them, or one punctuation mark (context for the tagger, as in the training data).
_TAG_TOKEN_RE = re.compile(TOKEN_RE.pattern + r"|[^\w\s]")
#: Typographic quotes and apostrophes as the treebank writes them.
_TREEBANK = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_FORMAT = "framing-pos-perceptron/1"
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")


@dataclass(frozen=True)
class _Model:
    classes: tuple[str, ...]
    tagdict: dict[str, str]
    weights: dict[str, dict[str, float]]
    info: dict[str, object]


@lru_cache(maxsize=1)
def _load_model() -> _Model:
    path = resources.files("framing.data").joinpath(_RESOURCE)
    try:
        doc = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the part-of-speech model framing/data/{_RESOURCE}: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise ModelError(f"framing/data/{_RESOURCE}: expected format {_FORMAT!r}, got {got!r}")
    return _Model(tuple(doc["classes"]), dict(doc["tagdict"]), dict(doc["weights"]), dict(doc.get("training", {})))


def _normalize(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> tuple[str, ...]:
    i += 2
    w = context[i]
    return (
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + (word[0] if word else ""),
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        "i tag+i-2 tag " + prev + " " + prev2,
        "i word " + w,
        "i-1 tag+i word " + prev + " " + w,
        "i-1 word " + context[i - 1],
        "i-1 suffix " + context[i - 1][-3:],
        "i-2 word " + context[i - 2],
        "i+1 word " + context[i + 1],
        "i+1 suffix " + context[i + 1][-3:],
        "i+2 word " + context[i + 2],
    )


@lru_cache(maxsize=1)
def _weight_rows() -> tuple[dict[str, int], Any, Any]:
    """The weights as one matrix, a row per feature and a column per class (in ``classes`` order), the row of
    each feature, and numpy's row-wise sum: a token's scores are then one fancy-indexed sum of its features'
    rows (numpy is imported here, on first use, not with the module)."""
    import numpy as np

    model = _load_model()
    col = {c: j for j, c in enumerate(model.classes)}
    rows: dict[str, int] = {}
    matrix = np.zeros((len(model.weights) + 1, len(model.classes)))  # + 1: a zero row for "no feature"
    for i, (feat, ws) in enumerate(model.weights.items()):
        rows[feat] = i
        for label, w in ws.items():
            matrix[i, col[label]] = w
    return rows, matrix, np.add.reduce


def pos_tags(tokens: Sequence[str]) -> list[str]:
    """Universal POS tags (``NOUN``, ``VERB``, ``ADJ``, ...; see :data:`UPOS_TAGS`) for one sentence's tokens.

    The scores of a token are the sum of its features' weight rows, added in feature order as NLTK adds them
    (numpy sums the rows of a fancy-indexed block one after another, so the sums are the same floats); the tag
    is the class with the highest score, ties to the greater class name, as NLTK's arg-max over ``(score,
    label)`` with absent classes at 0.

    >>> pos_tags(["Critics", "claim", "the", "vote", "was", "rigged", "."])
    ['NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']
    """
    if isinstance(tokens, str):
        raise TypeError("pos_tags expects a sequence of tokens, got a str (tokenize it first)")
    return list(_iter_tags(tokens))


def _iter_tags(tokens: Sequence[str]) -> Iterator[str]:
    """The tags of :func:`pos_tags`, one at a time, left to right: the tag of token ``i`` depends on the
    tokens and on the tags before ``i`` only (the tagger is greedy), so stopping early gives a prefix of the
    same tags."""
    model = _load_model()
    rows, matrix, add_rows = _weight_rows()
    get = rows.get
    zero = len(matrix) - 1
    tagdict = model.tagdict
    classes = model.classes
    context = [*_START, *(_normalize(t) for t in tokens), *_END]
    prev, prev2 = _START
    for i, word in enumerate(tokens):
        tag = tagdict.get(word)
        if not tag:
            scores = add_rows(matrix[[get(f, zero) for f in _features(i, word, context, prev, prev2)]], 0).tolist()
            best = max(scores)
            tag = classes[scores.index(best)]
            if scores.count(best) > 1:
                tag = max(c for c, v in zip(classes, scores, strict=True) if v == best)
        yield tag
        prev2, prev = prev, tag


class LazyTags(Sequence[str]):
    """The tags of some of a token sequence's tokens (``keep``: their indices, ascending), tagged on demand:
    reading the tag of a kept token tags the sequence up to it and no further (:func:`_iter_tags`). The tags
    are those of ``pos_tags(tokens)`` at the kept indices; a caller that reads only the first few (a sense
    decision near the start of a window) does not pay for the rest."""

    __slots__ = ("_done", "_keep", "_lock", "_n", "_tags")

    def __init__(self, tokens: Sequence[str], keep: Sequence[int]) -> None:
        self._keep = tuple(keep)
        self._n = len(tokens)
        self._done: list[str] = []
        self._tags = _iter_tags(tokens)
        # the matcher memoises windows across documents and threads: one thread at a time runs the tagger
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._keep)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._keep)))]
        need = self._keep[i]  # IndexError past the end, negative indices from the end
        done = self._done
        if need >= len(done):
            with self._lock:
                if need >= len(done):
                    done.extend(islice(self._tags, need + 1 - len(done)))
        return done[need]

    def __repr__(self) -> str:
        return f"LazyTags({len(self._done)} of {self._n} tokens tagged)"


@lru_cache(maxsize=65536)
def known_tags(word: str, min_weight: float = 1.0) -> frozenset[str]:
    """The tags the shipped tagger has learned for ``word`` as a word form (lower-cased): its tag dictionary entry
    and every class with a weight above ``min_weight`` on the word itself (by default 1, the clearly learned ones:
    "look": VERB, not its weak NOUN). Empty for a word the training data never had or barely had ("Biden",
    "Warren", most surnames), so a caller can tell a learned adverb ("Clearly") from a guess on an unknown name."""
    model = _load_model()
    low = _normalize(word)
    tags = {t for t, w in model.weights.get("i word " + low, {}).items() if w > min_weight}
    if low in model.tagdict:
        tags.add(model.tagdict[low])
    return frozenset(tags)


def tag_at(doc: Document, start: int, end: int) -> str | None:
    """The tag of the word token ``doc.text[start:end]``, read in its sentence (at most 300 characters each side),
    or None when no word token starts at ``start``."""
    si = doc.sentence_index(start)
    ss, se = doc.sentences[si] if 0 <= si < len(doc.sentences) else (max(0, start - 200), end + 200)
    ss, se = max(ss, start - 300), min(se, end + 300)
    # the same window (a whole sentence of at most 300 characters each side of the word) is asked for many of its
    # words: it is tagged once per document (Document.tag_windows), which saved most of the tagger's time in the
    # actor and quote scorers
    window = doc.tag_windows.get((ss, se))
    if window is None:
        window = doc.tag_windows[(ss, se)] = {ta: tag for ta, _tb, tag in tag_spans(doc.text, ss, se)}
    return window.get(start)


def tag_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, tag)`` for the word tokens (``TOKEN_RE``) of ``text[start:end]``, tagged with the
    punctuation marks in between as context; offsets index ``text``.

    >>> [t for _, _, t in tag_spans("Critics, he said, claim it was rigged.")]
    ['NOUN', 'PRON', 'VERB', 'VERB', 'PRON', 'AUX', 'VERB']
    """
    return tags_of_spans(text, tag_token_spans(text, start, end))


def tag_token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The tokens that :func:`tag_spans` tags in ``text[start:end]``: word tokens and punctuation marks, as
    ``(start, end)``; a caller may read the words before deciding to tag them (:func:`tags_of_spans`)."""
    stop = len(text) if end is None else end
    return [m.span() for m in _TAG_TOKEN_RE.finditer(text, start, stop)]


def tags_of_spans(text: str, toks: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """:func:`tag_spans` of the tokens that :func:`tag_token_spans` cut."""
    tags = pos_tags([text[a:b].translate(_TREEBANK) for a, b in toks])
    return [(a, b, t) for (a, b), t in zip(toks, tags, strict=True) if TOKEN_RE.fullmatch(text, a, b)]


def pos_tagger_info() -> dict[str, object]:
    """How the shipped tagger was trained (data, iterations, pruning, sizes); accuracy is in its card."""
    return dict(_load_model().info)
