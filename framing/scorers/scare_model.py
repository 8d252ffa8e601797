"""The scare-quote decision: a small logistic model over features of a short unattributed quoted phrase.

The quote scorer (:mod:`framing.scorers.quotes`) passes here only the short quoted phrases that nothing
attributes and that are neither a name or cited term (:func:`framing.scorers.scare.name_or_term`), nor a
quotation of someone named in their clause (:func:`framing.scorers.scare.clause_speaker`), nor a cited clause.
Among those, a phrase is a scare quote when :func:`scare_probability` reaches the shipped operating threshold.

The features (:data:`FEATURES`) describe where the phrase stands (after "so-called", a determiner, "as" or a
preposition; at the sentence start; before a noun it modifies), what it holds (words, capitals, a hyphenated
coinage, loaded or emotive lexicon terms, VADER valence, adjectives), and what surrounds it (a named person or
body in the sentence, a verb of saying, other quotations in the paragraph, the same phrase quoted elsewhere, a
list of quoted phrases). The weights (``framing/data/scare_model.json``, card ``scare_model.md``) were fitted by
``benchmarks/train_scare.py`` (scikit-learn ``LogisticRegression``) on every candidate of AllSides development
lines 0-1999, labelled blind (session 18), and the threshold was chosen for precision first by grouped
cross-validation: no threshold reached it, so the shipped threshold is above 1 and no candidate passes (the card
says why); inference is a dot product in pure Python.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from framing.analysis import Actor, Span
from framing.document import Document
from framing.exceptions import ModelError
from framing.pos import tag_spans
from framing.scorers.reporting import communication_forms
from framing.scorers.scare import DETERMINERS, after_so_called, at_sentence_start, scare_position
from framing.scorers.sentiment import vader_lexicon

__all__ = [
    "FEATURES",
    "check_model",
    "is_scare_quote",
    "scare_features",
    "scare_model_info",
    "scare_probability",
    "scare_threshold",
]

#: Every feature :func:`scare_features` computes; the shipped model uses a subset (its ``features``).
FEATURES = (
    "so_called",          # "so-called" right before the marks
    "position",           # the scare-quote position rule (scare.scare_position)
    "sentence_start",     # the phrase opens its sentence
    "after_determiner",   # a determiner, possessive pronoun or possessive name right before
    "after_as",           # "as" right before ("seen as "establishment" alternatives")
    "after_preposition",  # another preposition right before ("of "professionalism"")
    "after_verb",         # a verb or auxiliary right before ("want to "have a say"")
    "before_noun",        # a noun right after the closing mark, the phrase a modifier (""dark money" groups")
    "noun_compound",      # ... and the phrase ends in a noun itself (a "suspense" file, "pool" reporters: terms)
    "naming_before",      # a naming verb within four words before ("what economists call its "natural" rate")
    "capitalised",        # the first word is capitalised (inside a sentence: names, titles)
    "one_word",           # a single word
    "words",              # number of words / 6
    "hyphenated",         # a hyphenated word inside ("social-hack", "top-down")
    "stop_inside",        # the sentence's comma or full stop inside the marks
    "loaded_inside",      # a loaded-language lexicon term inside (pejorative, emotive, ...)
    "valence_inside",     # a word with VADER valence of 1 or more inside
    "adjective_inside",   # an adjective inside (tagger)
    "adverb_only",        # only adverbs and particles inside ("somewhat", "not at all": answer options)
    "named_in_sentence",  # a person, group or organisation named in the sentence outside quotations
    "speech_verb_nearby",  # a verb of saying or judging in the sentence outside quotations
    "quotes_in_paragraph",  # another quotation of 7 words or more in the paragraph
    "repeated",           # the same phrase (lower case) quoted elsewhere in the document
    "listed",             # joined to another quoted phrase by a comma, "and" or "or"
)

_RESOURCE = "scare_model.json"
_WORD_RE = re.compile(r"[\w'’-]+")
_POSSESSIVE_RE = re.compile(r"[\w.&-]+(?:'s|’s|s'|s’)\s*$")
#: Another quoted phrase right before or after, joined by a comma (outside or inside the marks), "and" or "or".
_LIST_BEFORE_RE = re.compile(r"(?:[”\"’]\s*,|,\s*[”\"’]|[”\"’])\s*(?:(?:and|or)\s+)?$")
_LIST_AFTER_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[“\"‘]")
_LIST_INSIDE_AFTER_RE = re.compile(r"\s+(?:(?:and|or)\s+)?[“\"‘]")
_NON_LOADED = ("frame_", "attribution", "delegitimiser")
#: Stems of verbs that name or classify ("call", "term", "dub", "label", "identify as", "known as").
_NAMING_STEMS = ("call", "term", "dub", "label", "identif", "known", "nicknam", "brand", "describ", "refer")
_PARTICLE_TAGS = frozenset({"ADV", "PART", "ADP", "CCONJ"})


def check_model(model: Mapping[str, Any], where: str = _RESOURCE) -> dict[str, Any]:
    """The model mapping itself when it holds a threshold, one weight per feature and only known feature names
    (in ``features``, ``requires`` and ``passes``); else :class:`~framing.exceptions.ModelError` saying what."""
    names = list(model.get("features", ()))
    unknown = [n for n in (*names, *model.get("requires", ()), *model.get("passes", ())) if n not in FEATURES]
    if unknown or len(model.get("coef", ())) != len(names) or "threshold" not in model or "intercept" not in model:
        raise ModelError(f"{where}: expected an intercept, a threshold and one weight per feature, features among "
                         f"{list(FEATURES)}; got features {names} (unknown: {unknown}) with "
                         f"{len(model.get('coef', ()))} weights, keys {sorted(model)}")
    return dict(model)


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    try:
        raw = resources.files("framing.data").joinpath(_RESOURCE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ModelError(f"scare-quote model {_RESOURCE!r} not found in framing.data: {e}") from e
    return check_model(json.loads(raw))


def scare_threshold() -> float:
    """The shipped operating threshold on :func:`scare_probability` (chosen for precision first)."""
    return float(_load()["threshold"])


def scare_model_info() -> dict[str, Any]:
    """How the shipped model was trained and what its cross-validation measured (also in its card)."""
    return dict(_load().get("info", {}))


def scare_probability(features: Mapping[str, float]) -> float:
    """The model's probability that a candidate with these :data:`FEATURES` values is a scare quote (features
    the model does not use are ignored; a missing one counts as 0)."""
    model = _load()
    z = float(model["intercept"]) + sum(w * float(features.get(n, 0.0))
                                        for n, w in zip(model["features"], model["coef"], strict=True))
    return 1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0


#: Characters tagged on each side of a candidate (the words right before and after it are what count).
_TAG_REACH = 80


def _tags(doc: Document, si: int, qs: int, qe: int) -> list[tuple[int, int, str]]:
    """POS tags of the candidate's sentence within :data:`_TAG_REACH` characters of it (from a word start)."""
    text = doc.text
    ss, se = doc.sentences[si] if si >= 0 else (0, len(text))
    lo = max(ss, qs - _TAG_REACH)
    if lo > ss:
        space = text.find(" ", lo, qs)
        lo = space + 1 if space >= 0 else qs
    return tag_spans(text, lo, min(se, qe + _TAG_REACH))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def _untagged_features(doc: Document, qs: int, qe: int, inner: str) -> dict[str, float]:
    """The features read from the text around the marks alone (no tagger): "so-called" and the position rule."""
    return {"so_called": float(after_so_called(doc.text, qs)),
            "position": float(scare_position(doc, qs, qe, inner))}


