"""Labels shared between mentions: a plural title before coordinated names ("Sens. X and Y") and labels given by
example ("hopefuls like X", "lawmakers, including X and Y"), passed on along the coordinated names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping

from framing.analysis import Label
from framing.pos import tag_at
from framing.scorers.actor_context import _Acc, _Context, _is_title_word
from framing.scorers.actor_label_kinds import (
    _NOT_COMPOUND_WORDS,
    _ORG_LABEL_NOUNS,
    _label_kind_of_word,
    _plural_label_kind,
    _span_kind,
)
from framing.scorers.actor_labels import _PARTY_TAG_RE
from framing.scorers.actor_words import _LOWER_WORD_RE
from framing.scorers.speaker_gender import gender_of_first_name

_COORD_GAP_RE = re.compile(r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?")


def _mention_starts(actors: Mapping[str, _Acc]) -> dict[int, tuple[int, _Acc]]:
    """Start offset of each mention -> (its end, its actor); the first actor holding a start keeps it."""
    starts: dict[int, tuple[int, _Acc]] = {}
    for acc in actors.values():
        for s, e in acc.mentions:
            starts.setdefault(s, (e, acc))
    return starts


def _share_coordinated_titles(ctx: _Context, actors: Mapping[str, _Acc]) -> None:
    """A plural title before coordinated names applies to each of them: "Democratic Senators Tim Kaine and Mark
    Warner", "Sens. Lindsey Graham and John McCain" (every label of the first name's title phrase goes to the
    later names)."""
    text = ctx.doc.text
    _retype_listed_organisations(text, actors)
    for person in (True, False):  # (organisations and groups too: "Islamist organizations Hezbollah and Hamas")
        _share_within(text, sorted(((s, e, acc) for acc in actors.values() if acc.type in _SHARING_TYPES
                                    and (acc.type == "person") == person for s, e in acc.mentions),
                                   key=lambda t: t[0]), person)


def _retype_listed_organisations(text: str, actors: Mapping[str, _Acc]) -> None:
    """A name read as a person's, coordinated right after an organisation that a plural kind of organisation
    introduces ("Progressive groups MoveOn and Indivisible"), is an organisation too: one word, no known first
    name, no label of a person (not "Rights groups Amnesty International and Malala Yousafzai")."""
    starts = {s: acc for acc in actors.values() for s, _e in acc.mentions}
    for acc in actors.values():
        if acc.type != "organisation":
            continue
        for s, e in acc.mentions:
            if not any(_plural_org_noun(lab.text) and lab.end <= s and s - lab.end <= 40
                       for lab in acc.labels.values()):
                continue
            g = _COORD_GAP_RE.match(text, e)
            other = starts.get(g.end()) if g is not None else None
            if other is not None and other.type == "person" and not other.labels and " " not in other.name and \
                    gender_of_first_name(other.name) is None:
                other.type = "organisation"


def _share_within(text: str, people: list[tuple[int, int, _Acc]], person: bool) -> None:
    """:func:`_share_coordinated_titles` on the mentions of one class of actors (people, or organisations and
    groups, which share a plural kind of organisation only), in text order."""
    for k in range(1, len(people)):
        s2, _e2, acc2 = people[k]
        j = k - 1
        while j >= 0 and k - j <= 6:  # bounded: a long list of names stays linear
            s1, e1, acc1 = people[j]
            gap = _coordinated_gap(text, e1, s2)
            if not gap:
                break
            before = [lab for lab in acc1.labels.values() if lab.end <= s1 and s1 - lab.end <= 40]
            plural = [lab for lab in before if _plural_label(lab) and (person or _plural_org_noun(lab.text))]
            if plural:
                first = min(lab.start for lab in before)
                for lab in before:
                    if gap == _TITLED and (lab not in plural or " " not in lab.text):
                        continue  # the second name has a title of its own: only a plural role phrase is shared
                    if lab.start >= first:
                        acc2.labels.setdefault((lab.start, lab.end), lab)
                break
            s2 = s1
            j -= 1


def _plural_org_noun(text: str) -> bool:
    """Whether a label ends in a plural kind of organisation ("organizations", "militant groups", "companies")."""
    last = text.rsplit(" ", 1)[-1].lower()
    return last.endswith("s") and (last[:-1] in _ORG_LABEL_NOUNS
                                   or (last.endswith("ies") and last[:-3] + "y" in _ORG_LABEL_NOUNS))


#: Words before a plural kind of organisation that are no part of the kind ("several groups such as").
_NOT_KIND_WORDS = frozenset("""several some many other others two three four five few various numerous such
    these those the a an and or of all both most more""".split())
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z][a-z-]*)[ \t]+\Z")


def _org_kind_label(ctx: _Context, s: int, e: int) -> Label:
    """The plural kind of organisation ``text[s:e]`` with up to two lower-case modifiers before it ("social media
    companies such as Twitter", "advocacy groups like ..."), as a descriptive label of the examples: adjectives
    and nouns by the part-of-speech tagger, not a verb or adverb ("AARP also brings groups such as", "tech firms")."""
    text = ctx.doc.text
    start = s
    for _ in range(2):
        w = _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 25), start)
        if w is None or w.group(1) in _NOT_KIND_WORDS or w.group(1) in _NOT_COMPOUND_WORDS \
                or tag_at(ctx.doc, w.start(1), w.end(1)) not in ("ADJ", "NOUN"):
            break
        start = w.start(1)
    return Label(text[start:e], "descriptive", start, e)


#: Actor types whose coordinated names share a plural label before the first (a person's with a person's only).
_SHARING_TYPES = frozenset(("person", "organisation", "group"))
#: A party-state tag between coordinated names ("Reps. Mark Meadows (R-N.C.) and Jim Jordan").
_PAREN_TAG_RE = re.compile(r"[ \t]*\([^()\n]{1,25}\)")
#: ... or a short appositive ("Rep. Paul Ryan, a Wisconsin Republican, and Sen. Patty Murray").
_COORD_JOIN_RE = re.compile(r"(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]+)(?:the[ \t]+)?")
_SHORT_APPOSITIVE_RE = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,()\n.;]{1,40}(?=,)")
#: ... or a home state ("Sens. Jane Roe of Maine and Tom Poe of Ohio", "Republicans X of Colorado, Y of Alaska").
_OF_PLACE_GAP_RE = re.compile(r"[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?(?=,|[ \t]+(?:and|&)[ \t])")


_TITLED = 2


def _coordinated_gap(text: str, e1: int, s2: int) -> int:
    """Whether ``text[e1:s2]`` joins two coordinated names: ", ", " and " (+ "the"), after a party-state tag in
    parentheses ("Mark Meadows (R-N.C.) and Jim Jordan") or a short "a/an" appositive, and before the second
    name's own title, up to three capitalised words ending in a title word ("Andrew Yang and Hawaii Rep. Tulsi
    Gabbard"). 0 when not, 1 when they are, :data:`_TITLED` when the second name has a title of its own."""
    if s2 - e1 <= 12 and _COORD_GAP_RE.fullmatch(text, e1, s2) is not None:
        return 1
    if s2 - e1 > 60:
        return 0
    pos = e1
    tag = _PAREN_TAG_RE.match(text, pos, s2) or _SHORT_APPOSITIVE_RE.match(text, pos, s2) or \
        _OF_PLACE_GAP_RE.match(text, pos, s2) or _PARTY_TAG_RE.match(text, pos, s2)  # ("Sens. Ted Cruz, R-Texas,
    # and Mike Lee")
    if tag is not None:
        pos = tag.end()
    g = _COORD_JOIN_RE.match(text, pos, s2)
    if g is None:
        return 0
    pos = g.end()
    words: list[str] = []
    while pos < s2 and len(words) < 3 and (t := _TITLE_GAP_WORD_RE.match(text, pos, s2)) is not None:
        words.append(t.group().strip())
        pos = t.end()
    if pos != s2 or (words and not _is_title_word(words[-1])):
        return 0
    if words:
        return _TITLED
    return 1 if tag is not None else 0


def _plural_label(lab: Label) -> bool:
    """Whether a label before a name is plural, so shared by the names coordinated with it: a title ("Sens.",
    "Democratic Senators") or a plural role ("conservatives Gary Bauer and Tony Perkins", "activists")."""
    word = lab.text.rstrip(".")
    if lab.kind == "title":
        return word.endswith("s")
    last = word.rsplit(" ", 1)[-1].lower()
    if _plural_org_noun(last):
        return True  # "organizations", "groups"
    return last.endswith("s") and _label_kind_of_word(last) is None and _plural_label_kind(last) is not None


#: A capitalised word before the next name of a list ("Louisiana Governor ", "Senator "), read one at a time.
_TITLE_GAP_WORD_RE = re.compile(r"[A-Z][\w.'’-]*[ \t]+")
_LIKE_RE = re.compile(
    r"([\w'’-]+)(?:,|[ \t]*(?:—|–|--))?[ \t]+(?:like|such[ \t]+as|including)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}\Z")
_LIKE_CUE_RE = re.compile(r"[ \t](?:like|as|including)[ \t]+(?:the[ \t]+)?(?=[A-Z])"
                          r"|[ \t](?:as|including)[ \t]+(?=(?:former|then-|ex-)[ \t]*[A-Z])")
#: A preposition right before a singular word ahead of "including"/"like": its object, no role of the names.
_OBJECT_OF_RE = re.compile(r"(?<![\w'’-])(?:for|of|to|about|against)[ \t]+\Z")
#: Plural party nouns between "including" and a name ("senators including Republicans Cory Gardner and ...").
_PARTY_PLURALS = frozenset("Republicans Democrats".split())
#: Plural heads that are no role of their own but carry the label before them ("notable Republican women,
#: including X").
_GROUP_HEAD_WORDS = frozenset("women men people figures voices names".split())
#: Plural kinds of states that label the countries given as their examples ("countries like China, Russia and
#: Iran"; not US states or cities, mostly named as places there: "swing states such as Colorado").
_STATE_KIND_WORDS = frozenset("countries nations democracies dictatorships monarchies".split())
#: Lower-case role words between a place and a person ("Florida first lady Jane Doe", "Ohio state senator").
_LOWER_ROLE_GAP_RE = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+(?=[A-Z])")
_FORMER_RE = re.compile(r"(?:former|then-|ex-|late)[ \t]*(?=[A-Z])")
#: An indefinite article before a singular kind of organisation and at most three modifiers ("a conservative or
#: progressive media outlet like ...", "a site like ...").
_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,4}\Z")
#: A title with an "of" complement before a name ("Secretary of State ", "Minister of Finance ").
_OF_TITLE_GAP_RE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*[ \t]+(?=[A-Z])")
_SUCH_AS_RE = re.compile(r"(?<![\w'’-])[Ss]uch[ \t]+((?:[\w'’-]+[ \t]+){1,3})as[ \t]+(?:the[ \t]+)?\Z")
_WORD_SPAN_RE = re.compile(r"[\w'’-]+")
#: A lower-case word right before another word (its modifier's modifier: "liberal" in "liberal court nominees").
_ADJECTIVE_NOUN_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*)[ \t]+\Z")


