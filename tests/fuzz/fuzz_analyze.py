"""Atheris harness: framing.analyze (default scorers) and the lexicon loader on arbitrary bytes.

Run (see README.md): ``python tests/fuzz/fuzz_analyze.py -max_total_time=1800 -rss_limit_mb=3072``.
Any exception other than a :class:`framing.exceptions.FramingError`, and any broken evidence offset, is a
finding: atheris stops and writes the input to ``crash-*``.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import framing
    from framing.exceptions import FramingError
    from framing.lexicon import load_lexicon
    from framing.pipeline import Analyzer

    framing.analyze("Warm-up: load every default scorer \u201cunder\u201d instrumentation, said Sen. Ana.")

_TMP = Path(tempfile.mkdtemp(prefix="framing-fuzz-"))
_HEADER = "term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote\n"


def _check(text: str) -> None:
    a = framing.analyze(text)
    n = len(text)
    for s in a.spans:
        assert 0 <= s.start <= s.end <= n, (s.start, s.end, n)
        assert text[s.start:s.end] == s.text, s
    for name, v in a.scores.items():
        assert math.isfinite(v), (name, v)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode <= 1:
        _check(fdp.ConsumeUnicodeNoSurrogates(len(data)))
    elif mode == 2:
        _check(fdp.ConsumeBytes(len(data)).decode("utf-8", errors="replace"))
    else:
        body = fdp.ConsumeUnicodeNoSurrogates(len(data))
        p = _TMP / "fuzz.tsv"
        p.write_text(_HEADER + body, encoding="utf-8")
        try:
            lex = load_lexicon(p)
        except FramingError:
            return
        Analyzer(lexicons=[lex], builtin_lexicons=False, scorers=["lexicon"]).analyze(
            "The regime slammed the so-called plan, officials reportedly said.")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
