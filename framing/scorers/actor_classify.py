"""Classifying one capitalised run: organisations (by head word, "of" complement, acronym, ordinal, brand), groups,
places, chambers and courts, gazetteer items before a name (labels or actors), and people (with the key that
makes "Bob Mueller" and "Robert S. Mueller III" one person); lone tokens are left for the caller."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from framing.analysis import Label
from framing.lexicon import LexiconEntry
from framing.scorers.actor_context import (
    _CREDIT_WORDS,
    _INDEFINITE,
    _THE,
    _after_word,
    _Context,
    _fold,
    _is_title_word,
    _Make,
    _sentence_initial,
)
from framing.scorers.actor_cues import (
    _NAME_PART_BEFORE_RE,
    _camel_case_brand,
    _common_words,
    _first_name_place,
    _initials_name,
    _names_title,
    _person_cue_after,
    ordinary_word,
    org_noun_before,
)
from framing.scorers.actor_gazetteer import _canonical, _gaz_actor, _gazetteer_table
from framing.scorers.actor_runs import _of_head, _strip_title
from framing.scorers.actor_words import (
    _ADDRESS_BEFORE_RE,
    _DOTTED,
    _DOTTED_ACRONYM_RE,
    _DOTTED_NO_ORG,
    _GROUP_PLURAL_ENDINGS,
    _ORG_BLOCKERS,
    _SUFFIXES,
    ACTOR_ORG_HEADS,
    BRAND_POSSESSIVE_RE,
    OFFICE_NOUNS,
    POSTED_ON_RE,
    ROLE_NOUNS,
    WEEKDAYS,
)
from framing.scorers.names import (
    COMMON_CAPITALISED,
    DEPARTMENT_TITLES,
    GEO_HEADS,
    MONTHS,
    NEWSPAPER_HEADS,
    NEWSPAPER_HEADS_STRICT,
    NON_PERSON_WORDS,
    SAINT_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    CapToken,
)
from framing.scorers.speaker_gender import (
    SURNAME_FIRST_RE,
    SURNAME_PLACE_WORDS,
    gender_of_first_name,
    named_surname,
)
from framing.tokenize import word_starts

#: Chambers and courts after "U.S.": the country and the chamber, two actors (session 21), not one name.
_US_NAMED_CHAMBERS = frozenset({"Senate", "House of Representatives", "House", "Congress", "Supreme Court",
                                "Capitol Hill", "Capitol", "Legislature", "General Assembly"})


def _predicate_group(text: str, s: int, e: int, entry: LexiconEntry) -> bool:
    """A singular group word after "a"/"an" ("the senator, a Republican,") describes someone: not the group."""
    return (entry.category in ("group", "party") and not text[s:e].endswith("s")
            and _after_word(text, s, _INDEFINITE))


def _classify(ctx: _Context, run: list[CapToken], make: _Make, singles: list[tuple[CapToken, bool, list[Label]]],
              people_tokens: list[tuple[int, int]]) -> None:
    """Classify a capitalised run; what follows an organisation ("Bank of America CEO ...") is classified next
    (a loop: recursing once per organisation overflowed the stack on long runs)."""
    text = ctx.doc.text
    if len(run) > 1 and all(text[s:e] in _NOT_ORG_ACRONYMS for s, e in run):
        return  # "9 PM EST": acronyms of times or measures in a row, no name
    rest: list[CapToken] | None = run
    while rest:
        rest = _classify_step(ctx, rest, make, singles, people_tokens)


#: Acronyms of diseases and of things measured that are written like an organisation's and name none.
#: (With weapons, chat words and "political correctness", session 21.)
_NOT_ORG_ACRONYMS = frozenset("AIDS HIV SARS MERS COVID DNA RNA GDP IED IEDS WMD LOL OMG PC".split()) | frozenset(
    # (session 35, general knowledge: acronyms of documents, measures, times and media that name no organisation:
    # "a photo ID", "his IQ", "a PR firm", "from her POV", "at 9 PM PST")
    "ID IDS IQ PR POV TV PM AM PST EST EDT PDT CST CDT MST MDT GMT UTC CEO CFO COO IPO ETF SUV ATM PIN FAQ DIY VIP "
    "MVP USB PDF GPS HD LED AKA ASAP FYI RIP OK".split())
#: Molecules whose formula's number may stand apart ("CO 2", "NO 2"; not "MI 5").
_FORMULAS = frozenset("CO NO SO CH NH".split())
#: The number of a formula, set apart from its letters.
_FORMULA_DIGIT_RE = re.compile(r"[ \t]?[0-9](?![\w,.:/-]*[0-9])(?![\w])")


def _once(text: str, tok: str, e: int) -> bool:
    """Whether the word ``tok`` ending at ``e`` occurs nowhere else in ``text`` as a word."""
    s = e - len(tok)
    return all(p == s for p in word_starts(text, tok))


def _names_us(ctx: _Context, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` names the United States ("US", "U.S.", "United States")."""
    hit = ctx.gaz.get(s)
    if hit is not None and hit[0] == e and hit[1].category == "country":
        return (hit[1].alternatives[0] if hit[1].alternatives else hit[1].term) == "United States"
    return _DOTTED.get(ctx.doc.text[s:e]) == "United States"


#: Words that end the name of a county-level place ("Cook County", "Orleans Parish").
_COUNTY_WORDS = frozenset(("County", "Parish", "Borough"))


def _county_end(ctx: _Context, run: list[CapToken], words: list[str]) -> int | None:
    """Index of "County" (or "Parish", "Borough") after one or two name words the gazetteer does not know, when
    nothing or a person's title follows it ("Cook County", "Cook County Sheriff Tom Dart"; not "Cook County Board",
    an organisation, nor "Milwaukee County", read with its gazetteer place)."""
    for c in (1, 2):
        if c >= len(words) or words[c] not in _COUNTY_WORDS:
            continue
        if any(run[k][0] in ctx.gaz or not words[k][:1].isupper() or _is_title_word(words[k])
               or words[k] in ACTOR_ORG_HEADS for k in range(c)):
            return None
        if c + 1 < len(words) and not _is_title_word(words[c + 1].rstrip(".")) \
                and run[c + 1][0] not in ctx.label_starts:
            return None  # (a title: a title word or a lexicon's title span, "Sheriff")
        return c
    return None


#: Last words of organisations' and newspapers' names (a surname after a first name: "Frank Church").
_ORG_OR_PAPER_HEADS = ACTOR_ORG_HEADS | NEWSPAPER_HEADS

#: Prepositions before a place's name ("in West Linden").
_PLACE_PREPOSITIONS = frozenset("in from near outside inside across".split())

#: Words of flying around an "Air ..." run that make it an airline.
_AIRLINE_CONTEXT_RE = re.compile(r"\b(?:flights?|airlines?|carriers?|passengers?|planes?|jets?|aircraft|airport)\b",
                                 re.IGNORECASE)

#: Second words of "Air ..." runs that are no airline ("Air Force", "Air Marshal", "Air Quality Index").
_NOT_AIRLINE_WORDS = frozenset(
    "Force Forces Marshal Commodore Vice Chief Quality Traffic Jordan Jordans Max Pods Tags".split())

#: Words of NON_PERSON_WORDS that open the names of banks, academies and agencies before their "of" complement
#: ("the State Bank of Pakistan", "the Kenya National Academy of Sciences", "the Federal Reserve Bank of ...").
_ORG_NAME_MODIFIERS = frozenset("State National Federal Central International Global World Great".split())


