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
``ideological_label`` -> ``ideological``, ``emotive`` -> ``descriptive``) or from the short lists in ``actor_words``
(``honorific``, ``descriptive``; an emotive word in the honorific list, "heroic", is ``honorific``).
``label_asymmetry`` compares actors of one type: the largest difference between two actors' shares of
loaded labels, or of honorific labels (0 = all labelled alike, 1 = one actor only gets titles, another only
epithets or only praise). A label is *loaded* (:func:`is_loaded_label`) when its kind is pejorative or ideological
and a loaded lexicon span (weight > 0) lies in it: the one definition of loaded evidence, so "dictator" and "radical
leftist" count, while a party or leaning word ("Democratic Sen. X", "GOP leader Y", "a conservative") and a label
entry kept at weight 0 ("far-left", "communist") keep their kind but are not counted as loaded.

This module holds :func:`find_actors` (and the passes over the actors it has found), :func:`label_asymmetry` and
:class:`ActorScorer`; the parts live in ``actor_words`` (word lists and patterns), ``actor_gazetteer``,
``actor_context`` (the per-document state), ``actor_runs`` (preparing capitalised runs), ``actor_classify``
(classifying a run), ``actor_cues`` (person-name cues), ``actor_labels`` (labels around a mention: the words
before it, a party tag, a regime's label), ``actor_appositives`` (labels after it and in appositives),
``actor_label_kinds`` (what kind of label a word is), ``actor_shared_labels`` (labels shared by coordinated names
or given by example) and ``actor_merge``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from framing.analysis import Actor, Label, Span
from framing.document import Document
from framing.pos import known_tags
from framing.scorers.actor_classify import _classify, _person_key
from framing.scorers.actor_context import (
    _CREDIT_END_RE,
    _CREDIT_WORDS,
    _Acc,
    _by_ampersand,
    _Context,
    _credit_agency,
    _fold,
    _is_title_word,
    _is_titlecase_sentence,
    _label_index,
    _Make,
    _sentence_initial,
    junior_surnames,
)
from framing.scorers.actor_cues import (
    _NAME_PART_BEFORE_RE,
    _ORG_NOUN_AFTER_RE,
    _PLACE_PREP_RE,
    _PLURAL_NOUN_RE,
    _SAID_IT_RE,
    _SURNAME_PREFIXES,
    _bare_name,
    _bare_name_cue,
    _has_demonym,
    _name_word,
    _single_cue,
    common_noun_opening,
    opens_clause,
    org_noun_before,
)
from framing.scorers.actor_gazetteer import (
    _gazetteer_hits,
    _gazetteer_table,
    _join_and_names,
    _join_connector_names,
    _residents_word,
    gazetteer,
    gazetteer_additions,
)
from framing.scorers.actor_kin import _bare_surname_sex, _introduced_as_kin, _of_sex, _pronoun_after
from framing.scorers.actor_label_kinds import _ORG_LABEL_NOUNS
from framing.scorers.actor_labels import _labels_near, _modifies_noun, _regime_of, _title_after
from framing.scorers.actor_merge import (
    _covers_mention,
    _merge_same_name,
    _outermost,
    merge_compound_surnames,
    merge_group_aliases,
    merge_middle_names,
)
from framing.scorers.actor_runs import (
    _ampersand_names,
    _byline_name,
    _clean_run,
    _is_dateline,
    _join_chamber_possessive_names,
    _join_for_names,
    _join_nicknames,
)
from framing.scorers.actor_shared_labels import (
    _dash_list_labels,
    _like_labels,
    _list_appositive_labels,
    _plural_org_noun,
    _share_coordinated_titles,
)
from framing.scorers.actor_words import (
    _ADDRESS_BEFORE_RE,
    _LOWER_WORD_RE,
    ACTOR_ORG_HEADS,
    ACTOR_TYPES,
    DISEASE_EPONYMS,
    LABEL_KINDS,
    LEXICON_LABEL_KIND,
    POSTED_ON_RE,
    ROLE_NOUNS,
    WELL_KNOWN_GIVEN_NAMES,
    WELL_KNOWN_SURNAMES,
    WELL_KNOWN_WOMEN,
)
from framing.scorers.actor_words import DESCRIPTIVE_WORDS as DESCRIPTIVE_WORDS  # re-exported: quotes.py reads it
from framing.scorers.base import ResultBuilder
from framing.scorers.loaded_labels import LOADED_LABEL_KINDS, is_loaded_label, loaded_label_extents
from framing.scorers.names import (
    ADDRESS_FORMS,
    COMMON_CAPITALISED,
    DEPARTMENT_TITLES,
    TITLE_WORDS,
    CapToken,
    cap_runs,
    in_spans,
    link_text_spans,
    office_word,
    split_run,
)
from framing.scorers.speaker_gender import gender_of_first_name, named_surname
from framing.tokenize import ABBREVIATIONS, word_starts

__all__ = [
    "ACTOR_TYPES",
    "LABEL_KINDS",
    "LEXICON_LABEL_KIND",
    "LOADED_LABEL_KINDS",
    "ActorScorer",
    "find_actors",
    "gazetteer",
    "gazetteer_additions",
    "is_loaded_label",
    "label_asymmetry",
    "loaded_label_extents",
]


_US_CUE_RE = re.compile(r"(?<![\w.])(?:U\.S\.|US|United States|America|Americans?|Congress|Sen\.|Rep\.|Gov\.|"
                        r"Senator|Governor|Atlanta|Washington|White House|Republicans?|Democrats?|GOP|Obama|Trump|"
                        r"Biden|Kemp|Savannah)(?!\w)")


_AND_AFTER_RE = re.compile(r",? (?:and|or) ")
_AND_BEFORE_RE = re.compile(r"(?:,? (?:and|or)|,) \Z")



#: The state in a party-state tag with a comma after the party letter (the Wall Street Journal's "(D., Calif.)").
_SPELT_TAG_STATE_RE = re.compile(r"\([ \t]*[DRI]\.,[ \t]+([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)[ \t]*\)")

#: Another compass region of the United States near "the West": the West is a region there, not the bloc.
_US_REGION_NEAR_RE = re.compile(r"(?<!Middle )(?<!Far )\b(?:Midwest|South|Northeast|Southeast|Southwest|Northwest)\b"
                                r"(?![ -][A-Z])")


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
    if (boxes := _signup_box_spans(doc)):
        # a newsletter or sign-up box ("Get the Monitor Stories you care about delivered to your inbox", "Email Sign
        # Up By signing up you agree to ..."): page furniture, no actors in it (the guideline's `ignore`)
        # the box's outlet stays ("sign up for National Review Online's newsletters", "alerts from POLITICO"):
        # a run ending in an organisation head, or a gazetteer name
        hits = _gazetteer_hits(text, [run for run in runs if in_spans(boxes, run[0][0])])  # (hits are per run)
        kept: list[list[CapToken]] = []
        for run in runs:
            if not in_spans(boxes, run[0][0]) or text[run[-1][0] : run[-1][1]] in ACTOR_ORG_HEADS:
                kept.append(run)
                continue
            covered = [False] * len(run)
            for j, (ts, _te) in enumerate(run):
                if (hit := hits.get(ts)) is not None:
                    for q in range(j, len(run)):
                        covered[q] = covered[q] or run[q][1] <= hit[0]
            kept.extend(split_run(run, [not c for c in covered]))
        runs = kept
    if "., " in text and (states := tuple(m.span(1) for m in _SPELT_TAG_STATE_RE.finditer(text))):
        # the state of a party-state tag spelt out ("Chuck Grassley (R., Iowa)") is part of the tag, no actor
        runs = [sub for run in runs for sub in split_run(run, [in_spans(states, s) for s, _ in run])]
    if (shouted := _shouted_spans(text)):
        # a shouted sentence in capitals ("AND WE WILL NOT STOP UNTIL WE QUENCH OUR THIRST"): no actors in it but
        # gazetteer names ("ISIS")
        table = _gazetteer_table()[0]
        runs = [sub for run in runs for sub in split_run(
            run, [in_spans(shouted, s) and text[s:e] not in table for s, e in run])]
    runs = _join_connector_names(text, _join_and_names(text, _join_chamber_possessive_names(text, runs)))
    runs = _split_joint_organisations(text, runs)
    if "“" in text or '"' in text:
        runs = _join_nicknames(text, runs)
    gaz = _gazetteer_hits(text, runs)
    low_words = frozenset(_LOWER_WORD_RE.findall(text))
    ctx = _Context(doc, ends, starts, verbs, low_words, gaz)
    first_cue = _US_CUE_RE.search(text, 0, 200_000)
    ctx.us_context = first_cue is not None and _US_CUE_RE.search(text, first_cue.end(), 200_000) is not None
    ctx.junior_surnames = junior_surnames(text)

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
        if len(run) == 1 and text[run[0][0] : run[0][1]].lower() in COMMON_CAPITALISED and not named_surname(
                text, text[run[0][0] : run[0][1]], run[0][1]):
            continue  # (but "May insisted Friday": Theresa May, named so in the text)
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
    credit_outlets: set[int] = set()  # starts of the outlets' runs on round-up credit lines
    for run in headline_runs:
        if run[0][0] in credit_outlets:
            continue
        if (name := _credit_line_name(text, run)) is not None:
            # "Harry Enten, CNN" under an excerpt of a round-up: the writer, a person, and the outlet, an organisation
            _classify(ctx, name, actor, singles, people_tokens)
            outlet = _CREDIT_LINE_REST_RE.match(text, run[-1][1])
            if outlet is not None:
                os_, oe = outlet.start(1), outlet.end(1)
                if text.startswith(("The ", "the "), os_) and oe > os_ + 4:
                    os_ += 4  # ("The Washington Post": the name without its article)
                words = text[os_:oe].split()
                if os_ in ctx.gaz:
                    continue  # (a gazetteer name is read with the line's other words: "Washington Post")
                credit_outlets.update((outlet.start(1), os_))  # (else no name of anyone: a town, a title)
                if 1 <= len(words) <= 4 and (words[-1] in _OUTLET_HEADS
                                             or (words[-1].isupper() and words[-1].isalpha())):
                    # "Jennifer Rubin, The Washington Post", "Chris Cillizza, CNN": the outlet
                    actor(text[os_:oe], "organisation", _fold(text[os_:oe]), os_).mentions.append((os_, oe))
            continue
        if (name := _byline_name(text, run)) is not None:
            # "By James Cook, BBC North America Correspondent", "Analysis by Ann Lee": the writer, a person (the
            # rest of the line stays title-case words)
            _classify(ctx, name, actor, singles, people_tokens)
            continue
        if _titled_name_line(text, run):
            # "Former President Barack Obama", "Former CIA Director John Brennan": a line that is one titled name
            # (a list of people), not a headline
            for sub in _clean_run(ctx, run):
                _classify(ctx, sub, actor, singles, people_tokens)
            continue
        gaz_end = -1  # the end of the gazetteer item a token is inside ("Press" of "Associated Press")
        keep = []
        for s, e in run:
            if s in ctx.gaz:
                gaz_end = max(gaz_end, ctx.gaz[s][0])
            keep.append((s < gaz_end or text[s:e] in seen_caps or (
                text[s:e] in WELL_KNOWN_SURNAMES and not _ORG_WORD_AFTER_RE.match(text, e)))
                and not _by_ampersand(text, s, e))
        for sub in split_run(run, [not k for k in keep]):
            _classify(ctx, sub, actor, singles, people_tokens)
    if credit_outlets:
        singles = [single for single in singles if single[0][0] not in credit_outlets]  # (the outlet, read above)

    merge_middle_names(text, actors)
    merge_compound_surnames(text, actors)
    singles = _couple_first_names(text, singles, actor, actors)
    # single tokens: aliases of full names, or people with a cue
    surname: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for key, acc in actors.items():
        if acc.type == "person" and " " in acc.key:
            parts = [p for p in acc.key.split(" ") if p not in ("jr", "sr", "ii", "iii")]
            if len(parts) == 1:
                continue  # "Trump Jr.": the bare surname names the namesake ("Donald Trump"), not the junior
            surname.setdefault(parts[-1], set()).add(key)
            surname.setdefault(parts[-1].split("-")[-1], set()).add(key)
            if gender_of_first_name(parts[0]) is not None or not all(
                    ctx.doc.in_quote(ms, me) for ms, me in acc.mentions):
                # a lone word names a person by the first word of a name found only inside quotations when it
                # is a first name ("Mitch"; not "Trump" of a run "Trump A. Bills" read across a tweet's full stop)
                first.setdefault(parts[0], set()).add(key)
    pending: list[tuple[CapToken, list[Label]]] = []  # bare names that may join a person by "and"/"or"
    org_words = {_fold(text[s:e]) for (s, e), _c, _l in singles
                 if (org_noun_before(text, max(0, s - 40), s) or _ORG_NOUN_AFTER_RE.match(text, e)
                     or _SAID_IT_RE.match(text, e))
                 and text[s:e].lower() not in low_words and not text[s:e].endswith("ly")
                 and not _NAME_PART_BEFORE_RE.search(text, max(0, s - 6), s)}
    bare_sex = _bare_surname_sex(text, singles, surname)
    bare_titles: dict[str, set[str]] = {}  # the offices written before each bare surname ("President Trump")
    for (s, e), _cue, labels in singles:
        for lab in labels:
            if lab.kind == "title" and office_word(lab.text) in _OFFICE_TITLES:
                bare_titles.setdefault(_fold(text[s:e]), set()).add(office_word(lab.text))
    first_bare: dict[str, int] = {}  # where each bare word is first written in the body (not in a headline)
    head_end = text.find("\n")
    head_end = 0 if head_end < 0 or text[:head_end].rstrip().endswith((".", "?", "!")) else head_end
    for (s, e), _cue, _labels in singles:
        if s > head_end:
            first_bare.setdefault(_fold(text[s:e]), s)
    for (s, e), cue, labels in singles:
        k = _fold(text[s:e])
        if text[s:e] in DISEASE_EPONYMS and text.startswith(("'s", "’s", "'", "’"), e) and next(
                word_starts(text, text[s:e]), None) is None:
            # "Parkinson's symptoms", "Alzheimer's patients": a disease, no actor (not when the text names someone
            # so: "Michael Parkinson ... Parkinson's lawyer", "Dorothy Hodgkin ... Hodgkin's work")
            continue
        if k not in surname and k not in first and (_MEDIA_NOUN_AFTER_RE.match(text, e) or (
                POSTED_ON_RE.search(text, max(0, s - 40), s) and not _NOT_PLATFORM_AFTER_RE.match(text, e)
                and text[s:e].lower() not in ABBREVIATIONS)):
            # "a fake Time magazine cover", "the Hill newspaper": a publication (the noun says so), not a person;
            # "posted on Gab": the platform the words were posted on
            actor(text[s:e], "organisation", k, s).mentions.append((s, e))
            continue
        if text[s:e] == "West" and text[max(0, s - 4) : s] in ("the ", "The ") and not _CAP_AFTER_RE.match(text, e):
            if _US_REGION_NEAR_RE.search(text[max(0, s - 60) : e + 60]):
                # "in the West and Midwest", "the South and, to a lesser extent, the West": a region of the
                # country beside another, a place
                actor("West", "place", "place:west", s).mentions.append((s, e))
                continue
            # "Lavrov accused the West", "sanctions the West imposed": the Western countries, a group
            actor("West", "group", "group:west", s).mentions.append((s, e))
            continue
        if k in org_words and k not in surname and k not in first:
            # "the corrupt Ukraine gas company, Burisma", "Bankrate, a personal finance website": an organisation
            actor(text[s:e], "organisation", k, s).mentions.append((s, e))
            continue
        target = surname.get(k) or first.get(k)
        if target and k in first and k in surname:
            # "Kim" with "Kim Jong Un" and "Tony Kim": a family name written first is as likely as a surname
            target = target | {key for key in first[k] if _family_name_first(key)}
        if target and k in bare_sex and target == surname.get(k):
            target = _of_sex(text, s, target, actors, bare_sex[k])
        want = "f" if text[s:e] in WELL_KNOWN_WOMEN else "m"
        if target and target == surname.get(k) and text[s:e] in WELL_KNOWN_SURNAMES \
                and not _ADDRESS_BEFORE_RE.search(text, max(0, s - 6), s) and _pronoun_after(text, e) in (want, None):
            # "Trump" alone in a story that also names "Melania Trump" (before "Donald Trump", or never): the one
            # person of the news the surname names, of that person's sex; a relative of the other sex is named in
            # full, addressed ("Mrs. Trump") or taken up by her pronoun ("Trump said she was tired"); with no one of
            # that sex named in full, the relative keeps it ("Jill Biden visited a school. Biden, a teacher, ...")
            given = WELL_KNOWN_GIVEN_NAMES.get(text[s:e], frozenset())
            sexes = {key: gender_of_first_name(actors[key].name.split(" ", 1)[0]) for key in target}
            known = {key for key in target if given.intersection(actors[key].name.split())}  # "Donald Trump"
            fits = {key for key in target if sexes[key] == want
                    or (sexes[key] is None and (not given or key in known or actors[key].first < first_bare.get(k, s)))}
            # (a first name of unknown sex that is not the known person's, first named after the bare surname: a
            # relative, "Trump ... the President's daughter and adviser, Ivanka Trump"; not "Florida first lady Casey
            # DeSantis ... DeSantis won't attend")
            borne = {office_word(lab.text) for key in target for lab in actors[key].labels.values()}
            here = {office_word(lab.text) for lab in labels if lab.kind == "title"} & _OFFICE_TITLES
            anywhere = bare_titles.get(k, set()) - borne
            if fits or (k in actors and actors[k].type == "person") or (here - borne) or (
                    anywhere and all(_introduced_as_kin(text, actors[key]) for key in target)):
                # an office no relative holds, on this mention ("President Biden" in a story of "Jill Biden"), or on
                # any bare mention when the relative is introduced as kin ("Trump visits London. President Trump and
                # first lady Melania Trump arrived": the headline's "Trump" too); then the surname after it as well
                target = fits
            elif given and all(sexes[key] is None and key not in known and actors[key].first > first_bare.get(k, s)
                               for key in target):
                # everyone named in full by it has a first name of unknown sex that is not the known person's
                # ("Trump ... the President's daughter and adviser, Ivanka Trump"): the person the surname names
                target = set()
            if target and (here - borne) & _TOP_OFFICES and given and all(
                    key not in known and sexes[key] is not None for key in target):
                # "Hunter Biden ... President Biden said he loves his son": an office no relative holds on the bare
                # surname, and everyone named in full by it has another known first name: the person the surname
                # names (not a name read wrong: "Give Trump" of a headline takes "President Trump" as before)
                target = set()
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
            if len(target) > 1 and any(lab.kind == "title" for lab in labels):
                si = ctx.doc.sentence_index(s)
                sent = ctx.doc.sentences[si][0] if si >= 0 else s
                unnamed = {key for key in target if not any(
                    sent <= m[0] < s and " " not in text[m[0] : m[1]] and text[m[0] : m[1]] != text[s:e]
                    and not _NAMED_AS_RE.search(text, m[1], s) for m in actors[key].mentions)}
                if unnamed and not text.startswith(("'s", "’s"), e):
                    # "Without Nancy, there would have been no President Reagan": a titled bare surname is not the
                    # one of its bearers the same sentence names by the first name (unless it names that one so:
                    # "George, as President Bush was known", "Franklin, later President Roosevelt"; not a possessor:
                    # "When Fidel fell ill, President Castro's brother")
                    target = unnamed
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
        elif text[s:e] in WELL_KNOWN_SURNAMES:
            acc = actor(text[s:e], "person", k, s)  # "acting exactly like Obama and the Democrats": no cue needed
        elif _has_demonym(ctx, text[s:e]):
            # "Valdoria" next to "Valdorian": a country the gazetteer does not know (invented, or new)
            actor(text[s:e], "country", "country:" + k, s).mentions.append((s, e))
            continue
        elif _residents_word(text[s:e]):
            # "Iowans unseated two members": the people of a state or city, a group (not a person)
            actor(text[s:e], "group", "group:" + k, s).mentions.append((s, e))
            continue
        elif (_PLURAL_NOUN_RE.search(text[s:e]) and _sentence_initial(ctx.doc, s)) or (
                not cue and opens_clause(ctx, s) and common_noun_opening(ctx, s, e)):
            # "Economists say ...", "Witnesses said ...", '"Prices are going up," she said': a common noun opening a
            # sentence or a quotation, not a surname
            continue
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
            k = _fold(text[s:e])
            if (m is not None and m.end() in by_start) or (m2 is not None and m2.start() in by_end) or (
                    k in actors and actors[k].type == "person" and actors[k].first > s and _surname_like(text[s:e])
                    and text[s - 1 : s] not in ("@", "#")):
                # (or a person known by this one name from a cue further on: "Langer had another theory: ...
                # Langer responds")
                acc = actor(text[s:e], "person", k, s)
                acc.mentions.append((s, e))
                for lab in labels:
                    acc.labels[(lab.start, lab.end)] = lab

    _surname_places(text, actors)
    _org_name_prefixes(ctx.doc, actors)
    _state_parties(text, actors, actor)
    for acc in actors.values():
        if acc.type == "person" and acc.mentions and not acc.labels and all(
                _PLACE_NOUN_AFTER_RE.match(text, e) for _s, e in acc.mentions):
            acc.type = "place"  # "in Nadir Shah Kot district": a place named by its lower-case kind

    # "the Trump campaign", "the Trump hotel": a name modifying such a noun names the organisation, not the person
    for acc in [a for a in actors.values() if a.type == "person"]:
        moved = [(mention, m) for mention in acc.mentions if (m := _NAMED_ORG_NOUN_RE.match(text, mention[1]))
                 and (m.group(2) is None or _family_home(text, *mention))]
        admin = [(mention, m) for mention in acc.mentions if (m := _administration_at(text, mention[1]))]
        gone_now = {mention for mention, _m in admin + moved}
        others = [(ms, me) for ms, me in acc.mentions if (ms, me) not in gone_now]
        if admin and others and (" " in acc.name or any(" " in text[ms:me] or _titled_at(text, ms)
                                                         for ms, me in others)):
            # "the Obama administration" when the text also introduces Obama himself (his full name or a title):
            # an actor of its own; else (a one-sentence text, "under Obama" only) it stays the person's, as
            # annotators disagree whether it names him
            moved += admin
        if moved:
            gone = {mention for mention, _m in moved}
            acc.mentions = [mention for mention in acc.mentions if mention not in gone]
        for (s, _e), m in moved:
            # one actor per person and noun: "the Clinton campaign" is "the Hillary Clinton campaign"
            word = m.group(m.lastindex or 1)
            if word in _HOME_NOUNS:
                # "the Palin household", "the Palin home": the family (one actor with "the Palin family")
                org = actor(f"{text[s:_e]} family", "group", f"{acc.key}:family", s)
                org.mentions.append((s, _e))
                continue
            type_ = "group" if word in _FAMILY_NOUNS else "organisation"
            noun = "government" if word in _GOVERNMENT_NOUNS else word
            org = actor(text[s : m.end()], type_, f"{acc.key}:{noun}", s)
            org.mentions.append((s, m.end()))
            if word == "regime":
                # the pejorative head stays a label, of the regime it names ("the Assad regime")
                org.labels[m.span(1)] = Label("regime", "pejorative", *m.span(1))

    merge_group_aliases(text, actors)

    # labels around every mention
    person_ends = {e for acc in actors.values() if acc.type == "person" for _s, e in acc.mentions}
    ctx.place_starts = frozenset(s for acc in actors.values() if acc.type in ("place", "country")
                                 for s, _e in acc.mentions)
    ctx.org_starts = frozenset(s for acc in actors.values() if acc.type == "organisation" for s, _e in acc.mentions)
    for acc in actors.values():
        person = acc.type == "person"
        for s, e in acc.mentions:
            if text.startswith("-", e):
                continue  # "Texas-based", "Soros-funded": a name inside a modifier has no labels of its own
            if not person and s in ctx.place_starts and (of := _OF_BEFORE_RE.search(text, max(0, s - 6), s)) \
                    is not None and of.start() in person_ends:
                continue  # "Rep. Adam Schiff of California, the top Democrat ...": the labels are Schiff's
            if not person and (_modifies_noun(ctx, e) or _title_after(text, e)) and not _REGIME_AFTER_RE.match(text, e):
                continue  # "former U.S. ambassador ...": the labels are the ambassador's (not "the Cuban regime")
            if not person and text[s:e] in ("House", "Senate") and _PARTY_MEMBERS_AFTER_RE.match(text, e):
                continue  # "some conservative House Republicans": the label is the members', not the chamber's
            for lab in _labels_near(ctx, s, e, person):
                if not person and lab.start in ctx.party_prefixes:
                    continue  # "Republican Iowa House districts": the party's own mention, no label of the chamber
                acc.labels.setdefault((lab.start, lab.end), lab)
            if not person:
                for lab in _regime_of(ctx, s):
                    acc.labels.setdefault((lab.start, lab.end), lab)
    _share_coordinated_titles(ctx, actors)
    _like_labels(ctx, actors)
    _dash_list_labels(ctx, actors)
    _list_appositive_labels(ctx, actors)

    out = []
    for acc in sorted(actors.values(), key=lambda a: min(m[0] for m in a.mentions) if a.mentions else a.first):
        if not acc.mentions:
            continue
        if acc.type == "person" and _org_kind_labelled(acc):
            acc.type = "organisation"  # "Future Majority, a dark money group": the label says what it is
        if acc.type == "person" and _common_words_only(text, acc):
            continue  # "combatting recent Criminal Violence": capitalised common words, no one's name
        mentions = sorted(set(acc.mentions))
        mention_starts = [ms for ms, _me in mentions]
        labs = _outermost(lab for lab in acc.labels.values() if not _address_form_label(lab)
                          and (not _covers_mention(lab, mentions, mention_starts) or acc.key.endswith(":government")))
        out.append(Actor(acc.name, acc.type, tuple(mentions), labs))
    return _merge_same_name(out, text)


#: Offices a title names, as :func:`office_word` reads them (not forms of address: "Dr. Biden" may be Jill Biden).
_OFFICE_TITLES = frozenset("""president pres sen senator rep representative gov governor speaker leader secretary mayor
    chancellor minister""".split())


#: Adjectives of an office, capitalised in a title ("Vice Presidential nominee"): no one's name alone.
_OFFICE_ADJECTIVES = frozenset("presidential vice-presidential gubernatorial congressional senatorial mayoral".split())
_NAME_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
#: Label heads that say an actor is a person ("musician Kid Rock").
_PERSON_ROLE_WORDS = ROLE_NOUNS | DESCRIPTIVE_WORDS


def _common_words_only(text: str, acc: _Acc) -> bool:
    """Whether every mention of a "person" is two or more capitalised words that the tagger knows only as common
    nouns or adjectives ("Criminal Violence", "Good Morning"), with no first name and no label that says who it is
    ("musician Kid Rock"), an office's adjective alone ("Presidential"), or one word the tagger knows as a common
    word ("Continuing claims", "Blue states") with no form of address before it and nothing after it that a person
    does ("Lock admitted"): no one's name."""
    labelled = any(lab.text.rsplit(" ", 1)[-1].lower() in _PERSON_ROLE_WORDS for lab in acc.labels.values())
    for s, e in acc.mentions:
        words = _NAME_WORD_RE.findall(text, s, e)
        if len(words) == 1 and words[0].lower() in _OFFICE_ADJECTIVES:
            continue  # "The Vice Presidential nominee": the adjective of an office, left over from a title
        if labelled or not words or gender_of_first_name(words[0]) is not None:
            return False
        if len(words) == 1:
            tags = known_tags(words[0].lower())
            if not tags or not tags <= _COMMON_WORD_TAGS or _person_titled(acc) \
                    or _ADDRESS_BEFORE_RE.search(text, max(0, s - 6), s) \
                    or _PERSON_CUE_BEFORE_RE.search(text, max(0, s - 16), s) or _PERSON_CUE_AFTER_RE.match(text, e):
                return False  # ("Gov. Wolf", "Mr. Green", "said Young", "Lock admitted", "Young slams ...": a surname)
            continue  # "Continuing claims", "Blue states", "Carrier manufacturing jobs": a word, not a name
        for w in words:
            tags = known_tags(w.lower())
            if not tags or not tags <= {"NOUN", "ADJ"}:
                return False
    return bool(acc.mentions)


#: What the tagger may know a one-word "person" as for it to be a common word ("Continuing", "Story", "Really").
_COMMON_WORD_TAGS = frozenset(("NOUN", "ADJ", "VERB", "ADV"))
#: What follows a surname used alone: a verb of saying or doing that people do (headline forms too: "Young slams";
#: not forms that are also plural nouns: "Phone calls", "Current votes"), or an appositive ("Lock admitted", "Green,
#: who ...", "Green, a ...").
_PERSON_CUE_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:also[ \t]+)?(?:said|says|told|tells|added|adds|admitted|admits|wrote|writes|argued|argues|explained|"
    r"noted|insisted|recalled|testified|tweeted|replied|responded|claimed|acknowledged|denied|pleaded|warned|warns|"
    r"announced|announces|promised|vowed|urged|slammed|slams|blasted|defended|defends|signed|vetoed|voted|resigned|"
    r"resigns|praised|criticized|criticizes|is[ \t]+running|was[ \t]+elected)(?![\w'’-])"
    r"|,[ \t]+(?:who|a|an|the|whose)[ \t]|['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|lawyer|attorney|"
    r"campaign|office|spokesman|spokeswoman))")
