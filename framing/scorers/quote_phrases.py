"""Speaker phrases next to a reporting verb, for the quote scorer (:mod:`framing.scorers.quotes`).

The noun phrase after a verb ('"...," said the minister') or before it ('"...," NATO chief Anders Rasmussen said'):
auxiliaries and adverbs before the verb left out ("The government has said"), asides in parentheses or between
dashes and pasted link texts skipped ("Adam Schiff (D-Calif.) said"), an appositive or relative clause set off by
commas passed over to the name before it ("Warren, a progressive firebrand, said", "Chuck Schumer, D-N.Y., said",
"Bannon, who told Axios"), a role before a name ("A spokeswoman for Amazon, Jane Doe, said"), and the head of
"H of T" ("Sofia Brandt of Costa Verde"). Phrases are cleaned by :func:`framing.scorers.speakers.clean_speaker`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Literal

from framing.document import Document
from framing.scorers.names import (
    ABBREVIATED_TITLES,
    COMMON_CAPITALISED,
    ORG_HEADS,
    STATE_FIRST_PARTY,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    link_text_spans,
)
from framing.scorers.scare import DETERMINERS
from framing.scorers.speaker_heads import LY_NOUNS, is_ly_adverb
from framing.scorers.speaker_phrase import clean_speaker

_SPEAKER_STOP = frozenset(
    """in on at to during after before when while as because but and or that who which where adding noting
    saying told said says in a an of for with from by about over into than""".split()
)
#: Auxiliaries and adverbs between a speaker and the verb ("The government has said", "Smith had also said"): not
#: part of the speaker.
#: Auxiliaries alone (an appositive may end right before them: "Leo Varadkar, a gay man, had said").
_AUXILIARIES = frozenset("has have had is was were are will would could should may might must can did does do".split())
_AUX_BEFORE_VERB = _AUXILIARIES | frozenset(
    """been be also not never already previously repeatedly since then later once often always just still even ever
    again being""".split()
)
#: Verbs and adjectives that take a "to" before the verb of saying whose subject is the speaker ('"...," he plans to
#: say', 'is expected to tell', 'is set to announce').
_CATENATIVES = frozenset(
    """plans planned plan intends intended intend expects expected expect wants wanted want hopes hoped hope set
    scheduled due going poised likely prepared ready""".split()
)
#: Prepositions whose object ends a phrase before a comma (not a speaker: "flights from China, initially said").
_PREPOSITIONS_BEFORE_OBJECT = frozenset("from to in on at of for with by into over against about".split())
#: Verbs of saying after such a "to" (not "are going to continue with their "business as usual" model").
_SAY_AFTER_TO = frozenset(
    "say tell announce argue testify warn declare insist claim explain reply respond add write urge ask".split()
)
#: Lower-case heads after which "of" is part of the speaker ("the head of the agency", "a member of parliament").
_OF_NOUNS = frozenset(
    """head heads chief chiefs president leader leaders member members director spokesman spokeswoman spokesperson
    secretary minister chairman chairwoman chair governor mayor ceo founder editor professor one some many most
    all none each both several group team board friends family""".split()
)
_NP_PUNCT_OK = frozenset({"", " ", ". ", ".", "-"})


def _np_forward(doc: Document, i: int, stop: int) -> tuple[int, int] | None:
    """A noun phrase starting at token ``i`` (up to 6 tokens, until punctuation or a stop word)."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    j = i
    while j < stop and j - i < 6:
        if j > i and text[spans[j - 1][1] : spans[j][0]] not in _NP_PUNCT_OK:
            break
        if toks[j] in _SPEAKER_STOP and j > i and toks[j] not in ("of",):
            break
        if toks[j] == "'s":
            break
        j += 1
    if j == i:
        return None
    if j - i == 6:
        j = _long_name_run(doc, i, j, stop)
        if j - i > 6:
            i = _name_after_last_title(doc, i, j)
    return spans[i][0], spans[j - 1][1]


#: Longest capitalised run read as one speaker phrase after a verb: "said League of Conservation Voters Senior Vice
#: President Tiernan Sittenfeld" (an organisation, a title and the name, which comes last).
_LONG_RUN_MAX = 14
_RUN_LINKS = frozenset("of for and on the".split())


