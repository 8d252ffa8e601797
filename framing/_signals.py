"""Signals that end a command-line run (Ctrl-C, SIGTERM, SIGHUP): the state the handler shares with the run loop.

The handler (:func:`install`, used by :func:`framing.cli.main`) records the signal and raises
:class:`Terminated` (``KeyboardInterrupt`` for Ctrl-C), which unwinds the run: workers ended, temporary files
removed. Python drops an exception raised while it runs certain callbacks (an ``os.register_at_fork`` hook while
a worker process is being started, a ``__del__`` method, a weak-reference callback), so the exception alone can
be lost: the run loop therefore calls :func:`check` at safe points (every document, every worker start, and
before a run's output is committed), which raises it again for a signal that was recorded but has not ended the
run. A second signal while the first is being handled is recorded only: it must not interrupt the clean-up of the
first.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

__all__ = ["Terminated", "check", "install", "pending", "restore"]

#: The signals that end a run, where the platform has them (SIGINT only where Python handles it: a run started
#: with Ctrl-C ignored, as ``nohup`` does, keeps ignoring it).
SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))

_PENDING: list[int] = []  # the signal that is ending the run (at most one), until restore()
_MAIN_PID: list[int] = []  # the process that installed the handlers (a forked worker is not it)
_HOOKS: list[Any] = []  # sys.unraisablehook before install()


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: unwinds the run like Ctrl-C (temporary files removed, workers ended)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int) -> KeyboardInterrupt:
    return KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)


def _handle(signum: int, frame: object) -> None:
    if _MAIN_PID and os.getpid() != _MAIN_PID[-1]:  # a worker forked before it reset its handlers: just die
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    if _PENDING:  # the run is already ending: a second signal must not interrupt its clean-up
        return
    _PENDING.append(signum)
    raise _interrupt(signum)


def _unraisable(info: Any) -> None:
    """Python dropped an exception it could not raise: ours is raised again by :func:`check`, silently."""
    if isinstance(info.exc_value, KeyboardInterrupt) and _PENDING:
        return
    (_HOOKS[-1] if _HOOKS else sys.__unraisablehook__)(info)


def pending() -> int | None:
    """The signal that is ending the run, if one arrived since :func:`install`."""
    return _PENDING[0] if _PENDING else None


def check() -> None:
    """Raise :class:`Terminated` (``KeyboardInterrupt`` for Ctrl-C) if a signal arrived: call it where the run
    may stop safely. Costs one list test when no signal came (and when no handler is installed, none ever does).
    """
    if _PENDING:
        raise _interrupt(_PENDING[0])


def install() -> dict[int, object]:
    """Handle the :data:`SIGNALS` until :func:`restore`; returns the previous handlers. In a thread other than
    the main one (where Python allows no handler) nothing is installed."""
    previous: dict[int, object] = {}
    _MAIN_PID.append(os.getpid())
    for signum in SIGNALS:
        if signum == signal.SIGINT and signal.getsignal(signum) is not signal.default_int_handler:
            continue  # Ctrl-C ignored (a background run) or handled by the embedding program: left alone
        try:
            previous[signum] = signal.signal(signum, _handle)
        except ValueError:  # not the main thread (main() called from a thread): leave the handlers alone
            break
    if previous:
        _PENDING.clear()
        _HOOKS.append(sys.unraisablehook)
        sys.unraisablehook = _unraisable
    return previous


def restore(previous: dict[int, object]) -> None:
    """Put back the handlers :func:`install` replaced and forget any signal recorded."""
    for signum, handler in previous.items():
        signal.signal(signum, handler)  # type: ignore[arg-type]
    if previous:
        _PENDING.clear()
        if _HOOKS:
            sys.unraisablehook = _HOOKS.pop()
    if _MAIN_PID:
        _MAIN_PID.pop()
