"""The methods appendix's "how far to trust these measures" table (``framing/data/report_validity.tsv``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.exceptions import ReportError
from framing.reporting import build_report
from framing.reporting.methods import methods_data
from framing.reporting.validity import load_validity, parse_validity
from tests.test_report_data import full_analysis

ROOT = Path(__file__).resolve().parents[1]
_NUMBER_RE = re.compile(r"\d+\.\d+(?:[–-]\d+\.\d+)?|\d+/\d+")


def test_shipped_table_covers_the_reported_devices():
    rows = load_validity()
    measures = " ".join(r.measure.lower() for r in rows)
    for what in ("loaded", "own-voice", "quotation speakers", "actors", "frame", "tone", "scare", "sentence"):
        assert what in measures, what


def test_every_figure_is_one_the_readme_reports():
    readme = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    with_numbers = [row for row in load_validity() if _NUMBER_RE.search(row.figure)]
    assert len(with_numbers) >= 6
    for row in with_numbers:
        for x in _NUMBER_RE.findall(row.figure) + _NUMBER_RE.findall(row.measured_on):
            assert x in readme, f"{row.measure}: {x} is not in README.md"


def test_malformed_lines_name_the_file_and_line():
    with pytest.raises(ReportError, match=r"v\.tsv, line 2: expected the header row"):
        parse_validity("# about\nmeasure\tfigure\n", "v.tsv")
    with pytest.raises(ReportError, match=r"v\.tsv, line 3: expected 3 non-empty tab-separated cells .* got 2"):
        parse_validity("measure\tfigure\tmeasured_on\n\nA\t0.5\n", "v.tsv")
    with pytest.raises(ReportError, match="line 2: expected 3 non-empty"):
        parse_validity("measure\tfigure\tmeasured_on\nA\t \tset\n", "v.tsv")
    assert parse_validity("measure\tfigure\tmeasured_on\n# c\nA\t0.5\tset\n")[0].figure == "0.5"


def test_methods_data_and_both_report_kinds_show_the_table():
    data = methods_data(lexicons=[], parameters={}, n_docs=1, n_failed=0, n_words=10, coverage=0.0, command="x")
    assert [v["measure"] for v in data["validity"]] == [r.measure for r in load_validity()]
    for docs in ([full_analysis()], [full_analysis(id="a"), full_analysis(id="b")]):
        html, _, _ = build_report(docs, command="framing report x")
        assert "How far to trust these measures" in html
        first = load_validity()[0]
        assert first.figure in html and first.measure in html


def test_a_report_with_other_lexicons_or_model_says_the_figures_do_not_describe_them(tmp_path):
    from framing.lexicon import builtin_lexicons

    shipped = list(builtin_lexicons())
    common = {"parameters": {}, "n_docs": 1, "n_failed": 0, "n_words": 10, "coverage": 0.0, "command": "x"}
    assert methods_data(lexicons=shipped, **common)["validity_caveat"] == ""
    assert methods_data(lexicons=[], **common)["validity_caveat"] == ""  # not known: analyses passed in
    fewer = methods_data(lexicons=shipped[1:], **common)["validity_caveat"]
    assert "lexicons other than the shipped ones" in fewer and "do not describe them" in fewer
    edited = [{**shipped[0].info(), "sha256": "0" * 64}, *(lx.info() for lx in shipped[1:])]
    assert "lexicons other than" in methods_data(lexicons=edited, **common)["validity_caveat"]
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}")
    own = methods_data(lexicons=shipped, model_manifest=manifest, **common)
    assert own["validity_caveat"] == "This report used a model other than the default one: these figures do not " \
                                     "describe them."


def test_the_compact_edition_keeps_another_models_headline_metrics():
    from framing.reporting.methods import _model_card

    class Model:
        def __init__(self) -> None:
            self.name = "mine"
            self.summary = {"title": "Mine", "metrics": [{"label": "F1", "value": 0.5}], "limits": ["small"]}

    default = _model_card(Model())
    own = _model_card(Model(), metrics_in_pdf=True)
    assert default is not None and own is not None
    assert [default["bullets"][i] for i in default["pdf_bullets"]] == ["Limit: small"]
    assert [own["bullets"][i][:16] for i in own["pdf_bullets"]] == ["Headline metrics", "Limit: small"]
