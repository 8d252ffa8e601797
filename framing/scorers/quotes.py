"""Quotes and sources, and scare quotes.

Every double-quoted region of the text (:attr:`Document.quotes`, straight or curly, possibly several
sentences long) is either

- a **quote**, with its speaker and reporting verb when the text names them: after the quote
  (``"...," Maduro said``, ``"...," said the minister``, ``"...," according to X``) or before it
  (``X said: "..."``, ``X told reporters, "..."``, ``According to X, "..."``, and partial quotations such as
  ``X said the plan was "a disaster"``); or
- a **scare quote**: a short quoted phrase (one to six words) with no reporting verb around it and no
  closing punctuation inside it, used to keep a term at a distance (a quoted "strategic partnership").

Quoted titles written in title case ("Orange Is the New Black") are neither. The verb's kind (``neutral``,
``loaded``, ``factive``, ``hedged``) comes from :func:`framing.scorers.reporting.verb_kind`. Speakers are
resolved to the actors found by the actor scorer when a mention overlaps the speaker phrase, and "he"/"she" to
the last person mentioned before the quote. Auxiliaries and adverbs before the verb are not part of the speaker
("The government has said" -> "The government"); in "H of T" the speaker is the head H when it ends in a name
("Prime Minister Sofia Brandt of neighbouring Costa Verde said" -> "Sofia Brandt"), the whole phrase when "of"
belongs to a title, organisation or role ("the Secretary of State", "the head of the agency").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from framing.analysis import Actor, Quote, ScareQuote, Span
from framing.document import Document
from framing.scorers.base import ResultBuilder
from framing.scorers.names import ABBREVIATED_TITLES, COMMON_CAPITALISED, ORG_HEADS, TITLE_MODIFIERS, TITLE_WORDS
from framing.scorers.reporting import VERB_KINDS, verb_kind
from framing.tokenize import count_words

__all__ = ["MAX_SCARE_WORDS", "QuoteScorer", "find_quotes", "source_counts"]

#: Longest quoted phrase (in words) that can be a scare quote.
MAX_SCARE_WORDS = 6
_CLOSERS = "\"”»"
_SPEAKER_STOP = frozenset(
    """in on at to during after before when while as because but and or that who which where adding noting
    saying told said says in a an of for with from by about over into than""".split()
)
_PRONOUNS = frozenset({"he", "she"})
#: Auxiliaries and adverbs between a speaker and the verb ("The government has said", "Smith had also said"): not
#: part of the speaker.
_AUX_BEFORE_VERB = frozenset(
    """has have had is was were are will would could should may might must can did does do been be also not never
    already previously repeatedly since then later once often always just still even ever again being""".split()
)
#: Lower-case heads after which "of" is part of the speaker ("the head of the agency", "a member of parliament").
_OF_NOUNS = frozenset(
    """head heads chief chiefs president leader leaders member members director spokesman spokeswoman spokesperson
    secretary minister chairman chairwoman chair governor mayor ceo founder editor professor one some many most
    all none each both several group team board friends family""".split()
)
_NP_PUNCT_OK = frozenset({"", " ", ". ", ".", "-"})
_WINDOW = 12
#: longer than any actor mention (names, organisations); bounds the look-up of a speaker's mention
_MAX_MENTION_CHARS = 400
_STOP_RE = re.compile(r"(\w+)?\.")
_WORD_RE = re.compile(r"[\w'’-]+")


def _verb_at(doc: Document, i: int, verb_spans: dict[int, Span]) -> tuple[int, int, str] | None:
    """A reporting verb at token ``i``: (start, end, kind)."""
    s, e = doc.token_spans[i]
    span = verb_spans.get(s)
    if span is not None:
        kind = verb_kind(doc.text[s:e], span.category) if span.end == e else verb_kind("", span.category)
        if kind is not None:
            return span.start, span.end, kind
    kind = verb_kind(doc.norm_tokens[i])
    if kind is not None:
        return s, e, kind
    return None


def _np_forward(doc: Document, i: int, stop: int) -> tuple[int, int] | None:
    """A noun phrase starting at token ``i`` (up to 6 tokens, until punctuation or a stop word)."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    j = i
    while j < stop and j - i < 6:
        if j > i and text[spans[j - 1][1] : spans[j][0]] not in _NP_PUNCT_OK:
            break
        if toks[j] in _SPEAKER_STOP and j > i and toks[j] not in ("of",):
            break
        if toks[j] == "'s":
            break
        j += 1
    if j == i:
        return None
    return spans[i][0], spans[j - 1][1]


