# Bug: the table starts with ways[2] = 1, forgetting that two single steps and one double step differ.
class Solution:
    def climbStairs(self, n):
        if n <= 2:
            return 1
        ways = [0, 1, 1]
        for i in range(3, n + 1):
            ways.append(ways[i - 1] + ways[i - 2])
        return ways[n]
