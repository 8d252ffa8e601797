"""Cues that a capitalised token or pair is (or is not) a person's name: name words, title words that introduce
a name, places that are first names, cues around a lone token (labels, reporting verbs, possessives, "who"),
bare surnames, invented countries with demonyms, organisation nouns around a name, camel-case brands, common
words in capitals and initials used as first names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.analysis import Label
from framing.pos import known_tags, tag_at
from framing.scorers.actor_context import _after_word, _Context, _is_title_word, _sentence_initial
from framing.scorers.actor_label_kinds import _person_label
from framing.scorers.actor_words import (
    _AUXILIARIES,
    _BARE_VERBS,
    _LOWER_WORD_RE,
    _NOT_NAME_TITLES,
    _PERSON_NEXT,
    _PLACE_PREPOSITIONS,
    _SPEECH_NEXT,
    ACTOR_ORG_HEADS,
    ROLE_NOUNS,
)
from framing.scorers.names import (
    COMMON_CAPITALISED,
    GEO_HEADS,
    NEWSPAPER_HEADS,
    NEWSPAPER_HEADS_STRICT,
    NON_PERSON_WORDS,
    NON_SURNAME_WORDS,
    PLACE_GIVEN_NAMES,
    SAINT_HEADS,
    CapToken,
)
from framing.scorers.readability import dale_chall_easy_words
from framing.scorers.reporting import reporting_forms
from framing.scorers.speaker_gender import SAYS_THAT_PRONOUN_RE, gender_of_first_name
from framing.tokenize import word_starts


def _name_word(ctx: _Context, s: int, e: int) -> bool:
    """Whether a capitalised token may be part of a person's name after a first name: not a gazetteer, common,
    title, place, organisation, newspaper or team word, not all capitals, never written in lower case."""
    tok = ctx.doc.text[s:e]
    return (
        len(tok) > 1
        and s not in ctx.gaz
        and not tok.isupper()
        and tok.lower() not in ctx.low_words
        and tok.lower() not in COMMON_CAPITALISED
        and tok not in NON_PERSON_WORDS
        and tok not in ACTOR_ORG_HEADS
        and tok not in NEWSPAPER_HEADS
        and tok not in NON_SURNAME_WORDS
        and tok not in GEO_HEADS
        and tok.rstrip(".") not in SAINT_HEADS
        and not _is_title_word(tok)
    )


def _names_title(labels: Sequence[Label]) -> bool:
    """Whether the last of ``labels`` is a title that introduces a name ("Prime Minister", "Sen.", "Mrs"), not a
    qualifier of another title ("Former", "State")."""
    if not labels:
        return False
    last = labels[-1].text.rstrip(".").rsplit(" ", 1)[-1]
    return last not in _NOT_NAME_TITLES


def _first_name_place(ctx: _Context, run: list[CapToken], g: int, titled: bool) -> bool:
    """Whether the gazetteer place ``run[g]`` is the first name of the person named by ``run[g:]``: after a title
    ("Prime Minister Sofia Brandt", one or two name words follow) or, without one, a place that is a common first
    name followed by one surname-like word ("Paris Hilton"; not "Dallas Cowboys", "Georgia Tech", "in Sofia
    Brandt")."""
    text = ctx.doc.text
    rest = run[g + 1 :]
    if not rest or len(rest) > 2 or not all(_name_word(ctx, s, e) for s, e in rest):
        return False
    gs, ge = run[g]
    if g > 0 and text[run[g - 1][1] : gs].strip() not in ("", "."):
        return False  # "Governor of Florida Charlie Crist": the place completes the title (not "Rep. Virginia Foxx")
    if titled:
        return True
    last = text[rest[-1][0] : rest[-1][1]]
    return (
        len(rest) == 1
        and text[gs:ge] in PLACE_GIVEN_NAMES
        and (not (last.endswith("s") and not last.endswith("ss")) or (
            _person_cue_after(ctx, gs, rest[-1][1]) and "NOUN" not in known_tags(last[:-1].lower())))
        and not _after_word(text, gs, _PLACE_PREPOSITIONS)
    )  # (a plural-looking surname with a verb of saying after it, not a plural noun: "the group's Austin Evers said";
    # not "The Orlando Pirates said")


def _person_cue_after(ctx: _Context, s: int, e: int) -> bool:
    """A person cue around the name ``text[s:e]``: a label before, a reporting or listed verb or a person head
    after ("Santa Anna said", "Santa Anna's army")."""
    if _single_cue(ctx, s, e):
        return True
    m = _LOWER_WORD_RE.match(ctx.doc.text, e + 1)
    return ctx.doc.text[e : e + 1] == " " and m is not None and m.group() in _BARE_VERBS


#: Role nouns of people that, right before two capitalised words, make an undotted pair of initials a first name
#: ("online personality CJ Pearson", "rapper DJ Khaled"); not organisation nouns ("the group US Steel").
_INITIALS_NAME_CUES = ROLE_NOUNS | frozenset(
    "activist host star commentator author writer journalist candidate nominee businessman actor singer".split())


def _initials_name(ctx: _Context, words: Sequence[str], s: int) -> bool:
    """Whether two capitalised words whose first is two capital letters ("CJ Pearson") are a person's name: after
    a lower-case role noun of people."""
    if len(words) != 2 or len(words[0]) != 2 or not words[0].isupper() or not words[1][1:].islower():
        return False
    m = _PREV_LOWER_WORD_RE.search(ctx.doc.text, max(0, s - 30), s)
    return m is not None and m.group(1) in _INITIALS_NAME_CUES


_PREV_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])([a-z][a-z-]+)[ \t]+\Z")


