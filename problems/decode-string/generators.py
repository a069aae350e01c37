"""Random well-formed encodings of up to 30 characters, many near the 10^5 output limit.

No input here can be slow: s is tiny. These cases vary the shapes (nesting, counts of
one to three digits, letters between groups) rather than the size.
"""

import random
import re

MAX_LEN, MAX_COUNT, MAX_OUTPUT = 30, 300, 10**5
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _decoded_length(s):
    total, stack, count = 0, [], 0
    for ch in s:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((total, count))
            total, count = 0, 0
        elif ch == "]":
            before, repeat = stack.pop()
            total = before + total * repeat
        else:
            total += 1
    return total


def _random_encoding(rng, depth=0):
    parts = []
    for _ in range(rng.randint(1, 3)):
        if depth < 3 and rng.random() < 0.6:
            count = rng.choice([rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, MAX_COUNT)])
            parts.append(f"{count}[{_random_encoding(rng, depth + 1)}]")
        else:
            parts.append("".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 3))))
    return "".join(parts)


def hidden_cases():
    rng = random.Random(394)
    found = []
    while len(found) < 12:
        s = _random_encoding(rng)
        if len(s) <= MAX_LEN and "[" in s and _decoded_length(s) <= MAX_OUTPUT and s not in found:
            found.append(s)
    found.sort(key=_decoded_length)
    return [(f"random, output {_decoded_length(s)} long", {"s": s}) for s in found]


def strategy():
    from hypothesis import strategies as st

    letters = st.text(alphabet="abc", min_size=1, max_size=3)
    counts = st.one_of(st.integers(1, 4), st.integers(10, 12))
    encoding = st.recursive(
        letters,
        lambda inner: st.one_of(
            st.builds(lambda k, body: f"{k}[{body}]", counts, inner),
            st.lists(inner, min_size=2, max_size=3).map("".join),
        ),
        max_leaves=4,
    )
    return encoding.filter(lambda s: len(s) <= MAX_LEN and _decoded_length(s) <= 2000).map(lambda s: {"s": s})


def validate(case):
    s = case["s"]
    assert isinstance(s, str) and 1 <= len(s) <= MAX_LEN, f"len(s) must be in [1, {MAX_LEN}]"
    assert re.fullmatch(r"[a-z0-9\[\]]+", s), "s holds a character other than a-z, 0-9, [ and ]"
    for match in re.finditer(r"\d+", s):
        assert s[match.end():match.end() + 1] == "[", f"the number {match.group()} is not followed by '['"
        assert 1 <= int(match.group()) <= MAX_COUNT and match.group()[0] != "0", f"bad count {match.group()}"
    assert not re.search(r"(^|[^0-9])\[", s), "a '[' has no count before it"
    assert "[]" not in s, "a bracket is empty"
    depth = 0
    for ch in s:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        assert depth >= 0, "a ']' closes nothing"
    assert depth == 0, "a '[' is never closed"
    assert _decoded_length(s) <= MAX_OUTPUT, "the decoded string is longer than 10^5"


SIZE = "the decoded length, s growing with it: 10 characters for every 13 decoded"


def input_of_size(n, rng):
    """An encoding that decodes to exactly n characters, its nesting shallow and its length in proportion to n.

    Past n = 30 it breaks the constraints on purpose: a 30-character s cannot grow, and decoding is linear in
    the output only while the number of groups stays in proportion to it (few groups each repeated a lot would
    time str * count, not the decoder).
    """
    def letters(count):
        return "".join(rng.choice(LETTERS) for _ in range(count))

    nested, rest = divmod(n, 13)
    pairs, single = divmod(rest, 4)
    units = [f"{letters(1)}3[{letters(2)}2[{letters(1)}]]" for _ in range(nested)]  # 1 + 3 * (2 + 2) = 13
    units += [f"2[{letters(2)}]" for _ in range(pairs)]
    units += [letters(1) for _ in range(single)]
    rng.shuffle(units)
    return {"s": "".join(units) or "a"}
