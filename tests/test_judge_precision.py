"""Smoke tests of benchmarks/judge_precision.py: its pure functions on tiny synthetic inputs, and short runs.

Without ../shared the runs use the bundled sample, as the other benchmark smoke tests do.
"""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "judge_precision.py"
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
DATA = NEWS if NEWS.is_file() else ROOT / "framing" / "data" / "sample.jsonl"

jp = load_benchmark("judge_precision")


def _rows(n_lex: int, n_model: int, n_rule: int = 0) -> list[dict]:
    rows = []
    for i in range(n_lex):
        rows.append({"source": "lexicon", "doc_id": "a", "start": i, "end": i + 1, "category": "emotive"})
    for i in range(n_model):
        rows.append({"source": "model", "doc_id": "b", "start": i, "end": i + 1, "category": "loaded_model"})
    for i in range(n_rule):
        rows.append({"source": "rule", "doc_id": "c", "start": i, "end": i + 1, "category": "scare_quote"})
    return rows


def test_source_of() -> None:
    assert jp.source_of("tagger-v1", 0.2) == "model"
    assert jp.source_of("crf-news", None) == "model"
    assert jp.source_of("emotive", None, ["emotive"]) == "lexicon"
    assert jp.source_of("scare_quotes", None, ["emotive"]) == "rule"
    assert jp.source_of("emotive", None) == "lexicon"
    assert jp.source_of("seq-v2", None, ["emotive"], category="loaded_model") == "model"
    assert jp.source_of("seq-v2", None, ["emotive"], model_names=["seq-v2"]) == "model"


def test_span_rows_keep_weighted_spans_only() -> None:
    spans = [
        {"start": 0, "end": 4, "text": "slam", "category": "attribution_loaded", "lexicon": "attribution_verbs",
         "weight": 0.75, "in_quote": True},
        {"start": 5, "end": 9, "text": "said", "category": "attribution_neutral", "lexicon": "attribution_verbs",
         "weight": 0.0},
        {"start": 10, "end": 14, "text": "mob", "category": "loaded_model", "lexicon": "tagger-v1",
         "weight": 0.2, "probability": 0.2},
    ]
    rows = jp.span_rows("d1", 7, spans, ["attribution_verbs"])
    assert [r["text"] for r in rows] == ["slam", "mob"]
    assert [r["source"] for r in rows] == ["lexicon", "model"]
    assert rows[0]["in_quote"] is True and rows[0]["probability"] is None and rows[1]["probability"] == 0.2
    assert rows[0]["line"] == 7 and rows[0]["doc_id"] == "d1"


def test_sample_rows_stratified_and_deterministic() -> None:
    rows = _rows(500, 900, 20)
    a = jp.sample_rows(rows, n=240, seed=3, min_per_source=100)
    b = jp.sample_rows(rows, n=240, seed=3, min_per_source=100)
    assert a == b
    assert len(a) == 240
    counts = Counter(r["source"] for r in a)
    assert counts["lexicon"] >= 100 and counts["model"] >= 100
    assert {r["stratum_size"] for r in a if r["source"] == "model"} == {900}
    assert len({(r["source"], r["start"]) for r in a}) == 240          # no row drawn twice
    assert jp.sample_rows(rows, n=240, seed=4, min_per_source=100) != a


def test_sample_rows_rule_stratum() -> None:
    rows = _rows(3000, 4, 8)
    default = Counter(r["source"] for r in jp.sample_rows(rows, n=240, seed=29, min_per_source=40))
    with_rule = Counter(r["source"] for r in jp.sample_rows(rows, n=240, seed=29, min_per_source=40,
                                                           sources=("lexicon", "model", "rule")))
    assert default["model"] == 4 and default["rule"] < 8 and default["lexicon"] == 240 - 4 - default["rule"]
    assert with_rule == {"lexicon": 228, "model": 4, "rule": 8}


def test_sample_rows_small_population() -> None:
    rows = _rows(5, 3)
    got = jp.sample_rows(rows, n=50, seed=0, min_per_source=100)
    assert len(got) == 8