#: (a two-letter first part only before two more humps, "GoFundMe", not "ElBaradei", "AuCoin", "JaMarcus"; a capital
#: tail after three letters or more, "MediaDC", "SiriusXM")
_CAMEL_RE = re.compile(r"^([A-Z][a-z]{2,})(?:[A-Z][a-z]|[A-Z]{2,}$)|^([A-Z][a-z])[A-Z][a-z]+[A-Z]")
#: Surname prefixes written with an inner capital ("McConnell", "MacArthur", "DeSantis", "LaHood", "VanDyke").
_SURNAME_PREFIXES = frozenset("Mac Des Della Van Von Ter Den Der Dos Del Mc De La Le Du Di Da Lo Fitz St".split())


def _camel_case_brand(tok: str) -> bool:
    """A single word with a capital inside after a word of three letters or more ("FreedomWorks", "MoveOn",
    "BuzzFeed", "PolitiFact"), ending in capitals ("MediaDC") or with two more capitals after two letters
    ("GoFundMe"): a group's or company's name, not a person's ("McConnell", "DeSantis", "ElBaradei")."""
    m = _CAMEL_RE.match(tok)
    first = m.group(1) or m.group(2) if m is not None else None
    return first is not None and first not in _SURNAME_PREFIXES \
        and gender_of_first_name(first, common_only=True) is None


_PROSE_WORD_RE = re.compile(r"(?<![\w'’@./#-])[a-z]+(?![\w'’@/-]|\.\w)")


def _common_words(ctx: _Context, words: Sequence[str]) -> bool:
    """Whether a capitalised run is made of words the document also uses in lower case in its running text
    ("Health Care", "Immigration Debate"), none a common first name: not a person's name. Lower-case forms in
    e-mail addresses, handles and links ("byron.tau@wsj.com") do not count."""
    if gender_of_first_name(words[0], common_only=True) is not None:
        return False
    if ctx.prose_words is None:
        ctx.prose_words = frozenset(_PROSE_WORD_RE.findall(ctx.doc.text))
    return all(w.lower() in ctx.prose_words for w in words)


