"""Speakers of quotations with no reporting verb in their sentence, for :mod:`framing.scorers.quotes`.

A headline colon ("McCain on ISIS: "...""), a transcript label ('MAXWELL: "..."'), an embedded tweet's signature,
and the speaker a quotation carries on from: a quotation in the same paragraph, a paragraph that is only a
quotation, a quotation left open at its paragraph's end, and a sentence that ends "X said." right before it.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Actor
from framing.document import Document
from framing.scorers.actor_words import _CAP_LONG_RE, _LOWER_LONG_RE
from framing.scorers.names import ABBREVIATED_TITLES
from framing.scorers.quote_attribution import _ABBREVIATION_DOTS_RE, _CLOSERS
from framing.scorers.quote_phrases import _end_before
from framing.scorers.quote_subjects import _DATELINE_RE, _sentence_subject
from framing.scorers.reporting import reporting_forms
from framing.scorers.speaker_gender import gender_of_first_name
from framing.scorers.speakers import PASSIVE_OPENERS
from framing.tokenize import count_words

_STOP_RE = re.compile(r"(\w+)?\.")
#: An embedded tweet's signature after the quotation: "... — George Gascón (@GeorgeGascon) January 30, 2020".
_TWEET_SIGNATURE_RE = re.compile(r"[^\n]{0,200}?[—–-]+\s*([A-Z][^()\n@]{1,60}?)\s*\(@\w+\)")


def _adjacent(doc: Document, end: int, start: int) -> bool:
    """Whether at most the attribution (one short sentence or the rest of one) lies between a quote's end and the
    next quote, in the same paragraph."""
    if start - end > 400:
        return False  # far more than a short attribution (and the stop count below is not for long words)
    between = doc.text[end:start]
    if "\n" in between:
        return False
    # full stops that end sentences: not those of "Dr." or of initials ("J. Smith")
    # nor those closing an abbreviation inside parentheses ("said Rep. Ann Cole (D-Calif.), referring to ...")
    # nor a dot glued to the next word or digit ("an analyst at Bankrate.com, told me", "3.5 percent")
    # nor one before a comma ("Rep. Dana Rohrabacher, R-Calif., said.")
    stops = sum(1 for m in _STOP_RE.finditer(between)
                if not (m.group(1) and (m.group(1) in ABBREVIATED_TITLES or len(m.group(1)) == 1))
                and not between.startswith((")", ","), m.end()) and not between[m.end() : m.end() + 1].isalnum())
    if count_words(between) <= 45 and stops <= 1:
        return True
    # '"...," says Mr. Thompson. Everyone knew ..., he says. "Now we do."': a sentence of reported speech that
    # ends with a parenthetical he/she says keeps the voice of the quotation before it
    return count_words(between) <= 60 and stops <= 2 and _PARENTHETICAL_SAYS_RE.search(between) is not None


#: A sentence that ends with a parenthetical attribution to a pronoun (", he says.", ", she added.").
_PARENTHETICAL_SAYS_RE = re.compile(r",[ \t]+(?:he|she)[ \t]+(?:says|said|adds|added|explains|explained)\.[ \t]*\Z")


def _headline_speaker(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                      keys: Sequence[tuple[int, int]]) -> str | None:
    """The person before a colon that introduces the quote's sentence, headline style ("McCain on ISIS' growth:
    "We predicted this"", "Trey Gowdy: It's "stunning""): no reporting verb between."""
    text = doc.text
    si = doc.sentence_index(qs)
    ss = doc.sentences[si][0] if si >= 0 else 0
    lead = text[ss:qs]
    colon = lead.rfind(":")
    if colon < 0 or "\n" in lead[colon:]:
        return None
    cs = ss + colon
    if len(lead[:colon]) > 80 or doc.norm_tokens[bisect.bisect_left(doc.token_starts, ss)] in PASSIVE_OPENERS:
        return _colon_subject(doc, ss, cs, qs, mentions, keys)
    lo = bisect.bisect_left(doc.token_starts, ss)
    hi = bisect.bisect_left(doc.token_starts, cs)
    forms = reporting_forms()
    if any(doc.norm_tokens[t] in forms for t in range(lo, hi)):
        return None  # 'X said:' is a reporting verb's attribution, found elsewhere
    to = HEADLINE_TO_RE.fullmatch(text[ss:cs].strip())
    if to is not None:
        # "Lee To Hannity: ...": the one before "To" speaks, the one after it is spoken to
        return _headline_addresser(to.group(1), mentions)
    i = bisect.bisect_left(keys, (cs, -1)) - 1
    while i >= 0 and mentions[i][0] >= ss:
        if mentions[i][2].type == "person":
            return mentions[i][2].name
        i -= 1
    return _transcript_label(doc, cs, qs, mentions)


