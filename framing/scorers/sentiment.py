"""Sentence and document sentiment with VADER (Hutto & Gilbert 2014), re-implemented on the shared Document.

The rules are VADER's (vaderSentiment 3.3.2, MIT): lexicon valences, booster and dampener words, negation in a
three-word window, "but" contrast, ALL-CAPS emphasis, "least", "no", special idioms and ``!``/``?`` emphasis,
then ``x / sqrt(x² + 15)`` for the compound score. This module re-implements them as functions over the tokens
of each sentence of the :class:`~framing.document.Document`, so that sentiment costs one pass over the words and
the lexicon is loaded once (``lru_cache``; ``importlib.resources``; about 10 ms).

Agreement with ``vaderSentiment.SentimentIntensityAnalyzer().polarity_scores(sentence)``: equal on every
sentence (``benchmarks/bench_sentiment_readability.py`` measures it). To agree, the tokens inside
each sentence span follow VADER's own rule (white-space separated, ASCII punctuation stripped from both ends
unless fewer than three characters remain), not framing's word tokens; the sentence spans are framing's.
Knowing differences:

- VADER replaces emoji characters by their English descriptions ("🎉" -> "party popper") before scoring;
  framing does the same with VADER's emoji table (``vader_emoji_utf8_lexicon.txt``), only for sentences that
  contain one, so only their tokens are not tied to offsets.
- VADER's "but" rule looks each score up with ``list.index``, so when two words carry the same score the
  first one is scaled twice; framing reproduces this quirk on purpose (:func:`_but_adjust`) to stay equal.

Document scores are the MEAN over sentences of the sentence scores (compound, pos, neg, neu): VADER is
calibrated on sentences, and running it on a whole article saturates the compound score near ±1.
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, NamedTuple

from framing.document import Document
from framing.document import vader_words as _strip_rule
from framing.scorers.base import ResultBuilder, Scorer
from framing.tokenize import word_starts

if TYPE_CHECKING:
    from framing.pipeline import Analyzer

__all__ = [
    "ACTOR_WINDOW_WORDS",
    "SentenceSentiment",
    "SentimentScorer",
    "actor_sentiments",
    "actor_windows",
    "polarity_scores",
    "sentence_compounds",
    "sentence_sentiments",
    "sentiment_factory",
    "vader_lexicon",
]

# --- VADER's constants (empirically derived by its authors) --------------------------------------------------
_B_INCR = 0.293
_B_DECR = -0.293
_C_INCR = 0.733
_N_SCALAR = -0.74

_NEGATE = frozenset(
    """
    aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't doesn't dont
    hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't mightn't mustn't neednt
    needn't never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't
    shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't rarely seldom despite
    """.split()
)

_BOOSTERS: dict[str, float] = {
    **dict.fromkeys(
        """
        absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous
        enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin
        frackin fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella
        highly hugely incredible incredibly intensely major majorly more most particularly purely quite really
        remarkably so substantially thoroughly total totally tremendous tremendously uber unbelievably unusually
        utter utterly very
        """.split(),
        _B_INCR,
    ),
    **dict.fromkeys(
        """
        almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally partly
        scarce scarcely slight slightly somewhat sorta sortof sort-of
        """.split(),
        _B_DECR,
    ),
    "just enough": _B_DECR,
    "kind of": _B_DECR,
    "sort of": _B_DECR,
}

_SPECIAL_CASES: dict[str, float] = {
    "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
    "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5,
}

#: First words of the multi-word idioms and dampeners: a word sequence can match only if it starts with one.
_IDIOM_FIRST_WORDS = frozenset(k.split(" ")[0] for k in (*_SPECIAL_CASES, *_BOOSTERS) if " " in k)
_SO_THIS = ("so", "this")
#: Words that can change the valence of a lexicon word up to three places after them (with "n't" words): when
#: none precedes it, a lexicon word keeps its valence (only "no" + next word and ALL CAPS apply).
_TRIGGERS = frozenset({*_BOOSTERS, *_NEGATE, *_IDIOM_FIRST_WORDS, "no", "never", "without", "so", "this", "least"})
#: VADER's token: a run of non-white-space characters (Python's ``str.split`` rule), found with offsets.
_WS_TOKEN_RE = re.compile(r"\S+")


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon (7,506 entries: lower-case token -> mean valence), read once from the shipped file.

    Parsed as VADER parses it: tab-separated, first column the token, second the mean valence.
    """
    text = resources.files("framing.data").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    lex: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            lex[word] = float(measure)
    return lex