def test_snippet_marks_span_and_context() -> None:
    text = "First sentence here. The senator slammed the bill. Last one."
    sents = [(0, 20), (21, 50), (51, 60)]
    start = text.index("slammed")
    before, marked = jp.snippet(text, sents, start, start + len("slammed"))
    assert before == "First sentence here."
    assert marked == "The senator [[slammed]] the bill."
    before, marked = jp.snippet(text, sents, 0, 5)
    assert before == "" and marked.startswith("[[First]]")


def test_snippet_cuts_long_sentences() -> None:
    text = "word " * 300 + "awful " + "word " * 300
    start = text.index("awful")
    _, marked = jp.snippet(text, [(0, len(text))], start, start + 5, max_chars=100)
    assert "[[awful]]" in marked and marked.startswith("…") and marked.endswith("…") and len(marked) < 140


def test_wilson() -> None:
    lo, hi = jp.wilson(5, 10)
    assert lo == pytest.approx(0.2366, abs=1e-3) and hi == pytest.approx(0.7634, abs=1e-3)
    lo, hi = jp.wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-3)
    assert jp.wilson(0, 0) == (0.0, 1.0)


def test_parse_judgment_and_bins() -> None:
    assert [jp.parse_judgment(v) for v in ("1", " 0 ", "?", "", None, "yes")] == [1, 0, None, None, None, 1]
    assert jp.weight_bin(0.25) == "(0.2, 0.3]" and jp.weight_bin(2.0) == "> 0.75"
    assert jp.prob_bin(0.1) == "[0, 0.2)" and jp.prob_bin(0.9) == "≥ 0.85"


def _write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def _synthetic_sheet(tmp_path: Path) -> tuple[Path, Path]:
    sheet, key = [], []
    spec = [("lexicon", "emotive", "1", 0.5, ""), ("lexicon", "emotive", "0", 0.25, ""),
            ("model", "loaded_model", "0", 0.15, "0.15"), ("model", "loaded_model", "1", 0.6, "0.6"),
            ("rule", "a_future_category", "1", 0.5, ""), ("model", "loaded_model", "?", 0.2, "0.2")]
    for i, (src, cat, j, w, p) in enumerate(spec):
        item = f"J{i:04d}"
        sheet.append({"item": item, "context_before": "", "sentence": "x [[y]]", "judgment": j, "note": ""})
        key.append({"item": item, "doc_id": "d", "line": 2000, "start": i, "end": i + 1, "text": "y",
                    "category": cat, "lexicon": src, "source": src, "weight": w, "probability": p,
                    "in_quote": "yes" if i % 2 else "no", "negated": "no", "term": "y",
                    "stratum_size": {"lexicon": 10, "model": 30, "rule": 10}[src]})
    _write(tmp_path / "sheet.csv", sheet)
    _write(tmp_path / "key.csv", key)
    return tmp_path / "sheet.csv", tmp_path / "key.csv"


def test_score_tables(tmp_path: Path) -> None:
    sheet, key = _synthetic_sheet(tmp_path)
    items = jp.merge(jp.read_csv(sheet), jp.read_csv(key))
    out = jp.score_tables(items)
    assert "| all spans with weight > 0 | 3 / 5 | 0.60 |" in out
    assert "| lexicon | 1 / 2 | 0.50 |" in out and "| model | 1 / 2 | 0.50 |" in out
    assert "| a_future_category | 1 / 1 | 1.00 |" in out
    assert "probability [0, 0.2)" in out and "model weight (0.5, 0.75]" in out
    est, total = jp.population_estimate(items)
    assert total == 50 and est == pytest.approx(0.2 * 0.5 + 0.6 * 0.5 + 0.2 * 1.0)


def test_survivor_table(tmp_path: Path) -> None:
    sheet, key = _synthetic_sheet(tmp_path)
    items = jp.merge(jp.read_csv(sheet), jp.read_csv(key))
    out = jp.survivor_table(items, [True, False, False, True, True, True])
    assert "| lexicon | 1 / 1 | 0 / 1 | 1.00 |" in out
    assert "| all | 3 / 3 | 0 / 2 | 1.00 |" in out