def _word_label(ctx: _Context, s: int, e: int) -> Label | None:
    """The word ``text[s:e]`` as a label: a lexicon label span ending there, or a word of the honorific or
    descriptive lists (plural forms too: "heavyweights")."""
    span = ctx.label_ends.get(e)
    if span is not None and span.start >= s - 30:
        return Label(span.text, _span_kind(span), span.start, span.end)
    low = ctx.doc.text[s:e].lower()
    kind = _label_kind_of_word(low) or (_label_kind_of_word(low[:-1]) if low.endswith("s") else None)
    return Label(ctx.doc.text[s:e], kind, s, e) if kind else None


def _like_labels(ctx: _Context, actors: Mapping[str, _Acc]) -> None:
    """Labels given by example: "a racial hard-liner like Jesse Helms", "New South Democrats like Terry Sanford
    and Jim Hunt", "such liberal groups as the Ford Foundation, ..."; shared by the names coordinated with the
    first one."""
    text = ctx.doc.text
    starts = _mention_starts(actors)
    # only mentions right after "like"/"as" (+ "the"): one scan of the text for those words, not one per mention
    for cue in _LIKE_CUE_RE.finditer(text):
        s0 = cue.end()
        hop = 0
        if (former := _FORMER_RE.match(text, s0)) is not None and _TITLE_GAP_WORD_RE.match(text, former.end()):
            s0 = former.end()  # "such prominent Democrats as former Secretary of State Hillary Clinton"
        if s0 not in starts and (title := _OF_TITLE_GAP_RE.match(text, s0)) is not None \
                and _is_title_word(title.group(1)):
            s0 = title.end()  # "as former Secretary of State Hillary Clinton": a title with its complement
        while (s0 not in starts or (not hop and text[s0 : starts[s0][0]] in _PARTY_PLURALS)) and hop < 3 and (
                t := _TITLE_GAP_WORD_RE.match(text, s0, min(len(text), s0 + 30))) \
                and (_is_title_word(t.group().strip()) or (not hop and t.group().strip() in _PARTY_PLURALS)):
            s0 = t.end()  # "including Sen. Bernie Sanders", "including Republicans Cory Gardner": the name after
            hop += 1
        if s0 not in starts:
            continue
        e0, acc0 = starts[s0]
        if text.startswith(("'s", "’s"), e0):
            owned = starts.get(e0 + 3) if text[e0 + 2 : e0 + 3] == " " else None
            if owned is None or owned[1].type != "person":
                continue  # "Bush's Republicans -- like Obama's Democrats": the possessor is no example
            s0 = e0 + 3  # "tech leaders like LinkedIn's Reid Hoffman": the person, not the company
            e0, acc0 = owned
        if acc0.type != "person" and text[e0 : e0 + 1] == " ":
            pos, hop = e0 + 1, 0
            while pos not in starts and hop < 3 and (
                    t := _TITLE_GAP_WORD_RE.match(text, pos, min(len(text), pos + 30))) \
                    and _is_title_word(t.group().strip()):
                pos = t.end()
                hop += 1
            if not hop and (w := _LOWER_ROLE_GAP_RE.match(text, e0, min(len(text), e0 + 40))) is not None \
                    and w.end() in starts and starts[w.end()][1].type == "person" \
                    and _word_label(ctx, w.start(1), w.end(1)) is not None:
                pos, hop = w.end(), 1  # "women, including Florida first lady Jane Doe": the first lady, not Florida
            if hop and pos in starts and starts[pos][1].type == "person":
                s0 = pos  # "Republicans, including RNC Chairman Reince Priebus": the chairman, not the RNC
                e0, acc0 = starts[s0]
            elif (w := _LOWER_WORD_RE.match(text, e0 + 1)) is not None and w.group() not in _NOT_COMPOUND_WORDS:
                continue  # "critics, including George Washington University law professor ...": not the university
        labels: list[Label] = []
        m = _LIKE_RE.search(text, max(0, cue.end() - 80), cue.end())
        if m is not None and not m.group(1).endswith("s") and text[m.end(1) : m.end(1) + 4].strip()[:1] in "—–-":
            m = None  # after a dash only a plural kind: not "the federal government -- such as the FCC"
        if m is not None:
            lab = _word_label(ctx, m.start(1), m.end(1))
            if lab is not None and not m.group(1).endswith("s") \
                    and _OBJECT_OF_RE.search(text, max(0, m.start(1) - 12), m.start(1)):
                lab = None  # "contenders running for president, including X": the office sought, not X's role (but
                # "opened for comedians such as X": a plural object is the kind of the examples)
            if lab is None and acc0.type == "country" and m.group(1).lower() in _STATE_KIND_WORDS:
                lab = Label(m.group(1), "descriptive", m.start(1), m.end(1))  # "countries like China, Russia"
            if lab is None and acc0.type == "organisation" and (
                    _plural_org_noun(m.group(1)) or m.group(1).lower() == "sites" or (
                        (m.group(1).lower() in _ORG_LABEL_NOUNS or m.group(1).lower() == "site")
                        and _INDEFINITE_BEFORE_RE.search(text, max(0, m.start(1) - 40), m.start(1)))):
                # "social media companies such as Twitter", "a media outlet like National Review Online or Salon",
                # "sites like Salon" (a web site only as an example's kind: "Boston, the site of" is a place)
                lab = _org_kind_label(ctx, m.start(1), m.end(1))
            if lab is None and m.group(1).lower() in _GROUP_HEAD_WORDS:
                last = None
                for w in _WORD_SPAN_RE.finditer(text, max(0, m.start(1) - 30), m.start(1)):
                    last = w
                prev = _word_label(ctx, last.start(), last.end()) if last is not None and \
                    text[last.end() : m.start(1)] == " " else None
                if prev is not None:  # "notable Republican women, including ..."
                    lab = Label(text[prev.start : m.end(1)], prev.kind, prev.start, m.end(1))
            if lab is not None:
                labels.append(lab)
                before = _WORD_SPAN_RE.search(text, max(0, lab.start - 30), lab.start)
                last = None
                for w in _WORD_SPAN_RE.finditer(text, max(0, lab.start - 30), lab.start):
                    last = w
                if before is not None and last is not None and text[last.end() : lab.start] == " ":
                    prev = _word_label(ctx, last.start(), last.end())
                    if prev is None and (two := _ADJECTIVE_NOUN_BEFORE_RE.search(
                            text, max(0, last.start() - 30), last.start())) is not None:
                        # "liberal court nominees, such as ...": the leaning before a noun modifier
                        prev = _word_label(ctx, two.start(1), two.end(1))
                        if prev is not None and prev.kind != "ideological":
                            prev = None
                    if prev is not None:
                        labels.append(prev)
        m = _SUCH_AS_RE.search(text, max(0, cue.end() - 80), cue.end())
        if m is not None:
            for w in _WORD_SPAN_RE.finditer(text, m.start(1), m.end(1)):
                lab = _word_label(ctx, w.start(), w.end())
                if lab is not None:
                    labels.append(lab)
        if not labels:
            continue
        e, acc, hops = e0, acc0, 0
        while True:
            for lab in labels:
                acc.labels.setdefault((lab.start, lab.end), lab)
            coord = _COORD_JOIN_RE  # (also the serial comma: "China, Russia, and Iran")
            if acc0.type == "person" and (tag := _PARTY_TAG_RE.match(text, e, min(len(text), e + 30))) is not None:
                e = tag.end()  # "including Rep. Mike Fitzpatrick, R-Pa., and Rep. Martha Roby": past the party tag
                coord = _COORD_JOIN_RE
            elif acc0.type == "person" and (of := _OF_PLACE_GAP_RE.match(text, e, min(len(text), e + 40))):
                e = of.end()  # "including Cory Gardner of Colorado, Lisa Murkowski of Alaska and ...": past the state
            elif acc0.type == "person" and (tail := _LIST_ITEM_TAIL_RE.match(text, e, min(len(text), e + 70))) \
                    and _AND_NEXT_RE.match(text, tail.end()):
                e = tail.end()  # "such as Jane Roe, who served as ..., and Ann Poe": past the clause, before "and"
            g = coord.match(text, e, min(len(text), e + 12))
            nxt = None
            if g is not None:
                pos = g.end()
                if (f := _FORMER_RE.match(text, pos)) is not None:
                    pos = f.end()  # "X and former Attorney General Jane Doe"
                nxt = starts.get(pos)
                while (nxt is None or nxt[1].type != acc0.type) and (
                        t := _TITLE_GAP_WORD_RE.match(text, pos, min(len(text), pos + 30))):
                    pos = t.end()
                    nxt = starts.get(pos)  # "like Mike Huckabee, Louisiana Governor Bobby Jindal"
                if nxt is not None and text.startswith(("'s ", "’s "), nxt[0]):
                    nxt = starts.get(nxt[0] + 3)  # "..., Dropbox's Drew Houston": the owned person
            hops += 1
            if nxt is None or hops > 6 or nxt[1].type != acc0.type:
                break
            e, acc = nxt