#: The Associated Press's abbreviations of US states (the one-word ones), to the state's name.
AP_STATES: Mapping[str, str] = MappingProxyType({
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
})
#: Demonyms that are also common surnames ("David French", "Bill English").
_DEMONYM_SURNAMES = frozenset("French English Welsh Irish German Norman Dutch".split())
_FORMER_BEFORE_RE = re.compile(r"\b(?:former|veteran|longtime|long-time)[ \t]+\Z")
#: A capitalised word and a comma right before a state's abbreviation ("Coral Gables, " before "Fla.").
_TOWN_COMMA_BEFORE_RE = re.compile(r"[A-Z][\w.'’-]*,[ \t]+\Z")
#: A town's name followed by its state's AP abbreviation: "in Coral Gables, Fla. on Saturday", "Albany, N.Y.,".
_STATE_AFTER_TOWN_RE = re.compile(r",[ \t]+(?:(?:" + "|".join(AP_STATES) + r")\.|[NSRW]\.[A-Z][a-z]?\.)")


def _country_at(ctx: _Context, s: int, e: int) -> bool:
    """Whether the gazetteer names a country exactly at ``s``-``e``."""
    hit = ctx.gaz.get(s)
    return hit is not None and hit[0] == e and hit[1].category == "country"


#: A person's age after a name: ", a 34-year-old nurse", ", 54,".
_PERSON_APPOSITIVE_AFTER_RE = re.compile(r",[ \t]+(?:(?:a|an)[ \t]+\d+-year-old|\d{1,3},)")
#: The last words of a place's name ("the East China Sea", "the Gulf of Mexico Coast").
_GEO_HEADS = frozenset("Sea Ocean Gulf Bay River Lake Strait Straits Island Islands Mountains Valley Coast Peninsula "
                       "Desert Basin Canal".split())
_LINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _in_running_text(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is running text: at least a third of its words open in lower case (the line
    read at most 300 characters either side: bounded on a text with no line break)."""
    nl = text.rfind("\n", max(0, pos - 300), pos)
    lo = nl + 1 if nl >= 0 else max(0, pos - 300)
    hi = text.find("\n", pos, pos + 300)
    words = _LINE_WORD_RE.findall(text, lo, hi if hi >= 0 else min(len(text), pos + 300))
    return 3 * sum(w[0].islower() for w in words) >= len(words)


def _names_with_states(ctx: _Context, run: list[CapToken], words: list[str]) -> bool:
    """Whether a run before ", <state abbreviation>." is a person's name in a list of lawmakers and their states
    ("Reps. Ann Roe, Fla., Tom Birch, Ga., and Dan Fox, Ala."): two words or more, a common first name first (not
    "Alexandria, Va.", "ST. PAUL, Minn.", "Myrtle Beach, S.C.")."""
    return len(words) >= 2 and gender_of_first_name(words[0], common_only=True) is not None


def _classify_step(ctx: _Context, run: list[CapToken], make: _Make,
                   singles: list[tuple[CapToken, bool, list[Label]]],
                   people_tokens: list[tuple[int, int]]) -> list[CapToken] | None:
    text = ctx.doc.text
    words = [text[s:e] for s, e in run]
    n = len(run)
    if n == 1 and words[0] in AP_STATES and text.startswith(".", run[0][1]) and \
            _TOWN_COMMA_BEFORE_RE.search(text, max(0, run[0][0] - 40), run[0][0]):
        # "in Coral Gables, Fla. on Saturday": the state after a town, not a person called "Fla"
        state = AP_STATES[words[0]]
        make(state, "place", "place:" + _fold(state), run[0][0]).mentions.append(run[0])
        return None
    if n >= 3 and ctx.gaz.get(run[0][0]) is None and all(w[:1].isupper() for w in words) and not any(
            _is_title_word(w) or (gender_of_first_name(w) is not None and not _country_at(ctx, s, e))
            for (s, e), w in zip(run, words, strict=True)) and sum(
                _country_at(ctx, s, e) for s, e in run[1:-1]) == 1 and _in_running_text(text, run[0][0]) and \
            not _PERSON_APPOSITIVE_AFTER_RE.match(text, run[-1][1]):
        # "Priorities USA Action": one country's name inside a name of three capitalised words or more (not a list of
        # countries), which is an organisation's (not with a title or a first name besides the country's in it:
        # "Team USA Coach Steve Kerr"; not before a person's age: "Oluwaseun Jordan Adebayo, a 34-year-old nurse";
        # not in a title-case headline: "Biden Tells Iran Talks Must Resume")
        kind = "place" if words[-1] in _GEO_HEADS else "organisation"  # ("the East China Sea": a place)
        make(text[run[0][0] : run[-1][1]], kind, _fold(text[run[0][0] : run[-1][1]]),
             run[0][0]).mentions.append((run[0][0], run[-1][1]))
        return None
    if n <= 3 and ctx.gaz.get(run[0][0]) is None and _STATE_AFTER_TOWN_RE.match(text, run[-1][1]) and \
            not any(_is_title_word(w) for w in words) and not _FORMER_BEFORE_RE.search(
                text, max(0, run[0][0] - 12), run[0][0]) and not _names_with_states(ctx, run, words):
        # "Coral Gables, Fla.": a town the gazetteer lacks, named with its state, not a person (a person's modifier
        # before it goes with the title after it: "former South Bend, Ind., mayor Pete Buttigieg")
        s, e = run[0][0], run[-1][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if 2 <= n <= 4 and words[-1] == "USA" and not all(w.isupper() for w in words) \
            and _names_us(ctx, run[-1][0], run[-1][1]) and not any(
            s in ctx.gaz or _is_title_word(w) for (s, _e), w in zip(run[:-1], words[:-1], strict=True)) \
            and gender_of_first_name(words[0]) is None:
        # "human rights group Open Doors USA", "Team USA": an organisation named with the country, not a person
        # and the United States
        s, e = run[0][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if 3 <= n <= 5 and (words[-2] in ACTOR_ORG_HEADS or words[-2] == "International") and \
            (hit := ctx.gaz.get(run[-1][0])) is not None and hit[0] == run[-1][1] and \
            hit[1].category == "country" and not any(_is_title_word(w) for w in words[:-1]) and \
            ctx.gaz.get(run[0][0]) is None:
        # "Transparency Watch Uganda", "Transparency International Kenya": an organisation's national branch, not
        # the country (an organisation head right before the country's name)
        s, e = run[1 if words[0] == "The" else 0][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if 2 <= n <= 4 and (hit := ctx.gaz.get(run[-1][0])) is not None and hit[0] == run[-1][1] and \
            hit[1].category in ("country", "place", "capital") and \
            not any(s in ctx.gaz or _is_title_word(w) for (s, _e), w in zip(run[:-1], words[:-1], strict=True)) \
            and gender_of_first_name(words[0]) is None and org_noun_before(text, max(0, run[0][0] - 40), run[0][0]):
        # "the nonprofit Feeding America", "the charity Keep Britain Tidy": an organisation's name that ends with a
        # place, after a noun that says it is one (not the country and a word before it)
        s, e = run[0][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if (c := _county_end(ctx, run, words)) is not None:
        # "Cook County Sheriff Tom Dart", "Leaders of Harris County": the county (a place the gazetteer lacks), then
        # the person its title and name make
        s, e = run[0][0], run[c][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
        return run[c + 1 :] or None
    if n == 2 and words[0] in ("Air", "Aer") and words[1] not in _NOT_AIRLINE_WORDS and words[1] not in \
            ACTOR_ORG_HEADS and words[1] not in NON_PERSON_WORDS and words[1].isalpha() and words[1][1:].islower() \
            and (run[1][0] in ctx.gaz or _AIRLINE_CONTEXT_RE.search(text, max(0, run[0][0] - 300), run[1][1] + 300)):
        # (a place or country named so, or flights around it: not "Air Pollution", "Air Travel", "Air Strikes")
        # "Air Sahel", "Air India", "Aer Lingus": an airline, not the place or country its second word names
        s, e = run[0][0], run[1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n == 2 and words[0] in ("West", "East", "North", "South") and words[1].isalpha() and \
            words[1] not in ACTOR_ORG_HEADS and ctx.gaz.get(run[0][0]) is None and \
            _after_word(text, run[0][0], _PLACE_PREPOSITIONS):
        # "the two sides in West Linden": a place named with a compass word after "in", not a person
        s, e = run[0][0], run[1][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n == 2 and words[0].isupper() and len(words[0]) >= 2 and words[0].isalpha() and \
            (hit := ctx.gaz.get(run[1][0])) is not None and hit[0] == run[1][1] and hit[1].category == "country" \
            and ctx.gaz.get(run[0][0]) is None:
        # "PEN America", "ACLU Ohio": an organisation named with an acronym and a country, not the country
        s, e = run[0][0], run[1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n <= 3 and BRAND_POSSESSIVE_RE.match(text, run[-1][1]) and not _is_title_word(words[0]):
        # "McDonald's said", "Papa John's has", "Macy's, Kohl's and Dillard's reported": a company named with a
        # possessive (no noun after it), not a person called McDonald
        s, e = run[0][0], run[-1][1] + 2
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n == 2 and words[0] in _COMPASS_WORDS and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[1][1] and hit[1].category in ("place", "region", "continent"):
        # "West Africa", "Eastern Europe": a region of its own, not the continent
        s, e = run[0][0], run[1][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n >= 2 and words[-1] == "Nation" and gender_of_first_name(words[0]) is None and not any(
            _is_title_word(w) for w in words[:-1]):
        # "the Navajo Nation", "Netroots Nation", "Fox Nation", "Live Nation": an organisation (not "Terry Nation",
        # "Carrie Nation", a first name before)
        s, e = run[0][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n == 2 and words[0] in _COMPASS_WORDS and words[1] in _CONTINENT_DEMONYMS and ctx.gaz.get(run[0][0]) is None \
            and (words[0], words[1]) != ("Central", "African") and text[max(0, run[0][0] - 4) : run[0][0]] != "The ":
        # "other North African states", "West African leaders": the region's adjective, an alias of the region
        # ("North Africa"), not a person (not "Central African", mostly the republic's; not "The East African", a
        # newspaper)
        s, e = run[0][0], run[1][1]
        region = f"{words[0]} {_CONTINENT_DEMONYMS[words[1]]}"
        if words[1] == "European" and words[0] in ("East", "West", "North", "South"):
            region = f"{words[0]}ern Europe"  # ("East European" states: Eastern Europe)
        make(region, "place", "place:" + _fold(region), s).mentions.append((s, e))
        return None
    if n == 2 and words[0] in _COMPASS_WORDS and words[1] in _AREA_NOUNS:
        # "the South Lawn", "the East Room", "the West Wing": a part of a building or a town, a place
        s, e = run[0][0], run[1][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n == 2 and words[0] in ("House", "Senate") and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[1][1] and hit[1].category == "party" and words[1].endswith("s"):
        # "House Republicans", "Senate Democrats": the chamber and the party's members in it, two actors
        s, e = run[0]
        chamber = _HOUSE if words[0] == "House" else words[0]
        make(chamber, "organisation", _fold(chamber), s).mentions.append((s, e))
        _gaz_actor(ctx, run[1][0], run[1][1], hit[1], make)
        return None
    if n == 1 and words[0] in _CHAMBERS and text[max(0, run[0][0] - 6) : run[0][0]] == "state ":
        # "he won election to the state Senate": the state's chamber, an organisation of its own (not the U.S.
        # Senate named elsewhere in the text)
        s, e = run[0][0] - 6, run[0][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n >= 3 and words[0] in _PARTY_ADJECTIVES and words[-1] in _CHAMBERS and _CHAMBER_NOUN_AFTER_RE.match(
            text, run[-1][1]) and (hit := ctx.gaz.get(run[0][0])) is not None and hit[0] == run[0][1] \
            and hit[1].category == "party":
        # "Republican U.S. House members", "Democratic Iowa Senate districts": the party of the members or seats
        # of a named chamber is the party's own mention, the chamber is classified on its own (not "the Republican
        # United States Senate passed", where the party word is the chamber's label)
        _gaz_actor(ctx, run[0][0], run[0][1], hit[1], make)
        ctx.party_prefixes.add(run[0][0])
        return run[1:]
    if n == 3 and words[1] in _PARTY_ADJECTIVES and words[2] in _CHAMBERS and _CHAMBER_NOUN_AFTER_RE.match(
            text, run[2][1]) and (place := ctx.gaz.get(run[0][0])) is not None and place[0] == run[0][1] \
            and place[1].category in ("place", "country") and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[1][1] and hit[1].category == "party":
        # "the Kentucky Democratic Senate candidate": the state, the party and the chamber, three actors
        _gaz_actor(ctx, run[0][0], run[0][1], place[1], make)
        _gaz_actor(ctx, run[1][0], run[1][1], hit[1], make)
        ctx.party_prefixes.add(run[1][0])
        return run[2:]
    if n == 2 and words[0] == "Hill" and words[1] in _PARTY_PLURALS and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[1][1] and hit[1].category == "party":
        # "Hill Republicans": the party's members on Capitol Hill, the place and the party
        make("Capitol Hill", "place", "place:" + _fold("Capitol Hill"), run[0][0]).mentions.append(run[0])
        _gaz_actor(ctx, run[1][0], run[1][1], hit[1], make)
        return None
    if n >= 2 and words[-1] in _PARTY_PLURALS and (hit := ctx.gaz.get(run[-1][0])) is not None \
            and hit[0] == run[-1][1] and hit[1].category == "party" and (place := ctx.gaz.get(run[0][0])) is not None \
            and place[0] == run[-2][1] and place[1].category in ("place", "country") and not _names_us(
                ctx, run[0][0], run[-2][1]):
        # "Iowa Democrats", "Texas Republicans", "Capitol Hill Republicans": the place and the party's members
        # there, two actors (as "House Republicans"; not "the Iowa GOP", a state party of its own)
        _gaz_actor(ctx, run[0][0], run[-2][1], place[1], make)
        _gaz_actor(ctx, run[-1][0], run[-1][1], hit[1], make)
        return None
    if n >= 2 and words[-1] in _US_CHAMBERS and _names_us(ctx, run[0][0], run[-2][1]):
        # "the U.S. Senate", "the US House": the country and the chamber, two actors (as "the US Supreme Court")
        s, e = run[0][0], run[-2][1]
        make("United States", "country", "country:" + _fold("United States"), s).mentions.append((s, e))
        s, e = run[-1]
        chamber = _HOUSE if words[-1] == "House" else words[-1]
        make(chamber, "organisation", _fold(chamber), s).mentions.append((s, e))
        return None
    if n >= 3 and words[-2:] == ["Supreme", "Court"] and _names_us(ctx, run[0][0], run[-3][1]):
        # "the US Supreme Court": the country and the court ("the Supreme Court" of American news), two actors
        s, e = run[0][0], run[-3][1]
        make("United States", "country", "country:" + _fold("United States"), s).mentions.append((s, e))
        s, e = run[-2][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if words[-1] == "Circuit" and (o := _ordinal_start(text, run[0][0])) < run[0][0]:
        # "the 5th Circuit", "the 9th Circuit's ruling": the court of appeals
        make(text[o : run[-1][1]], "organisation", _fold(text[o : run[-1][1]]), o).mentions.append(
            (o, run[-1][1]))
        return None
    if n > 1 and (hit := ctx.gaz.get(run[1 if words[0] == "The" else 0][0])) is not None and hit[0] == run[-1][1] \
            and hit[1].category in ("organisation", "party", "group"):
        # a whole run the gazetteer names an organisation, party or group ("the Veterans of Foreign Wars", "the
        # Department of Justice" = the Justice Department): its entry, before the shape rules for "X of Y" names
        _gaz_actor(ctx, run[1 if words[0] == "The" else 0][0], run[-1][1], hit[1], make)
        return None
    if n > 2 and _names_us(ctx, run[0][0], run[0][1]) and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[-1][1] and hit[1].category == "organisation" \
            and _canonical(hit[1]) not in _US_NAMED_CHAMBERS:
        # "the U.S. Justice Department": the country's name is part of the organisation's, the gazetteer's entry
        # (one actor with "the Justice Department" later)
        _gaz_actor(ctx, run[0][0], run[-1][1], hit[1], make)
        return None
    if n > 1 and "Against" in words[1:-1] and words[-1] not in _NOT_AGAINST_ORG_ENDS \
            and not any(_is_title_word(w) for w in words[words.index("Against"):]) \
            and not text.startswith((" protest", " rally", " march"), run[-1][1]):
        # "Mayors Against Illegal Guns", "Mothers Against Drunk Driving": an organisation
        s, e = run[1 if words[0] == "The" else 0][0], run[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    if n > 1:
        # organisations: an organisation head followed by "of" keeps its complement ("House of Representatives",
        # "Communist Party of China": China is no country mention there); a title after a gazetteer complement
        # starts a person ("Bank of America CEO Brian Moynihan")
        h = _of_head(text, run, words)
        if h >= 0 and not any(w in NON_PERSON_WORDS and w not in _ORG_NAME_MODIFIERS for w in words[:h]):
            m = n
            hit = ctx.gaz.get(run[h + 1][0])
            if hit is not None:
                for k in range(h + 1, n - 1):
                    if run[k][1] >= hit[0]:
                        if run[k][1] == hit[0] and _is_title_word(words[k + 1]):
                            m = k + 1
                        break
            else:
                # "Department of Defense Secretary Lloyd Austin": the first title word after the complement's
                # first word ends the organisation when only name words follow the titles
                k = next((k for k in range(h + 2, n - 1) if _is_title_word(words[k])), n)
                t = k
                while t < n and _is_title_word(words[t]):
                    t += 1
                if t < n and not any(w in ACTOR_ORG_HEADS or w in NON_PERSON_WORDS or _is_title_word(w)
                                     for w in words[t:]):
                    m = k
            while m > h + 2 and (words[m - 1] in _TIME_CAPS or words[m - 1].lower() in COMMON_CAPITALISED):
                m -= 1  # (not "the National Institutes of Health When you're ...": a sentence's first word)
            s, e = _ordinal_start(text, run[0][0]), run[m - 1][1]
            make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
            return run[m:] if m < n and words[m] not in _TIME_CAPS else None
        if _plural_group(ctx, run, words):
            s, e = run[0][0], run[-1][1]
            make(text[s:e], "group", "group:" + _fold(text[s:e]), s).mentions.append((s, e))
            return None
        if n == 2 and words[1] in ("Senate", "House") and (hit := ctx.gaz.get(run[0][0])) is not None \
                and hit[0] == run[0][1] and hit[1].category == "place" and _RACE_AFTER_RE.match(text, run[1][1]):
            # "the Alabama Senate race": the state and the (national) Senate, not the state's legislature
            _gaz_actor(ctx, run[0][0], run[0][1], hit[1], make)
            return run[1:]
        # an organisation's name right before a person's ("Founding Partner of Redpoint Ventures Geoff Yang",
        # "Fox News Sean Hannity"): the organisation, then the person
        h = next((k for k in range(1, n - 2) if words[k] in ACTOR_ORG_HEADS), -1)
        if h > 0 and n - h - 1 <= 3 and (gender_of_first_name(words[h + 1]) is not None or text.find(
                " ".join(words[h + 1 :]), run[-1][1], run[-1][1] + 5000) >= 0) and not any(
                w in ACTOR_ORG_HEADS or w in NON_PERSON_WORDS or _is_title_word(w) for w in words[h + 1 :]) and not any(
                w in _ORG_BLOCKERS or w in NON_PERSON_WORDS or run[k][0] in ctx.gaz for k, w in enumerate(words[:h])):
            s, e = run[1 if words[0] == "The" else 0][0], run[h][1]
            make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
            return run[h + 1 :]
        # a run whose last word is an organisation head ("Chinese Communist Party") or a newspaper's
        # ("Wichita Eagle", "the Toronto Star")
        last = words[-1]
        if words[0] in _PARTY_ADJECTIVES and (words[1:] in _LEGISLATURE_WORDS or (
                (hit := ctx.gaz.get(run[1][0])) is not None and hit[0] == run[-1][1]
                and hit[1].category == "organisation")):
            # "a Republican Congress", "the Democratic House", "the Republican United States Senate": the party
            # word is the legislature's label, not part of its name ("Republican National Committee" is a name)
            return run[1:]
        if (last in ACTOR_ORG_HEADS or _hyphen_newspaper(last) or (last in NEWSPAPER_HEADS and (
                last in NEWSPAPER_HEADS_STRICT or _after_word(text, run[0][0], _THE)))) and not any(
                w in _ORG_BLOCKERS for w in words[:-1]) and not (
                # "Frank Church said", "Gary Post, a lawyer, told": a first name and a surname that is an
                # organisation's last word, when the two words speak (not "the Denver Post", "Grace Church")
                _first_name_and_org_word(ctx, run, words)):
            s, e = run[1 if words[0] == "The" else 0][0], run[-1][1]
            s = _ordinal_start(text, s)
            hit = ctx.gaz.get(s)
            if hit is not None and hit[0] == e and hit[1].category in ("organisation", "country"):
                # named by the gazetteer: "Marine Corps" is the U.S. Marine Corps; "the Soviet Union", "the Russian
                # Federation" are countries whatever their last word
                _gaz_actor(ctx, s, e, hit[1], make)
            else:
                make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
            return None
    if n == 1 and named_surname(text, words[0], run[0][1]):
        # "King said", "Hill said": Angus King, Rick Hill, named so in the text (not a title without a name, a
        # place word)
        _classify_name(ctx, run, [], make, singles, people_tokens)
        return None
    i = 0
    pre_labels: list[Label] = []
    pending_gaz: list[tuple[int, int, LexiconEntry]] = []
    titles: list[Label] = []
    gaz_titled = False  # whether a title came right before the last gazetteer item
    gaz_at = (-1, -1)  # token indices of the last gazetteer item: (first, one past the last)
    while i < len(run):
        i, titles = _strip_title(ctx, run, i)
        pre_labels += titles
        if i >= len(run):
            break
        s = run[i][0]
        hit = ctx.gaz.get(s)
        dotted = _DOTTED.get(text[s : run[i][1]])
        if hit is None and dotted is None:
            break
        end = run[i][1] if hit is None else hit[0]
        j = i
        while j < len(run) and run[j][1] <= end:
            j += 1
        if hit is not None and run[j - 1][1] != end:
            break  # gazetteer hit that ends inside a token: not ours
        if hit is not None and i == 0 and j < len(run) and hit[1].category in ("place", "capital") \
                and text[run[j][0] : run[j][1]] in _GEO_AFTER_PLACE \
                and (j + 1 == len(run) or _is_title_word(w := text[run[j + 1][0] : run[j + 1][1]])
                     or w.lower() in ROLE_NOUNS or w == "Executive"):
            # "Milwaukee County", "the Des Moines River": a place of its own, not a mention of the city (not in a
            # longer name, "the Los Angeles County Federation of Labor"; a title or a role may follow: "Dallas County
            # Sheriff", "King County Executive")
            e = run[j][1]
            make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
            return run[j + 1 :] or None
        if hit is not None:
            pending_gaz.append((s, end, hit[1]))
        else:
            # "U.S.", "U.K." are countries; "U.N.", "E.U." what the gazetteer calls their full names (organisations)
            full = _gazetteer_table()[0].get(dotted or "")
            cat = full.category if full is not None and full.category == "organisation" else "country"
            pending_gaz.append((s, end, LexiconEntry(text[s:end], cat, 0.0, (dotted or "",))))
        gaz_titled = _names_title(titles)
        gaz_at = (i, j)
        i = j
    # a place that is a first name: "Prime Minister Sofia Brandt", "Paris Hilton" (not "Moscow Mayor Sergei
    # Sobyanin", where a title comes between, nor "Venezuelan President ...", a demonym)
    first_name = False
    if (pending_gaz and gaz_at == (i - 1, i) and i < len(run)
            and pending_gaz[-1][2].category in ("capital", "place", "country")
            and _first_name_place(ctx, run, i - 1, gaz_titled)):
        pending_gaz.pop()
        i -= 1
        first_name = True
        titles = []
    rest = run[i:]
    rest_words = [text[s:e] for s, e in rest]
    # a first name before a one-word place is a person with that surname ("Jim Jordan", "Michael Jordan")
    surname_place = (
        len(rest) == 2 and not first_name and rest[0][0] not in ctx.gaz and (hit := ctx.gaz.get(rest[1][0])) is not None
        and hit[0] == rest[1][1] and (hit[1].category in ("country", "place", "capital") or (
            # ("David French", "Bill English": a demonym that is a common surname, after a common first name)
            hit[1].category == "demonym" and rest_words[1] in _DEMONYM_SURNAMES
            and gender_of_first_name(rest_words[0], common_only=True) is not None))
        and gender_of_first_name(rest_words[0]) is not None and rest_words[0].lower() not in ctx.low_words
    )
    # (a common first name opening the run is a name even when it is also a word of laws and events: "Bill
    # Clinton", not "the Farm Bill" or "Bill of Rights")
    first_given = len(rest_words) > 1 and rest_words[1][:1].isupper() and (
        gender_of_first_name(rest_words[0], common_only=True) is not None
        # (or a surname before a hyphenated given name, East Asian order: "Park Ji-hoon", "Hill Sang-woo")
        or (len(rest_words) == 2 and SURNAME_FIRST_RE.fullmatch(f"{rest_words[0]} {rest_words[1]}") is not None))
    # (a common first name and a surname that is also a place word, not after "the" or a place preposition: "John
    # Park", "Tom Hill", "Anna Hall"; "the Albert Hall", "in Grant Park" stay places)
    # (or a first name the lists lack after a role label: "Democratic pollster Celinda Lake")
    role_before = len(rest_words) == 2 and text[rest[0][0] - 1 : rest[0][0]] == " " and \
        ctx.label_ends.get(rest[0][0] - 1) is not None
    # (or a surname the text gives a form of address elsewhere: "Yeonmi Park, a human rights activist ... Ms. Park")
    addressed = len(rest_words) == 2 and rest_words[-1] in SURNAME_PLACE_WORDS and any(
        _ADDRESS_BEFORE_RE.search(text, max(0, p - 40), p) for p in word_starts(text, rest_words[-1]))
    # (or a first name of the full lists, not only the common ones, when the two words speak somewhere in the text:
    # "Kari Lake said", "Kari Lake, a Trump loyalist, told lawmakers"; not "Lincoln Park" or "Crystal Lake")
    speaks = len(rest_words) == 2 and rest_words[-1] in SURNAME_PLACE_WORDS and \
        gender_of_first_name(rest_words[0]) is not None and _speaks_somewhere(text, " ".join(rest_words))
    surname_word = (first_given or role_before or addressed or speaks) and rest_words[-1] in SURNAME_PLACE_WORDS and (
        len(rest_words) == 2 or (len(rest_words) == 3 and (len(rest_words[1].rstrip(".")) == 1
                                                          or gender_of_first_name(rest_words[1]) is not None))) \
        and rest_words[0] not in _ROYAL_PLACE_NAMES \
        and not _PLACE_BEFORE_RE.search(text, max(0, rest[0][0] - 12), rest[0][0])
    # (a lone surname that is a place word after a form of address: "Ms. Park", "Mr. Hill")
    surname_word = surname_word or (len(rest_words) == 1 and rest_words[0] in SURNAME_PLACE_WORDS and any(
        lab.text.rstrip(".") in _ADDRESS_WORDS for lab in pre_labels))
    # (a surname that is an organisation's last word after a common first name, titled or speaking: "Sen. Frank
    # Church", "Gary Post said")
    org_surname = len(rest_words) == 2 and rest_words[1] in _ORG_OR_PAPER_HEADS and \
        _org_word_surname(text, rest[0][0], rest_words[0], rest_words[1], bool(pre_labels))
    person_tail = bool(rest) and not any(
        (w in NON_PERSON_WORDS and not (k == 0 and first_given)
         and not (k == len(rest_words) - 1 and (surname_word or org_surname)))
        or (w in ACTOR_ORG_HEADS and not (k == 1 and org_surname))
        for k, w in enumerate(rest_words)) and not any(
        s in ctx.gaz for s, _ in (rest[1:] if first_name else rest[:1] if surname_place else rest)
    )
    if person_tail and len(rest) > 1 and not first_name:
        # places: "Cerro Blanco", "Río Grande", "Costa Verde"; "San Pedro", "Santa Cruz" unless a title or a person
        # cue makes a person of them ("General Santa Anna", "Santa Anna said")
        if rest_words[0] in GEO_HEADS or (
            rest_words[0].rstrip(".") in SAINT_HEADS and not _names_title(titles)
            and not (len(rest) == 2 and _person_cue_after(ctx, rest[0][0], rest[-1][1]))
        ):
            person_tail = False
    if not rest and len(pending_gaz) == 2 and _names_us(ctx, pending_gaz[0][0], pending_gaz[0][1]) \
            and pending_gaz[1][2].category == "organisation" and pending_gaz[1][0] == pending_gaz[0][1] + 1 \
            and _canonical(pending_gaz[1][2]) not in _US_NAMED_CHAMBERS:
        # "the U.S. Chamber of Commerce", "U.S. Immigration and Customs Enforcement": the country's name is part of
        # the organisation's (as "the U.S. Department of Health and Human Services"), no mention of the country
        _gaz_actor(ctx, pending_gaz[0][0], pending_gaz[1][1], pending_gaz[1][2], make)
        return None
    if len(pending_gaz) == 1 and pending_gaz[0][2].category == "demonym" and 1 <= len(rest) <= 3 and \
            rest[0][0] == pending_gaz[0][1] + 1 and not any(_is_title_word(w) for w in rest_words) and \
            org_noun_before(text, max(0, pending_gaz[0][0] - 40), pending_gaz[0][0]):
        # "the watchdog group American Oversight", "the nonprofit American Bridge": an organisation's name that
        # opens with a demonym, not the country and a person
        s, e = pending_gaz[0][0], rest[-1][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return None
    # leading gazetteer items: demonyms and parties before a person are labels, otherwise actors
    for s, e, entry in pending_gaz:
        cat = entry.category
        if person_tail and cat in ("demonym", "group", "party"):
            # ("Democratic Sen. Tim Kaine", "GOP Rep. Ann Lee": a party before a person is the guideline's
            # ideological label; "American", "Muslim" descriptive)
            pre_labels.append(Label(text[s:e], "ideological" if cat == "party" else "descriptive", s, e))
            continue
        if not _predicate_group(text, s, e, entry):
            _gaz_actor(ctx, s, e, entry, make)
    if not rest:
        return None
    if len(rest) == 1 and not pre_labels and text[rest[0][0] : rest[0][1]] == "House" and ctx.us_context \
            and _HOUSE_BEFORE_RE.search(text, max(0, rest[0][0] - 30), rest[0][0]):
        # "the House voted", "the GOP-led House": the chamber (a title word elsewhere: "House Speaker")
        s, e = rest[0]
        make(_HOUSE, "organisation", _fold(_HOUSE), s).mentions.append((s, e))
        return None
    if not person_tail and (org_end := _org_before_titled_name(ctx, rest, rest_words)) is not None:
        # "National Republican Congressional Committee Chairman Greg Walden", "Greater Manchester Police Chief
        # Constable Ian Hopkins": the organisation, then the person its titles and name make (not the party or the
        # place inside the organisation's name alone, and not the person lost)
        s, e = rest[1 if rest_words[0] == "The" else 0][0], rest[org_end][1]
        make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
        return rest[org_end + 1 :]
    if not person_tail:
        # the rest may still contain gazetteer items ("Fox News"), otherwise it is not an actor we track
        for k, (s, _e) in enumerate(rest):
            hit = ctx.gaz.get(s)
            if hit is not None and any(t[1] == hit[0] for t in rest[k:]) and not _predicate_group(
                text, s, hit[0], hit[1]
            ):
                _gaz_actor(ctx, s, hit[0], hit[1], make)
        return None
    if all(_is_title_word(w) for w in rest_words):
        return None  # only title words: "Executive Chairman", "Chief Executive Officer"
    _classify_name(ctx, rest, pre_labels, make, singles, people_tokens)
    return None


def _org_before_titled_name(ctx: _Context, rest: list[CapToken], words: list[str]) -> int | None:
    """The index of the organisation head that ends an organisation's name of two words or more, when title words
    and then a person's name (one to three name words, a known first name first, or two words whose surname the
    text repeats) follow it to the end of ``rest``; else None."""
    h = max((k for k, w in enumerate(words) if w in ACTOR_ORG_HEADS), default=-1)
    if h < 1 or h + 2 >= len(words) or not _is_title_word(words[h + 1]):
        return None
    t = h + 1
    while t < len(words) and _is_title_word(words[t]):
        t += 1
    if _strip_title(ctx, rest, h + 1)[0] != t:
        return None  # the title words are no title alone ("Trump Campaign Manager Brad Parscale": "Campaign Manager")
    text = ctx.doc.text
    name = words[t:]
    if not 1 <= len(name) <= 3 or any(w in NON_PERSON_WORDS or w in _ORG_BLOCKERS or not w[:1].isupper()
                                      for w in name):
        return None
    if gender_of_first_name(name[0]) is None and (len(name) != 2 or text.count(name[-1]) < 2):
        return None  # (not "Glorious Way Church Associate Pastor James Buntrock": "Pastor" is no title word here)
    return h


def _classify_name(ctx: _Context, rest: list[CapToken], pre_labels: list[Label], make: _Make,
                   singles: list[tuple[CapToken, bool, list[Label]]], people_tokens: list[tuple[int, int]]) -> None:
    """What the rest of a run after its titles and leading gazetteer items names: a one-word name waits in
    ``singles`` for the document-wide decision; a run of capitals, a credit line, an acronym, common words, a
    platform or a name after an organisation noun is decided here; otherwise a person with the labels before it."""
    text = ctx.doc.text
    rest_words = [text[s:e] for s, e in rest]
    labels = [lab for lab in pre_labels if lab.kind != "_address"]
    had_title = bool(pre_labels)
    if len(rest) == 1:
        s, e = rest[0]
        tok = text[s:e]
        if tok.lower() in COMMON_CAPITALISED and not named_surname(text, tok, e):
            return None  # (but "May insisted": Theresa May, named so in the text)
        state = _US_STATE_CODES.get(tok)
        if state is not None and _STATE_CODE_CONTEXT_RE.search(text, max(0, s - 3), s):
            # "Sen. Bernie Sanders (VT)", "Rep. Ilhan Omar (D-MN)": the state, one actor with "Vermont"
            make(state, "place", "place:" + _fold(state), s).mentions.append((s, e))
            return None
        if tok.isupper() and len(tok) > 1:
            if tok in _NOT_ORG_ACRONYMS or (tok in _FORMULAS and _FORMULA_DIGIT_RE.match(text, e)):
                return None  # "the spread of AIDS", "CO 2 emissions": a disease, a chemical formula
            if len(tok) >= 4 and tok.lower() in ctx.low_words and s not in ctx.gaz and _LOWER_BEFORE_RE.search(
                    text, max(0, s - 20), s) and _once(text, tok, e):
                # "on the campaign TRAIL", "as a DIRECT result": a word in capitals for stress, written once (a
                # name in capitals recurs: "told TIME ... TIME reported")
                return None
            if (tok.isalpha() and len(tok) <= 6) or (_DOTTED_ACRONYM_RE.fullmatch(tok) and tok not in _DOTTED_NO_ORG):
                bare = tok.replace(".", "")
                entry = _gazetteer_table()[0].get(bare) if bare != tok else None
                if entry is not None and entry.category == "organisation" and _canonical(entry) == bare:
                    # "the F.B.I.": the gazetteer's "FBI" (not one it expands, "N.F.I.B.": the text may spell the
                    # name otherwise, "... Independent Businesses", which the initials then join)
                    _gaz_actor(ctx, s, e, entry, make)
                else:  # "NPR", "the F.T.C." (one actor with "FTC": the key without the dots)
                    make(tok, "organisation", _fold(bare), s).mentions.append((s, e))
            return None
        if not had_title and _camel_case_brand(tok) and text[s - 1 : s] not in ("@", "#", "/", ".", "_") \
                and not text.startswith("http", e):
            make(tok, "organisation", _fold(tok), s).mentions.append((s, e))  # "FreedomWorks", "MoveOn"
            return None
        if (not had_title and tok.endswith(_GROUP_PLURAL_ENDINGS) and tok.lower() not in ctx.low_words
                and not _sentence_initial(ctx.doc, s)):
            make(tok, "group", "group:" + _fold(tok), s).mentions.append((s, e))  # "the Blairites"
            return None
        singles.append(((s, e), had_title, labels))
        return None
    s, e = rest[0][0], rest[-1][1]
    name = text[s:e]
    caps_name = False
    if not had_title and all(w.isupper() for w in rest_words):
        # a run of words all in capitals: a common first name opening two or three of them is a person's name in
        # capitals ("AMY GOODMAN", a transcript's speaker; one person with "Amy Goodman", the key is case-folded);
        # ordinary English words only ("WITCH HUNT", "TOTAL WITCH HUNT", "SEE ALSO", "FILE PHOTO") are a slogan, a
        # stressed phrase or page furniture, no organisation (an acronym stands alone, "FBI", "NATO"; a gazetteer
        # name was taken above; an organisation's head keeps "LIBRARY OF CONGRESS", and a word that is none, an
        # acronym or a name, "KPIX TV", "AJIT PAI", the reading below)
        if len(rest) <= 3 and gender_of_first_name(rest_words[0], common_only=True) is not None:
            caps_name = True
        elif all(ordinary_word(ctx, w) for w in rest_words) and not any(
                w.title() in ACTOR_ORG_HEADS for w in (rest_words[0], rest_words[-1])):
            return None
    if not had_title and all(w in _CREDIT_WORDS for w in rest_words):
        return None  # "REUTERS/File Photo": credit furniture, no one
    if not had_title and not caps_name and any(
            len(w) > 1 and w.isupper() and w.isalpha() and w not in _SUFFIXES for w in rest_words) \
            and not _initials_name(ctx, rest_words, s):
        # an acronym inside: "Occupy DC", "Health Care for America NOW" are organisations, not people
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    if not had_title and all(w.lower() in ctx.low_words for w in rest_words) and _common_words(ctx, rest_words):
        return None  # "Health Care", "Immigration Debate": common words written in capitals, not a name
    if not had_title and POSTED_ON_RE.search(text, max(0, s - 40), s):
        # "posted on Truth Social", "wrote on his Daily Forum page": the platform the words were posted on
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    if not had_title and (org_noun := org_noun_before(text, max(0, s - 40), s)) \
            and not _NAME_PART_BEFORE_RE.search(text, max(0, s - 6), s) \
            and not _titled_words(rest_words) \
            and not (org_noun.group().rstrip(", \t") in _PERSON_ORG_NOUNS and gender_of_first_name(rest_words[0])):
        # "the advocacy group Public Citizen", "the polling firm Wilson Research": an organisation's name
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    if not had_title and len(rest) == 2 and rest_words[0] in TITLE_MODIFIERS \
            and (_is_title_word(rest_words[1]) or rest_words[1] in _OFFICE_NOUNS) \
            and _OFFICE_COMPLEMENT_AFTER_RE.match(text, e) is not None:
        return None  # "the Special Envoy for Iran", "the Deputy Secretary of State": an office, no one's name
    if not had_title and not caps_name and _EMPLOYEE_ROLE_AFTER_RE.match(text, e) is not None \
            and gender_of_first_name(rest_words[0]) is None and (
                (len(rest) >= 3 and any(ordinary_word(ctx, w) for w in rest_words))
                or (len(rest) == 2 and all(ordinary_word(ctx, w) for w in rest_words))):
        # "MedStar Mobile Healthcare spokeswoman Macara Trusty", "Acme Widgets spokeswoman Jane Doe": the employer
        # before a role and a name: three words or more with an ordinary word among them, or two ordinary words
        # ("Home Depot"; not a person's spokesman, "Nancy Pelosi spokesman Drew Hammill", "Xi Jinping spokesman",
        # "Chip Roy spokesman": a first name, no ordinary word, a name word)
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    if caps_name:
        name = " ".join(w.capitalize() for w in rest_words)  # named as a transcript's label is ("Amy Goodman")
    acc = make(name, "person", _person_key(rest_words, ctx.junior_surnames), s)
    acc.mentions.append((s, e))
    for lab in labels:
        acc.labels[(lab.start, lab.end)] = lab
    people_tokens.append((s, e))


#: Offices that a complement names ("Special Envoy for Iran", "Special Counsel for ..."), beside the title words.
_OFFICE_NOUNS = OFFICE_NOUNS | {"Counsel"}
#: "for"/"to"/"of" and a capital after an office's name ("Special Envoy for Iran").
_OFFICE_COMPLEMENT_AFTER_RE = re.compile(r"[ \t]+(?:for|to|of)[ \t]+(?:the[ \t]+)?[A-Z]")
#: An employee's role and then a capitalised name after a name: the name before is the employer's
#: ("MedStar Mobile Healthcare spokeswoman Macara Trusty").
_EMPLOYEE_ROLE_AFTER_RE = re.compile(
    r"[ \t]+(?:spokes(?:man|woman|person)|chief[ \t]+executive|CEO|chairman|chairwoman|founder|co-founder|"
    r"executive|analyst|economist|researcher|official|press[ \t]+secretary)[ \t]+[A-Z][a-z]")


#: Nouns after "<State> Senate" that make it a seat of the national legislature ("the Alabama Senate race").
_RACE_AFTER_RE = re.compile(
    r"[ \t]+(?:race|races|seat|seats|contest|election|elections|primary|primaries|runoff|campaign|candidate|"
    r"candidates|nominee|nomination|bid)(?![\w'’-])")
#: Last words of "X Against Y" names that are laws or events, not organisations ("Violence Against Women Act").
_NOT_AGAINST_ORG_ENDS = frozenset("Act Law Bill Amendment Protest Rally March Day Week Campaign".split())
#: Parts of a building, a ground or a town that a compass word names ("the South Lawn", "the East Room").
_AREA_NOUNS = frozenset("Lawn Room Wing Portico Lobby Garden Gate Terrace Colonnade Front Quad Campus".split())


_COMPASS_WORDS = frozenset("North South East West Central Northern Southern Eastern Western Sub-Saharan".split())
#: Continents' adjectives after a compass word ("North African", "Central American", "Southeast Asian").
_CONTINENT_DEMONYMS = MappingProxyType({"African": "Africa", "American": "America", "Asian": "Asia",
                                        "European": "Europe"})


_HOUSE = "House of Representatives"
#: A lower-case word right before a word in capitals ("the campaign TRAIL", "a DIRECT result").
_LOWER_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*[ \t]+\Z")
#: Words after a city's or state's name that make another place of it ("Milwaukee County", "Des Moines River").
_GEO_AFTER_PLACE = frozenset("County River Valley Parish Basin Mountains Township".split())
#: Plural party words ("Iowa Democrats").
_PARTY_PLURALS = frozenset({"Republicans", "Democrats"})
#: Legislative chambers named after a party adjective ("Republican Iowa House districts").
_CHAMBERS = frozenset({"House", "Senate", "Legislature", "Assembly"})
#: Nouns for the members or seats of a chamber, after its name ("House members", "Senate districts").
_CHAMBER_NOUN_AFTER_RE = re.compile(
    r"[ \t](?:members?|districts?|seats?|candidates?|races?|majority|minority|caucus|leaders?|lawmakers|"
    r"incumbents?|primary|primaries)(?![\w'’-])")
#: National chambers named after the country ("the U.S. Senate"); annotators mark the country and the chamber.
_US_CHAMBERS = frozenset({"House", "Senate", "Congress"})
#: Before a bare "House" that names the US chamber: "the", or "the Republican-led", "the GOP-controlled", "the whole".
_HOUSE_BEFORE_RE = re.compile(
    r"(?:\b[Tt]he|-led|-controlled|-run|-majority)[ \t]+(?:(?:whole|full|entire)[ \t]+)?"
    r"(?:(?:Republican|Democratic|GOP)[ \t]+)?\Z")
#: Party adjectives before a legislature ("a Republican Congress") and the legislatures they qualify.
_PARTY_ADJECTIVES = frozenset({"Republican", "Democratic", "GOP", "Democrat"})
_LEGISLATURE_WORDS = (["Senate"], ["House"], ["Congress"], ["Legislature"], ["Assembly"], ["Parliament"])


_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)[ \t]+\Z")


def _ordinal_start(text: str, s: int) -> int:
    """Where an organisation's name starts when an ordinal comes right before its run ("the 5th U.S. Circuit Court
    of Appeals", "the 82nd Airborne Division": one court or division among many, not their common name)."""
    if not text[s - 1 : s].isspace():
        return s
    m = _ORDINAL_BEFORE_RE.search(text, max(0, s - 8), s)
    return m.start() if m is not None else s


