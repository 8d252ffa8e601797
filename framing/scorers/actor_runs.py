"""Preparing the capitalised runs before they are classified: organisations named "X for Y" or "X and Y"
joined across runs, names joined by "&", datelines, common and headline words dropped, and titles stripped from
the start of a run (as labels)."""

from __future__ import annotations

import re

from framing.analysis import Label
from framing.pos import known_tags
from framing.scorers.actor_context import (
    BYLINE_OPENING_RE,
    _by_ampersand,
    _Context,
    _fold,
    _is_titlecase_sentence,
    _Make,
    _sentence_initial,
)
from framing.scorers.actor_cues import _ORG_NOUN_AFTER_RE, org_noun_before
from framing.scorers.actor_label_kinds import _ROLE_PREFIXES, _span_kind
from framing.scorers.actor_labels import _hyphen_title
from framing.scorers.actor_words import (
    _CAP_AFTER_RE,
    _DATELINE_TAIL_RE,
    _LOWER_WORD_RE,
    _OF_GAP_RE,
    _SUFFIXES,
    ACTOR_ORG_HEADS,
    OFFICE_NOUNS,
    ROLE_NOUNS,
    WEEKDAYS,
)
from framing.scorers.names import (
    ADDRESS_FORMS,
    COMMON_CAPITALISED,
    DEPARTMENT_TITLES,
    NON_PERSON_WORDS,
    NOT_AFTER_ON,
    ON_GAP,
    ON_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    CapToken,
    split_run,
)
from framing.scorers.speaker_gender import HYPHEN_GIVEN_NAME_RE, gender_of_first_name, named_surname

#: Names joined by "&": "AT&T", "S&P", "Johnson & Johnson", "Stars & Stripes", "Standard & Poor's".
_AMPERSAND_NAME_RE = re.compile(
    r"(?<![\w&'’.-])(?:[A-Z][A-Za-z]{0,3}&[A-Z][A-Za-z]{0,3}|([A-Z][a-z]+)[ \t]&[ \t]([A-Z][a-z]+))"
    r"(?![\w&-])")
