# Bug: counts the k changes as extra length, so a window that is already uniform grows past the string.
class Solution:
    def characterReplacement(self, s, k):
        counts = [0] * 26
        answer = left = 0
        for right, letter in enumerate(s):
            counts[ord(letter) - 65] += 1
            while right - left + 1 - max(counts) > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
            answer = max(answer, max(counts) + k)
        return answer
