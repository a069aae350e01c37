# Bug: appends the path list itself rather than a copy, so every answer ends up as the same emptied list.
class Solution:
    def permute(self, nums):
        answer, path = [], []

        def extend():
            if len(path) == len(nums):
                answer.append(path)
                return
            for value in nums:
                if value not in path:
                    path.append(value)
                    extend()
                    path.pop()

        extend()
        return answer
