# complexity: O(n^2)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    nums = list(nums)
    for i in range(1, len(nums)):
        x, j = nums[i], i - 1
        while j >= 0 and nums[j] > x:
            nums[j + 1] = nums[j]
            j -= 1
        nums[j + 1] = x
    return nums[len(nums) // 2]
