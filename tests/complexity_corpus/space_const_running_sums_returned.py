# complexity: O(n)
# space: O(1)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-100, 100) for _ in range(n)]}


def solve(nums):
    total, sums = 0, []
    for x in nums:
        total += x
        sums.append(total)
    return sums  # the answer: not extra space
