# The usual monotonic stack of arrival times as floats, cars taken from the back.
class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        stack = []
        for p, s in sorted(zip(position, speed)):
            arrival = (target - p) / s
            while stack and stack[-1] <= arrival:
                stack.pop()  # the car behind catches up with this one
            stack.append(arrival)
        return len(stack)
