# From the right, jumping along already-computed answers instead of stepping day by day (amortised O(n)).
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        hottest = 0
        for day in range(n - 1, -1, -1):
            current = temperatures[day]
            if current >= hottest:
                hottest = current  # nothing later is warmer
                continue
            later = day + 1
            while temperatures[later] <= current:
                later += answer[later]
            answer[day] = later - day
        return answer
