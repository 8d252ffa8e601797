"""Scare quotes apart from names, cited terms and quotations.

A short quoted phrase that no speaker is attributed is a **scare quote** only where scare quotes stand: after
"so-called", a determiner, "as", an ordinal or a possessive (the "reforms", a "full investigation"), or as a
capitalised modifier opening a sentence before a name ("Moderate" Hickenlooper); and not where a named person,
group or organisation is named earlier in the sentence (their words, more likely): when it is the subject of the
quote's clause, or a he/she/they with a verb of saying or thinking, or a document that says or commits
(:func:`clause_speaker`), the phrase is their quotation. Titles and names of shows, books, events,
products and camps ("Today", "60 Minutes", "Chick-fil-A Appreciation Day") and terms cited after a naming word
("known as", "the word", "calls", "such as"), defined after a colon, followed by a naming noun ("the "problematic"
label", "-- the term") or coordinated with such a term are neither scare quotes nor quotations. Precision comes
first: many distancing quotes are not found (``benchmarks/eval_quotes.py`` measures both). No scare quote is
loaded evidence (:func:`distancing`); "so-called" (:func:`after_so_called`, a whole word: not "also called")
makes a phrase a candidate, not a scare quote by itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Actor
from framing.document import Document
from framing.scorers.reporting import communication_forms
from framing.scorers.speaker_heads import is_ly_adverb
from framing.scorers.speaker_phrase import SUBJECT_PRONOUNS
from framing.tokenize import count_words

__all__ = [
    "DETERMINERS",
    "NO_SPEAKER",
    "PARTICLES",
    "after_so_called",
    "at_sentence_start",
    "cited_clause",
    "clause_speaker",
    "distancing",
    "is_title",
    "name_or_term",
    "named_thing",
    "scare_position",
    "scare_with_stop",
    "subject_names",
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
    "labeled", "labelled", "branded", "calls", "marked", "checked", "the title", "slogans like", "such as",
    "words like", "phrases like", "terms like", "thought of as", "spoken of as",
)
#: A quoted phrase of two words or more that modifies the name of an institution, a legal text or a programme is
#: part of its name ("a "second look" provision", "the "mother and baby" homes"; not "a "bipartisan" bill").
_INSTITUTION_AFTER_RE = re.compile(
    r"\s+(?:provision|clause|amendment|act|law|bill|rule|regulation|statute|doctrine|program|programme|home|camp"
    r"|order|initiative|movement|tour|summit|list|award|prize|scheme|claim|case|suit|lawsuit|charge|defen[cs]e"
    r"|standard|test|exemption|exception|status|designation|category)s?\b"
)
#: Finite verbs: a quoted phrase holding one is a cited clause (a saying, a mantra), not a scare-quoted expression.
_FINITE_VERBS = frozenset("is are was were am has have had will would can could should shall must does did".split())
#: Words right after a quotation that make it a cited term: a definition ("means", a colon before a sentence), a
#: naming noun ("the "problematic" label") or an apposition ("-- the term Trump uses").
_TERM_AFTER_RE = re.compile(
    r"\s*(?:means|meant|is a term|stands for|refers to|(?:label|moniker|tag|epithet|slogan)s?\b"
    r"|[,;]?\s*(?:--|[—–])\s*(?:a|the)\s+(?:term|phrase|word|label|expression)\b|,\s+(?:a|the)\s+(?:term|phrase)\b"
    r"|(?:is|are|was|were)\s+(?:(?:a|the)\s+)?(?:\w+\s+)?(?:terms?|words?|phrases?)\b)"
)
_ARTICLE_END_RE = re.compile(r"\s+(?:the|a|an)$")
#: A colon and a sentence right after an unattributed quotation: the sentence defines it ("a "filter bubble": The
#: information we take in is ...").
_DEFINED_AFTER_RE = re.compile(r":\s+[A-Z]")
#: Words that announce a term from a trade's or a time's vocabulary earlier in the sentence.
_JARGON_RE = re.compile(r"\b(?:jargon|parlance|lingo|vernacular)\b", re.IGNORECASE)
#: A quotation coordinated with the one before it ("labeled "fiction" or "literature"").
_COORDINATED_RE = re.compile(r"[”\"’]\s*,?\s+(?:and|or)\s*$")
_SO_CALLED_RE = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
_POSSESSIVE_BEFORE_RE = re.compile(r"[A-Z][\w&.]*(?:'s|’s|s'|s’|')\s*$")

def is_title(inner: str) -> bool:
    first = _WORD_RE.findall(inner)[:1]
    words = [w for w in _WORD_RE.findall(inner) if len(w) > 3]
    return bool(first) and first[0][:1].isupper() and len(words) >= 2 and all(w[0].isupper() for w in words)


_SUBJECT_NAMES_RE = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|[A-Z][\w'’.-]+)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?"
    r"(?:called|calls|dubbed|labeled|labelled|branded|termed)\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:an?\s+|the\s+)?\Z"
)


def subject_names(text: str, qs: int) -> bool:
    """Whether a naming verb right before a quotation has a person or pronoun subject ("He called "legal as well
    as undocumented immigrants" key contributors", "Trump called it a "witch hunt""): the subject's words, a
    quotation, not a cited term ("a group called "X"")."""
    return _SUBJECT_NAMES_RE.search(text, max(0, qs - 60), qs) is not None


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
    if after_so_called(text, qs):
        return False
    if ((before.endswith(_TERM_CUES) or _ARTICLE_END_RE.sub("", before).endswith(_TERM_CUES))
            and not subject_names(text, qs)) or _TERM_AFTER_RE.match(text, qe) or _DEFINED_AFTER_RE.match(text, qe):
        return True  # ('became known as the "freeters"')
    si = doc.sentence_index(qs)
    if si >= 0 and _JARGON_RE.search(text, max(doc.sentences[si][0], qs - 300), qs):
        return True  # "It was, in the jargon of the time, a "milk run."
    prev = _coordinated_previous(doc, qs)
    if prev is not None and name_or_term(doc, prev[0], prev[1], text[prev[0] + 1 : prev[1] - 1]):
        return True  # 'books labeled "fiction" or "literature"'
    if len(words) == 1 and words[0].lower() in ("yes", "no"):
        return True
    if len(words) >= 2 and _INSTITUTION_AFTER_RE.match(text, qe):
        return True  # 'a "second look" provision', 'the "mother and baby" homes'
    if len(words) >= 2 and is_title(inner):
        return True
    caps = all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) > 3 or w is words[0])
    if caps and not at_sentence_start(doc, qs):
        return True  # "Today", "Remain", "60 Minutes", "Cully"
    return bool(_POSSESSIVE_BEFORE_RE.search(text[max(0, qs - 40) : qs])) and words[0][:1].isupper()


def cited_clause(inner: str) -> bool:
    """Whether a short quotation holds a finite verb after its first word: a cited clause (a saying, a mantra,
    a bio line: "transparency is always good," "Jews are the children of Satan."), not a scare-quoted expression."""
    words = _WORD_RE.findall(inner)
    return len(words) >= 2 and any(w in _FINITE_VERBS for w in words[1:])  # (lower case: not a title's "Is")


def _coordinated_previous(doc: Document, qs: int) -> tuple[int, int] | None:
    """The quotation joined to the one at ``qs`` by "and"/"or" right before it, if any."""
    m = _COORDINATED_RE.search(doc.text, max(0, qs - 12), qs)
    if m is None:
        return None
    i = bisect.bisect_left(doc.quotes, (qs, -1)) - 1
    if i >= 0 and doc.quotes[i][1] == m.start() + 1:
        return doc.quotes[i]
    return None


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
    if after_so_called(text, qs):
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


#: Verb stems of saying, thinking and naming after a pronoun ("he thought such attacks were "disheartening"").
_COMMUNICATION_STEMS = (
    "said", "say", "tell", "told", "call", "describ", "refer", "dismiss", "label", "brand", "think", "thought",
    "believ", "spok", "speak", "detail", "urg", "hail", "prais", "warn", "vow", "promis", "pledg", "insist", "argu",
    "claim", "accus", "blast", "decr", "denounc", "condemn", "ask", "wrote", "writ", "tweet", "add", "explain",
    "stress", "complain", "demand", "deni", "admit", "acknowledg", "note", "suggest", "predict", "proclaim",
    "announc", "declar", "joke", "joking", "quip", "boast",
)
#: Nouns for texts whose words a short quotation cites ("The deal committed the government to a "comprehensive
#: peace"", "the section of the form asking whether ... "to a disqualified person"").
_DOCUMENT_NOUNS = (
    "agreement|deal|accord|treaty|order|document|report|law|bill|legislation|ruling|decision|opinion|resolution|"
    "statement|letter|memo|memorandum|complaint|lawsuit|indictment|filing|motion|form|guidance|regulation|rule|"
    "policy|proposal|platform|manifesto|constitution|amendment|contract|settlement|directive|charter|petition|"
    "application|survey|poll|study|analysis|audit|review|warrant|subpoena|affidavit|verdict|judgment|judgement"
)
_DOCUMENT_NOUN_RE = re.compile(r"\b(?:" + _DOCUMENT_NOUNS + r")\b")
_DOCUMENT_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.&-]*(?:'s|’s))"
    r"(?: [\w-]+){0,2}? (" + _DOCUMENT_NOUNS + r")s? ([a-z]+)\b"
)
#: What a document does with words it holds: says, calls for, requires, commits to, finds, describes.
_DOCUMENT_VERB_STEMS = ("sa", "state", "call", "requir", "commit", "found", "find", "describ", "refer", "defin",
                        "ask", "promis", "pledg", "declar", "direct", "urg", "demand", "warn", "read", "note",
                        "conclud", "recommend", "accus", "claim", "allow", "permit", "bar", "ban", "order")


_PREP_BEFORE = frozenset("for of to with by from against about at on in than like under over into".split())
_AUX_AFTER = frozenset("""spoke thought wrote told has had is was are were will would can could did does said says went
    made took gave called calls saw sees wants wanted also then later once says""".split())
_CLAUSE_REACH = 22
#: Particles that make a phrasal verb of another sense ("showed up", "called off", "turned out").
PARTICLES = frozenset("up off down away back over around".split())
#: Words between a subject and its verb that are passed over to find the verb ("also found", "has called").
_PASS_OVER = frozenset("also then later once has had have will would can could did does".split())
#: Characters before a quotation searched for who uses its words (a sentence is rarely longer).
_CLAUSE_CHARS = 400
_ASIDE_RE = re.compile(r",\s+\w+ly,(?= )")
#: :func:`clause_speaker`'s answer when the sentence names someone who may use the words but is not the subject of
#: the quote's clause: neither a speaker nor the writer's scare quote.
NO_SPEAKER = (-1, -1)


def _verb_after(doc: Document, ms: int, me: int, qs: int) -> str | None:
    """The verb (lower case) of which the mention ``[ms, me)`` is the subject, right after it and close enough to
    the quotation at ``qs`` to be its clause ("Justice Sonia Sotomayor detailed the"; an adverb or an auxiliary
    between is passed over: "Investigators also found"); None when it is no subject (a preposition's object)."""
    text = doc.text
    aside = _ASIDE_RE.match(text, me)
    if aside is not None:
        me = aside.end() - 1  # "O'Reilly, incidentally, believes"
    if text[me : me + 1] != " ":
        return None
    if text[me + 1 : me + 2] in "\"“" and me + 1 == qs:
        me += 1  # 'Pope Francis "begged for God's forgiveness"': the quotation is the predicate
    nxt = _WORD_RE.match(text, me + 1)
    if nxt is None or not nxt.group(0)[:1].islower():
        return None
    word = nxt.group(0).lower()
    if is_ly_adverb(word):
        nxt = _WORD_RE.match(text, nxt.end() + 1)
        word = nxt.group(0).lower() if nxt is not None else ""
    if not (word in _AUX_AFTER or word.endswith("ed") or word in communication_forms()):
        return None
    prev = re.findall(r"[\w'’-]+", text[max(0, ms - 20) : ms])
    if prev and prev[-1].lower() in _PREP_BEFORE:
        return None
    if count_words(text[me:qs]) > _CLAUSE_REACH:
        return None
    if nxt is not None and word in _PASS_OVER:
        later = _WORD_RE.match(text, nxt.end() + 1)
        if later is not None and later.group(0)[:1].islower():
            return later.group(0).lower()  # "also found", "has called", "had warned"
    return word


def _communicative(word: str) -> bool:
    """A verb of saying, judging, naming or thinking (:func:`communication_forms`)."""
    return word in communication_forms() or word.startswith(_COMMUNICATION_STEMS)


def _mentions_document(text: str, lo: int, hi: int) -> bool:
    return _DOCUMENT_NOUN_RE.search(text, lo, hi) is not None


_RELATIVE_AFTER_RE = re.compile(r"[ \t]+(?:that|which)[ \t]+(he|she|they)[ \t]+([a-z]+)\b")


def clause_speaker(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]], qe: int | None = None) -> tuple[int, int] | None:
    """The speaker phrase of a short unattributed quotation whose sentence names who uses the words before it:
    the named person, group or organisation that opens the quote's clause ("Justice Sonia Sotomayor detailed
    the "human consequences"", "some Democrats will refer to the seat as "stolen"": the nearest one followed by
    a verb, else the first), a nearer he/she/they followed by a verb of saying or thinking ("he thought such
    attacks were "disheartening""), or a document followed by a verb ("The deal committed the government to a
    "comprehensive peace""). None after "so-called" (the writer's words) or when the sentence names no one."""
    text = doc.text
    if after_so_called(text, qs):
        return None
    if qe is not None:
        rel = _RELATIVE_AFTER_RE.match(text, qe)
        if rel is not None and _communicative(rel.group(2)):
            return rel.span(1)  # 'the "big deal" that he proclaimed it to be'
    si = doc.sentence_index(qs)
    ss = max(doc.sentences[si][0] if si >= 0 else 0, qs - _CLAUSE_CHARS)  # bounded: a run-on "sentence"
    i = bisect.bisect_left(keys, (ss, -1))
    cands: list[tuple[int, int]] = []
    while i < len(mentions) and mentions[i][0] < qs:
        ms, me, actor = mentions[i]
        i += 1
        if actor.type in ("person", "group", "organisation") and me <= qs and not doc.in_quote(ms, me):
            cands.append((ms, me))
    best: tuple[int, int] | None = None
    nearest: tuple[int, int] | None = None
    for ms, me in reversed(cands):
        verb = _verb_after(doc, ms, me, qs)
        if verb is None:
            continue
        nearest = nearest or (ms, me)
        if _communicative(verb):
            # the subject of a verb of saying or judging, not a nearer subject of another verb ("Lower courts
            # ruled that Buck lacked the "extraordinary circumstances"")
            best = (ms, me)
            break
    best = best or nearest
    lo_tok = bisect.bisect_left(doc.token_starts, best[1] if best is not None else ss)
    hi_tok = bisect.bisect_left(doc.token_starts, qs)
    toks = doc.norm_tokens
    for t in range(hi_tok - 1, lo_tok - 1, -1):
        if toks[t] in SUBJECT_PRONOUNS and not doc.in_quote(*doc.token_spans[t]) and any(
                _communicative(toks[u]) and (u + 1 >= len(toks) or toks[u + 1] not in PARTICLES)
                for u in range(t + 1, min(t + 4, hi_tok))):
            return doc.token_spans[t]
        if toks[t] == "it" and best is None and t + 1 < hi_tok and toks[t + 1].startswith(_DOCUMENT_VERB_STEMS) \
                and toks[t + 1].endswith("s") and _mentions_document(text, max(0, ss - 400), ss):
            return doc.token_spans[t]  # "... is essentially the same law. It requires that "agents of ..."
    if best is not None:
        return best
    if cands:
        return NO_SPEAKER  # named in the sentence but not as the quote's clause subject ("GOP lobbyist")
    doc_match = None
    for m in _DOCUMENT_RE.finditer(text, ss, qs):
        if m.group(2).startswith(_DOCUMENT_VERB_STEMS) and not doc.in_quote(m.start(), m.end()):
            doc_match = m
    if doc_match is not None:
        return doc_match.start(), doc_match.end(1)
    return None


