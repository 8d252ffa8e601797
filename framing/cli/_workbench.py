"""The workbench actions of ``framing lexicons``: ``stats``, ``validate-against`` and ``import``.

Registered by :func:`add_workbench_actions` from ``framing/cli/lexicons.py``; heavy imports stay inside the
``run_*`` functions so that ``framing --help`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from framing.cli._common import add_csv_safety_arguments, add_input_arguments, input_paths, iter_records

__all__ = ["add_workbench_actions", "run_import", "run_stats", "run_validate_against"]


def _lexicon_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lexicon", action="append", default=[], metavar="PATH",
                   help="an extra lexicon (.tsv file or folder with manifest.toml); repeatable")
    p.add_argument("--no-builtin-lexicons", action="store_true", help="use only the lexicons given with --lexicon")


def add_workbench_actions(lsub: Any) -> None:
    ps = lsub.add_parser("stats", help="hits, documents, rates, quoted and negated shares per entry and category",
                         description="Hit statistics per lexicon entry and category over a corpus, and the "
                                     "entries that never fire.")
    add_input_arguments(ps)
    ps.add_argument("--group-by", metavar="COLUMN", help="break the figures down by this metadata column")
    ps.add_argument("--format", choices=["text", "json"], default="text", help="standard output format")
    ps.add_argument("--top", type=int, default=30, help="entries shown in text output (default 30)")
    ps.add_argument("--csv-dir", metavar="DIR", help="also write entries.csv, categories.csv and unused.csv here")
    ps.add_argument("--html", metavar="FILE", help="also write an HTML page")
    add_csv_safety_arguments(ps)
    ps.set_defaults(run=run_stats)

    pv = lsub.add_parser(
        "validate-against", help="precision, recall and F1 of the lexicons against hand-coded data",
        description="Score the lexicons against gold data: span JSONL, a PTC articles folder, sentence labels "
                    "(CSV) or a marked-up KWIC CSV. Prints overall, per-category and worst-entry figures with "
                    "bootstrap confidence intervals over documents (Wilson score intervals where a precision or "
                    "recall is 0 or 1, marked W).")
    pv.add_argument("gold", metavar="GOLD", help="a .jsonl file, a PTC articles folder, or a .csv file")
    pv.add_argument("--format", choices=["auto", "jsonl", "ptc", "csv", "kwic"], default="auto",
                    help="gold format (default: guessed)")
    pv.add_argument("--ptc-labels", metavar="FILE", help="PTC labels file (article, technique, start, end)")
    pv.add_argument("--gold-label", action="append", default=[], metavar="LABEL",
                    help="span labels that count as positive (repeatable; PTC default: Loaded_Language and "
                         "Name_Calling,Labeling; JSONL default: all)")
    pv.add_argument("--text-column", default="text", help="text column/key (default text)")
    pv.add_argument("--id-column", default=None, help="id column/key")
    pv.add_argument("--label-column", action="append", default=[], metavar="COLUMN",
                    help="sentence label column; repeat for several annotators (majority label + "
                         "Krippendorff's alpha)")
    pv.add_argument("--positive", action="append", default=[], metavar="VALUE",
                    help="label values that count as positive (repeatable; default 1/true/yes/biased/...)")
    pv.add_argument("--words-column", metavar="COLUMN", help="column listing each sentence's gold words "
                    "(e.g. BABE's biased_words): enables token-level scoring")
    pv.add_argument("--level", choices=["token", "sentence"], help="scoring unit (default: what the gold has)")
    pv.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                    help="bootstrap resamples (0: no intervals at all)")
    pv.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    pv.add_argument("--min-hits", type=int, default=5, help="hits an entry needs to be listed as worst")
    pv.add_argument("--top", type=int, default=25, help="rows of the worst-entries and missed-words lists")
    _lexicon_args(pv)
    pv.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    pv.add_argument("--entries-csv", metavar="FILE", help="write the per-entry table as CSV")
    pv.add_argument("--html", metavar="FILE", help="write an HTML page (chart, tables)")
    pv.add_argument("--kwic-samples", type=int, default=5, metavar="N",
                    help="KWIC lines per worst entry on the HTML page, marked by the gold (default 5; 0: none)")
    add_csv_safety_arguments(pv)
    pv.set_defaults(run=run_validate_against)

    pi = lsub.add_parser("import", help="convert a LIWC .dic, Empath TSV, term table or word list to our format",
                         description="Convert a LIWC-style .dic, an Empath-style category TSV, a term/category "
                                     "table or a plain word list into our lexicon format. 'word*' wildcards "
                                     "become inflect=prefix. A word listed under several categories keeps "
                                     "them all: give a folder as output (one file per category and a "
                                     "manifest.toml).")
    pi.add_argument("file", metavar="FILE")
    pi.add_argument("-o", "--output", required=True, metavar="OUT.tsv|FOLDER",
                    help="a .tsv file (one lexicon; refused when a word has several categories) or a folder "
                         "(one lexicon file per category plus manifest.toml; load it with --lexicon FOLDER)")
    pi.add_argument("--format", choices=["auto", "liwc", "empath", "table", "words"], default="auto")
    pi.add_argument("--category", help="category of a word list (default: the file name)")
    pi.add_argument("--weight", type=float, default=0.5, help="weight of every entry (default 0.5)")
    pi.add_argument("--skip-invalid", action="store_true",
                    help="skip lines that cannot be converted (listed on standard error) instead of stopping")
    pi.set_defaults(run=run_import)


def _fmt(v: Any, digits: int = 3) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def _ci(row: Any, m: str) -> str:
    mark = "W" if row.get(m + "_ci") == "wilson" else ""
    return f"{_fmt(row[m])} [{_fmt(row[m + '_lo'])}, {_fmt(row[m + '_hi'])}]{mark}"


def _write_text(path: str, text: str) -> None:
    from framing.io import atomic_writer

    with atomic_writer(path) as f:
        f.write(text)


def _write_csv(path: str, frame: Any, *, safe: bool) -> None:
    """A table as CSV; with ``safe`` (the default of every command) formula-like text cells are neutralised."""
    from pandas.api.types import is_numeric_dtype

    from framing.io import neutralize_formula

    if safe:
        frame = frame.copy()
        for col in frame.columns:
            if not is_numeric_dtype(frame[col]):  # object or string columns (pandas 3 has a str dtype)
                frame[col] = frame[col].map(neutralize_formula)
    _write_text(path, frame.to_csv(index=False))


def run_stats(args: argparse.Namespace) -> int:
    from pathlib import Path

    from framing.io import check_outputs
    from framing.pipeline import Analyzer
    from framing.workbench.stats import lexicon_stats

    tables = ("entries", "categories", "unused")
    csvs = [str(Path(args.csv_dir) / f"{name}.csv") for name in tables] if args.csv_dir else []
    check_outputs([("--html", args.html), *(("--csv-dir", p) for p in csvs)], input_paths(args))
    analyzer = Analyzer(scorers=["lexicon"], lexicons=args.lexicon, builtin_lexicons=not args.no_builtin_lexicons)
    records = (r for r in iter_records(args) if getattr(r, "error", None) is None)  # skipped ones were warned
    st = lexicon_stats(records, group_by=args.group_by, analyzer=analyzer)
    if args.csv_dir:
        for path, frame in zip(csvs, (st.entries, st.categories, st.unused), strict=True):
            _write_csv(path, frame, safe=args.csv_safe)
    if args.html:
        from framing.workbench.html import render_workbench_html

        _write_text(args.html, render_workbench_html(stats=st, title="Lexicon hit statistics"))
    if args.format == "json":
        print(json.dumps(_nan_to_none(st.to_dict()), ensure_ascii=False, default=str))
        return 0
    g = [args.group_by] if args.group_by else []
    print(f"{st.n_documents} documents, {st.n_words} words")
    print("\nCategories")
    print(st.categories.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"\nTop entries by hits ({min(args.top, len(st.entries))} of {len(st.entries)})")
    if len(st.entries):
        cols = [*g, "term", "category", "hits", "documents", "per_1k", "share_in_quote", "share_negated"]
        print(st.entries.head(args.top)[cols].to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"\nEntries that never fired: {len(st.unused)}")
    if len(st.unused):
        print(", ".join(st.unused["term"].head(60)) + (" ..." if len(st.unused) > 60 else ""))
    return 0


def _nan_to_none(obj: Any) -> Any:
    if isinstance(obj, float) and math.isnan(obj):
        return None
    if isinstance(obj, dict):
        return {k: _nan_to_none(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_nan_to_none(v) for v in obj]
    return obj


def run_validate_against(args: argparse.Namespace) -> int:
    from framing.io import check_outputs
    from framing.pipeline import Analyzer
    from framing.workbench.validate import load_gold, validate

    check_outputs([("--json", args.json), ("--entries-csv", args.entries_csv), ("--html", args.html)],
                  [args.gold, *([args.ptc_labels] if args.ptc_labels else []), *args.lexicon])
    gold = load_gold(args.gold, format=args.format, labels=args.gold_label or None, ptc_labels=args.ptc_labels,
                     text_column=args.text_column, label_columns=args.label_column,
                     positive_values=args.positive or None, words_column=args.words_column,
                     id_column=args.id_column)
    analyzer = None
    if gold.level != "kwic":
        analyzer = Analyzer(scorers=["lexicon"], lexicons=args.lexicon,
                            builtin_lexicons=not args.no_builtin_lexicons)
    res = validate(gold, level=args.level, analyzer=analyzer, n_boot=args.bootstrap, seed=args.seed,
                   min_hits=args.min_hits, top=args.top)
    o = res.overall
    print(f"{res.source}: {res.level} level, {res.n_documents} documents, {res.n_units} units, "
          f"{res.n_boot} bootstrap resamples ({round(100 * res.confidence)}% intervals)")
    if res.n_boot:
        print("intervals: percentile bootstrap over documents; W = Wilson score interval over units, used where "
              "a precision or recall is 0 or 1 (a bootstrap collapses there); an F1 of 0 or 1 marked W takes "
              "the F1 of those bounds")
    print(f"overall  P {_ci(o, 'precision')}  R {_ci(o, 'recall')}  F1 {_ci(o, 'f1')}  "
          f"(tp {o['tp']}, fp {o['fp']}, fn {o['fn'] if o['fn'] >= 0 else '-'})")
    if res.alpha is not None:
        print(f"Krippendorff's alpha (nominal) over {len(args.label_column)} label columns: {_fmt(res.alpha)}")
    print("\ncategory                    hits  precision               recall")
    for r in res.categories.to_dict(orient="records"):
        print(f"{r['category']:26} {r['hits']:>5}  {_ci(r, 'precision'):22}  {_ci(r, 'recall')}")
    if len(res.worst):
        print(f"\nlowest precision (>= {args.min_hits} hits): candidates to remove or constrain")
        for r in res.worst.to_dict(orient="records"):
            print(f"  {r['term']:28} {r['category']:22} hits {r['hits']:>4}  P {_ci(r, 'precision')}")
    if len(res.missed):
        print("\nmost frequent missed words: candidates to add")
        print("  " + ", ".join(f"{r['word']} ({r['count']})" for r in res.missed.to_dict(orient="records")))
    if args.json:
        _write_text(args.json, json.dumps(_nan_to_none(res.to_dict()), ensure_ascii=False, indent=1) + "\n")
    if args.entries_csv:
        _write_csv(args.entries_csv, res.entries, safe=args.csv_safe)
    if args.html:
        from framing.workbench.html import render_workbench_html

        samples = []
        if args.kwic_samples > 0 and gold.level != "kwic":
            from framing.workbench.validate import worst_entry_samples

            samples = worst_entry_samples(gold, res, analyzer=analyzer, per_entry=args.kwic_samples, seed=args.seed)
        _write_text(args.html, render_workbench_html(validation=res, kwic=samples, title="Lexicon validation"))
    return 0


def run_import(args: argparse.Namespace) -> int:
    import warnings

    from framing.io import check_outputs
    from framing.lexicon import validate_path
    from framing.workbench.imports import import_dictionary, write_lexicon_dir, write_lexicon_tsv

    check_outputs([("-o", args.output)], [args.file])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = import_dictionary(args.file, format=args.format, category=args.category, weight=args.weight,
                                strict=not args.skip_invalid)
    for err in res.skipped:
        print(f"framing: skipped {err}", file=sys.stderr)
    for notice in res.notices:
        print(f"framing: note: {notice}", file=sys.stderr)
    single = args.output.lower().endswith(".tsv")
    if single:
        write_lexicon_tsv(res, args.output)  # a LexiconError (exit 2) when a word has several categories
    else:
        write_lexicon_dir(res, args.output)
    _, errors = validate_path(args.output)
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    n_prefix = sum(e.inflect == "prefix" for e in res.entries)
    cats = sorted(set(res.categories.values()))
    shared = res.shared_terms()
    where = args.output if single else f"{args.output} ({len(res.by_category())} lexicon files and manifest.toml)"
    print(f"{where}: {len(res.entries)} entries ({n_prefix} wildcard prefixes, {len(shared)} words in several "
          f"categories) in {len(cats)} categories from {res.format} file {args.file}; "
          f"{len(res.skipped)} line(s) skipped")
    return 2 if errors else 0
