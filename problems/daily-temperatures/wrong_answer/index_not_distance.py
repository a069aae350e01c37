# Bug: records the index of the warmer day instead of the number of days to wait.
class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        waiting = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < temperature:
                answer[waiting.pop()] = day
            waiting.append(day)
        return answer
