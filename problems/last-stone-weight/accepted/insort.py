# Keep the stones sorted, inserting each leftover where it belongs.
import bisect


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = sorted(stones)
        while len(stones) > 1:
            y, x = stones.pop(), stones.pop()
            if y > x:
                bisect.insort(stones, y - x)
        return stones[-1] if stones else 0