#: US postal state codes, read as the state after "(" or a party letter ("(VT)", "(D-MN)", "R-TX").
_US_STATE_CODES: Mapping[str, str] = MappingProxyType(dict(zip(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split(),
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
     "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming"], strict=True)))
_STATE_CODE_CONTEXT_RE = re.compile(r"(?:\(|\b[DRI]-[ \t]?)\Z")


_TIME_CAPS = WEEKDAYS | MONTHS
#: Place and outlet words that are also common surnames: after a common first name, a person ("John Park", "Tom
#: Hill", "Ann Fox").
def _first_name_and_org_word(ctx: _Context, run: list[CapToken], words: list[str]) -> bool:
    """Whether the run is a person's title(s), a common first name and a surname that is an organisation's last
    word ("Sen. Frank Church", "Gary Post said"): a person when a title comes before or the two words speak
    somewhere in the text; not after "the" ("the Denver Post", "the Grace Church")."""
    k = 0
    while k < len(words) and _is_title_word(words[k].rstrip(".")):
        k += 1
    return len(words) - k == 2 and _org_word_surname(ctx.doc.text, run[0][0], words[k], words[k + 1], k > 0)


def _org_word_surname(text: str, s: int, first: str, last: str, titled: bool) -> bool:
    """Whether ``first last`` (the run starting at ``s``) is a common first name and a surname that is an
    organisation's last word, read as a person's name when titled or speaking somewhere in the text ("Sen. Frank
    Church", "Gary Post said"), not after "the" ("the Denver Post", "the Grace Church")."""
    return gender_of_first_name(first, common_only=True) is not None and not _after_word(text, s, _THE) and (
        titled or _speaks_somewhere(text, f"{first} {last}"))


