# Floyd's tortoise and hare: O(1) memory; the pointers meet inside the cycle, which is {1} for a happy n.
class Solution:
    def isHappy(self, n: int) -> bool:
        def step(x):
            total = 0
            while x:
                x, digit = divmod(x, 10)
                total += digit * digit
            return total

        slow, fast = n, step(n)
        while slow != fast:
            slow, fast = step(slow), step(step(fast))
        return slow == 1
