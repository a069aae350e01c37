# Table by sum: combos[s] is the set of sorted combinations adding up to s, built over the distinct values.
from collections import Counter


class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        combos = [set() for _ in range(target + 1)]
        combos[0].add(())
        for value, count in sorted(Counter(candidates).items()):
            for total in range(target, 0, -1):
                for times in range(1, count + 1):
                    if value * times > total:
                        break
                    for combo in combos[total - value * times]:
                        combos[total].add(combo + (value,) * times)
        return [list(combo) for combo in combos[target]]
