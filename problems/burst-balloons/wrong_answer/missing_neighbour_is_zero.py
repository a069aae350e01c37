# Interval DP on nums itself, but a missing neighbour at either end counts 0 instead of 1.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        n = len(nums)
        best = [[0] * (n + 1) for _ in range(n + 1)]  # best[i][j]: nums[i:j] burst, nums[i - 1] and nums[j] left
        for length in range(1, n + 1):
            for i in range(n - length + 1):
                j = i + length
                left = nums[i - 1] if i > 0 else 0
                right = nums[j] if j < n else 0
                best[i][j] = max(best[i][k] + left * nums[k] * right + best[k + 1][j] for k in range(i, j))
        return best[0][n]
