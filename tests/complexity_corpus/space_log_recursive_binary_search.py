# complexity: O(log n)
# space: O(log n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": list(range(0, 2 * n, 2)), "target": 2 * n}  # past the end: the deepest descent


def solve(nums, target):
    def find(lo, hi):
        if lo > hi:
            return -1
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        return find(mid + 1, hi) if nums[mid] < target else find(lo, mid - 1)
    return find(0, len(nums) - 1)