#: What comes before a surname used alone: an inverted verb of saying ("," said Young"; not "told Sky", "according
#: to Hindu mythology", which precede organisations and things as often).
_PERSON_CUE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:said|says)[ \t]+\Z")
#: Title words that name an institution rather than a person's rank ("House", "State" in a run's title labels).
_INSTITUTION_TITLE_WORDS = DEPARTMENT_TITLES | frozenset(
    "House Senate State Supreme Majority Minority Opposition Crown Home".split())


def _person_titled(acc: _Acc) -> bool:
    """Whether a label of the actor is a person's title ("Gov", "Governor", "Health Secretary"), not an
    institution's word read as one ("House", "State")."""
    return any(lab.kind == "title" and (w := lab.text.rsplit(" ", 1)[-1].rstrip(".")) in TITLE_WORDS
               and w not in _INSTITUTION_TITLE_WORDS and w not in _ADJECTIVE_TITLE_WORDS for lab in acc.labels.values())


#: Title words that are also adjectives before a common word ("General Election", "General Electric", "Gen Y").
_ADJECTIVE_TITLE_WORDS = frozenset("General Gen Major Chief Former Acting Interim Deputy Vice".split())


#: Words after a joint poll's second organisation ("Washington Post-ABC News Poll").
_POLL_WORDS = frozenset({"Poll", "Polls", "Survey"})


