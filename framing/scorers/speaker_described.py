"""Whom a definite description that speaks re-names, read from what the text said of the people before it: "the
34-year-old" is the person given that age (or, when no age was given, the subject of a recent sentence), "the
captain" the person last labelled captain ("Her captain, Eilidh Fraser, ... "...," the captain said")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from framing.analysis import Actor
from framing.document import Document

__all__ = ["aged_person", "labelled_person"]

#: "the 34-year-old", "the 22-year-old from Wuhan", "the 27-year-old striker".
_AGE_DESCRIPTION_RE = re.compile(r"the (\d{1,3})-year-old(?: [\w'’-]+){0,3}")
#: An age label ("35", "35-year-old").
_AGE_LABEL_RE = re.compile(r"\d{1,3}(?:-year-old)?")
#: "the captain", "the veteran coach": up to two modifiers and a lower-case role noun.
_ROLE_DESCRIPTION_RE = re.compile(r"the (?:[a-z][\w-]* ){0,2}([a-z][\w-]*)")
#: A complement after a description, which makes it a new person's ("The communications director for Mr. Trump's
#: campaign", not the communications director named before).
_COMPLEMENT_RE = re.compile(r"[ \t]+(?:of|for|at|from|with|to|in|on)\b")
#: Heads of descriptions that re-name by position, not by role ("the latter", "the same").
_NOT_ROLES = frozenset("former latter other same first second last one".split())
#: How far back (characters) the person a description re-names may have been named.
_WINDOW = 3000


def _people_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]]) -> list[tuple[int, Actor]]:
    """The people named outside quotations in the ``_WINDOW`` characters before ``pos``, nearest first."""
    i = bisect.bisect_left(keys, (pos, -1)) - 1
    out = []
    while i >= 0 and mentions[i][0] >= pos - _WINDOW:
        ms, _, actor = mentions[i]
        i -= 1
        if actor.type == "person" and not doc.in_quote(ms, ms + 1):
            out.append((ms, actor))
    return out


def aged_person(doc: Document, phrase: str, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                keys: Sequence[tuple[int, int]], opens: Callable[[Document, int], bool],
                fallback: Callable[[], str | None]) -> tuple[bool, str | None]:
    """For an age description ("the 34-year-old"): (True, the person it re-names) — the nearest person before
    ``pos`` given that age ("Folasade Adeyemi, 39,", "39-year-old Folasade Adeyemi"), else the nearest person
    who opens a sentence (``opens``) in the 1,500 characters before (a definite age re-names someone already
    named, mostly the subject the story is on: not "the fifth seed, Camille Arnaud" after "Zheng Wanying had
    lost"), else ``fallback()``. (False, None) for another phrase."""
    m = _AGE_DESCRIPTION_RE.fullmatch(phrase)
    if m is None:
        return False, None
    age = m.group(1)
    people = _people_before(doc, pos, mentions, keys)
    for _, actor in people:
        if any(lab.start < pos and (lab.text == age or f"{age}-year-old" in lab.text) for lab in actor.labels):
            return True, actor.name
    for ms, actor in people:
        if ms >= pos - 1500 and opens(doc, ms) and not any(_AGE_LABEL_RE.fullmatch(lab.text) for lab in actor.labels):
            return True, actor.name  # (not one given another age: "Hollins, 35," is not "the 39-year-old")
    return True, fallback()


def labelled_person(doc: Document, phrase: str, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                    keys: Sequence[tuple[int, int]]) -> str | None:
    """For a role description ("the captain", "the coach"): the nearest person before ``pos`` with a label
    before ``pos`` whose last word is that role ("Her captain, Eilidh Fraser,"); None when nobody was so labelled
    (the description stays: "the witness" may be someone never labelled so)."""
    m = _ROLE_DESCRIPTION_RE.fullmatch(phrase)
    if m is None or m.group(1) in _NOT_ROLES or not m.group(1).isalpha():
        return None  # (not a possessor's role: "the paper's editor" is not the editor named before)
    at = re.compile(re.escape(phrase), re.IGNORECASE).search(doc.text, pos, pos + 2000)
    if at is None or _COMPLEMENT_RE.match(doc.text, at.end()):
        return None
    words = at.group().split()[1:]
    # a capitalised word before the head is part of the title ("the Prime Minister", "the Philippine President"):
    # the label must end with both words (not any minister's)
    end = " ".join(words[-2:]).lower() if len(words) > 1 and words[-2][:1].isupper() else m.group(1)
    head = m.group(1)
    for _, actor in _people_before(doc, pos, mentions, keys):
        labs = [lab for lab in actor.labels
                if lab.start < pos and (lab.text.lower() == end or lab.text.lower().endswith(" " + end))]
        if labs:
            since = max(lab.end for lab in labs)
            if re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w'’-]+[ \t]+){0,3}" + re.escape(head) + r"\b",
                         doc.text[since:pos]):
                return None  # "one senior Democratic strategist, who spoke on condition of anonymity": a new one
            return actor.name
    return None