def title_line_speaker(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                       keys: Sequence[tuple[int, int]]) -> str | None:
    """The person a headline opens with, for a quotation in that headline (the document's first line, no full
    stop at its end: "Obama Offers One Year Healthcare "Fix," Says Buying Insurance Online Is "Complicated"",
    "Obama: 'Healthy' for U.S. to talk about race relations"): the headline's subject says the quoted words. None
    when the quotation is not in such a line, names a work ("Netflix Show "House of Cards"") or no person is
    named before it there."""
    text = doc.text
    line = _headline_line(text, qs)
    if line is None or _WORK_BEFORE_RE.search(text, max(line[0], qs - 30), qs) is not None:
        return None
    i = bisect.bisect_left(keys, (line[0], -1))
    if i >= len(mentions) or mentions[i][0] >= qs:
        return None
    ms, me, actor = mentions[i]
    if actor.type != "person" or not _HEADLINE_OPENING_RE.fullmatch(text, line[0], ms):
        return None  # the first actor the headline names, at its start ("Susan Collins Says", "Sen. Ted Cruz:")
    if _HEADLINE_SAYS_RE.match(text, me) or (_HEADLINE_COLON_RE.match(text, me) and text.find(":", me, qs) >= 0):
        return actor.name  # "Susan Collins Says She's 'Open'", "Trump on Coming Debt Crisis: 'I Won't Be Here'"
    return None


#: What may open a headline before its first name: nothing, or a title ("Sen. ", "President ").
_HEADLINE_OPENING_RE = re.compile(r"[ \t]*(?:(?:[A-Z][a-z]{1,3}\.|President|Senator|Gov\.|Rep\.)[ \t]+)?")
#: A verb of saying right after a headline's first name ("Says", "Knocks", "Slams", "Tells", "Calls").
_HEADLINE_SAYS_RE = re.compile(
    r"[ \t]+(?i:says|said|tells|told|calls|called|knocks|slams|blasts|warns|vows|urges|rips|mocks|touts|praises|"
    r"admits|insists|claims|predicts|promises|pledges|denies|defends|doubles down on|responds to|fires back at)"
    r"(?![\w'’-])")
#: A colon right after a headline's first name, or after "on" and a topic ("Trump on Coming Debt Crisis:").
_HEADLINE_COLON_RE = re.compile(r"(?::|[ \t]+on[ \t]+[^:\n]{1,60}:)")


def title_case_headline(text: str, qs: int) -> bool:
    """Whether the quotation at ``qs`` is in a title-case headline (every long word outside quotations
    capitalised), where every quotation looks like a title, or follows a headline's colon."""
    line = _headline_line(text, qs)
    if line is None:
        return False
    if text[line[0] : qs].rstrip().endswith(":"):
        return True  # ("Obama: 'Healthy' for U.S. to ...": the words of the one before the colon)
    bare = _QUOTED_RE.sub(" ", text[line[0] : line[1]])
    return _LOWER_LONG_RE.search(bare) is None and len(_CAP_LONG_RE.findall(bare)) >= 3


def _headline_line(text: str, qs: int) -> tuple[int, int] | None:
    """(start, end) of the text's first line when it holds ``qs`` and reads as a headline (at most 200
    characters, no full stop at its end, a line after it); None otherwise."""
    if qs > 400:
        return None  # (a headline opens the text)
    ls = text.rfind("\n", 0, qs) + 1
    if text[:ls].strip():
        return None  # (not the first line)
    le = text.find("\n", qs)
    if le < 0 or le - ls > 200 or text[ls:le].rstrip().endswith("."):
        return None
    return ls, le