def _split_joint_organisations(text: str, runs: list[list[CapToken]]) -> list[list[CapToken]]:
    """Runs whose hyphenated word joins two organisations of the gazetteer, the first of two words or more ("A
    Washington Post-ABC News poll", "a CBS News-New York Times poll"; not "the AP-NORC Center", "an Associated
    Press-NORC Center for Public Affairs Research poll"): two runs, the word split at its hyphen."""
    out: list[list[CapToken]] = []
    table = _gazetteer_table()[0]
    for run in runs:
        for i, (s, e) in enumerate(run):
            h = text.find("-", s, e)
            if h < 0 or not text[h + 1 : h + 2].isupper():
                continue
            left = next((text[run[a][0] : h] for a in range(i + 1) if text[run[a][0] : h] in table), None)
            last = len(run) - 1
            if last > i and text[run[last][0] : run[last][1]] in _POLL_WORDS:
                last -= 1
            # (to the run's end, or to a "Poll" that ends it: "a Washington Post-ABC News Poll")
            right = text[h + 1 : run[last][1]] if text[h + 1 : run[last][1]] in table else None
            if left is not None and " " in left and right is not None \
                    and table[left].category == "organisation" \
                    and table[right].category == "organisation":
                out.append([*run[:i], (s, h)])
                run = [(h + 1, e), *run[i + 1 :]]
                break
        out.append(run)
    return out


