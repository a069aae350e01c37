"""Reading a file a user was handed: regular files only, the size checked before a byte is read.

A FIFO named two_sum.py would block a read forever, a device never ends, and an 8 GB
sparse file costs nothing on disk but 8 GB to read. Each is refused from its stat,
before it is opened for reading; the open itself cannot block (O_NONBLOCK), in case
the name is swapped for a FIFO in between.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


class Unreadable(Exception):
    """Why a file is not read: not a regular file, too large, or an OSError's reason."""


def read_regular(path: Path, limit: int, whole: bool = True) -> bytes:
    """The bytes of the regular file at `path`: all of them (Unreadable past `limit`), or with
    `whole=False` the first `limit` only, whatever its size."""
    try:
        _check(os.stat(path), limit if whole else None)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror}") from None
    try:
        _check(os.fstat(descriptor), limit if whole else None)
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror}") from None
    finally:
        os.close(descriptor)
    if len(data) > limit and whole:  # it grew since its stat
        raise Unreadable(_too_large(len(data), limit))
    return data[:limit]


def folder_setting(path: Path, setting: str) -> Path:
    """`path` as a folder the judge may create and write in; UsageError naming `setting` when it cannot be."""
    from judge.errors import UsageError

    for part in (path, *path.parents):
        if part.exists():
            if not part.is_dir():
                where = "is" if part == path else f"is inside {part}, which is"
                raise UsageError(f"{setting} {path} {where} {kind_of(part) or 'a file'}, not a folder",
                                 f"point {setting} at a folder")
            break
    return path


def kind_of(path: Path) -> str | None:
    """What the path is when it is not a regular file ("a FIFO (named pipe)", ...), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _check(info: os.stat_result, limit: int | None) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"is {_KINDS.get(stat.S_IFMT(info.st_mode), 'not a regular file')}, not a regular file")
    if limit is not None and info.st_size > limit:
        raise Unreadable(_too_large(info.st_size, limit))


def _too_large(size: int, limit: int) -> str:
    return f"is {_size(size)}, over the {_size(limit)} limit"


def _size(size: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


__all__ = ["Unreadable", "folder_setting", "kind_of", "read_regular"]
