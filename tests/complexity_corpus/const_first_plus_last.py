# complexity: O(1)
# space: O(1)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    first, last = nums[0], nums[-1]
    return first + last