_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])[a-z]+[ \t]\Z")
_CAP_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")
_AMPERSAND_NOT_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’.-]*,|[A-Z][\w'’.-]*[ \t]+(?:for|of))[ \t]+\Z")


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


#: Number words, never a name of their own ("Thirty years later"; one to ten are common capitalised words).
_NUMBER_WORDS = frozenset(
    """eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion""".split())


#: Closed-class words that are never part of a person's name, wherever they stand in a capitalised run: pronouns,
#: determiners, auxiliaries, wh-words, conjunctions, "by", "here", "there" (a headline or page-furniture run read as
#: one name: "Positive Demeanor This", "Vote Here", "Sonia Shah How Trump Is Going"); not the modals that are names
#: ("Theresa May", "George Will") nor prepositions that build organisations' names ("Mayors Against Illegal Guns"),
#: nor "he" and "do", which are names ("Vice Premier He Lifeng", "Liu He", "Do Kwon").
_NEVER_IN_NAME = frozenset(
    """i we you she they it its his her their our my your me us him them who whom whose what which when where why
    how this these those the is are was were be been being has have had does did would could should shall must
    if unless because since though although whether nor than by here there caption""".split())


def _seen_as_verb(word: str) -> bool:
    """Whether the shipped part-of-speech tagger learnt ``word`` (lower case) as a verb: a verb in its tag
    dictionary or a positive verb weight for the word ("joining", "blaming"; not "manning", "peking"). A
    hyphenated word, which the tagger learnt only as a hyphenated shape, never."""
    return "-" not in word and "VERB" in known_tags(word, 0.0)


def _gerund_opens(ctx: _Context, run: list[CapToken]) -> bool:
    """Whether the "-ing" word opening ``run`` is a gerund before the name, not part of it: a gazetteer name
    or a first name right after it ("Citing Fox News, ...", "Citing Jane Roe, ..."), or a word the tagger knows
    as a verb before a name with no organisation head ("Joining McInturff", "Blaming Democrats", "Joining House
    Democrats"; not "Manning Marable", "Nanjing University", "Fielding Graduate University", "Reading Hospital")."""
    text = ctx.doc.text
    if run[1][0] in ctx.gaz or gender_of_first_name(text[run[1][0] : run[1][1]]) is not None:
        return True
    if not _seen_as_verb(text[run[0][0] : run[0][1]].lower()):
        return False
    return any(s in ctx.gaz for s, _ in run[1:]) or not any(
        text[s:e] in ACTOR_ORG_HEADS and text[s:e] not in _FOR_PLURALS for s, e in run)


#: Descriptive words that open a sentence before a name without being part of it ("Longtime", "Veteran",
#: "Embattled"); party and leaning words are left to the gazetteer and the label scan.
_PRE_NAME_MODIFIERS = frozenset(
    """longtime long-time veteran embattled outgoing incumbent billionaire millionaire disgraced controversial
    outspoken beleaguered conservative liberal progressive libertarian moderate centrist populist socialist
    nationalist leftist hardline hard-line far-right far-left hard-right hard-left right-wing left-wing
    ultraconservative""".split())


#: Leaning adjectives the tagger's training data barely has ("Conservative Republican Sen. Jane Roe").
_LEANING_ADJECTIVES = frozenset("conservative liberal progressive libertarian moderate centrist".split())


def _adjective_before_gazetteer_name(ctx: _Context, run: list[CapToken]) -> bool:
    """Whether the run opens with an adjective (a word the tagger knows only as one, no first name) before a
    gazetteer item and then a person's titles and name only: the adjective describes the person and is no part
    of a name ("Moderate Republican Susan Collins", "Retired Army Gen. David Petraeus", "Prominent Democrat Jane
    Roe"; not "National Republican Senatorial Committee", "Free Syrian Army", "Young Republicans"; "Former" stays
    for the title reader: "Former Alaska Gov. Sarah Palin")."""
    text = ctx.doc.text
    first = text[run[0][0] : run[0][1]]
    hit = ctx.gaz.get(run[1][0])
    if hit is None or first.lower() in _ROLE_PREFIXES or gender_of_first_name(first) is not None or not (
            known_tags(first) == {"ADJ"} or first.lower() in _LEANING_ADJECTIVES):
        return False
    k = next((k for k in range(1, len(run)) if run[k][1] == hit[0]), None)
    if k is None:
        return False
    tail = [text[a:b] for a, b in run[k + 1 :]]
    return any(w.rstrip(".") not in TITLE_WORDS for w in tail) and not any(
        w in ACTOR_ORG_HEADS or w in NON_PERSON_WORDS or a in ctx.gaz
        for w, (a, _b) in zip(tail, run[k + 1 :], strict=True))


#: Short words after a hyphen that make a modifier, not a given name ("Iran-led", "Soviet-era").
_HYPHEN_MODIFIER_TAILS = frozenset(
    "led run era style born made wide like type owned based held hit bound size sized old long term free tied".split())


def _elect_title(tok: str) -> bool:
    """Whether ``tok`` is a title elected but not yet in office ("Mayor-elect", "President-elect")."""
    return tok.endswith("-elect") and tok[:-6] in TITLE_WORDS


def _hyphenated_given_name(before: str, tok: str) -> bool:
    """Whether ``tok`` is a Korean- or Cantonese-style hyphenated given name after a short surname ("Kim Jong-un",
    "Moon Jae-in", "Lee Siu-wah"; not "Iran-led" or "Soviet-era")."""
    return HYPHEN_GIVEN_NAME_RE.fullmatch(tok) is not None and tok.rsplit("-", 1)[1] not in _HYPHEN_MODIFIER_TAILS \
        and 2 <= len(before) <= 5 and before.isalpha() and before[:1].isupper() and before[1:].islower()


#: Before "PAC" that opens a run of capitals: the kind of organisation, not part of the name after it.
_SUPER_PAC_BEFORE_RE = re.compile(r"(?:\b[Ss]uper|\b[Tt]he|\b[Aa])[ \t]+\Z")


def _clean_run(ctx: _Context, run: list[CapToken]) -> list[list[CapToken]]:
    """Drop common words (sentence-initial ones, headline words) and split the run there."""
    text = ctx.doc.text
    title_line = False
    drop = []
    # a closed-class word inside a run of name words only (no organisation head, no gazetteer item): the run is a
    # headline or page furniture read as one name, split there
    inner = len(run) > 1 and any(text[s:e].lower() in _NEVER_IN_NAME for s, e in run[1:]) and not any(
        s in ctx.gaz or text[s:e] in ACTOR_ORG_HEADS or text[s:e] in NON_PERSON_WORDS for s, e in run)
    for i, (s, e) in enumerate(run):
        tok = text[s:e]
        low = tok.lower()
        if _by_ampersand(text, s, e):
            drop.append(True)
        elif s in ctx.gaz:
            drop.append(False)
        elif len(run) == 1 and named_surname(text, tok, e):
            drop.append(False)  # "May insisted Friday": Theresa May, named so in the text, not the month or modal
        elif low in COMMON_CAPITALISED and (i == 0 or title_line or drop[-1]) and not (
                i == 0 and not title_line and len(run) > 2 and low not in ("the", "a", "an")
                and _LOWER_WORD_BEFORE_RE.search(text, max(0, s - 20), s)
                and any(text[ts:te] in ACTOR_ORG_HEADS for ts, te in run[1:])):
            # (not after a lower-case word before an organisation head: "the All India Institute of Medical
            # Sciences", "a survey by Can Tho University")
            drop.append(True)
        elif inner and low in _NEVER_IN_NAME and not (low == "i" and text[e : e + 1] == "."):
            drop.append(True)  # (not a middle initial: "Stephen I. Vladeck")
        elif low in _NUMBER_WORDS:
            drop.append(True)  # "Thirty years later, ...": a number, not a name
        elif i == 0 and tok in ("RIP", "R.I.P.") and len(run) > 1:
            drop.append(True)  # "RIP Nancy Reagan": a mourner's words before the name, no organisation
        elif i == 0 and tok == "PAC" and len(run) > 1 and _SUPER_PAC_BEFORE_RE.search(text, max(0, s - 10), s):
            drop.append(True)  # "the super PAC American Bridge": the kind of organisation, before its name
        elif i > 0 and i == len(run) - 1 and tok in WEEKDAYS and text[e : e + 1] == " " \
                and _LOWER_WORD_RE.match(text, e + 1) is not None and not drop[-1] \
                and text[run[i - 1][0] : run[i - 1][1]] not in _TIME_ZONES:
            drop.append(True)  # "President Obama Saturday accused ...": the day of the news, no part of the name
        elif "-" in tok and tok.rsplit("-", 1)[1][:1].islower() and not (
                i > 0 and not drop[-1] and _hyphenated_given_name(text[run[i - 1][0] : run[i - 1][1]], tok)) \
                and not _elect_title(tok):
            drop.append(True)  # "Portland-based", "Kremlin-backed" (not "Kim Jong-un", "Moon Jae-in")
        elif low in ctx.low_words and (title_line or (i == 0 and _sentence_initial(ctx.doc, s))):
            drop.append(True)
        elif i == 0 and len(run) > 1 and low in _PRE_NAME_MODIFIERS and _sentence_initial(ctx.doc, s) \
                and gender_of_first_name(tok) is None and not any(
                    text[a:b] in ACTOR_ORG_HEADS or text[a:b] in NON_PERSON_WORDS
                    or text[a:b].rstrip(".") in TITLE_WORDS for a, b in run[1:]):
            drop.append(True)  # "Longtime Trump ally Roger Stone", "Veteran Democrat Jane Roe": a modifier, no name
        elif i == 0 and len(run) > 2 and tok[1:].islower() and _sentence_initial(ctx.doc, s) \
                and _adjective_before_gazetteer_name(ctx, run):
            drop.append(True)  # "Moderate Republican Susan Collins", "Retired Army Gen. David Petraeus" said
        elif i == 0 and len(run) > 1 and len(tok) >= 6 and tok.endswith("ing") and tok[1:].islower() \
                and gender_of_first_name(tok) is None and _sentence_initial(ctx.doc, s) and _gerund_opens(ctx, run):
            drop.append(True)  # "Joining McInturff on the panel were ...": a sentence-initial gerund, no first name
        else:
            drop.append(False)
    return split_run(run, drop) if any(drop) else [run]


#: A minister's or secretary's portfolio after "of" ("Minister of Information", "Secretary of Agriculture").
_PORTFOLIO_WORDS = DEPARTMENT_TITLES | frozenset(
    """Information Agriculture Justice Transport Transportation Environment Culture Tourism Communications Housing
    Industry Mines Petroleum Works Youth Sport Sports Planning Economy Development Immigration Security War
    Science Technology Fisheries Forestry Welfare Women Children Veterans Affairs Resources Infrastructure
    Aviation Telecommunications Water Land Lands Intelligence""".split())


def _name_after_of_complement(ctx: _Context, run: list[CapToken], i: int) -> int | None:
    """Where a person's name starts after the title ``run[i]`` and its "of" complement: the first of at most four
    complement words followed by a first name and at least one more word ("Director of National Intelligence Dan
    Coats"); None when "of" does not follow the title, a complement word is a gazetteer name (read as such: "Director
    of the FBI Christopher Wray") or no first name follows."""
    text = ctx.doc.text
    if i + 2 >= len(run) or not _OF_GAP_RE.match(text, run[i][1], run[i + 1][0]):
        return None
    m = i + 1
    while m < len(run) and text[run[m][0] : run[m][1]] in _PORTFOLIO_WORDS:
        m += 1
    if i + 1 < m <= len(run) - 2:
        return m  # "Minister of Information Chidinma Okafor": a portfolio, then a two-word name
    for m in range(i + 2, min(len(run) - 1, i + 6)):
        if run[m - 1][0] in ctx.gaz:
            return None
        if gender_of_first_name(text[run[m][0] : run[m][1]]) is not None:
            return m
    return None


#: A capitalised title and "for" right before a run: the run opens with the title's complement ("Secretary for
#: Diplomatic Security Charlene Lamb"; after a gazetteer word the run holds: "Envoy for Syria Affairs Jim Jeffrey").
_TITLE_FOR_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(OFFICE_NOUNS)) + r")(?:[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)?"
    r"[ \t]+for[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)?\Z")


