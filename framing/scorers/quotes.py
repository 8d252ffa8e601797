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

This module holds the scorer, :func:`find_quotes` (the pass over every quotation of a document, with the sharing
of attributions within a sentence and the scare-quote decision) and the resolution of speaker phrases to actors.
The rules it calls live in :mod:`framing.scorers.quote_attribution` (a quotation's attribution in its own
sentence), :mod:`framing.scorers.quote_verbs` (reporting verbs in context), :mod:`framing.scorers.quote_phrases`
(speaker phrases next to a verb), :mod:`framing.scorers.quote_subjects` (sentence and clause subjects) and
:mod:`framing.scorers.quote_verbless` (speakers without a reporting verb: headlines, transcripts, tweets,
continued quotations).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from framing.analysis import Actor, Quote, ScareQuote, Span
from framing.document import Document
from framing.scorers.base import ResultBuilder
from framing.scorers.names import in_spans, link_text_spans
from framing.scorers.quote_appositive import name_in_appositive
from framing.scorers.quote_attribution import (
    _CLOSERS,
    _Att,
    _attribute,
    _final_attribution,
    _glued_end,
    _inner_attribution,
    _other_clause,
    _possessive_speech,
)
from framing.scorers.quote_mentions import is_mention
from framing.scorers.quote_phrases import _of_head, people_in_place
from framing.scorers.quote_verbless import (
    HEADLINE_TO_RE,
    _adjacent,
    _headline_speaker,
    _new_paragraph_quote,
    _pull_quote,
    _reopened,
    _said_sentence_before,
    _tweet_author,
    _view_holder,
    colon_paragraph_subject,
    colon_subject,
    dash_credit_speaker,
    title_case_headline,
    title_line_speaker,
)
from framing.scorers.reporting import VERB_KINDS, verb_kind
from framing.scorers.scare import (
    NO_SPEAKER,
    at_sentence_start,
    cited_clause,
    clause_speaker,
    distancing,
    name_or_term,
    named_thing,
    scare_with_stop,
)
from framing.scorers.scare_model import is_scare_quote
from framing.scorers.speaker_phrase import counts_no_one
from framing.scorers.speaker_ranker import RuleAttribution, load_ranker
from framing.scorers.speakers import TITLE_NOUNS, is_identity_description, opens_sentence, resolve_reference
from framing.tokenize import count_words

__all__ = ["MAX_SCARE_WORDS", "SCARE_QUOTE_WEIGHT", "QuoteScorer", "find_quotes", "source_counts"]

#: Longest quoted phrase (in words) that can be a scare quote.
MAX_SCARE_WORDS = 6
#: Weight of a distancing scare quote as loaded evidence (a mild loaded term's weight).
SCARE_QUOTE_WEIGHT = 0.5
#: longer than any actor mention (names, organisations); bounds the look-up of a speaker's mention
_MAX_MENTION_CHARS = 400


#: The end of a nested single-quoted ending inside a quotation left open (no closing double mark), followed only by
#: a short capitalised attribution to the end of the region: the quotation ends at that single mark.
_UNCLOSED_TAIL_RE = re.compile(r"[,?!.]’(?=[ \t]+[A-Z][^‘’“”\"\n]{2,60}\Z)")
_NAME_AFTER_RE = re.compile(r",\s+(?:[A-Z][\w.]*\s+)*[A-Z]")


#: A person's name and "of"/"at"/"from" before an organisation's name (possibly cut after its first words): "John
#: Duffy of the University of Virginia School of Law" (speaker phrase "Virginia School of Law").
_PERSON_OF_BEFORE_RE = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*))?"
    r"\s+(?:of|at|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}\Z"
)
#: Lower-case role words after an organisation and before a person's name: "EU foreign affairs chief Federica
#: Mogherini", "Apple's chief executive Tim Cook" (the role's last word one of these).
_ROLE_AFTER_RE = re.compile(r"(?:’s|'s)?((?:\s+[a-z][\w-]*){0,3}\s+([a-z][\w-]*))\s+(?=[A-Z])")
_ROLE_HEADS = TITLE_NOUNS | frozenset(
    """spokesman spokeswoman spokesperson official envoy adviser advisor aide executive head negotiator
    economist analyst researcher professor lawyer attorney founder""".split()
)
_ROLE_PREPOSITION_RE = re.compile(
    r"[ \t]+(?:to|of|for|at|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’&-]*[ \t]+){1,4}(?=[A-Z])")