def _np_backward(doc: Document, i: int, lo: int, of_lo: int | None = None) -> tuple[int, int] | None:
    """A noun phrase ending at token ``i`` (up to 6 tokens back, not before token ``lo``). A phrase that starts
    right after "of" takes the words before "of" too (not before token ``of_lo``, default ``lo``) when they name
    someone or a role ("Sofia Brandt of Costa Verde", "the Secretary of State", "the head of the agency")."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    while i > lo and text[spans[i][0]].islower() and (
            (toks[i].endswith("ly") and len(toks[i]) > 4) or toks[i] in _AUX_BEFORE_VERB):
        i -= 1  # "Trump recently said", "The government has said" (not "Megyn Kelly said", "George Will said")
    j = _walk_back(doc, i, lo)
    if j == i:
        return None
    # "Prime Minister Sofia Brandt of neighbouring Costa Verde said": the phrase goes on before "of"
    of_lo = lo if of_lo is None else min(lo, of_lo)
    if j > of_lo and toks[j] == "of" and text[spans[j][1] : spans[j + 1][0]] == " " and \
            text[spans[j - 1][1] : spans[j][0]] == " " and _of_continues(doc, j - 1):
        head = _np_backward_plain(doc, j - 1, of_lo)
        if head is not None:
            return head[0], spans[i][1]
    return spans[j + 1][0], spans[i][1]


def _of_continues(doc: Document, h: int) -> bool:
    """Whether the word before "of" (token ``h``) heads a speaker phrase: a name ("Brandt of"), a title or
    organisation head ("Secretary of", "Bank of") or a role noun ("the head of"); not "the idea of"."""
    word = doc.text[doc.token_spans[h][0] : doc.token_spans[h][1]].rstrip(".")
    if word[:1].isupper():
        return word.lower() not in COMMON_CAPITALISED
    return doc.norm_tokens[h] in _OF_NOUNS


def _walk_back(doc: Document, i: int, lo: int) -> int:
    """The token before a noun phrase that ends at token ``i``: up to 6 words back, not before token ``lo``,
    stopping at punctuation or a stop word (``i`` itself when there is no phrase)."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    j = i
    while j >= lo and i - j < 6:
        if j < i and text[spans[j][1] : spans[j + 1][0]] not in _NP_PUNCT_OK:
            break
        if toks[j] in _SPEAKER_STOP:
            break
        j -= 1
    return j


def _np_backward_plain(doc: Document, i: int, lo: int) -> tuple[int, int] | None:
    """The words before "of" in a speaker phrase (up to 6, not before token ``lo``)."""
    j = _walk_back(doc, i, lo)
    return None if j == i else (doc.token_spans[j + 1][0], doc.token_spans[i][1])


def _of_head(doc: Document, s: int, e: int) -> tuple[int, int] | None:
    """For a speaker phrase "H of T" whose head names someone ("Sofia Brandt of Costa Verde", "Smith of
    Oxford"), the span of H; None when "of" belongs to the name or role ("Secretary of State", "the head of the
    agency", "Bank of America") or there is no "of"."""
    ti = doc.token_index(s)
    tj = doc.token_index(e - 1)
    toks = doc.norm_tokens
    spans = doc.token_spans
    for k in range(ti + 1, tj):
        if toks[k] == "of":
            last = doc.text[spans[k - 1][0] : spans[k - 1][1]].rstrip(".")
            if (not last[:1].isupper() or last.lower() in COMMON_CAPITALISED or last in TITLE_WORDS
                    or last in TITLE_MODIFIERS or last in ORG_HEADS):
                return None
            if toks[k - 1] in _OF_NOUNS:
                return None
            return s, spans[k - 1][1]
    return None


