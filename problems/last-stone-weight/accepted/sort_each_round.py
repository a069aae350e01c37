# Sort again every round and smash the last two: O(n^2 log n), nothing at 30 stones.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = sorted(stones)
        while len(stones) > 1:
            y, x = stones.pop(), stones.pop()
            if y != x:
                stones.append(y - x)
                stones.sort()
        return stones[0] if stones else 0