def _org_kind_labelled(acc: _Acc) -> bool:
    """Whether a "person" is labelled only as a kind of organisation ("a dark money group", "a super PAC", "the
    nonprofit"), with no title and no first name that says it is a person."""
    kinds = [lab.text.rsplit(" ", 1)[-1].lower() for lab in acc.labels.values()]
    return bool(kinds) and all(k in _ORG_LABEL_NOUNS or k == "pac" or _plural_org_noun(k) for k in kinds) \
        and gender_of_first_name(acc.name.split(" ", 1)[0]) is None


#: First names listed before "and" and a person's full name ("Chris, Ben and Aaron Dorr"): the words before it.
_FIRST_NAMES_BEFORE_RE = re.compile(r"((?:[A-Z][a-z]+,[ \t]+){0,3}[A-Z][a-z]+),?[ \t]+and[ \t]+\Z")
_FIRST_NAME_RE = re.compile(r"[A-Z][a-z]+")
#: A capitalised title word right before such a list ("Sens. Scott and Marco Rubio"): its words are surnames.
_TITLE_WORD_BEFORE_RE = re.compile(r"[A-Z][\w]*\.?[ \t]+\Z")


def _couple_first_names(text: str, singles: list[tuple[CapToken, bool, list[Label]]], actor: _Make,
                        actors: Mapping[str, _Acc]) -> list[tuple[CapToken, bool, list[Label]]]:
    """Known first names listed before "and" and a person's first name and surname are people of that surname
    ("Donald and Melania Trump", "Charles and David Koch", "Chris, Ben and Aaron Dorr"): actors of their own, so
    that the surname named later can be any of them. Only a common first name (the curated list, not the Census
    one, where "Harris", "Warren", "Graham" and "Scott" are first names too): not "Voters cheered Kowalczyk and Maria
    Lindqvist", "Obama and Mitt Romney", "Harris and Joe Biden"; not another person's surname ("John Lewis ...
    Lewis and Julian Bond"); not after a capitalised word ("Sens. Scott and Marco Rubio"). Returns the single tokens
    left to resolve."""
    lists: dict[int, str] = {}  # start of a listed first name -> the surname
    for acc in actors.values():
        if acc.type != "person":
            continue
        for ms, me in acc.mentions:
            words = text[ms:me].split(" ")
            if len(words) != 2 or gender_of_first_name(words[0]) is None:
                continue
            m = _FIRST_NAMES_BEFORE_RE.search(text, max(0, ms - 60), ms)
            if m is not None and not text.endswith(" and ", 0, m.start()) \
                    and not _TITLE_WORD_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
                # (not a list of titles, "classics like Romeo and Juliet and Jane Eyre", nor surnames after a plural
                # title: "Sens. Scott and Marco Rubio", "Justices Thomas, Alito and Neil Gorsuch")
                for f in _FIRST_NAME_RE.finditer(text, m.start(1), m.end(1)):
                    lists[f.start()] = words[1]
    if not lists:
        return singles
    surnames = {acc.key.rsplit(" ", 1)[-1] for acc in actors.values() if acc.type == "person"}
    left = []
    for tok in singles:
        (s, e), _cue, labels = tok
        last = lists.get(s)
        word = text[s:e]
        if last is None or e - s != len(word.rstrip(",")) or word == last or _fold(word) in surnames \
                or gender_of_first_name(word, common_only=True) is None:
            left.append(tok)
            continue
        acc = actor(f"{word} {last}", "person", _person_key([word, last]), s)
        acc.mentions.append((s, e))
        for lab in labels:
            acc.labels[(lab.start, lab.end)] = lab
    return left


