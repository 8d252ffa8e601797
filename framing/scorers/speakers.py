"""Who a quotation's speaker phrase refers to: pronouns and definite descriptions.

Used by :mod:`framing.scorers.quotes`, after :mod:`framing.scorers.speaker_phrase` has cleaned the phrase found
next to a reporting verb; the gender a person is known by comes from :mod:`framing.scorers.speaker_gender`.
Pronouns are resolved to the nearest compatible actor before the quotation: "he"/"she" to a person
whose gender, where the text says it (Mr./Mrs./Ms., a common first name), agrees, preferring the speaker of an
earlier quotation and a person who opens a sentence; "they" to an organisation or group; "it" to an organisation
or to the last non-person speaker. "The president", "the senator" resolve to the last person introduced with
that title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence

from framing.analysis import Actor
from framing.document import Document
from framing.scorers.names import SENTENCE_OPENING, office_word
from framing.scorers.speaker_described import aged_person, labelled_person
from framing.scorers.speaker_gender import (
    _first_name_gender,
    gender_of,
)

__all__ = ["PASSIVE_OPENERS", "TITLE_NOUNS", "is_identity_description", "oblique_mention", "opens_sentence",
           "resolve_reference"]


_PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}


#: Lower-case title nouns: "the president" names the titled person; one may stand before a name inside a speaker
#: phrase ("Alabama senator Doug Jones").
TITLE_NOUNS = frozenset(
    """president senator governor mayor minister secretary congressman congresswoman chancellor premier pope
    speaker leader chairman chairwoman director judge justice ambassador general commissioner chief
    representative prosecutor sheriff councilman councilwoman councilmember alderman""".split()
)


#: Titles that only a person takes, before a one-word name the actor scorer typed otherwise ("President Trump"
#: where "the Trump campaign" made "Trump" an organisation).
_PERSON_TITLE_BEFORE_RE = re.compile(r"\b(?:President|Mr|Mrs|Ms|Sen|Senator|Rep|Gov|Governor|Dr)\.?[ \t]+\Z")


#: Gender -> the person pronouns of the other gender (from _PERSON_PRONOUNS: "m" -> she/her, "f" -> he/him/his).
_OTHER_PRONOUN_RE = {g: re.compile(r"\b(?:" + "|".join(p for p, pg in _PERSON_PRONOUNS.items() if pg != g) + r")\b",
                                   re.IGNORECASE) for g in ("m", "f")}


def _person_like(doc: Document, actor: Actor) -> bool:
    """Whether ``actor`` can be a he/she: a person, or a one-word organisation the text titles as a person; not a
    "person" most of whose mentions follow "the" ("as president of the Boy Scouts, Gates": a group's name that the
    actor finder took for a person's; a person's name takes no article)."""
    if actor.type == "person":
        return not _mostly_after_the(doc, actor)
    if actor.type != "organisation" or " " in actor.name:
        return False
    return any(_PERSON_TITLE_BEFORE_RE.search(doc.text, max(0, ms - 12), ms) for ms, _ in actor.mentions[:20])


_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+\Z")


def _mostly_after_the(doc: Document, actor: Actor) -> bool:
    """Whether at least two of ``actor``'s first 20 mentions, and more than half of them, come right after "the"
    ("the Boy Scouts"; not "the late John McCain", whose mention follows "late")."""
    mentions = actor.mentions[:20]
    n = sum(1 for ms, _ in mentions if _THE_BEFORE_RE.search(doc.text, max(0, ms - 5), ms))
    return n >= 2 and 2 * n > len(mentions)


def _other_pronoun_after(doc: Document, me: int, end: int, want: str) -> bool:
    """Whether the sentence of a mention ending at ``me`` goes on, before ``end`` (the pronoun, or the next person
    named: a pronoun after that name is theirs) and outside quotations, with a pronoun of the other gender and none
    of the wanted one ("Lee had shown through his actions that he was "ready", she said": Lee is "he", so not the
    "she")."""
    si = doc.sentence_index(me - 1)
    if si < 0 or end <= me or doc.sentence_index(min(end, len(doc.text) - 1)) != si:
        return False  # (the pronoun's own sentence: "Hansen has worked with her. "...," he said" is Hansen's)
    between = doc.text[me:end]
    other = [m for m in _OTHER_PRONOUN_RE[want].finditer(between) if not doc.in_quote(me + m.start(), me + m.end())]
    same = _OTHER_PRONOUN_RE["f" if want == "m" else "m"].search(between)
    return bool(other) and same is None


#: A sentence that opens with an adverbial clause before its main clause ("While Justice Kennedy had shown some
#: openness, Chief Justice Roberts could barely hide his alarm"): the person named in it is not the subject.
#: Words that open a comparison with a person, lower-case ("Like Obama, Ryan ...", "He, like Counihan, ...").
_COMPARISON_OPENERS = ("like", "unlike", "in (?:(?:a|stark|sharp) )*contrast (?:to|with)", "contrary to", "as with",
                       "compared (?:to|with)")
_LEADING_CLAUSE_RE = re.compile(
    r"(?:While|Although|Though|Whereas|Even though|Even as|Even if|After|Before|When|Because|Unless|If|Since)[ \t]"
    r"[^,;:.!?\"“”\n]{3,200}?,[ \t]+"
    # a leading comparison, perhaps with a title and a relative clause ("Like Obama, Ryan acknowledged", "Unlike Mr.
    # Obama, who said he wanted to look forward, Mr. Romney ...", "In a stark contrast to Ms. Abrams, Republican
    # Martha McSally posted ...")
    r"|(?:" + "|".join(w[0].upper() + w[1:] for w in _COMPARISON_OPENERS) + r")[ \t]"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t])?[^,;:.!?\"“”\n]{2,120}?,(?:[ \t]who[^,;:.!?\"“”\n]{3,200}?,)?[ \t]+"
)


#: A news site's page furniture scraped into the text, taken for a name ("Story highlights Pope Benedict XVI
#: surprises the world", "... in 1415. Hide Caption 1 of 30"): no one a pronoun can refer to.
_PAGE_FURNITURE_RE = re.compile(r"(?:Story[ \t]+highlights|Hide[ \t]+Caption|JUST[ \t]+WATCHED|MUST[ \t]+WATCH)\b")


#: A photo credit's opening right before a name ("Image copyright Drew Angerer/Getty Images", "Photo: Jane Doe"):
#: the photographer is no one a later pronoun refers to.
_PHOTO_CREDIT_BEFORE_RE = re.compile(
    r"(?:Image[ \t]+copyright|Photo(?:graph)?:|Photo(?:graph)?[ \t]+by|Credit:)[ \t]+\Z", re.IGNORECASE)


#: An agency right after a photographer's name ("/AP", ", AFP/Getty Images", " for The New York Times").
_CREDIT_AGENCY_AFTER_RE = re.compile(
    r"[ \t]*(?:/|,[ \t]*[A-Z][\w&.-]*[ \t]*(?:/|\))|[ \t]for[ \t]+(?:The[ \t]+)?[A-Z]|\))")


#: A caption's opening on its line ("Media caption Pence: 'Those responsible ...'", "Image caption The senator ..."):
#: page furniture, whose names no pronoun of the story refers to.
_CAPTION_RE = re.compile(r"(?:Media|Image|Video|toggle|hide)[ \t]+caption\b|Caption:")


def _in_caption(text: str, ms: int) -> bool:
    """Whether the mention at ``ms`` lies in a caption: its line holds a caption's opening before it."""
    lo = max(0, ms - 300)
    return _CAPTION_RE.search(text, text.rfind("\n", lo, ms) + 1 or lo, ms) is not None


