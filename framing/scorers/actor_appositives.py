"""Labels after an actor's mention: the label right after it ("the Maduro regime"), appositives after a comma or a
dash ("Maduro, the strongman,", "John Smith, 45, a plumber from Ohio,", "Jane Roe, a University of Chicago
infectious disease specialist,"), an author line's role and a mocking nickname before a name ("Lyin' Ted")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.analysis import Label, Span
from framing.pos import tag_spans, tag_token_spans, tags_of_spans
from framing.scorers.actor_context import _INDEFINITE, _Context
from framing.scorers.actor_label_kinds import (
    _ADJECTIVE_ENDINGS,
    _APPOSITIVE_STOPS,
    _LOWER_TITLES,
    _NOT_COMPOUND_WORDS,
    _NOT_ROLE_HEADS,
    _ORG_LABEL_NOUNS,
    _STANDS_FOR_HEADS,
    _label_kind_of_word,
    _person_label,
    _plural_label_kind,
    _span_kind,
    _verb_like_word,
)
from framing.scorers.actor_words import (
    _CAP_AFTER_RE,
    _DETERMINERS,
    _LOWER_WORD_RE,
    ROLE_NOUNS,
)
from framing.scorers.names import (
    _NAME_PARTICIPLE_RE,
    SENTENCE_OPENING,
)
from framing.scorers.speaker_gender import gender_of_first_name
from framing.tokenize import TOKEN_RE

#: Dashes that open an appositive after a name when spaced ("Karl Rove — the ...").
_DASHES = frozenset(("—", "–", "--"))


#: An open dash earlier in the name's sentence: the dash after the name closes that aside ("two presidents --
#: Andrew Johnson and Bill Clinton -- a cabinet secretary and ...": no appositive).
_DASH_OPEN_RE = re.compile(r"[ \t](?:—|–|--)[ \t][^.!?\n—–]*\Z")


#: "the" and one role word closed by punctuation, right after a name ("Trump the candidate.").
_THE_ROLE_RE = re.compile(r"the[ \t]+([a-z][\w-]*)(?=[.,;:!?)]|\Z)")


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
    if (not text[spans[j][0]].islower() and not (after_possessor and _label_kind_of_word(toks[j]))
            and not (toks[j] in _ACRONYM_ROLES and text[spans[j][0] : spans[j][1]].isupper())) \
            or toks[j].endswith("ly"):
        return False  # a name or a clause ("Gen. Flynn, blatantly lied"; but "Mr. Trump's Democratic opponent",
        # "Tim Cook, CEO of Apple,")
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


#: Roles written as acronyms that open an appositive ("Tim Cook, CEO of Apple,").
_ACRONYM_ROLES = frozenset({"ceo", "cfo", "coo", "cto"})


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


#: ... and, for a label right after a country's name, "establishment" too ("the Iranian hardline establishment"; kept
#: out of _STANDS_FOR_HEADS, where it would also change what the premodifier rule reads).
_STANDS_FOR_AFTER_LABEL = _STANDS_FOR_HEADS | {"establishment"}


def _stands_for_head_after(text: str, e: int) -> bool:
    """Whether a noun that stands for a country follows ``e`` ("the Chinese communist regime", "the Iranian
    hardline establishment")."""
    m = _LOWER_WORD_RE.match(text, e + 1) if text[e : e + 1] == " " else None
    return m is not None and m.group() in _STANDS_FOR_AFTER_LABEL


#: "one of the world's largest energy companies" after an organisation's name: up to five words between "the" and a
#: plural kind of organisation.
_ORG_PLURALS = sorted({w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith(("s", "sh", "ch")) else "s")
                       for w in _ORG_LABEL_NOUNS}, key=len, reverse=True)


