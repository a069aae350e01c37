# Bug: pops the stack on an equal temperature too, so a day of the same temperature counts as warmer.
class Solution:
    def dailyTemperatures(self, temperatures):
        answer = [0] * len(temperatures)
        waiting = []
        for day, temperature in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] <= temperature:
                earlier = waiting.pop()
                answer[earlier] = day - earlier
            waiting.append(day)
        return answer
