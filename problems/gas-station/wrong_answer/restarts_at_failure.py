# Bug: after running dry at station i, restarts at i itself instead of i + 1.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        start = tank = total = 0
        for i in range(len(gas)):
            total += gas[i] - cost[i]
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i, 0
        return start if total >= 0 else -1
