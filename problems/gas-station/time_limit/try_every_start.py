# Brute force: drives around from every station until the tank goes below zero: O(n^2).
class Solution:
    def canCompleteCircuit(self, gas, cost):
        n = len(gas)
        for start in range(n):
            tank = 0
            for step in range(n):
                i = (start + step) % n
                tank += gas[i] - cost[i]
                if tank < 0:
                    break
            else:
                return start
        return -1