def _address_form_label(lab: Label) -> bool:
    """An address form is no label ("Mr.", "Ms"), nor is a title ending in one: the word before it is a verb or a
    modifier read with it ("also give Mr. Romney", "a cautious Mr. Obama")."""
    return lab.text.rsplit(None, 1)[-1].rstrip(".") in ADDRESS_FORMS


_OF_BEFORE_RE = re.compile(r"[ \t]+of[ \t]+\Z")
#: A kind of publication right after a one-word name ("Time magazine", "People magazine").
_MEDIA_NOUN_AFTER_RE = re.compile(r"[ \t](?:magazine|newspaper|tabloid|newsweekly)(?![\w'’-])")
_CAP_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
#: After a lone name that follows "posted on": a possessive ("posted on Lee's page") or a date ("wrote on Feb. 12").
_NOT_PLATFORM_AFTER_RE = re.compile(r"['’]s(?![\w'’-])|\.?[ \t]+\d")
#: Four or more words in capitals in a row, with single spaces between (a shouted sentence, a slogan).
#: (The first capital comes before the look-behind, which then reads it and the character before it: the regex engine
#: skips in C to the next capital instead of trying the look-behind at every position; same matches, ~2.5x faster.)
_SHOUTED_RE = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[A-Z'’]*(?:[ \t]+[A-Z][A-Z'’]*(?![\w'’-])){3,}")
_ARTICLES = frozenset({"THE", "A", "AN"})


def _shouted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of shouted capitals (:data:`_SHOUTED_RE`) whose words are mostly no gazetteer names and at least
    one of which is a common word other than an article ("AND", "WE", "OUR"): slogans and shouted quotations, not
    names in capitals ("THE NEW YORK TIMES")."""
    out = []
    for m in _SHOUTED_RE.finditer(text):
        words = m.group().split()
        if any(w.lower() in COMMON_CAPITALISED and w not in _ARTICLES for w in words):
            out.append(m.span())
    return tuple(out)


#: Words of a newsletter or sign-up box: "sign up", "signing up", "subscribe", "newsletter", "inbox".
#: (The first letter, in every form that matches it case-insensitively, comes before the look-behind, which then
#: reads it and the character before it: the regex engine skips in C to the next such letter instead of trying the
#: look-behind at every position; same matches, tests/test_speed_patterns.py.)
_SIGNUP_WORD_RE = re.compile(
    r"[SsſUuNnIiİı](?<![\w'’-].)(?i:(?<=s)ign(?:ing)?[ -]up|(?<=s)ubscrib\w*|(?<=u)nsubscribe|(?<=n)ewsletters?|"
    r"(?<=i)nbox)(?![\w'’-])")
#: The reader addressed: "you", "your".
_YOU_RE = re.compile(r"(?i)(?<![\w'’-])(?:you|your)(?![\w'’-])")
#: What only a box says: "inbox", "privacy policy", "terms of use/service", "agree", "email", "alerts", "delivered".
_BOX_CUE_RE = re.compile(r"(?i)(?<![\w'’-])(?:inbox|privacy policy|terms of (?:use|service)|agree|e-?mails?|alerts?"
                         r"|delivered)(?![\w'’-])")
_QUOTE_MARKS = ('"', "“", "”")
#: What every match of :data:`_SIGNUP_WORD_RE` holds in the lower-cased text, and the characters beyond ASCII that
#: its case-insensitive letters also match ("İ", "ı", "ſ"): a text with none of either has no sign-up word, found
#: by a few ``str.find`` in the matching text (most texts; the pattern stops at every "s", "u", "n" and "i"). "sign"
#: with what must follow it ("sign up", "signing-up"): "sign" alone is in half the texts ("design", "signed").
_SIGNUP_STEMS = ("sign up", "sign-up", "signing up", "signing-up", "subscrib", "newsletter", "inbox")
_SIGNUP_ODD_CASE = ("İ", "ı", "ſ")


def _signup_box_spans(doc: Document) -> tuple[tuple[int, int], ...]:
    """Sentences of a newsletter or sign-up box: a sign-up word, the reader addressed ("you", "your") and a box cue
    ("inbox", "agree", "email", ...; "a newsletter with a million subscribers, says you" is a sentence about people),
    no quotation mark (a speaker's words are no box). Empty for most texts (a few substring tests)."""
    text = doc.text
    if not any(w in doc.norm for w in _SIGNUP_STEMS) and not any(c in text for c in _SIGNUP_ODD_CASE):
        return ()
    if _SIGNUP_WORD_RE.search(text) is None:
        return ()
    out = []
    for s, e in doc.sentences:
        if _SIGNUP_WORD_RE.search(text, s, e) and _YOU_RE.search(text, s, e) and _BOX_CUE_RE.search(text, s, e) \
                and not any(q in text[s:e] for q in _QUOTE_MARKS):
            out.append((s, e))
    return tuple(out)


_PARTY_MEMBERS_AFTER_RE = re.compile(r"[ \t](?:Republicans|Democrats)(?![\w'’-])")
#: A capitalised word after a name in a title-case headline that makes the name part of an organisation's or a
#: building's ("Trump Tower", "Obama Foundation", "Trump Administration").
_ORG_WORD_AFTER_RE = re.compile(
    r"[ \t](?:Tower|Towers|Hotel|Foundation|Organization|Administration|Campaign|Library|Center|Centre|University|"
    r"Institute|International|Group|Doctrine|Era|White|Team|Family|Museum|Presidential)(?![\w'’-])")


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


#: A round-up's credit line: the name (the run), a comma and the outlet's capitalised words to the line's end.
_CREDIT_LINE_REST_RE = re.compile(
    r",[ \t]*((?:[Tt]he[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|for|&)){0,5})[ \t]*(?:\n|\Z)")
#: Last words of an outlet's name on a credit line ("The Nation", "Bloomberg Opinion", "National Review").
_OUTLET_HEADS = frozenset("""Nation Opinion Review Post Times News Journal Magazine Monthly Weekly Examiner Beast
Atlantic Republic Hill Herald Tribune Globe Gazette Standard Observer Guardian Telegraph Independent Intercept
Federalist Spectator Reason Prospect Mother Jones Politico Axios Vox Slate Salon Bloomberg Reuters Reporter Air Wire
Beacon Caller Insider Digest Dispatch Bulwark Resurgent Commentary Week Daily""".split())
#: The end of an excerpt's paragraph before such a line: a closing quotation mark or an ellipsis.
_EXCERPT_END_RE = re.compile(r"[\"”’…][ \t]*\n+[ \t]*\Z")


def _credit_line_name(text: str, run: list[CapToken]) -> list[CapToken] | None:
    """The person of a round-up's credit line under an excerpt ("Harry Enten, CNN" after '"... in fundraising."'): a
    line of its own opening with two or three name words, a known first name first, then a comma and an outlet; else
    None."""
    if not 2 <= len(run) <= 3 or (run[0][0] > 0 and text[run[0][0] - 1] != "\n"):
        return None
    if _CREDIT_LINE_REST_RE.match(text, run[-1][1]) is None or gender_of_first_name(
            text[run[0][0] : run[0][1]]) is None or not _EXCERPT_END_RE.search(text, max(0, run[0][0] - 8), run[0][0]):
        return None
    return run


def _family_name_first(key: str) -> bool:
    """Whether a person's name key reads family name first, as East Asian names in English news do ("kim jong un",
    "kim jong-un", "moon jae-in"): a short given name of two syllables after the first word."""
    parts = key.split(" ")
    if len(parts) > 1 and gender_of_first_name(parts[1], common_only=True) is not None:
        return False  # "Lee Ann Kim": a double first name, not a given name of syllables
    return (len(parts) == 3 and len(parts[1]) <= 4 and len(parts[2]) <= 3) or (
        len(parts) == 2 and "-" in parts[1] and len(parts[1]) <= 8)


def _surname_like(word: str) -> bool:
    """Whether a lone capitalised word may be a surname taken up before its cue: no hyphenated compound, no word
    the part-of-speech lexicon knows as other than a name, nor its plural ("Langer", "Cohen"; not "Marines",
    "Dodd-Frank", "Earth", "Variety")."""
    low = word.lower()
    return "-" not in word and not known_tags(low, 0.0) - {"PROPN"} and not (
        low.endswith("s") and known_tags(low[:-1], 0.0) - {"PROPN"})


#: Offices that name the one person a well-known surname names ("President Biden"), not a relative who may hold
#: another ("Greg Pence, the vice president's brother ... Rep. Pence").
_TOP_OFFICES = frozenset({"president", "minister", "chancellor"})


#: Words between a first name and a titled surname that name the same person so ("George, as President Bush was
#: known", "Andrew, whom viewers knew as Governor Cuomo", "Franklin, later President Roosevelt").
_NAMED_AS_RE = re.compile(r"\b(?:as|called|call|named|later|known|dubbed|became|becomes)\b")
#: Nouns of an event that a place's name modifies ("the Sandy Hook shooting"), not of a person's era or work ("the
#: Ronald Reagan era", "a Michael Bloomberg ad").
_EVENT_NOUNS = frozenset(
    "shooting shootings massacre attack attacks bombing bombings fire fires disaster tragedy crash explosion standoff "
    "raid riot riots spill outbreak siege blast".split())
#: A determiner right before a name that modifies a noun ("the Sandy Hook shooting", "a Sandy Hook parent").
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)[ \t]+\Z")
#: A lower-case word right after a name (the noun it may modify: "the Sandy Hook shooting").
_LOWER_AFTER_RE = re.compile(r"[ \t]+([a-z][\w-]*)")


def _org_name_prefixes(doc: Document, actors: dict[str, _Acc]) -> None:
    """A person with no label whose every mention is the first words of an organisation's or place's longer name in
    the text and modifies an event noun after it, a determiner before ("Sandy Hook Elementary School ... after the
    Sandy Hook shooting"), is that organisation or place (not "Henry Ford said", "the Ronald Reagan era" beside the
    Ronald Reagan Presidential Library)."""
    text = doc.text
    hosts = [a for a in actors.values() if a.type in ("organisation", "place") and " " in a.name]
    if not hosts:
        return
    for acc in actors.values():
        if acc.type != "person" or acc.labels or not acc.mentions or acc.name in WELL_KNOWN_SURNAMES:
            continue
        host = next((h for h in hosts if h.name.startswith(acc.name + " ")), None)
        if host is None:
            continue
        if all(_DETERMINER_BEFORE_RE.search(text, max(0, ms - 8), ms)
               and (m := _LOWER_AFTER_RE.match(text, me)) is not None and m.group(1) in _EVENT_NOUNS
               for ms, me in acc.mentions):
            host.mentions.extend(acc.mentions)
            acc.mentions = []


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
_NAMED_ORG_NOUN_RE = re.compile(
    r"[ \t](campaign|hotel|foundation|organization|brothers|sisters|family)(?=['’]s?(?![\w'’-])|(?![\w'’-]))"
    # "the Palin household", "the Palin home in Wasilla": the family's (not "the Biden home state")
    r"|[ \t](household|home|residence)(?=[ \t]*[,.;:)]|[ \t]+(?:in|on|at|near|where|and|of|was|is)(?![\w'’-]))")
#: "the Obama administration", "the Assad regime", "the Maduro government": the government of a leader named
#: elsewhere in the text (see ``find_actors``; annotated as an actor of its own, like the administration). A
#: possessive "'s" may follow ("the Obama administration's drone program"); not "the Trump government shutdown",
#: "Clinton government emails".
_ADMINISTRATION_RE = re.compile(r"[ \t](administration|regime|government)(?=['’]s(?![\w'’-])|(?![\w'’-]))")
#: Nouns after "government" that make it a modifier, not the leader's government ("the Trump government shutdown").
_GOVERNMENT_MODIFIES_RE = re.compile(
    r"[ \t]+(?:shutdown|e-?mails?|servers?|accounts?|devices?|phones?|contracts?|funding|spending|jobs?)\b")


def _administration_at(text: str, e: int) -> re.Match[str] | None:
    """:data:`_ADMINISTRATION_RE` right after a mention ending at ``e``, not a "government" that modifies a noun."""
    m = _ADMINISTRATION_RE.match(text, e)
    if m is not None and m.group(1) == "government" and _GOVERNMENT_MODIFIES_RE.match(text, m.end()):
        return None
    return m
#: The nouns of :data:`_ADMINISTRATION_RE` name one actor: "the Assad regime" and "the Assad government".
_GOVERNMENT_NOUNS = frozenset(("administration", "regime", "government"))
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]+)[ \t]+\Z")


