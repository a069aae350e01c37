# Bug: never checks that there is enough gas in all, so it returns a start even when none works.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        start = tank = 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i + 1, 0
        return start if start < len(gas) else -1