def scare_features(doc: Document, qs: int, qe: int, inner: str, *, lexicon_spans: Sequence[Span] = (),
                   mentions: Sequence[tuple[int, int, Actor]] = ()) -> dict[str, float]:
    """The :data:`FEATURES` of the short quoted phrase ``doc.text[qs:qe]`` (``inner`` without its marks);
    ``lexicon_spans`` are the lexicon scorer's matches, ``mentions`` the actor mentions ``(start, end, actor)``
    sorted by start."""
    text = doc.text
    words = _WORD_RE.findall(inner)
    f = dict.fromkeys(FEATURES, 0.0)
    if not words:
        return f
    before = text[max(0, qs - 40) : qs]
    prev_words = _WORD_RE.findall(before)
    prev = prev_words[-1].lower() if prev_words and before[-1:].isspace() else ""
    si = doc.sentence_index(qs)
    tags = _tags(doc, si, qs, qe)
    tag_before = next((t for a, b, t in reversed(tags) if b <= qs), "")
    tag_after = next(((a, t) for a, b, t in tags if a >= qe), None)
    inside = [t for a, b, t in tags if a >= qs and b <= qe]
    f.update(_untagged_features(doc, qs, qe, inner))
    f["sentence_start"] = float(at_sentence_start(doc, qs))
    if prev and not f["so_called"]:  # ("called" of "so-called" is no verb before the phrase)
        f["after_determiner"] = float(prev in DETERMINERS or tag_before == "DET"
                                      or bool(_POSSESSIVE_RE.search(before)))
        f["after_as"] = float(prev == "as")
        f["after_preposition"] = float(prev != "as" and tag_before == "ADP")
        f["after_verb"] = float(tag_before in ("VERB", "AUX") or prev == "to")
    if tag_after is not None and tag_after[1] == "NOUN" and text[qe:tag_after[0]].strip() == "":
        f["before_noun"] = 1.0
        last_inner = next((t for a, b, t in reversed(tags) if qs <= a and b <= qe), "")
        f["noun_compound"] = float(last_inner in ("NOUN", "PROPN"))
    f["naming_before"] = float(any(w.lower().startswith(_NAMING_STEMS) for w in prev_words[-4:]))
    f["capitalised"] = float(words[0][:1].isupper())
    f["one_word"] = float(len(words) == 1)
    f["words"] = min(len(words), 6) / 6.0
    f["hyphenated"] = float(any("-" in w.strip("-") for w in words))
    f["stop_inside"] = float(inner.rstrip(" ’'")[-1:] in (",", "."))
    f["loaded_inside"] = float(any(qs <= s.start and s.end <= qe and s.weight > 0
                                   and not s.category.startswith(_NON_LOADED) for s in lexicon_spans))
    lex = vader_lexicon()
    f["valence_inside"] = float(any(abs(lex.get(w.lower(), 0.0)) >= 1.0 for w in words))
    f["adjective_inside"] = float("ADJ" in inside)
    f["adverb_only"] = float(bool(inside) and all(t in _PARTICLE_TAGS for t in inside))
    if si >= 0:
        ss, se = doc.sentences[si]
        i = bisect.bisect_left(mentions, ss, key=lambda m: m[0])
        while i < len(mentions) and mentions[i][0] < se:
            ms, me, actor = mentions[i]
            i += 1
            if actor.type in ("person", "group", "organisation") and not doc.in_quote(ms, me):
                f["named_in_sentence"] = 1.0
                break
        forms = communication_forms()
        f["speech_verb_nearby"] = float(any(
            text[a:b].lower() in forms and not doc.in_quote(a, b) and tag in ("VERB", "AUX")
            for a, b, tag in tags if not qs <= a < qe))
    plo, phi = _paragraph(text, qs)
    key = inner.strip(" ,.’'").lower()
    for rs, re_ in doc.quotes:
        if rs == qs:
            continue
        if plo <= rs < phi and len(_WORD_RE.findall(text[rs:re_])) >= 7:
            f["quotes_in_paragraph"] = 1.0
        if text[rs + 1 : re_ - 1].strip(" ,.’'").lower() == key:
            f["repeated"] = 1.0
    f["listed"] = float(bool(_LIST_BEFORE_RE.search(text, max(0, qs - 8), qs)) or bool(_LIST_AFTER_RE.match(text, qe))
                        or (inner.rstrip().endswith(",") and bool(_LIST_INSIDE_AFTER_RE.match(text, qe))))
    return f


def is_scare_quote(doc: Document, qs: int, qe: int, inner: str, *, lexicon_spans: Sequence[Span] = (),
                   mentions: Sequence[tuple[int, int, Actor]] = ()) -> bool:
    """Whether a candidate phrase is a scare quote: it has every feature the model ``requires`` (the scare-quote
    position: the model narrows that rule, it adds nothing outside it), and it has a feature that ``passes`` on
    its own ("so-called": right on every labelled candidate) or its :func:`scare_probability` reaches
    :func:`scare_threshold`."""
    model = _load()
    requires = model.get("requires", ())
    cheap = _untagged_features(doc, qs, qe, inner)
    if any(cheap.get(n, 1.0) != 1.0 for n in requires):
        return False  # (most candidates: decided before the tagger runs)
    feats = scare_features(doc, qs, qe, inner, lexicon_spans=lexicon_spans, mentions=mentions)
    if not all(feats[n] == 1.0 for n in requires):
        return False
    return any(feats[n] == 1.0 for n in model.get("passes", ())) or scare_probability(feats) >= scare_threshold()
