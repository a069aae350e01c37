# Brute force: from every start, extend while the stretch needs at most k changes: O(n * answer), O(n^2) at worst.
class Solution:
    def characterReplacement(self, s, k):
        n, answer = len(s), 0
        for start in range(n):
            counts = [0] * 26
            best = 0
            for end in range(start, n):
                index = ord(s[end]) - 65
                counts[index] += 1
                best = max(best, counts[index])
                if end - start + 1 - best > k:
                    break
                answer = max(answer, end - start + 1)
        return answer
