# Bug: sorts once, then puts each leftover back at the end as if it were still the heaviest.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = sorted(stones)
        while len(stones) > 1:
            y, x = stones.pop(), stones.pop()
            if y != x:
                stones.append(y - x)
        return stones[0] if stones else 0
