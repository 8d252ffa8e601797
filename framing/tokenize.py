"""Fast offset tokenization, sentence splitting and quotation regions.

Everything here works on the original text and returns half-open ``(start, end)`` character offsets into it;
nothing is normalised destructively. The functions are small, pure and regex-based: NLTK's offset tokenizers
are about 58 times slower than a regex on news text (the NLTK and framing rows of
``benchmarks/bench_pipeline.py``), so they are not on the hot path.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

__all__ = [
    "TOKEN_RE",
    "WORD_RE",
    "count_words",
    "normalize_for_matching",
    "quote_regions",
    "sentence_spans",
    "token_spans",
    "word_starts",
]

#: A word token: letters/digits, hyphenated compounds kept whole ("state-run", "anti-American", "so-called"),
#: inner apostrophes kept ("don't" stays one token) except the possessive "'s", which is its own token.
TOKEN_RE = re.compile(r"['’][sS]\b|\w+(?:[-‐‑]\w+|['’](?![sS]\b)\w+)*")

#: The unit of ``n_words``: maximal runs of word characters (the metric's tokens as well).
WORD_RE = re.compile(r"\w+")

# Same-length normalisation for matching: typographic apostrophes and hyphens become ASCII.
_MATCH_TABLE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "‒": "-"})
_MATCH_PAIRS = tuple((chr(k), str(v)) for k, v in _MATCH_TABLE.items())


def count_words(text: str) -> int:
    """The number of ``\\w+`` runs in ``text``."""
    return len(WORD_RE.findall(text))


def normalize_for_matching(text: str) -> str:
    """Lower-case ``text`` and unify apostrophes and hyphens, keeping every character at its offset.

    ``str.lower`` changes the length of a few characters (``"İ"`` becomes two); those keep their case so
    that offsets into the result are offsets into ``text``.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if low.isascii():
        return low
    # same result as low.translate(_MATCH_TABLE), about 15 times faster on news text: str.translate with a
    # dict goes through Python per character, replace() only runs for characters that occur
    for src, dst in _MATCH_PAIRS:
        if src in low:
            low = low.replace(src, dst)
    return low


def _wordish(c: str) -> bool:
    """Whether the character ``c`` is one of ``[\\w'’-]`` (``str.isalnum()`` or "_" is exactly ``\\w``)."""
    return c.isalnum() or c in "_'’-"


def word_starts(text: str, word: str) -> Iterator[int]:
    """The starts of ``word`` (not empty) in ``text`` where no word character, apostrophe or hyphen touches it on
    either side, left to right: the matches of ``(?<![\\w'’-])WORD(?![\\w'’-])``, found with ``str.find``
    instead of a pattern compiled for each word and tried at every position of the text."""
    n, size = len(word), len(text)
    p = text.find(word)
    while p >= 0:
        e = p + n
        if (p == 0 or not _wordish(text[p - 1])) and (e == size or not _wordish(text[e])):
            yield p
            p = text.find(word, e)  # (matches do not overlap)
        else:
            p = text.find(word, p + 1)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Half-open offsets of the word tokens of ``text`` (see :data:`TOKEN_RE`)."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


# --- sentences ---------------------------------------------------------------------------------------------

