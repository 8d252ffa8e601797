"""Issue 12 item 2, session 17: a per-use disambiguation classifier P(loaded | lexicon hit in context), evaluated by
grouped cross-validation on development judgments only.

Training data (blind editor judgments of lexicon hits on AllSides development lines 0-1999):
``benchmarks/data/entry_vetting_s15_*`` (556 items) and ``entry_vetting_s16_*`` (708 items). Texts are read from
``../shared/data/allsides-news-sample/news.jsonl`` (0-based lines). Held-out lines 2000-2999 are never read here.

Features are computed from the Document around the hit and generalise across entries (quote marks around the word,
a naming/metalinguistic word before, a negator or denial in the clause, capitalised neighbours, the hit's and the
neighbours' part of speech, sentence position, in_quote, category and weight) plus, optionally, a smoothed
per-entry prior computed from the TRAINING folds only (an unseen entry gets the training mean).

Evaluation: LogisticRegression, grouped 5-fold CV with group = entry term (must generalise to unseen entries) and
group = article line. The demotion threshold is chosen INSIDE each outer training set (inner grouped CV): the
highest threshold whose inner loss of loaded hits is <= 4%; the outer fold applies it. Reported: precision of kept
hits and share of loaded hits lost, with Wilson intervals, against keeping everything.

Shipping rule (fixed in the brief before any held-out number): ship only if, in grouped CV, precision of kept hits
rises by >= 3 points while losing <= 5% of the loaded hits.

    python benchmarks/lexicon_sense_cv.py            # CV tables (about two minutes)
    python benchmarks/lexicon_sense_cv.py --extra    # the same with the extra training-only judgments

Result (session 17, ``benchmarks/results/lexicon_sense_cv*.txt``, ``benchmarks/data/README_judge.md``): on the
1,007 hits still loaded with lexicons 1.3.6 (precision 0.916) the classifier reaches AUC 0.58-0.63 and raises the
precision of kept hits by at most half a point; the rule is not met, so nothing of this is wired into framing.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.document import Document  # noqa: E402
from framing.matcher import NEGATORS, Matcher  # noqa: E402
from framing.stats import wilson_interval as wilson  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
ROUNDS = ("s15", "s16")

_WORD_RE = re.compile(r"[\w'’-]+")
_QUOTES = "\"“”‘’'«»"
#: Words that mention a word rather than use it ("the word", "the label", "called", "dubbed", "so-called").
META_WORDS = frozenset("""word words term terms label labels phrase phrases slur slurs epithet epithets name names
    moniker nickname""".split())
NAMING_WORDS = frozenset("""called call calls calling dubbed dub dubs dubbing branded brand brands branding labeled
    labelled label labels labeling labelling so-called deemed termed nicknamed""".split())
DENIAL_WORDS = frozenset("""deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed
    refute refuted avoid avoids avoided avoiding stop stopped accused accuse accuses accusing allegedly alleged
    whether""".split())
NEG = NEGATORS | {"n't", "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "won't", "can't", "never"}
CATEGORIES = ("emotive", "pejorative_label", "attribution_loaded", "loaded_verb", "delegitimiser", "dysphemism",
              "euphemism", "ideological_label", "war_metaphor", "stance_adverb", "loaded_idiom")
TAGS = ("NOUN", "VERB", "ADJ", "ADV", "PROPN")

FEATURES = (
    "in_quote", "quote_adjacent", "meta_before", "naming_before", "negated", "denial_before", "cap_mid",
    "cap_prev", "cap_next", "all_caps", "headline", "first_sentence", "multiword", "prev_det", "next_noun",
    "next_of", "prev_adj_noun", "question", "weight", "sentence_words",
    *(f"pos_{t}" for t in TAGS), *(f"next_{t}" for t in ("VERB", "ADJ", "PROPN")),
    *(f"cat_{c}" for c in CATEGORIES),
)


def hit_features(doc: Document, start: int, end: int, category: str, weight: float, in_quote: bool,
                 cache: dict | None = None) -> dict[str, float]:
    """Feature values of the lexicon hit ``doc.text[start:end]`` (all cheap: string tests on the clause around it
    and the part-of-speech tags of a short window, shared with the matcher's pos rules)."""
    text = doc.text
    f: dict[str, float] = dict.fromkeys(FEATURES, 0.0)
    f["in_quote"] = float(in_quote)
    f["weight"] = float(weight)
    f["multiword"] = float(" " in text[start:end].strip())
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    f["quote_adjacent"] = float(any(c in _QUOTES for c in before[-1:]) or (any(c in _QUOTES for c in after[:1])
                                and not after.startswith("'s") and not after.startswith("’s")))
    si = doc.sentence_index(start)
    if si >= 0 and start < doc.sentences[si][1]:
        lo, hi = doc.sentences[si]
    else:
        lo, hi = max(0, start - 200), min(len(text), end + 200)
        si = -1
    sent = text[lo:hi]
    f["first_sentence"] = float(si == 0)
    nl = text.find("\n", 0)
    f["headline"] = float(nl < 0 or start < nl)
    f["question"] = float(sent.rstrip().endswith("?"))
    f["sentence_words"] = min(len(_WORD_RE.findall(sent)), 60) / 30.0
    prev_words = _WORD_RE.findall(text, max(lo, start - 60), start)
    # clause before: cut at the last clause punctuation
    clause_lo = max(lo, start - 80)
    for c in ".;:!?(\n":
        k = text.rfind(c, clause_lo, start)
        if k >= 0:
            clause_lo = max(clause_lo, k + 1)
    clause_words = [w.lower() for w in _WORD_RE.findall(text, clause_lo, start)]
    last3 = [w.lower() for w in prev_words[-3:]]
    f["meta_before"] = float(any(w in META_WORDS for w in last3))
    f["naming_before"] = float(any(w in NAMING_WORDS for w in last3))
    f["negated"] = float(any(w in NEG or w.endswith("n't") or w.endswith("n’t") for w in clause_words[-5:]))
    f["denial_before"] = float(any(w in DENIAL_WORDS for w in clause_words[-6:]))
    hit = text[start:end]
    f["all_caps"] = float(sum(c.isupper() for c in hit) > 1 and hit.upper() == hit)
    at_start = start == lo or text[lo:start].strip(" \"“‘'([") == ""
    f["cap_mid"] = float(hit[:1].isupper() and not at_start and not f["all_caps"])
    if prev_words:
        p = prev_words[-1]
        f["cap_prev"] = float(p[:1].isupper() and text[lo:start].strip(" \"“‘'([").find(p) > 0 and not p.isupper())
    next_words = _WORD_RE.findall(text, end, min(hi, end + 40))
    if next_words:
        n = next_words[0]
        f["cap_next"] = float(n[:1].isupper() and not n.isupper())
        f["next_of"] = float(n.lower() == "of")
    spans, tags, k = Matcher._pos_window(doc, start, {} if cache is None else cache)
    if 0 <= k < len(tags):
        t = tags[k]
        if f"pos_{t}" in f:
            f[f"pos_{t}"] = 1.0
        j = k
        while j + 1 < len(spans) and spans[j + 1][0] < end:
            j += 1
        if j + 1 < len(tags):
            nt = tags[j + 1]
            f["next_noun"] = float(nt == "NOUN")
            if f"next_{nt}" in f:
                f[f"next_{nt}"] = 1.0
        if k > 0:
            f["prev_det"] = float(tags[k - 1] == "DET")
            f["prev_adj_noun"] = float(tags[k - 1] in ("ADJ", "NOUN"))
    if f"cat_{category}" in f:
        f[f"cat_{category}"] = 1.0
    return f


def load_lines(lines: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    with open(NEWS, encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            if i in lines:
                out[i] = json.loads(raw)["text"]
            if i >= 2000:
                break
    return out


def load_items() -> list[dict]:
    items = []
    for rnd in ROUNDS:
        sheet = {r["item"]: r for r in csv.DictReader(open(DATA / f"entry_vetting_{rnd}_sheet.csv", encoding="utf-8"))}
        for r in csv.DictReader(open(DATA / f"entry_vetting_{rnd}_key.csv", encoding="utf-8")):
            j = sheet[r["item"]]["judgment"].strip()
            if j not in ("0", "1"):
                continue
            line = int(r["line"])
            assert line < 2000, line
            items.append({"round": rnd, "item": r["item"], "line": line, "start": int(r["start"]), "end": int(r["end"]),
                          "term": r["term"], "lexicon": r["lexicon"], "category": r["category"],
                          "weight": float(r["weight"]), "in_quote": r["in_quote"] in ("1", "yes", "True"),
                          "y": int(j)})
    return items


def load_extra() -> list[dict]:
    """Training-only development judgments (never evaluated): ``judge_dev_lexicon_*`` (150 lexicon spans on lines
    0-999, judged blind) and ``lexicon_entry_review_dev*.tsv`` (KWIC lines on lines 0-999, judged by an annotator who
    saw the entry, i.e. not blind to it)."""
    items = []
    sheet = {r["item"]: r for r in csv.DictReader(open(DATA / "judge_dev_lexicon_sheet.csv", encoding="utf-8"))}
    for r in csv.DictReader(open(DATA / "judge_dev_lexicon_key.csv", encoding="utf-8")):
        j = sheet[r["item"]]["judgment"].strip()
        if j in ("0", "1") and r["source"] == "lexicon":
            items.append({"round": "judge_dev_lexicon", "item": r["item"], "line": int(r["line"]),
                          "start": int(r["start"]), "end": int(r["end"]), "term": r["term"], "lexicon": r["lexicon"],
                          "category": r["category"], "weight": float(r["weight"]), "in_quote": r["in_quote"] == "yes",
                          "y": int(j)})
    for path in sorted(DATA.glob("lexicon_entry_review_dev*.tsv")):
        for i, r in enumerate(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t")):
            j = r["judgment"].strip()
            if j in ("0", "1"):
                items.append({"round": path.stem, "item": str(i), "line": int(r["line"]), "start": int(r["start"]),
                              "end": int(r["end"]), "term": r["term"], "lexicon": r["lexicon"],
                              "category": r["category"], "weight": float(r["weight"]),
                              "in_quote": r["in_quote"] in ("1", "yes"), "y": int(j)})
    for it in items:
        assert it["line"] < 2000, it
    return items


def current_weights(items: list[dict], texts: dict[int, str]) -> None:
    """Set ``item["now"]``: the hit is still a weight>0, non-negated span of the shipped lexicons (the population
    the classifier would act on), and ``item["now_weight"]``."""
    from framing.lexicon import resolve_lexicons
    matcher = Matcher(resolve_lexicons(None, builtin=True))
    by_line: dict[int, dict[tuple[int, int], float]] = {}
    for line in {it["line"] for it in items}:
        spans = matcher.find(Document(texts[line]))
        by_line[line] = {(s.start, s.end): s.weight for s in spans if s.weight > 0 and not s.negated}
    for it in items:
        w = by_line[it["line"]].get((it["start"], it["end"]))
        it["now"] = w is not None
        it["now_weight"] = w if w is not None else 0.0


def featurise(items: list[dict], texts: dict[int, str]) -> np.ndarray:
    docs: dict[int, Document] = {}
    rows = []
    for it in items:
        doc = docs.get(it["line"])
        if doc is None:
            doc = docs[it["line"]] = Document(texts[it["line"]])
        f = hit_features(doc, it["start"], it["end"], it["category"], it["weight"], it["in_quote"])
        rows.append([f[n] for n in FEATURES])
    return np.array(rows, dtype=float)


def entry_prior(terms_tr: list[str], y_tr: np.ndarray, terms: list[str], alpha: float = 4.0,
                loo: bool = False) -> np.ndarray:
    """Smoothed share of loaded judgments per entry, from training items only ((k + alpha*m) / (n + alpha));
    with ``loo`` each training item's own judgment is left out of its value."""
    m = float(y_tr.mean())
    k: dict[str, float] = defaultdict(float)
    n: dict[str, int] = defaultdict(int)
    for t, y in zip(terms_tr, y_tr, strict=True):
        k[t] += y
        n[t] += 1
    if loo:
        return np.array([(k[t] - y + alpha * m) / (n[t] - 1 + alpha) for t, y in zip(terms, y_tr, strict=True)])
    return np.array([(k.get(t, 0.0) + alpha * m) / (n.get(t, 0) + alpha) for t in terms])


def fit_predict(X_tr, y_tr, t_tr, X_te, t_te, use_prior: bool, C: float):
    from sklearn.linear_model import LogisticRegression
    if use_prior:
        X_tr = np.column_stack([X_tr, entry_prior(t_tr, y_tr, t_tr, loo=True)])
        X_te = np.column_stack([X_te, entry_prior(t_tr, y_tr, t_te)])
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(X_tr, y_tr)
    return clf.predict_proba(X_te)[:, 1], clf


def oof(X, y, terms, groups, use_prior, C, n_splits=5, seed=0):
    from sklearn.model_selection import GroupKFold
    p = np.zeros(len(y))
    gkf = GroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for tr, te in gkf.split(X, y, groups):
        p[te], _ = fit_predict(X[tr], y[tr], [terms[i] for i in tr], X[te], [terms[i] for i in te], use_prior, C)
    return p


def pick_threshold(p: np.ndarray, y: np.ndarray, max_loss: float) -> float:
    """The highest threshold whose loss of loaded hits is at most ``max_loss`` (a hit below it is demoted)."""
    n_pos = int(y.sum())
    best = 0.0
    for t in sorted(set(np.round(p, 4))):
        lost = int(((p < t) & (y == 1)).sum())
        if lost <= max_loss * n_pos:
            best = max(best, float(t))
    return best


def nested_cv(X, y, terms, groups, mask, use_prior, C, max_loss, seed=0):
    """Outer grouped 5-fold CV; the threshold is picked on inner grouped CV of each outer training set. Returns
    out-of-fold probabilities and the per-item keep decision (evaluated on ``mask`` items only)."""
    from sklearn.model_selection import GroupKFold
    p = np.zeros(len(y))
    keep = np.ones(len(y), dtype=bool)
    gkf = GroupKFold(n_splits=5, shuffle=True, random_state=seed)
    for tr, te in gkf.split(X, y, groups):
        t_tr = [terms[i] for i in tr]
        p_in = oof(X[tr], y[tr], t_tr, groups[tr], use_prior, C, seed=seed + 1)
        m_in = mask[tr]
        thr = pick_threshold(p_in[m_in], y[tr][m_in], max_loss)
        p[te], _ = fit_predict(X[tr], y[tr], t_tr, X[te], [terms[i] for i in te], use_prior, C)
        keep[te] = p[te] >= thr
    return p, keep


def report(name: str, y: np.ndarray, keep: np.ndarray, p: np.ndarray | None = None) -> dict:
    from sklearn.metrics import roc_auc_score
    n = len(y)
    k_all = int(y.sum())
    kept = keep.sum()
    k_kept = int(y[keep].sum())
    lost = k_all - k_kept
    prec0 = k_all / n
    prec1 = k_kept / kept if kept else float("nan")
    lo0, hi0 = wilson(k_all, n)
    lo1, hi1 = wilson(k_kept, int(kept))
    lol, hil = wilson(lost, k_all)
    auc = roc_auc_score(y, p) if p is not None and 0 < k_all < n else float("nan")
    print(f"| {name} | {n} | {k_all}/{n} = {prec0:.3f} [{lo0:.3f}, {hi0:.3f}] | {k_kept}/{int(kept)} = {prec1:.3f} "
          f"[{lo1:.3f}, {hi1:.3f}] | {prec1 - prec0:+.3f} | {lost}/{k_all} = {lost / k_all:.3f} [{lol:.3f}, {hil:.3f}] "
          f"| {n - int(kept) - lost}/{n - k_all} | {auc:.3f} |")
    return {"gain": prec1 - prec0, "loss": lost / k_all}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--max-loss", type=float, default=0.04, help="inner-CV loss allowed when picking the threshold")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--extra", action="store_true", help="also train (never evaluate) on judge_dev_lexicon and the "
                    "lexicon_entry_review_dev rounds")
    args = ap.parse_args()
    items = load_items()
    n_eval = len(items)
    if args.extra:
        items += load_extra()
    texts = load_lines({it["line"] for it in items})
    current_weights(items, texts)
    for i, it in enumerate(items):
        it["eval"] = i < n_eval
    X = featurise(items, texts)
    y = np.array([it["y"] for it in items])
    terms = [it["term"] for it in items]
    g_term = np.array(terms)
    g_line = np.array([it["line"] for it in items])
    now = np.array([it["now"] for it in items])
    ev = np.array([it["eval"] for it in items])
    print(f"training-only items (--extra): {int((~ev).sum())}")
    m = now & ev
    print(f"evaluated items {int(ev.sum())} (loaded {int(y[ev].sum())}); still weight>0 with lexicons as shipped: "
          f"{int(m.sum())} (loaded {int(y[m].sum())}); entries {len(set(g_term[ev]))}, lines {len(set(g_line[ev]))}\n")
    print("| grouping / model / population | n | precision keeping all | precision of kept | gain | loaded lost "
          "| not-loaded removed | AUC |")
    print("|---|---|---|---|---|---|---|---|")
    verdict = {}
    for gname, groups in (("term", g_term), ("line", g_line)):
        for use_prior in (False, True):
            for seed in range(args.seeds):
                p, keep = nested_cv(X, y, terms, groups, m, use_prior, args.C, args.max_loss, seed=seed)
                label = f"{gname}, {'features + entry prior' if use_prior else 'features'}, seed {seed}"
                report(f"{label}, all evaluated items", y[ev], keep[ev], p[ev])
                verdict[(gname, use_prior, seed)] = report(f"{label}, shipped weight>0", y[m], keep[m], p[m])
    # no fitting: demote every hit with an explicit mention/negation cue before it (a fixed rule, nothing tuned)
    cue = np.zeros(len(y), dtype=bool)
    for name in ("meta_before", "negated", "denial_before"):
        cue |= X[:, FEATURES.index(name)] > 0
    report("rule without fitting: demote after a mention word, negator or denial, all evaluated items", y[ev],
           ~cue[ev])
    report("rule without fitting: demote after a mention word, negator or denial, shipped weight>0", y[m], ~cue[m])
    # an optimistic bound, not an estimate: fitted and thresholded (loss <= 5%) on the very items it is scored on
    from sklearn.linear_model import LogisticRegression
    for use_prior in (False, True):
        Xf = np.column_stack([X, entry_prior(terms, y, terms)]) if use_prior else X
        p = LogisticRegression(C=args.C, max_iter=2000).fit(Xf[ev], y[ev]).predict_proba(Xf)[:, 1]
        thr = pick_threshold(p[m], y[m], 0.05)
        report(f"IN-SAMPLE bound ({'features + entry prior' if use_prior else 'features'}, threshold {thr:.3f}), "
               "shipped weight>0", y[m], p[m] >= thr, p[m])
    print()
    for key, r in verdict.items():
        ok = r["gain"] >= 0.03 and r["loss"] <= 0.05
        print(f"rule ({key[0]}, prior={key[1]}, seed {key[2]}): gain {r['gain']:+.3f}, loss {r['loss']:.3f} -> "
              f"{'QUALIFIES' if ok else 'does not qualify'}")


if __name__ == "__main__":
    main()
