"""The README starts with the two commands a new user runs, and CI runs the second one verbatim."""

from __future__ import annotations

import re

from .conftest import ROOT


def commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_starts_with_install_and_report_then_tests() -> None:
    first, second = commands()
    assert "pip install" in first and first.rstrip().endswith("framing report")
    assert "pip install" in second and "pytest" in second


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands()[1] in ci.splitlines()
