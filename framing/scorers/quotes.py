"""Quotes and sources, and scare quotes.

Every double-quoted region of the text (:attr:`Document.quotes`, straight or curly, possibly several
sentences long) is either

- a **quote**, with its speaker and reporting verb when the text names them: after the quote
  (``"...," Maduro said``, ``"...?" Bachmann asked``, ``"...," said the minister``, ``"...," according to X``),
  before it (``X said: "..."``, ``X said Friday that "..."``, ``According to X, "..."``, partial quotations such
  as ``X said the plan was "a disaster"`` or ``X called the ruling "wrong"``), or in a clause that closes the
  sentence (``..., NATO chief Anders Rasmussen said.``). Every quotation of a sentence shares the sentence's
  attribution, and a quotation that goes on in the same paragraph (or fills the next paragraph alone) keeps
  its speaker; an embedded tweet's signature and a headline colon ("McCain on ISIS: "...") name a speaker
  without a verb;
- a **scare quote** (:mod:`framing.scorers.scare`): a short unattributed phrase in a scare-quote position; or
- neither: titles, names of shows, products and events, and cited terms.

The verb's kind (``neutral``, ``loaded``, ``factive``, ``hedged``) comes from
:func:`framing.scorers.reporting.verb_kind`; a reporting-verb form that is a noun here ("the report said",
"drug charges", "a Sunday tweet") or a passive participle is no verb. Speaker phrases are cleaned of time words
and numbers and never a determiner, a date or a verb fragment (:func:`framing.scorers.speakers.clean_speaker`);
they resolve to the actors found by the actor scorer when a mention covers the phrase's end, pronouns and "the
president" as :func:`framing.scorers.speakers.resolve_reference` says. Auxiliaries and adverbs before the verb
are not part of the speaker ("The government has said" -> "The government"); in "H of T" the speaker is the head
H when it ends in a name ("Prime Minister Sofia Brandt of neighbouring Costa Verde said" -> "Sofia Brandt"), the
whole phrase when "of" belongs to a title, organisation or role ("the Secretary of State", "the head of the
agency").
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from framing.analysis import Actor, Quote, ScareQuote, Span
from framing.document import Document
from framing.scorers.actors import DESCRIPTIVE_WORDS
from framing.scorers.base import ResultBuilder
from framing.scorers.names import (
    ABBREVIATED_TITLES,
    COMMON_CAPITALISED,
    ORG_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    in_spans,
    link_text_spans,
)
from framing.scorers.reporting import VERB_KINDS, communication_forms, reporting_forms, verb_kind
from framing.scorers.scare import (
    DETERMINERS,
    NO_SPEAKER,
    PARTICLES,
    at_sentence_start,
    cited_clause,
    clause_speaker,
    distancing,
    name_or_term,
    named_thing,
    scare_with_stop,
)
from framing.scorers.scare_model import is_scare_quote
from framing.scorers.speaker_ranker import RuleAttribution, load_ranker
from framing.scorers.speakers import (
    SUBJECT_PRONOUNS,
    TITLE_NOUNS,
    clean_speaker,
    is_identity_description,
    resolve_reference,
)
from framing.tokenize import count_words

__all__ = ["MAX_SCARE_WORDS", "SCARE_QUOTE_WEIGHT", "QuoteScorer", "find_quotes", "source_counts"]

#: Longest quoted phrase (in words) that can be a scare quote.
MAX_SCARE_WORDS = 6
#: Weight of a distancing scare quote as loaded evidence (a mild loaded term's weight).
SCARE_QUOTE_WEIGHT = 0.5
_CLOSERS = "\"”»"
_SPEAKER_STOP = frozenset(
    """in on at to during after before when while as because but and or that who which where adding noting
    saying told said says in a an of for with from by about over into than""".split()
)
#: Auxiliaries and adverbs between a speaker and the verb ("The government has said", "Smith had also said"): not
#: part of the speaker.
#: Auxiliaries alone (an appositive may end right before them: "Leo Varadkar, a gay man, had said").
_AUXILIARIES = frozenset("has have had is was were are will would could should may might must can did does do".split())
_AUX_BEFORE_VERB = _AUXILIARIES | frozenset(
    """been be also not never already previously repeatedly since then later once often always just still even ever
    again being""".split()
)
#: Lower-case heads after which "of" is part of the speaker ("the head of the agency", "a member of parliament").
_OF_NOUNS = frozenset(
    """head heads chief chiefs president leader leaders member members director spokesman spokeswoman spokesperson
    secretary minister chairman chairwoman chair governor mayor ceo founder editor professor one some many most
    all none each both several group team board friends family""".split()
)
_NP_PUNCT_OK = frozenset({"", " ", ". ", ".", "-"})
_WINDOW = 28
#: longer than any actor mention (names, organisations); bounds the look-up of a speaker's mention
_MAX_MENTION_CHARS = 400
_STOP_RE = re.compile(r"(\w+)?\.")
_WORD_RE = re.compile(r"[\w'’-]+")


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


#: Finite verbs that show a comma segment is a clause, not an appositive ("The plan, critics said, was").
_CLAUSE_VERBS = frozenset("said says is was are were has have had will would told".split())
_APPOSITIVE_OPENERS = frozenset(
    "a an the who whose which his her its their one another former longtime veteran".split()
)
_APPOSITIVE_MAX = 20


_ASIDE_MAX = 40
#: A dash-delimited aside between a subject and its verb: words with no sentence end, between spaced dashes.
_DASH_ASIDE_RE = re.compile(r"[ \t](?:--|—|–)[ \t][^-—–.!?;:\n\"“”()]{3,70}[ \t](?:--|—|–)")
_DASH_ASIDE_MAX = 80


def _before_asides(doc: Document, k: int) -> int:
    """The token after the words that end before a parenthesis ("Adam Schiff (D-Calif.) said") or a pasted
    link text ("Tom Perez Thomas Edward PerezClinton's top ... MORE blasted") right before token ``k``."""
    text = doc.text
    pos = doc.token_spans[k][0]
    end = _end_before(text, pos)
    if text[end - 2 : end] == "),":
        pos = end - 1  # "John Edwards (D-N.C.), warned": the parenthesis before the comma
    return _before_asides_at(doc, pos)


def _end_before(text: str, pos: int) -> int:
    """``pos`` moved back over white space (``len(text[:pos].rstrip())`` without copying the text)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _before_asides_at(doc: Document, pos: int, comma: bool = False) -> int:
    """:func:`_before_asides` for the text before offset ``pos`` (after a comma there when ``comma``)."""
    text = doc.text
    if comma:
        pos = _end_before(text, pos)
        if text[pos - 1 : pos] == ",":
            pos -= 1
    links = link_text_spans(text)
    for _ in range(3):
        end = _end_before(text, pos)
        moved = False
        if text[end - 1 : end] == ")":
            op = text.rfind("(", max(0, end - _ASIDE_MAX), end)
            if op > 0 and "\n" not in text[op:end]:
                pos, moved = op, True
        dash = _DASH_ASIDE_RE.search(text, max(0, end - _DASH_ASIDE_MAX), end)
        if dash is not None and dash.end() == end:
            pos, moved = dash.start(), True  # "The president -- in a separate interview for the show -- said"
        if links:
            i = bisect.bisect_right(links, (pos, len(text))) - 1
            if i >= 0 and links[i][1] <= pos and not text[links[i][1] : pos].strip():
                pos, moved = links[i][0], True
        if not moved:
            break
    return bisect.bisect_left(doc.token_starts, pos)


#: Between a quotation and its speaker's name: a role noun phrase and a comma ('"...," a spokeswoman for Amazon,
#: Jane Doe, said').
_ROLE_THEN_NAME_RE = re.compile(r"[,\s]*\b(?:a|an|the)\s[^.;:!?\n\"“”]{1,80},\s+")
def _abbreviation(tok: str) -> bool:
    """A token whose full stop ends no sentence: an abbreviated title ("St.", "Sen.") or an initial ("W.")."""
    return tok in ABBREVIATED_TITLES or (len(tok) == 1 and tok.isupper())


_NAME_LEADS = frozenset("state former then u.s. us".split())


def _name_segment(doc: Document, m: int, k: int) -> bool:
    """Whether tokens ``m``..``k-1`` are a person's name, possibly after a title ("Jane Doe", "state Sen. Mike
    Crane"): at most six words, capitalised but for a few leading words."""
    if not 2 <= k - m <= 6:
        return False
    text = doc.text
    words = [text[s:e] for s, e in doc.token_spans[m:k]]
    while words and words[0].lower() in _NAME_LEADS:
        words = words[1:]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _role_before(doc: Document, h: int, lo: int) -> bool:
    """Whether the words ending at token ``h`` (before an appositive's comma) complete a role noun phrase ("a
    spokeswoman for Amazon", "a legislator who supported the bill") rather than name the speaker ("Warren"): a
    lower-case word precedes them within the clause."""
    j = _walk_back(doc, h, lo)
    spans = doc.token_spans
    return j >= lo and doc.text[spans[j][0]].islower() and not doc.in_quote(*spans[j]) \
        and not doc.text[spans[j][1] : spans[j + 1][0]].strip()  # stopped by a word ("for"), not a comma


_PARTY_TAG_RE = re.compile(r"\b[DRI]-[A-Z][A-Za-z]*\.(?:[A-Z][a-z]*\.?)*")


def _in_party_tag(text: str, pos: int) -> bool:
    """Whether offset ``pos`` (a full stop) lies inside a party tag such as "D-N.Y." or "R-Ky."."""
    m = _PARTY_TAG_RE.search(text, max(0, pos - 8), pos + 12)
    return m is not None and m.start() < pos < m.end()


#: A lower-case adverb in -ly (not a noun such as "family", "ally", "assembly", "rally").
_ADVERB_RE = re.compile(
    r"(?!(?:family|ally|assembly|rally|supply|anomaly|monopoly|belly|bully|jelly|lily)\b)[a-z]{2,}ly")


#: A party tag set off by commas right before a verb: ", D-N.Y., said", ", R-Ky., told".
_PARTY_TAG_BEFORE_RE = re.compile(r",[ \t]*([DRI]-[A-Z][A-Za-z.]{0,10}),[ \t]*\Z")