def _one_of_re(plurals: str, most: int) -> re.Pattern[str]:
    """"one of the/its/their", up to ``most`` modifier words (no preposition, relative or -ing word but "leading")
    and one of the ``plurals`` (an alternation)."""
    return re.compile(
        r"one[ \t]+of[ \t]+(?:the|its|their)[ \t]+"
        r"(?:(?!(?:of|for|in|on|at|to|with|by|from|and|or|who|that|which)\b|[\w'’-]+ing\b(?<!leading))[\w'’-]+[ \t]+)"
        r"{0," + str(most) + r"}?(?:" + plurals + r")(?![\w'’-])")


_ONE_OF_ORGS_RE = _one_of_re("|".join(_ORG_PLURALS), 5)


#: "one of the states running their own exchanges", "one of the poorest countries in Africa" after a place's name:
#: up to four words between "the" and a plural kind of place.
_ONE_OF_PLACES_RE = _one_of_re(
    "states|countries|nations|cities|towns|provinces|regions|counties|territories|districts|capitals|economies|"
    "democracies|places|villages|communities|suburbs|areas", 4)

#: A party's name opening a person's appositive, alone or before a role in the singular ("Reform Party candidate",
#: "Libertarian Party,"; not "Block Party founder", "Republican Party officials"): a party's word and "Party".
_PARTY_APPOSITIVE_RE = re.compile(
    r"((?:Republican|Democratic|Libertarian|Green|Reform|Labour|Labor|Conservative|Liberal|Progressive|Constitution"
    r"|Communist|Socialist|Tea|Independence|Freedom|Workers|Justice|Peace|Unity|National|People's|Peoples)"
    r"[ \t]+[Pp]arty)(?=[ \t]+(?:candidate|nominee|member|leader|chairman|chairwoman|chair|founder|activist|official"
    r"|lawmaker|senator|legislator)\b|[ \t]*[,.;)])")

#: Counts after "one of" in a person's appositive ("Ben Miranda, one of five existing board members,").
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozens hundreds many several".split())

#: Adverbs that may open a person's appositive before its role ("formerly Manafort's personal counsel", "once the
#: mayor of Dayton", "now a lobbyist"): the role after them is the label.
_APPOSITIVE_ADVERBS = frozenset("formerly previously once currently also now later then".split())

