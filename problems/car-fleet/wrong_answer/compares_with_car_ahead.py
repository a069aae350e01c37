# Bug: compares each car with the car right in front of it, not with the fleet that car has joined.
class Solution:
    def carFleet(self, target, position, speed):
        cars = sorted(zip(position, speed), reverse=True)
        times = [(target - p) / s for p, s in cars]
        return 1 + sum(1 for i in range(1, len(times)) if times[i] > times[i - 1])