#: The rest of a description and a name set off by commas after it: "[The leader of] 1.2 billion Catholics, Pope
#: Benedict XVI, ...".
_NAME_APPOSITIVE_AFTER_RE = re.compile(
    r"((?:[ \t]+[\w.'’-]+){0,6}?),[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),")
_NOT_ROLE_WORDS = frozenset(
    "has had is was are were will would told says said named hired fired and or to including like such as among with"
    .split())


_WORD_COLON_BEFORE_RE = re.compile(r"\b([A-Za-z]+)[ \t]*:[ \t]*\Z")


def _said_colon_before(text: str, qs: int) -> bool:
    """Whether a reporting verb and a colon come right before the quotation ('Kirby said: "This is not the Iraq
    War"'): what it introduces is someone's words, not a title, however capitalised."""
    m = _WORD_COLON_BEFORE_RE.search(text, max(0, qs - 30), qs)
    # (not a chant: 'They carried signs and chanted: "Dump Trump!"' cites a slogan)
    return m is not None and verb_kind(m.group(1).lower()) is not None and not m.group(1).lower().startswith("chant")


#: A verb of criticism or naming, its object and "as" right before a short quotation ("slammed Vindman on Twitter
#: as a "Never Trumper"", "derisively referred to the senator as "Pocahontas"", "decry "fake news" as "the
#: Enemy of the People""), or a naming verb, a determined object and the label ("labeled this lawsuit the "Texas
#: Blunder"").
_LABEL_OF_OBJECT_RE = re.compile(
    r"\b(?:(?:slamm|criticiz|criticis|attack|blast|derid|denounc|decri|ridicul|mock|dismiss|describ|portray"
    r"|brand|label|referr)(?:ed|es|e|ing|s)?|decry|refers?)\b"
    r"(?![ \t]+(?:to[ \t]+)?as\b)(?:[ \t]+to)?[ \t]+[^.;:!?\n]{1,60}?[ \t]as[ \t]+(?:an?[ \t]+|the[ \t]+)?\Z"
    r"|\b(?:called|labell?ed|branded|dubbed|termed)[ \t]+(?:this|that|these|those|his|her|their|its)[ \t]+"
    r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]+(?:an?[ \t]+|the[ \t]+)?\Z"
)

#: A form of "be" (and an adverb) right before that verb: a passive ("was described as "X""), naming no one.
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?\Z")


def _label_of_object(doc: Document, qs: int, qe: int, verb_spans: dict[int, Span],
                     quote_starts: Sequence[int]) -> _Att | None:
    """The attribution of a short quotation that would pass for a title or a cited term ("Never Trumper",
    "Pocahontas") when it is the label the sentence's subject puts on the object of a verb of criticism or naming
    ("Trump has slammed Vindman as a "Never Trumper""): the subject's words; None when no such verb comes right
    before it in its sentence (with its object and "as", or a naming verb with a determined object), or no subject
    is found. Not after a passive or a participle without an object ("was described as "X"", "These scholarships,
    also referred to as "X""), which names no one."""
    text = doc.text
    si = doc.sentence_index(qs)
    ss = doc.sentences[si][0] if si >= 0 else 0
    m = _LABEL_OF_OBJECT_RE.search(text, max(ss, qs - 120), qs)
    if m is None or _PASSIVE_BEFORE_RE.search(text[max(ss, m.start() - 30) : m.start()]):
        return None
    att = _attribute(doc, qs, qe, True, True, verb_spans, quote_starts)
    if att is None or att[0] is None or not m.start() <= att[1][0] < m.end():
        return None  # the speaker must be the subject of that verb, not of another found elsewhere
    return att


