"""Any index whose number is larger than both neighbours (minus infinity beyond the ends)."""


def check(input, expected, got):
    nums = input["nums"]
    if type(got) is not int:
        return f"the answer must be an index (an int), got {type(got).__name__}"
    if not 0 <= got < len(nums):
        return f"index {got} is outside 0..{len(nums) - 1}"
    if got > 0 and nums[got - 1] >= nums[got]:
        return f"nums[{got}] = {nums[got]} is not larger than its left neighbour {nums[got - 1]}"
    if got < len(nums) - 1 and nums[got + 1] >= nums[got]:
        return f"nums[{got}] = {nums[got]} is not larger than its right neighbour {nums[got + 1]}"
    return None
