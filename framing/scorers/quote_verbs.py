"""Reporting verbs in context, for the quote scorer (:mod:`framing.scorers.quotes`).

Whether a reporting-verb form is a verb where it stands (not a noun, "the report said", "drug charges", nor a
passive participle, "was told") and its kind (:func:`framing.scorers.reporting.verb_kind`); verbs of judging or
naming that govern a partial quotation ("she attacked her rival as "Putin's puppet""); the speech verb whose
complement holds another verb ("X says Y agreed to ..."); and the word lists of verb forms the attribution rules use.
"""
from __future__ import annotations

import bisect
import re

from framing.analysis import Span
from framing.document import Document
from framing.scorers.names import MONTHS, WEEKDAYS
from framing.scorers.quote_phrases import _clean, _subject_before
from framing.scorers.reporting import communication_forms, reporting_forms, verb_kind
from framing.scorers.scare import DETERMINERS, PARTICLES
from framing.scorers.speaker_heads import is_ly_adverb

#: Reporting-verb forms that are also nouns ("the report said", "drug charges"): read as verbs only after a name,
#: a pronoun or a plural subject, never after a determiner or a possessive.
_NOUN_LIKE_VERBS = frozenset(
    """report reports comment comments answer answers reply replies claim claims charge charges tweet tweets post
    posts vow vows boast boasts warning statement note notes estimate estimates response""".split()
)
#: Verbs that attribute a short evaluative quote to their subject ("Ginsburg called the ruling "wrong"").
_NAMING_VERBS = frozenset({"called", "calls", "calling", "dubbed", "branded", "labeled", "labelled", "deemed",
                           "termed", "dubbing", "branding", "labeling", "labelling", "terming"})
#: Verbs that attribute such a quote only through "as" right before it ("dismissing critics as "people who ..."",
#: "remembered him as "a wall with a sense of humour"").
_NAMING_AS_VERBS = frozenset({"dismissed", "dismisses", "dismissing", "remembered", "remembers", "remembering"})
#: Reporting verbs that carry a statement, preferred to a nearer verb inside their complement ("NATO chief says
#: alliance has agreed to create "spearhead" force").
_SPEECH_LEMMAS = frozenset("say tell state write add claim insist argue announce tweet declare".split())


_STATE_VERB_BEFORE = frozenset(
    "i we you they to will would could should may might must can did do does not also".split()
)


#: Words before "states" that make it the plural noun, not the verb ("other states", "in states", "the 50 states").
_STATES_NOUN_BEFORE = frozenset(
    """the other some many all several both these those most few various individual member swing red blue border
    neighboring neighbouring gulf united two three four five ten 50 fifty in across of for from to among by with
    and or than sovereign key battleground""".split()
)


def _is_noun_use(doc: Document, i: int) -> bool:
    """Whether the reporting-verb form at token ``i`` is a noun here ("the report", "drug charges")."""
    tok = doc.norm_tokens[i]
    if tok == "state":
        # "state senator", "the state said": a noun, unless a subject pronoun or an auxiliary comes before; and
        # before a capitalised title ("according to state Education Commissioner Laura Benning", "state Sen.")
        nxt = doc.text[doc.token_spans[i + 1][0] : doc.token_spans[i + 1][1]] if i + 1 < len(doc.norm_tokens) else ""
        if nxt[:1].isupper() and nxt not in WEEKDAYS and nxt not in MONTHS and \
                doc.text[doc.token_spans[i][1] : doc.token_spans[i + 1][0]] == " ":
            return True
        return i == 0 or doc.norm_tokens[i - 1] not in _STATE_VERB_BEFORE
    if tok == "states" and i > 0 and (doc.norm_tokens[i - 1] in _STATES_NOUN_BEFORE
                                      or doc.norm_tokens[i - 1].endswith("ern")):
        return True  # "in other states", "the 50 states", "southern states": the noun
    if tok == "states" and i >= 2 and doc.norm_tokens[i - 2] == "to" and doc.text[doc.token_spans[i - 1][0]].islower() \
            and not doc.norm_tokens[i - 1].endswith("ly") and doc.norm_tokens[i - 1] not in _STATE_VERB_BEFORE:
        return True  # "to push states to take ...": an infinitive's object (a finite "states" never follows one)
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
    if tok.endswith("s") and i >= 3 and doc.norm_tokens[i - 3] in DETERMINERS and _QUOTE_CLOSED_BEFORE_RE.search(
            doc.text, max(0, doc.token_spans[i - 3][0] - 4), doc.token_spans[i - 3][0]):
        return False  # '"...," the news agency reports.': the subject after a quotation, then its verb
    if tok.endswith("s") and prev_surface[:1].islower() and prev not in ("it", "he", "she", "who", "which") \
            and not (i >= 2 and doc.norm_tokens[i - 2] in DETERMINERS):
        return True  # "on drug charges" (but "The study estimates": a determiner opens the subject)
    return False