def test_merge_rejects_unknown_item(tmp_path: Path) -> None:
    sheet, key = _synthetic_sheet(tmp_path)
    rows = [*jp.read_csv(sheet), {"item": "J9999", "judgment": "1"}]
    with pytest.raises(SystemExit):
        jp.merge(rows, jp.read_csv(key))


def test_token_counts_split_by_quote() -> None:
    text = "He said the plan was a “total disaster” and a sham."
    gold = [{"start": text.index("total"), "end": text.index("disaster") + 8, "in_quote": True},
            {"start": text.index("sham"), "end": text.index("sham") + 4, "in_quote": False}]
    pred = [{"start": text.index("disaster"), "end": text.index("disaster") + 8, "in_quote": True},
            {"start": text.index("plan"), "end": text.index("plan") + 4, "in_quote": False}]
    c = jp.token_counts(text, (0, len(text)), gold, pred)
    assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 2)
    assert (c["tp_quoted"], c["fn_quoted"], c["fn_own"]) == (1, 1, 1)
    assert (c["tp_p_quoted"], c["fp_own"]) == (1, 1)
    assert "| all | 0.333 | 0.500 |" in jp.recall_table(c)


def test_predicted_spans_weight_and_candidates() -> None:
    spans = [
        {"start": 0, "end": 4, "weight": 0.5, "in_quote": True},                      # lexicon, loaded
        {"start": 5, "end": 9, "weight": 0.0, "probability": 0.6},                    # tagger candidate
        {"start": 10, "end": 14, "weight": 0.0},                                      # weight-0 booster
        {"start": 30, "end": 34, "weight": 0.9, "probability": 0.99},                 # outside the region
    ]
    got = jp.predicted_spans(spans, (0, 20))
    assert got == [{"start": 0, "end": 4, "in_quote": True}]
    got = jp.predicted_spans(spans, (0, 20), candidates=True)
    assert [(g["start"], g["end"]) for g in got] == [(0, 4), (5, 9)]                # never the booster
    assert jp.predicted_spans(spans, (3, 6)) == [{"start": 0, "end": 4, "in_quote": True}]   # overlap counts


def test_recall_sentences_skip_headline() -> None:
    text = "A Headline With Many Words In It Here Now\n\n" + " ".join(
        f"This is body sentence number {i} with enough words in it to count." for i in range(5))
    recs = [(0, "d0", text), (1, "d1", "No body at all")]

    def split(t: str) -> list[tuple[int, int]]:
        import re
        return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.|[^.\n]+", t)]

    got = jp.recall_sentences(recs, n=5, seed=1, sentences=split)
    assert len(got) == 1
    g = got[0]
    assert g["start"] > text.index("\n\n") and text[g["start"]:g["end"]] == g["sentence"] and g["spans"] == []


def test_recall_sentences_exclude_lines() -> None:
    body = " ".join(f"This is body sentence number {i} with enough words in it to count." for i in range(3))
    recs = [(k, f"d{k}", f"Headline {k}\n\n" + body) for k in range(4)]

    def split(t: str) -> list[tuple[int, int]]:
        import re
        return [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.|[^.\n]+", t)]

    assert {g["line"] for g in jp.recall_sentences(recs, n=4, seed=3, sentences=split)} == {0, 1, 2, 3}
    got = jp.recall_sentences(recs, n=4, seed=3, sentences=split, exclude_lines=[1, 3])
    assert {g["line"] for g in got} == {0, 2}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=240)