def _subject_before(doc: Document, k: int, lo: int, of_lo: int | None = None) -> tuple[int, int] | None:
    """The speaker phrase ending just before the verb at token ``k``, skipping an appositive or relative clause
    set off by commas: "Warren, a progressive firebrand, said", "Guaidó, who is backed by Washington, said",
    "Maduro, 62, said" give the name before the first comma."""
    spans = doc.token_spans
    text = doc.text
    if k - 1 > lo and _ADVERB_RE.fullmatch(text[spans[k - 1][0] : spans[k - 1][1]]) and \
            not text[spans[k - 1][1] : spans[k][0]].strip():
        k -= 1  # "Dr. Ben Carson, a neurosurgeon and Fox News contributor, literally called": the verb's adverb
    a = k
    while a - 1 > lo and doc.norm_tokens[a - 1] in _AUXILIARIES and not text[spans[a - 1][1] : spans[a][0]].strip():
        a -= 1
    if a < k and a - 1 > lo and "," in text[spans[a - 1][1] : spans[a][0]]:
        k = a  # "what Leo Varadkar, a gay man, had said": the appositive before the auxiliary
    k2 = _before_asides(doc, k)
    floor = lo if of_lo is None else min(lo, of_lo)
    if floor < k2 < k:
        # "Sen. Jeff Flake (R-Ariz.) called": the name before the parenthesis (or a pasted link text)
        lo = max(floor, min(lo, k2 - 8))
        k = k2
    tag = _PARTY_TAG_BEFORE_RE.search(text, max(0, spans[k][0] - 30), spans[k][0]) if k - 1 >= lo else None
    if tag is not None:
        t0 = bisect.bisect_left(doc.token_starts, tag.start(1))
        if lo < t0 < k:
            # "Senate Minority Leader Chuck Schumer, D-N.Y., said": the name before the party tag
            return _np_backward(doc, t0 - 1, lo, of_lo)
    if k - 1 >= lo and "," in text[spans[k - 1][1] : spans[k][0]]:
        for m in range(k - 1, max(lo, k - 1 - _APPOSITIVE_MAX), -1):
            gap = text[spans[m - 1][1] : spans[m][0]] if m > lo else ""
            if any(c in gap.replace(".),", "),") for c in ".!?;:\n\"“”") and not (
                    gap.strip() == "." and _abbreviation(text[spans[m - 1][0] : spans[m - 1][1]])):
                break  # (not the full stop of "St." in "Isom, who is a former St. Louis police chief, said")
            if "," in gap:
                first = doc.norm_tokens[m]
                name_before = m - 1 >= lo and text[spans[m - 1][0]].isupper()
                role = name_before and not any(doc.norm_tokens[x] in _CLAUSE_VERBS for x in range(m, k))
                if role and _name_segment(doc, m, k) and _role_before(doc, m - 1, lo):
                    # "A spokeswoman for Amazon, Jane Doe, said": the name between the commas, not "Amazon"
                    return spans[m][0], spans[k - 1][1]
                if first in _APPOSITIVE_OPENERS or first.isdigit() or role:
                    before = _before_asides_at(doc, spans[m][0], comma=True)
                    sp = _np_backward(doc, before - 1 if lo < before <= m - 1 else m - 1, lo, of_lo)
                    if sp is None and ")" in gap:
                        # "Rep. Tom Reed (R-N.Y.), a key Trump ally, summarized": the name before the parenthesis
                        p = m - 1
                        while p > lo and "(" not in text[spans[p - 1][1] : spans[p][0]] and m - p < 12:
                            p -= 1
                        if p > lo and "(" in text[spans[p - 1][1] : spans[p][0]]:
                            sp = _np_backward(doc, p - 1, lo, of_lo)
                    if sp is not None:
                        return sp
                break
    return _np_backward(doc, k - 1, lo, of_lo)


#: Reporting-verb forms that are also nouns ("the report said", "drug charges"): read as verbs only after a name,
#: a pronoun or a plural subject, never after a determiner or a possessive.
_NOUN_LIKE_VERBS = frozenset(
    """report reports comment comments answer answers reply replies claim claims charge charges tweet tweets post
    posts vow vows boast boasts warning statement note notes estimate estimates response""".split()
)
#: Verbs that attribute a short evaluative quote to their subject ("Ginsburg called the ruling "wrong"").
_NAMING_VERBS = frozenset({"called", "calls", "calling", "dubbed", "branded", "labeled", "labelled", "deemed",
                           "termed"})
_PARTIAL_REACH = 30
#: An attribution: (speaker phrase span or None, (verb start, verb end, verb kind)).
_Att = tuple[tuple[int, int] | None, tuple[int, int, str]]
#: Lower-case words that can open a speaker phrase right after a quotation ("one official briefed on ...").
_NP_STARTS = frozenset("""a an the this that these those his her its their our one two three four several some many
    most few both senior top""".split())
_TEXT_SUBJECTS = frozenset("it statement letter message note post tweet sign email release memo".split())
_OPENING_PREPOSITIONS = frozenset(
    "in on at after before during with by for from despite amid under rather instead unlike besides beyond".split()
)
_SUBORDINATORS = frozenset("whether if when while although though as because since after before unless".split())
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")
#: Reporting verbs that carry a statement, preferred to a nearer verb inside their complement ("NATO chief says
#: alliance has agreed to create "spearhead" force").
_SPEECH_LEMMAS = frozenset("say tell state write add claim insist argue announce tweet declare".split())
#: An embedded tweet's signature after the quotation: "... — George Gascón (@GeorgeGascon) January 30, 2020".
_TWEET_SIGNATURE_RE = re.compile(r"[^\n]{0,200}?[—–-]+\s*([A-Z][^()\n@]{1,60}?)\s*\(@\w+\)")


_STATE_VERB_BEFORE = frozenset(
    "i we you they to will would could should may might must can did do does not also".split()
)


#: Words before "states" that make it the plural noun, not the verb ("other states", "in states", "the 50 states").
_STATES_NOUN_BEFORE = frozenset(
    """the other some many all several both these those most few various individual member swing red blue border
    neighboring neighbouring gulf united two three four five ten 50 fifty in across of for from to among by with
    and or than sovereign key battleground""".split()
)


#: Nouns for what someone said ("Obama's remarks that he was "elected to stop wars"", "his denunciation of "open
#: borders"", "Paglia's use of the words "blasted and scattered"").
_SPEECH_NOUNS = (
    "remarks?|comments?|words?|claims?|statements?|denunciations?|descriptions?|characteri[sz]ations?|assertions?"
    "|accusations?|insistence|arguments?|warnings?|promises?|pledges?|vows?|calls?|rhetoric|language|phrases?"
    "|tweets?|speech|testimony|criticism|attacks?|complaints?|description|labell?ing|labels?|use of the words?"
    "|use of the (?:term|phrase)|dismissal|praise|plea|demands?|boasts?|quips?|jokes?"
)
#: An adjective or adverb between a possessor and its speech noun (a noun there, "McCabe's lawyers claim", makes
#: the noun's owner someone else).
_MODIFIER = (r"(?:[a-z][\w-]*(?:ly|al|ous|ive|ic|ed|ing|ent|ant|ful|est|less|ible|able)|recent|past|latest|new|own"
             r"|early|first|last|initial|original|public|private|repeated|frequent|now-infamous)")
_POSSESSOR = r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s|s'|s’)|\b(?:[Hh]is|[Hh]er))"
#: A possessor and a speech noun before the quotation, in the same clause: ""X's (recent) remarks (...) that/of "..."".
_POSSESSIVE_SPEECH_BEFORE_RE = re.compile(
    r"(" + _POSSESSOR + r")\s+(?:" + _MODIFIER + r",?\s+){0,3}?(" + _SPEECH_NOUNS + r")\b"
    r"(?:\s+(?:of|that|about|on|to|against|for|in which)\b[^.;:!?\"“”]{0,60}?)?\s*[\"“‘]$"
)
#: The speech noun right after the quotation: "Mrs. Clinton's deeply disturbing "deplorables" comment".
_POSSESSIVE_SPEECH_AROUND_RE = re.compile(r"(" + _POSSESSOR + r")\s+(?:" + _MODIFIER + r"\s+){0,3}[\"“‘]$")
_SPEECH_NOUN_AFTER_RE = re.compile(r"\s+(?:" + _SPEECH_NOUNS + r")\b")
#: What may come right before a possessor that opens its clause (the clause's subject, not a verb's object).
_CLAUSE_OPENING_RE = re.compile(r"(?:[,;:(—–]|\b(?:that|but|as|while|since|because|though|although|yet))\s*$")
#: ", in X's words" right after the quotation.
_IN_WORDS_AFTER_RE = re.compile(r"[,\s]*in (" + _POSSESSOR + r") (?:own )?words\b")


def _possessive_speech(doc: Document, qs: int, qe: int) -> tuple[tuple[int, int], tuple[int, int, str]] | None:
    """(possessor span, speech noun span) when the quotation is what a named or pronoun possessor said, by a speech
    noun: "Obama's remarks that he was "elected to stop wars"", "Mrs. Clinton's "deplorables" comment",
    ""baptism by gunfire," in Paglia's words". The possessor span excludes the "'s"."""
    text = doc.text
    si = doc.sentence_index(qs)
    ss = max(doc.sentences[si][0] if si >= 0 else 0, qs - 160)
    before = text[ss : qs + 1]
    m = _POSSESSIVE_SPEECH_BEFORE_RE.search(before)
    m3 = None
    if m is not None:
        ps, pe = ss + m.start(1), ss + m.end(1)
        noun = (ss + m.start(2), ss + m.end(2), "neutral")
    else:
        m2 = _POSSESSIVE_SPEECH_AROUND_RE.search(before)
        after = _SPEECH_NOUN_AFTER_RE.match(text, qe) if m2 is not None else None
        m3 = _IN_WORDS_AFTER_RE.match(text, qe)
        if m2 is not None and after is not None:
            ps, pe = ss + m2.start(1), ss + m2.end(1)
            noun = (after.start() + 1, after.end(), "neutral")
        elif m3 is not None:
            ps, pe = m3.start(1), m3.end(1)
            noun = (m3.start(), m3.end(), "neutral")
        else:
            return None
    if doc.in_quote(ps, pe):
        return None
    lead = text[doc.sentences[si][0] if si >= 0 else 0 : ps]
    if m is not None and lead.strip(" \"“‘") and not _CLAUSE_OPENING_RE.search(lead):
        # "Flake called Trump's remarks "kind of appalling"": the object of another's verb (a quotation between
        # the possessor and the noun is the possessor's in any case: 'with Mrs. Clinton's "deplorables" comment')
        return None
    if text[pe - 2 : pe] in ("'s", "’s"):
        pe -= 2
    elif text[pe - 1 : pe] in ("'", "’"):
        pe -= 1
    return (ps, pe), noun


def _is_noun_use(doc: Document, i: int) -> bool:
    """Whether the reporting-verb form at token ``i`` is a noun here ("the report", "drug charges")."""
    tok = doc.norm_tokens[i]
    if tok == "state":
        # "state senator", "the state said": a noun, unless a subject pronoun or an auxiliary comes before
        return i == 0 or doc.norm_tokens[i - 1] not in _STATE_VERB_BEFORE
    if tok == "states" and i > 0 and (doc.norm_tokens[i - 1] in _STATES_NOUN_BEFORE
                                      or doc.norm_tokens[i - 1].endswith("ern")):
        return True  # "in other states", "the 50 states", "southern states": the noun
    if tok not in _NOUN_LIKE_VERBS or i == 0:
        return False
    prev = doc.norm_tokens[i - 1]
    gap = doc.text[doc.token_spans[i - 1][1] : doc.token_spans[i][0]]
    if gap.strip() and gap.strip() in ("”", '"', "’", "'"):
        return True  # right after a quotation with no comma: the noun the quoted words name ("deplorables" comment)
    if gap.strip():
        return False  # punctuation between: the verb opens a clause ("..., reports Reuters")
    if prev in _NOUN_PREPOSITIONS:
        return True  # a preposition's object: "who's in charge", "on drug charges", "for comment"
    if prev in DETERMINERS or prev == "'s" or prev.endswith("'s"):
        return True
    if not tok.endswith("s") and i >= 2 and doc.norm_tokens[i - 2] in DETERMINERS and prev not in _PRONOUN_TOKENS:
        return True  # "a Sunday tweet", "the new report" (but "The study estimates")
    prev_surface = doc.text[doc.token_spans[i - 1][0] : doc.token_spans[i - 1][1]]
    if tok.endswith("s") and prev_surface[:1].islower() and prev not in ("it", "he", "she", "who", "which") \
            and not (i >= 2 and doc.norm_tokens[i - 2] in DETERMINERS):
        return True  # "on drug charges" (but "The study estimates": a determiner opens the subject)
    return False


