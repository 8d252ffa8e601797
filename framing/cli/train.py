"""``framing train``: train a sentence classifier and/or span tagger and save it as a model folder."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_data_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sentences", metavar="FILE", help="CSV/JSONL of sentences with a text and a label column")
    p.add_argument("--text-column", default="text", help="text column (default: text)")
    p.add_argument("--label-column", default="label",
                   help="label column: 0/1, true/false or Biased/Non-biased (default: label)")
    p.add_argument("--biased-words-column", default=None,
                   help="column with the words marked biased (a list); adds the bias-word prior and word spans")
    p.add_argument("--ptc", nargs=2, metavar=("ARTICLES_DIR", "LABELS_FILE"),
                   help="span-annotated articles in PTC format (article<TAB>technique<TAB>start<TAB>end)")
    p.add_argument("--techniques", nargs="+", default=None,
                   help="PTC techniques that count as loaded (default: Loaded_Language Name_Calling,Labeling)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")


def add_parser(sub: Any) -> None:
    p = sub.add_parser("train", help="train a sentence bias classifier and/or loaded-language tagger",
                       description="Train from labelled sentences (CSV/JSONL) and/or PTC span-annotated articles "
                       "and save the model as plain arrays + JSON. With --default-from, rebuild the shipped "
                       "default model from ../shared/data.")
    add_data_arguments(p)
    p.add_argument("--default-from", metavar="DATA_DIR",
                   help="rebuild the default model from this data folder (BABE + PTC), with cross-validation")
    p.add_argument("--no-eval", action="store_true",
                   help="with --default-from: the previous recipe (TF-IDF classifier, logistic-regression tagger) "
                   "without cross-validation; the default recipe (CRF tagger, evidence sentence model) always "
                   "cross-validates, since its thresholds come from out-of-fold predictions")
    p.add_argument("--cv-cache", metavar="DIR", default=None,
                   help="with --default-from: keep the tagger's out-of-fold predictions here and reuse them when "
                   "present (only the final models are then fitted)")
    p.add_argument("--loaded-threshold", type=float, default=None, metavar="P",
                   help="with --default-from: the tagger's loaded threshold, calibrated elsewhere (e.g. against "
                   "editor judgments: benchmarks/judge_precision.py --calibrate); default: from out-of-fold "
                   "PTC + BABE span precision")
    p.add_argument("--loaded-threshold-source", default="", metavar="TEXT",
                   help="with --loaded-threshold: how it was calibrated, for the model card")
    p.add_argument("--name", default="custom-v1", help="model name (the tagger spans' lexicon field)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="model folder to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from framing.exceptions import InputError
    from framing.ml.persist import BiasModel, save_model
    from framing.ml.train import (
        DEFAULT_TECHNIQUES,
        SpanData,
        read_ptc,
        read_sentences,
        train_classifier,
        train_default,
        train_tagger,
        word_spans,
    )

    if args.default_from:
        cmd = "framing train --default-from " + args.default_from + " -o " + args.output + \
            (f" --seed {args.seed}" if args.seed else "") + (" --no-eval" if args.no_eval else "") + \
            (f" --loaded-threshold {args.loaded_threshold}" if args.loaded_threshold is not None else "")
        if args.no_eval:
            model = train_default(args.default_from, args.output, seed=args.seed, evaluate=False, command=cmd)
        else:
            from framing.ml.recipe import train_default_v2

            model = train_default_v2(args.default_from, args.output, seed=args.seed, command=cmd,
                                     cv_cache=args.cv_cache, loaded_threshold_override=args.loaded_threshold,
                                     loaded_threshold_source=args.loaded_threshold_source,
                                     log=lambda msg: print(f"framing train: {msg}", file=sys.stderr, flush=True))
        print(f"wrote {args.output} ({model.name})", file=sys.stderr)
        return 0
    if not args.sentences and not args.ptc:
        raise InputError("framing train needs --sentences FILE and/or --ptc ARTICLES_DIR LABELS_FILE "
                         "(or --default-from DATA_DIR).")
    clf = None
    span_sets: list[SpanData] = []
    meta: dict[str, Any] = {"command": "framing train " + " ".join(sys.argv[2:]), "seed": args.seed}
    if args.sentences:
        data = read_sentences(args.sentences, text_column=args.text_column, label_column=args.label_column,
                              biased_words_column=args.biased_words_column)
        clf = train_classifier(data, seed=args.seed)
        meta["classifier_data"] = f"{data.source}: {len(data.texts)} sentences, {data.skipped} skipped"
        if data.biased_words is not None:
            span_sets.append(SpanData(data.texts, word_spans(data.texts, data.biased_words), source=data.source))
    if args.ptc:
        span_sets.append(read_ptc(args.ptc[0], args.ptc[1], techniques=args.techniques or DEFAULT_TECHNIQUES))
    tagger = None
    if span_sets:
        tagger = train_tagger(span_sets, seed=args.seed, params={"name": args.name})
        meta["tagger_data"] = ", ".join(d.source for d in span_sets)
    save_model(BiasModel(name=args.name, classifier=clf, tagger=tagger, meta=meta), args.output)
    print(f"wrote {args.output} ({args.name}: "
          f"{'classifier' if clf is not None else ''}{' + ' if clf is not None and tagger is not None else ''}"
          f"{'tagger' if tagger is not None else ''})", file=sys.stderr)
    return 0
