"""Merging the actors found: one actor per name, an organisation's short form, acronym or broadcaster
variant with its full name, and the outermost of overlapping labels."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from framing.analysis import Actor, Label
from framing.scorers.actor_context import _Acc, _fold
from framing.scorers.actor_cues import _PLACE_PREP_RE, _SURNAME_PREFIXES
from framing.scorers.actor_words import _SUFFIXES, ACTOR_ORG_HEADS
from framing.scorers.speaker_gender import gender_of_first_name


def _covers_mention(lab: Label, mentions: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether a label overlaps one of the actor's own (sorted) mentions ("speaker of the House" of the House): a
    binary search, not a scan (a 10 MB text has thousands of both)."""
    i = bisect.bisect_left(starts, lab.end) - 1
    return i >= 0 and mentions[i][1] > lab.start


def _merge_pair(b: Actor, a: Actor) -> Actor:
    """``a`` merged into ``b``: ``b``'s name and type, both actors' mentions and their outermost labels."""
    labels = _outermost({(lab.start, lab.end): lab for lab in (*b.labels, *a.labels)}.values())
    return Actor(b.name, b.type, tuple(sorted(set(b.mentions) | set(a.mentions))), labels)


def _outermost(labels: Iterable[Label]) -> tuple[Label, ...]:
    """Labels in text order without those inside another label ("Chairman" in "Executive Chairman"); two labels
    of one kind that overlap in part are one label over both ("U.S. Vice" and "Vice President" of "U.S. Vice
    President Joe Biden" are "U.S. Vice President")."""
    out: list[Label] = []
    max_end = -1
    for lab in sorted(labels, key=lambda lab: (lab.start, -lab.end)):
        if lab.end <= max_end:
            continue
        if out and lab.start < max_end and out[-1].kind == lab.kind:
            prev = out[-1]
            out[-1] = Label(prev.text[: lab.start - prev.start] + lab.text, lab.kind, prev.start, lab.end)
        else:
            out.append(lab)
        max_end = lab.end
    return tuple(out)


def _merge_same_name(actors: Sequence[Actor], text: str = "") -> list[Actor]:
    """One actor per name: "Democratic Party" found by its head word and by the gazetteer, "World Trade
    Organisation" and "World Trade Organization"; a person is never merged with a non-person of the same name
    ("Jordan")."""
    out: list[Actor] = []
    index: dict[tuple[str, bool], int] = {}
    for a in actors:
        k = (_spelling_key(a.name), a.type == "person")
        i = index.get(k)
        if i is None:
            index[k] = len(out)
            out.append(a)
            continue
        b = out[i]
        out[i] = _merge_pair(b, a)
    return _merge_org_short_forms(out, text)


def _spelling_key(name: str) -> str:
    """A name folded for "one actor per name": case, accents and the British "-isation" aside ("World Trade
    Organisation" is the World Trade Organization of the gazetteer). Not "Labour"/"Labor", "Defence"/"Defense",
    "Centre"/"Center": different parties, ministries and institutes of different countries carry them."""
    return _fold(name).replace("isation", "ization")


#: Words before an organisation's name that only say which one ("Senate Intelligence Committee", "U.S. Supreme
#: Court"); not a person or party ("Trump White House", "GOP White House" are not "the White House").
_ORG_LEVEL_PREFIXES = frozenset(
    "Senate House U.S. US United States Federal National State House Select Senate Select".split(" ")
) | {"United States", "Senate Select", "House Select"}


_INITIAL_SKIP = frozenset("of for and the on in to at".split())


def _initials(name: str, spelt: frozenset[str] = frozenset()) -> str:
    """The acronym of an organisation's name: first letters of its capitalised words ("National Rifle
    Association" -> "NRA", "Department of Homeland Security" -> "DHS", "Federal Trade Commission" -> "FTC"), and of
    the lower-case words in ``spelt`` too (:data:`_SPELT_IN_ACRONYMS`: "Department of Justice" -> "DOJ",
    "Americans for Prosperity" -> "AFP")."""
    return "".join(w[0].upper() for w in re.split(r"[ \t-]+", name)
                   if w and (w in spelt or (w not in _INITIAL_SKIP and w[0].isupper())))


