# complexity: O(n^3)
# space: O(1)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-1000, 1000) for _ in range(n)]}


def solve(nums):
    n, count = len(nums), 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    count += 1
    return count
