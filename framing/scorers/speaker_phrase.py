"""A speaker phrase found next to a reporting verb, cleaned: time words and numbers cut ("Tuesday", "July 20"),
fragments mended ("least two dozen", "The president falsely claimed"), and rejected when nothing in it can name a
speaker (a determiner, a number, a verb fragment); used by :mod:`framing.scorers.quotes` before a phrase is resolved
by :mod:`framing.scorers.speakers`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.document import Document
from framing.scorers.names import in_spans, link_text_spans
from framing.scorers.reporting import reporting_forms
from framing.scorers.speaker_gender import named_surname
from framing.scorers.speaker_heads import LY_NOUNS, head_names_someone

#: Words that cannot start or end a speaker phrase: time words, days, months.
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow earlier later
    recently previously again then now once also still last this week month year morning afternoon evening night
    january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec past future meantime interim moment weekend weekends""".split()
)


#: A speaker phrase made only of these names no one (with ``_TIME_WORDS`` and numbers).
_DETERMINER_WORDS = frozenset("the a an this that these those his her its their our my your one".split())


_EMPTY_WORDS = frozenset(
    """the a an this that these those some any and but or so of in on at to for with from by as is was are were be
    been being has have had do does did will would could should may might must can not no also just even only
    there here what which who whom whose when where why how all both each every many much more most other such
    than too very without within about after before during under over through into onto upon against between
    among despite via per""".split()
)


#: Verb forms that never belong inside a speaker phrase ("is the state's third-largest").
#: Units of measure: a phrase headed by one counts something and speaks no quotation ("42 percentage points").
_MEASURE_NOUNS = frozenset(
    """point points dollars cents miles kilometers kilometres pounds
    degrees seconds minutes hours days weeks months years decades""".split()
)


_VERB_WORDS = frozenset("is was are were be been being has have had do does did".split())


_NUMBER_RE = re.compile(r"^[\d.,:/%$-]+(?:st|nd|rd|th|s)?$")


#: Personal pronouns that can be a quotation's speaker (subject case, third person).
SUBJECT_PRONOUNS = frozenset("he she they".split())


_PREPOSITIONS = frozenset("of than for to from with over about into by at via against without".split())


_LEADING_JUNK = frozenset(
    "and but so or then on if when whether while although though however meanwhile because as since even also".split()
)


def _words(doc: Document, s: int, e: int) -> list[tuple[int, int]]:
    """Token spans inside ``[s, e)`` that are words (not punctuation)."""
    i = bisect.bisect_left(doc.token_starts, s)
    out = []
    while i < len(doc.token_spans) and doc.token_spans[i][1] <= e:
        ts, te = doc.token_spans[i]
        if any(c.isalnum() for c in doc.text[ts:te]):
            out.append((ts, te))
        i += 1
    return out


