"""Starting and stopping the server: a token, a loopback socket, uvicorn, a sandbox kept warm.

Ctrl-C stops uvicorn; the rounds still open are recorded as quit; judgements under
way finish (their threads are joined at exit, each closing its container), and the
warm sandbox's spare container is discarded: nothing is left running.
"""

from __future__ import annotations

import socket
import threading
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from judge.errors import UsageError

DEFAULT_PORT = 8731
PORT_TRIES = 20  # the default port taken: the next ones, as Jupyter does


@dataclass(frozen=True)
class ServeSettings:
    host: str = "127.0.0.1"
    port: int | None = None  # None: DEFAULT_PORT or the next free one; 0: any free port
    workspace: Path | None = None
    sandbox: str = "auto"


def bind(host: str, port: int | None) -> socket.socket:
    """A listening socket; UsageError naming the port when it is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    candidates = [port] if port is not None else range(DEFAULT_PORT, DEFAULT_PORT + PORT_TRIES)
    error: OSError | None = None
    for candidate in candidates:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
        except OSError as why:
            sock.close()
            error = why
            continue
        sock.listen(128)
        sock.set_inheritable(True)
        return sock
    shown = port if port is not None else f"{DEFAULT_PORT}-{DEFAULT_PORT + PORT_TRIES - 1}"
    raise UsageError(f"cannot listen on {host}:{shown}: {error.strerror if error else 'taken'}",
                     "choose another with --port N (0 picks any free port)")


@dataclass
class Running:
    url: str  # with the token: the one address that opens the page
    base: str
    token: str
    port: int


@contextmanager
def serving(settings: ServeSettings) -> Iterator[tuple["Running", "object"]]:
    """Everything the server needs, opened in order and closed in reverse; yields the URL and uvicorn's Server."""
    import uvicorn

    from judge.backends import sandbox_choice
    from judge.practice.history import History
    from judge.practice.session import workspace_dir
    from judge.web.app import Services, create_app
    from judge.web.practice import Practice
    from judge.web.security import Allowed, new_token

    from judge.web.catalogue import bank

    threading.Thread(target=bank, name="judge-catalogue", daemon=True).start()  # the list is ready sooner
    folder = workspace_dir(settings.workspace)
    sock = bind(settings.host, settings.port)
    port = sock.getsockname()[1]
    token = new_token()
    choice = sandbox_choice(settings.sandbox)
    try:
        with closing(choice.sandbox) as sandbox, History() as history:
            practice = Practice(folder, history)
            services = Services(sandbox, settings.sandbox, practice, history, token)
            app = create_app(services, Allowed(token, port, settings.host))
            config = uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False,
                                    timeout_graceful_shutdown=5)
            server = uvicorn.Server(config)
            server.judge_sockets = [sock]
            server.judge_ready = services.ready
            server.judge_notice = choice.notice
            name = "localhost" if settings.host in ("127.0.0.1", "localhost") else settings.host
            base = f"http://{name}:{port}"
            yield Running(f"{base}/?token={token}", base, token, port), server
            wait_for_judgements()  # their results go to the history before it closes
    finally:
        sock.close()


JUDGING_THREADS = ("judge-submit", "judge-final")
JUDGEMENT_WAIT_S = 120.0


def wait_for_judgements() -> None:
    """Judgements still running when the server stops finish (each closes its container) and are recorded."""
    for thread in threading.enumerate():
        if thread.name in JUDGING_THREADS:
            thread.join(JUDGEMENT_WAIT_S)


@contextmanager
def in_thread(settings: ServeSettings) -> Iterator[Running]:
    """The server in a thread of this process, ready when this yields, stopped when the block ends (tests, bench)."""
    with serving(settings) as (running, server):
        thread = threading.Thread(target=server.run, kwargs={"sockets": server.judge_sockets}, name="judge-serve")
        thread.start()
        try:
            if not server.judge_ready.wait(30):
                raise RuntimeError("the server did not start within 30 s")
            yield running
        finally:
            server.should_exit = True
            thread.join()
