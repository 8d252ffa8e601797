"""The ``framing`` command line: thin wrappers over the public API.

Each sub-command lives in its own module with ``add_parser(subparsers)`` and ``run(args) -> int``; modules
import heavy libraries only inside ``run`` so that ``framing --help`` starts fast. Errors framing raises on
purpose become a one-line message and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import warnings
from collections.abc import Sequence

from framing import _signals

__all__ = ["main"]

#: Sub-command modules under ``framing.cli``, in the order ``--help`` lists them.
COMMAND_MODULES = ["analyze", "lexicons", "report", "train", "evaluate", "kwic"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framing")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Measure loaded language and framing in news text, with evidence spans.",
    )
    parser.add_argument("--version", action="version", version=f"framing {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"framing.cli.{name}").add_parser(sub)
    return parser


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    print(f"framing: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    from framing.exceptions import FramingError

    warnings.showwarning = _show_warning  # type: ignore[assignment]
    previous = _signals.install()
    try:
        code = int(args.run(args) or 0)
        _signals.check()  # a signal whose exception Python dropped (see framing._signals) still ends the run
        return code
    except FramingError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    except _signals.Terminated as exc:
        print(f"framing: interrupted ({signal.Signals(exc.signum).name})", file=sys.stderr)
        return _interrupted_exit(128 + exc.signum, argv)
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return _interrupted_exit(130, argv)
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a disk that fills up, a device that refuses writes: a message, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"framing: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        _signals.restore(previous)


def _interrupted_exit(code: int, argv: Sequence[str] | None) -> int:
    """The exit code of a run ended by a signal. Run as a program (``argv`` is None), exit at once: temporary
    files are gone and workers ended by now (the exception unwound every writer and pool), and a helper thread
    of a terminated worker pool must not keep the process alive at interpreter exit."""
    if argv is None:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
