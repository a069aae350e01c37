# Top-down over positions, trying every dictionary word with startswith, memoised by position.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> List[str]:
        memo = {len(s): [[]]}

        def splits(start):
            if start not in memo:
                memo[start] = [[word] + rest
                               for word in wordDict if s.startswith(word, start)
                               for rest in splits(start + len(word))]
            return memo[start]

        return [" ".join(words) for words in splits(0)]
