"""The actor gazetteer: loading it (``lexicons/demonyms_countries.tsv`` and the additions in
``data/actors_gazetteer.tsv``), finding its items among capitalised runs, and the actor an item makes (country,
place, seat of government, organisation, party or group)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from framing.lexicon import Lexicon, LexiconEntry, _build
from framing.scorers.actor_context import _Context, _fold, _Make
from framing.scorers.names import CapToken
from framing.scorers.readability import dale_chall_easy_words
from framing.scorers.speaker_gender import gender_of_first_name

_GAZ_ACTOR_TYPE = {
    "country": "country",
    "capital": "place",
    "place": "place",
    "seat": "organisation",
    "organisation": "organisation",
    "party": "organisation",
    "group": "group",
}


#: Gazetteer countries that are also US states: the state when the text is about the United States.
_STATE_COUNTRIES = frozenset({"Georgia"})


_GAZ_EXTRA_FILE = "actors_gazetteer.tsv"


_GAZ_FILE = "demonyms_countries.tsv"


def _packaged_lexicon(package: str, filename: str, name: str) -> Lexicon:
    """A lexicon file shipped in ``package`` (read with ``importlib.resources``); its first error raised."""
    data = resources.files(package).joinpath(filename).read_bytes()
    lex, errors = _build({"name": name}, data, f"{package.replace('.', '/')}/{filename}")
    if errors:
        raise errors[0]
    return lex


@lru_cache(maxsize=1)
def gazetteer() -> Lexicon:
    """The actor gazetteer shipped in ``framing.lexicons`` (countries, demonyms, capitals, seats, places)."""
    return _packaged_lexicon("framing.lexicons", _GAZ_FILE, "demonyms_countries")


@lru_cache(maxsize=1)
def gazetteer_additions() -> Lexicon:
    """Organisations (news outlets, companies, universities, advocacy groups, agencies, legislatures) and party
    aliases shipped in ``framing/data/actors_gazetteer.tsv``; they take precedence over :func:`gazetteer`."""
    return _packaged_lexicon("framing.data", _GAZ_EXTRA_FILE, "actors_gazetteer")


@lru_cache(maxsize=1)
def _gazetteer_table() -> tuple[Mapping[str, LexiconEntry], int]:
    """Surface form (as written, without a leading "the ") -> entry, and the longest form in words."""
    table: dict[str, LexiconEntry] = {}
    for entry in (*gazetteer_additions().entries, *gazetteer().entries):
        for form in entry.surface_forms():
            table.setdefault(form[4:] if form.startswith("the ") else form, entry)
    return MappingProxyType(table), max(len(k.split()) for k in table)


def _capitals_organisation(table: Mapping[str, LexiconEntry], word: str) -> LexiconEntry | None:
    """A one-word organisation or country of the gazetteer written in capitals ("according to a POLITICO
    analysis", "REUTERS/Mike Blake", a tweet's "people from SYRIA, IRAQ and YEMEN"): the entry of its capitalised
    form; four letters or more, so no acronym is read as a word ("IS" is no "Is"), and no country that is also a
    first name ("CHAD", "JORDAN")."""
    if len(word) < 4 or not word.isalpha() or not word.isupper():
        return None
    entry = table.get(word.capitalize())
    if entry is None:
        return None
    if entry.category == "country":
        return entry if gender_of_first_name(word.capitalize()) is None else None
    return entry if entry.category == "organisation" else None


def _gazetteer_hits(text: str, runs: Sequence[list[CapToken]]) -> dict[int, tuple[int, LexiconEntry]]:
    """Gazetteer items among the capitalised runs, longest first: start -> (end, entry)."""
    table, max_words = _gazetteer_table()
    hits: dict[int, tuple[int, LexiconEntry]] = {}
    for run in runs:
        i = 0
        n = len(run)
        while i < n:
            for k in range(min(n, i + max_words) - 1, i - 1, -1):
                entry = table.get(text[run[i][0] : run[k][1]])
                if entry is None and k == i and not (i > 0 and text[run[i - 1][0] : run[i - 1][1]].isupper()):
                    # not inside a longer name in capitals ("LIBRARY OF CONGRESS", a photo credit)
                    entry = _capitals_organisation(table, text[run[i][0] : run[i][1]])
                    if entry is not None and entry.category == "country" and i + 1 < len(run) \
                            and text[run[i + 1][0] : run[i + 1][1]].isupper() \
                            and text[run[i + 1][0] : run[i + 1][1]] != "CITY":
                        entry = None  # a country only alone in capitals ("TURKEY TROT", "PERU CAPITAL": names; a
                        # dateline's "KUWAIT CITY" keeps it)
                # (past a middle initial: "Michael J. Fox")
                first = (run[i - 2] if i > 1 and run[i - 1][1] - run[i - 1][0] == 1 else run[i - 1]) if i else None
                if entry is not None and k == i and entry.category == "organisation" and first is not None and (
                        _surname_after(text, first, run[i], table)
                        or _TITLE_BEFORE_RE.search(text, max(0, run[i][0] - 8), run[i][0])):
                    # "Tom Hill", "Rep. Katie Hill", "Dr. Ann Fox", "Mr. Honda": a person's surname, not the outlet or
                    # company (its bare form stays the company: "founded by William Boeing ... Boeing said")
                    entry = None
                if entry is not None and k == i and i + 1 < n and text[run[i][0] : run[i][1]] in _GIVEN_NAME_GROUPS \
                        and text[run[i + 1][0] : run[i + 1][1]] not in table:
                    entry = None  # "Shia LaBeouf", "Sunni Ali Berry": a given name before a surname (not "Sunni Arab")
                if entry is not None:
                    hits[run[i][0]] = (run[k][1], entry)
                    i = k
                    break
            i += 1
    return hits


#: Religious communities' words that are also given names ("Shia LaBeouf").
_GIVEN_NAME_GROUPS = frozenset({"Shia", "Sunni"})
#: Gazetteer organisations that are common words of place names without "the" ("The Hill" but "Chapel Hill").
_NEEDS_THE = frozenset({"Hill"})
#: A person's title right before a first name ("Rep. Katie Hill", "Sen. Anna Hall").
_TITLE_BEFORE_RE = re.compile(r"\b(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Judge|Mayor|Rev|Prof|Gen|Col|Capt|Lt|Sgt)\.?[ \t]+\Z")


def _given_name(word: str, table: Mapping[str, LexiconEntry]) -> bool:
    """Whether ``word`` is a given name before a surname: a first name of the census lists that is no easy English
    word ("In", "So", "May", "Will", "Mark") and no gazetteer item ("Dallas")."""
    return gender_of_first_name(word) is not None and word.lower() not in dale_chall_easy_words() and word not in table


def _surname_after(text: str, first: tuple[int, int], word: tuple[int, int],
                   table: Mapping[str, LexiconEntry]) -> bool:
    """Whether a one-word organisation ``word`` after ``first`` is a person's surname: after a common first name
    or one after a title (:func:`_first_name_before`; "Tom Hill", "Rep. Katie Hill"), or after a given name
    (:func:`_given_name`) when the word needs no "the" ("Ricardo Valero", "Andrew Breitbart"; not "Murray Hill",
    "In Congress", "Dallas Fed")."""
    if _first_name_before(text, first):
        return True
    return text[word[0] : word[1]] not in _NEEDS_THE and _given_name(text[first[0] : first[1]], table)


def _first_name_before(text: str, word: tuple[int, int]) -> bool:
    """Whether ``word`` is a first name that makes the next word a surname: a common first name ("Tom Hill"), or
    a rarer one after a person's title ("Rep. Katie Hill"); "Cherry Hill" and "Murray Hill" stay places."""
    s, e = word
    if gender_of_first_name(text[s:e], common_only=True) is not None:
        return True
    return gender_of_first_name(text[s:e]) is not None and _TITLE_BEFORE_RE.search(text, max(0, s - 8), s) is not None


def _canonical(entry: LexiconEntry) -> str:
    """The actor an entry names: its first alternative, else its term."""
    return entry.alternatives[0] if entry.alternatives else entry.term


def _gaz_actor(ctx: _Context, s: int, e: int, entry: LexiconEntry, make: _Make) -> None:
    text = ctx.doc.text
    if entry.term in _NEEDS_THE and not text[max(0, s - 4) : s].lower() == "the ":
        return
    cat = entry.category
    if cat == "country" and entry.term in _STATE_COUNTRIES and ctx.us_context:
        cat = "place"  # "Georgia" in a story about US politics is the state
    canon = _canonical(entry)
    if cat == "demonym":
        if text[s:e].endswith("s") and not text[s:e].endswith(("ss", "ese")) and canon not in ("Philippines",):
            make(text[s:e], "group", _fold(text[s:e]), s).mentions.append((s, e))
            return
        target = _gazetteer_table()[0].get(canon)
        cat = "place" if target is not None and target.category == "place" else "country"  # ("European": Europe)
    atype = _GAZ_ACTOR_TYPE.get(cat)
    if atype is None:
        return  # place or other: not an actor
    if cat == "seat":
        canon = entry.term[4:] if entry.term.startswith("the ") else entry.term
        key = "seat:" + _fold(canon)
    elif cat in ("capital", "place"):
        # a capital is a place (or its government, by metonymy: "Washington warned"), never the country itself
        canon = entry.term if cat == "capital" or not entry.alternatives else entry.alternatives[0]
        key = "place:" + _fold(canon)
    else:
        key = atype + ":" + _fold(canon)
    make(canon, atype, key, s).mentions.append((s, e))


@lru_cache(maxsize=1)
def _connector_forms() -> Mapping[str, tuple[str, ...]]:
    """The gazetteer's surface forms with a lower-case connector word ("Veterans of Foreign Wars", "Club for
    Growth", "Institute for the Study of War"), by their first word, longest first."""
    by_first: dict[str, list[str]] = {}
    for k, entry in _gazetteer_table()[0].items():
        words = k.split()
        if len(words) > 2 and any(w.islower() for w in words[1:-1]) and words[0][:1].isupper() \
                and entry.category != "other":  # site furniture ("Terms of Service") stays apart: no actor
            by_first.setdefault(words[0], []).append(k)
    return MappingProxyType({w: tuple(sorted(v, key=len, reverse=True)) for w, v in by_first.items()})


def _join_connector_names(text: str, runs: list[list[CapToken]]) -> list[list[CapToken]]:
    """Capitalised runs split by lower-case connectors ("of", "for", "the") that together spell a gazetteer name
    ("the Veterans of Foreign Wars": "Veterans" and "Foreign Wars"): one run, so the name is found whole."""
    forms = _connector_forms()
    out: list[list[CapToken]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        joined = False
        for a in range(len(run)):
            cands = forms.get(text[run[a][0] : run[a][1]])
            if not cands:
                continue
            p = run[a][0]
            for form in cands:
                if not text.startswith(form, p):
                    continue
                end = p + len(form)
                # the form must end where a token of a following run ends
                j = i + 1
                while j < len(runs) and runs[j][-1][1] < end:
                    j += 1
                if j < len(runs) and j > i and any(t[1] == end for t in runs[j]) and runs[j][0][0] < end:
                    merged = [t for r in runs[i : j + 1] for t in r]
                    out.append(merged)
                    i = j + 1
                    joined = True
                    break
            if joined:
                break
        if not joined:
            out.append(run)
            i += 1
    return out


@lru_cache(maxsize=1)
def _and_forms() -> frozenset[str]:
    """The gazetteer's surface forms written with " and "."""
    return frozenset(k for k in _gazetteer_table()[0] if " and " in k)


def _join_and_names(text: str, runs: list[list[CapToken]]) -> list[list[CapToken]]:
    """Two capitalised runs joined by "and" that end and start a gazetteer name written with "and" ("Immigration
    and Customs Enforcement"): one run, so the name is found whole (not "Customs Enforcement" read as a person)."""
    forms = _and_forms()
    if not forms or " and " not in text:
        return runs
    out: list[list[CapToken]] = []
    for run in runs:
        if out and text[out[-1][-1][1] : run[0][0]] == " and " and any(
                text[out[-1][a][0] : run[b][1]] in forms
                for a in range(max(0, len(out[-1]) - 3), len(out[-1])) for b in range(min(3, len(run)))):
            out[-1] = out[-1] + run
            continue
        out.append(run)
    return out


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The gazetteer's one-word place names (US states and cities, regions)."""
    return frozenset(k for k, entry in _gazetteer_table()[0].items() if entry.category == "place" and " " not in k)


def _residents_word(tok: str) -> bool:
    """Whether ``tok`` names the people of a gazetteer place by a plural in "-ans" ("Iowans", "Texans", "Ohioans",
    "Floridians", "Bostonians"): a group, not a person. The place's name is the word without its ending, give or
    take its last one or two letters ("Texa(s)", "Flori(da)")."""
    if len(tok) < 6 or not tok.endswith("ans") or not tok[:1].isupper() or not tok.isalpha():
        return False
    places = _place_names()
    for cut in (2, 3, 4):
        base = tok[:-cut]
        if len(base) >= 4 and any(base + tail in places for tail in ("", "a", "s", "o", "da", "ia", "na")):
            return True
    return False
