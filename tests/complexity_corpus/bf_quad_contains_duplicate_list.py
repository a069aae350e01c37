# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# brute: list membership in a loop
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(-10**9, 10**9), n)}  # distinct: the scan never stops early


def solve(nums):
    seen = []
    for x in nums:
        if x in seen:
            return True
        seen.append(x)
    return False
