"""A speaker named right after a quotation and followed by a long appositive before the verb, for the quote
scorer's attribution (:mod:`framing.scorers.quote_attribution`): '"...," Tom Hale, the host of the summit in
Dayton, Ohio, told reporters', '"...," Ann Lee, the former mayor who is expected to say whether she will run,
said'. The verbs inside the appositive are not the quotation's; the verb is the first reporting verb right after a
comma. Also the name in an appositive right after a speaker's description ('"...," said her husband, Tom.')."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Actor, Span
from framing.document import Document
from framing.scorers.actor_words import ROLE_NOUNS
from framing.scorers.names import TITLE_WORDS
from framing.scorers.quote_phrases import _clean
from framing.scorers.quote_verbs import _verb_at
from framing.scorers.speakers import TITLE_NOUNS

#: Lower-case words that open a role appositive or relative clause after a name ("Hale, the host of ...").
_APPOSITIVE_STARTS = frozenset("the a an who former longtime veteran".split())
#: Role nouns that open an appositive without a determiner, as its first or second word ("Fritz, press secretary
#: for House Speaker John A. Boehner, Ohio Republican, said").
_ROLE_OPENERS = TITLE_NOUNS | frozenset(
    """spokesman spokeswoman spokesperson aide adviser advisor analyst professor lawyer attorney founder host co-host
    anchor author columnist correspondent""".split())
#: At most this many words in the name that opens the attribution ("Rep. Ann Marie Lee").
_NAME_MAX = 5


def name_then_appositive(doc: Document, j: int, stop: int, verb_spans: dict[int, Span]
                         ) -> tuple[tuple[int, int] | None, tuple[int, int, str]] | None:
    """(speaker span, verb) when the tokens ``j`` to ``stop`` after a quotation that ends with a comma read
    "NAME, appositive, VERB": capitalised words, a comma, a lower-case appositive opener (a determiner, "who", or a
    role noun as its first or second word: "press secretary for ..."), and a reporting verb right after a later
    comma. None otherwise."""
    text = doc.text
    spans = doc.token_spans
    e = j
    while e < stop and text[spans[e][0]].isupper() and e - j < _NAME_MAX:
        if e + 1 < stop and text[spans[e][1] : spans[e + 1][0]].strip() == ",":
            break
        if e + 1 < stop and text[spans[e][1] : spans[e + 1][0]] not in (" ", ".", ". ", "’", "'"):
            return None
        e += 1
    if e >= stop or e + 1 >= stop or not text[spans[e][0]].isupper():
        return None
    if text[spans[e][1] : spans[e + 1][0]].strip() != "," or not text[spans[e + 1][0]].islower() or (
            doc.norm_tokens[e + 1] not in _APPOSITIVE_STARTS
            and not any(doc.norm_tokens[k] in _ROLE_OPENERS for k in range(e + 1, min(e + 3, stop)))):
        return None
    for k in range(e + 3, stop):
        gap = text[spans[k - 1][1] : spans[k][0]].strip()
        if gap in (",", ',"', ",”") and text[spans[k][0]].islower():
            # (the appositive may end with a title in quotation marks: 'Bream, host of "Fox News @ Night," told')
            v = _verb_at(doc, k, verb_spans)
            if v is not None:
                return _clean(doc, (spans[j][0], spans[e][1])), v
        elif not gap and doc.norm_tokens[k] in _SAID_WITHOUT_COMMA and text[spans[k - 1][0]].islower() and \
                not any(t in ("who", "that", "which", "and", "or") for t in doc.norm_tokens[e + 1 : k]):
            # '"...," Anne Milgram, a former New Jersey attorney general told CNN': the appositive's closing comma
            # left out before the verb of saying
            v = _verb_at(doc, k, verb_spans)
            if v is not None:
                return _clean(doc, (spans[j][0], spans[e][1])), v
    return None


#: Verbs of saying that may follow a role appositive whose closing comma is missing.
_SAID_WITHOUT_COMMA = frozenset("said says told tells added wrote writes tweeted".split())


#: What may follow the name in an appositive: its closing comma, the sentence's end.
_APPOSITIVE_END_RE = re.compile(r"[ \t]*(?:[,.;!?\n]|\Z)")
_COMMA_RE = re.compile(r",[ \t]+")


def _title_head(word: str) -> bool:
    """Whether a capitalised word is a title ("Chancellor", "Secretary-General", "Minister")."""
    return word.rstrip(".") in TITLE_WORDS or word.split("-", 1)[0] in TITLE_WORDS


#: Up to three lower-case words of a role before the name in such an appositive ("former aide", "his lawyer").
_ROLE_BEFORE_NAME_RE = re.compile(r"(?:[a-z][\w'’-]*[ \t]+){0,2}([a-z][\w'’-]*)[ \t]+(?=[A-Z])")
#: Role nouns of such an appositive that ROLE_NOUNS lacks (it lists occupations, not relations or staff roles).
_APPOSITIVE_ROLE_HEADS = frozenset(
    "aide adviser advisor lawyer attorney spokesman spokeswoman spokesperson husband wife deputy official".split())
#: Inverted verbs of saying between commas ("The law, said Kennedy, had ...").
_INVERTED_SAYING = frozenset(("said", "says", "added", "wrote", "writes"))


#: Roles written as acronyms that end a speaker's description like a lower-case noun.
_ROLE_ACRONYMS = frozenset({"MEP", "MEPs", "MP", "MPs", "CEO", "CFO"})


def name_in_appositive(doc: Document, sp: tuple[int, int], mentions: Sequence[tuple[int, int, Actor]],
                       keys: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The person named in the appositive right after a speaker phrase that ends in a lower-case noun ('"...," said
    her husband, Tom.', 'said the lawyer, Ann Lee, in a statement') or in a title after "the" ('the United
    Nations Secretary-General, António Guterres, said'): the name speaks, not its description. None
    when no person's mention follows the comma or more words follow the name before a mark ("said the lawyer, Ann
    Lee told")."""
    s, e = sp
    text = doc.text
    last = text[s:e].rsplit(" ", 1)[-1]
    if not last[:1].islower() and not (text[s : s + 4] in ("the ", "The ") and _title_head(last)) \
            and last not in _ROLE_ACRONYMS:
        return None  # (a capitalised title after "the" is a description too: "the United Nations Secretary-General";
        # so is a role's acronym: "Another Law and Justice MEP, former interior minister Joachim Brudziński,")
    comma = _COMMA_RE.match(text, e)
    if comma is None:
        return None
    start = comma.end()
    role = _ROLE_BEFORE_NAME_RE.match(text, start)
    if role is not None and (role.group(1) in _APPOSITIVE_ROLE_HEADS or role.group(1) in ROLE_NOUNS
                             or role.group(1) in TITLE_NOUNS or role.group(0).strip() in _INVERTED_SAYING):
        # "the witness, former aide Tyler Beaumont, said": a role before the name; "The law, said Kennedy, had":
        # an inverted attribution inside the sentence (not "the lawyer, who represents Ann Lee, said")
        start = role.end()
    i = bisect.bisect_left(keys, (start, -1))
    if i >= len(mentions) or mentions[i][0] != start or mentions[i][2].type != "person":
        return None
    ms, me = mentions[i][0], mentions[i][1]
    return (ms, me) if _APPOSITIVE_END_RE.match(text, me) else None
