"""A speaker named right after a quotation and followed by a long appositive before the verb, for the quote
scorer's attribution (:mod:`framing.scorers.quote_attribution`): '"...," Tom Hale, the host of the summit in
Dayton, Ohio, told reporters', '"...," Ann Lee, the former mayor who is expected to say whether she will run,
said'. The verbs inside the appositive are not the quotation's; the verb is the first reporting verb right after a
comma."""

from __future__ import annotations

from framing.analysis import Span
from framing.document import Document
from framing.scorers.quote_phrases import _clean
from framing.scorers.quote_verbs import _verb_at

#: Lower-case words that open a role appositive or relative clause after a name ("Hale, the host of ...").
_APPOSITIVE_STARTS = frozenset("the a an who former longtime veteran".split())
#: At most this many words in the name that opens the attribution ("Rep. Ann Marie Lee").
_NAME_MAX = 5


def name_then_appositive(doc: Document, j: int, stop: int, verb_spans: dict[int, Span]
                         ) -> tuple[tuple[int, int] | None, tuple[int, int, str]] | None:
    """(speaker span, verb) when the tokens ``j`` to ``stop`` after a quotation that ends with a comma read
    "NAME, appositive, VERB": capitalised words, a comma, a lower-case appositive opener, and a reporting verb
    right after a later comma. None otherwise."""
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
    if text[spans[e][1] : spans[e + 1][0]].strip() != "," or doc.norm_tokens[e + 1] not in _APPOSITIVE_STARTS \
            or not text[spans[e + 1][0]].islower():
        return None
    for k in range(e + 3, stop):
        if text[spans[k - 1][1] : spans[k][0]].strip() == "," and text[spans[k][0]].islower():
            v = _verb_at(doc, k, verb_spans)
            if v is not None:
                return _clean(doc, (spans[j][0], spans[e][1])), v
    return None
