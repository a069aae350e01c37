# Split at zeros; in each run count the negatives, and if odd, drop everything up to the first
# negative or from the last one, whichever leaves more.
class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        best = max(nums)
        run = []
        for x in nums + [0]:
            if x != 0:
                run.append(x)
                continue
            if run:
                best = max(best, self.best_in_run(run))
            run = []
        return best

    def best_in_run(self, run):
        def product(values):
            total = 1
            for v in values:
                total *= v
            return total

        negatives = [i for i, v in enumerate(run) if v < 0]
        if len(negatives) % 2 == 0:
            return product(run)
        if len(run) == 1:
            return run[0]
        first, last = negatives[0], negatives[-1]
        candidates = [product(part) for part in (run[first + 1:], run[:last]) if part]
        return max(candidates) if candidates else run[0]
