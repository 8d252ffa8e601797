"""The bad-input catalogue: inputs users really feed the toolkit, each with the behaviour we promise.

Every case is a set of files (bytes, or a generator called at test time for the big ones, so nothing large
is committed), a ``framing`` command line (``{d}`` is the case's folder, ``{out}`` the output file) and one
expected behaviour:

- ``analysed``: exit 0, the output is written and holds ``n_docs`` documents whose spans satisfy
  ``text[start:end] == span.text``;
- ``skipped``: exit 0, like ``analysed``, and standard error has a warning line containing ``needle`` (the
  item that was skipped). Every input record is accounted for (issue 13): a record that could not be read is
  still a row of the output, with its ``error`` (``extra["n_errors"]`` of them), and the summary line's counts
  add up to ``n_docs``;
- ``exit-2``: exit 2, exactly one line on standard error containing ``needle``, no output file.

``extra["unchanged"]`` names input files that must still hold their bytes afterwards (outputs never replace
an input). In no case may the run print a traceback, hang (tests/test_bad_inputs.py gives each run a timeout) or leave
a partial or temporary output file behind. The lexicon that would match everything (``the``, ``a``, ``of``
…) is analysed normally: it is a valid lexicon, every token becomes evidence, and the run stays linear in
the text (the matcher is an Aho-Corasick automaton; spans are one per token at most).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

__all__ = ["CASES", "Case"]

Content = bytes | Callable[[], bytes]

LEX_HEADER = "term\tcategory\tweight\talternatives\tinflect\tforms\tcase\tcontext\tnote\n"
ARTICLE = ("The regime slammed the so-called reform on Tuesday. \u201cIt is a disaster,\u201d said Sen. Ana "
           "Nicol\u00e1s, a fierce critic of the embattled strongman. Officials reportedly conceded defeat.\n")


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, Content]
    args: list[str]
    expect: str  # analysed | skipped | exit-2
    needle: str = ""
    n_docs: int | None = None
    scorers: str = "lexicon"  # --scorers; "" runs every default scorer (lexicon, devices, ml, sentiment, ...)
    extra: dict[str, object] = field(default_factory=dict)
    stdin: bytes = b""  # fed to the command's standard input

    def __post_init__(self) -> None:
        assert self.expect in ("analysed", "skipped", "exit-2"), self.expect


def _lex(*rows: str, header: str = LEX_HEADER) -> bytes:
    return (header + "".join(r + "\n" for r in rows)).encode()


def _csv(*lines: str) -> bytes:
    return "".join(line + "\r\n" for line in lines).encode()


def _jsonl(*objs: object) -> bytes:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs).encode()


def _big_document() -> bytes:  # 10 MB, one document
    block = ARTICLE.encode()
    return block * (10 * 1024 * 1024 // len(block) + 1)


def _one_word() -> bytes:  # a single 1 MB "word", no spaces
    return b"regime" + b"x" * (1024 * 1024)


def _one_punct_run() -> bytes:
    return b"!?." * (350 * 1024)


def _nested_quotes() -> bytes:
    opens = "\u201c\u2018\"'" * 250
    closes = "'\"\u2019\u201d" * 250
    return (opens + "the regime slammed critics" + closes + " " + ARTICLE).encode()


def _unbalanced_quotes() -> bytes:
    return ("\u201c" * 300 + "the regime said \u201cno. " * 200 + "\u201d" * 7 + ARTICLE).encode()


def _huge_field_csv() -> bytes:
    return _csv("id,text", "big,\"" + ARTICLE.strip().replace('"', '""') * 25_000 + "\"", "small,a regime")


def _parquet(columns: dict[str, list[object]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = BytesIO()
    pq.write_table(pa.table(columns), buf)
    return buf.getvalue()


def _pdf() -> bytes:
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _docx() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>the regime</w:document>")
    return buf.getvalue()


DEV = "lexicon,devices"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))

CASES: list[Case] = [
    # --- encodings -------------------------------------------------------------------------------------
    Case("invalid_utf8", {"a.txt": b"The regime \xff\xfe slammed"}, ["{d}/a.txt"], "exit-2", "invalid UTF-8"),
    Case("invalid_utf8_replace", {"a.txt": b"The regime \xff slammed"},
         ["--encoding-errors", "replace", "{d}/a.txt"], "analysed", n_docs=1),
    Case("utf16_le_bom", {"a.txt": ARTICLE.encode("utf-16")}, ["{d}/a.txt"], "analysed", n_docs=1,
         extra={"min_spans": 3}),
    Case("utf16_be_bom", {"a.txt": b"\xfe\xff" + ARTICLE.encode("utf-16-be")}, ["{d}/a.txt"], "analysed",
         n_docs=1, extra={"min_spans": 3}),
    Case("utf8_bom", {"a.txt": b"\xef\xbb\xbf" + ARTICLE.encode()}, ["{d}/a.txt"], "analysed", n_docs=1,
         extra={"min_spans": 3}),
    Case("latin1", {"a.txt": "Nicol\u00e1s, caf\u00e9: the regime.".encode("latin-1")}, ["{d}/a.txt"],
         "exit-2", "invalid UTF-8 at byte 5"),
    Case("latin1_replace", {"a.txt": "Nicol\u00e1s, caf\u00e9: the regime.".encode("latin-1")},
         ["--encoding-errors", "replace", "{d}/a.txt"], "analysed", n_docs=1),
    Case("mojibake", {"a.txt": "Nicol\u00c3\u00a1s didn\u00e2\u20ac\u2122t \u00e2\u20ac\u0153slam\u00e2\u20ac\u009d "
                               "the regime\u00e2\u20ac\u201d again.".encode()}, ["{d}/a.txt"], "analysed",
         n_docs=1),
    Case("crlf_and_cr", {"a.txt": ARTICLE.replace("\n", "\r\n").encode() + b"old\rmac\rlines"}, ["{d}/a.txt"],
         "analysed", n_docs=1),
    # --- empty and odd text ----------------------------------------------------------------------------
    Case("empty_file", {"a.txt": b""}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=""),
    Case("whitespace_only", {"a.txt": b" \t\n\r\n \xc2\xa0\xe2\x80\x83\n"}, ["{d}/a.txt"], "analysed", n_docs=1,
         scorers=""),
    Case("zero_width_chars", {"a.txt": "The re\u200bgime\u200d sl\u00adammed the \ufeffso-called\u2060 "
                                       "plan.\u200c".encode()}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    Case("bidi_controls", {"a.txt": "\u202eThe regime\u202c said \u2067\u0627\u0644\u0646\u0638\u0627\u0645"
                                    "\u2069 \u200f\u202a\u202b\u2066 slammed.".encode()}, ["{d}/a.txt"],
         "analysed", n_docs=1, scorers=""),
    Case("combining_and_astral", {"a.txt": "The re\u0301gime \U0001f4a5 slammed \U0001d400\U0001d401 Nicola\u0301s."
                                  .encode()}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    Case("html_markup", {"a.txt": (b"<html><head><script>alert('x')</script><style>p{}</style></head><body><p>"
                                   b"The <b>regime</b> &amp; its <a href=\"javascript:alert(1)\">so-called</a> "
                                   b"reform &ldquo;failed&rdquo;.</p><!-- slammed --></body></html>")},
         ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    Case("control_chars", {"a.txt": b"The regime\x07\x1b[31m slammed\x0b\x0c the\x7f plan."},
         ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    # --- binary ----------------------------------------------------------------------------------------
    Case("binary_png_as_txt", {"a.txt": PNG}, ["{d}/a.txt"], "exit-2", "binary"),
    Case("pdf_renamed_txt", {"a.txt": _pdf()}, ["{d}/a.txt"], "exit-2", "binary"),
    Case("nul_bytes", {"a.txt": b"The regime\x00 slammed\x00\x00 it."}, ["{d}/a.txt"], "exit-2", "binary"),
    Case("binary_in_folder", {"docs/a.txt": ARTICLE.encode(), "docs/b.txt": PNG, "docs/c.txt": _pdf(),
                              "docs/d.txt": b"\x00\x01 nul"},
         ["{d}/docs"], "skipped", "b.txt: skipped", n_docs=4, extra={"n_errors": 3}),
    Case("other_files_in_folder", {"docs/a.txt": ARTICLE.encode(), "docs/report.docx": _docx(),
                                   "docs/scan.pdf": _pdf()},
         ["{d}/docs"], "skipped", "report.docx", n_docs=1),
    Case("invalid_utf8_in_folder", {"docs/a.txt": ARTICLE.encode(), "docs/b.txt": b"bad \xff byte"},
         ["{d}/docs"], "exit-2", "b.txt: invalid UTF-8"),
    Case("empty_folder", {"docs/.keep": b""}, ["{d}/docs"], "skipped", "no .txt files in the folder, no documents",
         n_docs=0),
    Case("missing_path", {}, ["{d}/nope.txt"], "exit-2", "nope.txt: no such file"),
    # session 24 audit: .json, .tsv and .html were each one raw text; subfolders were passed over in silence
    Case("json_array", {"a.json": json.dumps([{"id": "a", "text": ARTICLE}, {"id": "b", "text": "junta"}]).encode()},
         ["{d}/a.json"], "analysed", n_docs=2, extra={"ids": ["a", "b"]}),
    Case("tsv_file", {"a.tsv": b"id\ttext\na\tthe regime\nb\tthe junta\n"}, ["{d}/a.tsv"], "analysed", n_docs=2,
         extra={"ids": ["a", "b"]}),
    Case("html_file", {"a.html": b"<p>The regime</p>"}, ["{d}/a.html"], "exit-2", "cannot read a .html file"),
    Case("subfolder_in_folder", {"docs/a.txt": ARTICLE.encode(), "docs/old/b.txt": ARTICLE.encode()},
         ["{d}/docs"], "skipped", "did not read 1 subfolder(s)", n_docs=1),
    # --- standard input --------------------------------------------------------------------------------
    Case("stdin_invalid_utf8", {}, ["-"], "exit-2", "<stdin>: invalid UTF-8 at byte 4", stdin=b"bad \xff byte"),
    Case("stdin_binary", {}, ["-"], "exit-2", "<stdin>: looks like a binary file", stdin=PNG),
    Case("stdin_utf16_bom", {}, ["-"], "analysed", n_docs=1, stdin=ARTICLE.encode("utf-16"),
         extra={"min_spans": 3}),
    Case("stdin_empty", {}, ["-"], "analysed", n_docs=1),
    Case("stdin_jsonl_broken_line", {}, ["-"], "skipped", "<stdin>:2: skipped, not valid JSON", n_docs=2,
         stdin=b'{"text": "the regime"}\n{"text": \n', extra={"n_errors": 1}),
    # --- size ------------------------------------------------------------------------------------------
    Case("ten_mb_document", {"a.txt": _big_document}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV,
         extra={"min_spans": 100_000, "max_seconds": 90}),
    Case("one_mb_word", {"a.txt": _one_word}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=""),
    Case("one_mb_punctuation", {"a.txt": _one_punct_run}, ["{d}/a.txt"], "analysed", n_docs=1),
    # --- quotes ----------------------------------------------------------------------------------------
    Case("nested_quotes", {"a.txt": _nested_quotes}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    Case("unbalanced_quotes", {"a.txt": _unbalanced_quotes}, ["{d}/a.txt"], "analysed", n_docs=1, scorers=DEV),
    # --- CSV -------------------------------------------------------------------------------------------
    Case("csv_missing_text_column", {"a.csv": _csv("id,body", "1,the regime")}, ["{d}/a.csv"], "exit-2",
         "no text column 'text'; the columns are 'id', 'body'"),
    Case("csv_missing_id_column", {"a.csv": _csv("id,text", "1,the regime")},
         ["--id-column", "doc", "{d}/a.csv"], "exit-2", "no id column 'doc'"),
    # issue 13: an empty input says so (it exited 0 with no word; an empty CSV claimed a missing column)
    Case("csv_empty_file", {"a.csv": b""}, ["{d}/a.csv"], "skipped", "a.csv: empty file, no documents", n_docs=0),
    Case("csv_header_only", {"a.csv": _csv("id,text")}, ["{d}/a.csv"], "skipped", "a header line and no rows",
         n_docs=0),
    Case("csv_ragged_short_row", {"a.csv": _csv("id,outlet,text", "1,x,the regime", "2,y", "3,z,a so-called plan")},
         ["--id-column", "id", "{d}/a.csv"], "skipped", "row 2 has no 'text' cell", n_docs=3,
         extra={"n_errors": 1}),
    Case("csv_ragged_long_row", {"a.csv": _csv("id,text", "1,the regime,extra,cells", "2,ok")},
         ["--id-column", "id", "{d}/a.csv"], "skipped", "row 1 has more cells", n_docs=2),
    Case("csv_embedded_newlines", {"a.csv": _csv("id,text", "1,\"line one\nthe regime\r\n\nslammed\"", "2,x")},
         ["--id-column", "id", "{d}/a.csv"], "analysed", n_docs=2),
    Case("csv_huge_field", {"a.csv": _huge_field_csv}, ["--id-column", "id", "{d}/a.csv"], "analysed", n_docs=2),
    Case("csv_duplicate_ids", {"a.csv": _csv("id,text", "7,the regime", "7,the junta", "8,x")},
         ["--id-column", "id", "{d}/a.csv"], "skipped", "duplicate id '7'", n_docs=3),
    Case("csv_invalid_utf8", {"a.csv": b"id,text\r\n1,ok\r\n2,bad \xe9 byte\r\n"}, ["{d}/a.csv"], "exit-2",
         "invalid UTF-8 at byte 21 (line 3)"),
    Case("csv_bom_and_quotes", {"a.csv": b"\xef\xbb\xbf" + _csv("text,id", "\"She said \"\"regime\"\"\",1")},
         ["--id-column", "id", "{d}/a.csv"], "analysed", n_docs=1),
    # issue 13: an unterminated quote swallowed the rest of the file into one document (exit 0, no word); a
    # quote followed by more text after it closes lost the quotes. Both are now an error naming file and line,
    # or with --on-error skip a row with its error, reading on at the next line.
    Case("csv_unterminated_quote", {"a.csv": _csv("id,text", "1,\"the regime slammed", "2,fine")},
         ["{d}/a.csv"], "exit-2", "a.csv:2: a quoted field opened on line 2 is never closed"),
    Case("csv_unterminated_quote_mid_file", {"a.csv": _csv("id,text", *(f"{i},row {i}" for i in range(1, 3001)),
                                                           "3001,\"the regime slammed",
                                                           *(f"{i},the junta {i}" for i in range(3002, 10001)))},
         ["{d}/a.csv"], "exit-2", "a.csv:3002: a quoted field opened on line 3002 is never closed"),
    Case("csv_unterminated_quote_skip", {"a.csv": _csv("id,text", "1,\"the regime slammed", "2,fine", "3,ok")},
         ["--on-error", "skip", "{d}/a.csv"], "skipped", "a.csv:2: skipped, a quoted field opened on line 2",
         n_docs=3, extra={"n_errors": 1}),
    Case("csv_text_after_closing_quote", {"a.csv": _csv("id,text", "1,ok", "2,\"the regime\" slammed", "3,fine")},
         ["{d}/a.csv"], "exit-2", "a.csv:3: malformed CSV on line 3"),
    Case("csv_text_after_closing_quote_skip", {"a.csv": _csv("id,text", "1,ok", "2,\"the regime\" slammed",
                                                             "3,fine")},
         ["--on-error", "skip", "--id-column", "id", "{d}/a.csv"], "skipped", "a.csv:3: skipped, malformed CSV",
         n_docs=3, extra={"n_errors": 1}),
    Case("csv_null_id", {"a.csv": _csv("id,text", "a,the regime", ",the junta")},
         ["--id-column", "id", "{d}/a.csv"], "analysed", n_docs=2, extra={"ids": ["a", "2"]}),
    Case("csv_formula_cells", {"a.csv": _csv("id,outlet,text", "=1+1,@SUM(A1),-the regime",
                                             "+2,=HYPERLINK(\"http://x\"),ok")},
         ["--csv-safe", "--id-column", "id", "--format", "csv", "{d}/a.csv"], "analysed", n_docs=2,
         extra={"csv_safe": True}),
    # --- JSONL -----------------------------------------------------------------------------------------
    Case("jsonl_one_broken_line", {"a.jsonl": _jsonl({"id": "a", "text": ARTICLE}, "{\"id\": \"b\", \"text\": ",
                                                     {"id": "c", "text": "the junta"})},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:2: skipped, not valid JSON", n_docs=3, extra={"n_errors": 1}),
    Case("jsonl_not_object", {"a.jsonl": _jsonl({"id": "a", "text": "x"}, [1, 2], "\"str\"", {"text": "y"})},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:2: skipped, expected a JSON object", n_docs=4, extra={"n_errors": 2}),
    Case("jsonl_text_not_string", {"a.jsonl": _jsonl({"id": "a", "text": 3}, {"id": "b", "text": "the regime"})},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:1: skipped, 'text' is not a string", n_docs=2,
         extra={"n_errors": 1}),
    Case("jsonl_missing_text_later_line", {"a.jsonl": _jsonl({"id": "a", "text": "x"}, {"id": "b", "body": "y"},
                                                             {"id": "c", "text": "the regime"})},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:2: skipped, no text column 'text'", n_docs=3, extra={"n_errors": 1}),
    # issue 13: null text was dropped without a row; a null id became the string "None"
    Case("jsonl_null_text", {"a.jsonl": _jsonl({"id": "a", "text": "the regime"}, {"id": "b", "text": None})},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:2: skipped, 'text' is null", n_docs=2, extra={"n_errors": 1}),
    Case("jsonl_null_id", {"a.jsonl": _jsonl({"id": None, "text": "the regime"}, {"id": "b", "text": "x"})},
         ["{d}/a.jsonl"], "analysed", n_docs=2, extra={"ids": ["1", "b"]}),
    Case("parquet_null_text_and_id", {"a.parquet": lambda: _parquet({"id": ["a", None, "c"],
                                                                     "text": ["the regime", "x", None]})},
         ["--id-column", "id", "{d}/a.parquet"], "skipped", "a.parquet: row 3: skipped, 'text' is null", n_docs=3,
         extra={"n_errors": 1, "ids": ["a", "2", "c"]}),
    # issue 13: one NaN/Infinity metadata value killed the whole JSON run with a traceback and no output
    Case("jsonl_nan_infinity_meta", {"a.jsonl": _jsonl('{"id": "a", "text": "the regime", "score": NaN, '
                                                       '"w": Infinity, "v": -Infinity}', {"id": "b", "text": "x"})},
         ["{d}/a.jsonl"], "analysed", n_docs=2),
    Case("jsonl_empty_file", {"a.jsonl": b"\n\n"}, ["{d}/a.jsonl"], "skipped", "a.jsonl: empty file, no documents",
         n_docs=0),
    Case("jsonl_missing_text_first_line", {"a.jsonl": _jsonl({"id": "a", "body": "x"})}, ["{d}/a.jsonl"],
         "exit-2", "no text column 'text'; the columns are 'id', 'body'"),
    Case("jsonl_nul_and_surrogates", {"a.jsonl": _jsonl("{\"id\": \"a\", \"text\": \"the\\u0000regime \\ud800 "
                                                        "slammed \\udfff\"}", {"id": "b", "text": "x"})},
         ["{d}/a.jsonl"], "analysed", n_docs=2),
    Case("jsonl_surrogate_pair_and_id", {"a.jsonl": _jsonl(
        "{\"id\": \"\\udc00\", \"text\": \"\\ud83d\\ude00 regime\"}")},
         ["{d}/a.jsonl"], "analysed", n_docs=1),
    Case("jsonl_invalid_utf8", {"a.jsonl": b"{\"text\": \"ok\"}\n{\"text\": \"\xff\"}\n"}, ["{d}/a.jsonl"],
         "exit-2", "a.jsonl: invalid UTF-8 at byte 25 (line 2)"),
    Case("jsonl_deeply_nested_meta", {"a.jsonl": ("{\"text\": \"the regime\", \"meta\": " + "[" * 100_000
                                                  + "]" * 100_000 + "}\n{\"text\": \"x\"}\n").encode()},
         ["{d}/a.jsonl"], "skipped", "a.jsonl:1: skipped", n_docs=2, extra={"n_errors": 1}),
    # --- lexicons --------------------------------------------------------------------------------------
    Case("lexicon_bad_header", {"l.tsv": _lex("regime\tpejorative_label\t0.5", header="term\tcat\tweight\n"),
                                "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:1"),
    Case("lexicon_conflicting_duplicate", {"l.tsv": _lex("tyrant\tpejorative_label\t0.5",
                                                         "tyrant\tneutral_title\t0"),
                                           "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:3"),
    Case("lexicon_bad_weight", {"l.tsv": _lex("tyrant\tpejorative_label\theavy"), "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:2"),
    Case("lexicon_weight_out_of_range", {"l.tsv": _lex("tyrant\tpejorative_label\t2.5"),
                                         "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "weight must be a number from 0 to 1"),
    Case("lexicon_weight_nan", {"l.tsv": _lex("tyrant\tpejorative_label\tnan"), "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:2"),
    Case("lexicon_bad_context_rule", {"l.tsv": _lex("tyrant\tpejorative_label\t0.5\t\t\t\t\tbefore=x"),
                                      "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:2"),
    Case("lexicon_invalid_utf8", {"l.tsv": LEX_HEADER.encode() + b"tyr\xffant\tpejorative_label\t0.5\n",
                                  "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv"),
    Case("lexicon_binary", {"l.tsv": PNG, "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv"),
    Case("lexicon_missing", {"a.txt": ARTICLE.encode()}, ["--lexicon", "{d}/none.tsv", "{d}/a.txt"], "exit-2",
         "none.tsv"),
    Case("lexicon_validate_bad", {"l.tsv": _lex("tyrant\tpejorative_label\t0.5\t\t\t\t\t!prev=")},
         ["@lexicons", "validate", "{d}/l.tsv"], "exit-2", "l.tsv:2", extra={"report": True}),
    Case("lexicon_matches_everything",
         {"l.tsv": _lex(*(f"{w}\tpejorative_label\t1" for w in
                          ("the", "a", "of", "and", "to", "in", "is", "it", "said", "that", "on", "regime"))),
          "a.txt": lambda: ARTICLE.encode() * 20_000},
         ["--lexicon", "{d}/l.tsv", "--no-builtin-lexicons", "{d}/a.txt"], "analysed", n_docs=1,
         extra={"min_spans": 200_000}),
    # --- lexicon manifests (issue 13: files inside the manifest's folder only, content never echoed) ----------
    Case("manifest_names_parent_file", {"lx/manifest.toml": b'[[lexicon]]\nname = "x"\nfile = "../outside.tsv"\n',
                                        "outside.tsv": _lex("regime\tpejorative_label\t0.5"),
                                        "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/lx", "{d}/a.txt"], "exit-2", "must be inside the manifest's folder"),
    Case("manifest_names_absolute_file", {"lx/manifest.toml": b'[[lexicon]]\nname = "x"\nfile = "/etc/passwd"\n',
                                          "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/lx", "{d}/a.txt"], "exit-2", "must be inside the manifest's folder"),
    Case("lexicon_secret_file", {"l.tsv": b"root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n", "a.txt": ARTICLE.encode()},
         ["--lexicon", "{d}/l.tsv", "{d}/a.txt"], "exit-2", "l.tsv:1: expected the header",
         extra={"not_in_stderr": "SECRET-CONTENT"}),
    # --- output ----------------------------------------------------------------------------------------
    Case("output_is_a_folder", {"a.txt": ARTICLE.encode(), "outdir/.keep": b""},
         ["{d}/a.txt", "-o", "{d}/outdir"], "exit-2", "outdir"),
    # issue 13: outputs replaced the corpus, exit 0
    Case("output_is_the_input", {"a.csv": _csv("id,text", "1,the regime")},
         ["{d}/a.csv", "--format", "csv", "-o", "{d}/a.csv"], "exit-2", "is the input",
         extra={"unchanged": ["a.csv"]}),
    Case("spans_is_the_input", {"a.csv": _csv("id,text", "1,the regime")},
         ["{d}/a.csv", "--spans", "{d}/a.csv"], "exit-2", "--spans", extra={"unchanged": ["a.csv"]}),
    Case("output_is_the_input_jsonl", {"a.jsonl": _jsonl({"text": "the regime"})},
         ["{d}/a.jsonl", "-o", "{d}/a.jsonl"], "exit-2", "is the input", extra={"unchanged": ["a.jsonl"]}),
    Case("output_is_a_lexicon", {"l.tsv": _lex("regime\tpejorative_label\t0.5"), "a.txt": ARTICLE.encode()},
         ["{d}/a.txt", "--lexicon", "{d}/l.tsv", "-o", "{d}/l.tsv"], "exit-2", "is the input",
         extra={"unchanged": ["l.tsv"]}),
    Case("output_is_a_file_in_the_input_folder", {"docs/a.txt": ARTICLE.encode()},
         ["{d}/docs", "-o", "{d}/docs/a.txt"], "exit-2", "is the input", extra={"unchanged": ["docs/a.txt"]}),
    Case("report_csv_is_the_input", {"a.csv": _csv("id,text", "1,the regime", "2,the junta")},
         ["@report", "{d}/a.csv", "-o", "{out}", "--csv", "{d}/a.csv"], "exit-2", "is the input",
         extra={"unchanged": ["a.csv"]}),
    Case("report_html_and_pdf_same_file", {"a.txt": ARTICLE.encode()},
         ["@report", "{d}/a.txt", "-o", "{out}", "--pdf", "{out}"], "exit-2", "are the same file"),
    Case("report_output_is_the_input", {"a.jsonl": _jsonl({"text": "the regime"}, {"text": "the junta"})},
         ["@report", "{d}/a.jsonl", "-o", "{d}/a.jsonl"], "exit-2", "is the input",
         extra={"unchanged": ["a.jsonl"]}),
    Case("output_folder_cannot_be_created", {"a.txt": ARTICLE.encode()},
         ["{d}/a.txt", "-o", "{d}/a.txt/sub/out.json"], "exit-2", "out.json: cannot write (Not a directory)"),
    # issue 13: a misspelt --group-by gave one "(no value)" group, exit 0
    Case("report_group_by_unknown_column", {"a.jsonl": _jsonl({"text": "the regime", "outlet": "A"},
                                                              {"text": "the junta", "outlet": "B"})},
         ["@report", "{d}/a.jsonl", "-o", "{out}", "--group-by", "outlett", "--scorers", "lexicon", "--n-boot",
          "10"], "exit-2", "no document has the metadata column 'outlett'; the columns are 'outlet'"),
    Case("stats_group_by_unknown_column", {"a.jsonl": _jsonl({"text": "the regime", "outlet": "A"})},
         ["@lexicons", "stats", "{d}/a.jsonl", "--group-by", "outlett"], "exit-2",
         "the columns are 'outlet'"),
    # --- models ----------------------------------------------------------------------------------------
    Case("model_truncated_arrays", {"sent.csv": _csv("text,label", "the regime,1", "the government,0")},
         ["@evaluate", "--model", "{d}/model", "--sentences", "{d}/sent.csv", "--n-boot", "10"], "exit-2",
         "model", extra={"tamper": "truncate_arrays"}),
    Case("model_garbage_manifest", {"sent.csv": _csv("text,label", "the regime,1", "the government,0")},
         ["@evaluate", "--model", "{d}/model", "--sentences", "{d}/sent.csv", "--n-boot", "10"], "exit-2",
         "model", extra={"tamper": "garbage_manifest"}),
    Case("model_pickle_instead", {"sent.csv": _csv("text,label", "the regime,1", "the government,0")},
         ["@evaluate", "--model", "{d}/model", "--sentences", "{d}/sent.csv", "--n-boot", "10"], "exit-2",
         "model", extra={"tamper": "pickle_arrays"}),
]


def materialise(case: Case, root: Path) -> None:
    """Write the case's files under ``root`` (generators run now) and tamper with a model copy if asked."""
    for rel, content in case.files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content() if callable(content) else content)
    tamper = case.extra.get("tamper")
    if tamper:
        import shutil
        from importlib import resources

        src = Path(str(resources.files("framing.models").joinpath("default")))
        dst = root / "model"
        shutil.copytree(src, dst)
        if tamper == "truncate_arrays":
            data = (dst / "arrays.npz").read_bytes()
            (dst / "arrays.npz").write_bytes(data[: len(data) // 2])
        elif tamper == "garbage_manifest":
            (dst / "manifest.json").write_bytes(b"{\"format\": \x00\xff garbage")
        elif tamper == "pickle_arrays":
            import pickle

            (dst / "arrays.npz").write_bytes(pickle.dumps({"os": "system"}))