def _appositive_head(doc: Document, s: int, mentions: Sequence[tuple[int, int, Actor]],
                     keys: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The person who opens the sentence when the speaker phrase at ``s`` lies inside the role appositive set off
    by commas after that person's name ("Rep. Ann Lee, R-Texas, chairman of the Subcommittee on Crime, Terrorism
    and Security, said": the phrase "Terrorism"); None otherwise."""
    text = doc.text
    if not text[:s].rstrip().endswith(","):
        return None
    si = doc.sentence_index(s)
    if si < 0:
        return None
    ss = doc.sentences[si][0]
    i = bisect.bisect_left(keys, (ss, -1))
    while i < len(mentions) and mentions[i][0] < s:
        ms, me, actor = mentions[i]
        i += 1
        if doc.in_quote(ms, ms + 1):
            continue
        if actor.type != "person" or not opens_sentence(doc, ms):
            return None
        between = text[me:s]
        if not between.startswith(",") or len(between) > 200 or any(c in between for c in ";:!?\"“”()\n"):
            return None
        words = re.findall(r"[a-z][\w-]*", between)
        if not any(w in _ROLE_HEADS for w in words) or any(
                w.endswith("ed") or w in _NOT_ROLE_WORDS - {"and", "to", "with"} for w in words):
            return None
        return ms, me
    return None


_SAID_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:said|says|added|adds|according[ \t]+to)[ \t]+\Z")


