# Bug: searches [1, x // 2], a fine bound for x >= 4 but too small for x = 1 (answers 0).
class Solution:
    def mySqrt(self, x: int) -> int:
        low, high = 1, x // 2
        answer = 0
        while low <= high:
            mid = (low + high) // 2
            if mid * mid <= x:
                answer = mid
                low = mid + 1
            else:
                high = mid - 1
        return answer
