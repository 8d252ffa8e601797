"""The alerts panel: what a reader must know before trusting the numbers (like ydata-profiling's alerts).

Too few documents per group, documents in a language the English resources do not cover, input records that
were skipped or failed, low-confidence model evidence that is hidden, groups merged, texts missing. Each alert
is ``{"level": "warning" | "note", "text": ...}``; plain strings, escaped by the templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from framing.reporting.findings import MIN_DOCS

__all__ = ["article_alerts", "corpus_alerts"]

#: Below this many words, rates per 1,000 words of one article swing with every single term.
SHORT_ARTICLE_WORDS = 150


def _languages(langs: Mapping[str, int]) -> str:
    return ", ".join(f"{lang} ×{k}" if k > 1 else lang for lang, k in sorted(langs.items(), key=lambda kv: -kv[1]))


def _common(langs: Mapping[str, int], n_skipped: int, skip_reasons: Mapping[str, int], n_failed: int,
            n_hidden: int, model_ran: bool) -> list[dict[str, str]]:
    out = []
    n_lang = sum(langs.values())
    if n_lang:
        out.append({"level": "warning", "text": (
            f"{n_lang:,} document{'s' if n_lang != 1 else ''} not in English ({_languages(langs)}) "
            f"{'are' if n_lang != 1 else 'is'} left out of every statistic: the lexicons and the model are "
            "English-only, so their scores are null.")})
    if n_skipped:
        reasons = "; ".join(f"{r} ×{k}" if k > 1 else r for r, k in
                            sorted(skip_reasons.items(), key=lambda kv: -kv[1])[:3])
        out.append({"level": "warning", "text": (
            f"{n_skipped:,} input record{'s' if n_skipped != 1 else ''} could not be read and "
            f"{'were' if n_skipped != 1 else 'was'} skipped ({reasons}).")})
    if n_failed:
        out.append({"level": "warning", "text": (
            f"{n_failed:,} document{'s' if n_failed != 1 else ''} failed during analysis and "
            f"{'are' if n_failed != 1 else 'is'} not counted (the reasons are in the methods appendix).")})
    if n_hidden:
        out.append({"level": "note", "text": (
            f"{n_hidden:,} low-confidence model tag{'s' if n_hidden != 1 else ''} (below the tagger's loaded "
            "threshold, weight 0) are shown only as 'recorded, not loaded' and counted in no rate or index.")})
    elif model_ran:
        out.append({"level": "note", "text": (
            "Low-confidence model tags (below the tagger's loaded threshold) are hidden: neither shown nor counted "
            "(framing analyze --candidates lists them).")})
    return out


def corpus_alerts(acc: Any, corpus: Mapping[str, Any], *, model_ran: bool = False) -> list[dict[str, str]]:
    """Alerts for a corpus report from its :class:`~framing.reporting.corpus.CorpusAccumulator` and data;
    ``model_ran``: the model's span tagger ran (so its low-confidence tags were dropped unless asked for)."""
    out: list[dict[str, str]] = []
    groups = corpus["groups"]
    small = [g for g in groups if g["n_docs"] < MIN_DOCS]
    if len(groups) >= 2 and small:
        names = ", ".join(f"{g['name']} ({g['n_docs']})" for g in small[:6])
        more = f" and {len(small) - 6} more" if len(small) > 6 else ""
        noun = f"{corpus['group_by']} groups" if corpus.get("group_by") else "groups"
        out.append({"level": "warning", "text": (
            f"{len(small)} of {len(groups)} {noun} have fewer than {MIN_DOCS} documents: {names}{more}. Their "
            "means and intervals describe those documents, not the group; no difference involving them is "
            "called clear.")})
    n_none = corpus.get("n_no_value", 0)
    if n_none:
        out.append({"level": "warning", "text": (
            f"{n_none:,} document{'s' if n_none != 1 else ''} {'have' if n_none != 1 else 'has'} no value in the "
            f"'{corpus['group_by']}' column (missing or empty): counted in the corpus totals and listed among the "
            "documents, but compared with no group (not in the key findings, the group measures and tests, the "
            "distinguishing terms or the label asymmetry).")})
    n_failed = acc.n_failed - acc.n_skipped
    out += _common(acc.other_languages, acc.n_skipped, acc.skip_reasons, n_failed, acc.n_hidden_candidates,
                   model_ran or bool(acc.models_seen))
    if corpus.get("n_groups_total", 0) > len(groups) - ("other groups" in {g["name"] for g in groups}):
        out.append({"level": "note", "text": (
            f"{corpus['n_groups_total']:,} groups in all: the smallest are merged as 'other groups'.")})
    analysed = acc.n_docs - acc.n_failed - sum(acc.other_languages.values())
    if analysed and acc.n_text_docs < analysed:
        out.append({"level": "note", "text": (
            f"{analysed - acc.n_text_docs:,} of {analysed:,} analysed documents came without their text (saved "
            "analyses): their words are missing from the distinguishing terms and the term plot.")})
    return out


def article_alerts(a: Any, art: Mapping[str, Any], *, model_ran: bool = False) -> list[dict[str, str]]:
    """Alerts for a one-article report from the :class:`~framing.analysis.Analysis` and its view data."""
    from framing.io import SKIPPED
    from framing.language import ENGLISH
    from framing.reporting.article import is_hidden_candidate

    out: list[dict[str, str]] = []
    err = a.error or ""
    skipped = err.startswith(SKIPPED)
    langs = {a.language: 1} if a.language != ENGLISH and not err else {}
    out += _common(langs, int(skipped), {err[len(SKIPPED):]: 1} if skipped else {},
                   int(bool(err) and not skipped), sum(1 for s in a.spans if is_hidden_candidate(s)),
                   not err and not langs and (model_ran or any(s.probability is not None for s in a.spans)))
    if not err and not langs and 0 < a.n_words < SHORT_ARTICLE_WORDS:
        out.append({"level": "note", "text": (
            f"A short text ({a.n_words} words): each loaded term moves its rate per 1,000 words by "
            f"{1000 / a.n_words:.0f}.")})
    return out