def distancing(doc: Document, qs: int) -> bool:
    """Whether the scare quote at ``qs`` is loaded, distancing evidence (a ``scare_quote`` span of weight > 0,
    counted in ``loaded_index``): no scare quote is, since session 15 (issue 12, precision first).

    The phrase after "so-called" was the only one: judged loaded 3 of 14 times on two blind judged sheets, and
    distancing 7 of 41 quoted (25 of 109 in all) on AllSides development lines 0-1999
    (``benchmarks/data/so_called_dev_labels.jsonl``, labelled before any rule): most name a standard term ("fiscal
    cliff", "phase one" deal, "Cadillac tax"). No signal measured there reaches precision 0.85
    (``benchmarks/eval_so_called.py``: lower case and undefined 0.28, a possessive before "so-called" 0.75 on 4,
    a cross-validated logistic model 0.64 on 11), so the phrase stays a scare-quote candidate and never loaded
    evidence; "so-called" itself is a weight-0 delegitimiser entry. Scare quotes by position alone were right 9 of
    15 times as evidence on the seen device sets, and on the session-18 blind labels of every candidate the position
    rule is right 0.27 (dev) and 0.31-0.32 (held out) of the time (``benchmarks/data/README_scare.md``). ``doc`` and
    ``qs`` are kept for a validated rule."""
    del doc, qs
    return False