def _titled_at(text: str, s: int) -> bool:
    """Whether a title word stands right before the mention at ``s`` ("President Obama", "Mr. Trump")."""
    m = _WORD_BEFORE_RE.search(text, max(0, s - 25), s)
    return m is not None and _is_title_word(m.group(1))


#: ... and of their family, a group ("the Koch brothers", "the Trump family").
_FAMILY_NOUNS = frozenset({"brothers", "sisters", "family"})
#: Nouns of a family's home after a surname ("the Palin household"): the family, a group.
_HOME_NOUNS = frozenset({"household", "home", "residence"})
#: The determiner such a family's home needs before the surname ("the Palin home"; not "flew Biden home").
_HOME_DETERMINER_RE = re.compile(r"(?<![\w'’-])(?:the|a|their)[ \t]+\Z", re.IGNORECASE)


def _family_home(text: str, s: int, e: int) -> bool:
    """Whether the mention at ``s``-``e``, before "household", "home" or "residence", names a family: a bare surname
    after a determiner ("the Palin home"; not "send Trump home", "the Sarah Palin home": the person's)."""
    return " " not in text[s:e] and _HOME_DETERMINER_RE.search(text, max(0, s - 6), s) is not None


def _titled_name_line(text: str, run: list[CapToken]) -> bool:
    """Whether ``run`` is a whole line that is a titled person's name: a title word among its first three words
    (after "Former"), a common first name and a surname last (a middle initial between), and nothing else on the line
    ("Former President Barack Obama", "Former CIA Director John Brennan"; not "Senator Tom Birch Resigns")."""
    words = [text[s:e].rstrip(".") for s, e in run]
    if words[0] == "Former":
        words = words[1:]
    line_start = text.rfind("\n", 0, run[0][0]) + 1
    line_end = text.find("\n", run[-1][1])
    return (len(words) >= 3 and any(w in TITLE_WORDS or w.rsplit("-", 1)[-1] in TITLE_WORDS for w in words[:3])
            and not text[line_start : run[0][0]].strip()
            and not text[run[-1][1] : line_end if line_end >= 0 else len(text)].strip(" \t.,;")
            and (gender_of_first_name(words[-2], common_only=True) is not None or (
                len(words) >= 4 and (len(words[-2]) == 1 or words[-2] in _SURNAME_PREFIXES)
                and gender_of_first_name(words[-3], common_only=True) is not None)))
    # (first name and surname last, "Congressman Chris Van Hollen"; not "Senator Tom Birch Resigns")


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
        if not same and titles:
            # the titles written before the people's full names ("Secretary of State Hillary Clinton ... former
            # President Bill Clinton ... Secretary Clinton"; labels are read later)
            same = {key for key in target if any(
                t in _title_words_before(text, ms) for ms, _me in actors[key].mentions[:10] for t in titles)}
        if same:
            return same
    return target