def _speaks_somewhere(text: str, name: str) -> bool:
    """Whether ``name`` is followed somewhere in ``text`` by a reporting verb, directly or after an appositive set
    off by commas ("Kari Lake said", "Kari Lake, a Trump loyalist and former anchor, told")."""
    return any(_SPEAKS_AFTER_RE.match(text, p + len(name)) for p in word_starts(text, name.split(" ", 1)[0])
               if text.startswith(name, p))


#: A reporting verb after a name, directly or after a short appositive between commas.
_SPEAKS_AFTER_RE = re.compile(
    r"(?:,[^,.;:!?\n\"“”]{1,80},)?[ \t]+(?:said|says|told|tells|wrote|writes|added|argued|insisted|testified|spoke)\b")

#: Forms of address before a lone surname.
_ADDRESS_WORDS = frozenset("Mr Mrs Ms Miss Mx".split())
#: First names that name parks, halls and streets after royals ("Victoria Park", "Albert Hall").
_ROYAL_PLACE_NAMES = frozenset("Victoria Albert Elizabeth".split())
#: Words before a run that make it a place: "the Albert Hall", "in Grant Park", "at Lincoln Park".
_PLACE_BEFORE_RE = re.compile(r"\b(?:the|in|at|near|on|across|outside|inside|from|to|into)[ \t]+\Z", re.IGNORECASE)


