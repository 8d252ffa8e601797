"""Actors and their labels: who a text talks about and what it calls them.

No NER model is available, so actors come from rules and a gazetteer (``lexicons/demonyms_countries.tsv``):

- **people**: runs of capitalised tokens (:func:`framing.scorers.names.cap_runs`) after stripping titles
  ("Sen.", "President"), sentence-initial common words and title-case headline words; two or more name
  tokens make a person, one token is a person only with a cue (a title, a label, a reporting verb, a
  possessive "administration"-type head) or when it is the surname or first name of a person named in full in
  the same document ("Nicolás Maduro" ... "Maduro"), which also merges the aliases; a bare name never written
  in lower case in the document is a person before "'s" + a lower-case word, a listed or attribution verb,
  ", who", mid-sentence an -ed word or auxiliary ("Biden visited", "Trump's tariffs"), or when joined by
  "and"/"or" to a person's mention. Runs of title words only ("Executive Chairman"), tokens joined by "&"
  ("J&J") and runs ending in a place, newspaper or shop word ("South Bend", "Wichita Eagle") are no people, nor
  are runs starting with a geographic head ("Cerro Blanco", "Río Grande", "Costa Verde"), or with "San"/"Santa"/"St."
  unless a title or a person cue comes with them ("General Santa Anna"), nor all-capitals datelines opening a
  paragraph ("SANTA LUCÍA —", "WASHINGTON (Reuters) —"). A gazetteer place right after a title and before one
  or two name words, or a place that is a common first name before one surname-like word, is a first name
  ("Prime Minister Sofia Brandt", "Paris Hilton"; not "Moscow Mayor Sergei Sobyanin", "Dallas Cowboys");
- **countries** from country names, demonyms and capitals ("Venezuela", "Venezuelan", "Caracas"), and seats
  of government as their own actors ("the Kremlin", "White House");
- **organisations and groups** from runs ending in an organisation head ("Chinese Communist Party") and from
  the gazetteer (NATO, Hamas, Democrats).

Labels are the label-like spans right before a mention ("dictator Nicolás Maduro", "communist Cuba"), right
after it ("the Maduro regime", a party-state tag "(D-Md.)") or in an appositive ("Maduro, the strongman,", "John
Smith, 45, a plumber from Ohio,", "X, former Fox News chairman,"), given by example ("hopefuls like X", "lawmakers,
including X and Y") or shared by coordinated names ("Sens. X and Y"); organisations take kind nouns ("the advocacy
group Public Citizen", "Gallup, the polling firm"). Labels before a place that modifies a title ("former Florida Gov.
Jeb Bush") are the person's. Their kind comes from the
lexicon category (``neutral_title`` -> ``title``, ``pejorative_label`` and ``delegitimiser`` -> ``pejorative``,
``ideological_label`` -> ``ideological``, ``emotive`` -> ``descriptive``) or from the short lists below
(``honorific``, ``descriptive``; an emotive word in the honorific list, "heroic", is ``honorific``).
``label_asymmetry`` compares actors of one type: the largest difference between two actors' shares of
pejorative or ideological labels, or of honorific labels (0 = all labelled alike, 1 = one actor only gets
titles, another only epithets or only praise).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from framing.analysis import Actor, Label, Span
from framing.document import Document
from framing.lexicon import Lexicon, LexiconEntry, _build
from framing.pos import tag_spans
from framing.scorers.base import ResultBuilder
from framing.scorers.names import (
    ADDRESS_FORMS,
    COMMON_CAPITALISED,
    DEPARTMENT_TITLES,
    GEO_HEADS,
    NEWSPAPER_HEADS,
    NEWSPAPER_HEADS_STRICT,
    NON_PERSON_WORDS,
    NON_SURNAME_WORDS,
    ORG_HEADS,
    PLACE_GIVEN_NAMES,
    SAINT_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    CapToken,
    cap_runs,
    in_spans,
    link_text_spans,
    split_run,
)
from framing.scorers.reporting import reporting_forms
from framing.scorers.speakers import gender_of_first_name

__all__ = [
    "ACTOR_TYPES",
    "LABEL_KINDS",
    "LEXICON_LABEL_KIND",
    "ActorScorer",
    "find_actors",
    "gazetteer",
    "gazetteer_additions",
    "label_asymmetry",
]

LABEL_KINDS = ("title", "pejorative", "ideological", "honorific", "descriptive")

#: Last words of organisations' names: the shared list (names.ORG_HEADS, which the quote scorer reads too) and
#: heads read by the actor scorer only ("The Nature Conservancy", "the World Economic Forum").
ORG_HEADS = ORG_HEADS | frozenset({"Conservancy", "Forum"})

#: Lexicon category -> label kind.
LEXICON_LABEL_KIND: Mapping[str, str] = MappingProxyType(
    {
        "neutral_title": "title",
        "pejorative_label": "pejorative",
        "delegitimiser": "pejorative",
        "ideological_label": "ideological",
        "emotive": "descriptive",
        "honorific": "honorific",
    }
)

#: Positive labels (kind ``honorific``), compared lower-cased.
HONORIFIC_WORDS = frozenset(
    """hero heroic heroes champion visionary statesman stateswoman reformer reformist beloved respected revered
    legendary iconic icon trailblazer pioneer patriot patriotic esteemed distinguished renowned acclaimed
    celebrated admired charismatic popular courageous brave principled honest decent humble wise
    peacemaker defender savior saviour freedom-fighter democrat-hero""".split()
)
#: Descriptive labels (kind ``descriptive``): roles and attributes that are neither titles nor judgements.
DESCRIPTIVE_WORDS = frozenset(
    """former longtime long-time veteran incumbent outgoing embattled billionaire millionaire businessman
    businesswoman tycoon mogul activist candidate nominee challenger rival lawmaker politician economist
    entrepreneur author writer journalist commentator host actor actress singer star celebrity philanthropist
    investor lawyer attorney scholar professor student survivor victim retiree democratic republican democrat
    gop conservative liberal progressive moderate independent libertarian populist nationalist centrist
    top senior chief deputy associate ambassador envoy aide adviser advisor advisers strategist operative
    consultant pollster spokesman spokeswoman spokesperson official officials prosecutor judge lawyer manager
    director chairman chairwoman founder co-founder executive analyst researcher expert scientist reporter
    correspondent columnist anchor commentator editor publisher owner donor fundraiser organizer organiser
    commander officer agent soldier diplomat wife husband son daughter brother sister mother father widow
    ally critic supporter opponent protester protestor leader heavyweight member head contender front-runner
    frontrunner runner-up treasurer physician counsel scientist hard-liner hardliner stepson stepdaughter stepfather
    stepmother grandson granddaughter grandfather grandmother nephew niece cousin uncle aunt fiance fiancee
    fiancé fiancée girlfriend boyfriend""".split()
)
#: Occupations and roles of people ("jailed clerk Kim Davis", "evangelical preacher Randy Smith"): descriptive
#: labels of persons only ("Oklahoma doctor" is no label of Oklahoma).
ROLE_NOUNS = frozenset(
    """clerk preacher pastor priest bishop rabbi imam cleric evangelist sheriff coach teacher nurse doctor surgeon
    farmer rancher engineer banker trader broker landlord blogger podcaster filmmaker producer artist musician
    comedian rapper athlete trooper detective investigator inspector regulator whistleblower plaintiff
    defendant suspect inmate detainee witness hopeful hopefuls contractor lobbyist negotiator mediator
    secretary-general fellow dean partner specialist coordinator colleague friend sociologist psychologist
    psychiatrist historian demographer epidemiologist physicist biologist lecturer instructor superintendent
    administrator novelist poet playwright photographer pundit campaigner volunteer staffer employee classmate
    schoolmate teammate roommate hostage captive personality""".split()
)
#: Lower-case words after a mention that make it a modifier of a noun ("former U.S. ambassador", "the Trump
#: administration"): a country or party written there takes no labels from its left.
_MODIFIED_HEADS = DESCRIPTIVE_WORDS | frozenset(
    """ambassador administration government officials official president senator lawmaker lawmakers leader
    leaders minister ministry envoy military army forces troops embassy diplomat diplomats delegation
    authorities regime prosecutors intelligence agencies governor governors senator senators mayor mayors
    congressman congresswoman representative values voters residents citizens economy politics policy
    officials employees employee staff staffers staffer executives workers engineers nomination nominee primary
    race seat seats candidacy candidates majority minority leadership caucus hopefuls contest""".split()
)
_DETERMINERS = frozenset("the a an his her their its our this that then now ex self-described".split())
_PERSON_NEXT = frozenset(
    "administration campaign aides aide allies ally supporters loyalists camp presidency adviser advisers "
    "advisor advisors spokesman spokeswoman spokesperson associates lawyers attorneys family cabinet era office "
    "years".split()
)
_SPEECH_NEXT = frozenset({"said", "says", "told", "wrote", "tweeted", "added", "argued", "claimed", "stated"})
#: A lower-case word of three letters or more that title-case headlines would capitalise.
_LOWER_LONG_RE = re.compile(
    r"(?<![\w'’\-])(?!(?:and|the|for|but|nor|with|from|into|over|via|off|out|per|than|upon|onto|amid)\b)[a-z]{3,}"
)
#: A short verb or pronoun in lower case: with a final full stop, the line is a sentence, not a headline ("Joel B.
#: Pollak is Senior Editor-at-Large at Breitbart News.").
_LOWER_SHORT_RE = re.compile(r"(?<![\w'’\-])(?:is|be|he|we|it|me|us|do|am)(?![\w'’\-])")
_CAP_LONG_RE = re.compile(r"(?<![\w'’\-])[A-Z]\w{2,}")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’\-])[a-z]+(?![\w'’\-])")
_GAZ_ACTOR_TYPE = {
    "country": "country",
    "capital": "place",
    "place": "place",
    "seat": "organisation",
    "organisation": "organisation",
    "party": "organisation",
    "group": "group",
}
#: Actor types, in the order the ``actors_<type>_count`` scores are written.
ACTOR_TYPES = ("person", "country", "organisation", "group", "place")
#: Gazetteer countries that are also US states: the state when the text is about the United States.
_STATE_COUNTRIES = frozenset({"Georgia"})
_US_CUE_RE = re.compile(r"(?<![\w.])(?:U\.S\.|US|United States|America|Americans?|Congress|Sen\.|Rep\.|Gov\.|"
                        r"Senator|Governor|Atlanta|Washington|White House|Republicans?|Democrats?|GOP|Obama|Trump|"
                        r"Biden|Kemp|Savannah)(?!\w)")
_GAZ_EXTRA_FILE = "actors_gazetteer.tsv"
_OF_GAP_RE = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+\Z")
#: Verbs after a bare surname that make it a person ("Biden visited", "Pelosi opposed").
_BARE_VERBS = frozenset(
    """said says told tells visited visits signed signs opposed opposes backed backs vowed vows urged urges
    announced announces insisted insists warned warns criticized criticised criticizes criticises praised praises
    blamed blames accused accuses denied denies admitted admits argued argues claimed claims tweeted tweets wrote
    writes met meets called calls won wins lost loses ran runs spoke speaks added adds asked asks refused refuses
    promised promises pledged pledges rejected rejects endorsed endorses nominated nominates fired fires
    appointed appoints defended defends attacked attacks slammed slams stated states suggested suggests""".split()
)
_AUXILIARIES = frozenset("has had is was will would".split())
_AND_AFTER_RE = re.compile(r",? (?:and|or) ")
_AND_BEFORE_RE = re.compile(r"(?:,? (?:and|or)|,) \Z")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_DOTTED = {"U.S.": "United States", "U.K.": "United Kingdom", "U.N.": "United Nations", "E.U.": "European Union"}
_GAZ_FILE = "demonyms_countries.tsv"
#: An acronym written with periods, three letters or more ("F.T.C.", "N.A.A.C.P."): an organisation, except these.
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){3,6}")
_DOTTED_NO_ORG = frozenset("U.S.A. N.Y.C. D.C. A.M. P.M. R.S.V.P. U.S.S.R. C.E.O. C.F.O. C.O.O.".split())
#: After an all-capitals place at the start of a paragraph: a dateline ("SANTA LUCÍA —", "WASHINGTON (Reuters) —",
#: "LIMA, Peru (AP) -").
_DATELINE_TAIL_RE = re.compile(r"(?:,[ \t][^\n,—–(]{1,30})?(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[—–]|[ \t]+--?[ \t])")
#: Title words that qualify another title rather than introduce a name ("Former Texas Gov.", "State Senator").
_NOT_NAME_TITLES = frozenset(
    """Former Acting Interim Foreign Defense Defence Interior Finance Health Education Energy State Treasury Home
    Labor Labour Trade Commerce Homeland House Senate Majority Minority Opposition Supreme Crown Vice Deputy Chief
    Citizen""".split()
)
_PLACE_PREPOSITIONS = frozenset("in at from to of near outside across".split())
#: Words before an organisation head that make the run an event, law or date rather than an organisation.
_ORG_BLOCKERS = frozenset(
    """Act Acts Bill Law Amendment Treaty Accord Accords Agreement Deal Plan Program Programme Report Day Week
    Month Year Summit Conference Forum Festival Olympics Games Cup Prize Award Awards War Wars Crisis Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September
    October November December""".split()
)
#: Endings of coined plural group nouns ("Tea Partiers", "Blairites", "Corbynists", "Never Trumpers").
_GROUP_PLURAL_ENDINGS = ("iers", "ites", "ists", "umpers", "istas")
#: Labels that name a kind of person (besides words ending in -man, -ator, -crat): they describe a person, never
#: the country or party written right before them.
_PERSON_LABEL_WORDS = frozenset(
    """despot despots tyrant tyrants leader leaders thug thugs kingpin kingpins warlord warlords ruler rulers
    caudillo boss bosses puppet puppets president premier chief minister official officials henchman henchmen
    crony cronies stooge stooges demagogue demagogues firebrand firebrands hardliner hardliners hard-liner
    hard-liners extremist extremists radical radicals zealot zealots fanatic fanatics""".split()
)
_IN_OF_GAP_RE = re.compile(r"[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?\Z")
_CAP_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*)")


@lru_cache(maxsize=1)
def gazetteer() -> Lexicon:
    """The actor gazetteer shipped in ``framing.lexicons`` (countries, demonyms, capitals, seats, places)."""
    data = resources.files("framing.lexicons").joinpath(_GAZ_FILE).read_bytes()
    lex, errors = _build({"name": "demonyms_countries"}, data, f"framing/lexicons/{_GAZ_FILE}")
    if errors:
        raise errors[0]
    return lex


@lru_cache(maxsize=1)
def gazetteer_additions() -> Lexicon:
    """Organisations (news outlets, companies, universities, advocacy groups, agencies, legislatures) and party
    aliases shipped in ``framing/data/actors_gazetteer.tsv``; they take precedence over :func:`gazetteer`."""
    data = resources.files("framing.data").joinpath(_GAZ_EXTRA_FILE).read_bytes()
    lex, errors = _build({"name": "actors_gazetteer"}, data, f"framing/data/{_GAZ_EXTRA_FILE}")
    if errors:
        raise errors[0]
    return lex


@lru_cache(maxsize=1)
def _gazetteer_table() -> tuple[Mapping[str, LexiconEntry], int]:
    """Surface form (as written, without a leading "the ") -> entry, and the longest form in words."""
    table: dict[str, LexiconEntry] = {}
    for entry in (*gazetteer_additions().entries, *gazetteer().entries):
        for form in entry.surface_forms():
            table.setdefault(form[4:] if form.startswith("the ") else form, entry)
    return MappingProxyType(table), max(len(k.split()) for k in table)


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
                if entry is not None:
                    hits[run[i][0]] = (run[k][1], entry)
                    i = k
                    break
            i += 1
    return hits


@lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    """Accent- and case-insensitive key ("Nicolás" == "Nicolas")."""
    if name.isascii():
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("’", "'")


@dataclass
class _Acc:
    """An actor being assembled."""

    name: str
    type: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    labels: dict[tuple[int, int], Label] = field(default_factory=dict)
    first: int = 0


_Make = Callable[[str, str, str, int], _Acc]


@dataclass
class _Context:
    doc: Document
    label_ends: dict[int, Span]  # end offset -> label span (lexicon)
    label_starts: dict[int, Span]
    verb_starts: set[int]
    low_words: frozenset[str]
    gaz: dict[int, tuple[int, LexiconEntry]]  # start -> (end, entry)
    titlecase: dict[int, bool] = field(default_factory=dict)
    cap_words: frozenset[str] | None = None  # capitalised words of the document, collected on first use
    us_context: bool = False  # the text is about the United States (US states are places, not countries)
    prose_words: frozenset[str] | None = None  # lower-case words in running text (not in e-mails, handles, URLs)


def _label_index(spans: Sequence[Span]) -> tuple[dict[int, Span], dict[int, Span], set[int]]:
    ends: dict[int, Span] = {}
    starts: dict[int, Span] = {}
    verbs: set[int] = set()
    for s in spans:
        if s.category in LEXICON_LABEL_KIND:
            ends[s.end] = s
            starts[s.start] = s
        elif s.category.startswith("attribution"):
            verbs.add(s.start)
    return ends, starts, verbs


def _is_titlecase_sentence(ctx: _Context, pos: int) -> bool:
    doc = ctx.doc
    i = doc.sentence_index(pos)
    if i < 0:
        return False
    hit = ctx.titlecase.get(i)
    if hit is None:
        s, e = doc.sentences[i]
        hit = (_LOWER_LONG_RE.search(doc.text, s, e) is None and len(_CAP_LONG_RE.findall(doc.text, s, e)) >= 3
               and _CREDIT_SLASH_RE.search(doc.text, s, e) is None
               and not (doc.text[s:e].rstrip().endswith(".") and _LOWER_SHORT_RE.search(doc.text, s, e)))
        ctx.titlecase[i] = hit
    return hit


#: A photo credit "Name/Agency" ("(Joshua Roberts/Reuters)", "Nam Y. Huh/AP", "Jonathan Ernst /Reuters/Landov"): a
#: line of capitalised words that is no headline.
_CREDIT_SLASH_RE = re.compile(r"(?<![\w./:])[A-Z][\w'’-]*[ \t]?/[ \t]?[A-Z]")
_CREDIT_BEFORE_RE = re.compile(r"(?<![\w./:])(?:[A-Z][\w'’-]*[ \t]?/)*[A-Z][\w'’-]*[a-z][\w'’-]*[ \t]?/\Z")


#: Words of photo credits that name no one ("/Handout", "/File", "/Staff", "/Pool").
_CREDIT_WORDS = frozenset("File Handout Staff Pool Photo Photos Courtesy Illustration".split())
#: What may follow the last agency of a credit: the end of the line or of the parenthesis.
_CREDIT_END_RE = re.compile(r"[ \t]*(?:\)|\n|\Z)")


def _credit_agency(text: str, s: int) -> bool:
    """Whether the capitalised token at ``s`` follows the slash of a photo credit ("Roberts/Reuters",
    "Ernst /Reuters/Landov"; not a link "twitter.com/Name", not after an acronym "HIV/AIDS")."""
    return text[s - 1 : s] == "/" and _CREDIT_BEFORE_RE.search(text, max(0, s - 40), s) is not None


def _sentence_initial(doc: Document, pos: int) -> bool:
    i = doc.sentence_index(pos)
    if i < 0:
        return True
    lead = doc.text[doc.sentences[i][0] : pos]
    return not any(c.isalnum() for c in lead) or lead.rstrip().endswith((":", "—", "–", "-", "\n"))


def find_actors(doc: Document, label_spans: Sequence[Span] = ()) -> list[Actor]:
    """Actors of ``doc`` with their mentions and labels, in order of first mention.

    ``label_spans`` are lexicon spans (any category; those in :data:`LEXICON_LABEL_KIND` become labels and
    attribution verbs serve as cues). ``Actor.sentiment`` is left ``None``.
    """
    text = doc.text
    if not text:
        return []
    ends, starts, verbs = _label_index(label_spans)
    runs = cap_runs(text)
    link_text = link_text_spans(text)
    if link_text:
        # pasted related-story links ("Trump Donald John TrumpGOP senators balk ... MORE"): no actors in them
        runs = [sub for run in runs for sub in split_run(
            run, [in_spans(link_text, s) for s, _ in run])]
    gaz = _gazetteer_hits(text, runs)
    low_words = frozenset(_LOWER_WORD_RE.findall(text))
    ctx = _Context(doc, ends, starts, verbs, low_words, gaz)
    first_cue = _US_CUE_RE.search(text, 0, 200_000)
    ctx.us_context = first_cue is not None and _US_CUE_RE.search(text, first_cue.end(), 200_000) is not None

    actors: dict[str, _Acc] = {}
    singles: list[tuple[CapToken, bool, list[Label]]] = []  # (token, has cue, labels from stripped titles)
    people_tokens: list[tuple[int, int]] = []

    def actor(name: str, type_: str, key: str, start: int) -> _Acc:
        acc = actors.get(key)
        if acc is None:
            acc = actors[key] = _Acc(name=name, type=type_, key=key, first=start)
        return acc

    headline_runs: list[list[CapToken]] = []
    seen_caps: set[str] = set()
    runs = _join_for_names(ctx, runs, actor)
    if "&" in text:
        for s, e in _ampersand_names(ctx):
            actor(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
    for run in runs:
        if len(run) == 1 and text[run[0][0] : run[0][1]].lower() in COMMON_CAPITALISED:
            continue
        if _is_dateline(text, run):
            continue
        s0, e0 = run[0]
        if len(run) > 3 and s0 in gaz and gaz[s0][0] == e0 and text[run[1][0] : run[1][1]] in _CREDIT_WORDS \
                and _credit_agency(text, s0) and text[run[2][0] : run[2][1]].lower() not in ctx.low_words \
                and text[run[2][0] : run[2][1]].lower() not in COMMON_CAPITALISED:
            # "Chris Smith/AP Photo Casey DeSantis to skip ...": the agency, credit furniture, the next line's name
            # (a word written in lower case elsewhere, "AP Photo Government Shutdown ...", opens a headline)
            _classify(ctx, run[:1], actor, singles, people_tokens)
            run = run[2:]
            s0, e0 = run[0]
        elif s0 not in gaz and _credit_agency(text, s0):
            agency = text[s0:e0]
            if agency in _CREDIT_WORDS:
                run = run[1:]  # "Alfredo Sosa/Staff/File Jessica Tilson": credit furniture, then the next name
                if not run:
                    continue
            elif not agency.isupper() and gender_of_first_name(agency) is None and (
                    (len(run) == 3 and all(_name_word(ctx, s, e) for s, e in run[1:]))
                    or (len(run) == 1 and _CREDIT_END_RE.match(text, e0))):
                # the agency of a photo credit before the next credit's name ("/Reuters/Landov Jonathan Ernst")
                # or ending it ("Ernst /Landov"): an organisation (not "REUTERS/Mike Blake", "Fosse/Verdon to")
                actor(agency, "organisation", _fold(agency), s0).mentions.append((s0, e0))
                run = run[1:]
                if not run:
                    continue
        if len(run) > 1 and _is_titlecase_sentence(ctx, run[0][0]):
            headline_runs.append(run)
            continue
        for sub in _clean_run(ctx, run):
            seen_caps.update(text[s:e] for s, e in sub)
            _classify(ctx, sub, actor, singles, people_tokens)
    # title-case lines (headlines): keep only words seen capitalised elsewhere, and gazetteer items
    for run in headline_runs:
        keep = [(s in ctx.gaz or text[s:e] in seen_caps) and not _by_ampersand(text, s, e) for s, e in run]
        for sub in split_run(run, [not k for k in keep]):
            _classify(ctx, sub, actor, singles, people_tokens)

    # single tokens: aliases of full names, or people with a cue
    surname: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for key, acc in actors.items():
        if acc.type == "person" and " " in acc.key:
            parts = [p for p in acc.key.split(" ") if p not in ("jr", "sr", "ii", "iii")]
            surname.setdefault(parts[-1], set()).add(key)
            surname.setdefault(parts[-1].split("-")[-1], set()).add(key)
            if gender_of_first_name(parts[0]) is not None or not all(
                    ctx.doc.in_quote(ms, me) for ms, me in acc.mentions):
                # a lone word names a person by the first word of a name found only inside quotations when it
                # is a first name ("Mitch"; not "Trump" of a run "Trump A. Bills" read across a tweet's full stop)
                first.setdefault(parts[0], set()).add(key)
    pending: list[tuple[CapToken, list[Label]]] = []  # bare names that may join a person by "and"/"or"
    org_words = {_fold(text[s:e]) for (s, e), _c, _l in singles
                 if (_ORG_NOUN_BEFORE_RE.search(text, max(0, s - 40), s) or _ORG_NOUN_AFTER_RE.match(text, e))
                 and text[s:e].lower() not in low_words and not text[s:e].endswith("ly")
                 and not _NAME_PART_BEFORE_RE.search(text, max(0, s - 6), s)}
    for (s, e), cue, labels in singles:
        k = _fold(text[s:e])
        if k in org_words and k not in surname and k not in first:
            # "the corrupt Ukraine gas company, Burisma", "Bankrate, a personal finance website": an organisation
            actor(text[s:e], "organisation", k, s).mentions.append((s, e))
            continue
        target = surname.get(k) or first.get(k)
        if target and (target := _compatible(text, s, target, actors, labels)):
            # several people share the name: the one named most recently before in the same paragraph, else the
            # one named first ("Andrew Yang ... Geoff Yang added ...\n\nYang announced": the candidate)
            para = max(text.rfind("\n\n", max(0, s - 3000), s) + 1, s - 3000)  # (bounded: long texts)
            near = {key for key in target if any(para <= m[0] < s for m in actors[key].mentions)}
            if not near and len(target) > 1:
                sex = _pronoun_after(text, e)
                fits = {key for key in target if gender_of_first_name(actors[key].name.split(" ", 1)[0]) == sex}
                if sex is not None and len(fits) == 1:
                    target = fits  # "Trump ... said he": the man of the two people named Trump
            best = max(target, key=lambda key: (
                max((m[0] for m in actors[key].mentions if para <= m[0] < s), default=-1),
                -min((m[0] for m in actors[key].mentions), default=actors[key].first)))
            acc = actors[best]
        elif target is not None and not target:
            acc = actor(text[s:e], "person", k, s)  # "Mr Davis" in a story about Kim Davis: another person
        elif k in actors and actors[k].type == "person" and actors[k].first < s:
            acc = actors[k]  # "President Trump ... Trump's White House": a person known by one name, named again
        elif _is_title_word(text[s:e]):
            continue
        elif _has_demonym(ctx, text[s:e]):
            # "Valdoria" next to "Valdorian": a country the gazetteer does not know (invented, or new)
            actor(text[s:e], "country", "country:" + k, s).mentions.append((s, e))
            continue
        elif _PLURAL_NOUN_RE.search(text[s:e]) and _sentence_initial(ctx.doc, s):
            continue  # "Economists say ...": a plural common noun opening a sentence, not a surname
        elif _PLACE_PREP_RE.search(text, max(0, s - 12), s) and not text.startswith(("'s", "’s"), e):
            continue  # "polls in Valdoria are ...": a place, not a person
        elif cue or _single_cue(ctx, s, e) or _bare_name_cue(ctx, s, e):
            acc = actor(text[s:e], "person", k, s)
        else:
            if _bare_name(ctx, s, e):
                pending.append(((s, e), labels))
            continue
        acc.mentions.append((s, e))
        for lab in labels:
            acc.labels[(lab.start, lab.end)] = lab
    if pending:
        # "Biden and Sanders": a bare name joined by "and"/"or" to a person's mention is a person
        by_start: dict[int, _Acc] = {}
        by_end: dict[int, _Acc] = {}
        for acc in actors.values():
            if acc.type == "person":
                for ms, me in acc.mentions:
                    by_start[ms] = acc
                    by_end[me] = acc
        for (s, e), labels in pending:
            m = _AND_AFTER_RE.match(text, e)
            m2 = _AND_BEFORE_RE.search(text, max(0, s - 8), s)
            if (m is not None and m.end() in by_start) or (m2 is not None and m2.start() in by_end):
                acc = actor(text[s:e], "person", _fold(text[s:e]), s)
                acc.mentions.append((s, e))
                for lab in labels:
                    acc.labels[(lab.start, lab.end)] = lab

    _surname_places(text, actors)
    _state_parties(text, actors, actor)
    for acc in actors.values():
        if acc.type == "person" and acc.mentions and not acc.labels and all(
                _PLACE_NOUN_AFTER_RE.match(text, e) for _s, e in acc.mentions):
            acc.type = "place"  # "in Nadir Shah Kot district": a place named by its lower-case kind

    # "the Trump campaign", "the Trump hotel": a name modifying such a noun names the organisation, not the person
    for acc in [a for a in actors.values() if a.type == "person"]:
        moved = [(mention, m) for mention in acc.mentions if (m := _NAMED_ORG_NOUN_RE.match(text, mention[1]))]
        if moved:
            gone = {mention for mention, _m in moved}
            acc.mentions = [mention for mention in acc.mentions if mention not in gone]
        for (s, _e), m in moved:
            # one actor per person and noun: "the Clinton campaign" is "the Hillary Clinton campaign"
            type_ = "group" if m.group(1) in _FAMILY_NOUNS else "organisation"
            actor(text[s : m.end()], type_, f"{acc.key}:{m.group(1)}", s).mentions.append((s, m.end()))

    # labels around every mention
    for acc in actors.values():
        person = acc.type == "person"
        for s, e in acc.mentions:
            if not person and (_modifies_noun(ctx, e) or _title_after(text, e)) and not _REGIME_AFTER_RE.match(text, e):
                continue  # "former U.S. ambassador ...": the labels are the ambassador's (not "the Cuban regime")
            if not person and text[s:e] in ("House", "Senate") and _PARTY_MEMBERS_AFTER_RE.match(text, e):
                continue  # "some conservative House Republicans": the label is the members', not the chamber's
            for lab in _labels_near(ctx, s, e, person):
                acc.labels.setdefault((lab.start, lab.end), lab)
            if not person:
                for lab in _regime_of(ctx, s):
                    acc.labels.setdefault((lab.start, lab.end), lab)
    _share_coordinated_titles(ctx, actors)
    _like_labels(ctx, actors)

    out = []
    for acc in sorted(actors.values(), key=lambda a: min(m[0] for m in a.mentions) if a.mentions else a.first):
        if not acc.mentions:
            continue
        mentions = sorted(set(acc.mentions))
        mention_starts = [ms for ms, _me in mentions]
        labs = _outermost(lab for lab in acc.labels.values() if lab.text.rstrip(".") not in ADDRESS_FORMS
                          and not _covers_mention(lab, mentions, mention_starts))
        out.append(Actor(acc.name, acc.type, tuple(mentions), labs))
    return _merge_same_name(out)


_PARTY_MEMBERS_AFTER_RE = re.compile(r"[ \t](?:Republicans|Democrats)(?![\w'’-])")
_PRONOUN_RE = re.compile(r"(?<![\w'’-])(he|his|she)(?![\w'’-])|[.!?\n]", re.IGNORECASE)


def _pronoun_after(text: str, e: int) -> str | None:
    """The sex ("m"/"f") of the first subject or possessive pronoun after ``e`` in its sentence ("Trump said he",
    "Clinton said she"; not the ambiguous "her"), else ``None``."""
    m = _PRONOUN_RE.search(text, e, min(len(text), e + 200))
    if m is None or m.group(1) is None:
        return None
    return "f" if m.group(1).lower() == "she" else "m"


_STATE_GOP_RE = re.compile(r"[ \t]+GOP(?![\w'’-])")


def _state_parties(text: str, actors: dict[str, _Acc], make: _Make) -> None:
    """A state's party branch is an organisation of its own ("the Nevada GOP removed ...": neither Nevada nor
    the national Republican Party; as "the New Hampshire Democratic Party")."""
    by_start = {ms: acc for acc in actors.values() if acc.type == "organisation" for ms, _me in acc.mentions}
    for acc in [a for a in actors.values() if a.type == "place"]:
        for s, e in list(acc.mentions):
            m = _STATE_GOP_RE.match(text, e)
            if m is None or (party := by_start.get(m.end() - 3)) is None:
                continue
            party.mentions = [mm for mm in party.mentions if mm[0] != m.end() - 3]
            acc.mentions.remove((s, e))
            name = text[s : m.end()]
            make(name, "organisation", "party:" + _fold(name), s).mentions.append((s, m.end()))


#: A lower-case place noun after a name ("Nadir Shah Kot district", "Helmand province").
_PLACE_NOUN_AFTER_RE = re.compile(
    r"[ \t]+(?:district|province|county|governorate|prefecture|municipality|township|neighborhood|neighbourhood)"
    r"(?![\w'’-])")
_SPEECH_AFTER_RE = re.compile(
    r"[ \t]+(?:said|says|told|added|argued|wrote|tweeted|noted|explained|asked|replied|responded|insisted|stressed|"
    r"warned|acknowledged|admitted|claimed|continued|countered|recalled)\b")


def _surname_places(text: str, actors: dict[str, _Acc]) -> None:
    """A place's name that is the surname of a person named in full ("Ken Spain" ... "Spain said") names the
    person where an address form comes before it or a speech verb after it."""
    by_surname: dict[str, _Acc] = {}
    for acc in actors.values():
        if acc.type == "person" and " " in acc.name:
            by_surname.setdefault(acc.name.rsplit(" ", 1)[1], acc)
    if not by_surname:
        return
    for acc in list(actors.values()):
        if acc.type not in ("country", "place"):
            continue
        moved = [(s, e) for s, e in acc.mentions if text[s:e] in by_surname and (
            _SPEECH_AFTER_RE.match(text, e) or _ADDRESS_BEFORE_RE.search(text, max(0, s - 6), s))]
        for s, e in moved:
            acc.mentions.remove((s, e))
            by_surname[text[s:e]].mentions.append((s, e))


#: Lower-case nouns after a person's name that name an organisation of theirs: "the Trump campaign", "the Trump
#: hotel" (not "the Trump administration": annotators disagree whether that is the president).
_NAMED_ORG_NOUN_RE = re.compile(r"[ \t](campaign|hotel|foundation|organization|brothers|sisters|family)(?![\w'’-])")
#: ... and of their family, a group ("the Koch brothers", "the Trump family").
_FAMILY_NOUNS = frozenset({"brothers", "sisters", "family"})
_ADDRESS_BEFORE_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+\Z")


def _compatible(text: str, s: int, target: set[str], actors: Mapping[str, _Acc], labels: Sequence[Label]) -> set[str]:
    """The people of ``target`` a surname at ``s`` may name: of the sex its address form says ("Mr Davis" is not
    Kim Davis), and, when several remain, those that bore the same title ("Vice President Biden" is Joe Biden,
    not Hunter Biden). Empty when the address form fits none of them."""
    m = _ADDRESS_BEFORE_RE.search(text, max(0, s - 6), s)
    if m is not None:
        wrong = "f" if m.group(1) == "Mr" else "m"
        target = {key for key in target if gender_of_first_name(actors[key].name.split(" ", 1)[0]) != wrong}
    if len(target) > 1 and labels:
        titles = {lab.text.rstrip(".").lower() for lab in labels if lab.kind == "title"}
        same = {key for key in target
                if any(lab.text.rstrip(".").lower() in titles for lab in actors[key].labels.values())}
        if same:
            return same
    return target


#: A regime noun right after a country or party: the country's label ("the Cuban regime", "the brutal Iranian
#: dictatorship").
_REGIME_AFTER_RE = re.compile(r"[ \t](?:regime|regimes|dictatorship|junta)(?![\w-])")
_COORD_GAP_RE = re.compile(r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?\Z")
_COORD_NEXT_RE = re.compile(r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)(?:the[ \t]+)?")


def _share_coordinated_titles(ctx: _Context, actors: Mapping[str, _Acc]) -> None:
    """A plural title before coordinated names applies to each of them: "Democratic Senators Tim Kaine and Mark
    Warner", "Sens. Lindsey Graham and John McCain" (every label of the first name's title phrase goes to the
    later names)."""
    text = ctx.doc.text
    people = sorted(((s, e, acc) for acc in actors.values() if acc.type == "person" for s, e in acc.mentions),
                    key=lambda t: t[0])
    for k in range(1, len(people)):
        s2, _e2, acc2 = people[k]
        j = k - 1
        while j >= 0 and k - j <= 6:  # bounded: a long list of names stays linear
            s1, e1, acc1 = people[j]
            gap = _coordinated_gap(text, e1, s2)
            if not gap:
                break
            before = [lab for lab in acc1.labels.values() if lab.end <= s1 and s1 - lab.end <= 40]
            plural = [lab for lab in before if _plural_label(lab)]
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


#: A party-state tag between coordinated names ("Reps. Mark Meadows (R-N.C.) and Jim Jordan").
_PAREN_TAG_RE = re.compile(r"[ \t]*\([^()\n]{1,25}\)")
#: ... or a short appositive ("Rep. Paul Ryan, a Wisconsin Republican, and Sen. Patty Murray").
_COORD_JOIN_RE = re.compile(r"(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]+)(?:the[ \t]+)?")
_SHORT_APPOSITIVE_RE = re.compile(r",[ \t]+(?:a|an)[ \t]+[^,()\n.;]{1,40}(?=,)")


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
    tag = _PAREN_TAG_RE.match(text, pos, s2) or _SHORT_APPOSITIVE_RE.match(text, pos, s2)
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
    return last.endswith("s") and _label_kind_of_word(last) is None and _plural_label_kind(last) is not None


#: A capitalised word before the next name of a list ("Louisiana Governor ", "Senator "), read one at a time.
_TITLE_GAP_WORD_RE = re.compile(r"[A-Z][\w.'’-]*[ \t]+")
_LIKE_RE = re.compile(
    r"([\w'’-]+),?[ \t]+(?:like|such[ \t]+as|including)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,3}\Z")
_LIKE_CUE_RE = re.compile(r"[ \t](?:like|as|including)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
#: Plural heads that are no role of their own but carry the label before them ("notable Republican women,
#: including X").
_GROUP_HEAD_WORDS = frozenset("women men people figures voices names".split())
#: Lower-case role words between a place and a person ("Florida first lady Jane Doe", "Ohio state senator").
_LOWER_ROLE_GAP_RE = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)[ \t]+(?=[A-Z])")
_FORMER_RE = re.compile(r"(?:former|then-|ex-|late)[ \t]*(?=[A-Z])")
_SUCH_AS_RE = re.compile(r"such[ \t]+((?:[\w'’-]+[ \t]+){1,3})as[ \t]+(?:the[ \t]+)?\Z")
_WORD_SPAN_RE = re.compile(r"[\w'’-]+")


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
    starts: dict[int, tuple[int, _Acc]] = {}
    for acc in actors.values():
        for s, e in acc.mentions:
            starts.setdefault(s, (e, acc))
    # only mentions right after "like"/"as" (+ "the"): one scan of the text for those words, not one per mention
    for cue in _LIKE_CUE_RE.finditer(text):
        s0 = cue.end()
        hop = 0
        while s0 not in starts and hop < 3 and (t := _TITLE_GAP_WORD_RE.match(text, s0, min(len(text), s0 + 30))) \
                and _is_title_word(t.group().strip()):
            s0 = t.end()  # "including Sen. Bernie Sanders": the name after its title
            hop += 1
        if s0 not in starts:
            continue
        e0, acc0 = starts[s0]
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
        if m is not None:
            lab = _word_label(ctx, m.start(1), m.end(1))
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
            g = _COORD_NEXT_RE.match(text, e, min(len(text), e + 12))
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
            hops += 1
            if nxt is None or hops > 6 or nxt[1].type != acc0.type:
                break
            e, acc = nxt


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
    """Labels in text order without those inside another label ("Chairman" in "Executive Chairman")."""
    out: list[Label] = []
    max_end = -1
    for lab in sorted(labels, key=lambda lab: (lab.start, -lab.end)):
        if lab.end <= max_end:
            continue
        out.append(lab)
        max_end = lab.end
    return tuple(out)


#: Names joined by "&": "AT&T", "S&P", "Johnson & Johnson", "Stars & Stripes", "Standard & Poor's".
_AMPERSAND_NAME_RE = re.compile(
    r"(?<![\w&'’.-])(?:[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}|([A-Z][a-z]+)[ \t]&[ \t]([A-Z][a-z]+))"
    r"(?![\w&-])")
_CAP_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")
_AMPERSAND_NOT_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:for|of))[ \t]+\Z")


def _ampersand_names(ctx: _Context) -> list[tuple[int, int]]:
    """Company and outlet names made of two words joined by "&" and standing alone (not inside a longer name,
    "Medicare & Medicaid Services", "Partnership for Women & Families"; not a gazetteer place, "US & China"; not
    in a list of capitalised words, "Farmers, Workers & Taxpayers"; not a title or a heading line; not "Q&A")."""
    text = ctx.doc.text
    out = []
    for m in _AMPERSAND_NAME_RE.finditer(text):
        s, e = m.span()
        if m.group() in ("Q&A", "R&D") or s in ctx.gaz or _CAP_WORD_BEFORE_RE.search(text, max(0, s - 30), s) \
                or _CAP_AFTER_RE.match(text, e) or _is_titlecase_sentence(ctx, s):
            continue
        amp = text.index("&", s)
        if any(k in ctx.gaz for k in range(amp + 1, amp + 3)):
            continue
        if _AMPERSAND_NOT_BEFORE_RE.search(text, max(0, s - 30), s) or text[e : e + 1] == ":" or (
                text[s - 1 : s] in ("\n", "") and text[e : e + 1] in ("\n", "")):
            continue  # in a list or a longer name, a title, a heading line ("Corrections & Amplifications")
        out.append((s, e))
    return out


def _by_ampersand(text: str, s: int, e: int) -> bool:
    """Whether a token is part of an "&" name ("J&J", "AT&T", "Johnson & Johnson"): never a person."""
    return text[e : e + 1] == "&" or text[e : e + 2] == " &" or text[s - 1 : s] == "&" or text[s - 2 : s] == "& "


def _is_title_word(tok: str) -> bool:
    tok = tok.rstrip(".")
    return tok in TITLE_WORDS or tok in TITLE_MODIFIERS


def _after_word(text: str, pos: int, words: frozenset[str]) -> bool:
    """Whether the word right before ``pos`` (across spaces only) is one of ``words`` (lower-case)."""
    k = pos
    while k > 0 and text[k - 1] == " " and pos - k < 4:
        k -= 1
    if k == pos:
        return False
    j = k
    longest = max(map(len, words), default=0)  # "across", "outside": not only words of four letters
    while j > 0 and text[j - 1].isalpha() and k - j < longest:
        j -= 1
    return (j == 0 or not text[j - 1].isalnum()) and text[j:k].lower() in words


_THE = frozenset({"the"})
_INDEFINITE = frozenset({"a", "an"})


def _predicate_group(text: str, s: int, e: int, entry: LexiconEntry) -> bool:
    """A singular group word after "a"/"an" ("the senator, a Republican,") describes someone: not the group."""
    return (entry.category in ("group", "party") and not text[s:e].endswith("s")
            and _after_word(text, s, _INDEFINITE))


def _is_dateline(text: str, run: list[CapToken]) -> bool:
    """An all-capitals run opening a paragraph and followed by a dash, after an optional ", Region" and
    "(Agency)": a dateline ("SANTA LUCÍA —", "WASHINGTON (Reuters) —"), never an actor."""
    k = run[0][0]
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and text[k - 1] != "\n":
        return False
    if not all(text[s:e].isupper() for s, e in run):
        return False
    return _DATELINE_TAIL_RE.match(text, run[-1][1]) is not None


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
        and tok not in ORG_HEADS
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
    if g > 0 and text[run[g - 1][1] : gs].strip():
        return False  # "Governor of Florida Charlie Crist": the place completes the title
    if titled:
        return True
    last = text[rest[-1][0] : rest[-1][1]]
    return (
        len(rest) == 1
        and text[gs:ge] in PLACE_GIVEN_NAMES
        and not (last.endswith("s") and not last.endswith("ss"))
        and not _after_word(text, gs, _PLACE_PREPOSITIONS)
    )


def _person_cue_after(ctx: _Context, s: int, e: int) -> bool:
    """A person cue around the name ``text[s:e]``: a label before, a reporting or listed verb or a person head
    after ("Santa Anna said", "Santa Anna's army")."""
    if _single_cue(ctx, s, e):
        return True
    m = _LOWER_WORD_RE.match(ctx.doc.text, e + 1)
    return ctx.doc.text[e : e + 1] == " " and m is not None and m.group() in _BARE_VERBS


#: Number words, never a name of their own ("Thirty years later"; one to ten are common capitalised words).
_NUMBER_WORDS = frozenset(
    """eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion""".split())


def _clean_run(ctx: _Context, run: list[CapToken]) -> list[list[CapToken]]:
    """Drop common words (sentence-initial ones, headline words) and split the run there."""
    text = ctx.doc.text
    title_line = False
    drop = []
    for i, (s, e) in enumerate(run):
        tok = text[s:e]
        low = tok.lower()
        if _by_ampersand(text, s, e):
            drop.append(True)
        elif s in ctx.gaz:
            drop.append(False)
        elif low in COMMON_CAPITALISED and (i == 0 or title_line or drop[-1]):
            drop.append(True)
        elif low in _NUMBER_WORDS:
            drop.append(True)  # "Thirty years later, ...": a number, not a name
        elif i > 0 and i == len(run) - 1 and tok in _WEEKDAYS and text[e : e + 1] == " " \
                and _LOWER_WORD_RE.match(text, e + 1) is not None and not drop[-1] \
                and text[run[i - 1][0] : run[i - 1][1]] not in _TIME_ZONES:
            drop.append(True)  # "President Obama Saturday accused ...": the day of the news, no part of the name
        elif "-" in tok and tok.rsplit("-", 1)[1][:1].islower():  # "Portland-based", "Kremlin-backed"
            drop.append(True)
        elif low in ctx.low_words and (title_line or (i == 0 and _sentence_initial(ctx.doc, s))):
            drop.append(True)
        else:
            drop.append(False)
    return split_run(run, drop) if any(drop) else [run]


def _strip_title(ctx: _Context, run: list[CapToken], i: int) -> tuple[int, list[Label]]:
    """Skip title tokens at ``run[i:]``; returns the new index and the title labels."""
    text = ctx.doc.text
    labels: list[Label] = []
    while i < len(run):
        s, e = run[i]
        span = ctx.label_starts.get(s)
        if span is not None and span.end <= run[-1][1] and span.end < run[-1][1]:
            # a (possibly multiword) label span at the start of the run: "Prime Minister", "Secretary of State"
            kind = _span_kind(span)
            labels.append(Label(span.text, kind, span.start, span.end))
            j = i
            while j < len(run) and run[j][1] <= span.end:
                j += 1
            i = j
            continue
        tok = text[s:e].rstrip(".")
        if tok[:3].lower() == "ex-" and tok[3:] in TITLE_WORDS:
            tok = tok[3:]  # "Ex-Commissioner Douglas Shulman"
        if tok in DEPARTMENT_TITLES and not (
                i + 1 < len(run) - 1 and text[run[i + 1][0] : run[i + 1][1]].rstrip(".") in TITLE_WORDS):
            break  # "Health Care ...": a department word is a title only before a title ("Health Secretary")
        if tok in TITLE_WORDS and i < len(run) - 1:
            if tok not in ADDRESS_FORMS:
                end = e + 1 if text[e : e + 1] == "." else e
                labels.append(Label(text[s:end], "title", s, end))
            else:
                labels.append(Label(text[s:e], "_address", s, e))
            i += 1
            continue
        # modifiers before a title: "District Judge Reed O'Connor", "Deputy Secretary Jane Doe"
        advanced = False
        for k in range(i + 1, min(len(run) - 1, i + 3)):
            if run[k - 1][0] in ctx.gaz:
                break  # "Venezuelan President ...": the demonym is handled by the caller
            tk = text[run[k][0] : run[k][1]].rstrip(".")
            # lazily: a name word must follow (stops at the first one; a list here made long runs quadratic)
            if tk in TITLE_WORDS and tk not in ADDRESS_FORMS and any(
                text[run[m][0] : run[m][1]].rstrip(".") not in _SUFFIXES for m in range(k + 1, len(run))
            ):
                end = run[k][1] + 1 if text[run[k][1] : run[k][1] + 1] == "." else run[k][1]
                labels.append(Label(text[s:end], "title", s, end))
                i = k + 1
                advanced = True
                break
        if not advanced:
            break  # no title here: the loop must end, or a run like "The New York Times" spins forever
    return i, labels


def _classify(ctx: _Context, run: list[CapToken], make: _Make, singles: list[tuple[CapToken, bool, list[Label]]],
              people_tokens: list[tuple[int, int]]) -> None:
    """Classify a capitalised run; what follows an organisation ("Bank of America CEO ...") is classified next
    (a loop: recursing once per organisation overflowed the stack on long runs)."""
    rest: list[CapToken] | None = run
    while rest:
        rest = _classify_step(ctx, rest, make, singles, people_tokens)


#: Acronyms of diseases and of things measured that are written like an organisation's and name none.
_NOT_ORG_ACRONYMS = frozenset("AIDS HIV SARS MERS COVID DNA RNA GDP".split())
#: Molecules whose formula's number may stand apart ("CO 2", "NO 2"; not "MI 5").
_FORMULAS = frozenset("CO NO SO CH NH".split())
#: The number of a formula, set apart from its letters.
_FORMULA_DIGIT_RE = re.compile(r"[ \t]?[0-9](?![\w,.:/-]*[0-9])(?![\w])")


def _names_us(ctx: _Context, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` names the United States ("US", "U.S.", "United States")."""
    hit = ctx.gaz.get(s)
    if hit is not None and hit[0] == e and hit[1].category == "country":
        return (hit[1].alternatives[0] if hit[1].alternatives else hit[1].term) == "United States"
    return _DOTTED.get(ctx.doc.text[s:e]) == "United States"