def ordinary_word(ctx: _Context, word: str) -> bool:
    """Whether ``word`` (in any case) is an ordinary English word: written in lower case in the document, on the
    Dale-Chall list of easy words, or learned by the tagger as something other than a proper noun ("WITCH", "HUNT",
    "ALSO"; not "NATO", "KPIX", "PUTIN")."""
    low = word.lower()
    return low in ctx.low_words or low in dale_chall_easy_words() or bool(known_tags(low) - {"PROPN", "X"})


_ORG_NOUNS = (r"(?:company|companies|firm|corporation|conglomerate|startup|start-up|bank|lender|insurer|retailer|"
              r"manufacturer|automaker|carmaker|publisher|newspaper|magazine|outlet|website|site|network|broadcaster|"
              r"platform|app|brand|charity|nonprofit|non-profit|organi[sz]ation|group|agency|utility|giant|chain|tank|"
              r"coalition|watchdog|consultancy|alliance|association|journal|tabloid|blog|carrier|PAC)")
#: An organisation noun right before a lone name, with or without a comma ("the gas company, Burisma", "the
#: publisher Regnery"), perhaps with the name's "The" ("the tabloid The Sun"); a publication's noun also before a
#: lower-case "the" ("the student newspaper the Independent Alligator").
_ORG_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:" + _ORG_NOUNS + r",?[ \t]+(?:The[ \t]+)?|"
    r"(?:newspaper|magazine|tabloid|journal|blog|website|outlet|publication|daily|weekly),?[ \t]+the[ \t]+)\Z")
#: The words of _ORG_NOUNS and of the publications, for the gate of org_noun_before (tests/test_speed_patterns.py
#: checks that gate and pattern agree).
_ORG_NOUN_WORDS = (*_ORG_NOUNS[3:-1].replace("organi[sz]ation", "organisation|organization").split("|"),
                   "publication", "daily", "weekly")
#: A plural name after a lower-case "the": a family ("the magazine the Kardashians read", "told the newspaper the
#: Trumps were rude"), no publication.
_FAMILY_PLURAL_RE = re.compile(r"[A-Z][\w'’-]*s(?![\w'’-])(?![ \t]+[A-Z])")


def org_noun_before(text: str, lo: int, s: int) -> re.Match[str] | None:
    """:data:`_ORG_NOUN_BEFORE_RE`'s search in ``text[lo:s]``, made only when the window ends in one of its words,
    perhaps a comma, and white space (the pattern, anchored at its end, is otherwise tried at every position of the
    window to fail; most windows end in other words)."""
    window = text[lo:s]
    head = window.rstrip(" \t")
    if head.endswith(("The", "the")) and len(head) < len(window) and not head[-4:-3].isalnum():
        # "the tabloid The Sun", "the student newspaper the Independent Alligator": the article of the name (after
        # a publication's noun only: not "the startup the Kochs backed", nor a family, "the magazine the
        # Kardashians read")
        if head.endswith("the") and _FAMILY_PLURAL_RE.match(text, s):
            return None
        window = head[:-3]
        head = window.rstrip(" \t")
    if len(head) == len(window) or not head.removesuffix(",").endswith(_ORG_NOUN_WORDS):
        return None
    return _ORG_NOUN_BEFORE_RE.search(text, lo, s)
#: Before the last word of a longer name ("America's Voice", "Organizing for Action"): no name of its own.
_NAME_PART_BEFORE_RE = re.compile(r"(?:['’]s|\bfor|&)[ \t]+\Z")
#: ... or in an appositive right after it ("Bankrate, a personal finance website,").
#: A lone name that speaks of itself as "it" ("Equinor said it would delay", "Ofcom said it would review", "Maersk
#: said its ships"): an organisation (not "said it would be", "said it was", which people say of a thing).
_SAID_IT_RE = re.compile(r"[ \t]+(?:said|says|announced)[ \t]+(?:on[ \t]+[A-Z]\w+[ \t]+)?(?:that[ \t]+)?"
                         r"(?:its[ \t]|it[ \t]+(?:would|will|plans|planned|expects|expected)[ \t]+"
                         r"(?!be[ \t]|been[ \t]|not[ \t]+be[ \t])[a-z])")
