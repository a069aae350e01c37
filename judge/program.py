"""The installed `judge` program: the click CLI (judge/cli.py), ended without CPython's finalisation.

The program ends with os._exit once its output is flushed, skipping the interpreter's
finalisation (~0.1 s after a `judge run`): every command has closed what it wrote by
the time it returns (sandboxes, caches, the history database), so nothing is lost.
Tests call `judge.cli.main` itself, which exits the usual way.
"""

from __future__ import annotations

import os
import sys


def program() -> None:
    from judge.cli import main

    _stop_on_terminate()
    try:
        main()
        code = 0
    except SystemExit as done:
        code = done.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


def _stop_on_terminate() -> None:
    """SIGTERM (a `kill`, a CI runner's cancel) stops the judge as Ctrl-C does: its sandboxes are
    closed on the way out, where the default action would leave a container running to its time limit."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


if __name__ == "__main__":
    program()