def _is_time_or_number(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in _TIME_WORDS or bool(_NUMBER_RE.match(w))


_NAME_WORD_RE = re.compile(r"[\w'’.-]+")


def plausible_speaker(name: str) -> bool:
    """Whether ``name`` can name a speaker at all: not only determiners, function words, time words or numbers
    ("the", "July 20", "2016"), and no verb form inside ("is the state's third-largest")."""
    lows = [w.lower().replace("’", "'") for w in _NAME_WORD_RE.findall(name)]
    return _can_name([w for w in lows if any(c.isalnum() for c in w)])


def _can_name(lows: Sequence[str]) -> bool:
    """Whether lower-cased words can name someone: no verb form among them and at least one word that is not a
    determiner, function word, time word, number or "'s"."""
    if any(w in _VERB_WORDS or w.endswith("n't") for w in lows) or (lows and lows[-1] in _MEASURE_NOUNS):
        return False  # (a verb form, "Don't say: ...", or a measure)
    return any(w not in _EMPTY_WORDS and not _is_time_or_number(w) and w != "'s" for w in lows)


def clean_speaker(doc: Document, s: int, e: int) -> tuple[int, int] | None:
    """The speaker phrase ``[s, e)`` without leading/trailing time words and numbers ("Tuesday", "July 20"); None
    when what is left cannot name a speaker (only determiners, numbers, function words; or a verb inside)."""
    words = _before_link_text(doc, _words(doc, s, e))
    text = doc.text
    if len(words) == 1 and named_surname(text, text[words[0][0] : words[0][1]], words[0][1]):
        return words[0]  # "May insisted": the surname of "Theresa May", not the month or the modal
    while words and (_is_time_or_number(text[words[0][0] : words[0][1]])
                     or text[words[0][0] : words[0][1]].lower() in _LEADING_JUNK):
        words.pop(0)
    while words and (_is_time_or_number(text[words[-1][0] : words[-1][1]])
                     or text[words[-1][0] : words[-1][1]].lower() in ("on", "in", "at", "last")):
        words.pop()
    if not words:
        return None
    lows = [text[a:b].lower().replace("’", "'") for a, b in words]
    mended = _mend_fragment(text, words, lows)
    if mended is None:
        return None
    words, lows = mended
    if lows[0] in _CONTRACTED_AUXILIARIES:
        return None  # "’s overwhelming strength among ...": the tail of a possessive, no noun phrase's start
    if text[words[0][0]].isupper() and (
            (lows[0] in _IMPERATIVE_OPENERS and (len(words) == 1 or text[words[0][1] : words[1][0]].strip() == ","
                                                 or lows[1] in _DETERMINER_WORDS | _CLAUSE_OPENING_WORDS
                                                 | SUBJECT_PRONOUNS | {"we", "i", "you", "when", "if"}))
            or (lows[0] == "let" and len(words) > 1 and lows[1] in ("'s", "us"))):
        return None  # "Remember, at that point, they ...", "Let's start with ...": the reader is addressed
    if (lows[0] in _PREPOSITIONS and not (lows[:2] == ["at", "least"] and len(lows) > 3 and lows[-1].isalpha()
                                          and lows[-1] not in _NUMBER_WORDS | {"one"})) or lows[0] == "there":
        return None  # "of the church's abuse scandal", "than the botched rollout", "there's one it": no subject
    if lows[0] in _PLACE_TIME_PREPOSITIONS or (lows[-1] == "time" and text[words[-1][0]].islower()):
        return None  # "behind closed doors", "during the debate", "This time": an adverbial, no one speaks
    cut = _present_verb_at(text, words, lows)
    if cut is not None:
        # "Jane Doe calls those plans, which ..., "...": the subject before a present-tense verb of saying or
        # naming, not the clause that goes on after it (the phrase ran up to a later verb)
        words, lows = words[:cut], lows[:cut]
    if not _can_name(lows):
        return None
    if len(words) == 1 and text[words[0][0]].islower() and lows[0].endswith(("ed", "ing", "ly")):
        return None  # a verb fragment ("helped", "pressed") or an adverb ("adamantly")
    if len(words) >= 2 and lows[-1] in SUBJECT_PRONOUNS:
        # 'the "Big deal" that he proclaimed', 'an op-ed for The New York Times last week wherein he argued':
        # a pronoun right before the verb is its subject
        return words[-1]
    contracted = _PRONOUN_CONTRACTION_RE.fullmatch(lows[-1])
    if len(words) >= 2 and contracted is not None:
        # "the controversy he's described as a "witch hunt"": the pronoun of the contraction is the subject
        return words[-1][0], words[-1][0] + len(contracted.group(1))
    if len(words) >= 3 and lows[-1] in _CONTRACTED_AUXILIARIES and lows[-2] in SUBJECT_PRONOUNS:
        return words[-2]  # (the contraction as a word of its own)
    if len(words) == 2 and lows[0] in SUBJECT_PRONOUNS and lows[1] in reporting_forms():
        return words[0]  # "..., she adds, suggests ...": the pronoun of a parenthetical attribution
    if len(words) >= 3 and lows[1] in ("what", "how") and text[words[0][0]].islower():
        # "remember what the president said": the subject after the wh-word, not the verb before it
        return clean_speaker(doc, words[1][0], words[-1][1])
    if lows[0] in _CLAUSE_OPENING_WORDS and not (lows[0] == "that" and text[words[0][0]].isupper()):
        # "what Mr. Obama has dubbed": the subject after the wh-word; "that furloughed federal workers deserve",
        # "whose campaign sells T-shirts": a clause, no noun phrase ("That political heat" is one)
        if len(words) < 2 or lows[0] in ("that", "whose") or not (
                text[words[1][0]].isupper() or lows[1] in SUBJECT_PRONOUNS or lows[1] in _DETERMINER_WORDS):
            return None
        return clean_speaker(doc, words[1][0], words[-1][1])
    if len(words) == 1 and lows[0] in _LONE_ADVERBS:
        return None  # an adverb ("instead", "nonetheless"), not a noun phrase
    if len(words) >= 2 and lows[0] in SUBJECT_PRONOUNS and not any(text[a].isupper() for a, _ in words[1:]):
        # "he often quickly lapses", "he recalls": the pronoun is the subject (not in "He quoted Iain", where
        # the name may be the speaker)
        return words[0]
    contracted_first = _PRONOUN_CONTRACTION_RE.fullmatch(lows[0])
    if contracted_first is not None:
        return words[0][0], words[0][0] + len(contracted_first.group(1))  # "he's", "she'd": the pronoun
    if len(words) >= 2 and text[words[0][0]].islower() and lows[1] in _DETERMINER_WORDS | _POSSESSIVE_WORDS and (
            lows[0] in _IRREGULAR_PAST or (lows[0].endswith("ed") and len(lows[0]) > 4)):
        return None  # a verb and its object ("withdrew his endorsement", "witnessed the explosion")
    if len(words) <= 3 and lows[-1].endswith("ing") and len(lows[-1]) > 4 and lows[0] not in _DETERMINER_WORDS \
            and all(text[a].islower() for a, _ in words):
        return None  # a participle phrase ("possibly leading to what some have called"), not "the ruling"
    # its head must be a name, a pronoun or a noun that can speak (issue 15, session 23)
    return head_names_someone(doc, words, lows)


#: Heads that count people or things and name no one ("Three percent", "least two dozen", "Thousands").
#: ("49 percent" of a poll's respondents is a speaker by the guideline: not here)
_QUANTITY_HEADS = frozenset("""dozen dozens tens hundreds thousands millions fourth fourths third
    thirds""".split())


#: Degree words that end no noun phrase: the phrase ran into a comparison ("the words most", "film yet").
_DEGREE_TAILS = frozenset("most more yet least less".split())


#: Participles and past verbs that follow a speaker phrase, not end it ("a statement released", "Westmoreland
#: joked"), besides the past forms of reporting verbs.
_TRAILING_PAST = frozenset("""joked quipped released found maintained published obtained leaked issued posted
    noted added""".split())


#: Plain verbs that open no speaker phrase ("read the notice", "in turn", "appear").
_VERB_OPENERS = frozenset("read reads make makes appear appears turn".split())


_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred thousand million dozen""".split())


_CLOSE_TO_RE = re.compile(r"\s+to\s+(?:the|a|an|his|her|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s*[,.;“\"])")


_AT_END_RE = re.compile(r"(?:^|\W)[Aa]t\s*$")


_OF_NAME_RE = re.compile(r"\s+(?:[A-Z0-9][\w.'’&-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’&-]*)*")


def counts_no_one(speaker: str | None) -> bool:
    """Whether a resolved speaker string only counts ("Thousands", "least two dozen"): the safety net after
    resolution (issue 15, session 22). A share of a poll's respondents ("49 percent") is a speaker by the
    guideline."""
    if not speaker:
        return False
    return speaker.rsplit(None, 1)[-1].lower() in _QUANTITY_HEADS


def _extend(text: str, words: list[tuple[int, int]], m: re.Match[str] | None) -> list[tuple[int, int]]:
    """``words`` and the words of the match ``m`` right after them."""
    if m is None:
        return words
    return words + [(m.start() + w.start(), m.start() + w.end()) for w in _NAME_WORD_RE.finditer(m.group())]


def _mend_fragment(text: str, words: list[tuple[int, int]], lows: list[str]
                   ) -> tuple[list[tuple[int, int]], list[str]] | None:
    """A speaker phrase cut in the wrong place, mended (issue 15, session 22): "A source close" (to McCarthy) is
    "A source", "A three-judge panel of the" continues to "of the 5th Circuit"; a phrase ending in a determiner
    ("strain of conservatism takes its"), a comparison ("the words most") or a count ("Thousands", "least two
    dozen") names no one (None); a past verb after the phrase is dropped ("The president falsely claimed");
    "elegiac tone the freshly-minted president" keeps the noun phrase its determiner opens."""
    def relow(ws: list[tuple[int, int]]) -> list[str]:
        return [text[a:b].lower().replace("’", "'") for a, b in ws]

    if len(words) >= 2 and lows[-1] == "close":
        # "the Republican close to the campaign" goes on; "A source close" (to McCarthy) is the source, not the
        # person it is close to (whom the phrase's end would resolve to)
        m = _CLOSE_TO_RE.match(text, words[-1][1])
        words = _extend(text, words, m) if m is not None else words[:-1]
        lows = relow(words)
    elif len(words) >= 3 and (lows[-1] == "of" or (lows[-1] in ("the", "a", "an") and lows[-2] == "of")):
        m = _OF_NAME_RE.match(text, words[-1][1])
        words = _extend(text, words, m) if m is not None else words[: -1 if lows[-1] == "of" else -2]
        lows = relow(words)
    if len(words) >= 3 and lows[0] == "least" and lows[-1].isalpha() and lows[-1] not in _NUMBER_WORDS | {"one"} \
            and _AT_END_RE.search(text, 0, words[0][0]):
        at = text[: words[0][0]].rstrip()
        words = [(len(at) - 2, len(at)), *words]  # "at least two dozen protesters"
        lows = relow(words)
    n = len(lows)
    while n > 1 and lows[n - 1].endswith("ly") and lows[n - 1] not in LY_NOUNS and text[words[n - 1][0]].islower():
        n -= 1  # ("the words most commonly")
    if lows[-1] in _DETERMINER_WORDS - {"one", "that", "those", "these", "this"} - {"her"} \
            or lows[n - 1] in _DEGREE_TAILS or lows[-1] in _QUANTITY_HEADS:
        return None
    if all(w in _NUMBER_WORDS for w in lows):
        return None  # "Three" (percent), "two dozen": a count
    if text[words[0][0]].islower() and lows[0] in _VERB_OPENERS and not SUBJECT_PRONOUNS.intersection(lows):
        return None
    while len(words) >= 2 and text[words[-1][0]].islower() and lows[-2] not in _DETERMINER_WORDS and (
            lows[-1] in _TRAILING_PAST or lows[-1] == "further"
            or (lows[-1].endswith("ed") and reporting_forms().get(lows[-1], (lows[-1], ""))[0] != lows[-1])):
        words, lows = words[:-1], lows[:-1]  # "The president falsely claimed", "Westmoreland joked"
        while len(words) >= 2 and text[words[-1][0]].islower() and lows[-1].endswith("ly"):
            words, lows = words[:-1], lows[:-1]
    for i in range(2, len(words) - 1):
        prev = lows[i - 1]
        if lows[i] == "the" and all(text[a].islower() for a, _ in words[:i]) and prev.isalpha() \
                and not any(w in _EMPTY_WORDS or w in _PREPOSITIONS for w in lows[:i]) \
                and not prev.endswith(("ed", "s", "ing")) and prev not in reporting_forms():
            return words[i:], lows[i:]  # "elegiac tone the freshly-minted president": the last noun phrase
    return words, lows


#: Prepositions of place and time that open an adverbial, never a speaker phrase.
_PLACE_TIME_PREPOSITIONS = frozenset("behind under during after before through until among between within beyond "
                                     "across inside outside amid".split())


#: Imperatives that open a sentence addressed to the reader ("Remember, ...", "Let's start with ..."): no subject.
#: (only alone or before a comma, a determiner, a wh-word or a pronoun: "Recall Partners", "Recall leader Jane Doe"
#: name someone)
_IMPERATIVE_OPENERS = frozenset("remember recall consider imagine suppose note let's".split())


#: Present-tense verbs that name what their subject calls something ("calls the plan a "..."").
_NAMING_PRESENT = frozenset("calls labels dubs brands terms describes".split())


_NAMING_PAST = frozenset("called labeled labelled dubbed branded termed described".split())


def _present_verb_at(text: str, words: Sequence[tuple[int, int]], lows: Sequence[str]) -> int | None:
    """The index of a present-tense verb of saying or naming inside a speaker phrase, after a subject that can
    name someone ("Jane Doe calls those plans", "the tenants claim"); None when there is none. A third-person
    "-s" form follows any word but a determiner, possessive or preposition ("the senator's claims" is a noun)
    and has words after it (its object); a plain form ("claim", "insist") follows a plural noun only; a past
    naming verb ("called", "labeled") follows a capitalised word and has words after it."""
    forms = reporting_forms()
    for i in range(1, len(words)):
        w, prev = lows[i], lows[i - 1]
        if not text[words[i][0]].islower() or prev.endswith("'s") or prev in _DETERMINER_WORDS \
                or prev in _POSSESSIVE_WORDS or prev in _PREPOSITIONS or prev in _VERB_WORDS:
            continue
        lemma = forms.get(w, ("", ""))[0]
        third = (w in _NAMING_PRESENT or (w.endswith("s") and lemma in (w[:-1], w[:-2]) and lemma != "")) \
            and i + 1 < len(words)  # (an object follows: "News reports" alone may be a noun)
        plural = lemma == w and prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3 \
            and text[words[i - 1][0]].islower()  # ("the tenants claim"; not "an ABC News report")
        # a past naming verb after a name ("Jane Doe called those leaks"; not "a group called Citizens First")
        past = w in _NAMING_PAST and text[words[i - 1][0]].isupper() and i + 1 < len(words)
        if (third or plural or past) and _can_name(lows[:i]) and not any(x in SUBJECT_PRONOUNS for x in lows[i + 1 :]):
            # (not when a pronoun after it starts a clause of its own: "The mayor often describes plans he
            # dislikes as": "he", as before)
            while i > 1 and (lows[i - 1].endswith("ly") or lows[i - 1] in _LONE_ADVERBS
                             or lows[i - 1] in ("often", "now", "still", "again", "never", "always")) \
                    and text[words[i - 1][0]].islower():
                i -= 1  # "Jane Doe often calls ...": no adverb
            return i
    return None


def _before_link_text(doc: Document, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``words`` up to the first one inside pasted link text ("said Rep. Ann Lee Ann Marie LeeFarm bill passes
    ... MORE (D-Ohio)": "Rep. Ann Lee"); all of them when the phrase starts in it or none is in one."""
    links = link_text_spans(doc.text)
    if not links or not words:
        return words
    for i, (a, _) in enumerate(words):
        if i > 0 and in_spans(links, a):
            return words[:i]
    return words


#: A subject pronoun with a contracted auxiliary ("he's", "she'd", "they've").
_PRONOUN_CONTRACTION_RE = re.compile(r"(he|she|they)'(?:s|d|ve|ll|re)")


_CONTRACTED_AUXILIARIES = frozenset("'s 'd 've 'll 're".split())


#: Words that open a clause, not a noun phrase, at the start of a speaker phrase.
_CLAUSE_OPENING_WORDS = frozenset("that what why how whether whose which including where".split())


#: Adverbs that stand alone where a speaker phrase was looked for ("..., instead, ...").
_LONE_ADVERBS = frozenset("instead nonetheless nevertheless however meanwhile though also too".split())


_POSSESSIVE_WORDS = frozenset("his her its their my our your".split())


#: Irregular past forms that open a verb phrase ("withdrew his endorsement", "wrote the letter").
_IRREGULAR_PAST = frozenset("""withdrew wrote said told gave took made sent saw heard led won lost left drew threw
    held kept brought bought thought felt found began became struck""".split())
