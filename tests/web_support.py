"""`judge serve` in this process for the web tests: a private history and workspace, a free port,
and Debian's Chromium driven by Playwright (never a browser Playwright downloads)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from judge.web.server import Running, ServeSettings, in_thread

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def served(folder: Path, sandbox: str = "auto") -> Iterator[Running]:
    """The server on a free loopback port, its history and workspace under `folder`; stopped after."""
    previous = os.environ.get("JUDGE_DATA_DIR")
    os.environ["JUDGE_DATA_DIR"] = str(folder / "data")
    try:
        with in_thread(ServeSettings(port=0, workspace=folder / "workspace", sandbox=sandbox)) as running:
            yield running
    finally:
        if previous is None:
            os.environ.pop("JUDGE_DATA_DIR", None)
        else:
            os.environ["JUDGE_DATA_DIR"] = previous


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        try:
            yield browser
        finally:
            browser.close()
