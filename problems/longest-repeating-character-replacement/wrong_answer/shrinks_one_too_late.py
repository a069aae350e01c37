# Bug: off by one in the window test, allowing k + 1 changes before the window slides.
class Solution:
    def characterReplacement(self, s, k):
        counts = [0] * 26
        best = left = answer = 0
        for right, letter in enumerate(s):
            counts[ord(letter) - 65] += 1
            best = max(best, counts[ord(letter) - 65])
            if right - left - best > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
            answer = max(answer, right - left + 1)
        return answer