#: Words that open an appositive's role phrase as a determiner ("the strongman", "another pro-Romney group").
_APPOSITIVE_DETERMINERS = _DETERMINERS | {"another"}


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
                ctx, span, person) and not (not person and s in ctx.place_starts and (
                    (_span_kind(span) == "ideological" and not _stands_for_head_after(text, span.end))
                    or (_span_kind(span) == "pejorative" and _PLURAL_PEOPLE_RE.search(span.text)))):
            # (not "the American far right", "the Iranian hardliners": the country's people of that leaning, nor
            # "the Beijing elites", "Washington elites", its people called so; but "the Chinese communist regime" is
            # the country's)
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
            if person and toks[j] in _APPOSITIVE_ADVERBS and j + 1 < len(toks) \
                    and text[spans[j][1] : spans[j + 1][0]] == " " and text[spans[j][0]].islower() \
                    and (toks[j + 1] in _APPOSITIVE_DETERMINERS or _appositive_role(ctx, j + 1)
                         or _past_possessor(ctx, j + 1) is not None):
                j += 1  # "Melissa Laurenza, formerly Manafort's personal counsel,", "Jane Roe, once the mayor,"
                ns = spans[j][0]
            if person and toks[j] == "one" and j + 2 < len(toks) and toks[j + 1] == "of" \
                    and (toks[j + 2] in _DETERMINERS or toks[j + 2] in _COUNT_WORDS):
                # "Haley Byrd, one of the finest congressional reporters,": the plural role
                out.extend(lab for lab in _appositive_labels(ctx, j, j + 3, person) if lab.kind != "honorific")
            elif s in ctx.org_starts and (one_of := _ONE_OF_ORGS_RE.match(text, ns)) is not None:
                # "Halliburton, one of the world's largest energy companies,": the organisation's kind
                out.append(Label(one_of.group(0), "descriptive", ns, one_of.end()))
            elif s in ctx.place_starts and (one_of := _ONE_OF_PLACES_RE.match(text, ns)) is not None:
                # "Minnesota, one of the states running their own exchanges,": the place's kind
                out.append(Label(one_of.group(0), "descriptive", ns, one_of.end()))
            elif s not in ctx.place_starts and (s in ctx.org_starts or not _FRONTED_PREP_RE.search(
                    text, max(0, s - 20), s)) \
                    and (j2 := _past_possessor(ctx, j + (toks[j] == "the"))) is not None and j2 > j + 1 \
                    and toks[j2 - 1] == "'s" and (kind_end := _org_kind_after(ctx, j2)) is not None:
                # "Perkins Coie, Mrs. Clinton's law firm,", "the International Agency for Research on Cancer, the
                # World Health Organisation's cancer agency,": the kind of organisation after its owner's name
                out.append(Label(text[spans[j2][0] : kind_end], "descriptive", spans[j2][0], kind_end))
            elif toks[j] in _APPOSITIVE_DETERMINERS or (person and _appositive_role(ctx, j)):
                # "Maduro, the strongman,"; "Nick Nyhart, chief executive for ...", "the Kochs, successful
                # businessmen"; "Americans for Prosperity, another pro-Romney group,"
                found = _appositive_labels(ctx, j, j + 1 if toks[j] in _APPOSITIVE_DETERMINERS else j, person)
                if found and _CLAUSE_GOES_ON_RE.match(text, found[-1].end):
                    # "If the Tea Party sees itself as the wing of the Republican Party, its supporters might want
                    # ...": the subject of the main clause after a fronted one, no appositive
                    found = []
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
            elif person and toks[j] == "who" and j + 2 < len(toks) and toks[j + 1] in ("is", "was") \
                    and toks[j + 2] in _INDEFINITE:
                # "Fatima Benali, who is a midwife in Casablanca,": a copular relative clause, read as the
                # appositive "a midwife in Casablanca" (the whole phrase rather than its role noun alone)
                found = _appositive_labels(ctx, j + 2, j + 3, person)
                if not found or (len(found) == 1 and found[0].text.lower() in ROLE_NOUNS):
                    found = [lab for lab in _indefinite_head(ctx, j + 2)
                             if not found or (lab.start <= found[0].start and lab.end >= found[0].end)] or found
                out.extend(lab for lab in found if lab.kind != "honorific")
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
            if person and (party := _PARTY_APPOSITIVE_RE.match(text, ns)) is not None \
                    and all(lab.start != party.start(1) for lab in out):
                # "Ross Perot, Reform Party candidate,", "Gary Johnson, Libertarian Party,": the party is his label
                out.insert(n_before, Label(party.group(1), "ideological", party.start(1), party.end(1)))
            if len(out) == n_before and (person or s not in ctx.place_starts) \
                    and (np_label := _np_appositive(ctx, s, j)) is not None:
                out.append(np_label)  # "Jane Roe, a University of Chicago infectious disease specialist,"
                if person:
                    out.extend(_second_appositive(ctx, j))  # "..., Republican of Texas and a Tea Party member,"
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


#: Nouns of a faith that head a person's "a/an" appositive ("James Foley, a Catholic,", "an Evangelical who").
_FAITH_NOUNS = frozenset("""Catholic Protestant Muslim Jew Christian Mormon Baptist Methodist Presbyterian Lutheran
    Evangelical Hindu Buddhist Sikh Quaker Episcopalian Anglican""".split())


#: A finite verb right after an appositive's label: the phrase is a clause's subject, no appositive.
_CLAUSE_GOES_ON_RE = re.compile(
    r"[ \t]+(?:might|may|will|would|could|should|can|must|are|were|have|had|do|did|is|was|has)[ \t]")


#: A plural noun for people at the end of a label ("elites", "thugs"; not "regime", "mess").
_PLURAL_PEOPLE_RE = re.compile(r"[^s]s\Z")


