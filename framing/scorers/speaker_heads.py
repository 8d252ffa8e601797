"""Whether a speaker phrase names someone at all: the structural test on its head word (issue 15, session 23).

A quotation's speaker is a person, a group of people, an organisation, a document or outlet that speaks, or a
pronoun that stands for one. :func:`head_names_someone` checks the head of a cleaned speaker phrase (its last word,
or the word before "of" in "members of parliament"):

- a lower-case head must be a pronoun or a noun of the speaker classes below (people and roles, groups, bodies,
  texts and outlets that speak): "the board", "one lobbyist", "The memo" pass; "abortion precedent", "bookshelves",
  "the poison pill angle", "Western current" name no one;
- a phrase that ends in a possessive ("Flynn's", "the CIA's") lost the noun it belonged to and names no one;
- a single capitalised word that is not capitalised anywhere else mid-sentence in the text is read in its
  sentence by the shipped part-of-speech tagger (:mod:`framing.pos`): an adverb, adjective, interjection,
  preposition or verb ("Clearly", "Perhaps", "Unfortunately", "Oh", "Yes", "Look", "Toward", "Presidential",
  "Spotted") names no one (a noun may be a surname: the tagger reads "Flake", "Pence" as nouns);
- a title with no name after it, glued to a capitalised word without a determiner ("Kavanaugh Sen.", "CPAC Vice
  President"), is a headline or link fragment and names no one;
- an adverb or reflexive after a name ("Trump himself", "the administration first") and a place or time
  preposition after a name ("Justice Breyer near the end") are cut off: the phrase before them is the speaker.

The word lists are classes (what can speak), not strings seen as errors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from framing.document import Document
from framing.pos import known_tags, tag_at
from framing.scorers.actor_words import BRAND_POSSESSIVE_RE, DESCRIPTIVE_WORDS, ROLE_NOUNS
from framing.scorers.names import ORG_HEADS
from framing.scorers.speaker_gender import gender_of_first_name

__all__ = ["LY_NOUNS", "SPEAKER_NOUNS", "head_names_someone", "is_ly_adverb", "is_speaker_noun"]

#: Nouns and adjectives ending in "-ly" that are no adverb: "the family said" is no "the (lovingly) said".
LY_NOUNS = frozenset(
    """family ally assembly rally supply anomaly monopoly belly bully jelly lily daily weekly monthly quarterly
    butterfly homily melancholy""".split())


def is_ly_adverb(word: str) -> bool:
    """Whether ``word`` (any case) reads as an adverb in "-ly" of at least five letters ("recently", "widely"), not
    a noun such as "family" or "assembly" (:data:`LY_NOUNS`)."""
    return len(word) > 4 and word[-2:].lower() == "ly" and word.lower() not in LY_NOUNS


#: People and their roles (besides the actor scorer's role and descriptive words).
_PEOPLE = frozenset(
    """man woman men women person people persons boy girl child children kid kids teen teenager teenagers youth
    mother father parent parents wife husband son daughter brother sister family families relative relatives
    official officials officer officers spokesman spokeswoman spokesperson spokespeople aide aides adviser advisor
    source sources insider insiders observer observers caller callers announcer narrator complainant accused
    author authors writer writers reporter reporters editor editors host hosts anchor expert experts scholar
    scholars academic academics researcher researchers scientist scientists economist economists analyst analysts
    strategist strategists pollster pollsters consultant operative member members leader leaders chief
    head executive executives ceo founder president vice-president judge judges justice justices juror jurors
    cop cops agent agents trooper candidate critic critics supporter supporters fan fans follower
    followers opponent opponents ally allies friend friends neighbor neighbors neighbour neighbours immigrant
    immigrants refugee refugees migrant migrants student students graduate graduates grad grads recruit recruits
    monitor monitors attendee attendees participant participants respondent respondents customer customers
    consumer consumers viewer viewers reader readers listener listeners user users owner owners worker workers
    employee employees staff staffer staffers protester protesters protestor protestors demonstrator
    demonstrators activist activists organizer organizers organiser organisers voter voters resident residents
    citizen citizens taxpayer taxpayers veteran veterans soldier soldiers troops victim victims survivor survivors
    witness witnesses lawyer lawyers attorney attorneys counsel prosecutor prosecutors investigator investigators
    detective detectives regulator regulators lawmaker lawmakers legislator legislators senator senators
    representative representatives congressman congresswoman governor governors mayor mayors minister ministers
    secretary diplomat diplomats envoy ambassador negotiator negotiators delegate delegates commissioner
    commissioners director directors chairman chairwoman chair chairs manager managers professor professors
    teacher teachers doctor doctors nurse nurses physician physicians patient patients democrat democrats
    republican republicans conservative conservatives liberal liberals progressive progressives moderate
    moderates independent independents libertarian libertarians socialist socialists nationalist nationalists
    populist populists centrist centrists americans local locals native natives specialist pundit pundits
    commentator commentators columnist columnists blogger bloggers correspondent correspondents journalist
    journalists presenter speaker speakers narrators plaintiff plaintiffs defendant defendants
    petitioner petitioners appellant appellants claimant claimants accuser accusers fellow fellows historian
    historians lobbyist lobbyists donor donors partner partners colleague colleagues counterpart counterparts
    successor predecessor whistleblower clergy priest bishop pope cardinal rabbi imam pastor
    everybody everyone somebody someone anybody anyone nobody others other one ones poster posters liaison
    liaisons examiner examiners chairmen chairwomen watcher watchers lieutenant sergeant captain colonel major
    admiral corporal commander marshal deputy officer-in-charge coroner ranger firefighter firefighters paramedic
    medic general chancellor premier driver drivers counselor counselors counsellor therapist
    queen king prince princess duke duchess monarch royal royals emperor empress mom moms dad dads mum mums
    grandmother grandfather grandma grandpa aunt uncle cousin cousins nephew niece fiance fiancee widow widower
    stepson stepdaughter stepmother stepfather gunman gunmen shooter shooters suspect suspects terrorist
    terrorists militant militants rebel rebels insurgent insurgents attacker attackers assailant inmate inmates
    prisoner prisoners detainee detainees hostage hostages couple pair jury principal principals
    councilman councilwoman councilmember alderman""".split()
)
#: Groups and bodies (besides the last words of organisation names, lower-cased).
_BODIES = frozenset(
    """administration administrations agency agencies board boards bureau cabinet campaign campaigns caucus center
    centre chamber church coalition commission committee committees company companies council court courts
    department departments embassy firm firms foundation government governments group groups hospital institute
    lobby legislature ministry network networks newspaper newspapers nonprofit nonprofits non-profit office
    organization organizations organisation organisations outlet outlets panel panels paper papers party parties
    police prosecution publication publications regime school schools senate site sites station team teams union
    unions university universities website websites magazine magazines journal outfit think-tank tank channel
    broadcaster broadcasters service authorities authority military army navy country countries nation nations
    state states city county district majority minority plurality percent public crowd crowds audience
    audiences media press electorate congregation community communities camp side sides opposition leadership
    management bank banks industry alliance association federation movement startup corporation
    corporations studio studios club league assembly parliament delegation mission
    white-house white body bodies enforcement town towns village villages municipality
    municipalities airline airlines carrier carriers automaker automakers carmaker carmakers retailer retailers
    lender lenders insurer insurers manufacturer manufacturers giant giants watchdog watchdogs charity charities
    drugmaker drugmakers brewer regulator regulators utility utilities conglomerate chain chains""".split()
)
#: Texts, recordings and outlets whose words are quoted.
_TEXTS = frozenset(
    """ad ads advert advertisement advertisements affidavit agreement amendment analysis application article
    articles audit bill bills blog book books brief cable cables charter column comment comments complaint
    complaints constitution contract decision directive dissent document documents dossier editorial editorials
    email emails e-mail essay filing filings form guidance indictment interview interviews lawsuit lawsuits law laws
    letter letters manifesto memo memos memorandum message messages motion note notes notice op-ed oped opinion
    order orders petition piece platform poll polls post posts proposal release report reports resolution review
    ruling rulings rule rules settlement sign signs slogan speech speeches statement statements story stories study
    studies subpoena survey surveys transcript transcripts tweet tweets verdict video videos warrant headline
    headlines broadcast segment podcast show episode film documentary textbook text texts voicemail recording
    recordings tape tapes footage plan plans policy findings testimony remarks words response reply
    announcement warning summary update guidelines regulation regulations legislation accord treaty deal
    page account accounts feed bulletin newsletter press-release leaflet flyer pamphlet brochure banner
    chant chants caption label motto section subsection clause paragraph provision provisions footnote language
    passage meme memes data figures statistics""".split()
)

#: Every noun that can head a speaker phrase (lower-case).
SPEAKER_NOUNS = (_PEOPLE | _BODIES | _TEXTS | DESCRIPTIVE_WORDS | ROLE_NOUNS
                 | frozenset(h.lower() for h in ORG_HEADS))

_PRONOUNS = frozenset(
    """he she they it we i you one another others someone anyone everyone somebody anybody everybody nobody who
    many most some few several all both each either neither none this that these those""".split()
)
#: Tags of a lone capitalised word that is no name and no noun ("Clearly", "Oh", "Look", "Toward").
_NOT_NOUN_TAGS = frozenset("ADV ADJ INTJ ADP SCONJ CCONJ VERB AUX PART".split())
#: Endings of adverbs, participles and adjectives, which no surname has ("Conventional": see also -al below).
_NON_NOUN_ENDINGS = ("ly", "ed", "ous", "ive", "ful", "less", "able", "ible")
#: Titles that need a name after them ("Sen.", "Vice President").
_TITLE_ENDS = frozenset(
    """sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. adm adm. dr dr. mr mr. mrs mrs. ms ms.
    president senator governor secretary minister chairman chairwoman representative congressman congresswoman
    mayor judge justice""".split()
)
_TITLE_LEAD = frozenset("vice deputy assistant former acting prime chief associate".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your one another".split())
#: Words after a name that are no part of the speaker phrase ("Trump himself", "the administration first").
_TRAILING = frozenset("himself herself themselves itself first overall alone too again also".split())
#: Prepositions of place and time after a name: the speaker phrase ends before them.
_CUT_PREPOSITIONS = frozenset("near during after before since until amid despite".split())
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ites")
#: Singular agent nouns ("the councilman", "the historian", "the organizer") ...
_AGENT_SINGULARS = ("er", "or", "ist", "ian", "man", "woman")
#: ... except these common nouns that end like one but name no one.
_NOT_AGENTS = frozenset("""number numbers matter matters border borders corner corners winter summer center centre
    chapter character disaster monster register barrier sector factor mirror error motor answer power computer
    weather water quarter trigger cancer paper letter order layer cluster shelter poster roster meter theater
    theatre filter folder server browser printer monitor sensor""".split())
#: Nouns that count or measure what "of" introduces: the head is the noun after "of".
_QUANTITY_NOUNS = frozenset("""lot lots number numbers handful couple bunch dozens hundreds thousands millions
    share percent half rest plenty score series range variety""".split())


def is_speaker_noun(word: str) -> bool:
    """Whether the lower-case ``word`` (or its singular, or the last part of a hyphenated compound) is a noun of
    the speaker classes."""
    w = word.lower().replace("’", "'")
    if w in SPEAKER_NOUNS:
        return True
    for cand in (w[:-3] + "y" if w.endswith("ies") else "", w[:-2] if w.endswith("es") else "",
                 w[:-1] if w.endswith("s") else ""):
        if cand and cand in SPEAKER_NOUNS:
            return True
    if w.endswith("-elect") and len(w) > 6:
        return is_speaker_noun(w[:-6])  # "the president-elect"
    if "-" in w:
        return is_speaker_noun(w.rsplit("-", 1)[1])
    if w in _NOT_AGENTS:
        return False
    # agent nouns name people ("tenants", "renters", "pharmacists", "Iowans"; "the councilman", "the historian"),
    # not words the tagger learned only as something else ("whatever", "together", "whether")
    if not ((len(w) > 6 and w.endswith(_AGENT_PLURALS)) or (len(w) > 5 and w.endswith(_AGENT_SINGULARS))):
        return False
    tags = known_tags(w)
    return not tags or bool(tags & {"NOUN", "PROPN"})


#: a word after a word character, comma or semicolon and a space, not opening with an ASCII lower-case letter (the
#: space is read before the look-behind, so the engine skips to the next space in C)
_MID_WORD_RE = re.compile(r" (?<=[\w,;] )([^\W\d_a-z][\w.&-]*)")
_JOINERS = re.compile(r"[.&-]")


@lru_cache(maxsize=8)
def _mid_sentence_words(text: str) -> dict[str, tuple[int, ...]]:
    """Capitalised word -> start offsets of its occurrences right after a word, comma or semicolon and a space, from
    one scan of ``text``; a compound ("Smith-Jones", "MoveOn.org") is also listed under each of its prefixes that end
    before a joiner, as a search for the prefix followed by a word boundary would find it. Only words whose first
    letter is upper-case are listed: the only ones asked about (lower-case ones made the scan 5x slower)."""
    out: dict[str, list[int]] = {}
    for m in _MID_WORD_RE.finditer(text):
        tok = m.group(1)
        if not tok[0].isupper():
            continue  # (a non-ASCII lower-case letter)
        tok, at = tok.rstrip(".&-"), m.start(1)
        out.setdefault(tok, []).append(at)
        for j in _JOINERS.finditer(tok):
            out.setdefault(tok[: j.start()], []).append(at)
    return {k: tuple(v) for k, v in out.items()}


def _capitalised_elsewhere(text: str, word: str, at: int) -> bool:
    """Whether ``word`` occurs capitalised after a word or a comma elsewhere in ``text`` (a name is
    capitalised mid-sentence; "Clearly" or "Perhaps" only where a sentence opens); ``word`` opens with an upper-case
    letter. One scan per text, cached: a search per speaker made long texts quadratic."""
    return any(p != at for p in _mid_sentence_words(text).get(word, ()))


def _learned_non_noun(word: str) -> bool:
    """Whether the tagger learned ``word`` as something other than a noun ("Clearly", "Oh", "Toward", "Whatever"), or
    its ending says so (-ly, -ed, -ous, -ive, ...; -al on a long word: "Conventional"): an unknown word ("Biden",
    "Zuckerberg") may be a surname whatever tag it gets."""
    low = word.lower()
    tags = known_tags(low)
    return (bool(tags & (_NOT_NOUN_TAGS | {"DET", "PRON", "NUM"})) and not tags & {"NOUN", "PROPN"}) \
        or low.endswith(_NON_NOUN_ENDINGS) or (len(low) > 8 and low.endswith("al"))


def _name_shaped(word: str) -> bool:
    """An acronym ("BRPD", "CNN"), a word with a capital inside ("McCain", "MoveOn.org") or a web address
    ("HealthCare.gov"): a name, whatever the tagger says."""
    letters = [c for c in word if c.isalpha()]
    return (len(letters) >= 2 and all(c.isupper() for c in letters)) or any(c.isupper() for c in word[1:]) \
        or re.search(r"\w\.(?:com|org|gov|net|edu)\b", word) is not None


def _first_name(low: str) -> bool:
    return gender_of_first_name(low) is not None


def head_names_someone(doc: Document, words: Sequence[tuple[int, int]], lows: Sequence[str]
                       ) -> tuple[int, int] | None:
    """The span of the speaker phrase ``words`` (word spans, ``lows`` their lower-cased text) when its head can
    name someone, shortened where a trailing adverb, reflexive or place/time preposition after a name ran into it;
    None when it names no one (see the module docstring)."""
    text = doc.text
    words, lows = list(words), list(lows)
    # "Justice Breyer near the end": the phrase ends before a place or time preposition after a name
    for i in range(1, len(words)):
        if lows[i] in _CUT_PREPOSITIONS and text[words[i - 1][0]].isupper():
            words, lows = words[:i], lows[:i]
            break
    while len(words) >= 2 and lows[-1] in _TRAILING and text[words[-1][0]].islower():
        words, lows = words[:-1], lows[:-1]
    if not words:
        return None
    span = (words[0][0], words[-1][1])
    last = lows[-1]
    if (last in ("'s", "'") or (last.endswith("'s") and len(last) > 2)) and not BRAND_POSSESSIVE_RE.match(
            text, span[1] - 2):
        return None  # "Flynn's" (calls), "the CIA's" (reported assessment): the possessor of a noun cut off
        # (not a company named with a possessive: "McDonald's said")
    # the head: the word before "of" ("members of parliament"), else the last word
    head_i = len(words) - 1
    if "of" in lows[1:]:
        k = lows.index("of", 1)
        if (text[words[k - 1][0]].islower() or lows[k - 1] in ("one", "some", "many", "most", "all", "none")) \
                and lows[k - 1] not in _QUANTITY_NOUNS:
            head_i = k - 1  # ("a lot of people", "a number of voters": the noun after "of")
    head = lows[head_i]
    hs = words[head_i][0]
    while hs > 0 and (text[hs - 1].isalnum() or (text[hs - 1] in ".&-" and hs > 1 and text[hs - 2].isalnum())):
        if text[hs - 1] == "." and (si := doc.sentence_index(hs)) >= 0 and doc.sentences[si][0] == hs:
            break  # a full stop glued to the next sentence: "to lawmakers.Williams told" (sentence_spans ends it there)
        hs -= 1  # the whole written word: "MoveOn.org", "HealthCare.gov"
    hw = text[hs : words[head_i][1]]
    if head in _PRONOUNS or lows[0] in ("who", "whom", "which"):
        return span  # (a relative pronoun's phrase goes to the name before it, as the callers decide)
    if hw[:1].isupper():
        if len(words) == 1:
            if _capitalised_elsewhere(text, hw, words[0][0]) or _name_shaped(hw):
                return span
            tag = tag_at(doc, words[0][0], words[0][1])
            if tag in _NOT_NOUN_TAGS and not is_speaker_noun(head) and _learned_non_noun(hw):
                return None  # "Clearly", "Oh", "Look", "Presidential" (a noun may be a surname: "Flake", "Pence")
            return span
        if hw.lower() in _TITLE_ENDS:
            # a title with no name after it: "the President", "Vice President" and "Former Sen." stand alone;
            # "Kavanaugh Sen.", "CPAC Vice President" are a headline glued to the title
            k = head_i - 1
            while k >= 0 and lows[k] in _TITLE_LEAD:
                k -= 1
            if k >= 0 and lows[0] not in _DETERMINERS and not lows[0].endswith("'s") and text[words[k][0]].isupper() \
                    and not (k == head_i - 1 and _first_name(lows[k])):
                return None  # (not a surname that is a title word: "Steve Judge")
        return span
    if is_speaker_noun(head):
        return span
    if re.fullmatch(r"[\w]+-years?-olds?", head):
        return span  # "the 17-year-old"
    if head in ("surveyed", "polled", "interviewed", "asked", "questioned") and lows[0] in ("those", "people"):
        return span  # "those surveyed"
    return None