def after_so_called(text: str, qs: int) -> bool:
    """Whether "so-called" (any case) stands right before position ``qs``, with only white space between."""
    return _SO_CALLED_RE.search(text, max(0, qs - 40), qs) is not None



#: A share of respondents and its verb right before a quotation, which is then the option they chose: "43 percent
#: say ", "(48 percent) say they are "extremely" or ", "Seventy percent of American workers are " (a quoted
#: option before "or" may come between); not a share inside someone's claim ("telling donors that 47 percent of
#: Americans are "victims"").
_POLL_ANSWER_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?<![Tt]hat[ \t])(?:\d[\d.,]*|[A-Za-z]+(?:-[a-z]+)?)[ \t]*(?:percent|per[ \t]+cent|%)\)?"
    r"(?:[ \t]+of[ \t]+(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)?[ \t]+"
    r"(?:say|says|said|are|were|think|thought|believe|believed|rate|rated|describe|described|call|called)"
    r"(?:[ \t]+(?:they|it|themselves|them)(?:[ \t]+(?:are|were|is|was|as|be))?)?[ \t]+"
    r"(?:[“\"][^“”\"\n]{1,40}[”\"],?[ \t]+(?:or|and)[ \t]+)?\Z")


#: A passive verb of naming with no agent, and up to two determiners or possessives before the quotation ("might
#: be called the nation's "); not "is named only in "the most extraordinary circumstances"".
_PASSIVE_NAMING_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:be|been|being|is|are|was|were)[ \t]+(?:[a-z]+ly[ \t]+)?(?:called|named|dubbed|termed)"
    r"(?:[ \t]+(?:the|a|an|his|her|its|their|our|this|that|[\w-]+['’]s)){0,2}[ \t]+\Z")