def test_script_sample_score_and_recall(tmp_path: Path) -> None:
    res = _run("--data", str(DATA), "--lines", "0-4", "--n", "12", "--min-per-source", "4", "--out", str(tmp_path))
    assert res.returncode == 0, res.stderr[-3000:]
    sheet, key = tmp_path / "judge_precision_sheet.csv", tmp_path / "judge_precision_key.csv"
    rows = jp.read_csv(sheet)
    assert 0 < len(rows) <= 12 and all("[[" in r["sentence"] for r in rows)
    assert set(rows[0]) == set(jp.SHEET_FIELDS)                    # blind: no category, source, weight
    keyed = jp.read_csv(key)
    assert [r["item"] for r in keyed] == [r["item"] for r in rows]
    for r in rows:
        r["judgment"] = "1"
    _write(sheet, rows)
    res = _run("--score", str(sheet), str(key))
    assert res.returncode == 0, res.stderr[-3000:]
    assert f"| all spans with weight > 0 | {len(rows)} / {len(rows)} | 1.00 |" in res.stdout
    res = _run("--data", str(DATA), "--survivors", str(sheet), str(key))
    assert res.returncode == 0, res.stderr[-3000:]
    assert f"| all | {len(rows)} / {len(rows)} | 0 / 0 |" in res.stdout      # same code: every span kept
    # the sheet is not overwritten by accident
    assert _run("--data", str(DATA), "--lines", "0-4", "--out", str(tmp_path)).returncode != 0

    gold = tmp_path / "gold.jsonl"
    res = _run("--data", str(DATA), "--lines", "0-4", "--recall-sample", str(gold), "--n-recall", "3")
    assert res.returncode == 0, res.stderr[-3000:]
    recs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert recs
    res = _run("--data", str(DATA), "--recall", str(gold))
    assert res.returncode == 0, res.stderr[-3000:]
    assert "| own voice (not in quote) |" in res.stdout
    res = _run("--data", str(DATA), "--recall", str(gold), "--candidates")
    assert res.returncode == 0, res.stderr[-3000:]
    assert "weight-0 candidates" in res.stdout and "| own voice (not in quote) |" in res.stdout


# --- threshold calibration against editor judgments (issue 12, session 12) ---------------------------------


def test_candidate_rows_keep_every_model_span() -> None:
    spans = [
        {"start": 0, "end": 4, "text": "slam", "category": "attribution_loaded", "lexicon": "attribution_verbs",
         "weight": 0.75},
        {"start": 5, "end": 9, "text": "mobs", "category": "loaded_model_candidate", "lexicon": "tagger-v2",
         "weight": 0.0, "probability": 0.41},
        {"start": 10, "end": 14, "text": "evil", "category": "loaded_model", "lexicon": "tagger-v2",
         "weight": 0.99, "probability": 0.99},
    ]
    rows = jp.candidate_rows("d", 3, spans)
    assert [r["text"] for r in rows] == ["mobs", "evil"]          # lexicon spans out, weight-0 candidates in
    assert all(r["source"] == "model" for r in rows) and rows[0]["probability"] == 0.41


def test_calibration_bins_and_sampling() -> None:
    edges = (0.2, 0.5, 1.0)
    assert jp.calibration_bin(0.1, edges) is None
    assert jp.calibration_bin(0.2, edges) == "[0.20, 0.50)"
    assert jp.calibration_bin(0.5, edges) == "[0.50, 1.00)"
    assert jp.calibration_bin(1.0, edges) == "[0.50, 1.00)"        # the last bin is closed
    rows = [{"probability": p} for p in [0.1] * 5 + [0.3] * 10 + [0.9] * 3]
    got = jp.sample_by_probability(rows, per_bin=4, seed=1, edges=edges)
    assert len(got) == 4 + 3 and got == jp.sample_by_probability(rows, per_bin=4, seed=1, edges=edges)
    by_bin = Counter(r["bin"] for r in got)
    assert by_bin == {"[0.20, 0.50)": 4, "[0.50, 1.00)": 3}
    assert {r["stratum_size"] for r in got if r["bin"] == "[0.20, 0.50)"} == {10}


