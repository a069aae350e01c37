"""Paths up to 3000 characters: deep nesting unwound by "..", climbs above the root, names
made only of dots ("...", "....") and names holding dots ("a..b", ".x"), slash runs."""

import random
import string

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(path)", 1, 3000)
ALPHABET = string.ascii_letters + string.digits + "._/"
NAME_CHARS = string.ascii_letters + string.digits + "_."


def _name(rng):
    kind = rng.random()
    if kind < 0.1:
        return "." * rng.randint(3, 5)
    if kind < 0.2:
        return rng.choice(["a..b", ".x", "x.", "..y", "_", "._."])
    name = strings.random_string(rng, rng.randint(1, 6), NAME_CHARS)
    return name if name not in (".", "..") else name + "z"


def _path(rng, length, up_rate=0.25, dot_rate=0.1, slash_run=2):
    pieces, size = [], 0
    while True:
        roll = rng.random()
        piece = ".." if roll < up_rate else "." if roll < up_rate + dot_rate else _name(rng)
        slashes = "/" * rng.randint(1, slash_run)
        if size + len(slashes) + len(piece) > length:
            break
        pieces.append(slashes + piece)
        size += len(slashes) + len(piece)
    text = "".join(pieces)
    return text if text else "/"


def hidden_cases():
    rng = random.Random(71)
    deep = "/" + "/".join(f"d{i}" for i in range(600))
    deep = deep[:deep.rindex("/", 0, 1500)]
    depth = deep.count("/")
    return [
        ("largest, random walk", {"path": _path(rng, N.max)}),
        ("largest, mostly up, often above the root", {"path": _path(rng, N.max, up_rate=0.6)}),
        ("largest, deep then all the way up", {"path": deep + "/.." * depth}),
        ("largest, deep then one too many ups, then a name", {"path": deep + "/.." * ((N.max - len(deep) - 4) // 3) + "/end"}),
        ("largest, names of dots only", {"path": "/".join(["", *["...", "....", ".", ".."] * 180])}),
        ("largest, slashes only", {"path": "/" * N.max}),
        ("largest, one long name", {"path": "/" + strings.random_string(rng, N.max - 1, NAME_CHARS.replace(".", ""))}),
        ("root", {"path": "/"}),
        ("up from the root", {"path": "/.."}),
        ("dots inside names", {"path": "/a..b/.x/../x./..y/_"}),
        ("three dots then up", {"path": "/a/.../.."}),
        ("trailing dot", {"path": "/a/b/."}),
    ]


def strategy():
    piece = st.sampled_from(["..", ".", "", "...", "a", "b", "a.b", "_"])
    return st.fixed_dictionaries({"path": st.lists(piece, min_size=1, max_size=8).map(lambda p: "/" + "/".join(p))})


def validate(case):
    path = case["path"]
    strings.check(path, ALPHABET, N.min, N.max, "path")
    assert path.startswith("/"), f"path = {path[:40]!r} is not absolute (it must start with '/')"


SIZE = "len(path)"


def input_of_size(n, rng):
    return {"path": _path(rng, N.clamp(n))}