#: Abbreviations after which a period does not end a sentence (compared lower-cased, without the period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof rev fr sr jr st mt ft gov sen rep reps sens gen lt col maj capt cmdr adm sgt cpl pvt
    pres atty supt insp det amb hon
    u.s u.k u.n e.u u.s.a d.c n.y l.a p.m a.m i.e e.g vs etc inc corp co ltd llc bros dept univ assn est approx
    no nos vol ch fig al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
    tenn tex va vt wash wis wyo
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then white space.
# The look-behind makes a run of punctuation be tried from its first character only: without it, a long run
# not followed by white space ("……" * 10**5) is rescanned from every position, which is quadratic. It is
# checked after the first mark, not before it ("(?<![.!?…])[.!?…]+" matches the same runs): a pattern whose
# every branch opens with a character class lets the regex engine skip to the next candidate character in C
# instead of trying the look-behind at every position (2.4 times faster on news text; tests/test_tokenize.py
# compares the two patterns).
#: The second branch is a full stop glued to the next sentence, as pages copied without their paragraph breaks
#: have it ("a letter to lawmakers.Williams told Politico", "the editorial said.”The board"): two lower-case
#: letters, the stop (and a closing curly quote), a capitalised word; not a domain ("Bankrate.com",
#: "www.Medium.com"), an e-mail address ("Jane.Doe@example.com") nor an abbreviation ("Mrs.Smith", checked by
#: :func:`_is_sentence_end`). 199 such stops in 53 of the 3,000 AllSides
#: articles, every one read a sentence end.
#: The three branches share their first character, read by one class before them and told apart by a look-behind
#: in each (``(?<=\n)``): the engine skips in C only to a pattern that opens with one class or literal, not to
#: a choice of branches, so the joint class saves trying the branches at every position (the same matches, 13%
#: fewer instructions on AllSides text; tests/test_tokenize.py).
_BOUNDARY_RE = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*[\"'”’»)\]]*(?=\s)|(?<=\n)[ \t\r\f\v]*\n"
    r"|(?<=\.)(?<=[a-z][a-z]\.)(?<!www\.)”?(?=[A-Z][a-z])(?![A-Z]\w*[.@][a-zA-Z]))")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)\.$")
_NEXT_START_RE = re.compile(r"\s*([\"“‘'«(\[]*)(\S?)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as half-open offsets, trimmed of surrounding white space.

    Splits after ``. ! ? …`` (with any closing quotes) when the next sentence starts with an upper-case letter,
    a digit or an opening quote, and never after a known abbreviation ("Mr.", "Gov.", "U.S.") followed by a
    capitalised name or a single-letter initial ("J. Smith"). Blank lines always end a sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY_RE.finditer(text):
        end = m.end()
        if text[m.start()] != "\n":
            if not _is_sentence_end(text, m.start(), end):
                continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, n, spans)
    return spans


def _is_sentence_end(text: str, punct_start: int, end: int) -> bool:
    nxt = _NEXT_START_RE.match(text, end)
    first = nxt.group(2) if nxt else ""
    if not first:
        return True
    if not (first.isupper() or first.isdigit() or nxt.group(1)):  # type: ignore[union-attr]
        return False
    if text[punct_start] == ".":
        wb = _WORD_BEFORE_RE.search(text, max(0, punct_start - 20), punct_start + 1)
        if wb:
            word = wb.group(1).lower()
            if word in ABBREVIATIONS:
                return False
            if len(word) == 1 and word.isalpha() and text[wb.start(1)].isupper():
                return False  # an initial: "J. Smith"
    return True


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# --- quotations --------------------------------------------------------------------------------------------