#: The words of a title before "Charge"/"Large" that opens a run ("Special Agent in Charge", "Ambassador at Large").
_TITLE_ACROSS_RE = re.compile(r"(?<![\w-])(?:Special[ \t]+)?(?:Agent|Officer|Ambassador)[ \t]+(?:in|at)[ \t]+\Z")


#: Title modifiers that are nouns of an office themselves ("Executive Editor", "General Manager").
_NOUN_MODIFIER_TITLES = frozenset("Editor Manager Officer Partner Adviser Advisor".split())


def _strip_title(ctx: _Context, run: list[CapToken], i: int) -> tuple[int, list[Label]]:
    """Skip title tokens at ``run[i:]``; returns the new index and the title labels."""
    text = ctx.doc.text
    labels: list[Label] = []
    if i + 2 < len(run) and text[run[i][0] : run[i][1]] in ("Charge", "Large") \
            and (across := _TITLE_ACROSS_RE.search(text, max(0, run[i][0] - 30), run[i][0])) is not None:
        # "Special Agent in Charge John Bennett", "Ambassador at Large Jane Roe": a title whose words run across the
        # run's start
        labels.append(Label(text[across.start() : run[i][1]], "title", across.start(), run[i][1]))
        i += 1
    if i + 2 < len(run) and _TITLE_FOR_BEFORE_RE.search(text, max(0, run[i][0] - 60), run[i][0]):
        # "Deputy Assistant Secretary for Diplomatic Security Charlene Lamb": the title's complement before the name
        # (the title, "for" and the complement are labelled as one, see actor_labels)
        for first in range(i + 1, min(len(run) - 1, i + 5)):
            if first - 1 == i and run[i][0] in ctx.gaz:
                break  # (the caller takes the gazetteer item, "Envoy for Syria Affairs Jim Jeffrey", and comes back)
            if gender_of_first_name(text[run[first][0] : run[first][1]]) is not None:
                i = first
                break
        else:
            if len(run) - i <= 4:
                i = len(run) - 2  # a first name we do not know: the last two words ("Competition Margrethe Vestager")
    while i < len(run):
        s, e = run[i]
        if text[s:e] in TITLE_WORDS and i + 1 < len(run) and _OF_GAP_RE.match(text, e, run[i + 1][0]) \
                and all(text[a:b] in _PORTFOLIO_WORDS for a, b in run[i + 1 :]):
            # "The Minister of Information, Chidinma Okafor,": a portfolio ends the run, no person called Information
            labels.append(Label(text[s : run[-1][1]], "title", s, run[-1][1]))
            return len(run), labels
        if text[s:e] in TITLE_WORDS and (m := _name_after_of_complement(ctx, run, i)) is not None:
            # "Director of National Intelligence Dan Coats", "Secretary of Defense Lloyd Austin": the title runs on
            # through its complement to the first name
            labels.append(Label(text[s : run[m - 1][1]], "title", s, run[m - 1][1]))
            i = m
            continue
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
        j = i
        while j < len(run) - 1 and text[run[j][0] : run[j][1]] in TITLE_MODIFIERS:
            j += 1
        if j > i and text[run[j - 1][0] : run[j - 1][1]] in _NOUN_MODIFIER_TITLES \
                and gender_of_first_name(text[run[j][0] : run[j][1]]) is not None:
            # "Executive Editor Mike Duffy", "Manager Frank Russo": title modifiers ending in a noun of office,
            # then a first name
            labels.append(Label(text[s : run[j - 1][1]], "title", s, run[j - 1][1]))
            i = j
            continue
        if i == 0 and len(run) >= 3 and tok.lower() in ROLE_NOUNS and tok not in TITLE_WORDS \
                and _sentence_initial(ctx.doc, s) \
                and (gender_of_first_name(text[run[1][0] : run[1][1]]) is not None or (
                    len(run) == 3 and not any(a in ctx.gaz or text[a:b] in ACTOR_ORG_HEADS for a, b in run[1:]))):
            labels.append(Label(text[s:e], "descriptive", s, e))  # "Witness Bashir Ahmad said": a role, then the name
            i += 1
            continue
        if tok[:3].lower() == "ex-" and tok[3:] in TITLE_WORDS:
            tok = tok[3:]  # "Ex-Commissioner Douglas Shulman"
        if _elect_title(tok):
            tok = tok[:-6]  # "Mayor-elect Brandon Whitfield", "President-elect Joe Biden"
        if i < len(run) - 1 and _hyphen_title(tok):
            tok = tok.split("-")[1]  # "Major-General Asif Ghafoor", "Lieutenant-Colonel Jane Doe"
        department = tok in DEPARTMENT_TITLES
        if department and not any(
                text[run[k][0] : run[k][1]].rstrip(".") in TITLE_WORDS for k in range(i + 1, min(len(run) - 1, i + 4))):
            break  # "Health Care ...": a department word is a title only before a title ("Health Secretary",
            # "Foreign Affairs Committee Chairman Ed Royce": one title, read as modifiers before "Chairman" below)
        if tok in TITLE_WORDS and i < len(run) - 1 and not (
                department and text[run[i + 1][0] : run[i + 1][1]].rstrip(".") not in TITLE_WORDS):
            if tok not in ADDRESS_FORMS:
                end = e + 1 if text[e : e + 1] == "." else e
                labels.append(Label(text[s:end], "title", s, end))
            else:
                labels.append(Label(text[s:e], "_address", s, e))
            i += 1
            continue
        # modifiers before a title: "District Judge Reed O'Connor", "Deputy Secretary Jane Doe"
        advanced = False
        for k in range(i + 1, min(len(run) - 1, i + 4)):
            if run[k - 1][0] in ctx.gaz:
                break  # "Venezuelan President ...": the demonym is handled by the caller
            tk = text[run[k][0] : run[k][1]].rstrip(".")
            # lazily: a name word must follow (stops at the first one; a list here made long runs quadratic)
            if tk in TITLE_WORDS and tk not in ADDRESS_FORMS and any(
                text[run[m][0] : run[m][1]].rstrip(".") not in _SUFFIXES for m in range(k + 1, len(run))
            ):
                end = run[k][1] + 1 if text[run[k][1] : run[k][1] + 1] == "." else run[k][1]
                i = k + 1
                if (name_at := _name_after_of_complement(ctx, run, k)) is not None:
                    # "Assistant Secretary of Diplomatic Security Charlene Lamb": through the complement
                    end, i = run[name_at - 1][1], name_at
                labels.append(Label(text[s:end], "title", s, end))
                advanced = True
                break
        if not advanced:
            break  # no title here: the loop must end, or a run like "The New York Times" spins forever
    return i, labels


