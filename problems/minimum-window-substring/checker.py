"""Any shortest window of s that holds every letter of t (with repeats) is right; "" only when none exists."""

from collections import Counter


def check(input, expected, got):
    s, t = input["s"], input["t"]
    if not isinstance(got, str):
        return f"the answer must be a string, found {type(got).__name__}"
    if expected == "":
        return None if got == "" else f"no window of s holds all of t, so the answer is \"\", not {got!r:.40}"
    if got == "":
        return f"returned \"\" but a window of {len(expected)} characters holds all of t"
    if len(got) != len(expected):
        return f"the shortest window has {len(expected)} characters, yours has {len(got)}"
    if got not in s:
        return f"{got!r:.40} is not a substring of s"
    have = Counter(got)
    for char, count in Counter(t).items():
        if have[char] < count:
            return f"the window holds {have[char]} of {char!r}, t needs {count}"
    return None