#: A plural role before a dash or colon that opens a list of names: "three Republican presidents — Reagan, Bush
#: and Clinton", "two senators: Jane Roe and Ann Poe" (with a lower-case "of" complement: "two chiefs of staff:", or
#: a short one with a name: "nine activist groups backing Sanders:").
_DASH_LIST_RE = re.compile(
    r"(?<![\w'’-])([a-z][\w'’-]*s)(?:[ \t]+of[ \t]+[a-z][\w'’-]*"
    r"|[ \t]+(?:backing|supporting|opposing|behind|in|from|at)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?"
    r"[ \t]*(?:—|–|--|:)[ \t]*(?=[A-Z])")
#: Actor types of the items of a list of organisations after their plural kind (one read as a person included).
_ORG_LIST_TYPES = frozenset(("organisation", "group", "person"))
#: A capitalised name in a list of organisations, up to the next comma or "and" ("Make the Road", "Our Revolution").
_ORG_ITEM_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:the|of|for|[A-Z][\w'’-]*))*(?=,|[ \t]+(?:and|&)[ \t])")
#: A dash or colon before a capital: a line without one holds no match of _DASH_LIST_RE.
_DASH_CAP_RE = re.compile(r"(?:—|–|--|:)[ \t]*[A-Z]")
_WORD_BEFORE_RE = re.compile(r"([\w'’-]+)[ \t]+\Z")
#: A lower-case word before up to three capitalised words that modify a plural role ("conservative Supreme Court").
_NAME_MODIFIER_BEFORE_RE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}\Z")
#: A plural title opening a list of names after its plural role ("judges -- Justices Clarence Thomas, ...").
_PLURAL_TITLE_RE = re.compile(
    r"(?:Justices|Judges|Senators|Representatives|Governors|Generals|Drs\.|Sens\.|Reps\.|Govs\.|Gens\.)[ \t]+")


