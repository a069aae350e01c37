# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    queue = list(nums) * 4
    total = 0
    while queue:
        total += queue.pop(0)
    return total
