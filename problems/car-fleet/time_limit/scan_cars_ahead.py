# Brute force: a car leads a fleet when every car ahead of it arrives sooner; checks all cars ahead: O(n^2).
class Solution:
    def carFleet(self, target, position, speed):
        n = len(position)
        times = [(target - position[i]) / speed[i] for i in range(n)]
        fleets = 0
        for i in range(n):
            if all(times[j] < times[i] for j in range(n) if position[j] > position[i]):
                fleets += 1
        return fleets
