# complexity: O(2^n)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(1, 1000) for _ in range(n)], "target": -1}


def solve(nums, target):
    def reach(i, remaining):
        if remaining == 0:
            return True
        if i == len(nums):
            return False
        return reach(i + 1, remaining - nums[i]) or reach(i + 1, remaining)

    return reach(0, target)