#: A quoted stretch of a line (its words may be in lower case in a title-case headline).
_QUOTED_RE = re.compile(r"[\"“‘][^\"“”‘’\n]*[\"”’]")
#: A kind of work right before a quotation in a headline: the quotation is its title.
_WORK_BEFORE_RE = re.compile(
    r"(?i:\b(?:show|series|film|movie|book|song|album|documentary|podcast|program|programme|play|musical|novel|"
    r"memoir|ad|video|article|column|op-ed|essay|game|app|bill|act|law|hashtag|slogan|sign|t-shirt|hat))[ \t]+\Z")


def colon_subject(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                  keys: Sequence[tuple[int, int]]) -> str | None:
    """:func:`_colon_subject` for the quotation at ``qs``, when a colon in its sentence comes right before it."""
    si = doc.sentence_index(qs)
    ss = doc.sentences[si][0] if si >= 0 else 0
    cs = doc.text.rfind(":", ss, qs)
    if cs < 0:
        return None
    return _colon_subject(doc, ss, cs, qs, mentions, keys)


def _colon_subject(doc: Document, ss: int, cs: int, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                   keys: Sequence[tuple[int, int]]) -> str | None:
    """The person who is the subject of a long sentence whose colon introduces a whole quoted sentence right after
    it ('The mayor, Ana Ruiz, was blunt about the fires that swept the hills: "We were not ready."', 'Asked about
    his opponent, Ruiz-Montes smiled: "He serves like a machine."'); None when a reporting verb comes before the
    colon (found elsewhere), the quotation does not open with a capital right after the colon, or the subject is
    not a person named there."""
    text = doc.text
    dateline = _DATELINE_RE.match(text, ss, cs)
    if dateline is not None:
        ss = dateline.end()  # ("HANOI — The message from ... was simple:")
    if text[cs + 1 : qs].strip() or not text[qs + 1 : qs + 2].isupper() or cs - ss > _COLON_LEAD_MAX or \
            not _DASHES.isdisjoint(text[ss:cs]):
        return None  # (not a sentence with asides between dashes: "—aides say he ...—his principle ... as:")
    lo = bisect.bisect_left(doc.token_starts, ss)
    hi = bisect.bisect_left(doc.token_starts, cs)
    forms = reporting_forms()
    # the main clause after the lead's last comma (not a relative clause's verb: "X, a teacher who has voted
    # Republican but says she is undecided, put it simply:")
    last_comma = text.rfind(",", ss, cs)
    main = bisect.bisect_left(doc.token_starts, last_comma) if last_comma >= 0 else lo
    if any(doc.norm_tokens[t] in forms and not (t == lo and doc.norm_tokens[t] in PASSIVE_OPENERS)
           for t in range(main, hi)) or doc.in_quote(ss, cs):
        return None
    sp = _sentence_subject(doc, lo, hi)
    if sp is None:
        return None
    if text.startswith(",", sp[1]):
        # 'Asked about his opponent, the Australian Liam Whitford, Ruiz-Montes smiled:': the phrase found is the
        # opening clause's appositive; a person named after it right before a lower-case verb is the subject
        i = bisect.bisect_left(keys, (sp[1], -1))
        while i < len(mentions) and mentions[i][0] < cs:
            ms, me, actor = mentions[i]
            if actor.type == "person" and _PREDICATE_AFTER_RE.match(text, me):
                return actor.name
            i += 1
    i = bisect.bisect_left(keys, (sp[0], -1))
    # "The message from Deputy Minister Nguyễn Thị Lan to investors was simple:": the one whose message it is
    source = _SPEECH_SOURCE_RE.fullmatch(text, sp[0], sp[1] + 6)
    while i < len(mentions) and mentions[i][0] < cs:
        ms, me, actor = mentions[i]
        if ms >= sp[1] and not _APPOSITIVE_GAP_RE.fullmatch(text, sp[1], ms) and not (
                source is not None and _TITLES_GAP_RE.fullmatch(text, sp[1] + 6, ms)):
            break
        if actor.type == "person":
            return actor.name  # the subject, or the name in its appositive ("The mayor of X, Ana Ruiz,")
        i += 1
    return None


