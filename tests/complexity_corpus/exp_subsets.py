# complexity: O(2^n)
# kind: builtin-heavy
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": rng.sample(range(-1000, 1000), n)}


def solve(nums):
    subsets = [[]]
    for x in nums:
        subsets += [subset + [x] for subset in subsets]
    return len(subsets)