_APPOSITIVE_OPENERS = frozenset(
    "a an the who whose which his her its their one another former longtime veteran".split()
)
_APPOSITIVE_MAX = 9


def _subject_before(doc: Document, k: int, lo: int, of_lo: int | None = None) -> tuple[int, int] | None:
    """The speaker phrase ending just before the verb at token ``k``, skipping an appositive or relative clause
    set off by commas: "Warren, a progressive firebrand, said", "Guaidó, who is backed by Washington, said",
    "Maduro, 62, said" give the name before the first comma."""
    spans = doc.token_spans
    text = doc.text
    if k - 1 >= lo and "," in text[spans[k - 1][1] : spans[k][0]]:
        for m in range(k - 1, max(lo, k - 1 - _APPOSITIVE_MAX), -1):
            gap = text[spans[m - 1][1] : spans[m][0]] if m > lo else ""
            if any(c in gap for c in ".!?;:\n\"“”"):
                break
            if "," in gap:
                first = doc.norm_tokens[m]
                if first in _APPOSITIVE_OPENERS or first.isdigit():
                    sp = _np_backward(doc, m - 1, lo, of_lo)
                    if sp is not None:
                        return sp
                break
    return _np_backward(doc, k - 1, lo, of_lo)


def _attribute(doc: Document, qs: int, qe: int, short: bool, verb_spans: dict[int, Span],
               quote_starts: Sequence[int]) -> tuple[tuple[int, int] | None, tuple[int, int, str]] | None:
    """(speaker span or None, (verb start, verb end, kind)) for the quote ``[qs, qe)``, if attributed."""
    text = doc.text
    spans = doc.token_spans
    n_tok = len(spans)
    # after the quote, within its sentence: '"...," X said' / '"...," said X' / '"...," according to X'
    j = bisect.bisect_left(doc.token_starts, qe)
    nxt_q = bisect.bisect_left(quote_starts, qe)
    limit = quote_starts[nxt_q] if nxt_q < len(quote_starts) else len(text)
    stop = j
    while stop < n_tok and stop - j < _WINDOW and spans[stop][0] < limit:
        if stop > j:
            gap = text[spans[stop - 1][1] : spans[stop][0]]
            if any(c in gap for c in "\n;(") or (
                any(c in gap for c in ".!?") and text[spans[stop - 1][0] : spans[stop - 1][1]] not in ABBREVIATED_TITLES
            ):
                break
        stop += 1
    inner_end = text[qs:qe].rstrip(_CLOSERS + " ")[-1:]
    if j < stop:
        lead = text[qe : spans[j][0]]
        ends_sentence = inner_end in ".!?…" and not text[spans[j][0]].islower()
        if not ends_sentence and not any(c in lead for c in ".!?\n"):
            for k in range(j, min(stop, j + 7)):
                v = _verb_at(doc, k, verb_spans)
                if v is None:
                    if doc.norm_tokens[k] == "according" and k + 1 < stop and doc.norm_tokens[k + 1] == "to":
                        sp = _np_forward(doc, k + 2, stop)
                        return sp, (spans[k][0], spans[k + 1][1], "neutral")
                    continue
                vend_tok = doc.token_index(v[1] - 1)
                if k == j:
                    sp = _np_forward(doc, vend_tok + 1, stop)
                else:
                    sp = _subject_before(doc, k, j)
                    if sp is None or sp[0] != spans[j][0]:
                        break  # the words between the quote and the verb are not its subject
                return sp, v
    # before the quote: 'X said: "..."', 'X said the plan was "a disaster"', 'According to X, "..."'
    si = doc.sentence_index(qs)
    s_start = doc.sentences[si][0] if si >= 0 else 0
    prev_q = bisect.bisect_left(quote_starts, qs) - 1
    if prev_q >= 0:
        s_start = max(s_start, _quote_end(doc, prev_q))
    i_hi = bisect.bisect_left(doc.token_starts, qs) - 1
    s_lo = bisect.bisect_left(doc.token_starts, s_start)
    i_lo = max(s_lo, i_hi - _WINDOW)
    reach = i_hi - i_lo + 1 if short else 3
    for k in range(i_hi, max(i_lo, i_hi - reach) - 1, -1):
        toks = doc.norm_tokens
        if toks[k] == "according" and k + 1 <= i_hi and toks[k + 1] == "to":
            sp = _np_forward(doc, k + 2, i_hi + 1)
            return sp, (spans[k][0], spans[k + 1][1], "neutral")
        v = _verb_at(doc, k, verb_spans)
        if v is None:
            continue
        if not short and text[spans[k][1] : qs].strip() not in ("", ":", ",", "that"):
            tail = text[spans[k][1] : qs].strip()
            if not tail.endswith((":", ",")) or count_words(tail) > 3:
                continue
        return _subject_before(doc, k, i_lo, s_lo), v
    return None


