"""State shared by the passes that find actors: the actor being assembled (``_Acc``), the per-document context
(``_Context``), the accent- and case-insensitive name key, the lexicon label index, and small text tests used
by several passes (title-case headline lines, photo credits, sentence starts, title words, the word before a
position)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing.analysis import Label, Span
from framing.document import Document
from framing.lexicon import LexiconEntry
from framing.scorers.actor_words import _CAP_LONG_RE, _LOWER_LONG_RE, _LOWER_SHORT_RE, LEXICON_LABEL_KIND
from framing.scorers.names import TITLE_MODIFIERS, TITLE_WORDS
from framing.scorers.speaker_gender import gender_of_first_name


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    """Accent- and case-insensitive key ("Nicolás" == "Nicolas")."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


@dataclass
class _Acc:
    """An actor being assembled."""

    name: str
    type: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    labels: dict[tuple[int, int], Label] = field(default_factory=dict)
    first: int = 0


_Make = Callable[[str, str, str, int], _Acc]


@dataclass
class _Context:
    doc: Document
    label_ends: dict[int, Span]  # end offset -> label span (lexicon)
    label_starts: dict[int, Span]
    verb_starts: set[int]
    low_words: frozenset[str]
    gaz: dict[int, tuple[int, LexiconEntry]]  # start -> (end, entry)
    titlecase: dict[int, bool] = field(default_factory=dict)
    cap_words: frozenset[str] | None = None  # capitalised words of the document, collected on first use
    us_context: bool = False  # the text is about the United States (US states are places, not countries)
    prose_words: frozenset[str] | None = None  # lower-case words in running text (not in e-mails, handles, URLs)
    place_starts: frozenset[int] = frozenset()  # starts of the mentions of places and countries (set before labels)
    org_starts: frozenset[int] = frozenset()  # starts of the mentions of organisations (set before labels)
    party_prefixes: set[int] = field(default_factory=set)  # party words split off a chamber's name (starts)
    junior_surnames: frozenset[str] = frozenset()  # surnames the text writes bare before "Jr."/"Sr." (folded)