#: A verb of saying right before the share: the share is part of someone's claim ("The governor said 70 percent of
#: residents are "frustrated"").
_REPORTED_SHARE_RE = re.compile(
    r"(?<![\w'’-])(?:said|says|told|tells|noted|notes|argued|argues|claimed|claims|estimated|estimates|reported|"
    r"reports|added|adds|insisted|insists|warned|warns)[ \t]+(?:that[ \t]+)?\Z")


def named_thing(doc: Document, qs: int, qe: int, inner: str, case_blind: bool = False) -> bool:
    """A short quotation that is a title ("In Trump We Trust", "60 Minutes") or a term cited right after a naming
    word ("known as "no-knock warrants"", "the agency calls "consumables""): neither a quotation nor a scare
    quote. ``case_blind``: only by the words around it, not by its capitals (in a title-case headline every
    quotation is capitalised)."""
    text = doc.text
    before = text[max(0, qs - 40) : qs].lower().rstrip(" \t")
    if before.endswith(_TERM_CUES) and not after_so_called(text, qs) and not subject_names(text, qs):
        return True
    if _TERM_AFTER_RE.match(text, qe):
        return True
    if _PASSIVE_NAMING_BEFORE_RE.search(text, max(0, qs - 70), qs) is not None:
        return True  # "what might be called the nation's "macro-mythos"": a name given by no one in particular
    poll = _POLL_ANSWER_BEFORE_RE.search(text, max(0, qs - 90), qs)
    if poll is not None and _REPORTED_SHARE_RE.search(text, max(0, poll.start() - 20), poll.start()) is None:
        return True  # a poll's answer option: '43 percent say "only in some circumstances"'
    if case_blind or at_sentence_start(doc, qs):
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
