"""A surname that relatives share: which of the people named in full with it a bare mention names, from the
pronouns after the bare mentions and from how each was introduced ("first lady Melania Trump", "his wife, Ann Roe")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from framing.analysis import Label
from framing.scorers.actor_context import _Acc, _fold
from framing.scorers.actor_words import _ADDRESS_BEFORE_RE
from framing.scorers.names import CapToken
from framing.scorers.speaker_gender import KIN_NOUNS, gender_of_first_name

_PRONOUN_RE = re.compile(r"(?<![\w'’-])(he|his|she|himself|herself)(?![\w'’-])|[.!?\n]", re.IGNORECASE)


def _pronoun_match(text: str, e: int) -> re.Match[str] | None:
    """The first subject or possessive pronoun after ``e`` in its sentence (within 200 characters), else None."""
    m = _PRONOUN_RE.search(text, e, min(len(text), e + 200))
    return m if m is not None and m.group(1) is not None else None


def _sex_of(pronoun: re.Match[str]) -> str:
    return "f" if pronoun.group(1).lower() in ("she", "herself") else "m"


def _pronoun_after(text: str, e: int) -> str | None:
    """The sex ("m"/"f") of the first subject or possessive pronoun after ``e`` in its sentence ("Trump said he",
    "Clinton said she", "Clinton described herself"; not the ambiguous "her"), else ``None``."""
    m = _pronoun_match(text, e)
    return None if m is None else _sex_of(m)


def _bare_surname_sex(text: str, singles: Sequence[tuple[CapToken, bool, list[Label]]],
                      surname: Mapping[str, set[str]]) -> dict[str, str]:
    """The sex the text gives the people it names by a shared surname alone, where the pronouns after those
    mentions mostly agree: "m" or "f" by surname key (two or more pronouns of one sex, more than twice those of
    the other). "Melania Trump" is named in full, "Trump" alone is followed by "he" and "his": the bare surname is a
    man's."""
    votes: dict[str, list[int]] = {}
    for (s, e), _cue, _labels in singles:
        k = _fold(text[s:e])
        if k in surname and (m := _pronoun_match(text, e)) is not None \
                and not _OTHER_PERSON_BETWEEN_RE.search(text, e, m.start()):
            votes.setdefault(k, [0, 0])[_sex_of(m) == "f"] += 1
    out = {}
    for k, (men, women) in votes.items():
        if men >= 2 and men > 2 * women:
            out[k] = "m"
        elif women >= 2 and women > 2 * men:
            out[k] = "f"
    return out


#: A name or a role noun between a surname and the pronoun after it: the pronoun is likely that other person's
#: ("Clinton said the governor had ignored them and that he ..."); weekdays and months are no one.
_OTHER_PERSON_BETWEEN_RE = re.compile(
    r"(?<![\w'’-])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|"
    r"July|August|September|October|November|December)\b)[A-Z][a-z]+|(?<![\w'’-])(?:president|governor|senator|"
    r"mayor|secretary|minister|leader|official|officials|chief|director|judge|lawyer|attorney|spokesman|spokeswoman|"
    r"husband|wife|son|daughter|father|mother|brother|sister|man|woman|boy|girl)(?![\w'’-])")


def _of_sex(text: str, s: int, target: set[str], actors: Mapping[str, _Acc], sex: str) -> set[str]:
    """The people of ``target`` a bare surname at ``s`` names when the text's bare mentions of that surname
    are mostly of ``sex`` (:func:`_bare_surname_sex`): not a relative of the other sex, introduced as such ("first
    lady Melania Trump", "his wife, Melania Trump", "Lara Trump, the president's daughter-in-law" where "Trump" is
    mostly followed by "he"; the news calls her "Mrs. Trump" or "Melania"). Empty (another person, the bare
    surname's own) when no one else is left. Others of the other sex stay: the pronoun after a name is often
    another person's ("Powell accused Clinton of ..., explaining that his ..."; so is this mention's own: "Trump
    said that she had had a face-lift"). ``target`` unchanged after an address form ("Mrs. Trump")."""
    if _ADDRESS_BEFORE_RE.search(text, max(0, s - 6), s):
        return target
    return {key for key in target if gender_of_first_name(actors[key].name.split(" ", 1)[0]) in (None, sex)
            or not _introduced_as_kin(text, actors[key])}


_KIN_ROLE = r"(?:first lady|(?:son|daughter|brother|sister|father|mother)-in-law|" + "|".join(KIN_NOUNS) + ")"
#: A relative's role right before their full name ("first lady Melania Trump", "his wife, Ann Roe").
_KIN_ROLE_BEFORE_RE = re.compile(r"(?<![\w'’-])" + _KIN_ROLE + r",?[ \t]+\Z", re.IGNORECASE)
#: A relative's role in an appositive after their full name ("Lara Trump, the president's daughter-in-law").
_KIN_ROLE_AFTER_RE = re.compile(r",[ \t]+(?:his|her|their|the[ \t][\w .-]{1,30}?['’]s|[\w.-]+['’]s)[ \t]+"
                                + _KIN_ROLE + r"(?![\w'’-])", re.IGNORECASE)


def _introduced_as_kin(text: str, acc: _Acc) -> bool:
    """Whether a full-name mention of ``acc`` follows a kinship noun or "first lady", or has one in an appositive."""
    return any(_KIN_ROLE_BEFORE_RE.search(text, max(0, ms - 30), ms) or _KIN_ROLE_AFTER_RE.match(text, me)
               for ms, me in acc.mentions[:10] if " " in text[ms:me])
