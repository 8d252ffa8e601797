"""What kind of label a word or lexicon span is (title, descriptive, ideological, pejorative, honorific), and the
word lists the label readers before and after a mention share."""

from __future__ import annotations

import re

from framing.analysis import Span
from framing.scorers.actor_words import (
    _DETERMINERS,
    _PERSON_LABEL_WORDS,
    DESCRIPTIVE_WORDS,
    HONORIFIC_WORDS,
    LEXICON_LABEL_KIND,
    ROLE_NOUNS,
)


def _span_kind(span: Span) -> str:
    """Label kind of a lexicon span: an emotive word in :data:`HONORIFIC_WORDS` ("heroic") is ``honorific``."""
    if span.category == "emotive" and span.text.lower() in HONORIFIC_WORDS:
        return "honorific"
    return LEXICON_LABEL_KIND[span.category]


def _label_kind_of_word(low: str, person: bool = True) -> str | None:
    """The label kind of a lower-cased word (``honorific``, ``ideological``, ``descriptive`` or ``title``), or
    ``None`` for a word that labels nobody; ``person`` says whether the labelled actor is a person (a role noun
    labels people, a kind of organisation labels organisations)."""
    if low in HONORIFIC_WORDS:
        return "honorific"
    if low in _LEANING_WORDS or (low.endswith("-leaning") and low[:-8] in _LEANING_SIDES):
        return "ideological"  # "the left-leaning Economic Policy Institute", "libertarian-leaning Thomas Massie"
    if low in _PARTISANSHIP_WORDS:
        return "descriptive"  # "the nonpartisan Congressional Budget Office"
    if low in _IDEOLOGY_WORDS:
        return "ideological"  # "Democratic Sen. X", "X, a conservative,": the guideline's kind of a party or leaning
    if not person and low in _ORG_LABEL_NOUNS:
        return "descriptive"  # "the advocacy group Public Citizen", "the Heritage Foundation, a think tank"
    if person and low == "speaker":
        return "title"  # (a role noun, but in political news mostly the title of a chamber's head)
    if low in DESCRIPTIVE_WORDS or (person and low in ROLE_NOUNS):
        return "descriptive"
    if person and low in _RANK_WORDS:
        return "descriptive"  # "the ranking Democrat on the panel" (not in DESCRIPTIVE_WORDS, which quotes read)
    if person and low in _LOWER_TITLES:
        return "title"  # "president and CEO of the Center", in an appositive
    if _STANCE_COMPOUND_RE.fullmatch(low):
        return "ideological"  # "pro-Brexit campaigner", "the anti-abortion group": a side taken on an issue
    if "-" in low and low.rsplit("-", 1)[0] in _ROLE_PREFIXES:
        kind = _label_kind_of_word(low.rsplit("-", 1)[1], person)  # "co-host", "ex-wife", "vice-chairman"
        return None if kind == "honorific" and low.startswith("then-") else kind  # (not "the then-popular")
    return None


#: A stance compound: "pro-" or "anti-" and an issue, a person, a country or a cause ("pro-Brexit", "anti-vaccine",
#: "pro-Kremlin", "anti-war"; not "anti-Semitic", a charge rather than a side).
_STANCE_COMPOUND_RE = re.compile(r"(?:pro|anti)-(?!semit)[a-z]{3,}(?:-[a-z]+)?")


#: A person's rank in a committee or body, before the party or role ("the ranking Republican").
_RANK_WORDS = frozenset(("ranking",))


#: Party and leaning words of DESCRIPTIVE_WORDS whose label kind is ideological (as every gold set marks them;
#: not "moderate" or "independent", which mostly describe a voter or a body without a side).
_IDEOLOGY_WORDS = frozenset("democratic republican democrat gop conservative liberal progressive libertarian".split())


#: Words that place an actor with respect to the parties (not in DESCRIPTIVE_WORDS, which the quote scorer reads).
_PARTISANSHIP_WORDS = frozenset("nonpartisan non-partisan partisan".split())  # ("bipartisan": mostly of bills)


#: What a "-leaning" word leans to when it places an actor ("libertarian-leaning"; not "forward-leaning").
_LEANING_SIDES = frozenset(
    """left right liberal conservative progressive libertarian democratic democrat republican gop centrist center
    centre moderate socialist populist nationalist blue red trump maga""".split())


