"""Hidden two-sum inputs up to the largest allowed (10^4 numbers, LeetCode's bound), each with exactly one answer.

Every large input is built so that no second pair reaches the target: the decoys are
either all on one side of the target (so two of them, or a decoy and a pair member,
cannot add up to it) or added one by one, skipping any value that would complete a pair.
With the pair placed late, checking every pair is about 5 * 10^7 additions: slow (1.7 s
here), but within the limit, as on LeetCode, which accepts it; the complexity note says O(n^2).
"""

import random

MAX_N, LIMIT = 10**4, 10**9
SIZE = "len(nums)"


def _place(decoys, pair, positions):
    """`decoys` with the two pair values inserted at `positions` (two indices of the result)."""
    nums = list(decoys)
    first, second = sorted(positions)
    nums.insert(first, pair[0])
    nums.insert(second, pair[1])
    return nums


def _pair_at_the_end(n, seed):
    """Negative decoys, pair 4 * 10^8 + 6 * 10^8 = 10^9 in the last two places."""
    rng = random.Random(seed)
    decoys = rng.sample(range(-LIMIT, 0), n - 2)
    return {"nums": decoys + [4 * 10**8, 6 * 10**8], "target": LIMIT}


def _free_of_pairs(rng, n, pair, target, low=-LIMIT, high=LIMIT):
    """n - 2 distinct decoys in [low, high]: none of them pairs with another or with a pair member."""
    taken = set(pair)
    decoys = []
    while len(decoys) < n - 2:
        value = rng.randint(low, high)
        if value in taken or target - value in taken:
            continue
        taken.add(value)
        decoys.append(value)
    return decoys


def _random(n, seed, positions=None):
    """Random distinct values over the whole range and a random target."""
    rng = random.Random(seed)
    a = rng.randint(-LIMIT, LIMIT)
    b = rng.randint(max(-LIMIT, -LIMIT - a), min(LIMIT, LIMIT - a))  # a + b stays within [-10^9, 10^9]
    while b == a:
        b = rng.randint(max(-LIMIT, -LIMIT - a), min(LIMIT, LIMIT - a))
    target = a + b
    decoys = _free_of_pairs(rng, n, (a, b), target)
    if positions is None:
        positions = rng.sample(range(n), 2)
    return {"nums": _place(decoys, (a, b), positions), "target": target}


def hidden_cases():
    rng = random.Random(1)
    n = MAX_N
    positive = rng.sample(range(1, LIMIT), n - 2)  # all positive, distinct
    negative = [-x for x in rng.sample(range(1, LIMIT), n - 2)]  # all negative, distinct
    late = [n - 2, n - 1]
    return [
        ("largest, pair at the end", _pair_at_the_end(n, 1)),
        ("large", _pair_at_the_end(5_000, 2)),
        ("largest, random values, pair at the end", _random(n, 3, late)),
        ("largest, random values, pair in the middle", _random(n, 4, [n // 2 - 1, n // 2 + 1])),
        ("largest, random values, pair at random places", _random(n, 5)),
        ("largest, pair at the start", _random(n, 6, [0, 1])),
        ("largest, pair at both ends", _random(n, 7, [0, n - 1])),
        # two equal halves of the target; every decoy is positive, so no decoy reaches -2
        ("largest, the answer is two equal values, far apart",
         {"nums": _place(positive, (-1, -1), [3, n - 2]), "target": -2}),
        ("largest, target 10^9 = 10^9 + 0, negative decoys",
         {"nums": _place(negative, (LIMIT, 0), late), "target": LIMIT}),
        ("largest, target -10^9 = -10^9 + 0, positive decoys",
         {"nums": _place(positive, (0, -LIMIT), late), "target": -LIMIT}),
        ("largest, target 0 = 10^9 + (-10^9), positive decoys",
         {"nums": _place(positive, (LIMIT, -LIMIT), late), "target": 0}),
        # one value repeated: 7 + 7, 7 + 1 and 7 + 2 all miss 3
        ("largest, one value repeated, the pair last", {"nums": [7] * (n - 2) + [1, 2], "target": 3}),
        ("largest, all negative, random", {"nums": _place(
            _free_of_pairs(rng, n, (-123456789, -876543211), -LIMIT, -LIMIT, -1), (-123456789, -876543211),
            rng.sample(range(n), 2)), "target": -LIMIT}),
        ("medium, random", _random(3000, 8)),
        ("small, random", _random(50, 9)),
    ]


def strategy():
    """Small inputs with exactly one valid pair: distinct values, so no other pair can tie."""
    from hypothesis import assume
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        nums = draw(st.lists(st.integers(-20, 20), min_size=2, max_size=10, unique=True))
        i, j = draw(st.sampled_from([(a, b) for a in range(len(nums)) for b in range(a + 1, len(nums))]))
        target = nums[i] + nums[j]
        pairs = sum(1 for a in range(len(nums)) for b in range(a + 1, len(nums)) if nums[a] + nums[b] == target)
        assume(pairs == 1)
        return {"nums": nums, "target": target}

    return inputs()


def validate(case):
    nums, target = case["nums"], case["target"]
    assert isinstance(nums, list) and 2 <= len(nums) <= MAX_N, "need 2 <= len(nums) <= 10^4"
    assert all(isinstance(x, int) and -LIMIT <= x <= LIMIT for x in nums), "need -10^9 <= nums[i] <= 10^9"
    assert isinstance(target, int) and -LIMIT <= target <= LIMIT, "need -10^9 <= target <= 10^9"
    seen, pairs = {}, 0
    for x in nums:
        pairs += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    assert pairs == 1, f"exactly one pair must add up to target, found {pairs}"


def input_of_size(n, rng):
    return _random(max(n, 2), rng.randrange(10**6), [max(n, 2) - 2, max(n, 2) - 1])
