"""``framing evaluate``: cross-validate on labelled data, or score a saved model against it."""

from __future__ import annotations

import argparse
import json
from typing import Any

from framing.cli.train import add_data_arguments


def add_parser(sub: Any) -> None:
    p = sub.add_parser("evaluate", help="P/R/F1 and ROC AUC with bootstrap 95%% CIs (k-fold CV or a saved model)",
                       description="Without --model: k-fold cross-validation (stratified for sentences, by "
                       "article for spans) with a fixed seed. With --model DIR (or 'default'): evaluate that "
                       "model on the data as given. Span metrics are token-level (the span_f1.py rule).")
    add_data_arguments(p)
    p.add_argument("--model", metavar="DIR", help="a saved model folder, or 'default' for the shipped model")
    p.add_argument("--folds", type=int, default=5, help="number of folds (default 5)")
    p.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples (default 1000)")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from framing.document import Document
    from framing.exceptions import InputError
    from framing.ml.evaluate import (
        classification_metrics,
        cross_validate_classifier,
        cross_validate_tagger,
        format_metrics,
        span_metrics,
        span_token_counts,
    )
    from framing.ml.persist import default_model, load_model
    from framing.ml.train import (
        DEFAULT_CLASSIFIER_PARAMS,
        DEFAULT_TAGGER_PARAMS,
        DEFAULT_TECHNIQUES,
        classifier_params,
        lexicon_spans_for,
        read_ptc,
        read_sentences,
        word_spans,
    )

    if not args.sentences and not args.ptc:
        raise InputError("framing evaluate needs --sentences FILE and/or --ptc ARTICLES_DIR LABELS_FILE.")
    if args.folds < 2:
        raise InputError(f"--folds must be at least 2, got {args.folds}.")
    model = None
    if args.model:
        model = default_model() if args.model == "default" else load_model(args.model)
    results: dict[str, Any] = {}
    span_sets = []
    if args.sentences:
        data = read_sentences(args.sentences, text_column=args.text_column, label_column=args.label_column,
                              biased_words_column=args.biased_words_column)
        if model is None:
            results["sentences_cv"] = cross_validate_classifier(data.texts, data.labels, biased_words=data.biased_words,
                                                                folds=args.folds, seed=args.seed, n_boot=args.n_boot,
                                                                params=classifier_params(DEFAULT_CLASSIFIER_PARAMS))
        elif model.classifier is not None:
            proba = model.classifier.predict_proba(data.texts)[:, 1]
            results["sentences"] = classification_metrics(data.labels, proba, n_boot=args.n_boot, seed=args.seed)
        if data.biased_words is not None:
            span_sets.append(("words", data.texts, word_spans(data.texts, data.biased_words)))
    if args.ptc:
        ptc = read_ptc(args.ptc[0], args.ptc[1], techniques=args.techniques or DEFAULT_TECHNIQUES)
        span_sets.append(("ptc", ptc.texts, ptc.spans))
    for name, texts, spans in span_sets:
        lex = lexicon_spans_for(texts)[0]
        if model is None:
            results[f"{name}_tokens_cv"] = cross_validate_tagger(texts, spans, folds=args.folds, seed=args.seed,
                                                                 n_boot=args.n_boot, lexicon_spans=lex,
                                                                 params=DEFAULT_TAGGER_PARAMS)
        elif model.tagger is not None:
            counts = []
            for i, t in enumerate(texts):
                pred = model.tagger.predict_spans(Document(t), lex[i] if lex else (), skip_covered=False)
                counts.append(span_token_counts(t, spans[i], [(s.start, s.end) for s in pred]))
            results[f"{name}_tokens"] = span_metrics(counts, n_boot=args.n_boot, seed=args.seed)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("\n".join(format_metrics(k, v) for k, v in results.items()))
    return 0