def _title_words_before(text: str, ms: int) -> set[str]:
    """The capitalised title words among the four words before offset ``ms``, lower-cased ("Secretary of State
    Hillary Clinton" -> {"secretary", "state"})."""
    return {w.rstrip(".").lower() for w in text[max(0, ms - 40) : ms].split()[-4:]
            if w[:1].isupper() and w.rstrip(".") in TITLE_WORDS}


#: A regime noun right after a country or party: the country's label ("the Cuban regime", "the brutal Iranian
#: dictatorship").
_REGIME_AFTER_RE = re.compile(r"[ \t](?:regime|regimes|dictatorship|junta)(?![\w-])")


def label_asymmetry(actors: Sequence[Actor], *, loaded_extents: Sequence[tuple[int, int]] | None = None) -> float:
    """The largest gap between two comparable actors' shares of loaded labels, negative or positive (0..1).

    For each actor with labels, ``neg = #loaded / #labels`` and ``pos = #honorific / #labels``, where a label is
    loaded by :func:`is_loaded_label` over ``loaded_extents`` (the document's :func:`loaded_label_extents`); without
    them, every pejorative or ideological label counts. Within one type (people with people, countries with
    countries) the score is ``max(max(neg) - min(neg), max(pos) - min(pos))``; the result is the largest over
    types. 0 when fewer than two actors of a type carry labels or all are labelled alike; 1 when one actor only
    gets titles or descriptions and another only epithets (or only praise). Actors without labels are not compared.
    """
    best = 0.0
    by_type: dict[str, list[tuple[float, float]]] = {}
    for a in actors:
        if not a.labels:
            continue
        n = len(a.labels)
        if loaded_extents is None:
            neg = sum(1 for lab in a.labels if lab.kind in LOADED_LABEL_KINDS)
        else:
            neg = sum(1 for lab in a.labels if is_loaded_label(lab, loaded_extents))
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
                   "actor_labels_count", *(f"actor_labels_{kind}_count" for kind in LABEL_KINDS),
                   "actor_labels_loaded_count", "label_asymmetry")

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
        extents = loaded_label_extents(result.lexicon_spans)
        sc["actor_labels_loaded_count"] = float(sum(1 for lab in labels if is_loaded_label(lab, extents)))
        sc["label_asymmetry"] = label_asymmetry(actors, loaded_extents=extents)
