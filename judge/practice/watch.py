"""Re-running on save: a file watcher that any editor triggers, and a runner where the newest save wins.

Editors save in different ways: in place, or by writing a temporary file and
renaming it over the original (vim, JetBrains, many others), which replaces the
inode. So the watcher watches the file's folder, not the file, and keeps only
events whose name is the file's. `watchfiles` (inotify on Linux) groups a burst of
events into one save: it yields once no event came for STEP_MS.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Generic, TypeVar

import watchfiles

STEP_MS = 50  # the debounce: a save is reported after this long with no further event
MAX_GROUP_MS = 500  # a continuous stream of events is still reported this often

T = TypeVar("T")


class FileWatcher:
    """Calls `on_save()` from a background thread after each save of `path`, by any editor."""

    def __init__(self, path: Path, on_save: Callable[[], None]):
        self.path = Path(path).resolve()
        self.on_save = on_save
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="judge-watch", daemon=True)

    def start(self) -> "FileWatcher":
        self._thread.start()
        self._ready.wait(timeout=5.0)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2.0)

    def __enter__(self) -> "FileWatcher":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _is_ours(self, change: watchfiles.Change, path: str) -> bool:
        return Path(path).name == self.path.name

    def _watch(self) -> None:
        changes = watchfiles.watch(self.path.parent, watch_filter=self._is_ours, step=STEP_MS, debounce=MAX_GROUP_MS,
                                   stop_event=self._stop, rust_timeout=200, yield_on_timeout=True, recursive=False,
                                   raise_interrupt=False)
        for batch in changes:
            self._ready.set()  # the first (timeout) yield: the watch is in place
            if batch and self.path.is_file():  # a rename away with nothing in its place is not a save
                self.on_save()


class LatestRunner(Generic[T]):
    """Runs `job(cancelled, *args)` in a thread per trigger(*args); a newer trigger cancels the run in progress.

    A cancelled run is told through its event (the quick check stops between its
    examples and its hidden cases) and its result is dropped, so only the newest
    save's result is ever delivered.
    """

    def __init__(self, job: Callable[..., T], deliver: Callable[[T], None],
                 on_error: Callable[[BaseException], None] | None = None):
        self.job = job
        self.deliver = deliver
        self.on_error = on_error
        self._lock = threading.Lock()
        self._generation = 0
        self._cancel = threading.Event()
        self._running = 0  # the generation in progress, 0 when idle
        self.cancelled_runs = 0

    @property
    def busy(self) -> bool:
        return self._running != 0

    def trigger(self, *args) -> int:
        with self._lock:
            if self._running:
                self.cancelled_runs += 1
            self._cancel.set()
            self._cancel = threading.Event()
            self._generation += 1
            self._running = generation = self._generation
            cancel = self._cancel
        threading.Thread(target=self._run, args=(generation, cancel, args), name=f"judge-run-{generation}",
                         daemon=True).start()
        return generation

    def cancel(self) -> None:
        """Drop the run in progress, if any (the round ended)."""
        with self._lock:
            self._cancel.set()
            self._generation += 1
            self._running = 0

    def _run(self, generation: int, cancel: threading.Event, args: tuple) -> None:
        try:
            value, error = self.job(cancel, *args), None
        except Exception as raised:  # reported, never lost in a thread
            value, error = None, raised
        with self._lock:
            current = generation == self._generation and not cancel.is_set()
            if current:
                self._running = 0
        if not current:
            return
        if error is None:
            self.deliver(value)
        elif self.on_error is not None:
            self.on_error(error)
