"""Import a script of ``benchmarks/`` as a module, shared by the test files that test a benchmark's functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(stem: str, *, name: str | None = None) -> ModuleType:
    """``benchmarks/<stem>.py`` executed as the module ``name`` (default ``stem``), registered in ``sys.modules``
    (dataclasses and pickling look a module up there), with ``benchmarks/`` on ``sys.path`` for the scripts that
    import their sibling scripts."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name or stem, BENCHMARKS / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name or stem] = mod
    spec.loader.exec_module(mod)
    return mod
