# attack: return an int of 5000 digits, more than Python converts to text by default
# problem: coin-change
# expect: WA
# local: WA
# pending: the child cannot encode an int over 4300 digits (json raises ValueError; reported as "broke Python's own runtime")


def coin_change(coins, amount):
    return 10 ** 4999
