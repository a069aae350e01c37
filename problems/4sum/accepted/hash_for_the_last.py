# Three nested positions with a hash set for the fourth: for each i < j, scan k > j and look up the value
# that would complete the sum among the values seen between j and k; repeats removed with sorted tuples.
class Solution:
    def fourSum(self, nums: List[int], target: int) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        found = set()
        for i in range(n - 3):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            for j in range(i + 1, n - 2):
                if j > i + 1 and nums[j] == nums[j - 1]:
                    continue
                rest = target - nums[i] - nums[j]
                seen = set()
                for k in range(j + 1, n):
                    if rest - nums[k] in seen:
                        found.add((nums[i], nums[j], rest - nums[k], nums[k]))
                    seen.add(nums[k])
        return [list(quadruplet) for quadruplet in found]
