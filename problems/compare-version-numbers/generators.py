"""Version strings up to 500 characters: up to 250 revisions, leading zeros, trailing zero
revisions that must not count, revisions up to 2^31 - 1 whose string order differs from
their numeric order, and a difference hidden in the last revision."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, strings

LENGTH = Bound("len(version)", 1, 500)
REVISION = Bound("revision", 0, 2**31 - 1)


def _revisions(rng, count, high=REVISION.max, zeros=0):
    """`count` random revisions up to `high`, each with up to `zeros` leading zeros."""
    return ["0" * rng.randint(0, zeros) + str(rng.randint(0, high)) for _ in range(count)]


def _join(revisions):
    version = ".".join(revisions)
    assert len(version) <= LENGTH.max, len(version)
    return version


def hidden_cases():
    rng = random.Random(165)
    zeros = ["0"] * 250
    tiny = _revisions(rng, 250, 9)
    same = _revisions(rng, 45, 10**9)
    last_differs = list(tiny)
    last_differs[-1] = str(int(tiny[-1]) + 1) if tiny[-1] != "9" else "10"
    return [
        ("largest, 250 zero revisions against 0", {"version1": _join(zeros), "version2": "0"}),
        ("largest, trailing zeros then a 1", {"version1": _join(["1"] + zeros[:248] + ["1"]), "version2": "1"}),
        ("largest, one-digit revisions, the last differs",
         {"version1": _join(tiny), "version2": _join(last_differs)}),
        ("largest, equal up to leading zeros",
         {"version1": _join(same), "version2": _join(["0" * (10 - len(r)) + r for r in same])}),
        ("largest, one revision with 499 leading zeros", {"version1": "0" * 499 + "7", "version2": "7.0"}),
        ("revisions at 2^31 - 1", {"version1": "2147483647.2147483647", "version2": "2147483647.2147483646"}),
        ("9 against 10", {"version1": "1.9", "version2": "1.10"}),
        ("100 against 99 in the third revision", {"version1": "3.3.100", "version2": "3.3.99.99"}),
        ("longer is smaller", {"version1": "1.0.0.0.0.1", "version2": "1.1"}),
        ("equal with extra zeros on the left", {"version1": "1.0.0", "version2": "1"}),
        ("random many", {"version1": _join(_revisions(rng, 60, 99, 2)), "version2": _join(_revisions(rng, 70, 99, 2))}),
    ]


def _version(max_revisions=4):
    revision = st.tuples(st.sampled_from(["", "0", "00"]), st.integers(0, 12)).map(lambda t: t[0] + str(t[1]))
    return st.lists(revision, min_size=1, max_size=max_revisions).map(".".join)


@st.composite
def _pair(draw):
    first = draw(_version())
    if draw(st.booleans()):  # a close relative: the same with zeros appended, or one revision nudged
        second = first + ".0" * draw(st.integers(0, 2)) + draw(st.sampled_from(["", ".1", ".0"]))
    else:
        second = draw(_version())
    return {"version1": first, "version2": second}


def strategy():
    return _pair()


def validate(case):
    for name in ("version1", "version2"):
        version = case[name]
        strings.check(version, "0123456789.", LENGTH.min, LENGTH.max, name)
        for index, revision in enumerate(version.split(".")):
            assert revision, f"{name} = {version!r:.60} has an empty revision (a dot at an end or two in a row)"
            REVISION.check(int(revision), f"{name}'s revision {index}")


SIZE = "len(version1)"


def input_of_size(n, rng):
    count = max(1, min(LENGTH.max, n) // 2)
    version = ".".join(str(rng.randint(0, 9)) for _ in range(count))
    return {"version1": version, "version2": version}
