# complexity: O(n log n)
# space: O(n log n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(1, 4 * n) for _ in range(n)]}


def solve(nums):
    width = max(nums).bit_length()
    bits = [[(x >> k) & 1 for k in range(width)] for x in nums]
    return sum(row[0] for row in bits)