#: Geographic heads whose "of" complement is part of the place's name.
_GEO_OF_HEADS = frozenset("Gulf Bay Sea Strait Straits Isle Gulfs Cape Lake Horn".split())


#: Capitalised time words that end an organisation's run without belonging to it ("the House of Representatives
#: Monday").
_TIME_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET".split())


_FOR_GAP_RE = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?\Z")
_AND_GAP_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+\Z")
_OF_GAP_AFTER_FOR_RE = re.compile(r"[ \t]+(?:of|on)[ \t]+\Z")
#: Words before an "on" complement of such a name ("for Research on Cancer"; not "... on Meet the Press").
_ON_AFTER_WORDS = frozenset("Research Studies Study Science Sciences".split())
#: Last words of the second half of "Department of X and Y" names.
_AND_TAILS = frozenset(
    """Services Development Prevention Security Technology Statistics Research Trade Training Welfare Affairs
    Resources Enforcement Safety Environment Justice Commerce Industry Energy Works Planning Innovation
    Priorities""".split()
)
#: Plural nouns for people that start "X for Y" organisation names ("Americans for Prosperity", "Citizens for
#: Responsibility and Ethics", "Students for Fair Admissions", "Physicians for Human Rights").
_FOR_PLURALS = frozenset(
    """Americans Citizens Students Parents Doctors Physicians Nurses Scientists Veterans Women Moms Mothers Fathers
    Families Taxpayers Voters Patriots Democrats Republicans Conservatives Liberals Progressives Christians
    Catholics Evangelicals Muslims Jews Friends Lawyers Teachers Workers Farmers Scholars Economists Advocates
    Partners People Texans Californians""".split()
)


