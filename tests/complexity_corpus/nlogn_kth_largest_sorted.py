# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
# problem: kth-largest-element-in-an-array
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums, reverse=True)[k - 1]
