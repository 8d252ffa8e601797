"""The lexicon workbench: hit statistics, keyword in context, validation against hand-coded data, imports of
LIWC-style dictionaries, and an HTML page for the results.

Heavy modules load on first use: ``from framing.workbench import validate`` is cheap.

Command line::

    framing lexicons stats CORPUS --group-by outlet            # hits, rates, quoted/negated shares, unused entries
    framing kwic regime CORPUS --sample 50 --seed 1 --format csv -o regime.csv   # mark the 'correct' column y/n
    framing lexicons validate-against regime.csv               # precision from the marked lines
    framing lexicons validate-against GOLD.jsonl --html v.html # span gold: P/R/F1 per entry/category, 95% CIs
    framing lexicons validate-against ARTICLES/ --ptc-labels train-task2-TC.labels
    framing lexicons validate-against babe.csv --words-column biased_words       # or --label-column (repeatable)
    framing lexicons import moral.dic -o moral/                # LIWC .dic, Empath TSV/CSV, tables, word lists

Python::

    from framing.workbench import kwic, lexicon_stats, load_gold, validate
    result = validate(load_gold("gold.jsonl"), lexicons=["my.tsv"])
    result.worst, result.missed, result.entries, result.categories, result.overall
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "KwicLine",
    "LexiconStats",
    "ValidationResult",
    "import_dictionary",
    "krippendorff_alpha",
    "kwic",
    "lexicon_stats",
    "load_gold",
    "render_workbench_html",
    "validate",
    "validate_judgements",
]

_LAZY = {
    "KwicLine": "framing.workbench.kwic",
    "kwic": "framing.workbench.kwic",
    "LexiconStats": "framing.workbench.stats",
    "lexicon_stats": "framing.workbench.stats",
    "ValidationResult": "framing.workbench.validate",
    "krippendorff_alpha": "framing.workbench.validate",
    "load_gold": "framing.workbench.gold",
    "validate": "framing.workbench.validate",
    "validate_judgements": "framing.workbench.validate",
    "import_dictionary": "framing.workbench.imports",
    "render_workbench_html": "framing.workbench.html",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'framing.workbench' has no attribute {name!r}")
