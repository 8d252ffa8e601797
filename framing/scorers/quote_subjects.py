"""Sentence and clause subjects as speakers, for the quote scorer (:mod:`framing.scorers.quotes`).

The subject that opens a sentence, past a dateline, a transcript label or an opening phrase ("Pressed on the issue,
she said"); the subject of the clause that holds a verb; the subject of a participle ('"...," she said, adding:'),
of a pronoun clause before it and of an absolute "with X saying"; the person a relative clause describes ("Joan
Ruiz, who ... and described"); and the speaker after a verb of saying that opens its sentence ("Wrote NBC News' Ann
Lee: "..."").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.document import Document
from framing.pos import known_tags
from framing.scorers.actors import DESCRIPTIVE_WORDS
from framing.scorers.quote_phrases import _clean, _end_before, _np_backward, _np_forward, _subject_before
from framing.scorers.quote_verbs import _NOUN_PREPOSITIONS, _SAID_FORMS
from framing.scorers.reporting import communication_forms
from framing.scorers.scare import DETERMINERS
from framing.scorers.speaker_heads import _capitalised_elsewhere
from framing.scorers.speaker_phrase import SUBJECT_PRONOUNS
from framing.scorers.speakers import TITLE_NOUNS

_OPENING_PREPOSITIONS = frozenset(
    "in on at after before during with by for from despite amid under rather instead unlike besides beyond".split()
)
_SUBORDINATORS = frozenset("whether if when while although though as because since after before unless".split())


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


def _ing_name(doc: Document, k: int, hi: int) -> bool:
    """Whether the capitalised -ing word opening a sentence at token ``k`` is a name, not a participle: it is
    followed by a possessive ("Pickering's report, released ..., found") or, when the tagger does not know it as a
    verb, written capitalised mid-sentence elsewhere in the text ("... Pickering argued")."""
    s, e = doc.token_spans[k]
    if k + 1 < hi and doc.norm_tokens[k + 1] == "'s":
        return True
    # (a verb the tagger knows is capitalised in title-case headlines: "Biden Facing Pressure", then "Facing ...,")
    return "VERB" not in known_tags(doc.norm_tokens[k]) and _capitalised_elsewhere(doc.text, doc.text[s:e], s)


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
            # ("Not to be outdone, Mr Delaney ...", "To be fair, ...": an infinitive opening the sentence)
            k + 1 < hi and (toks[k], toks[k + 1]) in (("not", "to"), ("to", "be"))) or (
            doc.text[doc.token_spans[k][0]].islower() and _verb_like(toks[k])) or (
            toks[k].endswith("ing") and len(toks[k]) > 4 and "-" not in toks[k] and not _ing_name(doc, k, hi)) or \
            _participle_opener(doc, k, hi):
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
            head = _collective_head(doc, k, j, end_tok)
            if head is not None:
                last = head  # "the Trump transition team put out a statement saying": the team, not "Trump"
            break  # "Rasmussen toned down", "The order goes on" (not "personal Trump attorney Jay Sekulow")
        last = j
        j += 1
    if toks[k] in ("a", "an", "the") and last + 1 < hi and doc.text[doc.token_spans[last + 1][0]].islower():
        # "A Georgia legislator who supported the bill, state Sen. Mike Crane, called ...": the name in apposition
        app = _APPOSITIVE_NAME_RE.match(doc.text, doc.token_spans[last + 1][1])
        if app is not None and app.end(1) <= doc.token_spans[hi - 1][1]:
            return _clean(doc, app.span(1))
    return _clean(doc, (doc.token_spans[k][0], doc.token_spans[last][1]))


#: Nouns for a body of people that a name before them owns ("the Trump transition team", "the Clinton legal team").
_COLLECTIVE_HEADS = frozenset("team campaign administration staff aides lawyers attorneys office".split())


def _collective_head(doc: Document, k: int, j: int, end_tok: int) -> int | None:
    """The token of a collective noun ending, within two lower-case words from token ``j``, a noun phrase that opens
    with "the" at token ``k`` and a name ("the Trump transition team"); else None."""
    toks = doc.norm_tokens
    if toks[k] != "the":
        return None
    for t in range(j, min(end_tok, j + 2) + 1):
        if not doc.text[doc.token_spans[t][0]].islower() or (_verb_like(toks[t]) and toks[t] not in _COLLECTIVE_HEADS):
            return None
        if toks[t] in _COLLECTIVE_HEADS:
            return t
    return None


def _after_subordinate_clause(doc: Document, k: int, commas: Sequence[int]) -> int:
    """The token after the comma that closes a sentence's opening phrase at token ``k`` (``commas``: the tokens
    after its commas outside quotations). A clause opened by a subordinator ends after its own verb, not at a comma
    inside its subject ("After Sen. Ann Ray, R-Utah, said it was "wrong", Lee hit back, calling her ..."); a
    phrase without a verb ("In Ohio, Lee said", "As a candidate, she joked") at the first comma."""
    toks = doc.norm_tokens
    if toks[k] == "as" and k + 1 < commas[0] and toks[k + 1] in ("a", "an") and not any(
            doc.text[doc.token_spans[t][0]].islower() and _verb_like(toks[t]) for t in range(k + 1, commas[0])):
        return commas[0]  # "But as a presidential candidate, she joked ...": "as" a preposition, no clause
    if toks[k] in _SUBORDINATORS:
        for m in commas:
            if any(doc.text[doc.token_spans[t][0]].islower() and _verb_like(toks[t]) for t in range(k + 1, m)):
                return m
    return commas[0]


#: A transcript's speaker label opening a sentence ("JANE DOE: Editor Mark Hale said ..."): the sentence that
#: follows reports someone else's words in its own clause; the label is not its subject.
_LABEL_OPENING_RE = re.compile(
    r"(?:(?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z'’-]*[A-Z]|Update|Updated|Correction|Clarification|Breaking"
    r"|Editor['’]s[ \t]+[Nn]ote)[ \t]*:[ \t]+(?=[A-Z])"
)
#: A dateline opening a sentence: capitals (a city, a state, an agency in parentheses), then a dash.
_DATELINE_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*(?:[ ,]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*)*"
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})?"  # ("SALEM, Ore. —", "TOPEKA, Kan. —")
    r"(?:\s*\([^()\n]{1,20}\))?\s*(?:—|–|--)\s*")
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


def _plain_sentence_before(doc: Document, lo: int, k: int) -> bool:
    """Whether tokens ``lo`` to ``k`` open their sentence with no quotation and no relative clause in them (whose
    subject a verb coordinated after them could share instead: 'Lee, who credits the cut but calls it "..."')."""
    spans = doc.token_spans
    si = doc.sentence_index(spans[lo][0])
    if si < 0 or doc.sentence_index(spans[k][0]) != si or doc.sentences[si][0] < spans[lo][0] - 2:
        return False
    if any(c in doc.text[spans[lo][0] : spans[k][0]] for c in "\"“”"):
        return False
    return not any(t in ("who", "which", "whom", "whose") for t in doc.norm_tokens[lo:k])


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
        if b > lo + 1 and toks[k - 1] in ("but", "yet") and _plain_sentence_before(doc, lo, k - 1):
            # "Mr. Trump hadn't specified the changes, but said "...": a coordinated verb with no subject of its
            # own shares the sentence's
            return _sentence_subject(doc, lo, k - 1)
        return None
    sp = _sentence_subject(doc, b, k)
    if sp is None and b > lo:
        sp = _sentence_subject(doc, lo, k)  # "Trump has led ..., and has claimed that": a coordinated verb
    return sp


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


#: Recordings whose subject is heard speaking: "a video surfaced of Hyde-Smith saying".
_RECORDING_NOUNS = frozenset("video videos footage recording recordings clip clips audio tape tapes".split())


def _recorded_subject(doc: Document, lo: int, k: int) -> tuple[int, int] | None:
    """The name heard in a recording before the participle at token ``k`` ("a video surfaced of Hyde-Smith
    saying, "..."", "footage of Jane Roe telling ..."): one to four capitalised words after "of", a recording's noun
    before "of" in the clause; None otherwise."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    t = k - 1
    while t > lo and k - t <= 4 and text[spans[t][0]].isupper() \
            and text[spans[t][1] : spans[t + 1][0]] in (" ", ". "):
        t -= 1  # (a title's full stop: "a video of Gov. Ralph Northam saying")
    if t == k - 1 or toks[t] != "of" or text[spans[t][1] : spans[t + 1][0]] != " ":
        return None
    if not any(toks[x] in _RECORDING_NOUNS for x in range(max(lo, t - 4), t)):
        return None
    return spans[t + 1][0], spans[k - 1][1]


#: The speaker after a sentence-opening verb of saying, up to the colon or comma before the quotation ("Wrote NBC
#: News' Ann Lee: "...", "Said Duffy, "..."); a possessor before the name ("NBC News'") is left out.
_INVERTED_SUBJECT_RE = re.compile(
    r"[ \t]+(?:[^:;.!?\"“”\n]{0,40}?(?:'s|’s|'|’)[ \t]+)?([A-Z][^:;,.!?\"“”\n']{1,50}?)[ \t]*[:,][ \t]*\Z")


def _inverted_subject(doc: Document, k: int, qs: int) -> tuple[int, int] | None:
    """The speaker of a verb of saying that opens its sentence, inverted before a colon or comma ("Wrote NBC News'
    Ann Lee: "..."", "Said Duffy, "...""); None unless the verb is capitalised and a capitalised phrase ends at the
    colon or comma right before the quotation."""
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


#: Object pronouns that can be the person blamed or praised "for saying" something.
_OBJECT_PRONOUNS = frozenset("him her them".split())


def _for_participle_object(doc: Document, k: int, lo: int) -> tuple[int, int] | None:
    """The object before "for" + a reporting participle at token ``k`` ("Critics slammed Tom Hale for saying
    ...", "ads attacking the former mayor for saying that ...", "praised her for calling ..."): the person who said
    it, not the sentence subject. A capitalised name, a determiner and up to three lower-case words, or an object
    pronoun; None when token ``k - 1`` is not "for" or no such phrase ends before it."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    e = k - 2
    if e < lo or toks[k - 1] != "for" or text[spans[e][1] : spans[k - 1][0]] != " ":
        return None
    s = e
    if toks[e] in _OBJECT_PRONOUNS:
        pass
    elif text[spans[e][0]].isupper():
        while s - 1 >= lo and e - s < 4 and text[spans[s - 1][0]].isupper() and \
                text[spans[s - 1][1] : spans[s][0]] in (" ", ". "):
            s -= 1
    else:
        while s - 1 >= lo and e - s < 3 and text[spans[s - 1][1] : spans[s][0]] == " " and \
                toks[s] not in DETERMINERS:
            s -= 1
        if toks[s] not in ("the", "a", "an") or s == e:
            return None
    if s - 1 >= lo and toks[s - 1] in _PREPOSITION_BEFORE:
        return None  # "a phrase a friend gave me as a shorthand for explaining": no verb's object
    return _clean(doc, (spans[s][0], spans[e][1]))


#: Prepositions before a noun phrase that make it no verb's object ("as a shorthand for explaining").
_PREPOSITION_BEFORE = frozenset("as of in on at with to from by into like than about".split())


#: Texts adopted by a body, whose words a participle right after them reports ("to pass a resolution declaring the
#: settlements a "flagrant violation"").
_ADOPTED_TEXTS = frozenset("""resolution resolutions bill bills law laws measure measures ruling rulings order orders
    amendment amendments motion motions petition petitions proclamation proclamations""".split())


def _adopted_text_before_participle(doc: Document, k: int, lo: int) -> tuple[int, int] | None:
    """The adopted text ("a resolution", "the bill") right before the participle at token ``k``, with no comma
    between ("the Council passed a resolution declaring ...", "a bill calling the plan "..."): the text says it,
    not the sentence's subject (who passed or allowed it). A determiner, up to three words and the noun; None
    otherwise."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    e = k - 1
    if e <= lo or toks[e] not in _ADOPTED_TEXTS or text[spans[e][1] : spans[k][0]] != " ":
        return None
    s = e
    while s - 1 >= lo and e - s < 4 and text[spans[s - 1][1] : spans[s][0]] == " " and toks[s] not in DETERMINERS:
        s -= 1
    if toks[s] not in ("the", "a", "an", "this", "that", "its", "their"):
        return None
    return _clean(doc, (spans[s][0], spans[e][1]))


#: Verbs whose complement clause may follow without "that": the clause's subject is the verb's object ("The forms
#: reveal the foundation has admitted ...", "Records show the senator has admitted").
_BARE_COMPLEMENT_VERBS = frozenset("show shows showed reveal reveals revealed indicate indicates indicated".split())


#: Words that end a bare complement clause's subject before its verb: a relative or a pronoun starts a clause, a
#: conjunction a coordinated verb ("She showed the letter and said it was "a forgery."").
_NOT_IN_BARE_SUBJECT = frozenset("that which who whom whose he she it they we i you and or but".split())


#: Marks between two tokens that end a complement clause's subject (``not _CLAUSE_MARKS.isdisjoint(gap)`` is
#: ``any(c in gap for c in ",;:")`` without a generator per gap).
_CLAUSE_MARKS = frozenset(",;:")


def _bare_complement_subject(doc: Document, k: int, lo: int) -> tuple[int, int] | None:
    """The subject of a complement clause without "that" whose verb is token ``k``: the noun phrase between a verb
    of :data:`_BARE_COMPLEMENT_VERBS` (up to eight tokens back, no comma between) and ``k``."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    for t in range(k - 2, max(lo, k - 9) - 1, -1):
        if not _CLAUSE_MARKS.isdisjoint(text[spans[t][1] : spans[t + 1][0]]):
            return None
        if toks[t] in _BARE_COMPLEMENT_VERBS and (toks[t + 1] in DETERMINERS or text[spans[t + 1][0]].isupper()):
            stop = t + 2
            while stop < k and not _verb_like(toks[stop]):
                stop += 1  # (up to the clause's auxiliary or verb: "the senator has admitted")
            if stop - t > 5 or any(w in _NOT_IN_BARE_SUBJECT or "'" in w for w in toks[t + 1 : stop]) or not all(
                    _verb_like(w) or w.endswith("ly") for w in toks[stop:k]):
                return None  # ("revealed this week they'd seen notes that suggest": not a subject of "suggest")
            return _clean(doc, _np_forward(doc, t + 1, stop))
    return None