def _photo_credit(text: str, ms: int, me: int) -> bool:
    """Whether the name at ``ms``-``me`` is a photo credit's: after "Image copyright", "Photo by", "Credit:", or after
    "Photo:" with the agency right after it ("Photo: Ann Roe/AP", "(Photo: Jewel Samad, AFP/Getty Images)"; "Photo:
    Ann Roe greets supporters" is a caption about her)."""
    m = _PHOTO_CREDIT_BEFORE_RE.search(text, max(0, ms - 24), ms)
    if m is None:
        return False
    return not m.group().lower().startswith(("photo:", "photograph:")) or \
        _CREDIT_AGENCY_AFTER_RE.match(text, me) is not None


#: The signature of an embedded social-media post after its author's name ("pic.twitter.com/... — Jane Doe
#: (@janedoe) July 16, 2019"): a credit line of the page, whose author is no one a later pronoun refers to.
_POST_SIGNATURE_AFTER_RE = re.compile(r"[ \t]*\(@\w{1,30}\)[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}\b")


_POST_SIGNATURE_BEFORE_RE = re.compile(r"(?:—|–|--|&mdash;)[ \t]*\Z")


def _post_signature(doc: Document, ms: int, me: int) -> bool:
    """Whether the mention ``ms``-``me`` is the author's name in an embedded post's signature ("— Jane Doe
    (@janedoe) July 16, 2019"); not a name merely followed by a handle in running text ("Jane Doe (@janedoe)
    said")."""
    return _POST_SIGNATURE_AFTER_RE.match(doc.text, me) is not None and \
        _POST_SIGNATURE_BEFORE_RE.search(doc.text, max(0, ms - 10), ms) is not None


def _only_in_post_signatures(doc: Document, actor: Actor, mentions: Sequence[tuple[int, int, Actor]],
                             keys: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether every mention of ``actor`` before ``pos`` is an embedded post's signature: the story names that
    person nowhere else ("... — Jabin Botsford (@jabinbotsford) July 16, 2019", a photographer), unlike the author
    of a post the story reports ("Parscale tweeted that ... — Brad Parscale (@parscale) June 15, 2020")."""
    top = bisect.bisect_left(keys, (pos, -1))
    return all(_post_signature(doc, ms, me) for ms, me, a in mentions[:top] if a.name == actor.name)


def _first_person_mention(doc: Document, ms: int, mentions: Sequence[tuple[int, int, Actor]],
                          keys: Sequence[tuple[int, int]], accept: Callable[[Actor], bool] | None = None) -> bool:
    """Whether the mention at ``ms`` is the first person named in its sentence (its likely subject); a person
    named in a leading adverbial clause ("While X had ..., Y ...") does not come first, nor one ``accept`` refuses
    (a journalist before a politician: "In an interview with CNN's Jake Tapper, Rep. Brad Sherman said")."""
    si = doc.sentence_index(ms)
    ss = doc.sentences[si][0] if si >= 0 else 0
    lead = _LEADING_CLAUSE_RE.match(doc.text, ss, ms)
    if lead is not None:
        ss = lead.end()
    i = bisect.bisect_left(keys, (ss, -1))
    while i < len(mentions) and mentions[i][0] < ms:
        if mentions[i][2].type == "person" and (accept is None or accept(mentions[i][2])) and \
                not doc.in_quote(mentions[i][0], mentions[i][1]) and \
                _PAGE_FURNITURE_RE.match(doc.text, mentions[i][0]) is None and \
                not _POSSESSOR_OF_NAMED_ROLE_RE.match(doc.text, mentions[i][1]):
            return False  # (not a possessor of the role named: "Mr Johnson's lawyer, Brent Wisner, said")
        i += 1
    return True


_TITLED_NAME_RE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Dr|Gov|Sen|Rep|Gen|Governor|Senator|Representative|President|Mayor|Secretary|Judge)\.?"
    r"\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)


def _titled_name_before(doc: Document, pos: int, want: str, lo_pos: int) -> str | None:
    """The nearest "Gov. Nathan Deal" / "Ms. Okafor" before ``pos`` whose gender (by title or first name) agrees:
    the fallback when no person actor was found there."""
    found: str | None = None
    for m in _TITLED_NAME_RE.finditer(doc.text, max(0, lo_pos), pos):
        if doc.in_quote(m.start(), m.end()):
            continue
        if m.group(2).endswith(("'s", "’s")):
            continue  # "President Trump's political opponents": a possessive names no speaker
        title = m.group(1).lower()
        g = "m" if title == "mr" else "f" if title in ("mrs", "ms", "miss") else _first_name_gender(m.group(2))
        if g is None or g == want:
            found = m.group(2)
    return found


def opens_sentence(doc: Document, ms: int) -> bool:
    """Whether a mention at ``ms`` opens its sentence (possibly after a title: "Sen. Mike Crane said")."""
    si = doc.sentence_index(ms)
    if si < 0:
        return False
    ss = doc.sentences[si][0]
    dateline = _DATELINE_RE.match(doc.text, ss, ms)
    lead = doc.text[dateline.end() if dateline is not None else ss : ms]  # ("MELBOURNE, Australia — Zheng Wanying")
    return len(lead) <= 40 and all(w[:1].isupper() or w.lower() in ("the", "former", "then")
                                   for w in re.findall(r"[\w'’-]+", lead)) \
        and all(m.group(1) in _OPENING_ADVERBS for m in _WORD_COMMA_RE.finditer(lead))


#: A dateline before a story's first sentence: "MELBOURNE, Australia — ", "LAGOS (Reuters) -- ".
_DATELINE_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){0,2}"
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})?"
    r"(?:[ \t]+\([\w .]+\))?[ \t]+(?:—|–|--)[ \t]+")


#: A word and a comma in the words before a mention: a name's appositive ("H.R. McMaster, President Trump's
#: adviser": Trump does not open the sentence) unless the word is an opening adverb ("However, Trump said").
_WORD_COMMA_RE = re.compile(r"([\w'’.-]+),")


_OPENING_ADVERBS = frozenset(
    """However Meanwhile Still Instead Now Today Yesterday Later Earlier Also Indeed Moreover Separately Similarly
    Additionally Nevertheless Finally Then But And So Yet Afterward Afterwards Ultimately Again Overall""".split())


_PRONOUN_OPENING_RE = re.compile(r"(?:(?:But|And|So|Yet|Still|Then|Later),?\s+)?(he|she)\s+[a-z]", re.IGNORECASE)


#: Reporting participles that open a sentence in the passive ("Asked about it, Lee smiled:"): they name no speaker.
PASSIVE_OPENERS = frozenset({"asked", "pressed", "questioned"})


def _subject_after_opener(doc: Document, ms: int, me: int) -> bool:
    """Whether the mention ``[ms, me)`` is the subject of its sentence after an opening participle clause ("Asked
    whether she could imagine it, Deleon laughed."): a comma right before it, a lower-case word right after."""
    si = doc.sentence_index(ms)
    if si < 0:
        return False
    return _OPENER_BEFORE_RE.fullmatch(doc.text, doc.sentences[si][0], ms) is not None and \
        _LOWER_AFTER_RE.match(doc.text, me) is not None


#: An opening participle clause and its comma ("Asked whether she could imagine it, ", "Speaking in Ohio, ").
_OPENER_BEFORE_RE = re.compile(r"(?:" + "|".join(sorted(w.capitalize() for w in PASSIVE_OPENERS))
                               + r"|[A-Z][a-z]+ing)\b[^.;:!?\n\"“”]{0,200},[ \t]+")
_LOWER_AFTER_RE = re.compile(r"[ \t]+[a-z]")


def _pronoun_subject(doc: Document, ms: int, pronoun: str) -> bool:
    """Whether the sentence holding the mention at ``ms`` opens with the same subject pronoun before it ("He said
    he "came to believe" that it was tied to Trump's desire"): the sentence continues about the pronoun's referent,
    and the name in it is not its subject."""
    si = doc.sentence_index(ms)
    if si < 0:
        return False
    m = _PRONOUN_OPENING_RE.match(doc.text, doc.sentences[si][0], ms)
    return m is not None and m.group(1).lower() == pronoun and not doc.in_quote(m.start(1), m.end(1))


#: Heads of definite descriptions that re-name a person already in the story ("the California Democrat", "the
#: now-talk radio host", "the former congressman"); role nouns that usually bring in someone new ("the
#: spokesman", "an aide") are not among them.
_IDENTITY_NOUNS = frozenset(
    """democrat republican independent lawmaker congressman congresswoman billionaire businessman businesswoman
    mogul host candidate nominee hopeful incumbent challenger frontrunner front-runner veteran star actor actress
    singer rapper comedian author novelist""".split()
)


_DESCRIPTION_RE = re.compile(r"the (?:[\w.'’-]+ ){0,4}([\w-]+)")


def is_identity_description(phrase: str) -> bool:
    """Whether ``phrase`` is a definite description that re-names a person ("the California Democrat")."""
    low = phrase.lower().strip()
    d = _DESCRIPTION_RE.fullmatch(low)
    return d is not None and d.group(1) in _IDENTITY_NOUNS and "'s " not in low and "’s " not in low


def _described_person(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                      keys: Sequence[tuple[int, int]], lo_pos: int, head: str = "") -> str | None:
    """The person a description such as "the California Democrat" at ``pos`` re-names: the subject of the same or
    a recent sentence (a person who opens it), else the nearest person named before it; for a politician's
    description (``head`` "democrat", "lawmaker"), first a person titled or labelled as a politician in its sentence
    or the one before."""
    if head in _POLITICIAN_NOUNS:
        # "the California Democrat", "the lawmaker": a politician the story titled so ("Rep. Brad Sherman") in this
        # sentence or the one before, not a journalist named first there ("in an interview with CNN's Jake Tapper,
        # Rep. Brad Sherman said"); a politician named further back is not preferred to the subject just named
        si = doc.sentence_index(pos)
        near = doc.sentences[si - 1][0] if si > 0 else lo_pos
        found = _person_before(doc, pos, mentions, keys, max(lo_pos, near), _politician)
        if found is not None:
            return found
    return _person_before(doc, pos, mentions, keys, lo_pos, None)


def _person_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]], lo_pos: int, accept: Callable[[Actor], bool] | None) -> str | None:
    """:func:`_described_person`'s search among the people that ``accept`` takes (all when None); a person taken is
    first in its sentence when no other person taken comes before it there."""
    i = bisect.bisect_left(keys, (pos, -1)) - 1
    nearest: str | None = None
    while i >= 0 and mentions[i][0] >= max(lo_pos, pos - 1500):
        ms, me, actor = mentions[i]
        i -= 1
        if actor.type != "person" or doc.in_quote(ms, ms + 1) or doc.text[me : me + 2] in ("'s", "’s"):
            continue  # "CNN's Jake Tapper", "Obama's responsibility": a possessive is not whom it re-names
        if accept is not None and not accept(actor):
            continue
        nearest = nearest or actor.name
        if opens_sentence(doc, ms) or _first_person_mention(doc, ms, mentions, keys, accept):
            return actor.name
    return nearest


