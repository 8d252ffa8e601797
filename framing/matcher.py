"""Multiword lexicon matching with longest-match resolution, inflections, case and context rules.

All surface forms of all entries go into one Aho–Corasick automaton (pyahocorasick) over the offset-preserving
normalised text, so a scan costs about as much as a regex tokenization whatever the lexicon size. Word
boundaries, case, context rules and negation are checked only where a form was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from framing.analysis import Span
from framing.document import Document
from framing.lexicon import ContextRule, Lexicon, LexiconEntry
from framing.tokenize import TOKEN_RE, normalize_for_matching

__all__ = ["NEGATION_BRIDGE", "NEGATORS", "ORGANISATION_WORDS", "Match", "Matcher"]

NEGATORS = frozenset(
    "not no never without hardly nor neither none nobody nothing barely scarcely cannot".split()
)

#: Words that may stand between a negator and the negated term ("not a", "not so", "not the most").
NEGATION_BRIDGE = frozenset(
    "a an the this that these those such so very really truly quite entirely exactly just merely simply only "
    "all any some much more most too".split()
)

#: Words that make a capitalised ideological term part of a proper name ("Communist Party").
ORGANISATION_WORDS = frozenset(
    """Party Parties Union League Front Alliance Movement Coalition Congress Federation Caucus Group Youth Workers
    Worker International Association Council Committee Bloc Organisation Organization Platform Forum Club
    Society Network Institute Foundation Conference Convention Assembly Manifesto Revolution Revolutionary
    Students Unity Action Left Right Democrats Republicans Socialists Communists Labour Labor Review Daily
    Newspaper Magazine Times Post""".split()
)

_WORDCHAR = re.compile(r"\w")
_CLAUSE_CHARS = ".!?;:\n\"“”()[]"
_WINDOW = 80
# performance: one regex search instead of a find/rfind per clause character (same positions)
_CLAUSE_CLASS = "[" + "".join(re.escape(c) for c in _CLAUSE_CHARS) + "]"
_CLAUSE_RE = re.compile(_CLAUSE_CLASS)
_UP_TO_LAST_CLAUSE_RE = re.compile("(?s).*" + _CLAUSE_CLASS)
#: Every negator token contains one of these strings, so a window without any has no negator in it.
_NEGATION_HINT_RE = re.compile("|".join(re.escape(w) for w in sorted(NEGATORS | {"n't"}, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Match:
    """A raw lexicon hit before it becomes a :class:`~framing.analysis.Span`."""

    start: int
    end: int
    lexicon: str
    entry: LexiconEntry
    priority: int


def _is_word(s: str, i: int) -> bool:
    return 0 <= i < len(s) and _WORDCHAR.match(s, i) is not None


def _left_boundary(s: str, i: int) -> bool:
    if i == 0:
        return True
    c = s[i - 1]
    if _WORDCHAR.match(c):
        return False
    if c in "-'" and _is_word(s, i - 2):
        return False  # inside "anti-regime" or "o'clock"
    return True


def _right_boundary(s: str, i: int) -> bool:
    if i >= len(s):
        return True
    c = s[i]
    if _WORDCHAR.match(c):
        return False
    if c == "-" and _is_word(s, i + 1):
        return False  # "regime-backed" is a different compound
    if c == "'" and _is_word(s, i + 1):
        return s[i + 1] == "s" and not _is_word(s, i + 2)  # only the possessive "'s"
    return True


def _word_end(s: str, i: int) -> int:
    """Where the word running through position ``i`` ends (inner hyphens and apostrophes kept, not "'s")."""
    n = len(s)
    while i < n:
        if _WORDCHAR.match(s, i):
            i += 1
        elif s[i] in "-'" and _is_word(s, i + 1) and not (s[i] == "'" and s[i + 1] == "s" and not _is_word(s, i + 2)):
            i += 1
        else:
            break
    return i


def _expand_options(rule: ContextRule) -> tuple[tuple[str, ...], ...]:
    out = list(rule.options)
    for opt in rule.options:
        split = tuple(w for part in opt for w in part.split("-") if w)
        if split != opt:
            out.append(split)
    return tuple(dict.fromkeys(out))


class Matcher:
    """Compiled lexicons. Build once, call :meth:`find` per document (thread-safe, picklable)."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self._entries: list[tuple[str, LexiconEntry, str | None, tuple[ContextRule, ...]]] = []
        table: dict[str, list[int]] = {}
        for lex in self.lexicons:
            for entry in lex.entries:
                rules = tuple(
                    ContextRule(r.kind, r.negate, _expand_options(r)) if r.kind != "name" else r
                    for r in entry.context
                )
                for form in entry.surface_forms():
                    key = normalize_for_matching(form)
                    cased = form.replace("’", "'") if entry.case == "cased" else None
                    idx = len(self._entries)
                    self._entries.append((lex.name, entry, cased, rules))
                    table.setdefault(key, []).append(idx)
        self._automaton = ahocorasick.Automaton()
        for key, ids in table.items():
            # entries with inflect "prefix" (LIWC "abandon*") may run on to the end of the word they start
            prefix = tuple(i for i in ids if self._entries[i][1].inflect == "prefix")
            self._automaton.add_word(key, (len(key), tuple(ids), prefix))
        if table:
            self._automaton.make_automaton()
        self._empty = not table
        self.categories: tuple[str, ...] = tuple(
            dict.fromkeys(e.category for lex in self.lexicons for e in lex.entries)
        )

    def __reduce__(self) -> tuple[type, tuple[tuple[Lexicon, ...]]]:
        return (Matcher, (self.lexicons,))

    # -- context --------------------------------------------------------------------------------------------

    @staticmethod
    def _prev_tokens(norm: str, start: int) -> list[str]:
        lo = max(0, start - _WINDOW)
        m = _UP_TO_LAST_CLAUSE_RE.match(norm, lo, start)  # up to the last clause character before start
        if m is not None:
            lo = m.end()
        return TOKEN_RE.findall(norm, lo, start)

    @staticmethod
    def _next_tokens(norm: str, end: int) -> list[str]:
        hi = min(len(norm), end + _WINDOW)
        m = _CLAUSE_RE.search(norm, end, hi)  # the first clause character after end
        if m is not None:
            hi = m.start()
        return TOKEN_RE.findall(norm, end, hi)

    @staticmethod
    def _part_of_name(text: str, start: int, end: int) -> bool:
        if not text[start].isupper():
            return False
        nxt = TOKEN_RE.findall(text, end, min(len(text), end + _WINDOW))[:3]
        if not nxt:
            return False
        if nxt[0] in ORGANISATION_WORDS:
            return True
        if nxt[0] == "of" and len(nxt) > 1 and nxt[1][:1].isupper():
            return True
        # a run of capitalised words ending in an organisation word: "Communist Youth League"
        if nxt[0][:1].isupper() and len(nxt) > 1 and nxt[1] in ORGANISATION_WORDS:
            return True
        return False

    def _context_ok(self, rules: tuple[ContextRule, ...], doc: Document, start: int, end: int) -> bool:
        norm = doc.norm
        for rule in rules:
            if rule.kind == "name":
                hit = self._part_of_name(doc.text, start, end)
            else:
                toks = self._prev_tokens(norm, start) if rule.kind == "prev" else self._next_tokens(norm, end)
                hit = False
                for opt in rule.options:
                    n = len(opt)
                    window = tuple(toks[-n:]) if rule.kind == "prev" else tuple(toks[:n])
                    if window == opt:
                        hit = True
                        break
            if hit == rule.negate:
                return False
        return True

    def negated(self, doc: Document, start: int) -> bool:
        """Whether the term is negated: a negator at most three words before ``start`` in the same clause, with
        only determiners or degree words between ("not a dictator", "isn't the regime", "never so brutal"), so
        that "they don't trust the regime" (a verb between) leaves "regime" in the outlet's own voice."""
        toks = self._prev_tokens(doc.norm, start)[-3:]
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            if tok in NEGATORS or tok.endswith("n't"):
                return True
            if tok not in NEGATION_BRIDGE:
                return False
        return False

    def _negated_hinted(self, doc: Document, start: int) -> bool:
        """:meth:`negated`, skipped (False) when no negator string occurs in the window before ``start``."""
        if _NEGATION_HINT_RE.search(doc.norm, max(0, start - _WINDOW), start) is None:
            return False
        return self.negated(doc, start)

    # -- matching -------------------------------------------------------------------------------------------

    def matches(self, doc: Document) -> list[Match]:
        """Non-overlapping hits, longest first, ties to the earlier lexicon and entry; sorted by offset."""
        if self._empty or not doc.text:
            return []
        norm = doc.norm
        n_norm = len(norm)
        text = doc.text
        cands: list[tuple[int, int, int]] = []  # (-length, start, entry index = priority)
        for last, (length, ids, prefix) in self._automaton.iter(norm):
            end = last + 1
            start = end - length
            # performance: most hits are inside a longer word; c.isalnum() or c == "_" is exactly \w
            if start:
                c = norm[start - 1]
                if c.isalnum() or c == "_" or (c in "-'" and not _left_boundary(norm, start)):
                    continue
            if end < n_norm and not _right_boundary(norm, end):
                if not prefix:
                    continue
                ids = prefix
                end = _word_end(norm, end)
            for idx in ids:
                lex_name, entry, cased, rules = self._entries[idx]
                if cased is not None and text[start : start + length].replace("’", "'") != cased:
                    continue
                if rules and not self._context_ok(rules, doc, start, end):
                    continue
                cands.append((start - end, start, idx))
                break
        cands.sort()
        # characters already taken by a longer (or earlier-priority) match: linear in the matched length
        # (sorted lists with insert were quadratic in the number of matches on a 10 MB document)
        taken = bytearray(n_norm)
        out: list[Match] = []
        for neg_len, start, idx in cands:
            end = start - neg_len
            if 1 in taken[start:end]:
                continue
            taken[start:end] = b"\x01" * (end - start)
            lex_name, entry, _, _ = self._entries[idx]
            out.append(Match(start, end, lex_name, entry, idx))
        out.sort(key=lambda m: m.start)
        return out

    def find(self, doc: Document) -> list[Span]:
        """Lexicon spans for ``doc``, sorted by offset, with ``in_quote`` and ``negated`` set."""
        text = doc.text
        spans = []
        for m in self.matches(doc):
            e = m.entry
            spans.append(
                Span(
                    start=m.start,
                    end=m.end,
                    text=text[m.start : m.end],
                    category=e.category,
                    lexicon=m.lexicon,
                    weight=e.weight,
                    alternatives=e.alternatives,
                    in_quote=doc.in_quote(m.start, m.end),
                    negated=self._negated_hinted(doc, m.start),
                    term=e.term,
                )
            )
        return spans
