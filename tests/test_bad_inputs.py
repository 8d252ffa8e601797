"""Every case of the bad-input catalogue (tests/bad_inputs/catalogue.py) through the real CLI in a subprocess.

Checks: the promised behaviour (analysed / skipped with a warning naming the item / exit 2 with one line),
no traceback, no hang (timeout) and no partial or temporary output file.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bad_inputs.catalogue import CASES, Case, materialise

TIMEOUT = 180


def run_cli(args: list[str], timeout: float = TIMEOUT, stdin: bytes = b"",
            **kw: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONWARNINGS="default", COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "framing", *args], capture_output=True, input=stdin,
                          timeout=timeout, env=env, **kw)  # type: ignore[call-overload]
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def _command(case: Case, d: Path, out: Path) -> list[str]:
    args = [a.replace("{d}", str(d)).replace("{out}", str(out)) for a in case.args]
    if args and args[0].startswith("@"):
        return [args[0][1:], *args[1:]]
    extra = [] if "-o" in args else ["-o", str(out)]
    if "--format" not in args:
        extra += ["--format", "json", "--include-text"]
    if case.scorers:
        extra += ["--scorers", case.scorers]
    return ["analyze", *extra, *args]


def _output_name(case: Case) -> str:
    """The output's name: its suffix must agree with the format (``-o`` chooses the format by its suffix)."""
    if case.args and case.args[0] == "@report":
        return "result.html"
    if "--format" in case.args:
        return "result." + case.args[case.args.index("--format") + 1]
    return "result.json"


def _check_spans(doc: dict[str, object]) -> None:
    text = doc.get("text")
    assert isinstance(text, str)
    last = (-1, -1)
    for s in doc["spans"]:  # type: ignore[attr-defined]
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert text[s["start"]:s["end"]] == s["text"], s
        assert (s["start"], s["end"]) >= last
        last = (s["start"], s["end"])
    for name, v in doc["scores"].items():  # type: ignore[attr-defined]
        if doc.get("error"):  # a skipped document: the run's score keys, every value null
            assert v is None, (name, v)
        else:
            assert v == v and abs(v) != float("inf"), (name, v)


def _listing(d: Path) -> list[str]:
    return sorted(str(p.relative_to(d)) for p in d.rglob("*"))


