# attack: return an int of 5000 digits, more than Python converts to text by default
# problem: coin-change
# expect: WA
# local: WA


def coin_change(coins, amount):
    return 10 ** 4999
