"""Labels around an actor's mention (:func:`_labels_near`): the labels right before it ("the socialist dictator
Nicolás Maduro", "former Ambassador to Ukraine Marie Yovanovitch"), a party-state tag after a person's name ("(D-Md.)"),
and a regime's label before "in"/"of" ("the communist regime in Cuba"); the labels after a mention and in appositives
are read by :mod:`framing.scorers.actor_appositives`, the kind of a label word by
:mod:`framing.scorers.actor_label_kinds`."""

from __future__ import annotations

import bisect
import re

from framing.analysis import Label
from framing.document import Document
from framing.pos import known_tags, tag_at, tag_spans
from framing.scorers.actor_appositives import _right_labels, _second_appositive
from framing.scorers.actor_context import _Context, _is_title_word
from framing.scorers.actor_label_kinds import (
    _ADJECTIVE_ENDINGS,
    _LEANING_WORDS,
    _LOWER_TITLES,
    _NOT_COMPOUND_WORDS,
    _NOT_ROLE_HEADS,
    _ORG_LABEL_NOUNS,
    _STANCE_COMPOUND_RE,
    _STANDS_FOR_HEADS,
    _label_kind_of_word,
    _person_label,
    _plural_label_kind,
    _span_kind,
    _verb_like_word,
)
from framing.scorers.actor_words import (
    _DETERMINERS,
    _DOTTED,
    _IN_OF_GAP_RE,
    _LOWER_WORD_RE,
    _MODIFIED_HEADS,
    DESCRIPTIVE_WORDS,
    NOT_ROLE_NOUNS,
    PERSON_STATE_WORDS,
    ROLE_NOUN_ENDINGS,
    ROLE_NOUNS,
)
from framing.scorers.names import (
    ABBREVIATED_TITLES,
    DEPARTMENT_TITLES,
    STATE_FIRST_PARTY,
    TITLE_WORDS,
    link_text_spans,
)
from framing.scorers.reporting import communication_forms
from framing.scorers.speaker_gender import gender_of_first_name