_PRONOUN_TOKENS = frozenset("he she it they we i you who which".split())
#: A quotation closed by a comma, question or exclamation mark right before a word ('"...," the').
_QUOTE_CLOSED_BEFORE_RE = re.compile(r"[,?!][\"”][ \t]+\Z")
_NOUN_PREPOSITIONS = frozenset("in on of for with without under against from about into upon".split())
_BE_FORMS = frozenset("is was were are be been being".split())


def _is_passive(doc: Document, i: int) -> bool:
    """"is criminally charged", "was told": a passive participle reports no speaker's words."""
    tok = doc.norm_tokens[i]
    if not (tok.endswith("ed") or tok in ("told", "said", "written")):
        return False
    j = i - 1
    while j >= 0 and (is_ly_adverb(doc.norm_tokens[j])
                      or doc.norm_tokens[j] in ("then", "also", "now", "still", "not", "often")):
        j -= 1  # "was widely reported", "are then reminded"
    if j < 0 or doc.norm_tokens[j] not in _BE_FORMS:
        return False
    # a be-form that ends a quotation is no auxiliary of the verb after it ('"... for what they are," said Lee')
    gap = doc.text[doc.token_spans[j][1] : doc.token_spans[i][0]]
    return not any(c in gap for c in ",;:.!?\"”’")


#: Words after which an -ed form modifies a noun instead of reporting ("any proposed solution", "the claimed
#: victory", "his stated goal").
_ADJECTIVE_PARTICIPLE_BEFORE = frozenset(
    "a an the any every each no this these those its their his her our my your".split()
)


#: Words after an -ed form that show it is a verb after all ("a spokesman for her added.", "an aide to her tweeted on").
_NOT_NOUN_AFTER = frozenset("""on in at to that by with for from about today yesterday tonight last this and or but
    as""".split())


def _adjective_participle(doc: Document, i: int) -> bool:
    """Whether the -ed form at token ``i`` modifies the noun after it: after a determiner or possessive and before a
    lower-case word ("any proposed solution", "his stated goal"; not "a spokesman for her added.")."""
    toks = doc.norm_tokens
    if i == 0 or i + 1 >= len(toks) or not toks[i].endswith("ed") or toks[i - 1] not in _ADJECTIVE_PARTICIPLE_BEFORE:
        return False
    nxt_s = doc.token_spans[i + 1][0]
    # (also before an opening quotation mark: 'he hardly emerged as the promised “repairer of the breach”')
    return doc.text[doc.token_spans[i][1] : nxt_s] in (" ", ' "', " “") and doc.text[nxt_s].islower() \
        and toks[i + 1] not in _NOT_NOUN_AFTER


def _verb_at(doc: Document, i: int, verb_spans: dict[int, Span]) -> tuple[int, int, str] | None:
    """A reporting verb at token ``i``: (start, end, kind)."""
    if _is_noun_use(doc, i) or _is_passive(doc, i):
        return None
    if _adjective_participle(doc, i):
        return None  # "any proposed solution", "his stated goal": a participle used as an adjective
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
    if doc.norm_tokens[i] in _BACK_FORMS and i + 1 < len(doc.norm_tokens) and doc.norm_tokens[i + 1] == "back" and (
            _QUOTE_RIGHT_AFTER_RE.match(doc.text, doc.token_spans[i + 1][1])
            or _QUOTE_RIGHT_BEFORE_RE.search(doc.text, max(0, s - 80), s)):
        # 'Buttigieg later shot back, "..."': a retort right next to the quotation, as "fired back" in the lexicon
        return s, doc.token_spans[i + 1][1], "loaded"
    if doc.norm_tokens[i] in _MANNER_OF_SPEAKING and i > 0 and doc.norm_tokens[i - 1] not in _PRONOUN_TOKENS and (
            _QUOTE_RIGHT_AFTER_RE.match(doc.text, e) or _QUOTE_RIGHT_BEFORE_RE.search(doc.text, max(0, s - 80), s)):
        # 'Gingrich mused, "What if ..."', '"...," a voter heckled': a manner of speaking right next to the
        # quotation it introduces or closes, with a named subject ('"...," he shouts' is often an unnamed man
        # in a scene, not the person named last)
        return s, e, "neutral"
    return None


