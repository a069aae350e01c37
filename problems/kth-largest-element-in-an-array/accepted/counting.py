# O(n + range): count each value (they lie in [-10^4, 10^4]), then walk the counts from the top.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        offset = 10**4
        counts = [0] * (2 * offset + 1)
        for value in nums:
            counts[value + offset] += 1
        for index in range(len(counts) - 1, -1, -1):
            k -= counts[index]
            if k <= 0:
                return index - offset
