"""Quoted spans that mention a term or a title rather than quote someone's words (issue 15, session 23).

A verb of saying nearby gives such spans a speaker that is nobody's: the writer names a term ("the so-called
"fiscal cliff"", "what is known as "qualified immunity"", "the "zero tolerance" policy") or a title ("told CBS's
"60 Minutes"", "said on "Fox & Friends."", "his book "The Art of the Deal""). :func:`is_mention` says so for:

- a span right after "so-called" or "known as";
- a quoted noun phrase of two to five words between a determiner or possessive and a
  noun for a named rule, policy or term ("the "zero tolerance" policy", "a "talking points" memo"); a single
  quoted word there may be someone's judgement ("a "balanced" approach", a "pro-growth" strategy) and is left
  alone, and so are plans, approaches, campaigns and messages, which are as often someone's own words
  ("May's "soft Brexit" plan", a "watch and wait" approach);
- a title-case span (every word of four letters or more capitalised, at least two words) right after "on", an
  outlet's possessive ("CNN's"), or a noun for a work ("book", "film", "show", ...), right before a noun for a
  broadcast or event ('a "60 Minutes" interview'), or before an appositive naming a work ('"The Chief," a new
  Roberts biography').

Partial quotations governed by a verb ("called it "a witch hunt"", "said the plan was "dead on arrival"") are
none of these and keep their speaker.
"""

from __future__ import annotations

import re

from framing.document import Document
from framing.pos import tag_at

__all__ = ["is_mention"]

_SO_CALLED_RE = re.compile(r"(?:\bso-called|\bso called|\bknown as|\breferred to as)\s*\Z", re.IGNORECASE)
#: Nouns after a quoted modifier that make the quotation a name or a term.
_NAMING_NOUNS = frozenset(
    """label labels term terms policy policies law laws bill bills act acts rule rules doctrine slogan slogans
    mantra narrative hashtag motto category categories memo program programs programme programmes strategy tactic
    provision clause legislation amendment ban zone zones exception loophole standard""".split()
)
_DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|its|his|her|their|our|your|my)|['’]s|s['’])\s*\Z", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"\s+([a-z][a-z-]*)\b")
#: What a title follows: "on", an outlet's possessive, a noun for a work.
_TITLE_BEFORE_RE = re.compile(
    r"(?:\bon|['’]s|\b(?:book|books|bestseller|memoir|novel|film|movie|documentary|show|series|program|programme"
    r"|podcast|song|album|play|musical|article|essay|op-ed|column|titled|entitled|headlined))[ \t]*(?:,[ \t]*)?\Z")
#: A noun for a broadcast or a work right after a title ('a "60 Minutes" interview', 'the "Meet the Press"
#: appearance').
_WORK_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:interview|interviews|appearance|broadcast|episode|segment|show|program|programme|podcast|special|"
    r"documentary|series|tour|rally|summit|conference|festival)\b")
#: ... or a work named in an appositive after the title ('"The Chief," a new Roberts biography').
_WORK_APPOSITIVE_RE = re.compile(
    r",?[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:[\w'’-]+[ \t]+){0,3}(?:book|biography|bio|memoir|novel|"
    r"film|movie|documentary|series|show|podcast|play|musical|album|song|report|study|essay|column|op-ed)\b")
_WORD_RE = re.compile(r"\w+")
_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs is &".split())


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’&-]+", s)


def _title_case(inner: str) -> bool:
    ws = _words(inner)
    if len(ws) < 2 or len(ws) > 10:
        return False
    big = [w for w in ws if w.lower() not in _SMALL_WORDS]
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in [ws[0], *big])


def _ends_in_noun(doc: Document, qs: int, qe: int) -> bool:
    """Whether the last word inside the quotation marks is tagged a noun in its sentence: a quoted compound noun
    names a term ("zero tolerance"); a quoted judgement ("deeply flawed", "cruel and unusual") is someone's words."""
    last = None
    for m in _WORD_RE.finditer(doc.text, qs + 1, qe - 1):
        last = m
    return last is not None and tag_at(doc, last.start(), last.end()) in ("NOUN", "PROPN")


def is_mention(doc: Document, qs: int, qe: int, verb: str | None = None) -> bool:
    """Whether the quoted region ``[qs, qe)`` (marks included) mentions a term or a title rather than quoting
    someone (see the module docstring). ``verb``: the quotation's reporting verb; a source named by "according
    to" vouches for the whole sentence, its terms too, and is kept."""
    if verb is not None and verb.lower() == "according to":
        return False
    text = doc.text
    inner = text[qs + 1 : qe - 1].strip()
    bare = inner.rstrip(".,!?;:’'")
    before = text[max(0, qs - 40) : qs]
    ws = _words(bare)
    if not ws:
        return False
    if len(ws) <= 6 and _SO_CALLED_RE.search(before):
        return True
    if 2 <= len(ws) <= 5 and bare == inner and _DETERMINER_BEFORE_RE.search(before):
        m = _NOUN_AFTER_RE.match(text, qe)
        if m is not None and m.group(1) in _NAMING_NOUNS and _ends_in_noun(doc, qs, qe):
            return True  # 'the "zero tolerance" policy', 'a "talking points" memo'; not 'the "deeply flawed" bill'
    if _title_case(bare) and _TITLE_BEFORE_RE.search(before):
        return True  # 'told CBS's "60 Minutes"', 'said on "Fox & Friends."', 'his book "The Art of the Deal"'
    if _title_case(bare) and (
            (bare == inner and _WORK_NOUN_AFTER_RE.match(text, qe))
            or ((inner.endswith(",") or text.startswith(",", qe)) and _WORK_APPOSITIVE_RE.match(text, qe))):
        return True  # 'a "60 Minutes" interview', '"The Chief," a new Roberts biography, says'
    return False
