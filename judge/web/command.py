"""`judge serve`: the click command (imported only when it runs)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from judge.cli import reports_errors


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="Port to listen on (default 8731, or the next free one; 0 picks any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the page (it still needs the token).")
@click.option("--no-open", is_flag=True, help="Print the URL without opening a browser.")
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the solution files (default: JUDGE_WORKSPACE, else ~/judge-practice).")
@click.option("--sandbox", type=click.Choice(["auto", "docker", "local"]), default="auto", show_default=True)
@reports_errors
def serve(port, host, no_open, workspace, sandbox):
    """A local web workspace: problem list, statement, editor, Run, Submit, rounds and stats."""
    from judge.web.server import ServeSettings, serving

    with serving(ServeSettings(host, port, workspace, sandbox)) as (running, server):
        if server.judge_notice:
            click.echo(f"judge: note: {server.judge_notice}", err=True)
        click.echo(f"judge serve: open {running.url}\n  (Ctrl-C stops it)")
        if not no_open:
            threading_open(running.url)
        try:
            server.run(sockets=server.judge_sockets)
        except KeyboardInterrupt:  # uvicorn stops on Ctrl-C, then raises it again for the caller
            pass
    click.echo("judge serve: stopped")


def threading_open(url: str) -> None:
    """Open the browser once the server listens (webbrowser may block while it starts one)."""
    import threading

    threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