def _name_after_last_title(doc: Document, i: int, j: int) -> int:
    """The first token of the name that ends the long capitalised run ``i``..``j-1`` after its last title word
    ("... North America President Terry O'Sullivan": "Terry"), or ``i`` when no title is followed by one to four
    words that end the run."""
    text = doc.text
    spans = doc.token_spans
    for t in range(j - 2, max(i, j - 6) - 1, -1):
        if text[spans[t][0] : spans[t][1]].rstrip(".") in TITLE_WORDS:
            return t + 1
    return i


def _long_name_run(doc: Document, i: int, j: int, stop: int) -> int:
    """The end of a phrase of six tokens from ``i`` to ``j`` carried on over a run of capitalised words (linked by
    "of", "for", "and", "on", "the") that were all capitalised so far and end in a capitalised word; ``j`` when
    the run is not all capitalised."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    if not all(text[spans[t][0]].isupper() or toks[t] in _RUN_LINKS for t in range(i, j)):
        return j
    end = j
    k = j
    while k < stop and k - i < _LONG_RUN_MAX and text[spans[k - 1][1] : spans[k][0]] == " ":
        if text[spans[k][0]].isupper():
            end = k + 1
        elif toks[k] not in _RUN_LINKS:
            break
        k += 1
    return end


def _preposition_object_before_comma(doc: Document, i: int, lo: int) -> bool:
    """Whether token ``i``, before a comma and the verb's adverb, is a preposition's object in a clause with no comma
    before it from token ``lo``: the verb after is coordinated with an earlier one, no subject here ('fought the
    decision to halt flights from China, initially said')."""
    text = doc.text
    spans = doc.token_spans
    return "," in text[spans[i][1] : spans[i + 1][0]] and doc.norm_tokens[i - 1] in _PREPOSITIONS_BEFORE_OBJECT and \
        "," not in text[spans[lo][0] : spans[i][0]]


def _catenative_at(doc: Document, i: int, lo: int) -> bool:
    """Whether token ``i`` is the "to" of a verb or adjective taking the verb of saying after it ('"...," he plans
    to say', 'is expected to tell'; not "the plan to", a noun), its words after token ``lo`` and one space apart."""
    toks = doc.norm_tokens
    spans = doc.token_spans
    return i - 1 > lo and toks[i] == "to" and toks[i - 1] in _CATENATIVES and toks[i - 2] not in DETERMINERS and \
        i + 1 < len(toks) and toks[i + 1] in _SAY_AFTER_TO and \
        doc.text[spans[i - 1][1] : spans[i][0]] == " " and doc.text[spans[i - 2][1] : spans[i - 1][0]] == " "


def _np_backward(doc: Document, i: int, lo: int, of_lo: int | None = None) -> tuple[int, int] | None:
    """A noun phrase ending at token ``i`` (up to 6 tokens back, not before token ``lo``). A phrase that starts
    right after "of" takes the words before "of" too (not before token ``of_lo``, default ``lo``) when they name
    someone or a role ("Sofia Brandt of Costa Verde", "the Secretary of State", "the head of the agency")."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    while i > lo and text[spans[i][0]].islower():
        if is_ly_adverb(toks[i]) or toks[i] in _AUX_BEFORE_VERB:
            i -= 1  # "Trump recently said", "The government has said" (not "Megyn Kelly said", "George Will said")
        elif _catenative_at(doc, i, lo):
            i -= 2  # "he plans to say", "Lee is expected to tell"
        else:
            break
        if _preposition_object_before_comma(doc, i, lo):
            return None
    j = _walk_back(doc, i, lo)
    if j == i:
        return None
    # "Prime Minister Sofia Brandt of neighbouring Costa Verde said": the phrase goes on before "of"
    of_lo = lo if of_lo is None else min(lo, of_lo)
    if j > of_lo and toks[j] == "of" and text[spans[j][1] : spans[j + 1][0]] == " " and \
            text[spans[j - 1][1] : spans[j][0]] == " " and _of_continues(doc, j - 1):
        head = _np_backward_plain(doc, j - 1, of_lo)
        if head is not None:
            return head[0], spans[i][1]
    # "Police in Minneapolis said", "officials in Beijing told": the people of a place, not the place
    if j > of_lo and toks[j] == "in" and toks[j - 1] in _IN_PLACE_HEADS and text[spans[j + 1][0]].isupper() and \
            text[spans[j][1] : spans[j + 1][0]] == " " and text[spans[j - 1][1] : spans[j][0]] == " ":
        head = _np_backward_plain(doc, j - 1, of_lo)
        if head is not None:
            return head[0], spans[i][1]
    return spans[j + 1][0], spans[i][1]


#: People named by a place they are in: "Police in Minneapolis", "officials in Beijing", "residents in Gaza".
_IN_PLACE_HEADS = frozenset(
    """police officials authorities prosecutors investigators officers lawmakers legislators leaders diplomats
    residents protesters protestors demonstrators activists witnesses doctors health experts analysts sources
    rescuers troops soldiers militants rebels voters workers farmers""".split())
_IN_PLACE_RE = re.compile(r"(?i:(?:[\w.'’-]+ ){0,3}?(?:" + "|".join(sorted(_IN_PLACE_HEADS)) +
                          r")) in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")


def people_in_place(doc: Document, s: int, e: int) -> bool:
    """Whether the speaker phrase ``doc.text[s:e]`` names people by the place they are in ("Police in Minneapolis",
    "senior officials in Beijing"): the speaker is the phrase, not the place."""
    return _IN_PLACE_RE.fullmatch(doc.text, s, e) is not None


def _of_continues(doc: Document, h: int) -> bool:
    """Whether the word before "of" (token ``h``) heads a speaker phrase: a name ("Brandt of"), a title or
    organisation head ("Secretary of", "Bank of") or a role noun ("the head of"); not "the idea of"."""
    word = doc.text[doc.token_spans[h][0] : doc.token_spans[h][1]].rstrip(".")
    if word[:1].isupper():
        return word.lower() not in COMMON_CAPITALISED
    return doc.norm_tokens[h] in _OF_NOUNS


def _walk_back(doc: Document, i: int, lo: int) -> int:
    """The token before a noun phrase that ends at token ``i``: up to 6 words back, not before token ``lo``,
    stopping at punctuation or a stop word (``i`` itself when there is no phrase)."""
    spans = doc.token_spans
    text = doc.text
    toks = doc.norm_tokens
    j = i
    while j >= lo and i - j < 6:
        if j < i and text[spans[j][1] : spans[j + 1][0]] not in _NP_PUNCT_OK:
            break
        if toks[j] in _SPEAKER_STOP:
            break
        j -= 1
    return j


def _np_backward_plain(doc: Document, i: int, lo: int) -> tuple[int, int] | None:
    """The words before "of" in a speaker phrase (up to 6, not before token ``lo``)."""
    j = _walk_back(doc, i, lo)
    return None if j == i else (doc.token_spans[j + 1][0], doc.token_spans[i][1])


def _of_head(doc: Document, s: int, e: int) -> tuple[int, int] | None:
    """For a speaker phrase "H of T" whose head names someone ("Sofia Brandt of Costa Verde", "Smith of
    Oxford"), the span of H; None when "of" belongs to the name or role ("Secretary of State", "the head of the
    agency", "Bank of America") or there is no "of"."""
    ti = doc.token_index(s)
    tj = doc.token_index(e - 1)
    toks = doc.norm_tokens
    spans = doc.token_spans
    for k in range(ti + 1, tj):
        if toks[k] == "of":
            last = doc.text[spans[k - 1][0] : spans[k - 1][1]].rstrip(".")
            if (not last[:1].isupper() or last.lower() in COMMON_CAPITALISED or last in TITLE_WORDS
                    or last in TITLE_MODIFIERS or last in ORG_HEADS):
                return None
            if toks[k - 1] in _OF_NOUNS:
                return None
            if any(doc.text[spans[t][0] : spans[t][1]].rstrip(".") in TITLE_WORDS
                   and all(doc.text[spans[u][0]].isupper() for u in range(t + 1, tj + 1))
                   for t in range(k + 1, tj - 1)):
                return None  # "Isle of Man Chief Minister Allan Bell": a place's title, then the person's name
            return s, spans[k - 1][1]
    return None


#: Finite verbs that show a comma segment is a clause, not an appositive ("The plan, critics said, was").
_CLAUSE_VERBS = frozenset("said says is was are were has have had will would told".split())
_APPOSITIVE_OPENERS = frozenset(
    "a an the who whose which his her its their one another former longtime veteran".split()
)
_APPOSITIVE_MAX = 20


_ASIDE_MAX = 40
#: A dash-delimited aside between a subject and its verb: words with no sentence end, between spaced dashes (a
#: spaced hyphen is a dash in British copy: "Steve Mnuchin - the first to arrive in Davos - said"; a hyphen inside
#: a word may stand in the aside: "the one-child policy").
_DASH_ASIDE_RE = re.compile(
    r"[ \t](?:--|—|–|-)[ \t](?:[^-—–.!?;:\n\"“”()]|(?<=\w)-(?=\w)){3,70}[ \t](?:--|—|–|-)")
_DASH_ASIDE_MAX = 80


def _before_asides(doc: Document, k: int) -> int:
    """The token after the words that end before a parenthesis ("Adam Schiff (D-Calif.) said") or a pasted
    link text ("Tom Perez Thomas Edward PerezClinton's top ... MORE blasted") right before token ``k``."""
    text = doc.text
    pos = doc.token_spans[k][0]
    end = _end_before(text, pos)
    if text[end - 2 : end] == "),":
        pos = end - 1  # "John Edwards (D-N.C.), warned": the parenthesis before the comma
    return _before_asides_at(doc, pos)


def _end_before(text: str, pos: int) -> int:
    """``pos`` moved back over white space (``len(text[:pos].rstrip())`` without copying the text)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _before_asides_at(doc: Document, pos: int, comma: bool = False) -> int:
    """:func:`_before_asides` for the text before offset ``pos`` (after a comma there when ``comma``)."""
    text = doc.text
    if comma:
        pos = _end_before(text, pos)
        if text[pos - 1 : pos] == ",":
            pos -= 1
    links = link_text_spans(text)
    for _ in range(3):
        end = _end_before(text, pos)
        moved = False
        if text[end - 1 : end] == ")":
            op = text.rfind("(", max(0, end - _ASIDE_MAX), end)
            if op > 0 and "\n" not in text[op:end]:
                pos, moved = op, True
        dash = _DASH_ASIDE_RE.search(text, max(0, end - _DASH_ASIDE_MAX), end)
        if dash is not None and dash.end() == end:
            pos, moved = dash.start(), True  # "The president -- in a separate interview for the show -- said"
        if links:
            i = bisect.bisect_right(links, (pos, len(text))) - 1
            if i >= 0 and links[i][1] <= pos and not text[links[i][1] : pos].strip():
                pos, moved = links[i][0], True
        if not moved:
            break
    return bisect.bisect_left(doc.token_starts, pos)


def _abbreviation(tok: str) -> bool:
    """A token whose full stop ends no sentence: an abbreviated title ("St.", "Sen.") or an initial ("W.")."""
    return tok in ABBREVIATED_TITLES or (len(tok) == 1 and tok.isupper())


_NAME_LEADS = frozenset("state former then u.s. us".split())


def _name_segment(doc: Document, m: int, k: int) -> bool:
    """Whether tokens ``m``..``k-1`` are a person's name, possibly after a title ("Jane Doe", "state Sen. Mike
    Crane"): at most six words, capitalised but for a few leading words."""
    if not 2 <= k - m <= 6:
        return False
    text = doc.text
    words = [text[s:e] for s, e in doc.token_spans[m:k]]
    while words and words[0].lower() in _NAME_LEADS:
        words = words[1:]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _role_before(doc: Document, h: int, lo: int) -> bool:
    """Whether the words ending at token ``h`` (before an appositive's comma) complete a role noun phrase ("a
    spokeswoman for Amazon", "a legislator who supported the bill") rather than name the speaker ("Warren"): a
    lower-case word precedes them within the clause."""
    j = _walk_back(doc, h, lo)
    spans = doc.token_spans
    return j >= lo and doc.text[spans[j][0]].islower() and not doc.in_quote(*spans[j]) \
        and not doc.text[spans[j][1] : spans[j + 1][0]].strip()  # stopped by a word ("for"), not a comma


# (_in_party_tag reads _PARTY_TAG_RE, defined below beside _PARTY_TAG_WHOLE_RE; an earlier, stricter pattern of the
# same name was always shadowed by it and is gone)


def _in_party_tag(text: str, pos: int) -> bool:
    """Whether offset ``pos`` (a full stop) lies inside a party tag such as "D-N.Y." or "R-Ky."."""
    m = _PARTY_TAG_RE.search(text, max(0, pos - 8), pos + 12)
    return m is not None and m.start() < pos < m.end()


def stop_ends_nothing(text: str, spans: Sequence[tuple[int, int]], m: int, gap: str) -> bool:
    """Whether the full stop in ``gap``, the text between tokens ``m - 1`` and ``m``, ends no sentence: that of an
    abbreviated title, suffix or initial ("Sen. Ann Lee", "John Doe Jr., a lawyer,", "George W. Bush"), one inside
    a party tag ("D-N.Y."), or one glued between two words, the second lower-case (a web address or file name:
    "Ann Lee, an analyst at Bankrate.com, said"). The one test of every "does this gap end the phrase" check."""
    ps, pe = spans[m - 1]
    if gap.strip() in (".", ".,") and _abbreviation(text[ps:pe]):
        return True
    return _in_party_tag(text, pe) or (gap == "." and text[spans[m][0]].islower())


#: A lower-case adverb in -ly (not a noun such as "family", "ally", "assembly", "rally").
_ADVERB_RE = re.compile(r"(?!(?:" + "|".join(sorted(LY_NOUNS)) + r")\b)[a-z]{2,}ly")


#: A party tag set off by commas right before a verb: ", D-N.Y., said", ", R-Ky., told", ", Montana Democrat, said",
#: ", Republican of Texas, said"; or a bracketed party and its state: " (R) of Oregon says".
_PARTY_TAG_BEFORE_RE = re.compile(
    r",[ \t]*([DRI]-[A-Z][A-Za-z.]{0,10}|" + STATE_FIRST_PARTY +
    r"|(?:Republican|Democrat|Independent)[ \t]+(?:of|from)[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?),[ \t]*\Z"
    r"|[ \t]*(\([DRI]\))[ \t]+of[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?[ \t]*\Z")


def _spaced_dash(gap: str) -> bool:
    return gap.strip() in ("—", "–", "--") and gap[:1].isspace() and gap[-1:].isspace()


def _before_long_dash_aside(doc: Document, k: int, lo: int, of_lo: int | None
                            ) -> tuple[int, int] | Literal[False] | None:
    """The subject of the verb at token ``k`` right after the closing dash of an aside longer than
    ``_DASH_ASIDE_MAX`` ("Jane Doe, a law professor — and a critic of ... the agency's funding — called"): the
    phrase before the opening dash (before its comma appositive: "Jane Doe"), never a noun inside the aside;
    None when no opening dash is found in the sentence; False for a shorter aside, which may itself name the
    subject ("at least one — Sen. Jane Doe — called")."""
    spans = doc.token_spans
    text = doc.text
    lo = lo if of_lo is None else min(lo, of_lo)  # (the aside may reach back further than a subject's words)
    for m in range(k - 2, lo, -1):
        gap = text[spans[m - 1][1] : spans[m][0]]
        if any(c in gap for c in ".!?;:\n\"“”") and not stop_ends_nothing(text, spans, m, gap):
            return None  # (not the full stop of "Sen." in "at least one — Sen. Jane Doe — called")
        if not _spaced_dash(gap):
            continue
        if spans[k - 1][1] - spans[m][0] <= _DASH_ASIDE_MAX:
            return False
        sp = _np_backward(doc, m - 1, lo, of_lo)
        if sp is None:
            return None
        s_tok = doc.token_index(sp[0])
        if s_tok - 1 > lo and doc.norm_tokens[s_tok - 1] in ("a", "an", "the") and s_tok - 2 > lo and \
                text[spans[s_tok - 2][1] : spans[s_tok - 1][0]].strip() == ",":
            s_tok -= 1
        if doc.norm_tokens[s_tok] in ("a", "an", "the") and text[spans[s_tok][0]].islower() and s_tok - 1 > lo \
                and text[spans[s_tok - 1][1] : spans[s_tok][0]].strip() == ",":
            name = _np_backward(doc, s_tok - 1, lo, of_lo)  # "Jane Doe, a law professor —"
            if name is not None and text[name[0]].isupper():
                return name
        return sp
    return None


def _subject_before(doc: Document, k: int, lo: int, of_lo: int | None = None) -> tuple[int, int] | None:
    """The speaker phrase ending just before the verb at token ``k``, skipping an appositive or relative clause
    set off by commas: "Warren, a progressive firebrand, said", "Guaidó, who is backed by Washington, said",
    "Maduro, 62, said" give the name before the first comma."""
    spans = doc.token_spans
    text = doc.text
    if k - 1 > lo and _ADVERB_RE.fullmatch(text[spans[k - 1][0] : spans[k - 1][1]]) and \
            not text[spans[k - 1][1] : spans[k][0]].strip():
        k -= 1  # "Dr. Ben Carson, a neurosurgeon and Fox News contributor, literally called": the verb's adverb
        if k - 2 >= lo and _preposition_object_before_comma(doc, k - 1, lo):
            return None
    a = k
    toks = doc.norm_tokens
    while True:
        if a - 1 > lo and toks[a - 1] in _AUX_BEFORE_VERB and not text[spans[a - 1][1] : spans[a][0]].strip() and \
                not (text[spans[a - 1][0]].isupper() and toks[a - 1] in ("may", "will")):
            a -= 1  # (not a capitalised "May" or "Will", a name: "May insisted Friday")
        elif _catenative_at(doc, a - 1, lo):
            a -= 2  # "Lee, a senator, is expected to say"
        else:
            break
    if a < k and a - 1 > lo and "," in text[spans[a - 1][1] : spans[a][0]]:
        # "what Leo Varadkar, a gay man, had said", "The mayor, who faced protests, also said": the appositive
        # before the auxiliary or adverb
        k = a
    k2 = _before_asides(doc, k)
    if k2 == k and k - 1 > lo and _spaced_dash(text[spans[k - 1][1] : spans[k][0]]):
        long_aside = _before_long_dash_aside(doc, k, lo, of_lo)
        if long_aside is not False:
            return long_aside
    floor = lo if of_lo is None else min(lo, of_lo)
    if floor < k2 < k:
        # "Sen. Jeff Flake (R-Ariz.) called": the name before the parenthesis (or a pasted link text)
        lo = max(floor, min(lo, k2 - 8))
        k = k2
    tag = _PARTY_TAG_BEFORE_RE.search(text, max(0, spans[k][0] - 30), spans[k][0]) if k - 1 >= lo else None
    if tag is not None:
        t0 = bisect.bisect_left(doc.token_starts, tag.start(1) if tag.group(1) else tag.start(2))
        if lo < t0 < k:
            # "Senate Minority Leader Chuck Schumer, D-N.Y., said": the name before the party tag
            return _np_backward(doc, t0 - 1, lo, of_lo)
    if k - 1 >= lo and "," in text[spans[k - 1][1] : spans[k][0]]:
        for m in range(k - 1, max(lo, k - 1 - _APPOSITIVE_MAX), -1):
            gap = text[spans[m - 1][1] : spans[m][0]] if m > lo else ""
            if any(c in gap.replace(".),", "),") for c in ".!?;:\n\"“”") and not stop_ends_nothing(text, spans, m, gap):
                break  # (not the full stop of "St." in "Isom, who is a former St. Louis police chief, said")
            if "," in gap:
                first = doc.norm_tokens[m]
                name_before = m - 1 >= lo and text[spans[m - 1][0]].isupper()
                role = name_before and not any(doc.norm_tokens[x] in _CLAUSE_VERBS for x in range(m, k))
                if role and _name_segment(doc, m, k) and _role_before(doc, m - 1, lo):
                    # "A spokeswoman for Amazon, Jane Doe, said": the name between the commas, not "Amazon"
                    return spans[m][0], spans[k - 1][1]
                if first in _APPOSITIVE_OPENERS or first.isdigit() or role:
                    before = _before_asides_at(doc, spans[m][0], comma=True)
                    sp = _np_backward(doc, before - 1 if lo < before <= m - 1 else m - 1, lo, of_lo)
                    if sp is None and ")" in gap:
                        # "Rep. Tom Reed (R-N.Y.), a key Trump ally, summarized": the name before the parenthesis
                        p = m - 1
                        while p > lo and "(" not in text[spans[p - 1][1] : spans[p][0]] and m - p < 12:
                            p -= 1
                        if p > lo and "(" in text[spans[p - 1][1] : spans[p][0]]:
                            sp = _np_backward(doc, p - 1, lo, of_lo)
                    if sp is not None and text[sp[0]].isupper():
                        # "Carl Forti, a top adviser to ... Restore Our Future, another pro-Romney super PAC, said":
                        # the name before an appositive may itself end the role appositive of a name before it,
                        # which is the speaker when it opens the clause (not "In Washington, a spokesman for
                        # Senator Tom Roe, a Democrat, said", where the place is no speaker)
                        outer = _before_role_appositive(doc, sp, lo)
                        if outer is not None and doc.token_index(outer[0]) == lo:
                            return outer
                    if sp is not None:
                        return sp
                break
    return _np_backward(doc, k - 1, lo, of_lo)


def _clean(doc: Document, sp: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if sp is None else clean_speaker(doc, sp[0], sp[1])


_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")
#: A whole party-and-state tag, the state in one to three words ("R-S.C", "R-South Carolina", "D-New York").
_PARTY_TAG_WHOLE_RE = re.compile(r"[RDI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}")


#: Words that open a role appositive after a name ("Ralph Reed, the chairman of ...", "Leo Varadkar, a gay man,").
_ROLE_APPOSITIVE_OPENERS = frozenset("the a an former longtime veteran".split())


def _before_role_appositive(doc: Document, sp: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The name before a role appositive that the speaker phrase ``sp`` ends: the antecedent of "who" in "Ralph
    Reed, the chairman of the Faith and Freedom Coalition, who called" is Reed, not the coalition. ``sp`` is kept
    when no lower-case role opener follows a comma after a capitalised word within a few words before it."""
    if sp is None:
        return None
    text = doc.text
    spans = doc.token_spans
    toks = doc.norm_tokens
    t = doc.token_index(sp[0])
    for m in range(t, max(lo, t - 10), -1):
        gap = text[spans[m - 1][1] : spans[m][0]]
        if any(c in gap for c in ".!?;:()\n\"“”—–"):
            return sp
        if "," in gap:
            if toks[m] in _ROLE_APPOSITIVE_OPENERS and text[spans[m][0]].islower() and \
                    text[spans[m - 1][0]].isupper():
                name = _clean(doc, _np_backward(doc, m - 1, max(lo, m - 8), lo))
                if name is not None and any(c.isupper() for c in text[name[0] : name[1]]):
                    return name
            return sp
    return sp


def _past_aside(doc: Document, sp: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
    """The name before a comma when the speaker phrase found is only what follows it: a relative clause's
    pronoun ("Viktor Orbán, who explicitly praises") or a party-and-state tag ("Sen. Lindsey Graham, R-S.C,
    who supported the amendment, said")."""
    if sp is None:
        return None
    s, e = sp
    first = doc.token_index(s)
    if not (doc.norm_tokens[first] in ("who", "which") or _PARTY_TAG_WHOLE_RE.fullmatch(doc.text[s:e].rstrip(".,"))):
        return sp
    if first - 1 <= lo or "," not in doc.text[doc.token_spans[first - 1][1] : s]:
        return None  # no name before: the pronoun or tag names no one
    return _clean(doc, _np_backward(doc, first - 1, lo))
