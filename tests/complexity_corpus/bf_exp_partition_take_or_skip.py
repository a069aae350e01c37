# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# brute: recursion without memo
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [2 * rng.randint(1, 50) for _ in range(n - 1)] + [1]}  # an odd total: no split, every choice tried


def solve(nums):
    total = sum(nums)

    def split(i, left):
        if i == len(nums):
            return 2 * left == total
        return split(i + 1, left + nums[i]) or split(i + 1, left)
    return split(0, 0)
