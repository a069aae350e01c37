# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
import heapq

SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def solve(nums):
    heap = []
    for x in nums:
        heapq.heappush(heap, x)
    ordered = [heapq.heappop(heap) for _ in range(len(heap))]
    return ordered[len(ordered) // 2]