def _view_holder(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                 keys: Sequence[tuple[int, int]]) -> str | None:
    """The person whose view a sentence opened by "To <person>," or "For <person>," gives, for a quotation in it with
    no reporting verb ('To Dr. Emeka Nwosu, the result is "the first real hint that the vaccine works"'); None
    otherwise."""
    si = doc.sentence_index(qs)
    if si < 0:
        return None
    ss = doc.sentences[si][0]
    m = _VIEW_OPENING_RE.match(doc.text, ss, qs)
    if m is None:
        return None
    i = bisect.bisect_left(keys, (m.end(), -1))
    if i < len(mentions) and mentions[i][2].type == "person" and mentions[i][0] < m.end() + 12 and \
            _COMMA_AFTER_NAME_RE.match(doc.text, mentions[i][1]):
        return mentions[i][2].name
    return None


def colon_paragraph_subject(doc: Document, qs: int, mentions: Sequence[tuple[int, int, Actor]],
                            keys: Sequence[tuple[int, int]]) -> str | None:
    """The person who is the subject of the sentence whose colon ends the paragraph before a quotation that opens
    its own paragraph ('Then on the flight home Trump unleashed another tweet:' / '"The Dems new weapon is ..."');
    None otherwise (as :func:`_colon_subject`)."""
    text = doc.text
    j = qs - 1
    while j >= 0 and text[j] in " \t\n":
        j -= 1
    if j < 0 or text[j] != ":" or "\n" not in text[j:qs]:
        return None
    si = doc.sentence_index(j)
    if si < 0:
        return None
    name = _colon_subject(doc, doc.sentences[si][0], j, qs, mentions, keys)
    if name is None:
        return None
    i = bisect.bisect_left(keys, (doc.sentences[si][0], -1))
    while i < len(mentions) and mentions[i][0] < j:
        me = mentions[i][1]
        if mentions[i][2].name == name and (_MODIFIED_ROLE_AFTER_RE.match(text, me) or text.startswith(
                ("'s", "’s"), me) or _FROM_SOMEONE_RE.search(text, me, j)):
            # "A Nato official put it like this:": the name modifies the one who speaks; "Sen. Tom Lee's opponent,
            # Dan Fox, put it bluntly:", "Lee received a letter from a constituent:": someone else's words
            return None
        i += 1
    return name


#: Words that come from someone else before the colon ("a letter from a constituent", "a text from her daughter").
_FROM_SOMEONE_RE = re.compile(r"\bfrom[ \t]+(?:a|an|the|his|her|their|one)\b")
#: A role noun right after a name that modifies it ("a Nato official", "a White House spokesman").
_MODIFIED_ROLE_AFTER_RE = re.compile(
    r"[ \t]+(?:official|officials|spokesman|spokeswoman|spokesperson|aide|aides|source|sources|adviser|advisers|"
    r"analyst|member|members|leader|leaders|representative|lawyer|attorney|staffer|employee|executive)\b")


def dash_credit_speaker(doc: Document, qs: int, qe: int, mentions: Sequence[tuple[int, int, Actor]],
                        keys: Sequence[tuple[int, int]]) -> str | None:
    """The person a credit line right after a quotation's paragraph names, an epigraph's source ('"We refused to
    throw in the towel." / "-- President Obama in his weekly address, Oct. 13, 2012."'); None otherwise (the
    quotation must end its paragraph and the credit line open with a dash)."""
    text = doc.text
    if qs > 0 and text[qs - 1] != "\n":
        return None  # (the quotation opens its paragraph)
    m = _DASH_CREDIT_RE.match(text, qe)
    if m is None:
        return _line_credit_speaker(doc, qe, mentions, keys)
    if _BYLINE_WORDS_RE.search(m.group(1)):
        return None  # (not a contributor's line: "—Carol E. Lee contributed")
    i = bisect.bisect_left(keys, (m.start(1), -1))
    while i < len(mentions) and mentions[i][0] < m.end(1):
        if mentions[i][2].type == "person":
            # the credit names the person and at most where or when ("-- President Obama in his weekly address",
            # "-- Jack Lew, then director ..."), not a sentence ("— Ann Roe voted against the measure")
            return mentions[i][2].name if _CREDIT_TAIL_RE.match(text, mentions[i][1]) else None
        i += 1
    return None


