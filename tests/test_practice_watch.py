"""Re-running on save: every editor's way of saving is seen, and the newest save's run wins."""

from __future__ import annotations

import os
import threading

import pytest

from judge.practice.watch import FileWatcher, LatestRunner


class Saves:
    """Counts on_save calls and lets a test wait for the next one."""

    def __init__(self):
        self.count = 0
        self.condition = threading.Condition()

    def __call__(self) -> None:
        with self.condition:
            self.count += 1
            self.condition.notify_all()

    def wait_for(self, count: int, timeout: float = 3.0) -> bool:
        with self.condition:
            return self.condition.wait_for(lambda: self.count >= count, timeout)


def save_in_place(path, text):
    path.write_text(text)


def save_by_rename(path, text):  # vim's writebackup, JetBrains' safe write, most atomic savers
    temporary = path.with_name(path.name + ".tmp~")
    temporary.write_text(text)
    os.replace(temporary, path)


def save_with_backup(path, text):  # move the original aside, write anew, drop the backup
    backup = path.with_name(path.name + "~")
    os.rename(path, backup)
    path.write_text(text)
    backup.unlink()


@pytest.mark.parametrize("save", [save_in_place, save_by_rename, save_with_backup])
def test_every_way_an_editor_saves_is_one_save(tmp_path, save):
    path = tmp_path / "two_sum.py"
    path.write_text("v0")
    saves = Saves()
    with FileWatcher(path, saves):
        save(path, "v1")
        assert saves.wait_for(1), "the save was not seen"
        assert not saves.wait_for(2, timeout=0.3)  # a burst of editor events is one save
        save(path, "v2")
        assert saves.wait_for(2)


def test_other_files_in_the_folder_are_not_saves(tmp_path):
    path = tmp_path / "two_sum.py"
    path.write_text("v0")
    saves = Saves()
    with FileWatcher(path, saves):
        (tmp_path / "notes.md").write_text("thinking...")
        (tmp_path / "two_sum.py.swp").write_text("vim swap")
        assert not saves.wait_for(1, timeout=0.5)


def test_a_newer_trigger_cancels_the_run_in_progress_and_only_its_result_is_delivered():
    started, release = threading.Event(), threading.Event()
    seen_cancel: list[bool] = []
    delivered: list[str] = []
    done = threading.Event()
    slow_run: list[threading.Thread] = []

    def job(cancelled: threading.Event, label: str) -> str:
        if label == "slow":
            slow_run.append(threading.current_thread())
            started.set()
            release.wait(5)
            seen_cancel.append(cancelled.is_set())
        return label

    runner = LatestRunner(job, lambda value: (delivered.append(value), done.set()))
    runner.trigger("slow")
    assert started.wait(5)
    runner.trigger("fast")
    assert done.wait(5) and delivered == ["fast"]
    release.set()
    slow_run[0].join(5)  # the slow run has returned, and its result is dropped or delivered by now
    assert seen_cancel == [True] and delivered == ["fast"] and runner.cancelled_runs == 1


def test_an_error_in_a_run_is_reported_not_lost():
    errors: list[BaseException] = []
    reported = threading.Event()

    def job(cancelled):
        raise RuntimeError("boom")

    runner = LatestRunner(job, lambda value: None, lambda error: (errors.append(error), reported.set()))
    runner.trigger()
    assert reported.wait(5) and str(errors[0]) == "boom" and not runner.busy