#: Description heads that re-name a politician ("the California Democrat", "the lawmaker").
_POLITICIAN_NOUNS = frozenset("democrat republican independent lawmaker congressman congresswoman incumbent".split())
#: Title words of elected politicians, as an actor's title label ends ("Rep.", "Sen", "Governor").
_POLITICIAN_TITLES = frozenset(
    """rep reps representative sen senator gov governor congressman congresswoman assemblyman assemblywoman
    councilman councilwoman mayor speaker leader whip""".split())


def _politician(actor: Actor) -> bool:
    """Whether a person carries a politician's title or a party label ("Rep.", "Sen.", "Republican of Texas")."""
    return any(lab.kind == "ideological" or (lab.kind == "title" and office_word(lab.text) in _POLITICIAN_TITLES)
               for lab in actor.labels)


_OBLIQUE_PREPOSITIONS = frozenset("with to for against of from about by at on into toward towards".split())


_OBLIQUE_BEFORE_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator)\.?\s+)?\Z"
    # "Questioned by Assistant U.S. Attorney Helen Cho,": a title of several words between
    r"|\b[A-Za-z]+ed\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}\Z")


#: After a possessor: a lower-case role and a comma before a name ("'s lawyer, Harold Lindqvist", "'s chief
#: executive, Elon Musk").
_POSSESSOR_OF_NAMED_ROLE_RE = re.compile(r"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+[A-Z]")


def oblique_mention(doc: Document, ms: int, me: int) -> bool:
    """Whether the mention ``[ms, me)`` is a possessor inside its sentence ("denounced Mueller's investigation")
    or a preposition's object ("colorful language with Trump"), not a clause's subject or topic."""
    if doc.text.startswith(("'s", "’s", "' ", "’ "), me):
        if _POSSESSOR_OF_NAMED_ROLE_RE.match(doc.text, me):
            return True  # "Finch's lawyer, Harold Lindqvist, countered": the lawyer named after the role speaks
        return not opens_sentence(doc, ms)  # ("Trump's White House is a drama.": the sentence's topic)
    m = _OBLIQUE_BEFORE_RE.search(doc.text, max(0, ms - 60), ms)
    if m is not None and m.group(1) is None:
        return True  # a passive's "by" and a title of several words (not "a statement by Mayor X")
    if m is None or m.group(1).lower() not in _OBLIQUE_PREPOSITIONS:
        return False
    return not doc.text[max(0, m.start(1) - 10) : m.start(1)].lower().endswith("according ")  # "According to X"