_PRONOUN_TOKENS = frozenset("he she it they we i you who which".split())
_NOUN_PREPOSITIONS = frozenset("in on of for with without under against from about into upon".split())
_BE_FORMS = frozenset("is was were are be been being".split())


def _is_passive(doc: Document, i: int) -> bool:
    """"is criminally charged", "was told": a passive participle reports no speaker's words."""
    tok = doc.norm_tokens[i]
    if not (tok.endswith("ed") or tok in ("told", "said", "written")):
        return False
    j = i - 1
    while j >= 0 and ((doc.norm_tokens[j].endswith("ly") and len(doc.norm_tokens[j]) > 4)
                      or doc.norm_tokens[j] in ("then", "also", "now", "still", "not", "often")):
        j -= 1  # "was widely reported", "are then reminded"
    return j >= 0 and doc.norm_tokens[j] in _BE_FORMS


def _verb_at(doc: Document, i: int, verb_spans: dict[int, Span]) -> tuple[int, int, str] | None:
    """A reporting verb at token ``i``: (start, end, kind)."""
    if _is_noun_use(doc, i) or _is_passive(doc, i):
        return None
    s, e = doc.token_spans[i]
    if doc.text[s].isupper() and i > 0 and doc.sentence_index(s) == doc.sentence_index(doc.token_spans[i - 1][0]):
        return None  # capitalised inside a sentence: a name ("Islamic State", "Secretary of State")
    span = verb_spans.get(s)
    if span is not None:
        kind = verb_kind(doc.text[s:e], span.category) if span.end == e else verb_kind("", span.category)
        if kind is not None:
            return span.start, span.end, kind
    kind = verb_kind(doc.norm_tokens[i])
    if kind is not None:
        return s, e, kind
    if doc.norm_tokens[i] in _POINT_FORMS and i + 2 < len(doc.norm_tokens) and doc.norm_tokens[i + 1] == "out" \
            and doc.norm_tokens[i + 2] == "that":
        return s, doc.token_spans[i + 1][1], "neutral"  # "Romney also pointed out that the media "looks at ...""
    return None


_POINT_FORMS = frozenset("point points pointed pointing".split())
#: ', as she puts it' / ', as Palin put it' right after a quotation: the quotation's speaker.
_AS_PUT_IT_RE = re.compile(
    r"[,\s]*as[ \t]+((?:he|she|they|I|we|(?:(?:the|[A-Z][\w.'’-]*)[ \t]+){0,3}[A-Z][\w'’-]+))[ \t]+"
    r"(?:(?:once|later|recently|memorably|famously)[ \t]+)?(puts|put|putting|phrased|phrases|said|says|wrote|writes)"
    r"[ \t]+it\b")


#: A passive verb of naming right before a quotation ("was billed as a "...", "has been called "..."") ...
_PASSIVE_NAMING_BEFORE_RE = re.compile(
    r"\b(?:is|was|were|are|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?(billed|described|called|labell?ed|dubbed|branded|"
    r"termed|touted|characteri[sz]ed|hailed|derided|denounced|condemned|critici[sz]ed|praised)"
    r"(?:[ \t]+as)?(?:[ \t]+(?:a|an|the))?[ \t]*\Z")
#: ... and its agent right after it: a name, or a name's noun ("by Hale's campaign", "by Sen. Ann Lee").
_BY_AGENT_AFTER_RE = re.compile(
    r"[,]?[ \t]+by[ \t]+((?:the[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w-]*(?:(?:'s|’s)[ \t]+[a-z]+)?)\b")


def _passive_agent(doc: Document, qs: int, qe: int) -> _Att | None:
    """(agent span, verb) of a quotation named in a passive with its agent after it ('The event was billed as a
    "press conference" by Hale's campaign'): the agent said it. None without both the passive verb of naming right
    before the quotation and "by" and a capitalised agent right after it."""
    before = _PASSIVE_NAMING_BEFORE_RE.search(doc.text, max(0, qs - 60), qs)
    if before is None:
        return None
    after = _BY_AGENT_AFTER_RE.match(doc.text, qe)
    if after is None:
        return None
    return _clean(doc, after.span(1)), (before.start(1), before.end(1), "neutral")


