"""Multiword lexicon matching with longest-match resolution, inflections, case and context rules.

All surface forms of all entries go into one Aho–Corasick automaton (pyahocorasick) over the offset-preserving
normalised text, so a scan costs about as much as a regex tokenization whatever the lexicon size. Word
boundaries, case, context rules and negation are checked only where a form was found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, cast

import ahocorasick

from framing.analysis import Span
from framing.document import Document
from framing.inflect import inflect_word
from framing.lexicon import ContextRule, Lexicon, LexiconEntry
from framing.pos import _TAG_TOKEN_RE, _TREEBANK, LazyTags
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

#: Words that turn a negator before a term into an assertion of it ("not only a dictator", "isn't just a land grab",
#: "not merely a regime", "not simply propaganda").
_NOT_ONLY = frozenset("only just merely simply".split())

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
#: Characters of context each side of a term tagged for a ``pos``/``report`` rule (within its sentence, cut at
#: white space): about ten words, plenty for features that reach two words and two tags back.
_POS_WINDOW_CHARS = 60
#: Words that open the complement of a reporting verb ("claimed that", "insisted to", "boasted about/of").
_COMPLEMENT_WORDS = frozenset("that to about of whether if how why what when where who".split())
#: Tags that can open the subject of a complement clause ("claimed the vote was rigged", "insist he lied").
_CLAUSE_SUBJECT_START = frozenset(("DET", "PRON", "PROPN", "NUM"))
#: Tags allowed inside that subject before its verb.
_NP_TAGS = frozenset(("DET", "PRON", "PROPN", "NUM", "NOUN", "ADJ", "PART", "ADV"))
_QUOTE_MARKS = frozenset('"“”«»')


@lru_cache(maxsize=4096)
def _tag_chunk(chunk: str) -> tuple[tuple[tuple[int, int], ...], LazyTags]:
    """Word-token spans (relative to ``chunk``) and their Universal POS tags, the punctuation marks tagged as
    context like the treebank; memoised on the text, so repeated passages (boilerplate, a pasted article) are
    tagged once per process. The tags are computed on demand (:class:`~framing.pos.LazyTags`): a sense decision
    reads the tags up to the term and a few tokens past it, and the rest of the window is never tagged."""
    toks = [m.span() for m in _TAG_TOKEN_RE.finditer(chunk)]
    fullmatch = TOKEN_RE.fullmatch
    keep = [i for i, (a, b) in enumerate(toks) if fullmatch(chunk, a, b)]
    tags = LazyTags([chunk[a:b].translate(_TREEBANK) for a, b in toks], keep)
    return tuple(toks[i] for i in keep), tags


_PosCache = dict[tuple[int, int], tuple[list[tuple[int, int]], Sequence[str]]]
_SPACE_RE = re.compile(r"\s")
_NEGATION_HINT_RE = re.compile("|".join(re.escape(w) for w in sorted(NEGATORS | {"n't"}, key=len, reverse=True)))
#: The negator strings, shortest first: at each position the first alternative that matches is the shortest one
#: starting there. Scanned without overlaps (a zero-width look-ahead at every position was twice as slow); the
#: only negator string that starts inside the shortest match of another is the "no" of "cannot" (checked in
#: tests/test_matcher.py against the look-ahead scan), added by :meth:`Matcher._negation_hints`.
_NEGATION_SCAN_RE = re.compile("|".join(re.escape(w) for w in sorted(NEGATORS | {"n't"}, key=len)))


def _span_maker() -> Callable[..., Span]:
    """A constructor of :class:`~framing.analysis.Span` from its fields in order, without the frozen
    dataclass's ``__init__`` (``object.__setattr__`` per field through a Python call): the slots are written
    with their descriptors. The result is the same object (tests/test_matcher.py checks equality and fields)."""
    names = [f.name for f in fields(Span)]
    setters = [getattr(Span, n).__set__ for n in names]
    args = ", ".join(names)
    body = "".join(f"    s{i}(o, {n})\n" for i, n in enumerate(names))
    src = f"def make({args}):\n    o = new(Span)\n{body}    return o\n"
    scope: dict[str, Any] = {"new": object.__new__, "Span": Span, **{f"s{i}": f for i, f in enumerate(setters)}}
    exec(src, scope)
    return cast("Callable[..., Span]", scope["make"])


_make_span = _span_maker()


def _lexicon_span_maker() -> Callable[..., Span]:
    """:func:`_make_span` for a lexicon hit: ``(start, end, text, fields, in_quote, negated)``, where
    ``fields`` is the entry's ``(category, lexicon, weight, alternatives, term)`` prepared once per matcher, and
    ``probability`` is ``None``."""
    names = [f.name for f in fields(Span)]
    if names != ["start", "end", "text", "category", "lexicon", "weight", "alternatives", "in_quote", "negated",
                 "term", "probability"]:
        raise RuntimeError(f"Span fields changed: {names}; update _lexicon_span_maker")
    setters = {n: getattr(Span, n).__set__ for n in names}
    src = ("def make(start, end, text, f, in_quote, negated):\n"
           "    category, lexicon, weight, alternatives, term = f\n"
           "    o = new(Span)\n"
           + "".join(f"    set_{n}(o, {n if n != 'probability' else 'None'})\n" for n in names)
           + "    return o\n")
    scope: dict[str, Any] = {"new": object.__new__, "Span": Span, **{f"set_{n}": f for n, f in setters.items()}}
    exec(src, scope)
    return cast("Callable[..., Span]", scope["make"])


_make_lexicon_span = _lexicon_span_maker()


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


_SOFT_HYPHEN = "\xad"


def _without_soft_hyphens(s: str) -> tuple[str, list[int]]:
    """``s`` without its soft hyphens, and the offset in ``s`` of each remaining character."""
    back = [i for i, c in enumerate(s) if c != _SOFT_HYPHEN]
    return s.replace(_SOFT_HYPHEN, ""), back


def _comparatives(term: str) -> frozenset[str]:
    """The generated comparative (-er) of an adjective term's last word ("snider" of "snide"): capitalised, it
    is mostly a surname (Snider, Wilder, Harder); superlatives are left alone ("Nastiest" in a headline)."""
    return frozenset(f for f in inflect_word(term.split(" ")[-1], "adj") if f.endswith("er"))


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


#: A context rule with its word options grouped by length: one window slice and one set look-up per length.
_Rule = tuple[ContextRule, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]


def _option_groups(rule: ContextRule) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    groups: dict[int, set[tuple[str, ...]]] = {}
    for opt in rule.options:
        groups.setdefault(len(opt), set()).add(opt)
    return tuple((n, frozenset(opts)) for n, opts in sorted(groups.items()))


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
        self._entries: list[tuple[str, LexiconEntry, str | None, tuple[_Rule, ...]]] = []
        table: dict[str, list[int]] = {}
        # generated comparatives of adjective entries ("snider" of "snide"): written with a capital they are
        # names ("Rep. Snider", "Wilder"), not the adjective
        name_shy: set[int] = set()
        for lex in self.lexicons:
            for entry in lex.entries:
                rules = tuple(
                    ContextRule(r.kind, r.negate, _expand_options(r)) if r.kind in ("prev", "next") else r
                    for r in entry.context
                )
                # cheap word rules first: the part-of-speech tagger runs only when they all pass
                rules = tuple(sorted(rules, key=lambda r: r.kind in ("pos", "report")))
                compiled = tuple((r, _option_groups(r)) for r in rules)
                for form in entry.surface_forms():
                    key = normalize_for_matching(form)
                    cased = form.replace("’", "'") if entry.case == "cased" else None
                    idx = len(self._entries)
                    self._entries.append((lex.name, entry, cased, compiled))
                    if entry.inflect == "adj" and form.split(" ")[-1] in _comparatives(entry.term):
                        name_shy.add(idx)
                    table.setdefault(key, []).append(idx)
        self._automaton = ahocorasick.Automaton()
        for key, ids in table.items():
            # entries with inflect "prefix" (LIWC "abandon*") may run on to the end of the word they start
            prefix = tuple(i for i in ids if self._entries[i][1].inflect == "prefix")
            # performance: the entry a whole-word hit becomes without any check (-1: the first entry has a
            # case, name or context condition, so the candidates are tried in order)
            _, _, cased0, rules0 = self._entries[ids[0]]
            plain = ids[0] if cased0 is None and not rules0 and ids[0] not in name_shy else -1
            self._automaton.add_word(key, (len(key), tuple(ids), prefix, plain))
        if table:
            self._automaton.make_automaton()
        self._empty = not table
        #: per entry index, the fields its spans share: (category, lexicon, weight, alternatives, term)
        self._span_fields = tuple((e.category, lex_name, e.weight, e.alternatives, e.term)
                                  for lex_name, e, _, _ in self._entries)
        self._name_shy = frozenset(name_shy)
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

    @staticmethod
    def _pos_window(doc: Document, start: int, cache: _PosCache) -> tuple[list[tuple[int, int]], Sequence[str], int]:
        """Word-token spans and Universal POS tags around ``start`` -- its sentence, cut at white space about
        ``_POS_WINDOW_CHARS`` characters each side -- and the index of the word token at ``start``."""
        text = doc.text
        si = doc.sentence_index(start)
        if si >= 0 and start < doc.sentences[si][1]:
            lo, hi = doc.sentences[si]
        else:
            lo, hi = max(0, start - 300), min(len(text), start + 300)
        a = max(lo, start - _POS_WINDOW_CHARS)
        if a > lo:
            m = _SPACE_RE.search(text, a, start)
            a = m.end() if m else start
        b = min(hi, start + _POS_WINDOW_CHARS)
        if b < hi:
            m = _SPACE_RE.search(text, b, hi)
            b = m.start() if m else hi
        hit = cache.get((a, b))
        if hit is None:
            rel, lazy = _tag_chunk(text[a:b])
            hit = ([(x + a, y + a) for x, y in rel], lazy)
            cache[(a, b)] = hit
        spans, tags = hit
        return spans, tags, bisect.bisect_right(spans, (start, len(text) + 1)) - 1

    @classmethod
    def _tag_at(
        cls, doc: Document, start: int, cache: _PosCache
    ) -> tuple[list[tuple[int, int]], Sequence[str], int, str]:
        """:meth:`_pos_window` plus the tag of the token at ``start``, where a noun reading between a subject
        and an object is read as a verb: the tagger (trained on web text) says NOUN for "Critics claim Riyadh
        is ...", "Trump taunts Democrats" and "students ... and insist that", but a noun cannot sit between a
        name, pronoun, noun, conjunction, auxiliary or adverb and a following determiner, pronoun, name, "that",
        "to" or quotation mark."""
        spans, tags, k = cls._pos_window(doc, start, cache)
        if k < 0:
            return spans, tags, k, ""
        tag = tags[k]
        if tag in ("NOUN", "PROPN") and 0 < k < len(spans) - 1:
            text = doc.text
            prev_word = text[spans[k - 1][0] : spans[k - 1][1]]
            # dashes and quotation marks may stand around the verb ("the Bundys—claims that", 'claims “racism”')
            gap = (text[spans[k][1] : spans[k + 1][0]] + text[spans[k - 1][1] : spans[k][0]]).strip(" \n—–-\"“”")
            subject = (
                tags[k - 1] in ("PROPN", "PRON", "CCONJ", "AUX", "ADV", "NOUN")
                or (tags[k - 1] == "PART" and prev_word.lower() in ("to", "not", "n't"))
                or (prev_word[:1].isupper() and tags[k - 1] == "ADJ")
            )
            next_word = text[spans[k + 1][0] : spans[k + 1][1]]
            obj = (
                tags[k + 1] in ("DET", "PRON", "PROPN", "NUM")
                or next_word in ("that", "to")
                or any(c in _QUOTE_MARKS for c in text[spans[k][1] : spans[k + 1][0]])
            )
            if subject and obj and not gap:
                tag = "VERB"
        return spans, tags, k, tag

    def _reporting_use(self, doc: Document, start: int, end: int, cache: _PosCache) -> bool:
        """Whether the verb at ``start`` reports speech: tagged as a verb (not "the taunts", "claims for asylum")
        and followed by a complement -- a colon or quotation, a complementiser ("claimed that", "insisted to",
        "boasted about"), or a clause whose subject opens with a determiner, pronoun, name or number ("claimed
        the vote was rigged"); or placed after a quotation ('"...," claimed Smith'); or closing a clause after
        its subject ("as critics claim."). Not "accused of speeding", "an individual claiming discrimination"."""
        spans, tags, k, tag = self._tag_at(doc, start, cache)
        if tag != "VERB":
            return False
        text = doc.text
        j = bisect.bisect_left(spans, (end, -1))  # the first token at or after the end of the term
        before = text[max(0, start - 4) : start]
        if j < len(spans):
            gap = text[end : spans[j][0]]
        else:
            gap = text[end : min(len(text), end + 3)]
        if any(c in _QUOTE_MARKS or c in ":," for c in gap):
            return True  # 'insisted: "..."', 'claimed, without evidence, that ...'
        if j >= len(spans) or any(c in ".;!?" for c in gap):
            return k > 0 and tags[k - 1] in ("PRON", "PROPN", "NOUN")
        if any(c in _QUOTE_MARKS for c in before) and tags[j] in ("PROPN", "PRON", "DET", "NOUN"):
            return True
        if text[spans[j][0] : spans[j][1]].lower() in _COMPLEMENT_WORDS or tags[j] in ("AUX", "VERB"):
            return True  # "claimed that", "claims to be", "the socialism that he claims has ..."
        # "claimed on Tuesday that", "are claiming now that": an adverbial before the complementiser
        for t in range(j, min(len(spans), j + 8)):
            if t > j and any(c in ".;:!?()" for c in text[spans[t - 1][1] : spans[t][0]]):
                break
            if tags[t] in ("SCONJ", "PRON") and text[spans[t][0] : spans[t][1]].lower() == "that":
                return True
            if tags[t] not in ("ADV", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ"):
                break
        # a bare singular noun opens a clause only before an auxiliary ("claiming abortion is essential"), not
        # before a verb ("an individual claiming discrimination filed suit": the noun is the object)
        bare = tags[j] == "NOUN" and text[spans[j][1] - 1] not in "sS"
        if tags[j] not in _CLAUSE_SUBJECT_START and tags[j] != "NOUN":
            return False
        for t in range(j, min(len(spans), j + 8)):
            if t > j and any(c in ".;:!?,()" for c in text[spans[t - 1][1] : spans[t][0]]):
                return False
            if t > j and (tags[t] == "AUX" or (tags[t] == "VERB" and not bare)):
                return True
            if tags[t] not in _NP_TAGS:
                return False
        return False

    def _context_ok(
        self, rules: tuple[_Rule, ...], doc: Document, start: int, end: int, cache: _PosCache | None = None
    ) -> bool:
        norm = doc.norm
        if cache is None:
            cache = {}
        prev: list[str] | None = None
        nxt: list[str] | None = None
        for rule, groups in rules:
            kind = rule.kind
            if kind == "prev":
                if prev is None:
                    prev = self._prev_tokens(norm, start)
                hit = any(tuple(prev[-n:]) in opts for n, opts in groups if n <= len(prev))
            elif kind == "next":
                if nxt is None:
                    nxt = self._next_tokens(norm, end)
                hit = any(tuple(nxt[:n]) in opts for n, opts in groups if n <= len(nxt))
            elif kind == "name":
                hit = self._part_of_name(doc.text, start, end)
            elif kind == "report":
                hit = self._reporting_use(doc, start, end, cache)
            else:  # pos
                hit = (self._tag_at(doc, start, cache)[3],) in rule.options
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
                # "not only a dictator but ...", "not just a land grab": the phrase asserts the term
                return k + 1 >= len(toks) or toks[k + 1] not in _NOT_ONLY
            if tok not in NEGATION_BRIDGE:
                return False
        return False

    def _negated_hinted(self, doc: Document, start: int) -> bool:
        """:meth:`negated`, skipped (False) when no negator string occurs in the window before ``start``."""
        if _NEGATION_HINT_RE.search(doc.norm, max(0, start - _WINDOW), start) is None:
            return False
        return self.negated(doc, start)

    @staticmethod
    def _negation_hints(doc: Document) -> tuple[list[int], list[int]] | None:
        """Every position of ``doc.norm`` where a negator string starts, with the length of the shortest one
        there (``None`` when there is none): :meth:`_negated_at` answers :meth:`_negated_hinted`'s window
        search from these with a bisection, not a regex search per term."""
        norm = doc.norm
        found = list(_NEGATION_SCAN_RE.finditer(norm))
        if not found:
            return None
        if "cannot" not in norm:
            return [m.start() for m in found], [m.end() - m.start() for m in found]
        at: list[int] = []
        length: list[int] = []
        for m in found:
            at.append(m.start())
            length.append(m.end() - m.start())
            if m.group() == "cannot":  # its "no" starts inside it
                at.append(m.start() + 3)
                length.append(2)
        return at, length

    def _negated_at(self, doc: Document, start: int, hints: tuple[list[int], list[int]]) -> bool:
        """:meth:`_negated_hinted` from :meth:`_negation_hints`: a negator string ending by ``start`` that starts
        within ``_WINDOW`` characters before it, then :meth:`negated`."""
        at, length = hints
        i = bisect.bisect_left(at, start - _WINDOW)
        n = len(at)
        while i < n and at[i] < start:
            if at[i] + length[i] <= start:
                return self.negated(doc, start)
            i += 1
        return False

    # -- matching -------------------------------------------------------------------------------------------

    def matches(self, doc: Document) -> list[Match]:
        """Non-overlapping hits, longest first, ties to the earlier lexicon and entry; sorted by offset."""
        entries = self._entries
        return [Match(start, end, entries[idx][0], entries[idx][1], idx) for start, end, idx in self._hits(doc)]

    def _hits(self, doc: Document) -> list[tuple[int, int, int]]:
        """:meth:`matches` as ``(start, end, entry index)`` triples, sorted by offset."""
        if self._empty or not doc.text:
            return []
        norm = doc.norm
        n_norm = len(norm)
        text = doc.text
        cands: list[tuple[int, int, int]] = []  # (-length, start, entry index = priority)
        pos_cache: _PosCache = {}
        # soft hyphens (U+00AD, invisible line-break hints inside words) are skipped: "co\xadrrupt" is "corrupt";
        # the automaton and the word-boundary checks run on the text without them, offsets are mapped back
        hay, back = (norm, None) if _SOFT_HYPHEN not in norm else _without_soft_hyphens(norm)
        n_hay = len(hay)
        entries = self._entries
        name_shy = self._name_shy
        context_ok = self._context_ok
        append = cands.append
        for last, (length, ids, prefix, plain) in self._automaton.iter(hay):
            end = last + 1
            start = end - length
            # performance: most hits are inside a longer word; c.isalnum() or c == "_" is exactly \w
            if start:
                c = hay[start - 1]
                if c.isalnum() or c == "_" or (c in "-'" and not _left_boundary(hay, start)):
                    continue
            key_end = end
            if end < n_hay:
                c = hay[end]
                if c.isalnum() or c == "_" or (c in "-'" and not _right_boundary(hay, end)):
                    if not prefix:
                        continue
                    ids = prefix
                    plain = -1
                    end = _word_end(hay, end)
            if back is not None:
                start, end, key_end = back[start], back[end - 1] + 1, back[key_end - 1] + 1
            if plain >= 0:
                append((start - end, start, plain))
                continue
            for idx in ids:
                _, _, cased, rules = entries[idx]
                if cased is not None and text[start:key_end].replace("’", "'").replace(_SOFT_HYPHEN, "") != cased:
                    continue
                if idx in name_shy and text[norm.rfind(" ", start, end) + 1 or start].isupper():
                    continue
                if rules and not context_ok(rules, doc, start, end, pos_cache):
                    continue
                append((start - end, start, idx))
                break
        return self._resolve(cands, n_norm)

    @staticmethod
    def _resolve(cands: list[tuple[int, int, int]], n_norm: int) -> list[tuple[int, int, int]]:
        """The non-overlapping ``(start, end, entry index)`` of the candidates, longest first, ties to the
        earlier lexicon and entry; sorted by offset."""
        cands.sort()
        # characters already taken by a longer (or earlier-priority) match: linear in the matched length
        # (sorted lists with insert were quadratic in the number of matches on a 10 MB document)
        taken = bytearray(n_norm)
        out: list[tuple[int, int, int]] = []
        for neg_len, start, idx in cands:
            end = start - neg_len
            if 1 in taken[start:end]:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append((start, end, idx))
        out.sort()
        return out

    def find(self, doc: Document) -> list[Span]:
        """Lexicon spans for ``doc``, sorted by offset, with ``in_quote`` and ``negated`` set.

        Built in bulk: the quotation test walks the sorted hits and quotation regions together, the negation
        test runs only after a negator string within reach, and each span's fields go straight into its slots
        (:func:`_make_span`, the same object the dataclass constructor makes, about three times cheaper).
        """
        hits = self._hits(doc)
        if not hits:
            return []
        text = doc.text
        fields = self._span_fields
        quotes = doc.quotes
        n_quotes = len(quotes)
        hints = self._negation_hints(doc)
        at, length = hints if hints is not None else ((), ())
        n_at = len(at)
        negated_at = self.negated
        bisect_left = bisect.bisect_left
        q = 0
        spans: list[Span] = []
        append = spans.append
        make = _make_lexicon_span
        for start, end, idx in hits:
            # the quotation that starts last at or before ``start`` (hits and quotations are both sorted)
            while q < n_quotes and quotes[q][0] <= start:
                q += 1
            in_quote = q > 0 and end <= quotes[q - 1][1]
            # :meth:`_negated_at`, inlined: a negator string ending by ``start`` within ``_WINDOW`` before it
            negated = False
            if n_at:
                i = bisect_left(at, start - _WINDOW)
                while i < n_at and at[i] < start:
                    if at[i] + length[i] <= start:
                        negated = negated_at(doc, start)
                        break
                    i += 1
            append(make(start, end, text[start:end], fields[idx], in_quote, negated))
        return spans