_QUOTE_CHAR_RE = re.compile(r"[\"“”«»\n]")
_MAX_QUOTE_CHARS = 3000


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Direct quotations as half-open offsets, quote marks included.

    Curly “…” and guillemets «…» pair by direction; straight ``"`` alternate within a paragraph; curly single
    quotes ‘…’ (British style, or nested) pair when the closing ’ is not an apostrophe inside a word; straight
    single quotes ``'…'`` are apostrophes too often and pair only in the narrow shape of
    :func:`_with_straight_single_quotes` (a straight ``"`` right after a digit where a quotation would open is an
    inch mark, 'a 12" pipe', no quotation). A quotation
    left open at the end of a paragraph closes there (news style reopens it in the next paragraph), so
    regions never cross a blank line and an unbalanced quote cannot swallow the rest of a document.
    """
    regions: list[tuple[int, int]] = []
    open_at = -1
    prev_newline = -2
    for m in _QUOTE_CHAR_RE.finditer(text):
        c = m.group()
        i = m.start()
        if c == "\n":
            if prev_newline >= 0 and text[prev_newline + 1 : i].strip() == "" and open_at >= 0:
                _close(regions, text, open_at, prev_newline)
                open_at = -1
            prev_newline = i
            continue
        if c in "“«" or (c == '"' and open_at < 0):
            if c == '"' and i and text[i - 1].isdigit():
                continue  # an inch mark ('a 12" pipe', "a 6'2\" guard"), not a quotation's opening mark
            if open_at >= 0 and c != '"':
                _close(regions, text, open_at, i)  # a new opener closes a dangling quotation
            open_at = i
        elif open_at >= 0:  # ” » or a closing straight quote
            regions.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        _close(regions, text, open_at, len(text))
    if "\u2018" in text:
        regions = _with_single_quotes(text, regions)
    if "'" in text:
        regions = _with_straight_single_quotes(text, regions)
    return regions


#: an opening ‘ not after a word character or a ’, before a non-space (the mark is read before the look-behind,
#: as in the straight-quote patterns below: same matches, the engine skips to the next ‘ in C; ~40x faster)
_SINGLE_OPEN_RE = re.compile(r"\u2018(?<![\w\u2019]\u2018)(?=\S)")
#: a closing ’ not inside a word ("don’t", "Côte d’Ivoire" are apostrophes) and not after a space (mark first too)
_SINGLE_CLOSE_RE = re.compile(r"\u2019(?<=\S\u2019)(?!\w)")
_LOWER_NEXT_RE = re.compile(r" [a-z]")
_PARAGRAPH_RE = re.compile(r"\n[ \t\r\f\v]*\n")  # a blank line, as for double quotes


def _outermost(regions: list[tuple[int, int]], singles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``regions`` and ``singles`` (single-quoted regions) in text order, a region nested inside (or crossing) the
    one before it left out: the outer one wins."""
    if not singles:
        return regions
    merged: list[tuple[int, int]] = []
    for s, e in sorted(regions + singles, key=lambda r: (r[0], -r[1])):
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


