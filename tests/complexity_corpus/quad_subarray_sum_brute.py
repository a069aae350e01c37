# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# problem: subarray-sum-equals-k
# pair: subarray-sum
class Solution:
    def subarraySum(self, nums: List[int], k: int) -> int:
        found = 0
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                if total == k:
                    found += 1
        return found
