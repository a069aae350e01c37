# Bug: records the path list itself rather than a copy, so every recorded subset ends up as the same emptied list.
class Solution:
    def subsets(self, nums):
        answer, path = [], []

        def extend(start):
            answer.append(path)
            for i in range(start, len(nums)):
                path.append(nums[i])
                extend(i + 1)
                path.pop()

        extend(0)
        return answer