def _with_single_quotes(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add ‘…’ quotations (British style, or nested) that pair within a paragraph; the outermost region wins.

    Closing marks and paragraph breaks are found once and looked up by bisection, so a text full of unpaired
    openers stays linear (rescanning the window after every opener was not)."""
    closers = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text)]
    breaks = [m.start() for m in _PARAGRAPH_RE.finditer(text)]
    singles: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _SINGLE_OPEN_RE.search(text, pos)
        if m is None:
            break
        start = m.start()
        limit = min(len(text), start + _MAX_QUOTE_CHARS)
        b = bisect.bisect_left(breaks, start)
        if b < len(breaks):
            limit = min(limit, breaks[b])
        end = -1
        k = bisect.bisect_right(closers, start)
        # at most a few plural possessives ("the leaders’ meeting") are passed over for a later ’
        for c in closers[k : k + 4]:
            if c >= limit:
                break
            end = c + 1
            if not (text[c - 1] in "sS" and _LOWER_NEXT_RE.match(text, end)):
                break
        if end < 0:
            pos = start + 1
            continue
        singles.append((start, end))
        pos = end
    return _outermost(regions, singles)


#: A straight ' opening a quotation: at the start, after white space, a bracket, a colon or a dash, before a letter
#: ("'90s" opens none).
#: (The mark comes before the look-behind, which then reads it and the character before it: the regex engine skips
#: in C to the next ' instead of trying the look-behind at every position; same matches, ~35x faster.)
_STRAIGHT_OPEN_RE = re.compile(r"'(?<![^\s(\[:—–-]')(?=[A-Za-z])")
#: A straight ' closing one: after a word character or a mark, before white space, a mark or the end.
_STRAIGHT_CLOSE_RE = re.compile(r"'(?<=[\w.,!?;:…]')(?=[\s.,;:!?)\]—–-]|\Z)")
#: Words that an apostrophe shortens at their start ("rock 'n' roll", "'em", "'til", "'cause"): no quotation opens.
_ELISIONS = frozenset("n em til tis twas twere cause cos bout round nuff cept ol ole s t d ll re ve m".split())
_FIRST_WORD_RE = re.compile(r"[A-Za-z]+")
#: A reporting verb right after a closing mark ("..., the minister said") or right before an opening one ("said:").
_SAID_WORDS = r"(?:said|says|told|added|asked|wrote|writes|tweeted|posted|insisted|warned|declared|replied|stated)"
_SAID_AFTER_RE = re.compile(r",?[ \t]+(?:[\w.’-]+[ \t]+){0,4}?" + _SAID_WORDS + r"(?![\w'’-])")
_SAID_BEFORE_RE = re.compile(r"(?<![\w'’-])" + _SAID_WORDS + r"(?:[ \t]+[\w.’-]+){0,2}?:[ \t]*\Z")
_MIN_STRAIGHT_WORDS = 2
#: ... and in a text with quotations in other marks
_MIN_STRAIGHT_WORDS_BESIDE_DOUBLES = 3


def _with_straight_single_quotes(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add quotations in straight single quotes (British style: "'We will not back down,' the minister said").

    The mark is an apostrophe far more often than a quotation mark ("don't", "O'Brien", "the Smiths' house", "rock
    'n' roll", "'90s"), so a pair counts only in a narrow shape: the opening ' after the start, white space, a
    bracket, a colon or a dash and before a letter that starts no elided word ('n', 'em, 'til); the closing ' after
    a word character or a mark and before white space, a mark or the end, not a plural possessive ("the leaders'
    meeting": an s, then a lower-case word; at most a few are passed over); both in one paragraph, at least two
    words between them; and, in a text that already has quotations in other marks (American style, where single
    quotes are nested, scare quotes or a headline's partial quotation: "X says he 'can understand' Y"), three words
    or more and a reporting verb beside them: after a mark that ends the quotation ("...,' she added") or with a
    colon before it ("said: '..."). An apostrophe inside a word ("don't") is never either mark."""
    doubles = bool(regions)
    closers = [m.start() for m in _STRAIGHT_CLOSE_RE.finditer(text)]
    if not closers:
        return regions
    breaks = [m.start() for m in _PARAGRAPH_RE.finditer(text)]
    singles: list[tuple[int, int]] = []
    pos = 0
    while (m := _STRAIGHT_OPEN_RE.search(text, pos)) is not None:
        start = m.start()
        pos = start + 1
        word = _FIRST_WORD_RE.match(text, start + 1)
        if word is not None and word.group().lower() in _ELISIONS:
            continue
        limit = min(len(text), start + _MAX_QUOTE_CHARS)
        b = bisect.bisect_left(breaks, start)
        if b < len(breaks):
            limit = min(limit, breaks[b])
        end = -1
        k = bisect.bisect_right(closers, start + 1)
        for c in closers[k : k + 4]:
            if c >= limit:
                break
            if not (text[c - 1] in "sS" and _LOWER_NEXT_RE.match(text, c + 1)):
                end = c + 1
                break
        if end < 0:
            continue
        words = count_words(text[start + 1 : end - 1])
        if words < _MIN_STRAIGHT_WORDS or (doubles and (
                words < _MIN_STRAIGHT_WORDS_BESIDE_DOUBLES or not _reported(text, start, end))):
            continue
        singles.append((start, end))
        pos = end
    return _outermost(regions, singles)


def _reported(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb stands beside the quotation ``text[start:end]``: after a mark that ends it ("...,'
    she added", "...', the minister said") or after a colon before it ("said: '...")."""
    if (text[end - 2] in ",.!?" or text[end : end + 1] == ",") and _SAID_AFTER_RE.match(text, end):
        return True
    return _SAID_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def _close(regions: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    end = min(end, start + _MAX_QUOTE_CHARS)
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    if end - start > 1:
        regions.append((start, end))


def in_regions(regions: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of the sorted, non-overlapping ``regions``."""
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]