def _adjacent(doc: Document, end: int, start: int) -> bool:
    """Whether at most one short sentence (the attribution) lies between a quote's end and the next quote."""
    if start - end > 400:
        return False  # far more than a short attribution (and the stop count below is not for long words)
    between = doc.text[end:start]
    # full stops that end sentences: not those of "Dr." or of initials ("J. Smith")
    stops = sum(1 for m in _STOP_RE.finditer(between)
                if not (m.group(1) and (m.group(1) in ABBREVIATED_TITLES or len(m.group(1)) == 1)))
    return count_words(between) <= 8 and stops <= 1


def _quote_end(doc: Document, qi: int) -> int:
    return doc.quotes[qi][1]


def _is_title(inner: str) -> bool:
    words = [w for w in _WORD_RE.findall(inner) if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _resolve_speaker(doc: Document, sp: tuple[int, int] | None, qs: int,
                     mentions: Sequence[tuple[int, int, Actor]], keys: Sequence[tuple[int, int]]) -> str | None:
    if sp is None:
        return None
    s, e = sp
    head = _of_head(doc, s, e)
    if head is not None:
        # "Prime Minister Sofia Brandt of neighbouring Costa Verde": the speaker is the head, not the place
        s, e = head
    # mentions are sorted: only those starting shortly before the phrase can cover its end (a scan of every
    # mention per quote was quadratic on long documents)
    lo = bisect.bisect_left(keys, (s - _MAX_MENTION_CHARS, -1))
    hi = bisect.bisect_left(keys, (e, -1))
    for ms, me, actor in mentions[lo:hi]:
        if ms < e and s < me and me >= e:
            return actor.name
    phrase = doc.text[s:e]
    if phrase.lower() in _PRONOUNS:
        i = bisect.bisect_left(keys, (qs, -1)) - 1
        while i >= 0:
            if mentions[i][2].type == "person":
                return mentions[i][2].name
            i -= 1
        return phrase
    return phrase


def find_quotes(doc: Document, lexicon_spans: Sequence[Span] = (),
                actors: Sequence[Actor] = ()) -> tuple[list[Quote], list[ScareQuote], list[Span]]:
    """Quotes, scare quotes and the reporting-verb spans not already among ``lexicon_spans``."""
    text = doc.text
    regions = doc.quotes
    if not regions:
        return [], [], []
    verb_spans = {s.start: s for s in lexicon_spans if s.category.startswith("attribution")}
    mentions = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: (m[0], m[1]))
    mention_keys = [(s, e) for s, e, _ in mentions]
    quote_starts = [s for s, _ in regions]
    quotes: list[Quote] = []
    scares: list[ScareQuote] = []
    extra: list[Span] = []
    for qs, qe in regions:
        closed = text[qe - 1] in _CLOSERS and qe - qs > 1
        inner = text[qs + 1 : qe - 1] if closed else text[qs + 1 : qe]
        n = count_words(inner)
        if n == 0:
            continue
        short = n <= MAX_SCARE_WORDS
        att = _attribute(doc, qs, qe, short, verb_spans, quote_starts)
        stripped = inner.rstrip()
        if short and att is None and stripped[-1:] not in ",.!?…:;":
            if not (n > 1 and _is_title(inner)):
                scares.append(ScareQuote(qs, qe, text[qs:qe]))
            continue
        if att is None:
            # a quotation that goes on right after an attributed one, in the same paragraph, is the same voice
            prev = quotes[-1] if quotes else None
            speaker = None
            if prev is not None and prev.speaker and "\n" not in text[prev.end : qs] and _adjacent(doc, prev.end, qs):
                speaker = prev.speaker
            quotes.append(Quote(qs, qe, text[qs:qe], speaker))
            continue
        sp, (vs, ve, kind) = att
        speaker = _resolve_speaker(doc, sp, qs, mentions, mention_keys)
        quotes.append(Quote(qs, qe, text[qs:qe], speaker, text[vs:ve], kind))
        if vs not in verb_spans:
            extra.append(Span(vs, ve, text[vs:ve], f"attribution_{kind}", "devices", 0.0, (),
                              doc.in_quote(vs, ve), False, text[vs:ve].lower()))
            verb_spans[vs] = extra[-1]
    return quotes, scares, extra