@lru_cache(maxsize=1)
def _emoji_descriptions() -> dict[str, str]:
    """VADER's emoji table (emoji -> English description), parsed as VADER parses it."""
    text = resources.files("framing.data").joinpath("vader_emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        table[emoji] = description
    return table


def _replace_emoji(text: str) -> str:
    """VADER's emoji step: each single-character emoji becomes its description, set off by a space."""
    table = _emoji_descriptions()
    parts: list[str] = []
    prev_space = True
    for ch in text:
        desc = table.get(ch)
        if desc is not None:
            if not prev_space:
                parts.append(" ")
            parts.append(desc)
            prev_space = False
        else:
            parts.append(ch)
            prev_space = ch == " "
    return "".join(parts).strip()


class SentenceSentiment(NamedTuple):
    """VADER scores of one sentence, rounded as VADER rounds them (compound 4 decimals, the others 3)."""

    start: int
    end: int
    compound: float
    pos: float
    neg: float
    neu: float


# --- the rules ------------------------------------------------------------------------------------------------


class _ChunkHits(NamedTuple):
    """One pass over a document's white-space chunks for one lexicon, shared by every :func:`_scores` call on it."""

    lex: dict[str, float]
    hits: list[int]  # the chunks that are lexicon words
    upper: list[int]  # upper-case chunks before each chunk (str.isupper() is the same with or without the
    # stripped punctuation, so the raw chunks serve)
    emoji: bool  # whether the text holds a character of VADER's emoji table (else no span of it does)


def _chunk_hits(doc: Document, lex: dict[str, float]) -> _ChunkHits:
    """The :class:`_ChunkHits` of ``doc`` for ``lex``, computed on first use and kept in ``doc.chunk_memo``."""
    got: _ChunkHits | None = doc.chunk_memo.get(id(lex))
    if got is None or got.lex is not lex:
        words, text = doc.chunk_words, doc.text
        got = doc.chunk_memo[id(lex)] = _ChunkHits(
            lex, list(compress(range(len(words)), map(lex.__contains__, words))),
            list(accumulate(map(str.isupper, doc.chunks), initial=0)),
            not text.isascii() and not _emoji_descriptions().keys().isdisjoint(_ASCII_RUN_RE.sub("", text)))
    return got


#: Runs of ASCII characters. No character of VADER's emoji table is ASCII, so the text's characters beyond ASCII
#: (a few quotation marks and dashes in most news text) are the ones to look up: about 5 times faster than
#: looking up every character.
_ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")


def _scores(text: str, spans: Sequence[tuple[int, int]], lex: dict[str, float],
            doc: Document | None = None) -> list[tuple[float, ...]]:
    """Unrounded (compound, pos, neg, neu) of each span of ``text``, each span scored as one VADER sentence.

    With ``doc`` (whose text is ``text``), a span that no white-space chunk crosses takes its tokens from
    ``doc.chunks``, the document's one white-space tokenization: the lexicon words and upper-case tokens of all the
    chunks are found in one C-level pass per document (:func:`_chunk_hits`, shared by the sentences and the actor
    windows), and each such span reads its share with two bisections (windows that overlap are not scanned again).
    The other spans' white-space tokens are collected into one list, lower-cased, stripped and looked up in the
    lexicon in a few C-level passes. Only spans with a lexicon word go through the rules.
    """
    findall = _WS_TOKEN_RE.findall
    # a span holds an emoji only if the text does (checked once per document when there is one)
    maybe_emoji = not text.isascii() and (doc is None or _chunk_hits(doc, lex).emoji)
    raw: list[str] = []
    low: list[str] = []  # VADER's words of raw: lower-cased, stripped (_strip_rule)
    bounds: list[tuple[int, int, int, str, int, int]] = []  # (span number, first token, end token, source, s, e)
    n_text = len(text)
    chunks, c_starts = (doc.chunks, doc.chunk_starts) if doc is not None else ((), ())
    words = doc.chunk_words if doc is not None else ()
    doc_hits: list[int] | None = None  # the chunks that are lexicon words (computed on first use)
    doc_upper: list[int] = []  # upper-case chunks before each chunk
    out: list[tuple[float, ...]] = [(0.0, 0.0, 0.0, 0.0)] * len(spans)
    for k, (start, end) in enumerate(spans):
        src, s, e = text, start, end
        if maybe_emoji:
            sent = text[start:end]
            if not sent.isascii() and not _emoji_descriptions().keys().isdisjoint(sent):
                src = _replace_emoji(sent)  # VADER scores the described text
                s, e = 0, len(src)
        if (
            doc is not None and src is text and start < end
            and (start == 0 or text[start - 1].isspace() or text[start].isspace())
            and (end == n_text or text[end].isspace() or text[end - 1].isspace())
        ):  # the chunks starting inside [start, end) lie wholly inside it
            if doc_hits is None:
                view = _chunk_hits(doc, lex)
                doc_hits, doc_upper = view.hits, view.upper
            i, j = bisect_left(c_starts, start), bisect_left(c_starts, end)
            if i == j:
                continue  # no tokens: (0, 0, 0, 0)
            h = bisect_left(doc_hits, i)
            h_end = bisect_left(doc_hits, j, h)
            if h == h_end:
                out[k] = (0.0, 0.0, 0.0, 1.0)
                continue
            out[k] = _score_sentence(words[i:j], chunks[i:j], [x - i for x in doc_hits[h:h_end]],
                                     doc_upper[j] - doc_upper[i], text.count("!", start, end),
                                     text.count("?", start, end), lex)
            continue
        a = len(raw)
        found = findall(src, s, e)
        raw += found
        # lower-casing before stripping changes nothing: the stripped characters are ASCII punctuation
        low += _strip_rule(list(map(str.lower, found)))
        bounds.append((k, a, len(raw), src, s, e))
    if not bounds:
        return out
    hits_all = list(compress(range(len(low)), map(lex.__contains__, low)))
    cum_upper = list(accumulate(map(str.isupper, raw), initial=0))
    h = 0
    for k, a, b, src, s, e in bounds:
        if a == b:
            continue  # (0, 0, 0, 0)
        j = bisect_left(hits_all, b, h)
        if j == h:
            out[k] = (0.0, 0.0, 0.0, 1.0)
            continue
        hits = [i - a for i in hits_all[h:j]]
        h = j
        n_upper = cum_upper[b] - cum_upper[a]
        out[k] = _score_sentence(low[a:b], raw[a:b], hits, n_upper, src.count("!", s, e), src.count("?", s, e), lex)
    return out


def _negated(word: str) -> bool:
    return word in _NEGATE or "n't" in word


def _booster(low_word: str, word: str, valence: float, cap_diff: bool) -> float:
    """The intensity a preceding booster/dampener ``word`` adds to ``valence`` (0 if it is not one)."""
    scalar = _BOOSTERS.get(low_word, 0.0)
    if scalar:
        if valence < 0:
            scalar = -scalar
        if cap_diff and word.isupper():
            scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
    return scalar


def _negation(valence: float, low: Sequence[str], dist: int, i: int) -> float:
    """Negation and "never so/this" emphasis from the word ``dist + 1`` places before word ``i``."""
    if dist == 0:
        if _negated(low[i - 1]):
            valence *= _N_SCALAR
    elif dist == 1:
        if low[i - 2] == "never" and low[i - 1] in _SO_THIS:
            valence *= 1.25
        elif low[i - 2] == "without" and low[i - 1] == "doubt":
            pass
        elif _negated(low[i - 2]):
            valence *= _N_SCALAR
    else:
        # VADER's precedence, kept: ("never" and so/this two back) or so/this right before
        if (low[i - 3] == "never" and low[i - 2] in _SO_THIS) or low[i - 1] in _SO_THIS:
            valence *= 1.25
        elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
            pass
        elif _negated(low[i - 3]):
            valence *= _N_SCALAR
    return valence


def _idioms(valence: float, low: Sequence[str], i: int) -> float:
    """Special-case idioms around word ``i`` (needs ``i >= 3``) and two/three-word dampeners before it."""
    first = _IDIOM_FIRST_WORDS
    if low[i] not in first and low[i - 1] not in first and low[i - 2] not in first and low[i - 3] not in first:
        return valence  # every sequence below starts at one of these four words
    onezero = f"{low[i - 1]} {low[i]}"
    twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
    twoone = f"{low[i - 2]} {low[i - 1]}"
    threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
    threetwo = f"{low[i - 3]} {low[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[seq]
            break
    n = len(low)
    if n - 1 > i:
        zeroone = f"{low[i]} {low[i + 1]}"
        if zeroone in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
        if zeroonetwo in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zeroonetwo]
    for ngram in (threetwoone, threetwo, twoone):
        if ngram in _BOOSTERS:
            valence += _BOOSTERS[ngram]
    return valence


