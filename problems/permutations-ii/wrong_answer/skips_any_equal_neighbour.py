# Bug: skips a value equal to its left neighbour without asking whether that neighbour is in use, so the
# second copy is never placed at all and arrangements with both copies are lost.
class Solution:
    def permuteUnique(self, nums):
        nums = sorted(nums)
        answer, path, used = [], [], [False] * len(nums)

        def extend():
            if len(path) == len(nums):
                answer.append(path[:])
                return
            for i, value in enumerate(nums):
                if used[i] or (i > 0 and value == nums[i - 1]):
                    continue
                used[i] = True
                path.append(value)
                extend()
                path.pop()
                used[i] = False

        extend()
        return answer
