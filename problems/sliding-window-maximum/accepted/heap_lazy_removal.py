# A max-heap of (-value, index); drop the top while its index has left the window. O(n log n).
import heapq


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = [(-nums[i], i) for i in range(k - 1)]
        heapq.heapify(heap)
        out = []
        for i in range(k - 1, len(nums)):
            heapq.heappush(heap, (-nums[i], i))
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            out.append(-heap[0][0])
        return out
