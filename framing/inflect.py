"""Rule-based English inflection, used to expand lexicon terms into the surface forms they match.

Generation at load time (rather than stemming at match time) keeps matching a plain dictionary look-up.
Irregular forms are listed in the lexicon's ``forms`` column.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["inflect_word"]

_VOWELS = set("aeiou")


def _plural(w: str) -> list[str]:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es"]
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        return [w[:-1] + "ies"]
    if w.endswith("man") and len(w) > 4:  # chairman -> chairmen, spokesman -> spokesmen
        return [w[:-3] + "men", w + "s"]
    return [w + "s"]


def _doubles_final(w: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing (slam -> slammed; not open -> opened)."""
    if len(w) < 3 or w[-1] in _VOWELS or w[-1] in "wxy":
        return False
    if not (w[-2] in _VOWELS and w[-3] not in _VOWELS):
        return False
    # one syllable (or stressed last syllable, which we cannot know): double only short words
    n_vowel_groups = sum(1 for i, c in enumerate(w) if c in _VOWELS and (i == 0 or w[i - 1] not in _VOWELS))
    return n_vowel_groups == 1


def _verb(w: str) -> list[str]:
    forms = []
    if w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        forms += [w + "s", w + "d", w[:-1] + "ing"]
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms += [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms += [w + "es", w + "ed", w + "ing"]
    elif _doubles_final(w):
        forms += [w + "s", w + w[-1] + "ed", w + w[-1] + "ing"]
    else:
        forms += [w + "s", w + "ed", w + "ing"]
    if w.endswith("ee"):
        forms = [w + "s", w + "d", w + "ing"]
    return forms


def _adj(w: str) -> list[str]:
    forms = []
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms += [w[:-1] + "ier", w[:-1] + "iest", w[:-1] + "ily"]
    elif w.endswith("le"):
        forms += [w[:-1] + "y"]
    elif w.endswith("ic"):
        forms += [w + "ally"]
    elif w.endswith("e"):
        forms += [w + "r", w + "st", w + "ly"]
    else:
        forms += [w + "er", w + "est", w + "ly"]
    return forms


@lru_cache(maxsize=65536)
def inflect_word(word: str, kind: str) -> tuple[str, ...]:
    """Inflected forms of ``word`` for ``kind`` (``noun``, ``verb``, ``adj``), without ``word`` itself.

    >>> inflect_word("slam", "verb")
    ('slams', 'slammed', 'slamming')
    >>> inflect_word("regime", "noun")
    ('regimes',)
    """
    if kind == "noun":
        forms = _plural(word)
    elif kind == "verb":
        forms = _verb(word)
    elif kind == "adj":
        forms = _adj(word)
    else:
        return ()
    return tuple(f for f in dict.fromkeys(forms) if f != word)
