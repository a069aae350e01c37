# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# brute: nested loops
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.choice([-2, -1, 1, 2]) for _ in range(n)]}


def solve(nums):
    answer = []
    for i in range(len(nums)):
        product = 1
        for j in range(len(nums)):
            if j != i:
                product = product * nums[j] % 1_000_000_007
        answer.append(product)
    return answer
