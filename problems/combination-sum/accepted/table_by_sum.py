# Bottom-up table: ways[s] lists the combinations summing to s, one candidate at a time (like coin change).
class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        ways = [[] for _ in range(target + 1)]
        ways[0] = [[]]
        for value in candidates:
            for total in range(value, target + 1):
                ways[total] += [combo + [value] for combo in ways[total - value]]
        return ways[target]