def _dash_list_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_DASH_LIST_RE` in ``text``, searched only in the lines that hold a dash or colon before a
    capital (no match crosses a line break, and the look-behind and look-ahead read the break as the whole-text scan
    does: the same matches, ~4x faster on news text)."""
    pos = 0
    while (g := _DASH_CAP_RE.search(text, pos)) is not None:
        line_start = text.rfind("\n", 0, g.start()) + 1
        line_end = text.find("\n", g.end())
        if line_end < 0:
            line_end = len(text)
        yield from _DASH_LIST_RE.finditer(text, line_start, line_end)
        pos = line_end
#: A counted plural party or leaning noun before a comma and a list of (titled) names: "Two Democrats, Reps. Jane Roe
#: and Ann Poe, voted no", "three conservatives, Sens. ... and ...". Group 1 is the noun; the match ends where the
#: first name starts.
_PARTY_LIST_RE = re.compile(
    r"(?<![\w'’-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|[Ss]everal|[Ff]ellow|[0-9]+)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+)?(Democrats|Republicans|Dems|conservatives|liberals|progressives|moderates)"
    r",[ \t]+(?:(?:Reps?|Sens?|Govs?|Drs?)\.[ \t]+|(?:Senators|Representatives|Governors)[ \t]+)?(?=[A-Z])")


#: The noun and comma every match of _PARTY_LIST_RE holds (a literal search, far cheaper than the pattern's).
_PARTY_NOUN_COMMA_RE = re.compile(r"(?:Democrats|Republicans|Dems|conservatives|liberals|progressives|moderates),")


def _party_list_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PARTY_LIST_RE` in ``text``, searched only in a short window around each party or
    leaning noun before a comma (the same matches as a whole-text scan: each match's noun is such a hit)."""
    last_end = 0
    for hit in _PARTY_NOUN_COMMA_RE.finditer(text):
        lo = max(last_end, hit.start() - 40)
        for m in _PARTY_LIST_RE.finditer(text, lo, min(len(text), hit.end() + 40)):
            if m.start(1) == hit.start():
                last_end = m.end()
                yield m
                break


#: "and" (after a comma) before the next item of a list.
_AND_NEXT_RE = re.compile(r",?[ \t]+(?:and|&)[ \t]")
#: What a list item may carry after its name before the next one: a year or a place ("Jane Roe in 1992 and ..."),
#: an appositive or relative clause closed by a comma ("Jane Roe, the top commander in Mosul, and ...").
_LIST_ITEM_TAIL_RE = re.compile(
    r"[ \t]+(?:in|of|from)[ \t]+(?:[12]\d{3}|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)(?=,|[ \t]+(?:and|&)[ \t])"
    r"|,[ \t]+(?:the|a|an|who|its|his|her|their)[ \t][^,;:()\n.—–\"“”]{1,60}(?=,)")


def _first_found_item(text: str, pos: int, starts: Mapping[int, tuple[int, _Acc]]) -> tuple[int, _Acc] | None:
    """The first item of a list of organisations at ``pos`` that the actor finder found, past up to two capitalised
    names it missed ("Our Revolution, Sunrise Movement, ..."): its (end, actor), or None."""
    for _ in range(2):
        item = _ORG_ITEM_RE.match(text, pos, min(len(text), pos + 50))
        if item is None:
            return None
        g = _COORD_JOIN_RE.match(text, item.end(), min(len(text), item.end() + 12))
        if g is None:
            return None
        pos = g.end()
        found = starts.get(pos)
        if found is not None:
            return found if found[1].type in _ORG_LIST_TYPES else None
    return None


def _dash_list_labels(ctx: _Context, actors: Mapping[str, _Acc]) -> None:
    """A plural role before a dash or colon labels every name of the list after it, with the label word right
    before the role ("three Republican presidents — Reagan, Bush 41 and Bush 43"), as does a counted party noun
    before a comma ("Two Democrats, Reps. Jane Roe and Ann Poe,"): only a list of two names or more people (not
    "critics: Smith said ...", a single name)."""
    text = ctx.doc.text
    starts = _mention_starts(actors)
    for m in itertools.chain(_dash_list_matches(text), _party_list_matches(text)):
        first = starts.get(m.end())
        if first is None and (plural_title := _PLURAL_TITLE_RE.match(text, m.end())) is not None:
            first = starts.get(plural_title.end())  # "three conservative judges -- Justices Clarence Thomas, ..."
        if first is None and _plural_org_noun(m.group(1)):
            first = _first_found_item(text, m.end(), starts)  # "groups: Our Revolution, Sunrise Movement, ..."
        if first is None:
            continue
        orgs = first[1].type in _ORG_LIST_TYPES and _plural_org_noun(m.group(1))
        if first[1].type != "person" and not orgs:
            continue  # (not "business leaders — Republican and Democrat alike")
        lab: Label | None
        if orgs:
            lab = _org_kind_label(ctx, m.start(1), m.end(1))  # "nine progressive activist groups backing Sanders:"
        else:
            lab = _word_label(ctx, m.start(1), m.end(1))
            if lab is None and (kind := _plural_label_kind(m.group(1).lower())) is not None:
                lab = Label(m.group(1), kind, m.start(1), m.end(1))  # "deputies", "businessmen"
        if lab is None or lab.kind == "honorific":
            continue
        labels = [lab]
        if not orgs and (w := _WORD_BEFORE_RE.search(text, max(0, lab.start - 30), lab.start)) is not None and \
                (prev := _word_label(ctx, w.start(1), w.end(1))) is not None:
            labels.append(prev)  # "Republican presidents" (an organisations' kind holds its modifiers)
        elif not orgs and (w := _NAME_MODIFIER_BEFORE_RE.search(text, max(0, lab.start - 60), lab.start)) \
                is not None and (prev := _word_label(ctx, w.start(1), w.end(1))) is not None:
            labels.append(prev)  # "three conservative Supreme Court judges": past the name that modifies the role
        chain = [first[1]]
        e, acc0 = first
        skipped = 0
        while len(chain) < 12:
            tail = _LIST_ITEM_TAIL_RE.match(text, e, min(len(text), e + 70))
            pos = tail.end() if tail is not None else e  # "Jane Roe in 1992 and ...", "Jane Roe, the ..., and"
            g = _COORD_JOIN_RE.match(text, pos, min(len(text), pos + 12))
            if g is None:
                break
            nxt = starts.get(g.end())
            if nxt is None and orgs and skipped < 4 and (
                    item := _ORG_ITEM_RE.match(text, g.end(), min(len(text), g.end() + 50))) is not None:
                e = item.end()  # "..., Make the Road, Our Revolution, People's Action": past a name not found
                skipped += 1
                continue
            skipped = 0
            if nxt is None or (nxt[1].type != acc0.type and not (orgs and nxt[1].type in _ORG_LIST_TYPES)):
                break  # (a list of organisations may hold one read as a person: "Dream Defenders")
            chain.append(nxt[1])
            e = nxt[0]
            if orgs and (item := _ORG_ITEM_RE.match(text, g.end(), min(len(text), g.end() + 50))) is not None:
                e = max(e, item.end())  # "Make the Road" found as "Make"
        if len(chain) < 2:
            continue
        for acc in chain:
            for lab in labels:
                acc.labels.setdefault((lab.start, lab.end), lab)


#: A plural appositive after a list of names: a comma, an optional quantifier or determiner, up to two lower-case
#: modifiers and a plural head, closed by punctuation, a relative or a complement closed by punctuation ("Syria and
#: Russia, longtime allies.", "Jane Roe and Ann Poe, both Republicans,", "X and Y, senators from Maine,"; not the
#: subject after a fronted phrase: "Unlike X and Y, Democrats in swing districts are wary"). Group 1 is the whole
#: phrase after the quantifier, group 2 the head.
_LIST_APPOSITIVE_RE = re.compile(
    r",[ \t]+(?:(?:both|all|two|three|four|five|the|two[ \t]+of[ \t]+the)[ \t]+)?"
    r"((?:[a-z][\w'’-]*[ \t]+){0,2}([A-Za-z][a-z-]*s))"
    r"(?=[ \t]*(?:[,.;:)]|—|–|--)|[ \t]+(?:who|whose)[ \t]"
    r"|[ \t]+(?:of|from|in|at|for|with|on)(?:[ \t]+[\w'’.-]+){1,4}[ \t]*(?:[,;:)]|\.(?![\w])|—|–|--))")
#: The first word of a sentence that fronts a phrase before its subject ("Unlike X and Y, Democrats ..."): a list
#: in that phrase is no subject that a following noun phrase could stand in apposition to.
_FRONTING_WORDS = frozenset("""Unlike Like After Before Besides Beyond Despite Including With Without For To In On At As
    Among Apart Except Following While When Since Although Though If Because Behind Against Alongside Along Unless
    Until Upon Over Under During Through Throughout Within Aside Compared""".split())
#: Plural heads that label the countries of a list ("Syria and Russia, longtime allies").
_COUNTRY_PLURAL_HEADS = frozenset(
    "allies neighbors neighbours rivals partners adversaries enemies foes powers superpowers countries nations".split())
#: Words that make the phrase a clause or a count, not an appositive ("X and Y, officials said", "X and Y, others").
_NOT_LIST_APPOSITIVE_WORDS = frozenset(
    "others ones years months weeks days times says said tells told adds added".split())


def _list_appositive_labels(ctx: _Context, actors: Mapping[str, _Acc]) -> None:
    """A plural appositive after coordinated names labels each name: "Syria and Russia, longtime allies", "Jeff
    Flake and Dean Heller, both Republicans," (two names or more of one type; the head is a plural role, title or
    party for people, a plural kind of organisation for organisations, a plural kind of state for countries; the
    lower-case words before the head join it when the tagger reads them as adjectives or nouns)."""
    text = ctx.doc.text
    starts = _mention_starts(actors)
    order = sorted(starts)
    in_chain: set[int] = set()
    for s0 in order:
        if s0 in in_chain:
            continue
        e, acc0 = starts[s0]
        chain = [acc0]
        while len(chain) < 8:
            pos = e
            if acc0.type == "person" and (tag := _PARTY_TAG_RE.match(text, e, min(len(text), e + 30))) is not None:
                pos = tag.end()  # "Jane Roe, R-Ohio, and Ann Poe"
            g = _COORD_JOIN_RE.match(text, pos, min(len(text), pos + 12))
            if g is None or (nxt := starts.get(g.end())) is None or nxt[1].type != acc0.type or nxt[1] in chain:
                break
            in_chain.add(g.end())
            chain.append(nxt[1])
            e = nxt[0]
        if len(chain) < 2:
            continue
        m = _LIST_APPOSITIVE_RE.match(text, e, min(len(text), e + 60))
        if m is None:
            continue
        si = ctx.doc.sentence_index(s0)
        first = _WORD_SPAN_RE.search(text, ctx.doc.sentences[si][0], s0 + 1) if si >= 0 else None
        if first is not None and first.group() in _FRONTING_WORDS and "," not in text[first.end() : s0]:
            continue  # "Unlike Syria and Russia, countries in Europe have condemned it": a list in a fronted phrase
        head = m.group(2)
        low = head.lower()
        if low in _NOT_LIST_APPOSITIVE_WORDS:
            continue
        if acc0.type == "person":
            kind = _plural_label_kind(low)
            if kind is None and _is_title_word(head[:-1].capitalize()):
                kind = "title"  # "Jane Roe and Ann Poe, senators from Maine"
        elif acc0.type == "country":
            kind = "descriptive" if low in _COUNTRY_PLURAL_HEADS else None
        elif acc0.type in ("organisation", "group"):
            kind = "descriptive" if _plural_org_noun(low) else None
        else:
            kind = None
        if kind is None or kind == "honorific" or (head[0].isupper() and kind != "ideological"):
            continue  # (a capitalised head only as a party: "both Republicans")
        start = m.start(2)
        for w in reversed(list(_WORD_SPAN_RE.finditer(text, m.start(1), m.start(2)))):
            if w.group() in _NOT_KIND_WORDS or w.group() in _NOT_COMPOUND_WORDS \
                    or tag_at(ctx.doc, w.start(), w.end()) not in ("ADJ", "NOUN"):
                break
            start = w.start()
        lab = Label(text[start : m.end(2)], kind, start, m.end(2))
        for acc in chain:
            acc.labels.setdefault((lab.start, lab.end), lab)