SLOW = {"ten_mb_document", "csv_huge_field", "one_mb_word", "lexicon_matches_everything"}
PARAMS = [pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.name in SLOW else []) for c in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_bad_input(case: Case, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    materialise(case, d)
    unchanged = {rel: (d / rel).read_bytes() for rel in case.extra.get("unchanged", [])}  # type: ignore[attr-defined]
    before = _listing(d)
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / _output_name(case)
    t0 = time.monotonic()
    proc = run_cli(_command(case, d, out), stdin=case.stdin)
    elapsed = time.monotonic() - t0
    err = proc.stderr
    assert "Traceback" not in err, err[-3000:]
    leftovers = [p.name for p in outdir.iterdir() if p != out]
    assert not leftovers, leftovers
    for rel, data in unchanged.items():  # outputs never replace an input
        assert (d / rel).read_bytes() == data, rel
    if unchanged or case.expect == "exit-2":  # nothing written, not even a temporary file, beside the inputs
        assert _listing(d) == before, sorted(set(_listing(d)) ^ set(before))
    hidden = case.extra.get("not_in_stderr")
    if hidden:
        assert hidden not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    if case.expect == "exit-2":
        assert proc.returncode == 2, (proc.returncode, err[-2000:])
        if case.extra.get("report"):  # a validator lists every problem, then a count
            assert any(case.needle in line for line in lines), lines
            assert not out.exists()
            return
        assert len(lines) == 1, lines[:5]
        assert lines[0].startswith("framing: error: ") and case.needle in lines[0], lines[0]
        assert not out.exists()
        return
    assert proc.returncode == 0, err[-2000:]
    if case.expect == "skipped":
        warned = [line for line in lines if line.startswith("framing: warning: ")]
        assert any(case.needle in line for line in warned), lines[:10]
    else:
        assert not [line for line in lines if line.startswith("framing: error")], lines
    if not out.exists():
        assert "-o" in case.args
        return
    if case.extra.get("csv_safe"):
        with open(out, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        cells = [c for row in rows[1:] for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
        assert "'=1+1" in cells and "'@SUM(A1)" in cells
        return
    docs = json.loads(out.read_text(encoding="utf-8"))
    if case.n_docs is not None:
        assert len(docs) == case.n_docs, [x.get("id") for x in docs]
        # the summary line accounts for every input record (issue 13)
        n_err = int(case.extra.get("n_errors", 0))  # type: ignore[call-overload]
        summary = (f"framing: {case.n_docs} document(s) in the input: {case.n_docs - n_err} analysed, {n_err} "
                   "skipped, 0 failed")
        assert [line for line in lines if line.startswith(summary)], lines[-3:]
    errors = [doc["error"] for doc in docs if doc.get("error")]
    assert len(errors) == case.extra.get("n_errors", 0), errors
    assert all(e.startswith("skipped: ") for e in errors), errors
    if "ids" in case.extra:
        assert [doc["id"] for doc in docs] == case.extra["ids"]
    for doc in docs:
        _check_spans(doc)
    # a bound far above the linear time (~20 s for 10 MB with the devices), far below a quadratic one (~120 s
    # when the quote speakers were looked up by scanning every actor mention)
    max_seconds = case.extra.get("max_seconds")
    if max_seconds:
        assert elapsed < float(max_seconds), elapsed  # type: ignore[arg-type]
    min_spans = case.extra.get("min_spans")
    if min_spans:
        assert sum(len(x["spans"]) for x in docs) >= int(min_spans)  # type: ignore[call-overload]


def test_catalogue_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)
    assert {c.expect for c in CASES} == {"analysed", "skipped", "exit-2"}


def test_a_failing_document_is_recorded_and_the_rest_analysed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Row 2 of 4 makes a scorer crash: it is written with its id and the reason, the others are analysed."""
    import warnings

    from framing.corpus import iter_analyses
    from framing.io import Record
    from framing.output import write_analyses
    from framing.pipeline import Analyzer

    analyzer = Analyzer(scorers=["lexicon"])
    real = Analyzer.analyze

    def flaky(self: Analyzer, text: str, **kw: object) -> object:
        if "GARBAGE" in text:
            raise MemoryError("simulated failure")
        return real(self, text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "analyze", flaky)
    recs = [Record(id=f"r{i}", text=t, meta={}) for i, t in
            enumerate(["the regime", "GARBAGE", "a so-called plan", "the junta"])]
    out = tmp_path / "o.jsonl"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = write_analyses(iter_analyses(analyzer, recs), str(out), fmt="jsonl")
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["r0", "r1", "r2", "r3"]
    assert docs[1]["error"] == "MemoryError: simulated failure"
    assert all("error" not in d and d["spans"] for d in docs[::2])
    assert (summary.total, summary.failed) == (4, 1)


def _within(seconds: int, fn: object, *args: object) -> None:
    """Run ``fn(*args)``; fail (instead of hanging the suite) if it takes longer than ``seconds``."""
    import signal

    def _alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        fn(*args)  # type: ignore[operator]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGALRM")
@pytest.mark.parametrize("text", ["\u2026" * 200_000, "." * 200_000 + " X", "!?" * 100_000])
def test_sentence_split_of_long_punctuation_runs_is_linear(text: str) -> None:
    """Regression: a long run of . ! ? … not followed by white space was rescanned from every position
    (quadratic: 200,000 ellipses took minutes). Fixed with a look-behind in tokenize._BOUNDARY_RE."""
    from framing.tokenize import sentence_spans

    _within(3, sentence_spans, text)
    assert sentence_spans("Yes\u2026 No!? \u201cMaybe.\u201d Then.") == [(0, 4), (5, 9), (10, 18), (19, 24)]


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGALRM")
@pytest.mark.parametrize("text", ["\u2018a " * 300_000, "\u2018" * 1_000_000, "\u2018s\u2019 a " * 150_000])
def test_single_quote_pairing_is_linear(text: str) -> None:
    """Regression: every unpaired ‘ rescanned up to 3,000 characters for its ’ (300,000 characters took 3 s)."""
    from framing.tokenize import quote_regions

    _within(3, quote_regions, text)


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGALRM")
def test_many_distinct_bare_names_are_linear() -> None:
    """Regression: the demonym check scanned the whole text once per bare capitalised name (quadratic)."""
    import random
    import string

    import framing

    rnd = random.Random(0)
    names = ["".join([rnd.choice(string.ascii_uppercase), *rnd.choices("aeioulmnrst", k=7)]) for _ in range(30_000)]
    text = " ".join(f"Then {n} said it." for n in names)
    # warm the loaders (a text long enough to load the language model too)
    framing.analyze("Then Smith said it, and the officials met on Monday to discuss the trade deal.",
                    scorers=["lexicon", "devices"])
    _within(8, lambda: framing.analyze(text, scorers=["lexicon", "devices"]))


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGALRM")
def test_actors_on_a_long_capitalised_run_is_linear() -> None:
    """Regression: _strip_title built the list of every later token of the run for each candidate, and
    _classify calls it for each run position: quadratic ('U.S. ' * 40,000 took 137 s; 12,000 took ~12 s)."""
    import framing

    # warm the lazy loaders outside the time limit (a text long enough to load the language model too)
    framing.analyze("U.S. officials met on Monday to discuss the new trade agreement with Canada.")
    _within(4, framing.analyze, "U.S. " * 12_000)
    actors = framing.analyze("U.S. " * 50 + "President Jane Doe spoke.").actors
    assert any(a.name == "Jane Doe" for a in actors)


@pytest.mark.slow
def test_report_on_a_ten_mb_document_finishes_and_stays_small(tmp_path: Path) -> None:
    """Regression: the report's highlighter rescanned every earlier span per text segment and the matcher kept
    its taken intervals in sorted lists (both quadratic: killed after 300 s); the article shown is now cut
    at 100,000 characters with a note, while the scores cover the whole document."""
    from tests.bad_inputs.catalogue import _big_document

    src = tmp_path / "big.txt"
    src.write_bytes(_big_document())
    html = tmp_path / "big.html"
    proc = run_cli(["report", str(src), "--scorers", "lexicon", "-o", str(html), "--no-pdf"], timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    page = html.read_text(encoding="utf-8")
    assert len(page) < 5_000_000
    assert "The text is cut here" in page
