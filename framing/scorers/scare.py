"""Scare quotes apart from names, cited terms and quotations.

A short quoted phrase that no speaker is attributed is a **scare quote** only where scare quotes stand: after
"so-called", a determiner, "as", an ordinal or a possessive (the "reforms", a "full investigation"), or as a
capitalised modifier opening a sentence before a name ("Moderate" Hickenlooper); and not where a named person,
group or organisation opens the clause (their words, more likely). Titles and names of shows, books, events,
products and camps ("Today", "60 Minutes", "Chick-fil-A Appreciation Day") and terms cited after a naming word
("known as", "the word", "calls") are neither scare quotes nor quotations. Precision comes first: many distancing
quotes are not found (``benchmarks/eval_quotes.py`` measures both). A scare quote is loaded, distancing evidence
when it is clearly so (:func:`distancing`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Actor
from framing.document import Document

__all__ = [
    "DETERMINERS",
    "at_sentence_start",
    "distancing",
    "is_title",
    "name_or_term",
    "named_thing",
    "scare_position",
    "scare_with_stop",
    "speaker_in_clause",
]

_WORD_RE = re.compile(r"[\w'’-]+")
#: Determiners and possessives (and a few adjectives) that open a noun phrase.
DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your whose new latest final annual first last
    same another""".split()
)

#: Words right before a quotation that make it a cited term or a name, not a scare quote or a quotation.
_TERM_CUES = (
    "called", "named", "dubbed", "titled", "entitled", "nicknamed", "known as", "referred to as", "the word",
    "the words", "the term", "the phrase", "the slogan", "the label", "the hashtag", "the motto", "reading",
    "labeled", "labelled", "branded", "calls", "marked", "checked", "the title", "slogans like",
)
_TERM_AFTER_RE = re.compile(r"\s*(?:means|meant|is a term|stands for|refers to)\b")
_SO_CALLED_RE = re.compile(r"so[- ]called\s*$", re.IGNORECASE)
_POSSESSIVE_BEFORE_RE = re.compile(r"[A-Z][\w&.]*(?:'s|’s|s'|s’|')\s*$")

def is_title(inner: str) -> bool:
    first = _WORD_RE.findall(inner)[:1]
    words = [w for w in _WORD_RE.findall(inner) if len(w) > 3]
    return bool(first) and first[0][:1].isupper() and len(words) >= 2 and all(w[0].isupper() for w in words)


def at_sentence_start(doc: Document, qs: int) -> bool:
    si = doc.sentence_index(qs)
    if si < 0:
        return True
    return doc.text[doc.sentences[si][0] : qs].strip(" \"“‘'(") == ""


def name_or_term(doc: Document, qs: int, qe: int, inner: str) -> bool:
    """A name (show, book, event, product, camp, nickname) or a cited term in quotes: never a scare quote."""
    text = doc.text
    words = _WORD_RE.findall(inner)
    if not words:
        return True
    before = text[max(0, qs - 40) : qs].lower().rstrip(" \t")
    if _SO_CALLED_RE.search(before):
        return False
    if before.endswith(_TERM_CUES) or _TERM_AFTER_RE.match(text, qe):
        return True
    if len(words) == 1 and words[0].lower() in ("yes", "no"):
        return True
    if len(words) >= 2 and is_title(inner):
        return True
    caps = all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) > 3 or w is words[0])
    if caps and not at_sentence_start(doc, qs):
        return True  # "Today", "Remain", "60 Minutes", "Cully"
    return bool(_POSSESSIVE_BEFORE_RE.search(text[max(0, qs - 40) : qs])) and words[0][:1].isupper()


_SCARE_PREV = frozenset(
    """a an the this that these those his her its their our my your some any no such more less what another every
    each whose own as""".split()
)
_FUNCTION_WORDS = frozenset("is are was were be been the a an of to in on it that this and or not".split())
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")