#: How far before "the president" the person the text titles so may be named (far beyond the pronoun window: the
#: title is often given once, in the first paragraph).
_TITLE_WINDOW = 20000


#: A nationality adjective before a title ("Russian President Vladimir Putin", "French President Emmanuel Macron"):
#: that person is not "the U.S. president" (nor "the American president").
_FOREIGN_TITLE_BEFORE_RE = re.compile(
    r"\b(?!American\b)[A-Z][a-z]+(?:an|ese|ish|ch|i)[ \t]+(?:[Vv]ice[ \t-]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+\Z")


#: Abbreviations a title noun is written with before a name ("Sen. Jane Roe" is "the senator").
_TITLE_ABBREVIATIONS = {"senator": r"sen\.", "governor": r"gov\.", "representative": r"rep\.",
                        "congressman": r"rep\.", "congresswoman": r"rep\.", "general": r"gen\.",
                        "lieutenant": r"lt\.", "commissioner": r"commr?\."}


#: The second rank before a title ("vice president", "deputy attorney general"): another person's title.
_DEPUTY = r"(?:vice|deputy|assistant)[- ]"


def _titled(before: str, mention: str, title: str, vice: bool, former: bool = False, after: str = "") -> bool:
    """Whether the lower-cased words ``before`` a mention end with ``title`` (or its abbreviation: "Sen." for "the
    senator"), or the ``mention`` opens with it ("President Trump", "the president, Donald Trump", "Attorney General
    William Barr"), or the appositive right ``after`` it holds it, closed by a comma ("Margrethe Vestager, the EU
    competition commissioner,"; not "aide Michael Flynn, the president told"): "the president" is not "Vice
    President Joe Biden" (nor "the vice president" President Trump), "the attorney general" not "Deputy Attorney
    General Rod Rosenstein", nor a person named in the next sentence ("to be attorney general. Trump")."""
    word = re.escape(title) + r"\b"
    if title in _TITLE_ABBREVIATIONS:
        word = "(?:" + word + "|" + _TITLE_ABBREVIATIONS[title] + ")"
    m = re.search(r"(\b" + _DEPUTY + r")?\b" + word + r",?\s*$", before) or re.match(
        r"(" + _DEPUTY + r")?" + word, mention) or re.match(
        r",[ \t]+(?:the|a)[ \t]+(?:(?!former\b)[\w.'’-]+[ \t]+){0,3}?(" + _DEPUTY + r")?"
        + re.escape(title) + r"\b(?=(?:[ \t]+(?:of|for|at|in|on|to)[ \t]+[^,;.\n]{1,40})?[ \t]*[,;)])", after)
    if m is None or (m.group(1) is not None) != vice:
        return False
    # "former President Barack Obama" is not "the president" (only "the former president")
    was = re.search(r"\b(?:former|ex-)\s*(?:" + _DEPUTY + r")?" + re.escape(title) + r"\b,?\s*$",
                    before) is not None or re.match(r"(?:former|ex-)", mention) is not None
    return was == former


def _dominant_person(doc: Document, people: Sequence[tuple[int, int, Actor]]) -> str | None:
    """The person mentioned far more than anyone else in ``people`` (text order reversed; at least three times,
    more than twice as often as the next one, or 1.25 times when named first), when no one was given the title:
    "the President" of a story that names Trump twenty times and never writes "President Trump". None when
    someone is titled vice president (that person may be the one meant) or no one dominates."""
    counts: dict[str, int] = {}
    for ms, _, actor in people:
        if re.search(r"\bvice[- ]president\W*$", doc.text[max(0, ms - 30) : ms], re.I):
            return None
        counts[actor.name] = counts.get(actor.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3:
        return None
    top, n_top = ranked[0]
    n_next = ranked[1][1] if len(ranked) > 1 else 0
    if n_top > 2 * n_next or (n_top >= 1.25 * n_next and people[-1][2].name == top):
        return top  # (or well ahead and the story's first-named person, its topic: "Trump won't let McCain ...")
    return None


def _title_few_words_before(before: str, title: str, former: bool) -> bool:
    """Whether ``title`` comes a few words before a mention with no verb or other clause between ("President-elect
    Donald Trump", "the company's president and CEO, Jane Doe"; not "the President reopened hostilities with George
    Conway", nor "former President Barack Obama" for "the president")."""
    low = before.lower()
    i = low.rfind(title)
    if i < 0:
        return False
    if (re.search(r"\b(?:former|ex-)\s*$", low[:i]) is not None) != former:
        return False
    between = before[i + len(title) :]
    return all(w[:1].isupper() or w.lower() in _TITLE_LINK_WORDS for w in re.findall(r"[\w'’]+", between))


#: Lower-case words that may stand between a title and the name it belongs to ("president and CEO of Acme, Jane").
_TITLE_LINK_WORDS = frozenset("and of the elect s".split())


#: A verb of saying that reports someone's words in a "that" clause, possibly with a short aside between
#: ("added that", "wrote on Twitter that", "said in a statement Tuesday that").
_REPORTED_SPEECH_AFTER_RE = re.compile(
    r"\s+(?:also\s+|later\s+|further\s+|then\s+|[a-z]+ly\s+)?(?:said|says|added|adds|wrote|writes|argued|argues|"
    r"noted|notes|explained|explains|"
    r"insisted|insists|warned|warns|tweeted|tweets|posted|stressed|stresses|recalled|recalls|claimed|claims)"
    r"(?:\s+[\w'’-]+){0,4}?\s+that\b"
)


_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _reported_speaker_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                             keys: Sequence[tuple[int, int]], want: str) -> str | None:
    """The person whose words the sentence before ``pos`` reports last ("Graham said ..., and Kennedy added that
    Trump knows better. "He's too smart," he said": Kennedy, not the sentence's subject Graham), when the
    pronoun's sentence names no person before it and both sentences are in one paragraph; None otherwise."""
    si = doc.sentence_index(pos)
    if si <= 0:
        return None
    ps, pe = doc.sentences[si - 1]
    ss = doc.sentences[si][0]
    if "\n" in doc.text[pe:pos]:
        return None
    if any(not doc.in_quote(m.start(), m.end()) for m in _HE_SHE_RE.finditer(doc.text, ss, pos)):
        return None  # ("She was startled because, she later told them, she "..."": the sentence goes on about her)
    lo = bisect.bisect_left(keys, (ps, -1))
    hi = bisect.bisect_left(keys, (pos, -1))
    found: str | None = None
    for ms, me, actor in mentions[lo:hi]:
        if doc.in_quote(ms, ms + 1) or not _person_like(doc, actor):
            continue
        if ms >= ss:
            return None  # a person named in the pronoun's own sentence: the usual search decides
        if _REPORTED_SPEECH_AFTER_RE.match(doc.text, me) is None or oblique_mention(doc, ms, me):
            continue
        g = gender_of(doc, actor)
        if g is None or g == want:
            found = actor.name
    return found