_COORD_NEXT_RE = re.compile(r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?")


#: Nouns after a name that take the leaning word before the name ("a right-leaning Trump opponent").
_LEANING_HEADS = DESCRIPTIVE_WORDS | ROLE_NOUNS | frozenset(
    "opponents voters supporters critics allies donors groups group outlet outlets media".split())


#: A home place ("of Tennessee") or a party-state tag, a comma and a determiner (and up to three modifiers) before a
#: role phrase: the phrase is an appositive of the name before the comma (as _OF_PLACE_RE reads it there).
_APPOSITIVE_OPEN_RE = re.compile(
    r"(?:[ \t]of[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*|\([^()\n]{1,25}\)),[ \t]+(?:the|a|an)[ \t]+"
    r"(?:(?!(?:the|a|an|of|for|to|at|in|with|on|by|from)[ \t])[\w'’-]+[ \t]+){0,3}\Z")


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


#: A lower-case word, perhaps in the possessive ("the former British spy's allegations").
_LOWER_HEAD_RE = re.compile(r"[a-z]+(?=['’]s(?![\w'’-])|(?![\w'’-]))")


#: The end of a compound that says where an organisation is based ("Johannesburg-based", "Atlanta-headquartered").
_BASED_SUFFIX_RE = re.compile(r"-(?:based|headquartered)\Z")


def _modifies_noun(ctx: _Context, e: int) -> bool:
    """Whether the mention ending at ``e`` modifies the lower-case noun after it ("U.S. ambassador", "former
    Massachusetts governor", "liberal Massachusetts values", "the disgraced Russian oligarch", "the former British
    spy's allegations"): a role noun, a
    noun for a kind of person or a title in the lexicon."""
    text = ctx.doc.text
    m = _LOWER_HEAD_RE.match(text, e + 1)
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


#: A kind of organisation with up to three lower-case modifiers after an article, right before an organisation's
#: name ("the conservative-leaning news site Newsmax").
_ORG_KINDS = tuple(sorted(_ORG_LABEL_NOUNS | {"site", "platform", "app", "blog", "journal", "podcast", "fund", "PAC",
                                             "regulator",
                                             "exchange"},
                         key=len, reverse=True))
_ORG_KIND_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+((?:(?!(?:of|for|in|on|at|to|with|by|from|and|or|the)\b)[a-z][\w'’-]*[ \t]+){0,3}"
    r"(?:" + "|".join(_ORG_KINDS) + r"))[ \t]+\Z")
#: A past participle right after a name with no object before a preposition or time word: the name is the subject of
#: a relative clause about the noun before it ("The app Google removed from its store", "the site Facebook banned
#: last week").
_REDUCED_RELATIVE_AFTER_RE = re.compile(
    r"[ \t]+(?!(?:reported|announced|warned|claimed|argued|stated|noted|added|asked|tweeted|posted|published|revealed|"
    r"confirmed|declared|explained|responded|replied|appeared|agreed|worked|lived|died|played|served)\b)"
    r"(?:[a-z]+ed|shut|put|cut|bought|sold|built|made|took|kept|left|held|set|pulled|banned|hired|found)"
    r"[ \t]+(?:from|in|on|at|last|this|after|before|for|into|out|off|down|over|with|by|earlier|yesterday)\b")
#: An age right before a person's name or form of address ("the 75-year-old Mr. Isbell", "a 45-year-old Jane Roe").
_AGE_BEFORE_RE = re.compile(r"(?<![\w'’-])(\d{1,3}-year-old)[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \t]+)?\Z")


def _labels_near(ctx: _Context, s: int, e: int, person: bool = True) -> list[Label]:
    """Labels right before a mention, right after it, and in an appositive after a comma; for an actor that is
    not a person, also a regime's label before "in"/"of" ("the communist regime in Cuba"), and never a label of a
    person right after it ("Venezuelan dictator Nicolás Maduro": the dictator is Maduro, not Venezuela)."""
    if not person and ctx.doc.text[s:e] in _PARTY_MEMBER_PLURALS:
        return []  # "many top Republicans", "moderate and liberal Republicans": some members, not the party
    out, cur = _left_labels(ctx, s, e, person)
    if person:
        out = _left_phrase_labels(ctx, s, e, out, cur)
        # (the age before the role labels read leftwards, "his 47-year-old wife, Amy", not before a title: "a
        # 3-year-old Gov. Dan Fox")
        at = cur if cur < s and not any(lab.kind == "title" and lab.start >= cur for lab in out) else s
        age = _AGE_BEFORE_RE.search(ctx.doc.text, max(0, at - 40), at)
        if age is not None and not any(lab.start <= age.start(1) < lab.end for lab in out):
            out.append(Label(age.group(1), "descriptive", age.start(1), age.end(1)))  # "the 75-year-old Mr. Isbell"
        e = _party_tag_labels(ctx, s, e, out)
        if all(lab.kind == "title" for lab in out) and (phrase := _role_phrase_before(
                ctx, min((lab.start for lab in out if lab.start < s), default=s), e)) is not None:
            out.append(phrase)  # "The former coach of the team, Tony Hope, said"
    elif s in ctx.org_starts and not any(lab.end <= s for lab in out) and \
            ctx.doc.text[max(0, s - 16) : s].rstrip(" \t").endswith(_ORG_KINDS) and \
            not _REDUCED_RELATIVE_AFTER_RE.match(ctx.doc.text, e) and \
            (kind := _ORG_KIND_BEFORE_RE.search(ctx.doc.text, max(0, s - 80), s)) is not None:
        # "the conservative-leaning news site Newsmax", "the progressive crowdfunding platform Crowdpac": the kind of
        # organisation with its modifiers, one descriptive label
        out.append(Label(kind.group(1), "descriptive", kind.start(1), kind.end(1)))
    _right_labels(ctx, s, e, person, out)
    return out


#: A party's or government's standing in words right before its name ("the opposition Labour Party").
_STANDING_WORDS = frozenset("opposition ruling governing".split())
_STANDING_DETERMINERS = frozenset("the its their main".split())
#: A party's noun after its name ("the ruling Fidesz party", "the ruling coalition").
_PARTY_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:party|coalition|bloc|government)(?![\w'’-])")
#: Last words of parties' and movements' names that do not end in "Party" ("the ruling African National Congress").
_PARTY_NAME_ENDS = frozenset("Congress Front Alliance Movement League Union Coalition Bloc".split())


def _party_like(text: str, s: int, e: int) -> bool:
    """Whether the organisation named ``text[s:e]`` reads as a party or a governing movement: "Party" in its name, a
    party's noun after it, a movement's last word, an acronym ("ANC", "BJP") or a capitalised plural ("the
    Sandinistas"), which "the ruling/opposition ..." then describes (not "After the ruling Google said")."""
    name = text[s:e]
    last = name.rsplit(" ", 1)[-1]
    return ("Party" in name.split() or _PARTY_NOUN_AFTER_RE.match(text, e) is not None or last in _PARTY_NAME_ENDS
            or (last.endswith("s") and last[0].isupper() and last[1:].islower() and " " not in name))


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
        if not person and gap.strip() == "," and out \
                and text[spans[i + 1][0] : spans[i + 1][1]].lower() in ("the", "a", "an"):
            # "the GOP candidates, the pro-Democrat Senate Majority PAC": an organisation's phrase opened at its
            # article (a person's may follow an appositive role: "a single powerful donor, the conservative
            # millionaire Art Pope")
            break
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
        if kind is None and not person and not out and cur == s and gap == " " and low in _STANDING_WORDS \
                and text[ts:te].islower() and i > 0 and (toks[i - 1] in _STANDING_DETERMINERS or toks[i - 1] == "'s") \
                and _party_like(text, s, e):
            kind = "descriptive"  # "the opposition Labour Party", "the ruling Fidesz party": a party's standing
            # (not "After the ruling Google said", "the rules governing Facebook")
        if kind is None and person and not out and cur == s and gap == " " and "-" in low[1:-1] \
                and text[ts:te].islower() and len(low.rsplit("-", 1)[1]) > 4 \
                and _label_kind_of_word(low.rsplit("-", 1)[1], person) == "descriptive":
            kind = "descriptive"  # "double-murderer Joseph Wood": a compound whose head is a person's role
        if kind is None and person and not out and cur == s and gap == " " and len(low) > 5 and low.isalpha() \
                and text[ts:te].islower() and low.endswith(ROLE_NOUN_ENDINGS) and low not in NOT_ROLE_NOUNS:
            kind = "descriptive"  # "financier Jeffrey Epstein", "technologist Aaron Ginn": a role noun before the name
        if kind == "ideological" and "-" in low and _STANCE_COMPOUND_RE.fullmatch(low) and (
                (not out and te + 1 == s and not text[ts:te].islower()
                 and gender_of_first_name(low.split("-", 1)[1], True) is not None)
                or (not person and (g := ctx.gaz.get(s)) is not None and g[1].category == "demonym")):
            # "anti-Hillary Clinton propaganda": the compound takes the name as its issue; "anti-Trump British
            # ex-spy": the stance is the spy's, not the country's
            kind = None
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
        based = _BASED_SUFFIX_RE.search(low) if not person and not out and cur == s and gap == " " else None
        if kind is None and based is not None and based.start() > 0 \
                and low[: based.start()].replace("-", "").isalpha() and text[s:e] not in _DOTTED and not (
                    (g := ctx.gaz.get(s)) is not None and g[1].category in ("country", "place", "capital")):
            # "the Johannesburg-based Wits Justice Project", "the San Diego-based Pro Specialties Group",
            # "Atlanta-headquartered Home Depot": where the organisation is based, with the place's first words
            # (not before a country: "the North Carolina-based U.S. Forces Command")
            kind = "descriptive"
            for back in (1, 2):
                # the place's first words when the gazetteer names the place ("San Diego", "North Dakota"; not a
                # sentence's opening word: "After Seattle-based Amazon")
                if i - back >= 0 and (g := ctx.gaz.get(spans[i - back][0])) is not None \
                        and g[0] == ts + based.start():
                    i -= back
                    ts = spans[i][0]
                    break
        if kind is None and not out and cur == s and _prefixed_title(text[ts:te]):
            kind = "title"  # "then-Gov. Rick Scott", "ex-Sen. John Doe": the tokenizer keeps the prefix on
            te = te + 1 if text[te : te + 1] == "." else te
        if kind is not None:
            out.append(Label(text[ts:te], kind, ts, te))
        elif (text[ts:te] in TITLE_WORDS or _hyphen_title(text[ts:te])) and not out and gap.strip() in ("", "."):
            pass  # the mention's own title ("... candidate Sen. Bernie Sanders"): read on to its left
        elif person and out and out[-1].start == cur and gap == " " and out[-1].text.islower() \
                and (g := ctx.gaz.get(ts)) is not None and g[0] == te and g[1].category == "demonym":
            pass  # "hard-line Iranian cleric Ahmad Khatami": the nationality of the role, read past to its modifiers
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
        if (state := _STATE_TAG_RE.match(text, e)) is not None and _DETERMINER_APPOSITIVE_RE.match(text, state.end()):
            e = state.end()  # "... MORE (Calif.), a senior member of the Judiciary panel": a state with no party
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
        out.extend(_second_appositive(ctx, ctx.doc.token_index(tag.start(1))))  # "... and a Tea Party member"
    return e


#: Roles of a race's contenders, whose party is named in the race before them ("Ohio Republican Senate candidate").
_RACE_ROLES = frozenset("candidate nominee hopeful challenger contender incumbent".split())


#: A party adjective and the race's office right before such a role (a state or district may come first).
_PARTY_RACE_RE = re.compile(
    r"(?<![\w'’.-])(?P<party>Democratic|Republican|GOP|Libertarian|Green)[ \t]+"
    r"(?:U\.S\.[ \t]+|State[ \t]+)?(?:Senate|House|Congressional|Assembly|Gubernatorial|Presidential|Mayoral|"
    r"Legislative|Primary|Party)[ \t]+\Z")


#: A bracketed state with no party after a pasted card ("(Calif.)", "(N.Y.)", "(Texas)").
_STATE_TAG_RE = re.compile(r"[ \t]*\([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?\)")


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
    r",[ \t]+(?:a[ \t]+)?((?:Republican|Democrat|Independent)[ \t]+(?:of|from)[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?"
    # the state first, as The Washington Times writes it: "Rep. Raul Labrador, Idaho Republican,"
    r"|" + STATE_FIRST_PARTY + r")"
    r"(?=[ \t]*(?:[,;:.)]|—|–|--)|[ \t]+(?:and|who|said|says)[ \t])")


#: A title with a "to"/"of"/"for" complement right before a name ("former Ambassador to Ukraine", "then-Envoy for
#: Syria", "Minister of Foreign Affairs"; a diplomat's title also in lower case: "former U.S. envoy to Ukraine"), the
#: complement's last word no sentence's end ("an envoy to Ukraine. Kurt Volker said").
_TITLE_TO_RE = re.compile(
    r"(?<![\w-])((?:(?:former|then-|acting|ex-)[ \t]*)?(?:[A-Z][\w.-]*[ \t]+)?(?:(?:special|deputy)[ \t]+)?"
    r"(?:[Aa]mbassador|[Ee]nvoy|[Mm]inister|Secretary|Governor|[Cc]onsul|Commissioner|Representative|Director|"
    r"Chairman|Chairwoman|Chair|Partner|Founder)"
    r"[ \t]+(?:to|of|for)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*"
    # a second complement: "Assistant Secretary of State for African Affairs"
    r"(?:[ \t]+for[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*)?)(?<![a-z]{2}\.)[ \t]+\Z")


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
