"""Labels around an actor's mention: the label kind of a lexicon span or a listed word, labels right before a
mention, right after it ("the Maduro regime", a party-state tag) and in appositives ("Maduro, the strongman,",
"John Smith, 45, a plumber from Ohio,"), and a regime's label before "in"/"of" ("the communist regime in Cuba")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Label, Span
from framing.document import Document
from framing.pos import known_tags, tag_at, tag_spans, tag_token_spans, tags_of_spans
from framing.scorers.actor_context import _INDEFINITE, _Context, _is_title_word
from framing.scorers.actor_words import (
    _CAP_AFTER_RE,
    _DETERMINERS,
    _IN_OF_GAP_RE,
    _LOWER_WORD_RE,
    _MODIFIED_HEADS,
    _PERSON_LABEL_WORDS,
    DESCRIPTIVE_WORDS,
    HONORIFIC_WORDS,
    LEXICON_LABEL_KIND,
    NOT_ROLE_NOUNS,
    PERSON_STATE_WORDS,
    ROLE_NOUN_ENDINGS,
    ROLE_NOUNS,
)
from framing.scorers.names import (
    _NAME_PARTICIPLE_RE,
    ABBREVIATED_TITLES,
    DEPARTMENT_TITLES,
    TITLE_WORDS,
    link_text_spans,
)
from framing.scorers.reporting import communication_forms
from framing.scorers.speakers import gender_of_first_name
from framing.tokenize import TOKEN_RE

_COORD_NEXT_RE = re.compile(r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?")


def _span_kind(span: Span) -> str:
    """Label kind of a lexicon span: an emotive word in :data:`HONORIFIC_WORDS` ("heroic") is ``honorific``."""
    if span.category == "emotive" and span.text.lower() in HONORIFIC_WORDS:
        return "honorific"
    return LEXICON_LABEL_KIND[span.category]


def _label_kind_of_word(low: str, person: bool = True) -> str | None:
    if low in HONORIFIC_WORDS:
        return "honorific"
    if low in _LEANING_WORDS:
        return "ideological"  # "the left-leaning Economic Policy Institute"
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
    if "-" in low and low.rsplit("-", 1)[0] in _ROLE_PREFIXES:
        kind = _label_kind_of_word(low.rsplit("-", 1)[1], person)  # "co-host", "ex-wife", "vice-chairman"
        return None if kind == "honorific" and low.startswith("then-") else kind  # (not "the then-popular")
    return None


#: A person's rank in a committee or body, before the party or role ("the ranking Republican").
_RANK_WORDS = frozenset(("ranking",))
#: Party and leaning words of DESCRIPTIVE_WORDS whose label kind is ideological (as every gold set marks them;
#: not "moderate" or "independent", which mostly describe a voter or a body without a side).
_IDEOLOGY_WORDS = frozenset("democratic republican democrat gop conservative liberal progressive libertarian".split())
#: Words that place an actor with respect to the parties (not in DESCRIPTIVE_WORDS, which the quote scorer reads).
_PARTISANSHIP_WORDS = frozenset("nonpartisan non-partisan partisan".split())  # ("bipartisan": mostly of bills)
#: Nouns after a name that take the leaning word before the name ("a right-leaning Trump opponent").
_LEANING_HEADS = DESCRIPTIVE_WORDS | ROLE_NOUNS | frozenset(
    "opponents voters supporters critics allies donors groups group outlet outlets media".split())
#: Compound words that place an actor on the left-right scale ("the right-leaning American Enterprise Institute").
_LEANING_WORDS = frozenset(
    """left-leaning right-leaning liberal-leaning conservative-leaning center-left center-right centre-left
    centre-right left-of-center right-of-center left-of-centre right-of-centre""".split())


#: Nouns that say what kind of organisation an organisation is, its labels before its name or in an appositive.
_ORG_LABEL_NOUNS = frozenset(
    """company firm corporation conglomerate startup bank lender insurer retailer manufacturer automaker carmaker
    publisher newspaper magazine outlet website blog network broadcaster charity nonprofit non-profit organization
    organisation group agency watchdog tank coalition lobby caucus movement publication tabloid station channel
    """.split())

#: A home place ("of Tennessee") or a party-state tag, a comma and a determiner (and up to three modifiers) before a
#: role phrase: the phrase is an appositive of the name before the comma (as _OF_PLACE_RE reads it there).
_APPOSITIVE_OPEN_RE = re.compile(
    r"(?:[ \t]of[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*|\([^()\n]{1,25}\)),[ \t]+(?:the|a|an)[ \t]+"
    r"(?:(?!(?:the|a|an|of|for|to|at|in|with|on|by|from)[ \t])[\w'’-]+[ \t]+){0,3}\Z")
#: Dashes that open an appositive after a name when spaced ("Karl Rove — the ...").
_DASHES = frozenset(("—", "–", "--"))
#: An open dash earlier in the name's sentence: the dash after the name closes that aside ("two presidents --
#: Andrew Johnson and Bill Clinton -- a cabinet secretary and ...": no appositive).
_DASH_OPEN_RE = re.compile(r"[ \t](?:—|–|--)[ \t][^.!?\n—–]*\Z")
#: Before a person's lower-case role (and a name): a modifier of the person ("former", "veteran", "longtime") before
#: up to three capitalised words (a home place or employer), and/or a party adjective, then at most one lower-case
#: word of the role ("veteran Ohio Democratic campaign consultant", "former Acme Corp quarterback").
_ROLE_CHAIN_RE = re.compile(
    r"(?<![\w'’.-])(?:(?P<pre>former|veteran|longtime|long-time)[ \t]+(?=[A-Z0-9]))?"
    r"(?:[A-Z0-9][\w.'’-]*[ \t]+){0,3}?(?:(?P<party>Democratic|Republican|GOP)[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+)?\Z")
#: A preposition and up to four words (no comma, no full stop) right before a role phrase: the phrase is its object
#: ("to his counterpart", "from his predecessor", "with reporters"; not "since becoming prime minister").
_PREPOSITION_OBJECT_RE = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Tt]o|[Ff]rom|[Ww]ith|of|[Uu]nder|[Aa]fter|[Bb]efore|[Dd]uring|[Ss]ince|[Uu]nlike|[Ll]ike|"
    r"[Aa]bout|[Aa]gainst|[Ff]or|by|at|on|[Oo]ver|[Tt]owards?|[Aa]mong|[Dd]espite|[Bb]etween)"
    r"[ \t]+(?!becoming[ \t])(?:(?:[\w'’-]+|(?:[A-Z]\.)+)[ \t]+){0,4}\Z")
#: Words after a name that go on with the name's phrase rather than open its clause ("Jane Roe of Maine", "Jane Roe
#: in 1987", "Jane Roe and ...").
_NAME_GOES_ON_WORDS = frozenset("and or of in on at from for who whose".split())
#: "the" and one role word closed by punctuation, right after a name ("Trump the candidate.").
_THE_ROLE_RE = re.compile(r"the[ \t]+([a-z][\w-]*)(?=[.,;:!?)]|\Z)")
#: One-word party mentions that name a member or modify people ("the top Republican", "Democratic senators").
_PARTY_WORDS_OF_PEOPLE = frozenset("Republican Democrat Democratic".split())
#: A party's members named in the plural (or a member, "the top Democrat"): words around them describe those members,
#: not the party.
_PARTY_MEMBER_PLURALS = frozenset("Republicans Democrats Dems Democrat".split())
#: Capitalised words that qualify a title found right before a name ("Senate Majority Leader", "State
#: Attorney General"): the left scan reads on past them to the title's own modifiers ("longtime", "former").
_TITLE_QUALIFIERS = frozenset(
    """Senate House State Majority Minority Foreign Defense Defence Interior Finance Health Education Energy Treasury
    Home Justice Labor Labour Trade Commerce Homeland Deputy Vice Chief Assistant Associate Executive Senior""".split())
#: Titles written in lower case in an appositive ("Nancy Northup, president and CEO of ...").
_LOWER_TITLES = frozenset("president ceo chairman chairwoman chair director secretary ambassador mayor".split())
#: Prefixes of a compound role noun that keep the role's kind ("co-host", "ex-wife", "then-chief").
_ROLE_PREFIXES = frozenset("co ex vice deputy step grand former then".split())


def _person_label(text: str) -> bool:
    """Whether a label names a kind of person ("dictator", "strongman", "leader"), not a regime or a state."""
    last = text.lower().rsplit(" ", 1)[-1]
    return last in _PERSON_LABEL_WORDS or last.endswith(("man", "men", "ator", "ators", "crat", "crats"))


def _modifies_noun(ctx: _Context, e: int) -> bool:
    """Whether the mention ending at ``e`` modifies the lower-case noun after it ("U.S. ambassador", "former
    Massachusetts governor", "liberal Massachusetts values", "the disgraced Russian oligarch"): a role noun, a
    noun for a kind of person or a title in the lexicon."""
    text = ctx.doc.text
    m = _LOWER_WORD_RE.match(text, e + 1)
    if text[e : e + 1] != " " or m is None:
        return False
    span = ctx.label_starts.get(e + 1)
    return m.group() in _MODIFIED_HEADS or m.group() in ROLE_NOUNS or _person_label(m.group()) or (
        span is not None and span.category == "neutral_title")  # (also "a Democratic pollster", "a GOP lobbyist")


_TITLE_AFTER_RE = re.compile(r"[ \t]+([A-Z][\w.]*)")


def _title_after(text: str, e: int) -> bool:
    """Whether a title word follows the mention ending at ``e`` ("the Republican United States Senator Ted Cruz":
    the labels before the country are the senator's)."""
    m = _TITLE_AFTER_RE.match(text, e)
    if m is not None and _is_title_word(m.group(1)):
        return True
    role = _ROLE_AFTER_RE.match(text, e)  # "veteran Ohio Democratic campaign consultant Jane Roe": the person's
    return role is not None and role.group(1) in (ROLE_NOUNS | DESCRIPTIVE_WORDS)


#: Up to two capitalised words (a party, the rest of a team's name), at most one lower-case word and a person's role
#: before a name, right after a mention ("Iowa Democratic campaign consultant Jane Roe", "San Francisco 49ers
#: quarterback John Doe"): the mention modifies the person's role.
_ROLE_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z0-9][\w.'’-]*){0,2}(?:[ \t]+[a-z][\w-]*)?[ \t]+([a-z][\w-]*)[ \t]+[A-Z]")


def _regime_of(ctx: _Context, s: int) -> list[Label]:
    """A label of a regime before "in"/"of" + the mention at ``s``: "the communist regime in Cuba", "the
    socialist regime of Valdoria" (labels of people, "the dictator of Valdoria", stay with the person)."""
    text = ctx.doc.text
    m = _IN_OF_GAP_RE.search(text, max(0, s - 12), s)
    if m is None:
        return []
    span = ctx.label_ends.get(m.start())
    if span is None or _person_label(span.text) or span.category in ("neutral_title", "emotive"):
        return []
    out = [Label(span.text, _span_kind(span), span.start, span.end)]
    prev = ctx.label_ends.get(span.start - 1)  # "communist" before "regime"
    if prev is not None and text[prev.end : span.start] == " ":
        out.append(Label(prev.text, _span_kind(prev), prev.start, prev.end))
    return out


_ADJECTIVE_ENDINGS = ("al", "ial", "ic", "ive", "ary", "ous", "ant", "ent", "ican", "ist")


_APPOSITIVE_STOPS = frozenset("with for of in at from to who which that whose aligned known based".split())

#: Words that do not start a compound before an organisation noun ("the group", "and firm", "by agency").
_NOT_COMPOUND_WORDS = _DETERMINERS | _APPOSITIVE_STOPS | frozenset(
    """and or but by as on into over after before between against about than this these those which what
    said says is are was were be been has have had will would could should can may might not no new its
    former top senior""".split())


def _plural_label_kind(low: str) -> str | None:
    """The label kind of a plural role noun ("businessmen", "heavyweights", "personalities", "coaches")."""
    if low.endswith("men"):
        return _label_kind_of_word(low[:-3] + "man")
    if low.endswith("ies") and len(low) > 4 and (kind := _label_kind_of_word(low[:-3] + "y")):
        return kind
    if low.endswith(("ches", "shes", "sses", "xes")) and (kind := _label_kind_of_word(low[:-2])):
        return kind
    return _label_kind_of_word(low[:-1]) if low.endswith("s") else None


def _appositive_role(ctx: _Context, j: int, after_possessor: bool = False) -> bool:
    """Whether the appositive starting at token ``j`` (after a comma, no determiner) opens with a role: a label
    or role word, or an adjective before one ("chief executive for ...", "successful businessmen"), and is an
    appositive: the role phrase ends at a comma, a full stop or a preposition, not at a name (", former attorney
    general Eric Holder" is the next item of a list) or a verb (", former prosecutors say"); a plural role only
    after coordinated names ("David and Charles Koch, successful businessmen")."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    if (not text[spans[j][0]].islower() and not (after_possessor and _label_kind_of_word(toks[j]))) \
            or toks[j].endswith("ly"):
        return False  # a name or a clause ("Gen. Flynn, blatantly lied"; but "Mr. Trump's Democratic opponent")
    role = -1
    for k in (j, j + 1, j + 2):
        if k >= len(toks):
            return False
        if k == j + 2 and not (toks[j].endswith(_ADJECTIVE_ENDINGS) and toks[j + 1].endswith(_ADJECTIVE_ENDINGS)
                               and text[spans[j + 1][0]].islower() and not text[spans[j][1] : spans[j + 1][0]].strip()
                               and not text[spans[j + 1][1] : spans[k][0]].strip()):
            break  # a role after two adjectives only: "special presidential envoy for ..."
        if ctx.label_starts.get(spans[k][0]) is not None or _label_kind_of_word(toks[k]) or _plural_label_kind(toks[k]):
            if k == j or toks[j].endswith((*_ADJECTIVE_ENDINGS, "ful")) or (
                    not text[spans[j][1] : spans[k][0]].strip() and toks[j] not in _APPOSITIVE_STOPS
                    and not _verb_like_word(toks[j]) and (not toks[j].endswith(("ed", "ing")) or "-" in toks[j])):
                role = k  # (a noun before the role: "media critic for the Baltimore Sun"; a compound participle:
                # "China's newly-named foreign minister", "his long-serving chief of staff")
            break
    if role < 0:
        return False
    if _plural_label_kind(toks[role]) and not _label_kind_of_word(toks[role]):
        before = text[max(0, spans[j][0] - 40) : spans[j][0]]
        if " and " not in before:
            return False
    k = role + 1
    while (k < len(toks) and k < role + 6 and (text[spans[k][0]].islower() or toks[k] in _LOWER_TITLES)
           and not text[spans[k - 1][1] : spans[k][0]].strip() and toks[k] not in _APPOSITIVE_STOPS
           and not _verb_like_word(toks[k])):
        k += 1  # (an acronym title goes on the role: "president and CEO of ...")
    if k >= len(toks):
        return True
    gap = text[spans[k - 1][1] : spans[k][0]]
    if not gap.strip() and text[spans[k][0]].isupper():
        # an employer's name between the role's words: ", former Fox News chairman,", ", chief United States
        # economist for ..."
        m = _name_then_role(ctx, k)
        if m is not None:
            return True
    return bool(gap.strip()) or toks[k] in _APPOSITIVE_STOPS


#: Nouns that head an appositive without characterising the person ("a day after", "a year ago").
_NOT_ROLE_HEADS = frozenset("""day days week weeks month months year years time times moment decade night morning
    evening afternoon lot number bit series kind sort type part way point fact statement reference move step
    source sources person people man woman thing handful majority minority plurality pair couple tandem trio dozen
    chronology timeline list total share percentage challenge case book film sign signal reminder indication""".split())
_HEAD_END_WORDS = frozenset("from at in of for with who whose which that on since to".split())


def _indefinite_head(ctx: _Context, j: int) -> list[Label]:
    """The role phrase of a person's appositive that opens with "a"/"an" at token ``j`` and whose noun is in no
    list ("John Smith, a plumber from Ohio,", "Nancy Garcia, a U.S. citizen who"): the words from the one after
    the article to the last noun (part-of-speech tagger), when the phrase then ends at a comma, a full stop or a
    preposition/relative word and the noun is no time or quantity word."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    k = j + 1
    while k < len(toks) and k < j + 6 and not text[spans[k - 1][1] : spans[k][0]].strip(" .") and \
            toks[k] not in _HEAD_END_WORDS and toks[k] not in _NOT_COMPOUND_WORDS and not _verb_like_word(toks[k]):
        k += 1
    if k == j + 1 or k > len(toks):
        return []
    if k < len(toks):
        gap = text[spans[k - 1][1] : spans[k][0]].strip()
        if not (gap in (",", ".", ";", ")", "—", "--") or (not gap and toks[k] in _HEAD_END_WORDS)):
            return []
    start, end = spans[j + 1][0], spans[k - 1][1]
    tags = [(a, b, t) for a, b, t in tag_spans(text, spans[j][0], end)]
    head = next(((a, b) for a, b, t in reversed(tags) if b == end and t == "NOUN"), None)
    if head is None or text[head[0] : head[1]].lower() in _NOT_ROLE_HEADS or not text[head[0]].islower():
        return []
    return [Label(text[start:end], "descriptive", start, end)]


def _name_then_role(ctx: _Context, k: int) -> int | None:
    """The token index of a role word right after a capitalised name that starts at token ``k`` ("Fox News
    chairman", "Center for Reproductive Rights attorney"), when the role ends the appositive; else None."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    i = k
    while i < len(toks) and i < k + 6 and not text[spans[i - 1][1] : spans[i][0]].strip() and (
            text[spans[i][0]].isupper() or (toks[i] in ("for", "of") and i + 1 < len(toks)
                                            and text[spans[i + 1][0]].isupper())):
        i += 1
    if i == k or i >= len(toks) or text[spans[i - 1][1] : spans[i][0]].strip() or not text[spans[i][0]].islower():
        return None
    if ctx.label_starts.get(spans[i][0]) is None and not _label_kind_of_word(toks[i]):
        return None
    end = i + 1
    if end >= len(toks):
        return i
    return i if text[spans[i][1] : spans[end][0]].strip() or toks[end] in _APPOSITIVE_STOPS else None


def _verb_like_word(tok: str) -> bool:
    return tok in ("say", "says", "said", "is", "are", "was", "were", "has", "have", "had", "will", "would")


#: A name introduced by a naming phrase after a role and a comma: "his wife, known as ...", ", identified as".
_KNOWN_AS_RE = re.compile(r"(?<=[\w'’]),[ \t]+(?:known|identified)[ \t]+as[ \t]+\Z")
#: Prefixes that the tokenizer keeps on a title word: "then-Gov.", "ex-Sen." ("Ex-Commissioner" inside a run is
#: read by _strip_title).
_TITLE_PREFIXES = ("then-", "ex-", "Ex-", "Then-", "now-", "Now-")
#: A year inside a role phrase before a name ("the 2016 Democratic presidential candidate").
_YEAR_RE = re.compile(r"(?:19|20)[0-9][0-9]")


def _prefixed_title(tok: str) -> bool:
    """Whether ``tok`` is a title word with a "then-"/"ex-" prefix ("then-Gov", "ex-Sen")."""
    return tok.startswith(_TITLE_PREFIXES) and tok.split("-", 1)[1].rstrip(".") in TITLE_WORDS


def _hyphen_title(tok: str) -> bool:
    """Whether ``tok`` is two capitalised title words joined by a hyphen ("Major-General", "Lieutenant-Colonel")."""
    parts = tok.rstrip(".").split("-")
    return len(parts) == 2 and parts[1] not in DEPARTMENT_TITLES and all(
        p[:1].isupper() and p in TITLE_WORDS for p in parts)  # (not "Vice-Foreign Minister": a department word)


#: Label words that open a person's role phrase before lower-case nouns modifying the role ("conservative talk radio
#: host", "former high-school football coach"): the person's, read past those nouns.
#: (Not a party adjective: "veteran Ohio Democratic campaign consultant" is read by _ROLE_CHAIN_RE, which keeps the
#: modifier before the home place.)
_CHAIN_LEADS = frozenset(
    """conservative liberal progressive libertarian former longtime long-time veteran prominent leading moderate
    populist nationalist centrist""".split())
#: Lexicon categories of a lead before such modifying nouns ("far-right radio host").
_CHAIN_LEAD_CATEGORIES = frozenset(("ideological_label", "pejorative_label"))


def _noun_modifier(ctx: _Context, k: int) -> bool:
    """Whether token ``k`` can modify a role noun after it: a lower-case word ("radio", "high-school", "online"),
    no determiner, function word, verb or adverb, no plural and no label of its own."""
    doc = ctx.doc
    tok = doc.norm_tokens[k]
    raw = doc.text[doc.token_spans[k][0] : doc.token_spans[k][1]]
    return (raw.islower() and raw.replace("-", "").isalpha() and tok not in _NOT_COMPOUND_WORDS
            and tok not in _DETERMINERS and not _verb_like_word(tok) and not tok.endswith(("ly", "ed", "ing"))
            and (not tok.endswith("s") or tok.endswith(("ss", "news", "ics")))
            and _label_kind_of_word(tok) is None and _plural_label_kind(tok) is None)


def _modifiers_after_lead(ctx: _Context, i: int) -> bool:
    """Whether tokens ``i`` and before are one to three nouns modifying a role after them and are preceded by a
    lead label of the person ("conservative talk radio host", "far-right radio host"; not "the radio host": no
    lead)."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    k = i
    while k >= 0 and i - k < 3 and _noun_modifier(ctx, k):
        if k == 0 or text[spans[k - 1][1] : spans[k][0]] != " ":
            return False
        k -= 1
        span = ctx.label_ends.get(spans[k][1])
        if span is not None and span.category in _CHAIN_LEAD_CATEGORIES and not span.text.endswith("s"):
            return True
        if doc.norm_tokens[k] in _CHAIN_LEADS or doc.norm_tokens[k] in _LEANING_WORDS:
            return True
    return False


#: A person's role after a name, with at most one lower-case noun between ("Trump adviser", "Biden administration
#: official", "Powell aide").
_ROLE_WORD_AFTER_RE = re.compile(r" (?P<role>[a-z][a-z-]*)(?![\w'’-])")
_ROLE_HEAD_AFTER_RE = re.compile(r" (?P<mod>[a-z][a-z-]*) (?P<role>[a-z][a-z-]*)(?![\w'’-])")


def _name_modifies_role(ctx: _Context, s: int, e: int) -> bool:
    """Whether the person's mention at ``s``-``e`` modifies a role noun after it ("former Trump adviser", "a top
    Powell aide", "senior Biden administration officials"): the role a noun (the tagger decides a plural or a word
    that may be a verb: not "Jane Roe heads the panel", "Jane Roe chairs ...") and not a title of the name's own."""
    text = ctx.doc.text
    for m in (_ROLE_WORD_AFTER_RE.match(text, e), _ROLE_HEAD_AFTER_RE.match(text, e)):
        if m is None:
            continue
        role = m.group("role")
        kind = _label_kind_of_word(role) or _plural_label_kind(role)
        if kind is None or kind == "honorific" or role in _NOT_COMPOUND_WORDS or _verb_like_word(role):
            continue
        mod = m.groupdict().get("mod")
        if mod is not None and (mod in _NOT_COMPOUND_WORDS or _verb_like_word(mod) or mod.endswith(("ly", "ed"))):
            continue
        if not role.endswith("s") and (mod is None or not mod.endswith("s")):
            return True  # a singular role without a determiner after a name: a compound ("Powell aide")
        tags = tag_spans(text, max(0, s - 60), m.end())  # "Jane Roe heads the panel": a verb
        return all(t == "NOUN" for a, _b, t in tags if a >= m.start() + 1)
    return False


#: Nouns after a country's or organisation's name that stand for it ("the authoritarian Chinese government"): the
#: words before are its labels.
_STANDS_FOR_HEADS = frozenset(
    """government governments regime regimes leadership authorities state military junta dictatorship forces army
    party editorial board""".split())


#: ... and, for a label right after a country's name, "establishment" too ("the Iranian hardline establishment"; kept
#: out of _STANDS_FOR_HEADS, where it would also change what the premodifier rule reads).
_STANDS_FOR_AFTER_LABEL = _STANDS_FOR_HEADS | {"establishment"}


def _lexical_tag(word: str) -> str:
    """A tag for ``word`` from what the tagger has learned of it (:func:`framing.pos.known_tags`), without tagging
    its sentence: a closed-class reading, then a noun one, and a guess by its ending for a word it never
    learned (tagging a sentence for each mention cost 3 ms per article)."""
    known = known_tags(word)
    if not known:
        # an unknown word: a past verb or an adverb by its ending, else a noun ("summit", "races", "membership")
        return "VERB" if word.endswith("ed") else "ADV" if word.endswith("ly") else "NOUN"
    for tag in ("DET", "PRON", "NUM"):
        if tag in known:
            return tag  # (a closed-class reading first: "that", "one")
    if "NOUN" in known or "PROPN" in known:
        return "NOUN"  # (after a name, a noun reading before a verb one: "the Israeli left"; a lower-case word
        # learned from names is a noun here: "disease", "street")
    return sorted(known)[0]


def _stands_for_head_after(text: str, e: int) -> bool:
    """Whether a noun that stands for a country follows ``e`` ("the Chinese communist regime", "the Iranian
    hardline establishment")."""
    m = _LOWER_WORD_RE.match(text, e + 1) if text[e : e + 1] == " " else None
    return m is not None and m.group() in _STANDS_FOR_AFTER_LABEL


_SUBJECT_WORD_RE = re.compile(r"[\w'’.-]+")


def _opens_subject(ctx: _Context, s: int) -> bool:
    """Whether the mention at ``s`` heads the noun phrase that opens its sentence: only a determiner, modifiers
    and names before it ("The conservative Heritage Foundation"), no verb."""
    doc = ctx.doc
    si = doc.sentence_index(s)
    start = doc.sentences[si][0] if 0 <= si < len(doc.sentences) else 0
    if s - start > 80:
        return False
    for w in _SUBJECT_WORD_RE.findall(doc.text, start, s):
        low = w.lower()
        if low in ("the", "a", "an") or w[:1].isupper() or "-" in w:
            continue
        known = known_tags(low)
        if known and not known <= {"ADJ", "NOUN", "PROPN"}:
            return False
    return True


#: Auxiliaries of a perfect or a passive before a past participle ("has decimated", "was slammed").
_PERFECT_PASSIVE_AUXILIARIES = frozenset("has have had having was were is are be been being".split())


def _after_auxiliary(doc: Document, start: int) -> bool:
    """Whether the word before ``start`` is an auxiliary ("has decimated", "was slammed")."""
    k = doc.token_index(start)
    return k > 0 and doc.norm_tokens[k - 1] in _PERFECT_PASSIVE_AUXILIARIES


def _premodifies_noun(ctx: _Context, s: int, e: int) -> bool:
    """Whether the place, country or organisation mentioned at ``[s, e)`` modifies a lower-case noun after it, by
    the words the part-of-speech tagger has learned ("U.S. infectious disease expert", "the conservative Egyptian
    public", "Twitter attacks on"), one that does not stand for the actor itself ("government", "party"). Not a
    verb of saying read as a noun, with its object after it ("the newspaper Donga Ilbo quotes unnamed sources")."""
    text = ctx.doc.text
    if s not in ctx.place_starts and s not in ctx.org_starts:
        return False  # ("fundamentalist Muslims rail against": a group's name heads its phrase)
    m = _LOWER_WORD_RE.match(text, e + 1)
    if text[e : e + 1] != " " or m is None or m.group() in _STANDS_FOR_HEADS or m.group() in _ORG_LABEL_NOUNS:
        return False
    if m.group().endswith(("ed", "ly")):
        return False  # "The right-leaning Heritage Foundation disagreed": a verb or adverb, whatever its tag
    tag = _lexical_tag(m.group())
    if tag not in ("NOUN", "ADJ"):
        return False  # "said", "and", "has": a word the tagger knows as no noun
    if m.group().endswith("s") and not m.group().endswith(("ss", "us", "is")) \
            and text[m.end() : m.end() + 1] not in (",", ".", ";", ":", ")") and _opens_subject(ctx, s):
        # "The conservative Heritage Foundation calls for ...": the subject's verb, not a noun (not "Trump's
        # unhinged Twitter attacks, ...": a noun closed by punctuation)
        return False
    nxt = _LOWER_WORD_RE.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    nxt_tag = _lexical_tag(nxt.group()) if nxt is not None else None
    if tag == "ADJ":
        return nxt_tag == "NOUN" or m.group() == "public"  # ("the conservative Egyptian public cheered")
    if nxt is not None and nxt.group() in _ORG_LABEL_NOUNS:
        return False  # "the liberal Democracy Alliance financing network": the organisation is the network
    if m.group() in communication_forms() and nxt_tag in ("VERB", "DET", "PRON", "ADJ", "NUM", "PROPN", "SCONJ"):
        return False  # "the newspaper Donga Ilbo quotes unnamed sources": a verb of saying and its object
    return tag == "NOUN" and nxt_tag not in ("DET", "PRON", "ADJ", "NUM")


def _labels_near(ctx: _Context, s: int, e: int, person: bool = True) -> list[Label]:
    """Labels right before a mention, right after it, and in an appositive after a comma; for an actor that is
    not a person, also a regime's label before "in"/"of" ("the communist regime in Cuba"), and never a label of a
    person right after it ("Venezuelan dictator Nicolás Maduro": the dictator is Maduro, not Venezuela)."""
    if not person and ctx.doc.text[s:e] in _PARTY_MEMBER_PLURALS:
        return []  # "many top Republicans", "moderate and liberal Republicans": some members, not the party
    out, cur = _left_labels(ctx, s, e, person)
    if person:
        out = _left_phrase_labels(ctx, s, e, out, cur)
        e = _party_tag_labels(ctx, s, e, out)
        if all(lab.kind == "title" for lab in out) and (phrase := _role_phrase_before(
                ctx, min((lab.start for lab in out if lab.start < s), default=s), e)) is not None:
            out.append(phrase)  # "The former coach of the team, Tony Hope, said"
    _right_labels(ctx, s, e, person, out)
    return out


def _left_labels(ctx: _Context, s: int, e: int, person: bool) -> tuple[list[Label], int]:
    """The labels in the words right before a mention, read leftwards ("the socialist dictator Nicolás Maduro",
    "Venezuela's dictator, Nicolás Maduro"), and where that reading stopped."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    out: list[Label] = []
    cur = s
    i = doc.token_index(s - 1)
    commas = 0
    if person and (known := _KNOWN_AS_RE.search(text, max(0, s - 30), s)) is not None:
        # "his wife, known as Umm Sayyaf,": the role before the comma is the name's
        cur = known.start() + 1
        i = doc.token_index(known.start() - 1)
    if not person and (head := _LOWER_WORD_RE.match(text, e + 1)) is not None and text[e : e + 1] == " " \
            and head.group() in _ORG_LABEL_NOUNS:
        i = -1  # "a left-leaning DC group": the labels before the name are the group's, not the place's
    if not person and i >= 0 and _premodifies_noun(ctx, s, e):
        i = -1  # "top U.S. infectious disease expert", "unhinged Twitter attacks": the words before are the noun's
    if not person and text[s:e] in _PARTY_WORDS_OF_PEOPLE:
        i = -1  # "the top Republican on the committee", "moderate Democratic senators": the words before one party
        # word are a person's or some people's, not the party's ("the Republican establishment" is read on the right)
    steps = 0
    comma_at = -1
    while i >= 0 and steps < 6:
        ts, te = spans[i]
        gap = text[te:cur]
        if "\n" in gap:
            break  # a headline's last words are no title of the lead's first name
        if gap.strip() == ",":
            commas += 1
            if commas > 1:
                break  # (the first comma marks the phrase before it: not moved by the one that ends the scan)
            comma_at = len(out)
        elif gap.strip() and not (gap.strip() == "." and not out and (
                text[ts:te] in ABBREVIATED_TITLES or _prefixed_title(text[ts:te]))):
            break  # (a full title word before a full stop ends a sentence: "the Iowa Secretary of State. Republican")
        steps += 1
        span = ctx.label_ends.get(te)
        if span is not None and span.start <= ts and span.text.endswith("ed") and _after_auxiliary(doc, span.start):
            break  # "That shift has decimated the Israeli left": a verb in a perfect or passive, no label
        if span is not None and span.start <= ts:
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
            cur = span.start
            i = doc.token_index(span.start) - 1
            continue
        low = toks[i]
        kind = _label_kind_of_word(low, person)
        if kind is None and person and low in PERSON_STATE_WORDS:
            kind = "descriptive"  # "disgraced financier Jeffrey Epstein": before a person's name only
        if low in _LEANING_WORDS and (head := _LOWER_WORD_RE.match(text, e + 1)) is not None \
                and text[e : e + 1] == " " and head.group() in _LEANING_HEADS:
            kind = None  # "a right-leaning Trump opponent": the leaning is the opponent's, not Trump's
        if kind is None and person and cur == s and text[ts:te].islower() and _plural_label_kind(low) \
                and (nxt_m := _COORD_NEXT_RE.match(text, e)) is not None \
                and text[nxt_m.end() : nxt_m.end() + 1].isupper():
            kind = _plural_label_kind(low)  # "led by conservatives Gary Bauer and Tony Perkins": shared below
        if kind is None and not person and cur == s and text[ts:te].islower() and low[:-1] in _ORG_LABEL_NOUNS \
                and low.endswith("s") and (nxt_m := _COORD_NEXT_RE.match(text, e)) is not None \
                and text[nxt_m.end() : nxt_m.end() + 1].isupper():
            kind = "descriptive"  # "Islamist organizations Hezbollah and Hamas": shared below
        if kind is None and person and not out and cur == s and gap == " " and len(low) > 5 and low.isalpha() \
                and text[ts:te].islower() and low.endswith(ROLE_NOUN_ENDINGS) and low not in NOT_ROLE_NOUNS:
            kind = "descriptive"  # "financier Jeffrey Epstein", "technologist Aaron Ginn": a role noun before the name
        if kind is not None and not person and low in _ORG_LABEL_NOUNS and not text[ts:te].islower():
            kind = None  # "the US Environmental Protection Agency, the US National ...": a name, no label
        if kind is not None and low in PERSON_STATE_WORDS and low.endswith("ed") and i > 0 and (
                (not out and toks[i - 1] not in _DETERMINERS)
                or tag_at(doc, spans[i - 1][0], spans[i - 1][1]) in ("NOUN", "PROPN", "ADJ")):
            # "A jury convicted McDonnell", "A Russian court jailed opposition leader Alexei Navalny", "The military
            # ousted President Morsi": a verb after its subject (not "the ousted Morsi", "Egypt's ousted President")
            kind = None
        if kind is not None and low.startswith("then-") and not text[ts + 5 : te].islower():
            kind = None  # "then-Attorney General Eric Holder": a prefixed title, read as the mention's own title
        if kind is None and not out and cur == s and _prefixed_title(text[ts:te]):
            kind = "title"  # "then-Gov. Rick Scott", "ex-Sen. John Doe": the tokenizer keeps the prefix on
            te = te + 1 if text[te : te + 1] == "." else te
        if kind is not None:
            out.append(Label(text[ts:te], kind, ts, te))
        elif (text[ts:te] in TITLE_WORDS or _hyphen_title(text[ts:te])) and not out and gap.strip() in ("", "."):
            pass  # the mention's own title ("... candidate Sen. Bernie Sanders"): read on to its left
        elif person and text[ts:te] in _TITLE_QUALIFIERS and out and out[-1].kind == "title" \
                and out[-1].start == cur and out[-1].text[:1].isupper() and gap.strip() == "":
            pass  # "longtime Senate Majority Leader Jane Roe": a chamber or department before the title, read on
        elif (out and out[-1].start == cur and gap.strip() == "" and text[ts:te].islower()
              and (low.endswith(_ADJECTIVE_ENDINGS) or (
                  not person and out[-1].text.rsplit(" ", 1)[-1].lower() in _ORG_LABEL_NOUNS
                  and low.isalpha() and low not in _NOT_COMPOUND_WORDS and not low.endswith(("ed", "ly"))))):
            lab = out[-1]  # "presidential candidate": the adjective belongs to the role noun
            out[-1] = Label(text[ts : lab.end], lab.kind, ts, lab.end)
        elif (person and out and out[-1].start == cur and gap == " " and out[-1].text.islower()
              and _modifiers_after_lead(ctx, i)):
            lab = out[-1]  # "conservative talk radio host Jane Roe": the nouns modify the role, the lead is read next
            out[-1] = Label(text[ts : lab.end], lab.kind, ts, lab.end)
        elif low == "and" and person and out and out[-1].start == cur and gap.strip() == "" and i > 0 \
                and out[-1].text.islower() and text[spans[i - 1][1] : ts] == " " \
                and text[spans[i - 1][0] : spans[i - 1][1]].islower() \
                and _label_kind_of_word(toks[i - 1]) not in (None, "honorific") \
                and toks[i - 1] not in _LOWER_TITLES:
            # "moderator and historian Jon Meacham": the first of two coordinated roles is read next (not before a
            # title, "the author and Gen. Jane Roe", nor a title first, "the president and first lady Melania
            # Trump": mostly another person)
            pass
        elif out and gap.strip() == "" and _YEAR_RE.fullmatch(low) and i > 0 \
                and text[spans[i - 1][1] : ts] == " " and text[spans[i - 1][0] : spans[i - 1][1]].islower():
            pass  # "failed 2016 Democratic presidential candidate Hillary Clinton": the year of the role, read past
        elif low not in _DETERMINERS or (not out and low in ("that", "this")):
            break  # (not "told a close friend that Monica Lewinsky ...": "that" opens a clause there)
        cur = ts
        i -= 1
    first_left = min((lab.start for lab in out[comma_at:]), default=cur) if comma_at >= 0 else cur
    if person and 0 <= comma_at < len(out) and (
            _APPOSITIVE_OPEN_RE.search(text, max(0, first_left - 80), first_left)
            or ((nxt_w := _LOWER_WORD_RE.match(text, e + 1)) is not None and text[e : e + 1] == " "
                and nxt_w.group() not in _NAME_GOES_ON_WORDS
                and _PREPOSITION_OBJECT_RE.search(text, max(0, first_left - 60), first_left))):
        # "Sen. Bob Corker of Tennessee, the ranking Republican, Mr. Kerry said": the role phrase before the comma
        # is an appositive of the name before it; "In a letter to his counterpart, Jane Roe said": the object of a
        # fronted preposition, and the name the subject of what follows (not closed by a comma, a full stop or a
        # dash); "A former diplomat, Jane Roe has served" stays. (Searched before the phrase's first label, not
        # where the scan stopped: "..., the senior senator, Mr. Kerry" reads on to "the".)
        del out[comma_at:]
    return out, cur


def _left_phrase_labels(ctx: _Context, s: int, e: int, out: list[Label], cur: int) -> list[Label]:
    """A person's labels from the phrase before the name that a word-by-word reading misses (an employer's
    modifier, a race's party, a title with its complement), and none of the words before a name that
    modifies the role after it."""
    text = ctx.doc.text
    if out and out[-1].start == cur and out[-1].text.islower() \
            and (chain := _ROLE_CHAIN_RE.search(text, max(0, cur - 90), cur)) is not None \
            and (chain.group("party") or chain.group("pre")):
        # "veteran Ohio Democratic campaign consultant Jane Roe", "former Acme Corp quarterback John Doe": the
        # modifier before the employer or home place and the party before the role are the person's
        for part in ("pre", "party"):
            if chain.group(part):
                out.append(Label(chain.group(part), "descriptive" if part == "pre" else "ideological",
                                 chain.start(part), chain.end(part)))
    if out and out[-1].start == cur and out[-1].text.lower() in _RACE_ROLES \
            and (party := _PARTY_RACE_RE.search(text, max(0, cur - 70), cur)) is not None:
        # "Kentucky Democratic Senate candidate Jane Roe": the party of the race is the candidate's
        out.append(Label(party.group("party"), "ideological", party.start("party"), party.end("party")))
    if not out:
        # a title with its complement: "former Ambassador to Ukraine Marie Yovanovitch"
        lo = max(0, s - 70)
        m = None
        if _TITLE_TO_GATE_RE.search(text, lo, s) is not None:  # (each match holds the gate's words)
            m = _TITLE_TO_RE.search(text, lo, s)
        if m is None and _LOWER_TITLE_OF_GATE_RE.search(text, lo, s) is not None:
            m = _LOWER_TITLE_OF_RE.search(text, lo, s)
        if m is not None:
            out.append(Label(m.group(1), "title", m.start(1), m.end(1)))
    if out and _name_modifies_role(ctx, s, e):
        # "former Trump adviser Jane Roe", "a top Powell aide": the name modifies the role after it, the words
        # before the name are the role holder's (a capitalised title stays the name's: "President Obama aide")
        out = [lab for lab in out if lab.kind == "title" and _is_title_word(lab.text.rsplit(" ", 1)[-1])]
    return out


def _party_tag_labels(ctx: _Context, s: int, e: int, out: list[Label]) -> int:
    """A person's party-state tag after the name ("(D-Md.)", ", Republican of Texas"), added to ``out``; returns
    where the words after the name go on (past a pasted card, a suffix's dot or a tag before an appositive)."""
    text = ctx.doc.text
    if (card := _link_text_after(text, e)) is not None:
        e = card  # "Rep. Jane Roe Jane Marie RoeHeadline ... MORE (D-Mich.), the ...": the tag after the pasted card
    if text[e : e + 2] == ".," and text[max(s, e - 2) : e] in ("Jr", "Sr"):
        e += 1  # "John Conyers Jr., Democrat of Michigan,": the suffix's dot, then the appositive
    tag = _PARTY_TAG_RE.match(text, e)
    if tag is not None:
        # "Rep. Elijah Cummings (D-Md.)", "Sen. Bernie Sanders, I-Vt.,": the party-state tag
        g = 1 if tag.group(1) else 2
        out.append(Label(tag.group(g), "ideological", tag.start(g), tag.end(g)))
        if _DETERMINER_APPOSITIVE_RE.match(text, tag.end()):
            e = tag.end()  # "Rep. John Carter (R-Texas), a senior appropriator ...": the appositive after the tag
    elif (tag := _PARTY_OF_RE.match(text, e)) is not None:
        # "Representative Randy Neugebauer, Republican of Texas and a ...": the party and state spelt out
        out.append(Label(tag.group(1), "ideological", tag.start(1), tag.end(1)))
    return e


def _right_labels(ctx: _Context, s: int, e: int, person: bool, out: list[Label]) -> None:
    """The labels right after a mention and in an appositive after it ("the Maduro regime", "Maduro, the
    strongman,"), an author line's role and a nickname, added to ``out``."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    # right: "the Maduro regime", "Maduro, the strongman,"
    if person and (of_place := _OF_PLACE_RE.match(text, e)) is not None and of_place.start(1) not in ctx.org_starts:
        e = of_place.end()  # "Rep. Adam Schiff of California, the top Democrat on ...": the appositive is Schiff's
    j = doc.token_index(e - 1) + 1
    now = person and j + 2 < len(spans) and toks[j] == "now" and text[e : spans[j][0]].strip() == "," \
        and re.fullmatch(r"[0-9]{1,3}", toks[j + 1]) is not None and text[spans[j][1] : spans[j + 1][0]] == " "
    if now:
        e = spans[j][1]  # "Tammi Jonas, now 49, runs a farm": the age after "now"
        j += 1
    if person and j + 1 < len(spans) and re.fullmatch(r"[0-9]{1,3}", toks[j]) \
            and text[e : spans[j][0]].strip() == ("" if now else ",") \
            and text[spans[j][1] : spans[j + 1][0]].strip() == "," \
            and not (toks[j + 1][:1].isdigit() and text[spans[j][1] : spans[j + 1][0]] == ","):  # (not "1,500")
        if int(toks[j]) < 120:
            # "John Smith, 45, a plumber from Ohio": the age (the guideline's descriptive label since dev10)
            out.append(Label(text[spans[j][0] : spans[j][1]], "descriptive", *spans[j]))
        e = spans[j][1]  # past the age
        j += 1
    if j < len(spans):
        ns = spans[j][0]
        gap = text[e:ns]
        span = ctx.label_starts.get(ns)
        if gap.strip() == "" and span is not None and span.category != "neutral_title" and _right_label(
                ctx, span, person) and not (not person and s in ctx.place_starts and _span_kind(span) == "ideological"
                                            and not _stands_for_head_after(text, span.end)):
            # (not "the American far right", "the Iranian hardliners": the country's people of that leaning; but "the
            # Chinese communist regime" is the country's)
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
        elif not person and gap == " " and s in ctx.org_starts and (kind_noun := _org_noun_after(ctx, s, j)) \
                is not None:
            out.append(kind_noun)  # "the Axios news agency", "the Gallup polling firm"
        elif person and gap == " " and toks[j] == "the" and (role := _THE_ROLE_RE.match(text, ns)) is not None \
                and (role_kind := _label_kind_of_word(role.group(1).lower())) not in (None, "honorific"):
            # "Trump the candidate.", "Jane Roe the plumber,": a role after the name and "the", closing the phrase
            out.append(Label(role.group(1), role_kind or "descriptive", role.start(1), role.end(1)))
        elif person and gap.strip() in _DASHES and gap.startswith((" ", "\t")) and toks[j] in ("the", "a", "an") \
                and not _DASH_OPEN_RE.search(text, max(0, s - 120), s):
            # "Karl Rove — the party's top fundraiser who ...", "Jane Roe — a former senator —": an appositive
            # after a spaced dash
            out.extend(lab for lab in _appositive_labels(ctx, j, j + 1, person) if lab.kind != "honorific")
        elif gap.strip() == "," and (_titled_name_item(text, ns) or _CLAUSE_AFTER_COMMA_RE.match(text, ns)):
            # "Donald Trump Jr., the president's son-in-law Jared Kushner, and ...": the next item of a list; "in
            # Doral, Florida, a senior administration official told Fox News": the subject of the next clause
            pass
        elif gap.strip() == ",":
            n_before = len(out)
            if person and toks[j] == "one" and j + 2 < len(toks) and toks[j + 1] == "of" \
                    and toks[j + 2] in _DETERMINERS:
                # "Haley Byrd, one of the finest congressional reporters,": the plural role
                out.extend(lab for lab in _appositive_labels(ctx, j, j + 3, person) if lab.kind != "honorific")
            elif toks[j] in _DETERMINERS or (person and _appositive_role(ctx, j)):
                # "Maduro, the strongman,"; "Nick Nyhart, chief executive for ...", "the Kochs, successful
                # businessmen"
                found = _appositive_labels(ctx, j, j + 1 if toks[j] in _DETERMINERS else j, person)
                if person and toks[j] in _INDEFINITE and (not found or (
                        len(found) == 1 and found[0].text.lower() in ROLE_NOUNS)):
                    # "John Smith, a plumber from Ohio,"; "Dan Doe, a 52-year-old highway worker from Ohio," (the
                    # whole phrase rather than its role noun alone)
                    found = [lab for lab in _indefinite_head(ctx, j)
                             if not found or (lab.start <= found[0].start and lab.end >= found[0].end)] or found
                if not found and person and toks[j] in _INDEFINITE and j + 1 < len(toks) \
                        and text[spans[j + 1][0] : spans[j + 1][1]] in _FAITH_NOUNS \
                        and (j + 2 >= len(toks) or text[spans[j + 1][1] : spans[j + 2][0]].strip() in (",", ".", ";")
                             or toks[j + 2] in ("who", "whose")):
                    # "James Foley, a Catholic,": a person's faith, a capitalised noun that is no name here
                    found = [Label(text[spans[j + 1][0] : spans[j + 1][1]], "descriptive", *spans[j + 1])]
                if found and person:
                    found.extend(_second_appositive(ctx, j))
                out.extend(found)
            elif person and (j2 := _past_possessor(ctx, j)) is not None and \
                    _appositive_role(ctx, j2, after_possessor=True):
                # "David Folkenflik, NPR's media correspondent,", "Howard Kurtz, Fox News media analyst and host":
                # the role after the employer's name
                out.extend(_appositive_labels(ctx, j2, j2))
            elif person and (j2 := _past_possessor(ctx, j)) is not None and j2 > j and toks[j2 - 1] == "'s" \
                    and text[spans[j2][0]].isupper() and (r := _name_then_role(ctx, j2)) is not None:
                # "Brett Kavanaugh, Mr. Trump's Supreme Court nominee,": a named role after the possessor
                out.append(Label(text[spans[j2][0] : spans[r][1]], _label_kind_of_word(toks[r]) or "descriptive",
                                 spans[j2][0], spans[r][1]))
            if len(out) == n_before and (person or s not in ctx.place_starts) \
                    and (np_label := _np_appositive(ctx, s, j)) is not None:
                out.append(np_label)  # "Jane Roe, a University of Chicago infectious disease specialist,"
    if person and (bio := _BIO_LINE_RE.match(text, e)) is not None and (s == 0 or text[s - 1] == "\n") \
            and " " in text[s:e] and not out:
        # "Jane Roe (@janeroe) is a senior fellow at the Institute ...": an author's line at a paragraph's start
        jb = doc.token_index(bio.end() - 1)
        if 0 <= jb < len(spans) and spans[jb][0] == bio.end() - len(bio.group("det")) - 1:
            out.extend(lab for lab in _appositive_labels(ctx, jb, jb + 1, person) if lab.kind != "honorific")
    if person:
        out.extend(lab for lab in _nickname_labels(ctx, s, e) if all(o.start != lab.start for o in out))

#: Mocking adjectives of nicknames given to people ("Lyin' Ted", "Sleepy Joe", "Psycho Joe"), the apostrophe of a
#: dropped "g" taken off.
_NICKNAME_WORDS = frozenset(
    """lyin lying sloppy psycho crooked sleepy cryin crying leakin shifty sneaky liddle dopey goofy phony cheatin
    sleazy tricky slippery crazy""".split())
#: The same words as a tuple for ``str.endswith``.
_NICKNAME_ENDINGS = tuple(sorted(_NICKNAME_WORDS))
#: A capitalised word (its dropped "g" marked or not) right before a name ("Lyin' Ted").
_NICKNAME_WORD_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+['’]?)[ \t]+\Z")
#: A quoted nickname of one to three capitalised words right before a person's name ("“Sloppy Steve” Bannon").
_QUOTED_NICKNAME_RE = re.compile(r"(?:^|(?<=[ \t(]))([“\"][A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[”\"])[ \t]+\Z")


def _nickname_labels(ctx: _Context, s: int, e: int) -> list[Label]:
    """A nickname's mocking word right before a person's name ("Lyin' Ted Cruz": the guideline's descriptive label),
    and a quoted nickname opening with such a word right before the name ("“Sloppy Steve” Bannon"; not a quoted
    title, "the song “Hound Dog” Presley recorded")."""
    text = ctx.doc.text
    out: list[Label] = []
    before = text[max(0, s - 40) : s]
    head = before.rstrip(" \t")
    if len(head) == len(before):
        return out  # (both patterns end in white space before the name)
    # (each search only when ``before`` ends as its match would: a mocking word, a closing quotation mark)
    w = _NICKNAME_WORD_RE.search(before) if head.rstrip("'’").lower().endswith(_NICKNAME_ENDINGS) else None
    if w is not None and w.group(1).rstrip("'’").lower() in _NICKNAME_WORDS:
        a = s - len(before) + w.start(1)
        out.append(Label(w.group(1), "descriptive", a, a + len(w.group(1))))  # "Lyin' Ted Cruz"
    q = _QUOTED_NICKNAME_RE.search(before) if head.endswith(("”", '"')) else None
    if q is not None and q.group(1)[1:].split()[0].rstrip("'’").lower() in _NICKNAME_WORDS:
        a = s - len(before) + q.start(1)
        out.append(Label(q.group(1), "descriptive", a, a + len(q.group(1))))
    return out


#: An author's line after a name: "is a/an/the" (a handle in brackets may come first), then the role phrase.
_BIO_LINE_RE = re.compile(r"(?:[ \t]*\(@\w+\))?[ \t]+is[ \t]+(?P<det>an?|the)[ \t]")
#: Roles of a race's contenders, whose party is named in the race before them ("Ohio Republican Senate candidate").
_RACE_ROLES = frozenset("candidate nominee hopeful challenger contender incumbent".split())
#: A party adjective and the race's office right before such a role (a state or district may come first).
_PARTY_RACE_RE = re.compile(
    r"(?<![\w'’.-])(?P<party>Democratic|Republican|GOP|Libertarian|Green)[ \t]+"
    r"(?:U\.S\.[ \t]+|State[ \t]+)?(?:Senate|House|Congressional|Assembly|Gubernatorial|Presidential|Mayoral|"
    r"Legislative|Primary|Party)[ \t]+\Z")


#: An appositive that opens with a determiner after a party-state tag (not the next name: ", R-Pa., and Rep. ...").
_DETERMINER_APPOSITIVE_RE = re.compile(r",[ \t]+(?:(?:now|also)[ \t]+)?(?:a|an|the)[ \t]")


def _link_text_after(text: str, e: int) -> int | None:
    """The end of pasted related-story link text right after a name ending at ``e`` (The Hill's hover cards, "Rashida
    Tlaib Rashida Harbi TlaibHeadline ... MORE"), whose tag and appositive follow it; None when none follows."""
    spans = link_text_spans(text)  # (cached per text: no scan of a long document per mention)
    if not spans:
        return None
    gap = len(text[e : e + 3]) - len(text[e : e + 3].lstrip(" \t"))
    i = bisect.bisect_left(spans, (e + gap, -1))
    return spans[i][1] if i < len(spans) and spans[i][0] == e + gap else None


#: Nouns of a faith that head a person's "a/an" appositive ("James Foley, a Catholic,", "an Evangelical who").
_FAITH_NOUNS = frozenset("""Catholic Protestant Muslim Jew Christian Mormon Baptist Methodist Presbyterian Lutheran
    Evangelical Hindu Buddhist Sikh Quaker Episcopalian Anglican""".split())


#: A place after a person's name before a comma ("Rep. Adam Schiff of California, the ..."): the appositive after
#: the place is the person's (not after an organisation: "Jane Roe of Common Cause, a reform group,").
_OF_PLACE_RE = re.compile(r"[ \t]+of[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})(?=,[ \t]+(?:the|a|an)[ \t])")

#: A role phrase with its determiner before a comma and a name: "The former coach of the team, " (+ "Tony Hope,"),
#: "the Jordanian pilot, ", "A former prosecutor who chairs the House panel, ".
_ROLE_PHRASE_BEFORE_RE = re.compile(
    r"(?:(?P<lead>^|[.!?:;(\"“][ \t]*)|(?<![\w'’-])(?:of|by|to|with|for|as|from|and)[ \t]+)"
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"[ \t]+(?P<phrase>(?:[a-z][\w-]*[ \t]+){0,3}?(?P<head>[a-z][\w-]*)"
    r"(?:[ \t]+(?:of|on|at|for|in|to|who|with)[ \t]+[^,.;:!?\n\"“”()]{2,100}?)?)"
    r"[ \t]*,[ \t]+\Z", re.MULTILINE)
#: Offices written as a noun + "general" ("attorney general", "secretary general", "surgeon general").
_GENERAL_TITLE_HEADS = frozenset("attorney secretary surgeon inspector solicitor postmaster adjutant".split())
#: Words that show a clause, not a role phrase, before the comma ("the country said, ...").
_NOT_ROLE_PHRASE_WORDS = _NOT_COMPOUND_WORDS - {"former", "top", "senior"}
#: A name after such a role phrase closes the appositive: a comma (also after a space) or a party-state tag.
_NAME_CLOSE_RE = re.compile(r"[ \t]*,|[ \t]*\(")
#: ... or, when the phrase opens the sentence, the name is its subject: not the first name of a list.
_NAME_LIST_NEXT_RE = re.compile(r"[ \t]*(?:,|(?:and|or|&)(?![\w'’-]))")


def _role_phrase_before(ctx: _Context, s: int, e: int) -> Label | None:
    """A role phrase with a determiner before a comma and the name at ``s``-``e``, when the name is closed by a
    comma ("The former coach of the team, Tony Hope, said", "the Jordanian pilot, John Doe, was") or, when the
    phrase opens its sentence, is not the first of a list ("A former prosecutor, Gowdy is ..."): the phrase
    from the word after the determiner, when its noun (the last word before a preposition or "who", or the
    phrase's last word) is a role or label word; not a name in a list ("the mayor, the sheriff, John Doe and ...":
    no comma after the name) nor a time word."""
    text = ctx.doc.text
    lo = max(0, s - 150)
    if text[s - 1 : s] not in (" ", "\t") or not text[lo:s].rstrip(" \t").endswith(","):
        return None  # (the phrase ends in a comma and white space: most names have none, so no search)
    m = _ROLE_PHRASE_BEFORE_RE.search(text, lo, s)
    if m is None:
        return None
    if _NAME_CLOSE_RE.match(text, e) is None and (m.group("lead") is None or _NAME_LIST_NEXT_RE.match(text, e)):
        return None  # "A former prosecutor who chairs the panel, Gowdy is ...": fronted, the name the subject
    head = m.group("head").lower()
    kind = _label_kind_of_word(head)  # (a plural role is no single name's: "Their partners, Jane Roe actress")
    words = m.group("phrase").split()
    at = words.index(m.group("head"))
    if kind is None and head == "general" and at > 0 and words[at - 1].lower() in _GENERAL_TITLE_HEADS:
        kind = "title"  # "The attorney general of Texas, Ken Paxton,", "the deputy secretary general at the League, X,"
    if kind is None or kind == "honorific" or head in _NOT_ROLE_HEADS:
        return None
    if m.group("lead") is not None and (nxt := _LOWER_WORD_RE.match(text, e + 1)) is not None \
            and text[e : e + 1] == " " and (_label_kind_of_word(nxt.group()) or _plural_label_kind(nxt.group())):
        return None  # "The rival, Acme Studios actress Jane Roe": the name modifies a role, no subject
    if any(w.lower() in _NOT_ROLE_PHRASE_WORDS for w in words[:at]):
        return None  # "the country said, ...": no role phrase
    end = m.end("phrase")
    while end > m.start("phrase") and text[end - 1] in " \t":
        end -= 1
    return Label(text[m.start("phrase") : end], "descriptive" if kind != "title" else kind, m.start("phrase"), end)


def _org_noun_after(ctx: _Context, s: int, j: int) -> Label | None:
    """The kind of an organisation in two lower-case words after its name at ``s`` when "the" precedes it and the
    noun ends the phrase ("the Axios news agency reported", "the Gallup polling firm,"): not a noun modified
    further ("the Apple company store"), not before a name ("the GOP polling firm Wilson Research": that firm's),
    not one noun alone, which is mostly the organisation's own thing or part of its name ("the Public Campaign
    website", "the Occupy Wall Street movement")."""
    doc = ctx.doc
    text = doc.text
    toks = doc.norm_tokens
    spans = doc.token_spans
    if not re.search(r"(?<![\w'’-])[Tt]he[ \t]+\Z", text[max(0, s - 5) : s]):
        return None
    k = j + 1
    if k >= len(toks) or toks[k] not in _ORG_LABEL_NOUNS or toks[k] in _OWNED_NOUNS or \
            text[spans[j][1] : spans[k][0]] != " " or toks[j] not in _ORG_KIND_MODIFIERS or \
            not text[spans[j][0]].islower() or not text[spans[k][0]].islower():
        return None
    nxt = k + 1
    if nxt < len(toks) and text[spans[k][1] : spans[nxt][0]] == " " and text[spans[nxt][0]].isupper():
        return None  # "the GOP polling firm Wilson Research Strategies"
    if nxt < len(toks) and not text[spans[k][1] : spans[nxt][0]].strip() and text[spans[nxt][0]].islower():
        tags = tag_spans(text, spans[j][0], spans[nxt][1])
        if any(a == spans[nxt][0] and t == "NOUN" for a, _b, t in tags):
            return None  # "the Apple company store"
    return Label(text[spans[j][0] : spans[k][1]], "descriptive", spans[j][0], spans[k][1])


#: Words that make an organisation noun a kind of organisation ("news agency", "polling firm", "think tank"; not
#: a field, which names a body of its own: "the UN refugee agency", "the U.S. intelligence agency").
_ORG_KIND_MODIFIERS = frozenset(
    """news polling think advocacy lobbying lobby research consulting law accounting investment media
    watchdog activist campaign fundraising""".split())
#: Party adjectives, capitalised in an organisation's appositive and still its labels ("a Democratic super PAC").
_PARTY_ADJECTIVES = frozenset("democratic republican gop conservative liberal progressive libertarian".split())
#: Organisation nouns that name what an organisation has or is part of rather than what it is ("the CNN news
#: website", "the Tea Party protest movement"): no label after a name.
_OWNED_NOUNS = frozenset("website outlet network newspaper magazine movement caucus station channel".split())


#: A party-state tag after a name, in parentheses, between commas or ending a paragraph: "(D-Md.)", "(R-KY)",
#: ", I-Vt.,", '", said Rep. Jim Cooper, D-Tenn.' at a paragraph's end, "(D-New York)", "(R)" (the party letter
#: alone only in parentheses); the Wall Street Journal's "(D., Calif.)", "(R., N.Y.)".
_PARTY_TAG_RE = re.compile(
    r"[ \t]*(?:\([ \t]*([DRI](?:(?:[ \t]?-[ \t]?|\.,[ \t]+)[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?)[ \t]*\)"
    r"|,[ \t]+([DRI]-[ \t]?[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)"
    r"(?=[ \t]*[,;)]|[ \t]+(?:said|says)\b|\.[ \t]|[ \t]*(?:\n|\Z)))")


#: A party with its state in an appositive: ", Republican of Texas", ", a Democrat from New York" (closed by a comma,
#: a full stop, a dash, ...).
_PARTY_OF_RE = re.compile(
    r",[ \t]+(?:a[ \t]+)?((?:Republican|Democrat|Independent)[ \t]+(?:of|from)[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)"
    r"(?=[ \t]*(?:[,;:.)]|—|–|--)|[ \t]+(?:and|who|said|says)[ \t])")


#: A title with a "to"/"of"/"for" complement right before a name ("former Ambassador to Ukraine", "then-Envoy for
#: Syria", "Minister of Foreign Affairs"; a diplomat's title also in lower case: "former U.S. envoy to Ukraine"), the
#: complement's last word no sentence's end ("an envoy to Ukraine. Kurt Volker said").
_TITLE_TO_RE = re.compile(
    r"(?<![\w-])((?:(?:former|then-|acting|ex-)[ \t]*)?(?:[A-Z][\w.-]*[ \t]+)?(?:(?:special|deputy)[ \t]+)?"
    r"(?:[Aa]mbassador|[Ee]nvoy|[Mm]inister|Secretary|Governor|[Cc]onsul|Commissioner|Representative|Director|"
    r"Chairman|Chairwoman|Chair|Partner|Founder)"
    r"[ \t]+(?:to|of|for)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*)(?<![a-z]{2}\.)[ \t]+\Z")


#: What every match of _TITLE_TO_RE holds (its title word, perhaps with the other case of its first letter, and the
#: preposition): searched first, since the pattern itself, anchored at its end, is tried at every position of its
#: window and mostly fails; the gate opens with one of a few letters, which the regex engine finds in C.
_TITLE_TO_GATE_RE = re.compile(
    r"[AaEeMmSGCcRDPF](?:mbassador|nvoy|inister|ecretary|overnor|onsul|ommissioner|epresentative|irector|hair|artner|"
    r"ounder)\w*[ \t]+(?:to|of|for)[ \t]")
#: The same for _LOWER_TITLE_OF_RE.
_LOWER_TITLE_OF_GATE_RE = re.compile(
    r"[DdSsCcAa](?:irector|ecretary|hairman|hairwoman|ommissioner|dministrator)[ \t]+of[ \t]")


#: An office with a lower-case "of" complement right before a name ("Former director of national intelligence
#: Jane Roe", "secretary of homeland security John Doe"; the complement up to three lower-case words).
_NOT_COMPLEMENT = (r"(?!(?:the|of|for|a|an|and|or|at|in|on|to|under|with|from|by|as|during|since|after|before|about|"
                   r"over|into)[ \t])")
_LOWER_TITLE_OF_RE = re.compile(
    r"(?<![\w-])((?:(?:[Ff]ormer|then-|[Aa]cting|ex-)[ \t]*)?(?:[Dd]irector|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|"
    r"[Cc]ommissioner|[Aa]dministrator)[ \t]+of[ \t]+(?:the[ \t]+)?(?:" + _NOT_COMPLEMENT + r"[a-z][\w-]*[ \t]+){0,2}"
    + _NOT_COMPLEMENT + r"[a-z][\w-]*)[ \t]+\Z")


#: Where a person's appositive ends before a second role could be coordinated with it: a sentence's end, a
#: semicolon, colon, quote or bracket, a comma not before "and", a relative word or a speech verb.
_APPOSITIVE_END_RE = re.compile(
    r"[;:!?\n\"“”()]|\.(?=\s|\Z)|,(?![ \t]+and[ \t])|[ \t](?:who|whose|which|that|said|says|told)(?![\w'’-])")
#: A second role coordinated with the first one: "..., a law professor at Vanderbilt and an expert on drug laws",
#: "..., the president of the Conservancy, and the co-author of ...".
_ROLE_COMPLEMENT_RE = re.compile(r"[\w-]+(?:[ \t]+[\w-]+){0,2}[ \t]+(?:of|on|at|for|to|with|in)[ \t]")
_CLAUSE_END_RE = re.compile(r"[,.;:!?\n]")
_CLAUSE_VERB_RE = re.compile(r"[ \t](?:said|says|told|is|are|was|were|has|have|had|will|would)(?![\w'’-])")
_AND_APPOSITIVE_RE = re.compile(r"(?:,[ \t]+|[ \t]+)and[ \t]+(a|an|the|his|her)[ \t]+(?=[a-z])")


def _second_appositive(ctx: _Context, j: int) -> list[Label]:
    """The labels of a second role coordinated with a person's appositive that opens at token ``j`` ("Robert
    Smith, a law professor at Vanderbilt University and an expert on drug laws"): "and" + a determiner + a role
    phrase (:func:`_appositive_role`; not "..., a lawyer, and the judge said") before the appositive ends."""
    doc = ctx.doc
    text = doc.text
    start = doc.token_spans[j][1]
    stop = _APPOSITIVE_END_RE.search(text, start, min(len(text), start + 160))
    end = stop.start() if stop is not None else min(len(text), start + 160)
    if stop is not None and text[stop.start()] == "," and stop.start() + 1 < len(text):
        end = stop.start() + 1  # (", and the co-author of": the comma before "and" is the coordination's)
    m = _AND_APPOSITIVE_RE.search(text, start, end + 8)
    if m is None or m.start() >= end:
        return []
    if text[m.start()] == "," and _ROLE_COMPLEMENT_RE.match(text, m.end()) is None:
        return []  # after a closed appositive only a role with a complement: not "..., a teacher, and the mayor met"
    clause = _CLAUSE_END_RE.search(text, m.end())
    if _CLAUSE_VERB_RE.search(text, m.end(), clause.start() if clause is not None else len(text)) is not None:
        return []  # "..., and the judge in the case said no": the subject of a clause, another person
    k = doc.token_index(m.end())
    if k < 0 or doc.token_spans[k][0] != m.end() or not _appositive_role(ctx, k):
        found: list[Label] = []
        if m.group(1) in _INDEFINITE:
            found = _indefinite_head(ctx, k - 1)  # "and a plumber from Ohio"
        return found
    return _appositive_labels(ctx, k - 1, k)


def _past_possessor(ctx: _Context, j: int) -> int | None:
    """The token after an employer's name opening an appositive at token ``j``: a possessive ("NPR's", "Mr.
    Trump's") or up to four capitalised words before a lower-case word ("Fox News media analyst"); None if
    the appositive does not open so."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    k = j
    while k < len(toks) and k < j + 4 and text[spans[k][0]].isupper() and \
            (k == j or not text[spans[k - 1][1] : spans[k][0]].strip(" .")):
        k += 1
    if k == j or k >= len(toks) or text[spans[k - 1][1] : spans[k][0]].strip():
        return None
    if toks[k] == "'s":
        k += 1
    return k if k < len(toks) and not text[spans[k - 1][1] : spans[k][0]].strip(" ") else None


def _dotted_join(text: str, prev: tuple[int, int], between: str) -> bool:
    """Whether the punctuation between two words joins them into one word: the dots of an abbreviation ("U.S.",
    "U.S.-based"), after a single capital letter; not a sentence's full stop after a word."""
    if prev[1] - prev[0] != 1 or not text[prev[0]].isupper():
        return False
    if between in (".", ".-"):
        return True
    # "the U.S. ambassador": the abbreviation's last dot before a space, after "X." (not "Plan B. Then")
    return between == ". " and prev[0] >= 2 and text[prev[0] - 1] == "." and text[prev[0] - 2].isupper()


#: A name going on after a word: a space (or a plural possessive's apostrophe and a space) and a capital.
_NAME_GOES_ON_RE = re.compile(r"['’]?[ \t][A-Z]")


def _no_name_between(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the words ``spans`` hold no name (lower case or acronyms), but for a name before a hyphenated
    participle ("the George Soros-funded ... nonprofit": no list of names)."""
    words = [text[a:b] for a, b in spans]
    funded = any(_NAME_PARTICIPLE_RE.search(w) for w in words)
    return all(w.islower() or w.isupper() or (funded and w[:1].isupper()) for w in words)


def _appositive_labels(ctx: _Context, j: int, k: int, person: bool = True) -> list[Label]:
    """The labels of an appositive role phrase that opens at token ``j`` (its words from token ``k``)."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    out: list[Label] = []
    k0 = k
    crossed = False  # past an abbreviation's dots: for a non-person only an organisation's kind noun is taken
    while k < len(spans) and k < j + 8:
        ks, ke = spans[k]
        between = text[spans[k - 1][1] : ks]
        joined = toks[j] != "that" and _dotted_join(text, spans[k - 1], between)
        crossed = crossed or (joined and bool(between.strip()))
        if (between.strip() and k > j and not joined) or (k > j + 1 and toks[k] in _APPOSITIVE_STOPS and not (
                toks[k] in ("for", "of") and text[spans[k - 1][0]].isupper() and k + 1 < len(spans)
                and text[spans[k + 1][0]].isupper() and _name_then_role(ctx, k - 1) is not None)):
            break  # "..., successful businessmen aligned with conservative causes": the role ends
        span = ctx.label_starts.get(ks)
        if span is not None and span.text[:1].isupper() and span.text.endswith("s") and not span.text.endswith("ss") \
                and _NAME_GOES_ON_RE.match(text, span.end):
            span = None  # "president of the Valdorian Journalists' Association": a plural inside a name, no role
        if span is not None and crossed and not person:
            break  # "Syria, a senior U.S. Defense spokesman told ...": a person's role, no appositive of the country
        if span is not None:
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
            k = doc.token_index(span.end - 1) + 1
            continue
        if crossed and not person and toks[k] not in _ORG_LABEL_NOUNS and text[ks:ke].islower() \
                and _label_kind_of_word(toks[k], person) is not None:
            break  # (only "the U.S.-based online publication" goes on past the dots)
        kind = _label_kind_of_word(toks[k]) or _plural_label_kind(toks[k])
        if kind is not None and not text[ks:ke].islower() and not _label_kind_of_word(toks[k]) \
                and _NAME_GOES_ON_RE.match(text, ke):
            # "spokesman for the Tea Party Patriots Citizens Fund", "president of the Valdorian Journalists'
            # Association": a plural inside a name, no role
            kind = None
        if kind is not None and not person and not text[ks:ke].islower() and toks[k] not in _PARTY_ADJECTIVES:
            kind = None  # "the Center for American Progress, the United Auto Workers": a name, no role (but "the
            # Senate Majority PAC, a Democratic super PAC")
        if not person and "-" in toks[k] and _NAME_PARTICIPLE_RE.search(text, ks, ke) and text[ks].isupper():
            # "the George Soros-funded left-wing nonprofit": who funds or backs it, with the name's first words
            first_cap = k
            while first_cap > k0 and text[spans[first_cap - 1][0]].isupper() \
                    and text[spans[first_cap - 1][1] : spans[first_cap][0]] == " ":
                first_cap -= 1
            out.append(Label(text[spans[first_cap][0] : ke], "descriptive", spans[first_cap][0], ke))
            k += 1
            continue
        if kind is None and not person and k <= j + 6 and text[ks:ke].islower() \
                and _no_name_between(text, spans[j + 1 : k]):
            # "Planned Parenthood, an organization that ...", "Gallup, the polling firm" (with the words before
            # the noun since the last label); not "Voto Latino, the Demos think tank" (a list) nor "Republicans,
            # the backlash against the civil rights movement"
            kind = _label_kind_of_word(toks[k], person)
            if kind is not None:
                first = max(k0, doc.token_index(out[-1].end - 1) + 1 if out else k0)
                if toks[first] in _DETERMINERS:
                    first += 1
                if first < k and all(text[a:b].isalpha() and toks[t] not in _NOT_COMPOUND_WORDS
                                     for t, (a, b) in enumerate(spans[first:k], first)):
                    ks = spans[first][0]
        if kind is not None and not person and toks[k] in _ORG_LABEL_NOUNS and out and out[-1].kind == "descriptive" \
                and text[out[-1].end : ks] == " " and out[-1].text.rsplit(" ", 1)[-1].lower() in _ORG_LABEL_NOUNS:
            # "a nonprofit organization", "a nonprofit advocacy group": one kind, as the guideline labels it
            out[-1] = Label(text[out[-1].start : ke], kind, out[-1].start, ke)
        elif kind is not None:
            out.append(Label(text[ks:ke], kind, ks, ke))
        k += 1
    return out


#: A role phrase that ends in a person's full name right after its lower-case head ("the president's son-in-law
#: Jared Kushner"), up to the next comma or semicolon: a titled name of its own.
_TITLED_NAME_ITEM_RE = re.compile(
    r"(?:the|a|an|his|her|their|its)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[a-z][\w'’-]*"
    r"[ \t]+(?P<first>[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){1,2}(?=[ \t]*[,;])")
_PREPOSITION_IN_RE = re.compile(
    r"[ \t](?:of|for|from|to|in|at|with|by|on|and|or|under|as|about|over|after|before|during|since|like|who|which|"
    r"that|whose)[ \t]|(?<![\w'’-])[a-z][\w'’-]*(?:ed|ing)[ \t]|[ \t](?:Miss|Mr|Mrs|Ms|Mister)\b")


#: A noun phrase with a lower-case head after a comma that is the subject of a verb of saying, not an appositive
#: ("in Doral, Florida, a senior administration official told"; not "Jenkins, a Republican said", a comma missing).
_CLAUSE_AFTER_COMMA_RE = re.compile(
    r"(?:the|a|an)[ \t]+(?:(?!(?:who|which|that|whom)[ \t])[\w'’-]+[ \t]+){0,3}?"
    r"(?!(?:who|which|that|whom)[ \t])[a-z][\w'’-]*[ \t]+(?:said|says|told|tells|added|adds|wrote|writes)(?![\w'’-])")


def _titled_name_item(text: str, ps: int) -> bool:
    """Whether the phrase after a name's comma, opening at ``ps``, is another titled name of a list (see
    :data:`_TITLED_NAME_ITEM_RE`; no preposition or participle in it: "the son of evangelist Billy Graham", "the
    attorney representing the Trump Foundation" are appositives; the name opens with a known first name), not an
    appositive."""
    m = _TITLED_NAME_ITEM_RE.match(text, ps)
    # (a person's name, by its first name: not "a moderate Maine Republican", "the former Vice President")
    return m is not None and _PREPOSITION_IN_RE.search(m.group()) is None \
        and gender_of_first_name(m.group("first")) is not None


def _right_label(ctx: _Context, span: Span, person: bool) -> bool:
    """Whether a label span right after a mention is about it ("the Maduro regime"): not when a name follows the
    label (it modifies that name: "U.S. Republican Sen. ...", "Venezuelan dictator Maduro"), not an emotive word
    or an adverb ("Maduro brutally ..."), and for a non-person not a label of a person."""
    text = ctx.doc.text
    if span.category == "emotive" or span.text.lower().endswith("ly"):
        return False
    nxt = _CAP_AFTER_RE.match(text, span.end)
    if nxt is not None:
        return False
    return person or not _person_label(span.text)


#: Where a noun-phrase appositive after a name ends: a comma, semicolon, colon, bracket, dash, quote, line break or a
#: full stop that ends a sentence (not an abbreviation's dot: "the U.S.-based", "the U.S. envoy").
_NP_CLOSE_RE = re.compile(r"[,;:()\"“”\n]|[—–]|--|[.!?](?=[ \t]*(?:\n|\Z)|[ \t]+[A-Z\"“])")
#: Possessive determiners that open a noun-phrase appositive ("Jane Roe, her longtime friend,").
_NP_DETERMINERS = frozenset("the a an his her its their our".split())
#: Relative words after an appositive's noun: what follows them is a clause of its own, not read.
_NP_RELATIVES = frozenset("who whose whom which that where".split())
#: Sentence openers that make a name the end of a fronted phrase ("For Murray, the increase ...", "According to
#: Smith, the ..."): the noun phrase after the comma is the next clause's subject, no appositive.
_FRONTED_OPENERS = frozenset(
    """in on at for to with from after before when while if although though as since unlike like despite during
    under asked according because besides beyond including against among without until once whether by of over
    through thanks about unless whereas amid""".split())
#: Nouns that head a noun phrase without saying what its actor is ("the latter", "the rest", "a post he held").
_NP_NOT_HEADS = frozenset("""latter former rest same other others post result one ones strategy decision development
    approach tactic process decline increase rise drop""".split())
#: Abbreviations whose dot ends no sentence (the clause before a name is searched past them).
_ABBREVIATION_DOT_RE = re.compile(r"(?:^|(?<=[\s(]))(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|Lt|Col|Sgt|[A-Z])\.\Z")
#: A list after the appositive's comma: "members of Congress, their staffs, Capitol Police, and ...", "X, Y's
#: losses, and the talks".
_NP_LIST_NEXT_RE = re.compile(
    r",[ \t]+(?:and|or)[ \t]|"
    r",[ \t]+(?:the[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*[ \t]*(?:,|and[ \t])")


def _np_appositive(ctx: _Context, s: int, j: int) -> Label | None:
    """A noun-phrase appositive after the name at ``s`` that opens at token ``j`` right after a comma, decided by
    the part-of-speech tagger rather than a list of role nouns: a determiner ("the", "a", "his") or a possessor
    ("Christie's"), modifiers, a lower-case noun as head ("Jane Roe, a University of Chicago infectious disease
    specialist,", "Crossroads, the Karl Rove-backed pro-GOP super PAC,", "the group, a nonprofit that tracks ..."),
    then at most a prepositional phrase or a relative clause, closed by a comma or a dash (a phrase that ends the
    sentence is the event's: "Jane Roe beat Brent Hale, the third such upset this year."). Not a clause
    (no verb or auxiliary before the close: "For Murray, the increase ... equals"; "Burr, the Daily Beast reported"),
    not a name (a capitalised head: "Congress, the Supreme Court"), not a time or quantity word, and not after a name
    that ends a fronted phrase ("According to Smith, the ..."). The label runs from the word after the determiner (or
    possessor) to the head noun."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    ps = spans[j][0]
    close = _NP_CLOSE_RE.search(text, ps, min(len(text), ps + 200))
    if close is None:
        return None
    pe = close.start()
    if text[pe] in ".!?\n":
        return None  # a phrase closing the sentence sums up the event: "..., the latest blow to Trump."
    if _NP_LIST_NEXT_RE.match(text, pe):
        return None  # a list: "members of Congress, their staffs, Capitol Police, ..."
    # a name at the end of a fronted phrase: the clause before it opens with a preposition or a subordinator
    bound = s
    while True:
        bound = max(text.rfind(c, 0, bound) for c in ".!?\n;:,")
        if bound < 0 or text[bound] != "." or not _ABBREVIATION_DOT_RE.search(text, max(0, bound - 4), bound + 1):
            break
    first = bisect.bisect_left(doc.token_starts, bound + 1)  # the clause's first word token ("• For Jane Roe, ...")
    if first < len(spans) and spans[first][0] < s \
            and text[spans[first][0] : spans[first][1]].lower() in _FRONTED_OPENERS:
        return None
    toks = tag_token_spans(text, max(0, s), pe)
    words = [text[a:b] for a, b in toks if a >= ps and TOKEN_RE.fullmatch(text, a, b)]
    if len(words) < 2 or (words[0].lower() not in _NP_DETERMINERS and not words[0][:1].isupper()):
        return None  # (decided before tagging: no determiner and no capitalised possessor, checked below)
    tags = [(a, b, t) for a, b, t in tags_of_spans(text, toks) if a >= ps]
    i = 0
    if words[0].lower() in _NP_DETERMINERS:
        i = 1
    else:  # a possessor: "Christie's top appointee", "the president's"
        while i < len(words) and i < 4 and words[i][:1].isupper() and tags[i][2] == "PROPN":
            i += 1
        if i == 0 or i >= len(words) or words[i] not in ("'s", "’s"):
            return None
        i += 1
    if i < len(words) and words[i] in ("'s", "’s"):
        return None
    first = i
    stop = len(tags)
    k = first
    while k < len(tags):
        a, b, t = tags[k]
        low = words[k].lower()
        if low in _NP_RELATIVES and k > first:
            stop = k
            break  # "the man who leaked ...": the clause is not read
        if t in ("AUX", "PRON", "SCONJ", "INTJ"):
            return None
        if t == "CCONJ" and all(w[:1].isupper() for w in words[first:k]):
            return None  # "Congress, the White House and federal courts": a list of names
        if t == "VERB" and text[a - 1 : a] != "-" and "-" not in low:
            if k > first and tags[k - 1][2] == "NOUN" and low.endswith(("ed", "en")) and k + 1 < len(tags) \
                    and words[k + 1] in ("by", "in", "at", "on"):
                stop = k
                break  # "a British data firm hired by ...": a participle and its complement
            return None
        if t == "ADP":
            if low in ("of", "for") and k > first and words[k - 1][:1].isupper() and k + 1 < len(tags) \
                    and words[k + 1][:1].isupper():
                k += 1
                continue  # "a University of Chicago infectious disease specialist"
            if k == first:
                return None
            stop = k
            break  # the head's complement: "a law professor at Vanderbilt"
        k += 1
    for a, b, t in tags[stop:]:  # the complement: no clause ("a person familiar with it said")
        low = text[a:b].lower()
        if low in _NP_RELATIVES:
            break
        if t in ("AUX", "SCONJ") or (t == "VERB" and text[a - 1 : a] != "-" and not low.endswith(("ed", "ing"))):
            return None
    head = stop - 1
    if head < first:
        return None
    hw = words[head]
    if not ((tags[head][2] == "NOUN" and hw.islower()) or (
            hw.isupper() and len(hw) > 1 and head > first and words[head - 1].islower())):
        return None  # a name ("Congress, the Supreme Court"), an adjective ("a person familiar with ...")
    if hw.lower() in _NOT_ROLE_HEADS or hw.lower() in _NP_NOT_HEADS or hw.lower() in _DETERMINERS:
        return None
    start, end = tags[first][0], tags[head][1]
    return Label(text[start:end], "descriptive", start, end)
