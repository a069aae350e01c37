class Solution:
    def permute(self, nums):
        answer, path, used = [], [], [False] * len(nums)

        def extend():
            if len(path) == len(nums):
                answer.append(path[:])  # a copy: path keeps changing
                return
            for i, value in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    path.append(value)
                    extend()
                    path.pop()
                    used[i] = False

        extend()
        return answer