def test_calibration_reweights_bins_and_picks_the_lowest_edge() -> None:
    def item(p: float, b: str, size: int, j: int) -> dict:
        return {"probability": p, "bin": b, "stratum_size": size, "judgment": j}

    items = ([item(0.3, "[0.20, 0.50)", 100, j) for j in [1, 0, 0, 0]]
             + [item(0.6, "[0.50, 0.80)", 20, j) for j in [1, 1, 1, 0]]
             + [item(0.9, "[0.80, 1.00)", 5, j) for j in [1, 1, 1, 1]])
    out = jp.calibration(items, 0.85)
    # above 0.50: (20 * 0.75 + 5 * 1.0) / 25 = 0.80 (re-weighted, not the pooled 7/8); above 0.80: 1.00
    assert "| ≥ 0.50 | 25 | 0.80 |" in out and "| ≥ 0.80 | 5 | 1.00 |" in out
    assert "0.85 (and no bin above it below 0.75): 0.80" in out
    _, a1 = jp._logistic_fit([-2.0, -1.0, 0.0, 1.0, 2.0, 3.0], [0, 0, 1, 0, 1, 1])
    assert a1 > 0                                                 # higher probability, more often loaded


def test_script_candidates_and_calibrate(tmp_path: Path) -> None:
    res = _run("--data", str(DATA), "--lines", "0-4", "--candidates", "--per-bin", "3", "--out", str(tmp_path),
               "--prefix", "cal")
    assert res.returncode == 0, res.stderr[-3000:]
    sheet, key = tmp_path / "cal_sheet.csv", tmp_path / "cal_key.csv"
    rows, keyed = jp.read_csv(sheet), jp.read_csv(key)
    assert all(set(r) == set(jp.SHEET_FIELDS) for r in rows)      # blind: no probability on the sheet
    assert all(r["bin"] and r["probability"] for r in keyed)
    for r in rows:
        r["judgment"] = "1"
    _write(sheet, rows)
    res = _run("--calibrate", str(sheet), str(key))
    assert res.returncode == 0, res.stderr[-3000:]
    assert "Logistic fit" in res.stdout


# --- excluding lines (session 15: the blind6 devices lines must not be analysed) ---------------------------------


def test_parse_line_list_labels_comments_ranges() -> None:
    text = "# a comment 99\nquotes_pool: 3 5 7\nactors: 10-13, 20\n\n"
    assert jp.parse_line_list(text) == [3, 5, 7, 10, 11, 12, 20]
    with pytest.raises(SystemExit, match=r"f.txt:2: .*'x7'"):
        jp.parse_line_list("1 2\nx7", "f.txt")


def test_read_lines_skips_excluded_lines(tmp_path: Path) -> None:
    data = tmp_path / "news.jsonl"
    data.write_text("".join(json.dumps({"id": f"d{i}", "text": f"text {i}"}) + "\n" for i in range(6)),
                    encoding="utf-8")
    assert [i for i, _, _ in jp.read_lines(data, (1, 6))] == [1, 2, 3, 4, 5]
    assert [i for i, _, _ in jp.read_lines(data, (1, 6), [2, 4, 9])] == [1, 3, 5]


def test_excluded_lines_merges_gold_and_files(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"sid": "R001", "line": 7, "spans": []}) + "\n", encoding="utf-8")
    listed = tmp_path / "lines.txt"
    listed.write_text("# header\npool: 3 1\n", encoding="utf-8")
    assert jp.excluded_lines([gold], [listed]) == [1, 3, 7]


def test_script_sample_exclude_lines(tmp_path: Path) -> None:
    listed = tmp_path / "lines.txt"
    listed.write_text("pool: 1 2\n", encoding="utf-8")
    res = _run("--data", str(DATA), "--lines", "0-4", "--n", "40", "--min-per-source", "4", "--out", str(tmp_path),
               "--exclude-lines", str(listed))
    assert res.returncode == 0, res.stderr[-3000:]
    keyed = jp.read_csv(tmp_path / "judge_precision_key.csv")
    assert keyed and {int(r["line"]) for r in keyed} <= {0, 3}
    stored = (tmp_path / "judge_precision_excluded_lines.txt").read_text(encoding="utf-8")
    assert stored.splitlines()[1] == "1 2"
    gold = tmp_path / "gold.jsonl"
    res = _run("--data", str(DATA), "--lines", "0-4", "--recall-sample", str(gold), "--n-recall", "4",
               "--exclude-lines", str(listed))
    assert res.returncode == 0, res.stderr[-3000:]
    assert {json.loads(x)["line"] for x in gold.read_text(encoding="utf-8").splitlines()} <= {0, 3}
    assert (tmp_path / "gold_excluded_lines.txt").is_file()