_ORG_NOUN_AFTER_RE = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:(?:[\w-]+[ \t]+){0,3}" + _ORG_NOUNS + r"(?![\w'’-])|"
    # (a noun of an organisation that comes before people as often, only as the appositive's head with modifiers
    # and no preposition: "Unite, the union,", "Dozhd, an internet TV station that ..."; not "Hernandez, a union
    # leader,", "Lopez, a member of the union,", "Gensler, the top regulator,")
    r"(?:(?!(?:of|for|on|at|with|in|to|from|by)\b)[\w-]+[ \t]+){0,3}"
    r"(?:union|exchange|fund|airline|station|channel|podcast)"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|in|based|owned|run|backed)\b))")


#: Prepositions that put a bare capitalised word in a place ("in Valdoria", "across Ruritania").
_PLACE_PREP_RE = re.compile(r"\b(?:in|across|throughout|inside|within)\s+$", re.IGNORECASE)
#: Endings of plural common nouns for people ("Economists", "Critics", "Analysts", "Officials", "Farmers").
_PLURAL_NOUN_RE = re.compile(r"(?:ists|ians|ics|ants|ents|als|ees|ives)$")
_OPENING_QUOTES = ('"', "“", "‘", "'")


def opens_clause(ctx: _Context, s: int) -> bool:
    """Whether the token at ``s`` opens a sentence (:func:`_sentence_initial`) or a quotation ('"Prices are ...'),
    where any word is capitalised."""
    return ctx.doc.text[s - 1 : s] in _OPENING_QUOTES or _sentence_initial(ctx.doc, s)


def _singulars(plural: str) -> tuple[str, ...]:
    """The singular forms a plural in -s may have: "prices" -> "price", "witnesses" -> "witness", "stories" ->
    "story"."""
    if plural.endswith("ies"):
        return plural[:-1], plural[:-3] + "y"
    if plural.endswith("es"):
        return plural[:-1], plural[:-2]
    return (plural[:-1],)


def common_noun_opening(ctx: _Context, s: int, e: int) -> bool:
    """Whether a lone capitalised token that opens a sentence or a quotation is a common noun capitalised for its
    place ("Witnesses said", "Aides say", '"Prices are going up," she said'), not a surname: a plural label word of
    the lexicon ("Aides", "Prosecutors"), or a word the tagger reads as a common noun there, no common first name,
    that the text writes in lower case too or, for a plural, whose singular is a known noun ("price", "witness";
    not "sander"), and that the text never capitalises elsewhere (a name is capitalised mid-sentence too: "said
    Waters")."""
    text = ctx.doc.text
    tok = text[s:e]
    low = tok.lower()
    plural = low.endswith("s") and not low.endswith("ss") and low[:-1].isalpha()
    lab = ctx.label_starts.get(s)
    if plural and lab is not None and lab.end == e:
        return True
    if gender_of_first_name(tok, common_only=True) is not None or SAYS_THAT_PRONOUN_RE.match(text, e):
        return False
    if low not in ctx.low_words and not (plural and any(
            st in ctx.low_words or st in dale_chall_easy_words() or "NOUN" in known_tags(st, 0.0)
            for st in _singulars(low))) and not _abstract_noun(low):
        return False
    if any(p != s and not opens_clause(ctx, p) for p in word_starts(text, tok)):
        return False
    return _abstract_noun(low) or tag_at(ctx.doc, s, e) == "NOUN"


def _abstract_noun(low: str) -> bool:
    """Whether ``low`` is a noun made of a known adjective and "-ness" ("baldness", "happiness"; not "holness")."""
    if not low.endswith("ness") or len(low) < 8:
        return False
    base = low[:-4]
    return any("ADJ" in known_tags(b, 0.0) for b in (base, base[:-1] + "y" if base.endswith("i") else base))


_CAP_WORD_RE = re.compile(r"\b[A-Z][^\W\d_]+")