#: Nouns for an unnamed person who speaks ("one retired police officer", "a senior aide").
_PERSON_NOUNS = (
    r"officer|official|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|resident|worker|employee|lawyer|"
    r"attorney|analyst|witness|voter|veteran|teacher|nurse|doctor|student|parent|farmer|owner|diplomat|"
    r"staffer|lawmaker|supporter|protester|activist|soldier|agent|[Dd]emocrat|[Rr]epublican|manager|executive|"
    r"director|woman|man|mother|father|customer|shopper|driver|organizer|volunteer"
)


#: A connective that may open a sentence before a description of an unnamed person ("However, one ...", "Even a ...").
_DESCRIPTION_OPENER = r"(?:(?:However|But|And|Meanwhile|Still|Even|Yet),?[ \t]+)?"


#: A sentence whose subject is such a description and whose verb reports speech: "However, one retired police
#: officer, who told FoxNews.com he carries his gun again, said he was disgusted."
_DESCRIBED_SPEAKER_RE = re.compile(
    _DESCRIPTION_OPENER + r"((?:[Oo]ne|[Aa]n?|[Aa]nother)[ \t]+"
    r"(?:[\w.'’-]+[ \t]+){0,4}?(?:" + _PERSON_NOUNS + r")"
    r"(?:[ \t]+(?:on|of|in|from|at)[ \t]+(?:the[ \t]+)?[a-z][\w'’-]*)?)"
    r"(?:[ \t]+(?:at|in|from|of|for|with|on)[ \t][^.;!?\"“”\n,]{1,90}?)?"
    r"(?:,[ \t]+(?![A-Z])(?:[^.;!?\"“”\n]|\.(?=\S)){0,200}?,)?[ \t]+"
    r"(?:also[ \t]+|later[ \t]+)?(?:said|says|told|tells|added|adds|explained|wrote|writes|acknowledged|"
    r"acknowledges|noted|notes|recalled|recalls|admitted|admits|complained|conceded|insisted|argued|agreed)\b"
)


def _described_speaker_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                              keys: Sequence[tuple[int, int]]) -> str | None:
    """The unnamed person ("one retired police officer") whose words the sentence right before the pronoun at
    ``pos`` reports, when that description opens the sentence and the pronoun's sentence names nobody before it:
    the description itself ('..., one retired officer ... said he was disgusted.\n\n"...," he said'), rather than
    a person named further back."""
    si = doc.sentence_index(pos)
    if si <= 0:
        return None
    ps, _ = doc.sentences[si - 1]
    ss = doc.sentences[si][0]
    if doc.text[ss : ss + 1] not in ("\"", "“") or not doc.in_quote(ss, ss + 1):
        return None  # only a pronoun attributing the quotation that opens its sentence ('"...," he said')
    m = _DESCRIBED_SPEAKER_RE.match(doc.text, ps)
    if m is None:
        return None
    lo = bisect.bisect_left(keys, (ps, -1))
    hi = bisect.bisect_left(keys, (pos, -1))
    if any(ms < m.end(1) or ms >= ss for ms, _, actor in mentions[lo:hi]
           if actor.type == "person" and not doc.in_quote(ms, ms + 1)):
        return None  # a person named before the description, or in the pronoun's own sentence
    return m.group(1)


def _role_subject_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                         keys: Sequence[tuple[int, int]], want: str) -> str | None:
    """For a pronoun (of gender ``want``) with no antecedent named before it: the role that opens the sentence
    right before it ("The mayor, who had broken a tie, told the room ... "...," she said") — the person given that
    title when the story names them within 1,500 characters after ("Mayor Denise Ocampo") and their gender does not
    contradict the pronoun's; None otherwise (not "The president met the queen. "...," she said")."""
    si = doc.sentence_index(pos)
    if si <= 0:
        return None
    ps, _ = doc.sentences[si - 1]
    m = _ROLE_SUBJECT_RE.match(doc.text, ps)
    if m is None or m.group(2).lower() not in TITLE_NOUNS:
        return None
    role = m.group(2).lower()
    i = bisect.bisect_left(keys, (pos, -1))
    while i < len(mentions) and mentions[i][0] < pos + 1500:
        actor = mentions[i][2]
        i += 1
        if actor.type == "person" and any(lab.text.lower().split()[-1:] == [role] for lab in actor.labels):
            return actor.name if gender_of(doc, actor) in (None, want) else None
    return None


#: A definite role opening a sentence ("The mayor, who ...", "The senator told").
_ROLE_SUBJECT_RE = re.compile(r"([Tt]he[ \t]+([a-z]+))(?=[ \t,])")


#: An unnamed person introduced at the start of a paragraph: "An employee earning $15.25 an hour who has worked ...",
#: "One woman, who asked not to be named, ..." (the determiner, up to four modifiers and the person noun).
_PARAGRAPH_DESCRIPTION_RE = re.compile(
    _DESCRIPTION_OPENER + r"((?:One|An?|Another)[ \t]+(?:[\w.'’-]+[ \t]+){0,4}?"
    r"(?:" + _PERSON_NOUNS + r"))(?![\w'’-])")


#: The rest of a fronted appositive before the pronoun it describes (", he has been").
_FRONTED_APPOSITIVE_RE = re.compile(r"[^.,;:!?\n\"“”]{0,120},[ \t]+(?:he|she)(?![\w'’-])")


#: A description of someone's staff or follower ("A spokesman for the senator", "An aide to the governor"): the
#: titled principal is the likelier "he".
_OF_TITLED_RE = re.compile(
    r"[ \t]+(?:for|of|to)[ \t]+(?:the|his|her)[ \t]+(?:" + "|".join(sorted(TITLE_NOUNS)) + r")(?![\w'’-])")


#: A described person who says nothing ("declined to comment", "did not respond").
_NO_COMMENT_RE = re.compile(
    r"(?:declined|refused|did[ \t]+not|didn['’]t|would[ \t]+not|wouldn['’]t|could[ \t]+not|couldn['’]t)[ \t]+"
    r"(?:to[ \t]+)?(?:comment|respond|return)")


#: Gendered nouns of _PERSON_NOUNS.
_NOUN_GENDER = {"woman": "f", "mother": "f", "man": "m", "father": "m", "spokeswoman": "f", "spokesman": "m"}


