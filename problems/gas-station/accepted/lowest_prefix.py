# The start is the station just after the lowest point of the running total of gas - cost.
class Solution:
    def canCompleteCircuit(self, gas: List[int], cost: List[int]) -> int:
        running, lowest, after_lowest = 0, 0, 0
        for i, (g, c) in enumerate(zip(gas, cost)):
            running += g - c
            if running < lowest:
                lowest, after_lowest = running, i + 1
        if running < 0:
            return -1
        return after_lowest % len(gas)
