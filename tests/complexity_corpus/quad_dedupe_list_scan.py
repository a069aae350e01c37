# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# pair: dedupe
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(n) for _ in range(n)]}


def solve(nums):
    unique = []
    for x in nums:
        if x not in unique:
            unique.append(x)
    return len(unique)
