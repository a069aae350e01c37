# complexity: O(n^3)
# space: O(1)
# kind: pure-python
# brute: nested loops
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(10**6, 10**7) for _ in range(n)]}  # positive: no triple sums to 0, none stops early


def solve(nums):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    return True
    return False
