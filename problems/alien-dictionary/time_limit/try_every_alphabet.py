from itertools import permutations


# Tries every order of the letters that appear until one sorts the words: k! orders for k letters.
class Solution:
    def alienOrder(self, words: List[str]) -> str:
        letters = sorted(set("".join(words)))
        for order in permutations(letters):
            rank = {c: i for i, c in enumerate(order)}
            keys = [[rank[c] for c in word] for word in words]
            if all(a <= b for a, b in zip(keys, keys[1:])):
                return "".join(order)
        return ""
