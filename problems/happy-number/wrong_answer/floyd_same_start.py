# Bug: both pointers start at n, so the loop `while slow != fast` never runs and only n == 1 is happy.
class Solution:
    def isHappy(self, n: int) -> bool:
        def step(x):
            return sum(int(digit) ** 2 for digit in str(x))

        slow = fast = n
        while slow != fast:
            slow, fast = step(slow), step(step(fast))
        return slow == 1
