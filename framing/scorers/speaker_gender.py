"""The gender a speaker is known by: of a first name (US census lists, shipped), of a person actor (a form of
address, a kinship word, a pronoun that refers back to the name, a first name), and the pronoun cues that say it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from framing.analysis import Actor
from framing.document import Document
from framing.pos import known_tags
from framing.scorers.actor_words import WELL_KNOWN_SURNAMES, WELL_KNOWN_WOMEN

#: Common English first names by gender (US usage); a name on neither list has no gender.
_MALE = frozenset(
    """aaron adam alan albert alex alexander andrew andy anthony antonio arthur barack ben benjamin bernie bill billy
    bob bobby brad bradley brandon brent brett brian bruce carl carlos charles charlie chris christopher chuck clarence
    craig dan daniel danny dave david dennis donald doug douglas earl ed eddie edward eric eugene frank fred
    gabe gary george gerald greg gregory harold harry henry howard jack jacob james jason jeb jeff jeffrey jeremy
    jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin
    kyle larry lawrence lee leo louis luis marco marcus mark martin matt matthew michael mike mitch mitt nathan
    nicholas nick patrick paul pete peter phil philip ralph randy ray raymond richard rick rob robert roger ron
    ronald roy russell ryan sam samuel scott sean stephen steve steven ted terry thomas tim timothy todd tom tommy
    tony travis umberto victor vincent walter wayne william willie xavier zach""".split()
)


_FEMALE = frozenset(
    """abigail alexandria alice alicia amanda amy andrea angela ann anna anne annalee barbara betsy betty beverly
    brenda carol caroline carolyn catherine cathy cheryl christina christine cindy claire debbie deborah denise
    diana diane donna doris dorothy elaine elena elizabeth ellen emily emma evelyn fatima frances gloria
    grace hannah heather helen hillary holly ilhan irene jacqueline jane janet janice jean jennifer jessica jill
    joan joyce judith judy julia julie kamala karen kate katherine kathleen kathryn kathy kay kelly kim kimberly kirsten
    laura lauren linda lisa liz lori louise lucy madeleine maddie margaret maria marie marilyn marissa martha mary
    megan melania melinda melissa michelle mildred monica nancy natalie nicole nikki olivia pamela patricia
    paula peggy rachel rebecca rose ruth samantha sandra sara sarah sharon shirley sonia stephanie susan tamara
    teresa theresa tina tulsi valerie victoria virginia wanda wendy ashley brittany courtney danielle erin
    heidi jenna kristen lindsey meghan mindy molly nina priya rosa sheila shannon stacey tracy vanessa""".split()
)


_TITLE_PARTS = frozenset("""mr mrs ms miss dr sen rep gov gen lt col sgt adm prof rev president senator governor
    representative mayor secretary judge justice chief former vice prime minister the""".split())


_CENSUS_FILE = "first_names_census1990.tsv"


@lru_cache(maxsize=1)
def _census_first_names() -> Mapping[str, str]:
    """First name -> "m"/"f" from the US Census 1990 lists (``framing/data/first_names_census1990.md``)."""
    out: dict[str, str] = {}
    text = resources.files("framing.data").joinpath(_CENSUS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, g = line.partition("\t")
            out[name] = g
    return out


@lru_cache(maxsize=4096)
def gender_of_first_name(name: str, common_only: bool = False) -> str | None:
    """"m" or "f" for a first name ("Bernie", "Nancy", "Jay"), None for any other word or an ambiguous name
    ("Leslie"): the curated lists of common names first, then (unless ``common_only``) the US Census 1990 lists."""
    low = name.lower()
    if low in _MALE:
        return "m"
    if low in _FEMALE:
        return "f"
    return None if common_only else _census_first_names().get(low)


#: A hyphenated given name of two short syllables ("Jong-un", "Jae-in", "Geun-hye", "Siu-wah"); the actor scorer
#: keeps one in a name after a short surname.
HYPHEN_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
#: A name in East Asian order: a short surname, then a hyphenated given name ("Kim Jong-un", "Moon Jae-in").
SURNAME_FIRST_RE = re.compile(r"[A-Z][a-z]{0,4}[ \t]+" + HYPHEN_GIVEN_NAME_RE.pattern)


def _first_name_gender(name: str, common_only: bool = False) -> str | None:
    parts = [p for p in re.split(r"[\s.]+", name.lower()) if p and p not in _TITLE_PARTS]
    if len(parts) < 2:
        return None  # a lone word is a surname ("Lee", "Deal"), not a first name
    if SURNAME_FIRST_RE.fullmatch(name) is not None:
        return None  # "Kim Jong-un": "Kim" is the surname, no woman's first name
    return gender_of_first_name(parts[0], common_only)


#: People of the news whose first name the census lists for the other sex (or for both): their own.
_KNOWN_AGAINST_FIRST_NAME: Mapping[str, str] = MappingProxyType({
    "lindsey graham": "m", "jamie raskin": "m", "jamie dimon": "m", "jody hice": "m", "dana rohrabacher": "m",
    "leslie moonves": "m", "stacey plaskett": "f", "kelly ayotte": "f"})


#: Kinship nouns that say the gender of the relative named right after them ("his wife, Melania,").
_KIN_GENDER = {"wife": "f", "widow": "f", "daughter": "f", "sister": "f", "mother": "f", "fiancée": "f",
               "girlfriend": "f", "stepdaughter": "f", "granddaughter": "f", "husband": "m", "widower": "m",
               "son": "m", "brother": "m", "father": "m", "fiancé": "m", "boyfriend": "m", "stepson": "m",
               "grandson": "m"}


#: The kinship nouns, longest first (for a regular expression's alternatives).
KIN_NOUNS = tuple(sorted(_KIN_GENDER, key=len, reverse=True))


_FIRST_LADY_BEFORE_RE = re.compile(r"(?<![\w'’-])first[ \t]+lady[ \t]+\Z", re.IGNORECASE)


_KIN_BEFORE_RE = re.compile(r"(?<![\w'’-])(" + "|".join(KIN_NOUNS)
                            + r"),?[ \t]+\Z", re.IGNORECASE)


def gender_of(doc: Document, actor: Actor) -> str | None:
    """``"m"``, ``"f"`` or None: from a title right before a mention (Mr., Mrs., Ms.), a gendered kinship noun
    right before one ("his wife, Melania"), a well-known surname ("Trump") or the first name."""
    text = doc.text
    for ms, _ in actor.mentions[:20]:
        before = text[max(0, ms - 6) : ms].strip().lower()
        last = before.rsplit(" ", 1)[-1] if before else ""
        if last in ("mr.", "mr"):
            return "m"
        if last in ("mrs.", "mrs", "ms.", "ms", "miss") or _FIRST_LADY_BEFORE_RE.search(text, max(0, ms - 14), ms):
            return "f"  # (and "first lady Biden said")
        kin = _KIN_BEFORE_RE.search(text, max(0, ms - 16), ms)
        if kin is not None:
            return _KIN_GENDER[kin.group(1).lower()]
    if actor.name in WELL_KNOWN_SURNAMES:
        return "f" if actor.name in WELL_KNOWN_WOMEN else "m"  # "Trump", "Pelosi": one person of the news
    known = _KNOWN_AGAINST_FIRST_NAME.get(actor.name.lower())
    if known is not None:
        # "Lindsey Graham": a man of the news whose first name the census lists as a woman's (the text's own pronoun
        # first: another Lindsey Graham, "a teacher in Asheville, said she was laid off")
        return _says_that_pronoun(doc, actor) or _pronoun_gender(doc, actor) or known
    g = _first_name_gender(actor.name)
    if g is not None:
        # the text's own pronoun overrules a first name that misleads: "Lindsey Graham told reporters that he ..."
        return _says_that_pronoun(doc, actor) or g
    g = _closing_tag_pronoun(doc, actor) or _pronoun_gender(doc, actor)
    if g is not None:
        return g
    for ms, me in actor.mentions[:20]:
        g = _first_name_gender(text[ms:me])
        if g is not None:
            return g
    return None


#: Pronouns after a mention that say its gender: subjects, reflexives and possessives ("Trump ... his precious border
#: wall"); not the objects "him" and "her" before a preposition or a mark, mostly someone else ("Dieter Hansen has
#: worked with her for years").
_HE_RE = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)


_SHE_RE = re.compile(
    r"\b(?:she|hers|herself|her(?=[ \t]+(?!(?:for|to|at|in|on|and|or|but|with|from|as|that|about|by|after|before|"
    r"into|over|up|out|off|down|back|again|too|last|this|if|when|while|because|so)\b)[a-z]))\b", re.IGNORECASE)


#: A reporting verb right after a name whose that-clause opens with a pronoun: "Graham (R-S.C.) told reporters on
#: Thursday that he didn't think ...": the pronoun is the name's.
#: A reporting verb right after a name whose clause opens with "he" or "she" ("Sessions said he would recuse",
#: "Lee told reporters that she ..."): one person, of that gender when the verb's object is no other person
#: (``object`` is "reporters", "journalists", "the ..." or another word: "Trump told Comey he ..." names a person
#: but not whose pronoun it is). Read by this module (gender) and by ``actor_cues`` (a person, not a common noun).
SAYS_THAT_PRONOUN_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?,?[ \t]+(?:also[ \t]+|later[ \t]+|has[ \t]+|had[ \t]+)?"
    r"(?:said|says|told[ \t]+(?P<object>the[ \t]+\w+|\w+)|tells[ \t]+reporters|added|adds|argued|insisted|"
    r"claimed|explained|acknowledged|admitted|wrote|writes)(?:[ \t]+(?:on|last|this)[ \t]+\w+)?[ \t]+"
    r"(?:that[ \t]+)?(?P<pronoun>he|she)(?![\w-])")


_PLAIN_OBJECTS = frozenset({"reporters", "journalists", "the"})


def _says_that_pronoun(doc: Document, actor: Actor) -> str | None:
    """"m" or "f" when a mention of the actor (outside quotations) is the subject of a reporting verb whose
    clause opens with "he" or "she", and no mention is followed so by the other pronoun."""
    found: set[str] = set()
    for ms, me in actor.mentions[:20]:
        m = SAYS_THAT_PRONOUN_RE.match(doc.text, me)
        if m is not None and not doc.in_quote(ms, m.end()) and (
                m["object"] is None or m["object"].split()[0].lower() in _PLAIN_OBJECTS):
            found.add("m" if m["pronoun"].lower() == "he" else "f")
    return found.pop() if len(found) == 1 else None


#: A sentence's closing attribution by a pronoun: "..., she says." / "..., he told CNN."
_CLOSING_TAG_RE = re.compile(
    r",[ \t]+(he|she)[ \t]+(?:says|said|added|adds|told[ \t]+[\w.]+(?:[ \t]+[\w.]+)?|writes|wrote|argues|argued)"
    r"[ \t]*[.!]?[ \t]*$", re.IGNORECASE)


#: A verb of view right after a name (an appositive set off by commas may come between): "Nooshin Erfani-Ghadimi, a
#: coordinator for ..., believes".
_OPINION_VERB_AFTER_RE = re.compile(
    r"(?:,[^.!?;\n]{1,160}?,)?[ \t]+(?:also[ \t]+|still[ \t]+)?(?:believes|thinks|argues|contends|says|notes|"
    r"worries|fears|hopes|expects|predicts|warns|insists|suspects|doubts|agrees|disagrees|maintains|suggests)\b")


def _closing_tag_pronoun(doc: Document, actor: Actor) -> str | None:
    """Gender from the pronoun of a sentence's closing attribution when a mention of the actor opens that sentence
    as the subject of a verb of view, outside quotations ("Nooshin Erfani-Ghadimi, a project coordinator, believes
    Pistorius would be treated better -- as he has been throughout --, she says."): the opener is the one who says
    it, whatever pronouns come between (here "he", Pistorius's); None when such sentences disagree."""
    found: set[str] = set()
    for ms, me in actor.mentions[:20]:
        si = doc.sentence_index(ms)
        if si < 0 or doc.sentences[si][0] != ms:
            continue
        se = doc.sentences[si][1]
        if _OPINION_VERB_AFTER_RE.match(doc.text, me, se) is None:
            continue  # the opener is the topic, not whose view it is ("Okafor never had a fair trial, she says")
        rest = doc.text[me:se]
        m = _CLOSING_TAG_RE.search(rest)
        if m is not None and not doc.in_quote(me + m.start(), me + m.end()) and '"' not in rest and "“" not in rest:
            found.add("m" if m.group(1).lower() == "he" else "f")
    return found.pop() if len(found) == 1 else None


def _pronoun_gender(doc: Document, actor: Actor) -> str | None:
    """Gender from the pronouns that follow the actor's mentions in their sentence, when they agree ("Trump
    ... his precious border wall")."""
    he = she = 0
    for ms, me in actor.mentions[:20]:
        si = doc.sentence_index(ms)
        end = doc.sentences[si][1] if si >= 0 else me + 80
        window = doc.text[me : min(end, me + 80)]
        if doc.in_quote(me, min(end, me + 80)):
            continue
        he += len(_HE_RE.findall(window))
        she += len(_SHE_RE.findall(window))
    if he > she and she == 0:
        return "m"
    if she > he and he == 0:
        return "f"
    if he == she == 0:
        return _next_sentence_pronoun(doc, actor)
    return None


#: A subject pronoun of a verb of saying ('"Our farmers are not anyone's enemy," she said'; not "She had delivered
#: his children" after "X thanked the midwife.", where the pronoun is the object's).
_SUBJECT_PRONOUN_RE = re.compile(r"\b(he|she)[ \t]+(?:said|says|added|told|asked|replied|wrote)\b", re.IGNORECASE)
#: A capitalised word after a sentence's first: another name the sentence may be about.
_LATER_CAPITAL_RE = re.compile(r"(?<=[ \t(])[A-Z]")


def _next_sentence_pronoun(doc: Document, actor: Actor) -> str | None:
    """Gender from the pronoun that attributes words ("she said") in the sentence right after one that the actor's
    mention opens and that names no one else ("Nowicka rejected the charge. "...," she said."): the pronoun that
    takes up the only person in view; None when the pronouns found disagree."""
    found: set[str] = set()
    for ms, me in actor.mentions[:20]:
        si = doc.sentence_index(ms)
        if si < 0 or si + 1 >= len(doc.sentences) or doc.sentences[si][0] != ms:
            continue
        se = doc.sentences[si][1]
        if _LATER_CAPITAL_RE.search(doc.text, me, se) is not None or doc.in_quote(ms, me):
            continue
        ns, ne = doc.sentences[si + 1]
        for m in _SUBJECT_PRONOUN_RE.finditer(doc.text, ns, ne):
            if not doc.in_quote(m.start(), m.end()):
                found.add("m" if m.group(1).lower() == "he" else "f")
                break
    return found.pop() if len(found) == 1 else None


def named_surname(text: str, tok: str, e: int) -> bool:
    """Whether the lone capitalised word ``tok`` (ending at ``e``) that is a month, a modal or a title ("May",
    "Will", "King") is the surname of a person the text names with a first name ("Theresa May"), used here as a subject
    or possessor: a lower-case word or "'s" follows it."""
    if tok not in _WORD_SURNAMES or not _VERB_OR_POSSESSIVE_AFTER_RE.match(text, e) or \
            text[max(0, e - len(tok) - 4) : e - len(tok)] in ("the ", "The "):
        return False  # (not "the Post said", "the King said")
    return _named_with_first(text, tok)


@lru_cache(maxsize=256)
def _named_with_first(text: str, tok: str) -> bool:
    """Whether ``text`` names someone ``tok`` with a first name or a title abbreviation before it ("Theresa May",
    "Sen. Angus King"): a common first name, or one of the full lists that is no English word ("Myron May"; not
    "In May", "Will King"). Cached: asked once per lone word of a document."""
    return any(m.group(1) is not None or gender_of_first_name(m.group(2), common_only=True) is not None
               or (gender_of_first_name(m.group(2)) is not None and not known_tags(m.group(2).lower()))
               for m in re.finditer(_TITLE_BEFORE + r"?\b([A-Z][a-z]+)[ \t]+" + tok + r"\b", text))


#: A title abbreviation before a first name the lists may lack ("Sen. Angus King").
_TITLE_BEFORE = r"(\b(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Sens|Reps)\.[ \t]+)"

#: Place words that are also surnames ("John Park", "Tom Hill", "Kari Lake").
SURNAME_PLACE_WORDS = frozenset("Park Hill Hall Lake Street Temple Bay Fox".split())
#: Months, modals, titles, place and organisation words that are also surnames ("Theresa May", "George Will",
#: "Angus King", "Rick Hill", "Frank Church").
_WORD_SURNAMES = SURNAME_PLACE_WORDS | frozenset(
    {"May", "June", "April", "August", "Will", "Might", "King", "Prince", "Bishop", "Major", "Duke", "Judge",
     "Marshal", "Knight", "Noble", "Pope", "Baron", "Earl", "Church", "Post"})
_VERB_OR_POSSESSIVE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?!(?:i|you|we|they|he|she|it|be|not|have)\b)[a-z]|['’]s\b)")  # (not a modal: "May you live")