def _person_around(doc: Document, sp: tuple[int, int], mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The person a speaker phrase found as an organisation's name belongs to, when the text names them right
    around it ("John Duffy of the University of Virginia said", "EU foreign affairs chief Federica Mogherini
    condemned"): that person's name; else the phrase itself."""
    s, e = sp
    text = doc.text
    named = name_in_appositive(doc, sp, mentions, keys)
    if named is not None:
        return named  # '"...," said her husband, Tom.': the name in the appositive, not the description

    def person_at(ps: int, pe: int | None) -> tuple[int, int] | None:
        i = bisect.bisect_left(keys, (ps, -1))
        if i < len(mentions) and mentions[i][0] == ps and mentions[i][2].type == "person" and (
                pe is None or mentions[i][1] == pe):
            return mentions[i][0], mentions[i][1]
        return None

    app = _NAME_APPOSITIVE_AFTER_RE.match(text, e)
    if app is not None and text[s:e].startswith("The ") and opens_sentence(doc, s) and not any(
            w.endswith("ed") or w in _NOT_ROLE_WORDS for w in re.findall(r"[a-z][\w-]*", app.group(1))):
        # "The spiritual leader of 1.2 billion Catholics, Pope Benedict XVI, surprised the world by saying": the
        # description the sentence opens with is named in the appositive after it
        lo = bisect.bisect_left(keys, (app.start(2), -1))
        hi = bisect.bisect_left(keys, (app.end(2), -1))
        person = next(((ms, me) for ms, me, a in mentions[lo:hi] if a.type == "person" and me == app.end(2)), None)
        if person is not None:
            return person
    words = text[s:e].split(" ", 3)
    determined = len(words) > 3 and words[0] in ("the", "a", "an") and words[1] in _ROLE_HEADS \
        and words[2] in ("of", "for", "at")
    if words[0] in _ROLE_HEADS or determined:
        # "Ann Lee, president of United Teachers Los Angeles said", "Luke Chung, the president of FMS, a database
        # company in Virginia, said": the role's appositive is not the speaker (not "... aide Michael Flynn, the
        # president told reporters": a role without its complement may be the next clause's subject)
        lo = bisect.bisect_left(keys, (s - _MAX_MENTION_CHARS, -1))
        hi = bisect.bisect_left(keys, (s, -1))
        before = next(((ms, me) for ms, me, a in reversed(mentions[lo:hi]) if a.type == "person"), None)
        if before is not None and re.fullmatch(r",[ \t]+", text[before[1] : s]) and (
                not determined or opens_sentence(doc, before[0]) or _SAID_BEFORE_RE.search(
                    text, max(0, before[0] - 12), before[0])):
            # (with a determiner, only a name that opens the sentence or follows "said": "After meeting with Joe
            # Biden, the president of the union said" is the president's)
            return before
    if not text[s : s + 1].isupper() or e - s > 80:
        return sp
    if text[s:e].rsplit(" ", 1)[-1].lower() in _ROLE_HEADS and text[s:e].split(" ", 1)[0].lower() not in ("a", "an"):
        # "Special envoy to Ukraine Kurt Volker", "Ambassador to the United Nations Ann Lee": the phrase stopped at
        # the preposition of the role; the person named after it speaks
        r = _ROLE_PREPOSITION_RE.match(text, e)
        if r is not None:
            # the place or body of the role, then the name: the first capitalised word where a person is named
            # (not the preposition's object itself: "spokesman for Mr Khan" is not Khan)
            for w in list(re.finditer(r"(?<= )[A-Z]", text[r.start() : r.end() + 1]))[1:]:
                person = person_at(r.start() + w.start(), None)
                if person is not None and not text.startswith(("'s", "’s"), person[1]):
                    return person
    lo = bisect.bisect_left(keys, (s - _MAX_MENTION_CHARS, -1))
    hi = bisect.bisect_left(keys, (e, -1))
    covering = [a for ms, me, a in mentions[lo:hi] if ms < e <= me]
    if any(a.type == "person" for a in covering):
        return sp
    if not covering:
        # a capitalised phrase that names no actor, the last item of a list inside a role appositive ("Rep. Ann
        # Lee, R-Texas, chairman of the Subcommittee on Crime, Terrorism and Security, said"): the person
        return _appositive_head(doc, s, mentions, keys) or sp
    # only an organisation's or a place's name stands for a person named around it
    m = _PERSON_OF_BEFORE_RE.search(text, max(0, s - 120), s)
    if m is not None and "\n" not in m.group(0) and (m.group("role") is None or m.group("role") in _ROLE_HEADS):
        # (also "Ann Lee, president of United Teachers Los Angeles said": a role between the name and "of")
        person = person_at(m.start(1), m.end(1))
        if person is None:
            # a title before the name ("Professor John Duffy of"): the person mention ends where the name does
            lo = bisect.bisect_left(keys, (m.start(1), -1))
            hi = bisect.bisect_left(keys, (m.end(1), -1))
            person = next(((ms, me) for ms, me, a in mentions[lo:hi] if me == m.end(1) and a.type == "person"), None)
        if person is not None:
            return person
    appositive = _appositive_head(doc, s, mentions, keys)
    if appositive is not None:
        return appositive  # ("Ann Lee, the head of the Palm Center, said": not the center)
    r = _ROLE_AFTER_RE.match(text, e)
    if r is not None and r.group(2) in _ROLE_HEADS and not any(
            w.endswith("ed") or w in _NOT_ROLE_WORDS for w in r.group(1).split()):
        # ("Acme fired adviser Ann Lee": a verb and its object, not a role)
        person = person_at(r.end(), None)
        if person is not None and not text.startswith(("'s", "’s"), person[1]):
            return person
    return sp


def _resolve_speaker(doc: Document, sp: tuple[int, int] | None, qs: int,
                     mentions: Sequence[tuple[int, int, Actor]], keys: Sequence[tuple[int, int]],
                     prev_speakers: Sequence[tuple[int, str, str]], types: dict[str, str]) -> tuple[str | None, str]:
    """(speaker name, actor type or "other") for the speaker phrase ``sp``."""
    if sp is None:
        return None, "other"
    s, e = _person_around(doc, sp, mentions, keys)
    if is_identity_description(doc.text[s:e]) and not _NAME_AFTER_RE.match(doc.text, e) and not re.search(
            r"\b[Aa]n? (?:[\w-]+ ){0,3}" + re.escape(doc.text[s:e].rsplit(" ", 1)[-1]) + r"\b",
            doc.text[max(0, s - 400) : s]):
        # ("A Democrat cited ... "...," the Democrat said": the unnamed one, left as the phrase)
        ref = resolve_reference(doc, doc.text[s:e], min(s, qs), mentions, keys, prev_speakers)
        if ref is not None:
            return ref, types.get(ref, "person")  # "the California Democrat said": the person, not the party
    if people_in_place(doc, s, e):
        return doc.text[s:e], "group"  # "Police in Minneapolis said": the police, not the city
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
            if HEADLINE_TO_RE.fullmatch(actor.name) and " To " not in doc.text[ms:me]:
                # an actor name that glued a headline's "Lee To Hannity" together: the phrase, not both names
                return doc.text[s:e], actor.type
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
        closed = text[qe - 1] in _CLOSERS + "’'" and qe - qs > 1
        inner = text[qs + 1 : qe - 1] if closed else text[qs + 1 : qe]
        inner_of.append(inner)
        nw = count_words(inner)
        words_of.append(nw)
        if nw == 0:
            continue
        partial = inner.lstrip(" .…[(")[:1].islower()
        if partial:
            poss = _possessive_speech(doc, qs, qe)
            if poss is not None:
                att[i] = poss  # "Obama's remarks that he was "elected to stop wars""
                continue
        if nw <= MAX_SCARE_WORDS and not _said_colon_before(text, qs) and named_thing(
                doc, qs, qe, inner, case_blind=title_case_headline(text, qs)
                and title_line_speaker(doc, qs, mentions, mention_keys) is not None):
            # (in a title-case headline every quotation looks like a title: 'Obama: 'Healthy' for U.S. to talk ...')
            label = _label_of_object(doc, qs, qe, verb_spans, quote_starts)
            if label is not None:
                att[i] = label  # 'Trump has slammed Vindman as a "Never Trumper"': his label, not a title
                continue
            named[i] = True  # a title or a cited term: no speaker ("the book "Adios, America,"", "called "X"")
            continue
        att[i] = _attribute(doc, qs, qe, nw <= MAX_SCARE_WORDS, partial, verb_spans, quote_starts)
        if att[i] is None and not closed:
            tail = _UNCLOSED_TAIL_RE.search(inner)
            if tail is not None:
                # '"... as under 'Don't ask, don't tell,' Belkin said.': the closing double mark is missing after
                # a nested quotation, the attribution after it was read as part of the quotation
                att[i] = _attribute(doc, qs, qs + 1 + tail.end(), False, partial, verb_spans, quote_starts)
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
                or _view_holder(doc, regions[i][0], mentions, mention_keys)
                or title_line_speaker(doc, regions[i][0], mentions, mention_keys)
                or dash_credit_speaker(doc, regions[i][0], regions[i][1], mentions, mention_keys)
                or colon_paragraph_subject(doc, regions[i][0], mentions, mention_keys)
                for i in range(n) if att[i] is None and words_of[i] and not named[i]}
    for i in range(n):
        ai = att[i]
        if ai is not None and ai[0] is None and words_of[i] and not named[i] and \
                text[max(0, regions[i][0] - 12) : regions[i][0]].rstrip().endswith(":"):
            # a verb with no subject found in a long sentence ending in a colon ("X, a teacher who ... says she
            # is undecided, put it simply: "..."): the sentence's subject, if it is a person
            headline[i] = colon_subject(doc, regions[i][0], mentions, mention_keys)
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
        head_name = headline.get(i) if a is None or a[0] is None else None
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
            elif text[qe - 1] in _CLOSERS + "’'" and is_scare_quote(doc, qs, qe, inner, lexicon_spans=lexicon_spans,
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
    for k in range(len(quotes) - 2, -1, -1):
        nxt = quotes[k + 1]
        if quotes[k].speaker is None and nxt.speaker is not None and own[k + 1] and rules[k].mode == "none" \
                and text[quotes[k].start] in "\"“" and text[nxt.start] in "\"“" \
                and not quotes[k].text.rstrip().endswith("?") and _reopened(doc, quotes[k].end, nxt.start):
            # '"Every winter we watch the river ...\n\n"Whoever approved this ...," said Margaret Ashworth': a
            # quotation left open at its paragraph's end is the words of the one the next paragraph's attributes
            # (not a question: the next paragraph may answer it, '"What did you see?\n\n"Smoke," said Luis Ortega')
            quotes[k] = dataclasses.replace(quotes[k], speaker=nxt.speaker)
            rules[k] = RuleAttribution(None, nxt.speaker, "continued")
    # a speaker that only counts ("Thousands held signs") names no one (issue 15, session 22)
    # nor does a term or title the writer mentions ('the "zero tolerance" policy', 'told CBS's "60 Minutes"';
    # issue 15, session 23)
    quotes = [dataclasses.replace(q, speaker=None)
              if counts_no_one(q.speaker) or (q.speaker and is_mention(doc, q.start, q.end, q.verb)) else q
              for q in quotes]
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
