"""A disk cache for what trusted problem code computes the same way every time.

A problem's large hidden cases come from seeded generators: building a 10^5-element
input in pure Python can take seconds, and every run would pay it again. The cache
keys an entry by the bytes of the files that produced it (and the Python version,
whose `random` could change), so editing a generator makes its old entry unreachable
rather than stale. A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
FORMAT = b"judge-cache-4"  # 2: cases keep their frames; 3: and only those; 4: answers keep their JSON


def cache_dir() -> Path:
    """JUDGE_CACHE_DIR, else the user's cache directory."""
    override = os.environ.get("JUDGE_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("judge"))


MISSING = object()


def cached(kind: str, sources: Iterable[Path], compute: Callable[[], T], salt: bytes = b"") -> T:
    """compute(), or the value it returned before for the same `sources` bytes and `salt`."""
    sources = list(sources)
    path = _path(kind, sources, salt)  # keyed by the bytes read now: a file edited while computing changes no entry
    value = _read(path)
    if value is MISSING:
        value = compute()
        _write_atomically(path, value)
    return value


def load(kind: str, sources: Iterable[Path], salt: bytes = b"") -> object:
    """The stored value, or MISSING."""
    return _read(_path(kind, sources, salt))


def _read(path: Path) -> object:
    try:
        with open(path, "rb") as stored:
            return pickle.load(stored)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return MISSING


def store(kind: str, sources: Iterable[Path], value: object, salt: bytes = b"") -> None:
    _write_atomically(_path(kind, sources, salt), value)


def _path(kind: str, sources: Iterable[Path], salt: bytes) -> Path:
    digest = hashlib.sha256(FORMAT + sys.version.encode() + b"\0" + salt)
    for source in sources:
        content = source.read_bytes() if source.is_file() else b""
        digest.update(str(source.name).encode() + b"\0" + content + b"\0")
    return cache_dir() / kind / f"{digest.hexdigest()[:32]}.pickle"


def _write_atomically(path: Path, value: object) -> None:
    """Write atomically, so a reader never sees half an entry; give up quietly on a read-only disk."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (OSError, pickle.PicklingError):
        pass