def source_counts(quotes: Sequence[Quote]) -> dict[str, dict[str, int]]:
    """Per speaker: number of quotes and of each verb kind (``None`` speakers as ``"(unattributed)"``)."""
    out: dict[str, dict[str, int]] = {}
    for q in quotes:
        key = q.speaker or "(unattributed)"
        row = out.setdefault(key, {"quotes": 0, **dict.fromkeys(VERB_KINDS, 0)})
        row["quotes"] += 1
        if q.verb_kind in row:
            row[q.verb_kind] += 1
    return out


def quote_scores(quotes: Sequence[Quote], scares: Sequence[ScareQuote], n_words: int) -> dict[str, float]:
    """Flat scores: counts, attributed share, share of non-neutral verbs, sources, scare quotes."""
    attributed = [q for q in quotes if q.verb_kind is not None]
    with_source = [q for q in quotes if q.speaker is not None or q.verb_kind is not None]
    sc: dict[str, float] = {
        "quotes_count": float(len(quotes)),
        "quotes_attributed_count": float(len(with_source)),
        "quotes_attributed_share": len(with_source) / len(quotes) if quotes else 0.0,
        "quotes_loaded_verb_share": (
            sum(1 for q in attributed if q.verb_kind != "neutral") / len(attributed) if attributed else 0.0
        ),
    }
    for kind in VERB_KINDS:
        sc[f"quotes_verb_{kind}_count"] = float(sum(1 for q in attributed if q.verb_kind == kind))
    speakers: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            speakers[q.speaker] = speakers.get(q.speaker, 0) + 1
    sc["quotes_sources_count"] = float(len(speakers))
    sc["quotes_top_source_share"] = max(speakers.values()) / len(quotes) if speakers else 0.0
    quoted_words = sum(count_words(q.text) for q in quotes)
    sc["quoted_words_share"] = min(1.0, quoted_words / n_words) if n_words else 0.0
    sc["scare_quotes_count"] = float(len(scares))
    sc["scare_quotes_per_1k"] = len(scares) * 1000.0 / n_words if n_words else 0.0
    return sc


class QuoteScorer:
    """Quotes with speakers and verbs, and scare quotes; reads the actors when the actor scorer ran first."""

    name = "quotes"
    score_names = ("quotes_count", "quotes_attributed_count", "quotes_attributed_share", "quotes_loaded_verb_share",
                   *(f"quotes_verb_{kind}_count" for kind in VERB_KINDS), "quotes_sources_count",
                   "quotes_top_source_share", "quoted_words_share", "scare_quotes_count", "scare_quotes_per_1k")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        actors: Any = result.fields.get("actors", ())
        quotes, scares, extra = find_quotes(doc, result.lexicon_spans, actors)
        result.fields["quotes"] = tuple(quotes)
        result.fields["scare_quotes"] = tuple(scares)
        result.spans.extend(extra)
        result.scores.update(quote_scores(quotes, scares, doc.n_words))