#: Short forms of first names: "Bob Mueller" is "Robert Mueller".
_NICKNAMES: Mapping[str, str] = MappingProxyType({
    "Bob": "Robert", "Rob": "Robert", "Bobby": "Robert", "Bill": "William", "Billy": "William", "Will": "William",
    "Mike": "Michael", "Jim": "James", "Jimmy": "James", "Joe": "Joseph", "Tom": "Thomas", "Dick": "Richard",
    "Rick": "Richard", "Ted": "Edward", "Ed": "Edward", "Chuck": "Charles", "Charlie": "Charles", "Ben": "Benjamin",
    "Dan": "Daniel", "Dave": "David", "Steve": "Steven", "Tony": "Anthony", "Andy": "Andrew", "Nick": "Nicholas",
    "Matt": "Matthew", "Chris": "Christopher", "Jeff": "Jeffrey", "Greg": "Gregory", "Jon": "Jonathan",
    "Pat": "Patrick", "Pete": "Peter", "Sam": "Samuel", "Tim": "Timothy", "Liz": "Elizabeth", "Beth": "Elizabeth",
    "Kate": "Katherine", "Kathy": "Katherine", "Jenny": "Jennifer", "Sue": "Susan", "Deb": "Deborah",
})


def _person_key(words: Sequence[str], juniors: frozenset[str] = frozenset()) -> str:
    """Key of a person's name without middle initials and suffixes, with the full form of a short first name:
    "Robert S. Mueller III", "Robert Mueller" and "Bob Mueller" are one person. When the text writes the surname
    bare before "Jr."/"Sr." (``juniors``, :func:`~framing.scorers.actor_context.junior_surnames`), the suffix tells
    two people apart: "Donald Trump Jr." and "Trump Jr." get the key "trump jr", "Donald Trump" stays "donald
    trump"."""
    core = [w for w in words if len(w.rstrip(".")) > 1 and w.rstrip(".") not in _SUFFIXES]
    if juniors and core:
        suffix = next((w.rstrip(".") for w in words if w.rstrip(".") in ("Jr", "Sr")), None)
        if suffix is not None and _fold(core[-1]) in juniors:
            return _fold(f"{core[-1]} {suffix}")
    if len(core) < 2:
        return _fold(" ".join(words))
    return _fold(" ".join([_NICKNAMES.get(core[0], core[0]), *core[1:]]))