#: Last words of laws, plans and slogans named "X for Y" ("Green New Deal for America", "Medicare for All"): no
#: organisation.
_NOT_FOR_ORG_LAST = frozenset("Act Deal Plan Bill Law Agenda Amendment Program Programme Policy Strategy".split())


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
        if (toks := _title_case_for_name(ctx, run)) is not None:
            # "Americans For Tax Reform", "Concerned Women For America": the name written in title case
            s, e = toks[0][0], toks[-1][1]
            make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
            i += 1
            continue
        if i + 1 < n and not text.startswith((" for ", " and ", " & "), end):
            out.append(run)  # the common case: neither pattern can start here
            i += 1
            continue
        last = text[run[-1][0] : end]
        if (i + 1 < n and len(run) <= 4 and text.startswith(" for ", end)
                and (last in ACTOR_ORG_HEADS or last in _FOR_PLURALS or org_noun_before(
                    text, max(0, run[0][0] - 40), run[0][0])
                     or (len(run) >= 2 and gender_of_first_name(text[run[0][0] : run[0][1]]) is None
                         and text[run[-1][0] : end] not in _NOT_FOR_ORG_LAST
                         and (_ORG_NOUN_AFTER_RE.match(text, runs[i + 1][-1][1])
                              or text[runs[i + 1][0][0] : runs[i + 1][-1][1]] == "America")))
                and _FOR_GAP_RE.match(text, end, runs[i + 1][0][0])
                and not _known_org_for_country(ctx, run, runs[i + 1])
                and not _is_titlecase_sentence(ctx, run[0][0])):
            j = i + 1
            while j + 1 < n and _AND_GAP_RE.match(text, runs[j][-1][1], runs[j + 1][0][0]) and len(runs[j + 1]) <= 3:
                j += 1
            if j + 1 < n and _OF_GAP_AFTER_FOR_RE.match(text, runs[j][-1][1], runs[j + 1][0][0]) \
                    and len(runs[j + 1]) <= 3 and runs[j + 1][0][0] not in ctx.gaz \
                    and (text[runs[j][-1][1] + 1 : runs[j][-1][1] + 3] == "of"
                         or (text[runs[j][-1][0] : runs[j][-1][1]] in _ON_AFTER_WORDS
                             and text[runs[j + 1][0][0] : runs[j + 1][0][1]] not in NOT_AFTER_ON)):
                j += 1  # "the Center for the Study of Hate", "the Agency for Research on Cancer": its complement
            toks = [t for r in runs[i : j + 1] for t in r]
            while toks and text[toks[0][0] : toks[0][1]].lower() in COMMON_CAPITALISED and toks[0] != run[-1]:
                toks.pop(0)  # "The Center for ..." (not the head before "for": "People for the American Way")
            if len(toks) >= 2 and text[toks[0][0] : toks[0][1]] not in TITLE_WORDS:
                s, e = toks[0][0], toks[-1][1]
                make(text[s:e], "organisation", _fold(text[s:e]), s).mentions.append((s, e))
                i = j + 1
                continue
        if (i + 1 < n and len(run) <= 2 and 2 <= len(runs[i + 1]) <= 3
                and text[runs[i + 1][-1][0] : runs[i + 1][-1][1]] in ACTOR_ORG_HEADS
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


def _known_org_for_country(ctx: _Context, run: list[CapToken], nxt: list[CapToken]) -> bool:
    """Whether a run that the gazetteer names as a government body is followed by "for" and a country the gazetteer
    knows ("the head of the National Security Council for Iraq from 2005-2009": the council's brief, not a longer
    name)."""
    org = ctx.gaz.get(run[0][0])
    country = ctx.gaz.get(nxt[0][0])
    text = ctx.doc.text
    return org is not None and org[0] == run[-1][1] and org[1].category == "organisation" \
        and text[run[-1][0] : run[-1][1]] in _BODY_HEADS and text[nxt[0][0] : nxt[-1][1]] != "America" \
        and country is not None and country[0] == nxt[-1][1] and country[1].category == "country"


#: Heads of a government body with a brief for a country ("the National Security Council for Iraq"; not "Media
#: Matters for America", "Teach for America").
_BODY_HEADS = frozenset(
    "Council Commission Committee Department Ministry Office Agency Command Embassy Mission".split())


def _title_case_for_name(ctx: _Context, run: list[CapToken]) -> list[CapToken] | None:
    """The tokens of an "X For Y" organisation name written in title case inside a run ("Last week Americans For
    Tax Reform released ..."): an organisation head or a plural noun for people, "For", and at least one word; not
    in a title-case headline ("Republicans Push For Border Wall")."""
    text = ctx.doc.text
    if len(run) < 3 or len(run) > 7:
        return None
    words = [text[a:b] for a, b in run]
    if "For" not in words[1:-1]:
        return None
    h = words.index("For", 1)
    if (words[h - 1] not in ACTOR_ORG_HEADS and words[h - 1] not in _FOR_PLURALS) \
            or _is_titlecase_sentence(ctx, run[0][0]):
        return None
    toks = list(run)
    while len(toks) > h and text[toks[0][0] : toks[0][1]].lower() in COMMON_CAPITALISED:
        toks.pop(0)
    return toks if len(toks) >= 3 else None


def _join_chamber_possessive_names(text: str, runs: list[list[CapToken]]) -> list[list[CapToken]]:
    """A chamber's committee named with a plural possessive ("the House Veterans' Affairs Committee", "the Senate
    Veterans’ Affairs Committee"): the apostrophe split the name; one run, so it is found whole."""
    out: list[list[CapToken]] = []
    for run in runs:
        if out and text[out[-1][0][0] : out[-1][0][1]] in ("House", "Senate") \
                and text[out[-1][-1][1] - 1] == "s" and text[out[-1][-1][1] : run[0][0]] in ("' ", "’ ") \
                and text[run[-1][0] : run[-1][1]] in ("Committee", "Subcommittee"):
            out[-1] = out[-1] + run
            continue
        out.append(run)
    return out


def _of_head(text: str, run: list[CapToken], words: list[str]) -> int:
    """Index of the first organisation head followed by "of" ("Party" in "Communist Party of China"), or -1."""
    for h in range(len(run) - 1):
        if words[h] in ACTOR_ORG_HEADS and _OF_GAP_RE.match(text, run[h][1], run[h + 1][0]):
            return h
        if words[h] in ON_HEADS and ON_GAP.match(text, run[h][1], run[h + 1][0]):
            # "Subcommittee on Border Security": "on" joins a committee's complement as "of" does
            return h
    return -1


#: A nickname in quotation marks between a first name and a surname ('Thomas “Mack” McLarty').
_NICKNAME_GAP_RE = re.compile(r"[ \t]+[“\"][A-Z][\w.'’-]{1,15}[”\"][ \t]+\Z")


def _join_nicknames(text: str, runs: list[list[CapToken]]) -> list[list[CapToken]]:
    """A first name, a quoted nickname and a surname are one name: the runs before and after the nickname joined
    (the nickname's own run dropped), so 'Craig “Buster” Barnard' is Craig Barnard. Only after a common first name, or
    a rarer one alone before the nickname and one surname ('Anton "Tony" Wallace')."""
    out: list[list[CapToken]] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        given = text[run[-1][0] : run[-1][1]]
        if i + 2 < len(runs) and text[run[-1][1] + 1 : run[-1][1] + 2] in ('"', "“") and len(runs[i + 1]) == 1 \
                and len(runs[i + 2]) <= 2 and _NICKNAME_GAP_RE.search(text, run[-1][1], runs[i + 2][0][0]) is not None \
                and (gender_of_first_name(given, common_only=True) is not None
                     or (len(run) == 1 and len(runs[i + 2]) == 1 and gender_of_first_name(given) is not None)):
            out.append(run + runs[i + 2])
            i += 3
            continue
        out.append(run)
        i += 1
    return out


def _byline_name(text: str, run: list[CapToken]) -> list[CapToken] | None:
    """The writer's name of a byline run ("By James Cook," or "James Cook" after "Analysis by", "Domenico Montanaro"
    after "By Barbara Sprunt and"): two or three words opening with a common first name or a word that is no English
    word, ending at a comma, "and" or the line's end; else None ("By Any Means Necessary" is a headline)."""
    name = run[1:] if text[run[0][0] : run[0][1]] == "By" else run
    if not 2 <= len(name) <= 3 or not BYLINE_OPENING_RE.search(text, max(0, name[0][0] - 80), name[0][0]) \
            or not _BYLINE_NAME_END_RE.match(text, name[-1][1]):
        return None
    first = text[name[0][0] : name[0][1]]
    if gender_of_first_name(first, common_only=True) is None and known_tags(first.lower()):
        return None  # (a first name the lists lack is no English word: "By Hamish Mackay, BBC News")
    return name


_BYLINE_NAME_END_RE = re.compile(r"[ \t]*(?:,|\n|\Z|and[ \t])")