def _line_credit_speaker(doc: Document, qe: int, mentions: Sequence[tuple[int, int, Actor]],
                         keys: Sequence[tuple[int, int]]) -> str | None:
    """The person a line of its own, "Name, Outlet", names right after the paragraph of a quotation that opens it (a
    round-up of opinion excerpts: '"...students typically pay full tuition..."' / 'Margarita Konaev, Washington
    Post'); a quotation left open at its paragraph's end goes on in the next paragraph that opens with a mark, and
    the credit after the last of them is its too. With two people named ("David Coleman and Ted Mitchell, Wall
    Street Journal"), the last."""
    text = doc.text
    for _ in range(6):
        m = _LINE_CREDIT_RE.match(text, qe)
        if m is not None:
            if _BYLINE_WORDS_RE.search(text, m.start(1), m.end()) or _STAFF_WORDS_RE.search(text, m.end(1), m.end()) \
                    or not _EXCERPT_FOLLOWS_RE.match(text, m.end()):
                # a byline ("By Ann Roe, Reuters", "Ann Roe, Staff Writer"), or a reporter's sign-off before the
                # story goes on ("Ann Roe, Associated Press" / "NEW ORLEANS — Crews worked ..."): a round-up's
                # credit is followed by the next excerpt, a short heading or the end
                return None
            i = bisect.bisect_left(keys, (m.start(1), -1))
            found = None
            while i < len(mentions) and mentions[i][0] < m.end(1):
                if mentions[i][2].type != "person" or mentions[i][1] > m.end(1):
                    return None
                found = mentions[i][2].name
                i += 1
            if found is None:
                # the line's names, which the actor finder may not know (no title, no verb): a person's when the
                # last one opens with a known first name
                last = m.group(1).rsplit(" and ", 1)[-1].strip()
                if gender_of_first_name(last.split(" ", 1)[0]) is not None and " " in last:
                    found = last
            return found
        if text[qe - 1 : qe] in _CLOSING_MARKS:
            return None
        nxt = _OPEN_PARAGRAPH_RE.match(text, qe)
        if nxt is None:
            return None
        qe = text.find("\n", nxt.end())
        if qe < 0:
            return None
        while qe > 0 and text[qe - 1] in " \t":
            qe -= 1
    return None


#: The rest of a quotation's paragraph, then a line of its own: a name (or two joined by "and"), a comma and up to six
#: capitalised words of an outlet ("Margarita Konaev, Washington Post", "Nicole Narea, Vox").
_LINE_CREDIT_RE = re.compile(
    r"[\"”’.,…]*[ \t]*\n+[ \t]*([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|de|van|von|del))+),[ \t]*"
    r"(?:[Tt]he[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|for|and|&)){0,5}[ \t]*(?=\n|\Z)")
#: Words of a staff line rather than an outlet ("Ann Roe, Staff Writer").
_STAFF_WORDS_RE = re.compile(r"\b(?:Staff|Writer|Editor|Correspondent|Reporter|Columnist|Contributor|Intern)\b")
#: What follows a round-up's credit line: the end, the next excerpt (a paragraph opening with a quotation mark, or
#: with a few words and no verb of saying before one: 'Some caution that "In months of debates ...'; not 'The
#: governor said "..."' after a photographer's credit), or a short heading line ("From the Right") before it.
_EXCERPT_FOLLOWS_RE = re.compile(
    r"[ \t]*(?:\Z|\n\s*(?:\Z|[\"“]|[A-Z][^\n.!?]{0,40}(?:\n|\Z)"
    r"|(?![^\n\"“]*\b(?:said|says|told|called|calls|wrote|edited|added)\b)[A-Z][^\n\"“.!?]{0,60}[\"“]))")
_CLOSING_MARKS = frozenset("\"”")
#: The line breaks after a paragraph left open and the next paragraph, which opens with a quotation mark.
_OPEN_PARAGRAPH_RE = re.compile(r"[ \t]*\n+[ \t]*[\"“]")


