"""The installed `judge` program: the click CLI (judge/cli.py), started so that `judge run` waits less.

Two things happen here and not in the CLI, because both are about the process, not
the command. For `judge run` with Docker, the container's starter is forked before
anything else is imported (judge/backends/starter.py): its ~0.2 s of importing the
docker SDK and reaching the engine then overlaps the judge's own imports, argument
parsing and problem loading instead of following them. And the program ends with
os._exit once its output is flushed, skipping CPython's finalisation (~0.1 s after a
`judge run`): every command has closed what it wrote by the time it returns
(sandboxes, caches, the history database), so nothing is lost. Tests call
`judge.cli.main` itself, which forks when it needs to and exits the usual way.
"""

from __future__ import annotations

import os
import sys


def program() -> None:
    starter = _early_starter(sys.argv[1:])
    from judge.cli import main

    _stop_on_terminate()
    try:
        main(obj=starter)
        code = 0
    except SystemExit as done:
        code = done.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    if starter is not None:
        starter.cancel()  # unused (a usage error, a compile error): gone at once, having made nothing
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


def _early_starter(arguments: list[str]):
    """A ContainerStarter when the arguments read as `judge run` that may use Docker, else None.

    A guess made before click parses them: a wrong one costs a child that is cancelled unused.
    """
    if not arguments or arguments[0] != "run" or {"-h", "--help"} & set(arguments):
        return None
    local = "--sandbox=local" in arguments
    local |= any(option == "--sandbox" and value == "local" for option, value in zip(arguments, arguments[1:]))
    if local:
        return None
    from judge.backends.starter import ContainerStarter

    return ContainerStarter()


if __name__ == "__main__":
    program()
