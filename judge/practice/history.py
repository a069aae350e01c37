"""The practice history: every round, submission and review card, in one SQLite file.

The database lives in the user's data directory (JUDGE_DATA_DIR overrides it, for
tests and for people who keep their history in a synced folder). Its schema is
versioned with SQLite's `user_version` and brought up to date by the ordered
migrations below, each in one transaction. Write-ahead logging plus one
transaction per event means a round killed at any instant (SIGKILL, a closed
terminal, a power cut of the process) leaves a readable database that holds every
event up to the last one written; the round itself is then closed as `abandoned`
the next time the history is opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from judge.errors import JudgeError
from judge.practice.review import ReviewCard

FILENAME = "history.sqlite3"

# Ordered, append-only: a released migration is never edited, a change is a new entry.
MIGRATIONS: tuple[str, ...] = (
    # 1: rounds and what was submitted in them
    """
    CREATE TABLE rounds (
        id INTEGER PRIMARY KEY,
        problem_id TEXT NOT NULL,
        track TEXT NOT NULL,
        difficulty TEXT NOT NULL,
        tags TEXT NOT NULL,                -- JSON list, as the problem had it then
        mode TEXT NOT NULL,                -- single | mock
        started_at REAL NOT NULL,          -- Unix time
        limit_s REAL NOT NULL,
        ended_at REAL,
        outcome TEXT NOT NULL DEFAULT 'open',  -- open accepted timeout gave_up quit abandoned
        solve_s REAL,                      -- seconds on the clock to Accepted
        pid INTEGER                        -- the process running an open round
    );
    CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES rounds(id),
        kind TEXT NOT NULL,                -- check (on save) | submit | final (when time ran out)
        at REAL NOT NULL,
        elapsed_s REAL NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        time_ms REAL NOT NULL,
        peak_kb INTEGER NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX submissions_by_round ON submissions(round_id);
    """,
    # 2: the spaced-repetition queue, mock sessions, and what complexity each submission showed
    """
    CREATE TABLE review_cards (
        problem_id TEXT PRIMARY KEY,
        repetitions INTEGER NOT NULL,
        interval_days REAL NOT NULL,
        ease REAL NOT NULL,
        due_at REAL NOT NULL,
        last_quality INTEGER NOT NULL,
        reviewed_at REAL NOT NULL
    );
    ALTER TABLE rounds ADD COLUMN session TEXT;
    ALTER TABLE submissions ADD COLUMN complexity TEXT;
    ALTER TABLE submissions ADD COLUMN source TEXT;
    """,
    # 3: hints taken, and the candidate's own complexity beside the measured and expected classes
    """
    ALTER TABLE rounds ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE rounds ADD COLUMN stated_time TEXT;      -- as the candidate said it before submitting: O(n)
    ALTER TABLE rounds ADD COLUMN stated_space TEXT;
    ALTER TABLE rounds ADD COLUMN measured_time TEXT;    -- the last measured class of a full submission
    ALTER TABLE rounds ADD COLUMN measured_space TEXT;
    ALTER TABLE rounds ADD COLUMN expected_time TEXT;    -- problem.yaml's complexity and space, then
    ALTER TABLE rounds ADD COLUMN expected_space TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
OUTCOMES = ("open", "accepted", "timeout", "gave_up", "quit", "abandoned")


class HistoryError(JudgeError):
    """The history database cannot be used: unreadable, or written by a newer judge."""


def data_dir() -> Path:
    from judge.files import folder_setting

    override = os.environ.get("JUDGE_DATA_DIR")
    if override:
        return folder_setting(Path(override), "JUDGE_DATA_DIR")
    import platformdirs

    return folder_setting(Path(platformdirs.user_data_dir("judge")), "the data folder")


def default_path() -> Path:
    return data_dir() / FILENAME