#: Lower-case words that some acronyms spell ("DOJ", "AFP").
_SPELT_IN_ACRONYMS = frozenset({"of", "for"})


#: Words after a broadcaster's name that name the same broadcaster ("CNBC Television", "Fox TV").
_CHANNEL_SUFFIXES = frozenset({"Television", "TV"})


def _merge_org_short_forms(actors: list[Actor], text: str = "") -> list[Actor]:
    """An organisation named by the end of a longer organisation's name in the same text is that organisation
    ("Senate Intelligence Committee" ... "the Intelligence Committee"; "Department of Justice" is not touched):
    same head word, at least two words, and only one longer candidate. A broadcaster named with and without
    "News" is one ("NBC" and "NBC News"), as is an "X for Y" name and its X ("Media Matters for America" and
    "Media Matters") and an "X USA" name and its X ("Open Doors USA", "Open Doors"); an acronym is the one
    organisation of the text whose initials it spells ("NRA" and "National Rifle Association"), or the
    organisation it is defined after in brackets ("the US Centers for Disease Control (CDC)": not its initials).
    ``text`` is the text the mentions point into."""
    orgs = [a for a in actors if a.type == "organisation" and (" " in a.name or a.name.isupper())]
    if not orgs:
        return actors
    merged: dict[int, int] = {}
    by_name = {b.name: j for j, b in enumerate(actors) if b.type == "organisation"}
    initials: dict[str, list[int]] = {}
    for j, b in enumerate(actors):
        if b.type == "organisation" and " " in b.name:
            plain = _initials(b.name)
            initials.setdefault(plain, []).append(j)
            with_of = _initials(b.name, _SPELT_IN_ACRONYMS)
            if with_of != plain:
                initials.setdefault(with_of, []).append(j)  # "DOJ", "AFP": the "of"/"for" spelt too
    for_heads: dict[str, list[int]] = {}
    for j, b in enumerate(actors):
        if b.type == "organisation" and " for " in b.name:
            for_heads.setdefault(b.name.partition(" for ")[0], []).append(j)
    for i, a in enumerate(actors):
        usa = by_name.get(a.name + " USA")
        if usa is not None and a.type in ("organisation", "person"):
            merged[i] = usa  # "Open Doors USA ... Open Doors president David Curry": the organisation
            continue
        if a.type != "organisation":
            continue
        if len(for_heads.get(a.name, ())) == 1 and sum(
                m < actors[for_heads[a.name][0]].mentions[0] for m in a.mentions) <= 1:
            # "Media Matters for America ... Media Matters": the short form after the full name, a headline's
            # before it aside (not "ABC News" named again and again before an app's "ABC News for Android")
            merged[i] = for_heads[a.name][0]
            continue
        news = by_name.get(a.name + " News")
        if news is not None:
            merged[i] = news
            continue
        head, _sp, last = a.name.rpartition(" ")
        if last in _CHANNEL_SUFFIXES and head in by_name and by_name[head] != i:
            merged[i] = by_name[head]  # "CNBC Television" in a story about CNBC: the broadcaster
            continue
        if a.name.replace(".", "").isupper() and " " not in a.name:
            full = initials.get(a.name.replace(".", ""), []) or _defined_before(text, a, actors, i)
            if len(full) == 1:
                merged[i] = full[0]  # "the Environmental Protection Agency (EPA)", "the NRA"
            continue
        if " " not in a.name or a.name.split(" ")[-1] not in ACTOR_ORG_HEADS or a.name.endswith(" Party"):
            continue  # (a national party is not its state branch: "New Hampshire Democratic Party")
        longer = {by_name[p + " " + a.name] for p in _ORG_LEVEL_PREFIXES if p + " " + a.name in by_name}
        if len(longer) == 1:
            merged[i] = longer.pop()
    if not merged:
        return actors
    out: list[Actor] = []
    pos: dict[int, int] = {}
    for i, a in enumerate(actors):
        if i in merged:
            continue
        pos[i] = len(out)
        out.append(a)
    for i, j in merged.items():
        if j not in pos:
            continue  # the longer one was itself merged away: keep it simple, leave this one out too
        b = out[pos[j]]
        a = actors[i]
        out[pos[j]] = _merge_pair(b, a)
    return out


