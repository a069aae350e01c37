class Solution:
    def dailyTemperatures(self, temperatures):
        """A stack of days still waiting for a warmer one; their temperatures never rise upwards."""
        answer = [0] * len(temperatures)
        waiting = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < temperature:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
