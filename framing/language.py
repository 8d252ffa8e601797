"""Which language a document is in: framing's lexicons, sentiment, readability and model are English only.

:func:`detect_language` returns an ISO 639-1 code. It uses py3langid (Lui & Baldwin's langid.py, a naive
Bayes model over byte n-grams for ~100 languages, shipped inside the package: 4.5 MB, no download,
deterministic; a few ms per article on its first 1,200 characters, after a one-off model load of about a
second). A document is reported as non-English only on clear evidence; short or ambiguous texts are English:

- fewer than :data:`MIN_LETTERS` letters (a headline, a name, a number; :data:`MIN_LETTERS_OTHER` in a
  mostly non-Latin script): ``"en"``, unless the text has no Latin letter at all (and at least two letters): a
  short headline in Chinese, Russian or Korean is not English either, but too short to name its language:
  ``"und"``;
- mostly non-Latin letters (Cyrillic, Chinese, Arabic ...): the model's language (never ``"en"``; ``"und"`` if
  the model would still say English);
- otherwise the model's language when it is not English, has probability at least :data:`MIN_PROBABILITY` and
  the text has at least :data:`MIN_WORDS` words; else ``"en"`` (a text with too few words, or whose every
  quarter is plainly English by its function words, is ``"en"`` without running the model).

The pipeline (:class:`framing.Analyzer`) records the code as ``Analysis.language`` and, for a language other
than English, leaves every score null (NaN in tables, ``None`` in ``to_dict()``) and warns once per language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["ENGLISH", "MIN_LETTERS", "MIN_LETTERS_OTHER", "MIN_PROBABILITY", "MIN_WORDS", "detect_language"]

ENGLISH = "en"
#: ISO 639-2's code for a language that cannot be told (a short text in a non-Latin script).
UNDETERMINED = "und"
#: Texts with fewer letters are English (too short to tell); mostly non-Latin texts need :data:`MIN_LETTERS_OTHER`
#: (one Chinese character carries about as much as a Latin word).
MIN_LETTERS = 40
MIN_LETTERS_OTHER = 15
#: Latin-script texts with fewer words are English.
MIN_WORDS = 12
#: The model's probability a Latin-script text needs to be called non-English.
MIN_PROBABILITY = 0.9
#: Characters read: the start of a long document is enough and keeps the cost bounded.
_SAMPLE = 1200
_WORD_RE = re.compile(r"\w+")
#: Frequent English function words that are not common words of the model's other Latin-script languages (no
#: "a", "in", "is", "to", "of", "for", "has", "are", "was", "will": Dutch, Scandinavian, Spanish, Romanian or
#: German words too). In the first 1,200 characters of AllSides development articles 0-999 they are 14% of the
#: words (median; 5th percentile 10%, lowest 3.8%), in the 61 non-English news paragraphs of
#: ``benchmarks/data/language_non_english.jsonl`` 0%.
_EN_MARKERS = frozenset(
    "the and that with this have were which who their they would said from been about when what his".split())
#: Share of :data:`_EN_MARKERS` among the words from which a Latin-script text is English without the model
#: (a speed short cut: the model, which costs ~1 ms, reads the other texts).
_EN_MARKER_SHARE = 0.06
#: ... in each of this many equal parts of the sample's words
_EN_PARTS = 4


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


#: Runs of characters that are no letter: the letters of a text are the rest (one match per run of digits, spaces
#: and punctuation instead of one per letter; ~2x faster than counting the matches of ``[^\W\d_]``).
_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")
_NON_LATIN_RE = re.compile(r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")


def _latin_share(sample: str) -> tuple[int, float]:
    """Number of letters in ``sample`` and the share of them in the Latin script (U+0000-U+024F, U+1E00-U+1EFF)."""
    letters = len(sample) - sum(map(len, _NOT_LETTERS_RE.findall(sample)))
    if not letters:
        return 0, 1.0
    return letters, 1.0 - len(_NON_LATIN_RE.findall(sample)) / letters


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language of ``text`` (``"en"`` when the text is short or the evidence unclear).

    >>> detect_language("The senator said on Tuesday that the bill would not pass the House this year.")
    'en'
    >>> detect_language("Der Bundestag hat am Donnerstag nach langer Debatte ein Gesetz zur Migration beschlossen.")
    'de'
    >>> detect_language("Merkel")
    'en'
    """
    sample = text[:_SAMPLE]
    letters, latin = _latin_share(sample)
    if letters < (MIN_LETTERS if latin >= 0.5 else MIN_LETTERS_OTHER):
        # too short to tell which language; but a text with no Latin letter at all is no English: "und"
        # ("政权猛烈抨击改革", "Москва")
        return UNDETERMINED if latin == 0.0 and letters >= 2 else ENGLISH
    if latin >= 0.5:
        words = _WORD_RE.findall(sample)
        if len(words) < MIN_WORDS or _clearly_english(words):
            return ENGLISH  # what the model's answer would come to, without running it
    lang, prob = _identifier().classify(sample)
    if latin < 0.5:
        return UNDETERMINED if lang == ENGLISH else str(lang)
    if lang != ENGLISH and prob >= MIN_PROBABILITY:
        return str(lang)
    return ENGLISH


def _clearly_english(words: list[str]) -> bool:
    """Whether, in each of :data:`_EN_PARTS` equal parts of ``words`` (any case), at least :data:`_EN_MARKER_SHARE`
    are English function words of :data:`_EN_MARKERS`: a text that English reads as English to the model too, so
    the model is not asked (on AllSides lines 0-1999, whole, cut to 120, 200 or the last 1,500 characters, the 61
    non-English paragraphs and 122 English/foreign mixes: the same answers, the model run for 17% of articles)."""
    has = list(map(_EN_MARKERS.__contains__, map(str.lower, words)))
    k = len(has) // _EN_PARTS
    # every part of the sample: an English lead followed by a paragraph in another language goes to the model
    return all(sum(has[i * k:(i + 1) * k]) >= _EN_MARKER_SHARE * k for i in range(_EN_PARTS))