def scare_position(doc: Document, qs: int, qe: int, inner: str) -> bool:
    """Whether an unattributed short quoted phrase stands where scare quotes stand: after "so-called", a
    determiner, "as", an ordinal or a possessive ("the "reforms"", "a "full investigation"", "as "elites""), or
    as a capitalised modifier opening a sentence before a name (""Moderate" Hickenlooper")."""
    text = doc.text
    words = _WORD_RE.findall(inner)
    if not words or all(w.lower() in _FUNCTION_WORDS for w in words):
        return False
    before = text[max(0, qs - 40) : qs]
    if _SO_CALLED_RE.search(before.lower().rstrip()):
        return True
    if at_sentence_start(doc, qs):
        nxt = re.match(r"\s*([\w'’-]+)", text[qe : qe + 40])
        return len(words) == 1 and nxt is not None and nxt.group(1)[:1].isupper()
    if all(w[:1].isupper() for w in words):
        return False
    prev = re.findall(r"[\w'’-]+", before)
    if not prev or not before.endswith((" ", "\u00a0")):
        return False
    last = prev[-1].lower()
    if last in ("and", "or") and re.search(r"[\"”’]\s+(?:and|or)\s*$", before):
        return True  # the "responsible" and "adult" ticket: coordinated with the scare quote before
    return last in _SCARE_PREV or bool(_ORDINAL_RE.match(last)) or last.endswith(("'s", "’s", "s'", "s’"))


def speaker_in_clause(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                      keys: Sequence[tuple[int, int]]) -> bool:
    """Whether a person, group or organisation is named earlier in the quote's sentence, so that an unattributed
    short quote is more likely their words ("Sotomayor detailed the "human consequences"", "Mnuchin dismissed that
    as "details"") than the writer's scare quote; "so-called" is the writer's in any case."""
    if _SO_CALLED_RE.search(doc.text[max(0, qs - 40) : qs].lower().rstrip()):
        return False
    si = doc.sentence_index(qs)
    ss = doc.sentences[si][0] if si >= 0 else 0
    i = bisect.bisect_left(keys, (ss, -1))
    while i < len(mentions) and mentions[i][0] < qs:
        if mentions[i][2].type in ("person", "group", "organisation"):
            return True
        i += 1
    return False


def distancing(doc: Document, qs: int, inner: str) -> bool:
    """Whether a scare quote is clearly distancing: after "so-called", or one to three lower-case words used as a
    modifier or a noun after a determiner (the "reforms", a "full investigation")."""
    text = doc.text
    before = text[max(0, qs - 40) : qs].lower().rstrip()
    if _SO_CALLED_RE.search(before):
        return True
    words = _WORD_RE.findall(inner)
    if not 1 <= len(words) <= 3:
        return False
    prev = before.rsplit(" ", 1)[-1] if before else ""
    return prev in DETERMINERS and all(w[:1].islower() for w in words)



def named_thing(doc: Document, qs: int, qe: int, inner: str) -> bool:
    """A short quotation that is a title ("In Trump We Trust", "60 Minutes") or a term cited right after a naming
    word ("known as "no-knock warrants"", "the agency calls "consumables""): neither a quotation nor a scare
    quote."""
    text = doc.text
    before = text[max(0, qs - 40) : qs].lower().rstrip(" \t")
    if before.endswith(_TERM_CUES) and not _SO_CALLED_RE.search(before):
        return True
    if _TERM_AFTER_RE.match(text, qe):
        return True
    if at_sentence_start(doc, qs):
        return False
    words = _WORD_RE.findall(inner)
    if len(words) == 1 and words[0][:1].isupper() and inner.strip() == words[0] \
            and words[0].lower() not in _INTERJECTIONS:
        return True  # a capitalised single word inside a sentence: a show, product or camp ("Today", "Remain")
    return is_title(inner)


_INTERJECTIONS = frozenset("yes no ok okay never absolutely impossible thanks sure nothing wrong right".split())


def scare_with_stop(doc: Document, qs: int, inner: str, nw: int) -> bool:
    """A short lower-case phrase in quotes with the sentence's comma or full stop inside the marks (American
    style: the "startup culture.", to get "tired of winning,"): a scare quote when nothing attributes it."""
    body = inner.rstrip(" ,.’'")
    words = _WORD_RE.findall(body)
    return 1 <= nw <= 4 and bool(words) and not all(w[:1].isupper() for w in words) \
        and not at_sentence_start(doc, qs) and not body.endswith(("?", "!"))
