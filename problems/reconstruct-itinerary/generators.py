"""Up to 300 tickets from random walks starting at JFK (so a trip always exists), with small-named dead ends
that catch the greedy walk, repeated tickets and few airports."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(tickets)", 1, 300)
SIZE = "len(tickets)"


def _names(rng, count):
    names = {"JFK"}
    while len(names) < count + 1:
        names.add("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)))
    return sorted(names)


def _walk(rng, length, airports):
    """The tickets of a random walk from JFK (never a flight to the same airport), shuffled."""
    here, tickets = "JFK", []
    for _ in range(length):
        there = rng.choice([a for a in airports if a != here])
        tickets.append([here, there])
        here = there
    rng.shuffle(tickets)
    return tickets


def _dead_ends(rng, loops):
    """JFK has a ticket to AAA, which leads nowhere, and loops through larger names: AAA must come last."""
    tickets = [["JFK", "AAA"]]
    for i in range(loops):
        mid = f"B{chr(65 + i % 26)}{chr(65 + i // 26)}"
        tickets += [["JFK", mid], [mid, "JFK"]]
    rng.shuffle(tickets)
    return tickets


def hidden_cases():
    rng = random.Random(332)
    cases = [
        ("largest, walk over 5 airports", _walk(rng, N.max, _names(rng, 4))),
        ("largest, walk over 40 airports", _walk(rng, N.max, _names(rng, 39))),
        ("largest, walk over 2 airports", _walk(rng, N.max, ["JFK", "SFO"])),
        ("largest, dead end first in lexical order", _dead_ends(rng, 149)),
        ("largest, walk over 3 airports", _walk(rng, N.max, ["AAA", "JFK", "ZZZ"])),
    ]
    cases += [(f"small walk {i}", _walk(rng, rng.randint(2, 20), _names(rng, rng.randint(1, 5)))) for i in range(8)]
    return [(name, {"tickets": tickets}) for name, tickets in cases]


@st.composite
def _inputs(draw):
    airports = ["JFK", "AAA", "BBB", "ZZZ"]
    here, tickets = "JFK", []
    for _ in range(draw(st.integers(1, 9))):
        there = draw(st.sampled_from([a for a in airports if a != here]))
        tickets.append([here, there])
        here = there
    return {"tickets": draw(st.permutations(tickets))}


def strategy():
    return _inputs().map(lambda case: {"tickets": [list(t) for t in case["tickets"]]})


def _has_trip(tickets):
    """Hierholzer from JFK uses every ticket exactly when a trip exists."""
    from collections import defaultdict
    out = defaultdict(list)
    for source, target in tickets:
        out[source].append(target)
    route, stack = [], ["JFK"]
    while stack:
        if out[stack[-1]]:
            stack.append(out[stack[-1]].pop())
        else:
            route.append(stack.pop())
    return len(route) == len(tickets) + 1


def validate(case):
    tickets = case["tickets"]
    N.check(len(tickets))
    for i, ticket in enumerate(tickets):
        assert isinstance(ticket, list) and len(ticket) == 2, f"tickets[{i}] must be [from, to]"
        for name in ticket:
            assert isinstance(name, str) and len(name) == 3 and name.isalpha() and name.isupper(), \
                f"tickets[{i}] = {ticket}: airports are three capital letters"
        assert ticket[0] != ticket[1], f"tickets[{i}] = {ticket} flies to where it starts"
    assert _has_trip(tickets), "the tickets allow no trip from JFK that uses them all"


def input_of_size(n, rng):
    return {"tickets": _walk(rng, N.clamp(n), _names(rng, 10))}
