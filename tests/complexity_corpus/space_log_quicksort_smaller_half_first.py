# complexity: O(n log n)
# space: O(log n)
# kind: pure-python
SIZE = "len(nums)"


def input_of_size(n, rng):
    return {"nums": [rng.randrange(10**9) for _ in range(n)]}


def solve(nums):
    def partition(lo, hi):
        pivot = nums[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while nums[i] < pivot:
                i += 1
            while nums[j] > pivot:
                j -= 1
            if i <= j:
                nums[i], nums[j] = nums[j], nums[i]
                i, j = i + 1, j - 1
        return i, j

    def quicksort(lo, hi):
        while lo < hi:  # recurse into the smaller side, loop on the larger: the stack stays O(log n)
            i, j = partition(lo, hi)
            if j - lo < hi - i:
                quicksort(lo, j)
                lo = i
            else:
                quicksort(i, hi)
                hi = j

    quicksort(0, len(nums) - 1)
    return nums[len(nums) // 2]
