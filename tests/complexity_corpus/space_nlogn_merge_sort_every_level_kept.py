# complexity: O(n log n)
# space: O(n log n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(10**9) for _ in range(n)]}


def solve(nums):
    levels = [[[x] for x in nums]]  # every level of a bottom-up merge sort stays in memory
    while len(levels[-1]) > 1:
        runs, merged = levels[-1], []
        for k in range(0, len(runs), 2):
            left, right = runs[k], runs[k + 1] if k + 1 < len(runs) else []
            out, i, j = [], 0, 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    out.append(left[i])
                    i += 1
                else:
                    out.append(right[j])
                    j += 1
            out.extend(left[i:])
            out.extend(right[j:])
            merged.append(out)
        levels.append(merged)
    return levels[-1][0][len(nums) // 2]
