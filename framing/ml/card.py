"""A model's card: a structured summary (stored in ``manifest.json``) and the Markdown card, from the same data.

:func:`model_summary` builds the summary from a model's metadata; :func:`framing.ml.persist.save_model` stores it
under ``"summary"`` in the manifest and the report's methods appendix reads it from the loaded model, so the
appendix never parses Markdown. :func:`model_card_v2` writes ``MODEL_CARD.md`` from the same summary (title,
thresholds, headline metrics, training data and licences, intended use, limits), so the two cannot disagree.
:func:`refresh_summary` adds the summary to a model saved before it existed, without retraining.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["model_card_v2", "model_summary", "refresh_summary"]

#: licences of the data the default recipe trains on (``meta["training_data"]`` present)
_DEFAULT_LICENCES = (
    "BABE and MBIC (Spinde et al. 2021): repo `Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-"
    "Supervision-With-BABE` @ `fb79f646`, **AGPL-3.0**; PTC (Da San Martino et al. 2019) training split, "
    "**no licence stated**; Wiki Neutrality sample (Hube & Fetahu 2019), **no licence stated** (used for "
    "validation only, nothing of it is stored).",
    "Word table: wordfreq 3.1 (Speer; code Apache-2.0, data **CC BY-SA 4.0**: the Zipf buckets of "
    "{word_table_entries} table entries are derived data); word lists from "
    "`recasens2013-lexicons` (MIT repo; Riloff & Wiebe 2003, Hu & Liu 2004, Hyland 2005, Hooper 1975, "
    "Karttunen 1971: cite the originals).",
)
_INTENDED_USE = ("Research on loaded language and biased sentences in English-language news: a span tagger "
                 "(precision first) and a sentence probability, with evidence; not a verdict on an article.")
_LIMITS = (
    "Trained on US political news from 2017–2020 (BABE) and propaganda-heavy articles (PTC); "
    "nothing was tested on non-English text.",
    "Calibrated on BABE's balanced classes: on news where biased sentences are rare the probabilities "
    "are too high; compare like with like.",
    "The tagger's recall at the loaded threshold is low by design (precision first): its weight-0 "
    "candidates (`--candidates`) show what it would flag at the F1-best threshold.",
    "Sentences are `Document.sentences` (rule-based); sequences longer than 60 tokens are cut.",
)
#: (label, metrics key, value key) of the headline metrics, each with its ``<value>_ci``
_HEADLINE = (
    ("tagger F1, PTC tokens (out of fold, by article)", "ptc_token_cv_by_article", "f1"),
    ("tagger F1, BABE biased words (out of fold)", "babe_word_cv", "f1"),
    ("sentence ROC AUC, BABE (stratified cross-validation)", "babe_sentence_cv", "roc_auc"),
    ("sentence F1, BABE (stratified cross-validation)", "babe_sentence_cv", "f1"),
)


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def model_summary(model: Any) -> dict[str, Any]:
    """The model card's summary as plain JSON data (what the report's methods appendix shows).

    Keys: ``name``, ``title``, ``components``, ``thresholds`` (``decision``/``loaded`` of the tagger, when it has
    them), ``metrics`` (``label``, ``value``, ``ci`` [lo, hi] or None), ``training_data``, ``licences``,
    ``intended_use``, ``limits``, ``versions``, ``lexicons`` (name and version).
    """
    meta = model.meta
    m = meta.get("metrics", {}) if isinstance(meta.get("metrics"), Mapping) else {}
    comps = []
    if model.tagger is not None:
        comps.append(f"span tagger {type(model.tagger).__name__} ({getattr(model.tagger, 'name', '')})")
    if model.classifier is not None:
        comps.append(f"sentence model {type(model.classifier).__name__}")
    thresholds = {k: round(v, 4) for k, v in (
        ("decision", _num(getattr(model.tagger, "threshold_", None))),
        ("loaded", _num(getattr(model.tagger, "loaded_threshold_", None)))) if v is not None}
    metrics = []
    for label, sec, key in _HEADLINE:
        section = m.get(sec)
        if not isinstance(section, Mapping):
            continue
        value = _num(section.get(key))
        if value is None:
            continue
        raw = section.get(f"{key}_ci")
        ci = [_num(c) for c in raw] if isinstance(raw, (list, tuple)) and len(raw) == 2 else []
        metrics.append({"label": label, "value": round(value, 4),
                        "ci": [round(c, 4) for c in ci if c is not None] if len(ci) == 2 and None not in ci
                        else None})
    td = meta.get("training_data", {})
    training = [f"{k}: {v}" for k, v in td.items()] if isinstance(td, Mapping) else []
    default_recipe = bool(training) and meta.get("recipe") is not None
    licences = [str(x) for x in meta.get("licences", ())] or (
        [x.replace("{word_table_entries}", str(meta.get("word_table_entries", "?"))) for x in _DEFAULT_LICENCES]
        if default_recipe else [])
    return {
        "name": model.name,
        "title": f"Model card: `{model.name}`" + (" (framing's default ML model)" if default_recipe else ""),
        "components": comps,
        "thresholds": thresholds,
        "metrics": metrics,
        "training_data": training,
        "licences": licences,
        "intended_use": str(meta.get("intended_use", _INTENDED_USE if default_recipe else "")),
        "limits": [str(x) for x in meta.get("limits", _LIMITS if default_recipe else ())],
        "versions": {str(k): str(v) for k, v in dict(meta.get("versions", {})).items()},
        "lexicons": [f"{x['name']} {x['version']}" for x in meta.get("lexicons", ())
                     if isinstance(x, Mapping) and "name" in x],
    }


def refresh_summary(path: str | os.PathLike[str]) -> dict[str, Any]:
    """One-off: add the summary to the manifest of a model saved before summaries existed; no retraining.

    The model is loaded first (so every file's sha256 is checked against the manifest), the summary is built
    from the metadata and metrics already in the manifest and written under ``"summary"``; the hashed files
    (arrays, vocabulary, lexicons) are untouched, so their sha256 in the manifest stay right. ``MODEL_CARD.md``
    beside it is rewritten from the same data when the model came from the default recipe. Used once for the
    shipped model: ``python -c "from framing.ml.card import refresh_summary; refresh_summary('framing/models/
    default')"``.
    """
    from framing.ml.persist import load_model

    root = Path(path)
    model = load_model(root)
    summary = model_summary(model)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    manifest["summary"] = summary
    text = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    tmp = root / "manifest.json.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, root / "manifest.json")
    if model.meta.get("recipe") is not None and (root / "MODEL_CARD.md").is_file():
        (root / "MODEL_CARD.md").write_text(model_card_v2(model), encoding="utf-8")
    return summary


def _ci(m: Mapping[str, Any], key: str) -> str:
    lo, hi = m.get(f"{key}_ci", (float("nan"), float("nan")))
    return f"{m[key]:.3f} [{lo:.3f}, {hi:.3f}]"


def _verdict(value: float, target: float) -> str:
    return "met" if value >= target else "**not met**"


def model_card_v2(model: Any) -> str:
    meta = model.meta
    summary = model_summary(model)
    m = meta.get("metrics", {})
    tag, sen = model.tagger, model.classifier
    ptc, babe_w = m.get("ptc_token_cv_by_article", {}), m.get("babe_word_cv", {})
    cv = m.get("babe_sentence_cv", {})
    lines = [
        f"# {summary['title']}",
        "",
        "Plain arrays and JSON (`manifest.json`, `arrays.npz`, `vocab.json`, `lexicons.json`; loaded with "
        "`allow_pickle=False`, every file checked against the sha256 in the manifest). The lexicons the model was "
        "trained with are embedded in `lexicons.json` (content + sha256): the model loads from any folder, and "
        "editing a lexicon file afterwards does not change its predictions.",
        "",
        f"- **Loaded-language tagger** (`CRFTagger`, spans with `lexicon = \"{tag.name}\"`): a linear-chain CRF "
        f"(python-crfsuite, L-BFGS, c1 = {tag.c1}, c2 = {tag.c2}, {tag.max_iterations} iterations) over "
        "sentences with labels O/L. Attributes: the word, its stem, 3/4-letter suffixes, 4-letter prefix, shape, "
        "hyphen parts, function word, VADER valence, the word table (wordfreq Zipf bucket; membership in the "
        "Recasens et al. 2013 NPOV bias lexicon, Riloff & Wiebe strong/weak subjectives, Hu & Liu opinion "
        "words, report verbs, hedges, factives, assertives, implicatives), the words up to "
        f"{tag.window} positions left and right, the shipped lexicons' categories on the token and its "
        "neighbours, inside a quotation, right after an opening quote mark, sentence edges; part of speech is a "
        "hook (`pos=`), unused until a POS tagger ships. Inference is framing's own exact forward-backward over "
        "the exported weights (equal to crfsuite's marginals, tested); crfsuite is needed only to train.",
        f"- **One definition of loaded**: a span's probability is the highest token marginal in it. Spans at or "
        f"above the *loaded threshold* **{tag.loaded_threshold_:.3f}** are loaded evidence (category "
        "`loaded_model`, `weight` = probability rounded to 3 places, counted in `loaded_index` like lexicon "
        f"spans); spans between the decision threshold {tag.threshold_:.3f} (F1-best on PTC out-of-fold tokens) "
        "and the loaded threshold are weight-0 candidates (`loaded_model_candidate`, only with `framing analyze "
        "--candidates`). " + (
            f"The loaded threshold was set from editor judgments: {meta['loaded_threshold_source']} (the threshold "
            "from out-of-fold PTC + BABE overlap would have been "
            f"{float(meta.get('loaded_threshold_oof') or 'nan'):.3f})."
            if meta.get("loaded_threshold_source") else
            "The loaded threshold is the lowest probability at which out-of-fold spans on PTC + BABE "
            f"words are right (overlap a gold span) at least {meta.get('target_precision', 0.85):.0%} of the time."),
        f"- **Sentence model** (`SentenceModel`): logistic regression (C = {sen.C}) over span evidence (loaded "
        "lexicon spans, the tagger's marginals, word-list hits, VADER valence; counts as log(1 + n)), the quoted "
        f"share, and word unigrams (min_df {sen.min_df}) each worth {sen.word_scale} / sqrt(words), so that short "
        "sentences cannot reach extreme scores on a word or two. The sentence's length and a final question "
        + ("mark are features too. " if sen.form_features else "mark are left out (weight 0): on BABE, short "
           "sentences and questions are more often biased once the evidence is counted, which does not transfer "
           "(the old classifier scored \"What does Donald Trump think?\" 0.96). ") +
        (f"Also left out (weight 0), because the weight BABE gives them did not carry over to the other data sets "
         f"(chosen on one half of each test set, `benchmarks/sentence_transfer.py`): "
         f"{', '.join(f'`{n}`' for n in sen.exclude)}. " if getattr(sen, "exclude", ()) else "") +
        "Evaluated as look-ups (no vectorizer at inference); `top_terms` are the words with the largest positive "
        "logit contributions (their own weight plus the lexicon and tagger features shared among the words that "
        "raised them); function words (scikit-learn's English stop words) are listed only when no content word "
        "raised the sentence.",
        "",
        "## Training data and licences",
        "",
    ]
    td = meta.get("training_data", {})
    for k, v in td.items():
        lines.append(f"- {k}: {v}.")
    lines += [f"- {x}" for x in summary["licences"]]
    lines += [
        "- The stored weights are derived from these data sets; `vocab.json` holds attribute names (words seen in "
        "PTC/BABE and their neighbours), no sentence. Treat the model as a research artefact until the licence "
        "question (AGPL data, unlicensed PTC) is settled; `framing train` rebuilds it from data you may ship.",
        "",
        "## Exact command",
        "",
        "```",
        meta.get("command") or "framing train --default-from ../shared/data -o framing/models/default",
        "```",
        "",
        f"Seed {meta.get('seed')}, {meta.get('folds')}-fold cross-validation, bootstrap CIs (1,000 resamples over "
        f"documents/sentences); versions {meta.get('versions')}. Lexicons at training time: "
        + ", ".join(f"{x['name']} {x['version']}" for x in meta.get("lexicons", [])) + ".",
        "",
    ]
    cv_lex = meta.get("cv_lexicons")
    if cv_lex is not None and cv_lex != meta.get("lexicons"):
        lines += [
            "**The cross-validation below (tagger metrics, out-of-fold spans, the thresholds picked from them, and "
            "the BABE evidence of the sentence model) ran with earlier lexicons** ("
            + ", ".join(f"{x['name']} {x['version']}" for x in cv_lex) + "; `--cv-cache`); the final tagger and "
            "sentence model were fitted with the lexicons above. Rerun without the cache to refresh them.",
            "",
        ]
    lines += [
        "",
        "## Tagger metrics (token level, `span_f1.py` rule; out of fold)",
        "",
        "| data | protocol | threshold | precision | recall | F1 | target |",
        "|---|---|---|---|---|---|---|",
    ]
    if ptc:
        lines.append(f"| PTC train, Loaded_Language + Name_Calling,Labeling | {meta.get('folds')}-fold by article, "
                     f"BABE words added to every training fold | {ptc['threshold']:.3f} | {_ci(ptc, 'precision')} | "
                     f"{_ci(ptc, 'recall')} | {_ci(ptc, 'f1')} | ≥ 0.40: {_verdict(ptc['f1'], 0.40)} |")
    if babe_w:
        lines.append(f"| BABE expert biased words | {meta.get('folds')}-fold by sentence, PTC added to every training "
                     "fold | "
                     f"{babe_w['threshold']:.3f} | {_ci(babe_w, 'precision')} | {_ci(babe_w, 'recall')} | "
                     f"{_ci(babe_w, 'f1')} | ≥ 0.50: {_verdict(babe_w['f1'], 0.50)} |")
    for k, v in m.get("loaded_metrics", {}).items():
        lines.append(f"| {k} (loaded spans only) | as above | {v['threshold']:.3f} | {_ci(v, 'precision')} | "
                     f"{_ci(v, 'recall')} | {_ci(v, 'f1')} | – |")
    lines += ["", "Previous tagger (per-token logistic regression, `tagger-v1`): PTC 0.272, BABE words 0.441.", "",
              "### Span precision of out-of-fold spans (PTC + BABE words; right = overlaps a gold span)", "",
              "| span probability ≥ | spans (PTC / BABE) | right | precision [Wilson 95%] |", "|---|---|---|---|"]
    for row in m.get("span_precision_oof", []):
        lo, hi = row["ci"]
        lines.append(f"| {row['threshold']} | {row['spans']} ({row['ptc_spans']} / {row['babe_spans']}) | "
                     f"{row['right']} | {row['precision']:.3f} [{lo:.3f}, {hi:.3f}] |")
    lines += ["", "Gold spans are incomplete (PTC marks propaganda, BABE marks a few words per sentence), so this "
              "precision is a lower bound of what an expert would accept; the target (expert-judged precision ≥ "
              "0.85 on news) is checked on held-out news by others.", ""]
    for row in m.get("ablations", []):
        lines.append(row)
    lines += ["## Sentence model", "",
              "| evaluation | n | precision | recall | F1 | ROC AUC |", "|---|---|---|---|---|---|"]
    if cv:
        lines.append(f"| BABE SG2, stratified {meta.get('folds')}-fold (the published comparison; old classifier "
                     f"0.766) | {cv['n']} | "
                     f"{_ci(cv, 'precision')} | {_ci(cv, 'recall')} | {_ci(cv, 'f1')} | {_ci(cv, 'roc_auc')} |")
    lines += ["", "### Across data sets (train on one, test on another; target ROC AUC ≥ 0.70 in every direction)",
              "", "| train → test | n train | n test | ROC AUC [95% CI] | target |", "|---|---|---|---|---|"]
    for k, v in m.get("cross_dataset", {}).items():
        lines.append(f"| {k.replace('->', ' → ')} | {v['n_train']} | {v['n_test']} | {_ci(v, 'roc_auc')} | "
                     f"{_verdict(v['roc_auc'], 0.70)} |")
    lines += ["", "Sentences found in both sets are removed from the larger one (MBIC's sentences are nearly all in "
              "BABE). BABE sentence evidence uses out-of-fold tagger marginals; MBIC and WikiNPOV use the final "
              "tagger (trained on PTC + BABE words: MBIC's words were marked by other annotators, WikiNPOV was "
              "never seen).", "",
              "### Reliability (BABE, out-of-fold probabilities)", "",
              "| probability bin | sentences | mean predicted | observed biased share |", "|---|---|---|---|"]
    for row in m.get("reliability_babe_oof", []):
        lines.append(f"| {row['bin']} | {row['n']} | {row['mean_predicted']:.3f} | {row['observed']:.3f} |")
    lines += ["", "## Intended use", "", summary["intended_use"], "", "## Known limits", ""]
    lines += [f"- {x}" for x in summary["limits"]] + [""]
    return "\n".join(lines)
