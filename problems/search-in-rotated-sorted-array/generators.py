"""The largest lists (5000 distinct values) at several rotations, targets present and absent."""

import random

MAX_N, LOW, HIGH = 5000, -10**4, 10**4


def _case(n, rotation, present, rng):
    values = sorted(rng.sample(range(LOW, HIGH + 1), n))
    nums = values[rotation:] + values[:rotation]
    if present:
        target = rng.choice(values)
    else:
        taken = set(values)
        target = rng.choice([v for v in range(LOW, HIGH + 1) if v not in taken])
    return {"nums": nums, "target": target}


def hidden_cases():
    rng = random.Random(33)
    cases = []
    for rotation in (0, 1, 2500, 4999, rng.randrange(MAX_N)):
        cases.append((f"largest, rotated by {rotation}, present", _case(MAX_N, rotation, True, rng)))
        cases.append((f"largest, rotated by {rotation}, absent", _case(MAX_N, rotation, False, rng)))
    values = sorted(rng.sample(range(LOW, HIGH + 1), MAX_N))
    nums = values[1234:] + values[:1234]
    cases.append(("largest, target at the rotation point", {"nums": nums, "target": values[0]}))
    cases.append(("largest, target just before it", {"nums": nums, "target": values[-1]}))
    nums = values[1:] + values[:1]
    cases.append(("largest, smallest value last", {"nums": nums, "target": values[0]}))
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        values = sorted(draw(st.lists(st.integers(-20, 20), min_size=1, max_size=12, unique=True)))
        rotation = draw(st.integers(0, len(values) - 1))
        target = draw(st.one_of(st.sampled_from(values), st.integers(-21, 21)))
        return {"nums": values[rotation:] + values[:rotation], "target": target}

    return inputs()


def validate(case):
    nums, target = case["nums"], case["target"]
    assert 1 <= len(nums) <= MAX_N, f"len(nums) = {len(nums)} is outside [1, {MAX_N}]"
    assert all(LOW <= x <= HIGH for x in nums), "some nums[i] is outside [-10^4, 10^4]"
    assert len(set(nums)) == len(nums), "the values of nums are not distinct"
    descents = sum(nums[i] > nums[i + 1] for i in range(len(nums) - 1))
    assert descents == 0 or (descents == 1 and nums[-1] < nums[0]), "nums is not a rotated ascending list"
    assert LOW <= target <= HIGH, "target is outside [-10^4, 10^4]"


SIZE = "len(nums)"


def input_of_size(n, rng):
    return _case(n, rng.randrange(n), rng.random() < 0.5, rng)
