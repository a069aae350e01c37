class Solution:
    def carFleet(self, target, position, speed):
        """Nearest the target first: a car whose own arrival time exceeds the fleet ahead's starts a new fleet.
        Times (target - p) / s are compared exactly, by cross-multiplying."""
        fleets, ahead_distance, ahead_speed = 0, 0, 1  # the time of the fleet ahead, as a fraction; 0 at first
        for p, s in sorted(zip(position, speed), reverse=True):
            distance = target - p
            if distance * ahead_speed > ahead_distance * s:
                fleets += 1
                ahead_distance, ahead_speed = distance, s
        return fleets