@dataclass(frozen=True)
class RoundRecord:
    id: int
    problem_id: str
    track: str
    difficulty: str
    tags: tuple[str, ...]
    mode: str
    started_at: float
    limit_s: float
    ended_at: float | None
    outcome: str
    solve_s: float | None
    session: str | None
    submits: int = 0  # full submissions (submit and final), not checks on save
    first_verdict: str | None = None  # the first full submission's verdict
    last_verdict: str | None = None
    hints_used: int = 0
    stated_time: str | None = None  # classes as written: "O(n log n)"
    stated_space: str | None = None
    measured_time: str | None = None
    measured_space: str | None = None
    expected_time: str | None = None
    expected_space: str | None = None

    @property
    def accepted(self) -> bool:
        return self.outcome == "accepted"

    @property
    def first_try(self) -> bool:
        return self.accepted and self.first_verdict == "AC"


@dataclass(frozen=True)
class SubmissionRecord:
    round_id: int
    kind: str  # check | submit | final
    at: float
    elapsed_s: float
    verdict: str
    passed: int
    total: int
    time_ms: float
    peak_kb: int
    detail: str = ""  # the first failing case in a line, when not accepted
    complexity: str | None = None  # what the complexity notes said, when the judge measured it
    source: str | None = None  # the code submitted (full submissions only)
    id: int | None = None


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `target`, one transaction per migration; returns the version reached."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryError(f"the practice history is schema version {version}, newer than this judge's "
                           f"{SCHEMA_VERSION}", "upgrade judge, or point JUDGE_DATA_DIR elsewhere")
    for number in range(version + 1, target + 1):
        script = MIGRATIONS[number - 1]
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] >= number:
                connection.execute("COMMIT")  # another connection migrated it while this one waited for the lock
                continue
            for statement in _statements(script):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return max(version, target)