def _paragraph_description_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                                  keys: Sequence[tuple[int, int]], want: str) -> str | None:
    """The unnamed person a paragraph opens with ("An employee earning $15.25 an hour who has worked for Amazon
    ... crunched the numbers. Although he is getting a raise, he said ... "...," he told Yahoo Finance") for a
    pronoun of that paragraph, when nobody is named (outside quotations) from the paragraph's start to the pronoun
    and the noun's gender, where it has one, is the pronoun's: the new person the paragraph is about, not someone
    named paragraphs before."""
    text = doc.text
    ps = text.rfind("\n", 0, pos) + 1
    if pos - ps > 1200 or doc.in_quote(ps, ps + 1):
        return None
    m = _PARAGRAPH_DESCRIPTION_RE.match(text, ps)
    if m is None or _FRONTED_APPOSITIVE_RE.match(text, m.end()):
        return None  # ("A lawyer specialising in campaign finance, he has been described": the description is his)
    stop = text.find(".", m.end(), m.end() + 200)
    if _OF_TITLED_RE.match(text, m.end()) or _NO_COMMENT_RE.search(text, m.end(), stop if stop > 0 else m.end() + 200):
        return None  # "A spokesman for the senator did not respond ... he called the bill": the senator's words
    noun = m.group(1).rsplit(" ", 1)[-1].lower()
    if _NOUN_GENDER.get(noun, want) != want:
        return None
    lo = bisect.bisect_left(keys, (ps, -1))
    hi = bisect.bisect_left(keys, (pos, -1))
    if any(actor.type == "person" and not doc.in_quote(ms, ms + 1) for ms, _, actor in mentions[lo:hi]):
        return None
    return m.group(1)


#: A sentence whose subject is a definite title, after at most a short opener ("Right now the president is mostly
#: sounding cautious.", "The senator has said little."), up to its verb.
_TITLE_SUBJECT_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2},?[ \t]+)?(([Tt])he[ \t]+(?:" + "|".join(sorted(TITLE_NOUNS)) + r"))[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?(?:is|was|has|had|will|would|can|could|did|does|seems|seemed|appears|appeared)\b"
)


_THIRD_PERSON_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


def _title_subject_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                          keys: Sequence[tuple[int, int]]) -> str | None:
    """The titled person the sentence right before the pronoun at ``pos`` is about, when "the president" (a title)
    is that sentence's subject, both sentences are in one paragraph and nobody is named from the title to the
    pronoun: "Right now the president is mostly sounding cautious. But his rhetoric of "..."" is the president's,
    not that of a person named paragraphs before. The title resolves as a speaker phrase would; None otherwise."""
    si = doc.sentence_index(pos)
    if si <= 0:
        return None
    ps, _ = doc.sentences[si - 1]
    if "\n" in doc.text[ps:pos] or doc.in_quote(ps, ps + 1):
        return None
    m = _TITLE_SUBJECT_RE.match(doc.text, ps)
    if m is None or (m.group(2) == "t" and m.start(1) == ps):
        return None
    lo = bisect.bisect_left(keys, (ps, -1))
    hi = bisect.bisect_left(keys, (pos, -1))
    if any(actor.type == "person" for _, _, actor in mentions[lo:hi]):
        return None  # a person named in either sentence: the usual search decides
    if _THIRD_PERSON_RE.search(doc.text, m.end(), pos):
        return None  # an earlier pronoun between them (its referent may be someone else)
    return resolve_reference(doc, m.group(1), ps + m.start(1), mentions, keys, ())


#: "he told" / "she asked" right before a name: the named person is the listener of a pronoun's words.
_LISTENER_BEFORE_RE = re.compile(
    r"\b(he|she|He|She)[ \t]+(?:also[ \t]+|later[ \t]+)?"
    r"(?:told|tells|asked|asks|assured|assures|reminded|reminds)[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator)\.?[ \t]+)?\Z"
)


def _same_pronoun_before(doc: Document, ms: int, low: str) -> bool:
    """Whether the pronoun ``low`` ("they", "it") occurs outside quotation marks in the sentence of the mention at
    ``ms``, before it."""
    s_start = doc.sentences[doc.sentence_index(ms)][0]
    for m in re.finditer(r"\b" + low + r"\b", doc.text[s_start:ms], re.IGNORECASE):
        if not doc.in_quote(s_start + m.start(), s_start + m.start() + 1):
            return True
    return False


#: A definite description of a company, an agency or a news outlet ("the company", "the automaker", "the paper",
#: "the agency", "the tech giant"): it re-names an organisation just named.
_ORG_DESCRIPTION_RE = re.compile(
    r"the (?:[a-z-]+ )?(?:company|firm|corporation|automaker|carmaker|retailer|airline|bank|lender|insurer|"
    r"manufacturer|giant|startup|network|newspaper|paper|magazine|outlet|broadcaster|agency|bureau|ministry|"
    r"watchdog|nonprofit|charity|organization|organisation|carrier|drugmaker|brewer|regulator|utility|"
    r"conglomerate|chain)")
#: A text of an organisation named by "its"/"their" ("its report", "their latest statement").
_OWN_TEXT_RE = re.compile(r"(its|their) (?:[a-z-]+ )?(?:report|statement|study|survey|review|audit|analysis|letter|"
                          r"filing|lawsuit|complaint|release|findings|website|blog post)")
#: How far back an organisation's mention may be to be what such a description re-names.
_ORG_DESCRIPTION_WINDOW = 600


def _described_organisation(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                            keys: Sequence[tuple[int, int]],
                            prev_speakers: Sequence[tuple[int, str, str]]) -> str | None:
    """The organisation that "the company" or "the agency" at ``pos`` re-names, named within
    :data:`_ORG_DESCRIPTION_WINDOW` characters before it outside quotations: the only organisation named there, as
    the subject of a sentence ("The CDC issued new guidance. "...," the agency said"), or the last one named when it
    is also the last organisation that spoke ('Amazon said in its statement. ... The company added that "..."');
    None when two compete ("Amazon bought Whole Foods. ... the company said") or the only one is no sentence's
    subject and did not speak ("Mr. Murdoch wrote on Twitter. ... the paper said")."""
    lo = pos - _ORG_DESCRIPTION_WINDOW
    names: list[str] = []
    subjects: list[str] = []
    for ms, actor in _bodies_before(doc, pos, mentions, keys, ("organisation",)):
        names.append(actor.name)
        if opens_sentence(doc, ms):
            subjects.append(actor.name)
    if len(set(names)) == 1 and subjects:
        return names[0]  # the one organisation named there, the subject of its sentence
    spoke = next((name for off, name, typ in reversed(prev_speakers) if typ == "organisation" and off >= lo), None)
    return spoke if names and spoke == names[0] else None  # (the last one named)


def _bodies_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]], kinds: tuple[str, ...]) -> Iterator[tuple[int, Actor]]:
    """(start, actor) of the mentions of actors of the types ``kinds`` outside quotations in the
    :data:`_ORG_DESCRIPTION_WINDOW` characters before ``pos``, nearest first."""
    i = bisect.bisect_left(keys, (pos, -1)) - 1
    while i >= 0 and mentions[i][0] >= pos - _ORG_DESCRIPTION_WINDOW:
        ms, _me, actor = mentions[i]
        i -= 1
        if actor.type in kinds and not doc.in_quote(ms, ms + 1):
            yield ms, actor


def _owner_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                  keys: Sequence[tuple[int, int]], plural: bool) -> str | None:
    """The organisation (or, for "their", organisation or group) named last outside quotations in the
    :data:`_ORG_DESCRIPTION_WINDOW` characters before ``pos``; None when there is none."""
    kinds = ("organisation", "group") if plural else ("organisation",)
    return next((actor.name for _ms, actor in _bodies_before(doc, pos, mentions, keys, kinds)), None)


