# complexity: O(n)
# space: O(n)
# kind: pure-python
# pair: dedupe
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(n) for _ in range(n)]}


def solve(nums):
    seen = set()
    unique = []
    for x in nums:
        if x not in seen:
            seen.add(x)
            unique.append(x)
    return len(unique)