def _word_valence(i: int, words: Sequence[str], low: Sequence[str], lex: dict[str, float], cap_diff: bool) -> float:
    """The valence of lexicon word ``i`` after VADER's modifiers."""
    item = low[i]
    if item in _BOOSTERS or (item == "kind" and i < len(low) - 1 and low[i + 1] == "of"):
        return 0.0
    base = lex[item]
    valence = base
    if item == "no" and i != len(low) - 1 and low[i + 1] in lex:
        valence = 0.0  # "no" negates the next lexicon word instead of counting itself
    if item not in _IDIOM_FIRST_WORDS:
        for w in low[max(0, i - 3) : i]:
            if w in _TRIGGERS or "n't" in w:
                break
        else:  # nothing before it can modify it: the rules below would leave the valence as it is
            if cap_diff and words[i].isupper():
                valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
            return valence
    if (
        (i > 0 and low[i - 1] == "no")
        or (i > 1 and low[i - 2] == "no")
        or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
    ):
        valence = base * _N_SCALAR
    if cap_diff and words[i].isupper():
        valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
    for dist in range(3):
        if i > dist and low[i - dist - 1] not in lex:
            s = _booster(low[i - dist - 1], words[i - dist - 1], valence, cap_diff)
            if dist == 1 and s != 0:
                s *= 0.95
            elif dist == 2 and s != 0:
                s *= 0.9
            valence += s
            valence = _negation(valence, low, dist, i)
            if dist == 2:
                valence = _idioms(valence, low, i)
    # "least" negates unless "at least" / "very least"
    if i > 1 and low[i - 1] == "least" and low[i - 1] not in lex:
        if low[i - 2] != "at" and low[i - 2] != "very":
            valence *= _N_SCALAR
    elif i > 0 and low[i - 1] == "least" and low[i - 1] not in lex:
        valence *= _N_SCALAR
    return valence