_PAPER_PARTS = frozenset(
    "Journal Post Times Courier Gazette Constitution Telegram Tribune News Herald Press Star".split())


def _hyphen_newspaper(word: str) -> bool:
    """A hyphenated newspaper name: "Courier-Journal", "Star-Telegram" (parts that are newspaper words)."""
    parts = word.split("-")
    return len(parts) == 2 and all(p in NEWSPAPER_HEADS or p in _PAPER_PARTS for p in parts)


def _plural_group(ctx: _Context, run: list[CapToken], words: list[str]) -> bool:
    """A run ending in a capitalised plural of a coined group noun ("Tea Partiers", "Never Trumpers",
    "Blairites", "Corbynists"): a group, not a person."""
    last = words[-1]
    return (len(run) > 1 and last.endswith(_GROUP_PLURAL_ENDINGS) and not last.isupper()
            and last.lower() not in ctx.low_words
            and not any(_is_title_word(w) for w in words))


#: Organisation nouns that also name people ("TV host and broadcaster Leeann Tweeden").
_PERSON_ORG_NOUNS = frozenset({"broadcaster", "publisher", "carrier"})


def _titled_words(words: list[str]) -> bool:
    """Whether a run after an organisation noun opens with a title ("the group Chairman John Roe"): a title word, or
    a title's modifier before a title or another modifier ("the firm Managing Director Ann Lee", "Time magazine
    Executive Editor Mike Duffy"; not "the magazine Foreign Policy", whose first word modifies a title only in other
    runs)."""
    first = words[0].rstrip(".")
    if first not in TITLE_WORDS and first not in TITLE_MODIFIERS:
        return False
    if first not in TITLE_MODIFIERS and first not in DEPARTMENT_TITLES:
        return True
    return any(w.rstrip(".") in TITLE_WORDS or w.rstrip(".") in TITLE_MODIFIERS for w in words[1:])