def _has_demonym(ctx: _Context, tok: str) -> bool:
    """Whether the document also writes a demonym made from ``tok``: "Valdoria" / "Valdorian(s)",
    "Ruritania" / "Ruritanian", "Freedonia" / "Freedonian". One set lookup per suffix: the document's
    capitalised words are collected once."""
    # country-like names only ("-ia", "-land", "-stan"): adjectives made from surnames ("Trumpian",
    # "Freudian") must not turn people into countries
    if len(tok) < 4 or not tok[:1].isupper() or not tok.isalpha() or not tok.endswith(("ia", "land", "stan")):
        return False
    words = ctx.cap_words
    if words is None:
        words = ctx.cap_words = frozenset(_CAP_WORD_RE.findall(ctx.doc.text))
    stem = tok[:-1] if tok.endswith(("a", "e", "o")) else tok
    for suffix in ("an", "ian", "ese", "ish", "i"):
        cand = tok + "n" if suffix == "an" and tok.endswith("a") else stem + suffix
        if cand in words or cand + "s" in words:
            return True
    return False


#: A possessed kinship noun and a comma right before a name ("his wife, ", "Trump's son, ", "Her husband, " opening a
#: sentence).
_KIN_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir)|[\w]['’]s)[ \t]+(?:wife|husband|son|daughter|brother|sister|mother"
    r"|father|widow|fiancée?|fiancee|girlfriend|boyfriend|stepson|stepdaughter|grandson|granddaughter),[ \t]+\Z")


#: A third-person singular pronoun of a person: the adverb cue below needs one soon after the name ("Mancall
#: further explained ... He continued"), so that a company ("Pfizer also said") is no person.
_PERSON_PRONOUN_RE = re.compile(r"(?<![\w'’-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)(?![\w'’-])")
#: Adverbs that may stand between a name and its reporting verb ("Mancall further explained").
_ADVERBS_BEFORE_SPEECH = frozenset("further also later then again".split())


#: After a name opening a line: a colon (perhaps after "on" and a topic) and an opening quotation mark, a
#: headline's way of naming who speaks ('Zelensky: "..."', "Biden on tariffs: ‘...’").
_HEADLINE_SPEAKER_AFTER_RE = re.compile(r"(?:[ \t]+on[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3})?:[ \t]*[\"“‘']")


#: A family's noun right after a surname ("the Koch brothers", "the Nguyen family's lawyer").
_FAMILY_AFTER_RE = re.compile(r"[ \t](?:brothers|sisters|family)(?![\w-])")


