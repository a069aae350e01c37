# complexity: O(n log n)
# space: O(n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randint(-10**6, 10**6) for _ in range(n)]}


def sift_down(heap, i, size):
    while True:
        smallest, left, right = i, 2 * i + 1, 2 * i + 2
        if left < size and heap[left] < heap[smallest]:
            smallest = left
        if right < size and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest


def solve(nums):
    heap = list(nums)
    size = len(heap)
    for i in range(size // 2 - 1, -1, -1):
        sift_down(heap, i, size)
    total = 0
    for end in range(size - 1, 0, -1):
        total += heap[0]
        heap[0], heap[end] = heap[end], heap[0]
        sift_down(heap, 0, end)
    return total
