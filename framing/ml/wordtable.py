"""The CRF tagger's word table, built at training time and stored inside the model (nothing read at run time).

Keys are lower-cased words (and ``~stem`` for list membership by stem); values are space-separated tags:

- ``z3`` … ``z7``: the word's Zipf frequency bucket in English (wordfreq, ``best`` list; words below Zipf 3 are
  not listed and read as ``rare``);
- word lists from the literature (``../shared/data/recasens2013-lexicons``): ``npov`` (Recasens et al. 2013
  NPOV bias lexicon), ``ss`` / ``ws`` (Riloff & Wiebe 2003 strong / weak subjectives), ``neg`` / ``pos`` (Hu &
  Liu 2004 opinion lexicon), ``rep`` (report verbs), ``hdg`` (hedges, Hyland 2005), ``fct`` (factives), ``ast``
  (assertives), ``imp`` (implicatives).

wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) is needed only to build the table (``pip install 'framing[train]'``).
"""

from __future__ import annotations

from pathlib import Path

from framing.ml.features import simple_stem

__all__ = ["WORD_LISTS", "build_word_table"]

#: tag → file in ``recasens2013-lexicons``
WORD_LISTS = {
    "npov": "npov_lexicon.txt",
    "ss": "strong_subjectives_riloff2003.txt",
    "ws": "weak_subjectives_riloff2003.txt",
    "neg": "negative_liu2005.txt",
    "pos": "positive_liu2005.txt",
    "rep": "report_verbs.txt",
    "hdg": "hedges_hyland2005.txt",
    "fct": "factives_hooper1975.txt",
    "ast": "assertives_hooper1975.txt",
    "imp": "implicatives_karttunen1971.txt",
}


def _read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        w = line.strip().lower().replace("’", "'")
        if w and not w.startswith((";", "#")) and " " not in w:
            out.append(w)
    return out


def build_word_table(shared_data: str | Path | None, *, zipf_min: float = 3.0, top_n: int = 80000,
                     lists: bool = True, rarity: bool = True) -> dict[str, str]:
    """Word → tags (see the module docstring); ``shared_data`` is the ``../shared/data`` folder."""
    tags: dict[str, list[str]] = {}
    if rarity:
        from wordfreq import top_n_list, zipf_frequency

        for w in top_n_list("en", top_n, wordlist="best"):
            z = zipf_frequency(w, "en", wordlist="best")
            if z >= zipf_min:
                tags.setdefault(w.replace("’", "'"), []).append(f"z{min(int(z), 7)}")
    if lists and shared_data is not None:
        root = Path(shared_data) / "recasens2013-lexicons"
        for tag, fname in WORD_LISTS.items():
            for w in _read_list(root / fname):
                tags.setdefault(w, []).append(tag)
                key = "~" + simple_stem(w)
                if tag not in tags.get(key, []):
                    tags.setdefault(key, []).append(tag)
    return {w: " ".join(dict.fromkeys(t)) for w, t in sorted(tags.items())}
