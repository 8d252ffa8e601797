"""Keyword in context: query resolution, centring, the sampling seed, CSV round trip as gold."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.exceptions import InputError
from framing.pipeline import Analyzer
from framing.workbench.kwic import format_kwic, kwic, read_kwic_csv, write_kwic_csv
from framing.workbench.validate import load_gold, validate

MINI = Path(__file__).resolve().parent / "data" / "lex" / "mini.tsv"
DOCS = [
    {"id": f"d{i}", "text": f"Story {i}: the regime slammed critics. A dosing regime is fine. The regimes fell."}
    for i in range(30)
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(scorers=["lexicon"], lexicons=[MINI], builtin_lexicons=False)


def test_term_query_uses_the_lexicon_entry(analyzer: Analyzer) -> None:
    lines = kwic(DOCS[:1], "Regime", analyzer=analyzer, width=10)
    assert [ln.match for ln in lines] == ["regime", "regimes"]  # "dosing regime" excluded by the context rule
    ln = lines[0]
    assert ln.left == "ry 0: the " and ln.right == " slammed c"
    assert DOCS[0]["text"][ln.start:ln.end] == ln.match
    assert ln.category == "pejorative_label" and ln.lexicon == "mini"


def test_category_and_literal_queries(analyzer: Analyzer) -> None:
    by_cat = kwic(DOCS[:1], "category:attribution_loaded", analyzer=analyzer)
    assert [ln.match for ln in by_cat] == ["slammed"]
    assert [ln.match for ln in kwic(DOCS[:1], "pejorative_label", analyzer=analyzer)] == ["regime", "regimes"]
    lit = kwic(DOCS[:1], "dosing REGIME", analyzer=analyzer)
    assert [ln.match for ln in lit] == ["dosing regime"] and lit[0].category == ""
    assert kwic(DOCS[:1], "regi", analyzer=analyzer) == []
    with pytest.raises(InputError, match="no category 'nope'"):
        kwic(DOCS, "category:nope", analyzer=analyzer)


def test_sampling_is_reproducible_and_seed_dependent(analyzer: Analyzer) -> None:
    all_lines = kwic(DOCS, "regime", analyzer=analyzer)
    assert len(all_lines) == 60
    a = kwic(DOCS, "regime", analyzer=analyzer, sample=10, seed=3)
    b = kwic(DOCS, "regime", analyzer=analyzer, sample=10, seed=3)
    c = kwic(DOCS, "regime", analyzer=analyzer, sample=10, seed=4)
    assert a == b and a != c and len(a) == 10
    # a sample keeps corpus order and is a subset of the full list
    pos = [all_lines.index(x) for x in a]
    assert pos == sorted(pos)
    assert len(kwic(DOCS, "regime", analyzer=analyzer, sample=100)) == 60


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=60))
def test_sample_size_and_order_for_any_seed(seed: int, k: int) -> None:
    az = Analyzer(scorers=["lexicon"], lexicons=[MINI], builtin_lexicons=False)
    lines = kwic(DOCS, "regime", analyzer=az, sample=k, seed=seed)
    assert len(lines) == k
    keys = [(int(ln.doc_id[1:]), ln.start) for ln in lines]
    assert keys == sorted(keys) and len(set(keys)) == k


def test_text_format_centres_the_match(analyzer: Analyzer) -> None:
    out = format_kwic(kwic(DOCS[:1], "regime", analyzer=analyzer, width=20), width=20).splitlines()
    cols = [line.index("[") for line in out]
    assert len(set(cols)) == 1
    assert "\x1b[" in format_kwic(kwic(DOCS[:1], "regime", analyzer=analyzer), highlight=True)


def test_csv_round_trip_and_feedback_as_gold(tmp_path: Path, analyzer: Analyzer) -> None:
    lines = kwic(DOCS[:3], "regime", analyzer=analyzer)
    p = tmp_path / "k.csv"
    assert write_kwic_csv(lines, p) == 6
    rows = list(csv.DictReader(p.open(encoding="utf-8")))
    assert rows[0]["correct"] == "" and rows[0]["match"] == "regime"
    # the researcher marks: plural lines wrong, one singular line unjudged
    for i, r in enumerate(rows):
        r["correct"] = "" if i == 0 else ("n" if r["match"] == "regimes" else "Y")
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    back = read_kwic_csv(p)
    assert [ln.correct for ln in back] == [None, False, True, False, True, False]
    gold = load_gold(p)
    assert gold.level == "kwic"
    res = validate(gold, n_boot=50)
    assert res.overall["precision"] == pytest.approx(2 / 5)
    assert res.entries.set_index("term").loc["regime", "hits"] == 5


def test_bad_judgement_names_the_line(tmp_path: Path) -> None:
    p = tmp_path / "k.csv"
    p.write_text("doc_id,start,end,term,correct\nd1,0,1,regime,y\nd2,0,1,regime,perhaps\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"k\.csv:3: the 'correct' cell"):
        read_kwic_csv(p)


def test_formula_cells_are_neutralised(analyzer: Analyzer) -> None:
    buf = io.StringIO()
    write_kwic_csv(kwic([{"id": "x", "text": "=HYPERLINK() regime"}], "regime", analyzer=analyzer, width=13), buf)
    assert "'=HYPERLINK()" in buf.getvalue()


def test_bad_arguments(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="'query'"):
        kwic(DOCS, " ", analyzer=analyzer)
    with pytest.raises(InputError, match="string object received"):
        kwic("a text", "regime", analyzer=analyzer)


def test_html_page_keeps_long_lines_inside_a_fixed_layout(analyzer: Analyzer) -> None:
    from html.parser import HTMLParser

    from framing.workbench.html import CSP, kwic_html

    long_id = "https://www.example.com/2024/05/politics/" + "very-long-slug-" * 8 + '"<script>x</script>'
    text = ("Officials & <b>critics</b> \"argued\" for weeks. " * 4 + "the regime " + "and then <img src=x> " * 6)
    lines = kwic([{"id": long_id, "text": text}], "regime", analyzer=analyzer, width=80)
    assert len(lines) == 1
    page = kwic_html(lines)

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, dict[str, str | None]]] = []
            self.style = ""
            self._in_style = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append((tag, dict(attrs)))
            self._in_style = tag == "style"

        def handle_endtag(self, tag: str) -> None:
            self._in_style = False

        def handle_data(self, data: str) -> None:
            if self._in_style:
                self.style += data

    p = Collect()
    p.feed(page)
    names = [t for t, _ in p.tags]
    assert "script" not in names and "img" not in names and "link" not in names
    assert not any((a.get("src") or a.get("href") or "").strip() for _, a in p.tags)
    assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in p.tags
    style = " ".join(p.style.split())
    for rule in ("table.kwic { table-layout: fixed; width: 100%; }", "text-overflow: ellipsis",
                 "white-space: nowrap", "direction: rtl"):
        assert rule in style
    assert names.count("col") == 7
    k = lines[0]
    rows = [a for t, a in p.tags if t == "tr" and a.get("title")]
    assert [r["title"] for r in rows] == [k.left + k.match + k.right]  # the full line, escaped in the markup
    assert ("td", {"class": "t", "title": long_id}) in p.tags
    assert '"<script>' not in page and "&lt;img src=x&gt;" in page