def _but_adjust(values: list[float], where: Sequence[int], but_at: int) -> None:
    """Halve the scores before the first "but" and raise those after it by half, in place.

    ``values`` are the non-zero word scores of a sentence and ``where`` their word positions. Reproduces VADER's
    lookup by value (``list.index``): each score is written back at the FIRST word holding an equal value.
    VADER also visits the zero scores, which changes nothing (0 * x == 0), so they are left out here.
    """
    for k in range(len(values)):
        v = values[k]
        j = values.index(v)
        if where[j] < but_at:
            values[j] = v * 0.5
        elif where[j] > but_at:
            values[j] = v * 1.5


def _score_sentence(
    low: Sequence[str], words: Sequence[str], hits: Sequence[int], n_upper: int, n_excl: int, n_quest: int,
    lex: dict[str, float],
) -> tuple[float, ...]:
    """(compound, pos, neg, neu) of one sentence, unrounded: its lower-cased VADER words, its raw tokens, the
    positions of its lexicon words, how many tokens are upper case and its ``!``/``?`` counts."""
    n = len(low)
    cap_diff = 0 < n - n_upper < n
    values: list[float] = []  # the non-zero word scores, in sentence order
    where: list[int] = []  # their positions
    for i in hits:
        v = _word_valence(i, words, low, lex, cap_diff)
        if v != 0:
            values.append(v)
            where.append(i)
    if values and "but" in low:
        _but_adjust(values, where, low.index("but"))
    total = float(sum(values))
    # emphasis from "!" (up to 4) and from "?" (2 or more)
    amp = min(n_excl, 4) * 0.292
    if n_quest > 1:
        amp += n_quest * 0.18 if n_quest <= 3 else 0.96
    if total > 0:
        total += amp
    elif total < 0:
        total -= amp
    compound = total / math.sqrt(total * total + 15)
    compound = max(-1.0, min(1.0, compound))
    pos_sum = neg_sum = 0.0
    for v in values:
        if v > 0:
            pos_sum += v + 1  # +1 / -1: each scored word also counts as one word, as VADER does
        else:
            neg_sum += v - 1
    neu_count = n - len(values)
    if pos_sum > -neg_sum:
        pos_sum += amp
    elif pos_sum < -neg_sum:
        neg_sum -= amp
    denom = pos_sum - neg_sum + neu_count
    return compound, abs(pos_sum / denom), abs(neg_sum / denom), abs(neu_count / denom)


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's scores of ``text`` taken as one sentence: ``{"neg", "neu", "pos", "compound"}`` rounded as VADER
    rounds them."""
    c, p, n, u = _scores(text, [(0, len(text))], vader_lexicon())[0]
    return {"neg": round(n, 3), "neu": round(u, 3), "pos": round(p, 3), "compound": round(c, 4)}


def sentence_sentiments(doc: Document) -> list[SentenceSentiment]:
    """VADER scores of every sentence of ``doc``, aligned with ``doc.sentences``."""
    spans = doc.sentences
    return [
        SentenceSentiment(start, end, round(c, 4), round(p, 3), round(n, 3), round(u, 3))
        for (start, end), (c, p, n, u) in zip(spans, _scores(doc.text, spans, vader_lexicon(), doc), strict=True)
    ]


def sentence_compounds(doc: Document) -> list[float]:
    """VADER compound score (-1..1) of every sentence of ``doc``, aligned with ``doc.sentences``."""
    return [s.compound for s in sentence_sentiments(doc)]


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


#: Words on each side of a mention that its sentiment window may take in.
ACTOR_WINDOW_WORDS = 8
#: What ends an actor's window inside a sentence: clause punctuation, quotation marks (a quotation is what the
#: actor says, not what is said about the actor) and contrastive conjunctions.
_CLAUSE_BREAK_RE = re.compile(
    # the look-ahead on the words' first letters spares the look-behind at most positions (same matches)
    r"[;:()\[\]\"“”«»—–]|\s--\s|(?=[abtwhyu])(?<![\w'’-])(?:but|wh(?:ile|ereas)|(?:al)?though|however|yet|unlike)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
#: :data:`_CLAUSE_BREAK_RE` in three scans that find the same breaks about 2.2 times faster (0.26 against 0.12 ms
#: per AllSides article): its marks, its dashes, and its words in the lower-cased text, each word found with
#: ``str.find`` and its ends checked (:func:`~framing.tokenize.word_starts`; the joint pattern, with a look-ahead
#: first, tries every position, and a pattern of the words alone stops at each of their first letters, among the
#: most common: 0.17 ms). The three never overlap (marks, white space and hyphens, letters; no word inside another),
#: so their union in offset order is the joint scan's.
_BREAK_MARK_RE = re.compile(r"[;:()\[\]\"“”«»—–]")
_BREAK_DASH_RE = re.compile(r"\s--\s")
_BREAK_WORDS = ("but", "while", "whereas", "although", "though", "however", "yet", "unlike")
#: Characters for which lower-casing is not the regex engine's case-insensitive match ("ſ" matches "s", "ı"
#: matches "i") or changes the length ("İ"): a text with one takes the joint pattern.
_CASE_ODD_RE = re.compile("[ſıİ\u212a]")


def _clause_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_CLAUSE_BREAK_RE` in ``text``, in order."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _CASE_ODD_RE.search(text)):
        return [m.span() for m in _CLAUSE_BREAK_RE.finditer(text)]
    out = [m.span() for m in _BREAK_MARK_RE.finditer(text)]
    if "--" in text:
        out += [m.span() for m in _BREAK_DASH_RE.finditer(text)]
    for word in _BREAK_WORDS:
        n = len(word)
        out += [(p, p + n) for p in word_starts(low, word)]
    out.sort()
    return out


def actor_windows(doc: Document, actors: Sequence[Any], *, before: int = ACTOR_WINDOW_WORDS,
                  after: int = ACTOR_WINDOW_WORDS) -> list[list[tuple[int, int]]]:
    """The text around each mention of each actor that its sentiment is read from, as half-open offsets, in the
    order of each actor's mentions sorted by offset.

    A window stays in the mention's sentence and clause (it stops at ``;``, ``:``, dashes, brackets, quotation
    marks and "but"/"while"/"whereas"/"although"), at the nearest mention of another actor on either side, and at
    ``before`` / ``after`` words (default :data:`ACTOR_WINDOW_WORDS`) before and after the mention. Words between
    two actors' mentions belong to both windows.
    """
    text = doc.text
    ments = sorted((s, e, k) for k, a in enumerate(actors) for s, e in a.mentions)
    n = len(ments)
    # the nearest mention of another actor before and after each mention, in two linear passes
    prev_other = [-1] * n
    for idx in range(1, n):
        prev_other[idx] = idx - 1 if ments[idx - 1][2] != ments[idx][2] else prev_other[idx - 1]
    next_other = [n] * n
    for idx in range(n - 2, -1, -1):
        next_other[idx] = idx + 1 if ments[idx + 1][2] != ments[idx][2] else next_other[idx + 1]
    out: list[list[tuple[int, int]]] = [[] for _ in actors]
    if not ments:
        return out
    # word starts/ends and clause breaks of the text, found once; each mention then costs a few bisections
    w_starts = doc.chunk_starts  # the document's white-space chunks (\S+ runs)
    w_ends = doc.chunk_ends
    breaks = _clause_breaks(text)
    b_starts = [b[0] for b in breaks]
    b_ends = [b[1] for b in breaks]
    for idx, (s, e, k) in enumerate(ments):
        i = doc.sentence_index(s)
        lo, hi = doc.sentences[i] if i >= 0 else (0, len(text))
        lo, hi = min(lo, s), max(hi, e)
        if prev_other[idx] >= 0:
            lo = max(lo, min(ments[prev_other[idx]][1], s))
        if next_other[idx] < n:
            hi = min(hi, max(ments[next_other[idx]][0], e))
        # the last clause break ending at or before the mention, the first starting at or after its end
        j = bisect_right(b_ends, s) - 1
        if j >= 0 and b_ends[j] > lo:
            lo = b_ends[j]
        j = bisect_left(b_starts, e)
        if j < len(b_starts) and b_starts[j] < hi:
            hi = b_starts[j]
        # at most `before` words before the mention and `after` after it
        j = bisect_right(w_ends, s) - before  # index of the `before`-th word ending before the mention
        if j >= 0 and w_starts[j] > lo:
            lo = w_starts[j]
        j = bisect_left(w_starts, e) + after - 1  # the `after`-th word starting after it
        if j < len(w_ends) and w_ends[j] < hi:
            hi = w_ends[j]
        out[k].append((lo, hi))
    return out


def actor_sentiments(doc: Document, actors: Sequence[Any]) -> list[float | None]:
    """Each actor's sentiment: the mean VADER compound of the windows around its mentions
    (:func:`actor_windows`), each window scored as one sentence; ``None`` for an actor without mentions. Two
    actors in one sentence get different scores when different words surround them."""
    windows = actor_windows(doc, actors)
    flat = sorted({w for ws in windows for w in ws})
    comp = {w: round(c[0], 4) for w, c in zip(flat, _scores(doc.text, flat, vader_lexicon(), doc), strict=True)}
    return [round(_mean([comp[w] for w in ws]), 4) if ws else None for ws in windows]


class SentimentScorer:
    """Writes ``result.fields['sentiment']``, flat ``sentiment_*`` scores and ``Actor.sentiment``.

    ``fields['sentiment']`` = ``{"compound", "pos", "neg", "neu"`` (means over sentences),
    ``"method": "mean of sentence scores"``, ``"sentences": [{"start", "end", "compound"}, ...]}``.
    Flat scores: ``sentiment_compound``, ``sentiment_pos``, ``sentiment_neg``, ``sentiment_neu``,
    ``sentiment_sentence_min``, ``sentiment_sentence_max``, ``sentiment_sentence_std`` (population) and
    ``sentiment_share_positive`` / ``sentiment_share_negative`` (sentences with compound >= 0.05 / <= -0.05,
    VADER's usual thresholds). Actors found by an earlier scorer (``fields['actors']``) get the mean compound
    of the words around their mentions (:func:`actor_sentiments`), not of whole sentences.
    """

    name = "sentiment"
    score_names = ("sentiment_compound", "sentiment_pos", "sentiment_neg", "sentiment_neu", "sentiment_sentence_min",
                   "sentiment_sentence_max", "sentiment_sentence_std", "sentiment_share_positive",
                   "sentiment_share_negative")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        spans = doc.sentences
        raw = _scores(doc.text, spans, vader_lexicon(), doc)
        comps = [round(r[0], 4) for r in raw]  # as VADER rounds it
        n = len(raw)
        mean_c = _mean(comps)
        summary: dict[str, Any] = {
            "compound": round(mean_c, 4),
            "pos": round(_mean([r[1] for r in raw]), 4),
            "neg": round(_mean([r[2] for r in raw]), 4),
            "neu": round(_mean([r[3] for r in raw]), 4),
            "method": "mean of sentence scores",
            "sentences": [{"start": s, "end": e, "compound": c} for (s, e), c in zip(spans, comps, strict=True)],
        }
        result.fields["sentiment"] = summary
        sc = result.scores
        sc["sentiment_compound"] = summary["compound"]
        sc["sentiment_pos"] = summary["pos"]
        sc["sentiment_neg"] = summary["neg"]
        sc["sentiment_neu"] = summary["neu"]
        sc["sentiment_sentence_min"] = min(comps) if comps else 0.0
        sc["sentiment_sentence_max"] = max(comps) if comps else 0.0
        sc["sentiment_sentence_std"] = math.sqrt(_mean([(c - mean_c) ** 2 for c in comps])) if comps else 0.0
        sc["sentiment_share_positive"] = sum(1 for c in comps if c >= 0.05) / n if n else 0.0
        sc["sentiment_share_negative"] = sum(1 for c in comps if c <= -0.05) / n if n else 0.0
        actors = result.fields.get("actors")
        if actors:
            updated = [dataclasses.replace(a, sentiment=v) for a, v in zip(actors, actor_sentiments(doc, actors),
                                                                             strict=True)]
            result.fields["actors"] = tuple(updated) if isinstance(actors, tuple) else updated


def sentiment_factory(analyzer: Analyzer) -> list[Scorer]:
    """The ``"sentiment"`` scorer family (see :data:`framing.pipeline.SCORERS`)."""
    vader_lexicon()  # load once, at build time
    return [SentimentScorer()]
