"""Start-up time of the ``framing`` command and import costs of framing and its heavy dependencies.

Targets: ``framing --help`` under 0.3 s; ``framing analyze`` on one short text under 2 s wall, cold. Each
command runs ``--runs`` times in a fresh process; the first run is the coldest this machine allows without
dropping the page cache (a first run after installation also writes ``.pyc`` files); the median of the rest
is the warm figure.

    python benchmarks/bench_startup.py            # 5 runs each
    python benchmarks/bench_startup.py --small    # 2 runs each
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import conditions, markdown

SHORT = "The regime slammed the so-called reforms, officials said on Monday."
IMPORTS = {
    "python (no import)": "pass",
    "framing": "import framing",
    "framing + default Analyzer built": "import framing\ntry: framing.Analyzer()\nexcept framing.FramingError: "
                                        "framing.Analyzer(lexicons=[MINI], builtin_lexicons=False)",
    "pandas": "import pandas",
    "scikit-learn (linear_model)": "import sklearn.linear_model",
    "nltk tokenizers": "import nltk.tokenize",
    "textstat": "import textstat",
    "vaderSentiment": "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as S; S()",
    "dask.dataframe": "import dask.dataframe",
}


def _framing() -> list[str]:
    exe = Path(sys.executable).with_name("framing")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "framing"]


def _time(cmd: list[str], runs: int, stdin: str | None = None) -> tuple[float, float, int]:
    times = []
    code = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        res = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        code = code or res.returncode
    warm = statistics.median(times[1:]) if len(times) > 1 else times[0]
    return times[0], warm, code


def _lexicon_args() -> list[str]:
    try:
        from framing import Analyzer

        Analyzer()
        return []
    except Exception:  # shipped lexicons still missing
        mini = Path(__file__).resolve().parents[1] / "tests" / "data" / "lex" / "mini.tsv"
        return ["--no-builtin-lexicons", "--lexicon", str(mini)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=None)
    ap.add_argument("--small", action="store_true")
    args = ap.parse_args(argv)
    runs = args.runs or (2 if args.small else 5)
    print(f"# framing start-up benchmark\n\n{conditions()}; {runs} runs each.\n")
    lex = _lexicon_args()
    rows = []
    help_first, help_warm, c1 = _time([*_framing(), "--help"], runs)
    rows.append(["framing --help", help_first, help_warm, "< 0.3 s", "met" if help_warm < 0.3 else "NOT met"])
    an_first, an_warm, c2 = _time([*_framing(), "analyze", "-", "--no-progress", *lex], runs, stdin=SHORT)
    rows.append(["framing analyze - (one short text on stdin)", an_first, an_warm, "< 2 s cold",
                 "met" if an_first < 2 else "NOT met"])
    print(markdown(["command", "first run s", "median of the rest s", "target", "verdict"], rows))
    if c1 or c2:
        print(f"\nwarning: a command exited non-zero ({c1}, {c2})")
    if lex:
        print("\nnote: the shipped lexicons did not load; `framing analyze` ran with tests/data/lex/mini.tsv")
    print("\n## Import costs (fresh process, median)\n")
    irows = []
    base = None
    for name, code in IMPORTS.items():
        mini = Path(__file__).resolve().parents[1] / "tests" / "data" / "lex" / "mini.tsv"
        _, warm, rc = _time([sys.executable, "-c", code.replace("MINI", repr(str(mini)))], runs)
        if base is None:
            base = warm
        irows.append([name, warm, warm - base if name != "python (no import)" else 0.0,
                      "" if rc == 0 else "failed"])
    print(markdown(["import", "seconds", "over bare python", ""], irows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
