# Bug: takes the cars in input order instead of by position.
class Solution:
    def carFleet(self, target, position, speed):
        fleets, slowest = 0, 0.0
        for p, s in zip(position, speed):
            arrival = (target - p) / s
            if arrival > slowest:
                fleets += 1
                slowest = arrival
        return fleets