#: A place after a person's name before a comma ("Rep. Adam Schiff of California, the ..."): the appositive after
#: the place is the person's (not after an organisation: "Jane Roe of Common Cause, a reform group,").
_OF_PLACE_RE = re.compile(r"[ \t]+of[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})(?=,[ \t]+(?:the|a|an)[ \t])")


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


#: Where a person's appositive ends before a second role could be coordinated with it: a sentence's end, a
#: semicolon, colon, quote or bracket, a comma not before "and", a relative word or a speech verb.
_APPOSITIVE_END_RE = re.compile(
    r"[;:!?\n\"“”()]|\.(?=\s|\Z)|,(?![ \t]+and[ \t])|[ \t](?:who|whose|which|that|said|says|told)(?![\w'’-])")


#: A second role coordinated with the first one: "..., a law professor at Vanderbilt and an expert on drug laws",
#: "..., the president of the Conservancy, and the co-author of ...".
_ROLE_COMPLEMENT_RE = re.compile(r"[\w-]+(?:[ \t]+[\w-]+){0,2}[ \t]+(?:of|on|at|for|to|with|in)[ \t]")


_CLAUSE_END_RE = re.compile(r"[,.;:!?\n]")


_CLAUSE_VERB_RE = re.compile(r"[ \t](?:said|says|told|is|are|was|were|has|have|had|will|would)(?![\w'’-])")


_AND_APPOSITIVE_RE = re.compile(
    r"(?:,[ \t]+|[ \t]+)and[ \t]+(a|an|the|his|her)[ \t]+(?=[a-z]|(?:[A-Z][\w.'’-]*[ \t]+){1,3}[a-z])")


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