def _classify_step(ctx: _Context, run: list[CapToken], make: _Make,
                   singles: list[tuple[CapToken, bool, list[Label]]],
                   people_tokens: list[tuple[int, int]]) -> list[CapToken] | None:
    text = ctx.doc.text
    words = [text[s:e] for s, e in run]
    n = len(run)
    if n == 2 and words[0] in _COMPASS_WORDS and (hit := ctx.gaz.get(run[1][0])) is not None \
            and hit[0] == run[1][1] and hit[1].category in ("place", "region", "continent"):
        # "West Africa", "Eastern Europe": a region of its own, not the continent
        s, e = run[0][0], run[1][1]
        make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
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
        if h >= 0 and not any(w in NON_PERSON_WORDS for w in words[:h]):
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
                if t < n and not any(w in ORG_HEADS or w in NON_PERSON_WORDS or _is_title_word(w) for w in words[t:]):
                    m = k
            while m > h + 2 and words[m - 1] in _TIME_CAPS:
                m -= 1
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
        h = next((k for k in range(1, n - 2) if words[k] in ORG_HEADS), -1)
        if h > 0 and n - h - 1 <= 3 and (gender_of_first_name(words[h + 1]) is not None or text.find(
                " ".join(words[h + 1 :]), run[-1][1], run[-1][1] + 5000) >= 0) and not any(
                w in ORG_HEADS or w in NON_PERSON_WORDS or _is_title_word(w) for w in words[h + 1 :]) and not any(
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
        if (last in ORG_HEADS or _hyphen_newspaper(last) or (last in NEWSPAPER_HEADS and (
                last in NEWSPAPER_HEADS_STRICT or _after_word(text, run[0][0], _THE)))) and not any(
                w in _ORG_BLOCKERS for w in words[:-1]):
            s, e = run[1 if words[0] == "The" else 0][0], run[-1][1]
            s = _ordinal_start(text, s)
            hit = ctx.gaz.get(s)
            if hit is not None and hit[0] == e and hit[1].category == "organisation":
                _gaz_actor(ctx, s, e, hit[1], make)  # named by the gazetteer: "Marine Corps" is the U.S. Marine Corps
            else:
                make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
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
        if hit is not None:
            pending_gaz.append((s, end, hit[1]))
        else:
            pending_gaz.append((s, end, LexiconEntry(text[s:end], "country", 0.0, (dotted or "",))))
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
        and hit[0] == rest[1][1] and hit[1].category in ("country", "place", "capital")
        and gender_of_first_name(rest_words[0]) is not None and rest_words[0].lower() not in ctx.low_words
    )
    person_tail = bool(rest) and not any(w in NON_PERSON_WORDS or w in ORG_HEADS for w in rest_words) and not any(
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
    # leading gazetteer items: demonyms and parties before a person are labels, otherwise actors
    for s, e, entry in pending_gaz:
        cat = entry.category
        if person_tail and cat in ("demonym", "group", "party"):
            pre_labels.append(Label(text[s:e], "descriptive", s, e))
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
    labels = [lab for lab in pre_labels if lab.kind != "_address"]
    had_title = bool(pre_labels)
    if len(rest) == 1:
        s, e = rest[0]
        tok = text[s:e]
        if tok.lower() in COMMON_CAPITALISED:
            return None
        state = _US_STATE_CODES.get(tok)
        if state is not None and _STATE_CODE_CONTEXT_RE.search(text, max(0, s - 3), s):
            # "Sen. Bernie Sanders (VT)", "Rep. Ilhan Omar (D-MN)": the state, one actor with "Vermont"
            make(state, "place", "place:" + _fold(state), s).mentions.append((s, e))
            return None
        if tok.isupper() and len(tok) > 1:
            if tok in _NOT_ORG_ACRONYMS or (tok in _FORMULAS and _FORMULA_DIGIT_RE.match(text, e)):
                return None  # "the spread of AIDS", "CO 2 emissions": a disease, a chemical formula
            if (tok.isalpha() and len(tok) <= 6) or (_DOTTED_ACRONYM_RE.fullmatch(tok) and tok not in _DOTTED_NO_ORG):
                make(tok, "organisation", _fold(tok), s).mentions.append((s, e))  # "NPR", "the F.T.C."
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
    if not had_title and any(len(w) > 1 and w.isupper() and w.isalpha() and w not in _SUFFIXES for w in rest_words) \
            and not _initials_name(ctx, rest_words, s):
        # an acronym inside: "Occupy DC", "Health Care for America NOW" are organisations, not people
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    if not had_title and all(w.lower() in ctx.low_words for w in rest_words) and _common_words(ctx, rest_words):
        return None  # "Health Care", "Immigration Debate": common words written in capitals, not a name
    if not had_title and (org_noun := _ORG_NOUN_BEFORE_RE.search(text, max(0, s - 40), s)) \
            and not _NAME_PART_BEFORE_RE.search(text, max(0, s - 6), s) \
            and not _is_title_word(rest_words[0]) \
            and not (org_noun.group().rstrip(", \t") in _PERSON_ORG_NOUNS and gender_of_first_name(rest_words[0])):
        # "the advocacy group Public Citizen", "the polling firm Wilson Research": an organisation's name
        make(name, "organisation", _fold(name), s).mentions.append((s, e))
        return None
    acc = make(name, "person", _person_key(rest_words), s)
    acc.mentions.append((s, e))
    for lab in labels:
        acc.labels[(lab.start, lab.end)] = lab
    people_tokens.append((s, e))
    return None


#: Nouns after "<State> Senate" that make it a seat of the national legislature ("the Alabama Senate race").
_RACE_AFTER_RE = re.compile(
    r"[ \t]+(?:race|races|seat|seats|contest|election|elections|primary|primaries|runoff|campaign|candidate|"
    r"candidates|nominee|nomination|bid)(?![\w'’-])")
#: Last words of "X Against Y" names that are laws or events, not organisations ("Violence Against Women Act").
_NOT_AGAINST_ORG_ENDS = frozenset("Act Law Bill Amendment Protest Rally March Day Week Campaign".split())
#: Parts of a building, a ground or a town that a compass word names ("the South Lawn", "the East Room").
_AREA_NOUNS = frozenset("Lawn Room Wing Portico Lobby Garden Gate Terrace Colonnade Front Quad Campus".split())
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
_COMPASS_WORDS = frozenset("North South East West Central Northern Southern Eastern Western Sub-Saharan".split())
#: Geographic heads whose "of" complement is part of the place's name.
_GEO_OF_HEADS = frozenset("Gulf Bay Sea Strait Straits Isle Gulfs Cape Lake Horn".split())

_HOUSE = "House of Representatives"
#: Before a bare "House" that names the US chamber: "the", or "the Republican-led", "the GOP-controlled".
_HOUSE_BEFORE_RE = re.compile(
    r"(?:\b[Tt]he|-led|-controlled|-run|-majority)[ \t]+(?:(?:Republican|Democratic|GOP)[ \t]+)?\Z")
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
#: Capitalised time words that end an organisation's run without belonging to it ("the House of Representatives
#: Monday").
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET".split())
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_TIME_CAPS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December""".split())


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


def _person_key(words: Sequence[str]) -> str:
    """Key of a person's name without middle initials and suffixes, with the full form of a short first name:
    "Robert S. Mueller III", "Robert Mueller" and "Bob Mueller" are one person."""
    core = [w for w in words if len(w.rstrip(".")) > 1 and w.rstrip(".") not in _SUFFIXES]
    if len(core) < 2:
        return _fold(" ".join(words))
    return _fold(" ".join([_NICKNAMES.get(core[0], core[0]), *core[1:]]))


def _merge_same_name(actors: Sequence[Actor]) -> list[Actor]:
    """One actor per name: "Democratic Party" found by its head word and by the gazetteer; a person is never
    merged with a non-person of the same name ("Jordan")."""
    out: list[Actor] = []
    index: dict[tuple[str, bool], int] = {}
    for a in actors:
        k = (_fold(a.name), a.type == "person")
        i = index.get(k)
        if i is None:
            index[k] = len(out)
            out.append(a)
            continue
        b = out[i]
        out[i] = _merge_pair(b, a)
    return _merge_org_short_forms(out)


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


def _merge_org_short_forms(actors: list[Actor]) -> list[Actor]:
    """An organisation named by the end of a longer organisation's name in the same text is that organisation
    ("Senate Intelligence Committee" ... "the Intelligence Committee"; "Department of Justice" is not touched):
    same head word, at least two words, and only one longer candidate. A broadcaster named with and without
    "News" is one ("NBC" and "NBC News"); an acronym is the one organisation of the text whose initials it spells
    ("NRA" and "National Rifle Association")."""
    orgs = [a for a in actors if a.type == "organisation" and " " in a.name]
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
    for i, a in enumerate(actors):
        if a.type != "organisation":
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
            full = initials.get(a.name.replace(".", ""), [])
            if len(full) == 1:
                merged[i] = full[0]  # "the Environmental Protection Agency (EPA)", "the NRA"
            continue
        if " " not in a.name or a.name.split(" ")[-1] not in ORG_HEADS or a.name.endswith(" Party"):
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


_FOR_GAP_RE = re.compile(r"[ \t]+for[ \t]+\Z")
_AND_GAP_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+\Z")
#: Last words of the second half of "Department of X and Y" names.
_AND_TAILS = frozenset(
    """Services Development Prevention Security Technology Statistics Research Trade Training Welfare Affairs
    Resources Enforcement Safety Environment Justice Commerce Industry Energy Works Planning Innovation""".split()
)
#: Plural nouns for people that start "X for Y" organisation names ("Americans for Prosperity", "Citizens for
#: Responsibility and Ethics", "Students for Fair Admissions", "Physicians for Human Rights").
_FOR_PLURALS = frozenset(
    """Americans Citizens Students Parents Doctors Physicians Nurses Scientists Veterans Women Moms Mothers Fathers
    Families Taxpayers Voters Patriots Democrats Republicans Conservatives Liberals Progressives Christians
    Catholics Evangelicals Muslims Jews Friends Lawyers Teachers Workers Farmers Scholars Economists Advocates
    Partners People Texans Californians""".split()
)


def _join_for_names(ctx: _Context, runs: list[list[CapToken]], make: _Make) -> list[list[CapToken]]:
    """Organisations named "X for Y" ("Center for American Progress", "Americans for Prosperity", "Citizens for
    Responsibility and Ethics"): an organisation head or a plural noun for people, "for", and a capitalised run
    (continued across "and"); they become organisation actors and leave the runs to classify."""
    text = ctx.doc.text
    out: list[list[CapToken]] = []
    i = 0
    n = len(runs)
    while i < n:
        run = runs[i]
        end = run[-1][1]
        last = text[run[-1][0] : end]
        if i + 1 < n and last in _GEO_OF_HEADS and len(runs[i + 1]) <= 2 \
                and text[end : runs[i + 1][0][0]] == " of ":
            # "the Gulf of Guinea", "the Strait of Hormuz": one place each, no country mention
            s, e = run[-1][0], runs[i + 1][-1][1]
            make(text[s:e], "place", "place:" + _fold(text[s:e]), s).mentions.append((s, e))
            if len(run) > 1:
                out.append(run[:-1])
            i += 2
            continue
        if i + 1 < n and not text.startswith((" for ", " and ", " & "), end):
            out.append(run)  # the common case: neither pattern can start here
            i += 1
            continue
        last = text[run[-1][0] : end]
        if (i + 1 < n and len(run) <= 4 and text.startswith(" for ", end)
                and (last in ORG_HEADS or last in _FOR_PLURALS or _ORG_NOUN_BEFORE_RE.search(
                    text, max(0, run[0][0] - 40), run[0][0]))
                and _FOR_GAP_RE.match(text, end, runs[i + 1][0][0])
                and not _is_titlecase_sentence(ctx, run[0][0])):
            j = i + 1
            while j + 1 < n and _AND_GAP_RE.match(text, runs[j][-1][1], runs[j + 1][0][0]) and len(runs[j + 1]) <= 3:
                j += 1
            toks = [t for r in runs[i : j + 1] for t in r]
            while toks and text[toks[0][0] : toks[0][1]].lower() in COMMON_CAPITALISED:
                toks.pop(0)  # "The Center for ..."
            if len(toks) >= 2 and text[toks[0][0] : toks[0][1]] not in TITLE_WORDS:
                s, e = toks[0][0], toks[-1][1]
                make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
                i = j + 1
                continue
        if (i + 1 < n and len(run) <= 2 and 2 <= len(runs[i + 1]) <= 3
                and text[runs[i + 1][-1][0] : runs[i + 1][-1][1]] in ORG_HEADS
                and not any(text[a:b].isupper() or a in ctx.gaz for a, b in run)
                and _AND_GAP_RE.match(text, run[-1][1], runs[i + 1][0][0])
                and text[max(0, run[0][0] - 4) : run[0][0]].lower() == "the "):
            runs[i + 1] = run + runs[i + 1]  # "the Securities and Exchange Commission", "the Ways and Means Committee"
            i += 1
            continue
        if (i + 1 < n and len(runs[i + 1]) <= 3 and len(run) > 2
                and text[runs[i + 1][-1][0] : runs[i + 1][-1][1]] in _AND_TAILS
                and _AND_GAP_RE.match(text, run[-1][1], runs[i + 1][0][0])
                and _of_head(text, run, [text[a:b] for a, b in run]) >= 0):
            runs[i + 1] = run + runs[i + 1]  # "Department of Health and Human Services": classified as one run
            i += 1
            continue
        out.append(run)
        i += 1
    return out


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


def _of_head(text: str, run: list[CapToken], words: list[str]) -> int:
    """Index of the first organisation head followed by "of" ("Party" in "Communist Party of China"), or -1."""
    for h in range(len(run) - 1):
        if words[h] in ORG_HEADS and _OF_GAP_RE.match(text, run[h][1], run[h + 1][0]):
            return h
    return -1


_CAMEL_RE = re.compile(r"^([A-Z][a-z]{2,})[A-Z][a-z]")
#: Surname prefixes written with an inner capital ("McConnell", "MacArthur", "DeSantis", "LaHood", "VanDyke").
_SURNAME_PREFIXES = frozenset("Mac Des Della Van Von Ter Den Der Dos Del".split())


def _camel_case_brand(tok: str) -> bool:
    """A single word with a capital inside after a word of three letters or more ("FreedomWorks", "MoveOn",
    "BuzzFeed", "PolitiFact"): a group's or company's name, not a person's ("McConnell", "DeSantis")."""
    m = _CAMEL_RE.match(tok)
    return m is not None and m.group(1) not in _SURNAME_PREFIXES \
        and gender_of_first_name(m.group(1), common_only=True) is None


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


#: Gazetteer organisations that are common words of place names without "the" ("The Hill" but "Chapel Hill").
_NEEDS_THE = frozenset({"Hill"})


def _gaz_actor(ctx: _Context, s: int, e: int, entry: LexiconEntry, make: _Make) -> None:
    text = ctx.doc.text
    if entry.term in _NEEDS_THE and not text[max(0, s - 4) : s].lower() == "the ":
        return
    cat = entry.category
    if cat == "country" and entry.term in _STATE_COUNTRIES and ctx.us_context:
        cat = "place"  # "Georgia" in a story about US politics is the state
    canon = entry.alternatives[0] if entry.alternatives else entry.term
    if cat == "demonym":
        if text[s:e].endswith("s") and not text[s:e].endswith(("ss", "ese")) and canon not in ("Philippines",):
            make(text[s:e], "group", _fold(text[s:e]), s).mentions.append((s, e))
            return
        cat = "country"
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


_ORG_NOUNS = (r"(?:company|companies|firm|corporation|conglomerate|startup|start-up|bank|lender|insurer|retailer|"
              r"manufacturer|automaker|carmaker|publisher|newspaper|magazine|outlet|website|site|network|broadcaster|"
              r"platform|app|brand|charity|nonprofit|non-profit|organi[sz]ation|group|agency|utility|giant|chain)")
#: An organisation noun right before a lone name, with or without a comma ("the gas company, Burisma", "the
#: publisher Regnery").
_ORG_NOUN_BEFORE_RE = re.compile(r"(?<![\w-])" + _ORG_NOUNS + r",?[ \t]+\Z")
#: Before the last word of a longer name ("America's Voice", "Organizing for Action"): no name of its own.
_NAME_PART_BEFORE_RE = re.compile(r"(?:['’]s|\bfor|&)[ \t]+\Z")
#: ... or in an appositive right after it ("Bankrate, a personal finance website,").
_ORG_NOUN_AFTER_RE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}" + _ORG_NOUNS + r"(?![\w'’-])")


#: Prepositions that put a bare capitalised word in a place ("in Valdoria", "across Ruritania").
_PLACE_PREP_RE = re.compile(r"\b(?:in|across|throughout|inside|within)\s+$", re.IGNORECASE)
#: Endings of plural common nouns for people ("Economists", "Critics", "Analysts", "Officials", "Farmers").
_PLURAL_NOUN_RE = re.compile(r"(?:ists|ians|ics|ants|ents|als|ees|ives)$")


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


def _single_cue(ctx: _Context, s: int, e: int) -> bool:
    """Whether a lone capitalised token is a person: a label before, a reporting verb or a person head after."""
    doc = ctx.doc
    text = doc.text
    if s in ctx.gaz or text[s:e] in NEWSPAPER_HEADS_STRICT:
        return False  # "the Post-Dispatch says"
    prev = ctx.label_ends.get(s - 1)
    if prev is not None and text[prev.end : s] == " " and prev.category != "emotive":
        return True
    prev = ctx.label_ends.get(s - 2)
    if prev is not None and text[prev.end : s] == ", " and text.startswith(",", e) and prev.category != "emotive" \
            and _person_label(prev.text):
        return True  # "Valdoria's strongman, Calder, said": an appositive name after a person's label
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
    pi = doc.token_index(s - 1)
    if pi >= 0 and text[doc.token_spans[pi][1] : s].strip() == "":
        before = toks[pi]
        if before in ("said", "says", "told", "asked", "wrote") and reporting_forms().get(before):
            return True
    return False


def _span_kind(span: Span) -> str:
    """Label kind of a lexicon span: an emotive word in :data:`HONORIFIC_WORDS` ("heroic") is ``honorific``."""
    if span.category == "emotive" and span.text.lower() in HONORIFIC_WORDS:
        return "honorific"
    return LEXICON_LABEL_KIND[span.category]


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
        and tok not in ORG_HEADS
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


def _label_kind_of_word(low: str, person: bool = True) -> str | None:
    if low in HONORIFIC_WORDS:
        return "honorific"
    if low in _PARTISANSHIP_WORDS:
        return "descriptive"  # "the nonpartisan Congressional Budget Office"
    if not person and low in _ORG_LABEL_NOUNS:
        return "descriptive"  # "the advocacy group Public Citizen", "the Heritage Foundation, a think tank"
    if low in DESCRIPTIVE_WORDS or (person and low in ROLE_NOUNS):
        return "descriptive"
    if person and low in _LOWER_TITLES:
        return "title"  # "president and CEO of the Center", in an appositive
    if "-" in low and low.rsplit("-", 1)[0] in _ROLE_PREFIXES:
        return _label_kind_of_word(low.rsplit("-", 1)[1], person)  # "co-host", "ex-wife", "vice-chairman"
    return None


#: Words that place an actor with respect to the parties (not in DESCRIPTIVE_WORDS, which the quote scorer reads).
_PARTISANSHIP_WORDS = frozenset("nonpartisan non-partisan partisan".split())  # ("bipartisan": mostly of bills)
#: Organisation nouns that also name people ("TV host and broadcaster Leeann Tweeden").
_PERSON_ORG_NOUNS = frozenset({"broadcaster", "publisher"})
#: Nouns that say what kind of organisation an organisation is, its labels before its name or in an appositive.
_ORG_LABEL_NOUNS = frozenset(
    """company firm corporation conglomerate startup bank lender insurer retailer manufacturer automaker carmaker
    publisher newspaper magazine outlet website network broadcaster charity nonprofit non-profit organization
    organisation group agency watchdog tank coalition lobby caucus movement""".split())

#: Titles written in lower case in an appositive ("Nancy Northup, president and CEO of ...").
_LOWER_TITLES = frozenset("president ceo chairman chairwoman chair director secretary ambassador mayor".split())
#: Prefixes of a compound role noun that keep the role's kind ("co-host", "ex-wife").
_ROLE_PREFIXES = frozenset("co ex vice deputy step grand former".split())


def _person_label(text: str) -> bool:
    """Whether a label names a kind of person ("dictator", "strongman", "leader"), not a regime or a state."""
    last = text.lower().rsplit(" ", 1)[-1]
    return last in _PERSON_LABEL_WORDS or last.endswith(("man", "men", "ator", "ators", "crat", "crats"))


def _modifies_noun(ctx: _Context, e: int) -> bool:
    """Whether the mention ending at ``e`` modifies the lower-case noun after it ("U.S. ambassador", "former
    Massachusetts governor", "liberal Massachusetts values"): a role noun or a title in the lexicon."""
    text = ctx.doc.text
    m = _LOWER_WORD_RE.match(text, e + 1)
    if text[e : e + 1] != " " or m is None:
        return False
    span = ctx.label_starts.get(e + 1)
    return m.group() in _MODIFIED_HEADS or (span is not None and span.category == "neutral_title")


_TITLE_AFTER_RE = re.compile(r"[ \t]+([A-Z][\w.]*)")


def _title_after(text: str, e: int) -> bool:
    """Whether a title word follows the mention ending at ``e`` ("the Republican United States Senator Ted Cruz":
    the labels before the country are the senator's)."""
    m = _TITLE_AFTER_RE.match(text, e)
    return m is not None and _is_title_word(m.group(1))


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
    """The label kind of a plural role noun ("businessmen", "heavyweights")."""
    if low.endswith("men"):
        return _label_kind_of_word(low[:-3] + "man")
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
                    and not _verb_like_word(toks[j]) and not toks[j].endswith(("ed", "ing"))):
                role = k  # (a noun before the role: "media critic for the Baltimore Sun")
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
_TITLE_PREFIXES = ("then-", "ex-", "Ex-", "Then-")


def _prefixed_title(tok: str) -> bool:
    """Whether ``tok`` is a title word with a "then-"/"ex-" prefix ("then-Gov", "ex-Sen")."""
    return tok.startswith(_TITLE_PREFIXES) and tok.split("-", 1)[1].rstrip(".") in TITLE_WORDS


def _labels_near(ctx: _Context, s: int, e: int, person: bool = True) -> list[Label]:
    """Labels right before a mention, right after it, and in an appositive after a comma; for an actor that is
    not a person, also a regime's label before "in"/"of" ("the communist regime in Cuba"), and never a label of a
    person right after it ("Venezuelan dictator Nicolás Maduro": the dictator is Maduro, not Venezuela)."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    out: list[Label] = []
    # left: "the socialist dictator Nicolás Maduro", "Venezuela's dictator, Nicolás Maduro"
    cur = s
    i = doc.token_index(s - 1)
    commas = 0
    if person and (known := _KNOWN_AS_RE.search(text, max(0, s - 30), s)) is not None:
        # "his wife, known as Umm Sayyaf,": the role before the comma is the name's
        cur = known.start() + 1
        i = doc.token_index(known.start() - 1)
    steps = 0
    while i >= 0 and steps < 6:
        ts, te = spans[i]
        gap = text[te:cur]
        if "\n" in gap:
            break  # a headline's last words are no title of the lead's first name
        if gap.strip() == ",":
            commas += 1
            if commas > 1:
                break
        elif gap.strip() and not (gap.strip() == "." and not out and (
                text[ts:te] in TITLE_WORDS or _prefixed_title(text[ts:te]))):
            break
        steps += 1
        span = ctx.label_ends.get(te)
        if span is not None and span.start <= ts:
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
            cur = span.start
            i = doc.token_index(span.start) - 1
            continue
        low = toks[i]
        kind = _label_kind_of_word(low, person)
        if kind is None and person and cur == s and text[ts:te].islower() and _plural_label_kind(low) \
                and (nxt_m := _COORD_NEXT_RE.match(text, e)) is not None \
                and text[nxt_m.end() : nxt_m.end() + 1].isupper():
            kind = _plural_label_kind(low)  # "led by conservatives Gary Bauer and Tony Perkins": shared below
        if kind is not None and not person and low in _ORG_LABEL_NOUNS and not text[ts:te].islower():
            kind = None  # "the US Environmental Protection Agency, the US National ...": a name, no label
        if kind is None and not out and cur == s and _prefixed_title(text[ts:te]):
            kind = "title"  # "then-Gov. Rick Scott", "ex-Sen. John Doe": the tokenizer keeps the prefix on
            te = te + 1 if text[te : te + 1] == "." else te
        if kind is not None:
            out.append(Label(text[ts:te], kind, ts, te))
        elif text[ts:te] in TITLE_WORDS and not out and gap.strip() in ("", "."):
            pass  # the mention's own title ("... candidate Sen. Bernie Sanders"): read on to its left
        elif (out and out[-1].start == cur and gap.strip() == "" and text[ts:te].islower()
              and (low.endswith(_ADJECTIVE_ENDINGS) or (
                  not person and out[-1].text.rsplit(" ", 1)[-1].lower() in _ORG_LABEL_NOUNS
                  and low.isalpha() and low not in _NOT_COMPOUND_WORDS and not low.endswith(("ed", "ly"))))):
            lab = out[-1]  # "presidential candidate": the adjective belongs to the role noun
            out[-1] = Label(text[ts : lab.end], lab.kind, ts, lab.end)
        elif low not in _DETERMINERS or (not out and low in ("that", "this")):
            break  # (not "told a close friend that Monica Lewinsky ...": "that" opens a clause there)
        cur = ts
        i -= 1
    if person and not out:
        # a title with its complement: "former Ambassador to Ukraine Marie Yovanovitch"
        m = _TITLE_TO_RE.search(text, max(0, s - 70), s)
        if m is not None:
            out.append(Label(m.group(1), "title", m.start(1), m.end(1)))
    if person:
        tag = _PARTY_TAG_RE.match(text, e)
        if tag is not None:
            # "Rep. Elijah Cummings (D-Md.)", "Sen. Bernie Sanders, I-Vt.,": the party-state tag
            g = 1 if tag.group(1) else 2
            out.append(Label(tag.group(g), "ideological", tag.start(g), tag.end(g)))
        elif (tag := _PARTY_OF_RE.match(text, e)) is not None:
            # "Representative Randy Neugebauer, Republican of Texas and a ...": the party and state spelt out
            out.append(Label(tag.group(1), "ideological", tag.start(1), tag.end(1)))
    # right: "the Maduro regime", "Maduro, the strongman,"
    j = doc.token_index(e - 1) + 1
    if person and j + 1 < len(spans) and toks[j].isdigit() and len(toks[j]) <= 3 \
            and text[e : spans[j][0]].strip() == "," and text[spans[j][1] : spans[j + 1][0]].strip() == ",":
        e = spans[j][1]  # "John Smith, 45, a plumber from Ohio": past the age
        j += 1
    if j < len(spans):
        ns = spans[j][0]
        gap = text[e:ns]
        span = ctx.label_starts.get(ns)
        if gap.strip() == "" and span is not None and span.category != "neutral_title" and _right_label(
                ctx, span, person):
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
        elif gap.strip() == ",":
            if person and toks[j] == "one" and j + 2 < len(toks) and toks[j + 1] == "of" \
                    and toks[j + 2] in _DETERMINERS:
                # "Haley Byrd, one of the finest congressional reporters,": the plural role
                out.extend(lab for lab in _appositive_labels(ctx, j, j + 3, person) if lab.kind != "honorific")
            elif toks[j] in _DETERMINERS or (person and _appositive_role(ctx, j)):
                # "Maduro, the strongman,"; "Nick Nyhart, chief executive for ...", "the Kochs, successful
                # businessmen"
                found = _appositive_labels(ctx, j, j + 1 if toks[j] in _DETERMINERS else j, person)
                if not found and person and toks[j] in _INDEFINITE:
                    found = _indefinite_head(ctx, j)  # "John Smith, a plumber from Ohio,"
                if found and person:
                    found.extend(_second_appositive(ctx, j))
                out.extend(found)
            elif person and (j2 := _past_possessor(ctx, j)) is not None and \
                    _appositive_role(ctx, j2, after_possessor=True):
                # "David Folkenflik, NPR's media correspondent,", "Howard Kurtz, Fox News media analyst and host":
                # the role after the employer's name
                out.extend(_appositive_labels(ctx, j2, j2))
    return out


#: A party-state tag after a name, in parentheses or between commas: "(D-Md.)", "(R-KY)", ", I-Vt.,", "(D-New
#: York)", "(R)" (the party letter alone only in parentheses).
_PARTY_TAG_RE = re.compile(
    r"[ \t]*(?:\([ \t]*([DRI](?:-[ \t]?[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?)[ \t]*\)"
    r"|,[ \t]+([DRI]-[ \t]?[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)(?=[ \t]*[,;)]|[ \t]+(?:said|says)\b|\.[ \t]))")


#: A party with its state in an appositive: ", Republican of Texas", ", a Democrat from New York".
_PARTY_OF_RE = re.compile(
    r",[ \t]+(?:a[ \t]+)?((?:Republican|Democrat|Independent)[ \t]+(?:of|from)[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)"
    r"(?=[ \t]*[,;:.)]|[ \t]+(?:and|who|said|says)[ \t])")


#: A title with a "to"/"of"/"for" complement right before a name ("former Ambassador to Ukraine", "then-Envoy for
#: Syria", "Minister of Foreign Affairs"; a diplomat's title also in lower case: "former U.S. envoy to Ukraine"), the
#: complement's last word no sentence's end ("an envoy to Ukraine. Kurt Volker said").
_TITLE_TO_RE = re.compile(
    r"(?<![\w-])((?:(?:former|then-|acting|ex-)[ \t]*)?(?:[A-Z][\w.-]*[ \t]+)?(?:(?:special|deputy)[ \t]+)?"
    r"(?:[Aa]mbassador|[Ee]nvoy|[Mm]inister|Secretary|Governor|[Cc]onsul|Commissioner|Representative|Director|"
    r"Chairman|Chairwoman|Chair|Partner|Founder)"
    r"[ \t]+(?:to|of|for)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*)(?<![a-z]{2}\.)[ \t]+\Z")


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


def _appositive_labels(ctx: _Context, j: int, k: int, person: bool = True) -> list[Label]:
    """The labels of an appositive role phrase that opens at token ``j`` (its words from token ``k``)."""
    doc = ctx.doc
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    out: list[Label] = []
    k0 = k
    while k < len(spans) and k < j + 8:
        ks, ke = spans[k]
        between = text[spans[k - 1][1] : ks]
        if (between.strip() and k > j) or (k > j + 1 and toks[k] in _APPOSITIVE_STOPS and not (
                toks[k] in ("for", "of") and text[spans[k - 1][0]].isupper() and k + 1 < len(spans)
                and text[spans[k + 1][0]].isupper() and _name_then_role(ctx, k - 1) is not None)):
            break  # "..., successful businessmen aligned with conservative causes": the role ends
        span = ctx.label_starts.get(ks)
        if span is not None:
            out.append(Label(span.text, _span_kind(span), span.start, span.end))
            k = doc.token_index(span.end - 1) + 1
            continue
        kind = _label_kind_of_word(toks[k]) or _plural_label_kind(toks[k])
        if kind is None and not person and k <= j + 4 and text[ks:ke].islower() \
                and all(t.islower() or t.isupper() for t in (text[a:b] for a, b in spans[j + 1 : k])):
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
        if kind is not None:
            out.append(Label(text[ks:ke], kind, ks, ke))
        k += 1
    return out


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


def label_asymmetry(actors: Sequence[Actor]) -> float:
    """The largest gap between two comparable actors' shares of loaded labels, negative or positive (0..1).

    For each actor with labels, ``neg = (#pejorative + #ideological) / #labels`` and
    ``pos = #honorific / #labels``. Within one type (people with people, countries with countries) the score
    is ``max(max(neg) - min(neg), max(pos) - min(pos))``; the result is the largest over types. 0 when fewer
    than two actors of a type carry labels or all are labelled alike; 1 when one actor only gets titles or
    descriptions and another only epithets (or only praise). Actors without labels are not compared.
    """
    best = 0.0
    by_type: dict[str, list[tuple[float, float]]] = {}
    for a in actors:
        if not a.labels:
            continue
        n = len(a.labels)
        neg = sum(1 for lab in a.labels if lab.kind in ("pejorative", "ideological"))
        pos = sum(1 for lab in a.labels if lab.kind == "honorific")
        by_type.setdefault(a.type, []).append((neg / n, pos / n))
    for shares in by_type.values():
        if len(shares) >= 2:
            for k in (0, 1):
                vals = [sh[k] for sh in shares]
                best = max(best, max(vals) - min(vals))
    return best


class ActorScorer:
    """Finds actors and their labels; writes ``result.fields['actors']`` and the ``actor*`` scores."""

    name = "actors"
    score_names = ("actors_count", *(f"actors_{t}_count" for t in ACTOR_TYPES),
                   "actor_labels_count", *(f"actor_labels_{kind}_count" for kind in LABEL_KINDS), "label_asymmetry")

    def score(self, doc: Document, result: ResultBuilder) -> None:
        actors = find_actors(doc, result.lexicon_spans)
        result.fields["actors"] = tuple(actors)
        sc = result.scores
        sc["actors_count"] = float(len(actors))
        for t in ACTOR_TYPES:
            sc[f"actors_{t}_count"] = float(sum(1 for a in actors if a.type == t))
        labels = [lab for a in actors for lab in a.labels]
        sc["actor_labels_count"] = float(len(labels))
        for kind in LABEL_KINDS:
            sc[f"actor_labels_{kind}_count"] = float(sum(1 for lab in labels if lab.kind == kind))
        sc["label_asymmetry"] = label_asymmetry(actors)