#: Compound words that place an actor on the left-right scale ("the right-leaning American Enterprise Institute").
_LEANING_WORDS = frozenset(
    """left-leaning right-leaning liberal-leaning conservative-leaning center-left center-right centre-left
    centre-right left-of-center right-of-center left-of-centre right-of-centre""".split())


#: Nouns that say what kind of organisation an organisation is, its labels before its name or in an appositive.
_ORG_LABEL_NOUNS = frozenset(
    """company firm corporation conglomerate startup bank lender insurer retailer manufacturer automaker carmaker
    publisher newspaper magazine outlet website blog network broadcaster charity nonprofit non-profit organization
    organisation group agency watchdog tank coalition lobby caucus movement publication tabloid station channel
    maker producer supplier operator developer carrier provider distributor exporter contractor utility giant
    brewer drugmaker chipmaker miner airline brokerage union""".split())


#: Titles written in lower case in an appositive ("Nancy Northup, president and CEO of ...").
_LOWER_TITLES = frozenset("president ceo chairman chairwoman chair director secretary ambassador mayor".split())


#: Prefixes of a compound role noun that keep the role's kind ("co-host", "ex-wife", "then-chief").
_ROLE_PREFIXES = frozenset("co ex vice deputy step grand former then".split())


def _person_label(text: str) -> bool:
    """Whether a label names a kind of person ("dictator", "strongman", "leader"), not a regime or a state."""
    last = text.lower().rsplit(" ", 1)[-1]
    return last in _PERSON_LABEL_WORDS or last.endswith(("man", "men", "ator", "ators", "crat", "crats"))


_ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ive", "ary", "ous", "ant", "ent", "ican", "ist")


_APPOSITIVE_STOPS = frozenset("with for of in at from to who which that whose aligned known based".split())


#: Words that do not start a compound before an organisation noun ("the group", "and firm", "by agency").
_NOT_COMPOUND_WORDS = _DETERMINERS | _APPOSITIVE_STOPS | frozenset(
    """and or but by as on into over after before between against about than this these those which what
    said says is are was were be been has have had will would could should can may might not no new its
    former top senior including like such among especially notably particularly""".split())


#: Role nouns whose plural names a crowd rather than labels the names near it ("Among likely voters, Obama and
#: Romney", "For many Americans, the would-be refugees"); the singular labels ("voter Sophia Buono").
_CROWD_ROLES = frozenset("""voter refugee migrant immigrant tourist passenger commuter taxpayer constituent fan
    spectator onlooker bystander mourner pedestrian motorist shareholder pensioner""".split())


def _plural_label_kind(low: str) -> str | None:
    """The label kind of a plural role noun ("businessmen", "heavyweights", "personalities", "coaches")."""
    if low.endswith("s") and low[:-1] in _CROWD_ROLES:
        return None
    if low.endswith("men"):
        return _label_kind_of_word(low[:-3] + "man")
    if low.endswith("ies") and len(low) > 4 and (kind := _label_kind_of_word(low[:-3] + "y")):
        return kind
    if low.endswith(("ches", "shes", "sses", "xes")) and (kind := _label_kind_of_word(low[:-2])):
        return kind
    return _label_kind_of_word(low[:-1]) if low.endswith("s") else None


#: Nouns that head an appositive without characterising the person ("a day after", "a year ago").
_NOT_ROLE_HEADS = frozenset("""day days week weeks month months year years time times moment decade night morning
    evening afternoon lot number bit series kind sort type part way point fact statement reference move step
    source sources person people man woman thing handful majority minority plurality pair couple tandem trio dozen
    chronology timeline list total share percentage challenge case book film sign signal reminder indication""".split())


def _verb_like_word(tok: str) -> bool:
    return tok in ("say", "says", "said", "is", "are", "was", "were", "has", "have", "had", "will", "would")


#: Nouns after a country's or organisation's name that stand for it ("the authoritarian Chinese government"): the
#: words before are its labels.
_STANDS_FOR_HEADS = frozenset(
    """government governments regime regimes leadership authorities state military junta dictatorship forces army
    party editorial board""".split())