# --- agreement of two annotators (session 15: second annotator on judge_s14) -----------------------------------


def test_cohen_kappa_known_values() -> None:
    # 20 items: 1/1 x 8, 1/0 x 2, 0/1 x 2, 0/0 x 8 -> p_o 0.8, p_e 0.5, kappa 0.6
    pairs = [(1, 1)] * 8 + [(1, 0)] * 2 + [(0, 1)] * 2 + [(0, 0)] * 8
    po, pe, k = jp.cohen_kappa(pairs)
    assert (po, pe) == pytest.approx((0.8, 0.5)) and k == pytest.approx(0.6)
    assert jp.confusion(pairs) == {(1, 1): 8, (1, 0): 2, (0, 1): 2, (0, 0): 8}
    assert jp.cohen_kappa([(1, 1), (0, 0)])[2] == pytest.approx(1.0)
    assert jp.cohen_kappa([(1, 0), (0, 1)])[2] == pytest.approx(-1.0)
    assert math.isnan(jp.cohen_kappa([(1, 1)] * 5)[2])              # both constant: undefined


def test_kappa_intervals_cover_and_agree() -> None:
    import random

    rng = random.Random(4)
    pairs = []
    for _ in range(300):
        x = int(rng.random() < 0.75)
        pairs.append((x, x if rng.random() < 0.85 else 1 - x))
    k = jp.cohen_kappa(pairs)[2]
    lo, hi = jp.kappa_interval(pairs)
    blo, bhi = jp.kappa_bootstrap(pairs, reps=800, seed=1)
    assert lo < k < hi and blo < k < bhi
    assert abs((hi - lo) - (bhi - blo)) < 0.06                        # analytic SE ~ bootstrap spread
    assert jp.kappa_bootstrap(pairs, reps=200, seed=3) == jp.kappa_bootstrap(pairs, reps=200, seed=3)


def test_agreement_report_and_script(tmp_path: Path) -> None:
    items = [f"J{i:04d}" for i in range(1, 7)]
    a = [{"item": i, "context_before": "", "sentence": f"a [[w{i}]] b", "judgment": j, "note": ""}
         for i, j in zip(items, ["1", "1", "0", "1", "0", "?"], strict=True)]
    b = [{"item": i, "context_before": "", "sentence": f"a [[w{i}]] b", "judgment": j, "note": "n"}
         for i, j in zip(items, ["1", "0", "0", "1", "1", "1"], strict=True)]
    key = [{"item": i, "source": s, "in_quote": q, "text": f"w{i}"}
           for i, s, q in zip(items, ["lexicon", "lexicon", "model", "lexicon", "lexicon", "lexicon"],
                              ["no", "yes", "no", "no", "no", "no"], strict=True)]
    triples = jp.paired_judgments(a, b)
    assert triples[5] == ("J0006", None, 1)
    report = jp.agreement_report(triples, {r["item"]: r for r in key}, names=("A", "B"))
    assert "Items judged by both: 5 (left out, undecided by either: 1)" in report
    assert "| raw agreement | 3 / 5 = 0.600 |" in report
    assert "| A: 1 | 2 | 1 | 3 |" in report and "| A: 0 | 1 | 1 | 2 |" in report
    assert "| all | 3 / 5 = 0.60" in report and "4 / 6 = 0.67" in report
    assert "| model | 0 / 1 = 0.00" in report
    with pytest.raises(SystemExit):
        jp.paired_judgments(a, b[:-1])
    for name, rows in (("a.csv", a), ("b.csv", b)):
        _write(tmp_path / name, rows)
    _write(tmp_path / "key.csv", key)
    res = _run("--agreement", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--key", str(tmp_path / "key.csv"))
    assert res.returncode == 0, res.stderr[-3000:]
    assert "Cohen's kappa" in res.stdout and "- J0002 'wJ0002': 1 () / 0 (n)" in res.stdout
