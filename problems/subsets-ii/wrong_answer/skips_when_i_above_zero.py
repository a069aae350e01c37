# Bug: the repeat test uses i > 0 instead of i > start, so a value is never taken right after an equal one:
# [2, 2] is missing from the subsets of [1, 2, 2].
class Solution:
    def subsetsWithDup(self, nums):
        nums = sorted(nums)
        answer, path = [], []

        def extend(start):
            answer.append(path[:])
            for i in range(start, len(nums)):
                if i > 0 and nums[i] == nums[i - 1]:
                    continue
                path.append(nums[i])
                extend(i + 1)
                path.pop()

        extend(0)
        return answer
