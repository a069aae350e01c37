# A trie of the words; from every reachable start, walk the trie along s and mark where words end. O(n * L).
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        root = {}
        for word in wordDict:
            node = root
            for letter in word:
                node = node.setdefault(letter, {})
            node["$"] = True
        reachable = [False] * (len(s) + 1)
        reachable[0] = True
        for start in range(len(s)):
            if not reachable[start]:
                continue
            node = root
            for position in range(start, len(s)):
                node = node.get(s[position])
                if node is None:
                    break
                if "$" in node:
                    reachable[position + 1] = True
        return reachable[len(s)]
