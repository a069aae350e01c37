# complexity: O(n)
# space: O(n)
# kind: pure-python
# pair: sort-integers-below-n
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(n) for _ in range(n)]}


def solve(nums):
    counts = [0] * (max(nums) + 1)
    for x in nums:
        counts[x] += 1
    ordered = []
    for value, count in enumerate(counts):
        ordered.extend([value] * count)
    return ordered[len(ordered) // 2]
