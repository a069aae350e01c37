# Bug: skips a value equal to its left neighbour but never sorts, so equal values that are not side by side
# still produce the same subset twice.
class Solution:
    def subsetsWithDup(self, nums):
        answer, path = [], []

        def extend(start):
            answer.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue
                path.append(nums[i])
                extend(i + 1)
                path.pop()

        extend(0)
        return answer
