# complexity: O(n^2)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    inversions = 0
    for i, x in enumerate(nums):
        for y in nums[i + 1:]:
            if x > y:
                inversions += 1
    return inversions
