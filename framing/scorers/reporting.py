"""Reporting verbs: which word forms introduce speech, and what kind of verb each one is.

The kind of a reporting verb follows Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013): ``factive`` verbs
presuppose that what was said is true ("admitted", "revealed", "acknowledged"), ``hedged`` verbs cast doubt on
it ("claimed", "alleged", "purported"), ``loaded`` verbs colour the speaker ("insisted", "slammed"), and
``neutral`` verbs only report ("said", "told"). The shipped ``attribution_verbs`` lexicon supplies loaded and
neutral verbs as spans; the short lists here decide factive and hedged (they take precedence) and give a
neutral fallback so that quotes keep their speaker even without that lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from framing.inflect import inflect_word

__all__ = [
    "FACTIVE_VERBS",
    "HEDGED_VERBS",
    "LEXICON_VERB_KIND",
    "NEUTRAL_VERBS",
    "VERB_KINDS",
    "reporting_forms",
    "verb_kind",
]

#: Reporting verbs that presuppose the truth of the reported content (lemmas).
FACTIVE_VERBS = frozenset(
    "admit acknowledge concede confess reveal confirm recognise recognize disclose realise realize note "
    "point-out".split()
)
#: Reporting verbs that distance the writer from the reported content.
HEDGED_VERBS = frozenset("claim allege purport contend profess suggest speculate".split())
#: Neutral reporting verbs, used when no lexicon span says otherwise.
NEUTRAL_VERBS = frozenset(
    "say tell state add explain write announce report reply respond ask answer comment continue describe "
    "testify tweet post demand plead beg wonder chant".split()
)
#: Loaded reporting verbs known without the lexicon (only used when the lexicon has no span there).
_LOADED_FALLBACK = frozenset(
    "insist slam blast rail lash boast brag complain warn threaten vow declare deny accuse charge "
    "scoff sneer quip gush rant fume lament sniff snark sigh mock criticize criticise praise".split()
)

VERB_KINDS = ("neutral", "loaded", "factive", "hedged")

#: Lexicon category of a span at a verb position -> verb kind.
LEXICON_VERB_KIND: Mapping[str, str] = MappingProxyType(
    {"attribution_loaded": "loaded", "attribution_neutral": "neutral"}
)

_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "confess": ("confessed", "confesses", "confessing"),
}


def _forms(lemma: str) -> tuple[str, ...]:
    words = lemma.replace("-", " ").split(" ")
    head, rest = words[0], words[1:]
    heads: tuple[str, ...] = (head, *inflect_word(head, "verb"), *_IRREGULAR.get(head, ()))
    if len(head) > 3 and head[-1] not in "aeiouwxy" and head[-2] in "aeiou" and head[-3] not in "aeiou":
        heads += (head + head[-1] + "ed", head + head[-1] + "ing")  # admitted, regretted (stress unknown)
    return tuple(" ".join([h, *rest]) for h in dict.fromkeys(heads))


@lru_cache(maxsize=1)
def reporting_forms() -> Mapping[str, tuple[str, str]]:
    """Lower-case word form -> (lemma, kind) for the built-in reporting verbs (one-word forms only)."""
    table: dict[str, tuple[str, str]] = {}

    def add(lemmas: Iterable[str], kind: str) -> None:
        for lemma in lemmas:
            for f in _forms(lemma):
                if " " not in f:
                    table.setdefault(f, (lemma, kind))

    add(FACTIVE_VERBS, "factive")
    add(HEDGED_VERBS, "hedged")
    add(_LOADED_FALLBACK, "loaded")
    add(NEUTRAL_VERBS, "neutral")
    return MappingProxyType(table)


def verb_kind(form: str, lexicon_category: str | None = None) -> str | None:
    """The kind of a reporting verb form; ``None`` if it is not a reporting verb.

    Factive and hedged from the built-in lists win; otherwise the lexicon category decides; otherwise the
    built-in loaded and neutral lists.
    """
    hit = reporting_forms().get(form.lower().replace("’", "'"))
    if hit is not None and hit[1] in ("factive", "hedged"):
        return hit[1]
    if lexicon_category is not None and lexicon_category in LEXICON_VERB_KIND:
        return LEXICON_VERB_KIND[lexicon_category]
    return hit[1] if hit is not None else None