def _defined_before(text: str, acronym: Actor, actors: Sequence[Actor], i: int) -> list[int]:
    """The organisations (indices into ``actors``, other than ``i``) with a mention that ends right before one of
    ``acronym``'s mentions in brackets: "the Centers for Disease Control (CDC)"."""
    if not text:
        return []
    ends = {s - 1 for s, e in acronym.mentions if text[s - 1 : s] == "(" and text[e : e + 1] == ")"}
    ends |= {e - 1 for e in ends if text[e - 1 : e] == " "}
    if not ends:
        return []
    return [j for j, b in enumerate(actors)
            if j != i and b.type == "organisation" and any(me in ends for _ms, me in b.mentions)]


_SUFFIX_WORDS = "|".join(sorted(_SUFFIXES, key=len, reverse=True))
_SUFFIX_AFTER_RE = re.compile(rf",?[ \t]+(?:{_SUFFIX_WORDS})\b")
_SUFFIX_IN_RE = re.compile(rf"[ \t](?:{_SUFFIX_WORDS})\b")


def _has_suffix(text: str, acc: _Acc) -> bool:
    """Whether a mention of ``acc`` holds or is followed by a generational suffix ("Jr.", "III")."""
    return any(_SUFFIX_AFTER_RE.match(text, e) or _SUFFIX_IN_RE.search(text, s, e) for s, e in acc.mentions)


def merge_middle_names(text: str, actors: dict[str, _Acc]) -> None:
    """A person named with a middle name is the person of the same text named without it ("Hillary Rodham
    Clinton" and "Hillary Clinton", "John Sidney McCain" and "John McCain"): their mentions and labels go to one
    actor, named as the text names it first. Only when the short name is the one person of that first name and
    surname with a single middle name ("George Herbert Bush" and "George Walker Bush" stay apart), and neither is
    named with a suffix (a father and a son: "Robert Francis Kennedy" and "Robert Kennedy Jr."). Changes ``actors``
    in place."""
    by_ends: dict[tuple[str, str], list[str]] = {}
    for key, acc in actors.items():
        parts = key.split(" ")
        if acc.type == "person" and len(parts) == 3 and len(parts[1]) > 1 and parts[1].isalpha():
            by_ends.setdefault((parts[0], parts[2]), []).append(key)
    for (first, last), longs in by_ends.items():
        short = actors.get(f"{first} {last}")
        if len(longs) != 1 or short is None or short.type != "person" \
                or _has_suffix(text, short) or _has_suffix(text, actors[longs[0]]):
            continue  # (a father and his son: "Robert Francis Kennedy ... his son Robert Kennedy Jr.")
        long = actors.pop(longs[0])
        short.mentions.extend(long.mentions)
        short.labels.update(long.labels)
        if long.first < short.first:
            short.name, short.first = long.name, long.first