#: A contributor's, photographer's or author's line ("—Carol E. Lee contributed to this article", "—By Ann Roe, The
#: Washington Post", "— Photo by Ann Roe").
_BYLINE_WORDS_RE = re.compile(
    r"^By\b|\b(?:contributed|contributing|reporting|reported[ \t]+by|editing|photo|photos|photograph|"
    r"photographed|written[ \t]+by)\b", re.IGNORECASE)
#: What may follow the credited name: the line's end, a comma, a parenthesis, or where, when or how it was said.
_CREDIT_TAIL_RE = re.compile(
    r"[ \t]*(?:$|\n|,|\(|[.;:]|[ \t](?:in|on|at|during|to|talking|speaking|writing|addressing|quoted|via)\b)",
    re.MULTILINE)
#: The rest of a quotation's paragraph (a closing mark or stop at most), then a line opening with a dash and a name.
_DASH_CREDIT_RE = re.compile(r"[\"”’.,]*[ \t]*\n+[ \t]*(?:--|—|–)[ \t]*([A-Z][^\n]{0,60})")


#: "To " or "For " opening a sentence (the view of the person named next).
_VIEW_OPENING_RE = re.compile(r"(?:To|For)[ \t]+")
#: A comma right after the name (its title or initials before it: "To Dr. Emeka Nwosu,").
_COMMA_AFTER_NAME_RE = re.compile(r",[ \t]")


#: The longest sentence (characters up to its colon) whose subject introduces a quotation that way.
_COLON_LEAD_MAX = 200
_DASHES = frozenset("—–")

#: A lower-case word right after a name (its verb: "Ruiz-Montes smiled").
_PREDICATE_AFTER_RE = re.compile(r"[ \t]+[a-z]")

#: A subject that is someone's words, and "from" after it ("The message from", "Her answer from").
_SPEECH_SOURCE_RE = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:message|response|answer|reply|reaction|"
                               r"verdict|advice|warning|explanation|view)[ \t]from[ \t]")
#: Capitalised title words (or none) between "from" and the name ("from Deputy Trade Minister ").
_TITLES_GAP_RE = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,4}")

#: What lies between a subject phrase and the name in its appositive: a comma ("The mayor of Valparaíso, Ana").
_APPOSITIVE_GAP_RE = re.compile(r",[ \t]+")