def _clean(doc: Document, sp: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if sp is None else clean_speaker(doc, sp[0], sp[1])


#: Words after "'s" that make it "has" or "is" ("Krauthammer's long been read", "Trump's not happy").
_CONTRACTION_NEXT = frozenset("been got gotten not never always long already also still just now going".split())


def _participle_opener(doc: Document, k: int, hi: int) -> bool:
    """Whether token ``k`` is a reporting verb's past participle opening a sentence before a lower-case word
    ("Asked specifically whether ..., Mr. Trump was", "Pressed on the issue, she said"): no subject."""
    toks = doc.norm_tokens
    if not (toks[k].endswith("ed") and k + 1 < hi and doc.text[doc.token_spans[k][0]].isupper()
            and doc.text[doc.token_spans[k + 1][0]].islower()):
        return False
    return toks[k] in communication_forms()


def _sentence_subject(doc: Document, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject at the start of a sentence (tokens ``lo`` to ``hi``), for a participle after a comma
    ("Rasmussen toned down his remarks, saying ..."): the words up to the first lower-case verb-like word."""
    toks = doc.norm_tokens
    k = lo
    while k < hi and toks[k] in ("but", "and", "however", "meanwhile", "still", "yet", "so"):
        k += 1
    dateline = _DATELINE_RE.match(doc.text, doc.token_spans[k][0]) if k < hi else None
    if dateline is not None:
        k = bisect.bisect_left(doc.token_starts, dateline.end())  # "NEW YORK — Hillary Clinton's campaign is ..."
        if k >= hi:
            return None
    label = _LABEL_OPENING_RE.match(doc.text, doc.token_spans[k][0]) if k < hi else None
    if label is not None:
        k = bisect.bisect_left(doc.token_starts, label.end())  # "JANE DOE: Editor Mark Hale described ..."
        if k >= hi:
            return None
    if doc.in_quote(doc.token_spans[k][0], doc.token_spans[k][1]) if k < hi else True:
        return None  # the sentence opens with a quotation: its own attribution covers the sentence
    if toks[k] in _SUBORDINATORS or toks[k] in _OPENING_PREPOSITIONS or toks[k] in _ADVERBIAL_OPENERS or (
            doc.text[doc.token_spans[k][0]].islower() and _verb_like(toks[k])) or (
            toks[k].endswith("ing") and len(toks[k]) > 4) or _participle_opener(doc, k, hi):
        # "But pressed by reporters on what NATO would offer, Rasmussen toned down ...", "Speaking in a video,
        # Brand segued": after the first comma outside quotations ('Since calling Cohen "an honest, honorable
        # lawyer" in May, Giuliani has ...')
        commas = [m for m in range(k + 1, hi) if "," in doc.text[doc.token_spans[m - 1][1] : doc.token_spans[m][0]]
                  and not doc.in_quote(doc.token_spans[m - 1][1], doc.token_spans[m - 1][1] + 1)]
        if not commas:
            return None
        k = _after_subordinate_clause(doc, k, commas)
        while k + 1 < hi and toks[k] in _DISCOURSE_ADVERBS and "," in doc.text[doc.token_spans[k][1] :
                                                                                doc.token_spans[k + 1][0]]:
            k += 1  # "On Friday, though, Trump proclaimed ..."
    sp = _np_forward(doc, k, hi)
    if sp is None:
        return None
    e_tok = doc.token_index(sp[1] - 1)
    if e_tok + 1 < hi and toks[e_tok + 1] == "'s":
        if e_tok + 2 < hi and toks[e_tok + 2] in _CONTRACTION_NEXT:
            return _clean(doc, sp)  # "Krauthammer's long been widely read": "'s" is "has" or "is", not possessive
        more = _np_forward(doc, e_tok + 2, hi)  # "CNN's media guru Stelter didn't ...": the head follows
        if more is not None:
            sp = (sp[0], more[1])
    # keep capitalised words and determiners + nouns; stop at the first lower-case word after a capitalised one
    j = k
    end_tok = doc.token_index(sp[1] - 1)
    last = j
    while j <= end_tok:
        w = doc.text[doc.token_spans[j][0] : doc.token_spans[j][1]]
        if j > k and w[:1].islower() and toks[j - 1] not in DETERMINERS and toks[j - 1] != "'s" and not (
                toks[j] in TITLE_NOUNS and j < end_tok and doc.text[doc.token_spans[j + 1][0]].isupper()) and (
                (doc.text[doc.token_spans[j - 1][0]].isupper() and toks[j] not in DESCRIPTIVE_WORDS
                 and not (toks[j].endswith(_AGENT_PLURAL_ENDINGS) and toks[j] not in communication_forms()))
                or (_verb_like(toks[j]) and not (toks[j - 1].endswith("ly") and j - 1 > k))):
            # (after an adverb that follows the phrase's first word, an -ed word is an adjective: "a visibly
            # frustrated Biden")
            break  # "Rasmussen toned down", "The order goes on" (not "personal Trump attorney Jay Sekulow")
        last = j
        j += 1
    if toks[k] in ("a", "an", "the") and last + 1 < hi and doc.text[doc.token_spans[last + 1][0]].islower():
        # "A Georgia legislator who supported the bill, state Sen. Mike Crane, called ...": the name in apposition
        app = _APPOSITIVE_NAME_RE.match(doc.text, doc.token_spans[last + 1][1])
        if app is not None and app.end(1) <= doc.token_spans[hi - 1][1]:
            return _clean(doc, app.span(1))
    return _clean(doc, (doc.token_spans[k][0], doc.token_spans[last][1]))


def _after_subordinate_clause(doc: Document, k: int, commas: Sequence[int]) -> int:
    """The token after the comma that closes a sentence's opening phrase at token ``k`` (``commas``: the tokens
    after its commas outside quotations). A clause opened by a subordinator ends after its own verb, not at a comma
    inside its subject ("After Sen. Ann Ray, R-Utah, said it was "wrong", Lee hit back, calling her ..."); a
    phrase without a verb ("In Ohio, Lee said") at the first comma."""
    toks = doc.norm_tokens
    if toks[k] in _SUBORDINATORS:
        for m in commas:
            if any(doc.text[doc.token_spans[t][0]].islower() and _verb_like(toks[t]) for t in range(k + 1, m)):
                return m
    return commas[0]


#: A transcript's speaker label opening a sentence ("JANE DOE: Editor Mark Hale said ..."): the sentence that
#: follows reports someone else's words in its own clause; the label is not its subject.
_LABEL_OPENING_RE = re.compile(r"(?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z'’-]*[A-Z][ \t]*:[ \t]+(?=[A-Z])")
#: A dateline opening a sentence: capitals (a city, a state, an agency in parentheses), then a dash.
_DATELINE_RE = re.compile(r"[A-Z][A-Z.'’-]*(?:[ ,]+[A-Z][A-Z.'’-]*)*(?:\s*\([^()\n]{1,20}\))?\s*(?:—|–|--)\s*")
#: Words that open an adverbial phrase before a sentence's subject ("Less than a week after ..., Sekulow had to").
_ADVERBIAL_OPENERS = frozenset(
    "less more nearly almost just only shortly soon moments hours days weeks months years minutes earlier late "
    "early".split()
)
_APPOSITIVE_NAME_RE = re.compile(
    r"(?:[ \t]+(?:who|that)[ \t][^,.;:\n]{1,80})?,[ \t]+((?:(?:state|former|then)[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]+),[ \t]"
)
_DISCOURSE_ADVERBS = frozenset("though however meanwhile instead too also then still nonetheless".split())
_VERB_LIKE = frozenset("is was are were has have had goes went says said does did will would can could may might "
                       "sought took made got came gave kept".split()) | frozenset(
    # common irregular past forms of English verbs ("The speech began on a sympathetic note, declaring ...")
    """began became brought built bought caught chose drew drove fell felt fought found forgot grew held hid hit
    knew laid led left lent let lost meant met paid put ran rang rose saw sent set shook shot showed sold spent
    spoke stood stole struck swore taught thought threw told understood woke won wore wrote""".split())
#: Plural agent nouns after a capitalised word continue a noun phrase ("Black politicians across the country
#: have stepped forth", "Senate Republicans"), where a lower-case verb would end it ("Rasmussen toned down").
_AGENT_PLURAL_ENDINGS = ("ians", "ists", "ers", "ors", "ants", "ents", "crats", "cans", "ives", "als", "ees")


def _verb_like(tok: str) -> bool:
    """A lower-case word that most likely is a verb after a noun ("goes", "briefed", "toned")."""
    return tok in _VERB_LIKE or (tok.endswith("ed") and len(tok) > 4)


def _clause_subject(doc: Document, lo: int, k: int) -> tuple[int, int] | None:
    """The subject of the clause holding the verb at token ``k``: the noun phrase after the last clause boundary
    before it (a comma, "while", "whereas", "but"), or at the sentence start ("Oli has in the past accused";
    "..., while Senate Leader Chuck Schumer took to the floor to say")."""
    toks = doc.norm_tokens
    text = doc.text
    b = lo
    for m in range(k - 1, lo, -1):
        if toks[m] in ("while", "whereas", "but") or any(c in text[doc.token_spans[m - 1][1] : doc.token_spans[m][0]]
                                                            for c in ",;"):
            b = m + 1 if toks[m] in ("while", "whereas", "but") else m
            break
    if b >= k:
        return None
    sp = _sentence_subject(doc, b, k)
    if sp is None and b > lo:
        sp = _sentence_subject(doc, lo, k)  # "Trump has led ..., and has claimed that": a coordinated verb
    return sp


#: Reporting verbs never inverted with their subject: the noun phrase after them is the hearer ('"...," told
#: viewers' has no speaker after the verb).
_OBJECT_FIRST_VERBS = frozenset("told tell tells telling informed assured reminded".split())
_SAID_FORMS = frozenset("said says told added wrote tweeted asked".split())


def _name_then_said(doc: Document, j: int) -> bool:
    """Whether one to three capitalised words and "said" follow at token ``j`` ('"... any voters." Trump said at
    a campaign event'): an attribution after a quotation that closes with a full stop by mistake."""
    toks = doc.norm_tokens
    text = doc.text
    for n in (1, 2, 3):
        if j + n >= len(toks):
            return False
        if not text[doc.token_spans[j + n - 1][0]].isupper():
            return False
        if toks[j + n] in _SAID_FORMS:
            return text[doc.token_spans[j + n][1] : doc.token_spans[j + n][1] + 1] in (" ", ",", ".")
    return False


def _said_before_participle(doc: Document, lo: int, k: int) -> tuple[int, int] | None:
    """The subject of a verb of saying right before the comma that precedes the participle at token ``k``
    ('"...," she said, adding: "..."'): who said it adds it, not the subject the sentence opens with."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    if k - 2 < lo or toks[k - 1] not in _SAID_FORMS or "," not in doc.text[spans[k - 1][1] : spans[k][0]]:
        return None
    sp = _clean(doc, _subject_before(doc, k - 1, lo))
    if sp is not None:
        first = doc.token_index(sp[0])
        if toks[first] not in ("the", "a", "an") and first > lo and toks[first - 1] in ("the", "a", "an"):
            first -= 1
        if first > lo and toks[first - 1] in _NOUN_PREPOSITIONS:
            # "Sessions, R-Ala., ranking Republican on the Senate Budget Committee said": a preposition's object
            return None
    return sp


def _pronoun_before_participle(doc: Document, lo: int, k: int) -> tuple[int, int] | None:
    """A he/she/they subject a few words before a participle with no comma between ("the remarks she made in Los
    Angeles telling supporters to "push back""): the participle goes with that clause."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    # "by saying" goes with its whole clause, however long the object before it ("when he took a key issue off
    # the table by saying he was "sick""): a longer reach
    reach = _BY_PARTICIPLE_REACH if k - 1 >= lo and toks[k - 1] == "by" else 8
    for t in range(k - 1, max(lo, k - reach) - 1, -1):
        if any(c in doc.text[spans[t][1] : spans[t + 1][0]] for c in ",;:()\"“”"):
            return None
        if toks[t] in SUBJECT_PRONOUNS:
            return spans[t]
    return None


_BY_PARTICIPLE_REACH = 16


def _with_subject(doc: Document, lo: int, k: int) -> tuple[int, int] | None:
    """The subject of an absolute "with X saying" before the participle at token ``k`` ("..., with GOP nominee
    Mitt Romney saying, "..."): the noun phrase between "with" and the participle, not the sentence's subject."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    for t in range(k - 1, max(lo, k - 8) - 1, -1):
        if any(c in doc.text[spans[t][1] : spans[t + 1][0]] for c in ",;:()\"“”"):
            return None
        if toks[t] == "with":
            # (after a comma or opening the sentence: "met with reporters saying" is no absolute phrase)
            opens = t == 0 or any(c in doc.text[spans[t - 1][1] : spans[t][0]] for c in ",;:—–\n")
            if not opens or t + 1 >= k or any(toks[x].endswith("ing") for x in range(t + 1, k)):
                return None  # ("with the first lady saying stating": no noun phrase)
            return _clean(doc, (spans[t + 1][0], spans[k - 1][1]))
    return None


def _object_tail(doc: Document, k: int, qs: int, tail: str) -> bool:
    """Whether the words between a reporting verb (token ``k``) and a full quotation that opens with a capital
    are only its object or a place ("told reporters "I never ...", "wrote in a letter to the agency "This
    ..."): a quotation introduced without a colon."""
    inner = doc.text[qs + 1 : qs + 3].lstrip(" .…[")
    if not inner[:1].isupper() or count_words(tail) > 8 or any(c in tail for c in ",.!?;:\"“”()"):
        return False
    hit = reporting_forms().get(doc.norm_tokens[k])
    if hit is None or hit[0] not in _SPEECH_LEMMAS | {"reply", "ask", "respond"}:
        return False  # "blasted out an e-mail with the headline "...", "one titled "...": not a speech verb
    hi = bisect.bisect_left(doc.token_starts, qs)
    return not any(doc.norm_tokens[t] in _CLAUSE_VERBS or doc.norm_tokens[t] in ("that", "which", "who")
                   for t in range(k + 1, hi))


def _attribute(doc: Document, qs: int, qe: int, short: bool, partial: bool, verb_spans: dict[int, Span],
               quote_starts: Sequence[int]) -> _Att | None:
    """(speaker span or None, (verb start, verb end, kind)) for the quote ``[qs, qe)``, if attributed in its own
    sentence: after it ('"...," X said', '"...?" X asked', '"...," said X', '"...," according to X') or before it
    ('X said: "..."', 'X said Friday that "..."', 'X said the plan was "a disaster"', 'According to X, "..."')."""
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    n_tok = len(spans)
    put_it = _AS_PUT_IT_RE.match(text, qe)
    if put_it is not None:
        return _clean(doc, put_it.span(1)), (put_it.start(2), put_it.end(2), "neutral")
    agent = _passive_agent(doc, qs, qe)
    if agent is not None:
        return agent
    # after the quote, within its sentence
    j = bisect.bisect_left(doc.token_starts, qe)
    nxt_q = bisect.bisect_left(quote_starts, qe)
    limit = quote_starts[nxt_q] if nxt_q < len(quote_starts) else len(text)
    stop = j
    paren_end = -1
    while stop < n_tok and stop - j < _WINDOW and spans[stop][0] < limit:
        if stop > j:
            gs = spans[stop - 1][1]
            gap = text[gs : spans[stop][0]]
            if gs < paren_end:
                # inside a short parenthesis ("Rep. Adam Schiff (D-Calif.), who chairs ..., said")
                if any(c in text[paren_end : spans[stop][0]] for c in ".!?\n;"):
                    break
            elif "(" in gap and "\n" not in gap and stop - 1 > j:
                close = text.find(")", gs, gs + _ASIDE_MAX)
                if close < 0 or "\n" in text[gs:close]:
                    break
                paren_end = close + 1
            elif any(c in gap for c in "\n;(") or (
                any(c in gap for c in ".!?") and not _abbreviation(text[spans[stop - 1][0] : spans[stop - 1][1]])
                and not _in_party_tag(text, gs)
            ):
                break
        stop += 1
    inner_end = text[qs:qe].rstrip(_CLOSERS + "’ ")[-1:]
    if j < stop:
        lead = text[qe : spans[j][0]]
        ends_sentence = inner_end in ".…" and not text[spans[j][0]].islower() and not _name_then_said(doc, j)
        # a partial quotation that runs on into its sentence with no mark between ('he was "sorry" Americans are
        # losing plans he said', '"a total catastrophe" and his Department lambasted it') is not attributed by a
        # verb further on: only by one right after it ('"media chatter," said X', '"sorry" said X')
        run_on = partial and inner_end not in ",.!?…;:—-" and not lead.strip()
        reach = j + _WINDOW - 2
        if run_on and toks[j] in ("and", "but", "or", "while", "whereas", "as", "because", "which", "who"):
            reach = j
        if not ends_sentence and not any(c in lead for c in ".!?\n"):
            for k in range(j, min(stop, reach)):
                if run_on and k > j and (toks[k - 1] in _RUN_ON_VERBS or toks[k].endswith("ing")):
                    break  # a finite verb between: the quotation's words go on in a new clause; a participle
                    # further on has no subject there ('to "dominate" the street, warning that')
                v = _verb_at(doc, k, verb_spans)
                if v is None and toks[k] in ("read", "reads") and k > j and toks[k - 1] in _TEXT_SUBJECTS:
                    v = (spans[k][0], spans[k][1], "neutral")  # '"...," the statement read'
                if v is None:
                    if toks[k] == "according" and k + 1 < stop and toks[k + 1] == "to":
                        return _clean(doc, _np_forward(doc, k + 2, stop)), (spans[k][0], spans[k + 1][1], "neutral")
                    continue
                vend_tok = doc.token_index(v[1] - 1)
                if k == j and toks[k].endswith("ing") and toks[k] != "according":
                    # '"...," adding the hashtag #X': the participle's subject opens the sentence
                    s0 = _sentence_first_token(doc, doc.sentence_index(qs))
                    sp = _sentence_subject(doc, s0, bisect.bisect_left(doc.token_starts, qs)) if s0 < k else None
                elif k == j:
                    fwd = _np_forward(doc, vend_tok + 1, stop)
                    if fwd is not None:
                        e_tok = doc.token_index(fwd[1] - 1)
                        if e_tok + 2 < stop and toks[e_tok + 1] == "'s":
                            more = _np_forward(doc, e_tok + 2, stop)  # "says Greenpeace's Radford": the head
                            if more is not None:
                                fwd = (fwd[0], more[1])
                        elif e_tok + 1 < stop and text[fwd[1] : spans[e_tok + 1][0]] in ("’ ", "' "):
                            more = _np_forward(doc, e_tok + 1, stop)  # "said House Veterans' Affairs Committee
                            if more is not None:  # Chairman Jeff Miller"
                                fwd = (fwd[0], more[1])
                    sp = None if toks[k] in _OBJECT_FIRST_VERBS else _clean(doc, fwd)
                    if sp is None and ("," in lead or inner_end == ",") and vend_tok + 1 < n_tok and \
                            toks[vend_tok + 1] == "that":
                        # 'Buttigieg has called Pence a "...," argued that ...': a verb coordinated with the
                        # sentence's own (an inverted attribution has its speaker after the verb, never "that")
                        q_tok = bisect.bisect_left(doc.token_starts, qs)
                        s0 = _sentence_first_token(doc, doc.sentence_index(qs))
                        sp = _sentence_subject(doc, s0, q_tok) if s0 < q_tok else None
                else:
                    if toks[k - 1] in ("and", "but", "or") and k - 1 > j:
                        # '"absolutely not" a mistake to sign the law -- and noted that': a verb coordinated with
                        # the sentence's own, not one whose subject follows the quotation
                        break
                    sp = _subject_before(doc, k, j)
                    if sp is not None and sp[0] != spans[j][0]:
                        # "abuse victim and campaigner William Gorry said": descriptors before the name
                        between = text[qe : sp[0]]
                        lows = [t for t in toks[j : doc.token_index(sp[0])] if t != "and"]
                        if lows[:1] == ["as"]:
                            lows = lows[1:]  # '"everyone can relax," as the New York Times states'
                        if lows and lows[-1] in ("that", "which"):
                            lows = lows[:-1]  # the "torture facilities" conditions that Dr. Sevier reported
                        if not (any(c.isupper() for c in text[sp[0] : sp[1]]) and len(lows) <= 4
                                and not any(t in _SPEAKER_STOP for t in lows)
                                and not any(c in between[1:] for c in ",.;:!?")) \
                                and not _ROLE_THEN_NAME_RE.fullmatch(between):
                            sp = None
                    if sp is None:
                        # "one official briefed on the investigation said": the noun phrase right after the quote
                        fwd = _sentence_subject(doc, j, k) if (
                            toks[j] in _NP_STARTS or text[spans[j][0]].isupper()) else None
                        if fwd is not None and fwd[0] == spans[j][0] and \
                                not any(c in text[qe + 1 : spans[k][0]] for c in ",;:.!?()"):
                            sp = fwd
                    if sp is None:
                        break  # the words between the quote and the verb are not its subject
                    sp = _clean(doc, sp)
                    if sp is None:
                        break
                return sp, v
    # before the quote
    si = doc.sentence_index(qs)
    s_start = doc.sentences[si][0] if si >= 0 else 0
    i_hi = bisect.bisect_left(doc.token_starts, qs) - 1
    colon = text[_end_before(text, qs) - 1 : _end_before(text, qs)] == ":"
    if s_start >= qs and si > 0 and colon:
        s_start = doc.sentences[si - 1][0]  # 'In his statement, Deal said:\n\n"..."'
    prev_q = bisect.bisect_left(quote_starts, qs) - 1
    if prev_q >= 0:
        s_start = max(s_start, _quote_end(doc, prev_q))
    s_lo = bisect.bisect_left(doc.token_starts, s_start)
    reach = _PARTIAL_REACH if (short or partial) else (16 if colon else 8)
    i_lo = max(s_lo, i_hi - reach)
    for k in range(i_hi, i_lo - 1, -1):
        if toks[k] == "according" and k + 1 <= i_hi and toks[k + 1] == "to":
            return _clean(doc, _np_forward(doc, k + 2, i_hi + 1)), (spans[k][0], spans[k + 1][1], "neutral")
        v = _verb_at(doc, k, verb_spans)
        naming = v is None and toks[k] in _NAMING_VERBS and (short or partial) and k < i_hi \
            and toks[k + 1] not in ("for", "on", "out", "up", "off", "in")
        weak = False
        if v is None and not naming and (short or partial) and _governing_verb(doc, k, qs):
            naming = weak = True  # "Lower courts ruled that Buck lacked the "extraordinary circumstances""
        if v is None and not naming:
            continue
        if v is None:
            v = (spans[k][0], spans[k][1], "neutral")
        if not (short or partial):
            tail = text[spans[k][1] : qs].strip()
            if tail not in ("", ":", ",", "that") and not _object_tail(doc, k, qs, tail):
                if not tail.endswith((":", ",", "that")) or count_words(tail) > (15 if colon else 10) \
                        or _SENTENCE_END_RE.search(tail):
                    continue
        k_outer = _outer_speech_verb(doc, k, s_lo, verb_spans)
        if k_outer is not None:
            k, v = k_outer
        s_first = _sentence_first_token(doc, si)
        if toks[k].endswith("ing") and k > min(s_lo, s_first) and toks[k - 1] not in _AUX_BEFORE_VERB:
            # the participle's subject opens the sentence, even when a quotation came before it in the sentence
            # ('He ordered mayors to "dominate" the street, warning that "..."', 'X blasted Pence on "This Week,"
            # saying that ...')
            sp = _with_subject(doc, s_lo, k) or _said_before_participle(doc, s_lo, k) or \
                _pronoun_before_participle(doc, s_lo, k) or _sentence_subject(doc, min(s_lo, s_first), k)
            # "Rasmussen toned down his remarks, saying ..."; "remarks she made in Los Angeles telling ..."
        else:
            sp = _clean(doc, _subject_before(doc, k, max(s_lo, k - 22), s_lo))
            if sp is not None and any(_verb_like(toks[t]) and text[spans[t][0]].islower()
                                      and text[spans[t - 1][0]].isupper() and t - 1 > doc.token_index(sp[0])
                                      for t in range(doc.token_index(sp[0]) + 1, doc.token_index(sp[1] - 1) + 1)):
                sp = None  # "Dana Whitfield skipped the memo, blamed ...": a clause, not a noun phrase
            if sp is not None and not any(c.isupper() for c in text[sp[0] : sp[1]]) and k > s_lo and \
                    "," in text[spans[k - 1][1] : spans[k][0]] and doc.norm_tokens[doc.token_index(sp[0])] \
                    not in DETERMINERS | {"he", "she", "they", "it", "we", "i"}:
                sp = None  # "... by name, blamed commenters": a coordinated verb, its subject opens the clause
            if sp is None and k > s_lo and toks[k - 1] in ("who", "which") and \
                    "," in text[spans[k - 2][1] : spans[k - 1][0]]:
                sp = _clean(doc, _np_backward(doc, k - 2, max(s_lo, k - 14), s_lo))  # "Bannon, who told Axios"
                sp = _before_role_appositive(doc, sp, s_lo)
            if sp is None:
                sp = _clause_subject(doc, s_lo, k)  # "Oli has in the past accused ...": the clause's subject
            if sp is None and k > s_lo and toks[k - 1] == "and":
                # 'the pope sought forgiveness over the "open wound" ... and demanded "firm" measures': a verb
                # coordinated after an earlier quotation of the sentence shares the sentence's subject
                s_first = _sentence_first_token(doc, si)
                if s_first < s_lo:
                    sp = _clause_subject(doc, s_first, k)
            sp = _who_and_subject(doc, k, s_lo) or sp
            if k == s_first:
                sp = _inverted_subject(doc, k, qs) or sp
        sp = _past_aside(doc, sp, s_lo)
        if weak and sp is None:
            return None  # a verb of judging with no subject found: leave it to the clause's speaker search
        return sp, v
    return None


#: The speaker after a sentence-opening verb of saying, up to the colon before the quotation ("Wrote NBC News'
#: Ann Lee: "..."); a possessor before the name ("NBC News'") is left out.
_INVERTED_SUBJECT_RE = re.compile(
    r"[ \t]+(?:[^:;.!?\"“”\n]{0,40}?(?:'s|’s|'|’)[ \t]+)?([A-Z][^:;,.!?\"“”\n']{1,50}?)[ \t]*:[ \t]*\Z")


def _inverted_subject(doc: Document, k: int, qs: int) -> tuple[int, int] | None:
    """The speaker of a verb of saying that opens its sentence, inverted before a colon ("Wrote NBC News' Ann Lee:
    "..."", "Added the mayor: "...""); None unless the verb is capitalised and a capitalised phrase ends at the
    colon right before the quotation."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    if toks[k] not in _SAID_FORMS or not doc.text[spans[k][0]].isupper():
        return None
    m = _INVERTED_SUBJECT_RE.match(doc.text, spans[k][1], _end_before(doc.text, qs))
    return _clean(doc, m.span(1)) if m is not None else None


def _who_and_subject(doc: Document, k: int, lo: int) -> tuple[int, int] | None:
    """The person a relative clause describes when the verb at token ``k`` is coordinated inside it ("from Joan
    Ruiz, who is due to speak Monday and described Hanley as "reckless""): the noun phrase before ", who", not the
    verb's object nor the sentence's subject. None unless "and" comes right before the verb and no comma or other
    clause mark stands between "who" and it."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    if k - 3 < lo or toks[k - 1] != "and":
        return None
    for t in range(k - 2, max(lo, k - 16) - 1, -1):
        if any(c in doc.text[spans[t][1] : spans[t + 1][0]] for c in ",;:()\"“”—–"):
            return None
        if toks[t] == "who":
            if t - 1 < lo or "," not in doc.text[spans[t - 1][1] : spans[t][0]]:
                return None
            return _clean(doc, _np_backward(doc, t - 1, max(lo, t - 12), lo))
    return None


def _sentence_first_token(doc: Document, si: int) -> int:
    """The index of the first token of sentence ``si`` (0 outside every sentence, ``si`` < 0)."""
    return bisect.bisect_left(doc.token_starts, doc.sentences[si][0] if si >= 0 else 0)


_IRREGULAR_FINITE = frozenset("found thought told said wrote spoke swore felt".split())
#: Finite verbs that open a new clause after a run-on partial quotation ('"sorry" Americans are losing ...').
_RUN_ON_VERBS = frozenset("is are was were has have had will would can could do does did".split())


#: Nouns for texts and bodies that speak through what they publish ("The memo identifies ... as "..."").
_SOURCE_NOUNS = frozenset(
    """memo memorandum report statement letter study poll survey ruling opinion order complaint lawsuit filing
    document release ad book article story editorial column paper bill law policy plan court group campaign
    committee agency department government administration company union party panel board council""".split()
)


def _governing_verb(doc: Document, k: int, qs: int) -> bool:
    """Whether token ``k`` is a finite verb of saying, judging, naming or thinking (``communication_forms``) whose
    subject is the source of a partial quotation later in its sentence ("she attacked her rival as "Putin's
    puppet"", "Investigators also found "morale is ..."", "The memo identifies ... as "better terrain""): a past
    form or a third-person present after a name or pronoun; not an infinitive, a passive or a noun."""
    toks = doc.norm_tokens
    tok = toks[k]
    if tok not in communication_forms() or k == 0 or not doc.text[doc.token_spans[k][0]].islower():
        return False
    prev = toks[k - 1]
    if prev == "to" or prev in _BE_FORMS or prev in DETERMINERS or prev == "'s" or prev.endswith("'s"):
        return False  # "refusing to concede", "be thought of as", "the report", "Trump's call"
    if doc.in_quote(*doc.token_spans[k]) or _is_noun_use(doc, k) or _is_passive(doc, k):
        return False  # (a passive: "Surrogates are then reminded that ...")
    if k + 1 < len(toks) and toks[k + 1] in PARTICLES:
        return False  # "He showed up not to defend an "independent" FBI": a phrasal verb of another sense
    hi = bisect.bisect_left(doc.token_starts, qs)
    spans = doc.token_spans
    if any(toks[t] in ("while", "whereas", "but") or any(c in doc.text[spans[t - 1][1] : spans[t][0]] for c in ",;")
           for t in range(k + 1, hi)):
        return False  # "Roberts spoke about ... while Sotomayor detailed the "human consequences"": another clause
    if tok.endswith("ed") or tok in _IRREGULAR_FINITE:
        return True
    prev_surface = doc.text[doc.token_spans[k - 1][0] : doc.token_spans[k - 1][1]]
    return tok.endswith("s") and (prev_surface[:1].isupper() or prev in ("he", "she", "it", "who", "which")
                                  or (prev.endswith("ly") and len(prev) > 4)
                                  or (k >= 2 and toks[k - 2] in ("the", "a", "an", "this", "that", "its")
                                      and prev in _SOURCE_NOUNS))  # "The memo identifies"


_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")
#: A whole party-and-state tag, the state in one to three words ("R-S.C", "R-South Carolina", "D-New York").
_PARTY_TAG_WHOLE_RE = re.compile(r"[RDI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}")


#: Words that open a role appositive after a name ("Ralph Reed, the chairman of ...", "Leo Varadkar, a gay man,").
_ROLE_APPOSITIVE_OPENERS = frozenset("the a an former longtime veteran".split())


def _before_role_appositive(doc: Document, sp: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The name before a role appositive that the speaker phrase ``sp`` ends: the antecedent of "who" in "Ralph
    Reed, the chairman of the Faith and Freedom Coalition, who called" is Reed, not the coalition. ``sp`` is kept
    when no lower-case role opener follows a comma after a capitalised word within a few words before it."""
    if sp is None:
        return None
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    t = doc.token_index(sp[0])
    for m in range(t, max(lo, t - 10), -1):
        gap = text[spans[m - 1][1] : spans[m][0]]
        if any(c in gap for c in ".!?;:()\n\"“”—–"):
            return sp
        if "," in gap:
            if toks[m] in _ROLE_APPOSITIVE_OPENERS and text[spans[m][0]].islower() and \
                    text[spans[m - 1][0]].isupper():
                name = _clean(doc, _np_backward(doc, m - 1, max(lo, m - 8), lo))
                if name is not None and any(c.isupper() for c in text[name[0] : name[1]]):
                    return name
            return sp
    return sp


def _past_aside(doc: Document, sp: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The name before a comma when the speaker phrase found is only what follows it: a relative clause's
    pronoun ("Viktor Orbán, who explicitly praises") or a party-and-state tag ("Sen. Lindsey Graham, R-S.C,
    who supported the amendment, said")."""
    if sp is None:
        return None
    s, e = sp
    first = doc.token_index(s)
    if not (doc.norm_tokens[first] in ("who", "which") or _PARTY_TAG_WHOLE_RE.fullmatch(doc.text[s:e].rstrip(".,"))):
        return sp
    if first - 1 <= lo or "," not in doc.text[doc.token_spans[first - 1][1] : s]:
        return None  # no name before: the pronoun or tag names no one
    return _clean(doc, _np_backward(doc, first - 1, lo))


def _outer_speech_verb(doc: Document, k: int, lo: int, verb_spans: dict[int, Span]
                       ) -> tuple[int, tuple[int, int, str]] | None:
    """A speech verb earlier in the sentence whose complement holds the verb at token ``k`` ("X says Y agreed
    to ..."): (token, verb); None when the verb at ``k`` is itself a speech verb or there is none."""
    forms = reporting_forms()
    hit = forms.get(doc.norm_tokens[k])
    if hit is not None and hit[0] in _SPEECH_LEMMAS:
        return None
    for m in range(k - 1, max(lo, k - 15) - 1, -1):
        if any(c in doc.text[doc.token_spans[m][1] : doc.token_spans[m + 1][0]] for c in ";:,"):
            break
        h = forms.get(doc.norm_tokens[m])
        if h is not None and h[0] in _SPEECH_LEMMAS and not doc.norm_tokens[m].endswith("ing"):
            v = _verb_at(doc, m, verb_spans)
            if v is not None and _clean(doc, _subject_before(doc, m, max(lo, m - 12), lo)) is not None:
                return m, v
        if h is not None and h[0] in _SPEECH_LEMMAS and doc.norm_tokens[m].endswith("ing") and m > lo and \
                "," in doc.text[doc.token_spans[m - 1][1] : doc.token_spans[m][0]]:
            # "Kerry restated the policy, saying the United States believes there is "a simple way"": nested
            # reported speech, the participle's subject speaks (not the holder of the belief it reports)
            v = _verb_at(doc, m, verb_spans)
            if v is not None:
                return m, v
    return None


def _final_attribution(doc: Document, ss: int, se: int, verb_spans: dict[int, Span],
                       regions: Sequence[tuple[int, int]]) -> _Att | None:
    """An attribution closing the sentence ``[ss, se)`` after a comma, outside quotations: "..., NATO chief Anders
    Fogh Rasmussen said." / "..., said X." / "..., according to X." The whole sentence is then X's report."""
    text = doc.text
    body = text[ss:se].rstrip(" .!?\"”’")
    comma = body.rfind(",")
    if comma < 0 or len(body) - comma > 120:
        return None  # no short closing clause (checked first: this runs once per sentence with a quote)
    cs = ss + comma + 1
    ce = ss + len(body)
    if text[cs : cs + 1] in _CLOSERS and text[cs - 2 : cs - 1] != "\\":
        cs += 1  # '... "as he left the scene," according to a police statement.': the comma inside the marks
    r = bisect.bisect_left(regions, (ce, -1)) - 1  # regions are sorted and do not overlap
    if doc.in_quote(cs, cs + 1) or (r >= 0 and regions[r][1] > cs):
        return None
    lo = bisect.bisect_left(doc.token_starts, cs)
    hi = bisect.bisect_left(doc.token_starts, ce)
    toks = doc.norm_tokens
    spans = doc.token_spans
    according = hi - lo > 2 and toks[lo] == "according" and toks[lo + 1] == "to"
    if hi - lo > (14 if according else 10) or hi <= lo:
        return None  # (a source after "according to" may be long: "Gallup's 2013 State of the American ... report")
    if according:
        return _clean(doc, _np_forward(doc, lo + 2, hi)), (spans[lo][0], spans[lo + 1][1], "neutral")
    for k in range(lo, min(hi, lo + 8)):
        v = _verb_at(doc, k, verb_spans)
        if v is None:
            continue
        if toks[k].endswith("ing"):
            return None  # "..., saying Obama needs to lead": the speaker is not after the participle
        if k == lo:
            if toks[k] in _OBJECT_FIRST_VERBS:
                return None  # "..., told viewers.": the words after "told" are its object, not the speaker
            sp = _clean(doc, _np_forward(doc, doc.token_index(v[1] - 1) + 1, hi))
        else:
            sp = _subject_before(doc, k, lo)
            if sp is None or sp[0] != spans[lo][0]:
                return None
            sp = _clean(doc, sp)
        if sp is None:
            return None
        return sp, v
    return None


def _glued_end(doc: Document, qe: int, verb_start: int) -> bool:
    """Whether the quotation ending at ``qe`` closes its sentence with a full stop and the next sentence is glued to
    its closing mark ('...worse off.”Vice President Joe Biden recently said'), the attributing verb at
    ``verb_start`` lying in that next sentence: the sentence splitter missed the boundary, the attribution is not
    this quotation's."""
    text = doc.text
    return verb_start >= qe and text[qe : qe + 1].isupper() and text[qe - 2 : qe - 1] in (".", "!", "?")


def _other_clause(doc: Document, verb: tuple[int, int, str], qs: int) -> bool:
    """Whether a contrastive clause boundary ("while", "whereas", "but", ";") separates the verb of an attribution
    from a quotation at ``qs`` before it ends the sentence ("Roberts spoke about calling "balls and strikes" while
    Sotomayor detailed the "human consequences""): the quotation is not covered by that attribution."""
    lo, hi = (verb[1], qs) if verb[1] <= qs else (qs, verb[0])
    if ";" in doc.text[lo:hi]:
        return True
    a = bisect.bisect_left(doc.token_starts, lo)
    b = bisect.bisect_left(doc.token_starts, hi)
    return any(doc.norm_tokens[t] in ("while", "whereas") and not doc.in_quote(*doc.token_spans[t])
               for t in range(a, b))


#: Words that open a relative or adverbial clause, not a parenthetical attribution ("The plan, which the mayor
#: said would fail, was a "disaster"").
_CLAUSE_OPENERS = frozenset("which who whom whose that when where as if because while although though since".split())


def _inner_attribution(doc: Document, ss: int, se: int, verb_spans: dict[int, Span],
                       regions: Sequence[tuple[int, int]]) -> _Att | None:
    """A parenthetical attribution set off by commas inside the sentence ``[ss, se)``, outside quotations: "It
    is "absurd" to suggest otherwise, Sessions said, or that ...", "Comey was unfit, Sessions said, because ...
    a "usurpation of authority."", "The White House "certainly" blinked, Sen. Jeff Flake said on CNN's "The
    Situation Room."" (``regions``: the quotations, names left out). The whole sentence is that speaker's."""
    text = doc.text
    c = text.find(",", ss, se)
    while c >= 0:
        nxt = text.find(",", c + 1, se)
        end = nxt if nxt >= 0 else se
        opener = _WORD_RE.match(text, c + 1 + len(text[c + 1 : end]) - len(text[c + 1 : end].lstrip()))
        if not doc.in_quote(c, c + 1) and 0 < end - c <= 90 and (
                opener is None or opener.group(0).lower() not in _CLAUSE_OPENERS):
            att = _final_attribution(doc, ss, end, verb_spans, regions)
            if att is not None and att[0] is not None:
                return att
        c = nxt
    return None


def _adjacent(doc: Document, end: int, start: int) -> bool:
    """Whether at most the attribution (one short sentence or the rest of one) lies between a quote's end and the
    next quote, in the same paragraph."""
    if start - end > 400:
        return False  # far more than a short attribution (and the stop count below is not for long words)
    between = doc.text[end:start]
    if "\n" in between:
        return False
    # full stops that end sentences: not those of "Dr." or of initials ("J. Smith")
    stops = sum(1 for m in _STOP_RE.finditer(between)
                if not (m.group(1) and (m.group(1) in ABBREVIATED_TITLES or len(m.group(1)) == 1)))
    if count_words(between) <= 45 and stops <= 1:
        return True
    # '"...," says Mr. Thompson. Everyone knew ..., he says. "Now we do."': a sentence of reported speech that
    # ends with a parenthetical he/she says keeps the voice of the quotation before it
    return count_words(between) <= 60 and stops <= 2 and _PARENTHETICAL_SAYS_RE.search(between) is not None


#: A sentence that ends with a parenthetical attribution to a pronoun (", he says.", ", she added.").
_PARENTHETICAL_SAYS_RE = re.compile(r",[ \t]+(?:he|she)[ \t]+(?:says|said|adds|added|explains|explained)\.[ \t]*\Z")


def _quote_end(doc: Document, qi: int) -> int:
    return doc.quotes[qi][1]


_NAME_AFTER_RE = re.compile(r",\s+(?:[A-Z][\w.]*\s+)*[A-Z]")


def _resolve_speaker(doc: Document, sp: tuple[int, int] | None, qs: int,
                     mentions: Sequence[tuple[int, int, Actor]], keys: Sequence[tuple[int, int]],
                     prev_speakers: Sequence[tuple[int, str, str]], types: dict[str, str]) -> tuple[str | None, str]:
    """(speaker name, actor type or "other") for the speaker phrase ``sp``."""
    if sp is None:
        return None, "other"
    s, e = sp
    if is_identity_description(doc.text[s:e]) and not _NAME_AFTER_RE.match(doc.text, e) and not re.search(
            r"\b[Aa]n? (?:[\w-]+ ){0,3}" + re.escape(doc.text[s:e].rsplit(" ", 1)[-1]) + r"\b",
            doc.text[max(0, s - 400) : s]):
        # ("A Democrat cited ... "...," the Democrat said": the unnamed one, left as the phrase)
        ref = resolve_reference(doc, doc.text[s:e], min(s, qs), mentions, keys, prev_speakers)
        if ref is not None:
            return ref, types.get(ref, "person")  # "the California Democrat said": the person, not the party
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
            last = doc.text[s:e].rsplit(" ", 1)[-1]
            if actor.type != "person" and last[:1].isupper() and last.endswith("s") and \
                    last.lower() not in actor.name.lower().split():
                # "Some Democrats", "Congressional Democrats": members of the party speak, not the party
                return doc.text[s:e], "other"
            return actor.name, actor.type
    phrase = doc.text[s:e]
    ref = resolve_reference(doc, phrase, min(s, qs), mentions, keys, prev_speakers)
    if ref is not None:
        return ref, types.get(ref, "other")
    return phrase, "other"


def find_quotes(doc: Document, lexicon_spans: Sequence[Span] = (), actors: Sequence[Actor] = (), *,
                rank_speakers: bool = False) -> tuple[list[Quote], list[ScareQuote], list[Span]]:
    """Quotes, scare quotes and the reporting-verb spans not already among ``lexicon_spans``.

    ``rank_speakers``: let the learned speaker ranker (:mod:`framing.scorers.speaker_ranker`) name a speaker where
    the rules found none or only the clause subject. Off by default: its changes were 10 right and 10 wrong in
    leave-one-set-out on the seen gold sets (8 of the wrong ones a speaker for an unattributed quotation), 10 of 20
    added speakers were right on development quotations outside the gold, 17 of 23 on the two blind sets; a wrong
    speaker misleads more than a missing one."""
    quotes, scares, extra, _ = _find(doc, lexicon_spans, actors, rank_speakers=rank_speakers)
    return quotes, scares, extra


def _find(doc: Document, lexicon_spans: Sequence[Span], actors: Sequence[Actor], *, rank_speakers: bool = False
          ) -> tuple[list[Quote], list[ScareQuote], list[Span], list[Span]]:
    text = doc.text
    regions = doc.quotes
    if not regions:
        return [], [], [], []
    verb_spans = {s.start: s for s in lexicon_spans if s.category.startswith("attribution")}
    mentions = sorted(((s, e, a) for a in actors for s, e in a.mentions), key=lambda m: (m[0], m[1]))
    mention_keys = [(s, e) for s, e, _ in mentions]
    actor_types = {a.name: a.type for a in actors}
    quote_starts = [s for s, _ in regions]
    n = len(regions)
    inner_of: list[str] = []
    words_of: list[int] = []
    att: list[_Att | None] = [None] * n
    named = [False] * n
    link_text = link_text_spans(text)
    for i, (qs, qe) in enumerate(regions):
        if link_text and in_spans(link_text, qs):
            inner_of.append("")
            words_of.append(0)
            continue  # a pasted related-story headline, not the article's quotation
        closed = text[qe - 1] in _CLOSERS + "’" and qe - qs > 1
        inner = text[qs + 1 : qe - 1] if closed else text[qs + 1 : qe]
        inner_of.append(inner)
        nw = count_words(inner)
        words_of.append(nw)
        if nw == 0:
            continue
        partial = inner.lstrip(" .…[")[:1].islower()
        if partial:
            poss = _possessive_speech(doc, qs, qe)
            if poss is not None:
                att[i] = poss  # "Obama's remarks that he was "elected to stop wars""
                continue
        if nw <= MAX_SCARE_WORDS and named_thing(doc, qs, qe, inner):
            named[i] = True  # a title or a cited term: no speaker ("the book "Adios, America,"", "called "X"")
            continue
        att[i] = _attribute(doc, qs, qe, nw <= MAX_SCARE_WORDS, partial, verb_spans, quote_starts)
    # the sentence's closing attribution ("..., X said.") and the attribution of another quote in the same
    # sentence cover every quotation of the sentence
    by_sentence: dict[int, list[int]] = {}
    for i, (_, qe) in enumerate(regions):
        # by the sentence where the quotation ends: '"A. B," he said, calling it "C."' share one attribution
        by_sentence.setdefault(doc.sentence_index(max(qe - 2, 0)), []).append(i)
    unnamed = [r for r, nm in zip(regions, named, strict=True) if not nm]  # quotations, not titles or terms
    for si, idx in by_sentence.items():
        if si < 0:
            continue
        ss, se = doc.sentences[si]
        last_end = max(regions[i][1] for i in idx)
        final = _final_attribution(doc, ss, se, verb_spans, regions) if se > last_end else None
        if final is None and any(att[i] is None or att[i][0] is None for i in idx):  # type: ignore[index]
            final = _inner_attribution(doc, ss, se, verb_spans, unnamed)
        if final is not None:
            for i in idx:
                ai = att[i]
                own_speaker = ai is not None and ai[0] is not None
                if not named[i] and (ai is None or ai[1][0] < regions[i][0]) and not _glued_end(
                        doc, regions[i][1], final[1][0]) and not (
                        own_speaker and text[final[1][0] : final[1][1]].lower() == "according to"):
                    # ('Trump referred to Sessions as "Mr. Magoo", according to The Washington Post': the words are
                    # Trump's, the outlet reports them)
                    att[i] = final
        shared = next((ai for ai in (att[i] for i in idx) if ai is not None and ai[0] is not None), None)
        if shared is None:
            shared = next((att[i] for i in idx if att[i] is not None), None)
        if shared is not None:
            for n_i, i in enumerate(idx):
                ai = att[i]
                if ai is None and words_of[i] and not named[i]:
                    # the nearest attributed quotation before it in the sentence ('accused the president of
                    # "threatening" and "intimidating"'), else the sentence's first
                    near = next((aj for aj in (att[j] for j in reversed(idx[:n_i]))
                                 if aj is not None and aj[0] is not None), shared)
                    if not _other_clause(doc, near[1], regions[i][0]) and not _glued_end(
                            doc, regions[i][1], near[1][0]):
                        att[i] = near
                elif ai is not None and ai[0] is None and shared[0] is not None:
                    att[i] = (shared[0], ai[1])  # '"Impossible," said Bannon, who told Axios it would "..."'
    headline = {i: _headline_speaker(doc, regions[i][0], mentions, mention_keys)
                for i in range(n) if att[i] is None and words_of[i] and not named[i]}
    quotes: list[Quote] = []
    scares: list[ScareQuote] = []
    extra: list[Span] = []
    evidence: list[Span] = []
    prev_speakers: list[tuple[int, str, str]] = []
    own: list[bool] = []  # whether quotes[k] had its own attribution (not carried over)
    # whether quotes[k] had its own attribution or goes on in its paragraph from one that had ('"...," Clinton
    # said. "..."'): a paragraph that is only a quotation after it continues that speaker
    voiced: list[bool] = []
    rules: list[RuleAttribution] = []  # how the rules attributed quotes[k] (read by the speaker ranker)
    for i, (qs, qe) in enumerate(regions):
        inner = inner_of[i]
        nw = words_of[i]
        if nw == 0:
            continue
        short = nw <= MAX_SCARE_WORDS
        a = att[i]
        stripped = inner.rstrip(" ’'")
        if named[i]:
            continue
        head_name = headline.get(i) if a is None else None
        if head_name is not None:
            quotes.append(Quote(qs, qe, text[qs:qe], head_name))  # 'Trey Gowdy: It's "stunning" ...'
            own.append(True)
            voiced.append(True)
            rules.append(RuleAttribution(None, head_name, "headline"))
            prev_speakers.append((qs, head_name, "person"))
            continue
        if a is None and short and (stripped[-1:] not in ",.!?…:;" or scare_with_stop(doc, qs, inner, nw)):
            # precision first: only a phrase in a scare-quote position (after "so-called", a determiner, "as",
            # a possessive; a modifier opening a sentence) is a scare quote; other unattributed short phrases
            # (cited terms after "of", objects of verbs) are neither quotes nor scare quotes
            if name_or_term(doc, qs, qe, inner):
                continue
            csp = clause_speaker(doc, qs, mentions, mention_keys, qe)
            if csp == NO_SPEAKER:
                pass  # someone named in the sentence may use these words: not the writer's scare quote
            elif csp is not None:
                # their words, not the writer's: "Sotomayor detailed the "human consequences"", "The deal
                # committed the government to a "comprehensive peace""
                speaker, typ = _resolve_speaker(doc, csp, qs, mentions, mention_keys, prev_speakers, actor_types)
                quotes.append(Quote(qs, qe, text[qs:qe], speaker))
                own.append(False)
                voiced.append(False)
                rules.append(RuleAttribution(csp, speaker, "clause"))
                if speaker is not None:
                    prev_speakers.append((qs, speaker, typ))
            elif cited_clause(inner):
                # a cited clause (a saying, a bio line) is someone's words, not the writer's scare quote
                quotes.append(Quote(qs, qe, text[qs:qe], None))
                own.append(False)
                voiced.append(False)
                rules.append(RuleAttribution(None, None, "none"))
            elif text[qe - 1] in _CLOSERS + "’" and is_scare_quote(doc, qs, qe, inner, lexicon_spans=lexicon_spans,
                                                                  mentions=mentions):
                # (a region left open by a stray mark, '“CPD director asserted ... are “permitted ...”', is none)
                scares.append(ScareQuote(qs, qe, text[qs:qe]))
                if distancing(doc, qs):
                    evidence.append(Span(qs, qe, text[qs:qe], "scare_quote", "devices", SCARE_QUOTE_WEIGHT,
                                         (inner.strip(),), False, False, inner.strip().lower()))
            continue
        if a is None and short and name_or_term(doc, qs, qe, inner) and (
                stripped[-1:] in ",." and not at_sentence_start(doc, qs)):
            continue  # 'in his bestseller, "The Liberty Amendments," Levin ...'
        if a is None:
            speaker = _tweet_author(doc, qe)
            prev = quotes[-1] if quotes else None
            mode = "tweet" if speaker is not None else "continued"
            went_on = False
            if speaker is not None:
                pass  # an embedded tweet signed after the quotation
            elif prev is not None and prev.speaker and _adjacent(doc, prev.end, qs):
                speaker = prev.speaker  # the same voice goes on in the same paragraph
                went_on = voiced[-1]
            elif prev is not None and prev.speaker and voiced[-1] and _new_paragraph_quote(doc, prev.end, qs, qe) \
                    and not _pull_quote(text, inner, qe):
                speaker = prev.speaker  # a paragraph that is only a quotation continues the last speaker
            elif prev is not None and prev.speaker and _reopened(doc, prev.end, qs):
                speaker = prev.speaker  # a quotation left open at its paragraph's end goes on in the next one
            else:
                said = _said_sentence_before(doc, qs, prev.end if prev is not None else 0)
                if said is not None:
                    # 'Distancing is physical, Ann Lee said. "Socially, we can stay close."': the speaker of the
                    # reported speech just before goes on quoting
                    speaker, _typ = _resolve_speaker(doc, said, qs, mentions, mention_keys, prev_speakers,
                                                     actor_types)
                    mode = "continued"
            quotes.append(Quote(qs, qe, text[qs:qe], speaker))
            own.append(False)
            voiced.append(went_on)
            rules.append(RuleAttribution(None, speaker, mode if speaker is not None else "none"))
            if speaker is not None:
                prev_speakers.append((qs, speaker, prev_speakers[-1][2] if prev_speakers else "other"))
            continue
        sp, (vs, ve, kind) = a
        speaker, typ = _resolve_speaker(doc, sp, qs, mentions, mention_keys, prev_speakers, actor_types)
        quotes.append(Quote(qs, qe, text[qs:qe], speaker, text[vs:ve], kind))
        own.append(True)
        voiced.append(True)
        rules.append(RuleAttribution(sp, speaker, "verb"))
        if speaker is not None:
            prev_speakers.append((qs, speaker, typ))
        if vs not in verb_spans and (verb_kind(text[vs:ve]) is not None or text[vs:ve].lower() == "according to"):
            # naming verbs ("called") attribute a quotation but are no reporting-verb evidence
            extra.append(Span(vs, ve, text[vs:ve], f"attribution_{kind}", "devices", 0.0, (),
                              doc.in_quote(vs, ve), False, text[vs:ve].lower()))
            verb_spans[vs] = extra[-1]
    return _rank_speakers(doc, quotes, rules, actors, enabled=rank_speakers), scares, extra, evidence


def _rank_speakers(doc: Document, quotes: list[Quote], rules: Sequence[RuleAttribution],
                   actors: Sequence[Actor], enabled: bool = False) -> list[Quote]:
    """The quotations with the speaker the learned ranker (:mod:`framing.scorers.speaker_ranker`) picks among
    the candidates around each one, the rules' speaker among them (``enabled``; else the rules' speakers)."""
    if not quotes or not enabled:
        return quotes
    chosen = load_ranker().rank(doc, [(q.start, q.end) for q in quotes], rules, actors)
    return [q if name == q.speaker else dataclasses.replace(q, speaker=name)
            for q, name in zip(quotes, chosen, strict=True)]


def _headline_speaker(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                      keys: Sequence[tuple[int, int]]) -> str | None:
    """The person before a colon that introduces the quote's sentence, headline style ("McCain on ISIS' growth:
    "We predicted this"", "Trey Gowdy: It's "stunning""): no reporting verb between."""
    text = doc.text
    si = doc.sentence_index(qs)
    ss = doc.sentences[si][0] if si >= 0 else 0
    lead = text[ss:qs]
    colon = lead.rfind(":")
    if colon < 0 or "\n" in lead[colon:] or len(lead[:colon]) > 80:
        return None
    cs = ss + colon
    lo = bisect.bisect_left(doc.token_starts, ss)
    hi = bisect.bisect_left(doc.token_starts, cs)
    forms = reporting_forms()
    if any(doc.norm_tokens[t] in forms for t in range(lo, hi)):
        return None  # 'X said:' is a reporting verb's attribution, found elsewhere
    i = bisect.bisect_left(keys, (cs, -1)) - 1
    while i >= 0 and mentions[i][0] >= ss:
        if mentions[i][2].type == "person":
            return mentions[i][2].name
        i -= 1
    return _transcript_label(doc, cs, qs, mentions)


#: A transcript's speaker label opening a paragraph or following the previous turn's quotation: one to four words
#: in capitals ("BRIAN STELTER", "MAXWELL", "SEN. GRAHAM") before a colon.
_TRANSCRIPT_LABEL_RE = re.compile(
    r"(?:^|\n|[”\"“][ \t]+)[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z'’-]*[A-Z])[ \t]*\Z")
#: Capitalised labels that introduce material, not a speaker ("UPDATE: "...", "WATCH: "...").
_NON_SPEAKER_LABELS = frozenset("""update watch read more related opinion analysis exclusive file photo editor note
    breaking video audio transcript advertisement now the""".split())


def _transcript_label(doc: Document, colon: int, qs: int, mentions: Sequence[tuple[int, int, Actor]]) -> str | None:
    """The speaker of a transcript line 'MAXWELL: "Correct. ..."': the capitalised label before the colon that
    opens the paragraph, with the quotation right after the colon; the person named so elsewhere in the text
    ("Wesley Lowery" for LOWERY), else the label in title case."""
    text = doc.text
    if text[colon + 1 : qs].strip():
        return None
    regions = doc.quotes
    r = bisect.bisect_left(regions, (qs, -1))
    qe = regions[r][1] if r < len(regions) and regions[r][0] == qs else qs
    nl = text.find("\n", qe)
    after = text[qe : nl if nl >= 0 else len(text)].lstrip(" \t")
    if after[:1].islower():
        return None  # 'AMY GOODMAN: "New Orbit" by the Matthew Shipp Trio': a title she announces
    m = _TRANSCRIPT_LABEL_RE.search(text, max(0, colon - 60), colon)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z'’-]+", m.group(1))
    if not words or any(w.lower() in _NON_SPEAKER_LABELS for w in words):
        return None
    last = words[-1].lower()
    for _, _, actor in mentions:
        if actor.type == "person" and actor.name.lower().rsplit(" ", 1)[-1] == last:
            return actor.name
    return " ".join(w.capitalize() for w in words if w.lower().rstrip(".") not in ("sen", "rep", "gov", "dr"))


def _tweet_author(doc: Document, qe: int) -> str | None:
    """The author of an embedded tweet whose signature follows the quotation in the same paragraph."""
    m = _TWEET_SIGNATURE_RE.match(doc.text, qe)
    if m is None:
        return None
    return m.group(1).strip()


#: A sentence that ends with its attribution ("..., Ann Lee said.", "... physical, she says."), right before a
#: quotation in the same paragraph.
_SAID_SENTENCE_END_RE = re.compile(
    r"(?:,|\b(?:he|she|they))[ \t]+((?:(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]+)|he|she|they)[ \t]+"
    r"(?:said|says|added|adds|explained|explains|wrote|writes|noted|notes)\.[ \t]*\Z")


def _said_sentence_before(doc: Document, qs: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase of the sentence right before a quotation that opens a sentence in the same paragraph,
    when that sentence ends with its attribution and holds no quotation ('Distancing is physical, Ann Lee said.
    "Socially, ..."'); None otherwise (a new paragraph, another quotation after ``lo`` in that sentence)."""
    text = doc.text
    si = doc.sentence_index(qs)
    if si <= 0 or doc.sentences[si][0] != qs:
        return None
    ps, pe = doc.sentences[si - 1]
    regions = doc.quotes
    r = bisect.bisect_left(regions, (ps, -1))
    if ps < lo or "\n" in text[ps:qs] or (r < len(regions) and regions[r][0] < qs) or doc.in_quote(ps, ps + 1):
        return None
    m = _SAID_SENTENCE_END_RE.search(text, max(ps, pe - 80), _end_before(text, qs))
    if m is None:
        return None
    return m.span(1)


def _reopened(doc: Document, prev_end: int, qs: int) -> bool:
    """Whether the quotation ending at ``prev_end`` was left open at the end of its paragraph (no closing mark, the
    convention for a quotation that goes on) and the quotation at ``qs`` opens the next paragraph."""
    text = doc.text
    if prev_end <= 0 or text[prev_end - 1] in _CLOSERS + "’":
        return False
    return not text[prev_end:qs].strip() and "\n" in text[prev_end:qs]


def _pull_quote(text: str, inner: str, qe: int) -> bool:
    """Whether the quotation's words (``inner``, ending at ``qe``) come again later in the text: a pull quote set
    in its own paragraph before the passage that quotes it, maybe someone else's words than the paragraph's
    before ("...," she said.\n\n"The CVS? ..."\n\nAnd Stewart ... "The CVS? ...")."""
    words = inner.strip(" .,…\"“”")
    return len(words) >= 20 and text.find(words, qe) >= 0


def _new_paragraph_quote(doc: Document, prev_end: int, qs: int, qe: int) -> bool:
    """Whether ``[qs, qe)`` opens the paragraph right after the one that ends at or after ``prev_end`` and is
    the whole paragraph (a quotation that goes on in its own paragraph)."""
    text = doc.text
    gap_start = text.find("\n", prev_end)
    if gap_start < 0 or gap_start > qs or text[gap_start:qs].strip():
        return False
    if text[prev_end:gap_start].count(".") > 1:
        return False
    nxt = text.find("\n", qe)
    rest = text[qe : len(text) if nxt < 0 else nxt]
    return rest.strip() == ""


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
                   "quotes_top_source_share", "quoted_words_share", "scare_quotes_count", "scare_quotes_per_1k",
                   "scare_quotes_loaded_count")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        actors: Any = result.fields.get("actors", ())
        quotes, scares, extra, evidence = _find(doc, result.lexicon_spans, actors)
        result.fields["quotes"] = tuple(quotes)
        result.fields["scare_quotes"] = tuple(scares)
        result.spans.extend(extra)
        result.spans.extend(evidence)
        result.scores.update(quote_scores(quotes, scares, doc.n_words))
        result.scores["scare_quotes_loaded_count"] = float(len(evidence))
        if evidence:
            # distancing scare quotes are loaded evidence in the outlet's own voice: they enter loaded_index as
            # the lexicon scorer counts its spans (summed weight per 1,000 words)
            per_k = 1000.0 / doc.n_words if doc.n_words else 0.0
            scores = result.scores
            scores["loaded_index"] = scores.get("loaded_index", 0.0) + sum(s.weight for s in evidence) * per_k
            scores["loaded_count"] = scores.get("loaded_count", 0.0) + len(evidence)
