# attack: mutate the input arguments after computing the right answer
# expect: AC
# local: AC
def two_sum(nums, target):
    seen, answer = {}, None
    for i, x in enumerate(nums):
        if target - x in seen and answer is None:
            answer = [seen[target - x], i]
        seen[x] = i
    nums.clear()
    nums.extend([target, 0])
    return answer
