"""Analysing a corpus across many cores or machines with Dask.

:func:`analyze_dataframe` runs the same :class:`~framing.pipeline.Analyzer` as :func:`framing.analyze_corpus`
on every partition of a Dask DataFrame and returns a lazy Dask DataFrame with a declared ``meta``: one row per
document, the same columns and values as ``analyze_corpus`` gives for the same rows (``id``, ``n_words``,
``language``, the input's other columns, ``error``, then the flat float scores), and the input's index.

Each worker builds its Analyzer once (compiling the lexicons) and reuses it for every partition it runs.

Running on a cluster
--------------------
Nothing in framing is cluster-specific: create a ``dask.distributed.Client`` before calling ``.compute()``
(or ``.to_parquet()``), and Dask sends the partitions to its workers. Every worker needs framing installed in
the same version (with the ``dask`` extra: ``pip install 'framing[dask,parquet]'``); the lexicons travel with
the task, so user lexicons given as paths need to be readable only where ``analyze_dataframe`` is called::

    from dask.distributed import Client
    import dask.dataframe as dd
    from framing.dask import analyze_dataframe

    client = Client("tcp://scheduler-host:8786")        # a running scheduler (`dask scheduler`, `dask worker`,
                                                        # dask-jobqueue for SLURM/PBS, dask-kubernetes, ...)
    ddf = dd.read_parquet("s3://bucket/news/*.parquet")  # or dd.read_csv / dd.read_json(lines=True, blocksize=...)
    scores = analyze_dataframe(ddf, text_column="text", id_column="url")
    scores.to_parquet("s3://bucket/news-scores/")       # written partition by partition by the workers

On one machine, ``Client(LocalCluster(n_workers=4, threads_per_worker=1))`` uses four processes. Prefer
processes (one thread per worker) over threads: the analysis is pure Python and holds the GIL. Partitions of
a few thousand documents (``ddf.repartition(partition_size="20MB")``) keep the scheduling overhead small.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framing.exceptions import InputError
from framing.io import Record
from framing.lexicon import Lexicon
from framing.pipeline import Analyzer
from framing.schema import meta_column
from framing.scorers.base import Scorer

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["analyze_dataframe", "analyze_partition"]



@dataclass(frozen=True, eq=False)
class _AnalyzerSpec:
    """What a worker needs to rebuild the Analyzer; equal (and cached) by ``token`` only."""

    token: str
    payload: bytes  # the pickled Analyzer: its configuration (scorers, lexicons, model), not its compiled state

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _AnalyzerSpec) and other.token == self.token

    def __hash__(self) -> int:
        return hash(self.token)

    @classmethod
    def of(cls, analyzer: Analyzer) -> _AnalyzerSpec:
        payload = pickle.dumps(analyzer, protocol=4)
        return cls(hashlib.sha256(payload).hexdigest(), payload)


@lru_cache(maxsize=4)
def _analyzer_for(spec: _AnalyzerSpec) -> Analyzer:
    analyzer: Analyzer = pickle.loads(spec.payload)  # made by _AnalyzerSpec.of in this very run
    return analyzer


@dataclass(frozen=True)
class _Layout:
    text_column: str
    id_column: str | None
    meta_columns: tuple[tuple[Any, str], ...]  # (input column, output name)
    score_columns: tuple[str, ...]


def analyze_partition(part: pd.DataFrame, spec: _AnalyzerSpec, layout: _Layout,
                      dtypes: dict[str, Any]) -> pd.DataFrame:
    """Analyse one pandas partition; the result has exactly the columns and ``dtypes`` declared as meta."""
    import numpy as np
    import pandas as pd

    from framing.corpus import _safe_analyze
    from framing.io import SKIPPED, record_id, record_text
    from framing.language import ENGLISH

    analyzer = _analyzer_for(spec)
    texts = part[layout.text_column].tolist()
    ids = part[layout.id_column].tolist() if layout.id_column else part.index.tolist()
    n = len(texts)
    n_words = np.zeros(n, dtype="int64")
    languages = [ENGLISH] * n  # a skipped row is "en", as in analyze_corpus
    errors: list[str | None] = [None] * n
    scores = np.full((n, len(layout.score_columns)), np.nan, dtype="float64")
    col_of = {name: j for j, name in enumerate(layout.score_columns)}
    labels = part.index.tolist()
    for i, (rid, value) in enumerate(zip(ids, texts, strict=True)):
        if layout.id_column:  # a null id is the row's index label, as in analyze_corpus
            ids[i] = rid = record_id(rid, str(labels[i]))
        text, why = record_text(value, layout.text_column)  # the same null/type rule as every input kind
        if why is not None:
            errors[i] = SKIPPED + why
            continue
        a = _safe_analyze(analyzer, Record(id=str(rid), text=text))
        n_words[i] = a.n_words
        languages[i] = a.language
        errors[i] = a.error
        for k, v in a.scores.items():
            j = col_of.get(k)
            if j is not None:
                scores[i, j] = v
    data: dict[str, Any] = {"id": [str(x) for x in ids], "n_words": n_words,
                            "language": pd.Series(languages, dtype=object, index=part.index)}
    for src, out in layout.meta_columns:
        data[out] = part[src].to_numpy()
    data["error"] = pd.Series(errors, dtype=object, index=part.index)
    for j, name in enumerate(layout.score_columns):
        data[name] = scores[:, j]
    result = pd.DataFrame(data, index=part.index)
    return result.astype(dtypes)


def analyze_dataframe(
    ddf: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    scorers: Sequence[str | Scorer] | None = None,
    lexicons: Sequence[Lexicon | str | Path] | None = None,
    builtin_lexicons: bool = True,
    analyzer: Analyzer | None = None,
) -> dd.DataFrame:
    """Analyse every row of a Dask DataFrame; lazy, one output row per input row, same index.

    Ids come from ``id_column``, else an ``id`` column, else the index (as in :func:`framing.analyze_corpus`).
    The other input columns are carried through (renamed ``meta_<name>`` if they clash with ``n_words``,
    ``language``, ``error`` or a score). A document that fails gets its message in ``error`` and NaN scores, a
    document not in English its language code in ``language`` and NaN scores. See the module docstring for
    running on a real cluster.
    """
    import pandas as pd

    if analyzer is None:
        analyzer = Analyzer(scorers=scorers, lexicons=lexicons, builtin_lexicons=builtin_lexicons)
    elif scorers is not None or lexicons is not None:
        raise InputError("analyze_dataframe(): pass either analyzer= or scorers=/lexicons=, not both")
    cols = list(ddf.columns)
    if text_column not in cols:
        raise InputError(f"Dask DataFrame: no text column {text_column!r}; the columns are "
                         f"{', '.join(repr(c) for c in cols) or '(none)'}")
    if id_column is not None and id_column not in cols:
        raise InputError(f"Dask DataFrame: no id column {id_column!r}; the columns are "
                         f"{', '.join(repr(c) for c in cols)}")
    id_key = id_column or ("id" if "id" in cols else None)
    score_columns = analyzer.score_names  # declared by the scorers: nothing is analysed here
    meta_columns = tuple((c, meta_column(str(c), score_columns)) for c in cols if c not in (text_column, id_key))
    layout = _Layout(text_column, id_key, meta_columns, tuple(score_columns))
    empty = ddf._meta
    index = empty.index[:0]
    parts: dict[str, Any] = {"id": pd.Series([], dtype=str, index=index),
                             "n_words": pd.Series([], dtype="int64", index=index),
                             "language": pd.Series([], dtype=pd.StringDtype(), index=index)}
    for src, out in meta_columns:
        parts[out] = empty[src].iloc[:0]
    # a string dtype, not object: Dask's placeholder for an empty object column is an arbitrary object(),
    # which pyarrow cannot type, so .to_parquet() failed (issue 13)
    parts["error"] = pd.Series([], dtype=pd.StringDtype(), index=index)
    for name in score_columns:
        parts[name] = pd.Series([], dtype="float64", index=index)
    meta = pd.concat(parts, axis=1)  # all columns at once (column-by-column inserts fragment the frame)
    spec = _AnalyzerSpec.of(analyzer)
    return ddf.map_partitions(analyze_partition, spec, layout, dict(meta.dtypes), meta=meta,
                              align_dataframes=False)
