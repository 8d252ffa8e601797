"""Hit statistics per entry and category, grouping, never-firing entries; the HTML page and the CLI."""

from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path

import pytest
from markupsafe import escape

from framing.cli import main
from framing.pipeline import Analyzer
from framing.workbench.html import CSP, render_workbench_html
from framing.workbench.kwic import kwic
from framing.workbench.stats import lexicon_stats
from framing.workbench.validate import GoldDocument, validate

MINI = Path(__file__).resolve().parent / "data" / "lex" / "mini.tsv"
DOCS = [
    {"id": "1", "outlet": "X", "text": 'The regime slammed critics. "Not a dictator," he said.'},  # 9 words
    {"id": "2", "outlet": "Y", "text": "The regime fell. The regime is not the far-right."},  # 10 words
    {"id": "3", "outlet": "X", "text": "Nothing here."},  # 2 words
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon"], lexicons=[MINI], builtin_lexicons=False)


def test_entry_and_category_figures(analyzer: Analyzer) -> None:
    st = lexicon_stats(DOCS, analyzer=analyzer)
    assert st.n_documents == 3 and st.n_words == 21
    e = st.entries.set_index("term")
    assert (e.loc["regime", "hits"], e.loc["regime", "documents"]) == (3, 2)
    assert e.loc["regime", "per_1k"] == pytest.approx(3 * 1000 / 21)
    assert e.loc["dictator", "share_in_quote"] == 1.0 and e.loc["dictator", "share_negated"] == 1.0
    assert e.loc["far-right", "share_negated"] == 1.0 and e.loc["regime", "share_negated"] == 0.0
    assert st.entries["term"].iloc[0] == "regime"  # most hits first
    c = st.categories.set_index("category")
    assert (c.loc["pejorative_label", "hits"], c.loc["pejorative_label", "entries_fired"]) == (4, 2)
    assert c.loc["pejorative_label", "entries"] == 3
    assert c.loc["pejorative_label", "share_in_quote"] == pytest.approx(0.25)
    assert c.loc["dysphemism", "hits"] == 0 and math.isnan(c.loc["dysphemism", "share_in_quote"])
    assert set(st.unused["term"]) == {"regime change", "communist", "flood of migrants", "President", "may",
                                      "so-called"}


def test_group_by(analyzer: Analyzer) -> None:
    st = lexicon_stats(DOCS, analyzer=analyzer, group_by="outlet")
    e = st.entries.set_index(["outlet", "term"])
    assert e.loc[("X", "regime"), "hits"] == 1 and e.loc[("Y", "regime"), "hits"] == 2
    assert e.loc[("X", "regime"), "per_1k"] == pytest.approx(1000 / 11)
    assert e.loc[("Y", "regime"), "per_1k"] == pytest.approx(2 * 1000 / 10)
    c = st.categories.set_index(["outlet", "category"])
    assert c.loc[("X", "pejorative_label"), "documents"] == 1
    assert list(st.categories.columns[:2]) == ["outlet", "category"]


def test_html_page_is_self_contained_and_escaped(analyzer: Analyzer) -> None:
    docs = [{"id": "<b>x</b>", "text": "The regime <script>alert(1)</script> slammed."}]
    gold = [GoldDocument("a", docs[0]["text"], ((4, 10, "L"),))]
    page = render_workbench_html(validation=validate(gold, analyzer=analyzer, n_boot=20, min_hits=1),
                                 stats=lexicon_stats(docs, analyzer=analyzer),
                                 kwic=kwic(docs, "regime", analyzer=analyzer))
    assert f'http-equiv="Content-Security-Policy" content="{escape(CSP)}"' in page
    assert "<script" not in page and "&lt;script&gt;" in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<svg" in page and "<mark>regime</mark>" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_cli_kwic_stats_validate_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    lex = ["--no-builtin-lexicons", "--lexicon", str(MINI)]
    assert main(["kwic", "regime", str(corpus), *lex, "--width", "10"]) == 0
    out = capsys.readouterr().out
    assert out.count("[regime]") == 3
    k = tmp_path / "k.csv"
    assert main(["kwic", "regime", str(corpus), *lex, "--format", "csv", "-o", str(k), "--sample", "2"]) == 0
    assert len(list(csv.DictReader(k.open(encoding="utf-8")))) == 2
    assert main(["lexicons", "stats", str(corpus), *lex, "--group-by", "outlet", "--csv-dir", str(tmp_path / "s"),
                 "--html", str(tmp_path / "s.html")]) == 0
    assert "Entries that never fired: 6" in capsys.readouterr().out
    assert (tmp_path / "s" / "entries.csv").is_file() and (tmp_path / "s.html").is_file()
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": DOCS[1]["text"], "spans": [
        {"start": 4, "end": 10, "label": "L"}]}) + "\n", encoding="utf-8")
    assert main(["lexicons", "validate-against", str(gold), *lex, "--bootstrap", "50", "--min-hits", "1",
                 "--json", str(tmp_path / "v.json"), "--html", str(tmp_path / "v.html")]) == 0
    out = capsys.readouterr().out
    assert "overall  P 0.250" in out and "(tp 1, fp 3, fn 0)" in out
    assert json.loads((tmp_path / "v.json").read_text())["overall"]["tp"] == 1
    dic = tmp_path / "d.dic"
    dic.write_text("%\n1\tLoaded\n%\nthug*\t1\n", encoding="utf-8")
    assert main(["lexicons", "import", str(dic), "-o", str(tmp_path / "d.tsv")]) == 0
    assert "1 entries (1 wildcard prefixes, 0 words in several categories)" in capsys.readouterr().out
    dic.write_text("%\n1\tLoaded\n%\nthug*\t2\n", encoding="utf-8")
    assert main(["lexicons", "import", str(dic), "-o", str(tmp_path / "d.tsv")]) == 2
    assert f"{dic}:4: unknown category id 2" in capsys.readouterr().err


def test_empty_corpus(analyzer: Analyzer) -> None:
    st = lexicon_stats([], analyzer=analyzer)
    assert st.n_documents == 0 and len(st.entries) == 0 and len(st.unused) == 11
    assert (st.categories["hits"] == 0).all()
    r = validate([GoldDocument("x", "")], analyzer=analyzer, n_boot=10)
    assert r.overall["tp"] == 0 and math.isnan(r.overall["precision"]) and r.n_units == 0


def test_unknown_group_by_is_an_error_listing_the_columns() -> None:
    """Regression (issue 13, 6): a misspelt group_by gave one group of documents without the key."""
    from framing.exceptions import InputError
    from framing.workbench.stats import lexicon_stats

    docs = [{"text": "the regime", "outlet": "A"}, {"text": "the junta", "outlet": "B"}]
    with pytest.raises(InputError, match="no document has the metadata column 'outlett'; the columns are 'outlet'"):
        lexicon_stats(docs, group_by="outlett", analyzer=Analyzer(scorers=["lexicon"]))
    assert lexicon_stats(docs, group_by="outlet", analyzer=Analyzer(scorers=["lexicon"])).n_documents == 2
