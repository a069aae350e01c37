# complexity: O(n^2)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**4, 10**4) for _ in range(n)]}


def solve(nums):
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)
