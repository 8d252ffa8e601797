"""Validation arithmetic on a tiny hand-made gold set, the gold readers, bootstrap intervals and alpha."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from framing.exceptions import InputError
from framing.pipeline import Analyzer
from framing.workbench.kwic import KwicLine
from framing.workbench.validate import (
    GoldDocument,
    krippendorff_alpha,
    load_gold,
    read_gold_ptc,
    validate,
    validate_judgements,
    wilson_interval,
)

MINI = Path(__file__).resolve().parent / "data" / "lex" / "mini.tsv"
A = "The regime slammed the so-called reforms."
B = "A dosing regime. The regime fell badly."
# gold: "regime" and "so-called" in A; "fell badly" in B
GOLD = [
    GoldDocument("a", A, ((4, 10, "Loaded"), (23, 32, "Loaded"))),
    GoldDocument("b", B, ((28, 38, "Loaded"),)),
]


def _same(a: dict[str, float], b: dict[str, float]) -> bool:
    return a.keys() == b.keys() and all(a[k] == b[k] or (math.isnan(a[k]) and math.isnan(b[k])) for k in a)


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon"], lexicons=[MINI], builtin_lexicons=False)


def test_gold_offsets_are_what_we_think() -> None:
    assert A[4:10] == "regime" and A[23:32] == "so-called" and B[28:38] == "fell badly"


def test_token_level_arithmetic(analyzer: Analyzer) -> None:
    # predicted loaded tokens: A regime, slammed, so, called; B the second regime ("dosing regime" is excluded)
    # gold tokens: A regime, so, called; B fell, badly  ->  tp 3, fp 2, fn 2
    r = validate(GOLD, analyzer=analyzer, n_boot=0, min_hits=1)
    o = r.overall
    assert (o["tp"], o["fp"], o["fn"]) == (3, 2, 2)
    assert o["precision"] == pytest.approx(0.6) and o["recall"] == pytest.approx(0.6)
    assert o["f1"] == pytest.approx(0.6)
    assert r.n_documents == 2 and r.n_units == 7 + 7
    ent = r.entries.set_index("term")
    assert (ent.loc["regime", "tp"], ent.loc["regime", "fp"]) == (1, 1)
    assert ent.loc["regime", "precision"] == pytest.approx(0.5) and ent.loc["regime", "recall"] == pytest.approx(0.2)
    assert (ent.loc["so-called", "tp"], ent.loc["so-called", "precision"]) == (2, 1.0)
    assert ent.loc["so-called", "recall"] == pytest.approx(0.4)
    assert ent.loc["so-called", "f1"] == pytest.approx(2 * 0.4 / 1.4)
    assert ent.loc["slam", "precision"] == 0.0 and ent.loc["slam", "hits"] == 1
    cat = r.categories.set_index("category")
    assert cat.loc["pejorative_label", "hits"] == 2 and cat.loc["pejorative_label", "entries_fired"] == 1
    assert cat.loc["delegitimiser", "precision"] == 1.0
    assert math.isnan(cat.loc["dysphemism", "precision"])
    # worst first: slam (0.0), then regime (0.5), then so-called (1.0)
    assert list(r.worst["term"]) == ["slam", "regime", "so-called"]
    assert list(zip(r.missed["word"], r.missed["count"], strict=True)) == [("fell", 1), ("badly", 1)]
    assert math.isnan(o["precision_lo"])


def test_min_hits_filters_worst(analyzer: Analyzer) -> None:
    r = validate(GOLD, analyzer=analyzer, n_boot=0, min_hits=2)
    assert list(r.worst["term"]) == ["regime", "so-called"]


def test_bootstrap_intervals_contain_the_estimate_and_are_reproducible(analyzer: Analyzer) -> None:
    docs = GOLD * 10
    r1 = validate(docs, analyzer=analyzer, n_boot=300, seed=7)
    r2 = validate(docs, analyzer=analyzer, n_boot=300, seed=7)
    r3 = validate(docs, analyzer=analyzer, n_boot=300, seed=8)
    o = r1.overall
    for m in ("precision", "recall", "f1"):
        assert o[f"{m}_lo"] <= o[m] <= o[f"{m}_hi"]
        assert o[f"{m}_lo"] < o[f"{m}_hi"]
    assert _same(r1.overall, r2.overall)
    assert not _same(r1.overall, r3.overall)
    assert r1.n_boot == 300


def test_sentence_level_and_alpha(tmp_path: Path, analyzer: Analyzer) -> None:
    p = tmp_path / "s.csv"
    p.write_text(
        "text,a1,a2,a3\n"
        f'"{A}",1,1,1\n'
        f'"{B}",0,0,1\n'
        '"Nothing to see.",1,1,0\n'
        '"Calm words only.",0,,0\n'
        '"A tie here.",1,0,\n',
        encoding="utf-8",
    )
    gold = load_gold(p, label_columns=["a1", "a2", "a3"])
    assert gold.level == "sentence"
    assert [d.label for d in gold.documents] == [True, False, True, False, None]
    r = validate(gold, analyzer=analyzer, n_boot=0)
    # predicted positive: A and B; gold positive: A and "Nothing to see."; the tie is left out
    o = r.overall
    assert r.n_documents == 4
    assert (o["tp"], o["fp"], o["fn"]) == (1, 1, 1)
    data = [["1", "0", "1", "0", "1"], ["1", "0", "1", None, "0"], ["1", "1", "0", "0", None]]
    assert r.alpha == pytest.approx(krippendorff_alpha(data))


def test_krippendorff_textbook_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: alpha = 0.743
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha([[1, 2, 1], [1, 2, 1]]) == 1.0
    assert math.isnan(krippendorff_alpha([[1, 1], [1, 1]]))
    krippendorff = pytest.importorskip("krippendorff")
    arr = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
    assert krippendorff_alpha(data) == pytest.approx(
        krippendorff.alpha(reliability_data=arr, level_of_measurement="nominal"))


def test_words_column_gives_token_gold(tmp_path: Path, analyzer: Analyzer) -> None:
    p = tmp_path / "babe.csv"
    p.write_text("\ufefftext;label_bias;biased_words\n"
                 f"{A};Biased;['regime', 'so-called']\n"
                 f"{B};Non-biased;[]\n", encoding="utf-8")
    gold = load_gold(p, words_column="biased_words")
    assert gold.level == "token"
    assert [(s, e) for s, e, _ in gold.documents[0].spans] == [(4, 10), (23, 32)]
    r = validate(gold, analyzer=analyzer, n_boot=0)
    assert (r.overall["tp"], r.overall["fp"], r.overall["fn"]) == (3, 2, 0)


def test_jsonl_and_ptc_readers_agree(tmp_path: Path, analyzer: Analyzer) -> None:
    jl = tmp_path / "g.jsonl"
    jl.write_text("\n".join(json.dumps({"id": d.id, "text": d.text, "spans": [
        {"start": s, "end": e, "label": lab} for s, e, lab in d.spans] + [{"start": 0, "end": 3, "label": "Other"}]})
        for d in GOLD) + "\n", encoding="utf-8")
    arts = tmp_path / "articles"
    arts.mkdir()
    for i, d in enumerate(GOLD, start=1):
        (arts / f"article{i}.txt").write_text(d.text, encoding="utf-8")
    labels = tmp_path / "t.labels"
    labels.write_text("".join(f"{i}\tLoaded\t{s}\t{e}\n" for i, d in enumerate(GOLD, start=1) for s, e, _ in d.spans)
                      + "1\tOther\t0\t3\n", encoding="utf-8")
    r_j = validate(load_gold(jl, labels=["Loaded"]), analyzer=analyzer, n_boot=0)
    r_p = validate(load_gold(arts, ptc_labels=labels, labels=["Loaded"]), analyzer=analyzer, n_boot=0)
    assert _same(r_j.overall, r_p.overall)
    assert (r_j.overall["tp"], r_j.overall["fp"]) == (3, 2)
    r_all = validate(load_gold(jl), analyzer=analyzer, n_boot=0)  # "Other" spans [0, 3) count too:
    assert r_all.overall["fn"] == 2 + 3  # "The" in A, "A" and "dosing" in B


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "abc", "spans": [{"start": 1, "end": 9}]}\n', "g.jsonl:1: span [1, 9) is not inside"),
        ('{"text": "abc"}\nnot json\n', "g.jsonl:2: not valid JSON"),
        ('{"spans": []}\n', "g.jsonl:1: expected an object"),
        ('{"text": "abc", "spans": [{"start": "1", "end": 2}]}\n', "must be integers"),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "g.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace(")", r"\)")):
        load_gold(p)


def test_bad_ptc_labels(tmp_path: Path) -> None:
    arts = tmp_path / "a"
    arts.mkdir()
    (arts / "article1.txt").write_text("hello world", encoding="utf-8")
    lab = tmp_path / "l.labels"
    lab.write_text("1\tLoaded_Language\t0\t5\n1\tLoaded_Language\t0\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"l\.labels:2: expected 4 tab-separated cells"):
        read_gold_ptc(arts, lab)
    lab.write_text("2\tLoaded_Language\t0\t5\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"l\.labels:1: no article2\.txt"):
        read_gold_ptc(arts, lab)
    with pytest.raises(InputError, match=r"--ptc-labels"):
        load_gold(arts)


def test_csv_errors(tmp_path: Path) -> None:
    p = tmp_path / "s.csv"
    p.write_text("text,label\nabc,maybe\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'lab'; the columns are 'text', 'label'"):
        load_gold(p, label_columns=["lab"])
    with pytest.raises(InputError, match=r"s\.csv:2: cannot read the label 'maybe'"):
        load_gold(p, label_columns=["label"])
    g = load_gold(p, label_columns=["label"], positive_values=["maybe"])
    assert g.documents[0].label is True


def test_kwic_judgements_give_precision_per_entry() -> None:
    def line(doc: str, term: str, ok: bool | None) -> KwicLine:
        return KwicLine(doc, 0, 1, "", term, "", term=term, category="c", lexicon="l", correct=ok)

    lines = [line("1", "regime", True), line("1", "regime", False), line("2", "regime", True),
             line("2", "thug", True), line("3", "thug", None)]
    r = validate_judgements(lines, n_boot=100)
    ent = r.entries.set_index("term")
    assert ent.loc["regime", "precision"] == pytest.approx(2 / 3) and ent.loc["regime", "hits"] == 3
    assert ent.loc["thug", "hits"] == 1
    assert r.overall["precision"] == pytest.approx(0.75) and math.isnan(r.overall["recall"])
    assert r.n_units == 4 and r.n_documents == 2


def test_worst_entry_samples_are_marked_by_the_gold(analyzer: Analyzer) -> None:
    from framing.workbench.validate import worst_entry_samples

    r = validate(GOLD, analyzer=analyzer, n_boot=0, min_hits=1)
    lines = worst_entry_samples(GOLD, r, analyzer=analyzer, per_entry=5)
    got = [(ln.doc_id, ln.match, ln.correct) for ln in lines]
    assert got == [("a", "slammed", False), ("a", "regime", True), ("b", "regime", False),
                   ("a", "so-called", True)]


# --- intervals at 0 and 1 -----------------------------------------------------------------------------------


def test_wilson_interval_values() -> None:
    lo, hi = wilson_interval(0, 39)
    assert lo == 0.0 and hi == pytest.approx(1.959964 ** 2 / (39 + 1.959964 ** 2), abs=1e-6)
    assert round(hi, 3) == 0.090
    assert wilson_interval(39, 39) == (pytest.approx(1 - hi), 1.0)
    assert wilson_interval(5, 10) == (pytest.approx(0.2366, abs=1e-4), pytest.approx(0.7634, abs=1e-4))
    assert wilson_interval(0, 39, 0.99)[1] > hi
    assert all(math.isnan(x) for x in wilson_interval(0, 0))


def _judged(n: int, ok: bool, docs: int = 13) -> list[KwicLine]:
    return [KwicLine(str(i % docs), 0, 1, "", "regime", "", term="regime", category="c", lexicon="l", correct=ok)
            for i in range(n)]


@pytest.mark.parametrize(("ok", "lo", "hi"), [(False, 0.0, 0.0897), (True, 0.9103, 1.0)])
def test_a_precision_of_0_or_1_gets_a_wilson_interval_not_a_point(ok: bool, lo: float, hi: float) -> None:
    r = validate_judgements(_judged(39, ok), n_boot=200, min_hits=1)
    for row in (r.overall, r.categories.iloc[0].to_dict(), r.entries.iloc[0].to_dict(), r.worst.iloc[0].to_dict()):
        assert row["precision"] == float(ok) and row["precision_ci"] == "wilson"
        assert row["precision_lo"] == pytest.approx(lo, abs=1e-4) and row["precision_hi"] == pytest.approx(hi, abs=1e-4)
        assert row["precision_lo"] < row["precision_hi"]
    assert r.overall["recall_ci"] == ""  # no recall from judged lines


def test_other_proportions_keep_the_bootstrap_and_no_bootstrap_means_no_interval() -> None:
    r = validate_judgements(_judged(30, True) + _judged(9, False), n_boot=200)
    assert r.overall["precision_ci"] == "bootstrap"
    assert r.overall["precision_lo"] < 30 / 39 < r.overall["precision_hi"]
    r0 = validate_judgements(_judged(39, False), n_boot=0)
    assert r0.overall["precision_ci"] == "" and math.isnan(r0.overall["precision_hi"])


def test_token_level_zero_and_one_use_wilson_and_f1_follows(analyzer: Analyzer) -> None:
    r = validate(GOLD * 5, analyzer=analyzer, n_boot=200, seed=1, min_hits=1)
    ent = r.entries.set_index("term")
    slam = ent.loc["slam"]  # 5 hits, none gold: precision 0/5, recall 0/10
    assert (slam["precision_ci"], slam["recall_ci"], slam["f1_ci"]) == ("wilson", "wilson", "wilson")
    assert slam["precision_hi"] == pytest.approx(wilson_interval(0, 5)[1])
    assert slam["recall_hi"] == pytest.approx(wilson_interval(0, 25)[1])
    assert slam["f1_lo"] == 0.0 and 0 < slam["f1_hi"] < 1
    so = ent.loc["so-called"]  # precision 1, recall between 0 and 1
    assert (so["precision_ci"], so["recall_ci"], so["f1_ci"]) == ("wilson", "bootstrap", "bootstrap")
    assert so["precision_lo"] == pytest.approx(wilson_interval(10, 10)[0]) and so["precision_hi"] == 1.0
    assert r.overall["precision_ci"] == "bootstrap"


def test_cli_and_html_say_which_interval(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli import main
    from framing.workbench.html import render_workbench_html
    from framing.workbench.kwic import write_kwic_csv

    k = tmp_path / "k.csv"
    write_kwic_csv(_judged(39, False), k)
    assert main(["lexicons", "validate-against", str(k), "--bootstrap", "100", "--min-hits", "1"]) == 0
    out = capsys.readouterr().out
    assert "overall  P 0.000 [0.000, 0.090]W" in out and "W = Wilson score interval" in out
    page = render_workbench_html(validation=validate_judgements(_judged(39, False), n_boot=100, min_hits=1))
    assert "[0.000, 0.090]W" in page and "Wilson score interval" in page


def test_one_label_vocabulary_for_the_workbench_and_training() -> None:
    from framing.ml import train
    from framing.workbench.gold import NEGATIVE_LABELS, POSITIVE_LABELS

    assert not POSITIVE_LABELS & NEGATIVE_LABELS
    for value in ("Biased", "bias", "Y", "positive", "1.0"):
        assert train._label(value) == 1, value
    for value in ("Non-biased", "nonbiased", "N", "negative", "0.0"):
        assert train._label(value) == 0, value