def _org_kind_after(ctx: _Context, j: int) -> int | None:
    """The end of a kind of organisation of one to three lower-case words from token ``j`` that ends the appositive
    ("law firm,", "opposition research firm,", "cancer agency."); None otherwise."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    for k in range(j, min(j + 3, len(toks))):
        if not text[spans[k][0] : spans[k][1]].isalpha() or not text[spans[k][0]].islower():
            return None
        if toks[k] in _ORG_LABEL_NOUNS and _ORG_KIND_END_RE.match(text, spans[k][1]):
            return spans[k][1]
    return None


#: A preposition opening the sentence right before a name: the name ends a fronted phrase, and what follows its
#: comma is the clause's subject, no appositive ("In New York, Trump's company, ...", "Under Obama, the
#: Pentagon's intelligence agency, ...").
_FRONTED_PREP_RE = re.compile(
    SENTENCE_OPENING + r"(?:In|At|Under|After|Before|Within|Across|Besides|Beyond|Outside|"
    r"Inside|From|For|With|Without|During|Since|Despite|Like|Unlike|Throughout|Beside|Near|Over|Against)[ \t]+"
    r"(?:the[ \t]+)?\Z")


#: The end of an organisation's kind in an appositive: a comma, full stop, semicolon, colon or closing bracket.
_ORG_KIND_END_RE = re.compile(r"[ \t]*[,.;:)]")


def _past_possessor(ctx: _Context, j: int) -> int | None:
    """The token after an employer's name opening an appositive at token ``j``: a possessive ("NPR's", "Mr.
    Trump's", "Sanders'") or up to four capitalised words before a lower-case word ("Fox News media analyst"); None if
    the appositive does not open so."""
    doc = ctx.doc
    toks = doc.norm_tokens
    spans = doc.token_spans
    text = doc.text
    k = j
    while k < len(toks) and k < j + 4 and text[spans[k][0]].isupper() and \
            (k == j or not text[spans[k - 1][1] : spans[k][0]].strip(" .")):
        k += 1
    if k == j or k >= len(toks):
        return None
    gap = text[spans[k - 1][1] : spans[k][0]]
    if gap.rstrip(" ") in ("'", "’") and gap.endswith(" ") and toks[k - 1].endswith("s"):
        return k  # "Jeff Weaver, Sanders' longtime adviser,": the possessive of a name in -s
    if gap.strip():
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


#: Nouns after a demonym that make it a person's nationality ("a Lithuanian national").
_NATIONALITY_NOUNS = frozenset("national nationals citizen citizens native resident".split())


def _demonym_head(ctx: _Context, k: int) -> Label | None:
    """A nationality that heads an appositive at token ``k`` ("a Hungarian,", "a Lithuanian national,"), as a
    descriptive label; None unless a gazetteer demonym ends the phrase there (before a mark) or before a nationality
    noun, so that "a Hungarian economist" is left to the role reading."""
    doc = ctx.doc
    text = doc.text
    ks, ke = doc.token_spans[k]
    hit = ctx.gaz.get(ks)
    if hit is None or hit[0] != ke or not (hit[1].category == "demonym" or (
            hit[1].category == "group" and not text[ks:ke].endswith("s"))):
        return None  # (a group's singular: "an 18-year-old African-American who was shot")
    if k + 1 < len(doc.token_spans) and doc.norm_tokens[k + 1] in _NATIONALITY_NOUNS \
            and text[ke : doc.token_spans[k + 1][0]] == " ":
        end = doc.token_spans[k + 1][1]
        return Label(text[ks:end], "descriptive", ks, end) if text[end : end + 1] in (",", ".", ";") else None
    if (text[ke : ke + 1] not in (",", ".", ";") and _WHO_AFTER_RE.match(text, ke) is None) \
            or _LIST_OF_PEOPLE_AFTER_RE.match(text, ke):
        return None  # ("Peter Novak, a Slovak, a Czech and a Pole were arrested": a list of people)
    return Label(text[ks:ke], "descriptive", ks, ke)


#: A relative clause right after a nationality heading an appositive ("a Hungarian who lives in Vienna").
_WHO_AFTER_RE = re.compile(r"[ \t]+(?:who|whose)[ \t]")
#: An age written as one word ("47-year-old").
_AGE_TOKEN_RE = re.compile(r"\d{1,3}-year-old")
#: Another "a"/"an" and a capitalised word after a nationality's comma: a list of people, no appositive.
_LIST_OF_PEOPLE_AFTER_RE = re.compile(r",[ \t]+(?:a|an)[ \t]+[A-Z]")


#: Words that open a participle's object or complement ("representing the workers", "running against GOP Sen. Dean
#: Heller").
_OBJECT_OPENERS = frozenset("""the a an his her their its our my this that these those against for with to in on at from
    into over""".split())


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
        if out and toks[k].endswith("ing") and text[ks:ke].islower() and text[out[-1].end : ks] == " " \
                and k + 1 < len(toks) and toks[k + 1] in _OBJECT_OPENERS:
            # "the lawyer representing the workers": a participle and its object after the role, no label of their
            # own (not "a former commanding officer", "the housing secretary", "a monitoring organization")
            break
        if person and not out and all(toks[t] in ("a", "an") or _AGE_TOKEN_RE.fullmatch(toks[t]) for t in range(j, k)) \
                and (demonym := _demonym_head(ctx, k)) is not None:
            out.append(demonym)  # "Tomas Varga, a 47-year-old Hungarian,", "Dmitri Kaluzhny, a Lithuanian national,"
            break
        span = ctx.label_starts.get(ks)
        word_end = span.end if span is not None else ke
        if text.startswith(("'s", "’s"), word_end) and (
                (_span_kind(span) if span is not None else _label_kind_of_word(toks[k])) != "ideological"):
            # "Eric Trump, the president's son,", "Marc Short, the vice president's chief of staff,": the
            # possessor's word is no label of the person (the role after it is); a party's is ("John McCain, the
            # GOP's 2008 nominee,")
            k = doc.token_index(word_end + 1) + 1
            continue
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
