"""The table schema of analyses: one place that names the columns of the document and evidence tables.

Every tabular output (``framing analyze`` as CSV/Parquet, :func:`framing.analyze_corpus`, the Dask frames,
the report's CSV downloads) is built from :meth:`framing.Analysis.to_row` and
:meth:`framing.Span.to_row` with these column lists and types, so the tables agree wherever they come from.

Document table: ``id``, ``n_words``, ``language`` (the ISO 639-1 code of ``Analysis.language``), the metadata
columns (a key that clashes with a reserved column or a score is renamed ``meta_<key>``, see
:func:`meta_column`), ``error``, then the flat float scores.

Evidence table: :data:`SPAN_COLUMNS`, typed by :data:`SPAN_TYPES`.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from types import MappingProxyType
from typing import Literal

__all__ = ["DOCUMENT_TYPES", "RESERVED_COLUMNS", "SPAN_COLUMNS", "SPAN_FIELDS", "SPAN_TYPES", "ColumnType",
           "meta_column", "pandas_dtype"]

#: The logical column types used by the writers (pyarrow) and the pandas frames.
ColumnType = Literal["int64", "float64", "bool", "string"]

#: The flat fields of one span, in order (``alternatives`` joined with ``|``; ``probability`` may be empty).
SPAN_FIELDS: tuple[str, ...] = ("start", "end", "text", "category", "lexicon", "weight", "alternatives",
                                "in_quote", "negated", "term", "probability")
#: Columns of the evidence table, in order. ``doc_index`` is the position of the document in the run (from 0).
SPAN_COLUMNS: tuple[str, ...] = ("doc_index", "id", *SPAN_FIELDS)
#: The type of every evidence column.
SPAN_TYPES: Mapping[str, ColumnType] = MappingProxyType({
    "doc_index": "int64", "id": "string", "start": "int64", "end": "int64", "text": "string",
    "category": "string", "lexicon": "string", "weight": "float64", "alternatives": "string",
    "in_quote": "bool", "negated": "bool", "term": "string", "probability": "float64",
})

#: Document columns that are not metadata or scores (metadata sits between ``language`` and ``error``).
RESERVED_COLUMNS: tuple[str, ...] = ("id", "n_words", "language", "error")
#: Types of the reserved document columns (``error`` is empty or the message; every score is ``float64``).
DOCUMENT_TYPES: Mapping[str, ColumnType] = MappingProxyType({"id": "string", "n_words": "int64",
                                                             "language": "string", "error": "string"})


def meta_column(key: str, score_names: Container[str]) -> str:
    """The document-table column of metadata ``key``: ``meta_<key>`` if it clashes with a reserved column or
    a score name, else ``key``."""
    return f"meta_{key}" if key in RESERVED_COLUMNS or key in score_names else key


def pandas_dtype(column: str) -> str:
    """The pandas dtype of an evidence-table column (:data:`SPAN_TYPES`): text columns are ``object``."""
    t = SPAN_TYPES[column]
    return "object" if t == "string" else t
