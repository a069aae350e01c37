# Bug: counts a car that catches up exactly at the target as a fleet of its own (>= instead of >).
class Solution:
    def carFleet(self, target, position, speed):
        fleets, slowest = 0, 0.0
        for p, s in sorted(zip(position, speed), reverse=True):
            arrival = (target - p) / s
            if arrival >= slowest:
                fleets += 1
                slowest = arrival
        return fleets