def resolve_reference(doc: Document, phrase: str, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                      keys: Sequence[tuple[int, int]], prev_speakers: Sequence[tuple[int, str, str]],
                      window: int = 3000) -> str | None:
    """The actor name a pronoun or a definite description ("the president") at ``pos`` refers to; None when it
    is neither or nothing compatible was mentioned before it within ``window`` characters.

    ``mentions``/``keys``: actor mentions sorted by offset; ``prev_speakers``: (offset, name, actor type or
    "other") of the quotations attributed so far, in text order."""
    low = phrase.lower().strip()
    lo_pos = pos - window
    if low in _PERSON_PRONOUNS:
        want = _PERSON_PRONOUNS[low]
        reporter = _reported_speaker_before(doc, pos, mentions, keys, want)
        if reporter is not None:
            return reporter
        described = _described_speaker_before(doc, pos, mentions, keys) or _paragraph_description_before(
            doc, pos, mentions, keys, want)
        if described is not None:
            return described
        title_subject = _title_subject_before(doc, pos, mentions, keys)
        if title_subject is not None:
            return title_subject
        recent: set[str] = set()
        for off, name, typ in reversed(prev_speakers):  # newest first: stop at the window (linear overall)
            if off < lo_pos or len(recent) >= 8:
                break
            if typ == "person":
                recent.add(name)
        i = bisect.bisect_left(keys, (pos, -1)) - 1
        best: str | None = None
        weak: str | None = None
        in_sentence: str | None = None
        same = doc.sentence_index(pos)
        oblique: str | None = None
        later = pos  # where the person named after the current mention is (the pronoun's position at first)
        while i >= 0 and mentions[i][0] >= lo_pos:
            ms, me, actor = mentions[i]
            i -= 1
            if not _person_like(doc, actor) or doc.in_quote(ms, ms + 1) or _PAGE_FURNITURE_RE.match(doc.text, ms) \
                    or _photo_credit(doc.text, ms, me) or _in_caption(doc.text, ms) \
                    or (_post_signature(doc, ms, me) and _only_in_post_signatures(doc, actor, mentions, keys, pos)):
                # a person named inside a quotation is not the one who speaks it, nor one known only as the
                # author of an embedded post (a photographer's credit; a post by someone the story names is his)
                continue
            next_named, later = later, ms
            g = gender_of(doc, actor)
            if g is not None and g != want:
                continue
            if _other_pronoun_after(doc, me, min(pos, next_named), want):
                continue  # "Lee had shown that he was "ready", she said": "he" took Lee, "she" is someone else
            told = _LISTENER_BEFORE_RE.search(doc.text, max(0, ms - 40), ms)
            if told is not None and _PERSON_PRONOUNS[told.group(1).lower()] == want:
                # "..., he told Jeffrey Rosen of the Atlantic. "...," he told Mr. Rosen": the one told is the
                # listener of the same pronoun's referent, who is the one speaking
                continue
            if _COMPARED_BEFORE_RE.search(doc.text, max(0, ms - 40), ms) and _CLOSES_PHRASE_RE.match(doc.text, me):
                # "Like Obama, Ryan acknowledged ...", "He, like Counihan, worries ...", "In a stark contrast to Ms.
                # Abrams, Republican Martha McSally posted ...": the one compared is not the clause's subject
                oblique = oblique or actor.name
                continue
            if oblique_mention(doc, ms, me):
                if in_sentence is None and doc.sentence_index(ms) == same and opens_sentence(doc, ms) and \
                        doc.text.startswith(("'s", "’s"), me) and not _pronoun_subject(doc, ms, low):
                    # "Trump's rage continued into Tuesday, when he tweeted that": the possessor opening the
                    # pronoun's own sentence, no other person named between (not "When Trump's adviser, Larry
                    # Kudlow, was asked, he said")
                    return actor.name
                # "Mueller's investigation", "language with Trump": a possessor or a preposition's object is less
                # likely the next sentence's "he" than a subject (kept as a last resort)
                oblique = oblique or actor.name
                continue
            if doc.sentence_index(ms) == same:
                if _pronoun_subject(doc, ms, low):
                    # "He said Hale had raised it, and he found it "...": the sentence's opening pronoun goes on,
                    # the name after it is not its referent
                    continue
                # "X said that ... as he accused": the sentence's subject, else the nearest in the sentence
                if opens_sentence(doc, ms):
                    return actor.name
                in_sentence = in_sentence or actor.name
                continue
            if in_sentence is not None:
                return in_sentence
            if _pronoun_subject(doc, ms, low):
                # "He said he ... tied to Trump's desire": Trump is not that sentence's subject
                weak = weak or actor.name
                continue
            if pos - ms < 1200 and (_first_person_mention(doc, ms, mentions, keys) or _subject_after_opener(
                    doc, ms, me)):
                # the subject of an earlier sentence ("Manafort denied that ...", "Asked whether she could, Deleon
                # laughed.")
                return actor.name
            if best is None and actor.name in recent:
                if _first_person_mention(doc, ms, mentions, keys):
                    return actor.name
                # "Sanders praised Klobuchar ... to boost Biden. "...," he said": a recent speaker named after the
                # sentence's subject is not preferred to that subject (found next, else kept as the best)
                best = actor.name
                continue
            if best is None:
                best = actor.name
        return in_sentence or best or weak or _titled_name_before(doc, pos, want, lo_pos) or oblique or \
            _role_subject_before(doc, pos, mentions, keys, want)
    owned = _OWN_TEXT_RE.fullmatch(low)
    if owned is not None:
        # "Its report called the practice "..."": the report of the organisation named last (not of a quotation's
        # speaker described by no name; a person's "his report" is left as it is)
        return _owner_before(doc, pos, mentions, keys, owned.group(1) == "their")
    if low in ("they", "it"):
        for off, name, typ in reversed(prev_speakers):
            if off < lo_pos:
                break
            if typ != "person":
                return name
            if low == "they" and _last_of_listed_people(doc, name, off, mentions, keys) and all(
                    doc.text.startswith(("They ", "they "), doc.sentences[i][0])
                    for i in range(doc.sentence_index(off) + 1, doc.sentence_index(pos))):
                # 'Sens. Chuck Schumer (D-NY), Bob Menendez (D-NY) and Sherrod Brown (D-Ohio) write, "...". They
                # added later, "..."': the people listed, named by the last of them as their quotation was (when
                # every sentence between goes on with "they": not '... The team's fans were furious. They added')
                return name
        if low == "they" and (pair := _pair_opening_sentence_before(doc, pos, mentions, keys)) is not None:
            return pair
        i = bisect.bisect_left(keys, (pos, -1)) - 1
        same = doc.sentence_index(pos)
        while i >= 0 and mentions[i][0] >= lo_pos:
            ms, _, actor = mentions[i]
            if actor.type in ("organisation", "group"):
                if doc.sentence_index(ms) == same and _same_pronoun_before(doc, ms, low):
                    # "Asked what they expect the city to get, they reply": the sentence's earlier "they" is the
                    # same people, named before it; the group after it is no antecedent (none is taken)
                    return None
                return actor.name
            i -= 1
        return None
    org = _ORG_DESCRIPTION_RE.fullmatch(low)
    if org is not None:
        return _described_organisation(doc, pos, mentions, keys, prev_speakers)
    aged, who = aged_person(doc, low, pos, mentions, keys, opens_sentence,
                            lambda: _described_person(doc, pos, mentions, keys, lo_pos))
    if aged:
        return who  # "Abdi Galgalo counted his herd. "...," the 34-year-old said"
    d = _DESCRIPTION_RE.fullmatch(low)
    if d is not None and d.group(1) in _IDENTITY_NOUNS:
        # '..., one Democrat on the panel told The Hill ... "...," said the lawmaker': the unnamed person whose
        # words the sentence before reports, not a person named further back
        return _described_speaker_before(doc, pos, mentions, keys) or \
            _described_person(doc, pos, mentions, keys, lo_pos, d.group(1))
    m = re.fullmatch(r"the (?:(?:former|then-|u\.s\.|us|state|vice|deputy|assistant) )?((?:attorney |surgeon )?(\w+))",
                     low)
    if m and m.group(2) in TITLE_NOUNS:
        title = m.group(1)  # "president", "attorney general"
        vice = re.match(r"the (?:\S+ )?(?:vice|deputy|assistant)\b", low) is not None
        former = re.match(r"the former\b", low) is not None
        top = bisect.bisect_left(keys, (pos, -1)) - 1
        bottom = bisect.bisect_left(keys, (pos - _TITLE_WINDOW, -1))  # (bounded: linear on a 10 MB text)
        people = [(ms, me, actor) for ms, me, actor in reversed(mentions[bottom : top + 1]) if actor.type == "person"]
        # the people the text gives that title anywhere before ("President Trump" may be named so only in the
        # first paragraph; "Vice President Biden" is not "the president"); of them, the one mentioned last
        # ("President Barack Obama ... Mr. Trump said ... the president said": Trump)
        home = re.match(r"the (?:former )?(?:u\.s\.|us|american) ", low) is not None
        titled = {actor.name for ms, me, actor in people
                  if _titled(doc.text[max(0, ms - 40) : ms].lower(), doc.text[ms:me].lower(), title, vice, former,
                             doc.text[me : me + 60].lower())
                  and not (home and _FOREIGN_TITLE_BEFORE_RE.search(doc.text, max(0, ms - 40), ms))}
        for _, _, actor in people:
            if actor.name in titled:
                return actor.name
        for ms, _, actor in people:
            if ms < lo_pos:
                break
            if _title_few_words_before(doc.text[max(0, ms - 40) : ms], title, former):
                return actor.name  # else a person named a few words after the title
        if title == "president" and not vice and not former:
            return _dominant_person(doc, people)
    return labelled_person(doc, low, pos, mentions, keys)  # "Her captain, Eilidh Fraser, ... the captain said"


