# complexity: O(1)
# space: O(1)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": sorted(rng.randint(-10**6, 10**6) for _ in range(n))}


def solve(nums):
    middle = len(nums) // 2
    if len(nums) % 2:
        return nums[middle]
    return (nums[middle - 1] + nums[middle]) / 2