def _statements(script: str) -> list[str]:
    """executescript() would commit on its own; a migration must stay inside our transaction."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]


def connect(path: Path, target: int = SCHEMA_VERSION) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=10.0, check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable across a killed process
        connection.execute("PRAGMA foreign_keys=ON")
        migrate(connection, target)
    except sqlite3.DatabaseError as error:
        raise HistoryError(f"{path}: cannot be used as the practice history: {error}",
                           "move it aside to start a fresh history") from None
    return connection


class History:
    """The practice history in one SQLite file. Every write is one transaction."""

    def __init__(self, path: Path | None = None):
        self.path = path or default_path()
        self.connection = connect(self.path)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # rounds

    def start_round(self, problem_id: str, track: str, difficulty: str, tags: tuple[str, ...], mode: str,
                    limit_s: float, started_at: float | None = None, session: str | None = None,
                    expected_time: str | None = None, expected_space: str | None = None) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO rounds (problem_id, track, difficulty, tags, mode, started_at, limit_s, pid, session, "
                "expected_time, expected_space) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (problem_id, track, difficulty, json.dumps(list(tags)), mode,
                 time.time() if started_at is None else started_at, limit_s, os.getpid(), session,
                 expected_time, expected_space))
            return int(cursor.lastrowid)

    def record_hints(self, round_id: int, hints_used: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE rounds SET hints_used = ? WHERE id = ?", (hints_used, round_id))

    def record_estimate(self, round_id: int, stated_time: str | None, stated_space: str | None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE rounds SET stated_time = ?, stated_space = ? WHERE id = ?",
                       (stated_time, stated_space, round_id))

    def record_measured(self, round_id: int, measured_time: str | None, measured_space: str | None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE rounds SET measured_time = ?, measured_space = ? WHERE id = ?",
                       (measured_time, measured_space, round_id))

    def add_submission(self, record: SubmissionRecord) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO submissions (round_id, kind, at, elapsed_s, verdict, passed, total, time_ms, peak_kb, "
                "detail, complexity, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record.round_id, record.kind, record.at, record.elapsed_s, record.verdict, record.passed,
                 record.total, record.time_ms, record.peak_kb, record.detail, record.complexity, record.source))
            return int(cursor.lastrowid)

    def finish_round(self, round_id: int, outcome: str, solve_s: float | None, card: ReviewCard | None = None,
                     ended_at: float | None = None) -> None:
        """Close a round and, in the same transaction, reschedule its problem's review card."""
        if outcome not in OUTCOMES[1:]:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self.transaction() as db:
            db.execute("UPDATE rounds SET outcome = ?, solve_s = ?, ended_at = ?, pid = NULL WHERE id = ?",
                       (outcome, solve_s, time.time() if ended_at is None else ended_at, round_id))
            if card is not None:
                self._save_card(db, card)

    def close_abandoned(self) -> int:
        """Close rounds left open by a process that no longer runs (killed, or its terminal closed)."""
        open_rounds = self.connection.execute("SELECT id, pid FROM rounds WHERE outcome = 'open'").fetchall()
        dead = [round_id for round_id, pid in open_rounds if not _alive(pid)]
        with self.transaction() as db:
            for round_id in dead:
                last = db.execute("SELECT MAX(at) FROM submissions WHERE round_id = ?", (round_id,)).fetchone()[0]
                db.execute("UPDATE rounds SET outcome = 'abandoned', ended_at = COALESCE(?, started_at), pid = NULL "
                           "WHERE id = ?", (last, round_id))
        return len(dead)

    def rounds(self, problem_id: str | None = None) -> list[RoundRecord]:
        query = ("SELECT r.id, r.problem_id, r.track, r.difficulty, r.tags, r.mode, r.started_at, r.limit_s, "
                 "r.ended_at, r.outcome, r.solve_s, r.session, "
                 "(SELECT COUNT(*) FROM submissions s WHERE s.round_id = r.id AND s.kind != 'check'), "
                 "(SELECT s.verdict FROM submissions s WHERE s.round_id = r.id AND s.kind != 'check' "
                 " ORDER BY s.at, s.id LIMIT 1), "
                 "(SELECT s.verdict FROM submissions s WHERE s.round_id = r.id AND s.kind != 'check' "
                 " ORDER BY s.at DESC, s.id DESC LIMIT 1), "
                 "r.hints_used, r.stated_time, r.stated_space, r.measured_time, r.measured_space, r.expected_time, "
                 "r.expected_space "
                 "FROM rounds r")
        parameters: tuple = ()
        if problem_id is not None:
            query += " WHERE r.problem_id = ?"
            parameters = (problem_id,)
        rows = self.connection.execute(query + " ORDER BY r.started_at, r.id", parameters).fetchall()
        return [RoundRecord(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), *row[5:]) for row in rows]

    def submissions(self, round_id: int | None = None) -> list[SubmissionRecord]:
        query = ("SELECT round_id, kind, at, elapsed_s, verdict, passed, total, time_ms, peak_kb, detail, complexity, "
                 "source, id FROM submissions")
        parameters: tuple = ()
        if round_id is not None:
            query += " WHERE round_id = ?"
            parameters = (round_id,)
        rows = self.connection.execute(query + " ORDER BY at, id", parameters).fetchall()
        return [SubmissionRecord(*row) for row in rows]

    # the review queue

    def review_cards(self) -> dict[str, ReviewCard]:
        rows = self.connection.execute(
            "SELECT problem_id, repetitions, interval_days, ease, due_at, last_quality, reviewed_at "
            "FROM review_cards").fetchall()
        return {row[0]: ReviewCard(*row) for row in rows}

    def save_card(self, card: ReviewCard) -> None:
        with self.transaction() as db:
            self._save_card(db, card)

    @staticmethod
    def _save_card(db: sqlite3.Connection, card: ReviewCard) -> None:
        db.execute("INSERT OR REPLACE INTO review_cards (problem_id, repetitions, interval_days, ease, due_at, "
                   "last_quality, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (card.problem_id, card.repetitions, card.interval_days, card.ease, card.due_at,
                    card.last_quality, card.reviewed_at))


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