#: A comparison right before a person's name, at a sentence's or clause's start ("Like Obama, ...", "He, like
#: Counihan, ...", "Unlike Mr. Obama, who said ...", "In a stark contrast to Ms. Abrams, ...").
_COMPARED_BEFORE_RE = re.compile(
    r"(?:" + SENTENCE_OPENING + r"|,[ \t]*)(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _COMPARISON_OPENERS) + r")[ \t]+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|former|the)\.?[ \t]+)*\Z")
#: The comma that closes such a phrase after the name (perhaps after a relative clause: "Unlike Mr. Obama, who said
#: ...,").
_CLOSES_PHRASE_RE = re.compile(r"[ \t]*,")


def _pair_opening_sentence_before(doc: Document, pos: int, mentions: Sequence[tuple[int, int, Actor]],
                                  keys: Sequence[tuple[int, int]]) -> str | None:
    """The last of two people joined by "and" who open the sentence before a sentence that opens with "They" at
    ``pos`` ("House Democratic Leader Nancy Pelosi, D-Calif., and her deputy, Rep. Steny Hoyer, D-Md., objected in a
    letter ... They also called for ..."), as a list of people is named, also past up to two more sentences that
    open with "They", and for a "they" after a quotation that opens a sentence after such a one ('"...," they
    wrote'); None otherwise."""
    si = doc.sentence_index(pos)
    if si >= 1 and doc.sentences[si][0] != pos:
        # '... They also called for ... "...," they wrote.': a "they" after a quotation that opens its sentence,
        # after one that opens with "They", is those people too (not '... Agency officials declined, and "...,"
        # they wrote': a subject of its own before the quotation)
        if not doc.text.startswith("They ", doc.sentences[si - 1][0]) or \
                doc.text[doc.sentences[si][0] : doc.sentences[si][0] + 1] not in ('"', "“"):
            return None
        si -= 1
    for _ in range(2):  # 'They objected. They also called for ...': back over sentences that go on with "They"
        if si >= 2 and doc.text.startswith("They ", doc.sentences[si - 1][0]):
            si -= 1
    if si < 1:
        return None
    ps, pe = doc.sentences[si - 1]
    lo = bisect.bisect_left(keys, (ps, -1))
    people = [m for m in mentions[lo : bisect.bisect_left(keys, (pe, -1))] if m[2].type == "person"]
    if len(people) < 2 or people[0][0] - ps > 60 or people[0][2].name == people[1][2].name:
        return None
    between = doc.text[people[0][1] : people[1][0]]
    if len(between) > 60 or not _PAIR_AND_RE.search(between) or any(c in between for c in ";:\"“”\n"):
        return None
    return people[1][2].name


#: "and" between two people who open a sentence, perhaps after a party tag ("Nancy Pelosi, D-Calif., and her deputy,
#: Rep. Steny Hoyer").
_PAIR_AND_RE = re.compile(r"(?:^|[ \t,])and[ \t]")


#: "and" (after a comma or a bracketed party tag) right before a name: the last item of a list.
_AND_BEFORE_NAME_RE = re.compile(r"(?:,|\))?[ \t]+and[ \t]+(?:[A-Z][\w.]*\.[ \t]+)?\Z")


def _last_of_listed_people(doc: Document, name: str, off: int, mentions: Sequence[tuple[int, int, Actor]],
                           keys: Sequence[tuple[int, int]]) -> bool:
    """Whether the last mention of the person ``name`` before the quotation at ``off`` in its sentence is the last
    item of a list of people ("X (D-NY) and Sherrod Brown"): another person's mention ends at most 30 characters
    before its "and"."""
    i = bisect.bisect_left(keys, (off, -1)) - 1
    si = doc.sentence_index(off)
    while i >= 0 and doc.sentence_index(mentions[i][0]) == si:
        ms, _me, actor = mentions[i]
        if actor.name == name:
            m = _AND_BEFORE_NAME_RE.search(doc.text, max(0, ms - 12), ms)
            if m is None:
                return False
            j = i - 1
            while j >= 0 and mentions[j][1] >= m.start() - 30:
                if mentions[j][2].type == "person" and mentions[j][2].name != name and mentions[j][1] <= m.start():
                    return True
                j -= 1
            return False
        i -= 1
    return False