#: A surname before "Jr."/"Sr." ("Trump Jr. said"); the word before it is checked by :func:`junior_surnames`.
_JUNIOR_RE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+)[ \t]+(?:Jr|Sr)(?![\w'’-])")
#: The end of the text before a name when no capitalised word stands right before it (start of text, a line or
#: sentence break, an opening quote or bracket, or a lower-case word; not an initial's full stop: "Donald J. Trump").
_BARE_BEFORE_RE = re.compile(
    r"(?:\A|[\n:;,(\[“\"‘—–]|[a-z0-9”\"’')][.!?]|(?<![\w'’-])[a-z][\w'’-]*)[ \t]*\Z")


def junior_surnames(text: str) -> frozenset[str]:
    """Folded surnames that the text writes with "Jr."/"Sr." but no first name ("Trump Jr. said"): a writer does so
    to tell a son (or father) from a namesake in the same story, so "Donald Trump Jr." is then not "Donald Trump",
    and the bare surname names the namesake. "Joseph R. Biden Jr." alone stays Joe Biden. Empty for most texts
    (one search for "Jr"/"Sr")."""
    if "Jr" not in text and "Sr" not in text:
        return frozenset()
    out = set()
    for m in _JUNIOR_RE.finditer(text):
        if _BARE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            out.add(_fold(m.group(1)))
    return frozenset(out)


def _label_index(spans: Sequence[Span]) -> tuple[dict[int, Span], dict[int, Span], set[int]]:
    ends: dict[int, Span] = {}
    starts: dict[int, Span] = {}
    verbs: set[int] = set()
    for s in spans:
        if s.category in LEXICON_LABEL_KIND:
            ends[s.end] = s
            starts[s.start] = s
        elif s.category.startswith("attribution"):
            verbs.add(s.start)
    return ends, starts, verbs


def _is_titlecase_sentence(ctx: _Context, pos: int) -> bool:
    doc = ctx.doc
    i = doc.sentence_index(pos)
    if i < 0:
        return False
    hit = ctx.titlecase.get(i)
    if hit is None:
        s, e = doc.sentences[i]
        hit = (_LOWER_LONG_RE.search(doc.text, s, e) is None and len(_CAP_LONG_RE.findall(doc.text, s, e)) >= 3
               and _CREDIT_SLASH_RE.search(doc.text, s, e) is None and _CONTRIBUTOR_LINE_RE.match(doc.text, s) is None
               and not (doc.text[s:e].rstrip().endswith(".") and _LOWER_SHORT_RE.search(doc.text, s, e))
               and not _byline(doc.text, s, e))
        ctx.titlecase[i] = hit
    return hit


_BYLINE_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,2}"
#: A line of two or three people's names and nothing else ("Susan Page and Emma Kinery", "By Ann Lee, Tom Roe and Bo
#: Yu"): the writers of the article.
_BYLINE_RE = re.compile(rf"(?:By[ \t]+)?({_BYLINE_NAME})((?:(?:,[ \t]*|,?[ \t]+and[ \t]+){_BYLINE_NAME}){{1,2}})")
_CAPS_LINE_AFTER_RE = re.compile(r"[ \t]*\n\s*[A-Z][A-Z .&'’-]{1,40}(?:\n|\Z)")
_BYLINE_SEP_RE = re.compile(r",?[ \t]+and[ \t]+|,[ \t]*")
#: ... or over a short line in title case that ends its paragraph, the outlet ("Cincinnati Enquirer"), as the next
#: paragraph opens ("Sarah Brookbank and Max Londberg\n\nCincinnati Enquirer\n\nCINCINNATI —").
_OUTLET_LINE_AFTER_RE = re.compile(
    r"[ \t]*\n\s*(?:The[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){0,3}([A-Z][\w.&'’-]*)[ \t]*\n\s*[A-Z]")
#: Last words of an outlet's name on such a line (not a headline's: "Health Care Dominates Debate").
_OUTLET_LAST_WORDS = frozenset(
    """News Press Times Post Enquirer Inquirer Journal Herald Tribune Today Gazette Star Sun Globe Chronicle Examiner
    Reporter Review Magazine Daily Weekly Bee Register Dispatch Observer Record Telegraph Guardian Independent Mirror
    Express Mail Courier Monitor Wire Network Radio TV Television Service Bureau Agency Online Staff""".split())


def _byline(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a byline of two or three names, each opening with a first name, after "By" or
    over a line in capitals or a short title-case line (the outlet: "USA TODAY", "Cincinnati Enquirer"; not a
    headline "Joe Biden and Bernie Sanders Clash")."""
    line = text[s:e].strip()
    m = _BYLINE_RE.fullmatch(line)
    outlet = _OUTLET_LINE_AFTER_RE.match(text, e)
    if m is None or (not line.startswith("By ") and _CAPS_LINE_AFTER_RE.match(text, e) is None and (
            outlet is None or outlet.group(1) not in _OUTLET_LAST_WORDS)):
        return False
    names = [m.group(1), *_BYLINE_SEP_RE.split(m.group(2))[1:]]
    # (every name opens with a first name of the census lists, one at least with a common one: "Sarah Brookbank and
    # Max Londberg")
    return all(gender_of_first_name(name.split()[0]) is not None for name in names) and any(
        gender_of_first_name(name.split()[0], common_only=True) is not None for name in names)


#: A contributor's line ("Contributing: Janna Herron", "Reporting by Tom Brown; Editing by Ann Lee"): names of
#: people, no headline.
_CONTRIBUTOR_LINE_RE = re.compile(
    r"(?:Contributing|Contributors?|Additional[ \t]+reporting|Reporting|Editing|Writing|Written|Compiled|Reported)"
    r"(?:[ \t]+by|[ \t]*:)[ \t]+[A-Z]")
#: What opens a byline before the writer's name ("By James Cook, BBC North America Correspondent", "Analysis by Ann
#: Lee"): the line stays a title-case line (the role's capitalised words are no one), the name is read as a person's.
BYLINE_OPENING_RE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:(?:Analysis|Commentary|Story|Text|Words)[ \t]+by|By)[ \t]+"
    rf"(?:{_BYLINE_NAME}(?:,[ \t]*|[ \t]+)and[ \t]+)?\Z")


#: A photo credit "Name/Agency" ("(Joshua Roberts/Reuters)", "Nam Y. Huh/AP", "Jonathan Ernst /Reuters/Landov"): a
#: line of capitalised words that is no headline.
_CREDIT_SLASH_RE = re.compile(r"(?<![\w./:])[A-Z][\w'’-]*[ \t]?/[ \t]?[A-Z]")
_CREDIT_BEFORE_RE = re.compile(r"(?<![\w./:])(?:[A-Z][\w'’-]*[ \t]?/)*[A-Z][\w'’-]*[a-z][\w'’-]*[ \t]?/\Z")


#: Words of photo credits that name no one ("/Handout", "/File", "/Staff", "/Pool").
_CREDIT_WORDS = frozenset("File Handout Staff Pool Photo Photos Courtesy Illustration".split())
#: What may follow the last agency of a credit: the end of the line or of the parenthesis.
_CREDIT_END_RE = re.compile(r"[ \t]*(?:\)|\n|\Z)")


def _credit_agency(text: str, s: int) -> bool:
    """Whether the capitalised token at ``s`` follows the slash of a photo credit ("Roberts/Reuters",
    "Ernst /Reuters/Landov"; not a link "twitter.com/Name", not after an acronym "HIV/AIDS")."""
    return text[s - 1 : s] == "/" and _CREDIT_BEFORE_RE.search(text, max(0, s - 40), s) is not None


def _sentence_initial(doc: Document, pos: int) -> bool:
    i = doc.sentence_index(pos)
    if i < 0:
        return True
    lead = doc.text[doc.sentences[i][0] : pos]
    return not any(c.isalnum() for c in lead) or lead.rstrip().endswith((":", "—", "–", "-", "\n"))


def _by_ampersand(text: str, s: int, e: int) -> bool:
    """Whether a token is part of an "&" name ("J&J", "AT&T", "Johnson & Johnson"): never a person."""
    return text[e : e + 1] == "&" or text[e : e + 2] == " &" or text[s - 1 : s] == "&" or text[s - 2 : s] == "& "


def _is_title_word(tok: str) -> bool:
    tok = tok.rstrip(".")
    return tok in TITLE_WORDS or tok in TITLE_MODIFIERS


def _after_word(text: str, pos: int, words: frozenset[str]) -> bool:
    """Whether the word right before ``pos`` (across spaces only) is one of ``words`` (lower-case)."""
    k = pos
    while k > 0 and text[k - 1] == " " and pos - k < 4:
        k -= 1
    if k == pos:
        return False
    j = k
    longest = max(map(len, words), default=0)  # "across", "outside": not only words of four letters
    while j > 0 and text[j - 1].isalpha() and k - j < longest:
        j -= 1
    return (j == 0 or not text[j - 1].isalnum()) and text[j:k].lower() in words


_THE = frozenset({"the"})
_INDEFINITE = frozenset({"a", "an"})