def merge_compound_surnames(text: str, actors: dict[str, _Acc]) -> None:
    """A person named by a surname of two words or more is the one person of the text named in full with it
    ("Christine Blasey Ford" ... "Blasey Ford", "Robert De Niro" ... "De Niro", "Cathy McMorris Rodgers" ...
    "McMorris Rodgers"): the short name's mentions and labels go to the full name. Not when the short name opens
    with a first name ("Jo White" is not "Mary Jo White"; a particle that is also a first name, "Van", is a
    particle), when the full name does not open with a known first name (unless the short one opens with a particle:
    "Willem Van Spronsen" ... "Van Spronsen"), when two people end with it, or when the short name follows a
    place preposition ("in Del Rio": a town named after someone). Changes ``actors`` in place."""
    people = [key for key, acc in actors.items() if acc.type == "person" and " " in key]
    tails: dict[str, list[str]] = {}
    for key in people:
        parts = key.split(" ")
        for i in range(1, len(parts) - 1):
            tails.setdefault(" ".join(parts[i:]), []).append(key)
    for key in people:
        longs = tails.get(key)
        if not longs or len(longs) != 1 or key not in actors:
            continue
        first_word = actors[key].name.split(" ", 1)[0]
        long_first = actors[longs[0]].name.split(" ", 1)[0]
        if first_word not in _SURNAME_PREFIXES and (
                gender_of_first_name(first_word) is not None or gender_of_first_name(long_first) is None):
            continue  # (nor when the longer name opens with a word that is no first name: "Staff Reince Priebus")
        if any(_PLACE_PREP_RE.search(text, max(0, ms - 12), ms) for ms, _me in actors[key].mentions):
            continue  # "in Del Rio": a place named after someone, not Maria Del Rio
        short = actors.pop(key)
        long = actors[longs[0]]
        long.mentions.extend(short.mentions)
        long.labels.update(short.labels)
        long.first = min(long.first, short.first)


def _absorb(actors: dict[str, _Acc], key: str, into: _Acc) -> None:
    """Move the actor under ``key`` (its mentions and labels) into ``into`` and drop it."""
    acc = actors.pop(key)
    into.mentions = sorted(into.mentions + acc.mentions)
    into.labels.update(acc.labels)
    into.first = min(into.first, acc.first)


def merge_group_aliases(text: str, actors: dict[str, _Acc]) -> None:
    """Other names of a family, a party and a pollster join the actor the text names in full. Changes ``actors`` in
    place."""
    # "the Kochs" (or "the Koch Brothers") beside "the Koch brothers": the family's plural names the family
    families = {acc.name.rsplit(" ", 1)[0]: acc for acc in actors.values()
                if acc.type == "group" and acc.name.endswith((" family", " brothers", " sisters"))}
    if families:
        spelt = {acc.name.lower(): acc for acc in families.values()}
        for key, acc in list(actors.items()):
            if acc.type != "person":
                continue
            family = families.get(acc.name[:-1]) if acc.name.endswith("s") else None
            if family is None and spelt.get(acc.name.lower()) not in (None, acc):
                family = spelt[acc.name.lower()]
            if family is not None and all(text[ms:me] == acc.name for ms, me in acc.mentions):
                _absorb(actors, key, family)

    # "the Conservatives" beside "the Conservative Party": the plural names the party's members, one actor with it
    parties = {acc.name[: -len(" Party")]: acc for acc in actors.values()
               if acc.type == "organisation" and acc.name.endswith(" Party") and " " in acc.name}
    if parties:
        for key, acc in list(actors.items()):
            party = parties.get(acc.name[:-1]) if acc.type == "group" and acc.name.endswith("s") else None
            if party is not None and all(text[max(0, ms - 4) : ms].lower() == "the " for ms, _me in acc.mentions):
                # (only "the Conservatives": not "Liberals in Congress" beside Australia's Liberal Party)
                _absorb(actors, key, party)

    # "the Gallup Poll" beside "Gallup": the pollster's poll names the pollster
    orgs = {acc.name: acc for acc in actors.values() if acc.type == "organisation"}
    for key, acc in list(actors.items()):
        if acc.type == "organisation" and acc.name.endswith(" Poll") \
                and (pollster := orgs.get(acc.name[: -len(" Poll")])) is not None and pollster is not acc:
            _absorb(actors, key, pollster)