def _single_cue(ctx: _Context, s: int, e: int) -> bool:
    """Whether a lone capitalised token is a person: a label before, a reporting verb or a person head after."""
    doc = ctx.doc
    text = doc.text
    if s in ctx.gaz or text[s:e] in NEWSPAPER_HEADS_STRICT:
        return False  # "the Post-Dispatch says"
    if (s == 0 or text[s - 1] == "\n") and _HEADLINE_SPEAKER_AFTER_RE.match(text, e) is not None:
        return True  # 'Zelensky: "We will defend every city."', "Biden on tariffs: ‘...’": a headline's speaker
    prev = ctx.label_ends.get(s - 1)
    if prev is not None and text[prev.end : s] == " " and prev.category != "emotive":
        return True
    prev = ctx.label_ends.get(s - 2)
    if prev is not None and text[prev.end : s] == ", " and text.startswith(",", e) and prev.category != "emotive" \
            and _person_label(prev.text):
        return True  # "Valdoria's strongman, Calder, said": an appositive name after a person's label
    if text.startswith((",", " and ", "."), e) and _KIN_BEFORE_RE.search(text, max(0, s - 40), s) is not None:
        return True  # "He brought his wife, Melania, and ...": a relative of someone named after the kinship noun
    if _FAMILY_AFTER_RE.match(text, e) is not None and _bare_name(ctx, s, e):
        return True  # "the billionaire Koch brothers", "the Nguyen family": a family's surname (a group, see actors)
    ti = doc.token_index(e)
    toks = doc.norm_tokens
    if ti + 1 < len(toks):
        nxt_s = doc.token_spans[ti + 1][0]
        gap = text[e:nxt_s]
        nxt = toks[ti + 1]
        if nxt == "'s" and ti + 2 < len(toks):
            return toks[ti + 2] in _PERSON_NEXT
        if gap.strip() == "" and (nxt in _SPEECH_NEXT or nxt_s in ctx.verb_starts or nxt in _PERSON_NEXT):
            return True
        word = text[s:e]
        if gap == " " and (nxt in _ADVERBS_BEFORE_SPEECH or (nxt.endswith("ly") and len(nxt) > 4)) \
                and word.isalpha() and word[1:].islower() and word.lower() not in ctx.low_words \
                and not text[max(0, s - 4) : s].lower().endswith("the ") \
                and not (word.endswith("s") and _sentence_initial(doc, s)) \
                and _PERSON_PRONOUN_RE.search(text, e, e + 400) is not None \
                and ti + 2 < len(toks) and text[doc.token_spans[ti + 1][1] : doc.token_spans[ti + 2][0]] == " " \
                and (toks[ti + 2] in _SPEECH_NEXT or doc.token_spans[ti + 2][0] in ctx.verb_starts):
            # "Mancall further explained", "Lee repeatedly said": an adverb before the reporting verb (a word with
            # the shape of a name, not one the text writes in lower case, "ISPs", "They'll", a plural opening the
            # sentence, "Voters consistently say", nor after "the": "The Nation recently observed"; and a "he" or
            # "she" soon after)
            return True
    pi = doc.token_index(s - 1)
    if pi >= 0 and text[doc.token_spans[pi][1] : s].strip() == "":
        before = toks[pi]
        if before in ("said", "says", "told", "asked", "wrote") and reporting_forms().get(before):
            return True
    return False


def _bare_name(ctx: _Context, s: int, e: int) -> bool:
    """Whether a lone capitalised token may be a bare surname ("Biden"): not a common, gazetteer, place,
    organisation or title word, not all capitals, and never written in lower case in the document."""
    tok = ctx.doc.text[s:e]
    return (
        len(tok) > 2
        and s not in ctx.gaz
        and not tok.isupper()
        and "-" not in tok[:4]
        and tok.lower() not in ctx.low_words
        and tok.lower() not in COMMON_CAPITALISED
        and tok not in NON_PERSON_WORDS
        and tok not in ACTOR_ORG_HEADS
        and tok not in NEWSPAPER_HEADS
        and not _is_title_word(tok)
    )


def _bare_name_cue(ctx: _Context, s: int, e: int) -> bool:
    """A bare surname followed by a possessive ("Trump's tariffs") or a verb-like word ("Biden visited",
    "Pelosi opposed"): a listed verb, an attribution verb, or mid-sentence a lower-case word ending in -ed; also
    "Bannon, who ..."."""
    if not _bare_name(ctx, s, e):
        return False
    doc = ctx.doc
    toks = doc.norm_tokens
    ti = doc.token_index(e - 1)
    if ti < 0 or ti + 1 >= len(toks):
        return False
    text = doc.text
    nxt_s = doc.token_spans[ti + 1][0]
    nxt = toks[ti + 1]
    if nxt == "'s":  # "Trump's tariffs", not "the Women's March"
        return nxt_s == e and ti + 2 < len(toks) and text[doc.token_spans[ti + 2][0]].islower()
    gap = text[e:nxt_s]
    if gap == ", " and nxt == "who":
        return True
    if gap != " " or not text[nxt_s].islower():
        return False
    if nxt in _BARE_VERBS or nxt_s in ctx.verb_starts:
        return True
    # auxiliaries and any -ed word only mid-sentence: "Multiple failed attempts", "Disney has"
    return (nxt in _AUXILIARIES or (len(nxt) > 4 and nxt.endswith("ed"))) and not _sentence_initial(doc, s)
