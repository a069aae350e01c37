# complexity: O(log n)
# space: O(1)
# kind: builtin-heavy
import bisect

SIZE = "len(nums)"


def input_of_size(n, rng):
    nums = sorted(rng.sample(range(10 * n), n))
    return {"nums": nums, "target": rng.randrange(10 * n)}


def solve(nums, target):
    return bisect.bisect_left(nums, target)