#: Verbs of a manner of speaking that the reporting-verb lexicon leaves out; they attribute only a quotation
#: right next to them (a comma or colon and the opening mark after the verb, or the closing mark a few words
#: before it).
_MANNER_OF_SPEAKING = frozenset(
    """mused muses quipped quips joked jokes shouted shouts yelled yells screamed screams exclaimed exclaims
    heckled heckles retorted retorts remarked remarks deadpanned deadpans bellowed bellows whispered whispers
    muttered mutters thundered thunders countered counters griped gripes cracked cracks""".split()
)
_QUOTE_RIGHT_AFTER_RE = re.compile(r"[,:]\s*[\"“]")
#: Verbs of a retort with "back" that the lexicon leaves out ("shot back", "snapped back").
_BACK_FORMS = frozenset("shot shoots shooting snapped snaps".split())
#: (a word may be a short parenthesis or end in a comma: '"...," Sen. Kirsten Gillibrand (D-NY) shouted', '"...," Sen.
#: Ron Wyden, D-Oregon, yelled')
_QUOTE_RIGHT_BEFORE_RE = re.compile(r"[,?!…][\"”]\s+(?:(?:[\w.'’-]+,?|\([\w.'’ -]{1,20}\))\s+){0,5}\Z")


_POINT_FORMS = frozenset("point points pointed pointing".split())


#: Reporting verbs never inverted with their subject: the noun phrase after them is the hearer ('"...," told
#: viewers' has no speaker after the verb).
_OBJECT_FIRST_VERBS = frozenset("told tell tells telling informed assured reminded".split())
_SAID_FORMS = frozenset("said says told added wrote tweeted asked".split())


_IRREGULAR_FINITE = frozenset("found thought told said wrote spoke swore felt".split())
#: Finite verbs that open a new clause after a run-on partial quotation ('"sorry" Americans are losing ...').
_RUN_ON_VERBS = frozenset("is are was were has have had will would can could do does did".split())


#: Nouns for texts and bodies that speak through what they publish ("The memo identifies ... as "..."").
_SOURCE_NOUNS = frozenset(
    """memo memorandum report statement letter study poll survey ruling opinion order complaint lawsuit filing
    document release ad book article story editorial column paper bill law policy plan court group campaign
    committee agency department government administration company union party panel board council""".split()
)


#: Nouns of speech events a participle of saying may follow ("gave a speech promising", "issued a statement urging").
_SPEECH_EVENT_NOUNS = frozenset(
    "speech speeches statement statements remarks interview letter tweet tweets video post op-ed address".split())


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
    if prev == "to" or prev in _BE_FORMS or prev in DETERMINERS or _adjective_participle(doc, k) \
            or prev == "'s" or prev.endswith("'s"):
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
    noun = next((t for t in range(k - 1, max(0, k - 4) - 1, -1) if toks[t] in _SPEECH_EVENT_NOUNS), None)
    if tok.endswith("ing") and noun is not None and not any(
            c in doc.text[spans[t - 1][1] : spans[t][0]] for t in range(noun + 1, k + 1) for c in ",;:") and not any(
            toks[t] in ("by", "from", "of") or doc.text[spans[t][0]].isupper() for t in range(noun + 1, k)):
        # "Jack Lew gave a speech this week promising ... "in the very near future"": the subject's words (not "a
        # letter by Kavanaugh instructing": the letter's author)
        return True
    prev_surface = doc.text[doc.token_spans[k - 1][0] : doc.token_spans[k - 1][1]]
    return tok.endswith("s") and (prev_surface[:1].isupper() or prev in ("he", "she", "it", "who", "which")
                                  or is_ly_adverb(prev)
                                  or (k >= 2 and toks[k - 2] in ("the", "a", "an", "this", "that", "its")
                                      and prev in _SOURCE_NOUNS))  # "The memo identifies"


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