#: A headline's "Speaker To Listener:" ("Lee To Hannity: ..."), read as one name by the actor finder.
HEADLINE_TO_RE = re.compile(r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+To[ \t]+[A-Z][\w.'’-]*")


def _headline_addresser(words: str, mentions: Sequence[tuple[int, int, Actor]]) -> str:
    """The speaker of a headline "X To Y:": the person named X elsewhere (by the last word), else X."""
    last = words.rsplit(None, 1)[-1].lower()
    for _, _, actor in mentions:
        if actor.type == "person" and " to " not in actor.name.lower() and \
                actor.name.lower().rsplit(" ", 1)[-1] == last:
            return actor.name
    return words


#: A transcript's speaker label opening a paragraph or following the previous turn's quotation: one to four words
#: in capitals ("BRIAN STELTER", "MAXWELL", "SEN. GRAHAM") before a colon.
_TRANSCRIPT_LABEL_RE = re.compile(
    r"(?:^|\n|[”\"“][ \t]+)[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,3}[A-Z][A-Z'’-]*[A-Z])[ \t]*\Z")
#: Capitalised labels that introduce material, not a speaker ("UPDATE: "...", "WATCH: "...").
_NON_SPEAKER_LABELS = frozenset("""update watch read more related opinion analysis exclusive file photo editor note
    breaking video audio transcript advertisement now the""".split())


def _transcript_label(doc: Document, colon: int, qs: int, mentions: Sequence[tuple[int, int, Actor]]) -> str | None:
    """The speaker of a transcript line 'MAXWELL: "Correct. ..."': the capitalised label before the colon that
    opens the paragraph, with the quotation right after the colon; the person named so elsewhere in the text
    ("Wesley Lowery" for LOWERY), else the label in title case."""
    text = doc.text
    if text[colon + 1 : qs].strip():
        return None
    regions = doc.quotes
    r = bisect.bisect_left(regions, (qs, -1))
    qe = regions[r][1] if r < len(regions) and regions[r][0] == qs else qs
    nl = text.find("\n", qe)
    after = text[qe : nl if nl >= 0 else len(text)].lstrip(" \t")
    if after[:1].islower():
        return None  # 'AMY GOODMAN: "New Orbit" by the Matthew Shipp Trio': a title she announces
    m = _TRANSCRIPT_LABEL_RE.search(text, max(0, colon - 60), colon)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z'’-]+", m.group(1))
    if not words or any(w.lower() in _NON_SPEAKER_LABELS for w in words):
        return None
    last = words[-1].lower()
    for _, _, actor in mentions:
        if actor.type == "person" and actor.name.lower().rsplit(" ", 1)[-1] == last:
            return actor.name
    return " ".join(w.capitalize() for w in words if w.lower().rstrip(".") not in ("sen", "rep", "gov", "dr"))


def _tweet_author(doc: Document, qe: int) -> str | None:
    """The author of an embedded tweet whose signature follows the quotation in the same paragraph."""
    m = _TWEET_SIGNATURE_RE.match(doc.text, qe)
    if m is None:
        return None
    return m.group(1).strip()


#: A sentence that ends with its attribution ("..., Ann Lee said.", "... physical, she says."), right before a
#: quotation in the same paragraph.
_SAID_SENTENCE_END_RE = re.compile(
    r"(?:,|\b(?:he|she|they))[ \t]+((?:(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]+)|he|she|they)[ \t]+"
    r"(?:said|says|added|adds|explained|explains|wrote|writes|noted|notes)\.[ \t]*\Z")


def _said_sentence_before(doc: Document, qs: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase of the sentence right before a quotation that opens a sentence in the same paragraph,
    when that sentence ends with its attribution and holds no quotation ('Distancing is physical, Ann Lee said.
    "Socially, ..."'); None otherwise (a new paragraph, another quotation after ``lo`` in that sentence)."""
    text = doc.text
    si = doc.sentence_index(qs)
    if si <= 0 or doc.sentences[si][0] != qs:
        return None
    ps, pe = doc.sentences[si - 1]
    regions = doc.quotes
    r = bisect.bisect_left(regions, (ps, -1))
    if ps < lo or "\n" in text[ps:qs] or (r < len(regions) and regions[r][0] < qs) or doc.in_quote(ps, ps + 1):
        return None
    m = _SAID_SENTENCE_END_RE.search(text, max(ps, pe - 80), _end_before(text, qs))
    if m is None:
        return None
    return m.span(1)


def _reopened(doc: Document, prev_end: int, qs: int) -> bool:
    """Whether the quotation ending at ``prev_end`` was left open at the end of its paragraph (no closing mark, the
    convention for a quotation that goes on) and the quotation at ``qs`` opens the next paragraph."""
    text = doc.text
    if prev_end <= 0 or text[prev_end - 1] in _CLOSERS + "’'":
        return False
    return not text[prev_end:qs].strip() and "\n" in text[prev_end:qs]


def _pull_quote(text: str, inner: str, qe: int) -> bool:
    """Whether the quotation's words (``inner``, ending at ``qe``) come again later in the text: a pull quote set
    in its own paragraph before the passage that quotes it, maybe someone else's words than the paragraph's
    before ("...," she said.\n\n"The CVS? ..."\n\nAnd Stewart ... "The CVS? ...")."""
    words = inner.strip(" .,…\"“”")
    return len(words) >= 20 and text.find(words, qe) >= 0


def _new_paragraph_quote(doc: Document, prev_end: int, qs: int, qe: int) -> bool:
    """Whether ``[qs, qe)`` opens the paragraph right after the one that ends at or after ``prev_end`` and is
    the whole paragraph (a quotation that goes on in its own paragraph)."""
    text = doc.text
    gap_start = text.find("\n", prev_end)
    if gap_start < 0 or gap_start > qs or text[gap_start:qs].strip():
        return False
    if _ABBREVIATION_DOTS_RE.sub("", text[prev_end:gap_start]).count(".") > 1:
        return False  # (another sentence after the last quotation; not a title's dot: '," said Sen. Lindsey Graham.')
    nxt = text.find("\n", qe)
    rest = text[qe : len(text) if nxt < 0 else nxt]
    return rest.strip() == ""
