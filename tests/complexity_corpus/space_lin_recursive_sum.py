# complexity: O(n)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-9, 9) for _ in range(n)]}


def solve(nums):
    def total(i):
        return 0 if i == len(nums) else nums[i] + total(i + 1)
    return total(0)
